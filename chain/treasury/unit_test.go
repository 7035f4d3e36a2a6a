package treasury

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	timelock = common.HexToAddress("0x1111111111111111111111111111111111111111")
	safe     = common.HexToAddress("0x2222222222222222222222222222222222222222")
	gov      = common.HexToAddress("0x3333333333333333333333333333333333333333")
	usd      = common.HexToAddress("0x4444444444444444444444444444444444444444")
	alice    = common.HexToAddress("0x00000000000000000000000000000000000000a1")
)

func hashOf(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func mustParsed(t *testing.T) *parsed {
	t.Helper()
	p, err := parseABI()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func word(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }

func transferLog(p *parsed, block uint64, index uint, tx common.Hash, from, to common.Address, v int64) types.Log {
	return types.Log{Address: usd, Topics: []common.Hash{p.transfer, hashOf(from), hashOf(to)}, Data: word(v),
		BlockNumber: block, Index: index, TxHash: tx}
}

func callExecutedLog(t *testing.T, p *parsed, from common.Address, block uint64, index uint, tx common.Hash, target common.Address, v int64) types.Log {
	data, err := p.Events["CallExecuted"].Inputs.NonIndexed().Pack(target, big.NewInt(v), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: from, Topics: []common.Hash{p.callExecuted, {1}, {}}, Data: data, BlockNumber: block, Index: index, TxHash: tx}
}

func executedLog(block uint64, index uint, tx common.Hash, p *parsed, id int64) types.Log {
	return types.Log{Address: gov, Topics: []common.Hash{p.proposalExecuted}, Data: word(id), BlockNumber: block, Index: index, TxHash: tx}
}

func TestBuildFlows(t *testing.T) {
	p := mustParsed(t)
	usdAsset := Asset{Address: usd, Symbol: "USDx", Decimals: 6}
	assets := map[common.Address]Asset{usd: usdAsset}
	tx1, tx2, tx3 := common.Hash{1}, common.Hash{2}, common.Hash{3}
	transfers := []types.Log{
		transferLog(p, 5, 0, tx1, alice, timelock, 1000),   // inflow, no proposal
		transferLog(p, 9, 2, tx2, timelock, alice, 300),    // paid out by proposal 7
		transferLog(p, 12, 1, tx3, timelock, safe, 200),    // between two accounts, proposal 8
		transferLog(p, 12, 4, tx3, timelock, timelock, 50), // self transfer, proposal 8
	}
	execs := []types.Log{
		callExecutedLog(t, p, timelock, 9, 1, tx2, usd, 0),   // token call: no ETH
		callExecutedLog(t, p, timelock, 9, 3, tx2, alice, 7), // ETH out
		executedLog(9, 4, tx2, p, 7),
		callExecutedLog(t, p, alice, 9, 5, tx2, alice, 9), // not an account: ignored
		callExecutedLog(t, p, timelock, 12, 0, tx3, safe, 2),
		executedLog(12, 5, tx3, p, 8),
	}
	flows, err := p.buildFlows([]common.Address{timelock, safe}, assets, nil, gov, transfers, execs)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		acct  common.Address
		block uint64
		dir   Direction
		eth   bool
		amt   int64
		cp    common.Address
		prop  int64 // 0 = none
	}
	wants := []want{
		{timelock, 5, In, false, 1000, alice, 0},
		{timelock, 9, Out, false, 300, alice, 7},
		{timelock, 9, Out, true, 7, alice, 7},
		{timelock, 12, Out, true, 2, safe, 8},
		{safe, 12, In, true, 2, timelock, 8},
		{timelock, 12, Out, false, 200, safe, 8},
		{safe, 12, In, false, 200, timelock, 8},
		{timelock, 12, Out, false, 50, timelock, 8},
		{timelock, 12, In, false, 50, timelock, 8},
	}
	if len(flows) != len(wants) {
		t.Fatalf("got %d flows, want %d: %+v", len(flows), len(wants), flows)
	}
	for i, w := range wants {
		f := flows[i]
		prop := int64(0)
		if f.Proposal != nil {
			prop = f.Proposal.Int64()
		}
		if f.Account != w.acct || f.Block != w.block || f.Direction != w.dir || f.Asset.IsETH() != w.eth ||
			f.Amount.Int64() != w.amt || f.Counterparty != w.cp || prop != w.prop {
			t.Errorf("flow %d = %+v (proposal %d), want %+v", i, f, prop, w)
		}
		if !w.eth && f.Asset != usdAsset {
			t.Errorf("flow %d asset %+v", i, f.Asset)
		}
		if w.eth && f.Asset.Symbol != "ETH" {
			t.Errorf("flow %d asset %+v", i, f.Asset)
		}
	}

	// Token flows add up per account.
	net := map[common.Address]int64{}
	for _, f := range flows {
		if f.Asset.IsETH() {
			continue
		}
		if f.Direction == In {
			net[f.Account] += f.Amount.Int64()
		} else {
			net[f.Account] -= f.Amount.Int64()
		}
	}
	if net[timelock] != 1000-300-200 || net[safe] != 200 {
		t.Errorf("net token flows %v", net)
	}
}

func TestAttribute(t *testing.T) {
	one := []executed{{index: 5, id: big.NewInt(1)}}
	two := []executed{{index: 5, id: big.NewInt(1)}, {index: 9, id: big.NewInt(2)}}
	tests := []struct {
		execs []executed
		index uint
		want  int64 // -1 = nil
	}{
		{nil, 3, -1},
		{one, 3, 1},
		{one, 8, 1},
		{two, 3, 1},
		{two, 6, 2},
		{two, 12, 2},
	}
	for _, tt := range tests {
		got := attribute(tt.execs, tt.index)
		switch {
		case tt.want < 0 && got != nil:
			t.Errorf("attribute(%v, %d) = %v, want nil", tt.execs, tt.index, got)
		case tt.want >= 0 && (got == nil || got.Int64() != tt.want):
			t.Errorf("attribute(%v, %d) = %v, want %d", tt.execs, tt.index, got, tt.want)
		}
	}
}

func TestBuildFlowsMalformed(t *testing.T) {
	p := mustParsed(t)
	assets := map[common.Address]Asset{usd: {Address: usd}}
	tx := common.HexToHash("0xdead")
	good := callExecutedLog(t, p, timelock, 1, 0, tx, alice, 1)
	cases := map[string]struct{ transfers, execs []types.Log }{
		"call executed truncated": {execs: []types.Log{func() types.Log {
			l := good
			l.Data = l.Data[:50]
			return l
		}()}},
		"call executed topics": {execs: []types.Log{func() types.Log {
			l := good
			l.Topics = l.Topics[:1]
			return l
		}()}},
		"proposal executed short": {execs: []types.Log{{Address: gov, Topics: []common.Hash{p.proposalExecuted}, Data: []byte{1}, TxHash: tx}}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := p.buildFlows([]common.Address{timelock}, assets, nil, gov, c.transfers, c.execs)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tx.Hex()) {
				t.Errorf("error %q does not name the tx", err)
			}
		})
	}
}

