package config

import (
	"fmt"
	"strconv"
	"strings"
)

// The TOML library reports where syntax errors are but not where each key is,
// so keyLines scans the document once more to find the line of every key,
// table header and array element. It runs only on input the library has
// already parsed, so it needs to understand TOML's structure (strings,
// comments, arrays, inline tables, table headers) but not to check it; it
// stops at the first thing it does not understand and keeps what it found.

// joinKey appends one key segment to a dotted key path, quoting the segment
// when it is not a bare TOML key.
func joinKey(parent, seg string) string {
	if !isBareKey(seg) {
		seg = strconv.Quote(seg)
	}
	if parent == "" {
		return seg
	}
	return parent + "." + seg
}

// indexKey appends a 0-based array index to a key path: dao[1].
func indexKey(parent string, i int) string {
	return parent + "[" + strconv.Itoa(i) + "]"
}

func isBareKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// header is a [table] or [[array]] header.
type header struct {
	line int
	raw  string // path without array indexes, as the TOML library prints it: dao
	path string // path with indexes: dao[2]
}

// layout is what keyLines found.
type layout struct {
	lines   map[string]int // key path → 1-based line of its first appearance
	headers []header       // in file order
}

// line returns the line of key, or of its nearest ancestor that has one, or 0.
func (l *layout) line(key string) int {
	for key != "" {
		if n, ok := l.lines[key]; ok {
			return n
		}
		key = parentKey(key)
	}
	return 0
}

// indexed turns a key as the TOML library prints it in syntax errors
// ("dao.governor") into a full path ("dao[2].governor") using the last table
// header at or before line.
func (l *layout) indexed(key string, line int) string {
	var last *header
	for i := range l.headers {
		if l.headers[i].line <= line {
			last = &l.headers[i]
		}
	}
	if last == nil || last.raw == last.path {
		return key
	}
	if key == last.raw || strings.HasPrefix(key, last.raw+".") {
		return last.path + key[len(last.raw):]
	}
	return key
}

// parentKey drops the last segment or index of a key path. Quoted segments
// are skipped over as a whole.
func parentKey(key string) string {
	cut, inQuote := 0, false
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case inQuote && c == '\\':
			i++
		case c == '"':
			inQuote = !inQuote
		case !inQuote && (c == '.' || c == '['):
			cut = i
		}
	}
	return key[:cut]
}

type scanner struct {
	src   string
	i     int
	line  int
	count map[string]int // array-of-tables path → entries seen
	out   layout
}

type scanStop struct{ msg string }

// keyLines scans src; on input it cannot follow it returns what it found
// before that point together with an error.
func keyLines(src string) (l *layout, err error) {
	s := &scanner{
		src:   strings.TrimPrefix(src, "\ufeff"),
		line:  1,
		count: map[string]int{},
		out:   layout{lines: map[string]int{}},
	}
	defer func() {
		if r := recover(); r != nil {
			stop, ok := r.(scanStop)
			if !ok {
				panic(r)
			}
			l, err = &s.out, fmt.Errorf("line %d: %s", s.line, stop.msg)
		}
	}()
	s.document()
	return &s.out, nil
}

func (s *scanner) stop(msg string) { panic(scanStop{msg}) }

func (s *scanner) eof() bool { return s.i >= len(s.src) }

func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.i]
}

func (s *scanner) next() {
	if s.src[s.i] == '\n' {
		s.line++
	}
	s.i++
}

func (s *scanner) record(path string, line int) {
	if _, ok := s.out.lines[path]; !ok {
		s.out.lines[path] = line
	}
}

// skipSpace skips spaces and tabs.
func (s *scanner) skipSpace() {
	for !s.eof() && (s.peek() == ' ' || s.peek() == '\t') {
		s.i++
	}
}

