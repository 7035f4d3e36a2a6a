package ui

import (
	"errors"
	"slices"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

func TestLoaderDropsStaleAndCoalesces(t *testing.T) {
	var l Loader
	if !l.Start(Head{Number: 10}, false) {
		t.Fatal("first start must send")
	}
	// heads 11 and 12 arrive while 10 loads: coalesced
	if l.Start(Head{Number: 11}, false) || l.Start(Head{Number: 12}, false) {
		t.Fatal("must not send while busy")
	}
	acc, next, _ := l.Done(10, true)
	if !acc || next.Number != 12 {
		t.Fatalf("Done(10) = %v, %d; want accept, next 12", acc, next.Number)
	}
	if !l.Start(next, false) {
		t.Fatal("follow-up must send")
	}
	// a stray older result is not ours
	if acc, _, _ := l.Done(9, true); acc {
		t.Fatal("stray result accepted")
	}
	if acc, next, _ := l.Done(12, true); !acc || next.Number != 0 {
		t.Fatal("Done(12)")
	}
	if h, ok := l.Have(); !ok || h.Number != 12 {
		t.Fatalf("Have = %d %v", h.Number, ok)
	}
	// older and same block are not reloaded, unless forced
	if l.Start(Head{Number: 11}, false) || l.Start(Head{Number: 12}, false) {
		t.Fatal("older/same block reloaded")
	}
	if !l.Start(Head{Number: 12}, true) {
		t.Fatal("forced refresh must send")
	}
	l.Done(12, true)
	// failed load keeps the old block
	l.Start(Head{Number: 13}, false)
	if acc, _, _ := l.Done(13, false); !acc {
		t.Fatal("error for current request must be shown")
	}
	if h, _ := l.Have(); h.Number != 12 {
		t.Fatalf("failed load moved have to %d", h.Number)
	}
	// a forced refresh requested while busy is replayed
	l.Start(Head{Number: 14}, false)
	l.Start(Head{Number: 14}, true)
	if _, next, force := l.Done(14, true); next.Number != 14 || !force {
		t.Fatalf("forced replay = %d %v", next.Number, force)
	}
}

// The clock follows the blocks seen live: a burst of fast blocks ages out
// of the window, and staleness follows the estimate.
func TestBlockClock(t *testing.T) {
	var c BlockClock
	t0 := time.Unix(1_700_000_000, 0)
	if _, ok := c.Seconds(); ok || c.StaleAfter() != 36*time.Second {
		t.Fatalf("empty clock: ok, stale after %v", c.StaleAfter())
	}
	// 40 seeded blocks one second apart, then live blocks 12 s apart.
	n, tm := uint64(100), t0
	for i := 0; i < 40; i++ {
		n, tm = n+1, tm.Add(time.Second)
		c.Observe(Head{Number: n, Time: tm})
	}
	if s, ok := c.Seconds(); !ok || s != 1 {
		t.Fatalf("seeded: %v %v, want 1 s", s, ok)
	}
	c.Observe(Head{Number: n, Time: tm.Add(time.Hour)}) // a repeat: ignored
	for i := 0; i < clockWindow; i++ {
		n, tm = n+1, tm.Add(12*time.Second)
		c.Observe(Head{Number: n, Time: tm})
	}
	if s, ok := c.Seconds(); !ok || s != 12 {
		t.Fatalf("live: %v %v, want 12 s", s, ok)
	}
	if c.StaleAfter() != 36*time.Second {
		t.Fatalf("stale after %v, want 36 s", c.StaleAfter())
	}
	c.Reset()
	if _, ok := c.Seconds(); ok {
		t.Fatal("reset clock still estimates")
	}
}

// Finish keeps the error of a failed load with the old data, applies a
// good one, ignores a stray result and asks for a head that came meanwhile.
func TestFinish(t *testing.T) {
	var (
		l       Loader
		err     error
		applied []int
		loads   []uint64
	)
	apply := func(d int) tea.Cmd { applied = append(applied, d); return nil }
	load := func(h Head, _ bool) tea.Cmd { loads = append(loads, h.Number); return nil }
	l.Start(Head{Number: 10}, false)
	Finish(&l, Loaded[int]{Head: Head{Number: 10}, Data: 1}, &err, apply, load)
	l.Start(Head{Number: 11}, false)
	l.Start(Head{Number: 12}, false) // while 11 loads
	boom := errors.New("boom")
	Finish(&l, Loaded[int]{Head: Head{Number: 11}, Err: boom}, &err, apply, load)
	if !errors.Is(err, boom) || !slices.Equal(applied, []int{1}) || !slices.Equal(loads, []uint64{12}) {
		t.Fatalf("after a failure: err %v, applied %v, loads %v", err, applied, loads)
	}
	Finish(&l, Loaded[int]{Head: Head{Number: 9}, Data: 9}, &err, apply, load) // not in flight
	if !errors.Is(err, boom) || len(applied) != 1 {
		t.Fatalf("a stray result was taken: err %v, applied %v", err, applied)
	}
	l.Start(Head{Number: 12}, false)
	Finish(&l, Loaded[int]{Head: Head{Number: 12}, Data: 2}, &err, apply, load)
	if err != nil || !slices.Equal(applied, []int{1, 2}) {
		t.Fatalf("after a success: err %v, applied %v", err, applied)
	}
	if s := l.Status("x", err); s.Block != 12 || s.Loading || s.What != "x" {
		t.Fatalf("Status = %+v", s)
	}
}
