package main

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/ethereum/go-ethereum/common"
)

// startDemo starts the seeded demo chain for one test (skipped under -short).
func startDemo(t *testing.T) (*devnet.Node, *devnet.DAO) {
	t.Helper()
	return devnettest.Demo(t)
}

// runJSON runs a read command with --json and decodes its output.
func runJSON(t *testing.T, out any, args ...string) {
	t.Helper()
	e, stdout, stderr := testEnv(nil)
	if code := run(context.Background(), e, append(args, "--json")); code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, stderr)
	}
	dec := json.NewDecoder(stdout)
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		t.Fatalf("%v: decode: %v\n%s", args, err, stdout)
	}
}

func checkEIP55(t *testing.T, what, s string) {
	t.Helper()
	if s == "" {
		return
	}
	if !common.IsHexAddress(s) || common.HexToAddress(s).Hex() != s {
		t.Errorf("%s %q is not an EIP-55 address", what, s)
	}
}

func checkDecimal(t *testing.T, what, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Errorf("%s %q is not a decimal string", what, s)
		return new(big.Int)
	}
	return v
}

// TestReadCommandsJSON runs every read command against the demo DAO and
// checks the stable JSON: field names, decimal strings, EIP-55 addresses.
func TestReadCommandsJSON(t *testing.T) {
	node, dao := startDemo(t)
	base := []string{"--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex()}

	var props []proposalJSON
	runJSON(t, &props, append([]string{"proposals"}, base...)...)
	states := map[string]bool{}
	for _, p := range props {
		states[p.State] = true
		checkEIP55(t, "proposer", p.Proposer)
		checkDecimal(t, "id", p.ID)
		checkDecimal(t, "for_votes", jsonStr(p.ForVotes))
		checkDecimal(t, "abstain_votes", jsonStr(p.AbstainVotes))
		// Values that do not exist yet are null: the quorum before the
		// snapshot, the eta before queueing.
		switch p.State {
		case "pending":
			if p.Quorum != nil || p.ETA != nil {
				t.Errorf("pending proposal %s: quorum %s, eta %v; want null", p.ID, jsonStr(p.Quorum), p.ETA)
			}
		case "queued":
			if p.ETA == nil || *p.ETA == 0 {
				t.Errorf("queued proposal %s: eta %v", p.ID, p.ETA)
			}
			checkDecimal(t, "quorum", jsonStr(p.Quorum))
		case "active", "defeated", "succeeded":
			if p.ETA != nil {
				t.Errorf("%s proposal %s: eta %d, want null", p.State, p.ID, *p.ETA)
			}
			checkDecimal(t, "quorum", jsonStr(p.Quorum))
		}
		if p.Title == "" || p.Block == 0 || p.VoteEnd <= p.VoteStart {
			t.Errorf("proposal %s: title %q block %d start %d end %d", p.ID, p.Title, p.Block, p.VoteStart, p.VoteEnd)
		}
	}
	for _, s := range []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"} {
		if !states[s] {
			t.Errorf("no %s proposal in `proposals --json`", s)
		}
	}
	// Newest first, as the dashboard lists them: the reverse of creation
	// order, also among the proposals created in one block.
	c, err := chain.Dial(context.Background(), node.HTTPURL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r, err := governor.New(context.Background(), c, dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	created, err := r.Proposals(context.Background(), 0, props[0].Block)
	if err != nil {
		t.Fatal(err)
	}
	if len(created) != len(props) {
		t.Fatalf("%d proposals on chain, %d listed", len(created), len(props))
	}
	for i := range props {
		if want := created[len(created)-1-i].ID.String(); props[i].ID != want {
			t.Errorf("proposals --json[%d] = %s, want %s (newest first by block, then log)", i, props[i].ID, want)
		}
	}

	// The tables label their times as UTC, cut shares toward zero and end
	// with a summary line.
	for _, c := range []struct {
		cmd  string
		want []string
	}{
		{"proposals", []string{"ENDS (UTC)", " proposals on Model Commons Governor, read at block "}},
		{"treasury", []string{"TIME (UTC)", "\nread at block "}},
		{"holders", []string{"SHARE", " holders of MCT, total supply "}},
		{"delegates", []string{"DELEGATORS", " votes delegated, read at block "}},
		{"info", []string{"\nchain 1337, read at block "}},
	} {
		e, stdout, stderr := testEnv(nil)
		if code := run(context.Background(), e, append([]string{c.cmd}, base...)); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.cmd, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%s table lacks %q:\n%s", c.cmd, w, stdout)
			}
		}
		if c.cmd == "holders" {
			checkShareColumn(t, stdout.String())
		}
	}

	// One proposal with votes, by the short id the table prints; flags after the id.
	var executed *proposalJSON
	for i := range props {
		if props[i].State == "executed" {
			executed = &props[i]
			break
		}
	}
	var detail proposalDetailJSON
	id, _ := new(big.Int).SetString(executed.ID, 10)
	runJSON(t, &detail, append([]string{"proposal", shortID(id)}, base...)...)
	if detail.ID != executed.ID || len(detail.Actions) == 0 || len(detail.Votes) == 0 || detail.Description == "" {
		t.Fatalf("proposal detail: id %s actions %d votes %d", detail.ID, len(detail.Actions), len(detail.Votes))
	}
	sum := new(big.Int)
	for _, v := range detail.Votes {
		checkEIP55(t, "voter", v.Voter)
		if v.Support == "for" {
			sum.Add(sum, checkDecimal(t, "weight", v.Weight))
		}
	}
	if sum.String() != jsonStr(detail.ForVotes) {
		t.Errorf("for votes %s, sum of for weights %s", jsonStr(detail.ForVotes), sum)
	}
	for _, a := range detail.Actions {
		if a.Signature != nil { // OpenZeppelin governors take no signatures
			t.Errorf("action signature %q, want null", *a.Signature)
		}
	}
	for _, v := range detail.Votes {
		if v.Reason == nil { // an OpenZeppelin vote has a reason, maybe ""
			t.Errorf("vote by %s: reason null", v.Voter)
		}
	}

	var hs holdersJSON
	runJSON(t, &hs, append([]string{"holders"}, base...)...)
	holders := hs.Holders
	if hs.Block == 0 {
		t.Error("holders --json names no block")
	}
	if len(holders) < 25 {
		t.Errorf("%d holders, want ≥ 25", len(holders))
	}
	var shares float64
	for _, h := range holders {
		checkEIP55(t, "holder", h.Address)
		if h.Delegate != nil {
			checkEIP55(t, "delegate", *h.Delegate)
		}
		checkDecimal(t, "balance", h.Balance)
		shares += h.Share
	}
	if shares < 0.999 || shares > 1.001 {
		t.Errorf("holder shares add up to %f", shares)
	}

	var ds delegatesJSON
	runJSON(t, &ds, append([]string{"delegates"}, base...)...)
	delegates := ds.Delegates
	if ds.Block != hs.Block {
		t.Errorf("delegates --json at block %d, holders at %d", ds.Block, hs.Block)
	}
	if len(delegates) == 0 || delegates[0].Delegators == 0 {
		t.Fatalf("delegates: %+v", delegates)
	}

	var tr treasuryJSON
	runJSON(t, &tr, append([]string{"treasury", "--tokens", dao.Stable.Hex()}, base...)...)
	if len(tr.Accounts) != 1 || tr.Accounts[0].Address != dao.Timelock.Hex() {
		t.Fatalf("treasury accounts %+v, want the timelock", tr.Accounts)
	}
	symbols := map[string]bool{}
	for _, tok := range tr.Accounts[0].Tokens {
		symbols[jsonStr(tok.Symbol)] = true
		if tok.Balance == nil || tok.Error != nil {
			t.Errorf("treasury token %s: balance %v, error %v", tok.Address, tok.Balance, tok.Error)
		}
		checkEIP55(t, "token", tok.Address)
	}
	if len(symbols) != 2 {
		t.Errorf("treasury tokens %v, want the governance token and the stable", symbols)
	}
	dirs := map[string]bool{}
	for _, f := range tr.Flows {
		dirs[f.Direction+" "+jsonStr(f.Symbol)] = true
		if f.Asset != "ETH" {
			checkEIP55(t, "asset", f.Asset)
		}
		checkEIP55(t, "counterparty", f.Counterparty)
		checkDecimal(t, "amount", f.Amount)
	}
	if !dirs["out ETH"] || !dirs["in USDx"] || !dirs["out USDx"] {
		t.Errorf("treasury flows lack ETH out or stable in/out: %v", dirs)
	}

	// Without --tokens the stable is discovered; --exclude-token hides it
	// and its flows, even when pinned.
	var found, hidden treasuryJSON
	runJSON(t, &found, append([]string{"treasury"}, base...)...)
	runJSON(t, &hidden, append([]string{"treasury", "--tokens", dao.Stable.Hex(), "--exclude-token", dao.Stable.Hex()}, base...)...)
	has := func(tr treasuryJSON) (listed, flows bool) {
		for _, tok := range tr.Accounts[0].Tokens {
			listed = listed || tok.Address == dao.Stable.Hex()
		}
		for _, f := range tr.Flows {
			flows = flows || f.Asset == dao.Stable.Hex()
		}
		return listed, flows
	}
	if l, f := has(found); !l || !f {
		t.Errorf("without --tokens the stable is not discovered: listed %v, flows %v", l, f)
	}
	if l, f := has(hidden); l || f {
		t.Errorf("--exclude-token: the stable is still listed %v, or has flows %v", l, f)
	}
}

