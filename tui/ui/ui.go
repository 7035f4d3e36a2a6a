// Package ui holds what the root model and every view share: the data
// types the UI reads (DAOInfo, Head), the styles and keys handed to each view
// when it is built, a Loader that drops stale results and coalesces
// refreshes, and small helpers for labelling addresses.
//
// It imports no view, so views and the root can both import it.
package ui

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
)

// DAOInfo describes the DAO on screen. It is read once at start-up.
// Strings in it may come from the chain; the UI sanitizes them.
type DAOInfo struct {
	Name      string         // display name, usually from the config
	ChainName string         // e.g. "Ethereum", "Sepolia", "devnet"
	ChainID   *big.Int       // eth_chainId
	Governor  gov.Info       // the governor, its token, timelock and clock
	Token     treasury.Asset // the governance token (address, symbol, decimals)
	Tokens    []treasury.Asset
	// Tokens are the tracked ERC-20s (the treasury's assets), with symbols
	// and decimals, used to name targets and format amounts in actions.
	Treasury []common.Address // the treasury addresses (usually the timelock)
	// Labels optionally names other known addresses (dev accounts,
	// multisigs). Shown next to addresses; sanitized before display.
	Labels map[common.Address]string
	// Legacy are the kinds of the DAO's legacy governors, by address: the
	// governors of proposals whose Governor is not Governor.Address.
	Legacy map[common.Address]gov.Kind
}

// KindOf returns the kind of the governor at a: a legacy governor's, else
// the current governor's.
func (i *DAOInfo) KindOf(a common.Address) gov.Kind {
	if k, ok := i.Legacy[a]; ok {
		return k
	}
	return i.Governor.Kind
}

// Head is a chain head.
type Head struct {
	Number uint64
	Time   time.Time // the block's timestamp
	// L1Block is the L1 block number the block reports on chains whose
	// contracts read block.number as it (Arbitrum); 0 elsewhere. A block
	// clock's timepoints are then L1 blocks, dated at 12 s from it.
	L1Block uint64
	// Err reports a failure of the head stream (shown in the status line);
	// Number and Time are then zero and the stream goes on.
	Err error
	// Reset, when set, says the node now serves another chain than the
	// session was pinned to (chain id or genesis hash changed), e.g.
	// "genesis changed from 0xab…12 to 0xcd…34": everything shown is void
	// and must be reloaded. Number and Time are the new chain's head.
	Reset string
}

// Progress is how far a long read (usually log fetching) has come.
type Progress struct {
	Done, Total uint64   // e.g. blocks covered of blocks to cover; Total 0 = unknown
	What        string   // what is loading, e.g. "proposal logs"
	Streams     []Stream // each fetch in flight, when the source tells them apart
}

// Stream is the progress of one fetch of a long read, e.g. a DAO's token
// events being read from its first block.
type Stream struct {
	What        string
	Done, Total uint64        // blocks covered, of blocks to cover (Total 0 = unknown)
	Logs        uint64        // logs read so far
	LogsPerSec  float64       // since the fetch began
	Left        time.Duration // estimated time left at the rate so far; 0 = no estimate yet
	MaxResults  int           // the RPC's eth_getLogs results cap (0: none seen): ranges go one at a time
}

// ProgressReporter is optionally implemented by a Source whose reads report
// progress; the UI polls it a few times a second while it is loading.
// Progress must be safe to call from any goroutine and must not block.
type ProgressReporter interface {
	Progress() Progress
}

// Common is the shared, read-only context handed to each view when it is
// built.
type Common struct {
	// ID is the id of the component built with it: its messages carry it
	// (see To) so the root routes them back to it.
	ID     ID
	Styles *theme.Styles
	Keys   keys.KeyMap
	// Columns are the columns each table shows, by table ("proposals",
	// "holders", "delegates", "flows") → column IDs (vtable.ColumnID);
	// a table not listed shows all its columns.
	Columns map[string][]string
}