func TestMergeLogs(t *testing.T) {
	a := []types.Log{{BlockNumber: 1, Index: 0}, {BlockNumber: 3, Index: 1}}
	b := []types.Log{{BlockNumber: 2, Index: 0}, {BlockNumber: 3, Index: 1}}
	got := mergeLogs(a, b)
	if len(got) != 3 || got[0].BlockNumber != 1 || got[1].BlockNumber != 2 || got[2].BlockNumber != 3 {
		t.Errorf("merge = %+v", got)
	}
}

// sideBySide is a query.LogFilterer whose Logs calls each wait until all
// want of them have arrived (so that calls made one after another fail),
// report their progress in steps, and return one transfer log each, or err
// for the query into the treasury.
type sideBySide struct {
	p       *parsed
	want    int
	arrived chan struct{}
	err     error
}

func (s *sideBySide) Logs(ctx context.Context, q query.LogQuery) ([]types.Log, error) {
	s.arrived <- struct{}{}
	for len(s.arrived) < s.want {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
	into := len(q.Topics) > 2
	if into && s.err != nil {
		return nil, s.err
	}
	for d := q.From; d <= q.To; d++ {
		if q.Progress != nil {
			q.Progress(d-q.From+1, q.To-q.From+1)
		}
	}
	var l types.Log
	switch {
	case len(q.Addresses) > 0: // executions
		l = executedLog(q.To, 2, common.Hash{2}, s.p, 1)
	case into:
		l = transferLog(s.p, q.From, 1, common.Hash{1}, alice, timelock, 5)
	default:
		l = transferLog(s.p, q.From, 0, common.Hash{1}, timelock, alice, 3)
	}
	return []types.Log{l}, nil
}

// TestFlowLogsSideBySide: the flows' three queries are made side by side;
// their progress is told as one count that never goes back, from the
// blocks of all three; their logs come merged in chain order; and the first
// to fail stops the read, named.
func TestFlowLogsSideBySide(t *testing.T) {
	p := mustParsed(t)
	s := &sideBySide{p: p, want: 3, arrived: make(chan struct{}, 3)}
	var last, total uint64
	progress := func(done, tot uint64) {
		if done < last || (total != 0 && tot != total) {
			t.Errorf("progress %d of %d after %d of %d", done, tot, last, total)
		}
		last, total = done, tot
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	logs, err := p.flowLogs(ctx, s, []common.Address{timelock}, gov, 10, 19, progress)
	if err != nil {
		t.Fatal(err)
	}
	if last != 30 || total != 30 {
		t.Errorf("progress ended at %d of %d, want 30 of 30", last, total)
	}
	var got []uint
	for _, l := range logs {
		got = append(got, l.Index)
	}
	if !slices.Equal(got, []uint{0, 1, 2}) {
		t.Errorf("logs by index %v, want [0 1 2] in chain order", got)
	}

	s = &sideBySide{p: p, want: 3, arrived: make(chan struct{}, 3), err: errors.New("boom")}
	if _, err := p.flowLogs(ctx, s, []common.Address{timelock}, gov, 10, 19, nil); err == nil || !strings.Contains(err.Error(), "reading token transfers into the treasury: boom") {
		t.Errorf("a failed query: %v", err)
	}
}
