// Package tui is daoterm's dashboard: a bubbletea program with a header
// (DAO, chain, live head), tabs Proposals / Ownership / Treasury and a
// footer (key help, loading spinner and progress, one-line errors).
//
// The root model is small: it owns the head stream and the layout, handles
// global keys, and routes each async result by its type to the view that
// asked for it. Each view (package proposals, ownership, treasury) issues
// its own reads through the Source as tea.Cmds and drops stale results.
// On a new head only the visible view refreshes; the others catch up when
// they are shown.
package tui

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/ownership"
	"github.com/daoterm/daoterm/tui/proposals"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
	tview "github.com/daoterm/daoterm/tui/treasury"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vtable"
)

// Minimum terminal size the layout is designed for.
const (
	MinWidth  = 80
	MinHeight = 24
)

// Options configure the dashboard. The zero value is usable.
type Options struct {
	// Styles to draw with; nil means theme.Default() (detects the colour
	// profile and background — New must then run before the program
	// starts reading the terminal).
	Styles *theme.Styles
	// Keys to use; nil means keys.Default().
	Keys *keys.KeyMap
	// RequestTimeout bounds each read; 0 means 5 minutes (a first sync of
	// a long-lived DAO can take a while).
	RequestTimeout time.Duration
	// Log receives debug logs; nil discards them. Never log to the
	// terminal the UI draws on.
	Log *slog.Logger
	// Wallet signs and tracks transactions (vote, delegate, queue,
	// execute); nil leaves the dashboard read-only and v, d, u, x explain
	// how to enable signing.
	Wallet Wallet
}

// Wallet is the signing side the dashboard drives; see vote.Wallet.
type Wallet = vote.Wallet

// walletTimeout bounds each wallet call (a simulation, a signature, a
// broadcast, a reconcile of the journal).
const walletTimeout = 2 * time.Minute

// signingView is implemented by views that offer signing keys (only when
// a wallet is present) and mark the signing account's votes.
type signingView interface {
	SetSigning(enabled bool, me common.Address, name string)
}

// view is what the root needs from a tab.
type view interface {
	SetInfo(info *ui.DAOInfo)
	SetSize(w, h int) tea.Cmd
	Load(head ui.Head, force bool) tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View() string
	Status() ui.Status
	Capturing() bool
	Help() help.KeyMap
}

var tabNames = [...]string{"Proposals", "Ownership", "Treasury"}

// Model is the root bubbletea model. Create it with New.
type Model struct {
	ctx    context.Context
	src    Source
	opts   Options
	c      ui.Common
	log    *slog.Logger
	views  [3]view
	active int
	vote   *vote.Model
	voter  common.Address // the account the views were last told about

	info    *ui.DAOInfo
	infoErr error
	head    ui.Head
	headErr error
	heads   <-chan ui.Head
	live    bool // head stream open

	spin     spinner.Model
	spinning bool
	prog     ui.Progress
	polling  bool

	help     help.Model
	showHelp bool

	width, height int
}

// New builds the dashboard over src. ctx bounds every read and the head
// stream: cancel it after the program exits.
//
//	m := tui.New(ctx, src, tui.Options{})
//	_, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithContext(ctx)).Run()
func New(ctx context.Context, src Source, opts Options) *Model {
	if opts.Styles == nil {
		opts.Styles = theme.Default()
	}
	km := keys.Default()
	if opts.Keys != nil {
		km = *opts.Keys
	}
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = 5 * time.Minute
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := ui.Common{Styles: opts.Styles, Keys: km}
	m := &Model{ctx: ctx, src: src, opts: opts, c: c, log: log}
	m.views = [3]view{
		proposals.New(ctx, c, src, opts.RequestTimeout),
		ownership.New(ctx, c, src, opts.RequestTimeout),
		tview.New(ctx, c, src, opts.RequestTimeout),
	}
	m.vote = vote.New(ctx, c, opts.Wallet, min(walletTimeout, opts.RequestTimeout))
	m.tellViews()
	m.spin = spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(c.Styles.Spinner))
	m.help = help.New()
	m.help.Styles.ShortKey = c.Styles.Bold
	m.help.Styles.ShortDesc = c.Styles.Muted
	m.help.Styles.ShortSeparator = c.Styles.Muted
	m.help.Styles.FullKey = c.Styles.Bold
	m.help.Styles.FullDesc = c.Styles.Muted
	m.help.Styles.FullSeparator = c.Styles.Muted
	return m
}

