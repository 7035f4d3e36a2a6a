package treasury

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
)

func setup(t testing.TB, o fake.Options) (*Model, *fake.Source) {
	t.Helper()
	return tuitest.Build(t, o, func(src *fake.Source) *Model { return New(context.Background(), tuitest.Common(), src, 0) })
}

func press(m *Model, keys ...string) { tuitest.Press(m.Update, keys...) }

func TestBalancesAndFlows(t *testing.T) {
	m, _ := setup(t, fake.Options{Flows: 30})
	v := m.View()
	for _, want := range []string{"[Balances]", "timelock 0x", "ETH", "125.0000", "USDx", "505,000.0000",
		"Totals", "+635,000.00", "-130,000.00", "10/20", "Balance over time", "first flow 2025-03-01", "→ last 2025-03-02"} {
		if !strings.Contains(v, want) {
			t.Errorf("balances lack %q:\n%s", want, v)
		}
	}
	press(m, "l")
	v = m.View()
	for _, want := range []string{"[Flows]", "Time (UTC) ↓", "↓ in", "↑ out", "USDx", "1–23 of 30"} {
		if !strings.Contains(v, want) {
			t.Errorf("flows lack %q:\n%s", want, v)
		}
	}
	press(m, "f")
	for _, r := range m.fRows {
		if m.data.flows[r].f.Direction != treasury.In {
			t.Fatal("filter in lists an outflow")
		}
	}
	press(m, "f", "f", "s")
	if len(m.fRows) != 30 || !strings.Contains(m.View(), "sort oldest") {
		t.Fatalf("filter all / sort oldest: %d rows", len(m.fRows))
	}
	first := m.data.flows[m.fRows[0]].f
	if first.Block != m.data.snap.Flows[0].Block {
		t.Fatal("oldest first does not start with the first flow")
	}
}

func TestHistory(t *testing.T) {
	usd := treasury.Asset{Address: fake.StableAddr, Symbol: "USDx", Decimals: 0}
	snap := &treasury.Snapshot{BlockTime: 400, Flows: []treasury.Flow{
		{Time: 100, Direction: treasury.In, Asset: usd, Amount: big.NewInt(50)},
		{Time: 200, Direction: treasury.Out, Asset: usd, Amount: big.NewInt(20)},
		{Time: 300, Direction: treasury.In, Asset: usd, Amount: big.NewInt(10)},
	}}
	s := &assetSummary{asset: usd, balance: big.NewInt(40)}
	pts, complete := history(s, snap)
	if !complete {
		t.Fatal("consistent flows marked incomplete")
	}
	want := []float64{0, 50, 50, 30, 30, 40, 40}
	if len(pts) != len(want) {
		t.Fatalf("%d points, want %d", len(pts), len(want))
	}
	for i, p := range pts {
		if p.v != want[i] {
			t.Fatalf("point %d = %v, want %v", i, p.v, want[i])
		}
	}
	// a balance the flows cannot explain (untracked inflow) is flagged
	s.balance = big.NewInt(10)
	if _, complete := history(s, snap); complete {
		t.Fatal("inconsistent flows not flagged")
	}
	line := sparkline(pts, 10)
	if len([]rune(line)) != 10 || !strings.Contains(line, "█") {
		t.Fatalf("sparkline %q", line)
	}
	if sparkline([]point{{time.Unix(1, 0), 5}, {time.Unix(1, 0), 5}}, 4) == "" {
		t.Fatal("zero-span sparkline")
	}
}

func BenchmarkFlows100k(b *testing.B) {
	m, _ := setup(b, fake.Options{Flows: 100_000})
	tuitest.BenchFrames(b, m, "l", "pgdown")
}

// TestUnreadableAndNFTBalances: a balanceOf that failed is shown as
// unreadable (never as 0) and makes the total a lower bound; an ERC-721's
// balance and flows are counts.
func TestUnreadableAndNFTBalances(t *testing.T) {
	tl := fake.TimelockAddr
	broken := treasury.Asset{Address: fake.StableAddr, Symbol: "BRK", Decimals: 18}
	nft := treasury.Asset{Address: fake.Accounts(7), Symbol: "PUNK", NFT: true}
	snap := &treasury.Snapshot{
		Block: 10,
		Accounts: []treasury.Account{{Address: tl, ETH: big.NewInt(0), Tokens: []treasury.TokenBalance{
			{Asset: broken, Balance: big.NewInt(0), Err: errTest},
			{Asset: nft, Balance: big.NewInt(3)},
		}}},
		Flows: []treasury.Flow{{Asset: nft, Direction: treasury.In, Amount: big.NewInt(1), Block: 5, Time: 1_700_000_000}},
	}
	d := prepare(fake.New(fake.Options{}).HeadNow(), snap, ui.NewNamer(nil))
	var rows []string
	for _, r := range d.balances {
		rows = append(rows, r.asset+"="+r.amount)
	}
	got := strings.Join(rows, " ")
	if !strings.Contains(got, "BRK=unreadable") || !strings.Contains(got, "PUNK=3 NFTs") {
		t.Errorf("balance rows: %s", got)
	}
	for _, a := range d.assets {
		if a.symbol == "BRK" && !a.unreadable {
			t.Error("the broken token's total is not marked a lower bound")
		}
	}
	if len(d.flows) != 1 || d.flows[0].amount != "1 NFT" {
		t.Errorf("NFT flow: %+v", d.flows)
	}
}

var errTest = errors.New("balanceOf reverted")
