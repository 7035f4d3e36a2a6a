package ui

import (
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/daoterm/daoterm/tui/sanitize"
)

// Input is a one-line text input (bubbles' textinput) for search boxes and
// typed addresses. Typed and pasted text is cleaned first (CleanKey): no
// control or invisible characters get into the value.
type Input struct {
	ti textinput.Model
}

// NewInput returns a focused input; limit bounds the runes (0 = 100).
func NewInput(prompt, placeholder string, limit int, promptStyle lipgloss.Style) Input {
	ti := textinput.New()
	ti.Prompt, ti.Placeholder, ti.PromptStyle = prompt, placeholder, promptStyle
	ti.PlaceholderStyle = lipgloss.NewStyle().Faint(true)
	ti.CharLimit = 100
	if limit > 0 {
		ti.CharLimit = limit
	}
	ti.Cursor.SetMode(cursor.CursorStatic)               // no blink ticks
	ti.KeyMap.Paste = key.NewBinding(key.WithDisabled()) // a paste comes from the terminal, cleaned
	ti.Focus()
	return Input{ti: ti}
}

// Value returns the text typed.
func (in *Input) Value() string { return in.ti.Value() }

// SetValue replaces the text (sanitized to one line).
func (in *Input) SetValue(s string) {
	in.ti.SetValue(sanitize.Line(s, max(1, in.ti.CharLimit)))
	in.ti.CursorEnd()
}

// Update applies a key and reports whether the value changed.
func (in *Input) Update(k tea.KeyMsg) bool {
	k, ok := CleanKey(k, false)
	if !ok {
		return false
	}
	before := in.ti.Value()
	in.ti, _ = in.ti.Update(k)
	return in.ti.Value() != before
}

// View renders the prompt, the text and the cursor.
func (in *Input) View() string { return in.ti.View() }

// CleanKey drops from typed or pasted runes what must not get into an
// input: control characters, invisible and direction-changing marks. A
// line break (CR, LF, CRLF) becomes "\n" when multiline, else a space; a
// tab becomes a space. ok is false when nothing is left of a rune key.
func CleanKey(k tea.KeyMsg, multiline bool) (tea.KeyMsg, bool) {
	if k.Type != tea.KeyRunes {
		return k, true
	}
	nl := ' '
	if multiline {
		nl = '\n'
	}
	out := make([]rune, 0, len(k.Runes))
	for i, r := range k.Runes {
		switch {
		case r == '\n' && i > 0 && k.Runes[i-1] == '\r': // CRLF: one line break
		case r == '\r' || r == '\n':
			out = append(out, nl)
		case r == '\t':
			out = append(out, ' ')
		case unicode.IsPrint(r) && !sanitize.IsMarked(r) && utf8.ValidRune(r):
			out = append(out, r)
		}
	}
	k.Runes = out
	return k, len(out) > 0
}

// Focus gives the input the cursor; a new input has it.
func (in *Input) Focus() { in.ti.Focus() }

// Blur takes the cursor away: keys are then ignored.
func (in *Input) Blur() { in.ti.Blur() }
