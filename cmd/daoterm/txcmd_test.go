package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/devnet/faults"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
)

// txFixture is the demo DAO and what the signing commands need.
type txFixture struct {
	t     *testing.T
	ctx   context.Context
	node  *devnet.Node
	dao   *devnet.DAO
	ks    string
	vars  map[string]string
	pwd   map[string]string // account name → password file
	addr  map[string]common.Address
	state string
	rpc   string // the URL the commands use: the node, or a test proxy in front of it
}

func newTxFixture(t *testing.T) *txFixture {
	t.Helper()
	node, dao := devnettest.Demo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	home, ks := t.TempDir(), dao.KeystoreDir
	f := &txFixture{t: t, ctx: ctx, node: node, dao: dao, ks: ks, pwd: map[string]string{}, addr: map[string]common.Address{}}
	f.state = filepath.Join(home, "state")
	f.rpc = node.HTTPURL()
	f.vars = map[string]string{"HOME": home, "XDG_CONFIG_HOME": filepath.Join(home, "cfg"), "XDG_STATE_HOME": f.state}
	for _, a := range dao.Accounts {
		p := filepath.Join(home, a.Name()+".pw")
		if err := os.WriteFile(p, []byte(a.Passphrase+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		f.pwd[a.Name()], f.addr[a.Name()] = p, a.Address
	}
	return f
}

// run runs a signing command as account with the common flags.
func (f *txFixture) run(stdin string, fn func(context.Context, *env, []string) error, account string, args ...string) (string, string, error) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return f.vars[k] }}
	args = append(args, "--rpc", f.rpc, "--governor", f.dao.Governor.Hex(), "--keystore", f.ks, "--account", account, "--poll", "5ms")
	err := fn(f.ctx, e, args)
	return out.String(), errb.String(), err
}

func (f *txFixture) client() *chain.Client {
	c, err := chain.Dial(f.ctx, f.node.HTTPURL(), chain.Options{})
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(c.Close)
	return c
}

func (f *txFixture) proposal(state string) *big.Int {
	for _, p := range f.dao.Proposals {
		if p.State == state {
			return p.ID
		}
	}
	f.t.Fatalf("no %s proposal", state)
	return nil
}

// TestVoteCommand casts a vote with `daoterm vote … --password-file --yes`,
// refuses a second one (decoded revert, nothing sent), and votes
// interactively (confirmation and passphrase from standard input).
func TestVoteCommand(t *testing.T) {
	f := newTxFixture(t)
	c := f.client()
	id := f.proposal("active")
	out, errb, err := f.run("", runVote, "alice", id.String(), "for", "--reason", "ship it", "--password-file", f.pwd["alice"], "--yes")
	if err != nil {
		t.Fatalf("vote: %v\n%s", err, errb)
	}
	for _, want := range []string{"castVoteWithReason(uint256,uint8,string)", "Chain", "id 1337", f.addr["alice"].Hex(), devnet.DemoGovernorName, "Voting power", "Max cost", "ship it"} {
		if !strings.Contains(errb, want) {
			t.Errorf("review lacks %q:\n%s", want, errb)
		}
	}
	if !strings.Contains(out, "mined in block") || !strings.Contains(out, "success") {
		t.Fatalf("out: %s", out)
	}
	voted, err := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(id, f.addr["alice"])}})
	if err != nil || len(voted) != 1 || voted[0].Err != nil || new(big.Int).SetBytes(voted[0].Data).Sign() != 1 {
		t.Fatalf("hasVoted: %+v %v", voted, err)
	}
	// The journal recorded it as mined.
	j, _ := journal.Open(filepath.Join(f.state, "daoterm", "journal.jsonl"))
	es, _ := j.Entries()
	if len(es) != 1 || es[0].Status != journal.StatusMined {
		t.Fatalf("journal: %+v", es)
	}

	// A second vote: the simulation reverts, nothing is signed or sent.
	nonce, _ := c.Eth().NonceAt(f.ctx, f.addr["alice"], nil)
	_, errb, err = f.run("", runVote, "alice", id.String(), "against", "--password-file", f.pwd["alice"], "--yes")
	if err == nil || !strings.Contains(err.Error(), "GovernorAlreadyCastVote") || !strings.Contains(err.Error(), "nothing was signed") {
		t.Fatalf("second vote: %v\n%s", err, errb)
	}
	if n, _ := c.Eth().NonceAt(f.ctx, f.addr["alice"], nil); n != nonce {
		t.Fatal("a transaction was sent")
	}

	// Interactive: declining the confirmation signs nothing.
	other := id
	for _, p := range f.dao.Proposals {
		if p.State == "active" && p.ID.Cmp(id) != 0 {
			other = p.ID
		}
	}
	_, _, err = f.run("n\n", runVote, "alice", other.String(), "abstain")
	if err == nil || !strings.Contains(err.Error(), "cancelled") {
		t.Fatalf("declined: %v", err)
	}
	// Interactive with a wrong passphrase first, then the right one.
	out, errb, err = f.run("y\nwrong\nalice-devnet\n", runVote, "alice", other.String(), "abstain")
	if err != nil || !strings.Contains(errb, "wrong passphrase, try again") || !strings.Contains(out, "success") {
		t.Fatalf("interactive vote: %v\n%s\n%s", err, out, errb)
	}
	if strings.Contains(errb, "alice-devnet") {
		t.Fatal("passphrase echoed")
	}
	// A wrong --password-file fails without retrying.
	_, _, err = f.run("", runDelegate, "bob", "self", "--password-file", f.pwd["alice"], "--yes")
	if err == nil || !strings.Contains(err.Error(), "wrong passphrase") {
		t.Fatalf("wrong password file: %v", err)
	}
}

