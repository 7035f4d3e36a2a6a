package devnet

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/trie/trienode"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/database"
)

// An empty post-Prague block (no transactions, no withdrawals) still changes the state:
// before any transaction, the client calls four system contracts. Two of them write to
// their storage, the other two do not while their request queues are empty:
//
//	EIP-2935 history storage   slot (number-1) % 8191            = parent hash
//	EIP-4788 beacon roots      slot timestamp % 8191             = timestamp
//	                           slot timestamp % 8191 + 8191      = parent beacon root
//	EIP-7002 withdrawal queue  (empty queue, zero excess: unchanged, no requests)
//	EIP-7251 consolidations    (empty queue, zero excess: unchanged, no requests)
//
// appendEmpty applies exactly these writes to the tries, with no EVM and no StateDB, and
// writes the blocks straight to the database: about a seventh of the CPU time of
// building them with core.GenerateChain and importing them with InsertChain, which
// executes every block twice (BenchmarkMine40320). The blocks are ordinary blocks, with
// the state of each one kept (archive): TestMineBulkValid re-imports such a chain into a
// fresh geth blockchain, which verifies and re-executes every block.

// errSlowPath says that appendEmpty cannot build the blocks (another fork schedule,
// system contracts with other code, requests queued); the caller takes the general path.
var errSlowPath = errors.New("empty blocks need the general path")

// historyBuffer is the ring buffer length of both the EIP-2935 and the EIP-4788
// contracts (HISTORY_SERVE_WINDOW, HISTORY_BUFFER_LENGTH).
const historyBuffer = params.HistoryServeWindow

// appendEmpty appends count empty blocks to the head, the first at timestamp first and
// each next one a second later, and makes the last one the head. It returns errSlowPath
// (having written nothing) when the chain is not in the shape it knows how to extend.
// The caller holds the semaphore and restarts the simulated beacon afterwards.
func (n *Node) appendEmpty(ctx context.Context, count int, first uint64) error {
	bc := n.eth.BlockChain()
	cfg := bc.Config()
	db := n.eth.ChainDb()
	tdb := bc.TrieDB()
	head := bc.CurrentBlock()
	if err := emptyBlocksFit(cfg, tdb, head, first, first+uint64(count)); err != nil {
		return err
	}
	base, err := tdb.NodeReader(head.Root)
	if err != nil {
		return fmt.Errorf("read state %s of block %d: %w", head.Root, head.Number, err)
	}
	nodes := &overlayNodes{base: base, recent: make(map[common.Hash][]byte), older: map[common.Hash][]byte{}}
	batch := db.NewBatch()
	defer batch.Close()
	requests := types.CalcRequestsHash(nil)
	parent, parentHash := head, head.Hash()
	var last *types.Block
	for i := 0; i < count; i++ {
		header, err := nextEmptyHeader(cfg, nodes, parent, parentHash, first+uint64(i), requests)
		if err != nil {
			return fmt.Errorf("appended %d of %d blocks: block %d: %w", i, count, parent.Number.Uint64()+1, err)
		}
		for _, node := range nodes.fresh {
			rawdb.WriteLegacyTrieNode(batch, node.Hash, node.Blob)
		}
		block := types.NewBlockWithHeader(header).WithBody(types.Body{Withdrawals: []*types.Withdrawal{}})
		rawdb.WriteBlock(batch, block)
		rawdb.WriteReceipts(batch, block.Hash(), block.NumberU64(), types.Receipts{})
		if batch.ValueSize() >= ethdb.IdealBatchSize || i == count-1 {
			if err := batch.Write(); err != nil {
				return fmt.Errorf("appended %d of %d blocks: write: %w", i, count, err)
			}
			batch.Reset()
			nodes.rotate()
			if err := n.alive(ctx); err != nil {
				return fmt.Errorf("appended %d of %d blocks: %w", i+1, count, err)
			}
		}
		parent, parentHash, last = header, block.Hash(), block
	}
	// SetCanonical walks back to the old head, writes the canonical hashes and head
	// markers, and announces the new head (one event, as for any import).
	if _, err := bc.SetCanonical(last); err != nil {
		return fmt.Errorf("appended %d blocks, but making block %d the head failed: %w", count, last.NumberU64(), err)
	}
	if got := bc.CurrentBlock(); got.Hash() != last.Hash() {
		return fmt.Errorf("appended %d blocks, but they did not become the head (head %d)", count, got.Number.Uint64())
	}
	return nil
}

