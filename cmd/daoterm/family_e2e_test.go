package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
)

// This file drives the CLI against every governor family fixture of chain/devnet (OZ 4.9
// CompatibilityBravo + Compound timelock, OZ 5 fractional on a timestamp clock, OZ 5 over
// an ERC721Votes token or over a token with custom voting units, GovernorAlpha,
// GovernorBravo), one seeded node per family: the
// reads (info, proposals, proposal, holders, delegates, treasury) are checked against
// direct eth_calls at the block the CLI read, and the writes (vote, split vote, gasless
// ballot, queue, execute, delegate) are checked on chain after the CLI reports them mined.

// famCLISpec is what one fixture must show and which of its accounts (short names:
// "alice" for "<family>-alice") the writes use.
type famCLISpec struct {
	seed func(context.Context, *devnet.Node, string) (*devnet.FamilyDAO, error)

	family    gov.Family
	counting  gov.Counting
	clock     gov.ClockMode
	timelock  gov.TimelockKind
	tokenKind token.Kind
	// compound: GovernorAlpha/Bravo (proposals(id), getReceipt, quorumVotes); alpha: no
	// abstain, no reason; split: fractional counting; nft: balances are counts.
	compound, alpha, split, nft bool
	// tallyWords are the words of proposals(id) holding for, against (and abstain); nil
	// reads proposalVotes(id) (OZ 5).
	tallyWords []int

	// readsOnly leaves out the writes, and wants only the proposal states
	// the fixture seeded (it has no proposal to queue or execute).
	readsOnly bool

	voter, support, reason string // the direct vote on a fresh active proposal
	ballotVoter, relayer   string // a gasless ballot, relayed
	delegator, delegatee   string
}

func TestFamilyCLIOZ4Compat(t *testing.T) {
	runFamilyCLI(t, famCLISpec{
		seed:   devnet.SeedOZ4Compat,
		family: gov.FamilyOZ4, counting: gov.CountingCompatBravo, clock: gov.ClockBlockNumber,
		timelock: gov.TimelockCompound, tokenKind: token.ERC20Votes, tallyWords: []int{5, 6, 7},
		voter: "alice", support: "for", reason: "family CLI test: ship it",
		ballotVoter: "bob", relayer: "erin", delegator: "carol", delegatee: "dave",
	})
}

func TestFamilyCLIOZ5Fractional(t *testing.T) {
	runFamilyCLI(t, famCLISpec{
		seed:   devnet.SeedOZ5Fractional,
		family: gov.FamilyOZ5, counting: gov.CountingFractional, clock: gov.ClockTimestamp,
		timelock: gov.TimelockController, tokenKind: token.ERC20Votes, split: true,
		voter: "alice", support: "split", reason: "family CLI test: a split",
		ballotVoter: "dave", relayer: "erin", delegator: "carol", delegatee: "dave",
	})
}

func TestFamilyCLIOZ5NFT(t *testing.T) {
	runFamilyCLI(t, famCLISpec{
		seed:   devnet.SeedOZ5NFT,
		family: gov.FamilyOZ5, counting: gov.CountingSimple, clock: gov.ClockBlockNumber,
		timelock: gov.TimelockController, tokenKind: token.ERC721Votes, nft: true,
		voter: "alice", support: "against", reason: "family CLI test: not this one",
		ballotVoter: "dave", relayer: "erin", delegator: "carol", delegatee: "dave",
	})
}

// TestFamilyCLIOZ5Boost reads a DAO whose token counts a staking bonus in
// its voting units: holders and delegates must show the token's own
// getVotes, which balances and delegations do not give.
func TestFamilyCLIOZ5Boost(t *testing.T) {
	runFamilyCLI(t, famCLISpec{
		seed:   devnet.SeedOZ5Boost,
		family: gov.FamilyOZ5, counting: gov.CountingSimple, clock: gov.ClockBlockNumber,
		timelock: gov.TimelockController, tokenKind: token.ERC20Votes, readsOnly: true,
	})
}

func TestFamilyCLIAlpha(t *testing.T) {
	runFamilyCLI(t, famCLISpec{
		seed:   devnet.SeedAlpha,
		family: gov.FamilyAlpha, counting: gov.CountingAlpha, clock: gov.ClockBlockNumber,
		timelock: gov.TimelockCompound, tokenKind: token.Comp, compound: true, alpha: true, tallyWords: []int{5, 6},
		voter: "delegate", support: "against",
		ballotVoter: "whale", relayer: "holder", delegator: "holder", delegatee: "delegate",
	})
}

func TestFamilyCLIBravo(t *testing.T) {
	runFamilyCLI(t, famCLISpec{
		seed:   devnet.SeedBravo,
		family: gov.FamilyBravo, counting: gov.CountingBravo, clock: gov.ClockBlockNumber,
		timelock: gov.TimelockCompound, tokenKind: token.Comp, compound: true, tallyWords: []int{5, 6, 7},
		voter: "delegate", support: "abstain", reason: "family CLI test: abstaining",
		ballotVoter: "whale", relayer: "holder", delegator: "holder", delegatee: "delegate",
	})
}

