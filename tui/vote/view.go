package vote

import (
	"errors"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// View renders the open overlay (the dashboard's body), or "".
func (m *Model) View() string {
	switch m.overlay {
	case overlayFlow:
		f := m.flow
		f.width, f.height = m.width, m.height
		return f.view()
	case overlayPicker:
		return m.pickerView()
	case overlayTxs:
		return m.txsView()
	case overlayNotice:
		return m.noticeView()
	}
	return ""
}

// spread puts left and right on one line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return vtable.Fit(left, w, vtable.Left)
	}
	return left + strings.Repeat(" ", gap) + right
}

// wrapText sanitizes untrusted text to one paragraph and wraps it at w.
func wrapText(s string, w, max int) []string {
	return strings.Split(ansi.Wrap(sanitize.Line(s, max), max1(w), ""), "\n")
}

func max1(w int) int { return max(10, w) }

// indent prefixes each line.
func indent(lines []string, pre string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = pre + l
	}
	return out
}

// acctLine is "alice 0x1234…abcd".
func acctLine(a Account) string {
	return sanitize.Line(a.Name, 24) + " " + format.ShortAddr(a.Address)
}

// title names the flow.
func (f *flow) title() string {
	p := f.req.Proposal
	prop := func() string {
		if p == nil {
			return ""
		}
		return " · " + format.ShortID(p.ID) + " " + sanitize.Line(p.Title, 60)
	}
	switch f.req.Kind {
	case KindVote:
		switch {
		case f.relaying:
			return "Relay a ballot" + prop()
		case f.ballot:
			return "Gasless ballot" + prop()
		}
		return "Vote" + prop()
	case KindDelegate:
		return "Delegate your voting power"
	case KindQueue:
		return "Queue" + prop()
	case KindExecute:
		return "Execute" + prop()
	}
	return ""
}

