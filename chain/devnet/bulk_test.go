package devnet

import (
	"context"
	"errors"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// TestMineBulk mines 5,000 blocks in bulk (see BenchmarkMineBulk for the speed) and checks
// that the chain is sound afterwards: consecutive numbers and parent hashes, timestamps
// one second apart, archive state, transactions and time advances still work.
func TestMineBulk(t *testing.T) {
	ctx := testCtx(t)
	alice, bob := newTestKey(t), newTestKey(t)
	n, c := startNode(t, Config{}, alice)
	tx := sendTx(t, ctx, c, n.ChainID(), alice, 0, bob.addr, big.NewInt(7), nil, 21000)
	r := waitReceipt(t, ctx, c, tx.Hash())

	const count = 5_000
	start := n.Head()
	t0 := time.Now()
	if err := n.Mine(ctx, count); err != nil {
		t.Fatal(err)
	}
	took := time.Since(t0)
	t.Logf("bulk: %d blocks in %v (%.1f µs a block; sealing one by one costs ≈ 1,400 µs)", count, took.Round(time.Millisecond), float64(took.Microseconds())/count)
	if got := n.Head(); got != start+count {
		t.Fatalf("head %d after mining %d blocks from %d", got, count, start)
	}
	var prev *big.Int
	var prevTime uint64
	var prevHash common.Hash
	for _, num := range []uint64{start, start + 1, start + 2, start + count/2, start + count - 2, start + count - 1, start + count} {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(num))
		if err != nil {
			t.Fatalf("header %d: %v", num, err)
		}
		if prev != nil && prev.Uint64()+1 == num {
			if h.ParentHash != prevHash || h.Time <= prevTime {
				t.Fatalf("block %d: parent %s time %d; previous %s time %d", num, h.ParentHash, h.Time, prevHash, prevTime)
			}
		}
		prev, prevTime, prevHash = h.Number, h.Time, h.Hash()
	}
	first, _ := c.HeaderByNumber(ctx, new(big.Int).SetUint64(start+2))
	last, _ := c.HeaderByNumber(ctx, new(big.Int).SetUint64(start+count-1))
	if d := last.Time - first.Time; d != count-3 {
		t.Errorf("bulk blocks span %d s, want one second a block (%d s)", d, count-3)
	}
	// Archive state before and after.
	for _, tc := range []struct {
		block *big.Int
		want  int64
	}{{new(big.Int).Sub(r.BlockNumber, big.NewInt(1)), 0}, {r.BlockNumber, 7}, {big.NewInt(int64(start + count/2)), 7}, {nil, 7}} {
		bal, err := c.BalanceAt(ctx, bob.addr, tc.block)
		if err != nil || bal.Int64() != tc.want {
			t.Fatalf("balance at %v: %v, %v; want %d", tc.block, bal, err, tc.want)
		}
	}
	// Sealing goes on after the bulk: a transaction, one block, a time advance, more bulk.
	tx = sendTx(t, ctx, c, n.ChainID(), alice, 1, bob.addr, big.NewInt(1), nil, 21000)
	r = waitReceipt(t, ctx, c, tx.Hash())
	if r.BlockNumber.Uint64() != start+count+1 {
		t.Errorf("transaction after the bulk mined in block %d, want %d", r.BlockNumber, start+count+1)
	}
	if err := n.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	before, _ := c.HeaderByNumber(ctx, nil)
	if err := n.AdvanceTime(ctx, 14*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	after, _ := c.HeaderByNumber(ctx, nil)
	if after.Time-before.Time != 14*24*3600 {
		t.Errorf("advance time: %d s, want 14 days", after.Time-before.Time)
	}
	if err := n.Mine(ctx, 100); err != nil {
		t.Fatal(err)
	}
	tx = sendTx(t, ctx, c, n.ChainID(), alice, 2, bob.addr, big.NewInt(1), nil, 21000)
	waitReceipt(t, ctx, c, tx.Hash())
	// A transaction pending when a bulk starts goes into its first block.
	tx = sendTx(t, ctx, c, n.ChainID(), alice, 3, bob.addr, big.NewInt(1), nil, 21000)
	h0 := n.Head()
	if err := n.Mine(ctx, 500); err != nil {
		t.Fatal(err)
	}
	r = waitReceipt(t, ctx, c, tx.Hash())
	if r.BlockNumber.Uint64() > h0+1 {
		t.Errorf("pending transaction mined in block %d, want %d", r.BlockNumber, h0+1)
	}
}

func TestFund(t *testing.T) {
	ctx := testCtx(t)
	n, c := startNode(t, Config{})
	a, b := newTestKey(t), newTestKey(t)
	oneEth := big.NewInt(params.Ether)
	if err := n.Fund(ctx, map[common.Address]*big.Int{a.addr: oneEth, b.addr: new(big.Int).Mul(oneEth, big.NewInt(3))}); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[common.Address]*big.Int{a.addr: oneEth, b.addr: new(big.Int).Mul(oneEth, big.NewInt(3))} {
		bal, err := c.BalanceAt(ctx, k, nil)
		if err != nil || bal.Cmp(want) != 0 {
			t.Fatalf("balance of %s: %v, %v; want %v", k, bal, err, want)
		}
	}
	// The funded account can send.
	tx := sendTx(t, ctx, c, n.ChainID(), a, 0, b.addr, big.NewInt(1), nil, 21000)
	waitReceipt(t, ctx, c, tx.Hash())
	if err := n.Fund(ctx, nil); err == nil {
		t.Error("Fund(nil): want an error")
	}
	if err := n.Fund(ctx, map[common.Address]*big.Int{a.addr: big.NewInt(5)}); err == nil {
		t.Error("Fund(5 wei): want an error")
	}
}

func BenchmarkMineBulk(b *testing.B) {
	n, _ := startNode(b, Config{})
	ctx := testCtx(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := n.Mine(ctx, 10_000); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*10_000), "µs/block")
}

