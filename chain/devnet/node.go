// Package devnet runs an in-process go-ethereum node (dev mode, in memory)
// that serves real JSON-RPC over HTTP and WebSocket on the loopback
// interface, seals a block whenever transactions arrive (and optionally on a
// timer), and can mine blocks and advance time on demand. The seeded demo DAO
// that daoterm shows by default is deployed on top of it (see StartDemo).
//
// Besides the standard eth, net, web3, txpool and debug namespaces the node
// serves, over HTTP and WebSocket:
//
//	devnet_mine(n?)             seal n blocks (default 1); returns the head number
//	devnet_advanceTime(secs)    seal one block at parent time + secs; returns its timestamp
//	evm_mine(timestamp?)        hardhat/ganache: one block, optionally at timestamp
//	evm_increaseTime(secs)      like devnet_advanceTime (seals the block at once)
//	anvil_mine(n?, interval?)   foundry: n blocks, optionally interval seconds apart
//
// Numbers may be JSON numbers, "0x" hex strings or decimal strings.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	// Register the native tracers (callTracer, prestateTracer, ...) so that
	// debug_traceTransaction works for tools such as cast.
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
)

// DefaultChainID is the chain id used when Config.ChainID is zero.
const DefaultChainID = 1337

// DefaultListen is the listen address used when Config.Listen is empty: the
// loopback interface on a port chosen by the kernel.
const DefaultListen = "127.0.0.1:0"

// GasLimit is the block gas limit of the devnet (mainnet's order of magnitude).
const GasLimit = 60_000_000

// ErrClosed is returned by Mine and AdvanceTime after Close.
var ErrClosed = errors.New("devnet: node is closed")

// Config describes the node that Start runs.
type Config struct {
	// Listen is host:port for the HTTP and WebSocket JSON-RPC server (one
	// listener serves both). Default DefaultListen. Use port 0 for a free port
	// and read the URLs back with HTTPURL and WSURL.
	Listen string
	// BlockTime, when positive, seals an (empty if need be) block every
	// BlockTime so that timestamps and block numbers move while you watch.
	// Zero seals blocks only when transactions arrive or on request.
	BlockTime time.Duration
	// Alloc holds extra genesis accounts (balances, code, storage); it wins
	// over the dev genesis on conflict.
	Alloc types.GenesisAlloc
	// ChainID is the EIP-155 chain id; default DefaultChainID.
	ChainID uint64
	// DataDir, when set, keeps the chain's database in that directory
	// (created if needed; the caller removes it). Empty keeps everything
	// in memory: fastest to start (≈ 60 ms against ≈ 400 ms), right for
	// tests and short runs, but memory grows by ≈ 10 KB a block and geth's
	// in-memory ancient store turns slow once it holds ~100k keys (after
	// about a minute of life with ten thousand blocks or more, sealing can
	// slow to tens of ms a block). Use a directory for long-running chains.
	DataDir string
}

// Node is a running devnet. It is safe for concurrent use.
type Node struct {
	stack   *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	chainID *big.Int
	httpURL string
	wsURL   string

	// seal is a one-slot semaphore held while a block is being sealed: by
	// the pool watcher, the block timer, Mine and AdvanceTime. The simulated
	// beacon is not safe for concurrent sealing (concurrent TxPool.Sync calls
	// can freeze the chain), so every seal goes through it.
	seal chan struct{}
	// ahead is how many seconds the chain's clock runs ahead of the wall
	// clock (see commit); guarded by seal.
	ahead int64

	txSub        event.Subscription
	stopEstimate func()
	quit         chan struct{}
	wg           sync.WaitGroup
	closer       sync.Once
	err          error
}

