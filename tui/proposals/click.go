package proposals

import tea "github.com/charmbracelet/bubbletea"

// Click selects the proposal row at line y of the tab (ui.Clicker); the
// table starts below the toolbar.
func (m *Model) Click(_, y int) tea.Cmd {
	if m.detail == nil && !m.typing {
		m.table.Click(y - 1)
	}
	return nil
}
