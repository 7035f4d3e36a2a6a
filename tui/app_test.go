package tui

import (
	"context"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"
	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/proposals"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
)

// harness drives the root model synchronously: no program, no head stream;
// heads are fed as messages.
type harness struct {
	t   testing.TB
	m   *Model
	src *fake.Source
}

func newHarness(t testing.TB, src *fake.Source, styles *theme.Styles, w, h int) *harness {
	t.Helper()
	if styles == nil {
		styles = theme.New(termenv.Ascii, true)
	}
	m := New(context.Background(), src, Options{Styles: styles})
	hs := &harness{t: t, m: m, src: src}
	m.live.open = true // heads are fed by the test; r must not resubscribe
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	info, err := src.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	hs.send(infoMsg{info: info})
	hs.send(headMsg{head: src.HeadNow()})
	return hs
}

func (hs *harness) update(msg tea.Msg) tea.Cmd {
	_, cmd := hs.m.Update(msg)
	return cmd
}

func (hs *harness) send(msg tea.Msg) []tea.Msg {
	return tuitest.Drive(hs.update, func() tea.Msg { return msg })
}

func (hs *harness) press(keys ...string) {
	for _, k := range keys {
		hs.send(tuitest.Key(k))
	}
}

func (hs *harness) calls(name string) int64 { return hs.src.Calls[name].Load() }

func TestOnlyVisibleViewRefreshes(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{}), nil, 100, 30)
	if hs.calls("Proposals") != 1 || hs.calls("Ownership") != 0 || hs.calls("Treasury") != 0 {
		t.Fatalf("start: proposals %d ownership %d treasury %d", hs.calls("Proposals"), hs.calls("Ownership"), hs.calls("Treasury"))
	}
	hs.send(headMsg{head: hs.src.Advance(1)})
	if hs.calls("Proposals") != 2 || hs.calls("Ownership") != 0 {
		t.Fatal("new head did not refresh only the visible view")
	}
	hs.press("2")
	if hs.calls("Ownership") != 1 {
		t.Fatal("switching to Ownership did not load it")
	}
	block := func(i int) uint64 { return hs.m.tabs[i].Status().Block }
	before := block(0)
	h := hs.src.Advance(1)
	hs.send(headMsg{head: h})
	if hs.calls("Ownership") != 2 || block(1) != h.Number || block(0) != before || hs.calls("Treasury") != 0 {
		t.Fatal("new head refreshed a hidden view")
	}
	hs.press("1") // proposals catch up to the head they missed
	if block(0) != h.Number {
		t.Fatal("switching back did not catch up")
	}
	p := hs.calls("Proposals")
	hs.press("1") // already current: nothing to do
	if hs.calls("Proposals") != p {
		t.Fatal("re-selecting a current view reloaded it")
	}
	hs.press("r") // forced refresh
	if hs.calls("Proposals") != p+1 {
		t.Fatal("r did not refresh")
	}
	// an older or repeated head is ignored
	hs.send(headMsg{head: ui.Head{Number: 10}})
	if hs.calls("Proposals") != p+1 || hs.m.live.head.Number == 10 {
		t.Fatal("an older head was taken")
	}
}

func TestTabsAndKeys(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{}), nil, 100, 30)
	hs.press("tab")
	if hs.m.active != 1 {
		t.Fatal("tab did not move to Ownership")
	}
	for range len(hs.m.tabs) - 1 {
		hs.press("tab")
	}
	if hs.m.active != 0 {
		t.Fatal("tab does not wrap")
	}
	hs.press("shift+tab")
	if hs.m.active != len(hs.m.tabs)-1 {
		t.Fatal("shift+tab did not go back to the last tab")
	}
	hs.press("1", "?")
	if v := hs.m.View(); !strings.Contains(v, "Everywhere") || !strings.Contains(v, "filter menu") {
		t.Fatalf("help screen:\n%s", v)
	}
	hs.press("esc")
	if hs.m.showHelp {
		t.Fatal("esc did not close help")
	}
	// while searching, global keys are typed into the box
	hs.press("/", "2", "q")
	if hs.m.active != 0 || !hs.m.tabs[0].Capturing() {
		t.Fatal("global keys fired while typing")
	}
	hs.press("esc")
	if msgs := tuitest.Run(hs.update(tuitest.Key("q"))); len(msgs) != 1 || msgs[0] != tea.Quit() {
		t.Fatalf("q did not quit: %v", msgs)
	}
}

