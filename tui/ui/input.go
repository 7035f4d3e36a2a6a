package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/daoterm/daoterm/tui/sanitize"
)

// Input is a one-line text input for search boxes: typing appends,
// backspace deletes, ctrl+u clears, ctrl+w deletes a word. (bubbles'
// textinput pulls in a clipboard module this build does not carry.)
type Input struct {
	Prompt      string
	Placeholder string
	Limit       int // most runes; 0 = 100
	Style       lipgloss.Style
	PromptStyle lipgloss.Style
	value       []rune
}

// Value returns the text typed.
func (in *Input) Value() string { return string(in.value) }

// SetValue replaces the text (sanitized to one line).
func (in *Input) SetValue(s string) {
	in.value = []rune(sanitize.Line(s, in.limit()))
}

func (in *Input) limit() int {
	if in.Limit <= 0 {
		return 100
	}
	return in.Limit
}

// Update applies a key and reports whether the value changed.
func (in *Input) Update(k tea.KeyMsg) bool {
	before := len(in.value)
	switch k.Type {
	case tea.KeyBackspace:
		if len(in.value) > 0 {
			in.value = in.value[:len(in.value)-1]
		}
	case tea.KeyCtrlU:
		in.value = in.value[:0]
	case tea.KeyCtrlW:
		s := strings.TrimRightFunc(string(in.value), unicode.IsSpace)
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		in.value = []rune(s[:i+1])
	case tea.KeySpace:
		in.insert([]rune{' '})
	case tea.KeyRunes:
		in.insert(k.Runes)
	default:
		return false
	}
	return len(in.value) != before || k.Type == tea.KeyCtrlW
}

func (in *Input) insert(rs []rune) {
	for _, r := range rs {
		if len(in.value) >= in.limit() {
			return
		}
		if !unicode.IsPrint(r) || sanitize.IsMarked(r) || !utf8.ValidRune(r) {
			continue
		}
		in.value = append(in.value, r)
	}
}

// View renders the prompt, the text and a block cursor.
func (in *Input) View() string {
	if len(in.value) == 0 && in.Placeholder != "" {
		return in.PromptStyle.Render(in.Prompt) + "█" + in.Style.Faint(true).Render(in.Placeholder)
	}
	return in.PromptStyle.Render(in.Prompt) + in.Style.Render(string(in.value)) + "█"
}
