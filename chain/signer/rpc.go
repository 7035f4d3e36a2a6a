package signer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/daoterm/daoterm/chain/signer/revert"
)

// Backend is what this package needs from a node; *chain.Client implements
// it. It names no RPC type (the methods are go-ethereum ethclient's, plus raw
// JSON-RPC for requests that need a block tag or raw bytes), so code that
// only shows what the signer produced does not link the RPC client, and
// unit tests can answer it from memory.
type Backend interface {
	// ChainID is the chain id read when the connection was made.
	ChainID() *big.Int
	// CheckChainID re-reads eth_chainId and fails when it changed.
	CheckChainID(ctx context.Context) error
	// Genesis returns the hash of the chain's block 0 (with the chain id it
	// names the chain: the journal keeps entries per chain).
	Genesis(ctx context.Context) (common.Hash, error)
	// CallContext makes one raw JSON-RPC call (eth_call and
	// eth_estimateGas at a tag, eth_maxPriorityFeePerGas,
	// eth_sendRawTransaction).
	CallContext(ctx context.Context, result any, method string, args ...any) error
	// HeaderByNumber returns a block's header; nil number is the latest.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// CodeAt, BalanceAt and NonceAt read account state at block (nil: latest).
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	// PendingNonceAt returns account's nonce in the pending state.
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	// TransactionByHash returns a transaction and whether it is pending.
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	// TransactionReceipt returns a mined transaction's receipt
	// (ethereum.NotFound while it is not mined).
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	ethereum.FeeHistoryReader
}

// ChainRef names a chain: its id and the hash of its genesis block. A dev
// chain restarted on the same port has the same id but another genesis.
type ChainRef struct {
	ID      *big.Int
	Genesis common.Hash
}

// String is "chain ID (genesis 0x1234…)".
func (c ChainRef) String() string {
	return fmt.Sprintf("chain %s (genesis %s…)", c.ID, c.Genesis.Hex()[:10])
}

// ChainOf reads b's chain reference (the genesis is read once per client).
func ChainOf(ctx context.Context, b Backend) (ChainRef, error) {
	g, err := b.Genesis(ctx)
	if err != nil {
		return ChainRef{}, err
	}
	return ChainRef{ID: b.ChainID(), Genesis: g}, nil
}

// callArgs is an eth_call / eth_estimateGas request object.
type callArgs struct {
	From  *common.Address `json:"from,omitempty"`
	To    *common.Address `json:"to"`
	Gas   *hexutil.Uint64 `json:"gas,omitempty"`
	Value *hexutil.Big    `json:"value,omitempty"`
	Data  hexutil.Bytes   `json:"data"`
}

// newCallArgs fills callArgs; a zero from is left out.
func newCallArgs(from, to common.Address, data []byte, value *big.Int) callArgs {
	a := callArgs{To: &to, Data: data}
	if from != (common.Address{}) {
		a.From = &from
	}
	if value != nil && value.Sign() > 0 {
		a.Value = (*hexutil.Big)(value)
	}
	return a
}

// isPendingUnavailable reports a node that cannot serve the "pending" tag.
func isPendingUnavailable(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "pending") && (strings.Contains(s, "not available") || strings.Contains(s, "unsupported") ||
		strings.Contains(s, "not supported") || strings.Contains(s, "invalid") || strings.Contains(s, "unknown block"))
}

// ethCall runs eth_call at block ("latest", "pending" or a hex number).
func ethCall(ctx context.Context, b Backend, args callArgs, block string) ([]byte, error) {
	var out hexutil.Bytes
	if err := b.CallContext(ctx, &out, "eth_call", args, block); err != nil {
		return nil, err
	}
	return out, nil
}

// viewCall calls a view method at "latest" and unpacks its outputs.
func viewCall(ctx context.Context, b Backend, a *abi.ABI, to common.Address, method string, args ...any) ([]any, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", method, err)
	}
	out, err := ethCall(ctx, b, newCallArgs(common.Address{}, to, data, nil), "latest")
	if err != nil {
		return nil, fmt.Errorf("calling %s on %s: %w", method, to.Hex(), err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("calling %s on %s: empty result (no such function, or no contract there)", method, to.Hex())
	}
	vals, err := unpackSafe(a, method, out)
	if err != nil {
		return nil, fmt.Errorf("decoding %s from %s: %w", method, to.Hex(), err)
	}
	return vals, nil
}

// unpackSafe unpacks method outputs, turning a decoder panic into an error.
func unpackSafe(a *abi.ABI, method string, data []byte) (vals []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			vals, err = nil, fmt.Errorf("malformed return data: %v", r)
		}
	}()
	return a.Unpack(method, data)
}

// viewBig calls a view method returning one uint.
func viewBig(ctx context.Context, b Backend, a *abi.ABI, to common.Address, method string, args ...any) (*big.Int, error) {
	vals, err := viewCall(ctx, b, a, to, method, args...)
	if err != nil {
		return nil, err
	}
	switch v := vals[0].(type) {
	case *big.Int:
		return v, nil
	case uint8:
		return big.NewInt(int64(v)), nil
	}
	return nil, fmt.Errorf("%s returned %T, want an integer", method, vals[0])
}

// viewString calls a view method returning one string.
func viewString(ctx context.Context, b Backend, a *abi.ABI, to common.Address, method string) (string, error) {
	vals, err := viewCall(ctx, b, a, to, method)
	if err != nil {
		return "", err
	}
	s, ok := vals[0].(string)
	if !ok {
		return "", fmt.Errorf("%s returned %T, want a string", method, vals[0])
	}
	return s, nil
}

// viewAddress calls a view method returning one address.
func viewAddress(ctx context.Context, b Backend, a *abi.ABI, to common.Address, method string, args ...any) (common.Address, error) {
	vals, err := viewCall(ctx, b, a, to, method, args...)
	if err != nil {
		return common.Address{}, err
	}
	v, ok := vals[0].(common.Address)
	if !ok {
		return common.Address{}, fmt.Errorf("%s returned %T, want an address", method, vals[0])
	}
	return v, nil
}

// viewBool calls a view method returning one bool.
func viewBool(ctx context.Context, b Backend, a *abi.ABI, to common.Address, method string, args ...any) (bool, error) {
	vals, err := viewCall(ctx, b, a, to, method, args...)
	if err != nil {
		return false, err
	}
	v, ok := vals[0].(bool)
	if !ok {
		return false, fmt.Errorf("%s returned %T, want a bool", method, vals[0])
	}
	return v, nil
}

// isNotFound reports ethereum.NotFound.
func isNotFound(err error) bool { return errors.Is(err, ethereum.NotFound) }

// isIndexing reports geth's "transaction indexing is in progress" (retry later).
func isIndexing(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "indexing is in progress")
}

// revertFromRPC decodes the revert data of a JSON-RPC error. ok is false
// when the error is not an execution failure (a transport or node problem).
func revertFromRPC(err error) (*revert.Reason, bool) {
	data, ok := query.RevertData(err)
	if !ok {
		return nil, false
	}
	r := revert.Decode(data)
	if len(data) == 0 {
		r.Message = truncate(err.Error(), 300)
	}
	return r, true
}