// Start runs a devnet node until Close. It returns once the node serves
// JSON-RPC, has sealed its first block (the chain starts at block 1) and its
// transaction index is ready, so receipt queries behave normally from the
// first call. ctx bounds start-up only.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.BlockTime < 0 {
		return nil, fmt.Errorf("devnet: block time %v is negative; use 0 to seal only on transactions", cfg.BlockTime)
	}
	host, port, err := splitListen(cfg.Listen)
	if err != nil {
		return nil, err
	}
	// Check the address first: when geth's node fails to listen, the eth
	// service it has already built is never started, cannot be stopped and
	// leaks its goroutines. (A port taken between here and stack.Start
	// still leaks them; that race needs another program.)
	if port != 0 {
		var lc net.ListenConfig
		ln, err := lc.Listen(ctx, "tcp", cfg.Listen)
		if err != nil {
			return nil, fmt.Errorf("devnet: listen on %s: %w (is another node running there? port 0 picks a free port)", cfg.Listen, err)
		}
		ln.Close()
	}

	nodeConf := &node.Config{
		Name:                 "daoterm-devnet",
		DataDir:              cfg.DataDir, // "" = in memory
		IPCPath:              "",          // no IPC socket
		P2P:                  p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""},
		HTTPHost:             host,
		HTTPPort:             port,
		HTTPCors:             []string{"*"},
		HTTPVirtualHosts:     virtualHosts(host),
		HTTPModules:          rpcModules,
		HTTPTimeouts:         httpTimeouts,
		WSHost:               host,
		WSPort:               port, // same port: one listener serves both
		WSOrigins:            []string{"*"},
		WSModules:            rpcModules,
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		HTTPBodyLimit:        node.DefaultConfig.HTTPBodyLimit,
		AllowUnprotectedTxs:  true, // pre-EIP-155 deployers (e.g. CREATE2 factories)
	}
	stack, err := node.New(nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devnet: create node: %w", err)
	}

	chainID := new(big.Int).SetUint64(cfg.ChainID)
	genesis := devGenesis(chainID, cfg.Alloc)

	ethConf := ethconfig.Defaults
	ethConf.Genesis = genesis
	ethConf.NetworkId = cfg.ChainID
	ethConf.SyncMode = ethconfig.FullSync
	// Archive state (hash scheme, no pruning): historical eth_call and
	// eth_getBalance work at any block, as every figure is read at a block.
	ethConf.StateScheme = rawdb.HashScheme
	ethConf.NoPruning = true
	ethConf.TransactionHistory = 0 // index every transaction
	// No log index: geth's filter-map renderer cost more CPU than sealing
	// itself (≈ 60% of a mining benchmark). eth_getLogs then walks header
	// blooms, which is fast on a devnet-sized chain.
	ethConf.LogNoHistory = true
	ethConf.Miner.GasPrice = big.NewInt(1)
	ethConf.Miner.GasCeil = GasLimit
	// Memory: the defaults are sized for mainnet; the devnet is tiny.
	ethConf.DatabaseCache = 64
	ethConf.TrieCleanCache = 32
	ethConf.TrieDirtyCache = 32
	// No state snapshot: on a devnet-sized state the tries are as fast, and
	// bulk mining (appendEmpty) writes states the snapshot tree never sees.
	ethConf.SnapshotCache = 0

	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: create eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethConf.FilterLogCacheSize,
		LogQueryLimit: ethConf.LogQueryLimit,
		RangeLimit:    ethConf.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))

	estimate, stopEstimate, err := newEstimateAPI(backend.APIs())
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devnet: eth_estimateGas override: %w", err)
	}
	n := &Node{
		stack:        stack,
		eth:          backend,
		chainID:      chainID,
		seal:         make(chan struct{}, 1),
		quit:         make(chan struct{}),
		stopEstimate: stopEstimate,
	}
	// Registered after the eth service's APIs, so it replaces geth's
	// eth_estimateGas on every endpoint.
	stack.RegisterAPIs(append(n.apis(), rpc.API{Namespace: "eth", Service: estimate}))

	if err := stack.Start(); err != nil {
		n.Close()
		return nil, fmt.Errorf("devnet: start node on %s: %w", cfg.Listen, err)
	}
	n.httpURL = stack.HTTPEndpoint()
	n.wsURL = stack.WSEndpoint()

	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		n.Close()
		return nil, fmt.Errorf("devnet: create simulated beacon: %w", err)
	}
	n.beacon = beacon

	// Watch the pool. The feed blocks the pool until every subscriber has
	// received an event, and sealing waits for the pool (TxPool.Sync), so the
	// subscription is drained by a goroutine that never seals: it only
	// nudges the sealer through a one-slot channel.
	txs := make(chan core.NewTxsEvent, 16)
	n.txSub = backend.TxPool().SubscribeTransactions(txs, true)
	wake := make(chan struct{}, 1)
	n.wg.Add(2)
	go n.forward(txs, wake)
	go n.sealLoop(wake, cfg.BlockTime)

	// Seal block 1 and wait for the transaction indexer: on a chain at
	// genesis geth reports "transaction indexing is in progress" for
	// unknown transactions (receipt polls of just-sent transactions).
	if err := n.Mine(ctx, 1); err != nil {
		n.Close()
		return nil, fmt.Errorf("devnet: seal first block: %w", err)
	}
	if err := n.waitTxIndex(ctx); err != nil {
		n.Close()
		return nil, err
	}
	return n, nil
}