func TestMinimumSizeAndFrameFits(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{Proposals: 50, Holders: 300}), nil, 59, 24)
	if v := hs.m.View(); !strings.Contains(v, "Terminal too small: 59×24") {
		t.Fatalf("small terminal: %q", v)
	}
	// Below the minimum the message fits whatever the size, and keys other
	// than quit do nothing to the hidden screen.
	for _, size := range [][2]int{{59, 24}, {60, 19}, {40, 15}, {20, 5}, {10, 2}} {
		hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		hs.press("2", "j", "?", "v")
		if hs.m.active != 0 || hs.m.showHelp || hs.m.modal.Capturing() {
			t.Fatalf("%v: keys acted on the hidden screen", size)
		}
		lines := strings.Split(hs.m.View(), "\n")
		if len(lines) != size[1] || !strings.Contains(strings.Join(lines, " "), "small") {
			t.Fatalf("%v: message %q", size, lines)
		}
		for _, l := range lines {
			if w := lipgloss.Width(l); w > size[0] {
				t.Fatalf("%v: line of width %d: %q", size, w, l)
			}
		}
	}
	if msgs := tuitest.Run(hs.update(tuitest.Key("q"))); len(msgs) != 1 || msgs[0] != tea.Quit() {
		t.Fatalf("q did not quit a too-small screen: %v", msgs)
	}
	for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {160, 50}} {
		hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, keys := range [][]string{{"1"}, {"enter"}, {"esc", "2"}, {"l"}, {"l"}, {"3"}, {"l"}, {"?"}, {"esc"}} {
			hs.press(keys...)
			v := hs.m.View()
			lines := strings.Split(v, "\n")
			if len(lines) != size[1] {
				t.Fatalf("%v after %v: %d lines", size, keys, len(lines))
			}
			for _, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Fatalf("%v after %v: line of width %d: %q", size, keys, w, l)
				}
			}
		}
		hs.press("1")
	}
}

func TestErrorsAreOneLine(t *testing.T) {
	src := fake.New(fake.Options{})
	hs := newHarness(t, src, nil, 100, 30)
	src.Err = errFake("dial tcp 127.0.0.1:8545: connection refused\nretry later\x1b[2J")
	hs.send(headMsg{head: src.Advance(1)})
	lines := strings.Split(hs.m.View(), "\n")
	status := lines[len(lines)-2]
	if !strings.Contains(status, "✗ proposals: reading proposals at block 5,001") && !strings.Contains(status, "reading proposals at block 5001") {
		t.Fatalf("status line: %q", status)
	}
	if !strings.Contains(status, "connection refused retry") || strings.Contains(status, "\x1b") {
		t.Fatalf("error not sanitized to one line: %q", status)
	}
	// the data read before stays on screen
	if !strings.Contains(hs.m.View(), src.Proposal(11).Title) {
		t.Fatal("previous data vanished on error")
	}
}

type errFake string

func (e errFake) Error() string { return string(e) }

// payloadSource puts the hostile-text catalogue into every chain string.
type payloadSource struct{ *fake.Source }

var payload = "\x1b]52;c;ZWNobyBwd25lZA==\x07\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\" +
	"\x1b]0;title\x07\x1b[2J\x1b[10;10H\x1bc\u009b31m&#27;[31m\u202Eevil\u200D\u200B"

