package journal

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
)

// testABIJSON holds the governor and token calls the tests make.
const testABIJSON = `[
{"type":"function","name":"hashProposal","stateMutability":"pure","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"hasVoted","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"},{"name":"account","type":"address"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"getVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"propose","stateMutability":"nonpayable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"description","type":"string"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalVotes","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"againstVotes","type":"uint256"},{"name":"forVotes","type":"uint256"},{"name":"abstainVotes","type":"uint256"}]},
{"type":"function","name":"votingDelay","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"votingPeriod","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]}
]`

// fixture is a demo DAO on a devnet, a client, a keystore and a journal.
type fixture struct {
	t     *testing.T
	ctx   context.Context
	node  *devnet.Node
	dao   *devnet.DAO
	c     *chain.Client
	j     *Journal
	ks    string
	pass  map[string]string
	addr  map[string]common.Address
	tabi  abi.ABI
	sends atomic.Int64 // eth_sendRawTransaction calls through the proxy
	flip  atomic.Bool  // the proxy answers eth_chainId with another chain
	// drop makes the proxy swallow the next drop eth_sendRawTransaction
	// calls (answering with the hash, forwarding nothing); -1 swallows all.
	drop  atomic.Int64
	proxy *httptest.Server
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	if testing.Short() {
		t.Skip("devnet test")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	ks := filepath.Join(t.TempDir(), "ks")
	node, dao, err := devnet.StartDemo(ctx, devnet.Config{}, 1, ks)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	f := &fixture{t: t, ctx: ctx, node: node, dao: dao, ks: ks, pass: map[string]string{}, addr: map[string]common.Address{}}
	for _, a := range dao.Accounts {
		f.pass[a.Name()] = a.Passphrase
		f.addr[a.Name()] = a.Address
	}
	f.tabi, err = abi.JSON(strings.NewReader(testABIJSON))
	if err != nil {
		t.Fatal(err)
	}
	f.proxy = httptest.NewServer(http.HandlerFunc(f.serveProxy))
	t.Cleanup(f.proxy.Close)
	f.c, err = chain.Dial(ctx, f.proxy.URL, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.c.Close)
	f.j, err = Open(filepath.Join(t.TempDir(), "state", "daoterm", "journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// serveProxy forwards JSON-RPC to the devnet, counting eth_sendRawTransaction
// and (when flip is set) answering eth_chainId with chain 1.
func (f *fixture) serveProxy(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var one struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	var many []struct {
		Method string `json:"method"`
	}
	if json.Unmarshal(body, &one) == nil && one.Method != "" {
		if one.Method == "eth_sendRawTransaction" {
			f.sends.Add(1)
			if f.swallow(w, body, one.ID) {
				return
			}
		}
		if one.Method == "eth_chainId" && f.flip.Load() {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(one.ID) + `,"result":"0x1"}`))
			return
		}
	} else if json.Unmarshal(body, &many) == nil {
		for _, m := range many {
			if m.Method == "eth_sendRawTransaction" {
				f.sends.Add(1)
			}
		}
	}
	resp, err := http.Post(f.node.HTTPURL(), "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// swallow answers a dropped eth_sendRawTransaction with its hash, as a node
// that accepts and then loses it does, and reports whether it did.
func (f *fixture) swallow(w http.ResponseWriter, body []byte, id json.RawMessage) bool {
	for {
		n := f.drop.Load()
		if n == 0 {
			return false
		}
		if n < 0 || f.drop.CompareAndSwap(n, n-1) {
			break
		}
	}
	var req struct {
		Params []hexutil.Bytes `json:"params"`
	}
	tx := new(types.Transaction)
	if json.Unmarshal(body, &req) != nil || len(req.Params) != 1 || tx.UnmarshalBinary(req.Params[0]) != nil {
		return false
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"result":"` + tx.Hash().Hex() + `"}`))
	return true
}

func (f *fixture) account(name string) keystore.Account {
	f.t.Helper()
	a, err := keystore.Find(f.ks, name)
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

// prepare builds a transaction from name.
func (f *fixture) prepare(name string, call *signer.Call) (*signer.Prepared, error) {
	return signer.Prepare(f.ctx, f.c, f.addr[name], call, signer.PrepareOptions{FromName: name, Journal: f.j})
}

// send runs the whole path: prepare, sign, journal, broadcast, wait.
func (f *fixture) send(name string, call *signer.Call) (*signer.Prepared, *signer.Outcome) {
	f.t.Helper()
	p, err := f.prepare(name, call)
	if err != nil {
		f.t.Fatalf("%s %s: prepare: %v", name, call.Function, err)
	}
	s, err := p.Sign(f.ctx, f.c, f.account(name), []byte(f.pass[name]))
	if err != nil {
		f.t.Fatalf("%s %s: sign: %v", name, call.Function, err)
	}
	if err := f.j.Record(s); err != nil {
		f.t.Fatal(err)
	}
	if err := f.j.Broadcast(f.ctx, f.c, s); err != nil {
		f.t.Fatal(err)
	}
	o, err := signer.Wait(f.ctx, f.c, s.Hash, 2*time.Millisecond)
	if err != nil {
		f.t.Fatalf("%s %s: %v", name, call.Function, err)
	}
	if err := f.j.RecordOutcome(o); err != nil {
		f.t.Fatal(err)
	}
	return p, o
}

// chainRef is the devnet's chain id and genesis.
func (f *fixture) chainRef() signer.ChainRef {
	f.t.Helper()
	c, err := signer.ChainOf(f.ctx, f.c)
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

func (f *fixture) nonce(name string) uint64 {
	f.t.Helper()
	n, err := f.c.Eth().NonceAt(f.ctx, f.addr[name], nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// view calls method of the test ABI on to at the latest block.
func (f *fixture) view(to common.Address, method string, args ...any) []any {
	f.t.Helper()
	data, err := f.tabi.Pack(method, args...)
	if err != nil {
		f.t.Fatal(err)
	}
	out, err := f.c.Eth().CallContract(f.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		f.t.Fatalf("%s on %s: %v", method, to.Hex(), err)
	}
	vals, err := f.tabi.Unpack(method, out)
	if err != nil {
		f.t.Fatalf("%s on %s: %v", method, to.Hex(), err)
	}
	return vals
}

func (f *fixture) tally(id *big.Int) (against, forV, abstain *big.Int) {
	v := f.view(f.dao.Governor, "proposalVotes", id)
	return v[0].(*big.Int), v[1].(*big.Int), v[2].(*big.Int)
}

func (f *fixture) votes(who common.Address) *big.Int {
	return f.view(f.dao.Token, "getVotes", who)[0].(*big.Int)
}

func (f *fixture) hasVoted(id *big.Int, who common.Address) bool {
	return f.view(f.dao.Governor, "hasVoted", id, who)[0].(bool)
}

// propose has alice propose paying amount wei from the timelock to payee.
func (f *fixture) propose(payee common.Address, amount *big.Int, desc string) *gov.Proposal {
	f.t.Helper()
	p := &gov.Proposal{Targets: []common.Address{payee}, Values: []*big.Int{amount}, Calldatas: [][]byte{{}}, Description: desc}
	data, err := f.tabi.Pack("propose", p.Targets, p.Values, p.Calldatas, p.Description)
	if err != nil {
		f.t.Fatal(err)
	}
	f.send("alice", &signer.Call{Kind: "propose", To: f.dao.Governor, Function: "propose", Signature: "propose(address[],uint256[],bytes[],string)", Data: data, Value: new(big.Int)})
	p.ID = f.view(f.dao.Governor, "hashProposal", p.Targets, p.Values, p.Calldatas, signer.DescriptionHash(desc))[0].(*big.Int)
	return p
}

func (f *fixture) mine(n int) {
	f.t.Helper()
	if err := f.node.Mine(f.ctx, n); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) activeProposal() *big.Int {
	for _, p := range f.dao.Proposals {
		if p.State == "active" {
			return p.ID
		}
	}
	f.t.Fatal("no active proposal in the demo")
	return nil
}

// TestGovernanceFlow votes For, Against and Abstain with and without reasons,
// moves voting power by delegation, relays a gasless ballot, then queues and
// executes a proposal that pays out of the treasury.
func TestGovernanceFlow(t *testing.T) {
	f := newFixture(t)

	// Delegation moves voting power: carol (delegated to bob) and dave (never
	// delegated) delegate to themselves.
	carolBal := f.view(f.dao.Token, "balanceOf", f.addr["carol"])[0].(*big.Int)
	daveBal := f.view(f.dao.Token, "balanceOf", f.addr["dave"])[0].(*big.Int)
	bobBefore := f.votes(f.addr["bob"])
	call, err := signer.DelegateCall(f.dao.Token, f.addr["carol"])
	if err != nil {
		t.Fatal(err)
	}
	p, _ := f.send("carol", call)
	if p.Review.CurrentDelegate != f.addr["bob"] || p.Review.TokenSymbol != devnet.DemoTokenSymbol || p.Review.TokenBalance.Cmp(carolBal) != 0 {
		t.Errorf("delegate review: %+v", p.Review)
	}
	if got := f.votes(f.addr["carol"]); got.Cmp(carolBal) != 0 {
		t.Errorf("carol's votes %s, want %s", got, carolBal)
	}
	if got := new(big.Int).Sub(bobBefore, f.votes(f.addr["bob"])); got.Cmp(carolBal) != 0 {
		t.Errorf("bob lost %s votes, want %s", got, carolBal)
	}
	call, _ = signer.DelegateCall(f.dao.Token, f.addr["dave"])
	f.send("dave", call)
	if got := f.votes(f.addr["dave"]); got.Cmp(daveBal) != 0 || got.Sign() == 0 {
		t.Errorf("dave's votes %s, want %s", got, daveBal)
	}

	// Fund the treasury, then two proposals paying out of it.
	payee := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	f.send("alice", &signer.Call{Kind: "transfer", To: f.dao.Timelock, Function: "receive", Value: big.NewInt(5e18)})
	p1 := f.propose(payee, big.NewInt(1e18), "# Pay the payee\n\nOne ether.")
	p2 := f.propose(payee, big.NewInt(2e18), "# Pay the payee twice\n\nTwo ether.")
	f.mine(int(devnet.DemoVotingDelay) + 1)

	power := map[string]*big.Int{}
	for _, n := range []string{"alice", "bob", "carol", "dave"} {
		power[n] = f.votes(f.addr[n])
	}
	type vote struct {
		who     string
		id      *big.Int
		support gov.Support
		reason  string
	}
	for _, v := range []vote{
		{"alice", p1.ID, gov.For, ""},
		{"bob", p1.ID, gov.Against, "too expensive"},
		{"carol", p1.ID, gov.Abstain, ""},
		{"alice", p2.ID, gov.For, "ship it"},
		{"bob", p2.ID, gov.Against, ""},
		{"dave", p2.ID, gov.Abstain, "conflicted:\nI work for the payee"},
	} {
		ag0, for0, ab0 := f.tally(v.id)
		call, err := signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), v.id, v.support, v.reason, nil)
		if err != nil {
			t.Fatal(err)
		}
		wantFn := "castVote"
		if v.reason != "" {
			wantFn = "castVoteWithReason"
		}
		p, o := f.send(v.who, call)
		r := p.Review
		if r.Function != wantFn || r.VotingPower.Cmp(power[v.who]) != 0 || r.AlreadyVoted || len(r.Warnings) != 0 ||
			r.ChainID.Cmp(f.dao.ChainID) != 0 || r.From != f.addr[v.who] || r.To != f.dao.Governor || r.ToName != devnet.DemoGovernorName ||
			r.GasLimit <= r.GasEstimate || r.MaxFeePerGas.Cmp(r.MaxPriorityFeePerGas) <= 0 || r.MaxCost.Sign() <= 0 || r.ProposalState != "Active" {
			t.Errorf("%s %s review: %+v", v.who, wantFn, r)
		}
		if !o.Success || !f.hasVoted(v.id, f.addr[v.who]) {
			t.Errorf("%s's vote did not land", v.who)
		}
		ag1, for1, ab1 := f.tally(v.id)
		want := []*big.Int{ag0, for0, ab0}
		idx := map[gov.Support]int{gov.Against: 0, gov.For: 1, gov.Abstain: 2}[v.support]
		want[idx] = new(big.Int).Add(want[idx], power[v.who])
		if ag1.Cmp(want[0]) != 0 || for1.Cmp(want[1]) != 0 || ab1.Cmp(want[2]) != 0 {
			t.Errorf("%s %s: tally %s/%s/%s, want %s/%s/%s", v.who, v.support, ag1, for1, ab1, want[0], want[1], want[2])
		}
	}

	// Zero voting power: erin (ETH only) is warned; the vote lands with weight 0.
	call, _ = signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), p1.ID, gov.For, "", nil)
	pz, err := f.prepare("erin", call)
	if err != nil {
		t.Fatal(err)
	}
	if pz.Review.VotingPower == nil || pz.Review.VotingPower.Sign() != 0 || len(pz.Review.Warnings) != 1 || !strings.Contains(pz.Review.Warnings[0], "NO voting power") {
		t.Errorf("zero power review: %+v", pz.Review)
	}

	// A second vote: the revert is decoded and nothing is sent.
	before := f.nonce("alice")
	sends := f.sends.Load()
	call, _ = signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), p1.ID, gov.Against, "changed my mind", nil)
	_, err = f.prepare("alice", call)
	var re *revert.Error
	if !errors.As(err, &re) || re.Revert.Name != "GovernorAlreadyCastVote" || re.Revert.Args[0].Value != f.addr["alice"].Hex() {
		t.Fatalf("second vote: %v", err)
	}
	if f.nonce("alice") != before || f.sends.Load() != sends {
		t.Error("a transaction was sent for the second vote")
	}

	// A gasless ballot: erin (who has no tokens) relays dave's signed ballot.
	pb, err := signer.PrepareBallot(f.ctx, f.c, ozWriter(t, f.dao.Governor, gov.FamilyOZ5), f.addr["dave"], p1.ID, gov.For, "dave")
	if err != nil {
		t.Fatal(err)
	}
	if pb.Review.VotingPower.Cmp(power["dave"]) != 0 {
		t.Errorf("ballot review power %v", pb.Review.VotingPower)
	}
	if _, err := pb.Sign(f.ctx, f.c, f.account("dave"), []byte("nope")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("ballot wrong passphrase: %v", err)
	}
	bl, err := pb.Sign(f.ctx, f.c, f.account("dave"), []byte(f.pass["dave"]))
	if err != nil {
		t.Fatal(err)
	}
	if bl.Format != typeddata.BallotOZ5 || bl.Domain.Name != devnet.DemoGovernorName {
		t.Errorf("ballot %+v", bl)
	}
	exported, err := json.Marshal(bl)
	if err != nil {
		t.Fatal(err)
	}
	daveNonce := f.nonce("dave")
	relayed, err := typeddata.ParseBallot(exported)
	if err != nil {
		t.Fatal(err)
	}
	if err := signer.CheckBallot(f.ctx, f.c, relayed); err != nil {
		t.Fatal(err)
	}
	_, for0, _ := f.tally(p1.ID)
	call, err = signer.RelayCall(relayed)
	if err != nil {
		t.Fatal(err)
	}
	pr, _ := f.send("erin", call)
	if pr.Review.Voter != f.addr["dave"] || pr.Review.VotingPower.Cmp(power["dave"]) != 0 {
		t.Errorf("relay review: %+v", pr.Review)
	}
	if !f.hasVoted(p1.ID, f.addr["dave"]) {
		t.Error("relayed ballot not counted")
	}
	if _, for1, _ := f.tally(p1.ID); new(big.Int).Sub(for1, for0).Cmp(power["dave"]) != 0 {
		t.Errorf("For grew by %s, want dave's %s", new(big.Int).Sub(for1, for0), power["dave"])
	}
	if f.nonce("dave") != daveNonce {
		t.Error("the voter sent a transaction")
	}
	// The same ballot cannot be relayed twice (nonce used).
	if err := signer.CheckBallot(f.ctx, f.c, relayed); err == nil || !strings.Contains(err.Error(), "nonce") {
		t.Errorf("replayed ballot: %v", err)
	}

	// Queue is refused while Active (revert decoded), then works once Succeeded.
	qcall, err := signer.QueueCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), p1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.prepare("bob", qcall); !errors.As(err, &re) || re.Revert.Name != "GovernorUnexpectedProposalState" {
		t.Fatalf("early queue: %v", err)
	}
	f.mine(int(devnet.DemoVotingPeriod) + 1)
	// Read the proposal back through the governor reader, as the CLI does.
	rd, err := governor.New(f.ctx, f.c, f.dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := f.c.Head(f.ctx)
	props, err := rd.Proposals(f.ctx, f.dao.StartBlock, head.Number.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	var got *gov.Proposal
	for i := range props {
		if props[i].ID.Cmp(p1.ID) == 0 {
			got = &props[i]
		}
	}
	if got == nil || got.State != gov.Succeeded {
		t.Fatalf("p1 from the reader: %+v", got)
	}
	qcall, err = signer.QueueCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), got)
	if err != nil {
		t.Fatal(err)
	}
	f.send("bob", qcall)
	ecall, err := signer.ExecuteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), got)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.prepare("erin", ecall); !errors.As(err, &re) {
		t.Fatalf("execute before the timelock delay: %v", err)
	} else {
		t.Logf("early execute: %v", err)
	}
	if err := f.node.AdvanceTime(f.ctx, devnet.DemoTimelockDelay+time.Minute); err != nil {
		t.Fatal(err)
	}
	balBefore, _ := f.c.Eth().BalanceAt(f.ctx, payee, nil)
	f.send("erin", ecall)
	balAfter, _ := f.c.Eth().BalanceAt(f.ctx, payee, nil)
	if d := new(big.Int).Sub(balAfter, balBefore); d.Cmp(big.NewInt(1e18)) != 0 {
		t.Errorf("payee received %s wei, want 1 ETH", d)
	}

	// Everything sent is settled in the journal.
	es, err := f.j.Entries()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Status != StatusMined {
			t.Errorf("journal %s %s: %s", e.Function, e.Hash.Hex(), e.Status)
		}
	}
}

// TestWrongPassphraseAndChainSwitch: a wrong passphrase can be retried; a
// chain id that changes between connecting and signing refuses to sign.
func TestWrongPassphraseAndChainSwitch(t *testing.T) {
	f := newFixture(t)
	id := f.activeProposal()
	call, err := signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), id, gov.For, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.prepare("alice", call)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Sign(f.ctx, f.c, f.account("alice"), []byte("wrong")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	// Another account's key for alice's transaction is refused.
	if _, err := p.Sign(f.ctx, f.c, f.account("bob"), []byte(f.pass["bob"])); !errors.Is(err, signer.ErrWrongAccount) {
		t.Fatalf("bob's key: %v", err)
	}
	// The node switches chains after the review: nothing is signed.
	f.flip.Store(true)
	if _, err := p.Sign(f.ctx, f.c, f.account("alice"), []byte(f.pass["alice"])); !errors.Is(err, signer.ErrChainChanged) || !errors.Is(err, chain.ErrChainIDMismatch) {
		t.Fatalf("chain switch: %v", err)
	}
	f.flip.Store(false)
	// The same prepared transaction signs once the chain is right again.
	s, err := p.Sign(f.ctx, f.c, f.account("alice"), []byte(f.pass["alice"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.j.Record(s); err != nil {
		t.Fatal(err)
	}
	f.flip.Store(true)
	if err := f.j.Broadcast(f.ctx, f.c, s); !errors.Is(err, signer.ErrChainChanged) {
		t.Fatalf("broadcast after a switch: %v", err)
	}
	if f.sends.Load() != 0 {
		t.Fatal("sent on a switched chain")
	}
	f.flip.Store(false)
	if err := f.j.Broadcast(f.ctx, f.c, s); err != nil {
		t.Fatal(err)
	}
	if o, err := signer.Wait(f.ctx, f.c, s.Hash, 2*time.Millisecond); err != nil || !o.Success {
		t.Fatalf("vote: %v", err)
	}
}

// TestJournalCrashAndReplacement: a transaction journaled but never broadcast
// (the process died) is broadcast exactly once by Reconcile; a transaction
// whose nonce another one used is reported replaced (or cancelled).
func TestJournalCrashAndReplacement(t *testing.T) {
	f := newFixture(t)
	id := f.activeProposal()

	// "Crash" between Record and Broadcast.
	call, _ := signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), id, gov.Against, "journal test", nil)
	p, err := f.prepare("alice", call)
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Sign(f.ctx, f.c, f.account("alice"), []byte(f.pass["alice"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.j.Record(s); err != nil {
		t.Fatal(err)
	}
	if f.sends.Load() != 0 {
		t.Fatal("sent before broadcast")
	}
	// Restart: a new Journal over the same file.
	j2, err := Open(f.j.Path())
	if err != nil {
		t.Fatal(err)
	}
	ch, err := j2.Reconcile(f.ctx, f.c)
	if err != nil || len(ch) != 1 || ch[0].Err != nil || ch[0].Entry.Status != StatusPending || ch[0].Old != StatusSigned {
		t.Fatalf("reconcile after crash: %+v %v", ch, err)
	}
	if n := f.sends.Load(); n != 1 {
		t.Fatalf("%d broadcasts, want 1", n)
	}
	if _, err := signer.Wait(f.ctx, f.c, s.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	ch, err = j2.Reconcile(f.ctx, f.c)
	if err != nil || len(ch) != 1 || ch[0].Entry.Status != StatusMined {
		t.Fatalf("reconcile after mining: %+v %v", ch, err)
	}
	ch, err = j2.Reconcile(f.ctx, f.c)
	if err != nil || len(ch) != 0 || f.sends.Load() != 1 {
		t.Fatalf("third reconcile: %+v %v, %d sends", ch, err, f.sends.Load())
	}
	if !f.hasVoted(id, f.addr["alice"]) {
		t.Fatal("the journaled vote did not land")
	}

	// Replacement: bob signs a vote (journaled, not sent), then a delegation
	// with the same nonce is sent and mined.
	nonce := f.nonce("bob")
	var other *big.Int
	for _, p := range f.dao.Proposals {
		if p.State == "active" {
			if !f.hasVoted(p.ID, f.addr["bob"]) {
				other = p.ID
			}
		}
	}
	if other == nil {
		t.Fatal("bob has no active proposal left to vote on")
	}
	call, _ = signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), other, gov.For, "", nil)
	pa, err := f.prepare("bob", call)
	if err != nil {
		t.Fatal(err)
	}
	if pa.Review.Nonce != nonce {
		t.Fatalf("nonce %d, want %d", pa.Review.Nonce, nonce)
	}
	sa, err := pa.Sign(f.ctx, f.c, f.account("bob"), []byte(f.pass["bob"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.j.Record(sa); err != nil {
		t.Fatal(err)
	}
	// The journal knows nonce is taken: the next prepare would use nonce+1.
	if next, ok, _ := f.j.NextNonce(f.chainRef(), f.addr["bob"]); !ok || next != nonce+1 {
		t.Fatalf("NextNonce = %d %v", next, ok)
	}
	dcall, _ := signer.DelegateCall(f.dao.Token, f.addr["bob"])
	pb, err := signer.Prepare(f.ctx, f.c, f.addr["bob"], dcall, signer.PrepareOptions{Nonce: &nonce})
	if err != nil {
		t.Fatal(err)
	}
	sb, err := pb.Sign(f.ctx, f.c, f.account("bob"), []byte(f.pass["bob"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.j.Record(sb); err != nil {
		t.Fatal(err)
	}
	if err := f.j.Broadcast(f.ctx, f.c, sb); err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Wait(f.ctx, f.c, sb.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	ch, err = f.j.Reconcile(f.ctx, f.c)
	if err != nil {
		t.Fatal(err)
	}
	st := map[common.Hash]Entry{}
	for _, c := range ch {
		st[c.Entry.Hash] = c.Entry
	}
	if e := st[sa.Hash]; e.Status != StatusReplaced || e.ReplacedBy == nil || *e.ReplacedBy != sb.Hash {
		t.Errorf("replaced vote: %+v", e)
	}
	if e := st[sb.Hash]; e.Status != StatusMined {
		t.Errorf("replacing delegation: %+v", e)
	}
	if f.hasVoted(other, f.addr["bob"]) {
		t.Error("the replaced vote landed")
	}

	// Cancellation: a journaled vote replaced by a 0-value self-send.
	nonce = f.nonce("bob")
	pa, err = f.prepare("bob", call)
	if err != nil {
		t.Fatal(err)
	}
	sa, _ = pa.Sign(f.ctx, f.c, f.account("bob"), []byte(f.pass["bob"]))
	f.j.Record(sa)
	pc, err := signer.Prepare(f.ctx, f.c, f.addr["bob"], signer.CancelCall(f.addr["bob"]), signer.PrepareOptions{Nonce: &nonce, MinTip: pa.Review.MaxPriorityFeePerGas, MinMaxFee: pa.Review.MaxFeePerGas})
	if err != nil {
		t.Fatal(err)
	}
	sc, _ := pc.Sign(f.ctx, f.c, f.account("bob"), []byte(f.pass["bob"]))
	f.j.Record(sc)
	if err := f.j.Broadcast(f.ctx, f.c, sc); err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Wait(f.ctx, f.c, sc.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := f.j.Reconcile(f.ctx, f.c); err != nil {
		t.Fatal(err)
	}
	es, _ := f.j.Entries()
	for _, e := range es {
		if e.Hash == sa.Hash && e.Status != StatusCancelled {
			t.Errorf("cancelled vote: %+v", e)
		}
	}
	if u, _ := f.j.unsettled(f.chainRef()); len(u) != 0 {
		t.Errorf("unsettled left: %+v", u)
	}
}