// devGenesis is the genesis of a devnet with the given chain id and extra accounts.
func devGenesis(chainID *big.Int, alloc types.GenesisAlloc) *core.Genesis {
	genesis := core.DeveloperGenesisBlock(GasLimit, nil)
	chainConfig := *genesis.Config // DeveloperGenesisBlock already copies; copy again to own it
	chainConfig.ChainID = chainID
	// Mainnet-like gas: the dev genesis enables experimental forks that
	// reprice gas (castVoteWithReason ~3x). Stop at Osaka.
	chainConfig.BogotaTime = nil
	chainConfig.AmsterdamTime = nil
	genesis.Config = &chainConfig
	maps.Copy(genesis.Alloc, alloc)
	return genesis
}

// rpcModules are the namespaces served over HTTP and WebSocket.
var rpcModules = []string{"eth", "net", "web3", "txpool", "debug", "devnet", "evm", "anvil"}

// httpTimeouts allow long devnet_mine calls (hundreds of thousands of blocks).
var httpTimeouts = rpc.HTTPTimeouts{
	ReadTimeout:       30 * time.Second,
	ReadHeaderTimeout: 30 * time.Second,
	WriteTimeout:      10 * time.Minute,
	IdleTimeout:       120 * time.Second,
}

// splitListen parses host:port; the host must be given (a bare ":8545"
// would listen on every interface, which a devnet should not do silently).
func splitListen(listen string) (string, int, error) {
	host, portStr, err := net.SplitHostPort(listen)
	if err != nil {
		return "", 0, fmt.Errorf("devnet: listen address %q: %v (want host:port, e.g. 127.0.0.1:8545)", listen, err)
	}
	if host == "" {
		return "", 0, fmt.Errorf("devnet: listen address %q has no host; use 127.0.0.1:%s (or 0.0.0.0:%s to listen on every interface)", listen, portStr, portStr)
	}
	port, err := strconv.ParseUint(portStr, 10, 16)
	if err != nil {
		return "", 0, fmt.Errorf("devnet: listen address %q: port %q is not a number in 0-65535", listen, portStr)
	}
	return host, int(port), nil
}

// virtualHosts returns the Host headers accepted over HTTP: the loopback
// names and the listen host, or any host when listening on every interface.
// Requiring a local Host header keeps DNS-rebinding pages out while wallets
// and tools on this machine work.
func virtualHosts(host string) []string {
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		return []string{"*"}
	}
	return []string{"localhost", "127.0.0.1", "::1", host}
}

// HTTPURL returns the JSON-RPC over HTTP endpoint, e.g. http://127.0.0.1:8545.
func (n *Node) HTTPURL() string { return n.httpURL }

// WSURL returns the JSON-RPC over WebSocket endpoint, e.g. ws://127.0.0.1:8545.
func (n *Node) WSURL() string { return n.wsURL }

// ChainID returns the chain id (a copy).
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainID) }

// Attach returns an in-process JSON-RPC client (no HTTP); the caller closes it.
func (n *Node) Attach() *rpc.Client { return n.stack.Attach() }

// Head returns the current head block number.
func (n *Node) Head() uint64 { return n.eth.BlockChain().CurrentBlock().Number.Uint64() }

