// Package token reads who owns a governance token — OpenZeppelin
// ERC20Votes, a Comp-style token (COMP, UNI) or an ERC721Votes NFT (also
// Nouns' ERC721Checkpointable); see Kind: holders and balances rebuilt from
// Transfer logs, delegation from DelegateChanged and voting power from
// DelegateVotesChanged, all pinned to one block.
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
	Votes    *big.Int       // the holder's own voting power (getVotes / getCurrentVotes)
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
	Kind        Kind   // "" when the token answers no votes getter
	Name        string // raw chain text ("" if unreadable): sanitize before display
	Symbol      string // raw chain text ("" if unreadable): sanitize before display
	Decimals    uint8  // 0 for an ERC-721 (balances are counts) or when unreadable
	TotalSupply *big.Int
	TotalVotes  *big.Int // sum of all delegates' votes
	// CustomUnits is set when the token's voting units are not its
	// balances (its votes did not follow them): the votes come from its
	// DelegateVotesChanged logs, and TotalVotes may exceed TotalSupply.
	CustomUnits bool
	Holders     []Holder   // sorted by balance, largest first, then address
	Delegates   []Delegate // sorted by votes, largest first, then address
	Block       uint64
	BlockTime   uint64
}
