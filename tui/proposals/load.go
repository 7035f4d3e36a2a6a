package proposals

import (
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/common"
	"math/big"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/markdown"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// Reader is what the proposals view reads. tui.Source satisfies it.
type Reader interface {
	ui.VoteReader // every proposal with state and tallies, every vote in chain order
	// BlockTimes returns the times of the given block numbers: timestamps
	// for blocks up to head, estimates for later ones.
	BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error)
	// Tokens returns the tokens the source knows so far, with their
	// metadata; it makes no request. Reads discover tokens (a proposal's
	// action targets, the treasury's flows), so it may list more than
	// DAOInfo.Tokens did at start-up.
	Tokens() []treasury.Asset
}

// LoadedMsg carries the proposals and votes read at Head.
type LoadedMsg = ui.Loaded[*dataset]

// TimesMsg carries block times asked for at Head.
type TimesMsg struct {
	ui.To
	Head  uint64
	Times map[uint64]time.Time
	Err   error
}

// RenderedMsg carries a rendered description.
type RenderedMsg struct {
	ui.To
	Key    string // proposal id
	Width  int
	Result markdown.Result
}

// dataset is one load, prepared off the UI goroutine: strings sanitized,
// shares computed, votes grouped.
type dataset struct {
	head  ui.Head
	items []item         // newest first
	byKey map[string]int // proposal key (gov.Proposal.Key: governor and id) → index in items
	votes map[string][]gov.Vote
	// tokens are the source's tokens after this load: the decoder names
	// action amounts with them.
	tokens []treasury.Asset
	// idOrdered says the ids grow with creation (Bravo-style counters), so
	// a creation-order sort is also an id sort and its arrow goes on ID.
	idOrdered bool
}

// item is one proposal with its display strings.
type item struct {
	p        *gov.Proposal
	key      string // id in decimal
	short    string
	title    string
	proposer string
	search   string // lower-case haystack for "/"
	total    *big.Int
	forP     string
	againstP string
	abstainP string
	votes    string // total votes cast, compact ("1.2M")
	quorum   bool
}

// loadCmd reads proposals and votes at head. Everything it uses is copied
// into the closure when it is built.
func loadCmd(ctx context.Context, to ui.To, r Reader, namer ui.Namer, decimals uint8, head ui.Head, timeout time.Duration) tea.Cmd {
	return ui.LoadCmd(ctx, to, head, timeout, func(ctx context.Context) (*dataset, error) {
		ps, vs, err := ui.ReadVotes(ctx, r, head.Number)
		if err != nil {
			return nil, err
		}
		data := prepare(head, ps, vs, namer, decimals)
		data.tokens = r.Tokens()
		return data, nil
	})
}

// prepare builds the dataset. Malformed entries (nil ids) are skipped
// rather than trusted.
func prepare(head ui.Head, ps []gov.Proposal, vs []gov.Vote, namer ui.Namer, decimals uint8) *dataset {
	d := &dataset{head: head, byKey: make(map[string]int, len(ps)), votes: map[string][]gov.Vote{}}
	d.items = make([]item, 0, len(ps))
	ps = slices.Clone(ps)
	gov.SortNewestFirst(ps) // the CLI's order too
	for i := range ps {
		p := &ps[i]
		if p.ID == nil {
			continue
		}
		key := p.Key() // the governor too: a legacy governor's ids may repeat the current one's
		if _, dup := d.byKey[key]; dup {
			continue
		}
		it := item{p: p, key: key, short: format.ShortID(p.ID)}
		title := p.Title
		if title == "" {
			title = gov.Title(p.Description)
		}
		it.title = sanitize.Line(title, sanitize.MaxTitle)
		if it.title == "" {
			it.title = "(untitled)"
		}
		it.proposer = namer.Short(p.Proposer)
		it.search = strings.ToLower(it.title + " " + p.Proposer.Hex() + " " + namer.Name(p.Proposer) + " " + p.ID.String())
		it.total = sum(p.For, p.Against, p.Abstain)
		it.forP = format.Percent(p.For, it.total)
		it.againstP = format.Percent(p.Against, it.total)
		it.abstainP = format.Percent(p.Abstain, it.total)
		it.quorum = p.QuorumReached()
		it.votes = format.Compact(units(it.total, decimals))
		d.byKey[key] = len(d.items)
		d.items = append(d.items, it)
	}
	d.idOrdered = len(d.items) > 1
	for i := 1; i < len(d.items); i++ { // newest first: ids must fall
		if d.items[i].p.ID.Cmp(d.items[i-1].p.ID) >= 0 {
			d.idOrdered = false
			break
		}
	}
	for _, v := range vs {
		if v.ProposalID == nil {
			continue
		}
		k := v.Key()
		d.votes[k] = append(d.votes[k], v)
	}
	return d
}

// find returns the index of the item whose decimal id is id, or -1: how
// a proposal named by id alone (the inbox, a treasury flow) is found among
// several governors' proposals. As on the command line, the current
// governor's proposal wins, then the newest legacy one.
func (d *dataset) find(id string, current common.Address) int {
	found := -1
	for i := range d.items {
		p := d.items[i].p
		if p.ID.String() != id {
			continue
		}
		if p.Governor == current || p.Governor == (common.Address{}) {
			return i
		}
		if found < 0 {
			found = i
		}
	}
	return found
}

// units is v in whole tokens of decimals, for compact figures.
func units(v *big.Int, decimals uint8) float64 {
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), new(big.Float).SetInt(one)).Float64()
	return f
}

func sum(xs ...*big.Int) *big.Int {
	t := new(big.Int)
	for _, x := range xs {
		if x != nil {
			t.Add(t, x)
		}
	}
	return t
}

// timesCmd asks for block times.
func timesCmd(ctx context.Context, to ui.To, r Reader, head uint64, blocks []uint64, timeout time.Duration) tea.Cmd {
	if len(blocks) == 0 {
		return nil
	}
	slices.Sort(blocks)
	blocks = slices.Compact(blocks)
	return func() tea.Msg {
		ctx, cancel := ui.WithTimeout(ctx, timeout)
		defer cancel()
		t, err := r.BlockTimes(ctx, head, blocks)
		if err != nil {
			err = fmt.Errorf("reading block times: %w", err)
		}
		return TimesMsg{To: to, Head: head, Times: t, Err: err}
	}
}

// renderCmd renders a description off the UI goroutine (bounded by the
// markdown limits).
func renderCmd(to ui.To, key, desc string, width int, o markdown.Options) tea.Cmd {
	o.Width = width
	return func() tea.Msg {
		return RenderedMsg{To: to, Key: key, Width: width, Result: markdown.Render(desc, o)}
	}
}