// Mine seals blocks blocks, one after the other. Pending transactions are
// included; otherwise the blocks are empty. Each block's timestamp is the
// wall clock plus the chain's lead (see AdvanceTime), or its parent's plus
// one second if that is later: mining many blocks at once moves the clock
// one second per block.
func (n *Node) Mine(ctx context.Context, blocks int) error {
	if blocks < 0 {
		return fmt.Errorf("devnet: mine %d blocks: count must not be negative", blocks)
	}
	if err := n.lock(ctx); err != nil {
		return err
	}
	defer n.unlock()
	if blocks >= bulkThreshold {
		// The first and last blocks are sealed by the beacon (the first carries the
		// pending transactions; the last moves the forkchoice markers), the rest are
		// appended in bulk.
		if _, err := n.commit(); err != nil {
			return fmt.Errorf("devnet: mined 0 of %d blocks: %w", blocks, err)
		}
		if err := n.appendBlocks(ctx, blocks-2, nil); err != nil {
			return fmt.Errorf("devnet: mine %d blocks: %w", blocks, err)
		}
		if _, err := n.commit(); err != nil {
			return fmt.Errorf("devnet: mined %d of %d blocks: %w", blocks-1, blocks, err)
		}
		return nil
	}
	for i := 0; i < blocks; i++ {
		if i > 0 {
			if err := n.alive(ctx); err != nil {
				return fmt.Errorf("devnet: mined %d of %d blocks: %w", i, blocks, err)
			}
		}
		if _, err := n.commit(); err != nil {
			return fmt.Errorf("devnet: mined %d of %d blocks: %w", i, blocks, err)
		}
	}
	return nil
}

// AdvanceTime seals one block whose timestamp is its parent's plus d
// (rounded down to whole seconds, at least one second). Transactions
// pending at the time are first sealed in a block of their own, as geth
// cannot shift the clock of a block that carries transactions. The chain
// keeps the lead: later empty blocks follow the wall clock shifted by it.
func (n *Node) AdvanceTime(ctx context.Context, d time.Duration) error {
	if d < time.Second {
		return fmt.Errorf("devnet: advance time by %v: must be at least 1s", d)
	}
	if err := n.lock(ctx); err != nil {
		return err
	}
	defer n.unlock()
	// A transaction can reach the pool between sealing the pending ones and
	// AdjustTime's own check; then seal it and try again.
	var parent *types.Header
	for attempt := 1; ; attempt++ {
		if stuck, err := n.sealPending(); err != nil {
			return fmt.Errorf("devnet: advance time: seal pending transactions: %w", err)
		} else if stuck > 0 {
			return fmt.Errorf("devnet: advance time: %d pending transactions cannot be mined (fee cap below the base fee?); replace them or wait", stuck)
		}
		parent = n.eth.BlockChain().CurrentBlock()
		err := n.beacon.AdjustTime(d)
		if err == nil {
			break
		}
		if attempt == 10 || !strings.Contains(err.Error(), "non-empty") {
			return fmt.Errorf("devnet: advance time by %v: %w", d, err)
		}
	}
	head := n.eth.BlockChain().CurrentBlock()
	if head.Number.Cmp(parent.Number) <= 0 {
		return fmt.Errorf("devnet: advance time by %v: no block was sealed", d)
	}
	n.noteTime(head.Time)
	return nil
}

// Close stops sealing, the RPC servers and the node, and waits for its
// goroutines. It is safe to call more than once.
func (n *Node) Close() error {
	n.closer.Do(func() {
		// Unsubscribe first so the pool never blocks sending to a watcher
		// that has stopped reading.
		if n.txSub != nil {
			n.txSub.Unsubscribe()
		}
		close(n.quit)
		n.wg.Wait()
		// Wait for a Mine or AdvanceTime that is still sealing (they
		// notice quit between blocks), then keep the semaphore forever.
		n.seal <- struct{}{}
		n.err = n.shutdown(closeBound)
		n.stopEstimate()
	})
	return n.err
}

// closeBound is how long Close waits for go-ethereum's own shutdown.
const closeBound = time.Minute

// shutdown stops the beacon and the node stack, waiting at most bound: a
// go-ethereum shutdown that hangs (seen once on a loaded machine, inside
// the stack's Close) must not hang the process that closes the devnet. On
// timeout it returns an error and leaves the shutdown running.
func (n *Node) shutdown(bound time.Duration) error {
	done := make(chan error, 1)
	go func() {
		var errs []error
		if n.beacon != nil {
			errs = append(errs, n.beacon.Stop())
		}
		errs = append(errs, n.stack.Close())
		done <- errors.Join(errs...)
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(bound):
		return fmt.Errorf("the devnet node did not shut down within %s", bound)
	}
}

// lock takes the sealing semaphore, giving up when ctx ends or the node closes.
func (n *Node) lock(ctx context.Context) error {
	if err := n.alive(ctx); err != nil {
		return err
	}
	select {
	case n.seal <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	case <-n.quit:
		return ErrClosed
	}
	// Close may have won the race for quit while we waited.
	select {
	case <-n.quit:
		n.unlock()
		return ErrClosed
	default:
		return nil
	}
}

