package vote

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/daoterm/daoterm/tui/internal/tuitest"
)

func allZero(b []byte) bool {
	for _, c := range b[:cap(b)] {
		if c != 0 {
			return false
		}
	}
	return true
}

func TestTextArea(t *testing.T) {
	var ta textArea
	for _, k := range tuitest.Type("hello world") {
		ta.Update(k)
	}
	ta.Update(tuitest.Key("enter"))
	ta.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("pasted\r\nline\twith\x1b[31mescape\u202e")})
	if got := ta.Value(); got != "hello world\npasted\nline with[31mescape" {
		t.Fatalf("value %q", got)
	}
	ta.Update(tea.KeyMsg{Type: tea.KeyCtrlW})
	if got := ta.Value(); got != "hello world\npasted\nline " {
		t.Fatalf("after ctrl+w %q", got)
	}
	ta.Update(tea.KeyMsg{Type: tea.KeyUp})
	ta.Update(tea.KeyMsg{Type: tea.KeyHome})
	ta.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(">")})
	if got := ta.Value(); got != "hello world\n>pasted\nline " {
		t.Fatalf("insert mid-text %q", got)
	}
	v := ta.View(8, 2)
	if strings.Count(v, "\n") != 1 {
		t.Fatalf("view %q: want 2 lines", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if ansi.StringWidth(l) > 8 {
			t.Fatalf("view %q: a line is wider than 8", v)
		}
	}
	ta.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("x", maxReasonRunes)), Paste: true})
	ta.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")})
	if ta.Len() != maxReasonRunes {
		t.Fatalf("limit: %d", ta.Len())
	}
}

func TestSecretNeverGrows(t *testing.T) {
	var s secret
	s.Update(tuitest.Key("a"))
	p := &s.buf[:1][0]
	for range maxPassphraseBytes + 10 {
		s.Update(tuitest.Key("é"))
	}
	if &s.buf[0] != p || len(s.buf) > maxPassphraseBytes {
		t.Fatal("the buffer moved or grew")
	}
	s.Update(tuitest.Key("backspace"))
	if s.buf[len(s.buf):cap(s.buf)][0] != 0 {
		t.Fatal("backspace left the byte")
	}
	b := s.Take()
	if s.buf != nil || s.Len() != 0 || len(b) == 0 {
		t.Fatal("take")
	}
	zero(b)
	if !allZero(b) {
		t.Fatal("zero")
	}
}
