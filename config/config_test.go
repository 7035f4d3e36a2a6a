package config

import (
	"errors"
	"github.com/daoterm/daoterm/chain/addr"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestErrorFormat(t *testing.T) {
	for _, tt := range []struct {
		err  *Error
		want string
	}{
		{&Error{File: "c.toml", Line: 7, Key: "dao[1].governor", Msg: "bad"}, "c.toml:7: dao[1].governor: bad"},
		{&Error{File: "c.toml", Key: "dao", Msg: "bad"}, "c.toml: dao: bad"},
		{&Error{File: "c.toml", Msg: "cannot read"}, "c.toml: cannot read"},
		{&Error{Key: "--governor", Msg: "bad"}, "flag --governor: bad"},
		{&Error{Key: "$ETH_RPC_URL", Msg: "bad"}, "$ETH_RPC_URL: bad"},
		{&Error{Msg: "no DAO"}, "no DAO"},
		{&Error{Line: 3, Key: "dao[0].name", Msg: "bad"}, "line 3: dao[0].name: bad"},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	es := Errors{{File: "a", Line: 1, Key: "k", Msg: "m"}, {Key: "--rpc", Msg: "n"}}
	if got, want := es.Error(), "a:1: k: m\nflag --rpc: n"; got != want {
		t.Errorf("Errors.Error() = %q, want %q", got, want)
	}
	var e *Error
	if !errors.As(error(es), &e) || e != es[0] {
		t.Errorf("errors.As(Errors, *Error) did not find the first item")
	}
}

func TestCheckURL(t *testing.T) {
	for _, s := range []string{"http://127.0.0.1:8545", "https://eth.example.org/v3/KEY", "ws://localhost:8546", "WSS://node.example.org", "http://[::1]:8545"} {
		if err := checkURL(s); err != nil {
			t.Errorf("checkURL(%s): %v", s, err)
		}
	}
	for s, msg := range map[string]string{
		"":                    "empty",
		"10.0.0.5:8545":       "missing the scheme",
		"ftp://x.org":         `scheme "ftp" is not supported`,
		"http://":             "has no host",
		"http://:8545":        "has no host",
		"https://x.org/a b":   "space",
		"http://x.org:99999x": "not a valid URL",
	} {
		err := checkURL(s)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("checkURL(%q) = %v, want an error containing %q", s, err, msg)
		}
		if err != nil && len(s) > 12 && strings.Contains(err.Error(), s) {
			t.Errorf("checkURL(%q) repeats the URL: %v", s, err)
		}
	}
}

func mustAddr(t *testing.T, s string) common.Address {
	t.Helper()
	a, err := addr.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestExample loads testdata/example.toml, the file the README shows.
func TestExample(t *testing.T) {
	path := filepath.Join("testdata", "example.toml")
	c, err := LoadEnv(path, env("HOME", "/home/u", "ETH_RPC_URL", "https://mainnet.example.org"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:     path,
		Keystore: "/home/u/.foundry/keystores",
		Account:  "alice",
		DAOs: []DAO{
			{
				Name:     "Model Commons",
				RPC:      "http://127.0.0.1:8545",
				RPCFrom:  "rpc",
				Governor: mustAddr(t, "0x5FbDB2315678afecb367f032d93F642f64180aa3"),
				Token:    mustAddr(t, "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
			},
			{
				Name:       "ENS",
				RPC:        "https://mainnet.example.org",
				RPCFrom:    "$ETH_RPC_URL",
				Governor:   mustAddr(t, "0x323A76393544d5ecca80cd6ef2A560C6a395b7E3"),
				Token:      mustAddr(t, "0xC18360217D8F7Ab5e7c516566761Ea12Ce7F9D72"),
				Treasury:   []common.Address{mustAddr(t, "0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7")},
				Tokens:     []common.Address{mustAddr(t, "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")},
				StartBlock: 13533772,
			},
		},
	}
	c.layout = nil
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Load(example) =\n%+v\nwant\n%+v", c, want)
	}
}

const twoDAOs = `keystore = "keys"   # relative to this file
[[dao]]
name = "Model Commons"
rpc = "http://127.0.0.1:8545"
governor = "` + addr1 + `"
[[dao]]
name = "ENS"
governor = "` + addr2 + `"
treasury = ["` + addr3 + `"]
start_block = 100
`

func TestDAOSelection(t *testing.T) {
	c, err := Parse("/etc/d/c.toml", []byte(twoDAOs), env())
	if err != nil {
		t.Fatal(err)
	}
	if c.Keystore != "/etc/d/keys" {
		t.Errorf("Keystore = %q, want it relative to the file", c.Keystore)
	}
	d, err := c.DAO("model commons")
	if err != nil || d.Name != "Model Commons" {
		t.Errorf(`DAO("model commons") = %v, %v`, d, err)
	}
	d.Name = "changed"
	if c.DAOs[0].Name != "Model Commons" {
		t.Errorf("DAO returned a pointer into the Config")
	}
	if _, err := c.DAO(""); err == nil || !strings.Contains(err.Error(), `2 DAOs are configured ("Model Commons", "ENS"); name the one to use`) {
		t.Errorf(`DAO("") = %v`, err)
	}
	if _, err := c.DAO("Uniswap"); err == nil || err.Error() != `/etc/d/c.toml: no DAO named "Uniswap"; configured: "Model Commons", "ENS"` {
		t.Errorf(`DAO("Uniswap") = %v`, err)
	}
	// No rpc in the file and no ETH_RPC_URL at load: the error points at the table.
	_, err = c.DAO("ENS")
	checkErrs(t, Errors{mustError(t, err)}, "/etc/d/c.toml", []wantErr{{6, "dao[1].rpc", `missing; add rpc = "https://…" to this [[dao]] table or set ETH_RPC_URL`}})

	var none *Config
	if _, err := none.DAO(""); err == nil || !strings.Contains(err.Error(), "no DAO to read: pass --rpc URL and --governor ADDR") {
		t.Errorf("nil Config: DAO(\"\") = %v", err)
	}
}

func mustError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("not an *Error: %v", err)
	}
	return e
}

func TestETHRPCURLFallback(t *testing.T) {
	c, err := Parse("c.toml", []byte(twoDAOs), env("ETH_RPC_URL", "wss://node.example.org"))
	if err != nil {
		t.Fatal(err)
	}
	if c.DAOs[0].RPC != "http://127.0.0.1:8545" {
		t.Errorf("the file's rpc was replaced by ETH_RPC_URL: %q", c.DAOs[0].RPC)
	}
	d, err := c.DAO("ENS")
	if err != nil || d.RPC != "wss://node.example.org" {
		t.Errorf(`DAO("ENS") = %+v, %v; want RPC from ETH_RPC_URL`, d, err)
	}
	// A bad ETH_RPC_URL only matters when a DAO needs it.
	if _, err := Parse("c.toml", []byte("[[dao]]\nname='a'\nrpc='http://x'\ngovernor='"+addr1+"'\n"), env("ETH_RPC_URL", "bad")); err != nil {
		t.Errorf("unused bad ETH_RPC_URL: %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	for _, tt := range []struct {
		env  func(string) string
		want string
	}{
		{env("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/u"), "/xdg/daoterm/config.toml"},
		{env("HOME", "/home/u"), "/home/u/.config/daoterm/config.toml"},
		{env("XDG_CONFIG_HOME", "relative", "HOME", "/home/u"), "/home/u/.config/daoterm/config.toml"},
	} {
		if got := defaultPath(tt.env); got != filepath.FromSlash(tt.want) {
			t.Errorf("defaultPath = %q, want %q", got, tt.want)
		}
	}
	t.Setenv("XDG_CONFIG_HOME", "/from/env")
	if got := DefaultPath(); got != filepath.FromSlash("/from/env/daoterm/config.toml") {
		t.Errorf("DefaultPath() = %q", got)
	}
}

func TestLoadXDG(t *testing.T) {
	xdg := t.TempDir()
	getenv := env("XDG_CONFIG_HOME", xdg, "HOME", "/nonexistent")

	// No default file: an empty Config, not an error.
	c, err := LoadEnv("", getenv)
	if err != nil || c.Path != "" || len(c.DAOs) != 0 {
		t.Fatalf("LoadEnv with no default file = %+v, %v", c, err)
	}

	path := filepath.Join(xdg, "daoterm", "config.toml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(twoDAOs), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = LoadEnv("", getenv)
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != path || len(c.DAOs) != 2 || c.Keystore != filepath.Join(xdg, "daoterm", "keys") {
		t.Errorf("LoadEnv from XDG = %+v", c)
	}

	// Errors in the default file name it.
	if err := os.WriteFile(path, []byte("[[dao]]\nname = 1\ngovernor = '"+addr1+"'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadEnv("", getenv)
	checkErrs(t, err, path, []wantErr{{2, "dao[0].name", "must be a string"}})

	// An explicit file that does not exist is an error.
	missing := filepath.Join(xdg, "nope.toml")
	_, err = LoadEnv(missing, getenv)
	checkErrs(t, err, missing, []wantErr{{0, "", "cannot read config: no such file"}})

	// A directory is not a config file.
	_, err = LoadEnv(xdg, getenv)
	checkErrs(t, err, xdg, []wantErr{{0, "", "is a directory"}})
}

func u64(n uint64) *uint64 { return &n }

func TestResolve(t *testing.T) {
	c, err := Parse("c.toml", []byte(twoDAOs), env())
	if err != nil {
		t.Fatal(err)
	}
	noEnv := env()

	// The file alone.
	d, err := Resolve(c, "Model Commons", Overrides{}, noEnv)
	if err != nil || d.RPC != "http://127.0.0.1:8545" || d.Governor != mustAddr(t, addr1) {
		t.Errorf("file only: %+v, %v", d, err)
	}

	// Flags override the file, key by key.
	d, err = Resolve(c, "ens", Overrides{
		RPC:        "https://flag.example.org",
		Token:      addr4,
		Tokens:     []string{addr1 + ", " + addr2, addr3},
		StartBlock: u64(7),
	}, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	want := &DAO{
		Name:       "ENS",
		RPC:        "https://flag.example.org",
		RPCFrom:    "--rpc",
		Governor:   mustAddr(t, addr2),
		Token:      mustAddr(t, addr4),
		Treasury:   []common.Address{mustAddr(t, addr3)},
		Tokens:     []common.Address{mustAddr(t, addr1), mustAddr(t, addr2), mustAddr(t, addr3)},
		StartBlock: 7,
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("overrides:\n got %+v\nwant %+v", d, want)
	}
	if len(c.DAOs[1].Tokens) != 0 || c.DAOs[1].StartBlock != 100 {
		t.Errorf("Resolve changed the Config: %+v", c.DAOs[1])
	}

	// The file's missing rpc comes from ETH_RPC_URL, and a flag beats both.
	d, err = Resolve(c, "ENS", Overrides{}, env("ETH_RPC_URL", "http://env:8545"))
	if err != nil || d.RPC != "http://env:8545" {
		t.Errorf("ETH_RPC_URL: %+v, %v", d, err)
	}
	d, err = Resolve(c, "ENS", Overrides{RPC: "http://flag:8545"}, env("ETH_RPC_URL", "http://env:8545"))
	if err != nil || d.RPC != "http://flag:8545" {
		t.Errorf("--rpc over ETH_RPC_URL: %+v, %v", d, err)
	}
	_, err = Resolve(c, "ENS", Overrides{}, noEnv)
	checkErrs(t, err, "c.toml", []wantErr{{6, "dao[1].rpc", "missing; add rpc = \"https://…\" to this [[dao]] table, set ETH_RPC_URL, or pass --rpc URL"}})

	// --governor without a DAO name: flags alone, the file's DAOs are not used.
	d, err = Resolve(c, "", Overrides{RPC: "ws://x:8546", Governor: strings.ToLower(addr4)}, noEnv)
	if err != nil || !reflect.DeepEqual(d, &DAO{RPC: "ws://x:8546", RPCFrom: "--rpc", Governor: mustAddr(t, addr4)}) {
		t.Errorf("flag-only with a file: %+v, %v", d, err)
	}

	// Several DAOs and no name.
	_, err = Resolve(c, "", Overrides{}, noEnv)
	checkErrs(t, err, "c.toml", []wantErr{{0, "", "2 DAOs are configured"}})
}

func TestResolveFlagsOnly(t *testing.T) {
	d, err := Resolve(nil, "", Overrides{RPC: "http://127.0.0.1:8545", Governor: addr1, Treasury: []string{addr2}}, env())
	if err != nil {
		t.Fatal(err)
	}
	if d.RPC != "http://127.0.0.1:8545" || d.Governor != mustAddr(t, addr1) || len(d.Treasury) != 1 {
		t.Errorf("flags only: %+v", d)
	}
	d, err = Resolve(nil, "", Overrides{Governor: addr1}, env("ETH_RPC_URL", "https://env.example.org"))
	if err != nil || d.RPC != "https://env.example.org" {
		t.Errorf("flags + ETH_RPC_URL: %+v, %v", d, err)
	}

	_, err = Resolve(nil, "", Overrides{}, env("HOME", "/home/u"))
	checkErrs(t, err, "", []wantErr{{0, "", "no DAO to read: pass --rpc URL and --governor ADDR, or add a [[dao]] table to /home/u/.config/daoterm/config.toml"}})

	_, err = Resolve(&Config{}, "Commons", Overrides{}, env())
	checkErrs(t, err, "", []wantErr{{0, "", `no DAO named "Commons": no [[dao]] tables are configured`}})

	// Every bad flag is reported, each naming its flag.
	_, err = Resolve(nil, "", Overrides{
		RPC:      "localhost:8545",
		Governor: "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		Token:    "0x0000000000000000000000000000000000000000",
		Treasury: []string{addr1 + ",0x12"},
		Tokens:   []string{addr2, strings.ToLower(addr2)},
	}, env())
	checkErrs(t, err, "", []wantErr{
		{0, "--rpc", "missing the scheme"},
		{0, "--governor", "bad address: bad EIP-55 checksum"},
		{0, "--token", "is the zero address"},
		{0, "--treasury", "address 2 of 2: bad address: has 2 hex digits"},
		{0, "--tokens", "address 2 repeats address 1"},
	})
	if got := err.(Errors)[1].Error(); !strings.HasPrefix(got, "flag --governor: bad address: bad EIP-55 checksum") || !strings.Contains(got, addr1) {
		t.Errorf("flag error prints as %q", got)
	}

	_, err = Resolve(nil, "", Overrides{Governor: addr1}, env())
	checkErrs(t, err, "", []wantErr{{0, "--rpc", "missing; pass --rpc URL"}})
	_, err = Resolve(nil, "", Overrides{Governor: addr1}, env("ETH_RPC_URL", "ftp://x"))
	checkErrs(t, err, "", []wantErr{{0, "$ETH_RPC_URL", `scheme "ftp" is not supported`}})
}

func TestResolveAccount(t *testing.T) {
	c := &Config{Keystore: "/file/keys", Account: "alice"}
	ks, acct, err := ResolveAccount(c, Overrides{}, env())
	if err != nil || ks != "/file/keys" || acct != "alice" {
		t.Errorf("file: %q %q %v", ks, acct, err)
	}
	ks, acct, err = ResolveAccount(c, Overrides{Keystore: "~/ks", Account: "bob"}, env("HOME", "/home/u"))
	if err != nil || ks != filepath.FromSlash("/home/u/ks") || acct != "bob" {
		t.Errorf("flags: %q %q %v", ks, acct, err)
	}
	ks, acct, err = ResolveAccount(nil, Overrides{}, env())
	if err != nil || ks != "" || acct != "" {
		t.Errorf("nothing set: %q %q %v", ks, acct, err)
	}
	_, _, err = ResolveAccount(nil, Overrides{Keystore: "~bob/ks"}, env())
	checkErrs(t, err, "", []wantErr{{0, "--keystore", "~user paths are not supported"}})
}

func TestEmptyFile(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "\ufeff\n"} {
		c, err := Parse("c.toml", []byte(src), env())
		if err != nil || c.Path != "c.toml" || len(c.DAOs) != 0 {
			t.Errorf("Parse(%q) = %+v, %v", src, c, err)
		}
	}
}
