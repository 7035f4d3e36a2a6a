package vote

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/addr"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// step is where a flow stands.
type step uint8

const (
	stepSupport      step = iota // vote: For / Against / Abstain
	stepSplit                    // vote: split amounts (fractional counting)
	stepReason                   // vote: optional multi-line reason
	stepTarget                   // delegate: yourself / the selected holder / an address
	stepAddress                  // delegate: typing an address
	stepPreparing                // checks, simulation, gas and fees
	stepReview                   // everything that will be signed
	stepPassphrase               // masked passphrase
	stepSigning                  // decrypting the key and signing
	stepSending                  // journal, then broadcast
	stepPending                  // broadcast; waiting to be mined
	stepDone                     // mined (success or revert), replaced or cancelled
	stepFailed                   // nothing was sent: a failed check, simulation or signature
	stepBallotSigned             // ballot: signed and written to a file; relay it now?
	stepRelayer                  // ballot: the account that relays it (and pays the gas)
)

// ballotRow is the support list's "Gasless ballot…" row: it switches the
// list to a ballot's choices.
const ballotRow gov.Support = 254

// Delegation targets offered by stepTarget.
const (
	targetSelf = iota
	targetCandidate
	targetTyped
)

// Messages of a flow's commands. flow is the flow's id: results for a flow
// that was closed meanwhile are dropped.
type (
	preparedMsg struct {
		flow, attempt int
		p             Prepared
		err           error
	}
	signedMsg struct {
		flow int
		s    *signer.Signed
		err  error
	}
	recordedMsg struct {
		flow int
		err  error
	}
	broadcastMsg struct {
		flow int
		err  error
	}
	ballotSignedMsg struct {
		flow int
		b    *Ballot
		err  error
	}
)

func (preparedMsg) voteMsg()     {}
func (signedMsg) voteMsg()       {}
func (recordedMsg) voteMsg()     {}
func (broadcastMsg) voteMsg()    {}
func (ballotSignedMsg) voteMsg() {}

// flow is one signing flow: choose, review, passphrase, sign, journal,
// broadcast, pending, mined.
type flow struct {
	id      int
	ctx     context.Context
	c       ui.Common
	w       Wallet
	timeout time.Duration
	namer   ui.Namer
	acct    Account
	req     Request

	step    step
	attempt int // prepare attempts; a result for an older one is dropped

	// vote
	kind    gov.Kind       // the governor's: which supports, splits and reasons it takes
	token   treasury.Asset // the governance token: split amounts are in its units
	support gov.Support
	choice  int // cursor in the support list (f.options())
	reason  textArea
	// split vote
	amounts  [3]ui.Input // for, against, abstain, in token units
	focus    int         // the amount with the focus
	split    *gov.Split  // the amounts entered, in base units
	splitErr string
	power    *big.Int // the voting power at the snapshot, once a review said it
	snapshot uint64

	// gasless ballot
	ballot    bool    // the support list is a ballot's: prepare and sign make a ballot
	signedB   *Ballot // the ballot, once signed and written
	accts     []Account
	relayers  []Account // the accounts that may relay it (not the voter)
	relayPick int
	relaying  bool    // acct is the relayer; voter signed the ballot
	voter     Account // the ballot's signer while relaying

	// delegate
	target    int // cursor in the target list
	targets   []int
	addr      ui.Input
	addrErr   string
	delegatee common.Address
	typed     bool // the delegatee was typed
	sameOK    bool // the user confirmed delegating to the current delegate again

	// review
	prepared Prepared
	review   *signer.Review
	scroll   int

	// passphrase
	pass    secret
	passErr string

	// after signing
	signed  *signer.Signed
	sendErr error          // broadcast failed: journaled, retried by reconcile
	entry   *journal.Entry // latest journal entry of the transaction

	// failure (nothing sent)
	failTitle string
	failErr   error
	canRetry  bool

	width, height int
}

