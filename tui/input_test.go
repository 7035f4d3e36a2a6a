package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// selected is the row (0-based, from the top of the list as shown) under
// the cursor ▸, and the line it is drawn on; -1 when none.
func selected(hs *harness) (row, line int) {
	header := -1
	for i, l := range strings.Split(hs.m.View(), "\n") {
		switch {
		case header < 0 && strings.HasPrefix(strings.TrimSpace(l), "ID ") || strings.HasPrefix(strings.TrimSpace(l), "Holder ") || strings.HasPrefix(strings.TrimSpace(l), "Time (UTC)"):
			header = i
		case header >= 0 && strings.Contains(l, "▸"):
			return i - header - 1, i
		}
	}
	return -1, -1
}

func wantRow(t *testing.T, hs *harness, after string, want int) {
	t.Helper()
	if got, _ := selected(hs); got != want {
		t.Fatalf("after %s: row %d, want %d\n%s", after, got, want, hs.m.View())
	}
}

// Runes typed in a burst arrive as one message: every one acts, and the
// two-key bindings work when their keys arrive together.
func TestBurstInput(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{Proposals: 50}), nil, 100, 40)
	hs.press("jjjj")
	wantRow(t, hs, "jjjj", 4)
	hs.press("kk")
	wantRow(t, hs, "kk", 2)
	hs.press("5j")
	wantRow(t, hs, "5j", 7)
	hs.press("3k")
	wantRow(t, hs, "3k", 4)
	hs.press("gg")
	wantRow(t, hs, "gg", 0)
	hs.press("10G")
	wantRow(t, hs, "10G", 9)
	hs.press("2l") // tab 2, then its next pane: 2 is a tab key, l no motion
	if hs.m.active != 1 || !strings.Contains(hs.m.View(), "[Delegates]") {
		t.Fatalf("2l: tab %d\n%s", hs.m.active, hs.m.View())
	}
	hs.press("1")
	// A text input takes the rest of a burst as one insertion.
	hs.press("/vote j")
	if !hs.m.tabs[0].Capturing() || !strings.Contains(hs.m.View(), "/ vote j") {
		t.Fatalf("search after a burst:\n%s", hs.m.View())
	}
	hs.press("esc")
	// Pasted text is never split into keys.
	before, _ := selected(hs)
	hs.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jjj"), Paste: true})
	wantRow(t, hs, "a paste of jjj", before)
}

// Counts, gg and G, one key at a time; the pending count shows in the
// footer, and esc or another key drops it.
func TestCounts(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{Proposals: 50}), nil, 100, 40)
	hs.press("5")
	if h := hs.m.shortHelp(); !strings.HasPrefix(h, " 5…") {
		t.Fatalf("pending count not shown: %q", h)
	}
	hs.press("j")
	wantRow(t, hs, "5 j", 5)
	if h := hs.m.shortHelp(); strings.Contains(h, "…  ") {
		t.Fatalf("count still shown: %q", h)
	}
	hs.press("7", "esc", "j")
	wantRow(t, hs, "7 esc j", 6)
	hs.press("G")
	_, last := selected(hs)
	if row, _ := selected(hs); row < 20 || !strings.Contains(hs.m.View(), "50 of 50") {
		t.Fatalf("G: row %d line %d\n%s", row, last, hs.m.View())
	}
	hs.press("g", "g")
	wantRow(t, hs, "g g", 0)
	hs.press("2", "1") // 2 shows tab 2, then 1 tab 1 (not a count of 21)
	if hs.m.active != 0 {
		t.Fatalf("2 1: tab %d", hs.m.active)
	}
	hs.press("j")
	wantRow(t, hs, "2 1 j", 1)
	hs.press("1", "0", "G") // 10G: row 10, on the tab the count started on
	if hs.m.active != 0 {
		t.Fatalf("10G left tab %d", hs.m.active)
	}
	wantRow(t, hs, "1 0 G", 9)
	hs.press("1", "G") // 1 shows tab 1, G its last row (a count of 1 is none)
	if row, _ := selected(hs); row < 20 {
		t.Fatalf("1 G: row %d", row)
	}
	hs.press("1", "0", "G")
	hs.press("3", "k") // 3k: three up, not the Treasury tab
	wantRow(t, hs, "3 k", 6)
	if hs.m.active != 0 {
		t.Fatalf("3k left tab %d", hs.m.active)
	}
	hs.press("2", "down") // 2 then ↓: the second row of tab 2
	if hs.m.active != 1 {
		t.Fatalf("2 ↓: tab %d", hs.m.active)
	}
}

// The wheel scrolls the list, a click selects a row, a click on the tab
// bar shows that tab.
func TestMouse(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{Proposals: 50}), nil, 100, 40)
	wheel := func(b tea.MouseButton) {
		hs.send(tea.MouseMsg{X: 10, Y: 10, Button: b, Action: tea.MouseActionPress})
	}
	wheel(tea.MouseButtonWheelDown)
	wheel(tea.MouseButtonWheelDown)
	wantRow(t, hs, "two wheel turns down", 2*wheelRows)
	wheel(tea.MouseButtonWheelUp)
	wantRow(t, hs, "a wheel turn up", wheelRows)
	_, line := selected(hs)
	hs.send(tea.MouseMsg{X: 20, Y: line + 4, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	wantRow(t, hs, "a click 4 rows down", wheelRows+4)
	tabBar := strings.Split(hs.m.View(), "\n")[tabBarLine]
	x := strings.Index(tabBar, "3 Treasury")
	hs.send(tea.MouseMsg{X: x, Y: tabBarLine, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if hs.m.active != 2 {
		t.Fatalf("click on %q at %d: tab %d", tabBar, x, hs.m.active)
	}
	x = strings.Index(tabBar, "Ownership")
	hs.send(tea.MouseMsg{X: x, Y: tabBarLine, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if hs.m.active != 1 {
		t.Fatalf("click on Ownership: tab %d", hs.m.active)
	}
	_, line = selected(hs)
	hs.send(tea.MouseMsg{X: 5, Y: line + 2, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	wantRow(t, hs, "a click on the holders", 2)
}

// The signing flow's text fields take a burst whole; its choice keys act
// one by one (vf: open the vote, pick For).
func TestBurstInTheFlow(t *testing.T) {
	hs := newWalletHarness(t, fake.New(fake.Options{}), votetest.New(), nil, 100, 30)
	hs.press("down", "vf")
	hs.want("Reason (optional")
	hs.press("ship it")
	hs.want("ship it")
	if got := keys.Msg(hs.m.c.Keys.Top); got.String() != "g" {
		t.Fatalf("keys.Msg(Top) = %q", got.String())
	}
}
