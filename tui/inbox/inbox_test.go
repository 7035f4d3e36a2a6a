package inbox

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
)

// activeFake makes proposals 4, 5 and 8 Active, 8 ending in 50 blocks.
func activeFake() *fake.Source {
	return fake.New(fake.Options{Seed: 7, Proposals: 12, Customize: func(p *gov.Proposal, i int) {
		if i == 4 || i == 5 || i == 8 {
			p.State, p.VoteStart = gov.Active, 4900
			p.VoteEnd = 5000 + uint64(20000*(i%4+1))
			if i == 8 {
				p.VoteEnd = 5050
			}
		}
	}})
}

func setup(t *testing.T, src *fake.Source) *Model {
	t.Helper()
	m := New(context.Background(), tuitest.Common(), src, 0)
	tuitest.Show(t, m, src, 100, 25)
	return m
}

func TestInbox(t *testing.T) {
	src := activeFake()
	m := setup(t, src)
	if m.Load(src.HeadNow(), false) != nil {
		t.Fatal("loaded without an account")
	}
	if v := m.View(); !strings.Contains(v, "No signing account") {
		t.Fatalf("no hint without an account:\n%s", v)
	}
	// Accounts(4) never votes and delegates to Accounts(0) (alice), who
	// votes Against everywhere.
	m.SetSigning(true, fake.Accounts(4), "eve")
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	var ends []uint64
	for _, r := range m.rows {
		if r.p.State != gov.Active {
			t.Fatalf("a %s proposal in the inbox", r.p.State)
		}
		if !r.dvoted || r.dvote != gov.Against {
			t.Fatalf("the delegate's vote on %s: %v %v", r.title, r.dvoted, r.dvote)
		}
		ends = append(ends, r.p.VoteEnd)
	}
	if len(ends) != 4 || ends[0] != 5050 {
		t.Fatalf("deadlines %v: want 4 Active proposals, soonest (5050) first", ends)
	}
	for i := 1; i < len(ends); i++ {
		if ends[i] < ends[i-1] {
			t.Fatalf("not sorted by deadline: %v", ends)
		}
	}
	v := m.View()
	for _, want := range []string{"4 need your vote", "! 2 end within 24 h", "alice: against", "delegating to alice"} {
		if !strings.Contains(v, want) {
			t.Errorf("inbox lacks %q:\n%s", want, v)
		}
	}
	// alice voted on everything: her inbox is empty.
	m.SetSigning(true, fake.Accounts(0), "alice")
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	if len(m.rows) != 0 || !strings.Contains(m.View(), "nothing needs your vote") {
		t.Fatalf("alice's inbox:\n%s", m.View())
	}
}

// Enter opens the proposal in the Proposals tab, v votes on it; y copies
// its id; a result read for another account is dropped.
func TestInboxKeys(t *testing.T) {
	src := activeFake()
	m := setup(t, src)
	m.SetSigning(true, fake.Accounts(4), "eve")
	load := m.Load(src.HeadNow(), false)
	m.SetSigning(true, fake.Accounts(1), "bob") // switched before the result came
	tuitest.Drive(m.Update, load)
	if len(m.rows) != 0 {
		t.Fatal("eve's result shown for bob")
	}
	m.SetSigning(true, fake.Accounts(4), "eve")
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	id := m.rows[0].p.ID.String()
	msgs := tuitest.Run(m.Update(tuitest.Key("enter")))
	if len(msgs) != 1 || msgs[0] != (ui.OpenProposalMsg{ID: id}) {
		t.Fatalf("enter gave %v", msgs)
	}
	msgs = tuitest.Run(m.Update(tuitest.Key("v")))
	if len(msgs) != 1 || msgs[0] != (ui.OpenProposalMsg{ID: id, Vote: true}) {
		t.Fatalf("v gave %v", msgs)
	}
	if tg, ok := m.Selected(); !ok || tg != (ui.Target{Kind: ui.KindProposal, Value: id}) {
		t.Fatalf("Selected %v %v", tg, ok)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyDown})
	if tg, _ := m.Selected(); tg.Value != m.rows[1].p.ID.String() {
		t.Fatal("the selection did not follow the cursor")
	}
}
