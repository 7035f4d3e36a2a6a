package main

import (
	"fmt"
	"strings"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// vtScreen is a tiny VT100/xterm screen for end-to-end tests: enough of a
// terminal to follow what bubbletea's renderer writes (printing with
// deferred wrap, CR/LF, cursor positioning and moves, erase in line and
// display, the alternate screen) and to answer the queries a program sends
// at start-up (cursor position, background colour, device attributes), so
// the program never waits for a terminal that does not answer.
//
// It is safe for concurrent use: one goroutine writes the program's output
// into it while the test reads the screen.
type vtScreen struct {
	mu      sync.Mutex
	w, h    int
	main    [][]rune // the normal screen
	alt     [][]rune // the alternate screen
	cells   [][]rune // main or alt; 0 marks the right half of a wide character
	row     int
	col     int // may equal w: a wrap is pending
	savedR  int
	savedC  int
	inAlt   bool
	p       *ansi.Parser
	reply   func([]byte) // answers to queries go here (the pty); nil drops them
	written int64        // bytes of output seen
	oscs    []int        // OSC commands seen (queries and the program's own)
	clips   []string     // the data of each OSC 52 (clipboard) write, as written
}

// newVTScreen returns a blank w×h screen. reply receives the answers to the
// program's terminal queries.
func newVTScreen(w, h int, reply func([]byte)) *vtScreen {
	s := &vtScreen{w: w, h: h, reply: reply}
	s.main, s.alt = blankCells(w, h), blankCells(w, h)
	s.cells = s.main
	s.p = ansi.NewParser()
	s.p.SetHandler(ansi.Handler{
		Print:     s.print,
		Execute:   s.execute,
		HandleCsi: s.csi,
		HandleEsc: s.esc,
		HandleOsc: s.osc,
	})
	return s
}

func blankCells(w, h int) [][]rune {
	c := make([][]rune, h)
	for i := range c {
		c[i] = blankRow(w)
	}
	return c
}

func blankRow(w int) []rune {
	r := make([]rune, w)
	for i := range r {
		r[i] = ' '
	}
	return r
}

// Write feeds the program's output to the screen.
func (s *vtScreen) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range b {
		s.p.Advance(c)
	}
	s.written += int64(len(b))
	return len(b), nil
}

// Text returns the screen as lines with trailing spaces removed.
func (s *vtScreen) Text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for i, row := range s.cells {
		var line strings.Builder
		for _, r := range row {
			if r != 0 {
				line.WriteRune(r)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		if i < len(s.cells)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Line returns the first screen line containing sub, or "".
func (s *vtScreen) Line(sub string) string {
	for _, l := range strings.Split(s.Text(), "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

// Written returns how many bytes of output the screen has seen.
func (s *vtScreen) Written() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.written
}

// OSCs returns the OSC command numbers seen so far.
func (s *vtScreen) OSCs() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.oscs...)
}

// Clipboard returns the data of every OSC 52 written so far ("52;c;<base64>").
func (s *vtScreen) Clipboard() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.clips...)
}

func (s *vtScreen) print(r rune) {
	wd := ansi.StringWidth(string(r))
	if wd == 0 {
		return // combining marks and the like: not needed here
	}
	if s.col+wd > s.w {
		s.col = 0
		s.lineFeed()
	}
	s.cells[s.row][s.col] = r
	if wd == 2 && s.col+1 < s.w {
		s.cells[s.row][s.col+1] = 0
	}
	s.col += wd
}

func (s *vtScreen) execute(b byte) {
	switch b {
	case '\r':
		s.col = 0
	case '\n', '\v', '\f':
		s.lineFeed()
	case '\b':
		s.col = max(0, min(s.col, s.w-1)-1)
	case '\t':
		s.col = min(s.w-1, (s.col/8+1)*8)
	}
}

func (s *vtScreen) lineFeed() {
	if s.row < s.h-1 {
		s.row++
		return
	}
	copy(s.cells, s.cells[1:])
	s.cells[s.h-1] = blankRow(s.w)
}

func (s *vtScreen) clamp() {
	s.row = max(0, min(s.row, s.h-1))
	s.col = max(0, min(s.col, s.w-1))
}

func (s *vtScreen) clearRow(row, from, to int) {
	for c := max(0, from); c < min(to, s.w); c++ {
		s.cells[row][c] = ' '
	}
}