// famCLI is one seeded fixture and what the CLI runs need.
type famCLI struct {
	t    *testing.T
	ctx  context.Context
	spec famCLISpec
	node *devnet.Node
	dao  *devnet.FamilyDAO
	c    *chain.Client
	vars map[string]string
	pwd  map[string]string // account name → password file
	base []string
}

func runFamilyCLI(t *testing.T, spec famCLISpec) {
	t0 := time.Now()
	node, dao := devnettest.Family(t, spec.seed)
	t.Logf("seeded %s in %v (head %d)", dao.Name, time.Since(t0).Round(time.Millisecond), node.Head())
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	home := t.TempDir()
	f := &famCLI{
		t: t, ctx: ctx, spec: spec, node: node, dao: dao, c: devnettest.Dial(t, node.HTTPURL(), chain.Options{}),
		vars: map[string]string{"HOME": home, "XDG_CONFIG_HOME": filepath.Join(home, "cfg"), "XDG_STATE_HOME": filepath.Join(home, "state")},
		pwd:  map[string]string{},
		base: []string{"--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex(), "--start-block", strconv.FormatUint(dao.StartBlock, 10)},
	}
	for _, a := range dao.Accounts {
		p := filepath.Join(home, a.Name()+".pw")
		if err := os.WriteFile(p, []byte(a.Passphrase+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		f.pwd[a.Name()] = p
	}
	t.Run("info", f.checkInfo)
	t.Run("proposals", f.checkProposals)
	t.Run("proposal", f.checkProposalTable)
	t.Run("ownership", f.checkOwnership)
	t.Run("treasury", f.checkTreasury)
	if !spec.readsOnly {
		t.Run("writes", f.checkWrites)
	}
	if len(dao.Legacy) > 0 {
		t.Run("legacy", f.checkLegacy)
	}
}

// checkLegacy reads the DAO with its legacy governors (legacy_governors in
// a config file): the union equals direct calls on every governor —
// proposalCount() and proposals(id) on each, ids continuing from the
// Bravo's initialProposalId() —, --json names each proposal's governor,
// `proposal ID` finds a legacy proposal from the current DAO, --no-legacy
// leaves them out, and a vote on a legacy proposal goes to its governor.
func (f *famCLI) checkLegacy(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.toml")
	var legacy []string
	for _, a := range f.dao.Legacy {
		legacy = append(legacy, strconv.Quote(a.Hex()))
	}
	body := fmt.Sprintf("[[dao]]\nname = \"fam\"\nrpc = %q\ngovernor = %q\nstart_block = %d\nlegacy_governors = [%s]\n",
		f.node.HTTPURL(), f.dao.Governor.Hex(), f.dao.StartBlock, strings.Join(legacy, ", "))
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	var props []proposalJSON
	f.json(t, &props, "proposals", "fam", "--config", cfg)
	if len(props) == 0 {
		t.Fatal("no proposals")
	}
	block := props[0].Block
	listed := map[string]proposalJSON{}
	for _, p := range props {
		listed[p.Governor+":"+p.ID] = p
	}
	want := 0
	govs := append([]common.Address{f.dao.Governor}, f.dao.Legacy...)
	first := map[common.Address]uint64{} // each governor's first id
	last := map[common.Address]uint64{}
	for _, g := range govs {
		count := retWord(t, f.call(t, block, g, "proposalCount()"), 0).Uint64()
		from := uint64(1)
		if g == f.dao.Governor && f.spec.compound && !f.spec.alpha {
			from = retWord(t, f.call(t, block, g, "initialProposalId()"), 0).Uint64() + 1
		}
		first[g], last[g] = from, count
		for id := from; id <= count; id++ {
			want++
			key := g.Hex() + ":" + strconv.FormatUint(id, 10)
			p, ok := listed[key]
			if !ok {
				t.Errorf("proposal %s on chain is not listed", key)
				continue
			}
			out := f.call(t, block, g, "proposals(uint256)", id)
			st := devnet.StateName(uint8(retWord(t, f.call(t, block, g, "state(uint256)", id), 0).Uint64()))
			if p.State != st || jsonStr(p.ForVotes) != retWord(t, out, 5).String() || jsonStr(p.AgainstVotes) != retWord(t, out, 6).String() ||
				p.VoteStart != retWord(t, out, 3).Uint64() || p.VoteEnd != retWord(t, out, 4).Uint64() {
				t.Errorf("proposal %s: %+v; state() %s, proposals() %x", key, p, st, out)
			}
			if g != f.dao.Governor && len(out) == 9*32 && p.AbstainVotes != nil {
				t.Errorf("proposal %s of a GovernorAlpha: abstain %s, want null", key, *p.AbstainVotes)
			}
		}
	}
	if len(props) != want {
		t.Errorf("listed %d proposals, the governors hold %d", len(props), want)
	}
	alpha := f.dao.Legacy[0]
	if first[f.dao.Governor] != last[alpha]+1 {
		t.Errorf("ids do not continue: the Alpha's last is %d, the Bravo's first %d", last[alpha], first[f.dao.Governor])
	}

	// info names each legacy governor's family, detected on its own, and
	// one that is no governor (the token) with a note.
	withToken := strings.Replace(body, "legacy_governors = [", "legacy_governors = ["+strconv.Quote(f.dao.Token.Hex())+", ", 1)
	cfg2 := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(cfg2, []byte(withToken), 0o600); err != nil {
		t.Fatal(err)
	}
	var info infoJSON
	f.json(t, &info, "info", "fam", "--config", cfg2)
	if len(info.LegacyGovernors) != 2 || info.LegacyGovernors[0].Address != alpha.Hex() || jsonStr(info.LegacyGovernors[0].Family) != string(gov.FamilyAlpha) ||
		info.LegacyGovernors[1].Address != f.dao.Token.Hex() || info.LegacyGovernors[1].Family != nil || info.LegacyGovernors[1].Note == nil {
		t.Errorf("info legacy governors: %+v", info.LegacyGovernors)
	}
	var withNote []proposalJSON
	_, errb0, code0 := f.cli("proposals", "fam", "--config", cfg2, "--json")
	f.json(t, &withNote, "proposals", "fam", "--config", cfg2)
	if code0 != 0 || len(withNote) != len(props) || !strings.Contains(errb0, "legacy governor "+f.dao.Token.Hex()+" is not read") {
		t.Errorf("a token among the legacy governors: exit %d, %d proposals (want %d), stderr %q", code0, len(withNote), len(props), errb0)
	}

	// `proposal ID` of the Alpha's proposal, from the Bravo DAO.
	id := strconv.FormatUint(last[alpha], 10)
	var d proposalDetailJSON
	f.json(t, &d, "proposal", id, "--dao", "fam", "--config", cfg)
	if d.Governor != alpha.Hex() || d.ID != id || d.AbstainVotes != nil {
		t.Errorf("proposal %s: governor %s id %s abstain %v; want the Alpha's %s", id, d.Governor, d.ID, d.AbstainVotes, alpha.Hex())
	}
	out, errb, code := f.cli("proposal", alpha.Hex()+":"+id, "--dao", "fam", "--config", cfg)
	if code != 0 || !strings.Contains(out, "governor  "+alpha.Hex()+" (legacy, GovernorAlpha)") || strings.Contains(out, "\nabstain ") {
		t.Errorf("proposal ADDR:ID: exit %d\n%s\n%s", code, out, errb)
	}
	out, errb, code = f.cli("proposals", "fam", "--config", cfg)
	if code != 0 || !strings.Contains(out, "GOVERNOR") || !strings.Contains(out, alpha.Hex()) || !strings.Contains(out, "current") {
		t.Errorf("proposals table: exit %d\n%s\n%s", code, out, errb)
	}

	// --no-legacy: the current governor's only, and no GOVERNOR column.
	var cur []proposalJSON
	f.json(t, &cur, "proposals", "fam", "--config", cfg, "--no-legacy")
	for _, p := range cur {
		if p.Governor != f.dao.Governor.Hex() {
			t.Errorf("--no-legacy lists %s:%s", p.Governor, p.ID)
		}
	}
	if len(cur) != len(props)-int(last[alpha]) {
		t.Errorf("--no-legacy lists %d proposals, want %d", len(cur), len(props)-int(last[alpha]))
	}
	if out, _, _ := f.cli("proposals", "fam", "--config", cfg, "--no-legacy"); strings.Contains(out, "GOVERNOR") {
		t.Errorf("--no-legacy table has a GOVERNOR column:\n%s", out)
	}

	// A vote on the Alpha's (closed) proposal is simulated against the
	// Alpha, whose own revert says so: it was not sent to the Bravo.
	out, errb, code = f.tx(f.spec.voter, "vote", id, "for", "--dao", "fam", "--config", cfg)
	if code == 0 || !strings.Contains(out+errb, "GovernorAlpha::") {
		t.Errorf("vote on the Alpha's proposal %s: exit %d\n%s\n%s", id, code, out, errb)
	}
	t.Logf("legacy: %d proposals on %d governors checked at block %d", len(props), len(govs), block)
}

// cli runs daoterm with args and the fixture's --rpc/--governor/--start-block.
func (f *famCLI) cli(args ...string) (stdout, stderr string, code int) {
	e, out, errb := testEnv(f.vars)
	code = run(f.ctx, e, append(args, f.base...))
	return out.String(), errb.String(), code
}

// json runs a read command with --json and decodes its output strictly.
func (f *famCLI) json(t *testing.T, out any, args ...string) {
	t.Helper()
	stdout, stderr, code := f.cli(append(args, "--json")...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, stderr)
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(out); err != nil {
		t.Fatalf("%v: decode: %v\n%s", args, err, stdout)
	}
}

// tx runs a signing command as the fixture account short, confirmed with --yes and the
// passphrase from a file.
func (f *famCLI) tx(short string, args ...string) (stdout, stderr string, code int) {
	name := f.dao.Name + "-" + short
	if f.pwd[name] == "" {
		f.t.Fatalf("%s has no keystore account %s", f.dao.Name, name)
	}
	return f.cli(append(args, "--keystore", f.dao.KeystoreDir, "--account", name, "--password-file", f.pwd[name], "--yes", "--poll", "5ms")...)
}

// mustTx runs tx and fails unless it exits 0 with a mined, successful transaction.
func (f *famCLI) mustTx(t *testing.T, short string, args ...string) {
	t.Helper()
	out, errb, code := f.tx(short, args...)
	if code != 0 || !strings.Contains(out, "success") {
		t.Fatalf("%s %v: exit %d\n%s\n%s", short, args, code, out, errb)
	}
}

func (f *famCLI) addr(short string) common.Address {
	f.t.Helper()
	a, ok := f.dao.Account(f.dao.Name + "-" + short)
	if !ok {
		f.t.Fatalf("%s has no account %s", f.dao.Name, short)
	}
	return a.Address
}

func (f *famCLI) head(t *testing.T) uint64 {
	t.Helper()
	return devnettest.Head(t, f.c)
}

// call is an independent eth_call of sig with static arguments (*big.Int, uint64 or
// common.Address) at block; it returns the raw words.
func (f *famCLI) call(t *testing.T, block uint64, to common.Address, sig string, args ...any) []byte {
	t.Helper()
	data := crypto.Keccak256([]byte(sig))[:4]
	for _, a := range args {
		switch v := a.(type) {
		case *big.Int:
			data = append(data, common.LeftPadBytes(v.Bytes(), 32)...)
		case uint64:
			data = append(data, common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32)...)
		case common.Address:
			data = append(data, common.LeftPadBytes(v.Bytes(), 32)...)
		default:
			t.Fatalf("call %s: argument %T", sig, a)
		}
	}
	res, err := f.c.CallAt(f.ctx, block, []chain.Call{{To: to, Data: data}})
	if err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("%s on %s at %d: %+v %v", sig, to.Hex(), block, res, err)
	}
	return res[0].Data
}

// retWord returns the i-th 32-byte word of out as a number.
func retWord(t *testing.T, out []byte, i int) *big.Int {
	t.Helper()
	if len(out) < 32*(i+1) {
		t.Fatalf("return data of %d bytes has no word %d", len(out), i)
	}
	return new(big.Int).SetBytes(out[32*i : 32*(i+1)])
}

// tallies reads for, against and abstain of id at block from the contract.
func (f *famCLI) tallies(t *testing.T, id *big.Int, block uint64) [3]*big.Int {
	t.Helper()
	if f.spec.tallyWords == nil {
		out := f.call(t, block, f.dao.Governor, "proposalVotes(uint256)", id) // against, for, abstain
		return [3]*big.Int{retWord(t, out, 1), retWord(t, out, 0), retWord(t, out, 2)}
	}
	out := f.call(t, block, f.dao.Governor, "proposals(uint256)", id)
	w := f.spec.tallyWords
	r := [3]*big.Int{retWord(t, out, w[0]), retWord(t, out, w[1]), new(big.Int)}
	if len(w) > 2 {
		r[2] = retWord(t, out, w[2])
	}
	return r
}

// voted reads whether who has voted on id at block: hasVoted, or getReceipt's first word.
func (f *famCLI) voted(t *testing.T, id *big.Int, who common.Address, block uint64) bool {
	t.Helper()
	sig := "hasVoted(uint256,address)"
	if f.spec.compound {
		sig = "getReceipt(uint256,address)"
	}
	return retWord(t, f.call(t, block, f.dao.Governor, sig, id, who), 0).Sign() != 0
}

// clockAt is the governor's clock() at block.
func (f *famCLI) clockAt(t *testing.T, block uint64) uint64 {
	t.Helper()
	return retWord(t, f.call(t, block, f.dao.Governor, "clock()"), 0).Uint64()
}

func (f *famCLI) state(t *testing.T, id *big.Int, block uint64) string {
	t.Helper()
	return devnet.StateName(uint8(retWord(t, f.call(t, block, f.dao.Governor, "state(uint256)", id), 0).Uint64()))
}

func (f *famCLI) checkInfo(t *testing.T) {
	var info infoJSON
	f.json(t, &info, "info")
	s := f.spec
	if info.Family != string(s.family) || info.Counting != string(s.counting) || info.Clock != string(s.clock) ||
		jsonStr(info.TimelockKind) != string(s.timelock) || info.TokenKind != string(s.tokenKind) {
		t.Errorf("info: family %q counting %q clock %q timelock %q token %q; want %s %s %s %s %s",
			info.Family, info.Counting, info.Clock, jsonStr(info.TimelockKind), info.TokenKind, s.family, s.counting, s.clock, s.timelock, s.tokenKind)
	}
	if info.Governor != f.dao.Governor.Hex() || info.Token != f.dao.Token.Hex() || jsonStr(info.Timelock) != f.dao.Timelock.Hex() {
		t.Errorf("info: governor %s token %s timelock %s; want %s %s %s", info.Governor, info.Token, jsonStr(info.Timelock),
			f.dao.Governor.Hex(), f.dao.Token.Hex(), f.dao.Timelock.Hex())
	}
	if s.nft && info.TokenDecimals != 0 || !s.nft && info.TokenDecimals != 18 {
		t.Errorf("info: token decimals %d", info.TokenDecimals)
	}
	if len(info.Treasury) == 0 || info.Treasury[0] != f.dao.Treasury[0].Hex() {
		t.Errorf("info: treasury %v, want %s first", info.Treasury, f.dao.Treasury[0].Hex())
	}
	// The table names the same.
	out, errb, code := f.cli("info")
	if code != 0 {
		t.Fatalf("info: exit %d: %s", code, errb)
	}
	for _, want := range []string{string(s.family), string(s.counting), string(s.timelock), string(s.tokenKind), f.dao.Governor.Hex()} {
		if !strings.Contains(out, want) {
			t.Errorf("info table lacks %q:\n%s", want, out)
		}
	}
}

// checkProposals compares `proposals --json` with direct calls at the block it read.
func (f *famCLI) checkProposals(t *testing.T) {
	var props []proposalJSON
	f.json(t, &props, "proposals")
	onChain := map[string]string{} // the fixture's proposals on this governor
	for _, p := range f.dao.Proposals {
		onChain[p.ID.String()] = p.State
	}
	if len(props) == 0 {
		t.Fatal("no proposals")
	}
	seen := map[string]bool{}
	for _, p := range props {
		id, ok := new(big.Int).SetString(p.ID, 10)
		if !ok {
			t.Fatalf("id %q", p.ID)
		}
		if _, ok := onChain[p.ID]; !ok {
			t.Errorf("proposal %s is not one of the fixture's", p.ID)
		}
		seen[p.State] = true
		if st := f.state(t, id, p.Block); p.State != st {
			t.Errorf("proposal %s: state %q, state() %q", p.ID, p.State, st)
		}
		tal := f.tallies(t, id, p.Block)
		abstain := tal[2].String()
		if f.spec.counting == gov.CountingAlpha {
			abstain = "null" // GovernorAlpha has no abstain
		}
		if jsonStr(p.ForVotes) != tal[0].String() || jsonStr(p.AgainstVotes) != tal[1].String() || jsonStr(p.AbstainVotes) != abstain {
			t.Errorf("proposal %s: for/against/abstain %s/%s/%s, contract %v", p.ID, jsonStr(p.ForVotes), jsonStr(p.AgainstVotes), jsonStr(p.AbstainVotes), tal)
		}
		switch never := p.State == "pending" || p.State == "active" || p.State == "defeated" || p.State == "succeeded"; {
		case never && p.ETA != nil:
			t.Errorf("proposal %s (%s): eta %d, want null (never queued)", p.ID, p.State, *p.ETA)
		case p.State == "queued" && p.ETA == nil:
			t.Errorf("proposal %s (queued): eta null", p.ID)
		}
		var quorum *big.Int
		if f.spec.compound {
			quorum = retWord(t, f.call(t, p.Block, f.dao.Governor, "quorumVotes()"), 0)
			out := f.call(t, p.Block, f.dao.Governor, "proposals(uint256)", id)
			if common.BytesToAddress(out[32:64]).Hex() != p.Proposer || retWord(t, out, 2).Uint64() != jsonU64(p.ETA) ||
				retWord(t, out, 3).Uint64() != p.VoteStart || retWord(t, out, 4).Uint64() != p.VoteEnd {
				t.Errorf("proposal %s: proposer %s eta %d start %d end %d; proposals() %x", p.ID, p.Proposer, jsonU64(p.ETA), p.VoteStart, p.VoteEnd, out[:160])
			}
		} else {
			snap := retWord(t, f.call(t, p.Block, f.dao.Governor, "proposalSnapshot(uint256)", id), 0)
			if now := f.clockAt(t, p.Block); snap.Uint64() < now {
				quorum = retWord(t, f.call(t, p.Block, f.dao.Governor, "quorum(uint256)", snap), 0)
			} else { // quorum(snapshot) reverts until the snapshot has passed
				if p.Quorum != nil {
					t.Errorf("proposal %s (%s): snapshot %v not passed at %d; quorum %s, want null", p.ID, p.State, snap, now, *p.Quorum)
				}
			}
			end := retWord(t, f.call(t, p.Block, f.dao.Governor, "proposalDeadline(uint256)", id), 0)
			if snap.Uint64() != p.VoteStart || end.Uint64() != p.VoteEnd {
				t.Errorf("proposal %s: vote start/end %d/%d, contract %v/%v", p.ID, p.VoteStart, p.VoteEnd, snap, end)
			}
		}
		if quorum != nil && jsonStr(p.Quorum) != quorum.String() {
			t.Errorf("proposal %s: quorum %s, contract %v", p.ID, jsonStr(p.Quorum), quorum)
		}
		// The quorum counts For only on the Compound families and CompatibilityBravo.
		qv := new(big.Int).Set(tal[0])
		if f.spec.counting == gov.CountingSimple || f.spec.counting == gov.CountingFractional {
			qv.Add(qv, tal[2])
		}
		if jsonStr(p.QuorumVotes) != qv.String() {
			t.Errorf("proposal %s: quorum votes %s, want %v", p.ID, jsonStr(p.QuorumVotes), qv)
		}
	}
	for _, st := range []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "executed"} {
		if !seen[st] && (!f.spec.readsOnly || len(f.dao.ProposalsIn(st)) > 0) {
			t.Errorf("no %s proposal listed", st)
		}
	}
}

