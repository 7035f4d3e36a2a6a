package main

import (
	"math/big"
	"strings"
)

// amount formats base units with their decimals, thousands separators and
// at most four fractional digits (trailing zeros dropped): 1234567.5 → "1,234,567.5".
func amount(v *big.Int, decimals uint8) string {
	if v == nil {
		return "-"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	whole, frac := new(big.Int).QuoRem(abs, unit, new(big.Int))
	out := groupThousands(whole.String())
	if decimals > 0 && frac.Sign() != 0 {
		f := frac.String()
		f = strings.Repeat("0", int(decimals)-len(f)) + f
		if len(f) > 4 {
			f = f[:4]
		}
		if f = strings.TrimRight(f, "0"); f != "" {
			out += "." + f
		}
	}
	if neg {
		out = "-" + out
	}
	return out
}

func groupThousands(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
