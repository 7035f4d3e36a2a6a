package format

import (
	"math/big"
	"testing"
)

// TestPercentNCutsTowardZero: shares are cut toward zero, never rounded up,
// at any number of places, and exactly for amounts beyond float64.
func TestPercentNCutsTowardZero(t *testing.T) {
	huge, _ := new(big.Int).SetString("99999999999999999999999999999", 10) // 1e29 - 1
	hundred, _ := new(big.Int).SetString("100000000000000000000000000000", 10)
	for _, c := range []struct {
		part, total *big.Int
		places      int
		want        string
	}{
		{big.NewInt(2), big.NewInt(3), 2, "66.66%"},
		{big.NewInt(2), big.NewInt(3), 0, "66%"},
		{big.NewInt(2), big.NewInt(3), 1, "66.6%"},
		{big.NewInt(1), big.NewInt(3), 4, "33.3333%"},
		{big.NewInt(99995), big.NewInt(100000), 2, "99.99%"}, // %.2f would print 100.00%
		{big.NewInt(1), big.NewInt(1_000_000), 2, "0.00%"},
		{big.NewInt(5), big.NewInt(1000), 2, "0.50%"},
		{big.NewInt(1), big.NewInt(1), 2, "100.00%"},
		{big.NewInt(-2), big.NewInt(3), 2, "-66.66%"},
		{huge, hundred, 2, "99.99%"},
		{big.NewInt(1), big.NewInt(0), 2, "—"},
		{nil, big.NewInt(3), 2, "—"},
		{big.NewInt(1), nil, 2, "—"},
	} {
		if got := PercentN(c.part, c.total, c.places); got != c.want {
			t.Errorf("PercentN(%v, %v, %d) = %q, want %q", c.part, c.total, c.places, got, c.want)
		}
	}
	if a, b := Percent(big.NewInt(99995), big.NewInt(100000)), PercentN(big.NewInt(99995), big.NewInt(100000), 1); a != b || a != "99.9%" {
		t.Errorf("Percent %q, PercentN(…, 1) %q: want both 99.9%%", a, b)
	}
}
