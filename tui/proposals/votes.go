package proposals

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// page is what the detail shows.
type page uint8

const (
	pageDoc   page = iota // the proposal's document
	pageVotes             // the votes as a table
	pageVote              // one vote with its whole reason
)

// votesPage is the proposal's votes as a table with a cursor (enter on the
// document), in the document's order.
type votesPage struct {
	votes []gov.Vote
	order []int
	table vtable.Model
	m     *Model
}

func (v *votesPage) Len() int { return len(v.order) }

func (v *votesPage) Cell(row, col int) string {
	vt := &v.votes[v.order[row]]
	dec, sym := v.m.dec.Token().Decimals, v.m.dec.Token().Symbol
	switch col {
	case 0:
		return v.m.namer.Short(vt.Voter)
	case 1:
		return vt.Support.String()
	case 2:
		return format.Amount(vt.Weight, dec, sym, 2)
	case 3:
		return format.Uint(vt.Block)
	case 4:
		return sanitize.Line(vt.Reason, 200)
	}
	return ""
}

// openVotes shows the votes list, if there are votes.
func (d *detail) openVotes(m *Model) {
	votes := m.data.votes[d.key]
	if len(votes) == 0 {
		return
	}
	st := m.c.Styles
	v := &votesPage{votes: votes, order: voteOrder(votes, d.byWeight), m: m}
	v.table = vtable.New([]vtable.Column{
		{Title: "Voter", Width: 13},
		{Title: "Support", Width: 8},
		{Title: "Weight", Width: 20, Align: vtable.Right},
		{Title: "Block", Width: 9, Align: vtable.Right},
		{Title: "Reason", Width: 10, Flex: true},
	}, m.c.Keys, vtable.Styles{Header: st.TableHeader, Selected: st.SelectedRow, Empty: st.Muted})
	v.table.SetFocused(true)
	v.table.SetRows(v)
	d.list, d.page = v, pageVotes
	d.sizeVotes(m, m.width, m.height)
}

// sizeVotes sizes the votes list and the vote's page.
func (d *detail) sizeVotes(m *Model, w, h int) {
	if d.list != nil {
		d.list.table.SetSize(w, max(1, h-1))
	}
	if d.vote != nil {
		d.rvp.Width, d.rvp.Height = w, max(1, h-1)
		d.rvp.SetContent(d.voteContent(m))
	}
}

// votesKey handles keys on the votes list and on a vote's page.
func (d *detail) votesKey(m *Model, k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	if d.page == pageVote {
		switch {
		case key.Matches(k, km.Back):
			d.page, d.vote = pageVotes, nil
		default:
			ui.Scroll(&d.rvp, km, k)
		}
		return nil
	}
	switch {
	case key.Matches(k, km.Back):
		d.page, d.list = pageDoc, nil
	case key.Matches(k, km.Open):
		if d.list.Len() > 0 {
			v := d.list.votes[d.list.order[d.list.table.Cursor()]]
			d.vote, d.page = &v, pageVote
			d.rvp = viewport.New(m.width, max(1, m.height-1))
			d.rvp.KeyMap = viewport.KeyMap{}
			d.sizeVotes(m, m.width, m.height)
		}
	default:
		d.list.table.Update(k)
	}
	return nil
}

// selected is the identifier under the cursor on the votes pages: the
// voter in the list, the vote's transaction on its page.
func (d *detail) selected(m *Model) (ui.Target, bool) {
	switch d.page {
	case pageVotes:
		if d.list.Len() > 0 {
			v := d.list.votes[d.list.order[d.list.table.Cursor()]]
			return ui.Target{Kind: ui.KindAddress, Value: v.Voter.Hex()}, true
		}
	case pageVote:
		if d.vote.Tx != ([32]byte{}) {
			return ui.Target{Kind: ui.KindTx, Value: d.vote.Tx.Hex()}, true
		}
		return ui.Target{Kind: ui.KindAddress, Value: d.vote.Voter.Hex()}, true
	}
	return ui.Target{}, false
}

// help is the key help of the votes pages.
func (d *detail) help(m *Model) keys.Help {
	k := m.c.Keys
	if d.page == pageVote {
		s := []key.Binding{k.Up, k.Down, k.PageDown, keys.WithHelp(k.Copy, "copy tx hash"), keys.WithHelp(k.Browse, "open tx"), k.Back, k.Help, k.Quit}
		return keys.Help{Short: s, Full: [][]key.Binding{s[:len(s)-2]}}
	}
	s := []key.Binding{k.Up, k.Down, keys.WithHelp(k.Open, "read the vote"), keys.WithHelp(k.Copy, "copy voter"), keys.WithHelp(k.Browse, "open voter"), k.Back, k.Help, k.Quit}
	return keys.Help{Short: s, Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, s[2:6]}}
}

// votesView renders the votes list or the vote's page under a breadcrumb.
func (d *detail) votesView(m *Model) string {
	st := m.c.Styles
	crumb := st.Label.Render("Proposals › ") + st.Label.Render(d.shortID(m)+" › ")
	if d.page == pageVotes {
		first, last, total := d.list.table.Range()
		rng := st.Muted.Render(format.Uint(uint64(first)) + "–" + format.Uint(uint64(last)) + " of " + format.Uint(uint64(total)))
		crumb += st.Bold.Render("Votes")
		gap := max(1, m.width-lipgloss.Width(crumb)-lipgloss.Width(rng))
		return crumb + strings.Repeat(" ", gap) + rng + "\n" + d.list.table.View()
	}
	crumb += st.Label.Render("Votes › ") + st.Bold.Render(m.namer.Short(d.vote.Voter))
	pct := st.Muted.Render(fmt.Sprintf("%3.0f%%", d.rvp.ScrollPercent()*100))
	gap := max(1, m.width-lipgloss.Width(crumb)-lipgloss.Width(pct))
	return crumb + strings.Repeat(" ", gap) + pct + "\n" + d.rvp.View()
}

// voteContent is a vote's page: who, how, with what weight, where, and
// the whole reason (sanitized, wrapped).
func (d *detail) voteContent(m *Model) string {
	st := m.c.Styles
	v := d.vote
	w := d.rvp.Width
	dec, sym := m.dec.Token().Decimals, m.dec.Token().Symbol
	var b strings.Builder
	row := func(label, value string) {
		b.WriteString(st.Label.Render(vtable.Fit(label, 10, vtable.Left)) + value + "\n")
	}
	row("Voter", ui.Elide(m.namer.Full(v.Voter), w-10))
	row("Support", st.Support(v.Support).Render(v.Support.String()))
	if v.Split != nil {
		row("Split", "for "+format.Amount(v.Split.For, dec, "", 2)+" · against "+format.Amount(v.Split.Against, dec, "", 2)+
			" · abstain "+format.Amount(v.Split.Abstain, dec, "", 2))
	}
	row("Weight", format.Amount(v.Weight, dec, sym, 2))
	row("Block", format.Uint(v.Block))
	if v.Tx != ([32]byte{}) {
		row("Tx", ui.Elide(v.Tx.Hex(), w-10))
	}
	b.WriteString("\n" + st.Section.Render("Reason") + "\n")
	reason := sanitize.Block(v.Reason, sanitize.MaxReason*8)
	if strings.TrimSpace(reason) == "" {
		b.WriteString(st.Muted.Render("  no reason given"))
	} else {
		b.WriteString(indent(wrap(reason, max(20, w-2)), "  "))
	}
	return b.String()
}