// Status is a view's loading state, shown by the root in the footer.
type Status struct {
	Loading bool   // a request is in flight
	What    string // what is loading or failed, e.g. "proposals"
	Err     error  // the last request failed (cleared by the next success)
	Block   uint64 // block of the data shown; 0 before the first load
}

// Loader tracks the requests of one view: the head of the data it shows,
// the request in flight, and the newest head asked for meanwhile. Results
// for older blocks are dropped; heads arriving during a request are
// coalesced into one follow-up request.
type Loader struct {
	have     Head // head of the data shown
	loaded   bool
	inFlight Head // head being loaded
	busy     bool
	want     Head // newest head asked for while busy (Number 0 = none)
	force    bool // reload even if have == want
}

// Start records a wish to load head h and reports whether a request for it
// should be sent now. force reloads a block already shown (user refresh).
func (l *Loader) Start(h Head, force bool) bool {
	if l.busy {
		if h.Number > l.want.Number || (force && h.Number >= l.want.Number) {
			l.want = h
			l.force = l.force || force
		}
		return false
	}
	if l.loaded && (h.Number < l.have.Number || (h.Number == l.have.Number && !force)) {
		return false
	}
	l.busy, l.inFlight = true, h
	return true
}

// Done records the result of the request for block. accept reports whether
// the result is current and should be stored (ok says it succeeded); next,
// when next.Number is non-zero, is a head to request now (heads that arrived
// meanwhile), with force telling whether it is a forced refresh.
func (l *Loader) Done(block uint64, ok bool) (accept bool, next Head, force bool) {
	if !l.busy || block != l.inFlight.Number {
		return false, Head{}, false // not ours: a stray or superseded result
	}
	h := l.inFlight
	l.busy, l.inFlight = false, Head{}
	accept = !l.loaded || block >= l.have.Number
	if accept && ok {
		l.have, l.loaded = h, true
	}
	if l.want.Number > block || (l.force && l.want.Number >= block) {
		next, force = l.want, l.force
	}
	l.want, l.force = Head{}, false
	return accept, next, force
}

// Busy reports whether a request is in flight.
func (l *Loader) Busy() bool { return l.busy }

// Have returns the head of the data shown and whether there is any.
func (l *Loader) Have() (Head, bool) { return l.have, l.loaded }

// Status is the footer's report of a view named what that loads through l
// and whose last request ended with err.
func (l *Loader) Status(what string, err error) Status {
	return Status{Loading: l.busy, What: what, Err: err, Block: l.have.Number}
}

// Loaded is a view's read at Head: Data, or Err.
type Loaded[T any] struct {
	To
	Head Head
	Err  error
	Data T
}

// LoadCmd is a view's read at head: read runs off the UI goroutine, bounded
// by timeout, and its result comes back as a Loaded message addressed to.
// read must use only values copied when it was built.
func LoadCmd[T any](ctx context.Context, to To, head Head, timeout time.Duration, read func(context.Context) (T, error)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := WithTimeout(ctx, timeout)
		defer cancel()
		d, err := read(ctx)
		return Loaded[T]{To: to, Head: head, Err: err, Data: d}
	}
}

// VoteReader reads a DAO's proposals and votes.
type VoteReader interface {
	// Proposals returns every proposal with state and tallies read at block.
	Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error)
	// Votes returns every vote cast up to block, in chain order.
	Votes(ctx context.Context, block uint64) ([]gov.Vote, error)
}

// ReadVotes reads the proposals and the votes at block; an error names
// which read failed and at which block.
func ReadVotes(ctx context.Context, r VoteReader, block uint64) ([]gov.Proposal, []gov.Vote, error) {
	ps, err := r.Proposals(ctx, block)
	if err != nil {
		return nil, nil, fmt.Errorf("reading proposals at block %d: %w", block, err)
	}
	vs, err := r.Votes(ctx, block)
	if err != nil {
		return nil, nil, fmt.Errorf("reading votes at block %d: %w", block, err)
	}
	return ps, vs, nil
}

