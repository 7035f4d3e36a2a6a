package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// listRows returns the rows of the table on screen (the lines below its
// header line, which starts with hdr) and the index of the selected one
// (-1 when none).
func listRows(s, hdr string) (rows []string, sel int, top int) {
	lines := strings.Split(s, "\n")
	sel, top = -1, -1
	for i, l := range lines {
		if top < 0 {
			if strings.HasPrefix(strings.TrimSpace(l), hdr) {
				top = i + 1
			}
			continue
		}
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "✓") || strings.HasPrefix(t, "↑") {
			break
		}
		if strings.HasPrefix(t, "▸") {
			sel = len(rows)
		}
		rows = append(rows, l)
	}
	return rows, sel, top
}

func selectedIs(hdr string, want int) func(string) bool {
	return func(s string) bool {
		_, sel, _ := listRows(s, hdr)
		return sel == want
	}
}

// TestE2EBurstCountsMouse drives the real binary in a pty the way tmux
// send-keys, a held key or an SSH link deliver input: several runes in
// one write. Every rune acts; counts, gg and G move the cursor; the mouse
// wheel scrolls, a click selects a row and a click on the tab bar shows a
// tab; below the minimum size only a message shows and keys do nothing.
func TestE2EBurstCountsMouse(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and seeds the demo chain")
	}
	bin := buildDaoterm(t)
	home := t.TempDir()
	env := []string{
		"HOME=" + home, "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"), "XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"TERM=xterm-256color", "LANG=C.UTF-8",
	}
	p := startInPty(t, bin, []string{"demo", "--listen", freeListen(t)}, env, e2eCols, e2eRows)
	s := p.waitFor("the seeded proposals", e2eStartWait, screenHas("[1 Proposals]", "Release Commons-7B", "✓ proposals at block"))
	rows, sel, _ := listRows(s, "ID")
	if sel != 0 || len(rows) < 8 {
		t.Fatalf("start: %d rows, row %d selected:\n%s", len(rows), sel, s)
	}

	p.send("jjjj") // one write: one message of four runes
	p.waitFor("row 5 after jjjj", e2eStepWait, selectedIs("ID", 4))
	p.send("kk")
	p.waitFor("row 3 after kk", e2eStepWait, selectedIs("ID", 2))
	p.send("5j")
	p.waitFor("row 8 after 5j", e2eStepWait, selectedIs("ID", 7))
	p.send("3k") // a count, not the Treasury tab
	p.waitFor("row 5 after 3k", e2eStepWait, func(s string) bool {
		return selectedIs("ID", 4)(s) && strings.Contains(s, "[1 Proposals]")
	})
	p.send("G")
	p.waitFor("the oldest proposal after G", e2eStepWait, rowSelected("Release Commons-7B"))
	p.send("gg")
	p.waitFor("row 1 after gg", e2eStepWait, selectedIs("ID", 0))
	p.send("4G")
	p.waitFor("row 4 after 4G", e2eStepWait, selectedIs("ID", 3))
	p.send("gg")
	p.waitFor("row 1 after gg", e2eStepWait, selectedIs("ID", 0))
	// A count typed one key at a time shows in the footer until it is used.
	p.send("5")
	p.waitFor("the pending count", e2eStepWait, screenHas(" 5…"))
	p.send("j")
	p.waitFor("row 6 after 5 j", e2eStepWait, selectedIs("ID", 5))

	// Mouse (SGR encoding, 1-based cells): the wheel, then a click.
	s = p.screen.Text()
	_, _, top := listRows(s, "ID")
	p.send(fmt.Sprintf("\x1b[<65;10;%dM", top+3)) // wheel down
	p.waitFor("3 rows further after a wheel turn", e2eStepWait, selectedIs("ID", 8))
	p.send(fmt.Sprintf("\x1b[<64;10;%dM", top+3)) // wheel up
	p.waitFor("back after a wheel turn up", e2eStepWait, selectedIs("ID", 5))
	p.send(fmt.Sprintf("\x1b[<0;20;%dM\x1b[<0;20;%dm", top+7, top+7)) // click on the 7th row
	p.waitFor("row 7 after a click", e2eStepWait, selectedIs("ID", 6))
	tabBar := strings.Split(p.screen.Text(), "\n")[1]
	x := strings.Index(tabBar, "Treasury")
	p.send(fmt.Sprintf("\x1b[<0;%d;2M\x1b[<0;%d;2m", len([]rune(tabBar[:x]))+1, len([]rune(tabBar[:x]))+1))
	p.waitFor("the Treasury tab after a click", e2eStepWait, screenHas("[3 Treasury]", "Balances"))
	p.send("1")
	p.waitFor("the Proposals tab", e2eStepWait, screenHas("[1 Proposals]"))

	// Too small: a message that fits (that keys do nothing meanwhile is
	// checked in tui's TestMinimumSizeAndFrameFits: an ignored key cannot
	// be observed here without a timed wait).
	if err := pty.Setsize(p.pty, &pty.Winsize{Cols: 40, Rows: 12}); err != nil {
		t.Fatal(err)
	}
	p.waitFor("the too-small message", e2eStepWait, screenHas("Terminal too small: 40×12"))
	if err := pty.Setsize(p.pty, &pty.Winsize{Cols: e2eCols, Rows: e2eRows}); err != nil {
		t.Fatal(err)
	}
	p.waitFor("the Proposals tab again", e2eStepWait, func(s string) bool {
		return strings.Contains(s, "[1 Proposals]") && selectedIs("ID", 6)(s)
	})
	p.send("q")
	select {
	case <-p.exited:
	case <-time.After(e2eStepWait):
		t.Fatalf("daoterm did not exit after q; screen:\n%s", p.screen.Text())
	}
}
