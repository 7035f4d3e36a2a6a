// Package ownership is the Ownership tab: who owns the DAO. It shows the
// concentration of power at a glance (top-10 share, Nakamoto coefficient,
// Gini), a holders table and a delegates table (both virtualised: 100,000
// rows cost the same per frame as 20), and a distribution chart.
package ownership

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vtable"
)

// Panes of the tab.
const (
	paneHolders = iota
	paneDelegates
	paneChart
	numPanes
)

var paneNames = [...]string{"Holders", "Delegates", "Distribution"}

// Sort orders per table.
var (
	holderSorts   = [...]string{"balance", "voting power"}
	delegateSorts = [...]string{"voting power", "delegators", "participation"}
)

// Model is the Ownership tab.
type Model struct {
	c       ui.Common
	ctx     context.Context
	reader  Reader
	timeout time.Duration
	info    *ui.DAOInfo
	namer   ui.Namer

	loader ui.Loader
	err    error
	data   *dataset

	pane      int
	holders   vtable.Model
	delegates vtable.Model
	hRows     []int // filtered, sorted indexes into data.holders
	dRows     []int
	hSort     int
	dSort     int
	search    ui.Input
	typing    bool
	query     string

	width, height int

	signing bool // a wallet is present: offer d

	acct *account // the open holder's or delegate's page (enter on a row)

	// the summary is rendered once per dataset and width, not per frame
	sum      string
	sumData  *dataset
	sumWidth int
}

// New builds the Ownership tab. ctx bounds every request it makes.
func New(ctx context.Context, c ui.Common, r Reader, timeout time.Duration) *Model {
	m := &Model{c: c, ctx: ctx, reader: r, timeout: timeout}
	ts := vtable.Styles{Header: c.Styles.TableHeader, Selected: c.Styles.SelectedRow, Empty: c.Styles.Muted}
	m.holders = vtable.New(nil, c.Keys, ts)
	m.delegates = vtable.New(nil, c.Keys, ts)
	m.holders.SetShown(c.Columns["holders"])
	m.delegates.SetShown(c.Columns["delegates"])
	m.holders.SetEmpty("no holders")
	m.delegates.SetEmpty("no delegates")
	m.search = ui.NewInput("/ ", "search addresses and names", 0, c.Styles.Section)
	m.setColumns()
	return m
}

// SetInfo gives the view the DAO's description.
func (m *Model) SetInfo(info *ui.DAOInfo) {
	m.info = info
	m.namer = ui.NewNamer(info)
}

// headerLines is how many lines sit above the tables.
const headerLines = 4

// SetSize sets the view's size.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.holders.SetSize(w, h-headerLines)
	m.delegates.SetSize(w, h-headerLines)
	m.refreshAccount()
	return nil
}

// Load asks for the data at head; force reloads the current block.
func (m *Model) Load(head ui.Head, force bool) tea.Cmd {
	if m.info == nil || !m.loader.Start(head, force) {
		return nil
	}
	return loadCmd(m.ctx, ui.To{ID: m.c.ID}, m.reader, m.namer, head, m.timeout)
}

// Status reports the view's loading state for the footer.
func (m *Model) Status() ui.Status {
	return m.loader.Status("ownership", m.err)
}

// Capturing reports whether keys go to the search box.
func (m *Model) Capturing() bool { return m.typing }

// Help returns the key help.
func (m *Model) Help() help.KeyMap {
	k := m.c.Keys
	if m.acct != nil {
		return m.accountHelp()
	}
	if m.typing {
		return keys.Help{Short: []key.Binding{keys.WithHelp(k.Open, "done"), keys.WithHelp(k.Back, "clear")}}
	}
	pane := []key.Binding{keys.WithHelp(k.NextPane, "holders/delegates/chart")}
	h := keys.Help{
		Short: append(append([]key.Binding{k.Up, k.Down}, pane...), keys.WithHelp(k.Open, "details"), k.Search, k.Sort, k.NextTab, k.Help, k.Quit),
		Full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.PrevPane, k.NextPane, keys.WithHelp(k.Search, "search addresses"), keys.WithHelp(k.Sort, "change order"), keys.WithHelp(k.Back, "clear search"),
				keys.WithHelp(k.Open, "their delegation, power and votes"), keys.WithHelp(k.Copy, "copy address")},
		},
	}
	if m.signing {
		h.Short = append([]key.Binding{keys.WithHelp(k.Delegate, "delegate")}, h.Short...)
		h.Full = append(h.Full, []key.Binding{keys.WithHelp(k.Delegate, "delegate: to yourself, the selected address or one you type")})
	}
	return h
}

