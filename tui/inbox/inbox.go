// Package inbox is the Inbox tab: the Active proposals the signing account
// has not voted on, soonest deadline first, those ending within 24 hours
// marked, with what the account's delegate voted when it delegated its
// power to someone else. It is a tab like any other: one ui.TabSpec
// registration (tui.DefaultTabs) and this package.
package inbox

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// Soon is how close a deadline is marked urgent.
const Soon = 24 * time.Hour

// Reader is what the inbox reads; tui.Source satisfies it.
type Reader interface {
	Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error)
	Votes(ctx context.Context, block uint64) ([]gov.Vote, error)
	Ownership(ctx context.Context, block uint64) (*token.Snapshot, error)
	BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error)
}

// LoadedMsg carries one load of the inbox.
type LoadedMsg struct {
	ui.To
	Head ui.Head
	Me   common.Address // the account it was read for
	Err  error
	rows []row
	dele common.Address // the account's delegate (zero: none or itself)
}

// row is one proposal in the inbox, its strings sanitized.
type row struct {
	p        gov.Proposal
	title    string
	end      time.Time // zero: unknown
	est      bool      // end is an estimate
	delegate string    // what the delegate voted ("" when not delegated away)
	dvote    gov.Support
	dvoted   bool
}

// Model is the Inbox tab.
type Model struct {
	c       ui.Common
	ctx     context.Context
	reader  Reader
	timeout time.Duration
	info    *ui.DAOInfo
	namer   ui.Namer

	loader ui.Loader
	err    error
	head   ui.Head
	rows   []row
	dele   common.Address
	table  vtable.Model
	warn   vtable.Paint

	signing bool
	me      common.Address
	meName  string
	secs    float64 // measured seconds per block (0: unknown)

	width, height int
}

// New builds the Inbox tab.
func New(ctx context.Context, c ui.Common, r Reader, timeout time.Duration) *Model {
	st := c.Styles
	m := &Model{c: c, ctx: ctx, reader: r, timeout: timeout, warn: vtable.NewPaint(st.Warn)}
	m.table = vtable.New(nil, c.Keys, vtable.Styles{Header: st.TableHeader, Selected: st.SelectedRow, Empty: st.Muted})
	m.table.SetFocused(true)
	m.table.SetEmpty("nothing needs your vote: every Active proposal has your vote")
	m.table.SetColumns(m.columns())
	m.table.SetRows(tableRows{m})
	return m
}

func (m *Model) columns() []vtable.Column {
	return []vtable.Column{
		{Title: "Ends ↑", Width: 13, Align: vtable.Right},
		{Title: "ID", Width: 9},
		{Title: "Title", Width: 12, Flex: true},
		{Title: "For", Width: 6, Align: vtable.Right},
		{Title: "Agst", Width: 6, Align: vtable.Right},
		{Title: "Q", Width: 1},
		{Title: "Delegate voted", Width: 16},
	}
}

// SetInfo implements ui.Component.
func (m *Model) SetInfo(info *ui.DAOInfo) {
	m.info = info
	m.namer = ui.NewNamer(info)
}

// SetSize implements ui.Component.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.table.SetSize(w, max(1, h-2))
	return nil
}

// SetSigning implements ui.Signer: the inbox is the signing account's.
func (m *Model) SetSigning(enabled bool, me common.Address, name string) {
	if me != m.me {
		m.rows, m.dele, m.loader = nil, common.Address{}, ui.Loader{} // another account: read again
		m.table.SetRows(tableRows{m})
	}
	m.signing, m.me, m.meName = enabled, me, name
}

// SetBlockSeconds implements ui.BlockTimer.
func (m *Model) SetBlockSeconds(secs float64) { m.secs = secs }

// Load implements ui.Tab.
func (m *Model) Load(head ui.Head, force bool) tea.Cmd {
	if m.info == nil || m.me == (common.Address{}) || !m.loader.Start(head, force) {
		return nil
	}
	return loadCmd(m.ctx, ui.To{ID: m.c.ID}, m.reader, m.me, m.info.Governor.Clock, head, m.timeout)
}

