package config

import (
	"slices"
	"strings"
)

// Explorer is the [explorer] table: block explorer URL templates for the
// dashboard's o key, in which {kind} is the identifier's kind (address,
// tx, block, proposal) and {value} its value:
//
//	[explorer]
//	url = "https://etherscan.io/{kind}/{value}"          # every kind but proposals
//	proposal = "https://www.tally.xyz/gov/ens/proposal/{value}"  # optional per-kind templates
//
// Without it, the dashboard uses the explorer it knows for the chain, if any.
type Explorer struct {
	URL   string            // "" when unset
	Kinds map[string]string // address, tx, block, proposal → template; nil when none
}

// explorerKinds are the per-kind keys of [explorer].
func explorerKinds() []string { return []string{"address", "tx", "block", "proposal"} }

// explorer checks the [explorer] table.
func (l *loader) explorer(key string, v any) Explorer {
	var e Explorer
	m, ok := v.(map[string]any)
	if !ok {
		l.errorf(key, "must be a table, not %s: write [explorer] on its own line, then url = \"https://…/{kind}/{value}\"", typeName(v))
		return e
	}
	known := append([]string{"url"}, explorerKinds()...)
	for _, k := range l.sortedKeys(key, m) {
		ik := joinKey(key, k)
		if !slices.Contains(known, k) {
			l.errorf(ik, "unknown key %q in [explorer]; it takes %s", k, strings.Join(known, ", "))
			continue
		}
		s, ok := l.nonEmptyString(ik, m[k], `"https://etherscan.io/{kind}/{value}"`)
		if !ok {
			continue
		}
		s = strings.TrimSpace(s)
		if !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "http://") {
			l.errorf(ik, "%q is not an http(s) URL; write it like \"https://etherscan.io/{kind}/{value}\"", s)
			continue
		}
		if !strings.Contains(s, "{value}") {
			l.errorf(ik, "%q has no {value}: the template needs it where the address, hash or id goes", s)
			continue
		}
		if k == "url" {
			e.URL = s
			continue
		}
		if e.Kinds == nil {
			e.Kinds = map[string]string{}
		}
		e.Kinds[k] = s
	}
	return e
}
