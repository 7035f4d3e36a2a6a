package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/valyala/fastjson"
)

// errNodeLags means the node that answered eth_getLogs for [from, to] does
// not have block to yet: its logs may stop at its own head.
var errNodeLags = errors.New("the node does not have the last block of the range yet")

// logsAnswer is one eth_getLogs answer.
type logsAnswer struct {
	logs  []types.Log
	bytes int // size of the response body (0 over WebSocket)
}

// rpcError is a JSON-RPC error object read by the lean decoder; it answers
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

// keepBuffers is the largest response whose buffer and parser are kept for
// the next request of a run (a request aims at logTarget logs: about 6 MB).
const keepBuffers = 16 << 20

// logsDecoder is the memory one request in flight reuses: the response
// body and the fastjson parser (whose values it keeps between parses).
type logsDecoder struct {
	buf bytes.Buffer
	p   fastjson.Parser
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
// apply) and decodes the answer with fastjson, once per log. With check it
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
	buf := &d.buf
	buf.Reset()
	if resp.ContentLength > 0 && resp.ContentLength <= c.opts.MaxResponseBytes {
		buf.Grow(int(resp.ContentLength))
	}
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return logsAnswer{}, err
	}
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		return logsAnswer{}, rpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: bytes.Clone(buf.Bytes())}
	}
	n := buf.Len()
	logs, err := decodeLogsResponse(&d.p, buf.Bytes(), to, check)
	if n > keepBuffers {
		// A parser and a buffer keep the memory of the largest answer they
		// saw: let those of an unusually large one go.
		*d = logsDecoder{}
	}
	if err != nil {
		return logsAnswer{}, err
	}
	return logsAnswer{logs: logs, bytes: n}, nil
}

// errBatchRefused means the provider refused a JSON-RPC batch as a batch.
var errBatchRefused = errors.New("the RPC refuses JSON-RPC batches")

