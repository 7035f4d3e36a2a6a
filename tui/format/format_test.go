package format

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func TestAmount(t *testing.T) {
	cases := []struct {
		v      string
		dec    uint8
		sym    string
		places int
		want   string
	}{
		{"1234560000000000000000", 18, "MCG", 2, "1,234.56 MCG"},
		{"1234569999999999999999", 18, "MCG", 2, "1,234.56 MCG"}, // cut, never rounded up
		{"0", 18, "MCG", 2, "0.00 MCG"},
		{"1", 18, "MCG", 2, "<0.01 MCG"},
		{"250000000000", 6, "USDx", 2, "250,000.00 USDx"},
		{"-1500000", 6, "USDx", 2, "-1.50 USDx"},
		{"123", 0, "", 2, "123"},
		{"1000000000000000000000000000", 18, "X", 0, "1,000,000,000 X"},
	}
	for _, c := range cases {
		if got := Amount(bi(c.v), c.dec, c.sym, c.places); got != c.want {
			t.Errorf("Amount(%s,%d,%d) = %q, want %q", c.v, c.dec, c.places, got, c.want)
		}
	}
	if Amount(nil, 18, "X", 2) != "—" {
		t.Error("nil amount")
	}
	if got := Exact(bi("1234000001000000000000"), 18); got != "1,234.000001" {
		t.Errorf("Exact = %q", got)
	}
	if got := Exact(bi("5000000000000000000"), 18); got != "5" {
		t.Errorf("Exact = %q", got)
	}
}

func TestPercentAndIDs(t *testing.T) {
	if got := Percent(big.NewInt(2), big.NewInt(3)); got != "66.6%" {
		t.Errorf("Percent = %q", got)
	}
	if got := Percent(big.NewInt(2), big.NewInt(0)); got != "—" {
		t.Errorf("Percent/0 = %q", got)
	}
	a := common.HexToAddress("0x1234567890abcdef1234567890abcdef12345678")
	if got := ShortAddr(a); got != "0x1234…5678" {
		t.Errorf("ShortAddr = %q", got)
	}
	if got := ShortID(big.NewInt(42)); got != "42" {
		t.Errorf("ShortID = %q", got)
	}
	id := bi("105163577215011542768745812137424226187223296512735693457380004612040402716002")
	if got := ShortID(id); len([]rune(got)) != 9 {
		t.Errorf("ShortID = %q", got)
	}
}

func TestTimes(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	cases := map[time.Duration]string{
		0:                               "now",
		3*time.Hour + 20*time.Minute:    "in 3h 20m",
		-(2*24*time.Hour + 4*time.Hour): "2d 4h ago",
		-90 * time.Second:               "1m ago",
		400 * 24 * time.Hour:            "in 1y 35d",
	}
	for d, want := range cases {
		if got := Rel(now.Add(d), now); got != want {
			t.Errorf("Rel(%v) = %q, want %q", d, got, want)
		}
	}
	if Time(now) != "2025-01-02 03:04 UTC" {
		t.Error(Time(now))
	}
}

func TestCompact(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0.00", 12.345: "12.34", 999.996: "999.99", 1234: "1.2k", 1299: "1.2k",
		999_949: "999.9k", 999_999: "999.9k", 1_250_000: "1.2M", 999_999_999: "999.9M",
		-1500: "-1.5k", 2.5e15: "2500.0T",
	} {
		if got := Compact(v); got != want {
			t.Errorf("Compact(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestParseUnits(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" = error
	}{
		{"", "0"}, {"0", "0"}, {"1", "1000"}, {"1.5", "1500"}, {" 1,200.25 ", "1200250"}, {"0.001", "1"}, {".5", "500"},
		{"0.0001", ""}, {"-1", ""}, {"+1", ""}, {"1e3", ""}, {"1.2.3", ""}, {"abc", ""}, {"١", ""},
	} {
		got, err := ParseUnits(c.in, 3)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%q: %v, want an error", c.in, got)
		case c.want != "" && (err != nil || got.String() != c.want):
			t.Errorf("%q: %v %v, want %s", c.in, got, err, c.want)
		}
	}
}

func TestSync(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Sync("token events", 375, 1000, 120_400, 41_250, 25*time.Second), "token events 37% · 120,400 logs · 41.2k logs/s · ≈ 25s left"},
		{Sync("governor events", 0, 0, 0, 0, 0), "governor events · 0 logs"},
		{Sync("treasury flows", 12, 10, 5, 0.5, 0), "treasury flows 100% · 5 logs · 0.50 logs/s"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
