package proposals

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// detail is the page of one proposal: a scrollable document rebuilt when
// its data, times, description or width change (not on every frame).
type detail struct {
	key      string // proposal id (decimal)
	vp       viewport.Model
	byWeight bool // votes sorted by weight (default) or chain order

	page page           // the document, the votes list or one vote
	list *votesPage     // the votes list (enter on the document)
	vote *gov.Vote      // the vote shown (enter on the list)
	rvp  viewport.Model // the vote's page
}

func newDetail(m *Model, key string) *detail {
	d := &detail{key: key, byWeight: true}
	d.vp = viewport.New(m.width, max(1, m.height-1))
	d.vp.KeyMap = viewport.KeyMap{} // keys are mapped by scroll
	return d
}

func (d *detail) setSize(m *Model, w, h int) {
	d.vp.Width, d.vp.Height = w, max(1, h-1)
	d.rebuild(m)
	d.sizeVotes(m, w, h)
}

// textWidth is the width descriptions are rendered at.
func (d *detail) textWidth() int { return max(20, d.vp.Width-2) }

func (d *detail) scroll(km keys.KeyMap, k tea.KeyMsg) { ui.Scroll(&d.vp, km, k) }

// view renders the breadcrumb line and the visible part of the document.
func (d *detail) view(m *Model) string {
	st := m.c.Styles
	if d.page != pageDoc {
		return d.votesView(m)
	}
	crumb := st.Label.Render("Proposals › ") + st.Bold.Render(d.shortID(m))
	pct := st.Muted.Render(fmt.Sprintf("%3.0f%%", d.vp.ScrollPercent()*100))
	gap := max(1, m.width-lipgloss.Width(crumb)-lipgloss.Width(pct))
	return crumb + strings.Repeat(" ", gap) + pct + "\n" + d.vp.View()
}

func (d *detail) shortID(m *Model) string {
	if idx, ok := m.data.byKey[d.key]; ok {
		return m.data.items[idx].short
	}
	return "?"
}

// rebuild lays out the whole document and keeps the scroll position.
func (d *detail) rebuild(m *Model) {
	if m.data == nil {
		return
	}
	y := d.vp.YOffset
	d.vp.SetContent(d.content(m))
	d.vp.SetYOffset(y)
}

// content is the document: header, timeline, tallies, actions, description
// and votes.
func (d *detail) content(m *Model) string {
	st := m.c.Styles
	idx, ok := m.data.byKey[d.key]
	if !ok {
		return st.Muted.Render("This proposal is not in the data read at block " + format.Uint(m.data.head.Number) + ".")
	}
	it := &m.data.items[idx]
	p := it.p
	w := d.vp.Width
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	section := func(s string) { b.WriteByte('\n'); line(st.Section.Render(s)) }

	// Header
	state := st.State(p.State).Render(strings.ToUpper(p.State.String()))
	q := st.Bad.Render("✗ quorum not reached")
	if p.Quorum == nil {
		q = st.Muted.Render("· quorum not set yet")
	} else if it.quorum {
		q = st.Good.Render("✓ quorum reached")
	}
	line(wrap(st.Title.Render(it.title), w))
	line(state + "  " + q + st.Muted.Render("  · as of block "+format.Uint(m.data.head.Number)))
	line(st.Label.Render("ID        ") + ui.Elide(p.ID.String(), w-10))
	if m.info != nil && p.Governor != (common.Address{}) && p.Governor != m.info.Governor.Address {
		// A legacy governor's proposal: its votes and writes are that governor's.
		line(st.Label.Render("Governor  ") + ui.Elide(m.namer.Full(p.Governor), w-21) + st.Muted.Render(" (legacy)"))
	}
	line(st.Label.Render("Proposer  ") + ui.Elide(m.namer.Full(p.Proposer), w-10))
	if you := d.yourVote(m, p); you != "" {
		line(st.Label.Render("You       ") + you)
	}

	// Timeline
	section("Timeline")
	d.timeline(m, &b, p)

	// Tallies
	section("Votes cast")
	d.tallies(m, &b, it)

	// Actions
	n := len(p.Targets)
	section(fmt.Sprintf("Actions (%d)", n))
	d.actions(m, &b, p)

	// Description
	section("Description")
	if r, ok := m.md[d.key]; ok {
		if r.Result.Reason != "" {
			line(st.Warn.Render("shown as plain text: " + r.Result.Reason))
		}
		line(indent(r.Result.Text, "  "))
	} else {
		line(st.Muted.Render("  rendering…"))
	}

	// Votes
	votes := m.data.votes[d.key]
	order := "by weight"
	if !d.byWeight {
		order = "in chain order"
	}
	section(fmt.Sprintf("Voters (%s) %s", format.Uint(uint64(len(votes))), st.Muted.Render("— "+order+", s to sort, enter to list and read reasons")))
	d.votes(m, &b, it, votes)
	return strings.TrimRight(b.String(), "\n")
}