func (s *vtScreen) csi(cmd ansi.Cmd, params ansi.Params) {
	n := func(i, def int) int {
		v, _, _ := params.Param(i, def)
		if v == 0 {
			v = def
		}
		return v
	}
	if cmd.Prefix() == '?' {
		if cmd.Final() == 'h' || cmd.Final() == 'l' {
			for i := range params {
				if v, _, _ := params.Param(i, 0); v == 1049 || v == 47 || v == 1047 {
					s.setAlt(cmd.Final() == 'h')
				}
			}
		}
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'H', 'f':
		s.row, s.col = n(0, 1)-1, n(1, 1)-1
		s.clamp()
	case 'A':
		s.row -= n(0, 1)
		s.clamp()
	case 'B', 'e':
		s.row += n(0, 1)
		s.clamp()
	case 'C', 'a':
		s.col += n(0, 1)
		s.clamp()
	case 'D':
		s.col = min(s.col, s.w-1) - n(0, 1)
		s.clamp()
	case 'E':
		s.row, s.col = s.row+n(0, 1), 0
		s.clamp()
	case 'F':
		s.row, s.col = s.row-n(0, 1), 0
		s.clamp()
	case 'G', '`':
		s.col = n(0, 1) - 1
		s.clamp()
	case 'd':
		s.row = n(0, 1) - 1
		s.clamp()
	case 'K':
		col := min(s.col, s.w-1)
		switch v, _, _ := params.Param(0, 0); v {
		case 0:
			s.clearRow(s.row, col, s.w)
		case 1:
			s.clearRow(s.row, 0, col+1)
		case 2:
			s.clearRow(s.row, 0, s.w)
		}
	case 'J':
		col := min(s.col, s.w-1)
		switch v, _, _ := params.Param(0, 0); v {
		case 0:
			s.clearRow(s.row, col, s.w)
			for r := s.row + 1; r < s.h; r++ {
				s.clearRow(r, 0, s.w)
			}
		case 1:
			for r := 0; r < s.row; r++ {
				s.clearRow(r, 0, s.w)
			}
			s.clearRow(s.row, 0, col+1)
		case 2, 3:
			for r := 0; r < s.h; r++ {
				s.clearRow(r, 0, s.w)
			}
		}
	case 'n':
		if v, _, _ := params.Param(0, 0); v == 6 {
			s.answer(fmt.Sprintf("\x1b[%d;%dR", s.row+1, min(s.col, s.w-1)+1))
		}
	case 'c':
		s.answer("\x1b[?62;22c") // a VT220 with ANSI colour
	}
}

func (s *vtScreen) setAlt(on bool) {
	if on == s.inAlt {
		return
	}
	s.inAlt = on
	if on {
		s.savedR, s.savedC = s.row, s.col
		s.alt = blankCells(s.w, s.h)
		s.cells = s.alt
		return
	}
	s.cells = s.main
	s.row, s.col = s.savedR, s.savedC
}

func (s *vtScreen) esc(cmd ansi.Cmd) {
	if cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case '7':
		s.savedR, s.savedC = s.row, s.col
	case '8':
		s.row, s.col = s.savedR, s.savedC
	case 'D':
		s.lineFeed()
	case 'E':
		s.col = 0
		s.lineFeed()
	case 'M':
		if s.row > 0 {
			s.row--
		}
	case 'c':
		s.cells = blankCells(s.w, s.h)
		s.main, s.inAlt, s.row, s.col = s.cells, false, 0, 0
	}
}

func (s *vtScreen) osc(cmd int, data []byte) {
	s.oscs = append(s.oscs, cmd)
	if cmd == 52 {
		s.clips = append(s.clips, string(data))
	}
	// Background (11) and foreground (10) colour queries: a dark terminal.
	if (cmd == 10 || cmd == 11) && strings.HasSuffix(string(data), "?") {
		colour := "0000/0000/0000"
		if cmd == 10 {
			colour = "ffff/ffff/ffff"
		}
		s.answer(fmt.Sprintf("\x1b]%d;rgb:%s\x1b\\", cmd, colour))
	}
}

// answer sends a reply to a query; it runs with s.mu held, so the reply
// function must not call back into the screen.
func (s *vtScreen) answer(msg string) {
	if s.reply != nil {
		s.reply([]byte(msg))
	}
}
