// Package config reads daoterm's TOML configuration and merges it with
// command-line flags and the environment.
//
// The file lives at $XDG_CONFIG_HOME/daoterm/config.toml (by default
// ~/.config/daoterm/config.toml) or wherever --config points:
//
//	keystore = "~/.foundry/keystores"   # optional; ~ is expanded, relative paths are relative to this file
//	account = "alice"                   # optional
//	timeout = "2m"                      # optional; how long a read command may take in all (--timeout)
//	cache_dir = "~/.cache/daoterm"      # optional; where synced chain state is kept (default $XDG_CACHE_HOME/daoterm)
//
//	[explorer]                          # optional; block explorer links for the dashboard's o key
//	url = "https://etherscan.io/{kind}/{value}"   # {kind}: address, tx, block; per-kind keys address, tx, block, proposal override it
//
//	[[dao]]                             # one table per DAO
//	name = "Model Commons"              # required, unique (case-insensitive)
//	rpc = "http://127.0.0.1:8545"       # http, https, ws or wss; default $ETH_RPC_URL
//	governor = "0x…"                    # required
//	token = "0x…"                       # optional; default: the governor's token()
//	treasury = ["0x…"]                  # optional; default: the governor's timelock
//	tokens = ["0x…"]                    # optional tracked ERC-20s
//	start_block = 0                     # optional; first block to read logs from
//	registry = "ens"                    # optional; start from a well-known DAO (`daoterm daos`); other keys override it
//	chain_id = 1                        # optional; refuse an RPC endpoint on another chain
//	family = "oz-governor-v4"           # optional; the governor family (default: detect on chain)
//	legacy_governors = ["0x…"]          # optional; earlier governors whose proposals are listed too (default: the registry's)
//
// A DAO that is not in the file may be named by its registry slug
// ("uniswap", "ens", "arbitrum-core"): see package config/registry and
// Resolve. With registry set, name and governor may be left out: the name
// defaults to the slug.
//
// Precedence is flags, then the file, then the environment ($ETH_RPC_URL),
// then defaults. Every problem is reported, not just the first, as an *Error
// naming the file, line and full key path (dao[1].governor) and saying how to
// fix it; see Error and Errors.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// maxFileSize bounds how much of a config file is read.
const maxFileSize = 1 << 20

// DAO is one DAO to read: where to reach the chain and which contracts make it up.
type DAO struct {
	Name     string           // unique name, used to pick the DAO on the command line
	RPC      string           // http(s):// or ws(s):// endpoint; from $ETH_RPC_URL when the file has none
	Governor common.Address   // the Governor contract
	Token    common.Address   // zero = the governor's token()
	Treasury []common.Address // empty = the governor's timelock
	Tokens   []common.Address // tracked ERC-20s
	// ExcludeTokens are tokens the treasury never lists (spam airdrops),
	// even when discovered in its history or pinned in Tokens.
	ExcludeTokens []common.Address
	StartBlock    uint64 // first block to read logs from
	// LegacyGovernors are the DAO's earlier governors (a GovernorAlpha
	// before its GovernorBravo): their proposals are read with the current
	// governor's. From legacy_governors in the file, else the registry
	// entry's; nil with --no-legacy.
	LegacyGovernors []common.Address

	// ChainID is the chain the DAO lives on; 0 = any. daoterm refuses an
	// RPC endpoint on another chain.
	ChainID uint64
	// Family is the governor family (registry.Family vocabulary, e.g.
	// "oz-governor-v4"); "" = detect on chain.
	Family string
	// Registry is the slug of the built-in registry entry the DAO is based
	// on (package config/registry); "" = none.
	Registry string
	// RPCFrom says where RPC was set, for messages: "--rpc",
	// "$ETH_RPC_URL" or "rpc" (the config file); "" when RPC is empty.
	RPCFrom string
}

// clone returns a deep copy of d.
func (d *DAO) clone() *DAO {
	c := *d
	c.Treasury = append([]common.Address(nil), d.Treasury...)
	c.Tokens = append([]common.Address(nil), d.Tokens...)
	c.ExcludeTokens = append([]common.Address(nil), d.ExcludeTokens...)
	c.LegacyGovernors = append([]common.Address(nil), d.LegacyGovernors...)
	if len(c.LegacyGovernors) == 0 {
		c.LegacyGovernors = nil
	}
	if len(c.ExcludeTokens) == 0 {
		c.ExcludeTokens = nil
	}
	if len(c.Treasury) == 0 {
		c.Treasury = nil
	}
	if len(c.Tokens) == 0 {
		c.Tokens = nil
	}
	return &c
}

// Config is a loaded configuration file.
type Config struct {
	Path     string // file it was read from ("" when none)
	DAOs     []DAO  // in file order
	Keystore string // keystore directory, ~ expanded; "" when unset
	Account  string // account to sign with (name or address); "" when unset
	// Timeout bounds a whole read command (all its requests and retries);
	// 0 when unset (the command's default, or --timeout).
	Timeout  time.Duration
	CacheDir string // cache directory (cache_dir), ~ expanded; "" = the default (chain/cache.DefaultDir)
	// Explorer holds block explorer URL templates ([explorer]); zero when
	// unset.
	Explorer Explorer
	// UI is the [ui] table: the dashboard's theme and keys.
	UI UI

	layout *layout // where each key is in Path; nil for a Config built in code
}

