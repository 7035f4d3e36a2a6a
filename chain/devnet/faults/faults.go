// Package faults is a fault-injecting JSON-RPC proxy for tests: an HTTP
// server on 127.0.0.1 in front of a real node (usually the in-process
// devnet) that forwards every call and, for the requests a Fault selects,
// misbehaves the way real providers do — rate limits, 5xx bursts, slow or
// hanging responses, broken bodies, eth_getLogs refusals in the providers'
// own words, odd batch handling, lagging or rewound heads, logs silently
// clamped to a lagging head, another chain id or genesis, and transactions
// accepted but never sent.
//
//	p, err := faults.New(node.HTTPURL(), faults.Fault{Kind: faults.TooManyRequests, When: faults.Requests(2, 3)})
//	defer p.Close()
//	... dial p.URL() ...
//	if p.Injected() == 0 { t.Fatal("the fault never fired") }
package faults

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind is one way of misbehaving.
type Kind int

// The fault kinds. Each applies to the HTTP requests its Fault's When
// selects (all of them when When is nil).
const (
	// None forwards everything unchanged.
	None Kind = iota
	// TooManyRequests answers HTTP 429 with Retry-After: RetryAfter seconds.
	TooManyRequests
	// ServerError answers Status (default 503) with an HTML error page.
	ServerError
	// Slow delays each answer by Delay.
	Slow
	// Hang never answers (until the client gives up or the proxy closes).
	Hang
	// Down closes the connection without an answer, as a dead node's
	// load balancer does.
	Down
	// Malformed answers HTTP 200 with a body that is not JSON.
	Malformed
	// Truncated answers with the first half of the node's answer.
	Truncated
	// Oversized pads the node's answer with whitespace to Size bytes (still
	// valid JSON), announcing the size in Content-Length.
	Oversized
	// RateLimitedRPC answers each call with a JSON-RPC rate-limit error
	// (HTTP 200), in a provider's words; Message overrides them.
	RateLimitedRPC
	// LogsResultCap refuses eth_getLogs answers with more than Limit logs as
	// Infura does: -32005 "query returned more than Limit results. Try with
	// this block range [0x…, 0x…]." with that range (the most whole blocks
	// from the start within the limit) also in the error data.
	LogsResultCap
	// LogsRangeCap refuses eth_getLogs spanning more than Limit blocks:
	// -32000 "exceed maximum block range: Limit".
	LogsRangeCap
	// LogsSizeCap refuses eth_getLogs answers over Limit bytes as Alchemy
	// does: -32602 "Log response size exceeded. … this block range should
	// work: [from, to]".
	LogsSizeCap
	// LogsLimitExceeded refuses eth_getLogs answers with more than Limit logs
	// with a bare -32005 "limit exceeded" (no hint).
	LogsLimitExceeded
	// BatchRefused refuses batches of more than Limit calls (0: every
	// batch) with one error object: "batch size too large".
	BatchRefused
	// BatchReordered answers a batch's calls in reverse order.
	BatchReordered
	// BatchPartial leaves out the answer to every other call of a batch.
	BatchPartial
	// LaggingHead serves the chain as of Lag blocks ago: "latest" is
	// head−Lag, later blocks are unknown ("header not found", null blocks)
	// and eth_getLogs past that head is refused.
	LaggingHead
	// ClampedLogs sends every request holding an eth_getLogs call to a
	// backend Lag blocks behind, as a load balancer may: it clamps
	// eth_getLogs to its head silently, and the other calls of the same
	// request see that backend too (later blocks unknown). Requests without
	// eth_getLogs reach the up-to-date node.
	ClampedLogs
	// WrongChainID answers eth_chainId (and net_version) with ChainID.
	WrongChainID
	// ChangedGenesis answers block 0 with another hash.
	ChangedGenesis
	// DropTransactions accepts eth_sendRawTransaction, answers the
	// transaction's hash, and never forwards it.
	DropTransactions
	// LogsResultCapAlchemy refuses eth_getLogs answers with more than Limit
	// logs as Alchemy does: -32602 "Log response size exceeded. … a cap of
	// Limit logs in the response. Based on your parameters, this block
	// range should work: [0x…, 0x…]" (the range as LogsResultCap's).
	LogsResultCapAlchemy
	// LogsResultCapBare refuses eth_getLogs answers with more than Limit
	// logs with -32005 "query returned more than Limit results" and no
	// range.
	LogsResultCapBare
)

