package sanitize

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// payloads is the catalogue of hostile strings every chain text may carry.
var payloads = []struct {
	name, in, line, block string
}{
	{"plain", "Fund the grants program", "Fund the grants program", "Fund the grants program"},
	{"osc52 clipboard BEL", "a\x1b]52;c;ZWNobyBwd25lZA==\x07b", "ab", "ab"},
	{"osc52 clipboard ST", "a\x1b]52;c;ZWNobyBwd25lZA==\x1b\\b", "ab", "ab"},
	{"osc8 link", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click", "click"},
	{"osc0 title", "\x1b]0;pwned\x07Title", "Title", "Title"},
	{"osc unterminated", "ok\x1b]0;swallow the rest", "ok", "ok"},
	{"csi cursor moves", "x\x1b[2J\x1b[H\x1b[10;10Hy\x1b[1A", "xy", "xy"},
	{"csi sgr", "\x1b[31mred\x1b[0m", "red", "red"},
	{"csi private", "\x1b[?1049h\x1b[?25lz", "z", "z"},
	{"esc c reset", "a\x1bcb", "ab", "ab"},
	{"esc 7 8", "a\x1b7b\x1b8c", "abc", "abc"},
	{"esc charset", "a\x1b(0b", "ab", "ab"},
	{"esc at end", "abc\x1b", "abc", "abc"},
	{"dcs", "a\x1bP1$r0m\x1b\\b", "ab", "ab"},
	{"apc", "a\x1b_Gf=100;AAAA\x1b\\b", "ab", "ab"},
	{"pm", "a\x1b^private\x1b\\b", "ab", "ab"},
	{"sos", "a\x1bXstring\x1b\\b", "ab", "ab"},
	{"8-bit csi U+009B", "a\u009b2Jb", "ab", "ab"},
	{"8-bit osc U+009D", "a\u009d0;t\u009cb", "ab", "ab"},
	{"8-bit dcs U+0090", "a\u0090x\u009cb", "ab", "ab"},
	{"other C1", "a\u0085\u008eb", "ab", "ab"},
	{"raw 0x9b byte", "a\x9b2Jb", "a\uFFFD2Jb", "a\uFFFD2Jb"},
	{"c0 controls", "a\x00\x07\x08\x0b\x0c\x7fb", "ab", "ab"},
	{"newlines", "a\nb\r\nc\rd", "a b c d", "a\nb\nc\nd"},
	{"tabs", "a\tb", "a b", "a\tb"},
	{"line separator", "a\u2028b", "a b", "a\nb"},
	{"rlo", "abc\u202Etxt.exe", "abc⟨U+202E⟩txt.exe", "abc⟨U+202E⟩txt.exe"},
	{"isolates", "\u2066x\u2069", "⟨U+2066⟩x⟨U+2069⟩", "⟨U+2066⟩x⟨U+2069⟩"},
	{"lrm rlm", "\u200Ea\u200F", "⟨U+200E⟩a⟨U+200F⟩", "⟨U+200E⟩a⟨U+200F⟩"},
	{"zero width", "a\u200Bb\u200Dc\u2060d\uFEFFe", "a⟨U+200B⟩b⟨U+200D⟩c⟨U+2060⟩d⟨U+FEFF⟩e", "a⟨U+200B⟩b⟨U+200D⟩c⟨U+2060⟩d⟨U+FEFF⟩e"},
	{"tag chars", "hi\U000E0041", "hi⟨U+E0041⟩", "hi⟨U+E0041⟩"},
	{"invalid utf8", "a\xff\xfeb", "a\uFFFD\uFFFDb", "a\uFFFD\uFFFDb"},
	{"entity stays text", "&#27;[31m", "&#27;[31m", "&#27;[31m"},
	{"unicode kept", "Ünïcødé 日本 🚀", "Ünïcødé 日本 🚀", "Ünïcødé 日本 🚀"},
	{"surrounding space", "  t  ", "t", "  t  "},
}

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func TestLineAndBlock(t *testing.T) {
	for _, p := range payloads {
		t.Run(p.name, func(t *testing.T) {
			if got := Line(p.in, 0); got != p.line {
				t.Errorf("Line(%q) = %q, want %q", p.in, got, p.line)
			}
			if got := Block(p.in, 0); got != p.block {
				t.Errorf("Block(%q) = %q, want %q", p.in, got, p.block)
			}
			for _, got := range []string{Line(p.in, 0), Block(p.in, 0), sgrRE.ReplaceAllString(Rendered(p.in, 0), "")} {
				if HasEscapes(got) {
					t.Errorf("output %q still has control characters", got)
				}
				if !utf8.ValidString(got) {
					t.Errorf("output %q is not valid UTF-8", got)
				}
			}
		})
	}
}

func TestRenderedKeepsOnlySGR(t *testing.T) {
	in := "\x1b[1;38;5;228mHead\x1b[0m \x1b[2Jx\x1b]8;;u\x1b\\y\x1b[?25l\u009b31m"
	got := Rendered(in, 0)
	want := "\x1b[1;38;5;228mHead\x1b[0m xy"
	if got != want {
		t.Fatalf("Rendered = %q, want %q", got, want)
	}
	if Block(in, 0) != "Head xy" {
		t.Fatalf("Block should strip SGR too: %q", Block(in, 0))
	}
}

func TestCap(t *testing.T) {
	cases := []struct {
		in   string
		max  int
		want string
	}{
		{"abcdef", 6, "abcdef"},
		{"abcdefg", 6, "abcde…"},
		{"日本語のテキスト", 4, "日本語…"},
		{"ab\u202Ecd", 4, "ab…"}, // the marker is never split
		{"ab\u202E", 11, "ab⟨U+202E⟩"},
		{"", 3, ""},
	}
	for _, c := range cases {
		if got := Line(c.in, c.max); got != c.want {
			t.Errorf("Line(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
		if n := utf8.RuneCountInString(Line(c.in, c.max)); n > c.max {
			t.Errorf("Line(%q, %d) has %d runes", c.in, c.max, n)
		}
	}
	// Rendered resets colours when it cuts after keeping SGR.
	got := Rendered("\x1b[31m"+strings.Repeat("x", 10), 5)
	if got != "\x1b[31mxxxx…\x1b[0m" {
		t.Fatalf("Rendered cut = %q", got)
	}
}

func TestCombiningMarksLimited(t *testing.T) {
	z := "a" + strings.Repeat("\u0301", 100) + "b"
	got := Block(z, 0)
	if n := utf8.RuneCountInString(got); n != 2+maxCombining {
		t.Fatalf("got %d runes, want %d", n, 2+maxCombining)
	}
	if Line("é", 0) != "é" { // e + combining acute
		t.Fatal("ordinary combining mark lost")
	}
}

func TestPlainFastPathDoesNotAllocate(t *testing.T) {
	s := "Fund the grants program for Q3"
	if n := testing.AllocsPerRun(100, func() { _ = Line(s, 200) }); n != 0 {
		t.Fatalf("Line allocated %v times on plain ASCII", n)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, p := range payloads {
		f.Add(p.in, 20)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max % 1000
		for _, got := range []string{Line(s, max), Block(s, max)} {
			if HasEscapes(got) {
				t.Fatalf("%q -> %q has controls", s, got)
			}
			if !utf8.ValidString(got) {
				t.Fatalf("%q -> %q invalid UTF-8", s, got)
			}
			if max > 0 && utf8.RuneCountInString(got) > max {
				t.Fatalf("%q -> %q longer than %d", s, got, max)
			}
			for _, r := range got {
				if IsMarked(r) {
					t.Fatalf("%q -> %q kept an invisible rune %U", s, got, r)
				}
			}
		}
		r := Rendered(s, max)
		if strings.ContainsRune(strings.ReplaceAll(r, "\x1b[", ""), 0x1b) {
			t.Fatalf("Rendered(%q) = %q kept a non-CSI escape", s, r)
		}
	})
}

func BenchmarkLineASCII(b *testing.B) {
	s := "Fund the grants program for Q3 with 250,000 USDx"
	b.ReportAllocs()
	for b.Loop() {
		_ = Line(s, MaxTitle)
	}
}

func BenchmarkBlockHostile(b *testing.B) {
	s := strings.Repeat("text \x1b[31mred\x1b[0m \u202E ü\n", 1000)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_ = Block(s, MaxBlock)
	}
}
