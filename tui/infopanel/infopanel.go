// Package infopanel is the Info tab (i): where the dashboard reads from
// (RPC, chain and genesis), the DAO's contracts and governor kind, where
// it writes (journal, keystore), and the demo's dev accounts. Every
// identifier on it can be copied (y) or opened in a block explorer (o).
package infopanel

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// LoadedMsg carries the source's own rows.
type LoadedMsg struct {
	ui.To
	Rows []ui.InfoRow
	Err  error
}

// Model is the Info tab.
type Model struct {
	c       ui.Common
	ctx     context.Context
	src     any // a ui.InfoPaneler, or not
	timeout time.Duration
	info    *ui.DAOInfo

	extra  []ui.InfoRow // the source's rows
	err    error
	asked  bool
	rows   []ui.InfoRow // everything shown, in order
	cursor int
	offset int

	width, height int
}

// New builds the Info tab over src, which may implement ui.InfoPaneler.
func New(ctx context.Context, c ui.Common, src any, timeout time.Duration) *Model {
	return &Model{c: c, ctx: ctx, src: src, timeout: timeout}
}

// SetInfo implements ui.Component.
func (m *Model) SetInfo(info *ui.DAOInfo) {
	m.info = info
	m.asked, m.extra = false, nil // a chain reset: read again
	m.build()
}

// SetSize implements ui.Component.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.follow()
	return nil
}

// Load implements ui.Tab: the source's rows are read once.
func (m *Model) Load(_ ui.Head, force bool) tea.Cmd {
	p, ok := m.src.(ui.InfoPaneler)
	if !ok || (m.asked && !force) {
		return nil
	}
	m.asked = true
	ctx, to, timeout := m.ctx, ui.To{ID: m.c.ID}, m.timeout
	return func() tea.Msg {
		ctx, cancel := ui.WithTimeout(ctx, timeout)
		defer cancel()
		rows, err := p.InfoPanel(ctx)
		return LoadedMsg{To: to, Rows: rows, Err: err}
	}
}

// Update implements ui.Component.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case LoadedMsg:
		m.extra, m.err = msg.Rows, msg.Err
		m.build()
	case tea.KeyMsg:
		km := m.c.Keys
		n := len(m.rows)
		if n == 0 {
			return nil
		}
		switch {
		case key.Matches(msg, km.Up):
			m.cursor = max(0, m.cursor-1)
		case key.Matches(msg, km.Down):
			m.cursor = min(n-1, m.cursor+1)
		case key.Matches(msg, km.PageUp):
			m.cursor = max(0, m.cursor-m.height/2)
		case key.Matches(msg, km.PageDown):
			m.cursor = min(n-1, m.cursor+m.height/2)
		case key.Matches(msg, km.Top):
			m.cursor = 0
		case key.Matches(msg, km.Bottom):
			m.cursor = n - 1
		}
		m.follow()
	}
	return nil
}