// SetSigning says whether signing is available (the help then offers d).
func (m *Model) SetSigning(enabled bool, _ common.Address, _ string) { m.signing = enabled }

// selected returns the holder or delegate under the cursor (zero when the
// chart is shown or the table is empty).
func (m *Model) selected() common.Address {
	if m.data == nil {
		return common.Address{}
	}
	switch m.pane {
	case paneHolders:
		if c := m.holders.Cursor(); c < len(m.hRows) {
			return m.data.holders[m.hRows[c]].h.Address
		}
	case paneDelegates:
		if c := m.delegates.Cursor(); c < len(m.dRows) {
			return m.data.delegates[m.dRows[c]].d.Address
		}
	}
	return common.Address{}
}

// Update handles the view's messages and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case LoadedMsg:
		return ui.Finish(&m.loader, msg, &m.err, func(d *dataset) tea.Cmd {
			m.data = d
			m.apply()
			m.refreshAccount()
			return nil
		}, m.Load)
	case HistoryMsg:
		m.history(msg)
	case tea.KeyMsg:
		if m.acct != nil {
			return m.accountKey(msg)
		}
		return m.key(msg)
	}
	return nil
}

func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	if m.typing {
		switch {
		case key.Matches(k, km.Open):
			m.typing = false
		case key.Matches(k, km.Back):
			m.typing = false
			m.search.SetValue("")
			m.query = ""
			m.apply()
		default:
			if m.search.Update(k) {
				m.query = m.search.Value()
				m.apply()
			}
		}
		return nil
	}
	switch {
	case key.Matches(k, km.NextPane):
		m.pane = (m.pane + 1) % numPanes
	case key.Matches(k, km.PrevPane):
		m.pane = (m.pane + numPanes - 1) % numPanes
	case key.Matches(k, km.Search):
		m.typing = true
		m.search.SetValue(m.query)
	case key.Matches(k, km.Sort):
		if m.pane == paneHolders {
			m.hSort = (m.hSort + 1) % len(holderSorts)
		} else if m.pane == paneDelegates {
			m.dSort = (m.dSort + 1) % len(delegateSorts)
		}
		m.apply()
	case key.Matches(k, km.Back):
		if m.query != "" {
			m.query = ""
			m.search.SetValue("")
			m.apply()
		}
	case key.Matches(k, km.Delegate):
		return vote.Start(vote.Request{Kind: vote.KindDelegate, Candidate: m.selected()})
	case key.Matches(k, km.Open) && m.pane != paneChart:
		return m.openAccount()
	default:
		switch m.pane {
		case paneHolders:
			m.holders.Update(k)
		case paneDelegates:
			m.delegates.Update(k)
		}
	}
	return nil
}

// apply recomputes filtered and sorted rows of both tables.
func (m *Model) apply() {
	m.setColumns()
	if m.data == nil {
		return
	}
	q := strings.ToLower(strings.TrimSpace(m.query))
	var hKeys, dKeys []string
	if q != "" {
		hKeys, dKeys = m.data.keys()
	}
	m.hRows = m.hRows[:0]
	for i := range m.data.holders {
		if q == "" || strings.Contains(hKeys[i], q) {
			m.hRows = append(m.hRows, i)
		}
	}
	hs := m.data.holders
	if m.hSort == 1 {
		slices.SortStableFunc(m.hRows, func(a, b int) int { return format.CmpBig(hs[b].h.Votes, hs[a].h.Votes) })
	}
	m.dRows = m.dRows[:0]
	for i := range m.data.delegates {
		if q == "" || strings.Contains(dKeys[i], q) {
			m.dRows = append(m.dRows, i)
		}
	}
	ds := m.data.delegates
	switch m.dSort {
	case 1:
		slices.SortStableFunc(m.dRows, func(a, b int) int { return ds[b].nDelegat - ds[a].nDelegat })
	case 2:
		slices.SortStableFunc(m.dRows, func(a, b int) int { return ds[b].voted - ds[a].voted })
	}
	m.holders.SetRows(holderRows{m})
	m.delegates.SetRows(delegateRows{m})
}