// BenchmarkMineSealed seals the same number of blocks one by one (Mine below the bulk
// threshold), for comparison with BenchmarkMineBulk.
func BenchmarkMineSealed(b *testing.B) {
	n, _ := startNode(b, Config{})
	ctx := testCtx(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := 0; j < 10_000; j += bulkThreshold - 1 {
			if err := n.Mine(ctx, bulkThreshold-1); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*10_000), "µs/block")
}

// BenchmarkMine40320 mines one GovernorAlpha voting period (40,320 blocks) in one Mine
// call, as the Alpha and Bravo fixtures do, and reports the cost of a block.
func BenchmarkMine40320(b *testing.B) {
	b.Run("memory", func(b *testing.B) { benchmarkMine40320(b, "") })
	// On disk, as `daoterm demo` and `daoterm devnet` run it.
	b.Run("disk", func(b *testing.B) { benchmarkMine40320(b, b.TempDir()) })
}

func benchmarkMine40320(b *testing.B, dataDir string) {
	const blocks = 40_320
	n, _ := startNode(b, Config{DataDir: dataDir})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cpu0 := cpuTime(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := n.Mine(ctx, blocks); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*blocks), "ns/block")
	// On a shared machine the wall clock depends on the other processes; the CPU time
	// the process spent (garbage collection included) does not.
	b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(b.N*blocks), "cpu-ns/block")
}

