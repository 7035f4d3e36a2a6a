package keys

import (
	"reflect"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// Each key string is bound once among enabled bindings, except where two
// bindings are meant for different contexts.
func TestNoConflicts(t *testing.T) {
	k := Default()
	seen := map[string]string{}
	// The flow's bindings, by field name.
	flow := map[string]bool{"Continue": true, "Confirm": true, "Retry": true, "For": true, "Against": true, "Abstain": true, "Split": true, "Toggle": true}
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
