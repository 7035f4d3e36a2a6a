package tui_test

import (
	"math/big"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// walletStep is a step of a program with a wallet.
type walletStep = step

// runWalletGolden runs the real program at 100×30 on the fake DAO with the
// fake wallet, plays the steps and compares the final frame with the
// golden file (go test ./tui -run Golden -update rewrites them).
func runWalletGolden(t *testing.T, w *votetest.Wallet, steps ...walletStep) {
	t.Helper()
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30, Kind: w.Kind})
	play(t, src, w, 100, 30, "ago", false, steps...)
}

// toReview opens a vote For with a reason on the active proposal.
var toReview = []walletStep{
	{keys: []string{"down"}, wait: "▸ b000…85ee"},
	{keys: []string{"v"}, wait: "How do you vote?"},
	{keys: []string{"f"}, wait: "Reason (optional"},
	{text: "Open weights serve the commons.", wait: "31/4000"},
	{keys: []string{"tab"}, wait: "Review"},
}

func TestGoldenVoteReview(t *testing.T) {
	runWalletGolden(t, votetest.New(), toReview...)
}

func TestGoldenVoteReviewWarnings(t *testing.T) {
	w := votetest.New()
	w.Power, w.AlreadyVoted = new(big.Int), true
	runWalletGolden(t, w, toReview...)
}

func TestGoldenVoteWrongPassphrase(t *testing.T) {
	runWalletGolden(t, votetest.New(), append(append([]walletStep(nil), toReview...),
		walletStep{keys: []string{"enter"}, wait: "Passphrase for"},
		walletStep{text: "not-it", wait: "●●●●●●"},
		walletStep{keys: []string{"enter"}, wait: "wrong passphrase"})...)
}

func TestGoldenVoteMined(t *testing.T) {
	runWalletGolden(t, votetest.New(), append(append([]walletStep(nil), toReview...),
		walletStep{keys: []string{"enter"}, wait: "Passphrase for"},
		walletStep{text: votetest.AlicePass, wait: "●●●●●●●●●●●●"},
		walletStep{keys: []string{"enter"}, wait: "Pending"},
		walletStep{do: func(src *fake.Source, w *votetest.Wallet) {
			if err := w.Mine(w.Entries()[0].Hash, src.HeadNow().Number+1); err != nil {
				t.Error(err)
			}
			src.Advance(1)
		}, wait: "You voted For"})...)
}

func TestGoldenVoteReverted(t *testing.T) {
	w := votetest.New()
	w.PrepareErr = votetest.Revert("GovernorAlreadyCastVote", "GovernorAlreadyCastVote(address)",
		signer.Arg{Name: "voter", Type: "address", Value: votetest.Alice.Hex()})
	runWalletGolden(t, w, append(append([]walletStep(nil), toReview[:4]...),
		walletStep{keys: []string{"tab"}, wait: "The simulation reverted"})...)
}

func TestGoldenDelegateReview(t *testing.T) {
	runWalletGolden(t, votetest.New(),
		walletStep{keys: []string{"2"}, wait: "ownership at block"},
		walletStep{keys: []string{"down", "d"}, wait: "the selected one"},
		walletStep{keys: []string{"enter"}, wait: "Review"})
}

func TestGoldenTransactions(t *testing.T) {
	runWalletGolden(t, votetest.New(), append(append([]walletStep(nil), toReview...),
		walletStep{keys: []string{"enter"}, wait: "Passphrase for"},
		walletStep{text: votetest.AlicePass, wait: "●●●●●●●●●●●●"},
		walletStep{keys: []string{"enter"}, wait: "Pending"},
		walletStep{keys: []string{"esc", "t"}, wait: "in all"})...)
}

// A fractional governor: the split step, amounts typed, one refused.
func TestGoldenVoteSplit(t *testing.T) {
	w := votetest.New()
	w.Kind = gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingFractional, QuorumAbstain: true}
	runWalletGolden(t, w,
		walletStep{keys: []string{"down"}, wait: "▸ b000…85ee"},
		walletStep{keys: []string{"v"}, wait: "Split…"},
		walletStep{keys: []string{"s"}, wait: "Split your vote"},
		walletStep{text: "1000", keys: nil, wait: "1000"},
		walletStep{keys: []string{"tab"}, text: "250.5", wait: "250.5"},
		walletStep{keys: []string{"tab"}, text: "x", wait: "abstain x"},
		walletStep{keys: []string{"enter"}, wait: "not an amount"})
}

// The help on an Active proposal the account voted on: v is greyed out
// with the vote and its block; u and x say why not.
func TestGoldenHelpVoted(t *testing.T) {
	runWalletGolden(t, votetest.New(), walletStep{keys: []string{"down"}, wait: "▸ b000…85ee"},
		walletStep{keys: []string{"?"}, wait: "you voted Against at block"})
}

// toBallotReview opens a gasless ballot For on the active proposal.
var toBallotReview = []walletStep{
	{keys: []string{"down"}, wait: "▸ b000…85ee"},
	{keys: []string{"v"}, wait: "Gasless ballot…"},
	{keys: []string{"g"}, wait: "Gasless ballot: how do you vote?"},
	{keys: []string{"f"}, wait: "verifyingContract"},
}

// The review of a gasless ballot: the EIP-712 domain and every field.
func TestGoldenBallotReview(t *testing.T) {
	runWalletGolden(t, votetest.New(), toBallotReview...)
}

// A signed ballot: its file, the command that relays it, the offer to
// relay it now.
func TestGoldenBallotSigned(t *testing.T) {
	runWalletGolden(t, votetest.New(), append(append([]walletStep(nil), toBallotReview...),
		walletStep{keys: []string{"enter"}, wait: "Passphrase for"},
		walletStep{text: votetest.AlicePass, wait: "●●●●●●●●●●●●"},
		walletStep{keys: []string{"enter"}, wait: "relay it now"})...)
}
