package config

import (
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Overrides are values given on the command line. Empty fields (nil for
// StartBlock) leave the file's value alone. Errors about them name the flag
// as --rpc, --governor, --token, --treasury, --tokens and --keystore.
type Overrides struct {
	RPC, Governor, Token, Keystore, Account string
	Treasury, Tokens                        []string // each item may be a comma-separated list
	StartBlock                              *uint64
}

// Resolve returns the DAO to read, merging flags over the file over the
// environment over defaults:
//
//   - with daoName, the [[dao]] table of that name, with flags overriding its keys;
//   - with no daoName but --governor, a DAO defined by the flags alone
//     (rpc from --rpc or $ETH_RPC_URL): no [[dao]] table is consulted, so a
//     file's token or treasury is never mixed with another governor;
//   - with neither, the only [[dao]] table (an error names them when there
//     are several, or says what to pass when there are none).
//
// c may be nil (no config file). getenv supplies ETH_RPC_URL; nil means the
// process environment. Every problem is reported: the error is an Errors
// whose items are *Error (File "" and Key "--flag" for bad flag values).
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
		if err != nil {
			return nil, Errors{err}
		}
		d, idx = c.DAOs[i].clone(), i
	}

	var errs Errors
	flagErr := func(flag, format string, args ...any) {
		errs = append(errs, &Error{Key: flag, Msg: fmt.Sprintf(format, args...)})
	}
	if o.RPC != "" {
		if err := checkURL(o.RPC); err != nil {
			flagErr("--rpc", "%v", err)
		} else {
			d.RPC = o.RPC
		}
	}
	governorOK := true
	if o.Governor != "" {
		a, err := flagAddress(o.Governor)
		if err != nil {
			flagErr("--governor", "%v", err)
			governorOK = false
		} else {
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
	if o.StartBlock != nil {
		d.StartBlock = *o.StartBlock
	}

	if d.RPC == "" && o.RPC == "" {
		switch env := getenv("ETH_RPC_URL"); {
		case env != "":
			if err := checkURL(env); err != nil {
				errs = append(errs, &Error{Key: "$ETH_RPC_URL", Msg: fmt.Sprintf("%v; fix or unset it, or pass --rpc URL", err)})
			} else {
				d.RPC = env
			}
		case idx >= 0:
			errs = append(errs, c.missingRPC(idx, `add rpc = "https://…" to this [[dao]] table, set ETH_RPC_URL, or pass --rpc URL`))
		default:
			flagErr("--rpc", "missing; pass --rpc URL (http, https, ws or wss) or set ETH_RPC_URL")
		}
	}
	if governorOK && d.Governor == (common.Address{}) {
		flagErr("--governor", "missing; pass --governor ADDR (the Governor contract)")
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return d, nil
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
	a, err := parseAddress(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("bad address: %v", err)
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