func (p payloadSource) Info(ctx context.Context) (*ui.DAOInfo, error) {
	info, err := p.Source.Info(ctx)
	if err != nil {
		return nil, err
	}
	info.Name = "DAO " + payload
	info.ChainName = "chain " + payload
	info.Token.Symbol = "M" + payload
	info.Tokens[0].Symbol = "U" + payload
	info.Labels[fake.Accounts(0)] = "alice" + payload
	return info, nil
}

func (p payloadSource) Votes(ctx context.Context, block uint64) ([]gov.Vote, error) {
	vs, err := p.Source.Votes(ctx, block)
	out := append([]gov.Vote(nil), vs...)
	for i := range out {
		out[i].Reason = "reason " + payload
	}
	return out, err
}

func (p payloadSource) Ownership(ctx context.Context, block uint64) (*token.Snapshot, error) {
	s, err := p.Source.Ownership(ctx, block)
	if err != nil {
		return nil, err
	}
	cp := *s
	cp.Name, cp.Symbol = "Name "+payload, "S"+payload
	return &cp, nil
}

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// TestPayloadsNeverReachTheTerminal renders every view with colours on and
// hostile text in every chain string: the frame may hold SGR colour
// sequences and nothing else.
func TestPayloadsNeverReachTheTerminal(t *testing.T) {
	src := fake.New(fake.Options{Proposals: 5, Customize: func(p *gov.Proposal, i int) {
		p.Title = "Title " + payload
		p.Description = "# Heading " + payload + "\n\nBody &#27;]52;c;AAAA&#7; &#x1b;[2J &#155;31m " + payload +
			"\n\n```\n" + payload + "\n```\n\n> quote " + payload + "\n"
		p.Signatures = []string{"transfer(address,uint256)" + payload}
	}})
	styles := theme.New(termenv.TrueColor, true)
	hs := newHarnessWith(t, payloadSource{src}, styles)
	frames := map[string]string{}
	frames["list"] = hs.m.View()
	hs.press("enter")
	frames["detail"] = hs.m.View()
	hs.press("G")
	frames["detail-end"] = hs.m.View()
	hs.press("esc", "2")
	frames["holders"] = hs.m.View()
	hs.press("l")
	frames["delegates"] = hs.m.View()
	hs.press("3")
	frames["treasury"] = hs.m.View()
	hs.press("l")
	frames["flows"] = hs.m.View()
	if testing.Verbose() {
		for _, n := range []string{"list", "detail", "detail-end", "holders"} {
			t.Logf("%s:\n%s", n, sgrRE.ReplaceAllString(frames[n], ""))
		}
	}
	for name, f := range frames {
		if !strings.Contains(f, "\x1b[") {
			t.Errorf("%s: no colours at all — is the profile on?", name)
		}
		rest := sgrRE.ReplaceAllString(f, "")
		if sanitize.HasEscapes(rest) {
			i := strings.IndexAny(rest, "\x1b\u009b\x07")
			t.Errorf("%s: escape other than SGR near %q", name, rest[max(0, i-20):min(len(rest), i+20)])
		}
		for _, r := range rest {
			if sanitize.IsMarked(r) {
				t.Errorf("%s: invisible character %U reached the frame", name, r)
				break
			}
		}
	}
	if !strings.Contains(frames["list"], "⟨U+202E⟩") && !strings.Contains(frames["detail"], "⟨U+202E⟩") {
		t.Error("the bidi override is not shown as a marker")
	}
	if !strings.Contains(frames["detail"]+frames["detail-end"], "⟨U+001B⟩") {
		t.Error("the &#27; entity is not shown as a marker")
	}
}

func newHarnessWith(t testing.TB, src Source, styles *theme.Styles) *harness {
	t.Helper()
	m := New(context.Background(), src, Options{Styles: styles})
	hs := &harness{t: t, m: m}
	m.live.open = true
	if ps, ok := src.(payloadSource); ok {
		hs.src = ps.Source
	}
	hs.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	info, err := src.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	hs.send(infoMsg{info: info})
	hs.send(headMsg{head: hs.src.HeadNow()})
	return hs
}

