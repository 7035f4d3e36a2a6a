// Package treasury reads the balances and money flows of a DAO's treasury
// addresses (usually its timelock), pinned to one block.
package treasury

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Asset is an ERC-20 or ERC-721 token, or ETH when Address is the zero
// address. Symbol and Name are raw chain text, read defensively (valid
// UTF-8, bounded; see token.DecodeString): "" when the token does not say
// (views show the address instead), and still to be sanitized for display.
type Asset struct {
	Address  common.Address // zero for ETH
	Symbol   string
	Decimals uint8  // 0 for an ERC-721, or when decimals() is unreadable
	Name     string // "" for ETH, or when name() is unreadable
	NFT      bool   // ERC-721: amounts and balances are counts of tokens
}

// IsETH reports whether the asset is the chain's native currency.
func (a Asset) IsETH() bool { return a.Address == (common.Address{}) }

// TokenBalance is the balance of one token held by a treasury address.
type TokenBalance struct {
	Asset
	Balance *big.Int // never nil: 0 when Err is set
	// Err is set when balanceOf reverted or returned no number (a broken
	// or hostile token): Balance is then a placeholder 0, not a reading.
	Err error `json:",omitempty"`
}

// Account is one treasury address with its balances.
type Account struct {
	Address common.Address
	ETH     *big.Int
	Tokens  []TokenBalance // in the order of Snapshot.Tokens
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
	Amount       *big.Int // 1 for an ERC-721 transfer
	TokenID      *big.Int `json:",omitempty"` // the ERC-721 token moved; nil otherwise
	Counterparty common.Address
	Proposal     *big.Int // the executed proposal that moved it; nil if none
}

// Snapshot is the treasury at Block.
type Snapshot struct {
	Accounts []Account
	// Tokens are the tokens listed: the pinned ones (Query.Tokens) in
	// order, then those discovered in the flows, in order of first flow,
	// without the excluded ones.
	Tokens    []Asset
	Flows     []Flow // oldest first (block, then log index)
	Block     uint64
	BlockTime uint64
}
