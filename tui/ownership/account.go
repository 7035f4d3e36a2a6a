package ownership

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vtable"
)

// HistoryMsg carries an account's voting power over time.
type HistoryMsg struct {
	ui.To
	Account common.Address
	Points  []ui.PowerPoint
	Err     error
}

// account is the page of one holder or delegate (enter on a row): its
// delegation, voting power over time and votes.
type account struct {
	addr    common.Address
	vp      viewport.Model
	points  []ui.PowerPoint
	loading bool
	err     error
}

// openAccount shows the page of the account under the cursor and asks for
// its voting power history when the source can tell it.
func (m *Model) openAccount() tea.Cmd {
	a := m.selected()
	if a == (common.Address{}) {
		return nil
	}
	m.acct = &account{addr: a, vp: viewport.New(m.width, max(1, m.height-1))}
	m.acct.vp.KeyMap = viewport.KeyMap{}
	h, ok := m.reader.(ui.PowerHistorian)
	if !ok || m.data == nil {
		m.refreshAccount()
		return nil
	}
	m.acct.loading = true
	m.refreshAccount()
	ctx, to, block, timeout := m.ctx, ui.To{ID: m.c.ID}, m.data.head.Number, m.timeout
	return func() tea.Msg {
		ctx, cancel := ui.WithTimeout(ctx, timeout)
		defer cancel()
		pts, err := h.PowerHistory(ctx, block, a)
		if err != nil {
			err = fmt.Errorf("reading the voting power history of %s: %w", a.Hex(), err)
		}
		return HistoryMsg{To: to, Account: a, Points: pts, Err: err}
	}
}

// history stores a history result for the open page.
func (m *Model) history(msg HistoryMsg) {
	if m.acct == nil || m.acct.addr != msg.Account {
		return // the page was closed or another opened since
	}
	m.acct.points, m.acct.err, m.acct.loading = msg.Points, msg.Err, false
	m.refreshAccount()
}

// refreshAccount lays the open page out again (new data, size or history).
func (m *Model) refreshAccount() {
	if m.acct == nil {
		return
	}
	m.acct.vp.Width, m.acct.vp.Height = m.width, max(1, m.height-1)
	y := m.acct.vp.YOffset
	m.acct.vp.SetContent(m.accountContent())
	m.acct.vp.SetYOffset(y)
}

// accountKey handles keys on the page: esc goes back, the rest scroll.
func (m *Model) accountKey(k tea.KeyMsg) tea.Cmd {
	km, vp := m.c.Keys, &m.acct.vp
	switch {
	case key.Matches(k, km.Back):
		m.acct = nil
	case key.Matches(k, km.Delegate):
		return vote.Start(vote.Request{Kind: vote.KindDelegate, Candidate: m.acct.addr})
	default:
		ui.Scroll(vp, km, k)
	}
	return nil
}

// accountHelp is the page's key help.
func (m *Model) accountHelp() keys.Help {
	k := m.c.Keys
	s := []key.Binding{k.Up, k.Down, keys.WithHelp(k.Copy, "copy address"), keys.WithHelp(k.Browse, "open address")}
	if m.signing {
		s = append(s, keys.WithHelp(k.Delegate, "delegate to them"))
	}
	s = append(s, k.Back, k.Help, k.Quit)
	return keys.Help{Short: s, Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, s[2 : len(s)-2]}}
}

// accountView is the breadcrumb and the page.
func (m *Model) accountView() string {
	st := m.c.Styles
	crumb := st.Label.Render("Ownership › ") + st.Bold.Render(m.namer.Short(m.acct.addr))
	pct := st.Muted.Render(fmt.Sprintf("%3.0f%%", m.acct.vp.ScrollPercent()*100))
	gap := max(1, m.width-lipgloss.Width(crumb)-lipgloss.Width(pct))
	return crumb + strings.Repeat(" ", gap) + pct + "\n" + m.acct.vp.View()
}

