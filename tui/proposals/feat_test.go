package proposals

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vote"
)

// "needs my vote" lists the Active proposals the signing account has not
// voted on, and follows the account.
func TestFilterNeedsMyVote(t *testing.T) {
	m, src := setup(t, fake.Options{Proposals: 12, Customize: func(p *gov.Proposal, i int) {
		if i == 4 || i == 8 {
			p.State = gov.Active
		}
	}})
	press(m, "f", "down", " ", "enter")
	if !strings.Contains(m.toolbar(), "filter needs my vote") {
		t.Fatalf("toolbar %q", m.toolbar())
	}
	if len(m.rows) != 0 {
		t.Fatal("needs my vote lists proposals without a signing account")
	}
	// Accounts(3) votes only where 1+i%4 > 3 (i%4 == 3): not on the Active
	// 10, 8 and 4.
	m.SetSigning(true, fake.Accounts(3), "dave")
	var got []string
	for _, r := range m.rows {
		it := m.data.items[r]
		if it.p.State != gov.Active {
			t.Fatalf("a %s proposal needs a vote", it.p.State)
		}
		got = append(got, it.key)
	}
	want := []string{src.Proposal(10).ID.String(), src.Proposal(8).ID.String(), src.Proposal(4).ID.String()}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("needs my vote lists %v, want %v", got, want)
	}
	// alice voted everywhere
	m.SetSigning(true, fake.Accounts(0), "alice")
	if len(m.rows) != 0 {
		t.Fatalf("alice needs to vote on %d", len(m.rows))
	}
}

// The sort's arrow sits on the column that is sorted: ID only when ids
// follow creation; "most votes" adds the Votes column it sorts by.
func TestSortArrow(t *testing.T) {
	title := func(m *Model) string {
		var s []string
		for _, c := range m.columns() {
			s = append(s, c.Title)
		}
		return strings.Join(s, "|")
	}
	m, _ := setup(t, fake.Options{Proposals: 8}) // fake ids grow with creation
	if !strings.Contains(title(m), "ID ↓") {
		t.Fatalf("newest with ordered ids: %s", title(m))
	}
	hashed, _ := setup(t, fake.Options{Proposals: 8, Customize: func(p *gov.Proposal, i int) {
		p.ID = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(int64((i*5)%8)))
	}})
	if strings.Contains(title(hashed), "↓") || strings.Contains(title(hashed), "↑") {
		t.Fatalf("an arrow on an unsorted column: %s", title(hashed))
	}
	press(hashed, "s", "s", "s") // most votes
	if !strings.Contains(title(hashed), "Votes ↓") || strings.Count(title(hashed), "↓") != 1 {
		t.Fatalf("most votes: %s", title(hashed))
	}
	vi := -1
	for i, id := range hashed.colIDs {
		if id == colVotes {
			vi = i
		}
	}
	tr := tableRows{hashed}
	for r := 1; r < tr.Len(); r++ {
		a, b := hashed.data.items[hashed.rows[r-1]].total, hashed.data.items[hashed.rows[r]].total
		if a.Cmp(b) < 0 {
			t.Fatalf("Votes column not descending at row %d: %s < %s", r, tr.Cell(r-1, vi), tr.Cell(r, vi))
		}
	}
	press(hashed, "s") // newest again
	if strings.Contains(title(hashed), "Votes") {
		t.Fatal("the Votes column stayed after the sort changed")
	}
}

// A Pending proposal says voting has not started, not "did not vote".
func TestPendingYouLine(t *testing.T) {
	m, src := setup(t, fake.Options{Proposals: 6})
	m.SetSigning(true, fake.Accounts(4), "eve") // never votes
	m.OpenProposal(src.Proposal(5).ID.String(), false)
	c := m.detail.content(m)
	if src.Proposal(5).State != gov.Pending || !strings.Contains(c, "Voting has not started") || strings.Contains(c, "did not vote") {
		t.Fatalf("pending proposal's You line:\n%s", c)
	}
}