func (n *Node) unlock() { <-n.seal }

// alive reports ctx's error, or ErrClosed once Close has begun.
func (n *Node) alive(ctx context.Context) error {
	select {
	case <-n.quit:
		return ErrClosed
	default:
	}
	return ctx.Err()
}

// commit seals one block (with the pending transactions) and returns the
// number of transactions it holds. The caller holds the semaphore.
//
// Block timestamps follow the wall clock shifted by n.ahead, so that after
// AdvanceTime (or a long Mine) the chain keeps its lead and moves at the
// wall clock's pace, instead of creeping one second per block until the
// wall clock catches up. geth seals blocks with transactions at the wall
// clock (or parent + 1s), so only empty blocks can take the shifted time.
func (n *Node) commit() (int, error) {
	bc := n.eth.BlockChain()
	parent := bc.CurrentBlock()
	sealed := false
	if n.ahead > 0 {
		if target := uint64(time.Now().Unix() + n.ahead); target > parent.Time {
			// Fails without sealing when transactions are pending.
			sealed = n.beacon.AdjustTime(time.Duration(target-parent.Time)*time.Second) == nil
		}
	}
	if !sealed {
		n.beacon.Commit() // logs its errors only; check the head instead
	}
	head := bc.CurrentBlock()
	if head.Number.Cmp(parent.Number) <= 0 {
		return 0, fmt.Errorf("sealing block %d failed", parent.Number.Uint64()+1)
	}
	n.noteTime(head.Time)
	block := bc.GetBlock(head.Hash(), head.Number.Uint64())
	if block == nil {
		return 0, nil
	}
	return len(block.Transactions()), nil
}

// noteTime records how far the chain's clock runs ahead of the wall clock
// after a block with timestamp ts. The lead only grows. The caller holds
// the semaphore.
func (n *Node) noteTime(ts uint64) {
	if lead := int64(ts) - time.Now().Unix(); lead > n.ahead {
		n.ahead = lead
	}
}

// forward drains the pool subscription and nudges the sealer; it never
// blocks on sealing, so the pool's own loop never waits for us.
func (n *Node) forward(txs <-chan core.NewTxsEvent, wake chan<- struct{}) {
	defer n.wg.Done()
	for {
		select {
		case <-txs:
			select {
			case wake <- struct{}{}:
			default: // a nudge is already waiting
			}
		case <-n.txSub.Err():
			return
		case <-n.quit:
			return
		}
	}
}

// sealLoop seals pending transactions when nudged and, with a block time,
// a block on every tick.
func (n *Node) sealLoop(wake <-chan struct{}, blockTime time.Duration) {
	defer n.wg.Done()
	var tick <-chan time.Time
	if blockTime > 0 {
		t := time.NewTicker(blockTime)
		defer t.Stop()
		tick = t.C
	}
	ctx := context.Background()
	for {
		select {
		case <-n.quit:
			return
		case <-wake:
			if n.lock(ctx) != nil {
				return
			}
			n.sealPending() // stuck transactions wait for a replacement
			n.unlock()
		case <-tick:
			if n.lock(ctx) != nil {
				return
			}
			n.commit() // an error here is retried on the next tick
			n.unlock()
		}
	}
}

// sealPending seals blocks while executable transactions wait in the pool
// and each block makes progress. It returns how many transactions are still
// pending when a block included none of them (a fee cap below the base fee
// keeps a transaction pending for ever; without the check it would spin).
// The caller holds the semaphore.
func (n *Node) sealPending() (stuck int, err error) {
	pool := n.eth.TxPool()
	for {
		select {
		case <-n.quit:
			return 0, ErrClosed
		default:
		}
		if err := pool.Sync(); err != nil {
			return 0, fmt.Errorf("sync tx pool: %w", err)
		}
		_, count := pool.Pending(txpool.PendingFilter{})
		if count == 0 {
			return 0, nil
		}
		included, err := n.commit()
		if err != nil {
			return 0, err
		}
		if included == 0 {
			return count, nil
		}
	}
}

// waitTxIndex waits until geth's transaction indexer has caught up.
func (n *Node) waitTxIndex(ctx context.Context) error {
	bc := n.eth.BlockChain()
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for !bc.TxIndexDone() {
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: waiting for the transaction index: %w", ctx.Err())
		case <-t.C:
		}
	}
	return nil
}
