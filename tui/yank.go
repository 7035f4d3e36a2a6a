package tui

import (
	"context"
	"errors"
	"io"
	"os/exec"
	"runtime"
	"time"

	"github.com/atotto/clipboard"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// yank copies (y) or opens in a block explorer (o) the identifier selected
// in s. It reports false for other keys.
func (m *Model) yank(k tea.KeyMsg, s ui.Selector) (tea.Cmd, bool) {
	km := m.c.Keys
	cp, open := key.Matches(k, km.Copy), key.Matches(k, km.Browse)
	if !cp && !open {
		return nil, false
	}
	t, ok := s.Selected()
	if !ok || !plainID(t) {
		return note("nothing to copy or open here: select a proposal, an address or a transaction", true), true
	}
	if cp {
		return copyCmd(m.opts.Terminal, m.opts.SystemClipboard, t), true
	}
	return openCmd(m.ctx, m.explorer(), m.opts.OpenURL, t), true
}

// openProposal shows a proposal in the tab that shows proposals.
func (m *Model) openProposal(msg ui.OpenProposalMsg) tea.Cmd {
	for i, t := range m.tabs {
		if o, ok := t.Tab.(ui.ProposalOpener); ok {
			load := m.switchTo(i)
			return tea.Batch(load, o.OpenProposal(msg.ID, msg.Vote))
		}
	}
	return nil
}

// explorer is the configured explorer, else the one built in for the chain.
func (m *Model) explorer() ui.Explorer {
	if m.opts.Explorer != nil {
		return *m.opts.Explorer
	}
	if m.info != nil && m.info.ChainID != nil && m.info.ChainID.IsUint64() {
		if e, ok := ui.BuiltinExplorer(m.info.ChainID.Uint64()); ok {
			return e
		}
	}
	return ui.Explorer{}
}

// plainID reports whether t is an identifier daoterm formatted itself
// (hex or decimal digits), or a URL or path of its configuration in
// printable ASCII: nothing else is ever copied or opened.
func plainID(t ui.Target) bool {
	v := t.Value
	if v == "" || len(v) > 4096 {
		return false
	}
	text := t.Kind == ui.KindURL || t.Kind == ui.KindPath
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case text && c > ' ' && c < 0x7f:
		default:
			return false
		}
	}
	return true
}

func note(s string, bad bool) tea.Cmd {
	return func() tea.Msg { return ui.NoteMsg{Text: s, Err: bad} }
}

// copyCmd writes t's value to the terminal's clipboard (OSC 52, in one
// write, so it never splits a frame's output) and to the system clipboard
// where there is one (its error is ignored: headless machines have none).
func copyCmd(term io.Writer, system bool, t ui.Target) tea.Cmd {
	return func() tea.Msg {
		var wrote bool
		if term != nil {
			_, err := io.WriteString(term, ui.OSC52(t.Value))
			wrote = err == nil
		}
		if system && clipboard.WriteAll(t.Value) == nil {
			wrote = true
		}
		if !wrote {
			return ui.NoteMsg{Text: "no clipboard to copy to: " + t.Value, Err: true}
		}
		return ui.NoteMsg{Text: "copied " + ui.Elide(t.Value, 80)}
	}
}

// openTimeout bounds the browser launcher (xdg-open returns once the
// browser has the URL).
const openTimeout = 15 * time.Second

// openCmd opens t in the explorer with open (nil: xdg-open, or open on
// macOS), off the UI goroutine; on failure the note shows the URL.
func openCmd(ctx context.Context, e ui.Explorer, open func(ctx context.Context, url string) error, t ui.Target) tea.Cmd {
	url, ok := e.Link(t)
	if !ok {
		what := "this chain"
		switch t.Kind {
		case ui.KindProposal:
			what = "proposals"
		case ui.KindPath:
			return note("a path opens nowhere; y copies it", true)
		}
		return note("no block explorer for "+what+": set [explorer] url in config.toml (y copies "+ui.Elide(t.Value, 20)+")", true)
	}
	if open == nil {
		open = OpenURL
	}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, openTimeout)
		defer cancel()
		if err := open(ctx, url); err != nil {
			return ui.NoteMsg{Text: "open " + url + " yourself: " + err.Error(), Err: true}
		}
		return ui.NoteMsg{Text: "opened " + url}
	}
}

// OpenURL opens url with the desktop's launcher: xdg-open, or open on
// macOS.
func OpenURL(ctx context.Context, url string) error {
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	if _, err := exec.LookPath(name); err != nil {
		return errors.New(name + " not found")
	}
	return exec.CommandContext(ctx, name, url).Run()
}

// noteText is the footer's notice, if any.
func (m *Model) noteText() string {
	st := m.c.Styles
	if m.note.Text == "" {
		return ""
	}
	text := sanitize.Line(m.note.Text, 300) // URLs come from the config
	if m.note.Err {
		return st.Warn.Render(text)
	}
	return st.Good.Render("✓ " + text)
}