// emptyBlocksFit checks that blocks from timestamp first to last (exclusive) on top of
// head follow the rules appendEmpty implements: post-merge, Cancun and Prague on,
// Amsterdam and binary tries off, the four system contracts holding their standard
// code, and the two request queues empty with no excess.
func emptyBlocksFit(cfg *params.ChainConfig, tdb *triedb.Database, head *types.Header, first, last uint64) error {
	next := new(big.Int).Add(head.Number, common.Big1)
	if head.Difficulty.Sign() != 0 || cfg.TerminalTotalDifficulty == nil {
		return errSlowPath
	}
	for _, ts := range []uint64{first, last} {
		if !cfg.IsLondon(next) || !cfg.IsShanghai(next, ts) || !cfg.IsCancun(next, ts) || !cfg.IsPrague(next, ts) ||
			cfg.IsAmsterdam(next, ts) || cfg.IsUBT(next, ts) {
			return errSlowPath
		}
	}
	if head.BaseFee == nil || head.ExcessBlobGas == nil || head.BlobGasUsed == nil {
		return errSlowPath
	}
	accounts, err := trie.NewStateTrie(trie.StateTrieID(head.Root), tdb)
	if err != nil {
		return fmt.Errorf("open state of block %d: %w", head.Number, err)
	}
	for addr, code := range map[common.Address][]byte{
		params.HistoryStorageAddress:     params.HistoryStorageCode,
		params.BeaconRootsAddress:        params.BeaconRootsCode,
		params.WithdrawalQueueAddress:    params.WithdrawalQueueCode,
		params.ConsolidationQueueAddress: params.ConsolidationQueueCode,
	} {
		acc, err := accounts.GetAccount(addr)
		if err != nil {
			return fmt.Errorf("read account %s: %w", addr, err)
		}
		if acc == nil || !bytes.Equal(acc.CodeHash, crypto.Keccak256(code)) {
			return errSlowPath
		}
		if addr != params.WithdrawalQueueAddress && addr != params.ConsolidationQueueAddress {
			continue
		}
		// Slots 0-3: excess, count, queue head, queue tail. All zero: the system
		// call dequeues nothing and stores zeros over zeros.
		storage, err := trie.NewStateTrie(trie.StorageTrieID(head.Root, crypto.Keccak256Hash(addr.Bytes()), acc.Root), tdb)
		if err != nil {
			return fmt.Errorf("open storage of %s: %w", addr, err)
		}
		for slot := range 4 {
			v, err := storage.GetStorage(addr, common.BigToHash(big.NewInt(int64(slot))).Bytes())
			if err != nil {
				return fmt.Errorf("read storage of %s: %w", addr, err)
			}
			if len(v) != 0 {
				return errSlowPath
			}
		}
	}
	return nil
}

// nextEmptyHeader returns the header of the empty block after parent (whose hash is
// given) at timestamp ts, leaving the trie nodes it creates in nodes.fresh.
func nextEmptyHeader(cfg *params.ChainConfig, nodes *overlayNodes, parent *types.Header, parentHash common.Hash, ts uint64, requests common.Hash) (*types.Header, error) {
	number := parent.Number.Uint64() + 1
	var beaconRoot common.Hash // the devnet has no consensus layer (the simulated beacon uses zero too)
	root, err := nodes.apply(parent.Root, []slotWrite{
		{params.HistoryStorageAddress, slotKey((number - 1) % historyBuffer), parentHash},
		{params.BeaconRootsAddress, slotKey(ts % historyBuffer), slotKey(ts)},
		{params.BeaconRootsAddress, slotKey(ts%historyBuffer + historyBuffer), beaconRoot},
	})
	if err != nil {
		return nil, err
	}
	excess := eip4844.CalcExcessBlobGas(cfg, parent, ts)
	return &types.Header{
		ParentHash:       parentHash,
		UncleHash:        types.EmptyUncleHash,
		Coinbase:         parent.Coinbase,
		Root:             root,
		TxHash:           types.EmptyTxsHash,
		ReceiptHash:      types.EmptyReceiptsHash,
		Difficulty:       new(big.Int),
		Number:           new(big.Int).SetUint64(number),
		GasLimit:         parent.GasLimit,
		Time:             ts,
		BaseFee:          eip1559.CalcBaseFee(cfg, parent),
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		BlobGasUsed:      new(uint64),
		ExcessBlobGas:    &excess,
		ParentBeaconRoot: &beaconRoot,
		RequestsHash:     &requests,
	}, nil
}

