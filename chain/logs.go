package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Logs fetches every matching log in [From, To] (see LogsEach) and returns
// them sorted by (block, log index).
func (c *Client) Logs(ctx context.Context, q LogQuery) ([]types.Log, error) {
	var out []types.Log
	err := c.LogsEach(ctx, q, func(logs []types.Log) error {
		out = append(out, logs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// LogsEach fetches every matching log in [From, To] and hands them to fn in
// chain order, one batch at a time: each batch is sorted by (block, log
// index) and follows the previous one. fn must not keep the slice. See
// logsRun for how ranges are sized and fetched (a few requests in flight,
// sized from the density of logs seen, within the limits the provider
// showed). It splits ranges the provider refuses (too many blocks, too many
// results, -32005, -32602 with a suggested range, HTTP 413, an over-size
// response), never losing or duplicating a log. It rejects logs whose
// address or topics were not asked for, or whose block lies outside the
// range asked, and hands fn no log of a range unless the node that served
// it had the range's last block (a lagging node clamps eth_getLogs to its
// own head). An error from fn stops the fetch and is returned.
func (c *Client) LogsEach(ctx context.Context, q LogQuery, fn func(logs []types.Log) error) error {
	if len(q.Topics) == 0 || len(q.Topics[0]) == 0 {
		return errors.New("log query without topic0: say which events to fetch (LogQuery.Topics[0])")
	}
	if q.From > q.To {
		return fmt.Errorf("log query from block %d to block %d: the range is empty (from > to)", q.From, q.To)
	}
	return newLogsRun(c, q).run(ctx, fn)
}

// compareLogs orders logs by (block, log index).
func compareLogs(a, b types.Log) int {
	if a.BlockNumber != b.BlockNumber {
		if a.BlockNumber < b.BlockNumber {
			return -1
		}
		return 1
	}
	switch {
	case a.Index < b.Index:
		return -1
	case a.Index > b.Index:
		return 1
	}
	return 0
}

// getLogs makes one eth_getLogs request for [from, to], without the check
// that the node has block to.
func (c *Client) getLogs(ctx context.Context, q LogQuery, from, to uint64) ([]types.Log, error) {
	a, err := c.askLogs(ctx, q, from, to, false, new(logsDecoder))
	return a.logs, err
}

// askLogs makes one eth_getLogs request for [from, to] (with check,
// batched with eth_getBlockByNumber(to)) and reads the answer as it
// streams in: posted over HTTP, on a connection of its own over WebSocket.
func (c *Client) askLogs(ctx context.Context, q LogQuery, from, to uint64, check bool, d *logsDecoder) (logsAnswer, error) {
	if c.isHTTP {
		return c.postLogs(ctx, q, from, to, check, d)
	}
	return c.wsStreamLogs(ctx, q, from, to, check, d)
}

// logFilter checks returned logs against the query.
type logFilter struct {
	addrs  map[common.Address]bool
	topics []map[common.Hash]bool // nil entry = any
}

func newLogFilter(q LogQuery) *logFilter {
	f := &logFilter{}
	if len(q.Addresses) > 0 {
		f.addrs = make(map[common.Address]bool, len(q.Addresses))
		for _, a := range q.Addresses {
			f.addrs[a] = true
		}
	}
	for _, ts := range q.Topics {
		if len(ts) == 0 {
			f.topics = append(f.topics, nil)
			continue
		}
		m := make(map[common.Hash]bool, len(ts))
		for _, t := range ts {
			m[t] = true
		}
		f.topics = append(f.topics, m)
	}
	return f
}

// check returns an error if l was not asked for.
func (f *logFilter) check(l *types.Log, from, to uint64) error {
	if l.BlockNumber < from || l.BlockNumber > to {
		return fmt.Errorf("got a log of block %d, outside the range asked", l.BlockNumber)
	}
	if l.Removed {
		return fmt.Errorf("got a removed log (block %d, index %d)", l.BlockNumber, l.Index)
	}
	if f.addrs != nil && !f.addrs[l.Address] {
		return fmt.Errorf("got a log of block %d from %s, an address not asked for", l.BlockNumber, l.Address)
	}
	for i, m := range f.topics {
		if m == nil {
			continue
		}
		if i >= len(l.Topics) {
			return fmt.Errorf("got a log of block %d with %d topics, fewer than asked for", l.BlockNumber, len(l.Topics))
		}
		if !m[l.Topics[i]] {
			return fmt.Errorf("got a log of block %d with topic%d %s, not asked for", l.BlockNumber, i, l.Topics[i])
		}
	}
	return nil
}

// logsRefusal is what an eth_getLogs error says about the range.
type logsRefusal struct {
	refused     bool   // the provider refused this range/result size: split it
	blockLimit  bool   // the limit is on the number of blocks (do not grow past it)
	rateLimited bool   // slow down and retry the same range
	timeout     bool   // the request timed out (also a refusal)
	hasSuggest  bool   // the error suggests a range
	suggestTo   uint64 // its last block
}

var (
	// suggestRe finds a suggested range such as "[0x1, 0x2]" or "[100, 200]".
	suggestRe = regexp.MustCompile(`\[\s*(0x[0-9a-fA-F]+|[0-9]+)\s*,\s*(0x[0-9a-fA-F]+|[0-9]+)\s*\]`)

	// Phrases providers use when a range spans too many blocks.
	blockPhrases = []string{
		"block range", "blocks range", "range is too large", "range too large", "range is too wide",
		"range too wide", "range limit", "max range", "maximum range", "range exceeds", "too many blocks",
		"exceed maximum block range", "exceeds the maximum", "is limited to",
	}
	// Phrases providers use when a range matches too many logs or takes too long.
	resultPhrases = []string{
		"more than", "too many results", "too many logs", "response size", "response is too big",
		"response too large", "result window", "query returned", "limit exceeded", "max results",
		"results exceed", "exceed max results", "logs matched", "query timeout", "timed out", "timeout",
		"payload too large", "exceeds limit", "log limit",
	}
	// Phrases of rate limiting at the JSON-RPC level.
	ratePhrases = []string{
		"rate limit", "too many requests", "request rate", "rate exceeded", "compute units", "throughput", "capacity exceeded",
	}
)

// classifyLogsError reads an eth_getLogs error.
func classifyLogsError(err error) logsRefusal {
	var r logsRefusal
	if errors.Is(err, ErrResponseTooLarge) {
		r.refused = true
		return r
	}
	if errors.Is(err, ErrTimeout) {
		// This range may take the provider too long: split it.
		r.refused, r.timeout = true, true
		return r
	}
	msg := err.Error()
	code := 0
	var re rpc.Error
	if errors.As(err, &re) {
		code = re.ErrorCode()
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		switch {
		case he.StatusCode == 413:
			r.refused = true
		case he.StatusCode == 429:
			return r // the transport has already retried it: give up
		case he.StatusCode == 504:
			r.refused, r.timeout = true, true
			return r
		}
		msg += " " + string(he.Body)
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if d := de.ErrorData(); d != nil {
			if s, ok := d.(string); ok {
				msg += " " + s
			} else if b, err := json.Marshal(d); err == nil {
				msg += " " + string(b)
				r.suggestFromData(d)
			}
		}
	}
	low := strings.ToLower(msg)
	if containsAny(low, ratePhrases) {
		r.rateLimited = true
		return r
	}
	if m := suggestRe.FindStringSubmatch(msg); m != nil && !r.hasSuggest {
		a, errA := parseNum(m[1])
		b, errB := parseNum(m[2])
		if errA == nil && errB == nil && a <= b {
			r.hasSuggest, r.suggestTo = true, b
		}
	}
	results := containsAny(low, resultPhrases)
	blocks := containsAny(low, blockPhrases)
	switch {
	case code == -32005:
		r.refused = true
	case code == -32602 && (r.hasSuggest || results || blocks):
		r.refused = true
	case results || blocks:
		r.refused = true
	case r.hasSuggest && strings.Contains(low, "range"):
		r.refused = true
	}
	// A pure block-count limit is sticky; a result-count limit depends on
	// the density of logs and is not.
	r.blockLimit = r.refused && blocks && !results && !r.hasSuggest
	if !r.refused {
		r.hasSuggest = false
	}
	return r
}

// suggestFromData reads Infura-style error data {"from": "0x..", "to": "0x.."}.
func (r *logsRefusal) suggestFromData(d any) {
	m, ok := d.(map[string]any)
	if !ok {
		return
	}
	fs, ok1 := m["from"].(string)
	ts, ok2 := m["to"].(string)
	if !ok1 || !ok2 {
		return
	}
	a, errA := parseNum(fs)
	b, errB := parseNum(ts)
	if errA == nil && errB == nil && a <= b {
		r.hasSuggest, r.suggestTo = true, b
	}
}

// parseNum parses a block number in hex (0x…) or decimal.
func parseNum(s string) (uint64, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return strconv.ParseUint(s[2:], 16, 64)
	}
	return strconv.ParseUint(s, 10, 64)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
