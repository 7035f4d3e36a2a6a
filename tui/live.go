package tui

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// liveState is the head stream as the header shows it.
type liveState struct {
	heads  <-chan ui.Head
	open   bool      // the stream is open
	head   ui.Head   // the newest head
	seen   time.Time // when it arrived (wall clock)
	err    error     // the stream's last failure (Head.Err, or it closed); cleared by the next head
	failed time.Time // when err arrived
	note   string    // a chain reset, shown until a key is pressed (sanitized)
}

// Messages of the head stream.
type (
	headsMsg struct {
		ch  <-chan ui.Head
		err error
	}
	headMsg        struct{ head ui.Head }
	headsClosedMsg struct{}
	clockMsg       struct{}
)

// tickClock re-renders the header every second, so the time since the
// last head counts up and a stale stream shows.
func tickClock() tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return clockMsg{} })
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

// liveUpdate handles the head stream's messages and the clock.
func (m *Model) liveUpdate(msg tea.Msg) tea.Cmd {
	l := &m.live
	switch msg := msg.(type) {
	case clockMsg:
		return tickClock()
	case headsMsg:
		if msg.err != nil {
			l.err, l.failed = msg.err, m.now()
			m.log.Error("head stream", "err", msg.err)
			return nil
		}
		l.heads, l.open = msg.ch, true
		return waitHead(msg.ch)
	case headMsg:
		cmd := m.gotHead(msg.head)
		if l.heads != nil {
			cmd = tea.Batch(cmd, waitHead(l.heads))
		}
		return cmd
	case headsClosedMsg:
		l.open = false
		if l.err == nil && m.ctx.Err() == nil {
			l.err, l.failed = fmt.Errorf("live updates stopped; press r to reconnect"), m.now()
		}
	}
	return nil
}

func (m *Model) gotHead(h ui.Head) tea.Cmd {
	l := &m.live
	if h.Err != nil {
		l.err, l.failed = h.Err, m.now()
		m.log.Warn("head", "err", h.Err)
		return nil
	}
	if h.Reset != "" {
		return m.reset(h)
	}
	if h.Number <= l.head.Number {
		return nil // reorg to a lower height or a repeat: keep the newest
	}
	l.head, l.seen, l.err = h, m.now(), nil
	m.observe(h)
	reconcile := m.modal.Head(h)
	return tea.Batch(reconcile, m.loadActive(false))
}

// observe feeds the block clock and hands its estimate to the tabs.
func (m *Model) observe(h ui.Head) {
	m.clock.Observe(h)
	secs, ok := m.clock.Seconds()
	if !ok {
		return
	}
	for _, t := range m.tabs {
		if bt, ok := t.Tab.(ui.BlockTimer); ok {
			bt.SetBlockSeconds(secs)
		}
	}
}

// reset starts over on another chain: every tab is built again (nothing
// read from the old chain stays), the modal closes, the DAO is read again.
func (m *Model) reset(h ui.Head) tea.Cmd {
	m.log.Warn("chain reset", "why", h.Reset)
	l := &m.live
	l.note = sanitize.Line(h.Reset, sanitize.MaxError)
	l.head, l.seen, l.err = h, m.now(), nil
	m.clock.Reset()
	m.observe(h)
	m.info, m.infoErr, m.showHelp = nil, nil, false
	m.resets++
	for i := range m.tabs {
		m.tabs[i] = m.buildTab(m.tabs[i].spec)
	}
	return m.withTicks(tea.Batch(m.modal.Reset(), m.modal.Head(h), m.infoCmd()))
}

// liveLabel is the header's indicator: "●" while heads arrive, "◌ stale"
// when none came for longer than expected, "○ disconnected" when the
// stream failed, each with the time since the last head.
func (m *Model) liveLabel() (dot, label string, bad bool) {
	l := m.live
	since := func(t time.Time) string { return format.Duration(max(0, m.now().Sub(t))) }
	switch {
	case l.err != nil || !l.open:
		return "○", "disconnected · last head " + since(l.seen) + " ago", true
	case m.now().Sub(l.seen) > m.clock.StaleAfter():
		return "◌", "stale · no new block for " + since(l.seen), true
	}
	return "●", "", false
}