// BenchmarkFrame10kProposals renders whole frames (header, tabs, table,
// footer) over 10,000 proposals, with colours.
func BenchmarkFrame10kProposals(b *testing.B) {
	hs := newHarness(b, fake.New(fake.Options{Proposals: 10_000}), theme.New(termenv.TrueColor, true), 100, 30)
	hs.press("pgdown")
	b.ReportAllocs()
	for b.Loop() {
		_ = hs.m.View()
	}
}

// BenchmarkFrame100kHolders renders whole frames over 100,000 holders.
func BenchmarkFrame100kHolders(b *testing.B) {
	hs := newHarness(b, fake.New(fake.Options{Holders: 100_000}), theme.New(termenv.TrueColor, true), 100, 30)
	hs.press("2", "pgdown")
	b.ReportAllocs()
	for b.Loop() {
		_ = hs.m.View()
	}
}

var _ = big.NewInt

// progressSource reports progress like a Source syncing logs.
type progressSource struct{ *fake.Source }

func (progressSource) Progress() Progress {
	return Progress{Done: 30, Total: 120, What: "proposal logs"}
}

// loadingModel is a dashboard of width columns over a progressSource,
// its first load started (not run).
func loadingModel(t *testing.T, width int) (*Model, *fake.Source) {
	t.Helper()
	src := fake.New(fake.Options{})
	m := New(context.Background(), progressSource{src}, Options{Styles: theme.New(termenv.Ascii, true)})
	m.Update(tea.WindowSizeMsg{Width: width, Height: 30})
	info, _ := src.Info(context.Background())
	m.Update(infoMsg{info: info})
	_, cmd := m.Update(headMsg{head: src.HeadNow()})
	if cmd == nil || !m.loading() {
		t.Fatal("no load in flight")
	}
	return m, src
}

func TestProgressWhileLoading(t *testing.T) {
	m, src := loadingModel(t, 100)
	m.Update(progressMsg{p: progressSource{src}.Progress()})
	st := m.status()
	if !strings.Contains(st, "loading proposals") || !strings.Contains(st, "█████░") || !strings.Contains(st, "25% proposal logs") {
		t.Fatalf("status while loading: %q", st)
	}
}

// TestProgressPerStream: with the fetches told apart, the footer shows
// each one's share of blocks, logs, rate and time left, sanitized.
func TestProgressPerStream(t *testing.T) {
	m, _ := loadingModel(t, 200)
	m.Update(progressMsg{p: Progress{Done: 40, Total: 160, What: "governor events, token events", Streams: []ui.Stream{
		{What: "governor events", Done: 10, Total: 80, Logs: 1_234, LogsPerSec: 617, Left: 14 * time.Second},
		{What: "token\x1b[2Jevents", Done: 30, Total: 80, Logs: 120_400, LogsPerSec: 41_250, Left: 0, MaxResults: 10_000},
	}}})
	st := m.status()
	for _, want := range []string{
		"governor events 12% · 1,234 logs · 617.00 logs/s · ≈ 14s left",
		"events 37% · 120,400 logs · 41.2k logs/s",
		"· RPC caps logs at 10,000 a request",
	} {
		if !strings.Contains(st, want) {
			t.Errorf("status lacks %q: %q", want, st)
		}
	}
	if strings.Contains(st, "\x1b") || strings.Contains(st, "37% · 120,400 logs · 41.2k logs/s · ≈") {
		t.Errorf("status: an escape, or a time left without an estimate: %q", st)
	}
}

// noteSource has a cache note (a corrupt entry rebuilt) to tell once.
type noteSource struct {
	progressSource
	told bool
}

func (n *noteSource) CacheNotes() []string {
	if n.told {
		return nil
	}
	n.told = true
	return []string{"cache: entry of token 0x12…34 was corrupt\x1b]52;c;x\x07: rebuilt"}
}

