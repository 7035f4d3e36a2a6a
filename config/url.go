package config

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

// checkURL checks an RPC endpoint: an absolute http, https, ws or wss URL with
// a host. Messages never repeat the whole URL, which often carries an API key.
func checkURL(s string) error {
	if s == "" {
		return fmt.Errorf("empty; write a URL like https://eth.example.org or http://127.0.0.1:8545")
	}
	if strings.TrimSpace(s) != s {
		return fmt.Errorf("has spaces or line breaks around it; remove them")
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return fmt.Errorf("contains a space or control character; percent-encode it or remove it")
		}
	}
	if !strings.Contains(s, "://") {
		return fmt.Errorf("missing the scheme; write http://, https://, ws:// or wss:// in front (e.g. http://127.0.0.1:8545)")
	}
	u, err := url.Parse(s)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("not a valid URL (%v); write a URL like https://eth.example.org", err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("scheme %q is not supported; use http://, https://, ws:// or wss://", u.Scheme)
	}
	if u.Opaque != "" || u.Hostname() == "" {
		return fmt.Errorf("has no host; write it as %s://HOST[:PORT][/PATH] (e.g. %s://127.0.0.1:8545)", u.Scheme, u.Scheme)
	}
	return nil
}
