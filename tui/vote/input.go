package vote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/daoterm/daoterm/tui/sanitize"
)

// maxReasonRunes bounds a reason typed in the dashboard (it is calldata:
// every byte costs gas; signer.MaxReasonBytes is the hard limit).
const maxReasonRunes = 4000

// textArea is a small multi-line input for vote reasons: typing and pasting
// insert at the cursor, enter starts a new line, backspace / delete remove,
// arrows move, ctrl+w deletes a word, ctrl+u clears. (bubbles' textarea
// needs a clipboard module this build does not carry.)
type textArea struct {
	value  []rune
	cursor int // index into value
}

// Value returns the text typed.
func (t *textArea) Value() string { return string(t.value) }

// Len returns the number of runes typed.
func (t *textArea) Len() int { return len(t.value) }

// Update applies a key and reports whether it was an editing key.
func (t *textArea) Update(k tea.KeyMsg) bool {
	switch k.Type {
	case tea.KeyRunes:
		t.insert(k.Runes)
	case tea.KeySpace:
		t.insert([]rune{' '})
	case tea.KeyEnter:
		t.insert([]rune{'\n'})
	case tea.KeyBackspace:
		if t.cursor > 0 {
			t.value = append(t.value[:t.cursor-1], t.value[t.cursor:]...)
			t.cursor--
		}
	case tea.KeyDelete:
		if t.cursor < len(t.value) {
			t.value = append(t.value[:t.cursor], t.value[t.cursor+1:]...)
		}
	case tea.KeyLeft:
		t.cursor = max(0, t.cursor-1)
	case tea.KeyRight:
		t.cursor = min(len(t.value), t.cursor+1)
	case tea.KeyHome, tea.KeyCtrlA:
		t.cursor = t.lineStart(t.cursor)
	case tea.KeyEnd, tea.KeyCtrlE:
		t.cursor = t.lineEnd(t.cursor)
	case tea.KeyUp:
		t.vertical(-1)
	case tea.KeyDown:
		t.vertical(1)
	case tea.KeyCtrlU:
		t.value, t.cursor = t.value[:0], 0
	case tea.KeyCtrlW:
		i := t.cursor
		for i > 0 && unicode.IsSpace(t.value[i-1]) {
			i--
		}
		for i > 0 && !unicode.IsSpace(t.value[i-1]) {
			i--
		}
		t.value = append(t.value[:i], t.value[t.cursor:]...)
		t.cursor = i
	default:
		return false
	}
	return true
}

// insert adds printable runes at the cursor (a paste may bring newlines and
// tabs; other control and invisible characters are dropped).
func (t *textArea) insert(rs []rune) {
	var add []rune
	for i, r := range rs {
		switch {
		case len(t.value)+len(add) >= maxReasonRunes:
		case r == '\n' && i > 0 && rs[i-1] == '\r': // CRLF: one line break
		case r == '\r' || r == '\n':
			add = append(add, '\n')
		case r == '\t':
			add = append(add, ' ')
		case unicode.IsPrint(r) && !sanitize.IsMarked(r) && utf8.ValidRune(r):
			add = append(add, r)
		}
	}
	if len(add) == 0 {
		return
	}
	t.value = append(t.value[:t.cursor], append(add, t.value[t.cursor:]...)...)
	t.cursor += len(add)
}

func (t *textArea) lineStart(i int) int {
	for i > 0 && t.value[i-1] != '\n' {
		i--
	}
	return i
}

func (t *textArea) lineEnd(i int) int {
	for i < len(t.value) && t.value[i] != '\n' {
		i++
	}
	return i
}

// vertical moves the cursor to the same column of the previous (dir -1) or
// next (dir 1) line.
func (t *textArea) vertical(dir int) {
	start := t.lineStart(t.cursor)
	col := t.cursor - start
	if dir < 0 {
		if start == 0 {
			t.cursor = 0
			return
		}
		prev := t.lineStart(start - 1)
		t.cursor = min(prev+col, start-1)
		return
	}
	end := t.lineEnd(t.cursor)
	if end == len(t.value) {
		t.cursor = end
		return
	}
	t.cursor = min(end+1+col, t.lineEnd(end+1))
}

// View renders the text wrapped at width with a block cursor, showing at
// most height lines around the cursor.
func (t *textArea) View(width, height int) string {
	width = max(4, width)
	var lines []string
	cursorLine := 0
	var cur strings.Builder
	w := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		w = 0
	}
	put := func(s string, sw int) {
		if w+sw > width {
			flush()
		}
		cur.WriteString(s)
		w += sw
	}
	for i := 0; i <= len(t.value); i++ {
		if i == t.cursor {
			put("█", 1)
			cursorLine = len(lines)
		}
		if i == len(t.value) {
			break
		}
		r := t.value[i]
		if r == '\n' {
			flush()
			continue
		}
		put(string(r), max(1, ansi.StringWidth(string(r))))
	}
	flush()
	height = max(1, height)
	first := 0
	if len(lines) > height {
		first = min(max(0, cursorLine-height+1), len(lines)-height)
	}
	end := min(len(lines), first+height)
	return strings.Join(lines[first:end], "\n")
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
