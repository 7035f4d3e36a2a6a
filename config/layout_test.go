package config

import (
	"testing"

	"github.com/pelletier/go-toml/v2"
)

func TestReadLayout(t *testing.T) {
	src := "# comment [[dao]]\r\n" + // 1
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
		"  [], [[], [\n" + // 19
		"  4]],\n" + // 20
		"]\n" + // 21
		"\"quoted.key\" . sub = 2\n" + // 22
		"[dao.extra]\n" + // 23
		"x = 1\n" + // 24
		"  [[dao]]  # second\n" + // 25
		"inline = { a.b = 1, c = [\n" + // 26
		"  4 ] }\n" + // 27
		"[[dao.nested]]\n" + // 28
		"y = 2\n" + // 29
		"[[dao.nested]]\n" + // 30
		"[[dao]]\n" + // 31
		"\"\\u0041\" = 1\n" // 32
	var m map[string]any
	if err := toml.Unmarshal([]byte(src), &m); err != nil {
		t.Fatalf("test input is not valid TOML: %v", err)
	}
	lay := readLayout([]byte(src))
	if lay.stop {
		t.Fatal("the parser stopped on valid TOML")
	}
	want := map[string]int{
		"top":                      2,
		"esc":                      3,
		"ml":                       4,
		"lit":                      7,
		"when":                     10,
		"dao":                      11,
		"dao[0]":                   11,
		"dao[0].name":              12,
		"dao[0].treasury":          13,
		"dao[0].treasury[0]":       14,
		"dao[0].treasury[1]":       15,
		"dao[0].treasury[1][1]":    15,
		"dao[0].treasury[2]":       16,
		"dao[0].treasury[2].k":     16,
		"dao[0].treasury[2].j":     17,
		"dao[0].treasury[2].j[0]":  18,
		"dao[0].treasury[3]":       16, // empty: the line of the element before it
		"dao[0].treasury[4]":       20, // its first element with a position
		"dao[0].treasury[4][0]":    16,
		"dao[0].treasury[4][1][0]": 20,
		`dao[0]."quoted.key"`:      22,
		`dao[0]."quoted.key".sub`:  22,
		"dao[0].extra":             23,
		"dao[0].extra.x":           24,
		"dao[1]":                   25,
		"dao[1].inline.a.b":        26,
		"dao[1].inline.c[0]":       27,
		"dao[1].nested[0]":         28,
		"dao[1].nested[0].y":       29,
		"dao[1].nested[1]":         30,
		"dao[2]":                   31,
		"dao[2].A":                 32,
	}
	for k, line := range want {
		if got := lay.lines[k]; got != line {
			t.Errorf("line of %s = %d, want %d", k, got, line)
		}
	}
	if got := lay.line("dao[1].missing"); got != 25 {
		t.Errorf("line of a missing key = %d, want its table's 25", got)
	}
	if _, ok := lay.lines["x"]; ok {
		t.Errorf("found key x inside a multi-line literal string")
	}
	if got := lay.keyAt([]byte(src), 16, 5); got != "dao[0].treasury[2].k" {
		t.Errorf("key at 16:5 = %q, want dao[0].treasury[2].k", got)
	}
	if got := lay.keyAt([]byte(src), 16, 9); got != "dao[0].treasury[2].k" {
		t.Errorf("key at 16:9 = %q, want dao[0].treasury[2].k", got)
	}
	if got := lay.keyAt([]byte(src), 23, 6); got != "dao[0].extra" {
		t.Errorf("key at 23:6 = %q, want dao[0].extra", got)
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

// FuzzParse checks that Parse never panics, and that on every document the
// decoder accepts the layout has a line for every key and value it decoded.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"[[dao]]\nname = 'a'\ngovernor = \"" + addr1 + "\"\ntreasury = [\n'x',\n]\n",
		"a = \"\"\"\n\\\n  b\"\"\"\n[t]\nx = {y = [1, {z = 2}]}\n",
		"dao = [{name = 'x'}, 3]\n",
		"[[a.b]]\n[a]\nb.y = 2\n",
		"x = 1979-05-27\ny = 07:32\n",
		"[[a]]\n[[a.b]]\n[a.b.c]\nd = [[], [[1]]]\n",
		"[[dao]]\n\"a=b\".x = 'y\n",
	} {
		f.Add(s)
	}
	getenv := env("HOME", "/h", "ETH_RPC_URL", "http://x")
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = Parse("f.toml", []byte(src), getenv)
		var m map[string]any
		if err := toml.Unmarshal([]byte(src), &m); err != nil {
			return
		}
		lay := readLayout([]byte(src))
		if lay.stop {
			t.Fatalf("the parser stopped on a document the decoder accepts: %q", src)
		}
		var check func(path string, v any)
		check = func(path string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, e := range v {
					check(joinKey(path, k), e)
				}
				return
			case []any:
				for i, e := range v {
					check(indexKey(path, i), e)
				}
			}
			if _, ok := lay.lines[path]; !ok {
				t.Errorf("no line for %s in %q", path, src)
			}
		}
		check("", m)
	})
}
