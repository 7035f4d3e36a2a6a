// Package keys is daoterm's one keymap. Views match keys against the
// bindings here (never against literal key strings) and list them in help,
// so a binding changed here changes everywhere.
package keys

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every binding of the UI.
type KeyMap struct {
	Up, Down         key.Binding
	PageUp, PageDown key.Binding
	Top, Bottom      key.Binding
	PrevPane         key.Binding // previous pane within a tab (h / ←)
	NextPane         key.Binding // next pane within a tab (l / →)
	Tab1, Tab2, Tab3 key.Binding
	NextTab, PrevTab key.Binding
	Search           key.Binding
	Filter           key.Binding
	Sort             key.Binding
	Open             key.Binding
	Back             key.Binding
	Help             key.Binding
	Quit             key.Binding
	Refresh          key.Binding
	Vote             key.Binding // reserved: disabled until voting exists
	Delegate         key.Binding // reserved: disabled until delegation exists
}

// Default returns the default keymap: vim keys and arrows.
func Default() KeyMap {
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u", "ctrl+b"), key.WithHelp("pgup/^u", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d", "ctrl+f", " "), key.WithHelp("pgdn/^d", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		PrevPane: key.NewBinding(key.WithKeys("h", "left"), key.WithHelp("←/h", "prev pane")),
		NextPane: key.NewBinding(key.WithKeys("l", "right"), key.WithHelp("→/l", "next pane")),
		Tab1:     key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "proposals")),
		Tab2:     key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "ownership")),
		Tab3:     key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "treasury")),
		NextTab:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("S-tab", "prev tab")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Filter:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter")),
		Sort:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Refresh:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
		Vote:     key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "vote"), key.WithDisabled()),
		Delegate: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delegate"), key.WithDisabled()),
	}
}

// ShortHelp is the footer's one line of help (help.KeyMap).
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Filter, k.Sort, k.NextTab, k.Help, k.Quit}
}

// FullHelp is the help screen's global keys (help.KeyMap); each view adds
// its own.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Tab1, k.Tab2, k.Tab3},
		{k.NextTab, k.PrevTab},
		{k.Refresh, k.Help, k.Quit},
		{k.Vote, k.Delegate},
	}
}

// Help is a help.KeyMap made of chosen bindings, for views that show their
// own short help.
type Help struct {
	Short []key.Binding
	Full  [][]key.Binding
}

// ShortHelp implements help.KeyMap.
func (h Help) ShortHelp() []key.Binding { return h.Short }

// FullHelp implements help.KeyMap.
func (h Help) FullHelp() [][]key.Binding { return h.Full }
