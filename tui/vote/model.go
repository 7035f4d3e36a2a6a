package vote

import (
	"context"
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// overlay is what the Model shows over the body, if anything.
type overlay uint8

const (
	overlayNone   overlay = iota
	overlayFlow           // a signing flow
	overlayPicker         // the account picker
	overlayTxs            // the journal's transactions
	overlayNotice         // an explanation (why a key cannot act now)
)

// Messages of the Model's own commands.
type (
	accountsMsg struct {
		accts []Account
		def   string
		err   error
	}
	journalMsg struct {
		entries []journal.Entry
		changes []journal.Change
		err     error
	}
)

func (accountsMsg) voteMsg() {}
func (journalMsg) voteMsg()  {}

// flowMsg is a result addressed to one flow.
type flowMsg interface{ flowID() int }

func (m preparedMsg) flowID() int     { return m.flow }
func (m signedMsg) flowID() int       { return m.flow }
func (m recordedMsg) flowID() int     { return m.flow }
func (m broadcastMsg) flowID() int    { return m.flow }
func (m ballotSignedMsg) flowID() int { return m.flow }

// The root drives the Model through the component contract.
var _ ui.Modal = (*Model)(nil)

// Model is the signing side of the dashboard: the account in use, the
// journal's transactions (reconciled on start and on each new head), and
// the overlays — a signing flow, the account picker, the transactions list,
// a notice. Create it with New; a nil Wallet gives a Model that explains
// that signing is not available.
type Model struct {
	ctx     context.Context
	c       ui.Common
	w       Wallet
	timeout time.Duration
	namer   ui.Namer
	kind    gov.Kind       // the governor's (which votes it takes)
	info    *ui.DAOInfo    // the DAO's description (legacy governors' kinds)
	token   treasury.Asset // the governance token

	accts      []Account
	def        string // the configured account's name
	defProblem string // why the configured account is not in use
	acctErr    error
	acctsBusy  bool
	acctsRead  bool
	acct       Account
	hasAcct    bool
	pick       int      // picker cursor
	waiting    *Request // a request waiting for an account to be picked

	entries     []journal.Entry // this chain's journal, oldest first
	journalErr  error
	retryErr    string // the last failure of a reconcile action (a re-broadcast), sanitized
	reconciling bool
	again       bool // a head arrived during a reconcile
	journalRead bool
	txCursor    int // in the transactions list, newest first

	head ui.Head // the latest head (its time decides whether an eta passed)

	overlay overlay
	flow    *flow
	flows   int // flows started (ids)
	notice  notice

	width, height int
	signSeq       uint64 // the last SigningMsg's Seq
}

// notice is a short explanation shown until esc.
type notice struct {
	title string
	lines []string
}

// New builds the Model. ctx bounds every wallet call; each call gets
// timeout on top.
func New(ctx context.Context, c ui.Common, w Wallet, timeout time.Duration) *Model {
	return &Model{ctx: ctx, c: c, w: w, timeout: timeout}
}

// Enabled reports whether a wallet is connected.
func (m *Model) Enabled() bool { return m.w != nil }

// Init lists the accounts and reconciles the journal.
func (m *Model) Init() tea.Cmd {
	if m.w == nil {
		return nil
	}
	return tea.Batch(m.signing(), m.readAccounts(), m.reconcile())
}

// signing tells the tabs whether signing is available and which account
// signs (ui.SigningMsg).
func (m *Model) signing() tea.Cmd {
	m.signSeq++
	msg := ui.SigningMsg{Enabled: m.w != nil, Seq: m.signSeq}
	if m.hasAcct {
		msg.Account, msg.Name = m.acct.Address, m.acct.Name
	}
	return func() tea.Msg { return msg }
}

// Reset closes any overlay (wiping a typed passphrase), drops the journal
// entries read from the old chain and reconciles again: the node now serves
// another chain. The account chosen stays.
func (m *Model) Reset() tea.Cmd {
	m.closeFlow()
	m.waiting = nil
	m.entries, m.journalRead, m.journalErr, m.retryErr = nil, false, nil, ""
	m.head = ui.Head{}
	return m.reconcile()
}

// SetInfo gives the Model the DAO's description: to name addresses, and
// the governor's kind and token that shape a vote.
func (m *Model) SetInfo(info *ui.DAOInfo) {
	m.namer = ui.NewNamer(info)
	if info != nil {
		m.kind, m.token, m.info = info.Governor.Kind, info.Token, info
	}
}

// SetSize sets the size of the overlay (the dashboard's body).
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	return nil
}

