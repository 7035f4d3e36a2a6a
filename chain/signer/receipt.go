package signer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain/signer/revert"
)

// Outcome is a mined transaction's result.
type Outcome struct {
	Hash    common.Hash
	Block   uint64
	Success bool
	GasUsed uint64
	Fee     *big.Int       // gas used × effective gas price, wei
	Revert  *revert.Reason // failed transactions: the reason, replayed at the parent block (best effort)
}

// Receipt returns the outcome of a transaction, or nil (and no error) while
// it is not mined or the node is still indexing. Poll it on each new head.
func Receipt(ctx context.Context, b Backend, hash common.Hash) (*Outcome, error) {
	rc, err := b.TransactionReceipt(ctx, hash)
	if err != nil {
		if isNotFound(err) || isIndexing(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("reading the receipt of %s: %w", hash.Hex(), err)
	}
	if rc == nil || rc.BlockNumber == nil {
		return nil, nil
	}
	o := &Outcome{Hash: hash, Block: rc.BlockNumber.Uint64(), Success: rc.Status == types.ReceiptStatusSuccessful, GasUsed: rc.GasUsed}
	if rc.EffectiveGasPrice != nil {
		o.Fee = new(big.Int).Mul(rc.EffectiveGasPrice, new(big.Int).SetUint64(rc.GasUsed))
	}
	if !o.Success {
		o.Revert = replayRevert(ctx, b, hash, o.Block)
	}
	return o, nil
}

// replayRevert re-runs a failed transaction with eth_call at its parent
// block to recover the revert reason (best effort: other transactions of the
// same block are not replayed).
func replayRevert(ctx context.Context, b Backend, hash common.Hash, block uint64) *revert.Reason {
	tx, _, err := b.TransactionByHash(ctx, hash)
	if err != nil || tx.To() == nil || block == 0 {
		return &revert.Reason{Message: "reverted (reason unavailable)"}
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return &revert.Reason{Message: "reverted (reason unavailable)"}
	}
	args := newCallArgs(from, *tx.To(), tx.Data(), tx.Value())
	gas := hexutil.Uint64(tx.Gas())
	args.Gas = &gas
	_, err = ethCall(ctx, b, args, hexutil.EncodeUint64(block-1))
	if err == nil {
		return &revert.Reason{Message: fmt.Sprintf("reverted on chain (the replay at block %d succeeded: likely out of gas at limit %d, or state changed within the block)", block-1, tx.Gas())}
	}
	if r, ok := revertFromRPC(err); ok {
		return r
	}
	return &revert.Reason{Message: "reverted (reason unavailable: " + truncate(err.Error(), 200) + ")"}
}

// Wait polls Receipt every poll (default 1 s) until the transaction is mined
// or ctx ends. A failed transaction returns its Outcome and a *revert.Error.
// It neither sends the transaction again nor notices a used nonce: for a
// journaled transaction use journal.Journal.Await.
func Wait(ctx context.Context, b Backend, hash common.Hash, poll time.Duration) (*Outcome, error) {
	if poll <= 0 {
		poll = time.Second
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		o, err := Receipt(ctx, b, hash)
		if err != nil {
			return nil, err
		}
		if o != nil {
			if !o.Success {
				return o, &revert.Error{Op: "transaction " + hash.Hex() + " failed in block " + fmt.Sprint(o.Block), Revert: o.Revert}
			}
			return o, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w (`daoterm tx show %s` shows where the journal has it)", hash.Hex(), ctx.Err(), hash.Hex())
		case <-t.C:
		}
	}
}
