// Package treasury is the Treasury tab: where the money goes. It shows the
// balance of ETH and each tracked token per treasury address, totals in and
// out per asset, each asset's balance over time as a sparkline, and the
// flows in a virtualised table.
package treasury

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

const (
	paneBalances = iota
	paneFlows
	numPanes
)

var (
	paneNames   = [...]string{"Balances", "Flows"}
	flowFilters = [...]string{"all", "in", "out"}
	flowSorts   = [...]string{"newest", "oldest"}
)

// Model is the Treasury tab.
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

	pane   int
	flows  vtable.Model
	fRows  []int
	filter int
	sort   int
	scroll int      // first line of the balances pane
	open   *flowRow // the flow whose page is open (enter on a flow)

	pIn, pOut, pMuted vtable.Paint

	width, height int
}

// New builds the Treasury tab. ctx bounds every request it makes.
func New(ctx context.Context, c ui.Common, r Reader, timeout time.Duration) *Model {
	m := &Model{c: c, ctx: ctx, reader: r, timeout: timeout,
		pIn: vtable.NewPaint(c.Styles.Good), pOut: vtable.NewPaint(c.Styles.Bad), pMuted: vtable.NewPaint(c.Styles.Muted)}
	m.flows = vtable.New(nil, c.Keys, vtable.Styles{Header: c.Styles.TableHeader, Selected: c.Styles.SelectedRow, Empty: c.Styles.Muted})
	m.flows.SetShown(c.Columns["flows"])
	m.flows.SetEmpty("no flows")
	m.setColumns()
	return m
}

// SetInfo gives the view the DAO's description.
func (m *Model) SetInfo(info *ui.DAOInfo) {
	m.info = info
	m.namer = ui.NewNamer(info)
}

// SetSize sets the view's size.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.flows.SetSize(w, h-1)
	m.setColumns()
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
	return m.loader.Status("treasury", m.err)
}

// Capturing is always false: the tab has no text input.
func (m *Model) Capturing() bool { return false }

// Help returns the key help.
func (m *Model) Help() help.KeyMap {
	k := m.c.Keys
	if m.open != nil {
		return m.flowHelp()
	}
	pane := keys.WithHelp(k.NextPane, "balances/flows")
	short := []key.Binding{k.Up, k.Down, pane, keys.WithHelp(k.Filter, "in/out"), k.Sort, k.NextTab, k.Help, k.Quit}
	if m.pane == paneFlows {
		short = append([]key.Binding{k.Up, k.Down, keys.WithHelp(k.Open, "transaction")}, short[2:]...)
	}
	return keys.Help{
		Short: short,
		Full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.PrevPane, k.NextPane, keys.WithHelp(k.Filter, "flows in/out/all"), keys.WithHelp(k.Sort, "flows newest/oldest"),
				keys.WithHelp(k.Open, "a flow's transaction and proposal"), keys.WithHelp(k.Copy, "copy the tx hash"), keys.WithHelp(k.Browse, "open the tx")},
		},
	}
}

// Update handles the view's messages and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case LoadedMsg:
		return ui.Finish(&m.loader, msg, &m.err, func(d *dataset) tea.Cmd {
			m.data = d
			m.apply()
			return nil
		}, m.Load)
	case tea.KeyMsg:
		if m.open != nil {
			return m.flowKey(msg)
		}
		if key.Matches(msg, m.c.Keys.Open) {
			m.open = m.selectedFlow()
			return nil
		}
		m.key(msg)
	}
	return nil
}

func (m *Model) key(k tea.KeyMsg) {
	km := m.c.Keys
	switch {
	case key.Matches(k, km.NextPane):
		m.pane = (m.pane + 1) % numPanes
	case key.Matches(k, km.PrevPane):
		m.pane = (m.pane + numPanes - 1) % numPanes
	case key.Matches(k, km.Filter):
		m.filter = (m.filter + 1) % len(flowFilters)
		m.pane = paneFlows
		m.apply()
	case key.Matches(k, km.Sort):
		m.sort = (m.sort + 1) % len(flowSorts)
		m.pane = paneFlows
		m.apply()
	case m.pane == paneFlows:
		m.flows.Update(k)
	case key.Matches(k, km.Up):
		m.scroll = max(0, m.scroll-1)
	case key.Matches(k, km.Down):
		m.scroll++
	case key.Matches(k, km.Top):
		m.scroll = 0
	}
}

