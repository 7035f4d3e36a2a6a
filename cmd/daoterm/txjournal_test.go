package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/journal"
)

// dropProxy is a JSON-RPC proxy in front of the devnet that can swallow
// eth_sendRawTransaction: it answers with the transaction's hash, as a node
// that accepts a transaction and then loses it does, and forwards nothing.
type dropProxy struct {
	node string
	drop atomic.Int64 // sends still to swallow; -1 swallows every one
	// refuse answers the next refuse sends with a JSON-RPC error.
	refuse atomic.Int64
	sends  atomic.Int64 // eth_sendRawTransaction calls seen
	// hold makes a send hang (never answered, never forwarded) until the
	// client goes away; held gets a value for each one held.
	hold atomic.Bool
	held chan struct{}
	srv  *httptest.Server
}

func newDropProxy(t *testing.T, node string) *dropProxy {
	p := &dropProxy{node: node, held: make(chan struct{}, 16)}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *dropProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params []hexutil.Bytes `json:"params"`
	}
	if json.Unmarshal(body, &req) == nil && req.Method == "eth_sendRawTransaction" {
		p.sends.Add(1)
		if n := p.refuse.Load(); n > 0 && p.refuse.CompareAndSwap(n, n-1) {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"txpool is full"}}`, req.ID)
			return
		}
		if p.hold.Load() {
			p.held <- struct{}{}
			<-r.Context().Done()
			return
		}
		tx := new(types.Transaction)
		if len(req.Params) == 1 && tx.UnmarshalBinary(req.Params[0]) == nil && p.take() {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%q}`, req.ID, tx.Hash().Hex())
			return
		}
	}
	resp, err := http.Post(p.node, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// take reports whether this send is to be swallowed.
func (p *dropProxy) take() bool {
	for {
		n := p.drop.Load()
		if n == 0 {
			return false
		}
		if n < 0 || p.drop.CompareAndSwap(n, n-1) {
			return true
		}
	}
}

// journal opens the fixture's journal.
func (f *txFixture) journal() *journal.Journal {
	f.t.Helper()
	j, err := journal.Open(filepath.Join(f.state, "daoterm", "journal.jsonl"))
	if err != nil {
		f.t.Fatal(err)
	}
	return j
}

// runTxCmd runs `daoterm tx ARGS` with the fixture's environment.
func (f *txFixture) runTxCmd(args ...string) (string, string, error) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string { return f.vars[k] }}
	err := runTx(f.ctx, e, args)
	return out.String(), errb.String(), err
}

// unvotedAll returns the active demo proposals who has not voted on.
func (f *txFixture) unvotedAll(who string) []*big.Int {
	f.t.Helper()
	c := f.client()
	var out []*big.Int
	for _, p := range f.dao.Proposals {
		if p.State != "active" {
			continue
		}
		res, err := c.CallAt(f.ctx, mustHead(f.t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(p.ID, f.addr[who])}})
		if err == nil && len(res) == 1 && res[0].Err == nil && new(big.Int).SetBytes(res[0].Data).Sign() == 0 {
			out = append(out, p.ID)
		}
	}
	return out
}

// TestTwoVoteProcessesAtOnce starts two `daoterm vote` processes of the
// real binary from one account at the same moment, on two proposals. The
// account lock in the state directory gives them different nonces: both
// exit 0 and both votes are on chain.
func TestTwoVoteProcessesAtOnce(t *testing.T) {
	f := newTxFixture(t)
	bin := buildDaoterm(t)
	who := ""
	var ids []*big.Int
	for _, name := range []string{"alice", "bob", "carol", "dave", "erin"} {
		if ids = f.unvotedAll(name); len(ids) >= 2 {
			who = name
			break
		}
	}
	if who == "" {
		t.Fatal("no demo account has two active proposals left to vote on")
	}
	env := []string{"HOME=" + f.vars["HOME"], "XDG_CONFIG_HOME=" + f.vars["XDG_CONFIG_HOME"], "XDG_STATE_HOME=" + f.state, "PATH=" + os.Getenv("PATH")}
	type result struct {
		out []byte
		err error
	}
	results := make([]result, 2)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 2 {
		cmd := exec.CommandContext(f.ctx, bin, "vote", ids[i].String(), "for", "--yes", "--password-file", f.pwd[who],
			"--rpc", f.node.HTTPURL(), "--governor", f.dao.Governor.Hex(), "--keystore", f.ks, "--account", who, "--poll", "10ms")
		cmd.Env = env
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out, err := cmd.CombinedOutput()
			results[i] = result{out, err}
		}()
	}
	close(start)
	wg.Wait()
	for i, r := range results {
		if r.err != nil || !strings.Contains(string(r.out), "success") {
			t.Errorf("vote %d: %v\n%s", i, r.err, r.out)
		}
	}
	if t.Failed() {
		return
	}
	c := f.client()
	for _, id := range ids[:2] {
		res, _ := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(id, f.addr[who])}})
		if len(res) != 1 || new(big.Int).SetBytes(res[0].Data).Sign() != 1 {
			t.Errorf("the vote on %s did not land", id)
		}
	}
	es, err := f.journal().Entries()
	if err != nil {
		t.Fatal(err)
	}
	nonces := map[uint64]bool{}
	for _, e := range es {
		if e.Status != journal.StatusMined {
			t.Errorf("journal entry %s is %s", e.Hash.Hex(), e.Status)
		}
		nonces[*e.Nonce] = true
	}
	if len(es) != 2 || len(nonces) != 2 {
		t.Fatalf("journal: %d entries, %d nonces; want 2 and 2", len(es), len(nonces))
	}
}

