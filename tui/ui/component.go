package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"
)

// ID names a component the root routes messages to (a tab). Each tab gets
// its ID in Common when it is built; its messages carry it (see To).
type ID string

// Owned is implemented by messages addressed to one component: the root
// hands such a message to the component with that ID, and to no other.
type Owned interface{ Owner() ID }

// To addresses a message to a component: embed it in the message type and
// set it from Common.ID when the command that returns the message is built.
type To struct{ ID ID }

// Owner implements Owned.
func (t To) Owner() ID { return t.ID }

// Component is the contract between the root and everything it lays out:
// the tabs and the modal. Update takes the component's own messages and,
// while it has the focus, the keys; View renders the body (the root fits it
// to the size given by SetSize, so a component can never break the frame).
type Component interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int) tea.Cmd
	// Help lists the keys the component accepts now (footer and help screen).
	Help() help.KeyMap
	// Capturing reports whether the component takes every key (a text
	// input has the focus, a modal is open): global keys do not fire then.
	Capturing() bool
	// SetInfo gives the component the DAO's description, once it is read
	// (and again after a chain reset).
	SetInfo(info *DAOInfo)
	// Status is the component's loading state for the footer.
	Status() Status
}

// Tab is a component shown as a tab. Only the visible tab follows the head:
// the root calls Load on each new head for it, and on switching to a tab.
type Tab interface {
	Component
	// Load brings the tab to head (force: reload a block already shown).
	Load(head Head, force bool) tea.Cmd
}

// Signer is implemented by tabs that offer signing keys (only when a wallet
// is present) and mark the signing account's votes.
type Signer interface {
	SetSigning(enabled bool, me common.Address, name string)
}

// SigningMsg says whether signing is available and which account signs; a
// modal returns it when that changes, and the root tells every Signer tab.
type SigningMsg struct {
	Enabled bool
	Account common.Address // zero when no account is chosen
	Name    string
	// Seq orders the reports: each runs as a command of its own, so an
	// older one (made before the accounts were read, say) can arrive
	// after a newer one, and is then dropped.
	Seq uint64
}

// Modal is a component that opens over the body (a signing flow, a
// picker, a notice). While open (Capturing) it takes the keys and the body.
// While closed it is offered the keys that neither the root nor the visible
// tab's text input claimed, and opens on its own keys; messages that are
// neither the root's nor Owned go to it.
type Modal interface {
	Component
	Init() tea.Cmd
	// Head tells it about a new chain head.
	Head(h Head) tea.Cmd
	// Reset says the node now serves another chain: close, drop what was
	// read from the old one and read again.
	Reset() tea.Cmd
	// Badge is a short status for the tab bar ("" for none).
	Badge() string
}

// TextTaker is implemented by components that can hold a focused text
// input (a search box, a reason, an address, an amount, a passphrase).
// While TakesText is true the root hands a burst of typed runes, and pasted
// text, to the component as one message (one insertion); otherwise it
// splits a burst into one key per rune, so every rune acts.
type TextTaker interface {
	TakesText() bool
}

// KeyHelp is a key a component accepts, and why it does not act now:
// Disabled is "" when the key acts, else the reason ("you voted For at
// block 801"). The help screen lists disabled keys greyed out with the
// reason; the footer leaves them out.
type KeyHelp struct {
	Binding  key.Binding
	Disabled string
}

// KeyHelper is implemented by components whose keys depend on the state
// (v only on an Active proposal the account has not voted on). KeyHelp
// lists every such key, enabled or not.
type KeyHelper interface {
	KeyHelp() []KeyHelp
}

// Clicker is implemented by components that take mouse clicks (a row
// selects it). The root hands it left clicks over the body, at x, y
// relative to the body's top-left corner; the wheel moves the cursor as the
// up and down keys do.
type Clicker interface {
	Click(x, y int) tea.Cmd
}
