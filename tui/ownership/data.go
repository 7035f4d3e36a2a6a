package ownership

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// Reader is what the ownership view reads. tui.Source satisfies it.
type Reader interface {
	// Ownership returns holders and delegates of the governance token at block.
	Ownership(ctx context.Context, block uint64) (*token.Snapshot, error)
	// Proposals and Votes give each delegate's participation.
	Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error)
	Votes(ctx context.Context, block uint64) ([]gov.Vote, error)
}

// LoadedMsg carries the ownership read at Head.
type LoadedMsg struct {
	ui.To
	Head ui.Head
	Err  error
	data *dataset
}

// dataset is one load, prepared off the UI goroutine.
type dataset struct {
	head      ui.Head
	snap      *token.Snapshot
	name      string // sanitized token name
	symbol    string // sanitized token symbol
	holders   []holderRow
	delegates []delegateRow
	stats     stats
	eligible  int               // proposals that have opened for voting
	votes     []gov.Vote        // every vote, for an account's page
	titles    map[string]string // sanitized proposal titles by id
}

type holderRow struct {
	h        *token.Holder
	name     string // label + short address
	search   string
	share    string // of total supply
	delegate string
}

type delegateRow struct {
	d        *token.Delegate
	name     string
	search   string
	share    string // of all delegated votes
	voted    int    // proposals voted on
	ratio    float64
	nDelegat int
}

// stats is the concentration of power at a glance.
type stats struct {
	totalVotes  *big.Int
	delegatedP  string  // share of supply that is delegated (votes / supply)
	powerTop10  float64 // share of voting power held by the 10 largest delegates
	nakamoto    int     // fewest delegates holding more than half the votes
	powerGini   float64
	balTop10    float64
	balGini     float64
	topPower    []slice // largest delegates, for the chart
	topBalances []slice
}

// slice is one bar of the distribution chart.
type slice struct {
	label string
	share float64
	count int // entries it stands for (1, or the number of "others")
}

func loadCmd(ctx context.Context, to ui.To, r Reader, namer ui.Namer, head ui.Head, timeout time.Duration) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := ui.WithTimeout(ctx, timeout)
		defer cancel()
		snap, err := r.Ownership(ctx, head.Number)
		if err != nil {
			return LoadedMsg{To: to, Head: head, Err: fmt.Errorf("reading token ownership at block %d: %w", head.Number, err)}
		}
		if snap == nil {
			return LoadedMsg{To: to, Head: head, Err: fmt.Errorf("reading token ownership at block %d: no data", head.Number)}
		}
		ps, err := r.Proposals(ctx, head.Number)
		if err != nil {
			return LoadedMsg{To: to, Head: head, Err: fmt.Errorf("reading proposals at block %d: %w", head.Number, err)}
		}
		vs, err := r.Votes(ctx, head.Number)
		if err != nil {
			return LoadedMsg{To: to, Head: head, Err: fmt.Errorf("reading votes at block %d: %w", head.Number, err)}
		}
		return LoadedMsg{To: to, Head: head, data: prepare(head, snap, ps, vs, namer)}
	}
}

