package config

import (
	"cmp"
	"sort"
	"strconv"

	"github.com/pelletier/go-toml/v2/unstable"
)

// The decoder turns the file into plain maps, which do not say where a key
// was. readLayout walks the syntax tree of the same library's parser to find
// the line of every key, table header and array element, with array indexes
// resolved the way the decoder resolves them: the second [[dao]] table is
// dao[1], and [dao.extra] after it is dao[1].extra.

// layout is where each key of a config file is.
type layout struct {
	lines map[string]int // key path → 1-based line of its first appearance
	spans []span         // every key and value with a position, for locating decoder errors
	table string         // path of the last table header the parser completed
	end   int            // offset just past the last expression the parser completed
	stop  bool           // the parser stopped at a syntax error after end

	newlines []int // offsets of '\n'
}

// span is the byte range of one key or value in the file.
type span struct {
	start, end int
	path       string
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

// keyAt returns the path of the innermost key or value at a 1-based line
// and byte column, or, past a syntax error, the key of the expression the
// parser stopped in.
func (l *layout) keyAt(doc []byte, line, col int) string {
	off := col - 1
	if line > 1 && line-2 < len(l.newlines) {
		off += l.newlines[line-2] + 1
	}
	if l.stop && off >= l.end {
		return l.failedKey(doc, off)
	}
	best := span{start: -1}
	for _, s := range l.spans {
		if s.start <= off && off < s.end && (best.start < 0 || s.end-s.start <= best.end-best.start) {
			best = s
		}
	}
	return best.path
}

// failedKey finds the key of an expression that failed to parse at off: the
// text between the last complete expression and an "=" before off, parsed
// as the key of a key/value pair. It is "" when the error is in a table
// header or the key itself.
func (l *layout) failedKey(doc []byte, off int) string {
	s := l.end
	for s < off {
		switch doc[s] {
		case ' ', '\t', '\r', '\n', ']': // ] closes the last table header
			s++
			continue
		case '#':
			for s < off && doc[s] != '\n' {
				s++
			}
			continue
		}
		break
	}
	for q := s; q < off; q++ {
		if doc[q] != '=' {
			continue
		}
		var p unstable.Parser
		p.Reset(append(doc[s:q:q], "= 0"...))
		if !p.NextExpression() || p.Expression().Kind != unstable.KeyValue {
			continue // an = inside a quoted key
		}
		path := l.table
		for it := p.Expression().Key(); it.Next(); {
			path = joinKey(path, string(it.Node().Data))
		}
		return path
	}
	return ""
}

// readLayout walks doc with go-toml's parser. After a syntax error the
// layout holds what came before it.
func readLayout(doc []byte) *layout {
	w := &walker{
		out:   &layout{lines: map[string]int{}},
		count: map[string]int{},
	}
	for i, c := range doc {
		if c == '\n' {
			w.out.newlines = append(w.out.newlines, i)
		}
	}
	var p unstable.Parser
	p.Reset(doc)
	for p.NextExpression() {
		n := p.Expression()
		switch n.Kind {
		case unstable.Table, unstable.ArrayTable:
			w.out.table = w.header(n)
		case unstable.KeyValue:
			w.keyval(w.out.table, n)
			w.out.end = rangeEnd(n.Raw)
		}
	}
	w.out.stop = p.Error() != nil
	return w.out
}

type walker struct {
	out   *layout
	count map[string]int // array-of-tables path → tables seen
}

func rangeEnd(r unstable.Range) int { return int(r.Offset + r.Length) }

// line is the 1-based line of byte offset off.
func (w *walker) line(off uint32) int {
	return sort.SearchInts(w.out.newlines, int(off)) + 1
}

// mark records path at line (if it is its first appearance) and r as its
// span (if r is not empty).
func (w *walker) mark(path string, r unstable.Range, line int) {
	if _, ok := w.out.lines[path]; !ok {
		w.out.lines[path] = line
	}
	if r.Length > 0 {
		w.out.spans = append(w.out.spans, span{int(r.Offset), rangeEnd(r), path})
	}
}

// header records a [table] or [[array]] header and returns its path.
func (w *walker) header(n *unstable.Node) string {
	path := ""
	for it := n.Key(); it.Next(); {
		k := it.Node()
		line := w.line(k.Raw.Offset)
		path = joinKey(path, string(k.Data))
		w.mark(path, k.Raw, line)
		if c, ok := w.count[path]; it.IsLast() && n.Kind == unstable.ArrayTable {
			w.count[path] = c + 1
			path = indexKey(path, c)
		} else if ok {
			path = indexKey(path, c-1)
		}
		w.mark(path, unstable.Range{}, line)
		w.out.end = rangeEnd(k.Raw)
	}
	return path
}

// keyval records a key/value pair under the table at parent.
func (w *walker) keyval(parent string, n *unstable.Node) {
	path := parent
	for it := n.Key(); it.Next(); {
		k := it.Node()
		path = joinKey(path, string(k.Data))
		w.mark(path, k.Raw, w.line(k.Raw.Offset))
	}
	line := w.line(n.Raw.Offset)
	w.mark(path, n.Raw, line)
	w.value(path, n.Value(), line)
}

// value records v and what it holds at path, and returns its line, 0 if it
// has none. An array has no position of its own: its line is that of its
// first element that has one. An empty array is recorded at line at.
func (w *walker) value(path string, v *unstable.Node, at int) int {
	line := 0
	switch v.Kind {
	case unstable.Array:
		i := 0
		for it := v.Children(); it.Next(); i++ {
			if l := w.value(indexKey(path, i), it.Node(), at); l > 0 {
				at = l
				line = cmp.Or(line, l)
			}
		}
	case unstable.InlineTable:
		line = w.line(v.Raw.Offset)
		for it := v.Children(); it.Next(); {
			w.keyval(path, it.Node())
		}
	default:
		line = w.line(v.Raw.Offset)
	}
	w.mark(path, v.Raw, cmp.Or(line, at))
	return line
}

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