// yourVote says how the signing account voted on p, or that it has not
// ("" without an account). It is read from the chain like every vote.
func (d *detail) yourVote(m *Model, p *gov.Proposal) string {
	if m.me == (common.Address{}) {
		return ""
	}
	st := m.c.Styles
	who := st.Muted.Render(" · " + sanitize.Line(m.meName, 24))
	for _, v := range m.data.votes[d.key] {
		if v.Voter == m.me {
			return "voted " + st.Support(v.Support).Render(v.Support.String()) +
				" with " + format.Amount(v.Weight, m.dec.Token().Decimals, m.dec.Token().Symbol, 2) +
				who + st.Muted.Render(" · block "+format.Uint(v.Block))
		}
	}
	switch p.State {
	case gov.Active:
		return "have not voted yet" + who + st.Muted.Render(" · v to vote")
	case gov.Pending:
		return "Voting has not started" + who
	}
	return "did not vote" + who
}

// timeline writes created / voting / queued / executed rows.
func (d *detail) timeline(m *Model, b *strings.Builder, p *gov.Proposal) {
	st := m.c.Styles
	now := m.now()
	clockBlocks := m.info == nil || m.info.Governor.Clock != gov.ClockTimestamp
	row := func(label, where string, t time.Time, est, ok bool) {
		when := st.Muted.Render("time unknown")
		if ok {
			pre := ""
			if est {
				pre = "≈ "
			}
			when = pre + format.Time(t) + st.Muted.Render("  ("+format.Rel(t, now)+")")
		}
		fmt.Fprintf(b, "  %s %s  %s\n", st.Label.Render(vtable.Fit(label, 14, vtable.Left)), vtable.Fit(where, 16, vtable.Left), when)
	}
	blockRow := func(label string, blk uint64) {
		t, est, ok := m.blockTime(blk)
		row(label, "block "+format.Uint(blk), t, est, ok)
	}
	pointRow := func(label string, tp uint64) {
		t, est, ok := m.timepoint(tp)
		where := "block " + format.Uint(tp)
		if !clockBlocks {
			where = "timestamp"
		}
		row(label, where, t, est, ok)
	}
	blockRow("Created", p.CreatedBlock)
	pointRow("Voting starts", p.VoteStart)
	pointRow("Voting ends", p.VoteEnd)
	if p.QueuedBlock != 0 {
		blockRow("Queued", p.QueuedBlock)
		if p.ETA != 0 {
			eta := time.Unix(int64(min(p.ETA, 1<<40)), 0).UTC()
			row("  ETA", "", eta, false, true)
		}
	} else {
		fmt.Fprintf(b, "  %s %s\n", st.Label.Render(vtable.Fit("Queued", 14, vtable.Left)), st.Muted.Render("—"))
	}
	if p.ExecutedBlock != 0 {
		blockRow("Executed", p.ExecutedBlock)
	} else {
		fmt.Fprintf(b, "  %s %s\n", st.Label.Render(vtable.Fit("Executed", 14, vtable.Left)), st.Muted.Render("—"))
	}
	if p.CanceledBlock != 0 {
		blockRow("Canceled", p.CanceledBlock)
	}
}