// TestVoteDroppedTransaction: a node that accepts eth_sendRawTransaction
// and drops the transaction. With the first sends dropped, vote sends it
// again while it waits and it lands. With every send dropped, vote stops at
// --wait with a clear message and exit status 1; tx list and tx show
// show it; tx resend lands it once the node keeps it, and refuses to send
// a mined one again.
func TestVoteDroppedTransaction(t *testing.T) {
	f := newTxFixture(t)
	px := newDropProxy(t, f.node.HTTPURL())
	f.rpc = px.srv.URL
	ids := f.unvotedAll("carol")
	if len(ids) < 2 {
		t.Fatal("carol has fewer than two active proposals left")
	}

	px.drop.Store(2)
	out, errb, err := f.run("", runVote, "carol", ids[0].String(), "for", "--password-file", f.pwd["carol"], "--yes")
	if err != nil || !strings.Contains(out, "success") {
		t.Fatalf("vote through a dropping node: %v\n%s\n%s", err, out, errb)
	}
	if n := px.sends.Load(); n < 3 {
		t.Errorf("%d sends: the two dropped sends were not followed by another", n)
	}

	// The node refuses the first send: the delegation is journaled, sent again
	// while waiting, and lands.
	px.refuse.Store(1)
	out, errb, err = f.run("", runDelegate, "carol", "self", "--password-file", f.pwd["carol"], "--yes")
	if err != nil || !strings.Contains(out, "success") || !strings.Contains(errb, "the node refused it: txpool is full") ||
		!strings.Contains(errb, "sending it again while waiting") {
		t.Fatalf("delegate through a refusing node: %v\n%s\n%s", err, out, errb)
	}

	// Every send dropped: the wait ends at --wait.
	px.drop.Store(-1)
	var errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errOut, getenv: func(k string) string { return f.vars[k] }}
	code := run(f.ctx, e, []string{"vote", ids[1].String(), "against", "--password-file", f.pwd["carol"], "--yes", "--wait", "500ms",
		"--rpc", f.rpc, "--governor", f.dao.Governor.Hex(), "--keystore", f.ks, "--account", "carol", "--poll", "5ms"})
	msg := errOut.String()
	if code != 1 {
		t.Fatalf("exit %d, want 1:\n%s", code, msg)
	}
	es, _ := f.journal().Entries()
	last := es[len(es)-1]
	for _, want := range []string{"was not mined within", "the journal has it as pending", "daoterm tx resend " + last.Hash.Hex(), "the node does not have it"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if last.Status != journal.StatusPending || last.ProposalID != ids[1].String() {
		t.Fatalf("journal: %+v", last)
	}

	// tx list and tx show.
	out, _, err = f.runTxCmd("list")
	if err != nil || !strings.Contains(out, last.Hash.Hex()) || !strings.Contains(out, "pending") || !strings.Contains(out, "castVote") || !strings.Contains(out, "mined") {
		t.Fatalf("tx list: %v\n%s", err, out)
	}
	out, _, err = f.runTxCmd("list", "--json")
	var lj struct {
		Transactions []txJSON `json:"transactions"`
	}
	if err != nil || json.Unmarshal([]byte(out), &lj) != nil || len(lj.Transactions) != 3 || jsonStr(lj.Transactions[2].ProposalID) != ids[1].String() ||
		lj.Transactions[2].Nonce != *last.Nonce || lj.Transactions[2].Genesis == nil || lj.Transactions[2].Block != nil {
		t.Fatalf("tx list --json: %v\n%s", err, out)
	}
	out, _, err = f.runTxCmd("show", last.Hash.Hex())
	for _, want := range []string{"castVote(uint256,uint8)", "proposalId", ids[1].String(), "support", "Status", "pending", "Command", "daoterm vote"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("tx show lacks %q (%v):\n%s", want, err, out)
		}
	}
	if _, _, err := f.runTxCmd("show", "0x1234"); err == nil {
		t.Error("tx show of a malformed hash succeeded")
	}

	// The node keeps it again: tx resend lands it, once.
	px.drop.Store(0)
	out, errb, err = f.runTxCmd("resend", last.Hash.Hex(), "--rpc", f.rpc, "--poll", "5ms")
	if err != nil || !strings.Contains(out, "success") {
		t.Fatalf("tx resend: %v\n%s\n%s", err, out, errb)
	}
	_, _, err = f.runTxCmd("resend", last.Hash.Hex(), "--rpc", f.rpc)
	if !errors.Is(err, journal.ErrSettled) {
		t.Fatalf("resend of a mined transaction: %v", err)
	}
}

