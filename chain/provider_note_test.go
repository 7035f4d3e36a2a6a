package chain

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// TestProviderNote: behind a results cap, a process that goes on from where
// an earlier one stopped (its log densities kept, as a cached state's next
// read does) fetches the rest in fewer requests, with no refusal, when it is
// given the limits the earlier one learned: no range is sent past the cap
// to show it. Limits older than a week are learned again, as if none were
// given.
func TestProviderNote(t *testing.T) {
	hist := steadyHistory(3, 30_000)
	half := uint64(len(hist) / 2)
	for _, st := range []capStyle{capInfura, capBare} {
		t.Run(fmt.Sprint(st), func(t *testing.T) {
			f := newCapFake(hist, 10_000, st)
			node := newFake(t, chainIDHandler(1, withBlocks(^uint64(0), f.handle)))
			fetch := func(c *Client, from, to uint64) capRun {
				t.Helper()
				f.mu.Lock()
				f.calls, f.refusals = 0, 0
				f.mu.Unlock()
				if err := c.LogsEach(context.Background(), fakeQuery(from, to), func([]types.Log) error { return nil }); err != nil {
					t.Fatal(err)
				}
				f.mu.Lock()
				defer f.mu.Unlock()
				return capRun{calls: f.calls, refusals: f.refusals, forced: forcedRequests(hist[from:to+1], 10_000)}
			}
			first := dialFake(t, node, Options{}, nil)
			fetch(first, 0, half)
			dens, note := first.LogDensities(), first.ProviderNote()
			if note == nil {
				t.Fatalf("no note: %+v", first.LogLimits())
			}
			rest := func(seed func(*Client)) capRun {
				c := dialFake(t, node, Options{}, nil)
				c.SeedLogDensities(dens)
				seed(c)
				return fetch(c, half+1, uint64(len(hist)-1))
			}
			plain := rest(func(*Client) {})
			noted := rest(func(c *Client) { c.SeedProviderNote(note, time.Now()) })
			stale := rest(func(c *Client) { c.SeedProviderNote(note, time.Now().Add(providerNoteTTL+time.Hour)) })
			t.Logf("the rest: %d eth_getLogs (%d refused) for %d forced; given the note %d (%d); a week later %d (%d)",
				plain.calls, plain.refusals, plain.forced, noted.calls, noted.refusals, stale.calls, stale.refusals)
			if noted.calls >= plain.calls || noted.refusals != 0 {
				t.Errorf("given the note: %d eth_getLogs (%d refused), without it %d (%d): want fewer, none refused", noted.calls, noted.refusals, plain.calls, plain.refusals)
			}
			if stale != plain {
				t.Errorf("given a note over a week old: %+v, want %+v as without one", stale, plain)
			}
		})
	}
}

