// Package addr parses Ethereum addresses typed by people: in flags, config
// files, the dashboard's inputs and registry data. It is the one parser
// daoterm has, so that an address means the same everywhere.
package addr

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBad is wrapped by every error Parse returns.
var ErrBad = errors.New("invalid address")

// Error says why a string is not an address.
type Error struct {
	Input  string // what was given (cut for display by Error)
	Reason string // what is wrong and how to fix it
}

// Error implements error.
func (e *Error) Error() string { return "invalid address " + quoteShort(e.Input) + ": " + e.Reason }

// Unwrap makes errors.Is(err, ErrBad) true.
func (e *Error) Unwrap() error { return ErrBad }

// Example is a valid checksummed address for messages.
const Example = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"

// Parse parses an address strictly: "0x" (or "0X") followed by exactly 40
// hex digits; spaces and line breaks around it (from a paste) are ignored.
// All-lower-case and all-upper-case digits are accepted as they are; mixed
// case must be a valid EIP-55 checksum. Unlike common.HexToAddress it never
// guesses: short, long or non-hex input is an *Error that says what is wrong.
// The zero address parses; callers that refuse it say why.
func Parse(s string) (common.Address, error) {
	fail := func(format string, args ...any) (common.Address, error) {
		return common.Address{}, &Error{Input: s, Reason: fmt.Sprintf(format, args...)}
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return fail("empty; write 0x followed by 40 hex digits, like %s", Example)
	}
	if !strings.HasPrefix(t, "0x") && !strings.HasPrefix(t, "0X") {
		if len(t) == 40 && strings.IndexFunc(t, notHex) < 0 {
			return fail("missing the 0x prefix; write 0x%s", t)
		}
		return fail("not an address: it must start with 0x followed by 40 hex digits")
	}
	hex := t[2:]
	if i := strings.IndexFunc(hex, notHex); i >= 0 {
		r, _ := utf8.DecodeRuneInString(hex[i:])
		return fail("character %q at position %d is not a hex digit; an address is 0x followed by 40 hex digits (0-9, a-f)", r, utf8.RuneCountInString(t[:2+i])+1)
	}
	if len(hex) != 40 {
		return fail("has %d hex digits, an address has 40; check for a missing or extra digit", len(hex))
	}
	a := common.HexToAddress(hex)
	if hex != strings.ToLower(hex) && hex != strings.ToUpper(hex) && a.Hex()[2:] != hex {
		return fail("bad EIP-55 checksum (mixed-case letters do not match): a character may be mistyped; check the address, and if it is right write it as %s (or all in lower case)", a.Hex())
	}
	return a, nil
}

// Reason returns what is wrong with an address Parse refused, without the
// input ("has 39 hex digits, …"), for messages that name the input already
// (a config key, a flag); other errors are returned as they are.
func Reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	return err.Error()
}

func notHex(r rune) bool {
	return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F')
}

// quoteShort quotes s for a message, cutting very long input.
func quoteShort(s string) string {
	const max = 64
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