// newFlow starts a flow for req signed by acct on a governor of kind whose
// token is tok.
func newFlow(ctx context.Context, id int, c ui.Common, w Wallet, timeout time.Duration, namer ui.Namer, acct Account, req Request,
	kind gov.Kind, tok treasury.Asset) (*flow, tea.Cmd) {
	f := &flow{id: id, ctx: ctx, c: c, w: w, timeout: timeout, namer: namer, acct: acct, req: req, kind: kind, token: tok}
	for i, name := range [...]string{"for     ", "against ", "abstain "} {
		f.amounts[i] = ui.NewInput(name, "0", 40, c.Styles.Label)
	}
	f.setFocus(0)
	f.addr = ui.NewInput("address ", "0x… (40 hex digits; mixed case must be a valid EIP-55 checksum)", 42, c.Styles.Label)
	switch req.Kind {
	case KindVote:
		f.step = stepSupport
		f.choice = 0 // For
	case KindDelegate:
		f.step = stepTarget
		f.targets = []int{targetSelf}
		if req.Candidate != (common.Address{}) && req.Candidate != acct.Address {
			f.targets = append(f.targets, targetCandidate)
			f.target = 1 // the holder the user pressed d on
		}
		f.targets = append(f.targets, targetTyped)
	default:
		return f, f.prepare()
	}
	return f, nil
}

// options are the choices the support list offers, in order: For,
// Against, Abstain where the governor counts it, a split (gov.Fractional)
// where it takes one, and a gasless ballot (ballotRow). A ballot's list
// offers For, Against and Abstain where counted: no split, no reason.
func (f *flow) options() []gov.Support {
	o := []gov.Support{gov.For, gov.Against}
	if f.kind.HasAbstain() {
		o = append(o, gov.Abstain)
	}
	if f.ballot {
		return o
	}
	if f.kind.Splits() {
		o = append(o, gov.Fractional)
	}
	return append(o, ballotRow)
}

// busy reports whether a command of the flow is running.
func (f *flow) busy() bool {
	return f.step == stepPreparing || f.step == stepSigning || f.step == stepSending
}

// closable reports whether esc may close the flow now. Signing and sending
// run to their end (they are short) so that what happened is always shown.
func (f *flow) closable() bool {
	return f.step != stepSigning && f.step != stepSending
}