// TestProviderNoteSpanAndBatch: a block-span cap and a refusal of batches
// learned by one client are kept by the next from its first request; what a
// client learned itself stands; and notes that do not parse, or hold limits
// that contradict each other, are ignored.
func TestProviderNoteSpanAndBatch(t *testing.T) {
	const span = 500
	var refused atomic.Int64
	node := newFake(t, chainIDHandler(1, withBlocks(^uint64(0), func(r rpcReq) (any, *rpcErr) {
		if r.Method != "eth_getLogs" {
			return nil, &rpcErr{Code: -32601, Message: r.Method}
		}
		if a, b := queryRange(r); b-a+1 > span {
			refused.Add(1)
			return nil, &rpcErr{Code: -32602, Message: fmt.Sprintf("exceed maximum block range %d", span)}
		}
		return rawResult("[]"), nil
	})))
	fetch := func(c *Client) (refusals int64, batches int) {
		t.Helper()
		refused.Store(0)
		node.mu.Lock()
		node.sizes = nil
		node.mu.Unlock()
		if err := c.LogsEach(context.Background(), fakeQuery(0, 20_000), func([]types.Log) error { return nil }); err != nil {
			t.Fatal(err)
		}
		node.mu.Lock()
		defer node.mu.Unlock()
		for _, n := range node.sizes {
			if n > 1 {
				batches++
			}
		}
		return refused.Load(), batches
	}
	first := dialFake(t, node, Options{}, nil)
	node.noBatch = true // after Dial, whose own calls are not batched
	if r, b := fetch(first); r == 0 || b == 0 {
		t.Fatalf("the first client: %d refusals for the span, %d batches: the fake is not refusing", r, b)
	}
	learned := first.LogLimits()
	if learned.MaxBlocks != span || !learned.NoBatch {
		t.Fatalf("learned %+v, want a span of %d and no batches", learned, span)
	}
	note := first.ProviderNote()
	next := dialFake(t, node, Options{}, nil)
	next.SeedProviderNote(note, time.Now())
	if r, b := fetch(next); r != 0 || b != 0 {
		t.Errorf("given the note: %d refusals for the span, %d batches sent; want none", r, b)
	}
	if got := next.LogLimits(); got != learned {
		t.Errorf("given the note: limits %+v, want %+v", got, learned)
	}
	if got := next.ProviderNote(); string(got) != string(note) {
		t.Errorf("the note of a client that learned nothing new is %x, want the one it was given, %x", got, note)
	}

	own := dialFake(t, node, Options{}, nil)
	own.logCaps.maxSpan = 100
	own.SeedProviderNote(note, time.Now())
	if got := own.LogLimits(); got.MaxBlocks != 100 || !got.NoBatch {
		t.Errorf("a client that had learned a span of 100 given a note of %d: %+v", span, got)
	}

	for name, b := range map[string][]byte{
		"cut":               note[:len(note)-1],
		"longer":            append(append([]byte(nil), note...), 0),
		"another format":    append([]byte{providerNoteFormat + 1}, note[1:]...),
		"unknown flag":      append(append([]byte(nil), note[:len(note)-1]...), 8),
		"empty":             nil,
		"answered over cap": providerLimits{okMax: 20_000, refMin: 15_000, capped: true, learned: time.Now()}.encode(),
		"cap not refused":   providerLimits{maxLogs: 10_000, learned: time.Now()}.encode(),
		"nothing":           providerLimits{okMax: 500, learned: time.Now()}.encode(),
	} {
		c := dialFake(t, node, Options{}, nil)
		c.SeedProviderNote(b, time.Now())
		if got := c.LogLimits(); got != (LogLimits{}) || c.ProviderNote() != nil {
			t.Errorf("%s: limits %+v taken from note %x", name, got, b)
		}
	}
}

// TestDescribeProviderNote: the description names each limit a note holds
// and says when a note is too old to be kept within.
func TestDescribeProviderNote(t *testing.T) {
	at := time.Date(2026, 12, 8, 9, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		note []byte
		now  time.Time
		want string
	}{
		{providerLimits{capped: true, hints: true, maxLogs: 10_000, learned: at}.encode(), at,
			"eth_getLogs capped at 10000 results, a range suggested; learned 2026-12-08 09:30 UTC"},
		{providerLimits{capped: true, okMax: 4_000, refMin: 5_001, maxSpan: 2_000, noBatch: true, learned: at}.encode(), at.Add(8 * 24 * time.Hour),
			"eth_getLogs capped at 4000–5000 results; at most 2000 blocks a request; no JSON-RPC batches; learned 2026-12-08 09:30 UTC (over a week ago: learned again by the next read)"},
		{providerLimits{okMax: 50_000, batch: 100, learned: at}.encode(), at,
			"eth_getLogs answered 50000 results; batches of at most 100 calls; learned 2026-12-08 09:30 UTC"},
	} {
		if got, ok := DescribeProviderNote(tc.note, tc.now); !ok || got != tc.want {
			t.Errorf("got %q, %v; want %q", got, ok, tc.want)
		}
	}
	if got, ok := DescribeProviderNote([]byte("garbled"), at); ok {
		t.Errorf("a garbled note described as %q", got)
	}
}

// FuzzProviderNote: no input makes SeedProviderNote or DescribeProviderNote
// panic, and a note either seeds the client with limits that describe
// themselves or is ignored whole.
func FuzzProviderNote(f *testing.F) {
	at := time.Date(2026, 12, 8, 9, 30, 0, 0, time.UTC)
	f.Add(providerLimits{capped: true, hints: true, maxLogs: 10_000, learned: at}.encode())
	f.Add(providerLimits{capped: true, okMax: 4_000, refMin: 5_001, maxSpan: 2_000, noBatch: true, batch: 50, learned: at}.encode())
	f.Add([]byte{providerNoteFormat, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		desc, ok := DescribeProviderNote(b, at)
		c := &Client{}
		c.SeedProviderNote(b, at)
		if seeded := c.ProviderNote() != nil; seeded && !ok {
			t.Errorf("note %x seeded the client but does not describe itself", b)
		}
		if ok && desc == "" {
			t.Errorf("note %x described as nothing", b)
		}
	})
}
