package devnettest

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// receipts answers from a script: one error or receipt per call, the last
// one repeated.
type receipts struct {
	calls  int
	script []func() (*types.Receipt, error)
}

func (r *receipts) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	i := min(r.calls, len(r.script)-1)
	r.calls++
	return r.script[i]()
}

func TestWaitMined(t *testing.T) {
	ok := func() (*types.Receipt, error) {
		return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(7)}, nil
	}
	reverted := func() (*types.Receipt, error) {
		return &types.Receipt{Status: types.ReceiptStatusFailed, BlockNumber: big.NewInt(8), GasUsed: 21000}, nil
	}
	notFound := func() (*types.Receipt, error) { return nil, ethereum.NotFound }
	indexing := func() (*types.Receipt, error) { return nil, errors.New("transaction indexing is in progress") }
	broken := func() (*types.Receipt, error) { return nil, errors.New("connection refused") }
	hash := common.HexToHash("0x01")
	ctx := context.Background()

	r := &receipts{script: []func() (*types.Receipt, error){notFound, indexing, notFound, ok}}
	if rc, err := WaitMined(ctx, r, hash); err != nil || rc.BlockNumber.Int64() != 7 || r.calls != 4 {
		t.Errorf("mined after three misses: %v, %v, %d calls", rc, err, r.calls)
	}
	r = &receipts{script: []func() (*types.Receipt, error){notFound, reverted}}
	if rc, err := WaitMined(ctx, r, hash); err == nil || rc == nil || !strings.Contains(err.Error(), "reverted in block 8") {
		t.Errorf("reverted: %v, %v", rc, err)
	}
	r = &receipts{script: []func() (*types.Receipt, error){notFound, broken, ok}}
	if _, err := WaitMined(ctx, r, hash); err == nil || !strings.Contains(err.Error(), "connection refused") || r.calls != 2 {
		t.Errorf("read error: %v after %d calls", err, r.calls)
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	r = &receipts{script: []func() (*types.Receipt, error){notFound}}
	if _, err := WaitMined(short, r, hash); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("never mined: %v", err)
	}
}
