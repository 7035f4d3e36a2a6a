package proposals

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
)

// filterSet is the table's filter: any of the chosen states (none chosen:
// every state), "open" (Pending or Active) and "needs my vote" (Active and
// not voted by the signing account).
type filterSet struct {
	states    map[gov.State]bool
	open      bool
	needsVote bool
}

// empty reports whether the filter lets every proposal through.
func (f filterSet) empty() bool { return !f.open && !f.needsVote && len(f.states) == 0 }

// match reports whether a proposal in state s, voted on by the signing
// account or not, passes.
func (f filterSet) match(s gov.State, voted bool) bool {
	if f.needsVote && (s != gov.Active || voted) {
		return false
	}
	if !f.open && len(f.states) == 0 {
		return true
	}
	return f.states[s] || f.open && (s == gov.Pending || s == gov.Active)
}

// String is the filter as the toolbar shows it.
func (f filterSet) String() string {
	if f.empty() {
		return "all"
	}
	var parts []string
	if f.open {
		parts = append(parts, "open")
	}
	for _, s := range gov.States() {
		if f.states[s] {
			parts = append(parts, s.String())
		}
	}
	if f.needsVote {
		parts = append(parts, "needs my vote")
	}
	return strings.Join(parts, ", ")
}

// filterMenu picks a filter: a list of checkboxes, space toggles, enter
// applies, esc cancels.
type filterMenu struct {
	draft  filterSet
	cursor int
}

// menu rows: open, needs my vote, then each state.
const menuFixed = 2

func newFilterMenu(f filterSet) *filterMenu {
	d := filterSet{open: f.open, needsVote: f.needsVote, states: map[gov.State]bool{}}
	for s, on := range f.states {
		d.states[s] = on
	}
	return &filterMenu{draft: d}
}

func (fm *filterMenu) rows() int { return menuFixed + len(gov.States()) }

// toggle flips the row under the cursor.
func (fm *filterMenu) toggle() {
	switch fm.cursor {
	case 0:
		fm.draft.open = !fm.draft.open
	case 1:
		fm.draft.needsVote = !fm.draft.needsVote
	default:
		s := gov.States()[fm.cursor-menuFixed]
		if fm.draft.states[s] {
			delete(fm.draft.states, s)
		} else {
			fm.draft.states[s] = true
		}
	}
}

// filterKey handles a key while the menu is open.
func (m *Model) filterKey(k tea.KeyMsg) tea.Cmd {
	km, fm := m.c.Keys, m.menu
	switch {
	case key.Matches(k, km.Back):
		m.menu = nil
	case key.Matches(k, km.Confirm):
		m.filter = fm.draft
		m.menu = nil
		m.applyView(m.selectedKey())
	case key.Matches(k, km.Toggle):
		fm.toggle()
	case key.Matches(k, km.Up):
		fm.cursor = (fm.cursor + fm.rows() - 1) % fm.rows()
	case key.Matches(k, km.Down):
		fm.cursor = (fm.cursor + 1) % fm.rows()
	case key.Matches(k, km.Top):
		fm.cursor = 0
	case key.Matches(k, km.Bottom):
		fm.cursor = fm.rows() - 1
	}
	return nil
}

// filterHelp is the menu's key help.
func (m *Model) filterHelp() keys.Help {
	k := m.c.Keys
	short := []key.Binding{k.Up, k.Down, k.Toggle, keys.WithHelp(k.Confirm, "apply"), keys.WithHelp(k.Back, "cancel")}
	return keys.Help{Short: short, Full: [][]key.Binding{short}}
}

// filterView renders the menu.
func (m *Model) filterView() string {
	st, fm := m.c.Styles, m.menu
	var b strings.Builder
	b.WriteString(st.Section.Render("Filter proposals") + st.Muted.Render("  space: toggle · enter: apply · esc: cancel") + "\n\n")
	row := func(i int, on bool, label, note string) {
		mark := "  "
		if i == fm.cursor {
			mark = "▸ "
		}
		box := "[ ] "
		if on {
			box = "[x] "
		}
		line := mark + box + label
		if note != "" {
			line += st.Muted.Render("  " + note)
		}
		if i == fm.cursor {
			line = st.Bold.Render(mark+box+label) + st.Muted.Render(strings.TrimPrefix(line, mark+box+label))
		}
		b.WriteString("  " + line + "\n")
	}
	row(0, fm.draft.open, "open", "Pending or Active")
	note := "Active, not voted by " + sanitize.Line(m.meName, 24)
	if m.me == ([20]byte{}) {
		note = "pick a signing account first (a)"
	}
	row(1, fm.draft.needsVote, "needs my vote", note)
	for i, s := range gov.States() {
		row(menuFixed+i, fm.draft.states[s], s.String(), "")
	}
	b.WriteString("\n" + st.Muted.Render("  States combine with or; \"needs my vote\" narrows them. Nothing checked: all proposals."))
	return b.String()
}
