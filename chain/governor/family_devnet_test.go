package governor_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
)

// This file runs the reader and the writer against every governor family
// fixture of chain/devnet (OZ 4.9 CompatibilityBravo, OZ 5 fractional on a
// timestamp clock, OZ 5 over an ERC721Votes token, GovernorAlpha and
// GovernorBravo): detection, reads checked against independent eth_calls
// at the same block, and writes (vote, gasless ballot, queue, execute,
// delegate) sent through the signer and checked on chain.

// famSpec is what one fixture must be detected as, and which of its
// accounts the write checks use (short names: "alice" for "<family>-alice").
type famSpec struct {
	seed func(context.Context, *devnet.Node, string) (*devnet.FamilyDAO, error)

	family                                gov.Family
	counting                              gov.Counting
	clock                                 gov.ClockMode
	quorumAbstain, abstain, reason, split bool
	timelock                              gov.TimelockKind
	// states are every state the fixture is documented to reach.
	states []string

	voter        string      // votes directly on the active proposal
	support      gov.Support // its direction (ignored for a split)
	voteReason   string      // its reason ("" where the family has none)
	ballotVoter  string      // signs a gasless ballot on the same proposal
	relayer      string      // relays it
	delegator    string      // delegates to delegatee
	delegatee    string
	alphaReceipt bool // getReceipt instead of hasVoted
}

var allStates = []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}

// famEnv is one seeded fixture on its own node.
type famEnv struct {
	t    *testing.T
	ctx  context.Context
	spec famSpec
	node *devnet.Node
	c    *chain.Client
	dao  *devnet.FamilyDAO
	r    *governor.Reader
	j    *journal.Journal
}