func (m *Model) setColumns() {
	sym := ""
	if m.data != nil && m.data.symbol != "" {
		sym = " " + m.data.symbol
	}
	hc := []vtable.Column{
		{Title: "Holder", Width: 13, Flex: true},
		{Title: "Balance" + sym, Width: 18, Align: vtable.Right},
		{Title: "Supply", Width: 7, Align: vtable.Right},
		{Title: "Delegate", Width: 13},
		{Title: "Votes" + sym, Width: 18, Align: vtable.Right},
	}
	if m.hSort == 0 {
		hc[1].Title += " ↓"
	} else {
		hc[4].Title += " ↓"
	}
	dc := []vtable.Column{
		{Title: "Delegate", Width: 13, Flex: true},
		{Title: "Votes" + sym, Width: 18, Align: vtable.Right},
		{Title: "Share", Width: 7, Align: vtable.Right},
		{Title: "Delegators", Width: 10, Align: vtable.Right},
		{Title: "Voted", Width: 11, Align: vtable.Right},
	}
	dc[[]int{1, 3, 4}[m.dSort]].Title += " ↓"
	m.holders.SetColumns(hc)
	m.delegates.SetColumns(dc)
}

type holderRows struct{ m *Model }

func (r holderRows) Len() int { return len(r.m.hRows) }

func (r holderRows) Cell(row, col int) string {
	h := &r.m.data.holders[r.m.hRows[row]]
	dec := r.m.data.snap.Decimals
	switch col {
	case 0:
		return r.m.data.label(h.h.Address)
	case 1:
		return format.Number(h.h.Balance, dec, 2)
	case 2:
		return r.m.data.holderShare(h.h)
	case 3:
		return r.m.data.delegateLabel(h.h)
	case 4:
		return format.Number(h.h.Votes, dec, 2)
	}
	return ""
}

type delegateRows struct{ m *Model }

func (r delegateRows) Len() int { return len(r.m.dRows) }

func (r delegateRows) Cell(row, col int) string {
	d := &r.m.data.delegates[r.m.dRows[row]]
	switch col {
	case 0:
		return r.m.data.label(d.d.Address)
	case 1:
		return format.Number(d.d.Votes, r.m.data.snap.Decimals, 2)
	case 2:
		return r.m.data.delegateShare(d.d)
	case 3:
		return format.Uint(uint64(d.nDelegat))
	case 4:
		return fmt.Sprintf("%d/%d", d.voted, r.m.data.eligible)
	}
	return ""
}

// View renders the tab.
func (m *Model) View() string {
	st := m.c.Styles
	if m.data == nil {
		return ui.Placeholder(st, "ownership", m.err, m.info, "loading holders and delegates…")
	}
	if m.acct != nil {
		return m.accountView()
	}
	if m.sumData != m.data || m.sumWidth != m.width {
		m.sum, m.sumData, m.sumWidth = m.summary(), m.data, m.width
	}
	var b strings.Builder
	b.WriteString(m.sum)
	b.WriteByte('\n')
	b.WriteString(m.paneBar())
	b.WriteByte('\n')
	switch m.pane {
	case paneHolders:
		b.WriteString(m.holders.View())
	case paneDelegates:
		b.WriteString(m.delegates.View())
	case paneChart:
		b.WriteString(m.chart())
	}
	return b.String()
}

