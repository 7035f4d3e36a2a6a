package vote

import (
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/daoterm/daoterm/tui/ui"
)

// maxReasonRunes bounds a reason typed in the dashboard (it is calldata:
// every byte costs gas; signer.MaxReasonBytes is the hard limit).
const maxReasonRunes = 4000

// textArea is the multi-line input for vote reasons: bubbles' textarea
// without line numbers, prompt or clipboard key (a paste comes from the
// terminal as keys, cleaned by ui.CleanKey like typing: no control or
// invisible characters get into a reason).
type textArea struct {
	ta    textarea.Model
	ready bool
}

func (t *textArea) init() {
	if t.ready {
		return
	}
	ta := textarea.New()
	ta.ShowLineNumbers, ta.Prompt, ta.CharLimit, ta.MaxHeight = false, "", maxReasonRunes, 0
	plain := textarea.Style{Base: lipgloss.NewStyle(), Text: lipgloss.NewStyle(), CursorLine: lipgloss.NewStyle(),
		Placeholder: lipgloss.NewStyle().Faint(true), EndOfBuffer: lipgloss.NewStyle()}
	ta.FocusedStyle, ta.BlurredStyle = plain, plain
	ta.KeyMap.Paste = key.NewBinding(key.WithDisabled())
	ta.Cursor.SetMode(cursor.CursorStatic)
	ta.Focus()
	t.ta, t.ready = ta, true
}

// Value returns the text typed.
func (t *textArea) Value() string {
	t.init()
	return t.ta.Value()
}

// Len returns the number of runes typed.
func (t *textArea) Len() int {
	t.init()
	return t.ta.Length()
}

// Update applies a key.
func (t *textArea) Update(k tea.KeyMsg) {
	t.init()
	if k, ok := ui.CleanKey(k, true); ok {
		t.ta, _ = t.ta.Update(k)
	}
}

// View renders the text wrapped at width, at most height lines around the
// cursor.
func (t *textArea) View(width, height int) string {
	t.init()
	t.ta.SetWidth(max(4, width))
	t.ta.SetHeight(max(1, height))
	return t.ta.View()
}

// maxPassphraseBytes bounds a typed passphrase; the buffer is allocated
// once at this size so typing never copies it elsewhere in memory.
const maxPassphraseBytes = 1024

// secret is a masked passphrase input. The bytes live in one buffer that
// is never grown (so no stray copies are left by reallocation), handed over
// whole by Take and zeroed by Wipe.
type secret struct {
	buf   []byte
	runes int
}

// Update applies a key.
func (s *secret) Update(k tea.KeyMsg) {
	if s.buf == nil {
		s.buf = make([]byte, 0, maxPassphraseBytes)
	}
	switch k.Type {
	case tea.KeyRunes, tea.KeySpace:
		rs := k.Runes
		if k.Type == tea.KeySpace {
			rs = []rune{' '}
		}
		for _, r := range rs {
			if r < 0x20 || r == 0x7f || !utf8.ValidRune(r) {
				continue
			}
			n := utf8.RuneLen(r)
			if len(s.buf)+n > cap(s.buf) {
				return
			}
			s.buf = utf8.AppendRune(s.buf, r)
			s.runes++
		}
	case tea.KeyBackspace:
		if len(s.buf) == 0 {
			return
		}
		_, n := utf8.DecodeLastRune(s.buf)
		clear(s.buf[len(s.buf)-n:])
		s.buf = s.buf[:len(s.buf)-n]
		s.runes--
	case tea.KeyCtrlU:
		s.Wipe()
	}
}

// Len returns the number of characters typed.
func (s *secret) Len() int { return s.runes }

// Take hands the passphrase over (the caller must zero it) and leaves the
// input empty.
func (s *secret) Take() []byte {
	b := s.buf
	s.buf, s.runes = nil, 0
	return b
}

// Wipe zeroes and forgets the passphrase.
func (s *secret) Wipe() {
	clear(s.buf[:cap(s.buf)])
	s.buf, s.runes = nil, 0
}

// zero overwrites b.
func zero(b []byte) { clear(b[:cap(b)]) }
