// Package proposals is the Proposals tab: a virtualised table of every
// proposal (newest first) with filter, search and sort, and a detail page
// with the timeline, tallies, quorum, the description as bounded markdown,
// decoded actions and the votes.
package proposals

import (
	"context"
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
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/markdown"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vtable"
)

// sortMode is the table order.
type sortMode uint8

const (
	sortNewest sortMode = iota
	sortOldest
	sortDeadline
	sortVotes
	numSorts
)

var sortNames = [...]string{"newest", "oldest", "deadline", "most votes"}

// maxRendered bounds the cache of rendered descriptions.
const maxRendered = 64

// Model is the Proposals tab.
type Model struct {
	c       ui.Common
	ctx     context.Context // lifetime of the app; bounds every request
	reader  Reader
	timeout time.Duration
	info    *ui.DAOInfo
	namer   ui.Namer
	dec     ui.ActionFormatter

	loader ui.Loader
	err    error
	data   *dataset

	exact map[uint64]time.Time // times of blocks at or before the head they were read at
	est   map[uint64]time.Time // estimates for future blocks (refreshed each load)
	// blockSecs is the time per block measured over the heads seen live
	// (0 until known): future blocks are estimated from it and the head,
	// ahead of the source's estimate.
	blockSecs float64

	rows   []int // indexes into data.items after filter and sort
	colIDs []int // the table's columns (colID …) as last laid out
	table  vtable.Model
	filter filterSet
	menu   *filterMenu // the filter menu, while open
	sort   sortMode
	search ui.Input
	typing bool // search box has focus
	query  string

	detail  *detail
	pending string                 // a proposal to open once the data is loaded (OpenProposal)
	md      map[string]RenderedMsg // rendered descriptions by proposal id
	paints  paints

	signing bool           // a wallet is present: offer v, u, x
	me      common.Address // the signing account (zero: none), for "you voted"
	meName  string
	mine    map[string]gov.Support // the signing account's votes by proposal id
	mineAt  map[string]uint64      // the block of each of those votes

	width, height int
}

// New builds the Proposals tab. ctx bounds every request it makes.
func New(ctx context.Context, c ui.Common, r Reader, timeout time.Duration) *Model {
	m := &Model{
		c: c, ctx: ctx, reader: r, timeout: timeout,
		exact: map[uint64]time.Time{}, est: map[uint64]time.Time{},
		md: map[string]RenderedMsg{}, paints: newPaints(c),
	}
	m.search = ui.NewInput("/ ", "search titles, proposers, ids", 0, c.Styles.Section)
	m.table = vtable.New(m.columns(), c.Keys, vtable.Styles{
		Header:   c.Styles.TableHeader,
		Selected: c.Styles.SelectedRow,
		Empty:    c.Styles.Muted,
	})
	m.table.SetEmpty("no proposals")
	m.table.SetShown(c.Columns["proposals"])
	m.table.SetRows(tableRows{m})
	return m
}

// SetInfo gives the view the DAO's description (once, when it is read).
func (m *Model) SetInfo(info *ui.DAOInfo) {
	m.info = info
	m.learnTokens()
}

// learnTokens rebuilds the names and the decoder from the DAO's description
// and the tokens the latest load found (tokens discovered since start-up
// name action targets and amounts too).
func (m *Model) learnTokens() {
	info := m.info
	if info != nil && m.data != nil {
		merged := *info
		merged.Tokens = slices.Clone(info.Tokens)
		for _, t := range m.data.tokens {
			if t.Address != info.Token.Address && !slices.ContainsFunc(merged.Tokens, func(k treasury.Asset) bool { return k.Address == t.Address }) {
				merged.Tokens = append(merged.Tokens, t)
			}
		}
		info = &merged
	}
	m.namer = ui.NewNamer(info)
	m.dec = ui.NewActionFormatter(info)
}

