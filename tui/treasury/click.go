package treasury

import tea "github.com/charmbracelet/bubbletea"

// Click selects the flow row at line y of the tab (ui.Clicker); the table
// starts below the pane bar.
func (m *Model) Click(_, y int) tea.Cmd {
	if m.pane == paneFlows {
		m.flows.Click(y - 1)
	}
	return nil
}
