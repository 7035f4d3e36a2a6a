package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// errNodeLags means the node that answered eth_getLogs for [from, to] does
// not have block to yet: its logs may stop at its own head.
var errNodeLags = errors.New("the node does not have the last block of the range yet")

// logsAnswer is one eth_getLogs answer.
type logsAnswer struct {
	logs  []types.Log
	bytes int // size of the response body (over WebSocket: of its result)
}

// rpcError is a JSON-RPC error object read by decodeLogsResponse; it answers
// the same interfaces as go-ethereum's rpc errors (rpc.Error, rpc.DataError)
// so that classifyLogsError reads it alike.
type rpcError struct {
	code int
	msg  string
	data any
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }
func (e *rpcError) ErrorData() any { return e.data }

// keepWindow is the largest read window kept for the next request of a
// run (a window grows past jsonWindow only for a log larger than it).
const keepWindow = 4 << 20

// logsDecoder is the memory one request in flight reuses: the window the
// response body is read through.
type logsDecoder struct {
	win []byte
	// expect is how many logs the answer is expected to hold (0: unknown),
	// the room its list is made with.
	expect int
}

// logsBody builds the JSON-RPC request: eth_getLogs for [from, to], and with
// check also eth_getBlockByNumber(to) in the same batch, so that the backend
// that answers the logs also says whether it has block to (a load balancer
// routes one batch to one backend).
func logsBody(q LogQuery, from, to uint64, check bool) ([]byte, error) {
	arg := map[string]any{
		"fromBlock": hexutil.EncodeUint64(from),
		"toBlock":   hexutil.EncodeUint64(to),
		"topics":    q.Topics,
	}
	if len(q.Addresses) > 0 {
		arg["address"] = q.Addresses
	}
	a, err := json.Marshal(arg)
	if err != nil {
		return nil, fmt.Errorf("encoding the eth_getLogs query: %w", err)
	}
	var b bytes.Buffer
	if check {
		b.WriteByte('[')
	}
	b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[`)
	b.Write(a)
	b.WriteString(`]}`)
	if check {
		fmt.Fprintf(&b, `,{"jsonrpc":"2.0","id":2,"method":"eth_getBlockByNumber","params":["%s",false]}]`, hexutil.EncodeUint64(to))
	}
	return b.Bytes(), nil
}

// postLogs makes one eth_getLogs request over HTTP through the Client's
// transport (timeouts, retries, the response cap and the request count all
// apply) and decodes the answer in one pass (decodeLogsResponse). With check it
// also asks for block to in the same batch and fails with errNodeLags when
// the node does not have it. A provider that refuses the batch as a batch
// gets errBatchRefused.
func (c *Client) postLogs(ctx context.Context, q LogQuery, from, to uint64, check bool, d *logsDecoder) (logsAnswer, error) {
	body, err := logsBody(q, from, to, check)
	if err != nil {
		return logsAnswer{}, err
	}
	req, err := http.NewRequestWithContext(context.WithValue(ctx, splittableKey{}, true), http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return logsAnswer{}, fmt.Errorf("building the eth_getLogs request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		var ue interface{ Unwrap() error }
		if errors.As(err, &ue) && ue.Unwrap() != nil {
			err = ue.Unwrap() // *url.Error adds the raw URL, which may hold a key
		}
		return logsAnswer{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		body, err := io.ReadAll(resp.Body) // the transport caps an error page
		if err != nil {
			return logsAnswer{}, err
		}
		return logsAnswer{}, rpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: body}
	}
	if d.win == nil {
		d.win = make([]byte, 0, jsonWindow)
	}
	r := &jsonReader{b: d.win[:0], src: resp.Body}
	logs, err := decodeLogsResponse(r, to, check, min(d.expect, logTarget*4))
	if cap(r.b) <= keepWindow {
		d.win = r.b[:0]
	} else {
		d.win = nil // let the window a huge log needed go
	}
	if rerr := r.readErr(); rerr != nil {
		// The body stopped early (too large, timed out, dropped): that,
		// not the JSON it cut short, is what failed.
		return logsAnswer{}, rerr
	}
	if errors.Is(err, errBlockUnanswered) {
		return logsAnswer{logs: logs, bytes: int(r.n)}, err
	}
	if err != nil {
		return logsAnswer{}, err
	}
	return logsAnswer{logs: logs, bytes: int(r.n)}, nil
}

// errBatchRefused means the provider refused a JSON-RPC batch as a batch.
var errBatchRefused = errors.New("the RPC refuses JSON-RPC batches")

// errBlockUnanswered means the logs of a batch came back whole but the block
// asked with them did not: go-ethereum answers a batch up to a response
// size (25 MB by default) and the calls after the one that passed it with
// "response too large". The logs stand; the batch was not refused.
var errBlockUnanswered = errors.New("the block asked with the logs went unanswered: the batch's response was too large")

// decodeLogsResponse reads the answer to logsBody in one pass (see
// jsonReader): the logs, and with check the block of the same batch
// (errBlockUnanswered, with the logs, when the batch's response size cut
// the block's answer). hint is how many logs are expected (0: unknown).
func decodeLogsResponse(r *jsonReader, to uint64, check bool, hint int) ([]types.Log, error) {
	var a logArena
	switch r.peek() {
	case 0:
		return nil, errors.New("malformed JSON in the eth_getLogs response: an empty body")
	case '{':
		rep, err := r.reply(&a, hint)
		if err == nil {
			err = r.end()
		}
		if err != nil {
			return nil, fmt.Errorf("malformed JSON in the eth_getLogs response: %w", err)
		}
		logs, err := rep.logsOrError()
		if check {
			// One object for a batch: an error for the batch as a whole.
			if err != nil {
				var re *rpcError
				if errors.As(err, &re) && !isBatchMessage(re.msg) {
					return nil, err
				}
				return nil, fmt.Errorf("%w: %w", errBatchRefused, err)
			}
			return nil, fmt.Errorf("%w: a batch of 2 calls was answered with a single object", errBatchRefused)
		}
		return logs, err
	case '[':
		if !check {
			return nil, errors.New("malformed eth_getLogs response: a list where one reply was expected")
		}
	default:
		return nil, fmt.Errorf("malformed JSON in the eth_getLogs response: %w", r.errAt("want a JSON-RPC reply"))
	}
	var logsRep, blockRep *rpcReply
	n := 0
	err := r.array(func() error {
		rep, err := r.reply(&a, hint)
		if err != nil {
			return err
		}
		n++
		switch string(bytes.Trim(rep.id, `"`)) {
		case "1":
			logsRep = &rep
		case "2":
			blockRep = &rep
		}
		return nil
	})
	if err == nil {
		err = r.end()
	}
	if err != nil {
		return nil, fmt.Errorf("malformed JSON in the eth_getLogs batch response: %w", err)
	}
	if logsRep == nil || blockRep == nil {
		return nil, fmt.Errorf("%w: the batch of eth_getLogs and eth_getBlockByNumber came back with %d of its 2 answers", errBatchRefused, n)
	}
	logs, err := logsRep.logsOrError()
	if err != nil {
		return nil, err
	}
	if re := blockRep.err; re != nil {
		if strings.Contains(strings.ToLower(re.msg), "response too large") {
			return logs, errBlockUnanswered
		}
		if isBatchMessage(re.msg) {
			return nil, fmt.Errorf("%w: %w", errBatchRefused, re)
		}
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs: %w", to, re)
	}
	switch blockRep.result {
	case 0, 'n':
		return nil, errNodeLags
	case '{':
	default:
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs: the result is not a block", to)
	}
	if blockRep.noNum != nil {
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs: %v", to, blockRep.noNum)
	}
	if blockRep.block != to {
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs, answered block %d: the node is misbehaving; try another RPC", to, blockRep.block)
	}
	return logs, nil
}

// logsOrError is the logs of an eth_getLogs reply, or its error.
func (rep *rpcReply) logsOrError() ([]types.Log, error) {
	switch {
	case rep.err != nil:
		return nil, rep.err
	case rep.result == 0:
		return nil, errors.New("malformed eth_getLogs response: neither result nor error")
	case rep.result == 'n':
		return []types.Log{}, nil
	case rep.result != '[':
		return nil, errors.New("malformed eth_getLogs response: the result is not a list")
	}
	return rep.logs, nil
}