// TestDelegateBallotQueueExecuteCommands drives delegate, ballot sign and
// submit, queue and execute through the CLI.
func TestDelegateBallotQueueExecuteCommands(t *testing.T) {
	f := newTxFixture(t)
	// dave delegates to himself and then signs a gasless ballot that erin relays.
	if _, errb, err := f.run("", runDelegate, "dave", "self", "--password-file", f.pwd["dave"], "--yes"); err != nil {
		t.Fatalf("delegate: %v\n%s", err, errb)
	}
	if _, _, err := f.run("", runDelegate, "dave", "0xZZ", "--password-file", f.pwd["dave"], "--yes"); err == nil {
		t.Fatal("bad address accepted")
	}
	// Voting power needs a snapshot after the delegation: the demo's pending
	// proposals start later. Mine until one is active.
	pending := f.proposal("pending")
	if err := f.node.Mine(f.ctx, int(devnet.DemoVotingDelay)); err != nil {
		t.Fatal(err)
	}
	ballot := filepath.Join(t.TempDir(), "ballot.json")
	_, errb, err := f.run("", runBallot, "dave", "sign", pending.String(), "for", "--out", ballot, "--password-file", f.pwd["dave"], "--yes")
	if err != nil {
		t.Fatalf("ballot sign: %v\n%s", err, errb)
	}
	data, _ := os.ReadFile(ballot)
	var bj map[string]any
	if err := json.Unmarshal(data, &bj); err != nil || bj["voter"] != f.addr["dave"].Hex() {
		t.Fatalf("ballot: %s %v", data, err)
	}
	// A ballot (validly signed) for a governor this DAO does not have is
	// refused, naming it, before anything is checked or sent.
	stranger := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sb := &typeddata.Ballot{Format: typeddata.BallotOZ5, Governor: stranger, ProposalID: pending, Support: gov.For,
		Voter: crypto.PubkeyToAddress(key.PublicKey), Nonce: new(big.Int),
		Domain: typeddata.Domain{Name: "Stranger", Version: "1", ChainID: big.NewInt(1337), VerifyingContract: stranger}}
	digest := sb.Digest()
	if sb.Signature, err = crypto.Sign(digest[:], key); err != nil {
		t.Fatal(err)
	}
	sb.Signature[64] += 27
	other := filepath.Join(t.TempDir(), "other.json")
	if od, err := json.Marshal(sb); err != nil || os.WriteFile(other, od, 0o600) != nil {
		t.Fatalf("write the stranger's ballot: %v", err)
	}
	_, errb, err = f.run("", runBallot, "erin", "submit", other, "--password-file", f.pwd["erin"], "--yes")
	if err == nil || !strings.Contains(err.Error(), stranger.Hex()) || !strings.Contains(err.Error(), "--governor") {
		t.Fatalf("a ballot for another governor: %v\n%s", err, errb)
	}
	out, errb, err := f.run("", runBallot, "erin", "submit", ballot, "--password-file", f.pwd["erin"], "--yes")
	if err != nil || !strings.Contains(out, "success") || !strings.Contains(errb, "castVoteBySig") {
		t.Fatalf("ballot submit: %v\n%s\n%s", err, out, errb)
	}
	c := f.client()
	res, _ := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(pending, f.addr["dave"])}})
	if len(res) != 1 || new(big.Int).SetBytes(res[0].Data).Sign() != 1 {
		t.Fatal("the relayed ballot was not counted")
	}

	// The demo's Succeeded proposal may have expired by now; the Queued one
	// can be executed after the timelock delay.
	queued := f.proposal("queued")
	if _, _, err := f.run("", runExecute, "erin", queued.String(), "--password-file", f.pwd["erin"], "--yes"); err == nil {
		t.Log("executed before the delay?")
	}
	if err := f.node.AdvanceTime(f.ctx, devnet.DemoTimelockDelay+time.Hour); err != nil {
		t.Fatal(err)
	}
	out, errb, err = f.run("", runExecute, "erin", queued.String(), "--password-file", f.pwd["erin"], "--yes")
	if err != nil || !strings.Contains(out, "success") {
		t.Fatalf("execute: %v\n%s\n%s", err, out, errb)
	}
	// Queue: a fresh Succeeded proposal is needed; the demo's Succeeded one
	// expired while we mined. Queueing it now is refused with a decoded revert.
	_, _, err = f.run("", runQueue, "erin", f.proposal("succeeded").String(), "--password-file", f.pwd["erin"], "--yes")
	if err == nil || !strings.Contains(err.Error(), "GovernorUnexpectedProposalState") {
		t.Fatalf("queue of an expired proposal: %v", err)
	}
}

