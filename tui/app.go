// Package tui is daoterm's dashboard: a bubbletea program with a header
// (DAO, chain, live head), a list of tabs (Proposals, Ownership, Treasury
// by default; see TabSpec) and a footer (key help, loading spinner and
// progress, one-line errors).
//
// The root model only routes and lays out the frame. It owns the head
// stream, handles global keys, routes each async result by the ID it
// carries (ui.Owned) to the tab that asked for it, and drives the signing
// modal through the ui.Modal contract. Each tab issues its own reads
// through the Source as tea.Cmds and drops stale results. On a new head
// only the visible tab refreshes; the others catch up when shown.
package tui

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vote"
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
	// Tabs are the tabs to show, in order; nil means DefaultTabs().
	Tabs []TabSpec
	// Terminal receives daoterm's own OSC 52 (y copies the selection);
	// nil: none. SystemClipboard also copies to the system clipboard.
	Terminal        io.Writer
	SystemClipboard bool
	// Explorer builds block explorer links (o); nil: the one built in for
	// the chain, if any. OpenURL opens one; nil: OpenURL.
	Explorer *ui.Explorer
	OpenURL  func(ctx context.Context, url string) error
	// Columns are the columns each table shows (see ui.Common.Columns);
	// nil shows them all.
	Columns map[string][]string
}

// Wallet is the signing side the dashboard drives; see vote.Wallet.
type Wallet = vote.Wallet

// walletTimeout bounds each wallet call (a simulation, a signature, a
// broadcast, a reconcile of the journal).
const walletTimeout = 2 * time.Minute

// Model is the root bubbletea model. Create it with New.
type Model struct {
	ctx  context.Context
	src  Source
	opts Options
	c    ui.Common
	log  *slog.Logger
	now  func() time.Time

	tabs    []tab
	active  int
	modal   ui.Modal
	signing ui.SigningMsg // as last told by the modal
	resets  int           // chain resets so far (tab IDs carry it)

	info    *ui.DAOInfo
	infoErr error
	live    liveState

	clock    ui.BlockClock
	spin     spinner.Model
	spinning bool
	prog     ui.Progress
	bar      progress.Model
	polling  bool

	help     help.Model
	showHelp bool
	note     ui.NoteMsg // the footer's notice until the next key (copied, opened)
	helpTop  int        // the help screen's first line shown (it scrolls)
	seq      keys.Seq   // a count or g typed before a list key
	undo     int        // 1 + the tab a count's first digit switched away from; 0: none

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
	if opts.Tabs == nil {
		opts.Tabs = DefaultTabs()
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := ui.Common{Styles: opts.Styles, Keys: km, Columns: opts.Columns}
	m := &Model{ctx: ctx, src: src, opts: opts, c: c, log: log, now: time.Now}
	for _, s := range opts.Tabs {
		m.tabs = append(m.tabs, m.buildTab(s))
	}
	m.modal = vote.New(ctx, c, opts.Wallet, min(walletTimeout, opts.RequestTimeout))
	m.spin = spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(c.Styles.Spinner))
	m.bar = newBar(c.Styles)
	m.help = newHelp(c.Styles)
	return m
}

// Messages of the root model.
type (
	infoMsg struct {
		info *ui.DAOInfo
		err  error
	}
	progressMsg struct {
		p     ui.Progress
		notes []string // the source's cache notes since the last poll
	}
)

// Init starts reading the DAO's description and the head stream.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.infoCmd(), m.headsCmd(), m.startSpinner(), m.modal.Init(), tickClock(), tea.EnableMouseCellMotion)
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

// Update routes messages: window size and keys to the layout and the
// focused component; a result carrying a tab's ID to that tab; the rest
// to the modal.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width - 1
		cmds := []tea.Cmd{m.modal.SetSize(msg.Width, m.bodyHeight())}
		for _, t := range m.tabs {
			cmds = append(cmds, t.SetSize(msg.Width, m.bodyHeight()))
		}
		return m, tea.Batch(cmds...)
	case tea.KeyMsg:
		return m, m.keys(msg)
	case tea.MouseMsg:
		return m, m.mouse(msg)
	case burstMsg:
		return m, m.burst(msg)
	case infoMsg:
		return m, m.gotInfo(msg)
	case headsMsg, headMsg, headsClosedMsg, clockMsg:
		return m, m.liveUpdate(msg)
	case spinner.TickMsg:
		if !m.loading() {
			m.spinning = false
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case progressMsg:
		if len(msg.notes) > 0 {
			m.note = ui.NoteMsg{Text: strings.Join(msg.notes, "; ")} // each says what it is about
		}
		m.prog = msg.p
		if !m.loading() {
			m.polling = false
			m.prog = ui.Progress{}
			return m, nil
		}
		return m, m.pollProgress()
	case ui.NoteMsg:
		m.note = msg
		return m, nil
	case ui.OpenProposalMsg:
		return m, m.withTicks(m.openProposal(msg))
	case ui.SigningMsg:
		if msg.Seq < m.signing.Seq {
			return m, nil // an older report, overtaken
		}
		m.signing = msg
		for _, t := range m.tabs {
			if s, ok := t.Tab.(ui.Signer); ok {
				s.SetSigning(msg.Enabled, msg.Account, msg.Name)
			}
		}
		return m, nil
	case ui.Owned:
		i := m.byID(msg.Owner())
		if i < 0 {
			return m, nil // a tab rebuilt since (a chain reset): stale
		}
		cmd := m.tabs[i].Update(msg)
		if st := m.tabs[i].Status(); st.Err != nil {
			m.log.Error("load", "tab", m.tabs[i].spec.ID, "err", st.Err)
		}
		return m, m.withTicks(cmd)
	}
	return m, m.withTicks(m.modal.Update(msg))
}

func (m *Model) gotInfo(msg infoMsg) tea.Cmd {
	if msg.err != nil {
		m.infoErr = msg.err
		m.log.Error("info", "err", msg.err)
		return nil
	}
	m.info, m.infoErr = msg.info, nil
	for _, t := range m.tabs {
		t.SetInfo(msg.info)
	}
	m.modal.SetInfo(msg.info)
	return m.loadActive(false)
}

// loadActive brings the visible tab up to the head.
func (m *Model) loadActive(force bool) tea.Cmd {
	if m.info == nil || m.live.head.Number == 0 {
		return nil
	}
	return m.withTicks(m.tabs[m.active].Load(m.live.head, force))
}

// switchTo shows tab i and brings it up to the current head.
func (m *Model) switchTo(i int) tea.Cmd {
	m.active = i
	return m.loadActive(false)
}