// checkProposalTable checks the family's fields in the `proposal ID` table.
func (f *famCLI) checkProposalTable(t *testing.T) {
	p := f.dao.ProposalsIn("executed")[0]
	out, errb, code := f.cli("proposal", p.ID.String())
	if code != 0 {
		t.Fatalf("proposal: exit %d: %s", code, errb)
	}
	for _, want := range []string{"\nfor ", "\nagainst ", "\nquorum ", "state     executed", "actions:", "votes ("} {
		if !strings.Contains(out, want) {
			t.Errorf("proposal table lacks %q:\n%s", want, out)
		}
	}
	if hasAbstain := strings.Contains(out, "\nabstain "); hasAbstain == f.spec.alpha {
		t.Errorf("abstain line shown: %v on %s:\n%s", hasAbstain, f.spec.family, out)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape sequence in the table")
	}
	if f.spec.compound {
		if !strings.Contains(out, "\neta ") {
			t.Errorf("no eta on an executed Compound proposal:\n%s", out)
		}
	}
	if f.spec.split {
		// bob split his votes on an active proposal: the JSON and the table show the split.
		found := false
		for _, a := range f.dao.ProposalsIn("active") {
			var d proposalDetailJSON
			f.json(t, &d, "proposal", a.ID.String())
			for _, v := range d.Votes {
				if v.Voter == f.addr("bob").Hex() && v.Support == "split" && v.Split != nil {
					found = true
					out, _, _ := f.cli("proposal", a.ID.String())
					if !strings.Contains(out, " / ") || !strings.Contains(out, "SPLIT (FOR/AGAINST/ABSTAIN)") {
						t.Errorf("split column empty:\n%s", out)
					}
				}
			}
		}
		if !found {
			t.Error("bob's split vote is in no active proposal's votes")
		}
	}
}

