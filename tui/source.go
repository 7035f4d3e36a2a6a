package tui

import (
	"context"
	"time"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/ui"
)

// DAOInfo describes the DAO on screen; see ui.DAOInfo.
type DAOInfo = ui.DAOInfo

// Head is a chain head; see ui.Head.
type Head = ui.Head

// Progress is how far a long read has come; see ui.Progress.
type Progress = ui.Progress

// ProgressReporter is optionally implemented by a Source to drive the
// footer's progress bar; see ui.ProgressReporter.
type ProgressReporter = ui.ProgressReporter

// Source is everything the dashboard reads. The TUI never dials RPC: the
// program implements Source over the chain readers and hands it to New.
//
// Every method may be called from any goroutine (each call runs in its own
// tea.Cmd) and must honour ctx. Reads take the block to read at and must
// return data pinned to that block. Strings in the results are untrusted:
// the TUI sanitizes them, implementations need not.
//
// The TUI calls Proposals, Votes, Ownership and Treasury again on every new
// head for the visible tab (one request at a time per tab; heads arriving
// meanwhile are coalesced), and Proposals and Votes from two tabs for the
// same block, so implementations should sync incrementally and memoise the
// latest block's result.
type Source interface {
	// Info describes the DAO: names, chain, governor settings and clock,
	// the governance token and the tracked tokens. Called once at start-up
	// (and again if it failed and the user presses r).
	Info(ctx context.Context) (*DAOInfo, error)

	// Heads streams chain heads until ctx ends. The first value is the
	// current head. Implementations subscribe over WebSocket or poll over
	// HTTP. A value with Err set reports a failure: the header shows the
	// stream disconnected (with the time since the last head) until the
	// next head. A value with Reset set says the node serves another chain:
	// every tab is read again. Closing the channel ends live updates. A
	// stream that sends nothing for three block times (at least 30 s) is
	// shown stale.
	Heads(ctx context.Context) (<-chan Head, error)

	// Proposals returns every proposal, in creation order, with state,
	// tallies and quorum read at block.
	Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error)

	// Votes returns every vote cast up to block, in chain order.
	Votes(ctx context.Context, block uint64) ([]gov.Vote, error)

	// BlockTimes returns the times of the given block numbers: the block
	// timestamp for blocks up to head, an estimate for later ones (the
	// dashboard prefers its own, from the heads it has seen, once it has
	// two). Blocks it cannot date may be left out of the map.
	BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error)

	// Ownership returns the governance token's holders and delegates at
	// block.
	Ownership(ctx context.Context, block uint64) (*token.Snapshot, error)

	// Treasury returns the treasury's balances and flows at block.
	Treasury(ctx context.Context, block uint64) (*treasury.Snapshot, error)

	// Tokens returns the tokens known so far, with their metadata, without
	// a request: Info's, plus those the reads discovered since (a proposal's
	// action targets, the treasury's flows).
	Tokens() []treasury.Asset
}
