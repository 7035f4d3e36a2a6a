package ownership

import tea "github.com/charmbracelet/bubbletea"

// tableTop is the line the tables start on: three summary lines, then the
// pane bar.
const tableTop = 4

// Click selects the holder or delegate row at line y of the tab
// (ui.Clicker).
func (m *Model) Click(_, y int) tea.Cmd {
	if m.data == nil || m.typing {
		return nil
	}
	switch m.pane {
	case paneHolders:
		m.holders.Click(y - tableTop)
	case paneDelegates:
		m.delegates.Click(y - tableTop)
	}
	return nil
}
