package dao

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeChain has per logs (default 1) in every block and records the
// ranges fetched. A block's hash changes with its fork number (a reorg).
type fakeChain struct {
	mu      sync.Mutex
	fetched [][2]uint64
	fail    bool
	failAt  uint64 // fail after handing out the logs before this block (0 = never)
	fork    map[uint64]int
	batch   int // logs per batch (0 = all in one)
	per     int
}

func (f *fakeChain) logs(b uint64) []types.Log {
	out := make([]types.Log, max(f.per, 1))
	for k := range out {
		out[k] = types.Log{BlockNumber: b, Index: uint(k), BlockHash: common.BigToHash(new(big.Int).SetUint64(b*1000 + uint64(f.fork[b])))}
	}
	return out
}

func (f *fakeChain) fetch(_ context.Context, from, to uint64, progress func(done, total uint64), fn func([]types.Log) error) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errors.New("node down")
	}
	f.fetched = append(f.fetched, [2]uint64{from, to})
	var all []types.Log
	var failed bool
	for b := from; b <= to; b++ {
		if f.failAt != 0 && b == f.failAt {
			failed = true
			break
		}
		all = append(all, f.logs(b)...)
	}
	per := f.batch
	if per <= 0 {
		per = max(len(all), 1)
	}
	for lo := 0; lo < len(all); lo += per {
		if err := fn(slices.Clone(all[lo:min(len(all), lo+per)])); err != nil {
			return err
		}
	}
	if failed {
		return errors.New("connection reset")
	}
	progress(to-from+1, to-from+1)
	return nil
}

// ranges returns and forgets the ranges fetched so far.
func (f *fakeChain) ranges() [][2]uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.fetched
	f.fetched = nil
	return r
}

// blocks is a folder: the logs folded, in order, with an undo position.
type blocks struct {
	logs    []types.Log
	base    int
	applied int // logs folded, for good or not, since the counter was reset
}

func (s *blocks) check(logs []types.Log) error {
	for _, l := range logs {
		if n := len(s.logs); n > 0 && (l.BlockNumber < s.logs[n-1].BlockNumber || l.BlockNumber == s.logs[n-1].BlockNumber && l.Index <= s.logs[n-1].Index) {
			return fmt.Errorf("log %d of block %d folded after log %d of block %d", l.Index, l.BlockNumber, s.logs[n-1].Index, s.logs[n-1].BlockNumber)
		}
		s.logs = append(s.logs, l)
		s.applied++
	}
	return nil
}
func (s *blocks) Fold(logs []types.Log) error {
	if s.Len() != 0 {
		return errors.New("Fold with something to undo")
	}
	err := s.check(logs)
	s.base = len(s.logs)
	return err
}
func (s *blocks) Apply(logs []types.Log) error { return s.check(logs) }
func (s *blocks) Len() int                     { return len(s.logs) - s.base }
func (s *blocks) Undo(n int)                   { s.logs = s.logs[:s.base+n] }
func (s *blocks) Forget(n int)                 { s.base += n }

// numbers returns the blocks folded.
func (s *blocks) numbers() []uint64 {
	out := make([]uint64, len(s.logs))
	for i, l := range s.logs {
		out[i] = l.BlockNumber
	}
	return out
}

func span(from, to uint64) []uint64 {
	var b []uint64
	for i := from; i <= to; i++ {
		b = append(b, i)
	}
	return b
}

func newTestStream(start, confirmations, head uint64) (*DAO, *stream[*blocks], *fakeChain) {
	d := &DAO{cfg: Config{StartBlock: start, Confirmations: confirmations}, head: head, progress: map[string]*Sync{}}
	f := &fakeChain{fork: map[uint64]int{}}
	return d, newStream(d, "test", "", func() *blocks { return &blocks{} }, f.fetch), f
}

