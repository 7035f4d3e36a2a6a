package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
)

// The in-process dashboard runs at the golden size.
const (
	dashCols = 100
	dashRows = 30
)

// Bounds of the in-process waits (deadlines for polled conditions, not
// timings under test).
const (
	dashPoll     = 50 * time.Millisecond
	dashLoadWait = 2 * time.Minute // first sync of the demo chain
	dashStepWait = 60 * time.Second
)

// maxFrameBytes bounds one frame of the 100×30 dashboard: 3,000 cells with
// colour sequences. Anything near it means a view leaks unbounded text.
const maxFrameBytes = 256 << 10

// escPolicy says which terminal controls a text may contain besides SGR
// colours (ESC [ digits ; : m), which are always allowed.
type escPolicy struct {
	name      string
	csiFinals string // other CSI final bytes allowed (the renderer's cursor and erase controls)
	private   bool   // CSI with a private prefix (? > < =) allowed (modes: cursor, alt screen, paste)
	cr        bool   // carriage return allowed
	noSGR     bool   // not even SGR: plain text only
}

var (
	// framePolicy is for View() output: colours only.
	framePolicy = escPolicy{name: "View()"}
	// streamPolicy is for what bubbletea writes to the terminal: the
	// frames plus its own cursor movement, erasing and mode switches.
	streamPolicy = escPolicy{name: "terminal stream", csiFinals: "ABCDEFGHJKLdfhlr", private: true, cr: true}
	// plainPolicy is for CLI tables: no escape at all.
	plainPolicy = escPolicy{name: "CLI output", noSGR: true}
)

// escapeViolations lists what in s a terminal could act on beyond pol:
// escape sequences (CSI other than allowed ones, SGR that blinks or hides
// text, OSC, DCS, APC, PM, SOS,
// two-byte ESC sequences), C0 controls other than newline (and CR when
// allowed), DEL, C1 controls (U+0080–U+009F, among them the 8-bit CSI
// U+009B), invalid UTF-8, line and paragraph separators, and the invisible
// or direction-changing characters the sanitizer must show as markers
// (U+202E, U+200D, ...). At most limit findings are returned.
func escapeViolations(s string, pol escPolicy, limit int) []string {
	var out []string
	add := func(i int, what string) {
		if len(out) < limit {
			lo, hi := max(i-20, 0), min(i+30, len(s))
			out = append(out, fmt.Sprintf("%s: %s at byte %d in …%q…", pol.name, what, i, s[lo:hi]))
		}
	}
	for i := 0; i < len(s) && len(out) < limit; {
		c := s[i]
		switch {
		case c == 0x1b:
			if i+1 >= len(s) {
				add(i, "lone ESC")
				i++
				continue
			}
			switch n := s[i+1]; {
			case n == '[':
				j := i + 2
				prefix := byte(0)
				if j < len(s) && s[j] >= 0x3C && s[j] <= 0x3F {
					prefix = s[j]
				}
				for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3F {
					j++
				}
				inter := j
				for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F {
					j++
				}
				if j >= len(s) || s[j] < 0x40 || s[j] > 0x7E {
					add(i, "unterminated CSI")
					i = j
					continue
				}
				final, params := s[j], s[i+2:inter]
				sgr := final == 'm' && prefix == 0 && inter == j && !pol.noSGR
				if sgr && hiddenSGR(params) {
					add(i, fmt.Sprintf("SGR %q hides or blinks text: not one of the UI's colours", params))
				}
				other := !pol.noSGR && inter == j && strings.IndexByte(pol.csiFinals, final) >= 0 && (prefix == 0 || pol.private)
				if !sgr && !other {
					add(i, fmt.Sprintf("CSI %q%c", params, final))
				}
				i = j + 1
			case strings.IndexByte("]P_^X", n) >= 0:
				add(i, map[byte]string{']': "OSC", 'P': "DCS", '_': "APC", '^': "PM", 'X': "SOS"}[n])
				i = skipControlString(s, i+2)
			default:
				add(i, fmt.Sprintf("ESC %q", n))
				i += 2
			}
		case c == '\n':
			i++
		case c == '\r' && pol.cr:
			i++
		case c < 0x20:
			add(i, fmt.Sprintf("C0 control %#02x", c))
			i++
		case c == 0x7f:
			add(i, "DEL")
			i++
		case c < 0x80:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				add(i, "invalid UTF-8")
			case r >= 0x80 && r <= 0x9F:
				add(i, fmt.Sprintf("C1 control U+%04X", r))
			case r == 0x2028 || r == 0x2029:
				add(i, fmt.Sprintf("raw separator U+%04X", r))
			case sanitize.IsMarked(r):
				add(i, fmt.Sprintf("raw invisible or bidi character U+%04X", r))
			}
			i += size
		}
	}
	return out
}