// Messages of the root model.
type (
	infoMsg struct {
		info *ui.DAOInfo
		err  error
	}
	headsMsg struct {
		ch  <-chan ui.Head
		err error
	}
	headMsg        struct{ head ui.Head }
	headsClosedMsg struct{}
	progressMsg    struct{ p ui.Progress }
)

// Init starts reading the DAO's description and the head stream.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.infoCmd(), m.headsCmd(), m.startSpinner(), m.vote.Init())
}

func (m *Model) infoCmd() tea.Cmd {
	ctx, src, timeout := m.ctx, m.src, m.opts.RequestTimeout
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		info, err := src.Info(ctx)
		if err == nil && info == nil {
			err = fmt.Errorf("the source returned no DAO description")
		}
		return infoMsg{info: info, err: err}
	}
}

func (m *Model) headsCmd() tea.Cmd {
	ctx, src := m.ctx, m.src
	return func() tea.Msg {
		ch, err := src.Heads(ctx)
		return headsMsg{ch: ch, err: err}
	}
}

// waitHead reads one head from the stream; it is re-armed after each.
func waitHead(ch <-chan ui.Head) tea.Cmd {
	return func() tea.Msg {
		h, ok := <-ch
		if !ok {
			return headsClosedMsg{}
		}
		return headMsg{head: h}
	}
}

// Update routes messages: window size and keys to the layout and the
// active view; async results by type to the view that owns them.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width - 1
		cmds := make([]tea.Cmd, len(m.views))
		for i, v := range m.views {
			cmds[i] = v.SetSize(msg.Width, m.bodyHeight())
		}
		m.vote.SetSize(msg.Width, m.bodyHeight())
		return m, tea.Batch(cmds...)
	case tea.KeyMsg:
		return m, m.key(msg)
	case infoMsg:
		return m, m.gotInfo(msg)
	case headsMsg:
		if msg.err != nil {
			m.headErr = msg.err
			m.log.Error("head stream", "err", msg.err)
			return m, nil
		}
		m.heads, m.live = msg.ch, true
		return m, waitHead(msg.ch)
	case headMsg:
		cmd := m.gotHead(msg.head)
		if m.heads != nil {
			cmd = tea.Batch(cmd, waitHead(m.heads))
		}
		return m, cmd
	case headsClosedMsg:
		m.live = false
		if m.headErr == nil && m.ctx.Err() == nil {
			m.headErr = fmt.Errorf("live updates stopped; press r to refresh")
		}
		return m, nil
	case spinner.TickMsg:
		if !m.loading() {
			m.spinning = false
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case progressMsg:
		m.prog = msg.p
		if !m.loading() {
			m.polling = false
			m.prog = ui.Progress{}
			return m, nil
		}
		return m, m.pollProgress()
	case proposals.LoadedMsg, proposals.TimesMsg, proposals.RenderedMsg:
		return m, m.routed(0, msg)
	case ownership.LoadedMsg:
		return m, m.routed(1, msg)
	case tview.LoadedMsg:
		return m, m.routed(2, msg)
	case vote.StartMsg:
		return m, m.voted(m.vote.Start(msg.Request))
	case vote.Msg:
		return m, m.voted(m.vote.Update(msg))
	}
	return m, nil
}

// voted follows up on the signing side: the spinner while it works, and
// the views told when the signing account changed.
func (m *Model) voted(cmd tea.Cmd) tea.Cmd {
	if addr, _ := m.vote.Voter(); addr != m.voter {
		m.tellViews()
	}
	return m.withTicks(cmd)
}

