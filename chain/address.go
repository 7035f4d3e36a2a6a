package chain

import (
	"errors"
	"fmt"
	"strings"

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
	if len(hex) != 40 {
		return a, fmt.Errorf("%w %s: has %d hex digits after 0x, want 40", ErrBadAddress, quoteShort(orig), len(hex))
	}
	hasUpper, hasLower := false, false
	for i := 0; i < len(hex); i++ {
		ch := hex[i]
		switch {
		case ch >= '0' && ch <= '9':
		case ch >= 'a' && ch <= 'f':
			hasLower = true
		case ch >= 'A' && ch <= 'F':
			hasUpper = true
		default:
			return a, fmt.Errorf("%w %s: character %q at position %d is not a hex digit", ErrBadAddress, quoteShort(orig), rune(ch), i+2)
		}
	}
	a = common.HexToAddress(hex)
	if hasUpper && hasLower {
		if want := a.Hex(); want[2:] != hex {
			return common.Address{}, fmt.Errorf("%w %s: bad EIP-55 checksum (mixed case must match %s exactly; or write it all lower case)", ErrBadAddress, quoteShort(orig), want)
		}
	}
	return a, nil
}

// quoteShort quotes s for an error message, cutting very long input.
func quoteShort(s string) string {
	const max = 64
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
