package devnettest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ReceiptReader reads transaction receipts; *ethclient.Client implements it.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// receiptPoll is how often WaitMined reads the receipt: the devnet seals a
// transaction within milliseconds, and bind.WaitMined polls once a second.
const receiptPoll = 2 * time.Millisecond

// WaitMined reads the receipt of hash every few milliseconds until the
// transaction is mined, and returns it. "Not found" and geth's "transaction
// indexing is in progress" mean not yet; any other read error is returned at
// once. A reverted transaction returns its receipt and an error. The wait
// ends with an error when ctx does: bound it with a context deadline.
func WaitMined(ctx context.Context, r ReceiptReader, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(receiptPoll)
	defer t.Stop()
	for {
		rc, err := r.TransactionReceipt(ctx, hash)
		switch {
		case err == nil && rc.Status != types.ReceiptStatusSuccessful:
			return rc, fmt.Errorf("transaction %s reverted in block %v (gas used %d)", hash.Hex(), rc.BlockNumber, rc.GasUsed)
		case err == nil:
			return rc, nil
		case ctx.Err() != nil:
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash.Hex(), ctx.Err())
		case !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress"):
			return nil, fmt.Errorf("reading the receipt of %s: %w", hash.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash.Hex(), ctx.Err())
		case <-t.C:
		}
	}
}
