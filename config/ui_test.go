package config

import (
	"strings"
	"testing"
)

func TestUITable(t *testing.T) {
	src := `account = "alice"

[ui]
theme = "light"

[ui.keys]
vote = ["V"]
pagedown = ["ctrl+d", "pgdown"]

[ui.columns]
proposals = ["id", "title", "state", "ends"]
`
	c, err := Parse("config.toml", []byte(src), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.UI.Theme != "light" || strings.Join(c.UI.Keys["vote"], ",") != "V" || len(c.UI.Keys["pagedown"]) != 2 {
		t.Fatalf("ui: %+v", c.UI)
	}
	if strings.Join(c.UI.Columns["proposals"], ",") != "id,title,state,ends" {
		t.Fatalf("columns: %v", c.UI.Columns)
	}
	km := c.UI.KeyMap()
	if km.Vote.Keys()[0] != "V" || km.PageDown.Help().Key != "ctrl+d/pgdown" || km.Quit.Keys()[0] != "q" {
		t.Fatalf("keymap: vote %v, pagedown %v", km.Vote.Keys(), km.PageDown.Help())
	}
}

func TestUIErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"[ui]\ntheme = \"lihgt\"\n", `config.toml:2: ui.theme: unknown theme "lihgt"; did you mean "light"?`},
		{"[ui]\ntheme = 3\n", "config.toml:2: ui.theme: must be a string"},
		{"[ui]\ncolour = \"x\"\n", "config.toml:2: ui.colour: unknown key"},
		{"[ui.keys]\nvot = [\"w\"]\n", `config.toml:2: ui.keys.vot: unknown action; did you mean "vote"?`},
		{"[ui.keys]\nvote = \"v\"\n", `config.toml:2: ui.keys.vote: must be a list of keys`},
		{"[ui.keys]\nvote = []\n", `config.toml:2: ui.keys.vote: must be a list of keys`},
		{"[ui.columns]\nproposal = [\"id\"]\n", `config.toml:2: ui.columns.proposal: unknown table; did you mean "proposals"?`},
		{"[ui.columns]\nproposals = [\"id\", \"titel\"]\n", `config.toml:2: ui.columns.proposals: unknown column titel; did you mean "title"?`},
		{"[ui.columns]\nflows = []\n", `config.toml:2: ui.columns.flows: must be a non-empty list`},
		{"[ui.keys]\n\nvote = [\"q\"]\n", `config.toml:3: ui.keys.vote: key "q" is bound to both quit and vote`},
	} {
		_, err := Parse("config.toml", []byte(tc.src), func(string) string { return "" })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.want)
		}
	}
}
