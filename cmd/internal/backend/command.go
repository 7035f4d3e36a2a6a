package backend

import (
	"net/url"
	"strings"
)

// SecretlessURL returns u, or "YOUR_RPC_URL" when u has a user, a query or a
// path segment that looks like an API key.
func SecretlessURL(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.User != nil || pu.RawQuery != "" {
		return "YOUR_RPC_URL"
	}
	for _, seg := range strings.Split(pu.Path, "/") {
		if len(seg) >= 16 {
			return "YOUR_RPC_URL"
		}
	}
	return u
}

// ShellQuote quotes s for a POSIX shell when it needs it.
func ShellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=,@%+", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
