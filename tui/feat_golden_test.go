package tui_test

import (
	"math/big"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// The filter menu: several states, "open" and "needs my vote" checkboxes.
func TestGoldenFilterMenu(t *testing.T) {
	runGolden(t, step{keys: []string{"f"}, wait: "needs my vote"},
		step{keys: []string{" ", "down", "down", "down", "down", "down", "down", "x"}, wait: "[x] succeeded"})
}

// The inbox of the signing account: Active proposals it has not voted on,
// soonest first, one ending within 24 h marked, and what its delegate
// (alice) voted.
func TestGoldenInbox(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30, Customize: func(p *gov.Proposal, i int) {
		if i == 4 || i == 5 || i == 8 {
			p.State, p.VoteStart = gov.Active, 4900
			p.VoteEnd = 5000 + uint64(20000*(i%4+1)) // 2.7 and 5.5 days ahead
			if i == 8 {
				p.VoteEnd = 5050 // 10 minutes: urgent
			}
		}
	}})
	w := votetest.New()
	w.Accts = append(w.Accts, vote.Account{Name: "eve", Address: fake.Accounts(4), Label: "delegates to alice"})
	w.Default = "eve"
	runWalletGoldenOn(t, src, w, 100, 30, walletStep{keys: []string{"4"}, wait: "need your vote"})
}

// The inbox without a wallet says how to sign.
func TestGoldenInboxNoAccount(t *testing.T) {
	runGolden(t, step{keys: []string{"4"}, wait: "No signing account"})
}

// The info panel.
func TestGoldenInfo(t *testing.T) {
	runGolden(t, step{keys: []string{"i"}, wait: "Governor"}, step{keys: []string{"j"}, wait: "▸ Genesis"})
}

// hashIDs gives the fake's proposals 77-digit ids, as OpenZeppelin's
// hashed ids are, not in creation order.
func hashIDs(p *gov.Proposal, i int) {
	p.ID = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(int64(1000*((i*7)%12)+i)))
}

// The proposal page at 80 columns: the 77-digit id is elided in the
// middle, never cut silently.
func TestGoldenDetail80(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30, Customize: hashIDs})
	runGoldenOn(t, src, 80, 24, "ago", step{keys: []string{"down", "enter"}, wait: "Voting ends"})
}

// The list at 80 columns with a signing account: the You column reads in
// full; ids not in creation order put no arrow on ID; "most votes" shows
// the Votes column it sorts by, with the arrow.
func TestGoldenProposals80(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30, Customize: hashIDs})
	// The You column comes with the signing account, which the wallet
	// reports on its own time: wait for it before sorting.
	runWalletGoldenOn(t, src, votetest.New(), 80, 24, walletStep{wait: "Agt"}, walletStep{keys: []string{"s", "s", "s"}, wait: "Votes ↓"})
}

// Enter on a proposal's page lists its votes; enter on a vote shows its
// whole reason.
func TestGoldenVotesList(t *testing.T) {
	runGolden(t, step{keys: []string{"down", "down", "enter"}, wait: "Voting ends"}, step{keys: []string{"enter"}, wait: "› Votes"})
}

func TestGoldenVotePage(t *testing.T) {
	long := "I vote for this because the audit is overdue. " +
		"It also funds a second review of the timelock.\nSecond paragraph: \x1b]52;c;aGk=\x07the clipboard escape here is stripped."
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30})
	src.SetVoteReason(9, 0, long)
	runGoldenOn(t, src, 100, 30, "ago", step{keys: []string{"down", "down", "enter"}, wait: "Voting ends"},
		step{keys: []string{"enter"}, wait: "› Votes"}, step{keys: []string{"enter"}, wait: "Second paragraph"})
}

// runWalletGoldenOn is runWalletGolden on src at width×height; a wait also
// sees what earlier waits read.
func runWalletGoldenOn(t *testing.T, src *fake.Source, w *votetest.Wallet, width, height int, steps ...walletStep) {
	t.Helper()
	play(t, src, w, width, height, "ago", true, steps...)
}

// Enter on a delegate: delegation, voting power over time and votes.
func TestGoldenDelegatePage(t *testing.T) {
	runGolden(t, step{keys: []string{"2"}, wait: "ownership at block"}, step{keys: []string{"l"}, wait: "Delegators"},
		step{keys: []string{"enter"}, wait: "changes · first"})
}

// Enter on a treasury flow: its transaction and the proposal that moved it.
func TestGoldenFlowPage(t *testing.T) {
	runGolden(t, step{keys: []string{"3"}, wait: "treasury at block"}, step{keys: []string{"l"}, wait: "Counterparty"},
		step{keys: []string{"down", "enter"}, wait: "Moved by executing"})
}
