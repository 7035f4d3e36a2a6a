package markdown

import (
	"regexp"
	"strings"
	"testing"

	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/tui/sanitize"
)

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// onlySGR fails the test if out holds any escape or control other than SGR.
func onlySGR(t *testing.T, out string) {
	t.Helper()
	rest := sgrRE.ReplaceAllString(out, "")
	if sanitize.HasEscapes(rest) {
		t.Fatalf("output holds escapes other than SGR: %q", firstEscape(rest))
	}
	for _, r := range rest {
		if sanitize.IsMarked(r) {
			t.Fatalf("output holds invisible rune %U", r)
		}
	}
}

func firstEscape(s string) string {
	for i, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f {
			return s[max(0, i-10):min(len(s), i+20)]
		}
	}
	return ""
}

func opts(p termenv.Profile) Options {
	return Options{Width: 80, Style: "dark", Profile: p}
}

func TestRenderMarkdown(t *testing.T) {
	src := "# Fund grants\n\nThis sends **250,000 USDx** to the [grants](https://example.org) multisig.\n\n- one\n- two\n"
	r := Render(src, opts(termenv.TrueColor))
	if !r.Markdown || r.Reason != "" {
		t.Fatalf("expected markdown, got fallback: %s", r.Reason)
	}
	plain := sgrRE.ReplaceAllString(r.Text, "")
	for _, want := range []string{"Fund grants", "250,000 USDx", "• one"} {
		if !strings.Contains(plain, want) {
			t.Errorf("rendered text lacks %q:\n%s", want, plain)
		}
	}
	if !strings.Contains(r.Text, "\x1b[") {
		t.Error("true-colour render has no colours")
	}
	onlySGR(t, r.Text)
	a := Render(src, opts(termenv.Ascii))
	if strings.Contains(a.Text, "\x1b") {
		t.Errorf("ASCII profile output has escapes: %q", a.Text)
	}
}

// hostile markdown payloads: nothing but glamour's own SGR may come out.
var hostile = []struct{ name, src string }{
	{"entity esc sgr", "hello &#27;[31mred&#27;[0m"},
	{"entity hex esc", "a &#x1b;]52;c;AAAA&#x07; b &#X1B;c"},
	{"entity padded", "&#0000027;[2J"},
	{"entity c1 csi", "x &#155;2J y"},
	{"entity bidi", "file&#x202E;txt.exe &rlm; &zwj;"},
	{"entity big", "&#99999999; &#x110000;"},
	{"entity in code", "`&#27;[31m` and\n\n```\n&#27;]0;t&#7;\n```\n"},
	{"raw escapes", "# T\x1b]0;pwn\x07itle\n\n\x1b[2Jclear \x1bc reset \u009b31m c1 \x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\"},
	{"raw in code block", "```\n\x1b[31mred\x1b[0m\n```\n"},
	{"link with escape", "[a](http://x/\x1b[31m) <http://y/&#27;[0m>"},
	{"html", "<script>alert(1)</script><span style=x>&#27;[1m</span>"},
	{"bidi", "Approve \u202Egnp.exe\u202C \u2066x\u2069 zero\u200Bwidth \uFEFF"},
}

func TestHostile(t *testing.T) {
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.Ascii} {
				r := Render(h.src, opts(p))
				onlySGR(t, r.Text)
			}
		})
	}
	r := Render("x &#27;[31m y", opts(termenv.Ascii))
	if !strings.Contains(r.Text, "⟨U+001B⟩[31m") {
		t.Errorf("ESC entity not shown as a marker: %q", r.Text)
	}
}