// TestCacheNotes: what the source's cache has to say while loading shows
// in the footer, sanitized, until the next key.
func TestCacheNotes(t *testing.T) {
	src := fake.New(fake.Options{})
	ns := &noteSource{progressSource: progressSource{src}}
	m := New(context.Background(), ns, Options{Styles: theme.New(termenv.Ascii, true)})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	info, _ := src.Info(context.Background())
	m.Update(infoMsg{info: info})
	m.Update(headMsg{head: src.HeadNow()})
	msg := m.pollProgress()()
	m.Update(msg)
	v := m.View()
	if !strings.Contains(v, "cache: entry of token 0x12…34 was corrupt") || strings.Contains(v, "\x1b]52") {
		t.Fatalf("footer lacks the sanitized cache note:\n%s", v)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")})
	if strings.Contains(m.View(), "cache: entry") {
		t.Error("the note outlived the next key")
	}
}

func TestResizeRerendersDescription(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{}), nil, 100, 30)
	hs.press("enter")
	var widths []int
	for _, msg := range hs.send(tea.WindowSizeMsg{Width: 120, Height: 40}) {
		if r, ok := msg.(proposals.RenderedMsg); ok {
			widths = append(widths, r.Width)
		}
	}
	if len(widths) != 1 || widths[0] <= 100 {
		t.Fatalf("resizing the detail rendered the description at widths %v", widths)
	}
}

// TestHeaderKeepsHeadBlock: however narrow, the header shows the head
// block; the block's time gives way first.
func TestHeaderKeepsHeadBlock(t *testing.T) {
	for _, w := range []int{60, 80, 100, 160} {
		hs := newHarness(t, fake.New(fake.Options{}), nil, w, 24)
		hs.m.info.Name = "A rather long DAO name for a narrow terminal"
		line := strings.SplitN(hs.m.header(), "\n", 2)[0]
		want := "block " + format.Uint(hs.src.HeadNow().Number)
		if !strings.Contains(line, want) {
			t.Errorf("width %d: header %q lacks %q", w, line, want)
		}
		if got := lipgloss.Width(line); got > w {
			t.Errorf("width %d: header is %d wide", w, got)
		}
	}
}

// The header's live indicator: live while heads arrive, stale when none
// came for three block times (at least 30 s), disconnected when the stream
// fails, each with the time since the last head; it recovers with the next
// head.
func TestLiveIndicator(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{}), nil, 100, 30)
	wall := time.Unix(1_800_000_000, 0)
	hs.m.now = func() time.Time { return wall }
	header := func() string { return strings.SplitN(hs.m.View(), "\n", 2)[0] }
	hs.send(headMsg{head: hs.src.Advance(1)})
	if h := header(); !strings.Contains(h, "● block") || strings.Contains(h, "stale") {
		t.Fatalf("live header: %q", h)
	}
	// The fake chain's blocks are 12 s apart: stale after 36 s.
	wall = wall.Add(35 * time.Second)
	hs.update(clockMsg{}) // not driven: it re-arms itself
	if h := header(); strings.Contains(h, "stale") {
		t.Fatalf("stale too early: %q", h)
	}
	wall = wall.Add(10 * time.Second)
	hs.update(clockMsg{}) // not driven: it re-arms itself
	if h := header(); !strings.Contains(h, "◌ block") || !strings.Contains(h, "stale · no new block for 45s") {
		t.Fatalf("stale header: %q", h)
	}
	hs.send(headMsg{head: ui.Head{Err: errors.New("websocket: connection reset")}})
	wall = wall.Add(20 * time.Second)
	if h := header(); !strings.Contains(h, "○ block") || !strings.Contains(h, "disconnected · last head 1m ago") {
		t.Fatalf("disconnected header: %q", h)
	}
	if s := hs.m.View(); !strings.Contains(s, "connection reset") {
		t.Fatal("the stream's error is not in the status line")
	}
	h := hs.src.Advance(1)
	hs.send(headMsg{head: h})
	if got := header(); !strings.Contains(got, "● block "+format.Uint(h.Number)) || strings.Contains(got, "disconnected") {
		t.Fatalf("recovered header: %q", got)
	}
	hs.send(headsClosedMsg{})
	if got := header(); !strings.Contains(got, "disconnected") {
		t.Fatalf("closed stream: %q", got)
	}
}

