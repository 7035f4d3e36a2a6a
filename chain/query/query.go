// Package query holds the plain values of chain reads — one eth_call and its
// result, a log query, what a block says about time — and the small
// interfaces that serve them. It has no RPC dependency: readers (token,
// treasury, governor) and the terminal UI name these types without linking
// the JSON-RPC client. *chain.Client implements every interface here.
package query

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Call is one eth_call: the contract and the ABI-encoded input.
type Call struct {
	To   common.Address
	Data []byte
}

// Result is the outcome of one Call: its return data, or Err (wrapping
// chain.ErrReverted) when it reverted.
type Result struct {
	Data []byte
	Err  error
}

// LogQuery selects logs for a LogFilterer.
type LogQuery struct {
	Addresses []common.Address         // emitting contracts; empty = any
	Topics    [][]common.Hash          // Topics[0] = allowed topic0s (required, non-empty); later positions optional
	From, To  uint64                   // inclusive
	Progress  func(done, total uint64) // optional, blocks covered so far
}

// BlockClock is what a block says about time: its timestamp and, on chains
// whose contracts read block.number as the parent chain's block number
// (Arbitrum One, Nova and Orbit chains), that number.
type BlockClock struct {
	Number  uint64
	Time    uint64 // unix seconds
	L1Block uint64 // the parent chain's block number; valid when HasL1
	HasL1   bool
}

// Caller runs eth_calls pinned to one block.
type Caller interface {
	// CallAt runs calls at block; a reverted call has Result.Err set, and
	// the error is for the request as a whole.
	CallAt(ctx context.Context, block uint64, calls []Call) ([]Result, error)
}

// LogFilterer fetches logs.
type LogFilterer interface {
	// Logs returns every log q selects, sorted by (block, log index).
	Logs(ctx context.Context, q LogQuery) ([]types.Log, error)
}

// LogStreamer fetches logs range by range, so that a long history is
// folded as it arrives and never held whole.
type LogStreamer interface {
	// LogsEach calls fn with the logs q selects, range by range in chain
	// order, each range's logs sorted by (block, log index); an error from
	// fn stops the fetch and is returned.
	LogsEach(ctx context.Context, q LogQuery, fn func(logs []types.Log) error) error
}

// BlockTimer dates blocks.
type BlockTimer interface {
	// BlockTimes returns each block's timestamp (unix seconds).
	BlockTimes(ctx context.Context, blocks []uint64) (map[uint64]uint64, error)
}

// dataError is the error of a JSON-RPC response that carries data (the
// method set of go-ethereum's rpc.DataError, named here so this package
// needs no RPC client).
type dataError interface {
	error
	ErrorData() any
}

// codeError is the error of a JSON-RPC response with a code (rpc.Error's
// method set).
type codeError interface {
	error
	ErrorCode() int
}

// RevertData reports whether a JSON-RPC error from eth_call or
// eth_estimateGas is an execution failure (a revert, out of gas, an invalid
// opcode, ...) rather than a transport or node problem, and returns the
// revert data the node attached, if any.
func RevertData(err error) (data []byte, ok bool) {
	if err == nil {
		return nil, false
	}
	var de dataError
	if errors.As(err, &de) {
		if s, isStr := de.ErrorData().(string); isStr {
			if b, derr := hexutil.Decode(s); derr == nil {
				data = b
			}
		}
	}
	var re codeError
	if errors.As(err, &re) && re.ErrorCode() == 3 {
		return data, true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"revert", "out of gas", "invalid opcode", "invalid jump", "stack underflow", "stack overflow", "stack limit", "write protection", "return data out of bounds", "max code size", "invalid code"} {
		if strings.Contains(msg, s) {
			return data, true
		}
	}
	return data, len(data) > 0
}
