package devnet

import (
	"bytes"
	"context"
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
// writes the blocks straight to the database: about a tenth of the cost of building
// the blocks with core.GenerateChain and importing them with InsertChain. The blocks are
// ordinary blocks (TestMineBulkValid re-executes each one with geth's own block processor
// and validator); only the way they are made is short.

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
	nodes := &overlayNodes{base: base, pending: make(map[common.Hash][]byte)}
	batch := db.NewBatch()
	defer batch.Close()
	flush := func() error {
		if err := batch.Write(); err != nil {
			return fmt.Errorf("write blocks: %w", err)
		}
		batch.Reset()
		clear(nodes.pending)
		return nil
	}
	requests := types.CalcRequestsHash(nil)
	parent := head
	var last *types.Block
	for i := 0; i < count; i++ {
		block, err := nextEmptyBlock(cfg, nodes, parent, first+uint64(i), requests)
		if err != nil {
			return fmt.Errorf("appended %d of %d blocks: block %d: %w", i, count, parent.Number.Uint64()+1, err)
		}
		for hash, blob := range nodes.fresh {
			rawdb.WriteLegacyTrieNode(batch, hash, blob)
			nodes.pending[hash] = blob
		}
		rawdb.WriteBlock(batch, block)
		rawdb.WriteReceipts(batch, block.Hash(), block.NumberU64(), types.Receipts{})
		if batch.ValueSize() >= ethdb.IdealBatchSize {
			if err := flush(); err != nil {
				return fmt.Errorf("appended %d of %d blocks: %w", i, count, err)
			}
			if err := n.alive(ctx); err != nil {
				return fmt.Errorf("appended %d of %d blocks: %w", i+1, count, err)
			}
		}
		parent, last = block.Header(), block
	}
	if err := flush(); err != nil {
		return err
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

// nextEmptyBlock builds the empty block after parent at timestamp ts, leaving the trie
// nodes it creates in nodes.fresh.
func nextEmptyBlock(cfg *params.ChainConfig, nodes *overlayNodes, parent *types.Header, ts uint64, requests common.Hash) (*types.Block, error) {
	number := new(big.Int).Add(parent.Number, common.Big1)
	var beaconRoot common.Hash // the devnet has no consensus layer
	writes := map[common.Address][][2]common.Hash{
		params.HistoryStorageAddress: {
			{common.BigToHash(new(big.Int).SetUint64((number.Uint64() - 1) % historyBuffer)), parent.Hash()},
		},
		params.BeaconRootsAddress: {
			{common.BigToHash(new(big.Int).SetUint64(ts % historyBuffer)), common.BigToHash(new(big.Int).SetUint64(ts))},
			{common.BigToHash(new(big.Int).SetUint64(ts%historyBuffer + historyBuffer)), beaconRoot},
		},
	}
	root, err := nodes.apply(parent.Root, writes)
	if err != nil {
		return nil, err
	}
	excess := eip4844.CalcExcessBlobGas(cfg, parent, ts)
	header := &types.Header{
		ParentHash:       parent.Hash(),
		UncleHash:        types.EmptyUncleHash,
		Coinbase:         parent.Coinbase,
		Root:             root,
		TxHash:           types.EmptyTxsHash,
		ReceiptHash:      types.EmptyReceiptsHash,
		Difficulty:       new(big.Int),
		Number:           number,
		GasLimit:         parent.GasLimit,
		Time:             ts,
		BaseFee:          eip1559.CalcBaseFee(cfg, parent),
		WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		BlobGasUsed:      new(uint64),
		ExcessBlobGas:    &excess,
		ParentBeaconRoot: &beaconRoot,
		RequestsHash:     &requests,
	}
	return types.NewBlockWithHeader(header).WithBody(types.Body{Withdrawals: []*types.Withdrawal{}}), nil
}

// overlayNodes reads trie nodes from nodes not yet written to the database (pending),
// then from the database; apply collects the nodes it creates in fresh.
type overlayNodes struct {
	base    database.NodeReader
	pending map[common.Hash][]byte
	fresh   map[common.Hash][]byte
}

// NodeReader implements database.NodeDatabase; nodes are found by hash (hash scheme),
// whatever the state.
func (o *overlayNodes) NodeReader(common.Hash) (database.NodeReader, error) { return o, nil }

// Node implements database.NodeReader.
func (o *overlayNodes) Node(owner common.Hash, path []byte, hash common.Hash) ([]byte, error) {
	if blob, ok := o.pending[hash]; ok {
		return blob, nil
	}
	return o.base.Node(owner, path, hash)
}

// apply stores the given slot values (zero deletes) in the accounts' storage on top of
// state root and returns the new state root; the new nodes are in o.fresh.
func (o *overlayNodes) apply(root common.Hash, writes map[common.Address][][2]common.Hash) (common.Hash, error) {
	o.fresh = make(map[common.Hash][]byte, 16)
	accounts, err := trie.NewStateTrie(trie.StateTrieID(root), o)
	if err != nil {
		return common.Hash{}, fmt.Errorf("open state %s: %w", root, err)
	}
	for addr, slots := range writes {
		acc, err := accounts.GetAccount(addr)
		if err != nil || acc == nil {
			return common.Hash{}, fmt.Errorf("read account %s: %v", addr, err)
		}
		storage, err := trie.NewStateTrie(trie.StorageTrieID(root, crypto.Keccak256Hash(addr.Bytes()), acc.Root), o)
		if err != nil {
			return common.Hash{}, fmt.Errorf("open storage of %s: %w", addr, err)
		}
		for _, kv := range slots {
			if kv[1] == (common.Hash{}) {
				err = storage.DeleteStorage(addr, kv[0].Bytes())
			} else {
				err = storage.UpdateStorage(addr, kv[0].Bytes(), common.TrimLeftZeroes(kv[1].Bytes()))
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

// collect adds the live nodes of set (deleted ones have no blob) to o.fresh.
func (o *overlayNodes) collect(set *trienode.NodeSet) {
	if set == nil {
		return
	}
	for _, node := range set.Nodes {
		if len(node.Blob) > 0 {
			o.fresh[node.Hash] = node.Blob
		}
	}
}