// cpuTime returns the user and system CPU time the process has used, in nanoseconds.
func cpuTime(b *testing.B) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// TestMineBulkValid re-imports the devnet's whole chain, bulk-mined stretches included,
// into a fresh geth blockchain from the same genesis: InsertChain verifies every header
// and re-executes every block (state root, receipts, requests), so a bulk block that
// geth would not have built the same way fails here. The chain crosses the 8,191-block
// wrap of the EIP-2935 and EIP-4788 ring buffers, and has transactions, a time advance
// and funding withdrawals between the bulk stretches.
func TestMineBulkValid(t *testing.T) {
	ctx := testCtx(t)
	alice, bob := newTestKey(t), newTestKey(t)
	alloc := types.GenesisAlloc{alice.addr: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}}
	n, err := Start(ctx, Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	c, err := ethclient.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)

	waitReceipt(t, ctx, c, sendTx(t, ctx, c, n.ChainID(), alice, 0, bob.addr, big.NewInt(7), nil, 21000).Hash())
	if err := n.Mine(ctx, historyBuffer+200); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, ctx, c, sendTx(t, ctx, c, n.ChainID(), alice, 1, bob.addr, big.NewInt(1), nil, 21000).Hash())
	if err := n.AdvanceTime(ctx, 3*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := n.Fund(ctx, map[common.Address]*big.Int{bob.addr: big.NewInt(params.Ether)}); err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx, 300); err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, ctx, c, sendTx(t, ctx, c, n.ChainID(), alice, 2, bob.addr, big.NewInt(1), nil, 21000).Hash())

	reimport(t, n, alloc)
}

// TestMineBulkWithExcessRequests starts a chain whose EIP-7002 withdrawal queue has an
// excess (slot 0) that the system call lowers block after block: empty blocks then
// change that contract's storage too, which the direct path does not model, so Mine must
// take the general path (GenerateChain and InsertChain). Re-importing the chain checks
// that it did.
func TestMineBulkWithExcessRequests(t *testing.T) {
	ctx := testCtx(t)
	alloc := types.GenesisAlloc{params.WithdrawalQueueAddress: {
		Nonce: 1, Code: params.WithdrawalQueueCode, Balance: new(big.Int),
		Storage: map[common.Hash]common.Hash{{}: common.BigToHash(big.NewInt(1_000))},
	}}
	n, err := Start(ctx, Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	bc := n.eth.BlockChain()
	if err := emptyBlocksFit(bc.Config(), bc.TrieDB(), bc.CurrentBlock(), bc.CurrentBlock().Time+1, bc.CurrentBlock().Time+100); !errors.Is(err, errSlowPath) {
		t.Fatalf("emptyBlocksFit with an excess in the withdrawal queue: %v, want errSlowPath", err)
	}
	if err := n.Mine(ctx, 100); err != nil {
		t.Fatal(err)
	}
	reimport(t, n, alloc)
}

// reimport inserts the node's whole chain into a fresh geth blockchain built from the
// same genesis (which verifies and re-executes every block) and checks it ends at the
// node's head.
func reimport(t *testing.T, n *Node, alloc types.GenesisAlloc) {
	t.Helper()
	bc := n.eth.BlockChain()
	cfg := core.DefaultConfig()
	cfg.SnapshotLimit = 0 // the state roots are what is checked; a snapshot only costs time
	fresh, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), devGenesis(n.ChainID(), alloc), n.eth.Engine(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Stop()
	if fresh.Genesis().Hash() != bc.Genesis().Hash() {
		t.Fatalf("rebuilt genesis %s, the node's is %s", fresh.Genesis().Hash(), bc.Genesis().Hash())
	}
	head := n.Head()
	for from := uint64(1); from <= head; from += 1000 {
		var blocks types.Blocks
		for num := from; num < from+1000 && num <= head; num++ {
			blocks = append(blocks, bc.GetBlockByNumber(num))
		}
		if k, err := fresh.InsertChain(blocks); err != nil {
			t.Fatalf("geth rejects block %d of the devnet: %v", blocks[k].NumberU64(), err)
		}
	}
	if got, want := fresh.CurrentBlock().Hash(), bc.CurrentBlock().Hash(); got != want {
		t.Fatalf("re-imported head %s, the node's is %s", got, want)
	}
}