// tellViews tells the views whether signing is available and which
// account signs.
func (m *Model) tellViews() {
	addr, name := m.vote.Voter()
	m.voter = addr
	for _, v := range m.views {
		if sv, ok := v.(signingView); ok {
			sv.SetSigning(m.vote.Enabled(), addr, name)
		}
	}
}

// routed hands an async result to the view that owns it.
func (m *Model) routed(i int, msg tea.Msg) tea.Cmd {
	cmd := m.views[i].Update(msg)
	if st := m.views[i].Status(); st.Err != nil {
		m.log.Error("load", "view", tabNames[i], "err", st.Err)
	}
	return m.withTicks(cmd)
}

func (m *Model) gotInfo(msg infoMsg) tea.Cmd {
	if msg.err != nil {
		m.infoErr = msg.err
		m.log.Error("info", "err", msg.err)
		return nil
	}
	m.info, m.infoErr = msg.info, nil
	for _, v := range m.views {
		v.SetInfo(msg.info)
	}
	m.vote.SetInfo(msg.info)
	if m.head.Number == 0 {
		return nil
	}
	return m.withTicks(m.views[m.active].Load(m.head, false))
}

func (m *Model) gotHead(h ui.Head) tea.Cmd {
	if h.Err != nil {
		m.headErr = h.Err
		m.log.Warn("head", "err", h.Err)
		return nil
	}
	if h.Number <= m.head.Number {
		return nil // reorg to a lower height or a repeat: keep the newest
	}
	m.head, m.headErr = h, nil
	reconcile := m.vote.Head(h)
	if m.info == nil {
		return reconcile
	}
	return tea.Batch(reconcile, m.withTicks(m.views[m.active].Load(h, false)))
}

// key handles global keys and hands the rest to the active view.
func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	v := m.views[m.active]
	if m.vote.Open() {
		if k.Type == tea.KeyCtrlC {
			return tea.Quit
		}
		return m.voted(m.vote.Update(k))
	}
	if v.Capturing() {
		if k.Type == tea.KeyCtrlC {
			return tea.Quit
		}
		return m.withTicks(v.Update(k))
	}
	if m.showHelp {
		switch {
		case key.Matches(k, km.Quit):
			return tea.Quit
		case key.Matches(k, km.Help), key.Matches(k, km.Back):
			m.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(k, km.Quit):
		return tea.Quit
	case key.Matches(k, km.Help):
		m.showHelp = true
		return nil
	case key.Matches(k, km.Account):
		return m.voted(m.vote.OpenAccounts())
	case key.Matches(k, km.Transactions):
		return m.voted(m.vote.OpenTransactions())
	case key.Matches(k, km.Tab1):
		return m.switchTo(0)
	case key.Matches(k, km.Tab2):
		return m.switchTo(1)
	case key.Matches(k, km.Tab3):
		return m.switchTo(2)
	case key.Matches(k, km.NextTab):
		return m.switchTo((m.active + 1) % len(m.views))
	case key.Matches(k, km.PrevTab):
		return m.switchTo((m.active + len(m.views) - 1) % len(m.views))
	case key.Matches(k, km.Refresh):
		var cmds []tea.Cmd
		if m.info == nil {
			cmds = append(cmds, m.infoCmd())
		}
		if !m.live {
			cmds = append(cmds, m.headsCmd())
		}
		if m.info != nil && m.head.Number != 0 {
			cmds = append(cmds, v.Load(m.head, true))
		}
		return m.withTicks(tea.Batch(cmds...))
	}
	return m.withTicks(v.Update(k))
}

// switchTo shows tab i and brings it up to the current head.
func (m *Model) switchTo(i int) tea.Cmd {
	m.active = i
	if m.info == nil || m.head.Number == 0 {
		return nil
	}
	return m.withTicks(m.views[i].Load(m.head, false))
}

// loading reports whether any view has a request in flight.
func (m *Model) loading() bool {
	if m.info == nil && m.infoErr == nil {
		return true
	}
	if busy, _ := m.vote.Busy(); busy {
		return true
	}
	for _, v := range m.views {
		if v.Status().Loading {
			return true
		}
	}
	return false
}