// skipControlString returns the index after the control string (OSC, DCS,
// APC, PM, SOS) whose body starts at i: after BEL, ST (ESC \\ or U+009C),
// or before the next ESC.
func skipControlString(s string, i int) int {
	for ; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + 2
		}
	}
	return i
}

// hiddenSGR reports SGR attributes the UI never draws with and an
// attacker would: blink (5, 6) and conceal (8), which hides text from the
// reader. Colour selectors (38/48/58;5;n and ;2;r;g;b, or with colons)
// are skipped whole.
func hiddenSGR(params string) bool {
	ps := strings.Split(params, ";")
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if strings.Contains(p, ":") {
			continue // a colon-form colour like 38:2::1:2:3
		}
		n, _ := strconv.Atoi(p)
		switch n {
		case 38, 48, 58:
			if i+1 < len(ps) && ps[i+1] == "5" {
				i += 2
			} else if i+1 < len(ps) && ps[i+1] == "2" {
				i += 4
			}
		case 5, 6, 8:
			return true
		}
	}
	return false
}

// frameRecorder wraps the dashboard model and checks every frame it renders:
// no escapes beyond colours, at most dashRows lines of at most dashCols
// cells, at most maxFrameBytes bytes.
type frameRecorder struct {
	inner tea.Model

	mu        sync.Mutex
	last      string // latest frame, escape sequences stripped
	frames    int
	maxBytes  int
	escFrames int             // frames with any escape sequence (colours)
	seen      strings.Builder // distinct stripped frames, for "did it ever show …"
	seenSet   map[string]bool
	problems  []string
	firstFail string // the first frame with a problem, raw
}

func newFrameRecorder(m tea.Model) *frameRecorder {
	return &frameRecorder{inner: m, seenSet: map[string]bool{}}
}

func (r *frameRecorder) Init() tea.Cmd { return r.inner.Init() }

func (r *frameRecorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.inner.Update(msg)
	r.inner = m
	return r, cmd
}

func (r *frameRecorder) View() string {
	v := r.inner.View()
	r.record(v)
	return v
}

func (r *frameRecorder) record(v string) {
	probs := escapeViolations(v, framePolicy, 10)
	if v != "" {
		lines := strings.Split(v, "\n")
		if len(lines) > dashRows {
			probs = append(probs, fmt.Sprintf("frame has %d lines, the terminal %d", len(lines), dashRows))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > dashCols {
				probs = append(probs, fmt.Sprintf("frame line %d is %d cells wide, the terminal %d", i+1, w, dashCols))
				break
			}
		}
	}
	if len(v) > maxFrameBytes {
		probs = append(probs, fmt.Sprintf("frame is %d bytes (limit %d)", len(v), maxFrameBytes))
	}
	plain := ansi.Strip(v)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.frames++
	r.last = plain
	r.maxBytes = max(r.maxBytes, len(v))
	if !r.seenSet[plain] && r.seen.Len() < 64<<20 {
		r.seenSet[plain] = true
		r.seen.WriteString(plain)
		r.seen.WriteString("\n\f\n")
	}
	if strings.IndexByte(v, 0x1b) >= 0 {
		r.escFrames++
	}
	if len(probs) > 0 && len(r.problems) < 50 {
		if r.firstFail == "" {
			r.firstFail = v
		}
		r.problems = append(r.problems, probs...)
	}
}

// Last returns the latest frame without escape sequences.
func (r *frameRecorder) Last() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last
}

// Frames returns how many frames were rendered.
func (r *frameRecorder) Frames() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.frames
}

// Dump returns every distinct frame seen, escape sequences stripped.
func (r *frameRecorder) Dump() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seen.String()
}

// Seen reports whether any frame so far contained sub.
func (r *frameRecorder) Seen(sub string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Contains(r.seen.String(), sub)
}

// lockedBuffer is an io.Writer safe for concurrent use: the terminal
// stream bubbletea writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// dashboardRun is the real dashboard (tui.New over a Source) running as a
// bubbletea program in this process at dashCols×dashRows, with its frames
// checked by a frameRecorder and its terminal stream kept.
type dashboardRun struct {
	t    *testing.T
	prog *tea.Program
	rec  *frameRecorder
	out  *lockedBuffer
	done chan struct{}
	err  error
}