// decodeLogsResponse reads the answer to logsBody. It does not build a
// tree of the whole body: it scans the envelope, and parses each log object
// on its own with p (which so stays small), copying it into a types.Log.
func decodeLogsResponse(p *fastjson.Parser, body []byte, to uint64, check bool) ([]types.Log, error) {
	body = trimWS(body)
	if len(body) == 0 {
		return nil, errors.New("malformed JSON in the eth_getLogs response: an empty body")
	}
	if !check || body[0] == '{' {
		logs, err := decodeLogsReply(p, body)
		if err != nil && check {
			// One object for a batch: an error for the batch as a whole.
			var re *rpcError
			if errors.As(err, &re) && !isBatchMessage(re.msg) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %w", errBatchRefused, err)
		}
		if check {
			return nil, fmt.Errorf("%w: a batch of 2 calls was answered with a single object", errBatchRefused)
		}
		return logs, err
	}
	var logsEl, blockEl []byte
	n := 0
	err := scanArray(body, func(el []byte) error {
		n++
		id, err := fieldOf(el, "id")
		if err != nil {
			return err
		}
		switch string(bytes.Trim(id, `"`)) {
		case "1":
			logsEl = el
		case "2":
			blockEl = el
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("malformed JSON in the eth_getLogs batch response: %v", err)
	}
	if logsEl == nil || blockEl == nil {
		return nil, fmt.Errorf("%w: the batch of eth_getLogs and eth_getBlockByNumber came back with %d of its 2 answers", errBatchRefused, n)
	}
	logs, err := decodeLogsReply(p, logsEl)
	if err != nil {
		return nil, err
	}
	bv, err := p.ParseBytes(blockEl)
	if err != nil {
		return nil, fmt.Errorf("malformed eth_getBlockByNumber answer in the eth_getLogs batch: %v", err)
	}
	if e := bv.Get("error"); e != nil && e.Type() != fastjson.TypeNull {
		re := decodeRPCError(e)
		if isBatchMessage(re.msg) {
			return nil, fmt.Errorf("%w: %w", errBatchRefused, re)
		}
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs: %w", to, re)
	}
	res := bv.Get("result")
	if res == nil || res.Type() == fastjson.TypeNull {
		return nil, errNodeLags
	}
	num, err := hexUint(res, "number")
	if err != nil {
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs: %v", to, err)
	}
	if num != to {
		return nil, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs, answered block %d: the node is misbehaving; try another RPC", to, num)
	}
	return logs, nil
}

// decodeLogsReply reads one JSON-RPC reply (an object) whose result is a
// log list.
func decodeLogsReply(p *fastjson.Parser, obj []byte) ([]types.Log, error) {
	obj = trimWS(obj)
	if len(obj) == 0 || obj[0] != '{' {
		return nil, errors.New("malformed eth_getLogs response: not a JSON object")
	}
	var result, rpcErr []byte
	if err := scanObject(obj, func(key, val []byte) error {
		switch string(key) {
		case "result":
			result = val
		case "error":
			rpcErr = val
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("malformed JSON in the eth_getLogs response: %v", err)
	}
	if rpcErr != nil && string(rpcErr) != "null" {
		e, err := p.ParseBytes(rpcErr)
		if err != nil {
			return nil, fmt.Errorf("malformed JSON-RPC error in the eth_getLogs response: %v", err)
		}
		return nil, decodeRPCError(e)
	}
	if result == nil {
		return nil, errors.New("malformed eth_getLogs response: neither result nor error")
	}
	if string(result) == "null" {
		return []types.Log{}, nil
	}
	if result[0] != '[' {
		return nil, errors.New("malformed eth_getLogs response: the result is not a list")
	}
	count := 0
	if err := scanArray(result, func([]byte) error { count++; return nil }); err != nil {
		return nil, fmt.Errorf("malformed JSON in the eth_getLogs response: %v", err)
	}
	logs := make([]types.Log, 0, count)
	err := scanArray(result, func(el []byte) error {
		v, err := p.ParseBytes(el)
		if err != nil {
			return fmt.Errorf("malformed log %d in the eth_getLogs response: %v", len(logs), err)
		}
		logs = append(logs, types.Log{})
		if err := decodeLog(v, &logs[len(logs)-1]); err != nil {
			return fmt.Errorf("malformed log %d in the eth_getLogs response: %w", len(logs)-1, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return logs, nil
}

// The scanner below finds the spans of JSON values without building them;
// fastjson then parses the small ones daoterm reads.

// trimWS drops JSON whitespace around b.
func trimWS(b []byte) []byte { return bytes.Trim(b, " \t\r\n") }

// skipWS returns the index of the first non-space byte at or after i.
func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// skipValue returns the index just after the JSON value starting at b[i].
func skipValue(b []byte, i int) (int, error) {
	if i >= len(b) {
		return i, errors.New("unexpected end of JSON")
	}
	switch b[i] {
	case '"':
		for j := i + 1; j < len(b); j++ {
			switch b[j] {
			case '\\':
				j++
			case '"':
				return j + 1, nil
			}
		}
		return len(b), errors.New("unterminated string")
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				k, err := skipValue(b, j)
				if err != nil {
					return k, err
				}
				j = k - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, nil
				}
			}
		}
		return len(b), errors.New("unexpected end of JSON")
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\r' && b[j] != '\n' {
		j++
	}
	if j == i {
		return i, fmt.Errorf("unexpected %q", b[i])
	}
	return j, nil
}

// scanArray calls fn with each element of the JSON array b.
func scanArray(b []byte, fn func(el []byte) error) error {
	b = trimWS(b)
	if len(b) < 2 || b[0] != '[' || b[len(b)-1] != ']' {
		return errors.New("not a JSON array")
	}
	i := skipWS(b, 1)
	if i == len(b)-1 {
		return nil
	}
	for {
		j, err := skipValue(b, i)
		if err != nil {
			return err
		}
		if err := fn(b[i:j]); err != nil {
			return err
		}
		j = skipWS(b, j)
		if j >= len(b)-1 {
			if j == len(b)-1 {
				return nil
			}
			return errors.New("unexpected end of JSON")
		}
		if b[j] != ',' {
			return fmt.Errorf("unexpected %q in an array", b[j])
		}
		i = skipWS(b, j+1)
	}
}

// scanObject calls fn with each key (raw, without its quotes) and value of
// the JSON object b.
func scanObject(b []byte, fn func(key, val []byte) error) error {
	b = trimWS(b)
	if len(b) < 2 || b[0] != '{' || b[len(b)-1] != '}' {
		return errors.New("not a JSON object")
	}
	i := skipWS(b, 1)
	if i == len(b)-1 {
		return nil
	}
	for {
		if b[i] != '"' {
			return fmt.Errorf("unexpected %q for an object key", b[i])
		}
		k, err := skipValue(b, i)
		if err != nil {
			return err
		}
		key := b[i+1 : k-1]
		j := skipWS(b, k)
		if j >= len(b) || b[j] != ':' {
			return errors.New("missing ':' after an object key")
		}
		v := skipWS(b, j+1)
		e, err := skipValue(b, v)
		if err != nil {
			return err
		}
		if err := fn(key, b[v:e]); err != nil {
			return err
		}
		e = skipWS(b, e)
		if e >= len(b)-1 {
			if e == len(b)-1 {
				return nil
			}
			return errors.New("unexpected end of JSON")
		}
		if b[e] != ',' {
			return fmt.Errorf("unexpected %q in an object", b[e])
		}
		i = skipWS(b, e+1)
	}
}

// fieldOf returns the raw value of key in the JSON object b (nil if absent).
func fieldOf(b []byte, key string) ([]byte, error) {
	var out []byte
	err := scanObject(b, func(k, v []byte) error {
		if string(k) == key {
			out = v
		}
		return nil
	})
	return out, err
}

// decodeRPCError reads a JSON-RPC error object.
func decodeRPCError(e *fastjson.Value) *rpcError {
	re := &rpcError{code: e.GetInt("code"), msg: string(e.GetStringBytes("message"))}
	if re.msg == "" {
		re.msg = "JSON-RPC error " + strconv.Itoa(re.code)
	}
	if d := e.Get("data"); d != nil && d.Type() != fastjson.TypeNull {
		var x any
		if json.Unmarshal(d.MarshalTo(nil), &x) == nil {
			re.data = x
		}
	}
	return re
}

// decodeLog fills l from a JSON log object with the rules of types.Log's own
// decoder (address, topics, data and transactionHash required; hex as in
// hexutil), and also requires blockNumber and logIndex, which order logs.
func decodeLog(v *fastjson.Value, l *types.Log) error {
	if v.Type() != fastjson.TypeObject {
		return fmt.Errorf("a JSON %s, not an object", v.Type())
	}
	var err error
	if err = fixedHex(v, "address", l.Address[:], true); err != nil {
		return err
	}
	tv := v.Get("topics")
	if tv == nil || tv.Type() == fastjson.TypeNull {
		return errors.New("missing required field 'topics'")
	}
	ts, err := tv.Array()
	if err != nil {
		return fmt.Errorf("topics: %v", err)
	}
	l.Topics = make([]common.Hash, len(ts))
	for i, t := range ts {
		b, err := t.StringBytes()
		if err != nil {
			return fmt.Errorf("topic %d: %v", i, err)
		}
		if err := decodeFixed(b, l.Topics[i][:]); err != nil {
			return fmt.Errorf("topic %d: %v", i, err)
		}
	}
	d := v.Get("data")
	if d == nil || d.Type() == fastjson.TypeNull {
		return errors.New("missing required field 'data'")
	}
	db, err := d.StringBytes()
	if err != nil {
		return fmt.Errorf("data: %v", err)
	}
	if l.Data, err = hexutil.Decode(string(db)); err != nil {
		return fmt.Errorf("data: %v", err)
	}
	if l.BlockNumber, err = hexUint(v, "blockNumber"); err != nil {
		return err
	}
	if err = fixedHex(v, "transactionHash", l.TxHash[:], true); err != nil {
		return err
	}
	if err = fixedHex(v, "blockHash", l.BlockHash[:], false); err != nil {
		return err
	}
	var u uint64
	if v.Get("transactionIndex") != nil {
		if u, err = hexUint(v, "transactionIndex"); err != nil {
			return err
		}
		l.TxIndex = uint(u)
	}
	if u, err = hexUint(v, "logIndex"); err != nil {
		return err
	}
	l.Index = uint(u)
	if v.Get("blockTimestamp") != nil && v.Get("blockTimestamp").Type() != fastjson.TypeNull {
		if l.BlockTimestamp, err = hexUint(v, "blockTimestamp"); err != nil {
			return err
		}
	}
	if r := v.Get("removed"); r != nil && r.Type() != fastjson.TypeNull {
		if l.Removed, err = r.Bool(); err != nil {
			return fmt.Errorf("removed: %v", err)
		}
	}
	return nil
}

// hexUint reads a required hex quantity field.
func hexUint(v *fastjson.Value, key string) (uint64, error) {
	f := v.Get(key)
	if f == nil || f.Type() == fastjson.TypeNull {
		return 0, fmt.Errorf("missing required field '%s'", key)
	}
	b, err := f.StringBytes()
	if err != nil {
		return 0, fmt.Errorf("%s: %v", key, err)
	}
	n, err := hexutil.DecodeUint64(string(b))
	if err != nil {
		return 0, fmt.Errorf("%s: %v", key, err)
	}
	return n, nil
}

// fixedHex reads a hex field of exactly len(dst) bytes.
func fixedHex(v *fastjson.Value, key string, dst []byte, required bool) error {
	f := v.Get(key)
	if f == nil || f.Type() == fastjson.TypeNull {
		if required {
			return fmt.Errorf("missing required field '%s'", key)
		}
		return nil
	}
	b, err := f.StringBytes()
	if err != nil {
		return fmt.Errorf("%s: %v", key, err)
	}
	if err := decodeFixed(b, dst); err != nil {
		return fmt.Errorf("%s: %v", key, err)
	}
	return nil
}

// decodeFixed decodes 0x-prefixed hex of exactly len(dst) bytes.
func decodeFixed(s []byte, dst []byte) error {
	if len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return errors.New("hex string without 0x prefix")
	}
	s = s[2:]
	if len(s) != 2*len(dst) {
		return fmt.Errorf("hex string of %d digits, want %d", len(s), 2*len(dst))
	}
	for i := range dst {
		hi, ok1 := unhex(s[2*i])
		lo, ok2 := unhex(s[2*i+1])
		if !ok1 || !ok2 {
			return errors.New("invalid hex digit")
		}
		dst[i] = hi<<4 | lo
	}
	return nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// wsLogs makes the eth_getLogs request (with check, batched with
// eth_getBlockByNumber(to)) through go-ethereum's rpc client: over
// WebSocket, one connection is one backend.
func (c *Client) wsLogs(ctx context.Context, q LogQuery, from, to uint64, check bool) (logsAnswer, error) {
	arg := map[string]any{
		"fromBlock": hexutil.EncodeUint64(from),
		"toBlock":   hexutil.EncodeUint64(to),
		"topics":    q.Topics,
	}
	if len(q.Addresses) > 0 {
		arg["address"] = q.Addresses
	}
	var logs []types.Log
	if !check {
		if err := c.call(ctx, &logs, "eth_getLogs", arg); err != nil {
			return logsAnswer{}, err
		}
		return logsAnswer{logs: logs}, nil
	}
	var block *struct {
		Number *hexutil.Uint64 `json:"number"`
	}
	elems := []rpc.BatchElem{
		{Method: "eth_getLogs", Args: []any{arg}, Result: &logs},
		{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(to), false}, Result: &block},
	}
	cctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	err := c.wsTimeout(ctx, c.rpc.BatchCallContext(cctx, elems))
	cancel()
	if err != nil {
		return logsAnswer{}, err
	}
	if elems[0].Error != nil {
		return logsAnswer{}, elems[0].Error
	}
	if elems[1].Error != nil {
		return logsAnswer{}, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs: %w", to, elems[1].Error)
	}
	if block == nil {
		return logsAnswer{}, errNodeLags
	}
	if block.Number == nil || uint64(*block.Number) != to {
		return logsAnswer{}, fmt.Errorf("eth_getBlockByNumber(%d), sent with eth_getLogs, answered another block: the node is misbehaving; try another RPC", to)
	}
	return logsAnswer{logs: logs}, nil
}