// loadCmd reads what the inbox shows for me at head.
func loadCmd(ctx context.Context, to ui.To, r Reader, me common.Address, clock gov.ClockMode, head ui.Head, timeout time.Duration) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := ui.WithTimeout(ctx, timeout)
		defer cancel()
		fail := func(what string, err error) tea.Msg {
			return LoadedMsg{To: to, Head: head, Me: me, Err: fmt.Errorf("reading %s at block %d: %w", what, head.Number, err)}
		}
		ps, err := r.Proposals(ctx, head.Number)
		if err != nil {
			return fail("proposals", err)
		}
		vs, err := r.Votes(ctx, head.Number)
		if err != nil {
			return fail("votes", err)
		}
		snap, err := r.Ownership(ctx, head.Number)
		if err != nil {
			return fail("delegations", err)
		}
		var dele common.Address
		for _, h := range snap.Holders {
			if h.Address == me && h.Delegate != me {
				dele = h.Delegate
			}
		}
		mine, theirs := map[string]bool{}, map[string]gov.Support{}
		for _, v := range vs {
			if v.ProposalID == nil {
				continue
			}
			switch v.Voter {
			case me:
				mine[v.Key()] = true
			case dele:
				theirs[v.Key()] = v.Support
			}
		}
		var rows []row
		var blocks []uint64
		for _, p := range ps {
			if p.ID == nil || p.State != gov.Active || mine[p.Key()] {
				continue
			}
			title := p.Title
			if title == "" {
				title = gov.Title(p.Description)
			}
			rw := row{p: p, title: sanitize.Line(title, sanitize.MaxTitle)}
			if dele != (common.Address{}) {
				rw.delegate = "delegated"
				rw.dvote, rw.dvoted = theirs[p.Key()]
			}
			rows = append(rows, rw)
			blocks = append(blocks, p.VoteEnd)
		}
		if clock == gov.ClockTimestamp {
			for i := range rows {
				if e := rows[i].p.VoteEnd; e < 1<<40 {
					rows[i].end = time.Unix(int64(e), 0).UTC()
				}
			}
		} else if len(blocks) > 0 {
			times, err := r.BlockTimes(ctx, head.Number, blocks)
			if err != nil {
				return fail("deadlines", err)
			}
			for i := range rows {
				if t, ok := times[rows[i].p.VoteEnd]; ok {
					rows[i].end, rows[i].est = t, rows[i].p.VoteEnd > head.Number
				}
			}
		}
		slices.SortStableFunc(rows, func(a, b row) int {
			switch {
			case a.p.VoteEnd < b.p.VoteEnd:
				return -1
			case a.p.VoteEnd > b.p.VoteEnd:
				return 1
			}
			return 0
		})
		return LoadedMsg{To: to, Head: head, Me: me, rows: rows, dele: dele}
	}
}

// Update implements ui.Component.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.Me != m.me {
			return nil // read for another account
		}
		accept, next, force := m.loader.Done(msg.Head.Number, msg.Err == nil)
		if accept {
			m.err = msg.Err
			if msg.Err == nil {
				sel := m.selectedKey()
				m.head, m.rows, m.dele = msg.Head, msg.rows, msg.dele
				m.table.SetRows(tableRows{m})
				m.table.SetCursor(0)
				for i, r := range m.rows {
					if r.p.ID.String() == sel {
						m.table.SetCursor(i)
					}
				}
			}
		}
		if next.Number != 0 {
			return m.Load(next, force)
		}
	case tea.KeyMsg:
		km := m.c.Keys
		switch {
		case key.Matches(msg, km.Open):
			if len(m.rows) > 0 {
				key := m.rows[m.table.Cursor()].p.Key() // the governor too: ids may repeat between governors
				return func() tea.Msg { return ui.OpenProposalMsg{ID: key} }
			}
		case key.Matches(msg, km.Vote):
			if len(m.rows) > 0 && m.signing {
				p := m.rows[m.table.Cursor()].p
				return func() tea.Msg { return ui.OpenProposalMsg{ID: p.Key(), Vote: true} }
			}
		default:
			m.table.Update(msg)
		}
	}
	return nil
}

func (m *Model) selectedKey() string {
	if len(m.rows) == 0 {
		return ""
	}
	return m.rows[m.table.Cursor()].p.ID.String()
}

// Selected implements ui.Selector: the proposal under the cursor.
func (m *Model) Selected() (ui.Target, bool) {
	if id := m.selectedKey(); id != "" {
		return ui.Target{Kind: ui.KindProposal, Value: id}, true
	}
	return ui.Target{}, false
}

// Status implements ui.Component.
func (m *Model) Status() ui.Status {
	return m.loader.Status("inbox", m.err)
}

// Capturing implements ui.Component: the inbox has no text input.
func (m *Model) Capturing() bool { return false }