// view renders the flow at its current step.
func (f *flow) view() string {
	st := f.c.Styles
	w := f.width
	right := st.Muted.Render("signing as ") + st.Bold.Render(acctLine(f.acct)) + " "
	title := ansi.Truncate(" "+st.Section.Render(f.title()), max(10, w-lipgloss.Width(right)-2), "…")
	head := []string{spread(title, right, w), ""}
	var body []string
	add := func(lines ...string) { body = append(body, lines...) }
	switch f.step {
	case stepSupport:
		if f.ballot {
			add("  Gasless ballot: how do you vote?", "")
		} else {
			add("  How do you vote?", "")
		}
		keysOf := map[gov.Support]key.Binding{gov.For: f.c.Keys.For, gov.Against: f.c.Keys.Against, gov.Abstain: f.c.Keys.Abstain, gov.Fractional: f.c.Keys.Split, ballotRow: f.c.Keys.Ballot}
		for i, s := range f.options() {
			mark := "  "
			if i == f.choice {
				mark = "▸ "
			}
			switch s {
			case gov.Fractional:
				add("  " + mark + st.Support(s).Render(vtable.Fit("Split…", 9, vtable.Left)) + st.Muted.Render(keysOf[s].Help().Key))
			case ballotRow:
				add("  " + mark + vtable.Fit("Gasless ballot…", 17, vtable.Left) + st.Muted.Render(keysOf[s].Help().Key+"  sign now, anyone relays it and pays the gas (castVoteBySig)"))
			default:
				add("  " + mark + st.Support(s).Render(vtable.Fit(supportName(s), 9, vtable.Left)) + st.Muted.Render(keysOf[s].Help().Key))
			}
		}
		if !f.kind.HasAbstain() {
			add("", st.Muted.Render("  This governor counts For and Against only: there is no Abstain."))
		}
		if f.ballot {
			note := "A ballot is an EIP-712 signature for castVoteBySig, not a transaction: signing it costs you nothing. " +
				"Whoever holds it (you from another account, or a relayer) sends it and pays the gas, and it counts as your vote. " +
				"It carries no reason"
			if f.kind.Splits() {
				note += " and no split"
			}
			add("")
			add(indent(wrapText(note+".", w-4, 1000), "  ")...)
			add("", st.Muted.Render("  Nothing is signed until you have reviewed the ballot and typed your passphrase. esc: back"))
		} else {
			add("", st.Muted.Render("  Nothing is signed until you have reviewed the transaction and typed your passphrase."))
		}
	case stepSplit:
		sym := sanitize.Line(f.token.Symbol, sanitize.MaxSymbol)
		add("  Split your vote: how many "+orElse(sym, "votes")+" go for, against and to abstain?", "")
		for i := range f.amounts {
			mark := "  "
			if i == f.focus {
				mark = "▸ "
			}
			add("  " + mark + f.amounts[i].View())
		}
		add("")
		if f.power != nil {
			add("  " + st.Label.Render("Your voting power at the snapshot (block "+format.Uint(f.snapshot)+"): ") + format.Exact(f.power, f.token.Decimals) + " " + sym)
		} else {
			add(st.Muted.Render("  The review shows your voting power at the snapshot; the split may not add up to more."))
		}
		if f.splitErr != "" {
			add("")
			for _, l := range wrapText("✗ "+f.splitErr, w-4, 400) {
				add("  " + st.Error.Render(l))
			}
		}
		add("", st.Muted.Render(fmt.Sprintf("  Amounts in %s with up to %d decimals; an empty field is 0. A partial split leaves the rest of your weight to cast later.", orElse(sym, "tokens"), f.token.Decimals)))
	case stepReason:
		add("  You vote "+f.voteName()+". Reason (optional, published on chain with your vote):", "")
		area := max(3, min(10, f.height-8))
		text := f.reason.View(w-6, area)
		lines := strings.Split(text, "\n")
		for len(lines) < area {
			lines = append(lines, "")
		}
		add(indent(lines, "  │ ")...)
		fn := "castVoteWithReason"
		switch {
		case f.split != nil:
			fn = "castVoteWithReasonAndParams"
		case f.reason.Len() == 0:
			fn = "castVote (no reason)"
		}
		add("", st.Muted.Render(fmt.Sprintf("  %d/%d characters · enter: new line · tab: continue with %s · esc: back", f.reason.Len(), maxReasonRunes, fn)))
	case stepTarget:
		add("  Delegate the voting power of "+st.Bold.Render(acctLine(f.acct))+" to:", "")
		for i, t := range f.targets {
			mark := "  "
			if i == f.target {
				mark = "▸ "
			}
			var s string
			switch t {
			case targetSelf:
				s = "yourself         " + f.acct.Address.Hex()
			case targetCandidate:
				s = "the selected one " + f.namer.Full(f.req.Candidate)
			case targetTyped:
				s = "an address you type…"
			}
			add("  " + mark + s)
		}
		add("", st.Muted.Render("  Delegation moves the voting power of your own tokens; votes delegated to you stay yours. You can change it any time."))
	case stepAddress:
		add("  Delegate to the address:", "", "  "+f.addr.View())
		if f.addrErr != "" {
			add("")
			for _, l := range wrapText("✗ "+f.addrErr, w-4, 300) {
				add("  " + st.Error.Render(l))
			}
		}
		add("", st.Muted.Render("  0x and 40 hex digits. All lower or all upper case, or mixed case with a valid EIP-55 checksum."))
	case stepPreparing:
		what := "Checking and simulating the transaction, estimating gas and fees…"
		if f.signsBallot() {
			what = "Checking the ballot: the governor's EIP-712 domain, your nonce, a simulation of the vote…"
		}
		add("  "+st.Status.Render(what), "",
			st.Muted.Render("  Nothing is signed yet. esc: back"))
	case stepReview:
		return strings.Join(append(head, f.reviewView(f.height-len(head))...), "\n")
	case stepPassphrase:
		r := f.review
		cost := st.Muted.Render(" · max cost ") + signer.FormatUnits(r.MaxCost, 18) + " ETH"
		if f.signsBallot() {
			cost = st.Muted.Render(" · no gas: signed, not sent")
		}
		add("  "+st.Bold.Render(sanitize.Line(r.Function, 40))+st.Muted.Render(" on ")+f.namer.Short(r.To)+cost+
			st.Muted.Render(" · "+sanitize.Line(r.ChainName, 30)+" (id "+r.ChainID.String()+")"), "")
		dots := strings.Repeat("●", min(f.pass.Len(), 64))
		add("  Passphrase for " + st.Bold.Render(sanitize.Line(f.acct.Name, 24)) + " (" + f.acct.Address.Hex() + "): " + dots + "█")
		if f.acct.Label != "" {
			add(st.Muted.Render("  " + sanitize.Line(f.acct.Label, 200)))
		}
		if f.passErr != "" {
			add("", "  "+st.Error.Render("✗ "+f.passErr))
		}
		enter := "  enter: sign and send · esc: back to the review"
		if f.signsBallot() {
			enter = "  enter: sign the ballot (nothing is sent) · esc: back to the review"
		}
		add("", st.Muted.Render("  The passphrase decrypts your key for this one signature; then key and passphrase are wiped."),
			st.Muted.Render(enter))
	case stepSigning:
		if f.signsBallot() {
			add("  " + st.Status.Render("Decrypting the key, signing the ballot and checking it against the governor…"))
			break
		}
		add("  " + st.Status.Render("Decrypting the key and signing…"))
	case stepBallotSigned:
		add(f.ballotLines()...)
	case stepRelayer:
		add(f.relayerLines()...)
	case stepSending:
		add("  "+st.Good.Render("✓ Signed ")+f.signed.Hash.Hex(), "",
			"  "+st.Status.Render("Writing the journal, then broadcasting…"))
	case stepPending:
		add("  "+st.Warn.Render("⧗ Pending")+" — sent, waiting to be mined", "",
			"  "+st.Label.Render("Transaction  ")+f.signed.Hash.Hex(),
			"  "+st.Label.Render("Nonce        ")+fmt.Sprint(f.signed.Nonce)+st.Muted.Render(" · from "+acctLine(f.acct)))
		if f.sendErr != nil {
			add("")
			add(indent(wrapText("The broadcast failed: "+f.sendErr.Error(), w-4, sanitize.MaxError), "  ")...)
			add(st.Muted.Render("  It is in the journal: daoterm sends it again on each new block until it is mined or replaced."))
		}
		add("", st.Muted.Render("  esc closes this window; the transaction stays in the transactions list (t)."))
	case stepDone:
		add(f.doneLines()...)
	case stepFailed:
		add("  "+st.Error.Render("✗ "+f.failTitle), "")
		add(indent(f.failLines(w-4), "  ")...)
		switch {
		case f.relaying:
			add("", st.Muted.Render("  The relay transaction was not signed or sent; the ballot is still valid, saved in"),
				"  "+sanitize.Line(f.signedB.Path, 500))
			esc := "  esc: choose another account"
			if f.canRetry {
				esc = "  r: try again · " + esc[2:]
			}
			add(st.Muted.Render(esc))
		default:
			add("", st.Muted.Render("  Nothing was signed or sent."))
			if f.canRetry {
				add(st.Muted.Render("  r: try again · esc: close"))
			}
		}
	}
	return strings.Join(append(head, body...), "\n")
}