// withTicks adds the spinner and progress polling to cmd while loading.
func (m *Model) withTicks(cmd tea.Cmd) tea.Cmd {
	if !m.loading() {
		return cmd
	}
	return tea.Batch(cmd, m.startSpinner(), m.startPolling())
}

func (m *Model) startSpinner() tea.Cmd {
	if m.spinning {
		return nil
	}
	m.spinning = true
	return m.spin.Tick
}

func (m *Model) startPolling() tea.Cmd {
	if m.polling {
		return nil
	}
	if _, ok := m.src.(ui.ProgressReporter); !ok {
		return nil
	}
	m.polling = true
	return m.pollProgress()
}

// pollProgress reads the source's progress after a short delay.
func (m *Model) pollProgress() tea.Cmd {
	pr, ok := m.src.(ui.ProgressReporter)
	if !ok {
		return nil
	}
	return tea.Tick(200*time.Millisecond, func(time.Time) tea.Msg { return progressMsg{p: pr.Progress()} })
}

// Layout: header, tabs, rule, body, status line, help line.
const chromeLines = 5

func (m *Model) bodyHeight() int { return max(1, m.height-chromeLines) }

// View renders the frame.
func (m *Model) View() string {
	if m.width == 0 {
		return ""
	}
	st := m.c.Styles
	if m.width < MinWidth || m.height < MinHeight {
		return st.Warn.Render(fmt.Sprintf("Terminal too small: %d×%d. daoterm needs at least %d×%d.", m.width, m.height, MinWidth, MinHeight))
	}
	var body string
	switch {
	case m.vote.Open():
		body = m.vote.View()
	case m.showHelp:
		body = m.fullHelp()
	case m.info == nil && m.infoErr != nil:
		body = st.Error.Render(ui.ErrLine("reading the DAO", m.infoErr)) + "\n\n" + st.Muted.Render("press r to retry, q to quit")
	default:
		body = m.views[m.active].View()
	}
	body = fitBody(body, m.width, m.bodyHeight())
	return strings.Join([]string{m.header(), m.tabs(), st.Border.Render(strings.Repeat("─", m.width)), body, m.status(), m.shortHelp()}, "\n")
}

// header is the DAO name, the chain and the live head.
func (m *Model) header() string {
	st := m.c.Styles
	name, chain := "daoterm", ""
	if m.info != nil {
		if n := sanitize.Line(m.info.Name, 40); n != "" {
			name = n
		} else if n := sanitize.Line(m.info.Governor.Name, 40); n != "" {
			name = n
		}
		chain = sanitize.Line(m.info.ChainName, 30)
		if m.info.ChainID != nil {
			chain += " · chain " + m.info.ChainID.String()
		}
		if k := m.info.Governor.Kind.Short(); k != "" {
			chain += " · " + k
		}
	}
	left := " " + st.HeaderTitle.Render("◆ "+name)
	if chain != "" {
		left += "  " + st.HeaderMeta.Render(chain)
	}
	if m.head.Number == 0 {
		return spread(left, st.HeaderMeta.Render("connecting…"), m.width)
	}
	live := "●"
	if !m.live {
		live = "○"
	}
	block := st.HeaderMeta.Render(live+" block ") + st.Bold.Render(format.Uint(m.head.Number))
	// The head block always shows; its time as much as fits.
	for _, layout := range []string{"2006-01-02 15:04:05 UTC", "15:04:05 UTC", ""} {
		right := block + " "
		if layout != "" {
			right = block + st.HeaderMeta.Render("  "+m.head.Time.UTC().Format(layout)+" ")
		}
		if lipgloss.Width(left)+lipgloss.Width(right) < m.width {
			return spread(left, right, m.width)
		}
	}
	// Too narrow even for the block: the name gives way to it.
	return spread(vtable.Fit(left, max(0, m.width-lipgloss.Width(block)-2), vtable.Left), block+" ", m.width)
}

