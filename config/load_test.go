package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// EIP-55 test vectors.
const (
	addr1 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	addr2 = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
	addr3 = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"
	addr4 = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
)

// daoA is a minimal [[dao]] table (lines 1-3) for rows that add a key.
const daoA = "[[dao]]\nname = \"a\"\ngovernor = \"" + addr1 + "\"\n"

// env returns a getenv over a fixed map.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

type wantErr struct {
	line int
	key  string
	msg  string // substring of Msg
}

// checkErrs asserts that err is an Errors holding exactly want, in order,
// each naming file.
func checkErrs(t *testing.T, err error, file string, want []wantErr) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %d", len(want))
	}
	var first *Error
	if !errors.As(err, &first) {
		t.Fatalf("errors.As(*Error) failed on %T: %v", err, err)
	}
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("errors.As(Errors) failed on %T: %v", err, err)
	}
	if first != es[0] {
		t.Errorf("errors.As(*Error) = %v, want the first item %v", first, es[0])
	}
	if len(es) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(es), len(want), err)
	}
	for i, w := range want {
		e := es[i]
		file := file
		if strings.HasPrefix(w.key, "$") || strings.HasPrefix(w.key, "--") {
			file = ""
		}
		if e.File != file || e.Line != w.line || e.Key != w.key || !strings.Contains(e.Msg, w.msg) {
			t.Errorf("error %d = {File:%q Line:%d Key:%q Msg:%q}\nwant {File:%q Line:%d Key:%q Msg contains %q}",
				i, e.File, e.Line, e.Key, e.Msg, file, w.line, w.key, w.msg)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		env  func(string) string
		want []wantErr
	}{
		{
			name: "syntax error in second dao: unquoted address",
			src: `[[dao]]
name = "a"
governor = "` + addr1 + `"

[[dao]]
name = "b"
governor = ` + addr2 + `
`,
			want: []wantErr{{7, "dao[1].governor", `TOML syntax error: hexadecimal number is too large to fit in a 64-bit signed integer (column 12); addresses are strings: write them in double quotes`}},
		},
		{
			name: "syntax error: unclosed header, reported on its own line",
			src:  "keystore = \"/k\"\n[[dao]\nname = \"a\"\n",
			want: []wantErr{{2, "", "TOML syntax error: expected ']]' to close array table name (column 6)"}},
		},
		{
			name: "syntax error: key defined twice",
			src:  daoA + "[[dao]]\nname = \"b\"\nname = \"c\"\n",
			want: []wantErr{{6, "dao[1].name", "TOML syntax error: key name is already defined (column 1); each key may appear once per table"}},
		},
		{
			name: "syntax error: bare address in the second dao",
			src:  "[[dao]]\nname = \"a\"\n[[dao]] # b\n\n# the next line is wrong\ngovernor = " + addr1[2:] + "\n",
			want: []wantErr{{6, "dao[1].governor", "TOML syntax error: strings must be quoted (column 13); addresses are strings"}},
		},
		{
			name: "syntax error: unterminated string after a multi-line array",
			src:  "[[dao]]\ntreasury = [\n  \"" + addr1 + "\",\n]\n\"a=b\".governor = \"0x12\n",
			want: []wantErr{{5, `dao[0]."a=b".governor`, "TOML syntax error: basic strings cannot have new lines (column 23); addresses are strings"}},
		},
		{
			name: "syntax error: bad element on a later line of an array",
			src:  "[[dao]]\nname = \"a\"\ntreasury = [\n  \"" + addr1 + "\", # main\n  0x12,\n  abc,\n]\n",
			want: []wantErr{{6, "dao[0].treasury", "TOML syntax error: unexpected character U+0061 'a' at start of value (column 3); addresses are strings"}},
		},
		{
			name: "syntax error: text after a value",
			src:  "\ufeff[[dao]]\nname = \"a\" extra\n",
			want: []wantErr{{2, "dao[0].name", "TOML syntax error: "}},
		},
		{
			name: "syntax error: [dao] after [[dao]]",
			src:  "[[dao]]\nname = \"a\"\n[dao]\nname = \"b\"\n",
			want: []wantErr{{3, "dao", "TOML syntax error: table dao already exists as an array of tables (column 2); start each DAO with its own [[dao]] header, with double brackets"}},
		},
		{
			name: "unknown top-level key with suggestion",
			src:  "keystor = \"/keys\"\n",
			want: []wantErr{{1, "keystor", `unknown key; did you mean "keystore"?`}},
		},
		{
			name: "unknown key in third dao with suggestion",
			src: `[[dao]]
name = "a"
governor = "` + addr1 + `"
[[dao]]
name = "b"
governor = "` + addr2 + `"
[[dao]]
name = "c"
govenor = "` + addr3 + `"
`,
			want: []wantErr{
				{7, "dao[2].governor", `missing; add governor = "0x…"`},
				{9, "dao[2].govenor", `unknown key; did you mean "governor"?`},
			},
		},
		{
			name: "unknown key: alias from another tool",
			src:  daoA + "rpc_url = \"http://x\"\n",
			want: []wantErr{{4, "dao[0].rpc_url", `did you mean "rpc"?`}},
		},
		{
			name: "unknown key: nothing close",
			src:  daoA + "colour = \"red\"\n",
			want: []wantErr{{4, "dao[0].colour", "unknown key; remove it (keys in a [[dao]] table: name, rpc, governor"}},
		},
		{
			name: "unknown table after a dao",
			src:  daoA + "[dao.extra]\nx = 1\n",
			want: []wantErr{{4, "dao[0].extra", "unknown key"}},
		},
		{
			name: "top-level key written under a dao",
			src:  daoA + "keystore = \"/k\"\n",
			want: []wantErr{{4, "dao[0].keystore", "top-level setting, not a DAO's: move it above the first [[dao]] header"}},
		},
		{
			name: "dao key at the top level",
			src:  "governor = \"" + addr1 + "\"\n",
			want: []wantErr{{1, "governor", "belongs to a DAO: put it under a [[dao]] header"}},
		},
		{
			name: "wrong types",
			src: `account = 7
[[dao]]
name = 5
governor = "` + addr1 + `"
start_block = "100"
treasury = "` + addr2 + `"
token = ["` + addr3 + `"]
rpc = true
chain_id = 1979-05-27
`,
			want: []wantErr{
				{1, "account", `must be a string, not an integer; write account = "alice"`},
				{3, "dao[0].name", `must be a string, not an integer; write name = "My DAO"`},
				{5, "dao[0].start_block", "must be an integer block number, not a string; write start_block = 12345678 (no quotes)"},
				{6, "dao[0].treasury", `must be an array of addresses, not a string; write treasury = ["0x…", "0x…"]`},
				{7, "dao[0].token", `must be a string, not an array; write the address in double quotes ("0x…")`},
				{8, "dao[0].rpc", `must be a string, not a boolean; write rpc = "https://eth.example.org"`},
				{9, "dao[0].chain_id", "must be an integer chain id, not a date; write chain_id = 1 (no quotes)"},
			},
		},
		{
			name: "single [dao] table instead of an array",
			src:  "[dao]\nname = \"a\"\ngovernor = \"" + addr1 + "\"\n",
			want: []wantErr{{1, "dao", "must be an array of tables: write each DAO under its own [[dao]] header, with double brackets"}},
		},
		{
			name: "bad addresses",
			src: `[[dao]]
name = "a"
governor = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"
token = "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
tokens = ["0xZaAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x0000000000000000000000000000000000000000"]
exclude_tokens = ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"]
`,
			want: []wantErr{
				{3, "dao[0].governor", "bad address: has 39 hex digits, an address has 40"},
				{4, "dao[0].token", "bad address: missing the 0x prefix; write 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"},
				{5, "dao[0].tokens[0]", `bad address: character 'Z' at position 3 is not a hex digit`},
				{5, "dao[0].tokens[1]", "is the zero address; remove it"},
				{6, "dao[0].exclude_tokens[0]", "bad address: has 39 hex digits, an address has 40"},
			},
		},
		{
			name: "bad checksum in the second element of a multi-line array in the second dao",
			src: `[[dao]]
name = "a"
governor = "` + addr1 + `"

[[dao]]
name = "b"
governor = "` + addr2 + `"
treasury = [
  "` + addr3 + `", # main
  # a comment with "quotes" and [brackets]
  "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9adb",
]
`,
			want: []wantErr{{11, "dao[1].treasury[1]", "bad EIP-55 checksum (mixed-case letters do not match): a character may be mistyped; check the address, and if it is right write it as " + addr4 + " (or all in lower case)"}},
		},
		{
			name: "duplicate treasury address",
			src:  daoA + "treasury = [\"" + addr2 + "\",\n \"" + strings.ToLower(addr2) + "\"]\n",
			want: []wantErr{{5, "dao[0].treasury[1]", "repeats dao[0].treasury[0]; remove one of them"}},
		},
		{
			name: "bad URLs",
			src: `[[dao]]
name = "a"
governor = "` + addr1 + `"
rpc = "ftp://node.example.org"
[[dao]]
name = "b"
governor = "` + addr2 + `"
rpc = "http://"
[[dao]]
name = "c"
governor = "` + addr3 + `"
rpc = "localhost:8545"
[[dao]]
name = "d"
governor = "` + addr4 + `"
rpc = "http://host:port"
`,
			want: []wantErr{
				{4, "dao[0].rpc", `scheme "ftp" is not supported; use http://, https://, ws:// or wss://`},
				{8, "dao[1].rpc", "has no host; write it as http://HOST[:PORT][/PATH]"},
				{12, "dao[2].rpc", "missing the scheme; write http://, https://, ws:// or wss:// in front"},
				{16, "dao[3].rpc", "not a valid URL (invalid port"},
			},
		},
		{
			name: "missing required keys",
			src:  "account = \"alice\"\n\n[[dao]]\nrpc = \"http://127.0.0.1:8545\"\n",
			want: []wantErr{
				{3, "dao[0].name", `missing; add name = "…" to this [[dao]] table`},
				{3, "dao[0].governor", `missing; add governor = "0x…"`},
			},
		},
		{
			name: "duplicate DAO names, case-insensitive",
			src:  "[[dao]]\nname = \"Commons\"\ngovernor = \"" + addr1 + "\"\n[[dao]]\nname = \"Other\"\ngovernor = \"" + addr2 + "\"\n[[dao]]\nname = \"commons\"\ngovernor = \"" + addr3 + "\"\n",
			want: []wantErr{{8, "dao[2].name", `duplicate DAO name: dao[0] (line 1) is also called "Commons"; give each DAO its own name`}},
		},
		{
			name: "negative start_block",
			src:  daoA + "start_block = -5\n",
			want: []wantErr{{4, "dao[0].start_block", "is negative (-5); write a block number ≥ 0"}},
		},
		{
			name: "inline array of tables: error in the second",
			src: `dao = [
  { name = "a", governor = "` + addr1 + `" },
  { name = "b",
    governor = "0xabc" },
]
`,
			want: []wantErr{{4, "dao[1].governor", "bad address: has 3 hex digits"}},
		},
		{
			name: "multi-line strings and quoted keys do not shift lines",
			src: `[[dao]]
name = "a"
governor = "` + addr1 + `"
notes = '''
[[dao]]
governor = "x"
'''
"start.block" = 1
rpc = """http://x
"""
`,
			want: []wantErr{
				{4, "dao[0].notes", "unknown key"},
				{8, `dao[0]."start.block"`, `did you mean "start_block"?`},
				{9, "dao[0].rpc", "has spaces or line breaks around it"},
			},
		},
		{
			name: "empty strings",
			src:  "keystore = \"\"\n[[dao]]\nname = \" \"\ngovernor = \"\"\n",
			want: []wantErr{
				{1, "keystore", "is empty"},
				{3, "dao[0].name", "is empty"},
				{4, "dao[0].governor", "bad address: empty"},
			},
		},
		{
			name: "bad ETH_RPC_URL used as fallback",
			src:  daoA,
			env:  env("ETH_RPC_URL", "mainnet"),
			want: []wantErr{{0, "$ETH_RPC_URL", "missing the scheme"}},
		},
		{
			name: "keystore ~user",
			src:  "keystore = \"~bob/keys\"\n",
			want: []wantErr{{1, "keystore", "~user paths are not supported; write the full path"}},
		},
		{
			name: "all errors collected in file order",
			src: `[[dao]]
name = "a"
governor = "0x1"
[[dao]]
name = "b"
governor = "` + addr2 + `"
rpc = "gopher://x"
start_block = -1
`,
			want: []wantErr{
				{3, "dao[0].governor", "bad address"},
				{7, "dao[1].rpc", "not supported"},
				{8, "dao[1].start_block", "negative"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := tt.env
			if getenv == nil {
				getenv = env("HOME", "/home/u")
			}
			c, err := Parse("c.toml", []byte(tt.src), getenv)
			if c != nil {
				t.Errorf("Parse returned a Config with an error")
			}
			file := "c.toml"
			checkErrs(t, err, file, tt.want)
		})
	}
}

// TestTimeoutKey: timeout is a positive duration; anything else is an error
// naming the line and the key.
func TestTimeoutKey(t *testing.T) {
	c, err := Parse("c.toml", []byte("timeout = \"90s\"\n"), env())
	if err != nil || c.Timeout != 90*time.Second {
		t.Fatalf("timeout = 90s: %v, %v", c, err)
	}
	for _, bad := range []string{`timeout = "soon"`, `timeout = "-1m"`, `timeout = 30`} {
		_, err := Parse("c.toml", []byte("account = \"a\"\n"+bad+"\n"), env())
		checkErrs(t, err, "c.toml", []wantErr{{2, "timeout", ""}})
	}
}

func TestCacheDir(t *testing.T) {
	env := func(k string) string {
		if k == "HOME" {
			return "/home/u"
		}
		return ""
	}
	for src, want := range map[string]string{
		`cache_dir = "~/c"`:  "/home/u/c",
		`cache_dir = "c"`:    "/etc/daoterm/c", // relative to the file
		`cache_dir = "/x/y"`: "/x/y",
		`keystore = "/k"`:    "",
	} {
		c, err := Parse("/etc/daoterm/config.toml", []byte(src), env)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if c.CacheDir != want {
			t.Errorf("%s: cache dir %q, want %q", src, c.CacheDir, want)
		}
	}
	if _, err := Parse("/c.toml", []byte(`cache_dir = 5`), env); err == nil || !strings.Contains(err.Error(), "cache_dir") {
		t.Errorf("a number: %v", err)
	}
}
