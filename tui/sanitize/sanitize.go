// Package sanitize is the one sanitizer for untrusted text — everything that
// comes from the chain or the node (titles, descriptions, vote reasons, token
// names and symbols, node error strings) — before it reaches a terminal.
//
// It removes C0 and C1 control characters and whole escape sequences (CSI,
// OSC, DCS, APC, PM, SOS, two-byte ESC sequences, and their 8-bit C1
// forms such as U+009B), replaces invalid UTF-8 with U+FFFD, shows bidi
// controls and invisible characters as visible markers such as ⟨U+202E⟩,
// limits runs of combining marks, and caps the length in runes.
//
// Line is for one-line fields (titles, symbols, table cells), Block for
// multi-line text (descriptions, reasons shown in full). Rendered filters
// output of the UI's own renderer (glamour): it keeps SGR colour sequences
// and drops everything else.
//
// The package has no terminal or bubbletea dependency so the CLI uses it too.
package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis is appended when text is cut to its cap.
const Ellipsis = "…"

// Default caps, in runes, for the common kinds of field.
const (
	MaxTitle  = 200     // proposal titles, names
	MaxSymbol = 16      // token symbols
	MaxReason = 2000    // vote reasons
	MaxError  = 300     // node error strings in the status line
	MaxBlock  = 1 << 20 // descriptions (markdown limits are stricter still)
)

// maxCombining is the most combining marks kept after one base character
// ("Zalgo" text otherwise stacks without bound).
const maxCombining = 8

// Line sanitizes a one-line field: newlines, carriage returns, tabs and
// U+2028/U+2029 become spaces, surrounding space is trimmed, and the result
// is at most max runes (max <= 0 means no cap) ending in an ellipsis if cut.
func Line(s string, max int) string {
	if isPlainASCII(s, false) {
		s = strings.TrimSpace(s)
		if max <= 0 || len(s) <= max {
			return s
		}
	}
	return strings.TrimSpace(clean(strings.TrimSpace(s), max, modeLine))
}

// Block sanitizes multi-line text: newlines and tabs are kept, CRLF and
// lone CR become LF, U+2028/U+2029 become LF. The result is at most max runes
// (max <= 0 means no cap), ending in an ellipsis if cut.
func Block(s string, max int) string {
	if isPlainASCII(s, true) && (max <= 0 || len(s) <= max) {
		return s
	}
	return clean(s, max, modeBlock)
}

// Rendered sanitizes the output of the UI's own renderer. It keeps SGR
// sequences (ESC [ digits ; : m) and newlines, and drops every other escape
// sequence and control character exactly like Block. It must only be given
// text whose untrusted parts already went through Line or Block.
func Rendered(s string, max int) string {
	return clean(s, max, modeRendered)
}

// Marker returns the visible marker shown in place of an invisible or
// direction-changing character, e.g. "⟨U+202E⟩".
func Marker(r rune) string {
	return string(appendMarker(nil, r))
}

func appendMarker(b []byte, r rune) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, "⟨U+"...)
	digits := 4
	for v := uint32(r) >> 16; v > 0; v >>= 4 {
		digits++
	}
	for i := digits - 1; i >= 0; i-- {
		b = append(b, hex[(uint32(r)>>(4*i))&0xF])
	}
	return append(b, "⟩"...)
}

// IsMarked reports whether r is shown as a Marker rather than as itself:
// bidi embeddings, overrides, isolates and marks, zero-width characters,
// invisible operators, tag characters and interlinear annotations.
func IsMarked(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, // LRE RLE PDF LRO RLO
		r >= 0x2066 && r <= 0x2069,            // LRI RLI FSI PDI
		r == 0x200E, r == 0x200F, r == 0x061C, // LRM RLM ALM
		r >= 0x200B && r <= 0x200D,            // ZWSP ZWNJ ZWJ
		r >= 0x2060 && r <= 0x2064,            // WJ and invisible operators
		r == 0xFEFF, r == 0x180E, r == 0x034F, // BOM/ZWNBSP, MVS, CGJ
		r >= 0xFFF9 && r <= 0xFFFB,   // interlinear annotation
		r >= 0xE0000 && r <= 0xE007F: // tag characters ("ASCII smuggling")
		return true
	}
	return false
}

// HasEscapes reports whether s contains any ESC, C1 control or other control
// character except newline and tab. Tests use it to check rendered frames.
func HasEscapes(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || (r >= 0x7F && r <= 0x9F) {
			return true
		}
	}
	return false
}

type mode uint8

const (
	modeLine mode = iota
	modeBlock
	modeRendered
)

// isPlainASCII reports whether s is printable ASCII only (plus \n and \t
// when multiline), so that it needs no work.
func isPlainASCII(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			continue
		}
		if multiline && (c == '\n' || c == '\t') {
			continue
		}
		return false
	}
	return true
}

// writer accumulates output and enforces the rune cap. Units (a rune, a
// marker, a kept SGR sequence) are never split: when a unit would exceed
// the cap, the output is cut back to the last point where an ellipsis still
// fits.
type writer struct {
	b       []byte
	max     int // 0 = unlimited
	n       int // runes written (SGR sequences count zero)
	safe    int // len(b) at the last point where n <= max-1
	full    bool
	marks   int  // combining marks since the last base character
	sgrKept bool // an SGR sequence was written
}

