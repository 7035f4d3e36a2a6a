package token

import "github.com/daoterm/daoterm/chain/query"

// Chain is what Read needs from a node: calls, logs and block times.
// *chain.Client implements it; the other readers here take only the
// query.Caller they use.
type Chain interface {
	query.Caller
	query.LogStreamer
	query.BlockTimer
}
