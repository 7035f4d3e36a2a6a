package keys

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
)

// Actions are the names of the keymap's bindings as config.toml's
// [ui.keys] table takes them: the KeyMap field names in lower case
// ("vote", "pagedown", "nexttab").
func Actions() []string {
	t := reflect.TypeFor[KeyMap]()
	var out []string
	for i := range t.NumField() {
		if t.Field(i).Type == reflect.TypeFor[key.Binding]() {
			out = append(out, strings.ToLower(t.Field(i).Name))
		}
	}
	return out
}

// Rebind sets the keys of action (see Actions), keeping its help text; the
// help shows the first key. It fails on an unknown action or no keys.
func (k *KeyMap) Rebind(action string, ks []string) error {
	if len(ks) == 0 {
		return fmt.Errorf("%s: no keys given", action)
	}
	v := reflect.ValueOf(k).Elem()
	for i := range v.NumField() {
		if strings.ToLower(v.Type().Field(i).Name) != action {
			continue
		}
		b, ok := v.Field(i).Addr().Interface().(*key.Binding)
		if !ok {
			break
		}
		b.SetKeys(ks...)
		b.SetHelp(strings.Join(ks, "/"), b.Help().Desc)
		return nil
	}
	return fmt.Errorf("unknown action %q", action)
}

// Conflict finds two actions bound to one key where both can act at once:
// among the keys of the main screen, or among the signing flow's (which
// captures the keyboard, so it may reuse the main screen's keys). It
// returns "" when there is none.
func (k KeyMap) Conflict() (a, b, shared string) {
	v := reflect.ValueOf(k)
	flow := k.Flow()
	inFlow := func(bd key.Binding) bool {
		return slices.ContainsFunc(flow, func(f key.Binding) bool { return slices.Equal(f.Keys(), bd.Keys()) && f.Help() == bd.Help() })
	}
	type owner struct {
		action string
		flow   bool
	}
	seen := map[string][]owner{}
	for i := range v.NumField() {
		bd, ok := v.Field(i).Interface().(key.Binding)
		if !ok {
			continue
		}
		name, f := strings.ToLower(v.Type().Field(i).Name), inFlow(bd)
		for _, ks := range bd.Keys() {
			for _, o := range seen[ks] {
				if o.flow == f {
					return o.action, name, ks
				}
			}
			seen[ks] = append(seen[ks], owner{name, f})
		}
	}
	return "", "", ""
}
