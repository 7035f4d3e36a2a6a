package vote_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
	. "github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// harness drives a Model synchronously against the fake wallet.
type harness struct {
	t *testing.T
	m *Model
	w *votetest.Wallet
}

func newHarness(t *testing.T, w *votetest.Wallet) *harness {
	t.Helper()
	m := New(context.Background(), tuitest.Common(), w, time.Minute)
	m.SetInfo(&ui.DAOInfo{
		Governor: gov.Info{Address: votetest.Governor, Token: votetest.Token},
		Labels:   map[common.Address]string{votetest.Alice: "alice", votetest.Bob: "bob"},
	})
	m.SetSize(100, 25)
	h := &harness{t: t, m: m, w: w}
	h.run(m.Init())
	return h
}

func (h *harness) run(cmd tea.Cmd) []tea.Msg { return tuitest.Drive(h.m.Update, cmd) }

func (h *harness) press(keys ...string) {
	for _, k := range keys {
		h.run(func() tea.Msg { return tuitest.Key(k) })
	}
}

func (h *harness) typeText(s string) {
	for _, k := range tuitest.Type(s) {
		h.run(func() tea.Msg { return k })
	}
}

func (h *harness) start(req Request) { h.run(h.m.Start(req)) }

func (h *harness) view() string { return h.m.View() }

func (h *harness) wantView(wants ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range wants {
		if !strings.Contains(v, w) {
			h.t.Fatalf("view lacks %q:\n%s", w, v)
		}
	}
}

func (h *harness) step() Step {
	if !h.m.HasFlow() {
		h.t.Fatal("no flow open")
	}
	return h.m.FlowStep()
}

func proposal(state gov.State) *gov.Proposal {
	return &gov.Proposal{
		ID: big.NewInt(42), Title: "Release the 7B weights", State: state, Block: 5000,
		Targets: []common.Address{votetest.Token}, Values: []*big.Int{new(big.Int)}, Calldatas: [][]byte{{1, 2, 3, 4}},
		Description: "# Release the 7B weights\n",
	}
}

func allZero(b []byte) bool {
	for _, c := range b[:cap(b)] {
		if c != 0 {
			return false
		}
	}
	return true
}

func TestVoteWithReasonEndToEnd(t *testing.T) {
	h := newHarness(t, votetest.New())
	if a, ok := h.m.Account(); !ok || a.Name != "alice" {
		t.Fatalf("default account not chosen: %+v %v", a, ok)
	}
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.wantView("Vote · 42 Release the 7B weights", "How do you vote?", "signing as alice")
	h.press("down", "down", "up") // cursor on Against
	if h.m.FlowChoice() != 1 {
		t.Fatalf("cursor %d", h.m.FlowChoice())
	}
	h.press("f") // shortcut: For
	if h.step() != StepReason || h.m.FlowSupport() != gov.For {
		t.Fatalf("step %d support %v", h.step(), h.m.FlowSupport())
	}
	h.typeText("Open weights")
	h.press("enter")
	h.typeText("serve the commons.")
	h.wantView("You vote For", "castVoteWithReason", "31/4000 characters")
	h.press("tab")
	if h.step() != StepReview {
		t.Fatalf("after tab: step %d", h.step())
	}
	h.wantView("Review", "castVoteWithReason(uint256,uint8,string)", "proposalId", "1 (for)",
		"Open weights serve the commons.", "Voting power", "1,200,000 MCG at snapshot 4321", "Nonce", "Gas limit",
		"Max fee", "Priority fee", "Max cost", "local dev chain (id 1337)", "Release the 7B weights")
	if h.w.Count("Sign") != 0 {
		t.Fatal("signed before the passphrase")
	}

	// A wrong passphrase: said so, asked again, the bytes zeroed.
	h.press("enter")
	h.wantView("Passphrase for alice")
	h.typeText("wrong")
	h.wantView("●●●●●")
	if strings.Contains(h.view(), "wrong") {
		t.Fatal("the passphrase is shown")
	}
	h.press("enter")
	if h.step() != StepPassphrase || h.w.Count("Sign") != 1 {
		t.Fatalf("step %d, sign calls %d", h.step(), h.w.Count("Sign"))
	}
	h.wantView("wrong passphrase — try again")
	if !allZero(h.w.Passphrases[0]) {
		t.Fatal("the wrong passphrase was not zeroed")
	}
	if h.m.FlowPassBuf() != nil {
		t.Fatal("the flow kept the passphrase")
	}

	// The right one: signed, journaled, broadcast, pending.
	h.typeText(votetest.AlicePass)
	h.press("enter")
	if h.step() != StepPending {
		t.Fatalf("step %d: %s", h.step(), h.view())
	}
	if !allZero(h.w.Passphrases[1]) {
		t.Fatal("the passphrase was not zeroed after signing")
	}
	if h.w.Count("Record") != 1 || h.w.Count("Broadcast") != 1 {
		t.Fatalf("record %d broadcast %d", h.w.Count("Record"), h.w.Count("Broadcast"))
	}
	hash := h.m.FlowHash()
	h.wantView("Pending", hash.Hex(), "Nonce        7")
	if h.m.Pending() != 1 || !strings.Contains(h.m.Badge(), "1 pending") || !strings.Contains(h.m.Badge(), "alice") {
		t.Fatalf("pending %d badge %q", h.m.Pending(), h.m.Badge())
	}

	// Mined: the next head's reconcile settles it.
	if err := h.w.Mine(hash, 5001); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.Head(ui.Head{Number: 5001}))
	if h.step() != StepDone {
		t.Fatalf("step %d", h.step())
	}
	h.wantView("Mined in block 5,001: success", "You voted For on “Release the 7B weights”", "new tallies")
	if h.m.Pending() != 0 {
		t.Fatal("still pending")
	}
	h.press("esc")
	if h.m.Open() {
		t.Fatal("esc did not close")
	}
}

