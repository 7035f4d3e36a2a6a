package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/ui"
)

// loading reports whether any component has a request in flight.
func (m *Model) loading() bool {
	if (m.info == nil && m.infoErr == nil) || m.modal.Status().Loading {
		return true
	}
	for _, t := range m.tabs {
		if t.Status().Loading {
			return true
		}
	}
	return false
}

// withTicks adds the spinner and progress polling to cmd while loading.
func (m *Model) withTicks(cmd tea.Cmd) tea.Cmd {
	if !m.loading() {
		return cmd
	}
	return tea.Batch(cmd, m.startSpinner(), m.startPolling())
}

func (m *Model) startSpinner() tea.Cmd {
	if m.spinning {
		return nil
	}
	m.spinning = true
	return m.spin.Tick
}

func (m *Model) startPolling() tea.Cmd {
	if _, ok := m.src.(ui.ProgressReporter); !ok || m.polling {
		return nil
	}
	m.polling = true
	return m.pollProgress()
}

// pollProgress reads the source's progress after a short delay.
func (m *Model) pollProgress() tea.Cmd {
	pr, ok := m.src.(ui.ProgressReporter)
	if !ok {
		return nil
	}
	cn, _ := m.src.(ui.CacheNoter)
	return tea.Tick(200*time.Millisecond, func(time.Time) tea.Msg {
		msg := progressMsg{p: pr.Progress()}
		if cn != nil {
			msg.notes = cn.CacheNotes()
		}
		return msg
	})
}
