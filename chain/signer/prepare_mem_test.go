package signer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/signer/revert"
)

// memNode is an in-memory Backend: a token at tokenAt that answers symbol,
// decimals, delegates and balanceOf, fixed fees and nonces, and settable
// failures. It records the block tag of each eth_call and eth_estimateGas.
type memNode struct {
	tokenAt   common.Address
	delegate  common.Address // what delegates(from) answers
	tokens    *big.Int       // balanceOf(from)
	balance   *big.Int       // ETH
	estimate  uint64
	noPending bool   // the node refuses the "pending" tag
	revertMsg string // the simulation reverts with Error(revertMsg)

	tags []string // "method tag" of each eth_call / eth_estimateGas
}

// rpcErr is a JSON-RPC error as go-ethereum's client returns one.
type rpcErr struct {
	msg  string
	code int
	data any
}

func (e *rpcErr) Error() string  { return e.msg }
func (e *rpcErr) ErrorCode() int { return e.code }
func (e *rpcErr) ErrorData() any { return e.data }

func (m *memNode) ChainID() *big.Int                            { return big.NewInt(1337) }
func (m *memNode) CheckChainID(context.Context) error           { return nil }
func (m *memNode) Genesis(context.Context) (common.Hash, error) { return common.HexToHash("0x6e"), nil }

func (m *memNode) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(100), GasLimit: 30_000_000, BaseFee: big.NewInt(7), Time: 1_700_000_000}, nil
}

func (m *memNode) CodeAt(_ context.Context, a common.Address, _ *big.Int) ([]byte, error) {
	if a == m.tokenAt {
		return []byte{0x60, 0x80}, nil
	}
	return nil, nil
}

func (m *memNode) BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error) {
	return new(big.Int).Set(m.balance), nil
}

func (m *memNode) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) { return 4, nil }
func (m *memNode) PendingNonceAt(context.Context, common.Address) (uint64, error)    { return 5, nil }

// FeeHistory: base fees rising to 10 gwei next block; rewards 1, 3, 2 gwei
// in used blocks and 100 gwei in an empty one (ignored): the median is 2.
func (m *memNode) FeeHistory(context.Context, uint64, *big.Int, []float64) (*ethereum.FeeHistory, error) {
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }
	return &ethereum.FeeHistory{
		OldestBlock:  big.NewInt(97),
		Reward:       [][]*big.Int{{gwei(1)}, {gwei(3)}, {gwei(100)}, {gwei(2)}},
		BaseFee:      []*big.Int{gwei(8), gwei(9), gwei(9), gwei(9), gwei(10)},
		GasUsedRatio: []float64{0.5, 0.4, 0, 0.3},
	}, nil
}

func (m *memNode) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, ethereum.NotFound
}

func (m *memNode) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}

func (m *memNode) CallContext(_ context.Context, result any, method string, args ...any) error {
	tag := ""
	if len(args) == 2 {
		tag, _ = args[1].(string)
	}
	if method == "eth_call" || method == "eth_estimateGas" {
		m.tags = append(m.tags, method+" "+tag)
		if tag == "pending" && m.noPending {
			return &rpcErr{msg: "pending block is not available", code: -32000}
		}
	}
	switch method {
	case "eth_estimateGas":
		*result.(*hexutil.Uint64) = hexutil.Uint64(m.estimate)
		return nil
	case "eth_call":
		a := args[0].(callArgs)
		out, err := m.answer(*a.To, a.Data)
		if err != nil {
			return err
		}
		*result.(*hexutil.Bytes) = out
		return nil
	}
	return fmt.Errorf("the method %s does not exist/is not available", method)
}

// answer is eth_call: the token's views, and the simulated delegate call.
func (m *memNode) answer(to common.Address, data []byte) ([]byte, error) {
	tok := mustABIs().token
	if to != m.tokenAt || len(data) < 4 {
		return nil, nil
	}
	method, err := tok.MethodById(data[:4])
	if err != nil {
		return nil, err
	}
	switch method.Name {
	case "symbol":
		return method.Outputs.Pack("VOTE")
	case "decimals":
		return method.Outputs.Pack(uint8(6))
	case "delegates":
		return method.Outputs.Pack(m.delegate)
	case "balanceOf":
		return method.Outputs.Pack(m.tokens)
	case "delegate":
		if m.revertMsg != "" {
			reason, err := revertString(m.revertMsg)
			if err != nil {
				return nil, err
			}
			return nil, &rpcErr{msg: "execution reverted: " + m.revertMsg, code: 3, data: hexutil.Encode(reason)}
		}
		return nil, nil
	}
	return nil, fmt.Errorf("memNode: no answer for %s", method.Name)
}

