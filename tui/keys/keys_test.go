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
	v := reflect.ValueOf(k)
	for i := 0; i < v.NumField(); i++ {
		b := v.Field(i).Interface().(key.Binding)
		name := v.Type().Field(i).Name
		if !b.Enabled() {
			continue
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
	if k.Vote.Enabled() || k.Delegate.Enabled() {
		t.Error("v and d are reserved and must stay disabled")
	}
	for _, want := range []string{"j", "k", "down", "up", "1", "2", "3", "tab", "/", "f", "s", "enter", "esc", "?", "q", "r"} {
		if _, ok := seen[want]; !ok {
			t.Errorf("key %q is not bound", want)
		}
	}
}
