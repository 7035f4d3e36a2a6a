package governor

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain/query"
)

// Chain is what a Reader needs from a node. *chain.Client implements it.
// Its methods are called from several goroutines at once.
type Chain interface {
	query.Caller
	query.LogFilterer
	query.BlockTimer
	// ChainID is the chain id read when the connection was made.
	ChainID() *big.Int
	// Head returns the latest block's header.
	Head(ctx context.Context) (*types.Header, error)
	// HasCode reports whether addr holds contract code at block.
	HasCode(ctx context.Context, addr common.Address, block uint64) (bool, error)
	// BlockClockAt reads block's timestamp and, on Arbitrum-style chains,
	// its parent chain's block number.
	BlockClockAt(ctx context.Context, block uint64) (query.BlockClock, error)
}
