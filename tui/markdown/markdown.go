// Package markdown renders untrusted markdown (proposal descriptions) for the
// terminal within hard limits.
//
// glamour is only used when the source is small and shallow enough to render
// in bounded time: at most Limits.MaxBytes bytes, Limits.MaxDepth levels of
// nested blockquotes and lists, Limits.MaxWord runes in one word and
// Limits.MaxLines lines. Anything else is shown as sanitized, wrapped plain
// text. The source is sanitized before glamour sees it, numeric character
// references that would decode to control or invisible characters are
// replaced by visible markers (glamour turns "&#27;" into a real ESC), and
// glamour's output is sanitized again keeping only SGR colour sequences.
package markdown

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/tui/sanitize"
)

// Limits bound what is handed to glamour and what is shown.
type Limits struct {
	MaxBytes  int // largest source rendered as markdown (after sanitizing)
	MaxDepth  int // deepest nesting of blockquotes and list items
	MaxNested int // most nesting over all lines: Σ (depth-1), glamour's cost grows with it
	MaxWord   int // longest run of non-space runes
	MaxLines  int // most source lines
	MaxDelims int // most emphasis, link and code delimiters (* _ [ ] `)
	MaxOutput int // largest glamour output kept, in bytes
	MaxPlain  int // most runes of the plain-text fallback shown
}

// DefaultLimits are the limits used for proposal descriptions.
func DefaultLimits() Limits {
	return Limits{
		MaxBytes:  64 << 10,
		MaxDepth:  8,
		MaxNested: 400,
		MaxWord:   200,
		MaxLines:  1000,
		MaxDelims: 4000,
		MaxOutput: 4 << 20,
		MaxPlain:  64 << 10,
	}
}

// Options say how to render.
type Options struct {
	Width   int             // wrap width in cells; at least 20 is used
	Style   string          // glamour standard style: "dark", "light", "notty", "ascii"
	Profile termenv.Profile // colour profile of the output (termenv.Ascii: none)
	Limits  Limits          // zero value: DefaultLimits
}

// Result is a rendered description.
type Result struct {
	Text     string // ready to print: no escape sequence other than SGR
	Markdown bool   // rendered by glamour; false when the plain fallback was used
	Reason   string // why the fallback was used ("" when Markdown)
}

// Render renders src as markdown when it is within the limits, and as
// wrapped plain text otherwise. It never fails and never panics.
func Render(src string, o Options) (res Result) {
	lim := o.Limits
	if lim == (Limits{}) {
		lim = DefaultLimits()
	}
	width := max(o.Width, 20)
	if reason := Check(src, lim); reason != "" {
		return plain(src, width, lim, reason)
	}
	clean := neutralizeEntities(sanitize.Block(src, 0))
	style := o.Style
	if style == "" || o.Profile == termenv.Ascii {
		style = "notty"
	}
	defer func() {
		if r := recover(); r != nil {
			res = plain(src, width, lim, fmt.Sprintf("markdown renderer failed: %v", r))
		}
	}()
	tr, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(style),
		glamour.WithColorProfile(o.Profile),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return plain(src, width, lim, "markdown renderer: "+err.Error())
	}
	out, err := tr.Render(clean)
	if err != nil {
		return plain(src, width, lim, "markdown renderer: "+err.Error())
	}
	if len(out) > lim.MaxOutput {
		return plain(src, width, lim, fmt.Sprintf("rendered markdown over %s", size(lim.MaxOutput)))
	}
	if o.Profile == termenv.Ascii {
		// No colours at all: drop glamour's bold/underline and padding.
		out = trimRight(sanitize.Block(out, 0))
	} else {
		out = sanitize.Rendered(out, 0)
	}
	return Result{Text: strings.Trim(out, "\n"), Markdown: true}
}

