package vote_test

import (
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/tui/ui"
	. "github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// A gasless ballot from the vote modal: g switches the choices to a
// ballot's, the review shows the EIP-712 domain and every field, the
// passphrase signs it (no transaction), the file and the submit command
// are shown, and enter relays it from another account as a reviewed,
// journaled castVoteBySig.
func TestBallotSignAndRelay(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.wantView("Gasless ballot…", "castVoteBySig")
	h.press("g")
	if h.step() != StepSupport {
		t.Fatalf("g: step %v", h.step())
	}
	h.wantView("Gasless ballot · 42", "Gasless ballot: how do you vote?", "not a transaction", "It carries no reason")
	for _, b := range h.m.Help().ShortHelp() {
		if b.Help().Desc == "gasless ballot…" {
			t.Fatal("the ballot's choices offer the ballot again")
		}
	}
	h.press("f")
	if h.step() != StepReview {
		t.Fatalf("f on a ballot: step %v, want the review (no reason)", h.step())
	}
	if r := h.m.FlowReview(); r == nil || r.Kind != signer.KindBallot {
		t.Fatalf("review %+v", r)
	}
	h.m.SetSize(100, 40) // the whole review, no scrolling
	h.wantView("an EIP-712 ballot, not a transaction", "EIP-712 typed data, primary type Ballot",
		"EIP712Domain(string name,string version,uint256 chainId,address", "  verifyingContract)",
		`"Model Commons Governor"`, `version`, `"1"`, "chainId", "1337", "verifyingContract", votetest.Governor.Hex(),
		"Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)", "proposalId", "support", "1 (for)",
		"voter", votetest.Alice.Hex(), "nonce", "digest", "0x", "From", "(alice)", "Voting power", "1,200,000 MCG at snapshot 4321",
		"Cost", "none: a relayer sends castVoteBySig")
	for _, no := range []string{"Gas limit", "Max cost", "Priority fee"} {
		if strings.Contains(h.view(), no) {
			t.Fatalf("a ballot's review shows %q", no)
		}
	}

	h.press("enter")
	h.wantView("no gas: signed, not sent", "Passphrase for alice", "enter: sign the ballot (nothing is sent)")
	h.typeText("nope")
	h.press("enter")
	h.wantView("wrong passphrase — try again")
	if h.step() != StepPassphrase || !allZero(h.w.Passphrases[0]) {
		t.Fatalf("wrong passphrase: step %v, zeroed %v", h.step(), allZero(h.w.Passphrases[0]))
	}
	h.typeText(votetest.AlicePass)
	h.press("enter")
	if h.step() != StepBallotSigned {
		t.Fatalf("step %v, want the signed ballot", h.step())
	}
	if !allZero(h.w.Passphrases[1]) || len(h.m.FlowPassBuf()) != 0 {
		t.Fatal("the passphrase was kept")
	}
	if h.w.Count("SignBallot") != 2 || h.w.Count("Sign") != 0 || h.w.Count("Record") != 0 || len(h.w.Entries()) != 0 {
		t.Fatalf("signing a ballot: %v", h.w.Calls)
	}
	h.wantView("✓ Ballot signed: alice votes For", "Saved to", votetest.New().BallotDir+"/ballot-1337-p42-alice-for.json",
		"Relay with", "daoterm ballot submit", "Digest", "Nothing was sent", "enter: relay it now from another account")

	// Relay it now: the accounts that may relay (not alice, not a broken file).
	h.press("enter")
	if h.step() != StepRelayer {
		t.Fatalf("step %v, want the relayer", h.step())
	}
	v := h.view()
	if !strings.Contains(v, "▸ bob") || strings.Contains(v, "broken") || strings.Contains(v, votetest.Alice.Hex()+"  whale") {
		t.Fatalf("relayers:\n%s", v)
	}
	h.press("enter")
	if h.step() != StepReview || h.m.FlowAccount() != "bob" {
		t.Fatalf("step %v account %s, want bob's review", h.step(), h.m.FlowAccount())
	}
	h.wantView("Relay a ballot · 42", "signing as bob", "castVoteBySig(uint256,uint8,address,bytes)", "Ballot file", "ballot-1337-p42-alice-for.json",
		"Voter", votetest.Alice.Hex(), "Max cost", "Gas limit")
	// esc goes back to the relayer, signing as alice again; enter comes back.
	h.press("esc")
	if h.step() != StepRelayer || h.m.FlowAccount() != "alice" {
		t.Fatalf("esc: step %v account %s", h.step(), h.m.FlowAccount())
	}
	h.press("enter", "enter")
	h.wantView("Passphrase for bob", "sign and send")
	h.typeText(votetest.BobPass)
	h.press("enter")
	if h.step() != StepPending {
		t.Fatalf("step %v, want pending", h.step())
	}
	e := h.w.Entries()
	if len(e) != 1 || *e[0].From != votetest.Bob || e[0].Function != "castVoteBySig" {
		t.Fatalf("journal %+v", e)
	}
	if err := h.w.Mine(e[0].Hash, 5001); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.Head(ui.Head{Number: 5001}))
	if h.step() != StepDone {
		t.Fatalf("step %v, want done", h.step())
	}
	h.wantView("Mined in block 5,001", "Relayed the ballot of alice", "it voted For; bob paid the gas", "shows alice's vote")
}

