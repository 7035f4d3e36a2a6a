package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/daoterm/daoterm/chain/dao"
)

// TestSyncLine: each fetch's share of blocks, logs, rate and time left,
// and the RPC's results cap when it has one, on one line cut to the
// terminal's width.
func TestSyncLine(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	syncs := []dao.Sync{
		{What: "governor events", Done: 100, Total: 100, Logs: 520, Started: t0},
		{What: "token events", Done: 25, Total: 100, Logs: 120_400, Started: t0},
	}
	got := syncLine(syncs, t0.Add(10*time.Second), 200)
	want := "syncing governor events 100% · 520 logs · 52.00 logs/s; token events 25% · 120,400 logs · 12.0k logs/s · ≈ 30s left"
	if got != want {
		t.Errorf("line\n got %q\nwant %q", got, want)
	}
	if got := syncLine(syncs, t0.Add(10*time.Second), 40); len([]rune(got)) > 40 || !strings.HasSuffix(got, "…") {
		t.Errorf("cut to 40: %q", got)
	}
	if got := syncLine(nil, t0, 80); got != "" {
		t.Errorf("no fetch: %q", got)
	}
	// Behind an RPC that caps results: said once, after the fetches.
	capped := []dao.Sync{{What: "token events", Done: 25, Total: 100, Logs: 120_400, Started: t0, MaxResults: 10_000}}
	if got, want := syncLine(capped, t0.Add(10*time.Second), 200), "syncing token events 25% · 120,400 logs · 12.0k logs/s · ≈ 30s left; RPC caps logs at 10,000 a request"; got != want {
		t.Errorf("capped\n got %q\nwant %q", got, want)
	}
	// Before any block is done: no rate of blocks to estimate from.
	if got := syncLine([]dao.Sync{{What: "token events", Total: 100, Started: t0}}, t0.Add(time.Second), 200); got != "syncing token events 0% · 0 logs" {
		t.Errorf("at the start: %q", got)
	}
}

// TestProgressOnlyOnTerminal: progress is drawn on a terminal, never into
// a pipe, a file or a buffer (stderr that a script captures).
func TestProgressOnlyOnTerminal(t *testing.T) {
	if terminalFile(&bytes.Buffer{}) != nil {
		t.Error("a buffer was taken for a terminal")
	}
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pty:", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	if terminalFile(tty) == nil {
		t.Error("a pty was not taken for a terminal")
	}
	stop := showProgress(nil, nil) // nowhere: nothing runs
	stop()
}
