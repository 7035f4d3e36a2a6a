package ownership

import (
	"context"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
)

// Enter on a holder shows its delegation and votes; on a delegate its
// delegators and power over time; esc goes back; y selects the address.
func TestAccountPage(t *testing.T) {
	m, _ := setup(t, fake.Options{Holders: 40})
	press(m, "down", "down", "down", "down") // holder 4: delegates to alice, never votes
	h4 := fake.Accounts(4)
	press(m, "enter")
	if m.acct == nil || m.acct.addr != h4 {
		t.Fatal("enter did not open the holder's page")
	}
	v := m.View()
	for _, want := range []string{"Ownership ›", h4.Hex(), "Delegates to", "alice", "Votes (0)", "no votes"} {
		if !strings.Contains(v, want) {
			t.Errorf("holder page lacks %q:\n%s", want, v)
		}
	}
	if tg, ok := m.Selected(); !ok || tg != (ui.Target{Kind: ui.KindAddress, Value: h4.Hex()}) {
		t.Fatalf("Selected %v", tg)
	}
	press(m, "esc", "l") // the delegates; alice is the largest
	press(m, "enter")
	v = strings.Join(strings.Fields(m.accountContent()), " ")
	for _, want := range []string{"Voting power", "of all votes", "Delegators 7", "3 changes", "Votes (12)", "Fund the grants program #1", "against"} {
		if !strings.Contains(v, want) {
			t.Errorf("delegate page lacks %q:\n%s", want, m.accountContent())
		}
	}
	press(m, "esc")
	if m.acct != nil {
		t.Fatal("esc did not close the page")
	}
}

// A source without the history says so; a result for a page closed since
// is dropped.
func TestAccountWithoutHistory(t *testing.T) {
	src := fake.New(fake.Options{Holders: 10})
	m := New(context.Background(), tuitest.Common(), plainReader{src}, 0)
	tuitest.Open(t, m, src)
	press(m, "enter")
	if !strings.Contains(m.View(), "does not keep the history") {
		t.Fatalf("no note without a history:\n%s", m.View())
	}
	m.history(HistoryMsg{Account: fake.Accounts(9), Points: []ui.PowerPoint{{Block: 1}}})
	if len(m.acct.points) != 0 {
		t.Fatal("another account's history was shown")
	}
}

// plainReader hides the fake's PowerHistory.
type plainReader struct{ s *fake.Source }

func (p plainReader) Ownership(ctx context.Context, b uint64) (*token.Snapshot, error) {
	return p.s.Ownership(ctx, b)
}
func (p plainReader) Proposals(ctx context.Context, b uint64) ([]gov.Proposal, error) {
	return p.s.Proposals(ctx, b)
}
func (p plainReader) Votes(ctx context.Context, b uint64) ([]gov.Vote, error) {
	return p.s.Votes(ctx, b)
}
