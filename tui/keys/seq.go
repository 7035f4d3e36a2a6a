package keys

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// maxCount bounds a typed count, so 99999999j cannot stall the UI.
const maxCount = 9999

// Seq reads counts and two-key motions in front of list keys, as vim and
// less do: 5j moves five rows, 3k three up, gg goes to the first row, G to
// the last and 10G (or 10gg) to row 10. The zero value is ready to use.
type Seq struct {
	count int
	g     bool // the first key of gg was typed
}

// Pending is the prefix typed so far ("5", "g", "12g"), for the footer;
// "" when none.
func (s *Seq) Pending() string {
	var p string
	if s.count > 0 {
		p = strconv.Itoa(s.count)
	}
	if s.g {
		p += "g"
	}
	return p
}

// Reset drops a pending prefix.
func (s *Seq) Reset() { *s = Seq{} }

// Step is what one key means once a prefix is taken into account.
type Step struct {
	Keys    []tea.KeyMsg // the keys to hand to the list, in order
	Pending bool         // the key continued a prefix: nothing to do yet
	Count   int          // the count applied to a motion (0: none)
}

// Feed takes one key (split: one rune at most) and returns the keys to
// hand to the list: none while a prefix is being typed, the key repeated
// for a counted motion, a jump to the top followed by count−1 moves down
// for NG and Ngg, or the key itself. Esc cancels a pending prefix and is
// consumed; any other key that does not continue it drops the prefix and
// is handed on.
func (s *Seq) Feed(k tea.KeyMsg, km KeyMap) Step {
	had := s.Pending() != ""
	count := s.count
	if d, ok := digit(k); ok && (d > 0 || s.count > 0) && !s.g {
		s.count = min(maxCount, s.count*10+d)
		return Step{Pending: true}
	}
	if key.Matches(k, km.Top) && isRune(k) {
		if !s.g {
			s.g = true
			return Step{Pending: true}
		}
		s.Reset()
		return Step{Keys: row(k, km, count), Count: count}
	}
	s.Reset()
	switch {
	case had && key.Matches(k, km.Back):
		return Step{}
	case count > 0 && (key.Matches(k, km.Up) || key.Matches(k, km.Down) ||
		key.Matches(k, km.PageUp) || key.Matches(k, km.PageDown)):
		out := make([]tea.KeyMsg, count)
		for i := range out {
			out[i] = k
		}
		return Step{Keys: out, Count: count}
	case count > 0 && key.Matches(k, km.Bottom):
		return Step{Keys: row(Msg(km.Top), km, count), Count: count}
	}
	return Step{Keys: []tea.KeyMsg{k}}
}

// row is top followed by n−1 moves down (n ≤ 1: the top alone).
func row(top tea.KeyMsg, km KeyMap, n int) []tea.KeyMsg {
	out := []tea.KeyMsg{top}
	down := Msg(km.Down)
	for i := 1; i < n; i++ {
		out = append(out, down)
	}
	return out
}

func digit(k tea.KeyMsg) (int, bool) {
	if k.Type != tea.KeyRunes || len(k.Runes) != 1 || k.Alt || k.Runes[0] < '0' || k.Runes[0] > '9' {
		return 0, false
	}
	return int(k.Runes[0] - '0'), true
}

// IsDigit reports whether k is one digit key (0–9), as counts are typed.
func IsDigit(k tea.KeyMsg) bool {
	_, ok := digit(k)
	return ok
}

func isRune(k tea.KeyMsg) bool { return k.Type == tea.KeyRunes && len(k.Runes) == 1 }

// Msg is a key message that matches b: its first key that is one rune or a
// named key (up, home, pgdown…). It is the zero message when b has none.
func Msg(b key.Binding) tea.KeyMsg {
	for _, s := range b.Keys() {
		if r := []rune(s); len(r) == 1 && s != " " {
			return tea.KeyMsg{Type: tea.KeyRunes, Runes: r}
		}
		if t, ok := keyType(s); ok {
			return tea.KeyMsg{Type: t}
		}
	}
	return tea.KeyMsg{}
}

func keyType(name string) (tea.KeyType, bool) {
	switch name {
	case "up":
		return tea.KeyUp, true
	case "down":
		return tea.KeyDown, true
	case "left":
		return tea.KeyLeft, true
	case "right":
		return tea.KeyRight, true
	case "home":
		return tea.KeyHome, true
	case "end":
		return tea.KeyEnd, true
	case "pgup":
		return tea.KeyPgUp, true
	case "pgdown":
		return tea.KeyPgDown, true
	}
	return 0, false
}