// checkOwnership compares holders and delegates with balanceOf, delegates and the votes
// getter at the head.
func (f *famCLI) checkOwnership(t *testing.T) {
	var hj holdersJSON
	f.json(t, &hj, "holders")
	var dj delegatesJSON
	f.json(t, &dj, "delegates")
	holders, dels, block := hj.Holders, dj.Delegates, hj.Block
	if custom := f.dao.Name == devnet.FamilyOZ5Boost; hj.CustomUnits != custom || dj.CustomUnits != custom {
		t.Errorf("custom_voting_units: holders %v, delegates %v, want %v", hj.CustomUnits, dj.CustomUnits, custom)
	}
	if block == 0 || dj.Block != block {
		t.Fatalf("holders read at block %d, delegates at %d", block, dj.Block)
	}
	votesSig := "getVotes(address)"
	if f.spec.tokenKind == token.Comp {
		votesSig = "getCurrentVotes(address)"
	}
	if len(holders) < 4 || len(dels) < 2 {
		t.Fatalf("%d holders, %d delegates", len(holders), len(dels))
	}
	var shares float64
	for _, h := range holders {
		a := common.HexToAddress(h.Address)
		if bal := retWord(t, f.call(t, block, f.dao.Token, "balanceOf(address)", a), 0); h.Balance != bal.String() {
			t.Errorf("holder %s: balance %s, balanceOf %v", h.Address, h.Balance, bal)
		}
		if f.spec.nft && len(h.Balance) > 3 {
			t.Errorf("holder %s: NFT balance %s is not a count", h.Address, h.Balance)
		}
		if d := common.BytesToAddress(f.call(t, block, f.dao.Token, "delegates(address)", a)); jsonStr(optAddr(d)) != jsonStr(h.Delegate) {
			t.Errorf("holder %s: delegate %s, delegates() %s", h.Address, jsonStr(h.Delegate), d.Hex())
		}
		if v := retWord(t, f.call(t, block, f.dao.Token, votesSig, a), 0); h.Votes != v.String() {
			t.Errorf("holder %s: votes %s, %s %v", h.Address, h.Votes, votesSig, v)
		}
		shares += h.Share
	}
	if math.Abs(shares-1) > 1e-6 {
		t.Errorf("holder shares add up to %v", shares)
	}
	shares = 0
	for _, d := range dels {
		if v := retWord(t, f.call(t, block, f.dao.Token, votesSig, common.HexToAddress(d.Address)), 0); d.Votes != v.String() {
			t.Errorf("delegate %s: votes %s, %s %v", d.Address, d.Votes, votesSig, v)
		}
		shares += d.Share
	}
	if math.Abs(shares-1) > 1e-6 {
		t.Errorf("delegate shares add up to %v", shares)
	}
}