// SetSize sets the view's size; an open description is rendered again for
// the new width.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.table.SetSize(w, h-1)
	if m.detail == nil {
		return nil
	}
	m.detail.setSize(m, w, h)
	return m.renderDescription()
}

// Load asks for the data at head; force reloads the current block. It
// returns nil when a load is already running (the head is remembered).
func (m *Model) Load(head ui.Head, force bool) tea.Cmd {
	if m.info == nil || !m.loader.Start(head, force) {
		return nil
	}
	return loadCmd(m.ctx, ui.To{ID: m.c.ID}, m.reader, m.namer, m.info.Token.Decimals, head, m.timeout)
}

// SetSigning says whether signing is available (the help then offers v,
// u and x where they apply) and names the signing account, whose vote the
// detail page shows (zero address: none).
func (m *Model) SetSigning(enabled bool, me common.Address, name string) {
	m.signing, m.me, m.meName = enabled, me, name
	m.collectMine()
	m.applyView(m.selectedKey()) // "needs my vote" and the You column follow the account
	m.refreshDetail()
}

// collectMine indexes the signing account's votes, for the table's "You"
// column; once per load or account change, never per frame.
func (m *Model) collectMine() {
	m.mine, m.mineAt = map[string]gov.Support{}, map[string]uint64{}
	if m.data == nil || m.me == (common.Address{}) {
		return
	}
	for key, votes := range m.data.votes {
		for _, v := range votes {
			if v.Voter == m.me {
				m.mine[key], m.mineAt[key] = v.Support, v.Block
			}
		}
	}
}

// current is the proposal the keys act on: the open one, else the one
// under the cursor (nil when none).
func (m *Model) current() *gov.Proposal {
	if m.data == nil {
		return nil
	}
	k := m.selectedKey()
	if m.detail != nil {
		k = m.detail.key
	}
	if i, ok := m.data.byKey[k]; ok && k != "" {
		return m.data.items[i].p
	}
	return nil
}

// actionKeys are the signing keys that act on the current proposal now
// (see KeyHelp): v on an Active one not yet voted on, u on a Succeeded
// one, x on a Queued one whose delay has passed.
func (m *Model) actionKeys() []key.Binding {
	var out []key.Binding
	for _, h := range m.KeyHelp() {
		if h.Disabled == "" {
			out = append(out, h.Binding)
		}
	}
	return out
}

// action starts a signing flow on the current proposal for v, u or x. The
// flow explains itself when the proposal is in the wrong state.
func (m *Model) action(k tea.KeyMsg) (tea.Cmd, bool) {
	km := m.c.Keys
	var kind vote.Kind
	switch {
	case key.Matches(k, km.Vote):
		kind = vote.KindVote
	case key.Matches(k, km.Queue):
		kind = vote.KindQueue
	case key.Matches(k, km.Execute):
		kind = vote.KindExecute
	default:
		return nil, false
	}
	p := m.current()
	if p == nil {
		return nil, true
	}
	cp := *p
	return vote.Start(vote.Request{Kind: kind, Proposal: &cp}), true
}

// OpenProposal implements ui.ProposalOpener: it shows the page of
// proposal id (once loaded, if it is not yet) and, with vote, starts a vote
// on it.
func (m *Model) OpenProposal(id string, vote bool) tea.Cmd {
	m.menu, m.typing = nil, false
	if m.data == nil {
		m.pending = id
		return nil
	}
	idx, ok := m.data.byKey[id]
	if !ok { // a decimal id: the current governor's proposal, else a legacy one's
		var current common.Address
		if m.info != nil {
			current = m.info.Governor.Address
		}
		if idx = m.data.find(id, current); idx < 0 {
			return nil
		}
		id = m.data.items[idx].key
	}
	cmd := m.open(id)
	if vote {
		cp := *m.data.items[idx].p
		cmd = tea.Batch(cmd, voteStart(&cp))
	}
	return cmd
}