func TestVoteWithoutReasonIsCastVote(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("down", "enter") // Against via the cursor
	h.wantView("castVote (no reason)")
	h.press("tab")
	h.wantView("castVote(uint256,uint8)", "0 (against)")
	if strings.Contains(h.view(), "reason") {
		t.Fatal("a reason row without a reason")
	}
	// esc walks back: review → reason → support → closed.
	h.press("esc")
	if h.step() != StepReason {
		t.Fatal("esc from the review did not return to the reason")
	}
	h.press("esc", "esc")
	if h.m.Open() {
		t.Fatal("flow still open")
	}
}

func TestRevertShownAndNothingSignable(t *testing.T) {
	w := votetest.New()
	w.PrepareErr = votetest.Revert("GovernorAlreadyCastVote", "GovernorAlreadyCastVote(address)",
		signer.Arg{Name: "voter", Type: "address", Value: votetest.Alice.Hex()})
	h := newHarness(t, w)
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("f", "tab")
	if h.step() != StepFailed {
		t.Fatalf("step %d", h.step())
	}
	h.wantView("Nothing can be signed", "The simulation reverted:", "GovernorAlreadyCastVote(voter="+votetest.Alice.Hex()+")", "Nothing was signed or sent")
	h.press("enter") // no way on to a passphrase: enter closes
	if h.m.Open() || w.Count("Sign") != 0 {
		t.Fatal("a reverted simulation led somewhere")
	}
}

func TestRetryAfterFailure(t *testing.T) {
	w := votetest.New()
	w.PrepareErr = errors.New("dial tcp: connection refused\x1b[2J")
	h := newHarness(t, w)
	h.start(Request{Kind: KindQueue, Proposal: proposal(gov.Succeeded)})
	h.wantView("connection refused", "r: try again")
	if strings.Contains(h.view(), "\x1b") {
		t.Fatal("error not sanitized")
	}
	w.PrepareErr = nil
	h.press("r")
	h.wantView("Queue · 42", "queue(address[],uint256[],bytes[],bytes32)", "descriptionHash", "Proposal state")
}

func TestWarningsZeroPowerAndAlreadyVoted(t *testing.T) {
	w := votetest.New()
	w.Power, w.AlreadyVoted = new(big.Int), true
	h := newHarness(t, w)
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("n", "tab")
	h.wantView("⚠ ", "NO voting power", "already voted", "2 (abstain)", "Already voted")
}

func TestWrongStateExplains(t *testing.T) {
	h := newHarness(t, votetest.New())
	for _, c := range []struct {
		kind  Kind
		state gov.State
		want  string
	}{
		{KindVote, gov.Pending, "only while a proposal is Active"},
		{KindQueue, gov.Active, "Only a Succeeded proposal"},
		{KindExecute, gov.Succeeded, "Only a Queued proposal"},
	} {
		h.start(Request{Kind: c.kind, Proposal: proposal(c.state)})
		h.wantView(c.want, "as of block 5000")
		if h.m.HasFlow() {
			t.Fatal("a flow opened")
		}
		h.press("esc")
	}
}

