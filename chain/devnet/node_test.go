package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// testKey is a funded account for tests.
type testKey struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newTestKey(t testing.TB) testKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return testKey{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// emitterCode is runtime code that emits LOG1(topic = 0x2a, data = calldata)
// and stops: CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY PUSH1 0x2a CALLDATASIZE PUSH0 LOG1 STOP.
var emitterCode = common.FromHex("0x365f5f37602a365fa100")

var emitterAddr = common.HexToAddress("0x00000000000000000000000000000000000e0001")

// stampCode stores 1 at storage slot block.number (PUSH1 1 NUMBER SSTORE
// STOP): like an ERC20Votes checkpoint, its gas depends on whether this
// block already wrote the slot.
var stampCode = common.FromHex("0x6001435500")

var stampAddr = common.HexToAddress("0x00000000000000000000000000000000000e0002")

// revertCode reverts with empty data.
var revertAddr = common.HexToAddress("0x00000000000000000000000000000000000e0003")

// startNode starts a devnet with funded keys and returns it with an HTTP client.
func startNode(t testing.TB, cfg Config, keys ...testKey) (*Node, *ethclient.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cfg.Alloc = types.GenesisAlloc{
		emitterAddr: {Code: emitterCode, Balance: new(big.Int)},
		stampAddr:   {Code: stampCode, Balance: new(big.Int)},
		revertAddr:  {Code: common.FromHex("0x60006000fd"), Balance: new(big.Int)},
	}
	for _, k := range keys {
		cfg.Alloc[k.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	n, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	c, err := ethclient.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatalf("dial %s: %v", n.HTTPURL(), err)
	}
	t.Cleanup(c.Close)
	return n, c
}

// sendTx signs and sends a dynamic-fee transaction from k.
func sendTx(t testing.TB, ctx context.Context, c *ethclient.Client, chainID *big.Int, k testKey, nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	t.Helper()
	tx, err := trySendTx(ctx, c, chainID, k, nonce, to, value, data, gas)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// trySendTx is sendTx returning its error (for goroutines, which must not
// call t.Fatal).
func trySendTx(ctx context.Context, c *ethclient.Client, chainID *big.Int, k testKey, nonce uint64, to common.Address, value *big.Int, data []byte, gas uint64) (*types.Transaction, error) {
	tx := types.MustSignNewTx(k.key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       gas,
		To:        &to,
		Value:     value,
		Data:      data,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send tx %d: %w", nonce, err)
	}
	return tx, nil
}

// waitReceipt polls for a receipt every millisecond. "Not found" is the
// only retryable answer: any other error (e.g. "transaction indexing is in
// progress") fails the test, as the devnet promises normal behaviour.
func waitReceipt(t testing.TB, ctx context.Context, c *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	r, err := tryWaitReceipt(ctx, c, hash)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tryWaitReceipt is waitReceipt returning its error (for goroutines).
func tryWaitReceipt(ctx context.Context, c *ethclient.Client, hash common.Hash) (*types.Receipt, error) {
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt %s: %w", hash, ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestValueTransferMined(t *testing.T) {
	ctx := testCtx(t)
	alice, bob := newTestKey(t), newTestKey(t)
	n, c := startNode(t, Config{}, alice)

	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Uint64() != DefaultChainID || n.ChainID().Cmp(id) != 0 {
		t.Fatalf("chain id: rpc %v, node %v, want %d", id, n.ChainID(), DefaultChainID)
	}
	// An unknown transaction is "not found", not "indexing in progress".
	if _, err := c.TransactionReceipt(ctx, common.Hash{1}); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("receipt of unknown tx: got %v, want not found", err)
	}
	value := big.NewInt(12345)
	tx := sendTx(t, ctx, c, n.ChainID(), alice, 0, bob.addr, value, nil, 21000)
	r := waitReceipt(t, ctx, c, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status %d", r.Status)
	}
	// At the receipt's block: the receipt can be served a moment before
	// "latest" names that block (CI saw a balance of 0 at latest once).
	bal, err := c.BalanceAt(ctx, bob.addr, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(value) != 0 {
		t.Fatalf("bob balance %v at block %v, want %v", bal, r.BlockNumber, value)
	}
	// Archive state: the balance before the transfer is readable.
	old, err := c.BalanceAt(ctx, bob.addr, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatalf("historical balance: %v", err)
	}
	if old.Sign() != 0 {
		t.Fatalf("bob balance before transfer %v, want 0", old)
	}
}

// TestDataDir runs the chain on disk: it works like the in-memory one,
// keeps archive state, and leaves its database in the directory.
func TestDataDir(t *testing.T) {
	ctx := testCtx(t)
	dir := t.TempDir()
	alice, bob := newTestKey(t), newTestKey(t)
	n, c := startNode(t, Config{DataDir: dir}, alice)
	tx := sendTx(t, ctx, c, n.ChainID(), alice, 0, bob.addr, big.NewInt(5), nil, 21000)
	r := waitReceipt(t, ctx, c, tx.Hash())
	if err := n.Mine(ctx, 300); err != nil { // past the 128 recent states
		t.Fatal(err)
	}
	for _, tc := range []struct {
		block *big.Int
		want  int64
	}{{new(big.Int).Sub(r.BlockNumber, big.NewInt(1)), 0}, {r.BlockNumber, 5}, {nil, 5}} {
		bal, err := c.BalanceAt(ctx, bob.addr, tc.block)
		if err != nil || bal.Int64() != tc.want {
			t.Fatalf("balance at %v: %v, %v; want %d", tc.block, bal, err, tc.want)
		}
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) == 0 {
		t.Fatalf("data dir %s is empty (%v)", dir, err)
	}
}

func TestMineAdvancesBlocks(t *testing.T) {
	ctx := testCtx(t)
	n, c := startNode(t, Config{})
	before, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx, 25); err != nil {
		t.Fatal(err)
	}
	after, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before+25 {
		t.Fatalf("head %d after mining 25 on %d", after, before)
	}
	if err := n.Mine(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx, -1); err == nil {
		t.Fatal("Mine(-1) succeeded")
	}
}

func TestAdvanceTime(t *testing.T) {
	ctx := testCtx(t)
	n, c := startNode(t, Config{})
	parent, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	const day = 24 * time.Hour
	if err := n.AdvanceTime(ctx, day); err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() != parent.Number.Uint64()+1 {
		t.Fatalf("AdvanceTime sealed %d blocks", head.Number.Uint64()-parent.Number.Uint64())
	}
	if head.Time != parent.Time+uint64(day/time.Second) {
		t.Fatalf("timestamp %d, want parent %d + %d", head.Time, parent.Time, uint64(day/time.Second))
	}
	// Later blocks never go back in time.
	if err := n.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	next, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if next.Time <= head.Time {
		t.Fatalf("block after advance has time %d <= %d", next.Time, head.Time)
	}
	if err := n.AdvanceTime(ctx, time.Millisecond); err == nil {
		t.Fatal("AdvanceTime(1ms) succeeded")
	}
}

// TestClockKeepsLead checks that after AdvanceTime the chain's clock moves
// with the wall clock from its new lead rather than creeping one second per
// block until the wall clock catches up.
func TestClockKeepsLead(t *testing.T) {
	ctx := testCtx(t)
	n, c := startNode(t, Config{})
	if err := n.AdvanceTime(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	advanced, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Let the wall clock move on by at least two whole seconds.
	start := time.Now().Unix()
	for time.Now().Unix() < start+2 {
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	if err := n.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	next, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if next.Time < advanced.Time+2 {
		t.Fatalf("block after a 2s wait has time %d, want >= %d (lead lost)", next.Time, advanced.Time+2)
	}
}

// TestEstimateGasUsesPendingBlock: eth_estimateGas without a block
// estimates for the next block, so a transaction sent with the estimate
// does not run out of gas when its gas depends on the block number.
func TestEstimateGasUsesPendingBlock(t *testing.T) {
	ctx := testCtx(t)
	alice := newTestKey(t)
	n, c := startNode(t, Config{}, alice)
	// Write slot[N] in block N; the next transaction writes slot[N+1].
	tx := sendTx(t, ctx, c, n.ChainID(), alice, 0, stampAddr, nil, nil, 100000)
	if r := waitReceipt(t, ctx, c, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("stamp failed")
	}
	msg := ethereum.CallMsg{From: alice.addr, To: &stampAddr}
	gas, err := c.EstimateGas(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	var atLatest hexutil.Uint64
	if err := c.Client().CallContext(ctx, &atLatest, "eth_estimateGas", map[string]any{"from": alice.addr, "to": stampAddr}, "latest"); err != nil {
		t.Fatal(err)
	}
	if gas <= uint64(atLatest) {
		t.Errorf("default estimate %d is not above the estimate at latest %d", gas, atLatest)
	}
	tx = sendTx(t, ctx, c, n.ChainID(), alice, 1, stampAddr, nil, nil, gas)
	if r := waitReceipt(t, ctx, c, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction sent with the estimate (%d gas) failed: used %d", gas, r.GasUsed)
	}
	// Reverts still come back as errors.
	if _, err := c.EstimateGas(ctx, ethereum.CallMsg{From: alice.addr, To: &revertAddr}); err == nil || !strings.Contains(err.Error(), "revert") {
		t.Fatalf("estimate of a reverting call: %v", err)
	}
	// Explicit blocks and overrides pass through.
	var withOverride hexutil.Uint64
	err = c.Client().CallContext(ctx, &withOverride, "eth_estimateGas",
		map[string]any{"from": alice.addr, "to": stampAddr}, "pending",
		map[string]any{stampAddr.Hex(): map[string]any{"code": "0x00"}})
	if err != nil {
		t.Fatalf("estimate with a state override: %v", err)
	}
	// geth's estimate stops within 1.5% of the minimum.
	if withOverride < 21000 || withOverride > 21000*1015/1000 {
		t.Errorf("estimate with code overridden to STOP: %d, want about 21000", withOverride)
	}
}

func TestGetLogs(t *testing.T) {
	ctx := testCtx(t)
	alice := newTestKey(t)
	n, c := startNode(t, Config{}, alice)
	var blocks []uint64
	for i := 0; i < 3; i++ {
		tx := sendTx(t, ctx, c, n.ChainID(), alice, uint64(i), emitterAddr, nil, []byte{byte(i)}, 50000)
		r := waitReceipt(t, ctx, c, tx.Hash())
		if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
			t.Fatalf("tx %d: status %d, %d logs", i, r.Status, len(r.Logs))
		}
		blocks = append(blocks, r.BlockNumber.Uint64())
		if err := n.Mine(ctx, 2); err != nil { // gaps between the logs
			t.Fatal(err)
		}
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		Addresses: []common.Address{emitterAddr},
		Topics:    [][]common.Hash{{common.BigToHash(big.NewInt(0x2a))}},
	})
	if err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}
	if len(logs) != 3 {
		t.Fatalf("got %d logs, want 3", len(logs))
	}
	for i, l := range logs {
		if l.BlockNumber != blocks[i] || len(l.Data) != 1 || l.Data[0] != byte(i) {
			t.Fatalf("log %d: block %d data %x, want block %d data %02x", i, l.BlockNumber, l.Data, blocks[i], i)
		}
	}
	// A topic that never occurs matches nothing.
	none, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: big.NewInt(0),
		Topics:    [][]common.Hash{{common.BigToHash(big.NewInt(0x2b))}},
	})
	if err != nil || len(none) != 0 {
		t.Fatalf("unmatched topic: %d logs, err %v", len(none), err)
	}
}

func TestWebSocketSubscriptions(t *testing.T) {
	ctx := testCtx(t)
	alice := newTestKey(t)
	n, _ := startNode(t, Config{}, alice)
	ws, err := ethclient.DialContext(ctx, n.WSURL())
	if err != nil {
		t.Fatalf("dial %s: %v", n.WSURL(), err)
	}
	defer ws.Close()

	heads := make(chan *types.Header, 16)
	hsub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("newHeads: %v", err)
	}
	defer hsub.Unsubscribe()
	logs := make(chan types.Log, 16)
	lsub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{emitterAddr}}, logs)
	if err != nil {
		t.Fatalf("logs: %v", err)
	}
	defer lsub.Unsubscribe()

	start := n.Head()
	if err := n.Mine(ctx, 3); err != nil {
		t.Fatal(err)
	}
	for i := uint64(1); i <= 3; i++ {
		select {
		case h := <-heads:
			if h.Number.Uint64() != start+i {
				t.Fatalf("head %d, want %d", h.Number, start+i)
			}
		case err := <-hsub.Err():
			t.Fatal(err)
		case <-ctx.Done():
			t.Fatal("no head")
		}
	}
	sendTx(t, ctx, ws, n.ChainID(), alice, 0, emitterAddr, nil, []byte("hi"), 50000)
	select {
	case l := <-logs:
		if string(l.Data) != "hi" {
			t.Fatalf("log data %q", l.Data)
		}
	case err := <-lsub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal("no log")
	}
}