// key handles a key; it reports close = true when the flow should close.
func (f *flow) key(k tea.KeyMsg) (cmd tea.Cmd, close bool) {
	km := f.c.Keys
	switch f.step {
	case stepSupport:
		switch {
		case key.Matches(k, km.Back):
			if f.ballot { // back to the vote's choices
				f.ballot = false
				f.choice = slices.Index(f.options(), ballotRow)
				return nil, false
			}
			return nil, true
		case key.Matches(k, km.Up):
			n := len(f.options())
			f.choice = (f.choice + n - 1) % n
		case key.Matches(k, km.Down):
			f.choice = (f.choice + 1) % len(f.options())
		case key.Matches(k, km.For):
			return f.pick(gov.For), false
		case key.Matches(k, km.Against):
			return f.pick(gov.Against), false
		case key.Matches(k, km.Abstain):
			return f.pick(gov.Abstain), false
		case key.Matches(k, km.Split):
			return f.pick(gov.Fractional), false
		case key.Matches(k, km.Ballot):
			return f.pick(ballotRow), false
		case key.Matches(k, km.Confirm):
			return f.pick(f.options()[f.choice]), false
		}
	case stepSplit:
		switch {
		case key.Matches(k, km.Back):
			f.step = stepSupport
		case key.Matches(k, km.Up), key.Matches(k, km.PrevTab):
			f.setFocus((f.focus + 2) % 3)
		case key.Matches(k, km.Down), key.Matches(k, km.NextTab):
			f.setFocus((f.focus + 1) % 3)
		case key.Matches(k, km.Confirm):
			if f.splitErr = f.readSplit(); f.splitErr == "" {
				return f.afterChoice(), false
			}
		default:
			if f.amounts[f.focus].Update(k) {
				f.splitErr = ""
			}
		}
	case stepReason:
		switch {
		case key.Matches(k, km.Back):
			f.step = stepSupport
			if f.split != nil {
				f.step = stepSplit
			}
		case key.Matches(k, km.Continue):
			return f.prepare(), false
		default:
			f.reason.Update(k)
		}
	case stepTarget:
		switch {
		case key.Matches(k, km.Back):
			return nil, true
		case key.Matches(k, km.Up):
			f.target = (f.target + len(f.targets) - 1) % len(f.targets)
		case key.Matches(k, km.Down):
			f.target = (f.target + 1) % len(f.targets)
		case key.Matches(k, km.Confirm):
			switch f.targets[f.target] {
			case targetSelf:
				f.delegatee, f.typed = f.acct.Address, false
				return f.prepare(), false
			case targetCandidate:
				f.delegatee, f.typed = f.req.Candidate, false
				return f.prepare(), false
			case targetTyped:
				f.step, f.addrErr = stepAddress, ""
			}
		}
	case stepAddress:
		switch {
		case key.Matches(k, km.Back):
			f.step = stepTarget
		case key.Matches(k, km.Confirm):
			a, err := addr.Parse(strings.TrimSpace(f.addr.Value()))
			if la, ok := f.namer.Lookup(f.addr.Value()); ok {
				a, err = la, nil // a label the dashboard shows (bob, timelock)
			}
			if err != nil {
				f.addrErr = err.Error()
				return nil, false
			}
			f.delegatee, f.typed, f.addrErr = a, true, ""
			return f.prepare(), false
		default:
			if f.addr.Update(k) {
				f.addrErr = ""
			}
		}
	case stepPreparing:
		if key.Matches(k, km.Back) {
			f.attempt++ // drop the result
			return nil, f.back()
		}
	case stepReview:
		switch {
		case key.Matches(k, km.Back):
			return nil, f.back()
		case key.Matches(k, km.Up):
			f.scroll = max(0, f.scroll-1)
		case key.Matches(k, km.Down):
			f.scroll++
		case key.Matches(k, km.PageUp):
			f.scroll = max(0, f.scroll-10)
		case key.Matches(k, km.PageDown):
			f.scroll += 10
		case key.Matches(k, km.Confirm):
			if f.sameDelegate() && !f.sameOK {
				f.sameOK = true // the review says it changes nothing: confirm once more
				return nil, false
			}
			f.step, f.passErr = stepPassphrase, ""
		}
	case stepPassphrase:
		switch {
		case key.Matches(k, km.Back):
			f.pass.Wipe()
			f.step = stepReview
		case key.Matches(k, km.Confirm):
			return f.sign(), false
		default:
			f.pass.Update(k)
			f.passErr = ""
		}
	case stepBallotSigned:
		switch {
		case key.Matches(k, km.Back):
			return nil, true
		case key.Matches(k, km.Confirm):
			f.relayers = f.relayers[:0]
			for _, a := range f.accts {
				if a.Usable() && a.Address != f.acct.Address {
					f.relayers = append(f.relayers, a)
				}
			}
			f.relayPick, f.step = 0, stepRelayer
		}
	case stepRelayer:
		switch {
		case key.Matches(k, km.Back):
			f.step = stepBallotSigned
		case key.Matches(k, km.Up):
			f.relayPick = max(0, f.relayPick-1)
		case key.Matches(k, km.Down):
			f.relayPick = min(max(0, len(f.relayers)-1), f.relayPick+1)
		case key.Matches(k, km.Confirm):
			if f.relayPick >= len(f.relayers) {
				return nil, false
			}
			f.voter, f.acct, f.relaying = f.acct, f.relayers[f.relayPick], true
			return f.prepare(), false
		}
	case stepPending:
		if key.Matches(k, km.Back) {
			return nil, true
		}
	case stepDone:
		if key.Matches(k, km.Back) || key.Matches(k, km.Confirm) {
			return nil, true
		}
	case stepFailed:
		switch {
		case f.relaying && key.Matches(k, km.Back): // the ballot stands: choose another relayer
			return nil, f.back()
		case key.Matches(k, km.Back) || key.Matches(k, km.Confirm):
			return nil, true
		case f.canRetry && key.Matches(k, km.Retry):
			return f.prepare(), false
		}
	}
	return nil, false
}

// pick chooses a support the governor offers and moves on: to the split
// amounts, the reason, or (a governor that takes no reason) the review.
func (f *flow) pick(s gov.Support) tea.Cmd {
	i := slices.Index(f.options(), s)
	if i < 0 {
		return nil // not offered here (Abstain on GovernorAlpha, a split on simple counting or in a ballot)
	}
	if s == ballotRow {
		f.ballot, f.choice = true, 0
		return nil
	}
	f.choice, f.support, f.split = i, s, nil
	if f.ballot {
		return f.prepare() // a ballot takes no reason
	}
	if s == gov.Fractional {
		f.step, f.splitErr = stepSplit, ""
		return nil
	}
	return f.afterChoice()
}

// afterChoice moves on once the support (and a split's amounts) are set.
func (f *flow) afterChoice() tea.Cmd {
	if !f.kind.HasReason() {
		return f.prepare()
	}
	f.step = stepReason
	return nil
}

// setFocus moves the cursor to amount i.
func (f *flow) setFocus(i int) {
	f.focus = i
	for j := range f.amounts {
		if j == i {
			f.amounts[j].Focus()
		} else {
			f.amounts[j].Blur()
		}
	}
}

