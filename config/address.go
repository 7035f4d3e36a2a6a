package config

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// parseAddress parses an Ethereum address strictly: "0x" followed by exactly
// 40 hexadecimal digits. An address written in mixed case must carry a valid
// EIP-55 checksum; all lower case or all upper case is accepted as is. Unlike
// common.HexToAddress it never guesses: short, long or non-hex input is an
// error whose text says how to fix it.
func parseAddress(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, fmt.Errorf("empty; write an address like 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
	}
	if strings.TrimSpace(s) != s {
		return common.Address{}, fmt.Errorf("has spaces or line breaks around it; remove them")
	}
	hex := s
	switch {
	case strings.HasPrefix(s, "0x"):
		hex = s[2:]
	case strings.HasPrefix(s, "0X"):
		return common.Address{}, fmt.Errorf("write the prefix as lower-case 0x")
	default:
		if len(s) == 40 && isHex(s) {
			return common.Address{}, fmt.Errorf("missing the 0x prefix; write 0x%s", s)
		}
		return common.Address{}, fmt.Errorf("not an address; write 0x followed by 40 hex digits")
	}
	for i, r := range hex {
		if !isHexRune(r) {
			return common.Address{}, fmt.Errorf("character %q at position %d is not a hex digit; an address is 0x followed by 40 hex digits (0-9, a-f)", r, i+3)
		}
	}
	if len(hex) == 1 {
		return common.Address{}, fmt.Errorf("has 1 hex digit, an address has 40")
	}
	if len(hex) != 40 {
		return common.Address{}, fmt.Errorf("has %d hex digits, an address has 40; check for a missing or extra digit", len(hex))
	}
	addr := common.HexToAddress(hex) // safe: exactly 40 hex digits
	if hex != strings.ToLower(hex) && hex != strings.ToUpper(hex) {
		if want := addr.Hex(); want != s {
			return common.Address{}, fmt.Errorf("bad EIP-55 checksum (mixed-case letters do not match): a character may be mistyped; "+
				"check the address, and if it is right write it as %s (or all in lower case)", want)
		}
	}
	return addr, nil
}

func isHex(s string) bool {
	for _, r := range s {
		if !isHexRune(r) {
			return false
		}
	}
	return true
}

func isHexRune(r rune) bool {
	return ('0' <= r && r <= '9') || ('a' <= r && r <= 'f') || ('A' <= r && r <= 'F')
}