// tallies writes one bar per direction and the quorum progress.
func (d *detail) tallies(m *Model, b *strings.Builder, it *item) {
	st := m.c.Styles
	p := it.p
	dec, sym := m.dec.Token().Decimals, m.dec.Token().Symbol
	barW := max(10, min(30, d.vp.Width-58))
	amtW := 24
	type row struct {
		label string
		v     *big.Int
		pct   string
		glyph string
		style lipgloss.Style
	}
	rows := []row{
		{"For", p.For, it.forP, "█", st.For},
		{"Against", p.Against, it.againstP, "▓", st.Against},
	}
	if m.info == nil || m.info.Governor.Kind.HasAbstain() { // GovernorAlpha has no abstain
		rows = append(rows, row{"Abstain", p.Abstain, it.abstainP, "▒", st.Abstain})
	}
	for _, r := range rows {
		fmt.Fprintf(b, "  %s %s %s %s\n",
			st.Label.Render(vtable.Fit(r.label, 8, vtable.Left)),
			bar(share(r.v, it.total), barW, r.glyph, r.style, st.BarEmpty),
			vtable.Fit(format.Amount(r.v, dec, sym, 2), amtW, vtable.Right),
			vtable.Fit(r.pct, 6, vtable.Right))
	}
	if p.Quorum == nil {
		fmt.Fprintf(b, "  %s %s\n", st.Label.Render(vtable.Fit("Quorum", 8, vtable.Left)), st.Muted.Render("not set until voting starts"))
		return
	}
	counted := p.QuorumVotes()
	mark := st.Bad.Render("✗")
	if it.quorum {
		mark = st.Good.Render("✓")
	}
	fmt.Fprintf(b, "  %s %s %s %s %s\n",
		st.Label.Render(vtable.Fit("Quorum", 8, vtable.Left)),
		bar(min(1, share(counted, p.Quorum)), barW, "█", st.Info, st.BarEmpty),
		vtable.Fit(format.Amount(counted, dec, "", 2)+" / "+format.Amount(p.Quorum, dec, sym, 2), amtW+7, vtable.Right),
		format.Percent(counted, p.Quorum), mark)
	rule := "quorum counts For + Abstain"
	if !p.QuorumAbstain {
		rule = "quorum counts For only"
	}
	fmt.Fprintf(b, "  %s\n", st.Muted.Render(rule))
}

// actions writes the decoded actions.
func (d *detail) actions(m *Model, b *strings.Builder, p *gov.Proposal) {
	st := m.c.Styles
	if len(p.Targets) == 0 {
		fmt.Fprintf(b, "  %s\n", st.Muted.Render("none"))
		return
	}
	for i, t := range p.Targets {
		var val *big.Int
		if i < len(p.Values) {
			val = p.Values[i]
		}
		var sig string
		if i < len(p.Signatures) {
			sig = p.Signatures[i]
		}
		var data []byte
		if i < len(p.Calldatas) {
			data = p.Calldatas[i]
		}
		a := m.dec.Decode(t, val, sig, data)
		target := t.Hex()
		if a.TargetName != "" {
			target = st.Bold.Render(a.TargetName) + " " + t.Hex()
		}
		fmt.Fprintf(b, "  %d. %s\n", i+1, target)
		if val != nil {
			fmt.Fprintf(b, "     %s %s\n", st.Label.Render("value"), format.Exact(val, 18)+" ETH")
		}
		switch {
		case a.Decoded():
			fmt.Fprintf(b, "     %s(\n", st.Info.Render(a.Func))
			for _, arg := range a.Args {
				fmt.Fprintf(b, "       %s %s\n", st.Label.Render(arg.Name+":"), arg.Value)
			}
			fmt.Fprintf(b, "     )\n")
		case a.Plain():
			fmt.Fprintf(b, "     %s\n", st.Muted.Render("plain transfer, no calldata"))
		default:
			head := "unknown function " + a.Selector
			if a.Func != "" {
				head = a.Func + " " + a.Selector
			}
			fmt.Fprintf(b, "     %s\n", st.Warn.Render(head))
			if a.Note != "" {
				fmt.Fprintf(b, "     %s\n", st.Muted.Render(a.Note))
			}
			for _, l := range a.RawLines() {
				fmt.Fprintf(b, "     %s\n", st.Muted.Render(l))
			}
		}
	}
}