func TestBlockTimeSealsEmptyBlocks(t *testing.T) {
	ctx := testCtx(t)
	n, c := startNode(t, Config{BlockTime: 20 * time.Millisecond})
	start := n.Head()
	// Wait (without a deadline of our own) until the timer has sealed 3 blocks.
	for n.Head() < start+3 {
		select {
		case <-ctx.Done():
			t.Fatalf("head stuck at %d", n.Head())
		case <-time.After(5 * time.Millisecond):
		}
	}
	b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(start+1))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Transactions()) != 0 {
		t.Fatalf("timer block has %d transactions", len(b.Transactions()))
	}
}

func TestBurstOf100Transactions(t *testing.T) {
	ctx := testCtx(t)
	alice, bob := newTestKey(t), newTestKey(t)
	n, c := startNode(t, Config{}, alice)
	const count = 100
	var txs []*types.Transaction
	for i := 0; i < count; i++ {
		txs = append(txs, sendTx(t, ctx, c, n.ChainID(), alice, uint64(i), bob.addr, big.NewInt(1), nil, 21000))
	}
	last := new(big.Int)
	for _, tx := range txs {
		r := waitReceipt(t, ctx, c, tx.Hash())
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %s failed", tx.Hash())
		}
		if r.BlockNumber.Cmp(last) > 0 {
			last = r.BlockNumber
		}
	}
	bal, err := c.BalanceAt(ctx, bob.addr, last) // not "latest": see TestValueTransferMined
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != count {
		t.Fatalf("bob balance %v, want %d", bal, count)
	}
}

