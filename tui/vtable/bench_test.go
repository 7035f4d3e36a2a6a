package vtable

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/bubbles/table"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/keys"
)

// The comparison behind keeping vtable: a 100,000-row table, 30 lines
// high, moved one row and rendered, as a view does per key press, and the
// cost of handing the rows over when the data or the filter changes.
//
//	go test ./tui/vtable -run '^$' -bench . -benchmem
const benchRows = 100_000

type benchData struct{}

func (benchData) Len() int { return benchRows }
func (benchData) Cell(row, col int) string {
	return fmt.Sprintf("row %d col %d", row, col)
}

func benchCols() []Column {
	return []Column{{Title: "A", Width: 12}, {Title: "B", Width: 20, Flex: true}, {Title: "C", Width: 12, Align: Right}}
}

// BenchmarkVtableKeyAndView is a key press and a frame.
func BenchmarkVtableKeyAndView(b *testing.B) {
	m := New(benchCols(), keys.Default(), Styles{})
	m.SetRows(benchData{})
	m.SetSize(100, 30)
	down := tea.KeyMsg{Type: tea.KeyDown}
	b.ReportAllocs()
	for b.Loop() {
		m.Update(down)
		_ = m.View()
	}
}

// BenchmarkVtableSetRows is new data: the view hands over its index.
func BenchmarkVtableSetRows(b *testing.B) {
	m := New(benchCols(), keys.Default(), Styles{})
	m.SetSize(100, 30)
	b.ReportAllocs()
	for b.Loop() {
		m.SetRows(benchData{})
		_ = m.View()
	}
}

func bubbleRows() []table.Row {
	rows := make([]table.Row, benchRows)
	d := benchData{}
	for i := range rows {
		rows[i] = table.Row{d.Cell(i, 0), d.Cell(i, 1), d.Cell(i, 2)}
	}
	return rows
}

func bubbleTable() table.Model {
	return table.New(table.WithColumns([]table.Column{{Title: "A", Width: 12}, {Title: "B", Width: 60}, {Title: "C", Width: 12}}),
		table.WithHeight(30), table.WithWidth(100), table.WithFocused(true))
}

// BenchmarkBubblesTableKeyAndView is the same key press and frame on
// bubbles/table v1.0.0.
func BenchmarkBubblesTableKeyAndView(b *testing.B) {
	t := bubbleTable()
	t.SetRows(bubbleRows())
	down := tea.KeyMsg{Type: tea.KeyDown}
	b.ReportAllocs()
	for b.Loop() {
		t, _ = t.Update(down)
		_ = t.View()
	}
}

// BenchmarkBubblesTableSetRows is new data on bubbles/table: every cell
// of every row is built as a string first.
func BenchmarkBubblesTableSetRows(b *testing.B) {
	t := bubbleTable()
	b.ReportAllocs()
	for b.Loop() {
		t.SetRows(bubbleRows())
		_ = t.View()
	}
}