func startFamilyEnv(t *testing.T, spec famSpec) *famEnv {
	t.Helper()
	if testing.Short() {
		t.Skip("seeds a governor family fixture")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	node, err := devnet.Start(ctx, devnet.Config{Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	t0 := time.Now()
	dao, err := spec.seed(ctx, node, filepath.Join(t.TempDir(), "ks"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded %s in %v (head %d)", dao.Name, time.Since(t0).Round(time.Millisecond), node.Head())
	c, err := chain.Dial(ctx, node.HTTPURL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	j, err := journal.Open(filepath.Join(t.TempDir(), "state", "journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := governor.New(ctx, c, dao.Governor)
	if err != nil {
		t.Fatalf("governor.New(%s): %v", dao.Name, err)
	}
	return &famEnv{t: t, ctx: ctx, spec: spec, node: node, c: c, dao: dao, r: r, j: j}
}

// head returns the current block number.
func (e *famEnv) head() uint64 {
	e.t.Helper()
	h, err := e.c.Head(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Number.Uint64()
}

// account returns the fixture account "<family>-<short>".
func (e *famEnv) account(short string) devnet.Account {
	e.t.Helper()
	a, ok := e.dao.Account(e.dao.Name + "-" + short)
	if !ok {
		e.t.Fatalf("%s has no account %q", e.dao.Name, short)
	}
	return a
}

// call is an independent eth_call of sig with static arguments (*big.Int,
// common.Address, int) at block; err is the call's error (a revert).
func (e *famEnv) call(to common.Address, block uint64, sig string, args ...any) ([]byte, error) {
	data := slices.Clone(crypto.Keccak256([]byte(sig))[:4])
	for _, a := range args {
		switch v := a.(type) {
		case *big.Int:
			data = append(data, common.LeftPadBytes(v.Bytes(), 32)...)
		case common.Address:
			data = append(data, common.LeftPadBytes(v.Bytes(), 32)...)
		case int:
			data = append(data, common.LeftPadBytes(big.NewInt(int64(v)).Bytes(), 32)...)
		default:
			e.t.Fatalf("call %s: argument %T", sig, a)
		}
	}
	return e.c.Eth().CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(block))
}

func (e *famEnv) mustCall(to common.Address, block uint64, sig string, args ...any) []byte {
	e.t.Helper()
	out, err := e.call(to, block, sig, args...)
	if err != nil {
		e.t.Fatalf("eth_call %s at block %d: %v", sig, block, err)
	}
	return out
}

func famWord(data []byte, i int) *big.Int {
	if len(data) < 32*(i+1) {
		return nil
	}
	return new(big.Int).SetBytes(data[32*i : 32*i+32])
}

// directState is state(id) read with an eth_call at block.
func (e *famEnv) directState(id *big.Int, block uint64) gov.State {
	e.t.Helper()
	return gov.State(famWord(e.mustCall(e.dao.Governor, block, "state(uint256)", id), 0).Uint64())
}

// directTally is (for, against, abstain) read with an eth_call at block, the
// way the family stores them.
func (e *famEnv) directTally(id *big.Int, block uint64) [3]*big.Int {
	e.t.Helper()
	switch e.spec.counting {
	case gov.CountingSimple, gov.CountingFractional:
		out := e.mustCall(e.dao.Governor, block, "proposalVotes(uint256)", id) // (against, for, abstain)
		return [3]*big.Int{famWord(out, 1), famWord(out, 0), famWord(out, 2)}
	case gov.CountingAlpha:
		out := e.mustCall(e.dao.Governor, block, "proposals(uint256)", id)
		if len(out) != 9*32 {
			e.t.Fatalf("Alpha proposals(%s): %d bytes", id, len(out))
		}
		return [3]*big.Int{famWord(out, 5), famWord(out, 6), new(big.Int)}
	default: // compat-bravo, bravo
		out := e.mustCall(e.dao.Governor, block, "proposals(uint256)", id)
		if len(out) != 10*32 {
			e.t.Fatalf("proposals(%s): %d bytes", id, len(out))
		}
		return [3]*big.Int{famWord(out, 5), famWord(out, 6), famWord(out, 7)}
	}
}

// hasVoted asks the governor whether voter voted on id.
func (e *famEnv) hasVoted(id *big.Int, voter common.Address, block uint64) bool {
	e.t.Helper()
	if e.spec.alphaReceipt {
		out := e.mustCall(e.dao.Governor, block, "getReceipt(uint256,address)", id, voter)
		return famWord(out, 0).Sign() != 0
	}
	return famWord(e.mustCall(e.dao.Governor, block, "hasVoted(uint256,address)", id, voter), 0).Sign() != 0
}

func tallyOf(p *gov.Proposal) [3]*big.Int { return [3]*big.Int{p.For, p.Against, p.Abstain} }

func tallyEq(a, b [3]*big.Int) bool {
	for i := range a {
		if a[i] == nil || b[i] == nil || a[i].Cmp(b[i]) != 0 {
			return false
		}
	}
	return true
}

// readAt reads proposals and votes with the reader at block and checks them
// against direct calls; with fixture set, also against the fixture's
// proposals and end states. It returns the proposals by id.
func (e *famEnv) readAt(block uint64, fixture bool) map[string]*gov.Proposal {
	e.t.Helper()
	props, err := e.r.Proposals(e.ctx, e.dao.StartBlock, block)
	if err != nil {
		e.t.Fatalf("Proposals: %v", err)
	}
	byID := make(map[string]*gov.Proposal, len(props))
	for i := range props {
		p := &props[i]
		byID[p.ID.String()] = p
		if st := e.directState(p.ID, block); p.State != st {
			e.t.Errorf("proposal %s: reader state %s, state() %s at block %d", p.ID, p.State, st, block)
		}
		if got, want := tallyOf(p), e.directTally(p.ID, block); !tallyEq(got, want) {
			e.t.Errorf("proposal %s: reader tallies (for, against, abstain) %v, direct %v", p.ID, got, want)
		}
		if p.Block != block {
			e.t.Errorf("proposal %s read at block %d, want %d", p.ID, p.Block, block)
		}
	}
	if fixture {
		if len(props) != len(e.dao.Proposals) {
			e.t.Errorf("reader lists %d proposals, the fixture created %d", len(props), len(e.dao.Proposals))
		}
		seen := map[string]bool{}
		for _, fp := range e.dao.Proposals {
			p, ok := byID[fp.ID.String()]
			if !ok {
				e.t.Errorf("fixture proposal %s (%s) not listed by the reader", fp.ID, fp.Title)
				continue
			}
			if got := devnet.StateName(uint8(p.State)); got != fp.State {
				e.t.Errorf("proposal %s (%s): reader state %s, fixture ended %s", fp.ID, fp.Title, got, fp.State)
			}
			if p.Proposer != fp.Proposer {
				e.t.Errorf("proposal %s: proposer %s, fixture %s", fp.ID, p.Proposer.Hex(), fp.Proposer.Hex())
			}
			seen[devnet.StateName(uint8(p.State))] = true
		}
		for _, st := range e.spec.states {
			if !seen[st] {
				e.t.Errorf("no proposal of %s is %s", e.dao.Name, st)
			}
		}
	}

	// Vote events add up to the tallies.
	votes, err := e.r.Votes(e.ctx, e.dao.StartBlock, block)
	if err != nil {
		e.t.Fatalf("Votes: %v", err)
	}
	sums := map[string]*[3]*big.Int{}
	for _, v := range votes {
		s := sums[v.ProposalID.String()]
		if s == nil {
			s = &[3]*big.Int{new(big.Int), new(big.Int), new(big.Int)}
			sums[v.ProposalID.String()] = s
		}
		switch {
		case v.Split != nil:
			if !e.spec.split || v.Support != gov.Fractional {
				e.t.Errorf("vote of %s on %s: split %+v with support %d on a %s governor", v.Voter.Hex(), v.ProposalID, v.Split, v.Support, e.spec.counting)
			}
			s[0].Add(s[0], v.Split.For)
			s[1].Add(s[1], v.Split.Against)
			s[2].Add(s[2], v.Split.Abstain)
		case v.Support == gov.For:
			s[0].Add(s[0], v.Weight)
		case v.Support == gov.Against:
			s[1].Add(s[1], v.Weight)
		case v.Support == gov.Abstain:
			if !e.spec.abstain {
				e.t.Errorf("abstain vote of %s on %s on a %s governor", v.Voter.Hex(), v.ProposalID, e.spec.family)
			}
			s[2].Add(s[2], v.Weight)
		default:
			e.t.Errorf("vote of %s on %s: support %d without a split", v.Voter.Hex(), v.ProposalID, v.Support)
		}
		if _, ok := byID[v.ProposalID.String()]; !ok {
			e.t.Errorf("vote on unknown proposal %s", v.ProposalID)
		}
	}
	for id, p := range byID {
		want := [3]*big.Int{new(big.Int), new(big.Int), new(big.Int)}
		if s := sums[id]; s != nil {
			want = *s
		}
		if !tallyEq(tallyOf(p), want) {
			e.t.Errorf("proposal %s: tallies (for, against, abstain) %v, vote events add up to %v", id, tallyOf(p), want)
		}
	}
	return byID
}

// send prepares, signs (keystore file), journals, broadcasts and waits for
// call from the fixture account short; the transaction must succeed.
func (e *famEnv) send(short string, call *signer.Call) *signer.Outcome {
	e.t.Helper()
	a := e.account(short)
	p, err := signer.Prepare(e.ctx, e.c, a.Address, call, signer.PrepareOptions{FromName: a.Name(), Journal: e.j})
	if err != nil {
		e.t.Fatalf("%s %s: prepare: %v", short, call.Function, err)
	}
	acct, err := keystore.Find(e.dao.KeystoreDir, a.Name())
	if err != nil {
		e.t.Fatal(err)
	}
	s, err := p.Sign(e.ctx, e.c, acct, []byte(a.Passphrase))
	if err != nil {
		e.t.Fatalf("%s %s: sign: %v", short, call.Function, err)
	}
	if err := e.j.Record(s); err != nil {
		e.t.Fatal(err)
	}
	if err := e.j.Broadcast(e.ctx, e.c, s); err != nil {
		e.t.Fatal(err)
	}
	o, err := signer.Wait(e.ctx, e.c, s.Hash, 2*time.Millisecond)
	if err != nil {
		e.t.Fatalf("%s %s: %v", short, call.Function, err)
	}
	if err := e.j.RecordOutcome(o); err != nil {
		e.t.Fatal(err)
	}
	if !o.Success {
		e.t.Fatalf("%s %s failed: %v", short, call.Function, o.Revert)
	}
	return o
}

// voteOf returns voter's vote event on id up to block, nil when none.
func (e *famEnv) voteOf(id *big.Int, voter common.Address, block uint64) []gov.Vote {
	e.t.Helper()
	votes, err := e.r.Votes(e.ctx, e.dao.StartBlock, block)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []gov.Vote
	for _, v := range votes {
		if v.ProposalID.Cmp(id) == 0 && v.Voter == voter {
			out = append(out, v)
		}
	}
	return out
}

// checkKind checks detection and Info.
func (e *famEnv) checkKind() {
	e.t.Helper()
	s, k := e.spec, e.r.Kind()
	if k.Family != s.family || k.Counting != s.counting || k.Clock != s.clock || k.QuorumAbstain != s.quorumAbstain ||
		k.HasAbstain() != s.abstain || k.HasReason() != s.reason || k.Splits() != s.split {
		e.t.Errorf("%s detected as %+v; want family %s, counting %s, clock %s, quorumAbstain %t, abstain %t, reason %t, split %t",
			e.dao.Name, k, s.family, s.counting, s.clock, s.quorumAbstain, s.abstain, s.reason, s.split)
	}
	if w := e.r.Writer(); w.Kind() != k || w.Address() != e.dao.Governor {
		e.t.Errorf("writer kind %+v at %s", w.Kind(), w.Address().Hex())
	}
	block := e.head()
	info, err := e.r.Info(e.ctx, block)
	if err != nil {
		e.t.Fatalf("Info: %v", err)
	}
	if info.Token != e.dao.Token || info.Timelock != e.dao.Timelock || info.Kind.Timelock != s.timelock ||
		info.Kind.Family != s.family || info.Clock != s.clock || info.Block != block || info.Address != e.dao.Governor {
		e.t.Errorf("Info = %+v; want token %s, timelock %s (%s)", info, e.dao.Token.Hex(), e.dao.Timelock.Hex(), s.timelock)
	}
}

// pick returns the proposal the fixture left in state (the first one), as
// the reader has it in byID.
func (e *famEnv) pick(byID map[string]*gov.Proposal, state string, pred func(*gov.Proposal) bool) *gov.Proposal {
	e.t.Helper()
	for _, fp := range e.dao.ProposalsIn(state) {
		if p := byID[fp.ID.String()]; p != nil && (pred == nil || pred(p)) {
			return p
		}
	}
	e.t.Fatalf("%s has no %s proposal to write to", e.dao.Name, state)
	return nil
}

// checkWrites votes, relays a ballot, queues, executes and delegates.
func (e *famEnv) checkWrites(byID map[string]*gov.Proposal) {
	e.t.Helper()
	s, w := e.spec, e.r.Writer()
	head := e.head()
	fresh := func(p *gov.Proposal) bool { // neither voter has voted on it
		return !e.hasVoted(p.ID, e.account(s.voter).Address, head) &&
			(s.ballotVoter == "" || !e.hasVoted(p.ID, e.account(s.ballotVoter).Address, head))
	}
	active := e.pick(byID, "active", fresh)
	succeeded := e.pick(byID, "succeeded", nil)
	queued := e.pick(byID, "queued", nil)
	id := active.ID

	// A direct vote (split on a fractional governor).
	voter := e.account(s.voter).Address
	before := tallyOf(active)
	var split *gov.Split
	if s.split {
		unit := big.NewInt(1e18)
		split = &gov.Split{Against: new(big.Int).Mul(big.NewInt(1_000), unit), For: new(big.Int).Mul(big.NewInt(2_500), unit), Abstain: new(big.Int).Mul(big.NewInt(500), unit)}
	}
	if e.hasVoted(id, voter, e.head()) {
		e.t.Fatalf("%s already voted on %s", s.voter, id)
	}
	vc, err := signer.VoteCall(w, id, s.support, s.voteReason, split)
	if err != nil {
		e.t.Fatalf("VoteCall: %v", err)
	}
	if s.split { // the review shows the split in the token's units
		p, err := signer.Prepare(e.ctx, e.c, voter, vc, signer.PrepareOptions{})
		if err != nil {
			e.t.Fatal(err)
		}
		const want = "for 2,500 SPLIT, against 1,000 SPLIT, abstain 500 SPLIT (three packed uint128)"
		if i := slices.IndexFunc(p.Review.Args, func(a signer.Arg) bool { return a.Name == "params" }); i < 0 || p.Review.Args[i].Value != want {
			e.t.Errorf("review args %+v, want params %q", p.Review.Args, want)
		}
	}
	e.send(s.voter, vc)
	block := e.head()
	if !e.hasVoted(id, voter, block) {
		e.t.Errorf("%s's vote on %s not recorded (hasVoted false)", s.voter, id)
	}
	byID = e.readAt(block, false)
	after := tallyOf(byID[id.String()])
	vs := e.voteOf(id, voter, block)
	if len(vs) != 1 {
		e.t.Fatalf("%s's vote events on %s: %+v", s.voter, id, vs)
	}
	v := vs[0]
	if v.Reason != s.voteReason {
		e.t.Errorf("vote reason %q, want %q", v.Reason, s.voteReason)
	}
	want := [3]*big.Int{new(big.Int).Set(before[0]), new(big.Int).Set(before[1]), new(big.Int).Set(before[2])}
	if split != nil {
		if v.Support != gov.Fractional || v.Split == nil || v.Split.For.Cmp(split.For) != 0 || v.Split.Against.Cmp(split.Against) != 0 || v.Split.Abstain.Cmp(split.Abstain) != 0 {
			e.t.Errorf("split vote read back as %+v (split %+v)", v, v.Split)
		}
		want[0].Add(want[0], split.For)
		want[1].Add(want[1], split.Against)
		want[2].Add(want[2], split.Abstain)
	} else {
		if v.Support != s.support || v.Weight == nil || v.Weight.Sign() <= 0 {
			e.t.Errorf("vote read back as %+v", v)
		}
		i := map[gov.Support]int{gov.For: 0, gov.Against: 1, gov.Abstain: 2}[s.support]
		want[i].Add(want[i], v.Weight)
	}
	if !tallyEq(after, want) {
		e.t.Errorf("tallies after %s's vote %v, want %v (before %v)", s.voter, after, want, before)
	}

	// A gasless ballot, relayed by another account.
	if s.ballotVoter != "" {
		bv := e.account(s.ballotVoter)
		if e.hasVoted(id, bv.Address, block) {
			e.t.Fatalf("%s already voted on %s", s.ballotVoter, id)
		}
		pb, err := signer.PrepareBallot(e.ctx, e.c, w, bv.Address, id, gov.For, bv.Name())
		if err != nil {
			e.t.Fatalf("PrepareBallot: %v", err)
		}
		acct, err := keystore.Find(e.dao.KeystoreDir, bv.Name())
		if err != nil {
			e.t.Fatal(err)
		}
		bl, err := pb.Sign(e.ctx, e.c, acct, []byte(bv.Passphrase))
		if err != nil {
			e.t.Fatalf("ballot sign: %v", err)
		}
		if err := signer.CheckBallot(e.ctx, e.c, bl); err != nil {
			e.t.Fatalf("CheckBallot: %v", err)
		}
		rc, err := signer.RelayCall(bl)
		if err != nil {
			e.t.Fatal(err)
		}
		nonce, err := e.c.Eth().NonceAt(e.ctx, bv.Address, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		before := tallyOf(byID[id.String()])
		e.send(s.relayer, rc)
		block = e.head()
		if !e.hasVoted(id, bv.Address, block) {
			e.t.Errorf("relayed ballot of %s not counted (hasVoted false)", s.ballotVoter)
		}
		if e.hasVoted(id, e.account(s.relayer).Address, block) {
			e.t.Errorf("the relayer %s's vote was counted", s.relayer)
		}
		if n, _ := e.c.Eth().NonceAt(e.ctx, bv.Address, nil); n != nonce {
			e.t.Errorf("the ballot's voter sent a transaction")
		}
		byID = e.readAt(block, false)
		vs := e.voteOf(id, bv.Address, block)
		if len(vs) != 1 || vs[0].Support != gov.For || vs[0].Weight == nil || vs[0].Weight.Sign() <= 0 {
			e.t.Fatalf("relayed ballot's vote events: %+v", vs)
		}
		after := tallyOf(byID[id.String()])
		if d := new(big.Int).Sub(after[0], before[0]); d.Cmp(vs[0].Weight) != 0 || after[1].Cmp(before[1]) != 0 || after[2].Cmp(before[2]) != 0 {
			e.t.Errorf("tallies %v → %v after the ballot; want For up by %s", before, after, vs[0].Weight)
		}
	}

	// Queue the succeeded proposal.
	qc, err := signer.QueueCall(w, succeeded)
	if err != nil {
		e.t.Fatalf("QueueCall: %v", err)
	}
	e.send(s.relayer, qc)
	block = e.head()
	if st := e.directState(succeeded.ID, block); st != gov.Queued {
		e.t.Errorf("state(%s) after queue: %s", succeeded.ID, st)
	}
	byID = e.readAt(block, false)
	if p := byID[succeeded.ID.String()]; p.State != gov.Queued || p.ETA == 0 || p.QueuedBlock != block {
		e.t.Errorf("queued proposal read as state %s, eta %d, queued block %d (head %d)", p.State, p.ETA, p.QueuedBlock, block)
	}

	// Execute the proposal the fixture queued (its eta passed).
	h, err := e.c.Header(e.ctx, block)
	if err != nil {
		e.t.Fatal(err)
	}
	if queued.ETA == 0 {
		e.t.Fatalf("queued proposal %s has no eta", queued.ID)
	}
	if queued.ETA > h.Time {
		if err := e.node.AdvanceTime(e.ctx, time.Duration(queued.ETA-h.Time+1)*time.Second); err != nil {
			e.t.Fatal(err)
		}
	}
	ec, err := signer.ExecuteCall(w, queued)
	if err != nil {
		e.t.Fatalf("ExecuteCall: %v", err)
	}
	e.send(s.relayer, ec)
	block = e.head()
	if st := e.directState(queued.ID, block); st != gov.Executed {
		e.t.Errorf("state(%s) after execute: %s", queued.ID, st)
	}
	byID = e.readAt(block, false)
	if p := byID[queued.ID.String()]; p.State != gov.Executed || p.ExecutedBlock != block {
		e.t.Errorf("executed proposal read as state %s, executed block %d (head %d)", p.State, p.ExecutedBlock, block)
	}

	// Delegate.
	from, to := e.account(s.delegator).Address, e.account(s.delegatee).Address
	dc, err := signer.DelegateCall(e.dao.Token, to)
	if err != nil {
		e.t.Fatal(err)
	}
	e.send(s.delegator, dc)
	block = e.head()
	if got := common.BytesToAddress(e.mustCall(e.dao.Token, block, "delegates(address)", from)); got != to {
		e.t.Errorf("delegates(%s) = %s, want %s", s.delegator, got.Hex(), to.Hex())
	}
}

func runFamily(t *testing.T, spec famSpec) *famEnv {
	e := startFamilyEnv(t, spec)
	e.checkKind()
	byID := e.readAt(e.head(), true)
	if t.Failed() {
		t.FailNow()
	}
	e.checkWrites(byID)
	return e
}

func TestFamilyOZ4Compat(t *testing.T) {
	runFamily(t, famSpec{
		seed:   devnet.SeedOZ4Compat,
		family: gov.FamilyOZ4, counting: gov.CountingCompatBravo, clock: gov.ClockBlockNumber,
		quorumAbstain: false, abstain: true, reason: true, timelock: gov.TimelockCompound, states: allStates,
		voter: "alice", support: gov.For, voteReason: "family test: ship it",
		ballotVoter: "bob", relayer: "erin", delegator: "carol", delegatee: "dave",
	})
}

func TestFamilyOZ5Fractional(t *testing.T) {
	runFamily(t, famSpec{
		seed:   devnet.SeedOZ5Fractional,
		family: gov.FamilyOZ5, counting: gov.CountingFractional, clock: gov.ClockTimestamp,
		quorumAbstain: true, abstain: true, reason: true, split: true, timelock: gov.TimelockController,
		states: slices.DeleteFunc(slices.Clone(allStates), func(s string) bool { return s == "expired" }),
		voter:  "alice", support: gov.Fractional, voteReason: "family test: a split",
		ballotVoter: "dave", relayer: "erin", delegator: "carol", delegatee: "dave",
	})
}

func TestFamilyOZ5NFT(t *testing.T) {
	runFamily(t, famSpec{
		seed:   devnet.SeedOZ5NFT,
		family: gov.FamilyOZ5, counting: gov.CountingSimple, clock: gov.ClockBlockNumber,
		quorumAbstain: true, abstain: true, reason: true, timelock: gov.TimelockController, states: allStates,
		voter: "alice", support: gov.Against, voteReason: "family test: not this one",
		ballotVoter: "dave", relayer: "erin", delegator: "carol", delegatee: "dave",
	})
}

func TestFamilyAlpha(t *testing.T) {
	e := runFamily(t, famSpec{
		seed:   devnet.SeedAlpha,
		family: gov.FamilyAlpha, counting: gov.CountingAlpha, clock: gov.ClockBlockNumber,
		quorumAbstain: false, abstain: false, reason: false, timelock: gov.TimelockCompound, states: allStates,
		voter: "delegate", support: gov.Against, voteReason: "",
		ballotVoter: "whale", relayer: "holder", delegator: "holder", delegatee: "delegate", alphaReceipt: true,
	})
	// GovernorAlpha counts only for and against, without a reason.
	w := e.r.Writer()
	id := e.dao.ProposalsIn("active")[0].ID
	if _, err := w.VoteCall(id, gov.Abstain, "", nil); err == nil {
		t.Error("Alpha VoteCall with abstain: no error")
	}
	if _, err := w.VoteCall(id, gov.For, "a reason", nil); err == nil {
		t.Error("Alpha VoteCall with a reason: no error")
	}
	if _, err := w.VoteCall(id, gov.Fractional, "", &gov.Split{For: big.NewInt(1), Against: new(big.Int), Abstain: new(big.Int)}); err == nil {
		t.Error("Alpha VoteCall with a split: no error")
	}
	if _, err := signer.VoteCall(w, id, gov.Abstain, "", nil); err == nil {
		t.Error("signer.VoteCall on Alpha with abstain: no error")
	}
	if c, err := w.VoteCall(id, gov.For, "", nil); err != nil || c.Signature != "castVote(uint256,bool)" {
		t.Errorf("Alpha VoteCall for: %+v, %v", c, err)
	}
}

func TestFamilyBravo(t *testing.T) {
	e := runFamily(t, famSpec{
		seed:   devnet.SeedBravo,
		family: gov.FamilyBravo, counting: gov.CountingBravo, clock: gov.ClockBlockNumber,
		quorumAbstain: false, abstain: true, reason: true, timelock: gov.TimelockCompound, states: allStates,
		voter: "delegate", support: gov.Abstain, voteReason: "family test: abstaining",
		ballotVoter: "whale", relayer: "holder", delegator: "holder", delegatee: "delegate", alphaReceipt: true,
	})
	// Bravo's ids continue after the Alpha's it was initiated from.
	if len(e.dao.Legacy) != 1 {
		t.Fatalf("legacy %v", e.dao.Legacy)
	}
	lr, err := governor.New(e.ctx, e.c, e.dao.Legacy[0])
	if err != nil || lr.Kind().Family != gov.FamilyAlpha {
		t.Errorf("legacy governor: %+v, %v", lr, err)
	}
	checkLegacySet(t, e)
}

// checkLegacySet reads the Bravo fixture with its Alpha as a legacy governor
// and checks the union against direct calls on both contracts at one block:
// proposalCount() and proposals(id) on each, initialProposalId() on the
// Bravo (its ids continue the Alpha's), state(id) per proposal.
func checkLegacySet(t *testing.T, e *famEnv) {
	alpha, bravo := e.dao.Legacy[0], e.dao.Governor
	// A token and an account are no governors: noted, not fatal.
	set, err := governor.NewSet(e.ctx, e.c, e.r, []common.Address{alpha, e.dao.Token, e.account("holder").Address, bravo})
	if err != nil {
		t.Fatalf("NewSet: %v", err)
	}
	if set.Len() != 2 || len(set.Notes()) != 2 {
		t.Fatalf("set reads %d governors with notes %q; want the Bravo and the Alpha, 2 notes", set.Len(), set.Notes())
	}
	for _, n := range set.Notes() {
		if !strings.Contains(n, "legacy governor") {
			t.Errorf("note %q does not say which legacy governor", n)
		}
	}
	block := e.head()
	props, err := set.Proposals(e.ctx, e.dao.StartBlock, block)
	if err != nil {
		t.Fatalf("Set.Proposals: %v", err)
	}
	byKey := map[string]*gov.Proposal{}
	for i := range props {
		p := &props[i]
		if p.Governor != alpha && p.Governor != bravo {
			t.Errorf("proposal %s names governor %s", p.ID, p.Governor.Hex())
		}
		byKey[p.Key()] = p
		if i > 0 && gov.CompareCreated(&props[i-1], p) > 0 {
			t.Errorf("proposals out of creation order at %d", i)
		}
	}
	alphaCount := famWord(e.mustCall(alpha, block, "proposalCount()"), 0).Uint64()
	bravoCount := famWord(e.mustCall(bravo, block, "proposalCount()"), 0).Uint64()
	initial := famWord(e.mustCall(bravo, block, "initialProposalId()"), 0).Uint64()
	if alphaCount == 0 || bravoCount <= initial {
		t.Fatalf("the fixture has %d Alpha and %d Bravo proposals: nothing to unite", alphaCount, bravoCount-initial)
	}
	if initial != alphaCount {
		t.Errorf("initialProposalId %d, the Alpha's proposalCount %d", initial, alphaCount)
	}
	if want := alphaCount + bravoCount - initial; uint64(len(props)) != want {
		t.Errorf("the set lists %d proposals; the contracts hold %d (Alpha %d, Bravo %d-%d)", len(props), want, alphaCount, bravoCount, initial)
	}
	check := func(g common.Address, id uint64, words int) {
		key := gov.ProposalKey(g, new(big.Int).SetUint64(id))
		p, ok := byKey[key]
		if !ok {
			t.Errorf("proposal %s not listed", key)
			return
		}
		out := e.mustCall(g, block, "proposals(uint256)", int(id))
		if len(out) != words*32 || famWord(out, 0).Uint64() != id {
			t.Fatalf("proposals(%d) on %s: %d bytes", id, g.Hex(), len(out))
		}
		if p.For.Cmp(famWord(out, 5)) != 0 || p.Against.Cmp(famWord(out, 6)) != 0 || p.VoteStart != famWord(out, 3).Uint64() || p.VoteEnd != famWord(out, 4).Uint64() {
			t.Errorf("proposal %s: reader %s/%s %d→%d, proposals(id) %v", key, p.For, p.Against, p.VoteStart, p.VoteEnd, out)
		}
		if st := gov.State(famWord(e.mustCall(g, block, "state(uint256)", int(id)), 0).Uint64()); st != p.State {
			t.Errorf("proposal %s: reader state %s, state() %s", key, p.State, st)
		}
	}
	for id := uint64(1); id <= alphaCount; id++ {
		check(alpha, id, 9)
	}
	for id := initial + 1; id <= bravoCount; id++ {
		check(bravo, id, 10)
	}
	votes, err := set.Votes(e.ctx, e.dao.StartBlock, block)
	if err != nil {
		t.Fatalf("Set.Votes: %v", err)
	}
	var onAlpha int
	for i, v := range votes {
		if _, ok := byKey[v.Key()]; !ok {
			t.Errorf("vote %d on %s names no listed proposal", i, v.Key())
		}
		if v.Governor == alpha {
			onAlpha++
		}
		if i > 0 && (votes[i-1].Block > v.Block || votes[i-1].Block == v.Block && votes[i-1].LogIndex >= v.LogIndex) {
			t.Errorf("votes out of chain order at %d", i)
		}
	}
	if onAlpha == 0 {
		t.Error("no vote of the Alpha listed")
	}

	// Find: an Alpha id from the Bravo DAO; ADDR:ID; a collision is ambiguous.
	match := func(p *gov.Proposal, id string) bool { return p.ID.String() == id }
	p, found, err := governor.Find(props, bravo, "1", match)
	if err != nil || !found || p.Governor != alpha {
		t.Errorf("Find 1: %+v %v %v", p, found, err)
	}
	last := strconv.FormatUint(bravoCount, 10)
	if p, _, err := governor.Find(props, bravo, alpha.Hex()+":"+last, match); err != nil || p != nil {
		t.Errorf("Find ALPHA:%s (a Bravo id): %+v %v", last, p, err)
	}
	twin := slices.Clone(props)
	for i := range twin {
		if twin[i].Governor == alpha {
			c := twin[i]
			c.Governor = common.HexToAddress("0x00000000000000000000000000000000000000aa")
			twin = append(twin, c)
			break
		}
	}
	if _, _, err := governor.Find(twin, bravo, "1", match); !errors.Is(err, governor.ErrAmbiguous) || !strings.Contains(err.Error(), alpha.Hex()+":1") {
		t.Errorf("Find 1 on two legacy governors: %v", err)
	}

	// Writes of the Alpha's proposals go to the Alpha, in its form.
	router := set.Router()
	ap := byKey[gov.ProposalKey(alpha, big.NewInt(1))]
	for _, build := range []func(*gov.Proposal) (*gov.Call, error){router.QueueCall, router.ExecuteCall} {
		c, err := build(ap)
		if err != nil || c.To != alpha {
			t.Errorf("routed call of Alpha proposal 1: %+v %v", c, err)
		}
	}
	w, err := router.For(alpha)
	if err != nil || w.Kind().Family != gov.FamilyAlpha {
		t.Errorf("router.For(alpha): %v %v", w, err)
	}
	if c, err := w.VoteCall(big.NewInt(1), gov.For, "", nil); err != nil || c.To != alpha || c.Signature != "castVote(uint256,bool)" {
		t.Errorf("Alpha vote: %+v %v", c, err)
	}
	stray := *ap
	stray.Governor = e.dao.Token
	if _, err := router.QueueCall(&stray); err == nil {
		t.Error("queue on a governor not in the set: no error")
	}
}