// build lays out the rows: the source's first rows (where it reads from),
// then the DAO's contracts, then the rest of the source's (paths, accounts).
func (m *Model) build() {
	var rows []ui.InfoRow
	for _, r := range m.extra {
		if r.Section == SectionChain {
			rows = append(rows, r)
		}
	}
	if i := m.info; i != nil {
		if i.ChainID != nil {
			rows = append(rows, ui.InfoRow{Section: SectionChain, Label: "Chain", Value: i.ChainName + " · chain id " + i.ChainID.String()})
		}
		g := i.Governor
		addr := func(label string, a common.Address, note string) {
			if a == (common.Address{}) {
				rows = append(rows, ui.InfoRow{Section: SectionDAO, Label: label, Value: "none"})
				return
			}
			rows = append(rows, ui.InfoRow{Section: SectionDAO, Label: label, Value: a.Hex(), Note: note, Copy: ui.Target{Kind: ui.KindAddress, Value: a.Hex()}})
		}
		addr("Governor", g.Address, g.Name)
		addr("Token", i.Token.Address, i.Token.Symbol)
		addr("Timelock", g.Timelock, string(g.Kind.Timelock))
		for _, t := range i.Treasury {
			if t != g.Timelock {
				addr("Treasury", t, "")
			}
		}
		rows = append(rows,
			ui.InfoRow{Section: SectionDAO, Label: "Family", Value: orUnknown(string(g.Kind.Family)) + orNone(" · version ", g.Version)},
			ui.InfoRow{Section: SectionDAO, Label: "Counting", Value: orUnknown(string(g.Kind.Counting)) + orNone(" · COUNTING_MODE ", g.Kind.CountingMode)},
			ui.InfoRow{Section: SectionDAO, Label: "Clock", Value: orUnknown(string(g.Clock))},
		)
	}
	for _, r := range m.extra {
		if r.Section != SectionChain {
			rows = append(rows, r)
		}
	}
	m.rows = rows
	m.cursor = min(m.cursor, max(0, len(rows)-1))
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func orNone(pre, s string) string {
	if s == "" {
		return ""
	}
	return pre + s
}

// Sections of the panel; a source's rows use them too.
const (
	SectionChain    = "Where daoterm reads"
	SectionDAO      = "The DAO"
	SectionFiles    = "Where daoterm writes"
	SectionAccounts = "Dev accounts"
)

// Selected implements ui.Selector: the identifier of the row under the
// cursor, if it has one.
func (m *Model) Selected() (ui.Target, bool) {
	if m.cursor < len(m.rows) && m.rows[m.cursor].Copy.Kind != "" {
		return m.rows[m.cursor].Copy, true
	}
	return ui.Target{}, false
}

// Status implements ui.Component.
func (m *Model) Status() ui.Status { return ui.Status{What: "info", Err: m.err} }

// Capturing implements ui.Component.
func (m *Model) Capturing() bool { return false }

// Help implements ui.Component.
func (m *Model) Help() help.KeyMap {
	k := m.c.Keys
	short := []key.Binding{k.Up, k.Down, keys.WithHelp(k.Copy, "copy value"), keys.WithHelp(k.Browse, "open in explorer"), k.NextTab, k.Help, k.Quit}
	return keys.Help{Short: short, Full: [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, short[2:4]}}
}

// View implements ui.Component.
func (m *Model) View() string {
	if m.info == nil {
		return m.c.Styles.Muted.Render("waiting for the DAO…")
	}
	lines, _ := m.layout()
	return strings.Join(lines[min(m.offset, len(lines)):], "\n")
}

// follow scrolls so that the cursor's line shows.
func (m *Model) follow() {
	lines, cur := m.layout()
	h := max(1, m.height)
	if cur < m.offset {
		m.offset = cur
	}
	if cur >= m.offset+h {
		m.offset = cur - h + 1
	}
	m.offset = max(0, min(m.offset, len(lines)-h))
}

// layout renders every line and says which one has the cursor.
func (m *Model) layout() (lines []string, cur int) {
	st := m.c.Styles
	const labelW = 12
	section := ""
	for i, r := range m.rows {
		if r.Section != section {
			section = r.Section
			if len(lines) > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, st.Section.Render(sanitize.Line(section, 40)))
		}
		mark := "  "
		if i == m.cursor {
			mark, cur = "▸ ", len(lines)
		}
		valW := max(8, m.width-len(mark)-labelW-1)
		v := ui.Elide(sanitize.Line(r.Value, 4096), valW) // never cut silently
		if n := sanitize.Line(r.Note, 400); n != "" && valW-lipgloss.Width(v) > 4 {
			v += st.Muted.Render(vtable.Fit(" · "+n, valW-lipgloss.Width(v), vtable.Left))
		}
		line := mark + st.Label.Render(vtable.Fit(sanitize.Line(r.Label, 40), labelW, vtable.Left)) + " " + v
		if i == m.cursor {
			line = st.Bold.Render(mark) + line[len(mark):]
		}
		lines = append(lines, line)
	}
	if m.err != nil {
		lines = append(lines, "", st.Error.Render(ui.ErrLine("info", m.err)))
	}
	lines = append(lines, "", st.Muted.Render(fmt.Sprintf("  %s copies the selected value · %s opens it in a block explorer", m.c.Keys.Copy.Help().Key, m.c.Keys.Browse.Help().Key)))
	return lines, cur
}