// TestNotAGovernor points the CLI at the token: a clear error, exit 1.
func TestNotAGovernor(t *testing.T) {
	node, dao := startDemo(t)
	e, _, stderr := testEnv(nil)
	code := run(context.Background(), e, []string{"proposals", "--rpc", node.HTTPURL(), "--governor", dao.Token.Hex()})
	if code != 1 || !strings.Contains(stderr.String(), "not") || !strings.Contains(stderr.String(), "--governor") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

// TestProposalDecodesActions: the table form of `daoterm proposal` names the
// DAO's contracts and decodes ERC-20 transfers with symbol and decimals,
// with USDx pinned or not (an action's target that is a token is read).
func TestProposalDecodesActions(t *testing.T) {
	node, dao := startDemo(t)
	for _, pin := range [][]string{{"--tokens", dao.Stable.Hex()}, nil} {
		proposalDecodesActions(t, append([]string{"--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex()}, pin...))
	}
}

func proposalDecodesActions(t *testing.T, base []string) {
	t.Helper()
	var props []proposalJSON
	runJSON(t, &props, append([]string{"proposals"}, base...)...)
	var id string
	for _, p := range props {
		if p.Title == "Pay Q1 contributors" {
			id = p.ID
		}
	}
	if id == "" {
		t.Fatal("no “Pay Q1 contributors” proposal in the demo")
	}
	e, stdout, stderr := testEnv(nil)
	if code := run(context.Background(), e, append([]string{"proposal", id}, base...)); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out := stdout.String()
	// "amount: …": the description mentions the amounts too.
	for _, want := range []string{"transfer(to: 0x", "amount: 12,000 USDx)", "mint(to: 0x", "25,000 MCT", "value 1.00 ETH"} {
		if !strings.Contains(out, want) {
			t.Errorf("%v: `daoterm proposal` output lacks %q:\n%s", base, want, out)
		}
	}
	if strings.Contains(out, "base units") {
		t.Errorf("%v: an amount is left in base units:\n%s", base, out)
	}
}

// jsonStr is a nullable JSON string as text: "null" for null.
func jsonStr(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// jsonU64 is a nullable JSON number, 0 for null.
func jsonU64(n *uint64) uint64 {
	if n == nil {
		return 0
	}
	return *n
}

// checkShareColumn checks the SHARE column of the holders table against
// the exact share cut toward zero at two places, from the row's balance
// and the total supply in the footer.
func checkShareColumn(t *testing.T, table string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(table), "\n")
	foot := lines[len(lines)-1] // "N holders of SYM, total supply X, read at block B"
	_, after, ok := strings.Cut(foot, "total supply ")
	if !ok {
		t.Fatalf("holders footer %q", foot)
	}
	total := parseAmount(t, after[:max(0, strings.Index(after, ", read"))])
	rows := 0
	for _, l := range lines[1:] {
		f := strings.Fields(l)
		if len(f) < 5 || !strings.HasPrefix(f[0], "0x") {
			continue
		}
		rows++
		want := format.PercentN(parseAmount(t, f[1]), total, 2)
		if f[2] != want {
			t.Errorf("holder %s: share %s, want %s (balance %s of %s, cut toward zero)", f[0], f[2], want, f[1], total)
		}
	}
	if rows == 0 {
		t.Fatalf("no holder rows in\n%s", table)
	}
}

// parseAmount reads a table amount ("1,234.56") as hundredths.
func parseAmount(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(strings.ReplaceAll(strings.ReplaceAll(s, ",", ""), ".", ""), 10)
	if !ok {
		t.Fatalf("amount %q", s)
	}
	return v
}
