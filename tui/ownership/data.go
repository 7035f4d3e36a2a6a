package ownership

import (
	"context"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/bits"
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
	// Proposals and votes give each delegate's participation.
	ui.VoteReader
}

// LoadedMsg carries the ownership read at Head.
type LoadedMsg = ui.Loaded[*dataset]

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
	namer     ui.Namer

	hKeys, dKeys []string // search keys, made on the first search (see keys)
}

// holderRow and delegateRow are table rows. Labels, shares and search
// keys are made when drawn or searched (see dataset.label), not for every
// holder at each block: an address's label costs a keccak (EIP-55).
type holderRow struct {
	h *token.Holder
}

type delegateRow struct {
	d        *token.Delegate
	voted    int // proposals voted on
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
	return ui.LoadCmd(ctx, to, head, timeout, func(ctx context.Context) (*dataset, error) {
		snap, err := r.Ownership(ctx, head.Number)
		if err != nil {
			return nil, fmt.Errorf("reading token ownership at block %d: %w", head.Number, err)
		}
		if snap == nil {
			return nil, fmt.Errorf("reading token ownership at block %d: no data", head.Number)
		}
		ps, vs, err := ui.ReadVotes(ctx, r, head.Number)
		if err != nil {
			return nil, err
		}
		return prepare(head, snap, ps, vs, namer), nil
	})
}

func prepare(head ui.Head, snap *token.Snapshot, ps []gov.Proposal, vs []gov.Vote, namer ui.Namer) *dataset {
	d := &dataset{head: head, snap: snap, namer: namer,
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

	// The reader sorts largest first (token.Snapshot says so); the charts
	// rely on it. Holders are taken as they come (checking 2·10⁵ of them at
	// each block costs more than the rest of this); the snapshot may be
	// shared with other reads, so delegates out of order are sorted in a
	// copy.
	byVotes := func(a, b token.Delegate) int { return format.CmpBig(b.Votes, a.Votes) }
	if !slices.IsSortedFunc(snap.Delegates, byVotes) {
		cp := *snap
		cp.Delegates = slices.Clone(snap.Delegates)
		slices.SortStableFunc(cp.Delegates, byVotes)
		snap = &cp
		d.snap = snap
	}

	d.holders = make([]holderRow, len(snap.Holders))
	for i := range snap.Holders {
		d.holders[i] = holderRow{h: &snap.Holders[i]}
	}
	d.delegates = make([]delegateRow, len(snap.Delegates))
	for i := range snap.Delegates {
		dl := &snap.Delegates[i]
		r := delegateRow{d: dl, voted: len(voted[dl.Address]), nDelegat: len(dl.Delegators)}
		if d.eligible > 0 {
			r.ratio = float64(r.voted) / float64(d.eligible)
		}
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

// label is an address's table label: its known name and short address.
func (d *dataset) label(a common.Address) string {
	short := format.ShortAddr(a)
	if n := d.namer.Name(a); n != "" {
		return n + " " + short
	}
	return short
}

// delegateLabel is what the holders table shows as h's delegate.
func (d *dataset) delegateLabel(h *token.Holder) string {
	switch h.Delegate {
	case common.Address{}:
		return "—"
	case h.Address:
		return "self"
	}
	return d.namer.Short(h.Delegate)
}

// holderShare is h's share of the total supply.
func (d *dataset) holderShare(h *token.Holder) string {
	return format.Percent(h.Balance, d.snap.TotalSupply)
}

// delegateShare is dl's share of all delegated votes.
func (d *dataset) delegateShare(dl *token.Delegate) string {
	return format.Percent(dl.Votes, d.stats.totalVotes)
}

// keys returns the lower-case search keys (address and known name) of the
// holders and of the delegates, made on the first search of this load.
func (d *dataset) keys() (holders, delegates []string) {
	if d.hKeys == nil {
		d.hKeys = make([]string, len(d.holders))
		for i := range d.holders {
			d.hKeys[i] = d.searchKey(d.holders[i].h.Address)
		}
		d.dKeys = make([]string, len(d.delegates))
		for i := range d.delegates {
			d.dKeys[i] = d.searchKey(d.delegates[i].d.Address)
		}
	}
	return d.hKeys, d.dKeys
}

// searchKey is an address in lower-case hex, and its known name.
func (d *dataset) searchKey(a common.Address) string {
	var b [42]byte
	b[0], b[1] = '0', 'x'
	hex.Encode(b[2:], a[:])
	if n := d.namer.Name(a); n != "" {
		return toLower(string(b[:]) + " " + n)
	}
	return string(b[:])
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
// holders together over half of total) and the Gini coefficient of xs,
// which must be sorted largest first (as the reader sorts them).
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
		if i >= 9 && nakamoto != 0 {
			break
		}
	}
	// Gini over the non-zero values: sum((2i-n-1) x_i) / (n sum x), x ascending.
	n := len(vals)
	sumX, weighted := 0.0, 0.0
	for j, v := range vals {
		i := n - j // ascending rank, 1-based
		f := toFloat(v)
		sumX += f
		weighted += float64(2*i-n-1) * f
	}
	if sumX > 0 {
		// In [0, 1); rounding can put equal values a hair below 0, which
		// would print as "-0.00".
		gini = min(1, max(0, weighted/(float64(n)*sumX)))
	}
	return top10, nakamoto, gini
}

// toFloat approximates a non-negative x from its two top words, without
// allocating (big.Float costs an allocation per value).
func toFloat(x *big.Int) float64 {
	w := x.Bits()
	switch n := len(w); n {
	case 0:
		return 0
	case 1:
		return float64(w[0])
	default:
		hi := float64(w[n-1])*math.Ldexp(1, bits.UintSize) + float64(w[n-2])
		return math.Ldexp(hi, (n-2)*bits.UintSize)
	}
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