// tabs is the tab bar; the active tab is bracketed so it shows without colour.
func (m *Model) tabs() string {
	st := m.c.Styles
	parts := make([]string, len(tabNames))
	for i, n := range tabNames {
		label := fmt.Sprintf("%d %s", i+1, n)
		if i == m.active {
			parts[i] = st.ActiveTab.Render("[" + label + "]")
		} else {
			parts[i] = st.Tab.Render(" " + label + " ")
		}
	}
	left := " " + strings.Join(parts, st.TabGap.Render("│"))
	if badge := m.vote.Badge(); badge != "" {
		return spread(left, badge+" ", m.width)
	}
	return left
}

// status is the footer's first line: loading, progress, error or the block
// the visible data was read at.
func (m *Model) status() string {
	st := m.c.Styles
	vs := m.views[m.active].Status()
	var left string
	busy, doing := m.vote.Busy()
	switch {
	case busy:
		left = m.spin.View() + " " + st.Status.Render(doing+"…")
	case m.info == nil && m.infoErr == nil:
		left = m.spin.View() + " " + st.Status.Render("reading the DAO…")
	case vs.Loading:
		left = m.spin.View() + " " + st.Status.Render("loading "+vs.What+"…")
		if m.prog.Total > 0 {
			r := float64(m.prog.Done) / float64(m.prog.Total)
			left += " " + progressBar(r, 20, st) + " " + st.Muted.Render(fmt.Sprintf("%3.0f%% %s", min(1, r)*100, sanitize.Line(m.prog.What, 30)))
		}
	case vs.Err != nil:
		left = st.Error.Render("✗ " + ui.ErrLine(vs.What, vs.Err))
	case vs.Block != 0:
		left = st.Muted.Render("✓ " + vs.What + " at block " + format.Uint(vs.Block))
	}
	if vs.Err == nil && m.headErr != nil {
		left += "  " + st.Warn.Render(ui.ErrLine("head", m.headErr))
	}
	return " " + vtable.Fit(left, m.width-1, vtable.Left)
}

// shortHelp is the footer's key help for the active view. (help's own
// truncation can overflow when even its ellipsis does not fit, so the line
// is cut here as well.)
func (m *Model) shortHelp() string {
	bindings := m.views[m.active].Help().ShortHelp()
	if m.vote.Open() {
		bindings = m.vote.Help().ShortHelp()
	} else if m.showHelp {
		bindings = []key.Binding{m.c.Keys.Back, m.c.Keys.Quit}
	}
	return ansi.Truncate(" "+m.help.ShortHelpView(bindings), m.width, "…")
}

// fullHelp is the help screen: the active view's keys, then global keys.
func (m *Model) fullHelp() string {
	st := m.c.Styles
	global := m.c.Keys.FullHelp()
	if m.vote.Enabled() {
		global = append(global, m.c.Keys.Wallet())
	}
	return st.Section.Render(" "+tabNames[m.active]) + "\n\n" +
		indentLines(m.help.FullHelpView(m.views[m.active].Help().FullHelp()), "   ") + "\n\n" +
		st.Section.Render(" Everywhere") + "\n\n" +
		indentLines(m.help.FullHelpView(global), "   ") + "\n\n" +
		st.Muted.Render(" Amounts are cut, never rounded up. ≈ marks estimated times. Addresses are shortened in tables.")
}

// progressBar draws a bar of width w filled to ratio r. (bubbles/progress
// pulls in an animation module this build does not carry.)
func progressBar(r float64, w int, st *theme.Styles) string {
	n := int(max(0, min(1, r)) * float64(w))
	return st.Spinner.Render(strings.Repeat("█", n)) + st.BarEmpty.Render(strings.Repeat("░", w-n))
}

// spread puts left and right on one line of width w.
func spread(left, right string, w int) string {
	gap := w - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return vtable.Fit(left, w, vtable.Left)
	}
	return left + strings.Repeat(" ", gap) + right
}

// fitBody pads or cuts s to exactly h lines no wider than w, so a view can
// never break the frame.
func fitBody(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

func indentLines(s, pre string) string {
	return pre + strings.ReplaceAll(s, "\n", "\n"+pre)
}