// Check returns why src must not be rendered as markdown under lim, or ""
// when it may be. It runs in time linear in len(src) and stops early.
func Check(src string, lim Limits) string {
	if len(src) > lim.MaxBytes {
		return fmt.Sprintf("description is %s, over the %s markdown limit", size(len(src)), size(lim.MaxBytes))
	}
	lines, fence, nested := 0, "", 0
	for line := range strings.Lines(src) {
		lines++
		if lines > lim.MaxLines {
			return fmt.Sprintf("description has over %d lines", lim.MaxLines)
		}
		trimmed := strings.TrimLeft(line, " \t")
		if f := fenceOf(trimmed); f != "" {
			switch {
			case fence == "":
				fence = f
			case strings.HasPrefix(trimmed, fence):
				fence = ""
			}
			continue
		}
		if fence != "" {
			continue
		}
		d := depth(line)
		if d > lim.MaxDepth {
			return fmt.Sprintf("markdown nested %d levels deep (limit %d)", d, lim.MaxDepth)
		}
		if nested += max(0, d-1); nested > lim.MaxNested {
			return fmt.Sprintf("markdown has over %d nested lines", lim.MaxNested)
		}
	}
	// longest word and delimiter count, over the whole text
	word, delims := 0, 0
	for _, r := range src {
		switch r {
		case '*', '_', '[', ']', '`':
			delims++
			if delims > lim.MaxDelims {
				return fmt.Sprintf("markdown has over %d emphasis or link delimiters", lim.MaxDelims)
			}
		}
		if unicode.IsSpace(r) {
			word = 0
			continue
		}
		word++
		if word > lim.MaxWord {
			return fmt.Sprintf("a word is over %d characters long", lim.MaxWord)
		}
	}
	return ""
}

// fenceOf returns the fence (``` or ~~~, with its full length) that line
// opens or closes, or "".
func fenceOf(line string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(line) && line[n] == c {
			n++
		}
		if n >= 3 {
			return line[:n]
		}
	}
	return ""
}

// depth estimates how deeply line's content is nested: one level per '>'
// and per list marker in its prefix, plus one per two columns of
// indentation before the first of them (nested lists are indented).
func depth(line string) int {
	d, indent := 0, 0
	i := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			if d == 0 && c == '\t' {
				indent += 4
			} else if d == 0 {
				indent++
			}
			i++
		case c == '>':
			d++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			d++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 10 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				d++
				i = j + 2
				continue
			}
			return d + indent/2
		default:
			return d + indent/2
		}
	}
	return d + indent/2
}

// entityRE matches numeric character references (&#27; &#x1B; &#X1b;).
var entityRE = regexp.MustCompile(`&#(?:[0-9]{1,8}|[xX][0-9a-fA-F]{1,8});`)

// neutralizeEntities replaces numeric character references that would
// decode to a control, invisible or invalid character with the visible
// marker of that character, so the markdown parser cannot produce them.
func neutralizeEntities(s string) string {
	if !strings.Contains(s, "&#") {
		return s
	}
	return entityRE.ReplaceAllStringFunc(s, func(ent string) string {
		body := ent[2 : len(ent)-1]
		var v uint64
		var err error
		if body[0] == 'x' || body[0] == 'X' {
			v, err = strconv.ParseUint(body[1:], 16, 32)
		} else {
			v, err = strconv.ParseUint(body, 10, 32)
		}
		if err != nil || v > unicode.MaxRune {
			return "⟨invalid character reference⟩"
		}
		r := rune(v)
		if r == 0 || r < 0x20 || (r >= 0x7F && r <= 0x9F) || sanitize.IsMarked(r) ||
			r == 0x2028 || r == 0x2029 || !utf8.ValidRune(r) {
			return sanitize.Marker(r)
		}
		return ent
	})
}

// plain is the fallback: sanitized text, capped, wrapped to width.
func plain(src string, width int, lim Limits, reason string) Result {
	text := sanitize.Block(src, lim.MaxPlain)
	text = strings.ReplaceAll(text, "\t", "    ")
	text = ansi.Wordwrap(text, width, "")
	text = ansi.Hardwrap(text, width, true)
	return Result{Text: strings.Trim(text, "\n"), Reason: reason}
}

// trimRight removes trailing spaces from every line.
func trimRight(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		b.WriteString(strings.TrimRight(line, " \n"))
		if strings.HasSuffix(line, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// size formats a byte count for messages.
func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
