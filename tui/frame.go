package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/daoterm/daoterm/tui/vtable"
)

// Minimum terminal size the layout is designed for (a tmux half pane).
// Below it only a message shows, and only quit keys act.
const (
	MinWidth  = 60
	MinHeight = 20
)

// Layout: header, tabs, rule, body, status line, help line.
const (
	chromeLines = 5
	tabBarLine  = 1 // the screen line of the tab bar
	bodyTop     = 3 // the screen line the body starts on
)

// tooSmall reports whether the terminal is below the minimum size.
func (m *Model) tooSmall() bool {
	return m.width > 0 && (m.width < MinWidth || m.height < MinHeight)
}

// tooSmallView says so in as much as fits: wrapped to the width, cut to
// the height.
func (m *Model) tooSmallView() string {
	msg := fmt.Sprintf("Terminal too small: %d×%d. daoterm needs %d×%d. q quits.", m.width, m.height, MinWidth, MinHeight)
	if m.height < 3 || m.width < 30 {
		msg = fmt.Sprintf("%d×%d: too small, need %d×%d. q quits.", m.width, m.height, MinWidth, MinHeight)
	}
	wrapped := lipgloss.NewStyle().Width(m.width).Render(msg)
	return m.c.Styles.Warn.Render(fitBody(wrapped, m.width, m.height))
}

func (m *Model) bodyHeight() int { return max(1, m.height-chromeLines) }

// View renders the frame.
func (m *Model) View() string {
	if m.width == 0 {
		return ""
	}
	st := m.c.Styles
	if m.tooSmall() {
		return m.tooSmallView()
	}
	var body string
	switch {
	case m.modal.Capturing():
		body = m.modal.View()
	case m.showHelp:
		body = m.scrolledHelp()
	case m.info == nil && m.infoErr != nil:
		body = st.Error.Render(ui.ErrLine("reading the DAO", m.infoErr)) + "\n\n" + st.Muted.Render("press r to retry, q to quit")
	default:
		body = m.tabs[m.active].View()
	}
	body = fitBody(body, m.width, m.bodyHeight())
	return strings.Join([]string{m.header(), m.tabBar(), st.Border.Render(strings.Repeat("─", m.width)), body, m.status(), m.shortHelp()}, "\n")
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
	if m.live.head.Number == 0 {
		return spread(left, st.HeaderMeta.Render("connecting…"), m.width)
	}
	dot, label, bad := m.liveLabel()
	block := st.HeaderMeta.Render(dot+" block ") + st.Bold.Render(format.Uint(m.live.head.Number))
	if bad {
		block = st.Warn.Render(dot+" block ") + st.Bold.Render(format.Uint(m.live.head.Number))
	}
	// The head block always shows; its time (or what is wrong) as much as fits.
	layouts := []string{"2006-01-02 15:04:05 UTC", "15:04:05 UTC", ""}
	if bad {
		layouts = []string{label, ""}
	}
	for _, layout := range layouts {
		right := block + " "
		switch {
		case layout == "":
		case bad:
			right = block + st.Warn.Render("  "+layout+" ")
		default:
			right = block + st.HeaderMeta.Render("  "+m.live.head.Time.UTC().Format(layout)+" ")
		}
		if lipgloss.Width(left)+lipgloss.Width(right) < m.width {
			return spread(left, right, m.width)
		}
	}
	// Too narrow even for the block: the name gives way to it.
	return spread(vtable.Fit(left, max(0, m.width-lipgloss.Width(block)-2), vtable.Left), block+" ", m.width)
}

// tabBar lists the tabs; the active one is bracketed so it shows without
// colour. The modal's badge sits on the right.
func (m *Model) tabBar() string {
	st := m.c.Styles
	parts := make([]string, len(m.tabs))
	for i, t := range m.tabs {
		label := t.spec.Key + " " + t.spec.Title
		if i == m.active {
			parts[i] = st.ActiveTab.Render("[" + label + "]")
		} else {
			parts[i] = st.Tab.Render(" " + label + " ")
		}
	}
	left := " " + strings.Join(parts, st.TabGap.Render("│"))
	if badge := m.modal.Badge(); badge != "" {
		return spread(left, badge+" ", m.width)
	}
	return left
}

// tabAt is the tab whose label covers column x of the tab bar, or -1.
func (m *Model) tabAt(x int) int {
	at := 1 // the leading space
	for i, t := range m.tabs {
		w := lipgloss.Width(t.spec.Key+" "+t.spec.Title) + 2
		if x >= at && x < at+w {
			return i
		}
		at += w + 1 // the separator
	}
	return -1
}

// status is the footer's first line: what the user waits for, loading and
// progress, an error, or the block the visible data was read at; then the
// head stream's trouble and a chain reset.
func (m *Model) status() string {
	st := m.c.Styles
	vs := m.tabs[m.active].Status()
	ms := m.modal.Status()
	var left string
	switch {
	case ms.Loading:
		left = m.spin.View() + " " + st.Status.Render(ms.What+"…")
	case m.info == nil && m.infoErr == nil:
		left = m.spin.View() + " " + st.Status.Render("reading the DAO…")
	case vs.Loading:
		left = m.spin.View() + " " + st.Status.Render("loading "+vs.What+"…")
		if m.prog.Total > 0 {
			r := min(1, float64(m.prog.Done)/float64(m.prog.Total))
			left += " " + m.bar.ViewAs(r)
			if len(m.prog.Streams) == 0 {
				left += " " + st.Muted.Render(fmt.Sprintf("%3.0f%% %s", r*100, sanitize.Line(m.prog.What, 30)))
			}
			capN := 0
			for _, p := range m.prog.Streams {
				left += " " + st.Muted.Render(format.Sync(sanitize.Line(p.What, 30), p.Done, p.Total, p.Logs, p.LogsPerSec, p.Left))
				capN = max(capN, p.MaxResults)
			}
			if capN > 0 {
				left += " " + st.Muted.Render("· "+format.ResultsCap(capN))
			}
		}
	case vs.Err != nil:
		left = st.Error.Render("✗ " + ui.ErrLine(vs.What, vs.Err))
	case vs.Block != 0:
		left = st.Muted.Render("✓ " + vs.What + " at block " + format.Uint(vs.Block))
	}
	if n := m.noteText(); n != "" {
		left = n
	}
	if m.live.note != "" {
		left = st.Warn.Render("⚠ the node serves another chain ("+m.live.note+"): everything was read again") + "  " + left
	}
	if vs.Err == nil && m.live.err != nil {
		left += "  " + st.Warn.Render(ui.ErrLine("head", m.live.err))
	}
	return " " + vtable.Fit(left, m.width-1, vtable.Left)
}