// voteStart starts the vote flow on p.
func voteStart(p *gov.Proposal) tea.Cmd {
	return vote.Start(vote.Request{Kind: vote.KindVote, Proposal: p})
}

// Selected implements ui.Selector: the vote's transaction on a vote's
// page, the voter in the votes list, else the proposal's id.
func (m *Model) Selected() (ui.Target, bool) {
	if m.menu != nil || m.typing {
		return ui.Target{}, false
	}
	if m.detail != nil {
		if t, ok := m.detail.selected(m); ok {
			return t, true
		}
	}
	p := m.current()
	if p == nil {
		return ui.Target{}, false
	}
	return ui.Target{Kind: ui.KindProposal, Value: p.ID.String()}, true
}

// Status reports the view's loading state for the footer.
func (m *Model) Status() ui.Status {
	return m.loader.Status("proposals", m.err)
}

// Capturing reports whether keys go to a text input (global keys off).
func (m *Model) Capturing() bool { return m.typing || m.menu != nil }

// Help returns the key help for the current mode.
func (m *Model) Help() help.KeyMap {
	k := m.c.Keys
	acts := m.actionKeys()
	if m.menu != nil {
		return m.filterHelp()
	}
	if m.detail != nil && m.detail.page != pageDoc {
		return m.detail.help(m)
	}
	if m.detail != nil {
		h := keys.Help{
			Short: append(append([]key.Binding{}, acts...), k.Up, k.Down, keys.WithHelp(k.Open, "votes"), k.Back, k.Copy, keys.WithHelp(k.Sort, "sort votes"), k.NextTab, k.Help, k.Quit),
			Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
				{keys.WithHelp(k.Open, "list the votes"), k.Back, keys.WithHelp(k.Sort, "sort votes"), keys.WithHelp(k.Copy, "copy the proposal id"), keys.WithHelp(k.Browse, "open in explorer")}},
		}
		if len(acts) > 0 {
			h.Full = append(h.Full, acts)
		}
		return h
	}
	if m.typing {
		return keys.Help{Short: []key.Binding{keys.WithHelp(k.Open, "done"), keys.WithHelp(k.Back, "clear")}}
	}
	h := keys.Help{
		Short: append(append([]key.Binding{}, acts...), k.Up, k.Down, k.Open, k.Search, k.Filter, k.Sort, k.NextTab, k.Help, k.Quit),
		Full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Open, keys.WithHelp(k.Copy, "copy the proposal id"), keys.WithHelp(k.Search, "search titles, proposers"), keys.WithHelp(k.Filter, "filter menu"), keys.WithHelp(k.Sort, "change order"), keys.WithHelp(k.Back, "clear search/filter")},
		},
	}
	if len(acts) > 0 {
		h.Full = append(h.Full, acts)
	}
	return h
}

// Update handles the view's messages and keys.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case LoadedMsg:
		return m.loaded(msg)
	case TimesMsg:
		if msg.Err != nil {
			m.err = msg.Err
			return nil
		}
		for b, t := range msg.Times {
			if b <= msg.Head {
				m.exact[b] = t
			} else {
				m.est[b] = t
			}
		}
		m.refreshDetail()
		return nil
	case RenderedMsg:
		if len(m.md) >= maxRendered {
			clear(m.md) // a cache, not a store: keep memory bounded
		}
		m.md[msg.Key] = msg
		m.refreshDetail()
		return nil
	case tea.KeyMsg:
		if m.menu != nil {
			return m.filterKey(msg)
		}
		if m.detail != nil {
			return m.detailKey(msg)
		}
		return m.listKey(msg)
	}
	return nil
}