// Head reconciles the journal at a new head (one reconcile at a time;
// heads arriving meanwhile are coalesced into one more).
func (m *Model) Head(h ui.Head) tea.Cmd {
	if h.Number > m.head.Number || h.Reset != "" {
		m.head = h
	}
	return m.reconcile()
}

// Account returns the signing account, if one is chosen.
func (m *Model) Account() (Account, bool) { return m.acct, m.hasAcct }

// Open reports whether an overlay is showing: it then takes the keys and
// the body.
func (m *Model) Open() bool { return m.overlay != overlayNone }

// Capturing implements ui.Component: an open overlay takes every key.
func (m *Model) Capturing() bool { return m.Open() }

// Status implements ui.Component: Loading while a wallet call the user
// waits for is running, with what it is.
func (m *Model) Status() ui.Status {
	busy := func(what string) ui.Status { return ui.Status{Loading: true, What: what} }
	switch {
	case m.overlay == overlayFlow && m.flow != nil && m.flow.busy():
		switch m.flow.step {
		case stepPreparing:
			return busy("checking and simulating")
		case stepSigning:
			return busy("signing")
		default:
			return busy("journaling and broadcasting")
		}
	case m.overlay == overlayPicker && m.acctsBusy:
		return busy("reading the keystore")
	}
	return ui.Status{}
}

// Pending returns the number of journaled transactions not yet settled.
func (m *Model) Pending() int {
	n := 0
	for i := range m.entries {
		if !m.entries[i].Status.Final() {
			n++
		}
	}
	return n
}

func (m *Model) readAccounts() tea.Cmd {
	if m.w == nil || m.acctsBusy {
		return nil
	}
	m.acctsBusy = true
	ctx, w, timeout := m.ctx, m.w, m.timeout
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		accts, def, err := w.Accounts(ctx)
		return accountsMsg{accts: accts, def: def, err: err}
	}
}

func (m *Model) reconcile() tea.Cmd {
	if m.w == nil {
		return nil
	}
	if m.reconciling {
		m.again = true
		return nil
	}
	m.reconciling = true
	ctx, w, timeout := m.ctx, m.w, m.timeout
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		e, c, err := w.Reconcile(ctx)
		return journalMsg{entries: e, changes: c, err: err}
	}
}

// Start opens a flow for req, or explains why it cannot start: no wallet,
// a proposal in the wrong state, no account (the picker opens, and the flow
// starts once one is picked).
func (m *Model) Start(req Request) tea.Cmd {
	if m.w == nil {
		m.notAvailable()
		return nil
	}
	if why := applicable(req, m.head); why != "" {
		verb := req.Kind.String()
		if req.Kind == KindVote {
			verb = "vote on"
		}
		m.show("Cannot "+verb+" this proposal", why)
		return nil
	}
	if m.acctErr != nil {
		m.show("No keystore", ui.ErrLine("keystore", m.acctErr), "", howToConfigure)
		return nil
	}
	if !m.hasAcct {
		r := req
		m.waiting = &r
		m.overlay = overlayPicker
		if !m.acctsRead {
			return m.readAccounts()
		}
		return nil
	}
	return m.openFlow(req)
}

// howToConfigure tells how to name a signing account for good.
const howToConfigure = "Name your account with --account NAME (and --keystore DIR), or set account = \"NAME\" " +
	"and keystore = \"DIR\" in the config file. `daoterm account list` shows the accounts; `daoterm account new` makes one."

// applicable says why req cannot act on its proposal as last read ("" when
// it can): the wrong state, or a timelock delay that has not passed at head.
func applicable(req Request, head ui.Head) string {
	p := req.Proposal
	if req.Kind == KindDelegate {
		return ""
	}
	if p == nil || p.ID == nil {
		return "No proposal is selected."
	}
	want := map[Kind]gov.State{KindVote: gov.Active, KindQueue: gov.Succeeded, KindExecute: gov.Queued}[req.Kind]
	if p.State == want {
		if req.Kind == KindExecute && p.ETA != 0 && !head.Time.IsZero() && uint64(head.Time.Unix()) < p.ETA {
			eta := time.Unix(int64(min(p.ETA, 1<<40)), 0).UTC()
			return fmt.Sprintf("The timelock delay ends at %s (%s, as of block %d): the proposal can be executed after that.",
				format.Time(eta), format.Rel(eta, head.Time), head.Number)
		}
		return ""
	}
	what := map[Kind]string{
		KindVote:    "Votes are accepted only while a proposal is Active.",
		KindQueue:   "Only a Succeeded proposal can be queued.",
		KindExecute: "Only a Queued proposal can be executed, once its timelock delay has passed.",
	}[req.Kind]
	return fmt.Sprintf("The proposal is %s (as of block %d). %s", p.State, p.Block, what)
}

