package config

import (
	"testing"

	"github.com/BurntSushi/toml"
)

func TestKeyLines(t *testing.T) {
	src := "\ufeff# comment [[dao]]\r\n" + // 1
		`top = "a # not a comment"` + "\r\n" + // 2
		`esc = "say \"[[dao]]\"\\"` + "\n" + // 3
		"ml = \"\"\"\n" + // 4
		"line \\\"\"\" still\n" + // 5
		"two\"\"\"\"\"\n" + // 6: content ends with two quotes
		"lit = '''\n[x]\n'''\n" + // 7-9
		"when = 1979-05-27 07:32:00\n" + // 10
		"[[dao]]\n" + // 11
		"name = 'a'\n" + // 12
		"treasury = [\n" + // 13
		"  'x', # c\n" + // 14
		"  [1, 2],\n" + // 15
		"  { k = 1,\n" + // 16
		"    j = [\n" + // 17
		"      3 ] },\n" + // 18
		"]\n" + // 19
		"\"quoted.key\" . sub = 2\n" + // 20
		"[dao.extra]\n" + // 21
		"x = 1\n" + // 22
		"  [[dao]]  # second\n" + // 23
		"inline = { a.b = 1, c = [\n" + // 24
		"  4 ] }\n" + // 25
		"[[dao.nested]]\n" + // 26
		"y = 2\n" + // 27
		"[[dao.nested]]\n" + // 28
		"[[dao]]\n" + // 29
		"\"\\u0041\" = 1\n" // 30
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		t.Fatalf("test input is not valid TOML: %v", err)
	}
	lay, err := keyLines(src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"top":                     2,
		"esc":                     3,
		"ml":                      4,
		"lit":                     7,
		"when":                    10,
		"dao":                     11,
		"dao[0]":                  11,
		"dao[0].name":             12,
		"dao[0].treasury":         13,
		"dao[0].treasury[0]":      14,
		"dao[0].treasury[1]":      15,
		"dao[0].treasury[1][1]":   15,
		"dao[0].treasury[2]":      16,
		"dao[0].treasury[2].k":    16,
		"dao[0].treasury[2].j":    17,
		"dao[0].treasury[2].j[0]": 18,
		`dao[0]."quoted.key"`:     20,
		`dao[0]."quoted.key".sub`: 20,
		"dao[0].extra":            21,
		"dao[0].extra.x":          22,
		"dao[1]":                  23,
		"dao[1].inline.a.b":       24,
		"dao[1].inline.c[0]":      25,
		"dao[1].nested[0]":        26,
		"dao[1].nested[0].y":      27,
		"dao[1].nested[1]":        28,
		"dao[2]":                  29,
		"dao[2].A":                30,
	}
	for k, line := range want {
		if got := lay.lines[k]; got != line {
			t.Errorf("line of %s = %d, want %d", k, got, line)
		}
	}
	if got := lay.line("dao[1].missing"); got != 23 {
		t.Errorf("line of a missing key = %d, want its table's 23", got)
	}
	if _, ok := lay.lines["x"]; ok {
		t.Errorf("found key x inside a multi-line literal string")
	}
}

func TestParentKey(t *testing.T) {
	for in, want := range map[string]string{
		"dao[1].treasury[0]": "dao[1].treasury",
		"dao[1].treasury":    "dao[1]",
		"dao[1]":             "dao",
		"dao":                "",
		`dao[0]."a.b[1]"`:    "dao[0]",
		`dao[0]."a\"b.c"`:    "dao[0]",
	} {
		if got := parentKey(in); got != want {
			t.Errorf("parentKey(%s) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParse checks that Parse never panics and that the key scanner follows
// every document the TOML library accepts.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"[[dao]]\nname = 'a'\ngovernor = \"" + addr1 + "\"\ntreasury = [\n'x',\n]\n",
		"a = \"\"\"\n\\\n  b\"\"\"\n[t]\nx = {y = [1, {z = 2}]}\n",
		"dao = [{name = 'x'}, 3]\n",
		"[[a.b]]\n[a]\nb.y = 2\n",
		"x = 1979-05-27\ny = 07:32\n",
	} {
		f.Add(s)
	}
	getenv := env("HOME", "/h", "ETH_RPC_URL", "http://x")
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = Parse("f.toml", []byte(src), getenv)
		var m map[string]any
		if _, err := toml.Decode(src, &m); err != nil {
			return
		}
		if _, err := keyLines(src); err != nil {
			t.Errorf("keyLines failed on valid TOML: %v\n%q", err, src)
		}
	})
}
