package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The methods below are the node's eth API under go-ethereum's names, so
// that consumers (chain/signer, its journal) declare the small interfaces
// they use and never name an RPC type. Each forwards to the connection's
// ethclient or raw JSON-RPC client unchanged.

// CallContext makes one raw JSON-RPC call (rpc.Client.CallContext).
func (c *Client) CallContext(ctx context.Context, result any, method string, args ...any) error {
	return c.rpc.CallContext(ctx, result, method, args...)
}

// HeaderByNumber returns a block's header; nil number is the latest block.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return c.eth.HeaderByNumber(ctx, number)
}

// CodeAt returns the contract code of account at block (nil: latest).
func (c *Client) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	return c.eth.CodeAt(ctx, account, block)
}

// BalanceAt returns the wei balance of account at block (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	return c.eth.BalanceAt(ctx, account, block)
}

// NonceAt returns the nonce of account at block (nil: latest).
func (c *Client) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	return c.eth.NonceAt(ctx, account, block)
}

// PendingNonceAt returns the nonce of account in the pending state.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return c.eth.PendingNonceAt(ctx, account)
}

// FeeHistory returns the fee market history (eth_feeHistory).
func (c *Client) FeeHistory(ctx context.Context, blockCount uint64, lastBlock *big.Int, rewardPercentiles []float64) (*ethereum.FeeHistory, error) {
	return c.eth.FeeHistory(ctx, blockCount, lastBlock, rewardPercentiles)
}

// TransactionByHash returns the transaction with the given hash, and
// whether it is still pending.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	return c.eth.TransactionByHash(ctx, hash)
}

// TransactionReceipt returns the receipt of a mined transaction
// (ethereum.NotFound while it is not mined).
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	return c.eth.TransactionReceipt(ctx, hash)
}
