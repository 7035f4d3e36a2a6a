package switcher

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/internal/tuitest"
)

func press(m *Model, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		var km tea.KeyMsg
		switch k {
		case "enter":
			km = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			km = tea.KeyMsg{Type: tea.KeyEsc}
		default:
			km = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		_, cmd = m.Update(km)
	}
	return cmd
}

func TestPick(t *testing.T) {
	items := []Item{{Name: "ENS", Note: "eth"}, {Name: "Model Commons", Note: "devnet"}, {Name: "Uniswap\x1b]52;c;eA==\x07", Note: "eth"}}
	m := New(tuitest.Common(), items)
	if cmd := press(m, "j", "j", "j", "k", "enter"); cmd == nil {
		t.Fatal("enter did not quit the switcher")
	}
	if i, ok := m.Chosen(); !ok || i != 1 {
		t.Fatalf("chosen %d %v, want 1", i, ok)
	}
	view := m.View()
	if strings.Contains(view, "\x1b]") || !strings.Contains(view, "Model Commons") {
		t.Fatalf("view:\n%q", view)
	}
}

func TestQuitPicksNothing(t *testing.T) {
	m := New(tuitest.Common(), []Item{{Name: "a"}, {Name: "b"}})
	press(m, "j", "q")
	if _, ok := m.Chosen(); ok {
		t.Fatal("q picked a DAO")
	}
}
