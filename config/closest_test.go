package config

import (
	"strings"
	"testing"
)

// TestClosest: a likely typo finds its name (case-insensitive); a name far
// from every known one finds none.
func TestClosest(t *testing.T) {
	known := []string{"proposals", "proposal", "holders", "Model-Commons"}
	for in, want := range map[string]string{
		"propsals":      "proposals",
		"PROPOSAL":      "proposal",
		"holdres":       "holders",
		"model-comons":  "Model-Commons",
		"zzz":           "",
		"":              "",
		"treasury-dash": "",
	} {
		if got := Closest(in, known); got != want {
			t.Errorf("Closest(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFindSuggestsConfiguredName: a mistyped [[dao]] name is answered with
// the closest configured one.
func TestFindSuggestsConfiguredName(t *testing.T) {
	c := &Config{DAOs: []DAO{{Name: "modelcommons"}, {Name: "other"}}}
	_, err := c.find("modelcomons", "")
	if err == nil || !strings.Contains(err.Msg, `did you mean "modelcommons"`) {
		t.Fatalf("find: %v", err)
	}
}
