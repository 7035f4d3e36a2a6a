package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/daoterm/daoterm/chain/abisafe"
	"github.com/daoterm/daoterm/chain/query"
)

// Multicall3Address is where Multicall3 lives on most chains (and on the
// devnet, from genesis).
const Multicall3Address = "0xcA11bde05977b3631167028862bE2a173976CA11"

// multicall3 is Multicall3Address parsed (never modified).
var multicall3 = common.HexToAddress(Multicall3Address)

// aggregatesPerBatch is how many aggregate3 eth_calls share one JSON-RPC batch.
const aggregatesPerBatch = 8

// aggregate3ABI is the one Multicall3 function CallAt uses.
const aggregate3ABI = `[{"type":"function","name":"aggregate3","stateMutability":"payable",
 "inputs":[{"name":"calls","type":"tuple[]","components":[
   {"name":"target","type":"address"},{"name":"allowFailure","type":"bool"},{"name":"callData","type":"bytes"}]}],
 "outputs":[{"name":"returnData","type":"tuple[]","components":[
   {"name":"success","type":"bool"},{"name":"returnData","type":"bytes"}]}]}]`

// ErrReverted is wrapped by Result.Err when a call reverted (or otherwise
// failed while executing).
var ErrReverted = errors.New("execution reverted")

// RevertError is the error of one reverted call: the raw revert data and, when
// it is an Error(string) or Panic(uint256), its decoded reason. It wraps
// ErrReverted.
type RevertError struct {
	Data   []byte // raw revert data (may be empty)
	Reason string // decoded reason, custom error selector as hex, or ""
}

// Error implements error.
func (e *RevertError) Error() string {
	if e.Reason == "" {
		return "execution reverted"
	}
	return "execution reverted: " + e.Reason
}

// Unwrap makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Unwrap() error { return ErrReverted }

// callArg is the transaction object of eth_call.
type callArg struct {
	To   common.Address `json:"to"`
	Data hexutil.Bytes  `json:"data"`
}

// CallAt runs many eth_calls at one block and returns their results in order.
// When Multicall3 has code at that block (and Options.NoMulticall is false) the
// calls are packed into aggregate3 calls of at most Options.BatchSize each,
// several per JSON-RPC batch; otherwise they go as JSON-RPC batches of
// Options.BatchSize eth_calls. One HTTP request per batch. A call that reverts
// sets its Result.Err and does not fail the others.
func (c *Client) CallAt(ctx context.Context, block uint64, calls []Call) ([]Result, error) {
	if len(calls) == 0 {
		return nil, nil
	}
	if !c.opts.NoMulticall {
		switch ok, known := c.multicallCached(block); {
		case !known:
			return c.callMulticall(ctx, block, calls, true)
		case ok:
			return c.callMulticall(ctx, block, calls, false)
		}
	}
	return c.callAllPlain(ctx, block, calls)
}

// callAllPlain sends calls as batches of plain eth_calls.
func (c *Client) callAllPlain(ctx context.Context, block uint64, calls []Call) ([]Result, error) {
	out := make([]Result, len(calls))
	for start := 0; start < len(calls); start += c.opts.BatchSize {
		end := min(start+c.opts.BatchSize, len(calls))
		if err := c.callPlain(ctx, block, calls[start:end], out[start:end]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// callPlain sends calls as one JSON-RPC batch of eth_calls and fills out.
func (c *Client) callPlain(ctx context.Context, block uint64, calls []Call, out []Result) error {
	num := hexutil.EncodeUint64(block)
	res := make([]hexutil.Bytes, len(calls))
	elems := make([]rpc.BatchElem, len(calls))
	for i, cl := range calls {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: cl.To, Data: cl.Data}, num}, Result: &res[i]}
	}
	if err := c.batch(ctx, elems); err != nil {
		return fmt.Errorf("calling contracts at block %d: %w", block, err)
	}
	for i, e := range elems {
		if e.Error != nil {
			if rerr := asRevert(e.Error); rerr != nil {
				out[i] = Result{Err: rerr}
				continue
			}
			return fmt.Errorf("eth_call to %s at block %d on RPC %s: %w", calls[i].To, block, c.safeURL, e.Error)
		}
		out[i] = Result{Data: res[i]}
	}
	return nil
}