func TestExecuteBeforeEtaExplains(t *testing.T) {
	h := newHarness(t, votetest.New())
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	h.run(h.m.Head(ui.Head{Number: 6000, Time: now}))
	p := proposal(gov.Queued)
	p.ETA = uint64(now.Add(90 * time.Minute).Unix())
	h.start(Request{Kind: KindExecute, Proposal: p})
	h.wantView("The timelock delay ends at 2025-03-01 13:30 UTC", "as of block 6000")
	if h.m.HasFlow() {
		t.Fatal("a flow opened before the eta")
	}
	h.press("esc")
	p.ETA = uint64(now.Add(-time.Minute).Unix())
	h.start(Request{Kind: KindExecute, Proposal: p})
	if !h.m.HasFlow() {
		t.Fatal("no flow after the eta")
	}
}

func TestNoAccountOpensPicker(t *testing.T) {
	w := votetest.New()
	w.Default = ""
	h := newHarness(t, w)
	if _, ok := h.m.Account(); ok {
		t.Fatal("an account without a default")
	}
	if !strings.Contains(h.m.Badge(), "no account") {
		t.Fatalf("badge %q", h.m.Badge())
	}
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.wantView("Signing account", "No signing account is chosen", "--account NAME", "alice", "bob", "broken", "cannot sign here")
	h.press("down", "down", "enter") // broken: not selectable
	if _, ok := h.m.Account(); ok {
		t.Fatal("picked an unusable account")
	}
	h.press("up", "enter") // bob
	if a, _ := h.m.Account(); a.Name != "bob" {
		t.Fatalf("account %q", a.Name)
	}
	if !h.m.HasFlow() || h.m.FlowAccount() != "bob" || h.step() != StepSupport {
		t.Fatal("the waiting vote did not start with bob")
	}
}

func TestConfiguredAccountMissing(t *testing.T) {
	w := votetest.New()
	w.Default = "mallory"
	h := newHarness(t, w)
	h.run(h.m.OpenAccounts())
	h.wantView(`The configured account "mallory" is not in the keystore`)
}

func TestNoKeystoreSaysHowToConfigure(t *testing.T) {
	w := votetest.New()
	w.AccountsErr = errors.New("no keystore directory: none of ~/.foundry/keystores exists")
	h := newHarness(t, w)
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.wantView("No keystore", "none of ~/.foundry/keystores exists", "--account NAME", "--keystore DIR")
}

func TestNoWallet(t *testing.T) {
	m := New(context.Background(), tuitest.Common(), nil, time.Minute)
	m.SetSize(100, 25)
	if m.Init() != nil || m.Head(ui.Head{Number: 1}) != nil || m.Badge() != "" {
		t.Fatal("a nil wallet did something")
	}
	m.Start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	if !strings.Contains(m.View(), "Signing is not available") {
		t.Fatal(m.View())
	}
}

func TestDelegateTargets(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindDelegate, Candidate: votetest.Bob})
	h.wantView("Delegate your voting power", "yourself", "the selected one "+votetest.Bob.Hex()+" (bob)", "an address you type")
	if h.m.FlowTarget() != TargetCandidate {
		t.Fatal("the selected holder is not preselected")
	}
	h.press("enter")
	h.wantView("delegate(address)", "delegatee", votetest.Bob.Hex(), "Delegate to", "Current delegate")
	h.press("esc") // back to the targets
	if h.step() != StepTarget {
		t.Fatalf("step %d", h.step())
	}
	h.press("up") // yourself
	h.press("enter")
	if h.m.FlowDelegatee() != votetest.Alice {
		t.Fatal("self is not alice")
	}
	h.press("esc", "down", "down", "enter") // type an address
	if h.step() != StepAddress {
		t.Fatalf("step %d", h.step())
	}
	// a mixed-case address with a broken checksum is refused
	good := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	h.typeText("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
	h.press("enter")
	h.wantView("✗ ")
	if h.step() != StepAddress {
		t.Fatal("a bad checksum was accepted")
	}
	for range 42 {
		h.press("backspace")
	}
	h.typeText("0x12")
	h.press("enter")
	if h.step() != StepAddress {
		t.Fatal("a short address was accepted")
	}
	for range 4 {
		h.press("backspace")
	}
	h.typeText(good)
	h.press("enter")
	if h.step() != StepReview || h.m.FlowDelegatee() != common.HexToAddress(good) {
		t.Fatalf("step %d delegatee %s", h.step(), h.m.FlowDelegatee().Hex())
	}
	h.press("esc")
	if h.step() != StepAddress {
		t.Fatal("esc from a typed delegatee's review did not return to the address")
	}
}