// ballotLines report a signed ballot: where its file is, how to relay it,
// and the offer to relay it now.
func (f *flow) ballotLines() []string {
	st := f.c.Styles
	b, w := f.signedB, f.width
	title := ""
	if p := f.req.Proposal; p != nil {
		title = " on “" + sanitize.Line(p.Title, 60) + "”"
	}
	row := func(label, v string) []string { // wrapped at spaces only: a path or command stays whole to copy
		lines := wrapSpaces(sanitize.Line(v, 2000), max1(w-16))
		out := []string{"  " + st.Label.Render(vtable.Fit(label, 12, vtable.Left)) + lines[0]}
		return append(out, indent(lines[1:], strings.Repeat(" ", 14))...)
	}
	out := []string{"  " + st.Good.Render("✓ Ballot signed: ") + sanitize.Line(f.acct.Name, 24) + " votes " + f.voteName() + title, ""}
	out = append(out, row("Saved to", b.Path)...)
	out = append(out, row("Relay with", b.Submit)...)
	out = append(out, row("Digest", b.Digest.Hex())...)
	out = append(out, "")
	out = append(out, indent(wrapText("Nothing was sent. Whoever relays the file with castVoteBySig pays the gas, and the vote counts as "+
		sanitize.Line(f.acct.Name, 24)+"'s. It can be relayed while the proposal is Active, unless "+sanitize.Line(f.acct.Name, 24)+
		" votes (or a ballot of theirs is relayed) first.", w-4, 1000), "  ")...)
	return append(out, "", "  "+st.Bold.Render("enter")+st.Muted.Render(": relay it now from another account of this keystore · esc: close (the file stays)"))
}