// revertString is the revert data of Error(msg).
func revertString(msg string) ([]byte, error) {
	str, err := abi.NewType("string", "", nil)
	if err != nil {
		return nil, err
	}
	args, err := abi.Arguments{{Type: str}}.Pack(msg)
	if err != nil {
		return nil, err
	}
	return append(crypto.Keccak256([]byte("Error(string)"))[:4], args...), nil
}

// TestPrepareFromMemory prepares a delegation against an in-memory node:
// the review, gas, fees, nonce and the unsigned transaction follow from
// what the node answers, and a node without the pending tag, a revert and
// a short balance are handled as they are against a real one.
func TestPrepareFromMemory(t *testing.T) {
	from := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	tokenAt := common.HexToAddress("0x00000000000000000000000000000000000000a2")
	call, err := DelegateCall(tokenAt, to)
	if err != nil {
		t.Fatal(err)
	}
	node := func() *memNode {
		return &memNode{tokenAt: tokenAt, delegate: from, tokens: big.NewInt(2_500_000),
			balance: big.NewInt(1e18), estimate: 50_000}
	}
	ctx := context.Background()
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

	m := node()
	p, err := Prepare(ctx, m, from, call, PrepareOptions{FromName: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	r := p.Review
	if r.TokenSymbol != "VOTE" || r.TokenDecimals != 6 || r.CurrentDelegate != from || r.TokenBalance.Int64() != 2_500_000 {
		t.Errorf("review token %q/%d delegate %s balance %s", r.TokenSymbol, r.TokenDecimals, r.CurrentDelegate.Hex(), r.TokenBalance)
	}
	if r.Block != 100 || r.Nonce != 5 || r.GasEstimate != 50_000 || r.GasLimit != 60_000 {
		t.Errorf("block %d nonce %d gas %d/%d, want 100, 5, 50000/60000", r.Block, r.Nonce, r.GasEstimate, r.GasLimit)
	}
	if r.BaseFee.Cmp(gwei(10)) != 0 || r.MaxPriorityFeePerGas.Cmp(gwei(2)) != 0 || r.MaxFeePerGas.Cmp(gwei(22)) != 0 {
		t.Errorf("fees base %s tip %s max %s, want 10, 2, 22 gwei", r.BaseFee, r.MaxPriorityFeePerGas, r.MaxFeePerGas)
	}
	if want := new(big.Int).Mul(big.NewInt(60_000), gwei(22)); r.MaxCost.Cmp(want) != 0 {
		t.Errorf("max cost %s, want %s", r.MaxCost, want)
	}
	if got := strings.Join(m.tags, ", "); !strings.HasSuffix(got, "eth_call pending, eth_estimateGas pending") {
		t.Errorf("calls %s: want the simulation and the estimate at the pending block", got)
	}
	if p.tx.Nonce != 5 || p.tx.Gas != 60_000 || *p.tx.To != tokenAt || p.tx.ChainID.Int64() != 1337 || string(p.tx.Data) != string(call.Data) {
		t.Errorf("unsigned tx %+v", p.tx)
	}

	// A node that cannot serve "pending": latest, with a 50% margin.
	m = node()
	m.noPending = true
	if p, err = Prepare(ctx, m, from, call, PrepareOptions{}); err != nil {
		t.Fatal(err)
	}
	if p.Review.GasLimit != 75_000 || !strings.HasSuffix(strings.Join(m.tags, ", "), "eth_call latest, eth_estimateGas latest") {
		t.Errorf("without pending: gas limit %d, calls %v", p.Review.GasLimit, m.tags)
	}

	// A revert in the simulation is decoded, and nothing is prepared.
	m = node()
	m.revertMsg = "delegation paused"
	_, err = Prepare(ctx, m, from, call, PrepareOptions{})
	var rev *revert.Error
	if !errors.As(err, &rev) || !errors.Is(err, revert.ErrReverted) || !strings.Contains(err.Error(), "delegation paused") ||
		!strings.HasPrefix(err.Error(), "simulating delegate") {
		t.Errorf("revert: %v", err)
	}

	// Too little ETH for the most the transaction may cost.
	m = node()
	m.balance = big.NewInt(1)
	if _, err = Prepare(ctx, m, from, call, PrepareOptions{}); !errors.Is(err, ErrInsufficientFunds) {
		t.Errorf("short balance: %v", err)
	}
}
