package signer_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/internal/signertest"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
)

// TestGovernanceFlow votes For, Against and Abstain with and without reasons,
// moves voting power by delegation, relays a gasless ballot, then queues and
// executes a proposal that pays out of the treasury.
func TestGovernanceFlow(t *testing.T) {
	f := signertest.New(t)

	// Delegation moves voting power: carol (delegated to bob) and dave (never
	// delegated) delegate to themselves.
	carolBal := f.View(f.DAO.Token, "balanceOf", f.Addr["carol"])[0].(*big.Int)
	daveBal := f.View(f.DAO.Token, "balanceOf", f.Addr["dave"])[0].(*big.Int)
	bobBefore := f.Votes(f.Addr["bob"])
	call, err := signer.DelegateCall(f.DAO.Token, f.Addr["carol"])
	if err != nil {
		t.Fatal(err)
	}
	p, _ := f.Send("carol", call)
	if p.Review.CurrentDelegate != f.Addr["bob"] || p.Review.TokenSymbol != devnet.DemoTokenSymbol || p.Review.TokenBalance.Cmp(carolBal) != 0 {
		t.Errorf("delegate review: %+v", p.Review)
	}
	if got := f.Votes(f.Addr["carol"]); got.Cmp(carolBal) != 0 {
		t.Errorf("carol's votes %s, want %s", got, carolBal)
	}
	if got := new(big.Int).Sub(bobBefore, f.Votes(f.Addr["bob"])); got.Cmp(carolBal) != 0 {
		t.Errorf("bob lost %s votes, want %s", got, carolBal)
	}
	call, _ = signer.DelegateCall(f.DAO.Token, f.Addr["dave"])
	f.Send("dave", call)
	if got := f.Votes(f.Addr["dave"]); got.Cmp(daveBal) != 0 || got.Sign() == 0 {
		t.Errorf("dave's votes %s, want %s", got, daveBal)
	}

	// Fund the treasury, then two proposals paying out of it.
	payee := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	f.Send("alice", &signer.Call{Kind: "transfer", To: f.DAO.Timelock, Function: "receive", Value: big.NewInt(5e18)})
	p1 := f.Propose(payee, big.NewInt(1e18), "# Pay the payee\n\nOne ether.")
	p2 := f.Propose(payee, big.NewInt(2e18), "# Pay the payee twice\n\nTwo ether.")
	f.Mine(int(devnet.DemoVotingDelay) + 1)

	power := map[string]*big.Int{}
	for _, n := range []string{"alice", "bob", "carol", "dave"} {
		power[n] = f.Votes(f.Addr[n])
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
		ag0, for0, ab0 := f.Tally(v.id)
		call, err := signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), v.id, v.support, v.reason, nil)
		if err != nil {
			t.Fatal(err)
		}
		wantFn := "castVote"
		if v.reason != "" {
			wantFn = "castVoteWithReason"
		}
		p, o := f.Send(v.who, call)
		r := p.Review
		if r.Function != wantFn || r.VotingPower.Cmp(power[v.who]) != 0 || r.AlreadyVoted || len(r.Warnings) != 0 ||
			r.ChainID.Cmp(f.DAO.ChainID) != 0 || r.From != f.Addr[v.who] || r.To != f.DAO.Governor || r.ToName != devnet.DemoGovernorName ||
			r.GasLimit <= r.GasEstimate || r.MaxFeePerGas.Cmp(r.MaxPriorityFeePerGas) <= 0 || r.MaxCost.Sign() <= 0 || r.ProposalState != "Active" {
			t.Errorf("%s %s review: %+v", v.who, wantFn, r)
		}
		if !o.Success || !f.HasVoted(v.id, f.Addr[v.who]) {
			t.Errorf("%s's vote did not land", v.who)
		}
		ag1, for1, ab1 := f.Tally(v.id)
		want := []*big.Int{ag0, for0, ab0}
		idx := map[gov.Support]int{gov.Against: 0, gov.For: 1, gov.Abstain: 2}[v.support]
		want[idx] = new(big.Int).Add(want[idx], power[v.who])
		if ag1.Cmp(want[0]) != 0 || for1.Cmp(want[1]) != 0 || ab1.Cmp(want[2]) != 0 {
			t.Errorf("%s %s: tally %s/%s/%s, want %s/%s/%s", v.who, v.support, ag1, for1, ab1, want[0], want[1], want[2])
		}
	}

	// Zero voting power: erin (ETH only) is warned; the vote lands with weight 0.
	call, _ = signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), p1.ID, gov.For, "", nil)
	pz, err := f.Prepare("erin", call)
	if err != nil {
		t.Fatal(err)
	}
	if pz.Review.VotingPower == nil || pz.Review.VotingPower.Sign() != 0 || len(pz.Review.Warnings) != 1 || !strings.Contains(pz.Review.Warnings[0], "NO voting power") {
		t.Errorf("zero power review: %+v", pz.Review)
	}

	// A second vote: the revert is decoded and nothing is sent.
	before := f.Nonce("alice")
	sends := f.Sends.Load()
	call, _ = signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), p1.ID, gov.Against, "changed my mind", nil)
	_, err = f.Prepare("alice", call)
	var re *revert.Error
	if !errors.As(err, &re) || re.Revert.Name != "GovernorAlreadyCastVote" || re.Revert.Args[0].Value != f.Addr["alice"].Hex() {
		t.Fatalf("second vote: %v", err)
	}
	if f.Nonce("alice") != before || f.Sends.Load() != sends {
		t.Error("a transaction was sent for the second vote")
	}

	// A gasless ballot: erin (who has no tokens) relays dave's signed ballot.
	pb, err := signer.PrepareBallot(f.Ctx, f.C, signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), f.Addr["dave"], p1.ID, gov.For, "dave")
	if err != nil {
		t.Fatal(err)
	}
	if pb.Review.VotingPower.Cmp(power["dave"]) != 0 {
		t.Errorf("ballot review power %v", pb.Review.VotingPower)
	}
	if _, err := pb.Sign(f.Ctx, f.C, f.Account("dave"), []byte("nope")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("ballot wrong passphrase: %v", err)
	}
	bl, err := pb.Sign(f.Ctx, f.C, f.Account("dave"), []byte(f.Pass["dave"]))
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
	daveNonce := f.Nonce("dave")
	relayed, err := typeddata.ParseBallot(exported)
	if err != nil {
		t.Fatal(err)
	}
	if err := signer.CheckBallot(f.Ctx, f.C, relayed); err != nil {
		t.Fatal(err)
	}
	_, for0, _ := f.Tally(p1.ID)
	call, err = signer.RelayCall(relayed)
	if err != nil {
		t.Fatal(err)
	}
	pr, _ := f.Send("erin", call)
	if pr.Review.Voter != f.Addr["dave"] || pr.Review.VotingPower.Cmp(power["dave"]) != 0 {
		t.Errorf("relay review: %+v", pr.Review)
	}
	if !f.HasVoted(p1.ID, f.Addr["dave"]) {
		t.Error("relayed ballot not counted")
	}
	if _, for1, _ := f.Tally(p1.ID); new(big.Int).Sub(for1, for0).Cmp(power["dave"]) != 0 {
		t.Errorf("For grew by %s, want dave's %s", new(big.Int).Sub(for1, for0), power["dave"])
	}
	if f.Nonce("dave") != daveNonce {
		t.Error("the voter sent a transaction")
	}
	// The same ballot cannot be relayed twice (nonce used).
	if err := signer.CheckBallot(f.Ctx, f.C, relayed); err == nil || !strings.Contains(err.Error(), "nonce") {
		t.Errorf("replayed ballot: %v", err)
	}

	// Queue is refused while Active (revert decoded), then works once Succeeded.
	qcall, err := signer.QueueCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), p1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Prepare("bob", qcall); !errors.As(err, &re) || re.Revert.Name != "GovernorUnexpectedProposalState" {
		t.Fatalf("early queue: %v", err)
	}
	f.Mine(int(devnet.DemoVotingPeriod) + 1)
	// Read the proposal back through the governor reader, as the CLI does.
	rd, err := governor.New(f.Ctx, f.C, f.DAO.Governor)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := f.C.Head(f.Ctx)
	props, err := rd.Proposals(f.Ctx, f.DAO.StartBlock, head.Number.Uint64())
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
	qcall, err = signer.QueueCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), got)
	if err != nil {
		t.Fatal(err)
	}
	f.Send("bob", qcall)
	ecall, err := signer.ExecuteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), got)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Prepare("erin", ecall); !errors.As(err, &re) {
		t.Fatalf("execute before the timelock delay: %v", err)
	} else {
		t.Logf("early execute: %v", err)
	}
	if err := f.Node.AdvanceTime(f.Ctx, devnet.DemoTimelockDelay+time.Minute); err != nil {
		t.Fatal(err)
	}
	balBefore, _ := f.C.Eth().BalanceAt(f.Ctx, payee, nil)
	f.Send("erin", ecall)
	balAfter, _ := f.C.Eth().BalanceAt(f.Ctx, payee, nil)
	if d := new(big.Int).Sub(balAfter, balBefore); d.Cmp(big.NewInt(1e18)) != 0 {
		t.Errorf("payee received %s wei, want 1 ETH", d)
	}

	// Everything sent is settled in the journal.
	es, err := f.J.Entries()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Status != journal.StatusMined {
			t.Errorf("journal %s %s: %s", e.Function, e.Hash.Hex(), e.Status)
		}
	}
}

