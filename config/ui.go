package config

import (
	"fmt"
	"sort"
	"strings"

	"github.com/daoterm/daoterm/tui/keys"
)

// UI is the [ui] table: how the dashboard looks and which keys it takes.
//
//	[ui]
//	theme = "light"          # auto (the terminal's background), dark or light
//	[ui.keys]
//	vote = ["V"]             # an action of the keymap → its keys
type UI struct {
	Theme string              // "auto" (or ""), "dark" or "light"
	Keys  map[string][]string // action (keys.Actions) → keys; validated, free of conflicts
	// Columns are the columns each table shows, in the table's own order
	// (table → column IDs, see Columns); a table not listed shows all.
	Columns map[string][]string
}

// Columns are the tables [ui.columns] takes and their columns' IDs (the
// first word of each column's title, in lower case).
func Columns() map[string][]string {
	return map[string][]string{
		"proposals": {"id", "title", "state", "for", "agst", "abst", "q", "ends", "you"},
		"holders":   {"holder", "balance", "supply", "delegate", "votes"},
		"delegates": {"delegate", "votes", "share", "delegators", "voted"},
		"flows":     {"time", "dir", "asset", "amount", "counterparty", "proposal", "account"},
	}
}

// Themes are the names [ui] theme takes.
func Themes() []string { return []string{"auto", "dark", "light"} }

func uiKeys() []string { return []string{"theme", "keys", "columns"} }

// KeyMap is the default keymap with the [ui.keys] bindings applied.
func (u UI) KeyMap() keys.KeyMap {
	km := keys.Default()
	for a, ks := range u.Keys {
		_ = km.Rebind(a, ks) // validated by Load
	}
	return km
}

// ui reads the [ui] table.
func (l *loader) ui(key string, v any) UI {
	var u UI
	m, ok := v.(map[string]any)
	if !ok {
		l.errorf(key, "must be a table: write a [ui] header with theme and [ui.keys] below it")
		return u
	}
	for _, k := range l.sortedKeys(key, m) {
		sub := joinKey(key, k)
		switch k {
		case "theme":
			s, ok := l.str(sub, m[k], `theme = "light"`)
			if !ok {
				continue
			}
			if !contains(Themes(), s) {
				l.errorf(sub, "unknown theme %q%s (themes: %s)", s, didYouMean(s, Themes()), strings.Join(Themes(), ", "))
				continue
			}
			u.Theme = s
		case "keys":
			u.Keys = l.uiKeyTable(sub, m[k])
		case "columns":
			u.Columns = l.uiColumns(sub, m[k])
		default:
			l.errorf(sub, "unknown key%s (keys in [ui]: %s)", didYouMean(k, uiKeys()), strings.Join(uiKeys(), ", "))
		}
	}
	return u
}

// uiKeyTable reads [ui.keys]: each action must exist, take a non-empty
// list of keys, and share no key with another action that acts at the same
// time.
func (l *loader) uiKeyTable(key string, v any) map[string][]string {
	m, ok := v.(map[string]any)
	if !ok {
		l.errorf(key, `must be a table: write [ui.keys] and below it lines like vote = ["v"]`)
		return nil
	}
	out := map[string][]string{}
	km := keys.Default()
	for _, a := range l.sortedKeys(key, m) {
		sub := joinKey(key, a)
		if !contains(keys.Actions(), a) {
			l.errorf(sub, "unknown action%s (actions: %s)", didYouMean(a, keys.Actions()), strings.Join(keys.Actions(), ", "))
			continue
		}
		list, ok := m[a].([]any)
		var ks []string
		for _, e := range list {
			s, isStr := e.(string)
			if !isStr || s == "" {
				ok = false
				break
			}
			ks = append(ks, s)
		}
		if !ok || len(ks) == 0 {
			l.errorf(sub, `must be a list of keys, like %s = ["v"] or %s = ["ctrl+d", "pgdown"]`, a, a)
			continue
		}
		_ = km.Rebind(a, ks)
		out[a] = ks
		if x, y, k := km.Conflict(); x != "" {
			l.errorf(sub, "key %q is bound to both %s and %s: give one of them another key", k, x, y)
			return out
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func didYouMean(s string, known []string) string {
	if m := suggest(s, known); m != "" {
		return fmt.Sprintf("; did you mean %q?", m)
	}
	return ""
}

// uiColumns reads [ui.columns]: known tables, each a non-empty list of its
// known columns.
func (l *loader) uiColumns(key string, v any) map[string][]string {
	m, ok := v.(map[string]any)
	if !ok {
		l.errorf(key, `must be a table: write [ui.columns] and below it lines like proposals = ["id", "title", "state"]`)
		return nil
	}
	known := Columns()
	tables := make([]string, 0, len(known))
	for t := range known {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	out := map[string][]string{}
	for _, t := range l.sortedKeys(key, m) {
		sub := joinKey(key, t)
		cols, ok := known[t]
		if !ok {
			l.errorf(sub, "unknown table%s (tables: %s)", didYouMean(t, tables), strings.Join(tables, ", "))
			continue
		}
		list, ok := m[t].([]any)
		if !ok || len(list) == 0 {
			l.errorf(sub, `must be a non-empty list of columns, like %s = ["%s"] (columns: %s)`, t, cols[0], strings.Join(cols, ", "))
			continue
		}
		var ids []string
		for _, e := range list {
			s, isStr := e.(string)
			if !isStr || !contains(cols, s) {
				l.errorf(sub, "unknown column %v%s (columns of %s: %s)", e, didYouMean(fmt.Sprint(e), cols), t, strings.Join(cols, ", "))
				ids = nil
				break
			}
			ids = append(ids, s)
		}
		if ids != nil {
			out[t] = ids
		}
	}
	return out
}