// skipBlank skips whitespace, newlines and comments.
func (s *scanner) skipBlank() {
	for !s.eof() {
		switch s.peek() {
		case ' ', '\t', '\r', '\n':
			s.next()
		case '#':
			for !s.eof() && s.peek() != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

func (s *scanner) document() {
	table := ""
	for {
		s.skipBlank()
		if s.eof() {
			return
		}
		if s.peek() == '[' {
			table = s.header()
			continue
		}
		s.keyval(table)
	}
}

func (s *scanner) header() string {
	line := s.line
	s.i++
	array := s.peek() == '['
	if array {
		s.i++
	}
	segs := s.key()
	s.expect(']')
	if array {
		s.expect(']')
	}
	raw, path := "", ""
	for j, seg := range segs {
		raw = joinKey(raw, seg)
		path = joinKey(path, seg)
		s.record(path, line)
		if j == len(segs)-1 && array {
			n := s.count[path]
			s.count[path] = n + 1
			path = indexKey(path, n)
		} else if n, ok := s.count[path]; ok {
			path = indexKey(path, n-1)
		}
	}
	s.record(path, line)
	s.out.headers = append(s.out.headers, header{line: line, raw: raw, path: path})
	return path
}

func (s *scanner) expect(c byte) {
	s.skipSpace()
	if s.peek() != c {
		s.stop(fmt.Sprintf("expected %q", c))
	}
	s.i++
}

func (s *scanner) key() []string {
	var segs []string
	for {
		s.skipSpace()
		segs = append(segs, s.keySegment())
		s.skipSpace()
		if s.peek() != '.' {
			return segs
		}
		s.i++
	}
}

func (s *scanner) keySegment() string {
	switch s.peek() {
	case '"':
		return s.basicString()
	case '\'':
		return s.literalString()
	}
	start := s.i
	for !s.eof() && !strings.ContainsRune(" \t\r\n.=[]\"'#,{}", rune(s.peek())) {
		s.i++
	}
	if s.i == start {
		s.stop("expected a key")
	}
	return s.src[start:s.i]
}

func (s *scanner) keyval(table string) {
	line := s.line
	path := table
	for _, seg := range s.key() {
		path = joinKey(path, seg)
		s.record(path, line)
		if n, ok := s.count[path]; ok { // a.b = 1 after [[a]] (the library allows it)
			path = indexKey(path, n-1)
			s.record(path, line)
		}
	}
	s.expect('=')
	s.skipSpace()
	s.value(path)
}

func (s *scanner) value(path string) {
	switch {
	case strings.HasPrefix(s.src[s.i:], `"""`):
		s.multiline(`"`, true)
	case strings.HasPrefix(s.src[s.i:], `'''`):
		s.multiline(`'`, false)
	case s.peek() == '"':
		s.basicString()
	case s.peek() == '\'':
		s.literalString()
	case s.peek() == '[':
		s.array(path)
	case s.peek() == '{':
		s.inlineTable(path)
	default:
		s.bare()
	}
}

func (s *scanner) array(path string) {
	s.i++
	for n := 0; ; n++ {
		s.skipBlank()
		if s.eof() {
			s.stop("unterminated array")
		}
		if s.peek() == ']' {
			s.i++
			return
		}
		elem := indexKey(path, n)
		s.record(elem, s.line)
		s.value(elem)
		s.skipBlank()
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			s.i++
			return
		default:
			s.stop("expected , or ] in array")
		}
	}
}

func (s *scanner) inlineTable(path string) {
	s.i++
	for {
		s.skipBlank()
		if s.eof() {
			s.stop("unterminated inline table")
		}
		if s.peek() == '}' {
			s.i++
			return
		}
		s.keyval(path)
		s.skipBlank()
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return
		default:
			s.stop("expected , or } in inline table")
		}
	}
}

// bare skips a number, boolean or date-time.
func (s *scanner) bare() {
	start := s.i
	for {
		for !s.eof() && !strings.ContainsRune(" \t\r\n,]}#", rune(s.peek())) {
			s.i++
		}
		// A local date may be followed by a space and a time: 1979-05-27 07:32:00.
		tok := s.src[start:s.i]
		if len(tok) == 10 && tok[4] == '-' && tok[7] == '-' &&
			s.i+1 < len(s.src) && s.src[s.i] == ' ' && isDigit(s.src[s.i+1]) {
			s.i++
			continue
		}
		break
	}
	if s.i == start {
		s.stop("expected a value")
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// multiline skips a """ or ”' string; the closing delimiter may be followed
// by up to two more quotes that belong to the content.
func (s *scanner) multiline(q string, escapes bool) {
	delim := strings.Repeat(q, 3)
	s.i += 3
	for {
		if s.eof() {
			s.stop("unterminated multi-line string")
		}
		if escapes && s.peek() == '\\' {
			s.next()
			if !s.eof() {
				s.next()
			}
			continue
		}
		if strings.HasPrefix(s.src[s.i:], delim) {
			for !s.eof() && s.src[s.i] == q[0] {
				s.i++
			}
			return
		}
		s.next()
	}
}

func (s *scanner) literalString() string {
	s.i++
	start := s.i
	for !s.eof() && s.peek() != '\'' && s.peek() != '\n' {
		s.i++
	}
	if s.peek() != '\'' {
		s.stop("unterminated string")
	}
	v := s.src[start:s.i]
	s.i++
	return v
}

// basicString reads a single-line "string" and returns its value (needed for
// quoted keys).
func (s *scanner) basicString() string {
	s.i++
	var b strings.Builder
	for {
		if s.eof() || s.peek() == '\n' {
			s.stop("unterminated string")
		}
		c := s.peek()
		s.i++
		switch c {
		case '"':
			return b.String()
		case '\\':
			if s.eof() {
				s.stop("unterminated string")
			}
			e := s.peek()
			s.i++
			switch e {
			case 'b':
				b.WriteByte('\b')
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'f':
				b.WriteByte('\f')
			case 'r':
				b.WriteByte('\r')
			case 'e':
				b.WriteByte(0x1b)
			case '"', '\\':
				b.WriteByte(e)
			case 'x', 'u', 'U':
				n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
				if s.i+n > len(s.src) {
					s.stop("bad escape")
				}
				r, err := strconv.ParseUint(s.src[s.i:s.i+n], 16, 32)
				if err != nil {
					s.stop("bad escape")
				}
				s.i += n
				b.WriteRune(rune(r))
			default:
				s.stop("bad escape")
			}
		default:
			b.WriteByte(c)
		}
	}
}
