package devnet

import (
	"context"
	"math/big"
	"runtime"
	"testing"
	"time"
)

func TestZZMem(t *testing.T) {
	ctx := context.Background()
	alice, bob := newTestKey(t), newTestKey(t)
	n, c := startNode(t, Config{}, alice)
	tx := sendTx(t, ctx, c, n.ChainID(), alice, 0, bob.addr, big.NewInt(7), nil, 21000)
	r := waitReceipt(t, ctx, c, tx.Hash())
	var m runtime.MemStats
	for i := 0; i < 10; i++ {
		start := time.Now()
		if err := n.Mine(ctx, 2000); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&m)
		t.Logf("head %d: %v/block heap %d MB", n.Head(), time.Since(start)/2000, m.HeapAlloc>>20)
		for _, b := range []int64{r.BlockNumber.Int64() - 1, r.BlockNumber.Int64()} {
			bal, err := c.BalanceAt(ctx, bob.addr, big.NewInt(b))
			if err != nil {
				t.Logf("balance at %d: %v", b, err)
			} else if i == 0 || i == 9 {
				t.Logf("balance at %d: %v", b, bal)
			}
		}
		code, err := c.CodeAt(ctx, emitterAddr, big.NewInt(2))
		if err != nil || len(code) == 0 {
			t.Logf("code at 2: %d %v", len(code), err)
		}
	}
}