// slotWrite is one storage write of a system contract; a zero value deletes the slot.
type slotWrite struct {
	addr       common.Address
	key, value common.Hash
}

// slotKey is the storage key (or word) holding the number v.
func slotKey(v uint64) (h common.Hash) {
	binary.BigEndian.PutUint64(h[common.HashLength-8:], v)
	return h
}

// overlayNodes reads trie nodes from a cache of those written or read recently (which
// holds the nodes of the batch not yet written to the database), then from the
// database. apply leaves the nodes it creates in fresh.
//
// The cache has two generations: a node found in the older one moves to the recent
// one, and when the recent one is full, after a batch write, the older one is dropped.
// The three tries a block changes hold ≈ 50,000 nodes (two ring buffers of 8,191 and
// 16,382 slots, and the accounts), so the cache ends up holding every node a block
// reads, and the database (on disk for `daoterm demo`) is only written to.
type overlayNodes struct {
	base          database.NodeReader
	recent, older map[common.Hash][]byte
	fresh         []*trienode.Node
}

// cacheGeneration is the number of nodes in a full generation of overlayNodes' cache
// (≈ 30 MB of node blobs): two generations span ≈ 8,000 blocks, the ring buffers' period.
const cacheGeneration = 100_000

// NodeReader implements database.NodeDatabase; nodes are found by hash (hash scheme),
// whatever the state.
func (o *overlayNodes) NodeReader(common.Hash) (database.NodeReader, error) { return o, nil }

// Node implements database.NodeReader.
func (o *overlayNodes) Node(owner common.Hash, path []byte, hash common.Hash) ([]byte, error) {
	if blob, ok := o.recent[hash]; ok {
		return blob, nil
	}
	if blob, ok := o.older[hash]; ok {
		o.recent[hash] = blob
		return blob, nil
	}
	blob, err := o.base.Node(owner, path, hash)
	if err == nil && len(blob) > 0 {
		o.recent[hash] = blob
	}
	return blob, err
}

// rotate drops the older generation when the recent one is full. Call it only right
// after a batch write: the dropped nodes must be in the database.
func (o *overlayNodes) rotate() {
	if len(o.recent) >= cacheGeneration {
		o.older, o.recent = o.recent, make(map[common.Hash][]byte, cacheGeneration)
	}
}

// apply makes the given storage writes on top of state root and returns the new state
// root; the new nodes are in o.fresh. Writes to one account are consecutive.
func (o *overlayNodes) apply(root common.Hash, writes []slotWrite) (common.Hash, error) {
	o.fresh = o.fresh[:0]
	accounts, err := trie.NewStateTrie(trie.StateTrieID(root), o)
	if err != nil {
		return common.Hash{}, fmt.Errorf("open state %s: %w", root, err)
	}
	for i := 0; i < len(writes); {
		addr := writes[i].addr
		acc, err := accounts.GetAccount(addr)
		if err != nil || acc == nil {
			return common.Hash{}, fmt.Errorf("read account %s: %v", addr, err)
		}
		storage, err := trie.NewStateTrie(trie.StorageTrieID(root, crypto.Keccak256Hash(addr.Bytes()), acc.Root), o)
		if err != nil {
			return common.Hash{}, fmt.Errorf("open storage of %s: %w", addr, err)
		}
		for ; i < len(writes) && writes[i].addr == addr; i++ {
			w := writes[i]
			if w.value == (common.Hash{}) {
				err = storage.DeleteStorage(addr, w.key[:])
			} else {
				err = storage.UpdateStorage(addr, w.key[:], common.TrimLeftZeroes(w.value[:]))
			}
			if err != nil {
				return common.Hash{}, fmt.Errorf("write storage of %s: %w", addr, err)
			}
		}
		var set *trienode.NodeSet
		acc.Root, set = storage.Commit(false)
		o.collect(set)
		if err := accounts.UpdateAccount(addr, acc, 0); err != nil {
			return common.Hash{}, fmt.Errorf("write account %s: %w", addr, err)
		}
	}
	newRoot, set := accounts.Commit(false)
	o.collect(set)
	return newRoot, nil
}

// collect adds the live nodes of set (deleted ones have no blob) to o.fresh and
// o.recent.
func (o *overlayNodes) collect(set *trienode.NodeSet) {
	if set == nil {
		return
	}
	for _, node := range set.Nodes {
		if len(node.Blob) > 0 {
			o.fresh = append(o.fresh, node)
			o.recent[node.Hash] = node.Blob
		}
	}
}