// loaded stores a load result unless it is stale.
func (m *Model) loaded(msg LoadedMsg) tea.Cmd {
	return ui.Finish(&m.loader, msg, &m.err, func(d *dataset) tea.Cmd {
		m.setData(d)
		cmds := []tea.Cmd{m.timesForList()}
		if id := m.pending; id != "" {
			m.pending = ""
			cmds = append(cmds, m.OpenProposal(id, false))
		}
		if m.detail != nil {
			cmds = append(cmds, m.timesForDetail(), m.renderDescription())
		}
		return tea.Batch(cmds...)
	}, m.Load)
}

// setData swaps in a new dataset, keeping the selected proposal selected.
func (m *Model) setData(d *dataset) {
	sel := m.selectedKey()
	m.data = d
	m.learnTokens()
	m.est = map[uint64]time.Time{} // estimates were for the old head
	m.collectMine()
	m.applyView(sel)
	m.refreshDetail()
}

// selectedKey is the id of the proposal under the cursor, or "".
func (m *Model) selectedKey() string {
	if m.data == nil || len(m.rows) == 0 {
		return ""
	}
	return m.data.items[m.rows[m.table.Cursor()]].key
}

// applyView recomputes the filtered, sorted row list and puts the cursor
// on sel if it is still listed.
func (m *Model) applyView(sel string) {
	m.rows = m.rows[:0]
	if m.data == nil {
		m.table.SetRows(tableRows{m})
		return
	}
	q := strings.ToLower(strings.TrimSpace(m.query))
	noAccount := m.filter.needsVote && m.me == (common.Address{}) // whose vote? none listed
	for i := range m.data.items {
		it := &m.data.items[i]
		if _, voted := m.mine[it.key]; noAccount || !m.filter.match(it.p.State, voted) {
			continue
		}
		if q != "" && !strings.Contains(it.search, q) {
			continue
		}
		m.rows = append(m.rows, i)
	}
	items := m.data.items
	switch m.sort {
	case sortOldest:
		slices.Reverse(m.rows)
	case sortDeadline:
		slices.SortStableFunc(m.rows, func(a, b int) int {
			return cmpU64(items[b].p.VoteEnd, items[a].p.VoteEnd)
		})
	case sortVotes:
		slices.SortStableFunc(m.rows, func(a, b int) int { return items[b].total.Cmp(items[a].total) })
	}
	m.table.SetColumns(m.columns())
	m.table.SetRows(tableRows{m})
	cur := 0
	for i, r := range m.rows {
		if items[r].key == sel {
			cur = i
			break
		}
	}
	m.table.SetCursor(cur)
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// listKey handles keys on the table.
func (m *Model) listKey(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	if m.typing {
		switch {
		case key.Matches(k, km.Open):
			m.typing = false
			return nil
		case key.Matches(k, km.Back):
			m.typing = false
			m.search.SetValue("")
			m.query = ""
			m.applyView(m.selectedKey())
			return nil
		}
		if m.search.Update(k) {
			m.query = m.search.Value()
			m.applyView(m.selectedKey())
		}
		return nil
	}
	switch {
	case key.Matches(k, km.Search):
		m.typing = true
		m.search.SetValue(m.query)
		return nil
	case key.Matches(k, km.Filter):
		m.menu = newFilterMenu(m.filter)
	case key.Matches(k, km.Sort):
		m.sort = (m.sort + 1) % numSorts
		m.applyView(m.selectedKey())
	case key.Matches(k, km.Back):
		if m.query != "" || !m.filter.empty() {
			m.query, m.filter = "", filterSet{}
			m.search.SetValue("")
			m.applyView(m.selectedKey())
		}
	case key.Matches(k, km.Open):
		if key := m.selectedKey(); key != "" {
			return m.open(key)
		}
	default:
		if cmd, ok := m.action(k); ok {
			return cmd
		}
		m.table.Update(k)
	}
	return nil
}

// open shows the detail page of proposal key.
func (m *Model) open(key string) tea.Cmd {
	m.detail = newDetail(m, key)
	m.detail.setSize(m, m.width, m.height)
	m.refreshDetail()
	return tea.Batch(m.timesForDetail(), m.renderDescription())
}

// detailKey handles keys on the detail page.
func (m *Model) detailKey(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	if m.detail.page != pageDoc {
		return m.detail.votesKey(m, k)
	}
	switch {
	case key.Matches(k, km.Back):
		m.detail = nil
	case key.Matches(k, km.Open):
		m.detail.openVotes(m)
	case key.Matches(k, km.Sort):
		m.detail.byWeight = !m.detail.byWeight
		m.refreshDetail()
	default:
		if cmd, ok := m.action(k); ok {
			return cmd
		}
		m.detail.scroll(km, k)
	}
	return nil
}

// refreshDetail rebuilds the detail page content if it is open.
func (m *Model) refreshDetail() {
	if m.detail != nil {
		m.detail.rebuild(m)
	}
}

// renderDescription starts rendering the open proposal's description at the
// current width unless it is already rendered.
func (m *Model) renderDescription() tea.Cmd {
	if m.detail == nil || m.data == nil {
		return nil
	}
	idx, ok := m.data.byKey[m.detail.key]
	if !ok {
		return nil
	}
	w := m.detail.textWidth()
	if r, ok := m.md[m.detail.key]; ok && r.Width == w {
		return nil
	}
	return renderCmd(ui.To{ID: m.c.ID}, m.detail.key, m.data.items[idx].p.Description, w, markdown.Options{
		Style:   m.c.Styles.MarkdownStyle,
		Profile: m.c.Styles.Profile,
	})
}

// timesForList asks for the deadline times the table shows.
func (m *Model) timesForList() tea.Cmd {
	if m.data == nil || m.info == nil || m.info.Governor.Clock == gov.ClockTimestamp || m.l1Clock() {
		return nil
	}
	var need []uint64
	for i := range m.data.items {
		if b := m.data.items[i].p.VoteEnd; m.needTime(b) {
			need = append(need, b)
		}
	}
	return timesCmd(m.ctx, ui.To{ID: m.c.ID}, m.reader, m.data.head.Number, need, m.timeout)
}

// timesForDetail asks for the times of the open proposal's timeline.
func (m *Model) timesForDetail() tea.Cmd {
	if m.detail == nil || m.data == nil {
		return nil
	}
	idx, ok := m.data.byKey[m.detail.key]
	if !ok {
		return nil
	}
	p := m.data.items[idx].p
	var need []uint64
	for _, b := range []uint64{p.CreatedBlock, p.QueuedBlock, p.ExecutedBlock, p.CanceledBlock} {
		if b != 0 && m.needTime(b) {
			need = append(need, b)
		}
	}
	if m.info != nil && m.info.Governor.Clock != gov.ClockTimestamp && !m.l1Clock() {
		for _, b := range []uint64{p.VoteStart, p.VoteEnd} {
			if m.needTime(b) {
				need = append(need, b)
			}
		}
	}
	return timesCmd(m.ctx, ui.To{ID: m.c.ID}, m.reader, m.data.head.Number, need, m.timeout)
}

// needTime reports whether block's time is unknown (or only estimated).
func (m *Model) needTime(b uint64) bool {
	if _, ok := m.exact[b]; ok {
		return false
	}
	_, ok := m.est[b]
	return !ok
}

// SetBlockSeconds implements ui.BlockTimer: future blocks are estimated at
// secs per block from the head.
func (m *Model) SetBlockSeconds(secs float64) {
	if secs != m.blockSecs {
		m.blockSecs = secs
		m.refreshDetail()
	}
}

// blockTime returns the time of a block and whether it is an estimate.
func (m *Model) blockTime(b uint64) (t time.Time, estimated, ok bool) {
	if t, ok := m.exact[b]; ok {
		return t, false, true
	}
	if h := m.now(); m.blockSecs > 0 && !h.IsZero() && b > m.data.head.Number {
		if secs := float64(b-m.data.head.Number) * m.blockSecs; secs < 1e9 {
			return h.Add(time.Duration(secs * float64(time.Second))), true, true
		}
	}
	if t, ok := m.est[b]; ok {
		return t, true, true
	}
	return time.Time{}, false, false
}

// timepoint converts a governor timepoint (block or unix seconds, per clock
// mode) to a time.
func (m *Model) timepoint(tp uint64) (t time.Time, estimated, ok bool) {
	if m.info != nil && m.info.Governor.Clock == gov.ClockTimestamp {
		if tp > 1<<40 {
			return time.Time{}, false, false // not a plausible unix time
		}
		return time.Unix(int64(tp), 0).UTC(), false, true
	}
	if m.l1Clock() {
		// Arbitrum: timepoints count L1 blocks, dated from the L1 block the
		// head reports; every one is an estimate.
		t, ok := gov.L1Time(m.data.head.Time, m.data.head.L1Block, tp)
		return t, true, ok
	}
	return m.blockTime(tp)
}

// l1Clock reports whether the governor's block clock counts L1 blocks
// (the head reports an L1 block number, as on Arbitrum).
func (m *Model) l1Clock() bool {
	return m.data != nil && m.data.head.L1Block != 0 && (m.info == nil || m.info.Governor.Clock != gov.ClockTimestamp)
}

// now is the time of the head the data was read at.
func (m *Model) now() time.Time {
	if m.data == nil {
		return time.Time{}
	}
	return m.data.head.Time
}

// Column ids: the table's columns vary (Votes while sorted by votes, You
// with a signing account), so cells are looked up by id, not position.
const (
	colID = iota
	colTitle
	colState
	colFor
	colAgainst
	colAbstain
	colQuorum
	colVotes
	colEnds
	colYou
)

// columns are the table's columns, the sorted one marked with its arrow;
// m.colIDs follows them.
func (m *Model) columns() []vtable.Column {
	all := map[int]vtable.Column{
		colID:      {Title: "ID", Width: 9},
		colTitle:   {Title: "Title", Width: 10, Flex: true},
		colState:   {Title: "State", Width: 9},
		colFor:     {Title: "For", Width: 6, Align: vtable.Right},
		colAgainst: {Title: "Agst", Width: 6, Align: vtable.Right},
		colAbstain: {Title: "Abst", Width: 6, Align: vtable.Right},
		colQuorum:  {Title: "Q", Width: 1},
		colVotes:   {Title: "Votes ↓", Width: 7, Align: vtable.Right},
		colEnds:    {Title: "Ends", Width: 12, Align: vtable.Right},
		colYou:     {Title: "You", Width: 3},
	}
	m.colIDs = append(m.colIDs[:0], colID, colTitle, colState, colFor, colAgainst, colAbstain, colQuorum)
	if m.sort == sortVotes {
		m.colIDs = append(m.colIDs, colVotes) // the sorted column must be on screen
	}
	m.colIDs = append(m.colIDs, colEnds)
	if m.me != (common.Address{}) {
		m.colIDs = append(m.colIDs, colYou)
	}
	idOrder := m.data != nil && m.data.idOrdered
	switch {
	case m.sort == sortNewest && idOrder:
		all[colID] = vtable.Column{Title: "ID ↓", Width: 9}
	case m.sort == sortOldest && idOrder:
		all[colID] = vtable.Column{Title: "ID ↑", Width: 9}
	case m.sort == sortDeadline:
		all[colEnds] = vtable.Column{Title: "Ends ↓", Width: 12, Align: vtable.Right}
	}
	cols := make([]vtable.Column, len(m.colIDs))
	for i, id := range m.colIDs {
		cols[i] = all[id]
	}
	return cols
}

// tableRows adapts the model to vtable.Rows: cells are built on demand for
// visible rows only.
type tableRows struct{ m *Model }

func (t tableRows) Len() int { return len(t.m.rows) }

func (t tableRows) Cell(row, col int) string {
	it := &t.m.data.items[t.m.rows[row]]
	switch t.m.colIDs[col] {
	case colID:
		return it.short
	case colTitle:
		return it.title
	case colState:
		return it.p.State.String()
	case colFor:
		return it.forP
	case colAgainst:
		return it.againstP
	case colAbstain:
		return it.abstainP
	case colQuorum:
		if it.p.Quorum == nil {
			return "·"
		}
		if it.quorum {
			return "✓"
		}
		return "✗"
	case colVotes:
		return it.votes
	case colEnds:
		tm, est, ok := t.m.timepoint(it.p.VoteEnd)
		if !ok {
			return "…"
		}
		s := format.Rel(tm, t.m.now())
		if est {
			s = "≈ " + s
		}
		return s
	case colYou:
		if v, ok := t.m.mine[it.key]; ok {
			if v == gov.Fractional {
				return "Spl"
			}
			return [...]string{"Agt", "For", "Abs"}[min(int(v), 2)]
		}
		if it.p.State == gov.Active {
			return "·" // still open to you
		}
	}
	return ""
}

func (t tableRows) CellPaint(row, col int) vtable.Paint {
	it := &t.m.data.items[t.m.rows[row]]
	p := &t.m.paints
	switch t.m.colIDs[col] {
	case colState:
		if int(it.p.State) < len(p.state) {
			return p.state[it.p.State]
		}
	case colFor:
		return p.forP
	case colAgainst:
		return p.against
	case colQuorum:
		if it.quorum {
			return p.good
		}
		return p.bad
	case colYou:
		v, voted := t.m.mine[it.key]
		switch {
		case voted && v == gov.For:
			return p.forP
		case voted && v == gov.Against:
			return p.against
		}
		return p.muted
	case colID, colEnds:
		return p.muted
	}
	return vtable.Paint{}
}

// paints are the table's cell colours, reduced once from the theme.
type paints struct {
	state                           [8]vtable.Paint
	forP, against, good, bad, muted vtable.Paint
}

func newPaints(c ui.Common) paints {
	st := c.Styles
	p := paints{forP: vtable.NewPaint(st.For), against: vtable.NewPaint(st.Against),
		good: vtable.NewPaint(st.Good), bad: vtable.NewPaint(st.Bad), muted: vtable.NewPaint(st.Muted)}
	for _, s := range gov.States() {
		p.state[s] = vtable.NewPaint(st.State(s))
	}
	return p
}

// View renders the tab.
func (m *Model) View() string {
	st := m.c.Styles
	if m.data == nil {
		return ui.Placeholder(st, "proposals", m.err, m.info, "loading proposals…")
	}
	if m.menu != nil {
		return m.filterView()
	}
	if m.detail != nil {
		return m.detail.view(m)
	}
	return m.toolbar() + "\n" + m.table.View()
}

// toolbar is the line above the table: search box or filter/sort summary.
func (m *Model) toolbar() string {
	st := m.c.Styles
	first, last, total := m.table.Range()
	rng := st.Muted.Render(format.Uint(uint64(first)) + "–" + format.Uint(uint64(last)) + " of " + format.Uint(uint64(total)))
	var left string
	if m.typing {
		left = m.search.View()
	} else {
		left = st.Label.Render("filter ") + m.filter.String() + st.Label.Render("  sort ") + sortNames[m.sort]
		if m.query != "" {
			left += st.Label.Render("  search ") + "\"" + sanitize.Line(m.query, 40) + "\""
		}
	}
	gap := m.width - lipgloss.Width(left) - lipgloss.Width(rng)
	if gap < 1 {
		return vtable.Fit(left, m.width, vtable.Left)
	}
	return left + strings.Repeat(" ", gap) + rng
}

// share returns part/total as a float for bars.
func share(part, total *big.Int) float64 { return format.Ratio(part, total) }
