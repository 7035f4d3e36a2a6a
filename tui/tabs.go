package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"

	"github.com/daoterm/daoterm/tui/inbox"
	"github.com/daoterm/daoterm/tui/infopanel"
	"github.com/daoterm/daoterm/tui/ownership"
	"github.com/daoterm/daoterm/tui/proposals"
	tview "github.com/daoterm/daoterm/tui/treasury"
	"github.com/daoterm/daoterm/tui/ui"
)

// TabSpec registers a tab. Adding a tab is one TabSpec and the tab's own
// package: the root builds it, routes its messages (those carrying its ID,
// see ui.To), shows it on Key and lists it in the tab bar and the help.
type TabSpec struct {
	ID    ui.ID  // unique; its messages carry it
	Title string // the tab bar's label
	Key   string // the key that shows the tab, e.g. "1"
	// New builds the tab. It must not read anything yet: the root calls
	// SetInfo, SetSize and Load when it is time.
	New func(env TabEnv) ui.Tab
}

// TabEnv is what a tab is built with.
type TabEnv struct {
	Ctx     context.Context // bounds every read the tab makes
	Common  ui.Common       // styles, keys and the tab's ID
	Source  Source
	Timeout time.Duration // bound of each read
}

// DefaultTabs are the dashboard's tabs, in tab-bar order.
func DefaultTabs() []TabSpec {
	return []TabSpec{
		{ID: "proposals", Title: "Proposals", Key: "1", New: func(e TabEnv) ui.Tab {
			return proposals.New(e.Ctx, e.Common, e.Source, e.Timeout)
		}},
		{ID: "ownership", Title: "Ownership", Key: "2", New: func(e TabEnv) ui.Tab {
			return ownership.New(e.Ctx, e.Common, e.Source, e.Timeout)
		}},
		{ID: "treasury", Title: "Treasury", Key: "3", New: func(e TabEnv) ui.Tab {
			return tview.New(e.Ctx, e.Common, e.Source, e.Timeout)
		}},
		{ID: "inbox", Title: "Inbox", Key: "4", New: func(e TabEnv) ui.Tab {
			return inbox.New(e.Ctx, e.Common, e.Source, e.Timeout)
		}},
		{ID: "info", Title: "Info", Key: "i", New: func(e TabEnv) ui.Tab {
			return infopanel.New(e.Ctx, e.Common, e.Source, e.Timeout)
		}},
	}
}

// tab is a registered tab as the root holds it.
type tab struct {
	spec TabSpec
	key  key.Binding
	id   ui.ID // the ID of this build: spec.ID, then spec.ID#n after the n-th chain reset
	ui.Tab
}

// buildTab builds the tab of spec. Each build gets its own ID (the n-th
// rebuild after a chain reset: "ID#n"), so a result still in flight for the
// tab it replaced is dropped, not taken for the new chain's.
func (m *Model) buildTab(spec TabSpec) tab {
	id := spec.ID
	if m.resets > 0 {
		id = ui.ID(fmt.Sprintf("%s#%d", spec.ID, m.resets))
	}
	b := key.NewBinding(key.WithKeys(spec.Key), key.WithHelp(spec.Key, strings.ToLower(spec.Title)))
	c := m.c
	c.ID = id
	t := spec.New(TabEnv{Ctx: m.ctx, Common: c, Source: m.src, Timeout: m.opts.RequestTimeout})
	if m.info != nil {
		t.SetInfo(m.info)
	}
	if m.width > 0 {
		t.SetSize(m.width, m.bodyHeight())
	}
	if s, ok := t.(ui.Signer); ok {
		s.SetSigning(m.signing.Enabled, m.signing.Account, m.signing.Name)
	}
	if bt, ok := t.(ui.BlockTimer); ok {
		if secs, ok := m.clock.Seconds(); ok {
			bt.SetBlockSeconds(secs)
		}
	}
	return tab{spec: spec, key: b, id: id, Tab: t}
}

// byID returns the index of the tab with id, or -1.
func (m *Model) byID(id ui.ID) int {
	for i := range m.tabs {
		if m.tabs[i].id == id {
			return i
		}
	}
	return -1
}
