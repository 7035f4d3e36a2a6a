package chain

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBadAddress is wrapped by every error ParseAddress returns.
var ErrBadAddress = errors.New("invalid address")

// ParseAddress parses a user-typed Ethereum address strictly: "0x" followed by
// exactly 40 hex digits. All-lower-case and all-upper-case digits are accepted
// as they are; mixed case must be a valid EIP-55 checksum. Unlike
// common.HexToAddress it never guesses: short, long or non-hex input is an
// error that says what is wrong.
func ParseAddress(s string) (common.Address, error) {
	var a common.Address
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return a, fmt.Errorf("%w: empty; want 0x followed by 40 hex digits", ErrBadAddress)
	}
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return a, fmt.Errorf("%w %s: must start with 0x followed by 40 hex digits", ErrBadAddress, quoteShort(orig))
	}
	hex := s[2:]
	if i := strings.IndexFunc(hex, func(r rune) bool { return !isHexDigit(r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(hex[i:])
		return a, fmt.Errorf("%w %s: character %q at position %d is not a hex digit", ErrBadAddress, quoteShort(orig), r, utf8.RuneCountInString(s[:2+i])+1)
	}
	if len(hex) != 40 {
		return a, fmt.Errorf("%w %s: has %d hex digits after 0x, want 40", ErrBadAddress, quoteShort(orig), len(hex))
	}
	hasUpper := strings.ContainsAny(hex, "ABCDEF")
	hasLower := strings.ContainsAny(hex, "abcdef")
	a = common.HexToAddress(hex)
	if hasUpper && hasLower {
		if want := a.Hex(); want[2:] != hex {
			return common.Address{}, fmt.Errorf("%w %s: bad EIP-55 checksum (mixed case must match %s exactly; or write it all lower case)", ErrBadAddress, quoteShort(orig), want)
		}
	}
	return a, nil
}

// isHexDigit reports whether r is 0-9, a-f or A-F.
func isHexDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

// quoteShort quotes s for an error message, cutting very long input.
func quoteShort(s string) string {
	const max = 64
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