// apply recomputes the flow rows for the filter and order.
func (m *Model) apply() {
	m.setColumns()
	if m.data == nil {
		return
	}
	m.fRows = m.fRows[:0]
	for i := range m.data.flows {
		dir := m.data.flows[i].f.Direction
		if (m.filter == 1 && dir != treasury.In) || (m.filter == 2 && dir != treasury.Out) {
			continue
		}
		m.fRows = append(m.fRows, i)
	}
	if m.sort == 1 {
		for i, j := 0, len(m.fRows)-1; i < j; i, j = i+1, j-1 {
			m.fRows[i], m.fRows[j] = m.fRows[j], m.fRows[i]
		}
	}
	m.flows.SetRows(flowRows{m})
}

func (m *Model) setColumns() {
	cols := []vtable.Column{
		{Title: "Time (UTC)", Width: 16},
		{Title: "Dir", Width: 5},
		{Title: "Asset", Width: 8},
		{Title: "Amount", Width: 18, Align: vtable.Right},
		{Title: "Counterparty", Width: 13, Flex: true},
		{Title: "Proposal", Width: 9},
	}
	if m.sort == 0 {
		cols[0].Title += " ↓"
	} else {
		cols[0].Title += " ↑"
	}
	if m.data != nil && m.data.multi {
		cols = append(cols, vtable.Column{Title: "Account", Width: 13})
	}
	m.flows.SetColumns(cols)
}

type flowRows struct{ m *Model }

func (r flowRows) Len() int { return len(r.m.fRows) }

func (r flowRows) Cell(row, col int) string {
	f := &r.m.data.flows[r.m.fRows[row]]
	switch col {
	case 0:
		return strings.TrimSuffix(f.when, " UTC")
	case 1:
		if f.f.Direction == treasury.In {
			return "↓ in"
		}
		return "↑ out"
	case 2:
		return f.symbol
	case 3:
		return f.amount
	case 4:
		return f.counterparty
	case 5:
		return f.proposal
	case 6:
		return f.account
	}
	return ""
}

func (r flowRows) CellPaint(row, col int) vtable.Paint {
	f := &r.m.data.flows[r.m.fRows[row]]
	if col == 1 || col == 3 {
		if f.f.Direction == treasury.In {
			return r.m.pIn
		}
		return r.m.pOut
	}
	if col == 0 {
		return r.m.pMuted
	}
	return vtable.Paint{}
}

// View renders the tab.
func (m *Model) View() string {
	st := m.c.Styles
	if m.data == nil {
		return ui.Placeholder(st, "treasury", m.err, m.info, "loading the treasury…")
	}
	if m.open != nil {
		return m.flowView()
	}
	bar := m.paneBar()
	if m.pane == paneFlows {
		return bar + "\n" + m.flows.View()
	}
	lines := strings.Split(m.balances(), "\n")
	m.scroll = max(0, min(m.scroll, len(lines)-(m.height-1)))
	return bar + "\n" + strings.Join(lines[m.scroll:], "\n")
}

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
	right := st.Muted.Render(fmt.Sprintf("%s · %s", plural(len(m.data.snap.Accounts), "address", "addresses"), plural(len(m.data.flows), "flow", "flows")))
	if m.pane == paneFlows {
		first, last, total := m.flows.Range()
		right = st.Label.Render("filter ") + flowFilters[m.filter] + st.Label.Render("  sort ") + flowSorts[m.sort] + "  " +
			st.Muted.Render(format.Uint(uint64(first))+"–"+format.Uint(uint64(last))+" of "+format.Uint(uint64(total)))
	}
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return vtable.Fit(left, m.width, vtable.Left)
	}
	return left + strings.Repeat(" ", gap) + right
}