// unvoted returns an active demo proposal who has not voted on.
func (f *txFixture) unvoted(who string) *big.Int {
	f.t.Helper()
	c := f.client()
	for _, p := range f.dao.Proposals {
		if p.State != "active" {
			continue
		}
		res, err := c.CallAt(f.ctx, mustHead(f.t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(p.ID, f.addr[who])}})
		if err == nil && len(res) == 1 && res[0].Err == nil && new(big.Int).SetBytes(res[0].Data).Sign() == 0 {
			return p.ID
		}
	}
	f.t.Fatalf("no active proposal %s has not voted on", who)
	return nil
}

func mustHead(t *testing.T, c *chain.Client) uint64 {
	h, err := c.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h.Number.Uint64()
}

// hasVotedData encodes hasVoted(id, who).
func hasVotedData(id *big.Int, who common.Address) []byte {
	sel := gov.Selector("hasVoted(uint256,address)")
	return append(append(sel[:], common.LeftPadBytes(id.Bytes(), 32)...), common.LeftPadBytes(who.Bytes(), 32)...)
}

// TestVoteBinaryInTerminal builds the real binary and casts a vote with
// `daoterm vote` in a pseudo-terminal: it answers the confirmation and types
// the passphrase at the hidden prompt, which must not echo it. DAOTERM_BIN
// names a prebuilt binary instead.
func TestVoteBinaryInTerminal(t *testing.T) {
	f := newTxFixture(t)
	bin := os.Getenv("DAOTERM_BIN")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "daoterm")
		build := exec.CommandContext(f.ctx, "go", "build", "-o", bin, ".")
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	id := f.unvoted("bob")
	cmd := exec.CommandContext(f.ctx, bin, "vote", id.String(), "against", "--reason", "from a terminal",
		"--rpc", f.node.HTTPURL(), "--governor", f.dao.Governor.Hex(), "--keystore", f.ks, "--account", "bob", "--poll", "10ms")
	cmd.Env = []string{"HOME=" + f.vars["HOME"], "XDG_CONFIG_HOME=" + f.vars["XDG_CONFIG_HOME"], "XDG_STATE_HOME=" + f.state, "PATH=" + os.Getenv("PATH")}
	ptmx, err := pty.Start(cmd)
	if err != nil {
		t.Skip("no pty:", err)
	}
	defer ptmx.Close()
	var screen bytes.Buffer
	chunks := make(chan []byte)
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			if n > 0 {
				chunks <- append([]byte(nil), buf[:n]...)
			}
			if err != nil {
				close(chunks)
				return
			}
		}
	}()
	waitFor := func(s string) {
		t.Helper()
		for !strings.Contains(screen.String(), s) {
			c, ok := <-chunks
			if !ok {
				t.Fatalf("daoterm exited before %q:\n%s", s, screen.String())
			}
			screen.Write(c)
		}
	}
	waitFor("Sign and send this transaction? [y/N]")
	ptmx.Write([]byte("y\r"))
	waitFor("Passphrase for bob")
	ptmx.Write([]byte("bob-devnet\r"))
	waitFor("mined in block")
	for c := range chunks {
		screen.Write(c)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("daoterm vote: %v\n%s", err, screen.String())
	}
	out := screen.String()
	if strings.Contains(out, "bob-devnet") {
		t.Fatalf("the passphrase was echoed:\n%s", out)
	}
	for _, want := range []string{"castVoteWithReason", "from a terminal", "Voting power", "success"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	c := f.client()
	res, _ := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(id, f.addr["bob"])}})
	if len(res) != 1 || new(big.Int).SetBytes(res[0].Data).Sign() != 1 {
		t.Fatal("the vote did not land")
	}
}

// TestVoteTimeout: a node that stops answering after the connection makes
// `vote` fail in about --timeout with a message naming the limit, the RPC
// and the request waited for, not after every retry of every request; a
// passphrase prompt does not count against the limit (see deadline.go).
func TestVoteTimeout(t *testing.T) {
	f := newTxFixture(t)
	p, err := faults.New(f.node.HTTPURL(), faults.Fault{Kind: faults.Hang, When: faults.After(3)})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	f.rpc = p.URL()
	id := f.proposal("active")
	_, errb, err := f.run("", runVote, "alice", id.String(), "for", "--password-file", f.pwd["alice"], "--yes", "--timeout", "700ms")
	if err == nil || !strings.Contains(err.Error(), "gave up after 700ms (--timeout)") || !strings.Contains(err.Error(), "RPC "+p.URL()) {
		t.Fatalf("vote against a hanging node: %v\n%s", err, errb)
	}
	if p.Injected() == 0 {
		t.Fatal("the node never hung")
	}
}
