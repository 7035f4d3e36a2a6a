package token

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/query"
)

// memChain is an in-memory Chain: logs from a list, view calls answered by
// selector, block times from a map. It records what Read asked for.
type memChain struct {
	logs    []types.Log
	logsErr error
	votes   map[common.Address]int64 // getVotes answers; getCurrentVotes reverts
	supply  int64
	times   map[uint64]uint64

	queries []query.LogQuery
	blocks  []uint64 // the block of each CallAt
}

var errReverted = errors.New("execution reverted")

func (m *memChain) LogsEach(ctx context.Context, q query.LogQuery, fn func([]types.Log) error) error {
	logs, err := m.Logs(ctx, q)
	if err != nil {
		return err
	}
	return fn(logs)
}

func (m *memChain) Logs(_ context.Context, q query.LogQuery) ([]types.Log, error) {
	m.queries = append(m.queries, q)
	if m.logsErr != nil {
		return nil, m.logsErr
	}
	var out []types.Log
	for _, l := range m.logs {
		if l.BlockNumber >= q.From && l.BlockNumber <= q.To {
			out = append(out, l)
		}
	}
	return out, nil
}

func (m *memChain) BlockTimes(_ context.Context, blocks []uint64) (map[uint64]uint64, error) {
	out := make(map[uint64]uint64, len(blocks))
	for _, b := range blocks {
		t, ok := m.times[b]
		if !ok {
			return nil, errors.New("no such block")
		}
		out[b] = t
	}
	return out, nil
}

func (m *memChain) CallAt(_ context.Context, block uint64, calls []query.Call) ([]query.Result, error) {
	m.blocks = append(m.blocks, block)
	pack := func(typ string, v any) query.Result {
		t, err := abi.NewType(typ, "", nil)
		if err != nil {
			panic(err)
		}
		data, err := abi.Arguments{{Type: t}}.Pack(v)
		if err != nil {
			panic(err)
		}
		return query.Result{Data: data}
	}
	sel := func(sig string) string { return string(crypto.Keccak256([]byte(sig))[:4]) }
	out := make([]query.Result, len(calls))
	for i, c := range calls {
		if c.To != tokenAddr || len(c.Data) < 4 {
			out[i] = query.Result{Err: errReverted}
			continue
		}
		switch string(c.Data[:4]) {
		case sel("name()"):
			out[i] = pack("string", "Memory Token")
		case sel("symbol()"):
			out[i] = pack("string", "MEM")
		case sel("decimals()"):
			out[i] = pack("uint8", uint8(18))
		case sel("totalSupply()"):
			out[i] = pack("uint256", big.NewInt(m.supply))
		case sel("getVotes(address)"):
			out[i] = pack("uint256", big.NewInt(m.votes[common.BytesToAddress(c.Data[4:36])]))
		default: // supportsInterface, getCurrentVotes: not this token's
			out[i] = query.Result{Err: errReverted}
		}
	}
	return out, nil
}

// history is TestRebuild's: alice 70 (votes 70), bob 40 (delegates to
// carol), carol 30 (votes 40); supply 140.
func history(t *testing.T) []types.Log {
	b := newBuilder(t)
	zero := common.Address{}
	b.transfer(zero, alice, 100)
	b.transfer(zero, bob, 50)
	b.delegate(alice, zero, alice)
	b.delegate(bob, zero, alice)
	b.transfer(alice, carol, 30)
	b.delegate(bob, alice, carol)
	b.transfer(bob, zero, 10)
	return b.logs
}

// TestReadFromMemory reads a token through Read from an in-memory chain:
// the snapshot folds the logs, takes the metadata from the calls, checks
// the token's own getVotes and dates the block; every request is pinned to
// the block asked for.
func TestReadFromMemory(t *testing.T) {
	const block = 40
	m := &memChain{
		logs:   history(t),
		votes:  map[common.Address]int64{alice: 70, carol: 40},
		supply: 140,
		times:  map[uint64]uint64{block: 1_700_000_000},
	}
	snap, err := Read(context.Background(), m, tokenAddr, 0, block)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.queries) != 1 {
		t.Fatalf("%d log queries, want 1", len(m.queries))
	}
	q := m.queries[0]
	if q.From != 0 || q.To != block || len(q.Addresses) != 1 || q.Addresses[0] != tokenAddr {
		t.Errorf("log query %+v, want token %s over [0, %d]", q, tokenAddr.Hex(), block)
	}
	for _, b := range m.blocks {
		if b != block {
			t.Errorf("a CallAt at block %d, want %d", b, block)
		}
	}
	if snap.Name != "Memory Token" || snap.Symbol != "MEM" || snap.Decimals != 18 || snap.Kind == "" {
		t.Errorf("metadata %q %q %d kind %q", snap.Name, snap.Symbol, snap.Decimals, snap.Kind)
	}
	if snap.TotalSupply.Int64() != 140 || snap.TotalVotes.Int64() != 110 || snap.Block != block || snap.BlockTime != 1_700_000_000 {
		t.Errorf("supply %s votes %s block %d time %d", snap.TotalSupply, snap.TotalVotes, snap.Block, snap.BlockTime)
	}
	want := []struct {
		a          common.Address
		bal, votes int64
	}{{alice, 70, 70}, {bob, 40, 0}, {carol, 30, 40}}
	if len(snap.Holders) != len(want) {
		t.Fatalf("holders %+v", snap.Holders)
	}
	for i, w := range want {
		h := snap.Holders[i]
		if h.Address != w.a || h.Balance.Int64() != w.bal || h.Votes.Int64() != w.votes {
			t.Errorf("holder %d = %s %s/%s, want %s %d/%d", i, h.Address.Hex(), h.Balance, h.Votes, w.a.Hex(), w.bal, w.votes)
		}
	}
}