// TestVoteDisplacedIsPreparedAgain: a vote whose nonce another transaction
// of the account takes (here: sent around daoterm) is reported NOT CAST,
// prepared again (simulated, reviewed) with a fresh nonce, and lands; a
// journaled transaction whose nonce was taken is refused by tx resend with
// the same report.
func TestVoteDisplacedIsPreparedAgain(t *testing.T) {
	f := newTxFixture(t)
	px := newDropProxy(t, f.node.HTTPURL())
	f.rpc = px.srv.URL
	ids := f.unvotedAll("dave")
	if len(ids) == 0 {
		t.Fatal("dave has no active proposal left")
	}
	dave := devAccount(t, f.dao, "dave")
	c := f.client()

	px.drop.Store(-1)
	type result struct {
		out, errb string
		err       error
	}
	done := make(chan result, 1)
	go func() {
		out, errb, err := f.run("", runVote, "dave", ids[0].String(), "for", "--password-file", f.pwd["dave"], "--yes", "--poll", "10ms")
		done <- result{out, errb, err}
	}()
	// Once the vote is journaled (and swallowed), dave's other wallet
	// sends a transaction with the same nonce straight to the node.
	j := f.journal()
	deadline := time.Now().Add(time.Minute)
	for {
		es, _ := j.Entries()
		if len(es) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the vote was never journaled")
		}
		time.Sleep(5 * time.Millisecond)
	}
	tok := f.dao.Token
	sendTx(f.ctx, t, c, dave, &tok, delegateData(dave.addr))
	px.drop.Store(0)
	var r result
	select {
	case r = <-done:
	case <-f.ctx.Done():
		t.Fatal("vote did not return")
	}
	if r.err != nil || !strings.Contains(r.out, "success") {
		t.Fatalf("vote: %v\n%s\n%s", r.err, r.out, r.errb)
	}
	for _, want := range []string{"NOT CAST", "was not made", "Preparing castVote again with a new nonce", "daoterm vote " + ids[0].String() + " for"} {
		if !strings.Contains(r.errb, want) {
			t.Errorf("output lacks %q:\n%s", want, r.errb)
		}
	}
	if strings.Count(r.errb, "Review: castVote") != 2 {
		t.Errorf("the vote was not reviewed again:\n%s", r.errb)
	}
	es, _ := j.Entries()
	if len(es) != 2 || es[0].Status != journal.StatusReplaced || es[1].Status != journal.StatusMined || *es[1].Nonce == *es[0].Nonce {
		t.Fatalf("journal: %+v", es)
	}
	res, _ := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(ids[0], f.addr["dave"])}})
	if len(res) != 1 || new(big.Int).SetBytes(res[0].Data).Sign() != 1 {
		t.Fatal("the vote prepared again did not land")
	}
	// tx resend refuses the displaced one and says what happened.
	_, _, err := f.runTxCmd("resend", es[0].Hash.Hex(), "--rpc", f.rpc)
	if err == nil || !strings.Contains(err.Error(), "not sent") || !strings.Contains(err.Error(), "NOT CAST") {
		t.Fatalf("resend of a displaced transaction: %v", err)
	}
}

