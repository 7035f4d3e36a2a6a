package gov

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTitle(t *testing.T) {
	long := strings.Repeat("é", 300)
	tests := []struct {
		name, in, want string
	}{
		{"h1", "# Release weights v2\n\nBody", "Release weights v2"},
		{"h1 after preamble", "Preamble line\n\n# Real title\n", "Real title"},
		{"plain first line", "\n\n  Fund the training run  \nmore", "Fund the training run"},
		{"first line beats later h2", "Fund X\n\n## Motivation\n", "Fund X"},
		{"h2 first line", "## Compute grant ##\n\ntext", "Compute grant"},
		{"closing hashes", "#   Title with # inside ###  ", "Title with # inside"},
		{"hashtag is not a heading", "#hashtag line\n", "#hashtag line"},
		{"empty heading skipped", "#\n# \nReal\n", "Real"},
		{"h1 in code fence ignored", "```\n# not a title\n```\nText\n# Title\n", "Title"},
		{"only code", "```go\nfmt.Println()\n```\n", "fmt.Println()"},
		{"crlf", "# Title\r\nbody", "Title"},
		{"cr only", "Line one\rLine two", "Line one"},
		{"indented 4 is code", "    # code\nText", "# code"},
		{"seven hashes", "####### x\nY", "####### x"},
		{"empty", "", ""},
		{"blank", " \n\t\n", ""},
		{"invalid utf8", "# a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Title(tt.in); got != tt.want {
				t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	got := Title("# " + long)
	if n := utf8.RuneCountInString(got); n != MaxTitleRunes || !strings.HasSuffix(got, "…") {
		t.Errorf("long title: %d runes %q, want %d ending in …", n, got, MaxTitleRunes)
	}
}

func FuzzTitle(f *testing.F) {
	for _, s := range []string{"# a", "```\n#", "\xff\xfe", "####### x", strings.Repeat("a", 500)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Title(s)
		if !utf8.ValidString(got) || utf8.RuneCountInString(got) > MaxTitleRunes || strings.ContainsAny(got, "\r\n") {
			t.Fatalf("Title(%q) = %q", s, got)
		}
	})
}