// TestStreamSync follows the state through new heads, old blocks, a reorg
// and failures.
func TestStreamSync(t *testing.T) {
	ctx := context.Background()
	d, s, f := newTestStream(10, 5, 100)
	steps := []struct {
		name   string
		block  uint64
		head   uint64 // the highest block known to exist before the call
		fail   bool
		failAt uint64
		reorg  []uint64 // blocks replaced before the call
		ranges [][2]uint64
		folded int    // logs folded by the call
		next   uint64 // first block not final after the call
	}{
		{"first sync", 100, 100, false, 0, nil, [][2]uint64{{10, 100}}, 91, 96},
		{"same block: no fetch", 100, 100, false, 0, nil, nil, 0, 96},
		{"next block, head not yet proven: the tail refetched, one block folded", 101, 100, false, 0, nil, [][2]uint64{{96, 101}}, 1, 96},
		{"head proven: more blocks final", 103, 103, false, 0, nil, [][2]uint64{{96, 103}}, 2, 99},
		{"an older block in the tail: undone, nothing fetched past it", 100, 103, false, 0, nil, [][2]uint64{{99, 100}}, 0, 99},
		{"back to the head: refolded", 103, 103, false, 0, nil, [][2]uint64{{99, 103}}, 3, 99},
		{"a reorg of the last two blocks and a new one: only they are folded", 104, 104, false, 0, []uint64{102, 103}, [][2]uint64{{99, 104}}, 3, 100},
		{"the last final block: only the tail is undone", 99, 104, false, 0, nil, nil, 0, 100},
		{"below the final blocks: a full read, the state untouched", 50, 104, false, 0, nil, [][2]uint64{{10, 50}}, 0, 100},
		{"a failed fetch", 510, 510, true, 0, nil, nil, 0, 100},
		{"a fetch cut short after some final logs", 510, 510, false, 300, nil, [][2]uint64{{100, 510}}, 200, 100},
		{"after the failures: the rest only", 510, 510, false, 0, nil, [][2]uint64{{100, 510}}, 211, 506},
	}
	for _, st := range steps {
		d.head = st.head
		f.fail, f.failAt = st.fail, st.failAt
		for _, b := range st.reorg {
			f.fork[b]++
		}
		if s.started {
			s.state.applied = 0
		}
		var got []uint64
		err := s.at(ctx, st.block, nil, func(b *blocks) error { got = b.numbers(); return nil })
		if st.fail || st.failAt != 0 {
			if err == nil {
				t.Fatalf("%s: no error", st.name)
			}
		} else if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		} else if !slices.Equal(got, span(10, st.block)) {
			t.Errorf("%s: state %v…%v (%d blocks), want blocks 10…%d", st.name, got[0], got[len(got)-1], len(got), st.block)
		}
		if r := f.ranges(); !slices.Equal(r, st.ranges) {
			t.Errorf("%s: fetched %v, want %v", st.name, r, st.ranges)
		}
		if s.state.applied != st.folded {
			t.Errorf("%s: folded %d logs, want %d", st.name, s.state.applied, st.folded)
		}
		if s.next != st.next {
			t.Errorf("%s: final up to %d, want %d", st.name, s.next-1, st.next-1)
		}
		for _, l := range s.state.logs {
			if l.BlockHash != f.logs(l.BlockNumber)[0].BlockHash {
				t.Errorf("%s: block %d of an old fork kept", st.name, l.BlockNumber)
			}
		}
		if ss := d.Syncs(); len(ss) != 0 {
			t.Errorf("%s: fetches in flight after the call: %+v", st.name, ss)
		}
	}
	if err := s.at(ctx, 9, nil, func(*blocks) error { return nil }); err == nil {
		t.Error("a block before the start block gave no error")
	}
}

// TestStreamBatches checks blocks of several logs split across batches,
// with reorgs that change, add and drop logs inside kept tail blocks.
func TestStreamBatches(t *testing.T) {
	ctx := context.Background()
	d, s, f := newTestStream(0, 10, 200)
	f.batch, f.per = 7, 3
	steps := []struct {
		block  uint64
		reorg  []uint64
		per    int
		folded int
	}{
		{200, nil, 3, 201 * 3},
		{201, nil, 3, 3},
		{205, nil, 3, 12},
		{205, nil, 3, 0},               // the same block again: memoised, not refetched
		{206, []uint64{203}, 3, 4 * 3}, // 203 replaced: 203, 204, 205 refolded, 206 new
		{199, nil, 3, 0},               // back: 200–206 undone
		{206, nil, 4, 10 * 4},          // every block has 4 logs now: the tail (197–206) changed
		{207, nil, 2, 11 * 2},          // and 2 now: 197 folded for good as it is now
		{208, nil, 2, 2},
	}
	for _, st := range steps {
		d.head = max(d.head, st.block)
		f.per = st.per
		for _, b := range st.reorg {
			f.fork[b]++
		}
		if s.started {
			s.state.applied = 0
		}
		var got []types.Log
		if err := s.at(ctx, st.block, nil, func(s *blocks) error { got = slices.Clone(s.logs); return nil }); err != nil {
			t.Fatal(err)
		}
		if s.state.applied != st.folded {
			t.Errorf("block %d: folded %d logs, want %d", st.block, s.state.applied, st.folded)
		}
		// Every block's logs as the chain has them now above the final
		// blocks; as they were when folded below.
		for _, l := range got {
			if l.BlockNumber >= s.next && (l.BlockHash != f.logs(l.BlockNumber)[0].BlockHash || int(l.Index) >= f.per) {
				t.Errorf("block %d: a stale log %d of block %d", st.block, l.Index, l.BlockNumber)
			}
		}
		want := 0
		for _, l := range got {
			if l.BlockNumber >= s.next {
				want++
			}
		}
		if n := int(st.block-max(s.next, 0)+1) * f.per; st.block >= s.next && want != n {
			t.Errorf("block %d: %d logs above the final blocks, want %d", st.block, want, n)
		}
	}
}