// summary is the concentration at a glance (three lines).
func (m *Model) summary() string {
	st := m.c.Styles
	d := m.data
	s := d.stats
	dec := d.snap.Decimals
	name := d.name
	if name == "" {
		name = "token"
	}
	l1 := st.Bold.Render(name) + st.Muted.Render(" ("+d.symbol+")") +
		st.Label.Render("  supply ") + format.Amount(d.snap.TotalSupply, dec, d.symbol, 2) +
		st.Label.Render("  holders ") + format.Uint(uint64(len(d.holders))) +
		st.Label.Render("  delegates ") + format.Uint(uint64(len(d.delegates)))
	power := "Voting power"
	if d.snap.CustomUnits {
		// Votes are not balances: a share of the supply would mislead.
		l1 += st.Label.Render("  votes ") + format.Amount(d.stats.totalVotes, dec, "", 0)
		power += " (custom units)"
	} else {
		l1 += st.Label.Render("  delegated ") + d.stats.delegatedP
	}
	nak := "—"
	if s.nakamoto > 0 {
		nak = fmt.Sprintf("%d", s.nakamoto)
	}
	l2 := st.Section.Render(power) +
		st.Label.Render("  top-10 ") + st.Bold.Render(format.PercentF(s.powerTop10)) +
		st.Label.Render("  Nakamoto ") + st.Bold.Render(nak) +
		st.Label.Render("  Gini ") + st.Bold.Render(fmt.Sprintf("%.2f", s.powerGini)) +
		st.Muted.Render("   balances: top-10 "+format.PercentF(s.balTop10)+", Gini "+fmt.Sprintf("%.2f", s.balGini))
	l3 := st.Muted.Render(fmt.Sprintf("Nakamoto: fewest delegates holding over half the votes · Voted: of %s proposals opened for voting", format.Uint(uint64(d.eligible))))
	return vtable.Fit(l1, m.width, vtable.Left) + "\n" + vtable.Fit(l2, m.width, vtable.Left) + "\n" + vtable.Fit(l3, m.width, vtable.Left)
}

// paneBar names the panes, the sort and the visible range.
func (m *Model) paneBar() string {
	st := m.c.Styles
	var parts []string
	for i, n := range paneNames {
		if i == m.pane {
			parts = append(parts, st.ActiveTab.Render("["+n+"]"))
		} else {
			parts = append(parts, st.Tab.Render(" "+n+" "))
		}
	}
	left := strings.Join(parts, "")
	var right string
	switch {
	case m.typing:
		left += "  " + m.search.View()
	case m.query != "":
		left += st.Label.Render("  search ") + "\"" + sanitize.Line(m.query, 30) + "\""
	}
	var t *vtable.Model
	switch m.pane {
	case paneHolders:
		t = &m.holders
		right = st.Label.Render("sort ") + holderSorts[m.hSort] + "  "
	case paneDelegates:
		t = &m.delegates
		right = st.Label.Render("sort ") + delegateSorts[m.dSort] + "  "
	}
	if t != nil {
		first, last, total := t.Range()
		right += st.Muted.Render(format.Uint(uint64(first)) + "–" + format.Uint(uint64(last)) + " of " + format.Uint(uint64(total)))
	}
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return vtable.Fit(left, m.width, vtable.Left)
	}
	return left + strings.Repeat(" ", gap) + right
}

// chart draws the distribution of voting power and of balances as bars.
func (m *Model) chart() string {
	st := m.c.Styles
	var b strings.Builder
	rows := max(2, m.height-headerLines)
	per := max(1, (rows-3)/2)
	labelW := 24
	barW := max(10, m.width-labelW-12)
	draw := func(title string, ss []slice) {
		b.WriteString(st.Section.Render(title))
		b.WriteByte('\n')
		if len(ss) == 0 {
			b.WriteString(st.Muted.Render("  nothing to show\n"))
			return
		}
		if len(ss) > per {
			// fold what does not fit into "others"
			rest := slice{}
			for _, s := range ss[per-1:] {
				rest.share += s.share
				rest.count += s.count
			}
			ss = append(ss[:per-1:per-1], rest)
		}
		for _, s := range ss {
			if s.label == "" {
				s.label = format.Uint(uint64(s.count)) + " others"
			}
			n := int(s.share*float64(barW) + 0.5)
			if s.share > 0 && n == 0 {
				n = 1
			}
			n = max(0, min(barW, n))
			fmt.Fprintf(&b, "  %s %s%s %s\n",
				vtable.Fit(s.label, labelW-3, vtable.Left),
				st.Chart.Render(strings.Repeat("█", n)), st.BarEmpty.Render(strings.Repeat("░", barW-n)),
				vtable.Fit(format.PercentF(s.share), 6, vtable.Right))
		}
	}
	draw("Voting power by delegate", m.data.stats.topPower)
	b.WriteByte('\n')
	draw("Balance by holder", m.data.stats.topBalances)
	return strings.TrimRight(b.String(), "\n")
}