// String names the kind.
func (k Kind) String() string {
	names := []string{"none", "429", "5xx", "slow", "hang", "down", "malformed", "truncated", "oversized",
		"rate-limited-rpc", "logs-result-cap", "logs-range-cap", "logs-size-cap", "logs-limit-exceeded",
		"batch-refused", "batch-reordered", "batch-partial", "lagging-head", "clamped-logs", "wrong-chain-id",
		"changed-genesis", "drop-transactions", "logs-result-cap-alchemy", "logs-result-cap-bare"}
	if k >= 0 && int(k) < len(names) {
		return names[k]
	}
	return "kind " + strconv.Itoa(int(k))
}

// Fault is what the proxy does wrong, and when.
type Fault struct {
	Kind Kind
	// When selects the HTTP requests the fault applies to by their number
	// (1 for the first request the proxy sees after New or Set); nil selects
	// every request.
	When func(n int64) bool

	RetryAfter int           // TooManyRequests: seconds in Retry-After (0: no header)
	Status     int           // ServerError: HTTP status (default 503)
	Delay      time.Duration // Slow: added to each answer
	Size       int64         // Oversized: body size in bytes
	Limit      int           // Logs*Cap: logs, blocks or bytes; BatchRefused: largest batch taken
	Lag        uint64        // LaggingHead, ClampedLogs: blocks behind the node's head
	ChainID    uint64        // WrongChainID: the chain id to claim
	Message    string        // RateLimitedRPC: the error message
	Code       int           // RateLimitedRPC: the error code (default -32005)
}

// Requests selects the requests numbered from to to (inclusive).
func Requests(from, to int64) func(int64) bool {
	return func(n int64) bool { return n >= from && n <= to }
}

// After selects every request after the first n.
func After(n int64) func(int64) bool {
	return func(m int64) bool { return m > n }
}

// Every selects every k-th request (k, 2k, …).
func Every(k int64) func(int64) bool {
	return func(n int64) bool { return k > 0 && n%k == 0 }
}

// Proxy is a running fault-injecting proxy. It is safe for concurrent use.
type Proxy struct {
	ln     net.Listener
	srv    *http.Server
	client *http.Client
	url    string

	mu       sync.Mutex
	upstream string
	fault    Fault
	n        int64 // requests since New or Set

	injected atomic.Int64
	calls    map[string]int64 // calls by method since New or Set (under mu)
	biggest  BlockLogs        // the largest block a fault-free eth_getLogs answer held since New or Set (under mu)
	closing  chan struct{}
	once     sync.Once
}

// New starts a proxy on 127.0.0.1 (a free port) in front of the HTTP
// JSON-RPC endpoint upstream, doing f.
func New(upstream string, f Fault) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("faults: listening on 127.0.0.1: %w", err)
	}
	p := &Proxy{
		ln:       ln,
		client:   &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}},
		url:      "http://" + ln.Addr().String(),
		upstream: upstream,
		fault:    f,
		closing:  make(chan struct{}),
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go p.srv.Serve(ln)
	return p, nil
}

// URL is the proxy's endpoint, http://127.0.0.1:PORT.
func (p *Proxy) URL() string { return p.url }

// Set replaces the fault and restarts the request and call counts.
func (p *Proxy) Set(f Fault) {
	p.mu.Lock()
	p.fault, p.n, p.calls, p.biggest = f, 0, nil, BlockLogs{}
	p.mu.Unlock()
}

// BlockLogs is what one block held in an eth_getLogs answer.
type BlockLogs struct {
	Logs  int // logs
	Bytes int // bytes of their JSON
}

// Biggest is the most logs, and the most bytes of logs, one block held in
// the eth_getLogs answers the proxy relayed without a fault since New or
// Set: a results or response-size cap below it refuses that block alone,
// which no client can get round.
func (p *Proxy) Biggest() BlockLogs {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.biggest
}

// measure takes in the node's eth_getLogs answers for Biggest.
func (p *Proxy) measure(calls []call) {
	for i := range calls {
		c := &calls[i]
		if c.req.Method != "eth_getLogs" || c.answer == nil || c.answer.Error != nil {
			continue
		}
		var logs []json.RawMessage
		if json.Unmarshal(c.answer.Result, &logs) != nil {
			continue
		}
		per := map[string]BlockLogs{}
		for _, l := range logs {
			var b struct {
				Block string `json:"blockNumber"`
			}
			if json.Unmarshal(l, &b) != nil {
				continue
			}
			n := per[b.Block]
			n.Logs++
			n.Bytes += len(l)
			per[b.Block] = n
		}
		p.mu.Lock()
		for _, n := range per {
			p.biggest.Logs = max(p.biggest.Logs, n.Logs)
			p.biggest.Bytes = max(p.biggest.Bytes, n.Bytes)
		}
		p.mu.Unlock()
	}
}