// TestConcurrentSendsAndMining sends from three accounts while blocks are
// mined and time advanced from two more goroutines. The workers report
// their errors on a channel, read by the test goroutine (testing forbids
// t.Fatal from other goroutines).
func TestConcurrentSendsAndMining(t *testing.T) {
	ctx := testCtx(t)
	keys := []testKey{newTestKey(t), newTestKey(t), newTestKey(t)}
	n, c := startNode(t, Config{BlockTime: 5 * time.Millisecond}, keys...)
	errs := make(chan error, len(keys)+2)
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k testKey) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				tx, err := trySendTx(ctx, c, n.ChainID(), k, uint64(i), emitterAddr, nil, nil, 50000)
				if err == nil {
					_, err = tryWaitReceipt(ctx, c, tx.Hash())
				}
				if err != nil {
					errs <- fmt.Errorf("sender %s: %w", k.addr.Hex(), err)
					return
				}
			}
		}(k)
	}
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			if err := n.Mine(ctx, 2); err != nil {
				errs <- fmt.Errorf("mine: %w", err)
				return
			}
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 10; i++ {
			if err := n.AdvanceTime(ctx, time.Minute); err != nil {
				errs <- fmt.Errorf("advance time: %w", err)
				return
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestRPCMineAndTime(t *testing.T) {
	ctx := testCtx(t)
	n, _ := startNode(t, Config{})
	rc, err := rpc.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()

	start := n.Head()
	var head hexutil.Uint64
	if err := rc.CallContext(ctx, &head, "devnet_mine", 5); err != nil {
		t.Fatalf("devnet_mine: %v", err)
	}
	if uint64(head) != start+5 || n.Head() != start+5 {
		t.Fatalf("devnet_mine(5) returned %d, head %d, want %d", head, n.Head(), start+5)
	}
	if err := rc.CallContext(ctx, &head, "devnet_mine"); err != nil {
		t.Fatalf("devnet_mine(): %v", err)
	}
	if uint64(head) != start+6 {
		t.Fatalf("devnet_mine() head %d, want %d", head, start+6)
	}
	if err := rc.CallContext(ctx, nil, "anvil_mine", "0xa"); err != nil {
		t.Fatalf("anvil_mine: %v", err)
	}
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatalf("evm_mine: %v", err)
	}
	if n.Head() != start+17 {
		t.Fatalf("head %d, want %d", n.Head(), start+17)
	}

	before := n.eth.BlockChain().CurrentBlock().Time
	var ts hexutil.Uint64
	if err := rc.CallContext(ctx, &ts, "devnet_advanceTime", 3600); err != nil {
		t.Fatalf("devnet_advanceTime: %v", err)
	}
	if uint64(ts) != before+3600 {
		t.Fatalf("devnet_advanceTime returned %d, want %d", ts, before+3600)
	}
	if err := rc.CallContext(ctx, nil, "evm_increaseTime", "60"); err != nil {
		t.Fatalf("evm_increaseTime: %v", err)
	}
	if got := n.eth.BlockChain().CurrentBlock().Time; got != before+3660 {
		t.Fatalf("time %d, want %d", got, before+3660)
	}
	if err := rc.CallContext(ctx, nil, "evm_mine", before+7200); err != nil {
		t.Fatalf("evm_mine(ts): %v", err)
	}
	if got := n.eth.BlockChain().CurrentBlock().Time; got != before+7200 {
		t.Fatalf("evm_mine(ts): time %d, want %d", got, before+7200)
	}
	h0 := n.Head()
	t0 := n.eth.BlockChain().CurrentBlock().Time
	if err := rc.CallContext(ctx, nil, "anvil_mine", 3, 12); err != nil {
		t.Fatalf("anvil_mine with interval: %v", err)
	}
	if n.Head() != h0+3 || n.eth.BlockChain().CurrentBlock().Time != t0+36 {
		t.Fatalf("anvil_mine(3, 12): head +%d, time +%d", n.Head()-h0, n.eth.BlockChain().CurrentBlock().Time-t0)
	}

	// Bad arguments are errors, not panics.
	for _, tc := range []struct {
		method string
		args   []any
		want   string
	}{
		{"devnet_mine", []any{"0xzz"}, "invalid hex"},
		{"devnet_mine", []any{-1}, "invalid quantity"},
		{"devnet_mine", []any{MaxMinePerCall + 1}, "at most"},
		{"devnet_advanceTime", []any{0}, "at least 1 second"},
		{"devnet_advanceTime", []any{}, "missing value"},
		{"evm_mine", []any{1}, "not after"},
	} {
		err := rc.CallContext(ctx, nil, tc.method, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s%v: error %v, want it to contain %q", tc.method, tc.args, err, tc.want)
		}
	}
}

func TestListenErrors(t *testing.T) {
	ctx := testCtx(t)
	for _, listen := range []string{"8545", ":8545", "127.0.0.1:99999", "127.0.0.1:x"} {
		if n, err := Start(ctx, Config{Listen: listen}); err == nil {
			n.Close()
			t.Errorf("Start(Listen %q) succeeded", listen)
		}
	}
	n, _ := startNode(t, Config{})
	// The same port twice is refused with an error, not a hang.
	if n2, err := Start(ctx, Config{Listen: strings.TrimPrefix(n.HTTPURL(), "http://")}); err == nil {
		n2.Close()
		t.Error("second node on the same port started")
	} else if !strings.Contains(err.Error(), "another node") {
		t.Errorf("port in use: error %q does not say what to do", err)
	}
}

func TestCloseLeavesNoGoroutines(t *testing.T) {
	ctx := testCtx(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	baseline := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		// A start that fails (port taken) leaves nothing running either.
		if n, err := Start(ctx, Config{Listen: busy.Addr().String()}); err == nil {
			n.Close()
			t.Fatal("started on a busy port")
		}
		alice := newTestKey(t)
		cfg := Config{BlockTime: 10 * time.Millisecond, Alloc: types.GenesisAlloc{alice.addr: {Balance: big.NewInt(params.Ether)}}}
		if i == 0 {
			cfg.DataDir = t.TempDir() // the on-disk database closes too
		}
		n, err := Start(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		c, err := ethclient.DialContext(ctx, n.WSURL())
		if err != nil {
			t.Fatal(err)
		}
		heads := make(chan *types.Header, 1)
		sub, err := c.SubscribeNewHead(ctx, heads)
		if err != nil {
			t.Fatal(err)
		}
		sendTx(t, ctx, c, n.ChainID(), alice, 0, alice.addr, nil, nil, 21000)
		// Close while a client is subscribed and sealing runs.
		if err := n.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		if err := n.Close(); err != nil {
			t.Fatalf("second Close: %v", err)
		}
		if err := n.Mine(ctx, 1); !errors.Is(err, ErrClosed) {
			t.Fatalf("Mine after Close: %v, want ErrClosed", err)
		}
		sub.Unsubscribe()
		c.Close()
	}
	// Goroutines wind down asynchronously (HTTP keep-alives, client
	// readers); poll the count instead of sleeping a fixed time.
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := runtime.NumGoroutine()
		if got <= baseline+2 {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("%d goroutines after Close, %d before:\n%s", got, baseline, buf)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		n, err := Start(ctx, Config{})
		if err != nil {
			b.Fatal(err)
		}
		n.Close()
	}
}

func BenchmarkMineEmptyBlock(b *testing.B) {
	n, _ := startNode(b, Config{})
	ctx := context.Background()
	b.ResetTimer()
	if err := n.Mine(ctx, b.N); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkSendAndWait(b *testing.B) {
	alice, bob := newTestKey(b), newTestKey(b)
	n, c := startNode(b, Config{}, alice)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tx := sendTx(b, ctx, c, n.ChainID(), alice, uint64(i), bob.addr, big.NewInt(1), nil, 21000)
		waitReceipt(b, ctx, c, tx.Hash())
	}
}

func BenchmarkBurst100(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		alice, bob := newTestKey(b), newTestKey(b)
		n, c := startNode(b, Config{}, alice)
		b.StartTimer()
		var last *types.Transaction
		for j := 0; j < 100; j++ {
			last = sendTx(b, ctx, c, n.ChainID(), alice, uint64(j), bob.addr, big.NewInt(1), nil, 21000)
		}
		waitReceipt(b, ctx, c, last.Hash())
		b.StopTimer()
		n.Close()
		c.Close()
	}
}

// BenchmarkGetLogs2000Blocks measures eth_getLogs over 2,000 blocks without
// a log index (the devnet walks header blooms).
func BenchmarkGetLogs2000Blocks(b *testing.B) {
	alice := newTestKey(b)
	n, c := startNode(b, Config{}, alice)
	ctx := context.Background()
	for i := 0; i < 10; i++ {
		tx := sendTx(b, ctx, c, n.ChainID(), alice, uint64(i), emitterAddr, nil, []byte{byte(i)}, 50000)
		waitReceipt(b, ctx, c, tx.Hash())
		if err := n.Mine(ctx, 200); err != nil {
			b.Fatal(err)
		}
	}
	q := ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{emitterAddr}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		logs, err := c.FilterLogs(ctx, q)
		if err != nil || len(logs) != 10 {
			b.Fatalf("%d logs, %v", len(logs), err)
		}
	}
}