// A head with Reset (the node serves another chain) rebuilds every tab,
// closes the modal, reads the DAO again and says why.
func TestChainReset(t *testing.T) {
	hs := newHarness(t, fake.New(fake.Options{}), nil, 100, 30)
	hs.press("2") // ownership loaded too
	hs.press("a") // no wallet: the modal explains
	if !hs.m.modal.Capturing() {
		t.Fatal("a did not open the modal")
	}
	old := hs.m.tabs[1].Tab
	info := hs.calls("Info")
	h := ui.Head{Number: 3, Time: time.Unix(1_800_000_000, 0), Reset: "genesis changed from 0xab…12 to 0xcd\x1b]52;c;x\x07…34"}
	hs.send(headMsg{head: h})
	if hs.m.modal.Capturing() {
		t.Fatal("the modal stayed open")
	}
	if hs.m.tabs[1].Tab == old || hs.calls("Info") != info+1 {
		t.Fatal("the tabs were not rebuilt or the DAO not read again")
	}
	// A result still in flight for an old tab carries the old ID: it
	// reaches no tab.
	if hs.m.byID("proposals") != -1 || hs.m.byID("proposals#1") != 0 {
		t.Fatalf("after a reset the old ID routes to %d, the new to %d", hs.m.byID("proposals"), hs.m.byID("proposals#1"))
	}
	if b := hs.m.tabs[1].Status().Block; b != 3 {
		t.Fatalf("ownership shows block %d after the reset, want 3", b)
	}
	if b := hs.m.tabs[0].Status().Block; b != 0 {
		t.Fatalf("the hidden proposals tab kept block %d from the old chain", b)
	}
	v := hs.m.View()
	if !strings.Contains(v, "another chain (genesis changed") || strings.Contains(v, "\x1b]52") {
		t.Fatalf("reset notice missing or unsanitized:\n%s", v)
	}
	if !strings.Contains(v, "● block 3") {
		t.Fatal("the header does not show the new chain's head")
	}
	hs.press("1")
	if strings.Contains(hs.m.View(), "another chain") {
		t.Fatal("the notice stayed after a key")
	}
}

// probeTab is a minimal ui.Tab: its loads return a message addressed to it.
type probeTab struct {
	c      ui.Common
	loads  int
	got    []ui.ID
	status ui.Status
}

type probeMsg struct {
	ui.To
	block uint64
}

func (p *probeTab) Update(msg tea.Msg) tea.Cmd {
	if m, ok := msg.(probeMsg); ok {
		p.got = append(p.got, m.Owner())
		p.status = ui.Status{What: "probe", Block: m.block}
	}
	return nil
}
func (p *probeTab) View() string             { return "probe body" }
func (p *probeTab) SetSize(w, h int) tea.Cmd { return nil }
func (p *probeTab) Help() help.KeyMap        { return keys.Help{} }
func (p *probeTab) Capturing() bool          { return false }
func (p *probeTab) SetInfo(info *ui.DAOInfo) {}
func (p *probeTab) Status() ui.Status        { return p.status }
func (p *probeTab) Load(h ui.Head, _ bool) tea.Cmd {
	p.loads++
	to := ui.To{ID: p.c.ID}
	return func() tea.Msg { return probeMsg{To: to, block: h.Number} }
}