// maxVoteRows bounds the votes listed on the page.
const maxVoteRows = 5000

// votes writes the voters table.
func (d *detail) votes(m *Model, b *strings.Builder, it *item, votes []gov.Vote) {
	st := m.c.Styles
	if len(votes) == 0 {
		fmt.Fprintf(b, "  %s\n", st.Muted.Render("no votes yet"))
		return
	}
	order := voteOrder(votes, d.byWeight)
	dec, sym := m.dec.Token().Decimals, m.dec.Token().Symbol
	reasonW := max(10, d.vp.Width-2-13-1-8-1-20-1-6-1)
	fmt.Fprintf(b, "  %s\n", st.TableHeader.Render(
		vtable.Fit("Voter", 13, vtable.Left)+" "+vtable.Fit("Support", 8, vtable.Left)+" "+
			vtable.Fit("Weight", 20, vtable.Right)+" "+vtable.Fit("Share", 6, vtable.Right)+" "+
			vtable.Fit("Reason", reasonW, vtable.Left)))
	for n, i := range order {
		if n == maxVoteRows {
			fmt.Fprintf(b, "  %s\n", st.Muted.Render(fmt.Sprintf("… and %s more", format.Uint(uint64(len(order)-n)))))
			break
		}
		v := &votes[i]
		reason := sanitize.Line(v.Reason, sanitize.MaxReason)
		if v.Split != nil { // a fractional vote: its split comes first
			split := "for " + format.Amount(v.Split.For, dec, "", 2) + " · against " + format.Amount(v.Split.Against, dec, "", 2) +
				" · abstain " + format.Amount(v.Split.Abstain, dec, "", 2)
			reason = strings.TrimSuffix(split+" — "+reason, " — ")
		}
		fmt.Fprintf(b, "  %s %s %s %s %s\n",
			vtable.Fit(m.namer.Short(v.Voter), 13, vtable.Left),
			st.Support(v.Support).Render(vtable.Fit(v.Support.String(), 8, vtable.Left)),
			vtable.Fit(format.Amount(v.Weight, dec, sym, 2), 20, vtable.Right),
			vtable.Fit(format.Percent(v.Weight, it.total), 6, vtable.Right),
			vtable.Fit(reason, reasonW, vtable.Left))
	}
}

// voteOrder is the order votes are listed in: by weight, largest first,
// or chain order.
func voteOrder(votes []gov.Vote, byWeight bool) []int {
	order := make([]int, len(votes))
	for i := range order {
		order[i] = i
	}
	if byWeight {
		slices.SortStableFunc(order, func(a, c int) int { return format.CmpBig(votes[c].Weight, votes[a].Weight) })
	}
	return order
}

// bar draws a horizontal bar of width w filled to ratio r.
func bar(r float64, w int, glyph string, full, empty lipgloss.Style) string {
	r = max(0, min(1, r))
	n := int(r*float64(w) + 0.5)
	if r > 0 && n == 0 {
		n = 1
	}
	return full.Render(strings.Repeat(glyph, n)) + empty.Render(strings.Repeat("░", w-n))
}

// wrap wraps s to width w.
func wrap(s string, w int) string {
	return lipgloss.NewStyle().Width(w).Render(s)
}

// indent prefixes every line of s.
func indent(s, pre string) string {
	if s == "" {
		return s
	}
	return pre + strings.ReplaceAll(s, "\n", "\n"+pre)
}
