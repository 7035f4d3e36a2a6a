package vtable

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/daoterm/daoterm/tui/keys"
)

// countingRows serves n rows and counts Cell calls.
type countingRows struct {
	n     int
	calls int
	rows  map[int]bool
}

func (c *countingRows) Len() int { return c.n }
func (c *countingRows) Cell(row, col int) string {
	c.calls++
	c.rows[row] = true
	return fmt.Sprintf("r%d c%d", row, col)
}

func newTable(n int) (Model, *countingRows) {
	rows := &countingRows{n: n, rows: map[int]bool{}}
	m := New([]Column{{Title: "A", Width: 8}, {Title: "B", Width: 10, Flex: true}, {Title: "C", Width: 6, Align: Right}}, keys.Default(), Styles{})
	m.SetRows(rows)
	m.SetSize(60, 11) // header + 10 rows
	return m, rows
}

func press(s string) tea.KeyMsg {
	switch s {
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "end":
		return tea.KeyMsg{Type: tea.KeyEnd}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

func TestOnlyVisibleRowsAreRendered(t *testing.T) {
	m, rows := newTable(100_000)
	out := m.View()
	if got := strings.Count(out, "\n"); got != 10 {
		t.Fatalf("rendered %d row lines, want 10", got)
	}
	if len(rows.rows) != 10 || rows.calls != 30 {
		t.Fatalf("touched %d rows with %d cell calls; want 10 rows, 30 calls", len(rows.rows), rows.calls)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := lipgloss.Width(l); w != 60 {
			t.Fatalf("line %q is %d wide, want 60", l, w)
		}
	}
}

func TestNavigation(t *testing.T) {
	m, rows := newTable(100)
	m.Update(press("j"))
	m.Update(press("down"))
	if m.Cursor() != 2 {
		t.Fatalf("cursor %d after two downs", m.Cursor())
	}
	m.Update(press("pgdown"))
	if m.Cursor() != 12 {
		t.Fatalf("cursor %d after page down", m.Cursor())
	}
	first, last, total := m.Range()
	if first > 13 || last < 13 || total != 100 {
		t.Fatalf("range %d–%d of %d does not show the cursor", first, last, total)
	}
	m.Update(press("G"))
	if m.Cursor() != 99 {
		t.Fatalf("cursor %d after G", m.Cursor())
	}
	rows.rows = map[int]bool{}
	out := m.View()
	if !rows.rows[99] || rows.rows[0] || !strings.Contains(out, "▸ r99 c0") {
		t.Fatalf("last row not shown selected:\n%s", out)
	}
	m.Update(press("g"))
	if m.Cursor() != 0 {
		t.Fatal("g did not go to top")
	}
	// shrinking data keeps the cursor in range
	m.Update(press("G"))
	rows.n = 5
	m.SetRows(rows)
	if m.Cursor() != 4 {
		t.Fatalf("cursor %d after data shrank to 5", m.Cursor())
	}
}

func TestEmptyAndNarrow(t *testing.T) {
	m, rows := newTable(0)
	m.SetEmpty("no proposals")
	if out := m.View(); !strings.Contains(out, "no proposals") {
		t.Fatalf("empty table: %q", out)
	}
	rows.n = 3
	m.SetSize(20, 5) // narrower than the columns: cut at the edge
	for _, l := range strings.Split(m.View(), "\n") {
		if w := lipgloss.Width(l); w > 20 {
			t.Fatalf("line %q is %d wide, over 20", l, w)
		}
	}
}

func TestFit(t *testing.T) {
	if got := Fit("abcdef", 4, Left); got != "abc…" {
		t.Errorf("Fit cut = %q", got)
	}
	if got := Fit("ab", 4, Right); got != "  ab" {
		t.Errorf("Fit right = %q", got)
	}
	if got := Fit("日本語", 4, Left); lipgloss.Width(got) != 4 {
		t.Errorf("Fit wide = %q (%d)", got, lipgloss.Width(got))
	}
}

func BenchmarkView100k(b *testing.B) {
	m, _ := newTable(100_000)
	m.SetSize(100, 26)
	m.SetCursor(50_000)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// Columns that do not fit are hidden whole, never cut mid-value; the first
// and the flexible column stay.
func TestNarrowHidesColumns(t *testing.T) {
	rows := &countingRows{n: 3, rows: map[int]bool{}}
	m := New([]Column{{Title: "ID", Width: 8}, {Title: "Title", Width: 10, Flex: true}, {Title: "For", Width: 6}, {Title: "Ends", Width: 9}}, keys.Default(), Styles{})
	m.SetRows(rows)
	m.SetSize(30, 5) // 2 + 8 + 1 + 10 + 1 + 6 = 28: Ends does not fit
	v := m.View()
	if strings.Contains(v, "Ends") || strings.Contains(v, "c3") || !strings.Contains(v, "For") || !strings.Contains(v, "r0 c2") {
		t.Fatalf("at 30 columns:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if w := lipgloss.Width(l); w > 30 {
			t.Fatalf("line of width %d: %q", w, l)
		}
	}
	m.SetSize(40, 5)
	if v := m.View(); !strings.Contains(v, "Ends") {
		t.Fatalf("at 40 columns Ends is hidden:\n%s", v)
	}
}

// A click on a row selects it; the header and the lines below the rows
// select nothing.
func TestClick(t *testing.T) {
	m, _ := newTable(100)
	m.SetCursor(50) // scrolled: row 41 is the first shown
	first, _, _ := m.Range()
	if !m.Click(3) || m.Cursor() != first-1+2 {
		t.Fatalf("click on line 3: cursor %d, first shown %d", m.Cursor(), first)
	}
	if m.Click(0) || m.Click(11) || m.Click(-1) {
		t.Fatal("a click off the rows selected one")
	}
	short, _ := newTable(2)
	if short.Click(3) || short.Cursor() != 0 {
		t.Fatal("a click below the last row selected one")
	}
}
