package addr

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParse(t *testing.T) {
	const sum = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55 test vector
	want := common.HexToAddress(sum)
	for _, tc := range []struct {
		in      string
		ok      bool
		errPart string
	}{
		{sum, true, ""},
		{strings.ToLower(sum), true, ""},
		{"0x" + strings.ToUpper(sum[2:]), true, ""},
		{"  " + sum + "\n", true, ""},
		{"0X" + strings.ToLower(sum[2:]), true, ""},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", false, "checksum"},
		{"0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false, "checksum"},
		{"", false, "empty"},
		{"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false, "missing the 0x prefix; write 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", false, "39 hex digits"},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00", false, "42 hex digits"},
		{"0x", false, "0 hex digits"},
		{"0xZZ12", false, "'Z' at position 3 is not a hex digit"},
		{"0x1234", false, "4 hex digits"},
		{"0xzaaeb6053f3e94c9b9a09f33669435e7ef1beaed", false, "not a hex digit"},
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea d", false, "not a hex digit"},
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaé", false, "'é' at position 41"},
		{"vitalik.eth", false, "start with 0x"},
	} {
		got, err := Parse(tc.in)
		if tc.ok {
			if err != nil || got != want {
				t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, got, err, want)
			}
			continue
		}
		if err == nil {
			t.Errorf("Parse(%q) = %v, want an error", tc.in, got)
			continue
		}
		if !errors.Is(err, ErrBad) || !strings.Contains(err.Error(), tc.errPart) {
			t.Errorf("Parse(%q) error %q; want ErrBad mentioning %q", tc.in, err, tc.errPart)
		}
		if got != (common.Address{}) {
			t.Errorf("Parse(%q) returned %v with its error", tc.in, got)
		}
	}
	// A long input is cut in the message.
	_, err := Parse("0x" + strings.Repeat("a", 5000))
	if err == nil || len(err.Error()) > 300 {
		t.Errorf("long input: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	f.Add("0xZZ")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			return
		}
		// Whatever parses must round-trip in lower case and checksum form.
		if b, err := Parse(a.Hex()); err != nil || b != a {
			t.Fatalf("%q parsed to %v, whose checksum form does not parse back: %v", s, a, err)
		}
	})
}
