package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/daoterm/daoterm/chain/addr"
	"github.com/daoterm/daoterm/config/registry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/pelletier/go-toml/v2"
)

// Keys the file takes, in the order the docs list them.
func topKeys() []string {
	return []string{"keystore", "account", "timeout", "cache_dir", "explorer", "ui", "dao"}
}
func daoKeys() []string {
	return []string{"name", "rpc", "governor", "token", "treasury", "tokens", "exclude_tokens", "start_block", "registry", "chain_id", "family", "legacy_governors"}
}

// loader checks one file and collects every problem.
type loader struct {
	file   string
	getenv func(string) string
	layout *layout
	errs   Errors
}

func (l *loader) errorf(key, format string, args ...any) {
	l.errs = append(l.errs, &Error{File: l.file, Line: l.layout.line(key), Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) parse(src string) (*Config, error) {
	doc := []byte(strings.TrimPrefix(src, "\ufeff"))
	var raw map[string]any
	err := toml.Unmarshal(doc, &raw)
	l.layout = readLayout(doc)
	if err != nil {
		return nil, l.syntaxError(doc, err)
	}

	c := &Config{Path: l.file, layout: l.layout}
	for _, k := range l.sortedKeys("", raw) {
		v := raw[k]
		key := joinKey("", k)
		switch k {
		case "keystore":
			if s, ok := l.nonEmptyString(key, v, `keystore = "~/.foundry/keystores"`); ok {
				p, err := expandPath(s, l.file, l.getenv)
				if err != nil {
					l.errorf(key, "%v", err)
				}
				c.Keystore = p
			}
		case "account":
			if s, ok := l.nonEmptyString(key, v, `account = "alice"`); ok {
				c.Account = s
			}
		case "timeout":
			if s, ok := l.nonEmptyString(key, v, `timeout = "2m"`); ok {
				d, err := time.ParseDuration(strings.TrimSpace(s))
				if err != nil || d <= 0 {
					l.errorf(key, "%q is not a positive duration; write it like \"90s\" or \"5m\"", s)
				}
				c.Timeout = d
			}
		case "cache_dir":
			if s, ok := l.nonEmptyString(key, v, `cache_dir = "~/.cache/daoterm"`); ok {
				p, err := expandPath(s, l.file, l.getenv)
				if err != nil {
					l.errorf(key, "%v", err)
				}
				c.CacheDir = p
			}
		case "dao":
			c.DAOs = l.daos(key, v)
		case "explorer":
			c.Explorer = l.explorer(key, v)
		case "ui":
			c.UI = l.ui(key, v)
		default:
			l.unknown(key, k, topKeys(), false)
		}
	}
	l.rpcFromEnv(c)
	sort.SliceStable(l.errs, func(i, j int) bool { return lineOrder(l.errs[i]) < lineOrder(l.errs[j]) })
	if err := l.errs.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// lineOrder sorts errors by line, with those that have none last.
func lineOrder(e *Error) int {
	if e.Line == 0 {
		return int(^uint(0) >> 1)
	}
	return e.Line
}

func (l *loader) syntaxError(doc []byte, err error) error {
	var de *toml.DecodeError
	if !errors.As(err, &de) {
		return Errors{{File: l.file, Msg: "cannot parse TOML: " + err.Error()}}
	}
	line, col := de.Position()
	key := l.layout.keyAt(doc, line, col)
	msg := fmt.Sprintf("TOML syntax error: %s (column %d)", strings.TrimPrefix(err.Error(), "toml: "), col)
	switch {
	case strings.Contains(msg, "already exists as an array of tables"):
		msg += "; start each DAO with its own [[dao]] header, with double brackets"
	case strings.Contains(msg, "already defined"):
		msg += "; each key may appear once per table (start the next DAO with its own [[dao]] header)"
	case isAddressKey(lastSegment(key)):
		msg += `; addresses are strings: write them in double quotes ("0x…")`
	}
	return Errors{{File: l.file, Line: line, Key: key, Msg: msg}}
}

// sortedKeys returns m's keys in file order (then by name).
func (l *loader) sortedKeys(parent string, m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		li, lj := l.layout.line(joinKey(parent, keys[i])), l.layout.line(joinKey(parent, keys[j]))
		if li != lj {
			return li < lj
		}
		return keys[i] < keys[j]
	})
	return keys
}

func (l *loader) daos(key string, v any) []DAO {
	var tables []any
	switch v := v.(type) {
	case []any: // [[dao]] tables, or dao = [{...}, {...}]
		tables = v
	case map[string]any:
		l.errorf(key, "must be an array of tables: write each DAO under its own [[dao]] header, with double brackets")
		return nil
	default:
		l.errorf(key, "must be an array of tables, not %s: write each DAO under its own [[dao]] header", typeName(v))
		return nil
	}
	out := make([]DAO, len(tables)) // entries that are not tables stay empty; the load fails anyway
	seen := map[string]int{}        // lower-case name → index of its first use
	for i, t := range tables {
		ik := indexKey(key, i)
		m, ok := t.(map[string]any)
		if !ok {
			l.errorf(ik, "must be a table, not %s: write each DAO under its own [[dao]] header", typeName(t))
			continue
		}
		out[i] = l.dao(ik, m)
		if name := out[i].Name; name != "" {
			fold := strings.ToLower(name)
			if j, dup := seen[fold]; dup {
				l.errorf(joinKey(ik, "name"), "duplicate DAO name: %s (line %d) is also called %q; give each DAO its own name (names are case-insensitive)",
					indexKey(key, j), l.layout.line(indexKey(key, j)), out[j].Name)
			} else {
				seen[fold] = i
			}
		}
	}
	return out
}

// dao checks one [[dao]] table. With a registry key the table starts from
// that registry entry and its other keys override it.
func (l *loader) dao(key string, m map[string]any) DAO {
	var d DAO
	if v, ok := m["registry"]; ok {
		d = l.registryDAO(joinKey(key, "registry"), v)
	}
	for _, k := range l.sortedKeys(key, m) {
		v := m[k]
		kk := joinKey(key, k)
		switch k {
		case "name":
			if s, ok := l.nonEmptyString(kk, v, `name = "My DAO"`); ok {
				if strings.IndexFunc(s, unicode.IsControl) >= 0 {
					l.errorf(kk, "contains a control character; use plain text")
				} else {
					d.Name = s
				}
			}
		case "rpc":
			if s, ok := l.str(kk, v, `rpc = "https://eth.example.org"`); ok {
				if err := checkURL(s); err != nil {
					l.errorf(kk, "%v", err)
				} else {
					d.RPC, d.RPCFrom = s, "rpc"
				}
			}
		case "governor":
			if a, ok := l.address(kk, v, "write the Governor contract's address"); ok {
				d.Governor = a
			}
		case "token":
			if a, ok := l.address(kk, v, "remove the key to use the governor's token()"); ok {
				d.Token = a
			}
		case "treasury":
			d.Treasury = l.addressList(kk, v, "treasury")
		case "tokens":
			d.Tokens = l.addressList(kk, v, "tokens")
		case "exclude_tokens":
			d.ExcludeTokens = l.addressList(kk, v, "exclude_tokens")
		case "legacy_governors":
			d.LegacyGovernors = l.addressList(kk, v, "legacy_governors")
		case "start_block":
			n, ok := v.(int64)
			switch {
			case !ok:
				l.errorf(kk, "must be an integer block number, not %s; write start_block = 12345678 (no quotes)", typeName(v))
			case n < 0:
				l.errorf(kk, "is negative (%d); write a block number ≥ 0, or remove the key to start at block 0", n)
			default:
				d.StartBlock = uint64(n)
			}
		case "registry":
			// read first, above
		case "chain_id":
			n, ok := v.(int64)
			switch {
			case !ok:
				l.errorf(kk, "must be an integer chain id, not %s; write chain_id = 1 (no quotes)", typeName(v))
			case n <= 0:
				l.errorf(kk, "must be a positive chain id (1 is Ethereum), not %d; or remove the key to accept any chain", n)
			default:
				d.ChainID = uint64(n)
			}
		case "family":
			if s, ok := l.nonEmptyString(kk, v, `family = "oz-governor-v4"`); ok {
				if f, _, known := registry.ParseFamily(s); known {
					d.Family = string(f)
				} else {
					l.errorf(kk, "unknown governor family %q; use one of %s, or remove the key to detect it on chain", s, familyList())
				}
			}
		default:
			l.unknown(kk, k, daoKeys(), true)
		}
	}
	_, fromRegistry := m["registry"]
	if _, ok := m["name"]; !ok && !fromRegistry {
		l.errorf(joinKey(key, "name"), `missing; add name = "…" to this [[dao]] table (it picks the DAO on the command line)`)
	}
	if _, ok := m["governor"]; !ok && !fromRegistry {
		l.errorf(joinKey(key, "governor"), `missing; add governor = "0x…" (the Governor contract's address) to this [[dao]] table`)
	}
	return d
}

// registryDAO is the DAO the registry key names, with its name defaulting
// to the slug.
func (l *loader) registryDAO(key string, v any) DAO {
	s, ok := l.nonEmptyString(key, v, `registry = "ens"`)
	if !ok {
		return DAO{}
	}
	e, ok := registry.Lookup(s)
	if !ok {
		if sug := suggest(s, registry.Slugs()); sug != "" {
			l.errorf(key, "no well-known DAO %q; did you mean %q? (`daoterm daos` lists them)", s, sug)
		} else {
			l.errorf(key, "no well-known DAO %q; `daoterm daos` lists the slugs", s)
		}
		return DAO{}
	}
	d := fromRegistry(&e)
	d.Name = e.Slug
	return d
}

// fromRegistry is the DAO a registry entry describes: every treasury, the
// earlier of the governor's and the token's start blocks (holders need the
// token's whole history), the expected chain, the family and the legacy
// governors.
func fromRegistry(e *registry.DAO) DAO {
	var legacy []common.Address
	for _, g := range e.LegacyGovernors {
		if g.Address != (common.Address{}) && g.Address != e.Governor && !slices.Contains(legacy, g.Address) {
			legacy = append(legacy, g.Address)
		}
	}
	start := e.FirstBlock()
	for _, g := range e.LegacyGovernors {
		if start != 0 && g.StartBlock != 0 && g.StartBlock < start {
			start = g.StartBlock // the legacy proposals come before the current governor's
		}
	}
	return DAO{
		LegacyGovernors: legacy,
		Name:            e.Name,
		Governor:        e.Governor,
		Token:           e.Token,
		Treasury:        e.TreasuryAddresses(),
		StartBlock:      e.FirstBlock(),
		ChainID:         e.ChainID,
		Family:          string(e.Family),
		Registry:        e.Slug,
	}
}

// familyList lists the family vocabulary for messages.
func familyList() string {
	var names []string
	for _, f := range registry.Families() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// rpcFromEnv fills in $ETH_RPC_URL for DAOs with no rpc key.
func (l *loader) rpcFromEnv(c *Config) {
	env := l.getenv("ETH_RPC_URL")
	if env == "" {
		return
	}
	var need bool
	for i := range c.DAOs {
		need = need || c.DAOs[i].RPC == ""
	}
	if !need {
		return
	}
	if err := checkURL(env); err != nil {
		l.errs = append(l.errs, &Error{Key: "$ETH_RPC_URL", Msg: fmt.Sprintf("%v; it is used for [[dao]] tables with no rpc key: fix or unset it", err)})
		return
	}
	for i := range c.DAOs {
		if c.DAOs[i].RPC == "" {
			c.DAOs[i].RPC, c.DAOs[i].RPCFrom = env, "$ETH_RPC_URL"
		}
	}
}

func (l *loader) str(key string, v any, example string) (string, bool) {
	s, ok := v.(string)
	if !ok {
		l.errorf(key, "must be a string, not %s; write %s", typeName(v), example)
	}
	return s, ok
}

func (l *loader) nonEmptyString(key string, v any, example string) (string, bool) {
	s, ok := l.str(key, v, example)
	if ok && strings.TrimSpace(s) == "" {
		l.errorf(key, "is empty; write %s, or remove the key", example)
		return "", false
	}
	return s, ok
}

func (l *loader) address(key string, v any, zeroFix string) (common.Address, bool) {
	s, ok := v.(string)
	if !ok {
		l.errorf(key, `must be a string, not %s; write the address in double quotes ("0x…")`, typeName(v))
		return common.Address{}, false
	}
	a, err := addr.Parse(s)
	if err != nil {
		l.errorf(key, "bad address: %s", addr.Reason(err))
		return common.Address{}, false
	}
	if a == (common.Address{}) {
		l.errorf(key, "is the zero address; %s", zeroFix)
		return common.Address{}, false
	}
	return a, true
}

func (l *loader) addressList(key string, v any, name string) []common.Address {
	arr, ok := v.([]any)
	if !ok {
		l.errorf(key, `must be an array of addresses, not %s; write %s = ["0x…", "0x…"]`, typeName(v), name)
		return nil
	}
	var out []common.Address
	first := map[common.Address]int{}
	for i, e := range arr {
		ek := indexKey(key, i)
		a, ok := l.address(ek, e, "remove it")
		if !ok {
			continue
		}
		if j, dup := first[a]; dup {
			l.errorf(ek, "repeats %s; remove one of them", indexKey(key, j))
			continue
		}
		first[a] = i
		out = append(out, a)
	}
	return out
}

// unknown reports a key the file does not take, suggesting the likely one.
func (l *loader) unknown(key, name string, known []string, inDAO bool) {
	if inDAO {
		for _, k := range topKeys() {
			if k == name && k != "dao" {
				l.errorf(key, "%s is a top-level setting, not a DAO's: move it above the first [[dao]] header (every key below a [[dao]] header belongs to that DAO)", name)
				return
			}
		}
	} else {
		for _, k := range daoKeys() {
			if k == name {
				l.errorf(key, "%s belongs to a DAO: put it under a [[dao]] header, with the DAO's name and governor", name)
				return
			}
		}
	}
	where := "at the top level"
	if inDAO {
		where = "in a [[dao]] table"
	}
	if s := suggest(name, known); s != "" {
		l.errorf(key, "unknown key; did you mean %q? (keys %s: %s)", s, where, strings.Join(known, ", "))
		return
	}
	l.errorf(key, "unknown key; remove it (keys %s: %s)", where, strings.Join(known, ", "))
}

// lastSegment returns the last name in a key path, without indexes:
// "treasury" for dao[1].treasury[0].
func lastSegment(key string) string {
	for strings.HasSuffix(key, "]") {
		key = key[:strings.LastIndexByte(key, '[')]
	}
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[i+1:]
	}
	return key
}

func isAddressKey(name string) bool {
	switch name {
	case "governor", "token", "treasury", "tokens", "exclude_tokens", "legacy_governors":
		return true
	}
	return false
}

// typeName names a decoded TOML value's type the way TOML does.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time, toml.LocalDateTime:
		return "a date-time"
	case toml.LocalDate:
		return "a date"
	case toml.LocalTime:
		return "a time"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

// expandPath expands a leading ~ and makes a relative path relative to the
// config file's directory.
func expandPath(p, file string, getenv func(string) string) (string, error) {
	switch {
	case p == "~" || strings.HasPrefix(p, "~/"):
		home := homeDir(getenv)
		if home == "" {
			return p, fmt.Errorf("cannot expand ~: $HOME is not set; write the full path")
		}
		return filepath.Join(home, p[1:]), nil
	case strings.HasPrefix(p, "~"):
		return p, fmt.Errorf("~user paths are not supported; write the full path")
	case !filepath.IsAbs(p) && file != "":
		return filepath.Join(filepath.Dir(file), p), nil
	}
	return p, nil
}