// callMulticall runs calls through Multicall3.aggregate3 at block. With
// checkCode (Multicall3's presence at block not known yet), the first batch
// also reads its code: where it has none, the calls are sent plain, and
// either way the answer is remembered (one request less than asking
// first).
func (c *Client) callMulticall(ctx context.Context, block uint64, calls []Call, checkCode bool) ([]Result, error) {
	mc, err := parseAggregate3()
	if err != nil {
		return nil, err
	}
	method := mc.Methods["aggregate3"]
	type call3 struct {
		Target       common.Address
		AllowFailure bool
		CallData     []byte
	}
	out := make([]Result, len(calls))
	num := hexutil.EncodeUint64(block)
	size := c.opts.BatchSize
	type group struct{ start, end int }
	var groups []group
	for start := 0; start < len(calls); start += size {
		groups = append(groups, group{start, min(start+size, len(calls))})
	}
	// Aggregates are heavy calls: at most aggregatesPerBatch per JSON-RPC
	// batch, and never more than the batch limit, so none is split again.
	perBatch := min(aggregatesPerBatch, c.maxBatch())
	for gi := 0; gi < len(groups); gi += perBatch {
		gs := groups[gi:min(gi+perBatch, len(groups))]
		res := make([]hexutil.Bytes, len(gs))
		elems := make([]rpc.BatchElem, len(gs))
		for i, g := range gs {
			in := make([]call3, 0, g.end-g.start)
			for _, cl := range calls[g.start:g.end] {
				in = append(in, call3{Target: cl.To, AllowFailure: true, CallData: cl.Data})
			}
			data, err := mc.Pack("aggregate3", in)
			if err != nil {
				return nil, fmt.Errorf("internal error: packing aggregate3: %w", err)
			}
			elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg{To: multicall3, Data: data}, num}, Result: &res[i]}
		}
		var code hexutil.Bytes
		if checkCode {
			elems = append(elems, rpc.BatchElem{Method: "eth_getCode", Args: []any{multicall3, num}, Result: &code})
		}
		if err := c.batch(ctx, elems); err != nil {
			return nil, fmt.Errorf("calling contracts through Multicall3 at block %d: %w", block, err)
		}
		if checkCode {
			checkCode = false
			if e := elems[len(elems)-1].Error; e != nil {
				return nil, fmt.Errorf("checking for Multicall3: reading its code at block %d from RPC %s: %w", block, c.safeURL, e)
			}
			c.recordMulticall(block, len(code) > 0)
			if len(code) == 0 {
				return c.callAllPlain(ctx, block, calls)
			}
		}
		for i, g := range gs {
			var rs []Result
			if elems[i].Error == nil {
				rs, err = decodeAggregate3(method, res[i], g.end-g.start)
			}
			if elems[i].Error != nil || err != nil {
				// The aggregate as a whole failed: out of gas (an inner call
				// hit INVALID and burnt the gas forwarded to it), a node
				// limit, or odd data. Fall back to plain eth_calls for this
				// group; they are independent of each other.
				if err := c.callPlain(ctx, block, calls[g.start:g.end], out[g.start:g.end]); err != nil {
					return nil, err
				}
				continue
			}
			copy(out[g.start:g.end], rs)
		}
	}
	return out, nil
}

// parseAggregate3 parses the aggregate3 ABI (a few microseconds; not cached
// to keep the package free of mutable globals).
func parseAggregate3() (abi.ABI, error) {
	mc, err := abi.JSON(strings.NewReader(aggregate3ABI))
	if err != nil {
		return abi.ABI{}, fmt.Errorf("internal error: aggregate3 ABI: %w", err)
	}
	return mc, nil
}

