package ui

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// InfoRow is one line of the info panel (i): a label and a value under a
// section heading. Copy, when its Kind is set, is what y copies and o opens
// on that row. Strings may come from the chain; the panel sanitizes them.
type InfoRow struct {
	Section string
	Label   string
	Value   string // an identifier, path or URL: elided in the middle when long
	Note    string // shown after the value, cut at the end when long
	Copy    Target
}

// InfoPaneler is optionally implemented by a Source that knows more than
// the DAO's description: its RPC URL (redacted), the chain's genesis, the
// journal and keystore paths, the demo's dev accounts.
type InfoPaneler interface {
	InfoPanel(ctx context.Context) ([]InfoRow, error)
}

// PowerPoint is an account's voting power from Block on.
type PowerPoint struct {
	Block uint64
	Time  time.Time // zero when unknown
	Votes *big.Int
}

// PowerHistorian is optionally implemented by a Source that can tell how
// an account's voting power changed (the token's DelegateVotesChanged
// history), for the ownership drill-down.
type PowerHistorian interface {
	// PowerHistory returns account's voting power after each change up to
	// block, oldest first.
	PowerHistory(ctx context.Context, block uint64, account common.Address) ([]PowerPoint, error)
}
