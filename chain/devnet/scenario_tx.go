package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// seedGasPrice is the fee cap and tip (in wei) of every seeding transaction. With tip ==
// cap the price paid is exactly the cap whatever the base fee (which starts at 1 gwei and
// only falls on a quiet devnet), so ETH balances after seeding do not depend on how the
// transactions were split into blocks.
const seedGasPrice = 2_000_000_000

// receiptPoll is how often the seeder polls for receipts (bind.WaitMined polls once a second).
const receiptPoll = 2 * time.Millisecond

// receiptStall is how long the seeder waits for a burst without any receipt before giving up.
const receiptStall = 30 * time.Second

// actor is one account of the scenario: a key and a name.
type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

// newActor derives an account deterministically from the seed and a name.
func newActor(seed int64, name string) *actor {
	h := crypto.Keccak256([]byte(fmt.Sprintf("daoterm devnet scenario/%d/%s", seed, name)))
	for {
		key, err := crypto.ToECDSA(h)
		if err == nil {
			return &actor{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		}
		// Out of the curve's range (probability ~2^-128): hash again.
		h = crypto.Keccak256(h)
	}
}

// txReq is one transaction the seeder should send; what names it in errors.
type txReq struct {
	from  *actor
	to    *common.Address // nil deploys a contract
	value *big.Int
	data  []byte
	gas   uint64
	what  string
}

// sender signs and sends transactions for the scenario over JSON-RPC and waits for them
// by polling receipts every few milliseconds. Nonces are tracked locally: every account
// of the scenario is fresh at genesis and only the seeder uses it while seeding.
type sender struct {
	rpc     *rpc.Client
	signer  types.Signer
	nonces  map[common.Address]uint64
	txCount int
}

func newSender(client *rpc.Client, chainID *big.Int) *sender {
	return &sender{
		rpc:    client,
		signer: types.LatestSignerForChainID(chainID),
		nonces: make(map[common.Address]uint64),
	}
}

// nextAddress returns the address a contract deployed by from's next transaction gets.
func (s *sender) nextAddress(from *actor, ahead uint64) common.Address {
	return crypto.CreateAddress(from.addr, s.nonces[from.addr]+ahead)
}

// burst signs reqs, sends them in one JSON-RPC batch (in order, so transactions of one
// sender keep their nonce order and independent ones their arrival order), and waits for
// every receipt. Any failed transaction is an error naming it.
func (s *sender) burst(ctx context.Context, reqs []txReq) ([]*types.Receipt, error) {
	if len(reqs) == 0 {
		return nil, nil
	}
	raws := make([]hexutil.Bytes, len(reqs))
	hashes := make([]common.Hash, len(reqs))
	price := big.NewInt(seedGasPrice)
	for i, r := range reqs {
		value := r.value
		if value == nil {
			value = new(big.Int)
		}
		nonce := s.nonces[r.from.addr]
		tx, err := types.SignNewTx(r.from.key, s.signer, &types.DynamicFeeTx{
			ChainID:   s.signer.ChainID(),
			Nonce:     nonce,
			GasTipCap: price,
			GasFeeCap: price,
			Gas:       r.gas,
			To:        r.to,
			Value:     value,
			Data:      r.data,
		})
		if err != nil {
			return nil, fmt.Errorf("sign %s: %w", r.what, err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", r.what, err)
		}
		s.nonces[r.from.addr] = nonce + 1
		raws[i], hashes[i] = raw, tx.Hash()
	}
	batch := make([]rpc.BatchElem, len(reqs))
	sent := make([]common.Hash, len(reqs))
	for i := range reqs {
		batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raws[i]}, Result: &sent[i]}
	}
	if err := s.rpc.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("send %d transactions (%s, ...): %w", len(reqs), reqs[0].what, err)
	}
	for i, el := range batch {
		if el.Error != nil {
			return nil, fmt.Errorf("send %s: %w", reqs[i].what, el.Error)
		}
	}
	s.txCount += len(reqs)
	receipts, err := s.waitReceipts(ctx, hashes)
	if err != nil {
		return nil, err
	}
	for i, rc := range receipts {
		if rc.Status != types.ReceiptStatusSuccessful {
			hint := ""
			if rc.GasUsed == reqs[i].gas {
				hint = " (out of gas: raise its gas limit)"
			}
			return nil, fmt.Errorf("%s: transaction %s reverted in block %d%s", reqs[i].what, rc.TxHash.Hex(), rc.BlockNumber, hint)
		}
	}
	if err := s.waitHead(ctx, receipts); err != nil {
		return nil, err
	}
	return receipts, nil
}

