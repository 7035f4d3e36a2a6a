package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// BlockClockAt reads block's header once: its timestamp and, where the node
// reports one (Arbitrum's "l1BlockNumber"), the L1 block number that
// block.number returns there.
func (c *Client) BlockClockAt(ctx context.Context, block uint64) (BlockClock, error) {
	return c.blockClock(ctx, hexutil.EncodeUint64(block), block)
}

// HeadClock is BlockClockAt for the latest block.
func (c *Client) HeadClock(ctx context.Context) (BlockClock, error) {
	return c.blockClock(ctx, "latest", 0)
}

// blockClock reads block tag; want is the number expected, 0 for any.
func (c *Client) blockClock(ctx context.Context, tag string, want uint64) (BlockClock, error) {
	name := tag // for messages
	if want != 0 {
		name = fmt.Sprint(want)
	}
	var h *struct {
		Number        *hexutil.Uint64 `json:"number"`
		Timestamp     *hexutil.Uint64 `json:"timestamp"`
		L1BlockNumber *hexutil.Uint64 `json:"l1BlockNumber"`
	}
	if err := c.call(ctx, &h, "eth_getBlockByNumber", tag, false); err != nil {
		return BlockClock{}, fmt.Errorf("reading block %s from RPC %s: %w", name, c.safeURL, err)
	}
	if h == nil || h.Number == nil || h.Timestamp == nil {
		return BlockClock{}, fmt.Errorf("RPC %s has no block %s: is the block in the future, or the node not synced?", c.safeURL, name)
	}
	if want != 0 && uint64(*h.Number) != want {
		return BlockClock{}, fmt.Errorf("RPC %s answered block %d with block %d: the node is misbehaving; try another RPC", c.safeURL, want, uint64(*h.Number))
	}
	bc := BlockClock{Number: uint64(*h.Number), Time: uint64(*h.Timestamp)}
	if h.L1BlockNumber != nil {
		bc.L1Block, bc.HasL1 = uint64(*h.L1BlockNumber), true
	}
	return bc, nil
}
