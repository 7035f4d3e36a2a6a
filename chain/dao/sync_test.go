package dao

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

// fakeChain has one log in every block and records the ranges fetched.
type fakeChain struct {
	mu      sync.Mutex
	fetched [][2]uint64
	fail    bool
}

func (f *fakeChain) fetch(_ context.Context, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return nil, errors.New("node down")
	}
	f.fetched = append(f.fetched, [2]uint64{from, to})
	var logs []types.Log
	for b := from; b <= to; b++ {
		logs = append(logs, types.Log{BlockNumber: b})
	}
	progress(to-from+1, to-from+1)
	return logs, nil
}

// ranges returns and forgets the ranges fetched so far.
func (f *fakeChain) ranges() [][2]uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.fetched
	f.fetched = nil
	return r
}

// blocks is a state: the blocks whose logs were folded, in order.
type blocks []uint64

func foldBlocks(s blocks, logs []types.Log) (blocks, error) {
	if len(logs) == 0 {
		return s, nil
	}
	out := slices.Clip(s)
	for _, l := range logs {
		if len(out) > 0 && l.BlockNumber <= out[len(out)-1] {
			return nil, fmt.Errorf("block %d folded after block %d", l.BlockNumber, out[len(out)-1])
		}
		out = append(out, l.BlockNumber)
	}
	return out, nil
}

func span(from, to uint64) blocks {
	var b blocks
	for i := from; i <= to; i++ {
		b = append(b, i)
	}
	return b
}

func newTestStream(start, confirmations, head uint64) (*DAO, *stream[blocks], *fakeChain) {
	d := &DAO{cfg: Config{StartBlock: start, Confirmations: confirmations}, head: head, progress: map[string][2]uint64{}}
	f := &fakeChain{}
	return d, newStream(d, "test", blocks{}, f.fetch, foldBlocks), f
}

// TestStreamSync follows the cache through new heads, old blocks and a
// failure.
func TestStreamSync(t *testing.T) {
	ctx := context.Background()
	d, s, f := newTestStream(10, 5, 100)
	steps := []struct {
		name   string
		block  uint64
		head   uint64 // the highest block known to exist before the call
		fail   bool
		ranges [][2]uint64 // fetched
		upTo   uint64      // cached after the call
	}{
		{"first sync", 100, 100, false, [][2]uint64{{10, 100}}, 95},
		{"same block: no fetch", 100, 100, false, nil, 95},
		{"next block, head not yet proven: tail only", 101, 100, false, [][2]uint64{{96, 101}}, 95},
		{"head proven: the cache grows", 103, 103, false, [][2]uint64{{96, 103}}, 98},
		{"the cache's last block: no fetch", 98, 103, false, nil, 98},
		{"below the cache: a full read, cache untouched", 50, 103, false, [][2]uint64{{10, 50}}, 98},
		{"a block beyond the known head caches nothing past it", 500, 103, false, [][2]uint64{{99, 500}}, 98},
		{"a failed fetch changes nothing", 510, 510, true, nil, 98},
		{"after the failure", 510, 510, false, [][2]uint64{{99, 510}}, 505},
	}
	for _, st := range steps {
		d.head = st.head
		f.fail = st.fail
		got, err := s.at(ctx, st.block)
		if st.fail {
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
		if !s.synced || s.upTo != st.upTo || !slices.Equal(s.state, span(10, st.upTo)) {
			t.Errorf("%s: cache up to %d (synced %v, %d blocks), want %d", st.name, s.upTo, s.synced, len(s.state), st.upTo)
		}
		if done, total, what := d.Progress(); done != 0 || total != 0 || what != "" {
			t.Errorf("%s: progress after the call = %d/%d %q", st.name, done, total, what)
		}
	}
	if _, err := s.at(ctx, 9); err == nil {
		t.Error("a block before the start block gave no error")
	}
}

// TestStreamNothingConfirmed checks that a chain shorter than Confirmations
// is read whole every time and never cached.
func TestStreamNothingConfirmed(t *testing.T) {
	d, s, f := newTestStream(0, 64, 40)
	for _, b := range []uint64{40, 41} {
		d.head = b
		got, err := s.at(context.Background(), b)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, span(0, b)) {
			t.Errorf("block %d: %d blocks", b, len(got))
		}
		if r := f.ranges(); !slices.Equal(r, [][2]uint64{{0, b}}) {
			t.Errorf("block %d: fetched %v", b, r)
		}
		if s.synced {
			t.Errorf("block %d: cached up to %d", b, s.upTo)
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