// Help implements ui.Component.
func (m *Model) Help() help.KeyMap {
	k := m.c.Keys
	short := []key.Binding{k.Up, k.Down, keys.WithHelp(k.Open, "open proposal")}
	if m.signing && len(m.rows) > 0 {
		short = append(short, keys.WithHelp(k.Vote, "vote"))
	}
	short = append(short, keys.WithHelp(k.Copy, "copy id"), k.Account, k.NextTab, k.Help, k.Quit)
	return keys.Help{Short: short, Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, short[2 : len(short)-3]}}
}

// urgent reports whether r ends within Soon of the head.
func (m *Model) urgent(r *row) bool {
	end := m.end(r)
	return !end.IsZero() && end.Sub(m.head.Time) < Soon
}

// end is r's deadline: the measured block time ahead of the source's
// estimate, as the Proposals tab does.
func (m *Model) end(r *row) time.Time {
	if r.est && m.secs > 0 && r.p.VoteEnd > m.head.Number && !m.head.Time.IsZero() {
		if secs := float64(r.p.VoteEnd-m.head.Number) * m.secs; secs < 1e9 {
			return m.head.Time.Add(time.Duration(secs * float64(time.Second)))
		}
	}
	return r.end
}

// View implements ui.Component.
func (m *Model) View() string {
	st := m.c.Styles
	if m.me == (common.Address{}) {
		how := "Start daoterm with a keystore (see daoterm account --help) to sign."
		if m.signing {
			how = "Press " + m.c.Keys.Account.Help().Key + " to pick the account whose votes to track."
		}
		return st.Section.Render("Inbox") + "\n\n" +
			"  The inbox lists the Active proposals your account has not voted on, soonest deadline first.\n" +
			"  No signing account is chosen. " + st.Bold.Render(how)
	}
	who := sanitize.Line(m.meName, 24)
	if who == "" {
		who = format.ShortAddr(m.me)
	}
	head := st.Section.Render("Inbox") + st.Muted.Render(" · Active, not voted by "+who)
	if m.dele != (common.Address{}) {
		head += st.Muted.Render(" · delegating to ") + m.namer.Short(m.dele)
	}
	_, loaded := m.loader.Have()
	if !loaded && m.err == nil {
		return head + "\n" + st.Muted.Render("  loading…")
	}
	if m.err != nil && !loaded {
		return head + "\n" + st.Error.Render(ui.ErrLine("inbox", m.err)) + "\n" + st.Muted.Render("press r to retry")
	}
	n := 0
	for i := range m.rows {
		if m.urgent(&m.rows[i]) {
			n++
		}
	}
	sum := format.Uint(uint64(len(m.rows))) + " need your vote"
	if n > 0 {
		sum += " · " + st.Warn.Render(fmt.Sprintf("! %d end within 24 h", n))
	}
	gap := max(1, m.width-lipgloss.Width(head)-lipgloss.Width(sum))
	return head + strings.Repeat(" ", gap) + sum + "\n" + m.table.View()
}

// tableRows adapts the inbox to vtable.Rows.
type tableRows struct{ m *Model }

func (t tableRows) Len() int { return len(t.m.rows) }

func (t tableRows) Cell(i, col int) string {
	r := &t.m.rows[i]
	switch col {
	case 0:
		end := t.m.end(r)
		if end.IsZero() {
			return "…"
		}
		s := format.Rel(end, t.m.head.Time)
		if r.est {
			s = "≈ " + s
		}
		if t.m.urgent(r) {
			s = "! " + s
		}
		return s
	case 1:
		return format.ShortID(r.p.ID)
	case 2:
		return r.title
	case 3:
		return format.Percent(r.p.For, total(&r.p))
	case 4:
		return format.Percent(r.p.Against, total(&r.p))
	case 5:
		switch {
		case r.p.Quorum == nil:
			return "·"
		case r.p.QuorumReached():
			return "✓"
		}
		return "✗"
	case 6:
		switch {
		case r.delegate == "":
			return "—"
		case !r.dvoted:
			return t.m.namer.Short(t.m.dele) + ": not yet"
		}
		return t.m.namer.Short(t.m.dele) + ": " + r.dvote.String()
	}
	return ""
}

// CellPaint marks urgent deadlines.
func (t tableRows) CellPaint(i, col int) vtable.Paint {
	if col == 0 && t.m.urgent(&t.m.rows[i]) {
		return t.m.warn
	}
	return vtable.Paint{}
}

// total is the votes cast on p.
func total(p *gov.Proposal) *big.Int {
	t := new(big.Int)
	for _, x := range []*big.Int{p.For, p.Against, p.Abstain} {
		if x != nil {
			t.Add(t, x)
		}
	}
	return t
}
