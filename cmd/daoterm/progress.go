package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/term"

	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/tui/format"
)

// progressEvery is how often a read's progress line is redrawn.
const progressEvery = 250 * time.Millisecond

// showProgress draws d's log fetches in flight on one line of tty (nil:
// nowhere), redrawn every progressEvery, until stop, which clears it.
func showProgress(tty *os.File, d *dao.DAO) (stop func()) {
	if tty == nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		drawn := false
		for {
			select {
			case <-done:
				if drawn {
					fmt.Fprint(tty, "\r\x1b[K")
				}
				return
			case now := <-t.C:
				width := 80
				if w, _, err := term.GetSize(int(tty.Fd())); err == nil && w > 0 {
					width = w
				}
				if line := syncLine(d.Syncs(), now, width-1); line != "" {
					fmt.Fprint(tty, "\r\x1b[K"+line)
					drawn = true
				}
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// syncLine is the progress line of syncs as of now, cut to width cells:
// "syncing token events 12% · 120,400 logs · 41.2k logs/s · ≈ 25s left";
// "" when nothing is being fetched.
func syncLine(syncs []dao.Sync, now time.Time, width int) string {
	if len(syncs) == 0 {
		return ""
	}
	parts := make([]string, len(syncs), len(syncs)+1)
	capN := 0
	for i, p := range syncs {
		logs := p.LogRate(now)
		left, _ := p.ETA(now)
		parts[i] = format.Sync(p.What, p.Done, p.Total, p.Logs, logs, left)
		capN = max(capN, p.MaxResults)
	}
	if capN > 0 {
		parts = append(parts, format.ResultsCap(capN))
	}
	return ansi.Truncate("syncing "+strings.Join(parts, "; "), max(width, 1), "…")
}