// notAvailable explains that there is no wallet.
func (m *Model) notAvailable() {
	m.show("Signing is not available", "This dashboard was started without a keystore wallet.",
		"Run daoterm with --keystore DIR and --account NAME (or `daoterm demo`) to sign.")
}

// show opens a notice.
func (m *Model) show(title string, lines ...string) {
	m.notice = notice{title: title, lines: lines}
	m.overlay = overlayNotice
}

// OpenAccounts opens the account picker.
func (m *Model) OpenAccounts() tea.Cmd {
	if m.w == nil {
		m.notAvailable()
		return nil
	}
	m.waiting = nil
	m.overlay = overlayPicker
	if !m.acctsRead {
		return m.readAccounts()
	}
	for i, a := range m.accts {
		if m.hasAcct && a.Name == m.acct.Name {
			m.pick = i
		}
	}
	return nil
}

// OpenTransactions opens the list of journaled transactions.
func (m *Model) OpenTransactions() tea.Cmd {
	if m.w == nil {
		m.notAvailable()
		return nil
	}
	m.overlay = overlayTxs
	m.txCursor = 0
	return m.reconcile()
}

func (m *Model) openFlow(req Request) tea.Cmd {
	m.flows++
	kind := m.kind
	if req.Proposal != nil && m.info != nil {
		kind = m.info.KindOf(req.Proposal.Governor) // a legacy governor's proposal takes its governor's votes
	}
	f, cmd := newFlow(m.ctx, m.flows, m.c, m.w, m.timeout, m.namer, m.acct, req, kind, m.token)
	f.width, f.height, f.accts = m.width, m.height, m.accts
	m.flow, m.overlay = f, overlayFlow
	return cmd
}

// closeFlow closes the flow, wiping any passphrase typed. A sent
// transaction stays in the journal and the transactions list.
func (m *Model) closeFlow() {
	if m.flow != nil {
		m.flow.pass.Wipe()
	}
	m.flow, m.overlay = nil, overlayNone
}

// Update handles the Model's messages (Msg, StartMsg), every key while
// Open, and while closed the keys that open the account picker and the
// transactions list.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case StartMsg:
		return m.Start(msg.Request)
	case tea.KeyMsg:
		if !m.Open() {
			switch {
			case key.Matches(msg, m.c.Keys.Account):
				return m.OpenAccounts()
			case key.Matches(msg, m.c.Keys.Transactions):
				return m.OpenTransactions()
			}
			return nil
		}
		return m.key(msg)
	case accountsMsg:
		return m.gotAccounts(msg)
	case journalMsg:
		m.reconciling = false
		if msg.err != nil {
			m.journalErr = msg.err
		} else {
			m.journalErr = nil
			m.entries, m.journalRead = msg.entries, true
			if m.flow != nil {
				m.flow.journal(msg.entries)
			}
		}
		for _, ch := range msg.changes {
			if ch.Err != nil {
				m.retryErr = ui.ErrLine(format.ShortHash(ch.Entry.Hash), ch.Err)
				if m.flow != nil && m.flow.signed != nil && m.flow.signed.Hash == ch.Entry.Hash {
					m.flow.sendErr = ch.Err
				}
			}
		}
		if m.again {
			m.again = false
			return m.reconcile()
		}
	case flowMsg:
		var cmd tea.Cmd
		if m.flow != nil && m.flow.id == msg.flowID() {
			cmd = m.flow.update(msg.(Msg))
		}
		if _, ok := msg.(broadcastMsg); ok {
			cmd = tea.Batch(cmd, m.reconcile()) // show it in the list at once
		}
		return cmd
	}
	return nil
}

func (m *Model) gotAccounts(msg accountsMsg) tea.Cmd {
	m.acctsBusy, m.acctsRead = false, true
	m.accts, m.def, m.acctErr = msg.accts, msg.def, msg.err
	var tell tea.Cmd // the tabs learn of an account chosen here
	m.defProblem = ""
	if msg.err != nil {
		if m.waiting != nil {
			m.waiting = nil
			m.show("No keystore", ui.ErrLine("keystore", msg.err), "", howToConfigure)
		}
		return nil
	}
	if !m.hasAcct && msg.def != "" {
		found := false
		for _, a := range msg.accts {
			if a.Name == msg.def || a.Address.Hex() == msg.def {
				found = true
				if a.Usable() {
					m.acct, m.hasAcct = a, true
					tell = m.signing()
				} else {
					m.defProblem = fmt.Sprintf("The configured account %q cannot sign here: %s", msg.def, a.Problem)
				}
				break
			}
		}
		if !found {
			m.defProblem = fmt.Sprintf("The configured account %q is not in the keystore.", msg.def)
		}
	}
	if m.waiting != nil && m.hasAcct {
		req := *m.waiting
		m.waiting = nil
		return tea.Batch(tell, m.openFlow(req))
	}
	return tell
}