// shortHelp is the footer's key help for the focused component. (help's
// own truncation can overflow when even its ellipsis does not fit, so the
// line is cut here as well.)
func (m *Model) shortHelp() string {
	bindings := m.tabs[m.active].Help().ShortHelp()
	if m.modal.Capturing() {
		bindings = m.modal.Help().ShortHelp()
	} else if m.showHelp {
		bindings = []key.Binding{m.c.Keys.Up, m.c.Keys.Down, keys.WithHelp(m.c.Keys.Back, "close"), keys.WithHelp(m.c.Keys.Quit, "close")}
	}
	pre := " "
	// (A lone digit that switched tabs is not shown as a count.)
	if p := m.seq.Pending(); p != "" && !m.modal.Capturing() && !m.showHelp && (m.undo == 0 || len(p) > 1) {
		pre = " " + m.c.Styles.Bold.Render(p+"…") + "  "
	}
	return ansi.Truncate(pre+m.help.ShortHelpView(bindings), m.width, "…")
}

// notNow lists the keys the visible tab accepts that do not act now,
// greyed out, each with the reason (ui.KeyHelper).
func (m *Model) notNow() string {
	if m.modal.Capturing() {
		return ""
	}
	var hs []ui.KeyHelp
	for _, c := range []any{m.tabs[m.active].Tab, m.modal} {
		if kh, ok := c.(ui.KeyHelper); ok {
			hs = append(hs, kh.KeyHelp()...)
		}
	}
	st := m.c.Styles
	var b strings.Builder
	for _, h := range hs {
		if h.Disabled == "" {
			continue
		}
		hb := h.Binding.Help()
		b.WriteString("\n   " + st.Muted.Render(fmt.Sprintf("%-7s %s — %s", hb.Key, hb.Desc, sanitize.Line(h.Disabled, 80))))
	}
	if b.Len() == 0 {
		return ""
	}
	return "\n\n" + st.Section.Render(" Not now") + "\n" + b.String()
}

// fullHelp is the help screen: the active tab's keys, then global keys.
func (m *Model) fullHelp() string {
	st := m.c.Styles
	km := m.c.Keys
	tabKeys := make([]key.Binding, len(m.tabs))
	for i, t := range m.tabs {
		tabKeys[i] = t.key
	}
	global := append([][]key.Binding{tabKeys}, km.FullHelp()...)
	global = append(global, m.modal.Help().FullHelp()...)
	return st.Section.Render(" "+m.tabs[m.active].spec.Title) + "\n\n" +
		indentLines(m.help.FullHelpView(m.tabs[m.active].Help().FullHelp()), "   ") + m.notNow() + "\n\n" +
		st.Section.Render(" Everywhere") + "\n\n" +
		indentLines(m.help.FullHelpView(global), "   ") + "\n\n" +
		st.Muted.Render(" A count moves further: 5j five rows down, 10G row 10. Esc drops a count.") + "\n" +
		st.Muted.Render(" Amounts are cut, never rounded up. ≈ marks estimated times. Addresses are shortened in tables.")
}

// scrolledHelp is the part of the help screen that fits, from helpTop
// (clamped to the text), with a mark when more follows.
func (m *Model) scrolledHelp() string {
	lines := strings.Split(m.fullHelp(), "\n")
	h := m.bodyHeight()
	m.helpTop = max(0, min(m.helpTop, len(lines)-h))
	lines = lines[m.helpTop:]
	if len(lines) > h {
		lines = append(lines[:h-1], m.c.Styles.Muted.Render(fmt.Sprintf(" ↓ %d more lines (j/↓)", len(lines)-h+1)))
	}
	return strings.Join(lines, "\n")
}

func newHelp(st *theme.Styles) help.Model {
	h := help.New()
	h.Styles.ShortKey, h.Styles.ShortDesc, h.Styles.ShortSeparator = st.Bold, st.Muted, st.Muted
	h.Styles.FullKey, h.Styles.FullDesc, h.Styles.FullSeparator = st.Bold, st.Muted, st.Muted
	return h
}

// newBar is the footer's progress bar, drawn statically (ViewAs) in the
// theme's colours.
func newBar(st *theme.Styles) progress.Model {
	colour := func(s lipgloss.Style) string {
		if c, ok := s.GetForeground().(lipgloss.AdaptiveColor); ok {
			if st.Dark {
				return c.Dark
			}
			return c.Light
		}
		return ""
	}
	b := progress.New(progress.WithSolidFill(colour(st.Spinner)), progress.WithoutPercentage(),
		progress.WithWidth(20), progress.WithColorProfile(st.Profile))
	b.EmptyColor = colour(st.BarEmpty)
	return b
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