// startDashboard runs the dashboard over src with styles until the test
// ends (or quit is called).
func startDashboard(t *testing.T, ctx context.Context, src tui.Source, styles *theme.Styles) *dashboardRun {
	t.Helper()
	ctx, cancel := context.WithCancel(ctx)
	m := tui.New(ctx, src, tui.Options{Styles: styles})
	d := &dashboardRun{t: t, rec: newFrameRecorder(m), out: &lockedBuffer{}, done: make(chan struct{})}
	d.prog = tea.NewProgram(d.rec, tea.WithInput(nil), tea.WithOutput(d.out), tea.WithContext(ctx), tea.WithoutSignalHandler())
	go func() {
		_, d.err = d.prog.Run()
		close(d.done)
	}()
	t.Cleanup(func() {
		cancel()
		<-d.done
	})
	d.prog.Send(tea.WindowSizeMsg{Width: dashCols, Height: dashRows})
	return d
}

// key sends one key: a name (enter, esc, pgdown, pgup, tab) or runes.
func (d *dashboardRun) key(k string) {
	msg := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
	switch k {
	case "enter":
		msg = tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		msg = tea.KeyMsg{Type: tea.KeyEsc}
	case "pgdown":
		msg = tea.KeyMsg{Type: tea.KeyPgDown}
	case "pgup":
		msg = tea.KeyMsg{Type: tea.KeyPgUp}
	case "tab":
		msg = tea.KeyMsg{Type: tea.KeyTab}
	}
	d.prog.Send(msg)
}

// waitFor polls the latest frame until ok holds; it fails the test with the
// frame after timeout.
func (d *dashboardRun) waitFor(what string, timeout time.Duration, ok func(frame string) bool) string {
	d.t.Helper()
	f, good := d.poll(timeout, ok)
	if !good {
		d.t.Fatalf("no %s after %v; last frame:\n%s", what, timeout, f)
	}
	return f
}

func (d *dashboardRun) poll(timeout time.Duration, ok func(frame string) bool) (string, bool) {
	deadline := time.Now().Add(timeout)
	for {
		f := d.rec.Last()
		if ok(f) {
			return f, true
		}
		select {
		case <-d.done:
			return f + fmt.Sprintf("\n(the program ended: %v)", d.err), false
		case <-time.After(dashPoll):
		}
		if time.Now().After(deadline) {
			return f, false
		}
	}
}

// pressUntil presses k, waits a little for ok, and presses again until ok
// holds or timeout passes (for keys whose effect depends on data that is
// still loading, such as G before a long description has rendered).
func (d *dashboardRun) pressUntil(k, what string, timeout time.Duration, ok func(frame string) bool) string {
	d.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		d.key(k)
		if f, good := d.poll(time.Second, ok); good {
			return f
		}
		if time.Now().After(deadline) {
			d.t.Fatalf("no %s after pressing %q for %v; last frame:\n%s", what, k, timeout, d.rec.Last())
		}
	}
}

// crumbRE reads the scroll position of a proposal page.
var crumbRE = regexp.MustCompile(`Proposals › \S+\s+(\d+)%`)

// scrollThrough shows every line of the open proposal page: top, then page
// by page to the bottom. Every frame on the way is checked by the recorder.
func (d *dashboardRun) scrollThrough() {
	d.t.Helper()
	pct := func(f string) string {
		if m := crumbRE.FindStringSubmatch(f); m != nil {
			return m[1]
		}
		return ""
	}
	d.key("gg") // gg: g alone is the first key of gg (keys.Seq)
	d.waitFor("the top of the proposal page", dashStepWait, func(f string) bool { return pct(f) == "0" })
	for i := 0; pct(d.rec.Last()) != "100"; i++ {
		if i > 10_000 {
			d.t.Fatal("the proposal page never reaches 100%")
		}
		before := pct(d.rec.Last())
		d.key("pgdown")
		d.waitFor("the next page", dashStepWait, func(f string) bool { return pct(f) != before })
	}
}

// quit stops the program and fails the test with every problem its frames
// had and every escape violation of the whole terminal stream.
func (d *dashboardRun) quit() {
	d.t.Helper()
	d.prog.Quit()
	select {
	case <-d.done:
	case <-time.After(dashStepWait):
		d.t.Fatal("the dashboard did not quit")
	}
	if dir := os.Getenv("DAOTERM_DUMP_FRAMES"); dir != "" {
		// Every distinct frame, escapes stripped, for reading by eye.
		name := strings.NewReplacer("/", "_", " ", "_").Replace(d.t.Name())
		_ = os.WriteFile(filepath.Join(dir, name+".txt"), []byte(d.rec.Dump()), 0o600)
	}
	d.rec.mu.Lock()
	problems := append([]string(nil), d.rec.problems...)
	if d.rec.firstFail != "" {
		problems = append(problems, fmt.Sprintf("first bad frame (raw): %q", d.rec.firstFail))
	}
	d.rec.mu.Unlock()
	for _, p := range append(problems, escapeViolations(d.out.String(), streamPolicy, 20)...) {
		d.t.Error(p)
	}
}