func (w *writer) unit(s []byte, runes int) {
	if w.full {
		return
	}
	if w.max > 0 && w.n+runes > w.max {
		w.b = append(w.b[:w.safe], Ellipsis...)
		w.full = true
		return
	}
	w.b = append(w.b, s...)
	w.n += runes
	if w.max > 0 && w.n <= w.max-1 {
		w.safe = len(w.b)
	}
}

func (w *writer) rune(r rune) {
	if unicode.In(r, unicode.Mn, unicode.Me) {
		w.marks++
		if w.marks > maxCombining {
			return
		}
	} else {
		w.marks = 0
	}
	if w.full {
		return
	}
	if w.max > 0 && w.n+1 > w.max {
		w.b = append(w.b[:w.safe], Ellipsis...)
		w.full = true
		return
	}
	w.b = utf8.AppendRune(w.b, r)
	w.n++
	if w.max > 0 && w.n <= w.max-1 {
		w.safe = len(w.b)
	}
}

// clean is the sanitizer proper. It walks s rune by rune; escape sequences
// are consumed whole.
func clean(s string, max int, m mode) string {
	w := &writer{max: max, b: make([]byte, 0, min(len(s)+8, 4096))}
	for i := 0; i < len(s) && !w.full; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			w.rune(utf8.RuneError)
			i++
			continue
		}
		switch {
		case r == 0x1B: // ESC
			j, keep := skipEscape(s, i+size, m == modeRendered)
			if keep {
				w.unit([]byte(s[i:j]), 0)
				w.sgrKept = true
			}
			i = j
			continue
		case r >= 0x80 && r <= 0x9F: // C1 controls, 8-bit introducers
			i = skipC1(s, r, i+size)
			continue
		case r == '\n':
			if m == modeLine {
				w.rune(' ')
			} else {
				w.rune('\n')
			}
		case r == '\r':
			if strings.HasPrefix(s[i+size:], "\n") {
				break // CRLF: the LF follows
			}
			if m == modeLine {
				w.rune(' ')
			} else {
				w.rune('\n')
			}
		case r == '\t':
			if m == modeLine {
				w.rune(' ')
			} else {
				w.rune('\t')
			}
		case r == 0x2028 || r == 0x2029:
			if m == modeLine {
				w.rune(' ')
			} else {
				w.rune('\n')
			}
		case r < 0x20 || r == 0x7F:
			// other C0 controls and DEL: dropped
		case IsMarked(r):
			var buf [24]byte
			mk := appendMarker(buf[:0], r)
			w.unit(mk, utf8.RuneCount(mk))
			w.marks = 0
		default:
			w.rune(r)
		}
		i += size
	}
	if w.full && w.sgrKept {
		w.b = append(w.b, "\x1b[0m"...)
	}
	return string(w.b)
}

// skipEscape consumes the escape sequence whose ESC ended at byte i and
// returns the index after it. keep reports whether it is an SGR sequence
// that may be kept (only when allowSGR).
func skipEscape(s string, i int, allowSGR bool) (next int, keep bool) {
	if i >= len(s) {
		return i, false
	}
	c := s[i]
	switch {
	case c == '[':
		end, final := skipCSI(s, i+1)
		if allowSGR && final == 'm' && sgrParams(s[i+1:end-1]) {
			return end, true
		}
		return end, false
	case c == ']':
		return skipString(s, i+1, true), false
	case c == 'P' || c == '_' || c == '^' || c == 'X':
		return skipString(s, i+1, false), false
	case c >= 0x20 && c <= 0x2F: // nF: intermediates then a final byte
		j := i
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7E {
			j++
		}
		return j, false
	case c >= 0x30 && c <= 0x7E: // Fp, Fe, Fs: ESC 7, ESC c, ESC D ...
		return i + 1, false
	}
	// ESC followed by something else: drop the ESC alone.
	return i, false
}

// skipCSI consumes parameter, intermediate and final bytes starting at i.
// It returns the index after the sequence and the final byte (0 if the
// sequence was malformed and cut short).
func skipCSI(s string, i int) (int, byte) {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3F {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2F {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7E {
		return i + 1, s[i]
	}
	return i, 0
}

// sgrParams reports whether p is a plain SGR parameter list.
func sgrParams(p string) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// skipString consumes a control string (OSC, DCS, APC, PM, SOS) up to and
// including its terminator: ST (ESC \ or U+009C), or BEL when bel is true.
// An unterminated string runs to the end of s.
func skipString(s string, i int, bel bool) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07 && bel:
			return i + 1
		case s[i] == 0x1B:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			// A new ESC also ends the string (terminals abort on it);
			// leave it for the caller to consume.
			return i
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0x9C: // U+009C ST
			return i + 2
		}
		i++
	}
	return i
}

// skipC1 handles a C1 control rune r that ended at byte i: the 8-bit forms
// of CSI, OSC, DCS, SOS, PM and APC swallow their whole sequence; every
// other C1 control is dropped alone.
func skipC1(s string, r rune, i int) int {
	switch r {
	case 0x9B: // CSI
		j, _ := skipCSI(s, i)
		return j
	case 0x9D: // OSC
		return skipString(s, i, true)
	case 0x90, 0x98, 0x9E, 0x9F: // DCS, SOS, PM, APC
		return skipString(s, i, false)
	}
	return i
}