// waitHead waits until the node's latest block holds every receipt: a
// receipt can be served once its block is written, a moment before the
// block becomes the head, and a call at "latest" in that moment would read
// the state before it (seen under load as a queued proposal just executed).
func (s *sender) waitHead(ctx context.Context, receipts []*types.Receipt) error {
	var want uint64
	for _, rc := range receipts {
		want = max(want, rc.BlockNumber.Uint64())
	}
	for {
		var head hexutil.Uint64
		if err := s.rpc.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
			return fmt.Errorf("read the head after mining: %w", err)
		}
		if uint64(head) >= want {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for block %d to become the head: %w", want, ctx.Err())
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// send is burst for a single transaction.
func (s *sender) send(ctx context.Context, r txReq) (*types.Receipt, error) {
	rcs, err := s.burst(ctx, []txReq{r})
	if err != nil {
		return nil, err
	}
	return rcs[0], nil
}

// sequence sends reqs one at a time, each after the previous one is mined, so that each
// lands in a block of its own.
func (s *sender) sequence(ctx context.Context, reqs []txReq) error {
	for _, r := range reqs {
		if _, err := s.send(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// waitReceipts polls, in JSON-RPC batches, until every hash has a receipt.
func (s *sender) waitReceipts(ctx context.Context, hashes []common.Hash) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(hashes))
	left := len(hashes)
	lastProgress := time.Now()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %d of %d receipts: %w", left, len(hashes), ctx.Err())
		case <-timer.C:
		}
		idx := make([]int, 0, left)
		batch := make([]rpc.BatchElem, 0, left)
		got := make([]*types.Receipt, len(hashes))
		for i, h := range hashes {
			if out[i] == nil {
				idx = append(idx, i)
				batch = append(batch, rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &got[i]})
			}
		}
		if err := s.rpc.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("poll receipts: %w", err)
		}
		for j, el := range batch {
			i := idx[j]
			if el.Error != nil {
				if strings.Contains(el.Error.Error(), "indexing is in progress") {
					continue // retryable just after start-up
				}
				return nil, fmt.Errorf("receipt of %s: %w", hashes[i].Hex(), el.Error)
			}
			if got[i] != nil {
				out[i] = got[i]
				left--
				lastProgress = time.Now()
			}
		}
		if left == 0 {
			return out, nil
		}
		if time.Since(lastProgress) > receiptStall {
			return nil, fmt.Errorf("%d of %d transactions not mined after %v: is the node sealing?", left, len(hashes), receiptStall)
		}
		timer.Reset(receiptPoll)
	}
}

// blockNumber returns the head block number.
func (s *sender) blockNumber(ctx context.Context) (uint64, error) {
	var n hexutil.Uint64
	if err := s.rpc.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
		return 0, fmt.Errorf("eth_blockNumber: %w", err)
	}
	return uint64(n), nil
}

// errTooLate means the chain had already passed a block the scenario needed to act at.
var errTooLate = errors.New("the chain passed a block the scenario needed")

// mineTo seals empty blocks until the head is at least target.
func mineTo(ctx context.Context, n *Node, s *sender, target uint64) error {
	head, err := s.blockNumber(ctx)
	if err != nil {
		return err
	}
	if head >= target {
		return nil
	}
	return n.Mine(ctx, int(target-head))
}
