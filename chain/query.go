package chain

import "github.com/daoterm/daoterm/chain/query"

// The plain values of reads live in chain/query, which has no RPC
// dependency; these names keep callers of package chain unchanged.
type (
	// Call is one eth_call (query.Call).
	Call = query.Call
	// Result is the outcome of one Call (query.Result).
	Result = query.Result
	// LogQuery selects logs for Client.Logs (query.LogQuery).
	LogQuery = query.LogQuery
	// BlockClock is what a block says about time (query.BlockClock).
	BlockClock = query.BlockClock
)

// Client serves the readers' small interfaces.
var (
	_ query.Caller      = (*Client)(nil)
	_ query.LogFilterer = (*Client)(nil)
	_ query.BlockTimer  = (*Client)(nil)
)