func TestCheck(t *testing.T) {
	lim := DefaultLimits()
	cases := []struct {
		name, src string
		ok        bool
	}{
		{"plain", "hello world", true},
		{"8 quotes", strings.Repeat("> ", 8) + "x", true},
		{"9 quotes", strings.Repeat("> ", 9) + "x", false},
		{"9 quotes packed", strings.Repeat(">", 9) + "x", false},
		{"nested lists", "- a\n  - b\n    - c\n      - d\n", true},
		{"deep lists", strings.Repeat("- ", 9) + "x\n", false},
		{"indented list", strings.Repeat(" ", 20) + "- x\n", false},
		{"deep inside fence is fine", "```\n" + strings.Repeat(">", 30) + "\n```\n", true},
		{"long word", strings.Repeat("a", 201), false},
		{"word at limit", strings.Repeat("a", 200), true},
		{"too big", strings.Repeat("a ", 40<<10), false},
		{"too many lines", strings.Repeat("a\n", 1001), false},
		{"too many delims", strings.Repeat("*a ", 4001), false},
	}
	for _, c := range cases {
		reason := Check(c.src, lim)
		if (reason == "") != c.ok {
			t.Errorf("%s: Check = %q, want ok=%v", c.name, reason, c.ok)
		}
	}
}

// Bombs must take the fallback path and produce bounded output.
func TestBombs(t *testing.T) {
	lim := DefaultLimits()
	bombs := []struct {
		name string
		src  string
	}{
		{"100 nested blockquotes", strings.Repeat(">", 100) + " boom"},
		{"100 nested blockquotes spaced", strings.Repeat("> ", 100) + "boom"},
		{"100 nested lists", strings.Repeat("- ", 100) + "boom"},
		{"1 MB word", strings.Repeat("A", 1<<20)},
		{"10 MB description", strings.Repeat("Lorem ipsum dolor sit amet.\n", (10<<20)/28)},
		{"10 MB of escapes", strings.Repeat("\x1b[31m\u202E&#27;", (10<<20)/12)},
	}
	for _, b := range bombs {
		t.Run(b.name, func(t *testing.T) {
			r := Render(b.src, opts(termenv.TrueColor))
			if r.Markdown || r.Reason == "" {
				t.Fatalf("bomb rendered as markdown")
			}
			// plain output: at most MaxPlain runes, plus wrapping newlines and markers
			if n := len(r.Text); n > 4*lim.MaxPlain+lim.MaxPlain/10*2 {
				t.Fatalf("fallback output is %d bytes", n)
			}
			onlySGR(t, r.Text)
			for _, line := range strings.Split(r.Text, "\n") {
				if w := len([]rune(line)); w > 80 {
					t.Fatalf("fallback line of %d runes is wider than 80", w)
				}
			}
		})
	}
}

func TestRenderedOutputBounded(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxOutput = 1000
	r := Render(strings.Repeat("# heading\n", 50), Options{Width: 80, Style: "dark", Profile: termenv.TrueColor, Limits: lim})
	if r.Markdown {
		t.Fatalf("output over MaxOutput kept as markdown (%d bytes)", len(r.Text))
	}
}

func BenchmarkRenderDescription(b *testing.B) {
	para := "This proposal funds the **grants program** with 250,000 USDx over _two quarters_, see [the forum](https://forum.example/t/123). "
	src := strings.Repeat("## Section\n\n"+para+para+"\n\n- point one\n- point two\n\n", 20)
	b.ReportAllocs()
	for b.Loop() {
		Render(src, opts(termenv.TrueColor))
	}
}

func BenchmarkRenderBombs(b *testing.B) {
	for _, bm := range []struct{ name, src string }{
		{"nested100", strings.Repeat(">", 100) + " boom"},
		{"word1MB", strings.Repeat("A", 1<<20)},
		{"desc10MB", strings.Repeat("Lorem ipsum dolor sit amet.\n", (10<<20)/28)},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Render(bm.src, opts(termenv.TrueColor))
			}
		})
	}
}

// TestNestingBudget: many lines nested within the depth limit would cost
// glamour seconds and gigabytes; they take the plain path instead, while an
// ordinary nested list still renders as markdown.
func TestNestingBudget(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("- - - - - - - - x\n", 990),
		strings.Repeat("- - - - x\n", 990),
		strings.Repeat("> - > - > - > - x\n", 250),
	} {
		if why := Check(src, DefaultLimits()); !strings.Contains(why, "nested lines") {
			t.Errorf("Check(%q…) = %q, want the nesting budget", src[:18], why)
		}
	}
	list := "# Plan\n\n" + strings.Repeat("- step\n  - detail\n  - detail\n", 60)
	if why := Check(list, DefaultLimits()); why != "" {
		t.Errorf("an ordinary nested list is refused: %s", why)
	}
}