// Enter on the page lists the votes; enter on a vote shows its whole
// reason, sanitized; esc goes back step by step; y selects the voter,
// then the vote's transaction.
func TestVoteDrillDown(t *testing.T) {
	src := fake.New(fake.Options{Proposals: 6})
	reason := strings.Repeat("a long reason ", 40) + "END \x1b]52;c;aGk=\x07 after"
	src.SetVoteReason(3, 1, reason)
	m := New(context.Background(), tuitest.Common(), src, 0)
	tuitest.Show(t, m, src, 100, 30)
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	id := src.Proposal(3).ID.String()
	tuitest.Drive(m.Update, m.OpenProposal(id, false))
	if tg, _ := m.Selected(); tg != (ui.Target{Kind: ui.KindProposal, Value: id}) {
		t.Fatalf("page selection %v", tg)
	}
	press(m, "enter")
	if m.detail.page != pageVotes || !strings.Contains(m.View(), "› Votes") {
		t.Fatalf("enter did not list the votes:\n%s", m.View())
	}
	press(m, "down") // by weight: alice (40k), then bob (30k)
	if tg, _ := m.Selected(); tg != (ui.Target{Kind: ui.KindAddress, Value: fake.Accounts(1).Hex()}) {
		t.Fatalf("votes list selection %v", tg)
	}
	press(m, "enter")
	v := m.View()
	if m.detail.page != pageVote || !strings.Contains(v, "Reason") {
		t.Fatalf("enter did not open the vote:\n%s", v)
	}
	press(m, "G")
	if v := m.View(); !strings.Contains(v, "END") || !strings.Contains(v, "after") || strings.Contains(v, "\x1b]") {
		t.Fatalf("the whole reason, sanitized, is not shown:\n%q", v)
	}
	if tg, _ := m.Selected(); tg.Kind != ui.KindTx || !strings.HasPrefix(tg.Value, "0x") {
		t.Fatalf("vote page selection %v", tg)
	}
	press(m, "esc")
	if m.detail.page != pageVotes {
		t.Fatal("esc did not go back to the list")
	}
	press(m, "esc")
	if m.detail == nil || m.detail.page != pageDoc {
		t.Fatal("esc did not go back to the page")
	}
	press(m, "esc")
	if m.detail != nil {
		t.Fatal("esc did not close the page")
	}
}

// OpenProposal (from the inbox or a treasury flow) opens the page, waiting
// for the data if needed, and starts a vote when asked.
func TestOpenProposal(t *testing.T) {
	src := fake.New(fake.Options{Proposals: 6})
	m := New(context.Background(), tuitest.Common(), src, 0)
	tuitest.Show(t, m, src, 100, 30)
	id := src.Proposal(4).ID.String()
	if m.OpenProposal(id, false) != nil || m.detail != nil {
		t.Fatal("opened before the data")
	}
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	if m.detail == nil || m.detail.key != id {
		t.Fatal("the pending proposal did not open once loaded")
	}
	m.detail = nil
	var started bool
	for _, msg := range tuitest.Run(m.OpenProposal(id, true)) {
		if _, ok := msg.(vote.StartMsg); ok {
			started = true
		}
	}
	if !started || m.detail == nil {
		t.Fatal("OpenProposal(vote) did not open the page and start a vote")
	}
}

// TestLegacyGovernorProposals: a legacy governor's proposal whose id
// repeats a current one's is listed beside it, with its own votes; its page
// names its governor; OpenProposal by key opens the one asked for, by
// decimal id the current governor's.
func TestLegacyGovernorProposals(t *testing.T) {
	legacy := common.HexToAddress("0x5e4be8Bc9637f0EAA1A755019e06A68ce081D58F")
	var first *big.Int
	m, src := setup(t, fake.Options{Proposals: 6, Customize: func(p *gov.Proposal, i int) {
		switch i {
		case 0:
			first = p.ID
		case 1:
			p.Governor, p.ID = legacy, first
		}
	}})
	if len(m.data.items) != 6 {
		t.Fatalf("%d proposals listed, want 6 (the legacy one too)", len(m.data.items))
	}
	old, cur := src.Proposal(1), src.Proposal(0)
	if got := len(m.data.votes[old.Key()]); got != 2 {
		t.Errorf("the legacy proposal has %d votes, want its own 2", got)
	}
	if got := len(m.data.votes[cur.Key()]); got != 1 {
		t.Errorf("the current proposal has %d votes, want its own 1", got)
	}
	tuitest.Drive(m.Update, m.OpenProposal(old.Key(), false))
	if m.detail == nil || m.detail.key != old.Key() {
		t.Fatalf("OpenProposal(%s) did not open the legacy proposal", old.Key())
	}
	if c := m.detail.content(m); !strings.Contains(c, "Governor") || !strings.Contains(c, "(legacy)") || !strings.Contains(c, legacy.Hex()[:10]) {
		t.Errorf("the legacy proposal's page does not name its governor:\n%s", c)
	}
	m.detail = nil
	tuitest.Drive(m.Update, m.OpenProposal(cur.Key(), false))
	if m.detail == nil || strings.Contains(m.detail.content(m), "(legacy)") {
		t.Error("the current proposal's page is marked legacy")
	}
	m.detail = nil
	tuitest.Drive(m.Update, m.OpenProposal(first.String(), false))
	if m.detail == nil || m.detail.key != cur.Key() {
		t.Errorf("OpenProposal by decimal id did not open the current governor's proposal")
	}
}
