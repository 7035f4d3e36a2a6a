// Package format turns chain values into short, aligned display text:
// token amounts with decimals and symbol, shares, shortened addresses and
// ids, absolute and relative times. It never rounds up: amounts are cut
// toward zero, so a displayed figure is never more than the chain said.
package format

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Amount formats base units v with decimals as "1,234.56 SYM", keeping at
// most places fractional digits (cut toward zero, trailing zeros kept so
// columns align). A positive amount that would show as zero is "<0.01 SYM".
// A nil v is "—".
func Amount(v *big.Int, decimals uint8, symbol string, places int) string {
	s := Number(v, decimals, places)
	if symbol == "" || s == "—" {
		return s
	}
	return s + " " + symbol
}

// Number is Amount without the symbol.
func Number(v *big.Int, decimals uint8, places int) string {
	if v == nil {
		return "—"
	}
	places = max(0, min(places, int(decimals)))
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	whole, frac := new(big.Int).QuoRem(abs, unit, new(big.Int))
	out := Thousands(whole.String())
	if places > 0 {
		fs := frac.String()
		fs = strings.Repeat("0", int(decimals)-len(fs)) + fs
		out += "." + fs[:places]
	}
	if abs.Sign() > 0 && whole.Sign() == 0 && strings.Trim(out, "0.,") == "" {
		tiny := "0"
		if places > 0 {
			tiny = "0." + strings.Repeat("0", places-1) + "1"
		}
		out = "<" + tiny
	}
	if neg {
		out = "-" + out
	}
	return out
}