// readSplit parses the amounts into f.split; it returns what is wrong, or "".
func (f *flow) readSplit() string {
	var v [3]*big.Int
	for i, name := range [...]string{"for", "against", "abstain"} {
		a, err := format.ParseUnits(f.amounts[i].Value(), f.token.Decimals)
		if err != nil {
			f.setFocus(i)
			return name + ": " + err.Error()
		}
		v[i] = a
	}
	total := new(big.Int).Add(new(big.Int).Add(v[0], v[1]), v[2])
	if total.Sign() == 0 {
		return "enter an amount for at least one of for, against and abstain"
	}
	if f.power != nil && total.Cmp(f.power) > 0 {
		return f.overPower(total)
	}
	f.split = &gov.Split{For: v[0], Against: v[1], Abstain: v[2]}
	return ""
}

// overPower says that a split of total is more than the voting power.
func (f *flow) overPower(total *big.Int) string {
	sym := " " + sanitize.Line(f.token.Symbol, sanitize.MaxSymbol)
	return fmt.Sprintf("the split adds up to %s%s, more than your voting power at the snapshot (block %s): %s%s",
		format.Exact(total, f.token.Decimals), sym, format.Uint(f.snapshot), format.Exact(f.power, f.token.Decimals), sym)
}

// sameDelegate reports whether a delegation review shows the delegatee is
// already the current delegate (the transaction would change nothing).
func (f *flow) sameDelegate() bool {
	return f.req.Kind == KindDelegate && f.review != nil && f.review.CurrentDelegate == f.delegatee
}

// back returns to the step before the review (the choice), or reports that
// the flow should close when there is none.
func (f *flow) back() bool {
	switch f.req.Kind {
	case KindVote:
		switch {
		case f.relaying:
			f.acct, f.relaying, f.step = f.voter, false, stepRelayer
		case f.ballot:
			f.step = stepSupport
		case f.kind.HasReason():
			f.step = stepReason
		case f.split != nil:
			f.step = stepSplit
		default:
			f.step = stepSupport
		}
	case KindDelegate:
		f.step = stepTarget
		if f.typed {
			f.step = stepAddress
		}
	default:
		return true
	}
	return false
}

// signFailed handles a signature's error (of a transaction or a ballot):
// a wrong passphrase asks again, another error ends the flow. It reports
// whether there was one.
func (f *flow) signFailed(err error) bool {
	switch {
	case errors.Is(err, signer.ErrWrongPassphrase):
		f.step = stepPassphrase
		f.passErr = "wrong passphrase — try again"
	case err != nil:
		f.fail("Not signed", err, false)
	default:
		return false
	}
	return true
}

// prepare asks the wallet to check, simulate and price the transaction.
func (f *flow) prepare() tea.Cmd {
	f.attempt++
	f.step = stepPreparing
	f.prepared, f.review, f.scroll, f.sameOK = nil, nil, 0, false
	f.failTitle, f.failErr, f.canRetry = "", nil, false
	ctx, w, timeout, acct := f.ctx, f.w, f.timeout, f.acct
	id, attempt := f.id, f.attempt
	var call func(ctx context.Context) (Prepared, error)
	switch f.req.Kind {
	case KindVote:
		pp, support, reason, split := *f.req.Proposal, f.support, f.reason.Value(), f.split
		if !f.kind.HasReason() {
			reason = ""
		}
		switch {
		case f.relaying:
			b := *f.signedB
			call = func(ctx context.Context) (Prepared, error) { return w.PrepareRelay(ctx, acct, &b) }
		case f.ballot:
			call = func(ctx context.Context) (Prepared, error) { return w.PrepareBallot(ctx, acct, &pp, support) }
		default:
			call = func(ctx context.Context) (Prepared, error) {
				return w.PrepareVote(ctx, acct, &pp, support, reason, split)
			}
		}
	case KindDelegate:
		to := f.delegatee
		call = func(ctx context.Context) (Prepared, error) { return w.PrepareDelegate(ctx, acct, to) }
	case KindQueue:
		p := f.req.Proposal
		call = func(ctx context.Context) (Prepared, error) { return w.PrepareQueue(ctx, acct, p) }
	case KindExecute:
		p := f.req.Proposal
		call = func(ctx context.Context) (Prepared, error) { return w.PrepareExecute(ctx, acct, p) }
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		p, err := call(ctx)
		if err == nil && (p == nil || p.Review() == nil) {
			err = errors.New("the wallet returned no review")
		}
		return preparedMsg{flow: id, attempt: attempt, p: p, err: err}
	}
}

