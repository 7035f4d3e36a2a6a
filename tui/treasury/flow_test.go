package treasury

import (
	"strings"
	"testing"

	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
)

// Enter on a flow shows its transaction and the proposal that moved it;
// enter there asks the root to open that proposal; esc goes back.
func TestFlowPage(t *testing.T) {
	m, _ := setup(t, fake.Options{Flows: 30})
	press(m, "l", "down") // the newest flows: an outflow paid by a proposal
	f := m.selectedFlow()
	if f == nil || f.f.Proposal == nil {
		t.Fatalf("no outflow with a proposal under the cursor: %+v", f)
	}
	if tg, _ := m.Selected(); tg != (ui.Target{Kind: ui.KindTx, Value: f.f.Tx.Hex()}) {
		t.Fatalf("list selection %v", tg)
	}
	press(m, "enter")
	v := m.View()
	for _, want := range []string{"Treasury › Flows ›", f.f.Tx.Hex(), "out, paid by timelock", "Counterparty", f.f.Proposal.String(), "Enter opens it"} {
		if !strings.Contains(v, want) {
			t.Errorf("flow page lacks %q:\n%s", want, v)
		}
	}
	msgs := tuitest.Run(m.Update(tuitest.Key("enter")))
	if len(msgs) != 1 || msgs[0] != (ui.OpenProposalMsg{ID: f.f.Proposal.String()}) {
		t.Fatalf("enter gave %v", msgs)
	}
	press(m, "esc")
	if m.open != nil || !strings.Contains(m.View(), "[Flows]") {
		t.Fatal("esc did not return to the flows")
	}
}
