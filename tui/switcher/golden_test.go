package switcher

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/daoterm/daoterm/tui/internal/tuitest"
)

// TestGoldenSwitcher runs the switcher as a program at 100×30 over three
// DAOs (one name carrying an OSC 52 sequence), moves to the second and
// compares the frame with testdata/TestGoldenSwitcher.golden
// (go test ./tui/switcher -run Golden -update rewrites it).
func TestGoldenSwitcher(t *testing.T) {
	items := []Item{
		{Name: "ENS", Note: "mainnet.example.org  governor 0x323A76393544d5ecca80cd6ef2A560C6a395b7E3"},
		{Name: "Model Commons", Note: "127.0.0.1:8545  governor 0x5FbDB2315678afecb367f032d93F642f64180aa3"},
		{Name: "Uniswap\x1b]52;c;eA==\x07", Note: "mainnet.example.org  governor 0x408ED6354d4973f66138C91495F2f2FCbd8724C3"},
	}
	m := New(tuitest.Common(), items)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("3 DAOs configured")) },
		teatest.WithDuration(15*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(tuitest.Key("j"))
	tm.Send(tea.QuitMsg{})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second))
	if _, ok := fm.(*Model).Chosen(); ok {
		t.Fatal("moving the cursor picked a DAO")
	}
	golden.RequireEqual(t, []byte(fm.View()))
}