// TestReadFromMemoryFailures: what the chain refuses or contradicts names
// the token and what failed.
func TestReadFromMemoryFailures(t *testing.T) {
	const block = 40
	base := func() *memChain {
		return &memChain{logs: history(t), votes: map[common.Address]int64{alice: 70, carol: 40}, supply: 140,
			times: map[uint64]uint64{block: 1}}
	}
	for _, tc := range []struct {
		name   string
		change func(*memChain)
		want   string
	}{
		{"logs refused", func(m *memChain) { m.logsErr = errors.New("query returned more than 10000 results") },
			"reading the history of token " + tokenAddr.Hex() + ": query returned more than 10000 results"},
		// Read falls back to DelegateVotesChanged, and this history has none.
		{"votes neither derived nor logged", func(m *memChain) { m.votes[alice] = 71 },
			"but its DelegateVotesChanged logs give 0: the token is misbehaving"},
		{"no header", func(m *memChain) { m.times = nil }, "no such block"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := base()
			tc.change(m)
			_, err := Read(context.Background(), m, tokenAddr, 0, block)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestSnapshotWithPrefetch: a Prefetch read for the accounts a Snapshot
// checks, at its block and for its token's shape, saves the Snapshot its
// CallAt and gives the same figures; one read for other accounts, another
// block or another shape is not taken, and a wrong answer in it is caught
// as the Snapshot's own would be.
func TestSnapshotWithPrefetch(t *testing.T) {
	ctx := context.Background()
	const block = 40
	newChain := func() *memChain {
		return &memChain{logs: history(t), votes: map[common.Address]int64{alice: 70, carol: 40}, supply: 140, times: map[uint64]uint64{block: 1}}
	}
	fold := func() *Ledger {
		l, err := NewLedger(tokenAddr, 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := l.Apply(history(t)); err != nil {
			t.Fatal(err)
		}
		return l
	}
	want, err := fold().Snapshot(ctx, newChain(), block)
	if err != nil {
		t.Fatal(err)
	}
	proto, err := NewLedger(tokenAddr, 0) // never folded: its queries only
	if err != nil {
		t.Fatal(err)
	}
	l := fold()
	for _, tt := range []struct {
		name  string
		check []common.Address
		block uint64
		nft   bool
		calls int // the Snapshot's own CallAts
	}{
		{"the accounts checked", l.Checked(), block, l.NFT(), 0},
		{"other accounts", []common.Address{bob}, block, l.NFT(), 1},
		{"another block", l.Checked(), block - 1, l.NFT(), 1},
		{"another shape", l.Checked(), block, !l.NFT(), 1},
	} {
		pre, err := proto.ReadPrefetch(ctx, newChain(), tt.block, tt.check, tt.nft)
		if err != nil {
			t.Fatal(err)
		}
		m := newChain()
		got, err := fold().SnapshotWith(ctx, m, block, pre)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(m.blocks) != tt.calls {
			t.Errorf("%s: the Snapshot made %d CallAts, want %d", tt.name, len(m.blocks), tt.calls)
		}
		if g, w := fmt.Sprint(got.Holders, got.TotalSupply, got.Name), fmt.Sprint(want.Holders, want.TotalSupply, want.Name); g != w {
			t.Errorf("%s: %s, want %s", tt.name, g, w)
		}
	}
	// A prefetch whose getVotes disagree with the fold fails as the
	// Snapshot's own CallAt would.
	lying := newChain()
	lying.votes[alice] = 71
	pre, err := proto.ReadPrefetch(ctx, lying, block, l.Checked(), l.NFT())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fold().SnapshotWith(ctx, newChain(), block, pre); !errors.Is(err, ErrVotingUnits) {
		t.Errorf("a prefetch disagreeing with the fold: %v, want ErrVotingUnits", err)
	}
}
