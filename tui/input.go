package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/ui"
)

// wheelRows is how many rows one turn of the mouse wheel scrolls.
const wheelRows = 3

// keys takes a key message from the terminal. bubbletea v1 delivers runes
// typed in a burst (fast typing, a held key, tmux send-keys, SSH) as one
// message: they are handed on one rune at a time, so "jjjj" moves four
// rows and "vf" opens the vote and picks For — except while a text input
// has the focus, which gets the rest of the burst as one insertion (as it
// gets pasted text).
func (m *Model) keys(k tea.KeyMsg) tea.Cmd {
	if k.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	if m.tooSmall() { // nothing is shown to act on: only quit works
		if key.Matches(k, m.c.Keys.Quit) {
			return tea.Quit
		}
		return nil
	}
	if k.Type != tea.KeyRunes || k.Paste || len(k.Runes) < 2 {
		return m.key(k)
	}
	var cmds []tea.Cmd
	for i := range k.Runes {
		if m.takesText() {
			rest := k
			rest.Runes = k.Runes[i:]
			return tea.Batch(append(cmds, m.key(rest))...)
		}
		one := tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[i : i+1], Alt: k.Alt}
		cmd := m.key(one)
		if cmd != nil && i+1 < len(k.Runes) && m.opensFlow(one) && !m.modal.Capturing() {
			// The flow opens when the command's message arrives: the
			// rest of the burst (vf: For) must wait for it.
			rest := k
			rest.Runes = k.Runes[i+1:]
			return tea.Batch(append(cmds, func() tea.Msg { return burstMsg{first: run(cmd), rest: rest} })...)
		}
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// burstMsg is the message of a key that opens a signing flow, and the rest
// of the burst it came in, to be handled after it.
type burstMsg struct {
	first []tea.Msg
	rest  tea.KeyMsg
}

// run runs cmd and the commands of a batch it returns, in order, off the
// UI's goroutine, and returns their messages.
func run(cmd tea.Cmd) []tea.Msg {
	msg := cmd()
	b, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range b {
		if c != nil {
			out = append(out, run(c)...)
		}
	}
	return out
}

// burst handles a burstMsg: the flow opens, then the rest of the keys act.
func (m *Model) burst(msg burstMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, f := range msg.first {
		if f != nil {
			_, cmd := m.Update(f)
			cmds = append(cmds, cmd)
		}
	}
	return tea.Batch(append(cmds, m.keys(msg.rest))...)
}

// opensFlow reports whether k is a key that asks the modal to open a
// signing flow (its command's message opens it).
func (m *Model) opensFlow(k tea.KeyMsg) bool {
	km := m.c.Keys
	return key.Matches(k, km.Vote) || key.Matches(k, km.Queue) || key.Matches(k, km.Execute) || key.Matches(k, km.Delegate)
}

// takesText reports whether a text input has the focus: the modal's
// (reason, address, amounts, passphrase) or the visible tab's (search).
func (m *Model) takesText() bool {
	if m.modal.Capturing() {
		t, ok := m.modal.(ui.TextTaker)
		return ok && t.TakesText()
	}
	t := m.tabs[m.active]
	if tt, ok := t.Tab.(ui.TextTaker); ok {
		return tt.TakesText()
	}
	return t.Capturing()
}

// key handles one key: the open modal or a tab's text input takes it;
// else a count or g prefix is read (keys.Seq), then global keys, the
// modal's own keys and the visible tab.
func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	m.live.note = "" // a chain-reset notice stays until a key is pressed
	m.note = ui.NoteMsg{}
	t := m.tabs[m.active]
	switch {
	case m.modal.Capturing():
		m.seq.Reset()
		return m.withTicks(m.modal.Update(k))
	case t.Capturing():
		return m.withTicks(t.Update(k))
	case m.showHelp:
		// q closes the help as it closes every overlay; q quits only from
		// the main screen (ctrl+c quits everywhere).
		switch {
		case key.Matches(k, km.Quit), key.Matches(k, km.Help), key.Matches(k, km.Back):
			m.showHelp = false
		case key.Matches(k, km.Down):
			m.helpTop++
		case key.Matches(k, km.Up):
			m.helpTop--
		case key.Matches(k, km.PageDown):
			m.helpTop += m.bodyHeight()
		case key.Matches(k, km.PageUp):
			m.helpTop -= m.bodyHeight()
		case key.Matches(k, km.Top):
			m.helpTop = 0
		case key.Matches(k, km.Bottom):
			m.helpTop = 1 << 20 // View clamps it
		}
		return nil
	}
	// A digit that is also a tab's key shows the tab at once, and may
	// start a count: if a vim motion follows with a count above 1 (2j, 3k,
	// 10G) the tab switch is undone. A key that is not a letter (↓, enter)
	// or a second tab digit right after the one that switched tabs acts
	// on the new tab (2 ↓ is the second row of tab 2; 1 2 shows tab 2).
	// A count of 1 is no count: 1 then G is the last row of tab 1.
	i := m.tabKey(k)
	if m.undo > 0 && (k.Type != tea.KeyRunes || i >= 0 && len(m.seq.Pending()) == 1 ||
		m.seq.Pending() == "1" && !keys.IsDigit(k)) {
		m.seq.Reset()
		m.undo = 0
	}
	fresh := m.seq.Pending() == ""
	step := m.seq.Feed(k, km)
	if step.Pending {
		if fresh && i >= 0 {
			m.undo = m.active + 1
			return m.switchTo(i)
		}
		return nil
	}
	if step.Count > 1 && m.undo > 0 {
		m.active = m.undo - 1
	}
	m.undo = 0
	cmds := make([]tea.Cmd, 0, len(step.Keys))
	for _, k := range step.Keys {
		cmds = append(cmds, m.act(k))
	}
	return tea.Batch(cmds...)
}