func TestExecuteAndFailedOnChain(t *testing.T) {
	w := votetest.New()
	h := newHarness(t, w)
	h.start(Request{Kind: KindExecute, Proposal: proposal(gov.Queued)})
	h.wantView("Execute · 42", "execute(address[],uint256[],bytes[],bytes32)")
	h.press("enter")
	h.typeText(votetest.AlicePass)
	h.press("enter")
	hash := h.m.FlowHash()
	if err := w.Fail(hash, 5002, "TimelockUnexpectedOperationState(operationId=0x…, expectedStates=Ready)"); err != nil {
		t.Fatal(err)
	}
	h.run(h.m.Head(ui.Head{Number: 5002}))
	h.wantView("Mined in block 5,002 but reverted", "TimelockUnexpectedOperationState")
}

func TestBroadcastFailureStaysPending(t *testing.T) {
	w := votetest.New()
	w.BroadcastErr = errors.New("connection reset")
	h := newHarness(t, w)
	h.start(Request{Kind: KindQueue, Proposal: proposal(gov.Succeeded)})
	h.press("enter")
	h.typeText(votetest.AlicePass)
	h.press("enter")
	if h.step() != StepPending {
		t.Fatalf("step %d", h.step())
	}
	h.wantView("The broadcast failed: connection reset", "sends it again on each new block")
	if w.Count("Record") != 1 {
		t.Fatal("not journaled")
	}
}

func TestRecordFailureSendsNothing(t *testing.T) {
	w := votetest.New()
	w.RecordErr = errors.New("journal: syncing: no space left on device")
	h := newHarness(t, w)
	h.start(Request{Kind: KindQueue, Proposal: proposal(gov.Succeeded)})
	h.press("enter")
	h.typeText(votetest.AlicePass)
	h.press("enter")
	h.wantView("Not sent: the journal could not be written", "no space left", "Nothing was signed or sent")
	if w.Count("Broadcast") != 0 {
		t.Fatal("broadcast without a journal entry")
	}
}

func TestChainChangedRefuses(t *testing.T) {
	w := votetest.New()
	w.SignErr = errors.New("chain id changed: refusing to sign: prepared for chain 1337, connected to chain 1")
	w.SignErr = errors.Join(signer.ErrChainChanged, w.SignErr)
	h := newHarness(t, w)
	h.start(Request{Kind: KindQueue, Proposal: proposal(gov.Succeeded)})
	h.press("enter")
	h.typeText(votetest.AlicePass)
	h.press("enter")
	h.wantView("Not signed", "Refused to sign", "connected to chain 1")
	if w.Count("Record") != 0 {
		t.Fatal("recorded after a refusal")
	}
}

func TestEscOnPassphraseWipes(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindQueue, Proposal: proposal(gov.Succeeded)})
	h.press("enter")
	h.typeText("secret")
	buf := h.m.FlowPassBuf()
	h.press("esc")
	if h.step() != StepReview || !allZero(buf) || h.m.FlowPassBuf() != nil {
		t.Fatal("esc did not wipe the passphrase")
	}
	h.press("enter")
	h.typeText("again")
	buf = h.m.FlowPassBuf()
	h.press("esc", "esc") // review, then closed
	if h.m.Open() || !allZero(buf) {
		t.Fatal("closing did not wipe")
	}
}

func TestStalePrepareDropped(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("f")
	cmd := h.m.FlowPrepare() // in flight
	h.press("esc")           // back to the reason while it runs
	if h.step() != StepReason {
		t.Fatalf("step %d", h.step())
	}
	h.run(cmd) // its result arrives late
	if h.step() != StepReason || h.m.FlowHasReview() {
		t.Fatal("a stale prepare result was taken")
	}
}