// checkTreasury compares the treasury's balances with the chain and checks that flows
// both ways were found.
func (f *famCLI) checkTreasury(t *testing.T) {
	var tr treasuryJSON
	f.json(t, &tr, "treasury")
	if len(tr.Accounts) == 0 || tr.Accounts[0].Address != f.dao.Treasury[0].Hex() {
		t.Fatalf("treasury accounts %+v", tr.Accounts)
	}
	acc := tr.Accounts[0]
	eth, err := f.c.Eth().BalanceAt(f.ctx, f.dao.Treasury[0], new(big.Int).SetUint64(tr.Block))
	if err != nil || acc.ETH != eth.String() {
		t.Errorf("treasury ETH %s, chain %v (%v)", acc.ETH, eth, err)
	}
	listed := map[common.Address]tokenBalanceJSON{}
	for _, tb := range acc.Tokens {
		listed[common.HexToAddress(tb.Address)] = tb
	}
	for _, asset := range append([]common.Address{f.dao.Token}, f.dao.Assets...) {
		tb, ok := listed[asset]
		if !ok {
			t.Errorf("treasury does not list %s", asset.Hex())
			continue
		}
		if bal := retWord(t, f.call(t, tr.Block, asset, "balanceOf(address)", f.dao.Treasury[0]), 0); jsonStr(tb.Balance) != bal.String() {
			t.Errorf("treasury %s: balance %s, balanceOf %v", jsonStr(tb.Symbol), jsonStr(tb.Balance), bal)
		}
		if tb.NFT != (f.spec.nft && asset == f.dao.Token) {
			t.Errorf("treasury %s: nft %v", jsonStr(tb.Symbol), tb.NFT)
		}
	}
	dirs := map[string]int{}
	for _, fl := range tr.Flows {
		dirs[fl.Direction]++
	}
	if dirs["in"] == 0 || dirs["out"] == 0 {
		t.Errorf("treasury flows by direction %v: want some in and some out", dirs)
	}
}

