package treasury

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// flowKey handles keys on a flow's page: esc goes back, enter opens the
// proposal that moved it in the Proposals tab.
func (m *Model) flowKey(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	switch {
	case key.Matches(k, km.Back):
		m.open = nil
	case key.Matches(k, km.Open):
		if p := m.open.f.Proposal; p != nil {
			id := p.String()
			return func() tea.Msg { return ui.OpenProposalMsg{ID: id} }
		}
	}
	return nil
}

// selectedFlow is the flow under the cursor of the flows pane, if any.
func (m *Model) selectedFlow() *flowRow {
	if m.data == nil || m.pane != paneFlows || len(m.fRows) == 0 {
		return nil
	}
	return &m.data.flows[m.fRows[m.flows.Cursor()]]
}

// Selected implements ui.Selector: the transaction of the open or
// selected flow.
func (m *Model) Selected() (ui.Target, bool) {
	f := m.open
	if f == nil {
		f = m.selectedFlow()
	}
	if f == nil || f.f.Tx == ([32]byte{}) {
		return ui.Target{}, false
	}
	return ui.Target{Kind: ui.KindTx, Value: f.f.Tx.Hex()}, true
}

// flowHelp is the key help of a flow's page.
func (m *Model) flowHelp() keys.Help {
	k := m.c.Keys
	s := []key.Binding{keys.WithHelp(k.Copy, "copy tx hash"), keys.WithHelp(k.Browse, "open tx")}
	if m.open.f.Proposal != nil {
		s = append(s, keys.WithHelp(k.Open, "open the proposal"))
	}
	s = append(s, k.Back, k.Help, k.Quit)
	return keys.Help{Short: s, Full: [][]key.Binding{s[:len(s)-2]}}
}

// flowView is a flow's page: its transaction and the proposal that moved it.
func (m *Model) flowView() string {
	st := m.c.Styles
	f := m.open
	w := m.width
	var b strings.Builder
	b.WriteString(st.Label.Render("Treasury › Flows › ") + st.Bold.Render(format.ShortHash(f.f.Tx)) + "\n\n")
	row := func(label, value string) {
		b.WriteString("  " + st.Label.Render(vtable.Fit(label, 13, vtable.Left)) + value + "\n")
	}
	dir := "in, received by " + m.namer.Short(f.f.Account)
	if f.f.Direction == treasury.Out {
		dir = "out, paid by " + m.namer.Short(f.f.Account)
	}
	row("Transaction", ui.Elide(f.f.Tx.Hex(), w-15))
	row("Block", format.Uint(f.f.Block))
	row("Time", f.when)
	row("Direction", dir)
	row("Amount", f.amount+" "+f.symbol)
	if a := f.f.Asset.Address; a != ([20]byte{}) {
		row("Asset", ui.Elide(m.namer.Full(a), w-15))
	}
	row("Counterparty", ui.Elide(m.namer.Full(f.f.Counterparty), w-15))
	b.WriteString("\n")
	if p := f.f.Proposal; p != nil {
		row("Proposal", ui.Elide(p.String(), w-15))
		b.WriteString("\n  " + st.Muted.Render("Moved by executing this proposal. Enter opens it in the Proposals tab."))
	} else {
		row("Proposal", st.Muted.Render("none: no executed proposal made this transfer"))
	}
	return b.String()
}
