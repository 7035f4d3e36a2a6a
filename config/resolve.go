package config

import (
	"fmt"
	"github.com/daoterm/daoterm/chain/addr"
	"os"
	"strings"

	"github.com/daoterm/daoterm/config/registry"
	"github.com/ethereum/go-ethereum/common"
)

// Overrides are values given on the command line. Empty fields (nil for
// StartBlock) leave the file's value alone. Errors about them name the flag
// as --rpc, --governor, --token, --treasury, --tokens and --keystore.
type Overrides struct {
	RPC, Governor, Token, Keystore, Account string
	Treasury, Tokens, ExcludeTokens         []string // each item may be a comma-separated list
	StartBlock                              *uint64
	// NoLegacy skips the DAO's legacy governors (--no-legacy).
	NoLegacy bool
}

// Resolve returns the DAO to read, merging flags over the file over the
// environment over defaults:
//
//   - with daoName, the [[dao]] table of that name, with flags overriding its keys;
//     when no table has that name, the built-in registry entry with that slug
//     (package config/registry): its governor, token, every treasury, the
//     earlier of its governor's and token's start blocks, its chain id and
//     family, with rpc from --rpc or $ETH_RPC_URL. A table's name shadows a
//     slug; a table may start from a registry entry with registry = "slug";
//   - with no daoName but --governor, a DAO defined by the flags alone
//     (rpc from --rpc or $ETH_RPC_URL): no [[dao]] table is consulted, so a
//     file's token or treasury is never mixed with another governor;
//   - with neither, the only [[dao]] table (an error names them when there
//     are several, or says what to pass when there are none).
//
// c may be nil (no config file). getenv supplies ETH_RPC_URL; nil means the
// process environment. Every problem is reported: the error is an Errors
// whose items are *Error (File "" and Key "--flag" for bad flag values).
//
// A DAO whose governor family daoterm cannot read (registry.Family.Supported)
// is an error naming the DAO, the family and why. --governor on a registry
// DAO drops the registry's family and legacy governors (they described
// another contract) unless the file sets family or legacy_governors.
// NoLegacy drops the legacy governors.
func Resolve(c *Config, daoName string, o Overrides, getenv func(string) string) (*DAO, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if c == nil {
		c = &Config{}
	}
	d, idx := &DAO{}, -1
	if daoName != "" || o.Governor == "" {
		i, err := c.find(daoName, defaultPath(getenv))
		switch {
		case err == nil:
			d, idx = c.DAOs[i].clone(), i
		case daoName != "":
			e, ok := registry.Lookup(daoName)
			if !ok {
				return nil, Errors{registryHint(err, daoName)}
			}
			r := fromRegistry(&e)
			d = &r
		default:
			return nil, Errors{err}
		}
	}

	var errs Errors
	flagErr := func(flag, format string, args ...any) {
		errs = append(errs, &Error{Key: flag, Msg: fmt.Sprintf(format, args...)})
	}
	if o.RPC != "" {
		if err := checkURL(o.RPC); err != nil {
			flagErr("--rpc", "%v", err)
		} else {
			d.RPC, d.RPCFrom = o.RPC, "--rpc"
		}
	}
	governorOK := true
	if o.Governor != "" {
		a, err := flagAddress(o.Governor)
		if err != nil {
			flagErr("--governor", "%v", err)
			governorOK = false
		} else {
			if d.Registry != "" && a != d.Governor && !c.hasKey(idx, "family") {
				d.Family = "" // the registry's family is another contract's
			}
			if d.Registry != "" && a != d.Governor && !c.hasKey(idx, "legacy_governors") {
				d.LegacyGovernors = nil // the registry's are another governor's predecessors
			}
			d.Governor = a
		}
	}
	if o.Token != "" {
		if a, err := flagAddress(o.Token); err != nil {
			flagErr("--token", "%v", err)
		} else {
			d.Token = a
		}
	}
	if len(o.Treasury) > 0 {
		list, err := flagAddressList(o.Treasury)
		if err != nil {
			flagErr("--treasury", "%v", err)
		}
		d.Treasury = list
	}
	if len(o.Tokens) > 0 {
		list, err := flagAddressList(o.Tokens)
		if err != nil {
			flagErr("--tokens", "%v", err)
		}
		d.Tokens = list
	}
	if len(o.ExcludeTokens) > 0 {
		list, err := flagAddressList(o.ExcludeTokens)
		if err != nil {
			flagErr("--exclude-token", "%v", err)
		}
		d.ExcludeTokens = list
	}
	if o.StartBlock != nil {
		d.StartBlock = *o.StartBlock
	}
	if o.NoLegacy {
		d.LegacyGovernors = nil
	}

	if d.RPC == "" && o.RPC == "" {
		switch env := getenv("ETH_RPC_URL"); {
		case env != "":
			if err := checkURL(env); err != nil {
				errs = append(errs, &Error{Key: "$ETH_RPC_URL", Msg: fmt.Sprintf("%v; fix or unset it, or pass --rpc URL", err)})
			} else {
				d.RPC, d.RPCFrom = env, "$ETH_RPC_URL"
			}
		case idx >= 0:
			errs = append(errs, c.missingRPC(idx, `add rpc = "https://…" to this [[dao]] table, set ETH_RPC_URL, or pass --rpc URL`))
		case d.Registry != "":
			e, _ := registry.Lookup(d.Registry)
			flagErr("--rpc", "missing; %s is on %s (chain %d): pass --rpc URL of a node on that chain (%s), or set ETH_RPC_URL",
				d.Registry, e.Chain, e.ChainID, e.Chain)
		default:
			flagErr("--rpc", "missing; pass --rpc URL (http, https, ws or wss) or set ETH_RPC_URL")
		}
	}
	if f := registry.Family(d.Family); d.Family != "" && !f.Supported() {
		errs = append(Errors{c.unsupportedFamily(d, idx, f)}, errs...)
	}
	if governorOK && d.Governor == (common.Address{}) {
		flagErr("--governor", "missing; pass --governor ADDR (the Governor contract)")
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return d, nil
}

// registryHint adds to a "no DAO named" error that the name is not a
// well-known DAO either, suggesting the closest slug.
func registryHint(err *Error, name string) *Error {
	e := *err
	if s := suggest(name, registry.Slugs()); s != "" {
		e.Msg += fmt.Sprintf("; it is not a well-known DAO either: did you mean %q? (`daoterm daos` lists them)", s)
	} else {
		e.Msg += "; it is not a well-known DAO either (`daoterm daos` lists them)"
	}
	return &e
}

// unsupportedFamily says that daoterm cannot read d's governor, at the
// [[dao]] table's family or registry key when d comes from the file.
func (c *Config) unsupportedFamily(d *DAO, idx int, f registry.Family) *Error {
	why := f.Reason()
	if why == "" {
		why = "daoterm reads OpenZeppelin and Compound governors only"
	}
	tail := fmt.Sprintf("has a governor of the %s family, which daoterm cannot read yet: %s. `daoterm daos` lists the DAOs daoterm can read", f, why)
	if idx < 0 {
		who := d.Registry
		if who == "" {
			who = d.Name
		} else if d.Name != "" && !strings.EqualFold(d.Name, who) {
			who = fmt.Sprintf("%s (%s)", who, d.Name)
		}
		return &Error{Msg: who + " " + tail}
	}
	key := joinKey(indexKey("dao", idx), "registry")
	if c.hasKey(idx, "family") || d.Registry == "" {
		key = joinKey(indexKey("dao", idx), "family")
	}
	line := 0
	if c.layout != nil {
		line = c.layout.line(key)
	}
	return &Error{File: c.Path, Line: line, Key: key, Msg: fmt.Sprintf("DAO %q %s; remove the table, or set family if the registry is wrong", d.Name, tail)}
}

// hasKey reports whether [[dao]] table idx of the file sets key.
func (c *Config) hasKey(idx int, key string) bool {
	if idx < 0 || c.layout == nil {
		return false
	}
	_, ok := c.layout.lines[joinKey(indexKey("dao", idx), key)]
	return ok
}

// ResolveAccount returns the keystore directory and account to sign with:
// --keystore and --account over the file's keystore and account. A leading ~
// in --keystore is expanded with getenv("HOME"); nil getenv means the process
// environment. Either may be "" when set nowhere.
func ResolveAccount(c *Config, o Overrides, getenv func(string) string) (keystore, account string, err error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if c != nil {
		keystore, account = c.Keystore, c.Account
	}
	if o.Keystore != "" {
		p, err := expandPath(o.Keystore, "", getenv)
		if err != nil {
			return "", "", Errors{{Key: "--keystore", Msg: err.Error()}}
		}
		keystore = p
	}
	if o.Account != "" {
		account = o.Account
	}
	return keystore, account, nil
}

func flagAddress(s string) (common.Address, error) {
	a, err := addr.Parse(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("bad address: %s", addr.Reason(err))
	}
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("is the zero address; pass a contract's address")
	}
	return a, nil
}

// flagAddressList parses repeated and comma-separated addresses, reporting
// the first bad one by its position.
func flagAddressList(items []string) ([]common.Address, error) {
	var out []common.Address
	var parts []string
	for _, it := range items {
		for _, p := range strings.Split(it, ",") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
	}
	seen := map[common.Address]int{}
	for i, p := range parts {
		a, err := flagAddress(p)
		if err != nil {
			return nil, fmt.Errorf("address %d of %d: %v", i+1, len(parts), err)
		}
		if j, dup := seen[a]; dup {
			return nil, fmt.Errorf("address %d repeats address %d; remove one of them", i+1, j+1)
		}
		seen[a] = i
		out = append(out, a)
	}
	return out, nil
}
