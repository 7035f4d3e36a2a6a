package keys

import (
	"reflect"
	"slices"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// Each key string is bound once among enabled bindings, except where two
// bindings are meant for different contexts.
func TestNoConflicts(t *testing.T) {
	k := Default()
	seen := map[string]string{}
	// The flow's bindings, by field name.
	flow := map[string]bool{"Continue": true, "Confirm": true, "Retry": true, "For": true, "Against": true, "Abstain": true, "Split": true, "Ballot": true, "Toggle": true}
	if len(flow) != len(k.Flow()) {
		t.Fatalf("Flow() lists %d bindings; this test knows %d", len(k.Flow()), len(flow))
	}
	v := reflect.ValueOf(k)
	for i := 0; i < v.NumField(); i++ {
		b := v.Field(i).Interface().(key.Binding)
		name := v.Type().Field(i).Name
		if !b.Enabled() || flow[name] {
			continue // flow keys are only live inside the flow, which captures the keyboard
		}
		if b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("%s has no help", name)
		}
		for _, s := range b.Keys() {
			if other, ok := seen[s]; ok {
				t.Errorf("key %q bound to %s and %s", s, other, name)
			}
			seen[s] = name
		}
	}
	for _, want := range []string{"j", "k", "down", "up", "tab", "/", "f", "s", "enter", "esc", "?", "q", "r", "v", "d", "u", "x", "a", "t"} {
		if _, ok := seen[want]; !ok {
			t.Errorf("key %q is not bound", want)
		}
	}
}

// The flow's own keys do not clash with each other.
func TestFlowKeysDistinct(t *testing.T) {
	seen := map[string]string{}
	for _, b := range Default().Flow() {
		if b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("%v has no help", b.Keys())
		}
		for _, s := range b.Keys() {
			if other, ok := seen[s]; ok {
				t.Errorf("flow key %q bound to %s and %s", s, other, b.Help().Desc)
			}
			seen[s] = b.Help().Desc
		}
	}
}

func TestRebindAndConflicts(t *testing.T) {
	km := Default()
	if a, b, k := km.Conflict(); a != "" {
		t.Fatalf("the default keymap binds %q to both %s and %s", k, a, b)
	}
	if !slices.Contains(Actions(), "vote") || !slices.Contains(Actions(), "pagedown") || slices.Contains(Actions(), "") {
		t.Fatalf("actions: %v", Actions())
	}
	if err := km.Rebind("vote", []string{"V"}); err != nil {
		t.Fatal(err)
	}
	if km.Vote.Keys()[0] != "V" || km.Vote.Help().Key != "V" || km.Vote.Help().Desc != "vote" {
		t.Fatalf("vote after rebinding: %v %v", km.Vote.Keys(), km.Vote.Help())
	}
	if err := km.Rebind("vot", []string{"w"}); err == nil {
		t.Fatal("an unknown action was taken")
	}
	if err := km.Rebind("vote", []string{"q"}); err != nil {
		t.Fatal(err)
	}
	if a, b, k := km.Conflict(); k != "q" || a != "vote" && b != "vote" || a != "quit" && b != "quit" {
		t.Fatalf("conflict of vote and quit on q: %q %q %q", a, b, k)
	}
	km = Default()
	_ = km.Rebind("for", []string{"q"}) // the flow captures the keyboard: no conflict with quit
	if a, b, k := km.Conflict(); a != "" {
		t.Fatalf("a flow key conflicts with a main key: %q %s %s", k, a, b)
	}
}
