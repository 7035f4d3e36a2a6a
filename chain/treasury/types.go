// Package treasury reads the balances and money flows of a DAO's treasury
// addresses (usually its timelock), pinned to one block.
package treasury

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Asset is an ERC-20 token, or ETH when Address is the zero address.
type Asset struct {
	Address  common.Address // zero for ETH
	Symbol   string
	Decimals uint8
}

// IsETH reports whether the asset is the chain's native currency.
func (a Asset) IsETH() bool { return a.Address == (common.Address{}) }

// TokenBalance is the balance of one ERC-20 held by a treasury address.
type TokenBalance struct {
	Asset
	Balance *big.Int
}

// Account is one treasury address with its balances.
type Account struct {
	Address common.Address
	ETH     *big.Int
	Tokens  []TokenBalance // in the order the tokens were given
}

// Direction says whether value moved into or out of the treasury.
type Direction string

// Flow directions.
const (
	In  Direction = "in"
	Out Direction = "out"
)

// Flow is one movement of value into or out of a treasury address.
type Flow struct {
	Account      common.Address // the treasury address concerned
	Block        uint64
	Time         uint64 // block timestamp, unix seconds
	Tx           common.Hash
	LogIndex     uint
	Direction    Direction
	Asset        Asset
	Amount       *big.Int
	Counterparty common.Address
	Proposal     *big.Int // the executed proposal that moved it; nil if none
}

// Snapshot is the treasury at Block.
type Snapshot struct {
	Accounts  []Account
	Flows     []Flow // oldest first (block, then log index)
	Block     uint64
	BlockTime uint64
}