// TestVoteKilledWhileSending kills `daoterm vote` (SIGKILL) while the node
// holds its eth_sendRawTransaction, after the journal was written. Running
// the same command again reconciles the journal first: the journaled vote
// is sent, exactly as signed, and lands; the second vote is refused by its
// simulation (already voted). The vote is on chain once.
func TestVoteKilledWhileSending(t *testing.T) {
	f := newTxFixture(t)
	bin := buildDaoterm(t)
	px := newDropProxy(t, f.node.HTTPURL())
	ids := f.unvotedAll("erin")
	if len(ids) == 0 {
		t.Fatal("erin has no active proposal left")
	}
	env := []string{"HOME=" + f.vars["HOME"], "XDG_CONFIG_HOME=" + f.vars["XDG_CONFIG_HOME"], "XDG_STATE_HOME=" + f.state, "PATH=" + os.Getenv("PATH")}
	args := []string{"vote", ids[0].String(), "for", "--reason", "killed", "--yes", "--password-file", f.pwd["erin"],
		"--rpc", px.srv.URL, "--governor", f.dao.Governor.Hex(), "--keystore", f.ks, "--account", "erin", "--poll", "10ms"}
	px.hold.Store(true)
	cmd := exec.CommandContext(f.ctx, bin, args...)
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-px.held:
	case <-f.ctx.Done():
		t.Fatalf("the send never came:\n%s", out.String())
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	es, _ := f.journal().Entries()
	if len(es) != 1 || es[0].Status != journal.StatusSigned {
		t.Fatalf("journal after the kill: %+v", es)
	}
	px.hold.Store(false)

	again := exec.CommandContext(f.ctx, bin, args...)
	again.Env = env
	o, err := again.CombinedOutput()
	if err == nil || !strings.Contains(string(o), "GovernorAlreadyCastVote") || !strings.Contains(string(o), "nothing was signed") {
		t.Fatalf("second run: %v\n%s", err, o)
	}
	if !strings.Contains(string(o), es[0].Hash.Hex()) {
		t.Errorf("the second run does not report the journaled vote:\n%s", o)
	}
	c := f.client()
	if _, err := devnettest.WaitMined(f.ctx, c.Eth(), es[0].Hash); err != nil {
		t.Fatal(err)
	}
	res, _ := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(ids[0], f.addr["erin"])}})
	if len(res) != 1 || new(big.Int).SetBytes(res[0].Data).Sign() != 1 {
		t.Fatal("the journaled vote did not land")
	}
	es, _ = f.journal().Entries()
	if len(es) != 1 {
		t.Fatalf("journal: %d entries, want the one vote: %+v", len(es), es)
	}
	// The killed process's account lock went with it: erin signs again.
	if out, errb, err := f.run("", runDelegate, "erin", "self", "--password-file", f.pwd["erin"], "--yes", "--poll", "5ms"); err != nil || !strings.Contains(out, "success") {
		t.Fatalf("signing after the kill: %v\n%s\n%s", err, out, errb)
	}
}

// delegateData encodes delegate(to).
func delegateData(to common.Address) []byte {
	sel := gov.Selector("delegate(address)")
	return append(sel[:], common.LeftPadBytes(to.Bytes(), 32)...)
}

// TestTxCommandLine: the command recorded for "not cast" reports is the one
// typed, quoted for a shell, with an --rpc URL that may carry a key replaced.
func TestTxCommandLine(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"12", "for", "--reason", "it's fine", "--yes"}, `daoterm vote 12 for --reason 'it'\''s fine' --yes`},
		{[]string{"12", "for", "--rpc", "http://127.0.0.1:8545"}, `daoterm vote 12 for --rpc http://127.0.0.1:8545`},
		{[]string{"12", "for", "--rpc", "https://mainnet.infura.io/v3/0123456789abcdef0123"}, `daoterm vote 12 for --rpc YOUR_RPC_URL`},
		{[]string{"12", "for", "--rpc=https://user:pw@node.example"}, `daoterm vote 12 for --rpc=YOUR_RPC_URL`},
		{[]string{"12", "for", "-rpc", "https://node.example/?key=abc"}, `daoterm vote 12 for -rpc YOUR_RPC_URL`},
	}
	for _, c := range cases {
		tc := &txCmd{name: "vote", args: c.args}
		if got := tc.command(); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.args, got, c.want)
		}
	}
}
