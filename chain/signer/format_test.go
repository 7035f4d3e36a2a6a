package signer

import (
	"math/big"
	"testing"
)

func TestGroupThousands(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "999": "999", "1000": "1,000", "1442000": "1,442,000",
		"1234567.000001": "1,234,567.000001", "-12345": "-12,345", "?": "?",
	} {
		if got := groupThousands(in); got != want {
			t.Errorf("groupThousands(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatUnits(t *testing.T) {
	cases := map[string]string{"0": "0", "1": "0.000000000000000001", "1500000000000000000": "1.5", "20000000000000000000": "20"}
	for in, want := range cases {
		v, _ := new(big.Int).SetString(in, 10)
		if got := FormatUnits(v, 18); got != want {
			t.Errorf("FormatUnits(%s) = %s, want %s", in, got, want)
		}
	}
}