// checkWrites votes, relays a ballot, queues, executes and delegates through the CLI
// and checks each on chain.
func (f *famCLI) checkWrites(t *testing.T) {
	s := f.spec
	voter, bv := f.addr(s.voter), f.addr(s.ballotVoter)
	head := f.head(t)
	var id *big.Int
	for _, p := range f.dao.ProposalsIn("active") {
		if !f.voted(t, p.ID, voter, head) && !f.voted(t, p.ID, bv, head) {
			id = p.ID
			break
		}
	}
	if id == nil {
		t.Fatalf("no active proposal that %s and %s have not voted on", s.voter, s.ballotVoter)
	}
	nonce := func(a common.Address) uint64 {
		n, err := f.c.Eth().NonceAt(f.ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	// Refusals: nothing is signed or sent.
	n0 := nonce(voter)
	refuse := func(want string, args ...string) {
		t.Helper()
		_, errb, code := f.tx(s.voter, args...)
		if code != 2 || !strings.Contains(errb, want) {
			t.Errorf("%v: exit %d, want 2 and %q:\n%s", args, code, want, errb)
		}
	}
	if !s.split {
		refuse("takes no split votes", "vote", id.String(), "split", "--for", "1")
	}
	if s.alpha {
		refuse("no abstain", "vote", id.String(), "abstain")
		refuse("without --reason", "vote", id.String(), "for", "--reason", "a reason")
	}
	if nonce(voter) != n0 {
		t.Fatal("a refused vote sent a transaction")
	}

	// The vote.
	before := f.tallies(t, id, head)
	args := []string{"vote", id.String(), s.support}
	if s.reason != "" {
		args = append(args, "--reason", s.reason)
	}
	unit := big.NewInt(1e18)
	split := [3]*big.Int{new(big.Int).Mul(big.NewInt(2_500), unit), new(big.Int).Mul(big.NewInt(1_000), unit), new(big.Int).Mul(big.NewInt(500), unit)}
	if s.split {
		args = append(args, "--for", "2500", "--against", "1000", "--abstain", "500")
	}
	f.mustTx(t, s.voter, args...)
	head = f.head(t)
	if !f.voted(t, id, voter, head) {
		t.Fatalf("%s's vote on %s is not recorded", s.voter, id)
	}
	var d proposalDetailJSON
	f.json(t, &d, "proposal", id.String())
	var mine *voteJSON
	for i := range d.Votes {
		if d.Votes[i].Voter == voter.Hex() {
			mine = &d.Votes[i]
		}
	}
	if mine == nil || mine.Support != s.support || (mine.Reason == nil) != (f.spec.family == gov.FamilyAlpha) || mine.Reason != nil && *mine.Reason != s.reason {
		t.Fatalf("%s's vote read back as %+v", s.voter, mine)
	}
	after := f.tallies(t, id, head)
	want := [3]*big.Int{new(big.Int).Set(before[0]), new(big.Int).Set(before[1]), new(big.Int).Set(before[2])}
	if s.split {
		if mine.Split == nil || mine.Split.For != split[0].String() || mine.Split.Against != split[1].String() || mine.Split.Abstain != split[2].String() {
			t.Errorf("split read back as %+v", mine.Split)
		}
		for i := range want {
			want[i].Add(want[i], split[i])
		}
		out, _, _ := f.cli("proposal", id.String())
		if !strings.Contains(out, "2,500.00 / 1,000.00 / 500.00") {
			t.Errorf("the table does not show the split 2,500.00 / 1,000.00 / 500.00:\n%s", out)
		}
	} else {
		weight, _ := new(big.Int).SetString(mine.Weight, 10)
		i := map[string]int{"for": 0, "against": 1, "abstain": 2}[s.support]
		want[i].Add(want[i], weight)
	}
	if after[0].Cmp(want[0]) != 0 || after[1].Cmp(want[1]) != 0 || after[2].Cmp(want[2]) != 0 {
		t.Errorf("tallies after the vote %v, want %v", after, want)
	}
	if jsonStr(d.ForVotes) != after[0].String() || jsonStr(d.AgainstVotes) != after[1].String() {
		t.Errorf("proposal --json after the vote: for %s against %s, contract %v", jsonStr(d.ForVotes), jsonStr(d.AgainstVotes), after)
	}

	// A gasless ballot, signed by one account and relayed by another.
	ballot := filepath.Join(t.TempDir(), "ballot.json")
	if _, errb, code := f.tx(s.ballotVoter, "ballot", "sign", id.String(), "for", "--out", ballot); code != 0 {
		t.Fatalf("ballot sign: exit %d: %s", code, errb)
	}
	nb := nonce(bv)
	out, errb, code := f.tx(s.relayer, "ballot", "submit", ballot)
	if code != 0 || !strings.Contains(out, "success") || !strings.Contains(errb, "castVoteBySig") {
		t.Fatalf("ballot submit: exit %d\n%s\n%s", code, out, errb)
	}
	head = f.head(t)
	if !f.voted(t, id, bv, head) || f.voted(t, id, f.addr(s.relayer), head) {
		t.Errorf("ballot: voter counted %v, relayer counted %v", f.voted(t, id, bv, head), f.voted(t, id, f.addr(s.relayer), head))
	}
	if nonce(bv) != nb {
		t.Error("the ballot's voter sent a transaction")
	}

	// Queue the succeeded proposal, execute the queued one (its eta passed).
	succeeded, queued := f.dao.ProposalsIn("succeeded")[0], f.dao.ProposalsIn("queued")[0]
	f.mustTx(t, s.relayer, "queue", succeeded.ID.String())
	if st := f.state(t, succeeded.ID, f.head(t)); st != "queued" {
		t.Errorf("state after queue: %s", st)
	}
	var qp proposalDetailJSON
	f.json(t, &qp, "proposal", queued.ID.String())
	if h, err := f.c.Header(f.ctx, f.head(t)); err != nil {
		t.Fatal(err)
	} else if qp.ETA == nil {
		t.Fatalf("queued proposal %s: eta null", queued.ID)
	} else if *qp.ETA > h.Time {
		if err := f.node.AdvanceTime(f.ctx, time.Duration(*qp.ETA-h.Time+1)*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	f.mustTx(t, s.relayer, "execute", queued.ID.String())
	if st := f.state(t, queued.ID, f.head(t)); st != "executed" {
		t.Errorf("state after execute: %s", st)
	}

	// Delegate.
	f.mustTx(t, s.delegator, "delegate", f.addr(s.delegatee).Hex())
	if got := common.BytesToAddress(f.call(t, f.head(t), f.dao.Token, "delegates(address)", f.addr(s.delegator))); got != f.addr(s.delegatee) {
		t.Errorf("delegates(%s) = %s, want %s", s.delegator, got.Hex(), f.addr(s.delegatee).Hex())
	}
}