func TestTransactionsList(t *testing.T) {
	w := votetest.New()
	h := newHarness(t, w)
	h.run(h.m.OpenTransactions())
	h.wantView("Transactions", "No transactions signed on this chain yet")
	h.press("esc")
	h.start(Request{Kind: KindQueue, Proposal: proposal(gov.Succeeded)})
	h.press("enter")
	h.typeText(votetest.AlicePass)
	h.press("enter", "esc") // pending; close the flow
	h.run(h.m.OpenTransactions())
	e := w.Entries()[0]
	h.wantView("pending", format0(e.Hash), "queue(…)", e.Hash.Hex(), "nonce 7", "1 pending · 1 in all")
}

func format0(h common.Hash) string { s := h.Hex(); return s[:6] + "…" + s[len(s)-4:] }

func TestReconcileCoalesces(t *testing.T) {
	w := votetest.New()
	h := newHarness(t, w)
	before := w.Count("Reconcile")
	c1 := h.m.Head(ui.Head{Number: 1})
	if h.m.Head(ui.Head{Number: 2}) != nil || h.m.Head(ui.Head{Number: 3}) != nil {
		t.Fatal("a second reconcile started while one runs")
	}
	h.run(c1)
	if got := w.Count("Reconcile") - before; got != 2 {
		t.Fatalf("%d reconciles for 3 heads during one; want 2", got)
	}
}

// harnessFor is a harness on a governor of kind, with an 18-decimal MCG
// governance token.
func harnessFor(t *testing.T, kind gov.Kind) *harness {
	w := votetest.New()
	w.Kind = kind
	h := newHarness(t, w)
	h.m.SetInfo(&ui.DAOInfo{
		Governor: gov.Info{Address: votetest.Governor, Token: votetest.Token, Kind: kind},
		Token:    treasury.Asset{Address: votetest.Token, Symbol: "MCG", Decimals: 18},
	})
	return h
}

func tokens(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

// A fractional governor offers a split: three amounts in token units,
// checked as typed and against the voting power the review reads.
func TestSplitVote(t *testing.T) {
	h := harnessFor(t, gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingFractional, QuorumAbstain: true})
	h.w.Power = tokens("1000000000000000000000") // 1,000 MCG
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.wantView("For", "Against", "Abstain", "Split…")
	h.press("s")
	if h.step() != StepSplit {
		t.Fatalf("s: step %v, want the split", h.step())
	}
	h.wantView("how many MCG go for, against and to abstain", "for", "against", "abstain")
	h.typeText("1x")
	h.press("enter")
	h.wantView(`for: "1x" is not an amount of tokens`)
	h.press("backspace", "backspace")
	h.press("enter")
	h.wantView("enter an amount for at least one")
	h.typeText("700.25")
	h.press("tab")
	h.typeText("400")
	h.press("enter") // the power is not known yet: on to the reason
	if h.step() != StepReason {
		t.Fatalf("step %v, want the reason", h.step())
	}
	h.wantView("a split: for 700.25 MCG, against 400 MCG, abstain 0 MCG", "castVoteWithReasonAndParams")
	h.press("tab")
	// The review reads 1,000 MCG of voting power: 1,100.25 is too much.
	if h.step() != StepSplit {
		t.Fatalf("over the voting power: step %v, want the split again", h.step())
	}
	h.wantView("adds up to 1,100.25 MCG, more than your voting power at the snapshot (block 4,321):",
		"Your voting power at the snapshot (block 4,321): 1,000 MCG")
	h.press("tab", "backspace", "backspace", "backspace")
	h.typeText("299.75")
	h.press("enter", "tab")
	if h.step() != StepReview {
		t.Fatalf("step %v, want the review", h.step())
	}
	sp := h.m.FlowSplit()
	if sp == nil || sp.For.Cmp(tokens("700250000000000000000")) != 0 || sp.Against.Cmp(tokens("299750000000000000000")) != 0 || sp.Abstain.Sign() != 0 {
		t.Fatalf("split %+v", sp)
	}
	if f := h.m.FlowReview().Function; f != "castVoteWithReasonAndParams" {
		t.Fatalf("function %q", f)
	}
}

