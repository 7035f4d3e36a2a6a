package governor_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The seeded demo DAO is started once for the package's tests and benchmarks.
var demo devnettest.Shared

func TestMain(m *testing.M) {
	os.Exit(demo.Run(m))
}

// demoReader starts the shared demo and returns a client, the DAO, a reader
// of its governor and the head block.
func demoReader(t *testing.T) (*chain.Client, *devnet.DAO, *governor.Reader, uint64) {
	t.Helper()
	_, dao := demo.Start(t)
	c := demo.Dial(t, chain.Options{})
	r, err := governor.New(context.Background(), c, dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	return c, dao, r, devnettest.Head(t, c)
}

// ethCall is an independent eth_call (not through CallAt) at block.
func ethCall(t *testing.T, c *chain.Client, to common.Address, data []byte, block uint64) []byte {
	t.Helper()
	out, err := c.Eth().CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatalf("eth_call to %s: %v", to, err)
	}
	return out
}

// TestSettings: at the block New probed, given the pinned header's clock,
// the governor's settings need no request; they are Info's but for the
// timelock's kind, which TimelockKind reads.
func TestSettings(t *testing.T) {
	c, _, _, block := demoReader(t)
	ctx := context.Background()
	_, dao := demo.Start(t)
	r, err := governor.NewWith(ctx, c, dao.Governor, governor.Options{Block: block})
	if err != nil {
		t.Fatal(err)
	}
	full, err := r.Info(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	pin, err := c.PinBlock(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	before := c.Requests()
	got, err := r.Settings(ctx, block, pin.Clock)
	if err != nil {
		t.Fatal(err)
	}
	if n := c.Requests() - before; n != 0 {
		t.Errorf("Settings at the block probed made %d requests, want none", n)
	}
	if got.Kind.Timelock != "" {
		t.Errorf("Settings read the timelock's kind: %q", got.Kind.Timelock)
	}
	if full.Kind.Timelock != gov.TimelockController {
		t.Errorf("Info: timelock kind %q", full.Kind.Timelock)
	}
	k, err := r.TimelockKind(ctx, got, block)
	if err != nil || k != full.Kind.Timelock {
		t.Errorf("TimelockKind = %q, %v; Info says %q", k, err, full.Kind.Timelock)
	}
	got.Kind.Timelock = k
	if g, w := fmt.Sprintf("%+v", *got), fmt.Sprintf("%+v", *full); g != w {
		t.Errorf("Settings:\n%s\nInfo:\n%s", g, w)
	}
	// The clock of another block is not taken: the header is read.
	before = c.Requests()
	other, err := r.Settings(ctx, block, chain.BlockClock{Number: block - 1, Time: 1})
	if err != nil {
		t.Fatal(err)
	}
	if n := c.Requests() - before; n != 1 {
		t.Errorf("Settings given another block's clock made %d requests, want 1 (the header)", n)
	}
	other.Kind.Timelock = k
	if g, w := fmt.Sprintf("%+v", *other), fmt.Sprintf("%+v", *full); g != w {
		t.Errorf("Settings given another block's clock:\n%s\nInfo:\n%s", g, w)
	}
}

func TestInfo(t *testing.T) {
	c, dao, r, block := demoReader(t)
	ctx := context.Background()
	info, err := r.Info(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	g := contracts.NewDaoGovernor()
	name, _ := g.UnpackName(ethCall(t, c, dao.Governor, g.PackName(), block))
	delay, _ := g.UnpackVotingDelay(ethCall(t, c, dao.Governor, g.PackVotingDelay(), block))
	period, _ := g.UnpackVotingPeriod(ethCall(t, c, dao.Governor, g.PackVotingPeriod(), block))
	threshold, _ := g.UnpackProposalThreshold(ethCall(t, c, dao.Governor, g.PackProposalThreshold(), block))
	if info.Name != name || info.Name == "" || info.Token != dao.Token || info.Timelock != dao.Timelock ||
		info.Clock != gov.ClockBlockNumber || info.VotingDelay.Cmp(delay) != 0 || info.VotingPeriod.Cmp(period) != 0 ||
		info.ProposalThreshold.Cmp(threshold) != 0 || info.Block != block || info.Address != dao.Governor {
		t.Errorf("info = %+v", info)
	}
	h, err := c.Header(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	if info.BlockTime != h.Time {
		t.Errorf("block time %d, header says %d", info.BlockTime, h.Time)
	}
	if info.Version == "" {
		t.Errorf("OZ 5 governor has a version()")
	}
}

func TestProposalsMatchChain(t *testing.T) {
	c, dao, r, block := demoReader(t)
	ctx := context.Background()
	props, err := r.Proposals(ctx, dao.StartBlock, block)
	if err != nil {
		t.Fatal(err)
	}
	if len(props) < 12 {
		t.Fatalf("%d proposals, the demo has at least 12", len(props))
	}
	g := contracts.NewDaoGovernor()
	seen := map[gov.State]int{}
	for _, p := range props {
		seen[p.State]++
		st, err := g.UnpackState(ethCall(t, c, dao.Governor, g.PackState(p.ID), block))
		if err != nil {
			t.Fatal(err)
		}
		if gov.State(st) != p.State {
			t.Errorf("proposal %q: state %s, state() says %s", p.Title, p.State, gov.State(st))
		}
		v, err := g.UnpackProposalVotes(ethCall(t, c, dao.Governor, g.PackProposalVotes(p.ID), block))
		if err != nil {
			t.Fatal(err)
		}
		if p.For.Cmp(v.ForVotes) != 0 || p.Against.Cmp(v.AgainstVotes) != 0 || p.Abstain.Cmp(v.AbstainVotes) != 0 {
			t.Errorf("proposal %q: tallies %s/%s/%s, proposalVotes says %s/%s/%s", p.Title,
				p.For, p.Against, p.Abstain, v.ForVotes, v.AgainstVotes, v.AbstainVotes)
		}
		snap, _ := g.UnpackProposalSnapshot(ethCall(t, c, dao.Governor, g.PackProposalSnapshot(p.ID), block))
		if snap.Uint64() != p.VoteStart {
			t.Errorf("proposal %q: vote start %d, proposalSnapshot says %s", p.Title, p.VoteStart, snap)
		}
		if p.VoteStart < block {
			q, err := g.UnpackQuorum(ethCall(t, c, dao.Governor, g.PackQuorum(new(big.Int).SetUint64(p.VoteStart)), block))
			if err != nil {
				t.Fatal(err)
			}
			if p.Quorum == nil || p.Quorum.Cmp(q) != 0 {
				t.Errorf("proposal %q: quorum %v, quorum() says %s", p.Title, p.Quorum, q)
			}
		} else if p.Quorum != nil {
			t.Errorf("proposal %q: quorum %s before its snapshot", p.Title, p.Quorum)
		}
		eta, _ := g.UnpackProposalEta(ethCall(t, c, dao.Governor, g.PackProposalEta(p.ID), block))
		if eta.Uint64() != p.ETA {
			t.Errorf("proposal %q: eta %d, proposalEta says %s", p.Title, p.ETA, eta)
		}
		switch {
		case p.Title == "" || p.Title != gov.Title(p.Description):
			t.Errorf("proposal %s: title %q", p.ID, p.Title)
		case p.Block != block || p.CreatedBlock == 0 || p.CreatedBlock > block || p.CreatedTx == (common.Hash{}):
			t.Errorf("proposal %q: blocks %+v", p.Title, p)
		case (p.State == gov.Queued || p.State == gov.Executed) && (p.QueuedBlock == 0 || p.ETA == 0):
			t.Errorf("proposal %q is %s without a queue block/eta", p.Title, p.State)
		case (p.State == gov.Executed) != (p.ExecutedBlock != 0):
			t.Errorf("proposal %q is %s, executed block %d", p.Title, p.State, p.ExecutedBlock)
		case (p.State == gov.Canceled) != (p.CanceledBlock != 0):
			t.Errorf("proposal %q is %s, canceled block %d", p.Title, p.State, p.CanceledBlock)
		case len(p.Targets) == 0 || len(p.Values) != len(p.Targets) || len(p.Calldatas) != len(p.Targets):
			t.Errorf("proposal %q: actions %d/%d/%d", p.Title, len(p.Targets), len(p.Values), len(p.Calldatas))
		}
	}
	for _, s := range gov.States() {
		if seen[s] == 0 {
			t.Errorf("no proposal is %s; the demo shows every state (%v)", s, seen)
		}
	}

	// CreatedLog is the ProposalCreated log's index in its block: proposals
	// created in one block (the demo has such) are ordered by it.
	created := crypto.Keccak256Hash([]byte("ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)"))
	sameBlock := 0
	for i, p := range props {
		rc, err := c.Eth().TransactionReceipt(ctx, p.CreatedTx)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, l := range rc.Logs {
			found = found || l.Index == p.CreatedLog && l.Address == dao.Governor && len(l.Topics) > 0 && l.Topics[0] == created
		}
		if !found {
			t.Errorf("proposal %q: no ProposalCreated log at index %d of block %d", p.Title, p.CreatedLog, p.CreatedBlock)
		}
		if i > 0 && props[i-1].CreatedBlock == p.CreatedBlock {
			sameBlock++
			if gov.CompareCreated(&props[i-1], &p) >= 0 {
				t.Errorf("proposals %q and %q of block %d: logs %d, %d out of creation order", props[i-1].Title, p.Title, p.CreatedBlock, props[i-1].CreatedLog, p.CreatedLog)
			}
		}
	}
	if sameBlock == 0 {
		t.Error("no two demo proposals share a block: the order within a block is untested")
	}
}

func TestVotesMatchTallies(t *testing.T) {
	c, dao, r, block := demoReader(t)
	ctx := context.Background()
	props, err := r.Proposals(ctx, dao.StartBlock, block)
	if err != nil {
		t.Fatal(err)
	}
	votes, err := r.Votes(ctx, dao.StartBlock, block)
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ f, a, x *big.Int }
	sums := map[string]*tally{}
	reasons := 0
	g := contracts.NewDaoGovernor()
	for i, v := range votes {
		if i > 0 && (v.Block < votes[i-1].Block || v.Block == votes[i-1].Block && v.LogIndex <= votes[i-1].LogIndex) {
			t.Errorf("votes out of chain order at %d", i)
		}
		k := v.ProposalID.String()
		if sums[k] == nil {
			sums[k] = &tally{new(big.Int), new(big.Int), new(big.Int)}
		}
		switch v.Support {
		case gov.For:
			sums[k].f.Add(sums[k].f, v.Weight)
		case gov.Against:
			sums[k].a.Add(sums[k].a, v.Weight)
		case gov.Abstain:
			sums[k].x.Add(sums[k].x, v.Weight)
		default:
			t.Errorf("vote with support %d", v.Support)
		}
		if v.Reason != "" {
			reasons++
		}
		voted, err := g.UnpackHasVoted(ethCall(t, c, dao.Governor, g.PackHasVoted(v.ProposalID, v.Voter), block))
		if err != nil || !voted {
			t.Errorf("hasVoted(%s, %s) = %v, %v", k, v.Voter, voted, err)
		}
	}
	if len(votes) == 0 || reasons == 0 || reasons == len(votes) {
		t.Errorf("%d votes, %d with reasons: the demo has votes with and without reasons", len(votes), reasons)
	}
	for _, p := range props {
		s := sums[p.ID.String()]
		if s == nil {
			s = &tally{new(big.Int), new(big.Int), new(big.Int)}
		}
		if s.f.Cmp(p.For) != 0 || s.a.Cmp(p.Against) != 0 || s.x.Cmp(p.Abstain) != 0 {
			t.Errorf("proposal %q: votes add up to %s/%s/%s, tallies %s/%s/%s", p.Title, s.f, s.a, s.x, p.For, p.Against, p.Abstain)
		}
	}
}

func TestNotAGovernor(t *testing.T) {
	_, dao := demo.Start(t)
	c := demo.Dial(t, chain.Options{})
	ctx := context.Background()
	for _, a := range []common.Address{dao.Token, dao.Timelock, dao.Stable} {
		_, err := governor.New(ctx, c, a)
		if !errors.Is(err, governor.ErrNotGovernor) || errors.Is(err, governor.ErrNoCode) {
			t.Errorf("New(%s) = %v, want ErrNotGovernor", a, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, a.Hex()) || !strings.Contains(msg, "is not a governor daoterm can read") || !strings.Contains(msg, "--governor") {
			t.Errorf("unclear message: %s", msg)
		}
	}
	eoa := dao.Accounts[0].Address
	_, err := governor.New(ctx, c, eoa)
	if !errors.Is(err, governor.ErrNoCode) || errors.Is(err, governor.ErrNotGovernor) {
		t.Fatalf("New(EOA) = %v, want ErrNoCode", err)
	}
	if msg := err.Error(); !strings.Contains(msg, eoa.Hex()) || !strings.Contains(msg, "no code") || !strings.Contains(msg, "--governor") {
		t.Errorf("unclear message: %s", msg)
	}
}

func TestEstimateTime(t *testing.T) {
	c, dao, r, block := demoReader(t)
	ctx := context.Background()
	info, err := r.Info(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	past := dao.StartBlock + 1
	h, err := c.Header(ctx, past)
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.EstimateTime(ctx, info, past)
	if err != nil || got.Unix() != int64(h.Time) {
		t.Errorf("past block: %v, %v; header time %d", got, err, h.Time)
	}
	now, err := r.EstimateTime(ctx, info, block)
	if err != nil || now.Unix() != int64(info.BlockTime) {
		t.Errorf("pinned block: %v, %v", now, err)
	}
	soon, err := r.EstimateTime(ctx, info, block+10)
	if err != nil {
		t.Fatal(err)
	}
	later, err := r.EstimateTime(ctx, info, block+1000)
	if err != nil {
		t.Fatal(err)
	}
	if !soon.After(now) || !later.After(soon) {
		t.Errorf("estimates not increasing: %v %v %v", now, soon, later)
	}
	// The demo seals blocks seconds apart but jumps days ahead for the
	// timelock delay; the jumps must not make 10 blocks look like months.
	if d := soon.Sub(now); d > 10*time.Minute {
		t.Errorf("10 blocks ahead estimated %v later", d)
	}
	// The average is measured once per pinned block.
	before := c.Requests()
	if _, err := r.EstimateTime(ctx, info, block+50); err != nil {
		t.Fatal(err)
	}
	if n := c.Requests() - before; n != 0 {
		t.Errorf("a cached estimate cost %d requests", n)
	}
	ts := &gov.Info{Clock: gov.ClockTimestamp}
	if got, err := r.EstimateTime(ctx, ts, 1_700_000_000); err != nil || got.Unix() != 1_700_000_000 {
		t.Errorf("timestamp clock: %v, %v", got, err)
	}
	// Arbitrum: timepoints count L1 blocks at 12 s, from the L1 block the
	// pinned L2 block reports, never this chain's own blocks, and cost no
	// request.
	before = c.Requests()
	l1 := &gov.Info{Clock: gov.ClockBlockNumber, Block: 300_000_000, BlockTime: 1_700_000_000, L1Block: 20_000_000}
	for tp, want := range map[uint64]int64{20_000_100: 1_700_001_200, 19_999_900: 1_699_998_800, 20_000_000: 1_700_000_000} {
		if got, err := r.EstimateTime(ctx, l1, tp); err != nil || got.Unix() != want {
			t.Errorf("L1 clock, timepoint %d: %v (%d), %v; want %d", tp, got, got.Unix(), err, want)
		}
	}
	if _, err := r.EstimateTime(ctx, l1, 1<<40); err == nil {
		t.Error("an L1 timepoint millennia away was dated")
	}
	if n := c.Requests() - before; n != 0 {
		t.Errorf("L1 estimates cost %d requests", n)
	}
}

// TestProposalsRequestCount checks that listing every proposal with its
// state and tallies costs one log query per range chunk plus one request per
// batch of calls, never one request per proposal.
func TestProposalsRequestCount(t *testing.T) {
	_, dao := demo.Start(t)
	ctx := context.Background()
	probe := demo.Dial(t, chain.Options{})
	block := devnettest.Head(t, probe)
	span := block - dao.StartBlock + 1
	const batch = 7
	// aggregatesPerBatch of package chain: aggregate3 eth_calls per JSON-RPC batch.
	const aggregatesPerBatch = 8
	ceil := func(a, b uint64) uint64 { return (a + b - 1) / b }

	tests := []struct {
		name        string
		opts        chain.Options
		noMulticall bool
	}{
		{"defaults, multicall", chain.Options{}, false},
		{"defaults, plain batches", chain.Options{NoMulticall: true}, true},
		{"chunks and batches, multicall", chain.Options{LogRange: span/3 + 1, BatchSize: batch}, false},
		{"chunks and batches, plain", chain.Options{LogRange: span/3 + 1, BatchSize: batch, NoMulticall: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := demo.Dial(t, tt.opts)
			r, err := governor.New(ctx, c, dao.Governor)
			if err != nil {
				t.Fatal(err)
			}
			// Learn whether Multicall3 is there at this block (the client
			// checks once per range of blocks), so only the listing is counted.
			if _, err := c.CallAt(ctx, block, []chain.Call{{To: dao.Governor, Data: []byte{0x06, 0xfd, 0xde, 0x03}}}); err != nil {
				t.Fatal(err)
			}
			before := c.Requests()
			props, err := r.Proposals(ctx, dao.StartBlock, block)
			if err != nil {
				t.Fatal(err)
			}
			got := uint64(c.Requests() - before)

			logRange := tt.opts.LogRange
			if logRange == 0 {
				logRange = chain.DefaultLogRange
			}
			size := uint64(tt.opts.BatchSize)
			if size == 0 {
				size = chain.DefaultBatchSize
			}
			calls := uint64(4 * len(props)) // state, proposalVotes, proposalEta, proposalDeadline
			for _, p := range props {
				if p.VoteStart < block {
					calls++ // quorum(snapshot)
				}
			}
			// chain.LogsEach asks for the first 32 blocks alone, then (the
			// demo's history is sparse) up to 64 times that a request.
			chunks := uint64(1)
			if span > min(32, logRange) {
				first := min(32, logRange)
				chunks = 1 + ceil(span-first, min(first*64, logRange))
			}
			batches := ceil(calls, size)
			if !tt.noMulticall {
				// Aggregates travel in JSON-RPC batches of at most
				// aggregatesPerBatch, and never more than BatchSize elements.
				batches = ceil(batches, min(aggregatesPerBatch, size))
			}
			want := chunks + batches
			t.Logf("%d proposals, %d calls: %d log chunks + %d call batches = %d requests", len(props), calls, chunks, batches, got)
			if got != want {
				t.Errorf("listing %d proposals cost %d requests, want %d (%d log chunks + %d batches of %d calls)",
					len(props), got, want, chunks, batches, calls)
			}
			if got >= uint64(len(props)) && len(props) > 4 && tt.opts.BatchSize == 0 {
				t.Errorf("%d requests for %d proposals: one per proposal?", got, len(props))
			}
		})
	}
}

// TestProposalsAtWith: the state read ahead for the proposals a history
// held (ReadStates) stands in for ProposalsAt's own read: none is made when
// the history gained no proposal since, one for the calls of those it
// gained, and the proposals come out as ProposalsAt reads them; a read
// ahead at another block is not used.
func TestProposalsAtWith(t *testing.T) {
	ctx := context.Background()
	c, dao, r, block := demoReader(t)
	logs, err := c.Logs(ctx, r.EventQuery(dao.StartBlock, block))
	if err != nil {
		t.Fatal(err)
	}
	history := func(to uint64) *governor.History {
		h := r.NewHistory()
		var upTo []types.Log
		for _, l := range logs {
			if l.BlockNumber <= to {
				upTo = append(upTo, l)
			}
		}
		if err := h.Apply(upTo); err != nil {
			t.Fatal(err)
		}
		return h
	}
	whole := history(block)
	want, err := r.ProposalsAt(ctx, whole, block)
	if err != nil {
		t.Fatal(err)
	}
	last := want[len(want)-1].CreatedBlock
	for _, tc := range []struct {
		name  string
		ahead *governor.History
		at    uint64
		reqs  int64
	}{
		{"the same proposals", whole, block, 0},
		{"all but the last", history(last - 1), block, 1},
		{"at another block", whole, block - 1, 1},
		{"none", r.NewHistory(), block, 1},
	} {
		pre := <-r.ReadStates(ctx, tc.ahead, tc.at)
		if (pre == nil) != (tc.ahead.Len() == 0) {
			t.Fatalf("%s: read ahead %v for %d proposals", tc.name, pre, tc.ahead.Len())
		}
		before := c.Requests()
		got, err := r.ProposalsAtWith(ctx, whole, block, pre)
		if err != nil {
			t.Fatal(err)
		}
		if n := c.Requests() - before; n != tc.reqs {
			t.Errorf("%s: %d requests, want %d", tc.name, n, tc.reqs)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: proposals differ from ProposalsAt's", tc.name)
		}
	}
}
