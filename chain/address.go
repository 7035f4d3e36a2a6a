package chain

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/addr"
)

// ErrBadAddress is wrapped by every error ParseAddress returns.
var ErrBadAddress = addr.ErrBad

// ParseAddress is addr.Parse, the one address parser.
func ParseAddress(s string) (common.Address, error) { return addr.Parse(s) }