// sign hands the passphrase to a signing command, which zeroes it when
// the wallet returns. The flow keeps no copy.
func (f *flow) sign() tea.Cmd {
	pass := f.pass.Take()
	f.step = stepSigning
	ctx, w, timeout, p, id := f.ctx, f.w, f.timeout, f.prepared, f.id
	if f.signsBallot() {
		return func() tea.Msg {
			defer zero(pass)
			ctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			b, err := w.SignBallot(ctx, p, pass)
			if err == nil && b == nil {
				err = errors.New("the wallet returned no ballot")
			}
			return ballotSignedMsg{flow: id, b: b, err: err}
		}
	}
	return func() tea.Msg {
		defer zero(pass)
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		s, err := w.Sign(ctx, p, pass)
		if err == nil && s == nil {
			err = errors.New("the wallet returned no signed transaction")
		}
		return signedMsg{flow: id, s: s, err: err}
	}
}

// signsBallot reports whether the flow signs a ballot (not a transaction).
func (f *flow) signsBallot() bool { return f.ballot && !f.relaying }

// update handles the results of the flow's commands.
func (f *flow) update(msg Msg) tea.Cmd {
	switch msg := msg.(type) {
	case preparedMsg:
		if msg.attempt != f.attempt || f.step != stepPreparing {
			return nil
		}
		var re *revert.Error
		if msg.err != nil && f.split != nil && errors.As(msg.err, &re) {
			// The governor refuses the amounts (more than the weight left):
			// back to them, with its reason.
			f.step = stepSplit
			f.setFocus(0)
			f.splitErr = "the governor refuses this split: " + re.Revert.String()
			return nil
		}
		if msg.err != nil {
			f.fail("Nothing can be signed", msg.err, true)
			return nil
		}
		f.prepared, f.review = msg.p, msg.p.Review()
		f.step = stepReview
		if r := f.review; f.req.Kind == KindVote && r.VotingPower != nil {
			f.power, f.snapshot = r.VotingPower, r.Snapshot
			if sp := f.split; sp != nil {
				if total := new(big.Int).Add(new(big.Int).Add(sp.For, sp.Against), sp.Abstain); total.Cmp(f.power) > 0 {
					f.prepared, f.review = nil, nil
					f.step, f.splitErr = stepSplit, f.overPower(total)
					f.setFocus(0)
				}
			}
		}
	case signedMsg:
		if f.step != stepSigning || f.signFailed(msg.err) {
			return nil
		}
		f.signed = msg.s
		f.step = stepSending
		ctx, w, timeout, s, id := f.ctx, f.w, f.timeout, msg.s, f.id
		return func() tea.Msg {
			ctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			return recordedMsg{flow: id, err: w.Record(ctx, s)}
		}
	case recordedMsg:
		if f.step != stepSending {
			return nil
		}
		if msg.err != nil {
			f.fail("Not sent: the journal could not be written", msg.err, false)
			return nil
		}
		ctx, w, timeout, s, id := f.ctx, f.w, f.timeout, f.signed, f.id
		return func() tea.Msg {
			ctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			return broadcastMsg{flow: id, err: w.Broadcast(ctx, s)}
		}
	case ballotSignedMsg:
		if f.step != stepSigning || f.signFailed(msg.err) {
			return nil
		}
		f.signedB, f.step = msg.b, stepBallotSigned
	case broadcastMsg:
		if f.step != stepSending {
			return nil
		}
		f.sendErr = msg.err
		f.step = stepPending
	}
	return nil
}

// fail shows a failure after which nothing was sent.
func (f *flow) fail(title string, err error, retry bool) {
	f.step = stepFailed
	f.failTitle, f.failErr, f.canRetry = title, err, retry
	f.prepared, f.review = nil, nil
}

// journal follows the transaction's journal entry once it is sent.
func (f *flow) journal(entries []journal.Entry) {
	if f.signed == nil || (f.step != stepPending && f.step != stepDone) {
		return
	}
	for i := range entries {
		if entries[i].Hash == f.signed.Hash {
			e := entries[i]
			f.entry = &e
			if e.Status.Final() {
				f.step = stepDone
			}
			if e.Status == journal.StatusPending {
				f.sendErr = nil // a reconcile re-broadcast it
			}
			return
		}
	}
}