// wrapSpaces wraps s at w columns, breaking at spaces only: a word longer
// than w stays whole on its own line.
func wrapSpaces(s string, w int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && lipgloss.Width(line)+1+lipgloss.Width(word) > w {
			out, line = append(out, line), word
			continue
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return append(out, line)
}

// relayerLines list the accounts that may relay the ballot.
func (f *flow) relayerLines() []string {
	st := f.c.Styles
	out := []string{"  Relay the ballot of " + st.Bold.Render(acctLine(f.acct)) + ": which account sends castVoteBySig and pays the gas?", ""}
	if len(f.relayers) == 0 {
		out = append(out, indent(wrapText("This keystore has no other account that can sign here. Give the ballot file to a relayer, or relay it with: "+
			f.signedB.Submit, f.width-4, 2000), "  ")...)
		return append(out, "", st.Muted.Render("  esc: back"))
	}
	nameW := 8
	for _, a := range f.relayers {
		nameW = max(nameW, min(28, len(a.Name)))
	}
	for i, a := range f.relayers {
		mark := "  "
		if i == f.relayPick {
			mark = "▸ "
		}
		out = append(out, "  "+mark+st.Bold.Render(vtable.Fit(sanitize.Line(a.Name, 40), nameW, vtable.Left))+"  "+a.Address.Hex()+"  "+
			st.Muted.Render(sanitize.Line(a.Label, 200)))
	}
	return append(out, "", st.Muted.Render("  The review shows the transaction and its cost before you type that account's passphrase."))
}

// failLines explains a failure: a decoded revert, or the error.
func (f *flow) failLines(w int) []string {
	var re *revert.Error
	if errors.As(f.failErr, &re) {
		return append([]string{f.c.Styles.Bold.Render("The simulation reverted:")}, wrapText(re.Revert.String(), w, 600)...)
	}
	if errors.Is(f.failErr, signer.ErrChainChanged) {
		return wrapText("Refused to sign: "+f.failErr.Error(), w, 600)
	}
	return wrapText(f.failErr.Error(), w, 600)
}

// doneLines report the outcome of a settled transaction.
func (f *flow) doneLines() []string {
	st := f.c.Styles
	e := f.entry
	hash := "  " + st.Label.Render("Transaction  ") + f.signed.Hash.Hex()
	switch e.Status {
	case journal.StatusMined:
		out := []string{"  " + st.Good.Render(fmt.Sprintf("✓ Mined in block %s: success", format.Uint(e.Block))), "", "  " + f.successLine()}
		switch {
		case f.relaying:
			out = append(out, st.Muted.Render("  The proposal shows "+sanitize.Line(f.voter.Name, 24)+"'s vote and the new tallies from the next block."))
		case f.req.Kind == KindVote:
			out = append(out, st.Muted.Render("  The proposal shows your vote and the new tallies from the next block."))
		}
		return append(out, "", hash, "", st.Muted.Render("  esc: close"))
	case journal.StatusFailed:
		out := []string{"  " + st.Error.Render(fmt.Sprintf("✗ Mined in block %s but reverted", format.Uint(e.Block))), ""}
		out = append(out, indent(wrapText(orElse(e.Detail, "no reason given"), f.width-4, 600), "  ")...)
		return append(out, "", hash, "", st.Muted.Render("  esc: close"))
	default: // replaced, cancelled
		out := []string{"  " + st.Warn.Render("✗ Not mined: "+string(e.Status)), ""}
		out = append(out, indent(wrapText(orElse(e.Detail, "its nonce was used by another transaction"), f.width-4, 600), "  ")...)
		return append(out, "", hash, "", st.Muted.Render("  esc: close"))
	}
}

// successLine says what a mined transaction did.
func (f *flow) successLine() string {
	title := ""
	if p := f.req.Proposal; p != nil {
		title = "“" + sanitize.Line(p.Title, 60) + "”"
	}
	switch f.req.Kind {
	case KindVote:
		if f.relaying {
			return "Relayed the ballot of " + acctLine(f.voter) + ": it voted " + f.voteName() + "; " + sanitize.Line(f.acct.Name, 24) + " paid the gas."
		}
		return "You voted " + f.voteName() + " on " + title + "."
	case KindDelegate:
		if f.delegatee == f.acct.Address {
			return "You delegated your voting power to yourself."
		}
		return "You delegated your voting power to " + f.namer.Full(f.delegatee) + "."
	case KindQueue:
		return "Queued " + title + " in the timelock."
	case KindExecute:
		return "Executed " + title + "."
	}
	return ""
}

// voteName is the vote chosen: "For", or a split's amounts.
func (f *flow) voteName() string {
	st := f.c.Styles
	if sp := f.split; sp != nil {
		sym := " " + sanitize.Line(f.token.Symbol, sanitize.MaxSymbol)
		return "a split: " + st.For.Render("for "+format.Exact(sp.For, f.token.Decimals)+sym) + ", " +
			st.Against.Render("against "+format.Exact(sp.Against, f.token.Decimals)+sym) + ", " +
			st.Abstain.Render("abstain "+format.Exact(sp.Abstain, f.token.Decimals)+sym)
	}
	return st.Support(f.support).Render(supportName(f.support))
}

// supportName is "For", "Against" or "Abstain".
func supportName(s gov.Support) string {
	n := s.String()
	return strings.ToUpper(n[:1]) + n[1:]
}

func orElse(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// reviewView renders the review in h lines: everything that will be
// signed, scrollable when it does not fit.
func (f *flow) reviewView(h int) []string {
	st := f.c.Styles
	w := f.width
	top := []string{"  " + st.Bold.Render("Review") + st.Muted.Render(" — read it all: this is exactly what you sign. Nothing is signed yet.")}
	if f.signsBallot() {
		top[0] = "  " + st.Bold.Render("Review") + st.Muted.Render(" — exactly what you sign: an EIP-712 ballot, not a transaction. Nothing is signed yet.")
	}
	foot := []string{"  " + st.Bold.Render("enter") + st.Muted.Render(": type your passphrase to sign · esc: back · ↑/↓: scroll")}
	if f.sameDelegate() {
		note := "  ⚠ " + f.namer.Full(f.delegatee) + " is already your delegate: this changes nothing."
		foot = []string{st.Warn.Render(note), "  " + st.Bold.Render("enter") + st.Muted.Render(": send it anyway · esc: back · ↑/↓: scroll")}
		if f.sameOK {
			foot[1] = "  " + st.Bold.Render("enter") + st.Muted.Render(": confirmed, type your passphrase to sign · esc: back")
		}
	}
	content := f.reviewLines(w)
	area := max(1, h-len(top)-len(foot))
	f.scroll = max(0, min(f.scroll, len(content)-area))
	end := min(len(content), f.scroll+area)
	shown := append([]string(nil), content[f.scroll:end]...)
	if end < len(content) {
		shown[len(shown)-1] = st.Muted.Render(fmt.Sprintf("  ↓ %d more lines (↓ to scroll)", len(content)-end+1))
	}
	for len(shown) < area {
		shown = append(shown, "")
	}
	out := append(top, shown...)
	return append(out, foot...)
}

// reviewRows are the rows shown above the review's own: the proposal, or
// the delegatee's name.
func (f *flow) reviewRows() []signer.Row {
	var rows []signer.Row
	if p := f.req.Proposal; p != nil {
		rows = append(rows, signer.Row{Label: "Proposal", Value: p.Title})
		if f.req.Kind != KindVote { // a vote's arguments show the id
			rows = append(rows, signer.Row{Label: "Proposal id", Value: p.ID.String()})
		}
	}
	if f.req.Kind == KindDelegate {
		rows = append(rows, signer.Row{Label: "Delegate to", Value: f.namer.Full(f.delegatee)})
	}
	if f.relaying {
		rows = append(rows, signer.Row{Label: "Ballot file", Value: f.signedB.Path})
	}
	return rows
}

// reviewLines lays the review out: the warnings first (they must not
// scroll out of sight), then label / value rows with values wrapped.
func (f *flow) reviewLines(w int) []string {
	st := f.c.Styles
	r := f.review
	var out []string
	for _, warn := range r.Warnings {
		for i, l := range wrapText(warn, w-6, 600) {
			pre := "    "
			if i == 0 {
				pre = "  ⚠ "
			}
			out = append(out, st.Warn.Render(pre+l))
		}
	}
	if len(out) > 0 {
		out = append(out, "")
	}
	rows := f.reviewRows()
	for _, row := range r.Rows() {
		if row.Label != "WARNING" { // shown above, with emphasis
			rows = append(rows, row)
		}
	}
	labelW := 0
	for _, row := range rows {
		labelW = max(labelW, len(row.Label))
	}
	labelW = min(labelW, 22) // a ballot's "    verifyingContract"
	valW := max(10, w-labelW-6)
	for _, row := range rows {
		for i, v := range wrapText(row.Value, valW, 2000) {
			label := ""
			if i == 0 {
				label = row.Label
			}
			out = append(out, "  "+st.Label.Render(vtable.Fit(label, labelW, vtable.Left))+"  "+v)
		}
	}
	return out
}

// help is the flow's key help at its current step.
func (f *flow) help() keys.Help {
	k := f.c.Keys
	h := func(b key.Binding, desc string) key.Binding {
		b.SetHelp(b.Help().Key, desc)
		return b
	}
	switch f.step {
	case stepSupport:
		short := []key.Binding{k.For, k.Against}
		if f.kind.HasAbstain() {
			short = append(short, k.Abstain)
		}
		if f.ballot {
			return keys.Help{Short: append(short, k.Up, k.Down, h(k.Confirm, "choose"), h(k.Back, "back"))}
		}
		if f.kind.Splits() {
			short = append(short, k.Split)
		}
		return keys.Help{Short: append(short, k.Ballot, k.Up, k.Down, h(k.Confirm, "choose"), h(k.Back, "cancel"))}
	case stepSplit:
		return keys.Help{Short: []key.Binding{h(k.NextTab, "next amount"), h(k.Confirm, "continue"), k.Back}}
	case stepReason:
		return keys.Help{Short: []key.Binding{k.Continue, h(k.Confirm, "new line"), k.Back}}
	case stepTarget:
		return keys.Help{Short: []key.Binding{k.Up, k.Down, h(k.Confirm, "choose"), h(k.Back, "cancel")}}
	case stepAddress:
		return keys.Help{Short: []key.Binding{h(k.Confirm, "review"), k.Back}}
	case stepPreparing:
		return keys.Help{Short: []key.Binding{k.Back}}
	case stepReview:
		return keys.Help{Short: []key.Binding{h(k.Confirm, "passphrase"), k.Up, k.Down, k.Back}}
	case stepPassphrase:
		if f.signsBallot() {
			return keys.Help{Short: []key.Binding{h(k.Confirm, "sign the ballot"), h(k.Back, "back to review")}}
		}
		return keys.Help{Short: []key.Binding{h(k.Confirm, "sign and send"), h(k.Back, "back to review")}}
	case stepBallotSigned:
		return keys.Help{Short: []key.Binding{h(k.Confirm, "relay now"), h(k.Back, "close")}}
	case stepRelayer:
		if len(f.relayers) == 0 {
			return keys.Help{Short: []key.Binding{k.Back}}
		}
		return keys.Help{Short: []key.Binding{k.Up, k.Down, h(k.Confirm, "relay from this account"), k.Back}}
	case stepSigning, stepSending:
		return keys.Help{}
	case stepPending:
		return keys.Help{Short: []key.Binding{h(k.Back, "close (keeps tracking)")}}
	case stepFailed:
		back := h(k.Back, "close")
		if f.relaying {
			back = h(k.Back, "another account")
		}
		if f.canRetry {
			return keys.Help{Short: []key.Binding{k.Retry, back}}
		}
		return keys.Help{Short: []key.Binding{back}}
	}
	return keys.Help{Short: []key.Binding{h(k.Back, "close")}}
}

// pickerView lists the keystore's accounts.
func (m *Model) pickerView() string {
	st := m.c.Styles
	w := m.width
	right := ""
	if m.acctsRead && m.acctErr == nil {
		right = st.Muted.Render(fmt.Sprintf("%d account(s) in the keystore ", len(m.accts)))
	}
	out := []string{spread(" "+st.Section.Render("Signing account"), right, w), ""}
	if m.waiting != nil {
		out = append(out, indent(wrapText("No signing account is chosen. Pick one for this session with enter; to make it stick: "+howToConfigure, w-4, 1000), "  ")...)
		out = append(out, "")
	}
	if m.defProblem != "" {
		out = append(out, st.Warn.Render("  ⚠ "+sanitize.Line(m.defProblem, 200)), "")
	}
	switch {
	case m.acctsBusy && !m.acctsRead:
		return strings.Join(append(out, "  "+st.Status.Render("reading the keystore…")), "\n")
	case m.acctErr != nil:
		out = append(out, "  "+st.Error.Render("✗ "+ui.ErrLine("keystore", m.acctErr)), "")
		return strings.Join(append(out, indent(wrapText(howToConfigure, w-4, 1000), "  ")...), "\n")
	case len(m.accts) == 0:
		out = append(out, "  "+st.Muted.Render("The keystore holds no accounts. `daoterm account new NAME` or `daoterm account import NAME` adds one."))
		return strings.Join(out, "\n")
	}
	nameW := 8
	for _, a := range m.accts {
		nameW = max(nameW, min(20, len(a.Name)))
	}
	for i, a := range m.accts {
		mark := "  "
		if i == m.pick {
			mark = "▸ "
		}
		inUse := " "
		if m.hasAcct && a.Name == m.acct.Name {
			inUse = "●"
		}
		name := vtable.Fit(sanitize.Line(a.Name, 40), nameW, vtable.Left)
		var line string
		if a.Usable() {
			line = inUse + " " + st.Bold.Render(name) + "  " + a.Address.Hex() + "  " + st.Muted.Render(sanitize.Line(a.Label, 200))
		} else {
			line = "  " + st.Muted.Render(name+"  cannot sign here: "+sanitize.Line(a.Problem, 200))
		}
		out = append(out, "  "+mark+line) // the root cuts lines to the width
		for _, warn := range a.Warnings {
			out = append(out, st.Warn.Render("        ⚠ "+sanitize.Line(warn, 300)))
		}
	}
	out = append(out, "", st.Muted.Render("  ● in use · the account is chosen for this session only"))
	return strings.Join(out, "\n")
}

// txsView lists the journal's transactions on this chain, newest first.
func (m *Model) txsView() string {
	st := m.c.Styles
	w := m.width
	right := st.Muted.Render(fmt.Sprintf("%d pending · %d in all ", m.Pending(), len(m.entries)))
	out := []string{spread(" "+st.Section.Render("Transactions")+st.Muted.Render(" — the journal of everything signed here"), right, w), ""}
	if m.journalErr != nil {
		out = append(out, "  "+st.Error.Render("✗ "+ui.ErrLine("journal", m.journalErr)), "")
	}
	if m.retryErr != "" {
		out = append(out, "  "+st.Warn.Render("⚠ last retry: "+m.retryErr), "")
	}
	if len(m.entries) == 0 {
		msg := "No transactions signed on this chain yet."
		if !m.journalRead && m.journalErr == nil {
			msg = "reading the journal…"
		}
		return strings.Join(append(out, "  "+st.Muted.Render(msg)), "\n")
	}
	callW := max(10, w-2-2-10-14-12-4)
	out = append(out, "    "+st.TableHeader.Render(vtable.Fit("Status", 10, vtable.Left)+vtable.Fit("Hash", 14, vtable.Left)+vtable.Fit("Call", callW, vtable.Left)+" "+vtable.Fit("Block", 11, vtable.Right)))
	listH := max(3, m.height-len(out)-6)
	first := max(0, min(m.txCursor-listH+1, len(m.entries)-listH))
	if m.txCursor < first {
		first = m.txCursor
	}
	var sel *journal.Entry
	for n := first; n < len(m.entries) && n < first+listH; n++ {
		e := &m.entries[len(m.entries)-1-n]
		mark := "  "
		if n == m.txCursor {
			mark, sel = "▸ ", e
		}
		blk := ""
		if e.Block != 0 {
			blk = format.Uint(e.Block)
		}
		out = append(out, "  "+mark+statusStyle(st, e.Status).Render(vtable.Fit(string(e.Status), 10, vtable.Left))+
			vtable.Fit(format.ShortHash(e.Hash), 14, vtable.Left)+
			vtable.Fit(sanitize.Line(e.Summary, 300), callW, vtable.Left)+" "+vtable.Fit(blk, 11, vtable.Right))
	}
	if sel == nil {
		sel = &m.entries[len(m.entries)-1]
	}
	out = append(out, "", "  "+st.Label.Render("Hash    ")+sel.Hash.Hex())
	var who string
	if sel.From != nil {
		who = m.namer.Full(*sel.From)
	}
	if sel.Nonce != nil {
		who += fmt.Sprintf(" · nonce %d", *sel.Nonce)
	}
	out = append(out, "  "+st.Label.Render("From    ")+who)
	if sel.Detail != "" {
		for i, l := range wrapText(sel.Detail, w-12, 500) {
			label := "        "
			if i == 0 {
				label = st.Label.Render("Detail  ")
			}
			out = append(out, "  "+label+l)
		}
	}
	return strings.Join(out, "\n")
}

// statusStyle colours a journal status.
func statusStyle(st *theme.Styles, s journal.Status) lipgloss.Style {
	switch s {
	case journal.StatusMined:
		return st.Good
	case journal.StatusFailed:
		return st.Error
	case journal.StatusReplaced, journal.StatusCancelled:
		return st.Muted
	}
	return st.Warn
}

// noticeView shows a notice.
func (m *Model) noticeView() string {
	st := m.c.Styles
	out := []string{" " + st.Section.Render(m.notice.title), ""}
	for _, l := range m.notice.lines {
		if l == "" {
			out = append(out, "")
			continue
		}
		out = append(out, indent(wrapText(l, m.width-4, 1000), "  ")...)
	}
	return strings.Join(append(out, "", st.Muted.Render("  esc: close")), "\n")
}
