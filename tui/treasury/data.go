package treasury

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// Reader is what the treasury view reads. tui.Source satisfies it.
type Reader interface {
	// Treasury returns balances and flows of the treasury addresses at block.
	Treasury(ctx context.Context, block uint64) (*treasury.Snapshot, error)
}

// LoadedMsg carries the treasury read at Head.
type LoadedMsg = ui.Loaded[*dataset]

// dataset is one load, prepared off the UI goroutine.
type dataset struct {
	head     ui.Head
	snap     *treasury.Snapshot
	balances []balanceRow
	assets   []assetSummary // one per asset, ETH first
	flows    []flowRow      // newest first
	multi    bool           // several treasury addresses
}

type balanceRow struct {
	account string // name + short address
	asset   string
	amount  string
	bad     bool // the balance could not be read
}

// assetSummary is the totals and history of one asset over all accounts.
type assetSummary struct {
	asset    treasury.Asset
	symbol   string
	balance  *big.Int // now, summed over accounts
	in, out  *big.Int
	nIn      int
	nOut     int
	series   []point // balance after each flow, oldest first, starting before the first
	complete bool    // false when the flows do not explain the balance (untracked transfers)
	// unreadable is set when some account's balanceOf failed: balance then
	// leaves that account out and is shown as a lower bound.
	unreadable bool
}

// point is the balance at a time.
type point struct {
	t time.Time
	v float64
}

type flowRow struct {
	f            *treasury.Flow
	when         string
	symbol       string
	amount       string
	counterparty string
	proposal     string
	account      string
}

func loadCmd(ctx context.Context, to ui.To, r Reader, namer ui.Namer, head ui.Head, timeout time.Duration) tea.Cmd {
	return ui.LoadCmd(ctx, to, head, timeout, func(ctx context.Context) (*dataset, error) {
		snap, err := r.Treasury(ctx, head.Number)
		if err != nil {
			return nil, fmt.Errorf("reading the treasury at block %d: %w", head.Number, err)
		}
		if snap == nil {
			return nil, fmt.Errorf("reading the treasury at block %d: no data", head.Number)
		}
		return prepare(head, snap, namer), nil
	})
}

// assetKey identifies an asset (zero address: ETH).
type assetKey = common.Address

func symbolOf(a treasury.Asset) string {
	if a.IsETH() {
		return "ETH"
	}
	if s := sanitize.Line(a.Symbol, sanitize.MaxSymbol); s != "" {
		return s
	}
	return format.ShortAddr(a.Address)
}

// amountOf formats an amount of asset: a count for an ERC-721.
func amountOf(a treasury.Asset, v *big.Int, frac int) string {
	if a.NFT {
		n := format.Number(v, 0, 0)
		if v != nil && v.Cmp(big.NewInt(1)) == 0 {
			return n + " NFT"
		}
		return n + " NFTs"
	}
	return format.Number(v, a.Decimals, frac)
}

func prepare(head ui.Head, snap *treasury.Snapshot, namer ui.Namer) *dataset {
	d := &dataset{head: head, snap: snap, multi: len(snap.Accounts) > 1}
	sums := map[assetKey]*assetSummary{}
	var order []assetKey
	get := func(a treasury.Asset) *assetSummary {
		if s, ok := sums[a.Address]; ok {
			return s
		}
		if a.IsETH() {
			a.Decimals = 18
		}
		s := &assetSummary{asset: a, symbol: symbolOf(a), balance: new(big.Int), in: new(big.Int), out: new(big.Int), complete: true}
		sums[a.Address] = s
		order = append(order, a.Address)
		return s
	}
	get(treasury.Asset{}) // ETH first
	for _, acc := range snap.Accounts {
		name := accountName(namer, acc.Address)
		eth := get(treasury.Asset{})
		if acc.ETH != nil {
			eth.balance.Add(eth.balance, acc.ETH)
		}
		d.balances = append(d.balances, balanceRow{account: name, asset: "ETH", amount: format.Number(acc.ETH, 18, 4)})
		for _, tb := range acc.Tokens {
			s := get(tb.Asset)
			if tb.Err != nil {
				// balanceOf reverted or answered garbage: say so, never 0.
				s.unreadable = true
				d.balances = append(d.balances, balanceRow{account: name, asset: s.symbol, amount: "unreadable", bad: true})
				continue
			}
			if tb.Balance != nil {
				s.balance.Add(s.balance, tb.Balance)
			}
			d.balances = append(d.balances, balanceRow{account: name, asset: s.symbol, amount: amountOf(tb.Asset, tb.Balance, 4)})
		}
	}
	for i := range snap.Flows {
		f := &snap.Flows[i]
		if f.Amount == nil {
			continue
		}
		s := get(f.Asset)
		if f.Direction == treasury.In {
			s.in.Add(s.in, f.Amount)
			s.nIn++
		} else {
			s.out.Add(s.out, f.Amount)
			s.nOut++
		}
	}
	for _, k := range order {
		s := sums[k]
		s.series, s.complete = history(s, snap)
		d.assets = append(d.assets, *s)
	}

	d.flows = make([]flowRow, 0, len(snap.Flows))
	for i := len(snap.Flows) - 1; i >= 0; i-- {
		f := &snap.Flows[i]
		if f.Amount == nil {
			continue
		}
		s := sums[f.Asset.Address]
		r := flowRow{f: f, symbol: s.symbol,
			when:         format.Time(time.Unix(int64(min(f.Time, 1<<40)), 0)),
			amount:       amountOf(s.asset, f.Amount, 2),
			counterparty: namer.Short(f.Counterparty),
			proposal:     "—",
			account:      namer.Short(f.Account),
		}
		if f.Proposal != nil {
			r.proposal = format.ShortID(f.Proposal)
		}
		d.flows = append(d.flows, r)
	}
	return d
}

// history rebuilds the asset's total balance over time by walking the flows
// back from today's balance. If that would go below zero the flows do not
// explain the balance (e.g. plain ETH sends, which leave no log), and the
// series is marked incomplete.
func history(s *assetSummary, snap *treasury.Snapshot) ([]point, bool) {
	unit := new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.asset.Decimals)), nil))
	toF := func(v *big.Int) float64 {
		f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), unit).Float64()
		return f
	}
	bal := new(big.Int).Set(s.balance)
	pts := []point{{t: time.Unix(int64(min(snap.BlockTime, 1<<40)), 0), v: toF(bal)}}
	complete := true
	for i := len(snap.Flows) - 1; i >= 0; i-- {
		f := &snap.Flows[i]
		if f.Asset.Address != s.asset.Address || f.Amount == nil {
			continue
		}
		t := time.Unix(int64(min(f.Time, 1<<40)), 0)
		pts = append(pts, point{t: t, v: toF(bal)}) // balance just after the flow
		if f.Direction == treasury.In {
			bal.Sub(bal, f.Amount)
		} else {
			bal.Add(bal, f.Amount)
		}
		if bal.Sign() < 0 {
			complete = false
			bal.SetInt64(0)
		}
		pts = append(pts, point{t: t, v: toF(bal)}) // and just before it
	}
	slices.Reverse(pts)
	return pts, complete
}

func accountName(namer ui.Namer, a common.Address) string {
	if n := namer.Name(a); n != "" {
		return n + " " + format.ShortAddr(a)
	}
	return format.ShortAddr(a)
}
