// Package switcher is the list shown when several DAOs are configured and
// none was named: the user picks one with the keyboard.
package switcher

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// Item is one configured DAO.
type Item struct {
	Name string // from the config
	Note string // e.g. the RPC host and governor, shown dimmed
}

// Model lists the items; Chosen reports the pick once the program ends.
type Model struct {
	c      ui.Common
	items  []Item
	cursor int
	chosen int // -1 until the user picks
	help   help.Model
}

// New builds a switcher over items.
func New(c ui.Common, items []Item) *Model {
	return &Model{c: c, items: items, chosen: -1, help: help.New()}
}

// Chosen returns the index of the picked item, or false if the user quit.
func (m *Model) Chosen() (int, bool) { return m.chosen, m.chosen >= 0 }

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	k := m.c.Keys
	switch {
	case key.Matches(km, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(km, k.Down):
		m.cursor = min(len(m.items)-1, m.cursor+1)
	case key.Matches(km, k.Top):
		m.cursor = 0
	case key.Matches(km, k.Bottom):
		m.cursor = len(m.items) - 1
	case key.Matches(km, k.Open):
		m.chosen = m.cursor
		return m, tea.Quit
	case key.Matches(km, k.Quit), key.Matches(km, k.Back):
		return m, tea.Quit
	}
	return m, nil
}

// View implements tea.Model.
func (m *Model) View() string {
	s := m.c.Styles
	var b strings.Builder
	b.WriteString(s.HeaderTitle.Render("daoterm"))
	b.WriteString(s.Muted.Render(fmt.Sprintf("  %d DAOs configured — pick one", len(m.items))))
	b.WriteString("\n\n")
	for i, it := range m.items {
		line := fmt.Sprintf("%-28s %s", sanitize.Line(it.Name, 28), s.Muted.Render(sanitize.Line(it.Note, 80)))
		if i == m.cursor {
			b.WriteString(s.SelectedRow.Render("▸ " + line))
		} else {
			b.WriteString("  " + line)
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(m.help.ShortHelpView([]key.Binding{m.c.Keys.Up, m.c.Keys.Down, m.c.Keys.Open, m.c.Keys.Quit}))
	return b.String()
}