// balances is the Balances pane: per-address balances, totals and history.
func (m *Model) balances() string {
	st := m.c.Styles
	d := m.data
	var b strings.Builder
	fit := vtable.Fit
	b.WriteString(st.Section.Render("Balances") + st.Muted.Render(" at block "+format.Uint(d.snap.Block)) + "\n")
	accW := max(13, min(34, m.width-2-1-8-1-24))
	b.WriteString("  " + st.TableHeader.Render(fit("Address", accW, vtable.Left)+" "+fit("Asset", 8, vtable.Left)+" "+fit("Balance", 24, vtable.Right)) + "\n")
	for _, r := range d.balances {
		amt := fit(r.amount, 24, vtable.Right)
		if r.bad {
			amt = st.Warn.Render(amt)
		}
		b.WriteString("  " + fit(r.account, accW, vtable.Left) + " " + fit(r.asset, 8, vtable.Left) + " " + amt + "\n")
	}
	b.WriteString("\n" + st.Section.Render("Totals") + st.Muted.Render(" over all treasury addresses, from the flows read") + "\n")
	numW := 20
	b.WriteString("  " + st.TableHeader.Render(fit("Asset", 8, vtable.Left)+" "+fit("Now", numW, vtable.Right)+" "+fit("In", numW, vtable.Right)+" "+fit("Out", numW, vtable.Right)+" "+fit("Flows", 9, vtable.Right)) + "\n")
	for _, a := range d.assets {
		now := amountOf(a.asset, a.balance, 2)
		if a.unreadable {
			now = "≥ " + now // an account's balance could not be read
		}
		b.WriteString("  " + fit(a.symbol, 8, vtable.Left) + " " +
			fit(now, numW, vtable.Right) + " " +
			st.Good.Render(fit("+"+amountOf(a.asset, a.in, 2), numW, vtable.Right)) + " " +
			st.Bad.Render(fit("-"+amountOf(a.asset, a.out, 2), numW, vtable.Right)) + " " +
			fit(fmt.Sprintf("%d/%d", a.nIn, a.nOut), 9, vtable.Right) + "\n")
	}
	b.WriteString("\n" + st.Section.Render("Balance over time") + "\n")
	sparkW := max(10, m.width-2-8-1-26)
	for _, a := range d.assets {
		if len(a.series) < 2 {
			b.WriteString("  " + fit(a.symbol, 8, vtable.Left) + " " + st.Muted.Render("no flows") + "\n")
			continue
		}
		// The axis runs from the first flow to the last: idle time after
		// it would flatten the steps into one line.
		pts := a.series[:len(a.series)-1]
		lo, hi := pts[0].t, pts[len(pts)-1].t
		vlo, vhi := minMax(pts)
		line := "  " + fit(a.symbol, 8, vtable.Left) + " " + st.Chart.Render(sparkline(pts, sparkW)) + " " +
			st.Muted.Render(format.Compact(vlo)+"–"+format.Compact(vhi))
		b.WriteString(line + "\n")
		layout := "2006-01-02"
		if hi.Sub(lo) < 48*time.Hour {
			layout = "2006-01-02 15:04"
		}
		note := "first flow " + lo.UTC().Format(layout) + " → last " + hi.UTC().Format(layout)
		if !a.complete {
			note += "  (incomplete: transfers without logs)"
		}
		b.WriteString("  " + strings.Repeat(" ", 9) + st.Muted.Render(note) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return format.Uint(uint64(n)) + " " + many
}

// sparkline draws the step function pts (time-ordered) over w columns,
// scaled from the lowest to the highest value (a flat series sits mid-way).
func sparkline(pts []point, w int) string {
	const levels = "▁▂▃▄▅▆▇█"
	glyphs := []rune(levels)
	t0, t1 := pts[0].t, pts[len(pts)-1].t
	span := t1.Sub(t0)
	lo, hi := minMax(pts)
	var b strings.Builder
	j := 0
	for c := 0; c < w; c++ {
		at := t0
		if span > 0 {
			at = t0.Add(time.Duration(float64(span) * float64(c+1) / float64(w)))
		} else {
			j = len(pts) - 1
		}
		for j+1 < len(pts) && !pts[j+1].t.After(at) {
			j++
		}
		v := pts[j].v
		idx := len(glyphs) / 2
		if hi > lo {
			idx = int(math.Round((v - lo) / (hi - lo) * float64(len(glyphs)-1)))
		}
		idx = max(0, min(len(glyphs)-1, idx))
		b.WriteRune(glyphs[idx])
	}
	return b.String()
}

func minMax(pts []point) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo, hi = min(lo, p.v), max(hi, p.v)
	}
	return lo, hi
}
