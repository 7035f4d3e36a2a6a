package gov

import (
	"strings"
	"unicode/utf8"
)

// MaxTitleRunes caps the length of a title derived by Title.
const MaxTitleRunes = 200

// Title derives a proposal's title from its markdown description: the text
// of the first level-1 ATX heading ("# Title") outside code fences; else the
// first non-empty line (a heading of another level loses its '#' marks);
// trimmed and capped at MaxTitleRunes runes (ending in "…" when cut).
// Invalid UTF-8 is replaced with U+FFFD. The result is raw chain text: views
// must still sanitize it.
func Title(description string) string {
	s := strings.ToValidUTF8(description, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var (
		first   string // first non-empty line outside fences
		inFence string // the open fence's marker ("```" or "~~~"), or ""
		fenced  string // first non-empty line inside a fence, last resort
	)
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if m := fenceMarker(line); m != "" {
			switch {
			case inFence == "":
				inFence = m
			case m == inFence:
				inFence = ""
			}
			continue
		}
		if inFence != "" {
			if fenced == "" && t != "" {
				fenced = t
			}
			continue
		}
		if t == "" {
			continue
		}
		if level, text, ok := atxHeading(line); ok {
			if text == "" {
				continue
			}
			if level == 1 {
				return capRunes(text, MaxTitleRunes)
			}
			if first == "" {
				first = text
			}
			continue
		}
		if first == "" {
			first = t
		}
	}
	if first == "" {
		first = fenced
	}
	return capRunes(first, MaxTitleRunes)
}

// fenceMarker returns "```" or "~~~" when line opens or closes a fenced code
// block (at most three spaces of indentation), else "".
func fenceMarker(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return ""
	}
	for _, m := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, m) {
			return m
		}
	}
	return ""
}

// atxHeading parses an ATX heading ("## Text ##"): its level (1–6) and text.
func atxHeading(line string) (level int, text string, ok bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return 0, "", false
	}
	for level < len(t) && t[level] == '#' {
		level++
	}
	if level == 0 || level > 6 {
		return 0, "", false
	}
	rest := t[level:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false // "#hashtag" is not a heading
	}
	rest = strings.TrimSpace(rest)
	// Drop an optional closing sequence: " ##".
	if i := strings.LastIndexFunc(rest, func(r rune) bool { return r != '#' }); i < 0 {
		rest = ""
	} else if i < len(rest)-1 && (rest[i] == ' ' || rest[i] == '\t') {
		rest = strings.TrimSpace(rest[:i])
	}
	return level, rest, true
}

// capRunes cuts s to at most n runes, ending in "…" when cut.
func capRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i = range s {
		if count == n-1 {
			break
		}
		count++
	}
	return strings.TrimSpace(s[:i]) + "…"
}