// act runs one key on the main screen: global keys, then the modal's
// own keys (which open it), then the visible tab.
func (m *Model) act(k tea.KeyMsg) tea.Cmd {
	km := m.c.Keys
	switch {
	case key.Matches(k, km.Quit):
		return tea.Quit
	case key.Matches(k, km.Help):
		m.showHelp, m.helpTop = true, 0
		return nil
	case key.Matches(k, km.NextTab):
		return m.switchTo((m.active + 1) % len(m.tabs))
	case key.Matches(k, km.PrevTab):
		return m.switchTo((m.active + len(m.tabs) - 1) % len(m.tabs))
	case key.Matches(k, km.Refresh):
		var cmds []tea.Cmd
		if m.info == nil {
			cmds = append(cmds, m.infoCmd())
		}
		if !m.live.open {
			cmds = append(cmds, m.headsCmd())
		}
		return tea.Batch(append(cmds, m.loadActive(true))...)
	}
	if s, ok := m.tabs[m.active].Tab.(ui.Selector); ok {
		if cmd, ok := m.yank(k, s); ok {
			return cmd
		}
	}
	if i := m.tabKey(k); i >= 0 {
		return m.switchTo(i)
	}
	if cmd := m.modal.Update(k); m.modal.Capturing() {
		return m.withTicks(cmd) // the modal opened on its own key
	}
	return m.withTicks(m.tabs[m.active].Update(k))
}

// tabKey is the index of the tab whose key k is, or -1.
func (m *Model) tabKey(k tea.KeyMsg) int {
	for i := range m.tabs {
		if key.Matches(k, m.tabs[i].key) {
			return i
		}
	}
	return -1
}

// mouse handles the wheel and left clicks: a click on the tab bar shows
// that tab; over the body, a left click goes to a component that takes it
// (ui.Clicker), relative to the body, and the wheel moves the cursor as
// the up and down keys do.
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	if m.tooSmall() || m.modal.Capturing() || m.showHelp || m.tabs[m.active].Capturing() {
		return nil
	}
	press := msg.Action == tea.MouseActionPress
	if msg.Y == tabBarLine && press && msg.Button == tea.MouseButtonLeft {
		if i := m.tabAt(msg.X); i >= 0 {
			return m.switchTo(i)
		}
		return nil
	}
	if msg.Y < bodyTop || msg.Y >= bodyTop+m.bodyHeight() || !press {
		return nil
	}
	m.seq.Reset()
	t := m.tabs[m.active]
	if c, ok := t.Tab.(ui.Clicker); ok && msg.Button == tea.MouseButtonLeft {
		return m.withTicks(c.Click(msg.X, msg.Y-bodyTop))
	}
	var k tea.KeyMsg
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		k = keys.Msg(m.c.Keys.Up)
	case tea.MouseButtonWheelDown:
		k = keys.Msg(m.c.Keys.Down)
	default:
		return nil
	}
	cmds := make([]tea.Cmd, wheelRows)
	for i := range cmds {
		cmds[i] = t.Update(k)
	}
	return m.withTicks(tea.Batch(cmds...))
}