// GovernorAlpha's ballot: For or Against only, a bool, in Compound's
// domain (no version), no voter or nonce.
func TestAlphaBallot(t *testing.T) {
	h := harnessFor(t, gov.Kind{Family: gov.FamilyAlpha, Counting: gov.CountingAlpha})
	h.m.SetSize(100, 40)
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("g", "n", "s", "g") // no abstain, no split, no ballot of a ballot
	if h.step() != StepSupport {
		t.Fatalf("step %v", h.step())
	}
	h.wantView("Gasless ballot: how do you vote?", "there is no Abstain")
	h.press("a")
	if h.step() != StepReview {
		t.Fatalf("step %v, want the review", h.step())
	}
	h.wantView("EIP712Domain(string name,uint256 chainId,address verifyingContract)", "Ballot(uint256 proposalId,bool support)", "false (against)")
	v := h.view()
	for _, no := range []string{"version", "nonce", "voter  ", "reason"} {
		if strings.Contains(v, no) {
			t.Fatalf("Alpha's ballot review shows %q:\n%s", no, v)
		}
	}
}

// esc walks back from a ballot's choices to the vote's, with the cursor on
// the ballot row; a fractional governor's ballot offers no split.
func TestBallotBackAndNoSplit(t *testing.T) {
	h := harnessFor(t, gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingFractional, QuorumAbstain: true})
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("down", "down", "down", "down", "enter") // For Against Abstain Split [Ballot]
	h.wantView("Gasless ballot: how do you vote?", "It carries no reason and no split")
	if strings.Contains(h.view(), "Split…") {
		t.Fatal("a ballot offers a split")
	}
	h.press("s")
	if h.step() != StepSupport {
		t.Fatalf("s in a ballot: step %v", h.step())
	}
	h.press("esc")
	if !h.m.Open() || h.step() != StepSupport || h.m.FlowChoice() != 4 {
		t.Fatalf("esc: open %v step %v cursor %d", h.m.Open(), h.step(), h.m.FlowChoice())
	}
	h.wantView("How do you vote?", "Split…")
	h.press("n") // a vote again: abstain asks for a reason
	if h.step() != StepReason {
		t.Fatalf("step %v, want the reason", h.step())
	}
}

// A relay that cannot be prepared (the relayer has no ETH, say) keeps the
// ballot: the failure says where it is, esc offers another account.
func TestRelayFailureKeepsBallot(t *testing.T) {
	w := votetest.New()
	h := newHarness(t, w)
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("g", "f", "enter")
	h.typeText(votetest.AlicePass)
	h.press("enter", "enter")
	w.PrepareErr = votetest.Revert("Insufficient", "insufficient funds for gas * price + value")
	h.press("enter")
	if h.step() != StepFailed {
		t.Fatalf("step %v, want failed", h.step())
	}
	h.wantView("The relay transaction was not signed or sent; the ballot is still valid", "ballot-1337-p42-alice-for.json", "esc: choose another account")
	h.press("esc")
	if h.step() != StepRelayer || h.m.FlowAccount() != "alice" {
		t.Fatalf("esc: step %v account %s", h.step(), h.m.FlowAccount())
	}
	w.PrepareErr = nil
	h.press("enter")
	if h.step() != StepReview || h.m.FlowAccount() != "bob" {
		t.Fatalf("retry: step %v account %s", h.step(), h.m.FlowAccount())
	}
}

// With no other usable account, the relay step says how to relay it
// elsewhere.
func TestRelayWithoutAnotherAccount(t *testing.T) {
	w := votetest.New()
	w.Accts = w.Accts[:1]
	h := newHarness(t, w)
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("g", "f", "enter")
	h.typeText(votetest.AlicePass)
	h.press("enter", "enter")
	h.wantView("no other account that can sign here", "daoterm ballot submit")
	h.press("enter")
	if h.step() != StepRelayer || w.Count("PrepareRelay") != 0 {
		t.Fatalf("step %v, relays %d", h.step(), w.Count("PrepareRelay"))
	}
	h.press("esc", "esc")
	if h.m.Open() {
		t.Fatal("esc from the signed ballot did not close")
	}
}