// TestStreamNothingFinal checks that a chain shorter than Confirmations
// keeps everything undoable.
func TestStreamNothingFinal(t *testing.T) {
	d, s, f := newTestStream(0, 64, 40)
	for _, b := range []uint64{40, 41} {
		d.head = b
		var got []uint64
		if err := s.at(context.Background(), b, nil, func(s *blocks) error { got = s.numbers(); return nil }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, span(0, b)) {
			t.Errorf("block %d: %d blocks", b, len(got))
		}
		if r := f.ranges(); !slices.Equal(r, [][2]uint64{{0, b}}) {
			t.Errorf("block %d: fetched %v", b, r)
		}
		if s.next != 0 || len(s.tail) != int(b)+1 {
			t.Errorf("block %d: final up to %d, %d tail blocks", b, s.next, len(s.tail))
		}
	}
}

// TestMemo checks memoisation and that concurrent reads of one block share
// one read.
func TestMemo(t *testing.T) {
	ctx := context.Background()
	m := newMemo[int]()
	var mu sync.Mutex
	reads := 0
	read := func(v int) func() (int, error) {
		return func() (int, error) {
			mu.Lock()
			reads++
			mu.Unlock()
			return v, nil
		}
	}
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if v, err := m.get(ctx, 7, read(70)); err != nil || v != 70 {
				t.Errorf("get(7) = %d, %v", v, err)
			}
		})
	}
	wg.Wait()
	if reads != 1 {
		t.Errorf("20 concurrent reads of one block made %d reads, want 1", reads)
	}
	if v, _ := m.get(ctx, 6, read(60)); v != 60 || m.block != 7 {
		t.Errorf("an older block: got %d, memo at %d (want 60, 7)", v, m.block)
	}
	if _, err := m.get(ctx, 8, func() (int, error) { return 0, errors.New("boom") }); err == nil || m.block != 7 {
		t.Errorf("a failed read: err %v, memo at %d", err, m.block)
	}
	if v, _ := m.get(ctx, 7, read(-1)); v != 70 || reads != 2 {
		t.Errorf("memo lost: %d after %d reads", v, reads)
	}

	// A caller whose context ends while another read runs gives up.
	hold := make(chan struct{})
	started := make(chan struct{})
	go m.get(ctx, 9, func() (int, error) { close(started); <-hold; return 90, nil })
	<-started
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := m.get(cctx, 9, read(0)); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled waiter: %v", err)
	}
	close(hold)
}

// TestSyncRate: a fetch's rate and time left follow from what it did since
// it began; there is no estimate before a block is done.
func TestSyncRate(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := Sync{What: "token events", Done: 250, Total: 1000, Logs: 50_000, Started: t0}
	now := t0.Add(10 * time.Second)
	if l := p.LogRate(now); l != 5_000 {
		t.Errorf("rate = %v logs/s", l)
	}
	if eta, ok := p.ETA(now); !ok || eta != 30*time.Second {
		t.Errorf("ETA = %v, %v; want 30s", eta, ok)
	}
	p.Done = 0
	if _, ok := p.ETA(now); ok {
		t.Error("an ETA before any block was done")
	}
	if l := p.LogRate(t0); l != 0 {
		t.Errorf("rate at the start = %v", l)
	}

	// A history dense at first: 100 blocks a second for 5 seconds, then
	// 10. The time left goes by the last 5–10 seconds' rate.
	q := Sync{What: "token events", Total: 1000, Started: t0}
	for _, u := range []struct {
		s    int
		done uint64
	}{{1, 100}, {2, 200}, {5, 500}, {10, 550}, {15, 600}} {
		q.advance(u.done, 1000, t0.Add(time.Duration(u.s)*time.Second))
	}
	at := t0.Add(15 * time.Second)
	if eta, ok := q.ETA(at); !ok || eta != 40*time.Second {
		t.Errorf("ETA = %v, %v; want 40s (400 blocks at the last 10 s's 10 a second; the mean since the start says 10s)", eta, ok)
	}
	// A stall: the rate since the recent mark falls, the time left grows.
	if eta, _ := q.ETA(at.Add(5 * time.Second)); eta != 80*time.Second {
		t.Errorf("ETA 5 s into a stall = %v; want 80s", eta)
	}
}
