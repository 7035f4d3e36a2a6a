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
	NextTab, PrevTab key.Binding
	Search           key.Binding
	Filter           key.Binding
	Sort             key.Binding
	Open             key.Binding
	Back             key.Binding
	Help             key.Binding
	Quit             key.Binding
	Refresh          key.Binding
	Vote             key.Binding // vote on the Active proposal under the cursor
	Delegate         key.Binding // delegate voting power (Ownership)
	Queue            key.Binding // queue a Succeeded proposal
	Execute          key.Binding // execute a Queued proposal
	Account          key.Binding // pick the signing account
	Transactions     key.Binding // list the journal's transactions
	Copy             key.Binding // copy the selected id, address or tx hash
	Browse           key.Binding // open the selection in a block explorer

	// Keys inside the signing flow (which captures the keyboard, so these
	// may share keys with the bindings above).
	Continue key.Binding // finish a multi-line reason
	Confirm  key.Binding // choose / continue / sign
	Retry    key.Binding // prepare again after a failure
	For      key.Binding // choose For
	Against  key.Binding // choose Against
	Abstain  key.Binding // choose Abstain
	Split    key.Binding // split the vote (fractional counting)
	Ballot   key.Binding // sign a gasless ballot (castVoteBySig) instead of sending a vote
	Toggle   key.Binding // check or uncheck a menu entry (the filter menu, which captures the keyboard too)
}

// Default returns the default keymap: vim keys and arrows.
func Default() KeyMap {
	return KeyMap{
		Up:           key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:       key.NewBinding(key.WithKeys("pgup", "ctrl+u", "ctrl+b"), key.WithHelp("pgup/^u", "page up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "ctrl+d", "ctrl+f", " "), key.WithHelp("pgdn/^d", "page down")),
		Top:          key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("gg/home", "first row")),
		Bottom:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last row")),
		PrevPane:     key.NewBinding(key.WithKeys("h", "left"), key.WithHelp("←/h", "prev pane")),
		NextPane:     key.NewBinding(key.WithKeys("l", "right"), key.WithHelp("→/l", "next pane")),
		NextTab:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next tab")),
		PrevTab:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("S-tab", "prev tab")),
		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Filter:       key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter")),
		Sort:         key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Open:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:         key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Refresh:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
		Vote:         key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "vote")),
		Delegate:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delegate")),
		Queue:        key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "queue")),
		Execute:      key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "execute")),
		Account:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "account")),
		Transactions: key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "transactions")),
		Copy:         key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy id")),
		Browse:       key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in explorer")),

		Continue: key.NewBinding(key.WithKeys("tab", "ctrl+s"), key.WithHelp("tab", "continue")),
		Confirm:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Retry:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "retry")),
		For:      key.NewBinding(key.WithKeys("f", "1"), key.WithHelp("f", "for")),
		Against:  key.NewBinding(key.WithKeys("a", "0"), key.WithHelp("a", "against")),
		Abstain:  key.NewBinding(key.WithKeys("n", "2"), key.WithHelp("n", "abstain")),
		Split:    key.NewBinding(key.WithKeys("s", "3"), key.WithHelp("s", "split…")),
		Ballot:   key.NewBinding(key.WithKeys("g", "4"), key.WithHelp("g", "gasless ballot…")),
		Toggle:   key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp("space", "toggle")),
	}
}

// Wallet is the help group of the signing keys available everywhere.
func (k KeyMap) Wallet() []key.Binding {
	return []key.Binding{k.Account, k.Transactions}
}

// Flow lists the bindings used only inside the signing flow (and Toggle,
// only inside the filter menu); they may share keys with other bindings
// because the flow and the menu capture the keyboard.
func (k KeyMap) Flow() []key.Binding {
	return []key.Binding{k.Continue, k.Confirm, k.Retry, k.For, k.Against, k.Abstain, k.Split, k.Ballot, k.Toggle}
}

// ShortHelp is the footer's one line of help (help.KeyMap).
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Filter, k.Sort, k.NextTab, k.Help, k.Quit}
}

// FullHelp is the help screen's global keys (help.KeyMap); the root adds
// the tabs' keys (each tab registers its own), each view its own keys (v,
// d, u, x only where they apply), and the modal the wallet's keys (a, t)
// when signing is available.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.NextTab, k.PrevTab}, {k.Copy, k.Browse}, {k.Refresh, k.Help, k.Quit}}
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

// WithHelp returns b with its help text changed to desc, for a view whose
// use of a shared key is more specific ("enter: open proposal").
func WithHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// Group is a titled list of bindings, for documentation.
type Group struct {
	Title    string
	Bindings []key.Binding
}

// Groups lists every binding of the keymap by where it acts, for the
// README's key table (a test checks that no binding is left out).
func (k KeyMap) Groups() []Group {
	return []Group{
		{"Moving in lists (a count repeats: 5j, 3k; 10G goes to row 10)", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.PrevPane, k.NextPane}},
		{"Lists", []key.Binding{k.Open, k.Back, k.Search, k.Filter, k.Sort}},
		{"Everywhere", []key.Binding{k.NextTab, k.PrevTab, k.Copy, k.Browse, k.Refresh, k.Help, k.Quit}},
		{"Signing (with a keystore account)", []key.Binding{k.Vote, k.Delegate, k.Queue, k.Execute, k.Account, k.Transactions}},
		{"In the signing flow", k.Flow()},
	}
}
