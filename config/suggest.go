package config

import "strings"

// suggest returns the known key closest to name, or "" when none is close.
func suggest(name string, known []string) string {
	norm := strings.ToLower(strings.TrimSpace(name))
	norm = strings.ReplaceAll(norm, "-", "_")
	if a := alias(norm); a != "" {
		for _, k := range known {
			if k == a {
				return a
			}
		}
	}
	return Closest(norm, known)
}

// alias maps names other tools use to ours.
func alias(name string) string {
	switch name {
	case "rpc_url", "rpcurl", "url", "endpoint", "eth_rpc_url", "node", "provider":
		return "rpc"
	case "governance", "governor_address", "gov":
		return "governor"
	case "timelock", "treasuries", "safe", "vault":
		return "treasury"
	case "erc20", "erc20s", "assets", "tracked_tokens":
		return "tokens"
	case "governance_token", "votes_token", "token_address":
		return "token"
	case "from_block", "startblock", "start", "deploy_block", "block":
		return "start_block"
	case "keystore_dir", "keystores", "keys", "keystore_path":
		return "keystore"
	case "from", "signer", "wallet", "address":
		return "account"
	case "daos":
		return "dao"
	}
	return ""
}

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours cost 1.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// Closest returns the name in known closest to name by edit distance
// (case-insensitive), or "" when none is close enough to be a likely typo:
// for "did you mean" hints on names other than config keys (commands, DAO
// names).
func Closest(name string, known []string) string {
	norm := strings.ToLower(strings.TrimSpace(name))
	best, bestD := "", -1
	for _, k := range known {
		if d := editDistance(norm, strings.ToLower(k)); bestD < 0 || d < bestD {
			best, bestD = k, d
		}
	}
	if bestD >= 0 && bestD < len(best) && bestD <= max(2, len(best)/3) {
		return best
	}
	return ""
}
