package ui

import "context"

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