// accountContent is the page: the account's balance and delegation, who
// delegates to it, its voting power over time and its votes.
func (m *Model) accountContent() string {
	st := m.c.Styles
	d, a, w := m.data, m.acct.addr, m.width
	var b strings.Builder
	row := func(label, value string) {
		b.WriteString("  " + st.Label.Render(vtable.Fit(label, 14, vtable.Left)) + value + "\n")
	}
	sym := d.symbol
	dec := d.snap.Decimals
	row("Address", ui.Elide(m.namer.Full(a), w-16))
	hi := slices.IndexFunc(d.snap.Holders, func(h token.Holder) bool { return h.Address == a })
	di := slices.IndexFunc(d.snap.Delegates, func(x token.Delegate) bool { return x.Address == a })
	if hi >= 0 {
		h := &d.snap.Holders[hi]
		row("Balance", format.Amount(h.Balance, dec, sym, 2)+st.Muted.Render(" · "+format.Percent(h.Balance, d.snap.TotalSupply)+" of supply"))
		switch h.Delegate {
		case common.Address{}:
			row("Delegates to", st.Warn.Render("nobody: these tokens do not vote"))
		case a:
			row("Delegates to", "itself")
		default:
			row("Delegates to", ui.Elide(m.namer.Full(h.Delegate), w-16))
		}
	} else {
		row("Balance", st.Muted.Render("holds no tokens"))
	}
	if di >= 0 {
		dl := &d.snap.Delegates[di]
		row("Voting power", format.Amount(dl.Votes, dec, sym, 2)+st.Muted.Render(" · "+format.Percent(dl.Votes, d.stats.totalVotes)+" of all votes"))
		names := make([]string, 0, 5)
		for i, x := range dl.Delegators {
			if i == 5 {
				names = append(names, fmt.Sprintf("and %d more", len(dl.Delegators)-5))
				break
			}
			names = append(names, m.namer.Short(x))
		}
		row("Delegators", fmt.Sprintf("%d", len(dl.Delegators))+st.Muted.Render("  "+strings.Join(names, ", ")))
	} else {
		row("Voting power", st.Muted.Render("none"))
	}

	b.WriteString("\n" + st.Section.Render("Voting power over time") + "\n")
	switch {
	case m.acct.loading:
		b.WriteString("  " + st.Muted.Render("reading…") + "\n")
	case m.acct.err != nil:
		b.WriteString("  " + st.Error.Render(ui.ErrLine("history", m.acct.err)) + "\n")
	case len(m.acct.points) == 0:
		if _, ok := m.reader.(ui.PowerHistorian); ok {
			b.WriteString("  " + st.Muted.Render("never had voting power") + "\n")
		} else {
			b.WriteString("  " + st.Muted.Render("this source does not keep the history") + "\n")
		}
	default:
		b.WriteString(m.powerChart(w) + "\n")
	}

	var mine []gov.Vote
	for _, v := range d.votes {
		if v.Voter == a {
			mine = append(mine, v)
		}
	}
	slices.Reverse(mine) // newest first
	b.WriteString("\n" + st.Section.Render(fmt.Sprintf("Votes (%d)", len(mine))) + "\n")
	if len(mine) == 0 {
		b.WriteString("  " + st.Muted.Render("no votes") + "\n")
	}
	titleW := max(10, w-2-9-1-8-1-20-1-9-1)
	for _, v := range mine {
		id := ""
		if v.ProposalID != nil {
			id = format.ShortID(v.ProposalID)
		}
		b.WriteString("  " + vtable.Fit(id, 9, vtable.Left) + " " +
			st.Support(v.Support).Render(vtable.Fit(v.Support.String(), 8, vtable.Left)) + " " +
			vtable.Fit(format.Amount(v.Weight, dec, sym, 2), 20, vtable.Right) + " " +
			st.Muted.Render(vtable.Fit(format.Uint(v.Block), 9, vtable.Right)) + " " +
			vtable.Fit(d.titles[v.Key()], titleW, vtable.Left) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// powerChart draws the voting power history as a step sparkline over the
// blocks it spans, with its range and the first and last change.
func (m *Model) powerChart(w int) string {
	st := m.c.Styles
	pts := m.acct.points
	dec := m.data.snap.Decimals
	width := max(10, w-4-24)
	lo, hi := pts[0].Block, m.data.head.Number
	if hi <= lo {
		hi = lo + 1
	}
	top := new(big.Int)
	for _, p := range pts {
		if p.Votes != nil && p.Votes.Cmp(top) > 0 {
			top = p.Votes
		}
	}
	levels := []rune(" ▁▂▃▄▅▆▇█")
	var line strings.Builder
	j := 0
	for x := 0; x < width; x++ {
		blk := lo + uint64(float64(hi-lo)*float64(x)/float64(width-1))
		for j+1 < len(pts) && pts[j+1].Block <= blk {
			j++
		}
		r := format.Ratio(pts[j].Votes, top)
		line.WriteRune(levels[int(r*float64(len(levels)-1)+0.5)])
	}
	when := func(p ui.PowerPoint) string {
		if p.Time.IsZero() {
			return "block " + format.Uint(p.Block)
		}
		return "block " + format.Uint(p.Block) + " (" + p.Time.UTC().Format(time.DateOnly) + ")"
	}
	last := pts[len(pts)-1]
	return "  " + st.Chart.Render(line.String()) + " " + st.Muted.Render("0–"+format.Amount(top, dec, "", 2)) + "\n" +
		"  " + st.Muted.Render(fmt.Sprintf("%d changes · first %s · last %s · now %s", len(pts), when(pts[0]), when(last), format.Amount(last.Votes, dec, m.data.symbol, 2)))
}

// sanitizedTitles maps proposal ids to their sanitized titles.
func sanitizedTitles(ps []gov.Proposal) map[string]string {
	out := make(map[string]string, len(ps))
	for i := range ps {
		if ps[i].ID == nil {
			continue
		}
		t := ps[i].Title
		if t == "" {
			t = gov.Title(ps[i].Description)
		}
		out[ps[i].Key()] = sanitize.Line(t, sanitize.MaxTitle)
	}
	return out
}

// Selected implements ui.Selector: the open account, else the holder or
// delegate under the cursor.
func (m *Model) Selected() (ui.Target, bool) {
	a := m.selected()
	if m.acct != nil {
		a = m.acct.addr
	}
	if a == (common.Address{}) || m.typing {
		return ui.Target{}, false
	}
	return ui.Target{Kind: ui.KindAddress, Value: a.Hex()}, true
}
