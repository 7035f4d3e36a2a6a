package signer

import "testing"

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