// Calls is how many calls of method arrived since New or Set (each call of
// a batch counts).
func (p *Proxy) Calls(method string) int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.calls[method]
}

// SetUpstream points the proxy at another node (a chain restarted on the
// same address, from the client's point of view).
func (p *Proxy) SetUpstream(url string) {
	p.mu.Lock()
	p.upstream = url
	p.mu.Unlock()
}

// Injected is how many times the fault acted (requests or calls changed).
func (p *Proxy) Injected() int64 { return p.injected.Load() }

// Requests is how many HTTP requests arrived since New or Set.
func (p *Proxy) Requests() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}

// Close stops the proxy and releases hanging requests.
func (p *Proxy) Close() error {
	p.once.Do(func() { close(p.closing) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	err := p.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = p.srv.Close()
	}
	p.client.CloseIdleConnections()
	return err
}

// message is one JSON-RPC request or answer.
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// call is one call of a request on its way through the proxy.
type call struct {
	req    message
	answer *message // set when the proxy answers it itself
}

// ServeHTTP implements http.Handler.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.n++
	n, f, upstream := p.n, p.fault, p.upstream
	p.mu.Unlock()
	on := f.Kind != None && (f.When == nil || f.When(n))

	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		http.Error(w, "reading the request: "+err.Error(), http.StatusBadRequest)
		return
	}
	if on {
		switch f.Kind {
		case TooManyRequests:
			p.injected.Add(1)
			if f.RetryAfter > 0 {
				w.Header().Set("Retry-After", strconv.Itoa(f.RetryAfter))
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"jsonrpc":"2.0","id":null,"error":{"code":429,"message":"Too Many Requests"}}`)
			return
		case ServerError:
			p.injected.Add(1)
			status := f.Status
			if status == 0 {
				status = http.StatusServiceUnavailable
			}
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(status)
			fmt.Fprintf(w, "<html><body><h1>%d %s</h1>upstream unavailable</body></html>", status, http.StatusText(status))
			return
		case Hang:
			p.injected.Add(1)
			select {
			case <-r.Context().Done():
			case <-p.closing:
			}
			return
		case Down:
			p.injected.Add(1)
			if hj, ok := w.(http.Hijacker); ok {
				if conn, _, err := hj.Hijack(); err == nil {
					conn.Close()
					return
				}
			}
			panic(http.ErrAbortHandler)
		case Slow:
			p.injected.Add(1)
			select {
			case <-time.After(f.Delay):
			case <-r.Context().Done():
				return
			case <-p.closing:
				return
			}
		}
	}

	trimmed := bytes.TrimSpace(body)
	batch := len(trimmed) > 0 && trimmed[0] == '['
	var reqs []message
	if batch {
		err = json.Unmarshal(trimmed, &reqs)
	} else {
		var m message
		err = json.Unmarshal(trimmed, &m)
		reqs = []message{m}
	}
	if err != nil {
		// Not ours to judge: let the node answer it.
		p.relay(w, r.Context(), upstream, body)
		return
	}
	if on && batch && f.Kind == BatchRefused && len(reqs) > f.Limit {
		p.injected.Add(1)
		writeJSON(w, message{JSONRPC: "2.0", ID: json.RawMessage("null"),
			Error: &rpcError{Code: -32600, Message: fmt.Sprintf("batch size too large: at most %d requests per batch", f.Limit)}})
		return
	}

	calls := make([]call, len(reqs))
	p.mu.Lock()
	if p.calls == nil {
		p.calls = make(map[string]int64)
	}
	for i := range reqs {
		calls[i].req = reqs[i]
		if len(p.calls) < 256 {
			p.calls[reqs[i].Method]++
		} else if _, ok := p.calls[reqs[i].Method]; ok {
			p.calls[reqs[i].Method]++
		}
	}
	p.mu.Unlock()
	ctx := r.Context()
	if on {
		if err := p.before(ctx, upstream, f, calls); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
	}
	if err := p.forward(ctx, upstream, calls); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if on {
		p.after(f, calls)
	} else {
		p.measure(calls)
	}
	answers := make([]message, 0, len(calls))
	for _, c := range calls {
		answers = append(answers, *c.answer)
	}
	if on && batch {
		switch f.Kind {
		case BatchReordered:
			if len(answers) > 1 {
				p.injected.Add(1)
				for i, j := 0, len(answers)-1; i < j; i, j = i+1, j-1 {
					answers[i], answers[j] = answers[j], answers[i]
				}
			}
		case BatchPartial:
			if len(answers) > 1 {
				p.injected.Add(1)
				kept := answers[:0]
				for i, a := range answers {
					if i%2 == 0 {
						kept = append(kept, a)
					}
				}
				answers = kept
			}
		}
	}
	var out []byte
	if batch {
		out, err = json.Marshal(answers)
	} else {
		out, err = json.Marshal(answers[0])
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if on {
		switch f.Kind {
		case Malformed:
			p.injected.Add(1)
			out = []byte("<html><head><title>Welcome</title></head><body>It works!</body></html>")
		case Truncated:
			p.injected.Add(1)
			out = out[:len(out)/2]
		case Oversized:
			p.injected.Add(1)
			writeOversized(w, out, f.Size)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// before answers the calls the fault answers itself, and rewrites the
// others, ahead of forwarding.
func (p *Proxy) before(ctx context.Context, upstream string, f Fault, calls []call) error {
	if f.Kind == ClampedLogs && !slices.ContainsFunc(calls, func(c call) bool { return c.req.Method == "eth_getLogs" }) {
		return nil
	}
	var lagHead uint64
	if f.Kind == LaggingHead || f.Kind == ClampedLogs {
		head, err := p.head(ctx, upstream)
		if err != nil {
			return err
		}
		if head > f.Lag {
			lagHead = head - f.Lag
		}
	}
	for i := range calls {
		c := &calls[i]
		switch f.Kind {
		case RateLimitedRPC:
			p.injected.Add(1)
			msg, code := f.Message, f.Code
			if msg == "" {
				msg = "daily request count exceeded, request rate limited"
			}
			if code == 0 {
				code = -32005
			}
			c.answer = errorAnswer(c.req, code, msg, nil)
		case WrongChainID:
			switch c.req.Method {
			case "eth_chainId":
				p.injected.Add(1)
				c.answer = resultAnswer(c.req, hexutil.EncodeUint64(f.ChainID))
			case "net_version":
				p.injected.Add(1)
				c.answer = resultAnswer(c.req, strconv.FormatUint(f.ChainID, 10))
			}
		case DropTransactions:
			if c.req.Method == "eth_sendRawTransaction" {
				var params []hexutil.Bytes
				if err := json.Unmarshal(c.req.Params, &params); err == nil && len(params) == 1 {
					p.injected.Add(1)
					c.answer = resultAnswer(c.req, crypto.Keccak256Hash(params[0]).Hex())
				}
			}
		case LaggingHead, ClampedLogs:
			if p.lag(c, lagHead, f.Kind == ClampedLogs) {
				p.injected.Add(1)
			}
		}
	}
	return nil
}

// after changes the node's answers.
func (p *Proxy) after(f Fault, calls []call) {
	for i := range calls {
		c := &calls[i]
		a := c.answer
		if a.Error != nil {
			continue
		}
		switch f.Kind {
		case LogsResultCap, LogsRangeCap, LogsSizeCap, LogsLimitExceeded, LogsResultCapAlchemy, LogsResultCapBare:
			if c.req.Method == "eth_getLogs" && p.refuseLogs(f, c) {
				p.injected.Add(1)
			}
		case ChangedGenesis:
			if c.req.Method == "eth_getBlockByNumber" && blockParam(c.req.Params, 0) == "0x0" && string(a.Result) != "null" {
				var blk map[string]any
				if json.Unmarshal(a.Result, &blk) == nil {
					p.injected.Add(1)
					blk["hash"] = common.HexToHash("0x6e6f7420746865206f6c642067656e65736973").Hex()
					if b, err := json.Marshal(blk); err == nil {
						a.Result = b
					}
				}
			}
		}
	}
}

// logRange is the part of an eth_getLogs filter the proxy reads.
type logRange struct {
	From string `json:"fromBlock"`
	To   string `json:"toBlock"`
}

// refuseLogs replaces an eth_getLogs answer with the provider's refusal
// when it is over the fault's limit; it reports whether it did.
func (p *Proxy) refuseLogs(f Fault, c *call) bool {
	var logs []struct {
		Block hexutil.Uint64 `json:"blockNumber"`
	}
	if err := json.Unmarshal(c.answer.Result, &logs); err != nil {
		return false
	}
	var filters []logRange
	_ = json.Unmarshal(c.req.Params, &filters)
	var from, to uint64
	known := false
	if len(filters) == 1 {
		a, errA := hexutil.DecodeUint64(filters[0].From)
		b, errB := hexutil.DecodeUint64(filters[0].To)
		from, to, known = a, b, errA == nil && errB == nil
	}
	switch f.Kind {
	case LogsResultCap, LogsLimitExceeded, LogsResultCapAlchemy, LogsResultCapBare:
		if len(logs) <= f.Limit {
			return false
		}
		// The range that would work: the most whole blocks from the start
		// within the limit (at least the first block).
		end := from
		if b := logs[f.Limit].Block; uint64(b) > from {
			end = uint64(b) - 1
		}
		hint := fmt.Sprintf("[%s, %s]", hexutil.EncodeUint64(from), hexutil.EncodeUint64(end))
		switch {
		case f.Kind == LogsLimitExceeded:
			c.answer = errorAnswer(c.req, -32005, "limit exceeded", nil)
		case f.Kind == LogsResultCapBare || !known:
			c.answer = errorAnswer(c.req, -32005, fmt.Sprintf("query returned more than %d results", f.Limit), nil)
		case f.Kind == LogsResultCapAlchemy:
			c.answer = errorAnswer(c.req, -32602, fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of %d logs in the response. Based on your parameters, this block range should work: %s", f.Limit, hint), nil)
		default:
			data := map[string]string{"from": hexutil.EncodeUint64(from), "to": hexutil.EncodeUint64(end)}
			c.answer = errorAnswer(c.req, -32005, fmt.Sprintf("query returned more than %d results. Try with this block range %s.", f.Limit, hint), data)
		}
		return true
	case LogsRangeCap:
		if !known || to < from || to-from+1 <= uint64(f.Limit) {
			return false
		}
		c.answer = errorAnswer(c.req, -32000, fmt.Sprintf("exceed maximum block range: %d", f.Limit), nil)
		return true
	case LogsSizeCap:
		if len(c.answer.Result) <= f.Limit {
			return false
		}
		msg := "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can make eth_getLogs requests with a 10K block range and a cap of 150MB on the response size."
		if known && to > from {
			mid := from + (to-from)/2
			msg += fmt.Sprintf(" Based on your parameters, this block range should work: [%s, %s]", hexutil.EncodeUint64(from), hexutil.EncodeUint64(mid))
		}
		c.answer = errorAnswer(c.req, -32602, msg, nil)
		return true
	}
	return false
}

// lag makes c see the chain as of block lagHead; it reports whether it
// changed anything.
func (p *Proxy) lag(c *call, lagHead uint64, clamp bool) bool {
	headHex := hexutil.EncodeUint64(lagHead)
	var params []json.RawMessage
	if err := json.Unmarshal(c.req.Params, &params); err != nil && len(c.req.Params) > 0 {
		return false
	}
	// beyond reports whether the block parameter at i is past lagHead,
	// turning "latest"-like tags into the lagging head.
	beyond := func(i int) (bool, bool) {
		if i >= len(params) {
			return false, false
		}
		var s string
		if json.Unmarshal(params[i], &s) != nil {
			return false, false // an object (EIP-1898) or a hash: leave it
		}
		switch s {
		case "latest", "pending", "safe", "finalized":
			params[i], _ = json.Marshal(headHex)
			return false, true
		}
		n, err := hexutil.DecodeUint64(s)
		return err == nil && n > lagHead, false
	}
	rewrite := func() { c.req.Params, _ = json.Marshal(params) }
	switch c.req.Method {
	case "eth_blockNumber":
		c.answer = resultAnswer(c.req, headHex)
		return true
	case "eth_getBlockByNumber":
		past, changed := beyond(0)
		if past {
			c.answer = resultAnswer(c.req, nil)
			return true
		}
		if changed {
			rewrite()
		}
		return changed
	case "eth_call", "eth_getBalance", "eth_getCode", "eth_getTransactionCount", "eth_estimateGas":
		past, changed := beyond(1)
		if past {
			c.answer = errorAnswer(c.req, -32000, "header not found", nil)
			return true
		}
		if changed {
			rewrite()
		}
		return changed
	case "eth_getStorageAt":
		past, changed := beyond(2)
		if past {
			c.answer = errorAnswer(c.req, -32000, "header not found", nil)
			return true
		}
		if changed {
			rewrite()
		}
		return changed
	case "eth_getLogs":
		if len(params) != 1 {
			return false
		}
		var filter map[string]any
		if json.Unmarshal(params[0], &filter) != nil || filter["blockHash"] != nil {
			return false
		}
		changed := false
		num := func(key string) (uint64, bool) {
			s, _ := filter[key].(string)
			switch s {
			case "", "latest", "pending", "safe", "finalized":
				filter[key] = headHex
				changed = true
				return lagHead, true
			}
			n, err := hexutil.DecodeUint64(s)
			return n, err == nil
		}
		from, okF := num("fromBlock")
		to, okT := num("toBlock")
		if !okF || !okT {
			return false
		}
		if to > lagHead {
			if !clamp {
				c.answer = errorAnswer(c.req, -32000, "block range extends beyond current head block", nil)
				return true
			}
			if from > lagHead {
				c.answer = resultAnswer(c.req, []any{})
				return true
			}
			filter["toBlock"] = headHex
			changed = true
		}
		if changed {
			params[0], _ = json.Marshal(filter)
			rewrite()
		}
		return changed
	}
	return false
}

// head reads the node's head block number.
func (p *Proxy) head(ctx context.Context, upstream string) (uint64, error) {
	c := []call{{req: message{JSONRPC: "2.0", ID: json.RawMessage("1"), Method: "eth_blockNumber", Params: json.RawMessage("[]")}}}
	if err := p.forward(ctx, upstream, c); err != nil {
		return 0, err
	}
	var n hexutil.Uint64
	if c[0].answer.Error != nil || json.Unmarshal(c[0].answer.Result, &n) != nil {
		return 0, errors.New("faults: the node did not say its head block")
	}
	return uint64(n), nil
}

// forward sends the calls without an answer to the node, as one batch, and
// fills in their answers.
func (p *Proxy) forward(ctx context.Context, upstream string, calls []call) error {
	var out []message
	var idx []int
	for i := range calls {
		if calls[i].answer == nil {
			out = append(out, calls[i].req)
			idx = append(idx, i)
		}
	}
	if len(out) == 0 {
		return nil
	}
	for i := range out {
		out[i].ID = json.RawMessage(strconv.Itoa(i)) // ids of our own: the client's may repeat
	}
	body, err := json.Marshal(out)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, upstream, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return fmt.Errorf("faults: the node did not answer: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("faults: reading the node's answer: %w", err)
	}
	var answers []message
	if err := json.Unmarshal(raw, &answers); err != nil {
		return fmt.Errorf("faults: the node's answer (HTTP %d) is not a batch: %.200s", resp.StatusCode, raw)
	}
	for _, a := range answers {
		j, err := strconv.Atoi(string(a.ID))
		if err != nil || j < 0 || j >= len(idx) {
			continue
		}
		a.ID = calls[idx[j]].req.ID
		calls[idx[j]].answer = &a
	}
	for _, i := range idx {
		if calls[i].answer == nil {
			calls[i].answer = errorAnswer(calls[i].req, -32603, "faults: the node left this call unanswered", nil)
		}
	}
	return nil
}

// relay passes a request the proxy cannot read to the node as it is.
func (p *Proxy) relay(w http.ResponseWriter, ctx context.Context, upstream string, body []byte) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, upstream, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func resultAnswer(req message, result any) *message {
	b, err := json.Marshal(result)
	if err != nil {
		b = []byte("null")
	}
	return &message{JSONRPC: "2.0", ID: req.ID, Result: b}
}

func errorAnswer(req message, code int, msg string, data any) *message {
	return &message{JSONRPC: "2.0", ID: req.ID, Error: &rpcError{Code: code, Message: msg, Data: data}}
}

func writeJSON(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

// writeOversized writes body padded with spaces to size bytes, stopping as
// soon as the client hangs up.
func writeOversized(w http.ResponseWriter, body []byte, size int64) {
	if size < int64(len(body)) {
		size = int64(len(body))
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
	if _, err := w.Write(body); err != nil {
		return
	}
	pad := []byte(strings.Repeat(" ", 64<<10))
	for left := size - int64(len(body)); left > 0; {
		n := min(left, int64(len(pad)))
		if _, err := w.Write(pad[:n]); err != nil {
			return
		}
		left -= n
	}
}

// blockParam returns the string parameter at i, or "".
func blockParam(params json.RawMessage, i int) string {
	var ps []json.RawMessage
	if json.Unmarshal(params, &ps) != nil || i >= len(ps) {
		return ""
	}
	var s string
	_ = json.Unmarshal(ps[i], &s)
	return s
}
