package treasury

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/query"
)

// BalanceReader reads ETH balances.
type BalanceReader interface {
	// BalancesAt returns the ETH balance (wei) of each address at block, in
	// the order given.
	BalancesAt(ctx context.Context, block uint64, addrs []common.Address) ([]*big.Int, error)
}

// StateReader is what reading balances at one block needs (At, Balances).
type StateReader interface {
	query.Caller
	BalanceReader
}

// Chain is what Read needs from a node: calls, balances, logs and block
// times. *chain.Client implements it.
type Chain interface {
	StateReader
	query.LogFilterer
	query.BlockTimer
}