func prepare(head ui.Head, snap *token.Snapshot, ps []gov.Proposal, vs []gov.Vote, namer ui.Namer) *dataset {
	d := &dataset{head: head, snap: snap,
		name:   sanitize.Line(snap.Name, 40),
		symbol: sanitize.Line(snap.Symbol, sanitize.MaxSymbol),
	}
	supply := snap.TotalSupply
	totalVotes := snap.TotalVotes
	if totalVotes == nil || totalVotes.Sign() == 0 {
		totalVotes = new(big.Int)
		for i := range snap.Delegates {
			if v := snap.Delegates[i].Votes; v != nil {
				totalVotes.Add(totalVotes, v)
			}
		}
	}
	d.stats.totalVotes = totalVotes
	d.votes, d.titles = vs, sanitizedTitles(ps)

	// participation: distinct proposals each voter voted on, of those that
	// opened for voting (not Pending, and not canceled before voting opened)
	opened := map[string]bool{}
	for i := range ps {
		if ps[i].VotingOpened("") && ps[i].ID != nil {
			opened[ps[i].Key()] = true
		}
	}
	d.eligible = len(opened)
	voted := map[common.Address]map[string]struct{}{}
	for _, v := range vs {
		if v.ProposalID == nil || !opened[v.Key()] {
			continue
		}
		set := voted[v.Voter]
		if set == nil {
			set = map[string]struct{}{}
			voted[v.Voter] = set
		}
		set[v.Key()] = struct{}{}
	}

	// The reader sorts largest first; the charts rely on it. The snapshot
	// may be shared with other reads, so sort a copy if it is not.
	byBal := func(a, b token.Holder) int { return format.CmpBig(b.Balance, a.Balance) }
	byVotes := func(a, b token.Delegate) int { return format.CmpBig(b.Votes, a.Votes) }
	if !slices.IsSortedFunc(snap.Holders, byBal) || !slices.IsSortedFunc(snap.Delegates, byVotes) {
		cp := *snap
		cp.Holders = slices.Clone(snap.Holders)
		cp.Delegates = slices.Clone(snap.Delegates)
		slices.SortStableFunc(cp.Holders, byBal)
		slices.SortStableFunc(cp.Delegates, byVotes)
		snap = &cp
		d.snap = snap
	}

	// Address.Hex computes the EIP-55 checksum (a keccak): once per address.
	shortDelegate := map[common.Address]string{}
	d.holders = make([]holderRow, len(snap.Holders))
	for i := range snap.Holders {
		h := &snap.Holders[i]
		r := holderRow{h: h, share: format.Percent(h.Balance, supply)}
		r.name, r.search = names(namer, h.Address)
		switch h.Delegate {
		case common.Address{}:
			r.delegate = "—"
		case h.Address:
			r.delegate = "self"
		default:
			s, ok := shortDelegate[h.Delegate]
			if !ok {
				s = namer.Short(h.Delegate)
				shortDelegate[h.Delegate] = s
			}
			r.delegate = s
		}
		d.holders[i] = r
	}
	d.delegates = make([]delegateRow, len(snap.Delegates))
	for i := range snap.Delegates {
		dl := &snap.Delegates[i]
		r := delegateRow{d: dl, share: format.Percent(dl.Votes, totalVotes),
			voted: len(voted[dl.Address]), nDelegat: len(dl.Delegators)}
		if d.eligible > 0 {
			r.ratio = float64(r.voted) / float64(d.eligible)
		}
		r.name, r.search = names(namer, dl.Address)
		d.delegates[i] = r
	}

	power := make([]*big.Int, len(snap.Delegates))
	for i := range snap.Delegates {
		power[i] = snap.Delegates[i].Votes
	}
	bals := make([]*big.Int, len(snap.Holders))
	for i := range snap.Holders {
		bals[i] = snap.Holders[i].Balance
	}
	d.stats.powerTop10, d.stats.nakamoto, d.stats.powerGini = concentration(power, totalVotes)
	d.stats.balTop10, _, d.stats.balGini = concentration(bals, supply)
	d.stats.delegatedP = format.Percent(totalVotes, supply)
	d.stats.topPower = top(len(snap.Delegates), func(i int) (string, *big.Int) {
		return namer.Short(snap.Delegates[i].Address), snap.Delegates[i].Votes
	}, totalVotes)
	d.stats.topBalances = top(len(snap.Holders), func(i int) (string, *big.Int) {
		return namer.Short(snap.Holders[i].Address), snap.Holders[i].Balance
	}, supply)
	return d
}

// names returns an address's table label (known name and short address)
// and its lower-case search key.
func names(namer ui.Namer, a common.Address) (label, search string) {
	hx := a.Hex()
	short := format.ShortAddr(a)
	n := namer.Name(a)
	if n != "" {
		return n + " " + short, toLower(hx + " " + n)
	}
	return short, toLower(hx)
}

func toLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// concentration returns the top-10 share, the Nakamoto coefficient (fewest
// holders together over half of total) and the Gini coefficient of xs.
func concentration(xs []*big.Int, total *big.Int) (top10 float64, nakamoto int, gini float64) {
	vals := make([]*big.Int, 0, len(xs))
	for _, x := range xs {
		if x != nil && x.Sign() > 0 {
			vals = append(vals, x)
		}
	}
	if len(vals) == 0 || total == nil || total.Sign() == 0 {
		return 0, 0, 0
	}
	slices.SortFunc(vals, func(a, b *big.Int) int { return b.Cmp(a) }) // largest first
	acc := new(big.Int)
	half := new(big.Int).Rsh(total, 1)
	for i, v := range vals {
		acc.Add(acc, v)
		if i == 9 || (i == len(vals)-1 && i < 9) {
			top10 = format.Ratio(acc, total)
		}
		if nakamoto == 0 && acc.Cmp(half) > 0 {
			nakamoto = i + 1
		}
	}
	// Gini over the non-zero values: sum((2i-n-1) x_i) / (n sum x), x ascending.
	n := len(vals)
	sumX, weighted := 0.0, 0.0
	for j, v := range vals {
		i := n - j // ascending rank, 1-based
		f, _ := new(big.Float).SetInt(v).Float64()
		sumX += f
		weighted += float64(2*i-n-1) * f
	}
	if sumX > 0 {
		gini = weighted / (float64(n) * sumX)
	}
	return top10, nakamoto, gini
}

// top returns the ten largest entries (input already sorted largest first)
// and the rest as "others".
func top(n int, at func(int) (string, *big.Int), total *big.Int) []slice {
	var out []slice
	rest := 1.0
	for i := 0; i < n && i < 10; i++ {
		l, v := at(i)
		s := format.Ratio(v, total)
		out = append(out, slice{label: l, share: s, count: 1})
		rest -= s
	}
	if n > 10 && rest > 0 {
		out = append(out, slice{share: rest, count: n - 10})
	}
	return out
}
