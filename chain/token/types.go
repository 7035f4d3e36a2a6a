// Package token reads who owns an ERC20Votes governance token: holders and
// balances rebuilt from Transfer logs, delegation from DelegateChanged and
// voting power from DelegateVotesChanged, all pinned to one block.
package token

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Holder is an address with a non-zero balance (or non-zero voting power).
type Holder struct {
	Address  common.Address
	Balance  *big.Int
	Delegate common.Address // zero when the holder never delegated
	Votes    *big.Int       // the holder's own voting power (getVotes)
}

// Delegate is an address that holds voting power or has delegators.
type Delegate struct {
	Address    common.Address
	Votes      *big.Int
	Delegators []common.Address // sorted by address
}

// Snapshot is the ownership of a token at Block.
type Snapshot struct {
	Token       common.Address
	Name        string
	Symbol      string
	Decimals    uint8
	TotalSupply *big.Int
	TotalVotes  *big.Int   // sum of all delegates' votes
	Holders     []Holder   // sorted by balance, largest first, then address
	Delegates   []Delegate // sorted by votes, largest first, then address
	Block       uint64
	BlockTime   uint64
}
