package tui

import (
	"strings"
	"testing"

	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// headers returns the table header line of each table, after keys.
func headers(hs *harness) map[string]string {
	out := map[string]string{}
	line := func(prefix string) string {
		for _, l := range strings.Split(hs.m.View(), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), prefix) {
				return strings.Join(strings.Fields(l), " ")
			}
		}
		return ""
	}
	hs.press("1")
	out["proposals"] = line("ID")
	hs.press("2")
	out["holders"] = line("Holder")
	hs.press("l")
	out["delegates"] = line("Delegate")
	hs.press("3", "l")
	out["flows"] = line("Time")
	return out
}

// withColumns rebuilds the tabs with cols as the config's [ui.columns].
func withColumns(hs *harness, cols map[string][]string) {
	hs.m.c.Columns = cols
	for i := range hs.m.tabs {
		hs.m.tabs[i] = hs.m.buildTab(hs.m.tabs[i].spec)
	}
	hs.send(headMsg{head: hs.src.HeadNow()})
}

// TestColumnsConfig: [ui.columns] hides the columns not listed, and its
// lists of known columns (config.Columns) name every column the tables
// have (a column added to a table without adding it there fails here).
func TestColumnsConfig(t *testing.T) {
	hs := newWalletHarness(t, fake.New(fake.Options{Flows: 20}), votetest.New(), nil, 250, 40)
	all := headers(hs)
	for table, h := range all {
		if h == "" {
			t.Fatalf("no header for %s", table)
		}
	}
	withColumns(hs, config.Columns())
	if got := headers(hs); got["proposals"] != all["proposals"] || got["holders"] != all["holders"] ||
		got["delegates"] != all["delegates"] || got["flows"] != all["flows"] {
		t.Fatalf("listing every known column hides some:\nall  %v\ngot  %v", all, got)
	}
	withColumns(hs, map[string][]string{"proposals": {"id", "title", "ends"}, "flows": {"time", "amount"}})
	got := headers(hs)
	if got["proposals"] != "ID ↓ Title Ends" || !strings.HasPrefix(got["flows"], "Time (UTC) ↓ Amount") || strings.Contains(got["flows"], "Dir") {
		t.Fatalf("chosen columns: %q, %q", got["proposals"], got["flows"])
	}
	if got["holders"] != all["holders"] {
		t.Fatalf("a table not listed lost columns: %q", got["holders"])
	}
}