// key handles a key while an overlay is open.
func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	switch m.overlay {
	case overlayFlow:
		cmd, close := m.flow.key(k)
		if close && m.flow.closable() {
			m.closeFlow()
		}
		return cmd
	case overlayNotice:
		if key.Matches(k, km.Back) || key.Matches(k, km.Confirm) || key.Matches(k, km.Quit) {
			m.overlay = overlayNone
		}
	case overlayTxs:
		switch {
		case key.Matches(k, km.Back), key.Matches(k, km.Transactions), key.Matches(k, km.Quit):
			m.overlay = overlayNone
		case key.Matches(k, km.Up):
			m.txCursor = max(0, m.txCursor-1)
		case key.Matches(k, km.Down):
			m.txCursor = min(max(0, len(m.entries)-1), m.txCursor+1)
		case key.Matches(k, km.Refresh):
			return m.reconcile()
		}
	case overlayPicker:
		switch {
		case key.Matches(k, km.Back), key.Matches(k, km.Quit):
			m.overlay, m.waiting = overlayNone, nil
		case key.Matches(k, km.Up):
			m.pick = max(0, m.pick-1)
		case key.Matches(k, km.Down):
			m.pick = min(max(0, len(m.accts)-1), m.pick+1)
		case key.Matches(k, km.Refresh):
			return m.readAccounts()
		case key.Matches(k, km.Confirm):
			if m.pick >= len(m.accts) || !m.accts[m.pick].Usable() {
				return nil
			}
			m.acct, m.hasAcct = m.accts[m.pick], true
			m.overlay = overlayNone
			if m.waiting != nil {
				req := *m.waiting
				m.waiting = nil
				return tea.Batch(m.signing(), m.openFlow(req))
			}
			return m.signing()
		}
	}
	return nil
}

// Help returns the key help of the open overlay; while closed, the keys
// that open the picker and the transactions (when a wallet is present).
func (m *Model) Help() help.KeyMap {
	k := m.c.Keys
	h := func(b key.Binding, desc string) key.Binding {
		b.SetHelp(b.Help().Key, desc)
		return b
	}
	switch m.overlay {
	case overlayNotice:
		return keys.Help{Short: []key.Binding{h(k.Back, "close")}}
	case overlayTxs:
		return keys.Help{Short: []key.Binding{k.Up, k.Down, h(k.Refresh, "reconcile"), h(k.Back, "close")}}
	case overlayPicker:
		return keys.Help{Short: []key.Binding{k.Up, k.Down, h(k.Confirm, "use this account"), h(k.Refresh, "re-read"), h(k.Back, "cancel")}}
	case overlayFlow:
		return m.flow.help()
	}
	if m.w == nil {
		return keys.Help{}
	}
	return keys.Help{Full: [][]key.Binding{k.Wallet()}}
}

// Badge is the short wallet status for the tab bar: the account and the
// number of pending transactions. It is empty without a wallet.
func (m *Model) Badge() string {
	if m.w == nil {
		return ""
	}
	st := m.c.Styles
	s := st.Muted.Render("no account")
	if m.hasAcct {
		s = st.Muted.Render("account ") + st.Bold.Render(sanitize.Line(m.acct.Name, 24))
	}
	if n := m.Pending(); n > 0 {
		s += st.Muted.Render(" · ") + st.Warn.Render(fmt.Sprintf("⧗ %d pending", n))
	}
	if m.journalErr != nil {
		s += st.Muted.Render(" · ") + st.Error.Render("journal ✗")
	}
	return s
}

// TakesText reports whether a text field of the flow has the focus (the
// reason, the delegate's address, the split amounts, the passphrase), so
// a burst of typed or pasted runes is one insertion (ui.TextTaker).
func (m *Model) TakesText() bool {
	if m.overlay != overlayFlow || m.flow == nil {
		return false
	}
	switch m.flow.step {
	case stepReason, stepAddress, stepSplit, stepPassphrase:
		return true
	}
	return false
}

// KeyHelp lists the wallet's keys (a, t) with why they do not act when
// there is no wallet (ui.KeyHelper).
func (m *Model) KeyHelp() []ui.KeyHelp {
	var why string
	if m.w == nil {
		why = "signing is off: start with --keystore and --account"
	}
	k := m.c.Keys
	return []ui.KeyHelp{{Binding: k.Account, Disabled: why}, {Binding: k.Transactions, Disabled: why}}
}