// A tab is one registration: it gets its key, its place in the tab bar and
// the help, and its messages come back to it by its ID, to no other tab.
func TestTabRegistration(t *testing.T) {
	var probes []*probeTab
	spec := func(id, title, k string) TabSpec {
		return TabSpec{ID: ui.ID(id), Title: title, Key: k, New: func(e TabEnv) ui.Tab {
			p := &probeTab{c: e.Common}
			probes = append(probes, p)
			return p
		}}
	}
	src := fake.New(fake.Options{})
	m := New(context.Background(), src, Options{Styles: theme.New(termenv.Ascii, true),
		Tabs: append(DefaultTabs(), spec("watch", "Watch", "7"), spec("other", "Other", "8"))})
	hs := &harness{t: t, m: m, src: src}
	m.live.open = true
	hs.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	info, _ := src.Info(context.Background())
	hs.send(infoMsg{info: info})
	hs.send(headMsg{head: src.HeadNow()})
	if v := m.View(); !strings.Contains(v, " 7 Watch ") || !strings.Contains(v, " 8 Other ") {
		t.Fatalf("tab bar:\n%s", v)
	}
	hs.press("7")
	watch, other := probes[0], probes[1]
	if watch.loads != 1 || other.loads != 0 || len(watch.got) != 1 || watch.got[0] != "watch" || len(other.got) != 0 {
		t.Fatalf("watch loads %d got %v; other loads %d got %v", watch.loads, watch.got, other.loads, other.got)
	}
	if v := m.View(); !strings.Contains(v, "probe body") || !strings.Contains(v, "[7 Watch]") {
		t.Fatalf("the watch tab is not shown:\n%s", v)
	}
	hs.send(headMsg{head: src.Advance(1)}) // only the visible tab follows the head
	if watch.loads != 2 || other.loads != 0 {
		t.Fatalf("after a head: watch %d other %d loads", watch.loads, other.loads)
	}
	hs.press("?")
	if v := m.View(); !strings.Contains(v, "7 watch") || !strings.Contains(v, "8 other") {
		t.Fatalf("help lacks the tabs' keys:\n%s", v)
	}
}

// The default tabs' keys are bound to nothing else.
func TestTabKeysDoNotClash(t *testing.T) {
	km := keys.Default()
	seen := map[string]bool{}
	for _, s := range DefaultTabs() {
		if seen[s.Key] || s.ID == "" || s.Title == "" {
			t.Fatalf("tab %+v: duplicate key or missing id/title", s)
		}
		seen[s.Key] = true
		k := tuitest.Key(s.Key)
		for _, b := range []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Top, km.Bottom, km.PrevPane, km.NextPane,
			km.NextTab, km.PrevTab, km.Search, km.Filter, km.Sort, km.Open, km.Back, km.Help, km.Quit, km.Refresh,
			km.Vote, km.Delegate, km.Queue, km.Execute, km.Account, km.Transactions, km.Copy, km.Browse} {
			if key.Matches(k, b) {
				t.Errorf("tab key %q is also %q", s.Key, b.Help().Desc)
			}
		}
	}
}

// TestSigningReportsInOrder: the wallet's reports each run as a command of
// their own, so the first (made before the accounts were read: no account)
// can arrive after the one naming the account; it is dropped, and the
// proposals list keeps its You column. (Under load the golden of the
// 80-column list was taken without it once in a few dozen runs.)
func TestSigningReportsInOrder(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30})
	hs := newHarness(t, src, nil, 100, 30)
	you := regexp.MustCompile(`Ends +You`)
	if you.MatchString(hs.m.View()) {
		t.Fatalf("a You column before any account:\n%s", hs.m.View())
	}
	hs.send(ui.SigningMsg{Enabled: true, Account: common.HexToAddress("0xa11ce"), Name: "alice", Seq: 2})
	if !you.MatchString(hs.m.View()) {
		t.Fatalf("no You column with the account:\n%s", hs.m.View())
	}
	hs.send(ui.SigningMsg{Enabled: true, Seq: 1}) // the report made at start, late
	if !you.MatchString(hs.m.View()) {
		t.Fatalf("an older report without the account took the You column away:\n%s", hs.m.View())
	}
	hs.send(ui.SigningMsg{Enabled: true, Seq: 3}) // a newer one: the account is gone
	if you.MatchString(hs.m.View()) {
		t.Fatalf("a newer report without the account kept the You column:\n%s", hs.m.View())
	}
}
