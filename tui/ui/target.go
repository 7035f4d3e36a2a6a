package ui

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
)

// Kind is what an identifier names, for the block explorer's URL.
type Kind string

// Kinds of identifiers daoterm copies and opens.
const (
	KindAddress  Kind = "address"
	KindTx       Kind = "tx"
	KindProposal Kind = "proposal"
	KindBlock    Kind = "block"
	KindURL      Kind = "url"  // a URL daoterm was given (RPC): o opens it as is
	KindPath     Kind = "path" // a file or directory: copied, not opened
)

// Target is an identifier the user can copy (y) or open in a block
// explorer (o): a proposal id, an address, a transaction hash, or a URL or
// path daoterm was configured with. Value is daoterm's own text (hex or
// decimal digits, or its configuration), never a string from the chain.
type Target struct {
	Kind  Kind
	Value string
}

// Selector is implemented by components whose selection is an identifier:
// the root copies or opens it on y and o.
type Selector interface {
	// Selected returns the identifier under the cursor (ok false: none).
	Selected() (t Target, ok bool)
}

// NoteMsg is a one-line notice for the footer ("copied 0x12…34"), shown
// until the next key. Text is daoterm's own and sanitized when shown.
type NoteMsg struct {
	Text string
	Err  bool // shown as an error
}

// CacheNoter is optionally implemented by a Source that has notices for the
// footer about its cache (an entry found corrupt and rebuilt, a reorg rolled
// back, a cache in use by another process) and about how it reads the DAO
// (legacy governors left out, a token whose votes are read from its
// events); each note says what it is about. The TUI asks while loading;
// each call returns the notes since the last one. Text is sanitized when
// shown.
type CacheNoter interface {
	CacheNotes() []string
}

// Elide fits an identifier into w cells, keeping both ends around a "…"
// so what shows can never be mistaken for the whole value. Identifiers are
// ASCII; anything else is cut on rune boundaries the same way.
func Elide(s string, w int) string {
	n := utf8.RuneCountInString(s)
	if n <= w {
		return s
	}
	switch {
	case w <= 0:
		return ""
	case w == 1:
		return "…"
	}
	r := []rune(s)
	head := w / 2
	tail := w - 1 - head
	return string(r[:head]) + "…" + string(r[n-tail:])
}

// OSC52 is the terminal sequence that puts s on the system clipboard
// (OSC 52, base64 of s, ST-terminated). s must be daoterm's own text; the
// sequence carries only its base64, so nothing in s can escape it.
func OSC52(s string) string {
	return "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(s)) + "\x1b\\"
}

// Explorer builds block explorer URLs from templates in which {kind} is
// the identifier's kind (address, tx, block, proposal) and {value} its
// value, e.g. "https://etherscan.io/{kind}/{value}".
type Explorer struct {
	URL   string          // the template for every kind but proposals; "" for none
	Kinds map[Kind]string // per-kind templates, ahead of URL
}

// Link returns the URL of t, or ok false when no template covers its kind
// (a proposal needs its own template: explorers have no page for one).
func (e Explorer) Link(t Target) (url string, ok bool) {
	switch t.Kind {
	case KindURL:
		return t.Value, true
	case KindPath:
		return "", false
	}
	tmpl := e.Kinds[t.Kind]
	if tmpl == "" && t.Kind != KindProposal {
		tmpl = e.URL
	}
	if tmpl == "" {
		return "", false
	}
	return ExplorerURL(tmpl, t), true
}

// BuiltinExplorer returns the explorer daoterm knows for chainID (Ethereum,
// OP, zkSync Era, Base, Arbitrum One, Sepolia); ok is false for others.
func BuiltinExplorer(chainID uint64) (e Explorer, ok bool) {
	host := ""
	switch chainID {
	case 1:
		host = "etherscan.io"
	case 10:
		host = "optimistic.etherscan.io"
	case 324:
		host = "explorer.zksync.io"
	case 8453:
		host = "basescan.org"
	case 42161:
		host = "arbiscan.io"
	case 11155111:
		host = "sepolia.etherscan.io"
	default:
		return Explorer{}, false
	}
	return Explorer{URL: "https://" + host + "/{kind}/{value}"}, true
}

// ExplorerURL fills a URL template: {kind} becomes the identifier's kind
// as explorers name it (address, tx, block; a proposal has none, so its
// template is used only when configured per kind) and {value} its value.
func ExplorerURL(tmpl string, t Target) string {
	return strings.NewReplacer("{kind}", string(t.Kind), "{value}", t.Value).Replace(tmpl)
}

// OpenProposalMsg asks the root to show proposal ID — its gov.Proposal.Key
// ("0xGOVERNOR:id"), or its decimal id alone (the newest proposal with that
// id) — in the tab
// that implements ProposalOpener (the Proposals tab), e.g. from the inbox
// or a treasury flow; Vote also starts a vote on it.
type OpenProposalMsg struct {
	ID   string
	Vote bool
}

// ProposalOpener is implemented by the tab that shows proposals.
type ProposalOpener interface {
	// OpenProposal opens the page of proposal id (see OpenProposalMsg), and starts a
	// vote on it when vote is set.
	OpenProposal(id string, vote bool) tea.Cmd
}