// GovernorAlpha takes For or Against and no reason: the modal offers no
// Abstain, no split and no reason step.
func TestAlphaVoteOffersNoAbstainNorReason(t *testing.T) {
	h := harnessFor(t, gov.Kind{Family: gov.FamilyAlpha, Counting: gov.CountingAlpha})
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	v := h.view()
	if strings.Contains(v, "Abstain  ") || strings.Contains(v, "Split") || !strings.Contains(v, "there is no Abstain") {
		t.Fatalf("Alpha's choices:\n%s", v)
	}
	for _, b := range h.m.Help().ShortHelp() {
		if b.Help().Desc == "abstain" {
			t.Fatal("the help offers abstain")
		}
	}
	h.press("n", "s")
	if h.step() != StepSupport {
		t.Fatalf("n/s on Alpha: step %v", h.step())
	}
	h.press("down", "down", "down") // wraps over For, Against and the ballot only
	if h.m.FlowChoice() != 0 {
		t.Fatalf("cursor %d after three downs, want 0", h.m.FlowChoice())
	}
	h.press("a") // Against: straight to the review, no reason
	if h.step() != StepReview {
		t.Fatalf("step %v, want the review", h.step())
	}
	if f := h.m.FlowReview().Function; f != "castVote" {
		t.Fatalf("function %q", f)
	}
	h.press("esc")
	if h.step() != StepSupport {
		t.Fatalf("esc from the review: step %v, want the choice", h.step())
	}
}

// A simple-counting governor offers no split.
func TestSimpleCountingOffersNoSplit(t *testing.T) {
	h := harnessFor(t, gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingSimple})
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	if strings.Contains(h.view(), "Split") {
		t.Fatal("simple counting offers a split")
	}
	h.press("s")
	if h.step() != StepSupport {
		t.Fatalf("s: step %v", h.step())
	}
}

// A split the governor refuses in simulation (more than the weight left)
// returns to the amounts with its reason; nothing is signable.
func TestSplitRefusedReturnsToAmounts(t *testing.T) {
	h := harnessFor(t, gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingFractional, QuorumAbstain: true})
	h.w.PrepareErr = votetest.Revert("GovernorExceedRemainingWeight", "GovernorExceedRemainingWeight(address,uint256,uint256)",
		signer.Arg{Name: "voter", Type: "address", Value: votetest.Alice.Hex()},
		signer.Arg{Name: "usedVotes", Type: "uint256", Value: "5"},
		signer.Arg{Name: "remainingWeight", Type: "uint256", Value: "4"})
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	h.press("s")
	h.typeText("5")
	h.press("enter", "tab")
	if h.step() != StepSplit || h.m.FlowHasReview() {
		t.Fatalf("step %v (review %v), want the split without a review", h.step(), h.m.FlowHasReview())
	}
	h.wantView("the governor refuses this split:", "GovernorExceedRemainingWeight(", "remainingWeight=4")
}

// The typed-address field takes the labels the dashboard shows (bob,
// timelock) as well as addresses.
func TestDelegateToTypedLabel(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindDelegate, Candidate: votetest.Bob})
	h.press("down", "enter") // an address you type
	if h.step() != StepAddress {
		t.Fatalf("step %d", h.step())
	}
	h.typeText("Bob")
	h.press("enter")
	if h.step() != StepReview || h.m.FlowDelegatee() != votetest.Bob {
		t.Fatalf("step %d delegatee %s", h.step(), h.m.FlowDelegatee().Hex())
	}
}

// Delegating to the current delegate is flagged on the review and needs a
// second confirmation before the passphrase.
func TestRedelegateToCurrentWarns(t *testing.T) {
	h := newHarness(t, votetest.New())
	h.start(Request{Kind: KindDelegate, Candidate: votetest.Bob})
	h.press("up", "enter") // yourself: alice already delegates to herself
	h.wantView("is already your delegate", "send it anyway")
	h.press("enter")
	if h.step() != StepReview {
		t.Fatalf("one enter went on to step %d", h.step())
	}
	h.wantView("confirmed")
	h.press("enter")
	if h.step() != StepPassphrase {
		t.Fatalf("step %d after confirming", h.step())
	}
	// Another delegatee goes straight on.
	h2 := newHarness(t, votetest.New())
	h2.start(Request{Kind: KindDelegate, Candidate: votetest.Bob})
	h2.press("enter", "enter")
	if h2.step() != StepPassphrase {
		t.Fatalf("delegating to bob: step %d", h2.step())
	}
}