// DefaultPath returns $XDG_CONFIG_HOME/daoterm/config.toml, or
// ~/.config/daoterm/config.toml when XDG_CONFIG_HOME is unset or not an
// absolute path. It returns "" when neither can be determined.
func DefaultPath() string { return defaultPath(os.Getenv) }

func defaultPath(getenv func(string) string) string {
	if x := getenv("XDG_CONFIG_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "daoterm", "config.toml")
	}
	home := homeDir(getenv)
	if home == "" {
		return ""
	}
	return filepath.Join(home, ".config", "daoterm", "config.toml")
}

func homeDir(getenv func(string) string) string {
	if h := getenv("HOME"); h != "" {
		return h
	}
	h, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return h
}

// Load reads the config file at path, or at DefaultPath when path is "".
// A missing default file is not an error: Load returns an empty Config with
// Path "". A missing explicit file is. Environment variables come from the
// process; see LoadEnv.
func Load(path string) (*Config, error) { return LoadEnv(path, os.Getenv) }

// LoadEnv is Load with the environment read through getenv (HOME,
// XDG_CONFIG_HOME, ETH_RPC_URL).
func LoadEnv(path string, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	explicit := path != ""
	if !explicit {
		path = defaultPath(getenv)
		if path == "" {
			return &Config{}, nil
		}
	}
	data, err := readFile(path)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return &Config{}, nil
		}
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		if errors.Is(err, fs.ErrNotExist) {
			msg = "no such file; check the path"
		}
		return nil, Errors{{File: path, Msg: "cannot read config: " + msg}}
	}
	return Parse(path, data, getenv)
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("is a directory, not a file")
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("larger than %d bytes; is this the right file?", maxFileSize)
	}
	return data, nil
}

// Parse parses and checks a config file's contents. file names it in errors
// and anchors relative keystore paths. getenv supplies HOME (for ~) and
// ETH_RPC_URL (for DAOs with no rpc); nil means the process environment.
// On failure the error is an Errors holding every problem found.
func Parse(file string, data []byte, getenv func(string) string) (*Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if len(data) > maxFileSize {
		return nil, Errors{{File: file, Msg: fmt.Sprintf("larger than %d bytes; is this the right file?", maxFileSize)}}
	}
	l := &loader{file: file, getenv: getenv}
	return l.parse(string(data))
}

// DAO returns a copy of the DAO called name (exact match first, then
// case-insensitive). With name "" it returns the only DAO, or an error
// listing the names when there are several. It is an error for the DAO to
// have no RPC endpoint (neither rpc in the file nor $ETH_RPC_URL at load);
// Resolve also accepts --rpc.
func (c *Config) DAO(name string) (*DAO, error) {
	i, err := c.find(name, DefaultPath())
	if err != nil {
		return nil, err
	}
	if c.DAOs[i].RPC == "" {
		return nil, c.missingRPC(i, `add rpc = "https://…" to this [[dao]] table or set ETH_RPC_URL`)
	}
	return c.DAOs[i].clone(), nil
}

// find returns the index of the DAO called name; defPath is named in the
// message when there is no config file.
func (c *Config) find(name, defPath string) (int, *Error) {
	if c == nil || len(c.DAOs) == 0 {
		where := "the config file"
		file := ""
		if c != nil && c.Path != "" {
			file = c.Path
		} else if defPath != "" {
			where = defPath
		}
		if name != "" {
			return -1, &Error{File: file, Msg: fmt.Sprintf("no DAO named %q: no [[dao]] tables are configured; add one to %s", name, where)}
		}
		return -1, &Error{File: file, Msg: fmt.Sprintf("no DAO to read: pass --rpc URL and --governor ADDR, or add a [[dao]] table to %s, "+
			"or name a well-known DAO (`daoterm daos` lists them)", where)}
	}
	names := make([]string, len(c.DAOs))
	for i := range c.DAOs {
		names[i] = fmt.Sprintf("%q", c.DAOs[i].Name)
	}
	list := strings.Join(names, ", ")
	if name == "" {
		if len(c.DAOs) == 1 {
			return 0, nil
		}
		return -1, &Error{File: c.Path, Msg: fmt.Sprintf("%d DAOs are configured (%s); name the one to use", len(c.DAOs), list)}
	}
	for i := range c.DAOs {
		if c.DAOs[i].Name == name {
			return i, nil
		}
	}
	found := -1
	for i := range c.DAOs {
		if strings.EqualFold(c.DAOs[i].Name, name) {
			if found >= 0 {
				found = -2
				break
			}
			found = i
		}
	}
	if found >= 0 {
		return found, nil
	}
	if s := Closest(name, daoNames(c.DAOs)); s != "" {
		return -1, &Error{File: c.Path, Msg: fmt.Sprintf("no DAO named %q; did you mean %q? (configured: %s)", name, s, list)}
	}
	return -1, &Error{File: c.Path, Msg: fmt.Sprintf("no DAO named %q; configured: %s", name, list)}
}

// daoNames are the names of the [[dao]] tables.
func daoNames(daos []DAO) []string {
	out := make([]string, len(daos))
	for i := range daos {
		out[i] = daos[i].Name
	}
	return out
}

// missingRPC reports that DAO i has no RPC endpoint, at its table's line.
func (c *Config) missingRPC(i int, fix string) *Error {
	key := indexKey("dao", i)
	line := 0
	if c.layout != nil {
		line = c.layout.line(key)
	}
	return &Error{File: c.Path, Line: line, Key: key + ".rpc", Msg: "missing; " + fix}
}
