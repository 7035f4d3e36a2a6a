package ownership

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
)

func setup(t testing.TB, o fake.Options) (*Model, *fake.Source) {
	t.Helper()
	return tuitest.Build(t, o, func(src *fake.Source) *Model { return New(context.Background(), tuitest.Common(), src, 0) })
}

func press(m *Model, keys ...string) { tuitest.Press(m.Update, keys...) }

func TestHoldersAndDelegates(t *testing.T) {
	m, _ := setup(t, fake.Options{Holders: 40})
	v := m.View()
	for _, want := range []string{"Model Commons Governance (MCG)", "holders 40", "Nakamoto", "Gini", "top-10",
		"[Holders]", "Balance MCG ↓", "alice 0x", "1,000,000.00", "self", "1–20 of 40"} {
		if !strings.Contains(v, want) {
			t.Errorf("holders view lacks %q:\n%s", want, v)
		}
	}
	press(m, "l")
	v = m.View()
	for _, want := range []string{"[Delegates]", "Votes MCG ↓", "Delegators", "Voted", "/11"} {
		if !strings.Contains(v, want) {
			t.Errorf("delegates view lacks %q:\n%s", want, v)
		}
	}
	press(m, "s")
	if !strings.Contains(m.View(), "sort delegators") {
		t.Error("s did not sort delegates by delegators")
	}
	press(m, "l")
	v = m.View()
	for _, want := range []string{"[Distribution]", "Voting power by delegate", "Balance by holder", "others"} {
		if !strings.Contains(v, want) {
			t.Errorf("chart lacks %q:\n%s", want, v)
		}
	}
	press(m, "h", "h")
	if !strings.Contains(m.View(), "[Holders]") {
		t.Error("h did not go back to holders")
	}
}

// TestCustomUnits: where the token's votes are not its balances, the
// header gives the votes and says so, not a share of the supply delegated.
func TestCustomUnits(t *testing.T) {
	for _, custom := range []bool{false, true} {
		m, _ := setup(t, fake.Options{Holders: 40, CustomUnits: custom})
		v := m.View()
		if got := strings.Contains(v, "Voting power (custom units)") && strings.Contains(v, "votes 3,"); got != custom {
			t.Errorf("custom units %v: header names them: %v\n%s", custom, got, v)
		}
		if got := strings.Contains(v, "delegated "); got == custom {
			t.Errorf("custom units %v: header gives the share delegated: %v\n%s", custom, got, v)
		}
	}
}

func TestSearchAndNavigate(t *testing.T) {
	m, _ := setup(t, fake.Options{Holders: 40})
	press(m, "/")
	if !m.Capturing() {
		t.Fatal("search does not capture")
	}
	for _, k := range tuitest.Type("bob") {
		m.Update(k)
	}
	press(m, "enter")
	if len(m.hRows) != 1 || m.data.holders[m.hRows[0]].h.Address != fake.Accounts(1) {
		t.Fatalf("search bob: %d rows", len(m.hRows))
	}
	press(m, "esc")
	press(m, "G")
	if m.holders.Cursor() != 39 {
		t.Fatalf("G: cursor %d", m.holders.Cursor())
	}
	press(m, "s")
	if !strings.Contains(m.View(), "Votes MCG ↓") {
		t.Error("s did not sort holders by votes")
	}
}

func TestConcentration(t *testing.T) {
	n := func(xs ...int64) []*big.Int {
		var out []*big.Int
		for _, x := range xs {
			out = append(out, big.NewInt(x))
		}
		return out
	}
	// equal shares: Gini 0, Nakamoto = more than half
	top, nak, gini := concentration(n(10, 10, 10, 10), big.NewInt(40))
	if top != 1 || nak != 3 || gini > 1e-9 {
		t.Errorf("equal: top %v nak %d gini %v", top, nak, gini)
	}
	// many equal large values: never below zero (it printed "-0.00")
	eq := make([]*big.Int, 2000)
	for i := range eq {
		eq[i] = big.NewInt(5e17) // 0.5 tokens of 18 decimals each
	}
	if _, _, gini := concentration(eq, new(big.Int).Mul(eq[0], big.NewInt(2000))); gini != 0 || fmt.Sprintf("%.2f", gini) != "0.00" {
		t.Errorf("2,000 equal votes: gini %v", gini)
	}
	// one whale
	_, nak, gini = concentration(n(97, 1, 1, 1), big.NewInt(100))
	if nak != 1 || gini < 0.7 {
		t.Errorf("whale: nak %d gini %v", nak, gini)
	}
	// exactly half is not more than half
	_, nak, _ = concentration(n(50, 25, 25), big.NewInt(100))
	if nak != 2 {
		t.Errorf("half: nak %d", nak)
	}
	// zeros and nil are ignored; empty is safe
	if top, nak, gini := concentration(n(0), big.NewInt(0)); top != 0 || nak != 0 || gini != 0 {
		t.Error("empty input")
	}
	top, _, _ = concentration(n(5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1), big.NewInt(22))
	if top < 0.9 || top > 0.91 {
		t.Errorf("top-10 of 12 = %v, want 20/22", top)
	}
}

func TestFrameAllocsIndependentOfRows(t *testing.T) {
	small, _ := setup(t, fake.Options{Holders: 100})
	large, _ := setup(t, fake.Options{Holders: 100_000})
	tuitest.FlatFrames(t, 10, small, large, "100 and 100,000 holders")
}

func BenchmarkHolders100k(b *testing.B) {
	m, _ := setup(b, fake.Options{Holders: 100_000})
	tuitest.BenchFrames(b, m, "pgdown", "pgdown")
}

func BenchmarkPrepare100k(b *testing.B) {
	src := fake.New(fake.Options{Holders: 100_000})
	m := New(context.Background(), tuitest.Common(), src, 0)
	info, _ := src.Info(context.Background())
	m.SetInfo(info)
	snap, _ := src.Ownership(context.Background(), 0)
	ps, _ := src.Proposals(context.Background(), 0)
	vs, _ := src.Votes(context.Background(), 0)
	b.ReportAllocs()
	for b.Loop() {
		prepare(src.HeadNow(), snap, ps, vs, m.namer)
	}
}

func TestToFloat(t *testing.T) {
	for _, s := range []string{"0", "1", "18446744073709551615", "18446744073709551616", "1000000000000000000000000",
		"115792089237316195423570985008687907853269984665640564039457584007913129639935"} {
		x, _ := new(big.Int).SetString(s, 10)
		want, _ := new(big.Float).SetInt(x).Float64()
		if got := toFloat(x); math.Abs(got-want) > want*1e-15 {
			t.Errorf("toFloat(%s) = %g, want %g", s, got, want)
		}
	}
}

// BenchmarkRedraw200k is the view's share of a new block at 2·10⁵
// holders: preparing the new snapshot's rows and statistics, replacing the
// tables' rows and drawing a frame (chain/token's BenchmarkNewBlock is the
// fold's share).
func BenchmarkRedraw200k(b *testing.B) {
	m, src := setup(b, fake.Options{Holders: 200_000})
	snap, _ := src.Ownership(context.Background(), 0)
	ps, _ := src.Proposals(context.Background(), 0)
	vs, _ := src.Votes(context.Background(), 0)
	b.ReportAllocs()
	for b.Loop() {
		m.data = prepare(src.HeadNow(), snap, ps, vs, m.namer)
		m.apply()
		_ = m.View()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
}
