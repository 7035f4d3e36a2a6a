package tui

import (
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"github.com/daoterm/daoterm/tui/keys"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the README's key table from the keymap")

const (
	keysBegin = "<!-- keys:begin (generated from tui/keys by go test ./tui -run TestREADMEKeys -update-readme) -->"
	keysEnd   = "<!-- keys:end -->"
)

// keysMarkdown is the README's key table: the tabs' keys, then the
// keymap's groups, each key with its help text.
func keysMarkdown(km keys.KeyMap, tabs []TabSpec) string {
	var b strings.Builder
	b.WriteString("| keys | action |\n|---|---|\n")
	b.WriteString("| **Tabs** | |\n")
	for _, t := range tabs {
		b.WriteString("| `" + t.Key + "` | " + t.Title + " |\n")
	}
	for _, g := range km.Groups() {
		b.WriteString("| **" + g.Title + "** | |\n")
		for _, bd := range g.Bindings {
			names := make([]string, 0, len(bd.Keys()))
			for _, k := range bd.Keys() {
				switch {
				case k == " ":
					k = "space"
				case len([]rune(k)) == 1 && key.Matches(keys.Msg(km.Top), bd) && strings.Join(bd.Keys(), " ") == strings.Join(km.Top.Keys(), " "):
					k += k // a rune of Top is typed twice (gg), see keys.Seq
				}
				names = append(names, "`"+k+"`")
			}
			b.WriteString("| " + strings.Join(names, " ") + " | " + bd.Help().Desc + " |\n")
		}
	}
	return b.String()
}

// TestREADMEKeys: the README's key table is the keymap's, and the keymap
// lists every binding in a group (so a new key cannot be left out).
func TestREADMEKeys(t *testing.T) {
	km := keys.Default()
	listed := map[string]bool{}
	for _, g := range km.Groups() {
		for _, b := range g.Bindings {
			listed[strings.Join(b.Keys(), " ")+"|"+b.Help().Desc] = true
		}
	}
	v := reflect.ValueOf(km)
	for i := range v.NumField() {
		b, ok := v.Field(i).Interface().(key.Binding)
		if ok && !listed[strings.Join(b.Keys(), " ")+"|"+b.Help().Desc] {
			t.Errorf("keys.KeyMap.%s is in no group of KeyMap.Groups: add it, so the README lists it", v.Type().Field(i).Name)
		}
	}
	const path = "../README.md"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	i, j := strings.Index(readme, keysBegin), strings.Index(readme, keysEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the markers %q … %q", keysBegin, keysEnd)
	}
	want := readme[:i+len(keysBegin)] + "\n" + keysMarkdown(km, DefaultTabs()) + readme[j:]
	if want == readme {
		return
	}
	if *updateReadme {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("README.md's key table differs from the keymap: run go test ./tui -run TestREADMEKeys -update-readme")
}