// TestWrongPassphraseAndChainSwitch: a wrong passphrase can be retried; a
// chain id that changes between connecting and signing refuses to sign.
func TestWrongPassphraseAndChainSwitch(t *testing.T) {
	f := signertest.New(t)
	id := f.ActiveProposal()
	call, err := signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), id, gov.For, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Prepare("alice", call)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Sign(f.Ctx, f.C, f.Account("alice"), []byte("wrong")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	// Another account's key for alice's transaction is refused.
	if _, err := p.Sign(f.Ctx, f.C, f.Account("bob"), []byte(f.Pass["bob"])); !errors.Is(err, signer.ErrWrongAccount) {
		t.Fatalf("bob's key: %v", err)
	}
	// The node switches chains after the review: nothing is signed.
	f.Flip.Store(true)
	if _, err := p.Sign(f.Ctx, f.C, f.Account("alice"), []byte(f.Pass["alice"])); !errors.Is(err, signer.ErrChainChanged) || !errors.Is(err, chain.ErrChainIDMismatch) {
		t.Fatalf("chain switch: %v", err)
	}
	f.Flip.Store(false)
	// The same prepared transaction signs once the chain is right again.
	s, err := p.Sign(f.Ctx, f.C, f.Account("alice"), []byte(f.Pass["alice"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.J.Record(s); err != nil {
		t.Fatal(err)
	}
	f.Flip.Store(true)
	if err := f.J.Broadcast(f.Ctx, f.C, s); !errors.Is(err, signer.ErrChainChanged) {
		t.Fatalf("broadcast after a switch: %v", err)
	}
	if f.Sends.Load() != 0 {
		t.Fatal("sent on a switched chain")
	}
	f.Flip.Store(false)
	if err := f.J.Broadcast(f.Ctx, f.C, s); err != nil {
		t.Fatal(err)
	}
	if o, err := signer.Wait(f.Ctx, f.C, s.Hash, 2*time.Millisecond); err != nil || !o.Success {
		t.Fatalf("vote: %v", err)
	}
}