// Exact formats v with all its decimals, trailing fractional zeros dropped,
// e.g. "1,234.000001". Used where the whole number matters (detail views).
func Exact(v *big.Int, decimals uint8) string {
	if v == nil {
		return "—"
	}
	s := Number(v, decimals, int(decimals))
	if strings.Contains(s, ".") && !strings.HasPrefix(s, "<") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// Thousands inserts commas into a string of decimal digits.
func Thousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	b.Grow(len(digits) + len(digits)/3)
	pre := len(digits) % 3
	if pre > 0 {
		b.WriteString(digits[:pre])
	}
	for i := pre; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Uint formats n with thousands separators.
func Uint(n uint64) string { return Thousands(strconv.FormatUint(n, 10)) }

// Ratio returns part/total as a float (0 when total is zero or nil).
func Ratio(part, total *big.Int) float64 {
	if part == nil || total == nil || total.Sign() == 0 {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(part, total).Float64()
	return f
}

// Percent formats part/total as "62.5%" (one decimal, cut toward zero).
// It is "—" when total is zero or nil.
func Percent(part, total *big.Int) string { return PercentN(part, total, 1) }

// PercentN formats part/total as a percentage with places decimals (0 to
// 18), computed exactly and cut toward zero, never rounded up: 2/3 with two
// places is "66.66%". It is "—" when part is nil or total is zero or nil.
func PercentN(part, total *big.Int, places int) string {
	if part == nil || total == nil || total.Sign() == 0 {
		return "—"
	}
	places = max(0, min(places, 18))
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	n := new(big.Int).Mul(part, big.NewInt(100))
	n.Mul(n, scale)
	n.Quo(n, total) // truncates toward zero
	neg := ""
	if n.Sign() < 0 {
		neg = "-"
		n.Neg(n)
	}
	whole, frac := new(big.Int).QuoRem(n, scale, new(big.Int))
	if places == 0 {
		return neg + whole.String() + "%"
	}
	fs := frac.String()
	return neg + whole.String() + "." + strings.Repeat("0", places-len(fs)) + fs + "%"
}

// PercentF formats a ratio as "62.5%".
// Like Percent it cuts toward zero.
func PercentF(r float64) string {
	return strconv.FormatFloat(math.Trunc(r*1000)/10, 'f', 1, 64) + "%"
}

// ShortAddr shortens an address for tables: "0x1234…abcd" (EIP-55 case).
func ShortAddr(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// ShortHash shortens a hash: "0x1234…abcd".
func ShortHash(h common.Hash) string {
	s := h.Hex()
	return s[:6] + "…" + s[len(s)-4:]
}

// ShortID shortens a proposal id: small ids (Bravo style) in decimal, hashes
// as the first and last four hex digits, e.g. "7f3a…91c2".
func ShortID(id *big.Int) string {
	if id == nil {
		return "—"
	}
	if id.IsUint64() && id.Uint64() < 1_000_000 {
		return id.String()
	}
	h := id.Text(16)
	if len(h) <= 9 {
		return h
	}
	return h[:4] + "…" + h[len(h)-4:]
}

// Time formats an absolute time in UTC: "2024-05-01 14:03 UTC". The zero
// time is "—".
func Time(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// Rel formats t relative to now: "in 3h 20m", "2d 4h ago", "now".
// The zero time is "—".
func Rel(t, now time.Time) string {
	if t.IsZero() || now.IsZero() {
		return "—"
	}
	d := t.Sub(now)
	if d > -30*time.Second && d < 30*time.Second {
		return "now"
	}
	if d > 0 {
		return "in " + Duration(d)
	}
	return Duration(-d) + " ago"
}

// Duration formats d compactly with its two largest units: "3d 4h", "5m".
func Duration(d time.Duration) string {
	d = d.Round(time.Second)
	days := int64(d / (24 * time.Hour))
	d -= time.Duration(days) * 24 * time.Hour
	h := int64(d / time.Hour)
	d -= time.Duration(h) * time.Hour
	m := int64(d / time.Minute)
	d -= time.Duration(m) * time.Minute
	s := int64(d / time.Second)
	switch {
	case days >= 365:
		return fmt.Sprintf("%dy %dd", days/365, days%365)
	case days > 0:
		return fmt.Sprintf("%dd %dh", days, h)
	case h > 0:
		return fmt.Sprintf("%dh %dm", h, m)
	case m > 0:
		return fmt.Sprintf("%dm", m)
	}
	return fmt.Sprintf("%ds", s)
}

// CmpBig orders amounts for sorting, a nil amount (unknown) before any other.
func CmpBig(a, b *big.Int) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return -1
	case b == nil:
		return 1
	}
	return a.Cmp(b)
}

// Compact formats a number for chart labels with one decimal and a unit
// (1.2k, 3.4M, 5.6B). Like every figure daoterm shows it is cut toward
// zero, never rounded up: 999,999 is 999.9k, not 1000.0k or 1.0M. Below
// 1,000 it keeps two decimals.
func Compact(v float64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	units := []struct {
		div    float64
		suffix string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}}
	for _, u := range units {
		if v >= u.div {
			return fmt.Sprintf("%s%.1f%s", sign, math.Trunc(v/u.div*10)/10, u.suffix)
		}
	}
	return fmt.Sprintf("%s%.2f", sign, math.Trunc(v*100)/100)
}

// ParseUnits parses a decimal amount of a token typed by the user
// ("1200.5", "1,200.5") into base units with decimals; "" is 0. Negative
// amounts, signs, exponents and more fraction digits than decimals are
// errors.
func ParseUnits(s string, decimals uint8) (*big.Int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" {
		return new(big.Int), nil
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%q has more than %d decimals", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	if digits == "" || len(digits) > 80 || strings.Trim(digits, "0123456789") != "" {
		return nil, fmt.Errorf("%q is not an amount of tokens", s)
	}
	v, _ := new(big.Int).SetString(digits, 10)
	return v, nil
}

// ResultsCap says why a fetch behind an RPC that caps eth_getLogs results
// at n goes slower: "RPC caps logs at 10,000 a request".
func ResultsCap(n int) string { return "RPC caps logs at " + Uint(uint64(n)) + " a request" }

// Sync formats the progress of one fetch, as the dashboard's footer and
// the CLI's progress line show it: "token events 12% · 120,400 logs ·
// 41.2k logs/s · ≈ 25s left". total 0 leaves the share out, logsPerSec 0
// the rate, left 0 the time left. what is printed as it is: sanitize it
// first if it comes from the chain.
func Sync(what string, done, total, logs uint64, logsPerSec float64, left time.Duration) string {
	var b strings.Builder
	b.WriteString(what)
	if total > 0 {
		fmt.Fprintf(&b, " %d%%", min(done, total)*100/total) // cut toward zero
	}
	b.WriteString(" · " + Uint(logs) + " logs")
	if logsPerSec > 0 {
		b.WriteString(" · " + Compact(logsPerSec) + " logs/s")
	}
	if left > 0 {
		b.WriteString(" · ≈ " + Duration(left) + " left")
	}
	return b.String()
}