// Finish settles msg (see Done): an accepted result stores msg.Err in
// *errp and, when it is nil, calls apply with msg.Data. It returns apply's
// command batched with load(next, force) for a head asked for meanwhile.
func Finish[T any](l *Loader, msg Loaded[T], errp *error, apply func(T) tea.Cmd, load func(Head, bool) tea.Cmd) tea.Cmd {
	accept, next, force := l.Done(msg.Head.Number, msg.Err == nil)
	var cmds []tea.Cmd
	if accept {
		*errp = msg.Err
		if msg.Err == nil {
			cmds = append(cmds, apply(msg.Data))
		}
	}
	if next.Number != 0 {
		cmds = append(cmds, load(next, force))
	}
	return tea.Batch(cmds...)
}

// Placeholder is what a view named what shows before its first data: the
// error and how to retry, that the DAO is not described yet, or loading
// (e.g. "loading proposals…").
func Placeholder(st *theme.Styles, what string, err error, info *DAOInfo, loading string) string {
	switch {
	case err != nil:
		return st.Error.Render(ErrLine(what, err)) + "\n" + st.Muted.Render("press r to retry")
	case info == nil:
		return st.Muted.Render("waiting for the DAO…")
	}
	return st.Muted.Render(loading)
}

// Namer names addresses the DAO knows: its governor, token, timelock,
// treasury, tracked tokens and labelled accounts.
type Namer struct {
	names map[common.Address]string
}

// NewNamer builds a Namer from info (nil gives an empty one).
func NewNamer(info *DAOInfo) Namer {
	n := Namer{names: map[common.Address]string{}}
	if info == nil {
		return n
	}
	for a, l := range info.Labels {
		n.names[a] = sanitize.Line(l, 24)
	}
	for _, a := range info.Treasury {
		n.names[a] = "treasury"
	}
	for _, t := range info.Tokens {
		n.names[t.Address] = sanitize.Line(t.Symbol, sanitize.MaxSymbol) + " token"
	}
	if info.Governor.Timelock != (common.Address{}) {
		n.names[info.Governor.Timelock] = "timelock"
	}
	if info.Token.Address != (common.Address{}) {
		n.names[info.Token.Address] = sanitize.Line(info.Token.Symbol, sanitize.MaxSymbol) + " token"
	}
	if info.Governor.Address != (common.Address{}) {
		n.names[info.Governor.Address] = "governor"
	}
	return n
}

// Name returns the known name of a, or "".
func (n Namer) Name(a common.Address) string { return n.names[a] }

// Short returns the name of a if known, else the shortened address.
func (n Namer) Short(a common.Address) string {
	if s := n.names[a]; s != "" {
		return s
	}
	return format.ShortAddr(a)
}

// Full returns the whole address followed by its name, if known.
func (n Namer) Full(a common.Address) string {
	if s := n.names[a]; s != "" {
		return a.Hex() + " (" + s + ")"
	}
	return a.Hex()
}

// ErrLine sanitizes an error for the one-line status: node error strings
// are untrusted.
func ErrLine(what string, err error) string {
	if err == nil {
		return ""
	}
	return sanitize.Line(what+": "+err.Error(), sanitize.MaxError)
}

// WithTimeout bounds ctx by d for one read; d <= 0 means no bound.
func WithTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, d)
}

// Lookup returns the address the Namer shows as name (case-insensitive,
// surrounding spaces ignored), so a label typed back ("bob", "timelock")
// means the address it labels. ok is false when no name, or more than
// one, matches.
func (n Namer) Lookup(name string) (a common.Address, ok bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return common.Address{}, false
	}
	for addr, s := range n.names {
		if strings.EqualFold(s, name) {
			if ok {
				return common.Address{}, false // ambiguous
			}
			a, ok = addr, true
		}
	}
	return a, ok
}
