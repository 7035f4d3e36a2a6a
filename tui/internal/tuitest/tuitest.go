// Package tuitest drives bubbletea models synchronously in tests: it runs
// commands in place, feeds their messages back, and builds key messages.
package tuitest

import (
	"context"
	"testing"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
)

// Common returns shared view context with plain (ASCII) styles.
func Common() ui.Common {
	return ui.Common{Styles: theme.New(termenv.Ascii, true), Keys: keys.Default()}
}

// Tab is the part of a tab's model that tests set up and drive.
type Tab interface {
	SetInfo(*ui.DAOInfo)
	SetSize(w, h int) tea.Cmd
	Load(head ui.Head, force bool) tea.Cmd
	Update(tea.Msg) tea.Cmd
	View() string
}

// Build makes a tab over a fake DAO built with o and opens it (see Open).
func Build[M Tab](tb testing.TB, o fake.Options, build func(*fake.Source) M) (M, *fake.Source) {
	tb.Helper()
	src := fake.New(o)
	m := build(src)
	Open(tb, m, src)
	return m, src
}

// FlatFrames fails t when a frame of large allocates clearly more than one
// of small (runs each): a virtualised table renders only the rows it shows.
func FlatFrames(t *testing.T, runs int, small, large Tab, sizes string) {
	t.Helper()
	a := testing.AllocsPerRun(runs, func() { _ = small.View() })
	b := testing.AllocsPerRun(runs, func() { _ = large.View() })
	if b > a*1.2+10 {
		t.Fatalf("frame allocations grow with rows: %v and %v for %s", a, b, sizes)
	}
}

// BenchFrames reports a frame of m after the keys.
func BenchFrames(b *testing.B, m Tab, keys ...string) {
	Press(m.Update, keys...)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// Show gives m the DAO src describes and a w×h size; it fails t if src
// cannot describe the DAO.
func Show(t testing.TB, m Tab, src *fake.Source, w, h int) {
	t.Helper()
	info, err := src.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m.SetInfo(info)
	m.SetSize(w, h)
}

// Open is Show at 100×25 followed by the first load at src's head, driven
// to its end.
func Open(t testing.TB, m Tab, src *fake.Source) {
	t.Helper()
	Show(t, m, src, 100, 25)
	Drive(m.Update, m.Load(src.HeadNow(), false))
}

// Press sends each key to update in turn, driving the commands it returns.
func Press(update func(tea.Msg) tea.Cmd, keys ...string) {
	for _, k := range keys {
		Drive(update, update(Key(k)))
	}
}

// Drive runs cmd and every command that follows from it through update,
// until none is left. Spinner ticks are dropped (they re-arm forever).
// It returns the messages delivered, in order.
func Drive(update func(tea.Msg) tea.Cmd, cmd tea.Cmd) []tea.Msg {
	var seen []tea.Msg
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0 && steps < 10_000; steps++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case nil:
			continue
		case tea.BatchMsg:
			queue = append(queue, msg...)
			continue
		case spinner.TickMsg:
			continue
		}
		seen = append(seen, msg)
		queue = append(queue, update(msg))
	}
	return seen
}

// Run runs cmd (flattening batches) and returns its messages without
// feeding them anywhere.
func Run(cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			out = append(out, msg)
		}
	}
	return out
}

// Key builds a key message: "enter", "esc", "tab", "up", "down", "pgdown",
// "backspace", "ctrl+c", or literal runes.
func Key(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case " ":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// Type returns one key message per rune of s.
func Type(s string) []tea.KeyMsg {
	var out []tea.KeyMsg
	for _, r := range s {
		if r == ' ' {
			out = append(out, Key(" "))
			continue
		}
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return out
}