// decodeAggregate3 decodes aggregate3's return data, expecting n results.
func decodeAggregate3(method abi.Method, data []byte, n int) ([]Result, error) {
	vals, err := abisafe.UnpackArgs(method.Outputs, data)
	if err != nil {
		return nil, fmt.Errorf("malformed aggregate3 result: %w", err)
	}
	if len(vals) != 1 {
		return nil, fmt.Errorf("malformed aggregate3 result: %d values", len(vals))
	}
	type result3 struct {
		Success    bool
		ReturnData []byte
	}
	var got []result3
	if err := abisafe.Convert(vals[0], &got); err != nil {
		return nil, fmt.Errorf("malformed aggregate3 result: %w", err)
	}
	if len(got) != n {
		return nil, fmt.Errorf("aggregate3 returned %d results for %d calls", len(got), n)
	}
	rs := make([]Result, n)
	for i, g := range got {
		if g.Success {
			rs[i] = Result{Data: g.ReturnData}
		} else {
			rs[i] = Result{Err: newRevert(g.ReturnData)}
		}
	}
	return rs, nil
}

// multicallCached is what the Client knows of Multicall3's presence at
// block: ok, when known. Presence is monotone in the block number (the
// contract cannot self-destruct), so the answer is kept per Client as the
// lowest block seen with code and the highest without.
func (c *Client) multicallCached(block uint64) (ok, known bool) {
	c.mcMu.Lock()
	defer c.mcMu.Unlock()
	switch {
	case c.mcYesOK && block >= c.mcYes:
		return true, true
	case c.mcNoOK && block <= c.mcNo:
		return false, true
	}
	return false, false
}

// recordMulticall records whether Multicall3 has code at block.
func (c *Client) recordMulticall(block uint64, ok bool) {
	c.mcMu.Lock()
	defer c.mcMu.Unlock()
	if ok && (!c.mcYesOK || block < c.mcYes) {
		c.mcYes, c.mcYesOK = block, true
	}
	if !ok && (!c.mcNoOK || block > c.mcNo) {
		c.mcNo, c.mcNoOK = block, true
	}
}

// Selectors of the two standard revert payloads.
var (
	selError = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selPanic = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// newRevert builds the RevertError for revert data.
func newRevert(data []byte) *RevertError {
	e := &RevertError{Data: data}
	switch {
	case len(data) == 0:
	case len(data) >= 4 && string(data[:4]) == string(selError):
		if reason, err := abi.UnpackRevert(data); err == nil {
			e.Reason = reason
		} else {
			e.Reason = "malformed Error(string) " + hexShort(data)
		}
	case len(data) >= 4 && string(data[:4]) == string(selPanic):
		if len(data) == 36 {
			e.Reason = "panic 0x" + new(big.Int).SetBytes(data[4:]).Text(16)
		} else {
			e.Reason = "malformed Panic(uint256) " + hexShort(data)
		}
	case len(data) >= 4:
		e.Reason = "custom error " + hexutil.Encode(data[:4])
		if len(data) > 4 {
			e.Reason += " " + hexShort(data[4:])
		}
	default:
		e.Reason = "data " + hexutil.Encode(data)
	}
	return e
}

// hexShort hex-encodes data, cutting long data.
func hexShort(data []byte) string {
	const max = 96
	if len(data) > max {
		return hexutil.Encode(data[:max]) + "…"
	}
	return hexutil.Encode(data)
}

// asRevert turns a per-call eth_call error into a RevertError when it is an
// execution failure (revert, out of gas, invalid opcode, ...); otherwise nil.
func asRevert(err error) *RevertError {
	data, ok := query.RevertData(err)
	if !ok {
		return nil
	}
	e := newRevert(data)
	if e.Reason == "" && !strings.Contains(strings.ToLower(err.Error()), "revert") {
		e.Reason = err.Error()
	}
	return e
}
