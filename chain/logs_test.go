package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/iotest"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	fakeAddr  = common.Address{0xaa}
	fakeTopic = common.Hash{0x70}
)

// fakeLog is a log in the JSON form nodes send.
func fakeLog(addr common.Address, topic0 common.Hash, block, index uint64) map[string]any {
	return map[string]any{
		"address":          addr,
		"topics":           []common.Hash{topic0},
		"data":             "0x",
		"blockNumber":      hexutil.Uint64(block),
		"blockHash":        common.Hash{byte(block)},
		"transactionHash":  common.Hash{byte(block), byte(index)},
		"transactionIndex": "0x0",
		"logIndex":         hexutil.Uint64(index),
		"removed":          false,
	}
}

// logsFake answers eth_getLogs with one log per block that is a multiple of
// 10, except that refuse may return an error for a range first.
func logsFake(t *testing.T, refuse func(from, to uint64) *rpcErr) *fakeNode {
	return newFake(t, chainIDHandler(1, withBlocks(^uint64(0), func(r rpcReq) (any, *rpcErr) {
		if r.Method != "eth_getLogs" {
			return nil, &rpcErr{Code: -32601, Message: r.Method}
		}
		from, to := queryRange(r)
		if refuse != nil {
			if e := refuse(from, to); e != nil {
				return nil, e
			}
		}
		out := []map[string]any{}
		for b := from; b <= to; b++ {
			if b%10 == 0 {
				out = append(out, fakeLog(fakeAddr, fakeTopic, b, 0))
			}
			if b == to {
				break
			}
		}
		return out, nil
	})))
}

// withBlocks answers eth_getBlockByNumber for blocks up to head (null
// above: a node that lags) and delegates the rest.
func withBlocks(head uint64, rest func(r rpcReq) (any, *rpcErr)) func(r rpcReq) (any, *rpcErr) {
	return func(r rpcReq) (any, *rpcErr) {
		if r.Method != "eth_getBlockByNumber" {
			return rest(r)
		}
		var n hexutil.Uint64
		if err := json.Unmarshal(r.Params[0], &n); err != nil {
			return nil, &rpcErr{Code: -32602, Message: err.Error()}
		}
		if uint64(n) > head {
			return nil, nil
		}
		return map[string]any{"number": n, "hash": common.Hash{byte(n)}}, nil
	}
}

func fakeQuery(from, to uint64) LogQuery {
	return LogQuery{Addresses: []common.Address{fakeAddr}, Topics: [][]common.Hash{{fakeTopic}}, From: from, To: to}
}

func checkFakeLogs(t *testing.T, logs []types.Log, from, to uint64) {
	t.Helper()
	want := (to/10 - (from+9)/10) + 1
	if uint64(len(logs)) != want {
		t.Fatalf("got %d logs in [%d, %d], want %d", len(logs), from, to, want)
	}
	for i, l := range logs {
		if l.BlockNumber != (from+9)/10*10+uint64(i)*10 {
			t.Fatalf("log %d is of block %d", i, l.BlockNumber)
		}
	}
}

func TestClassifyLogsErrors(t *testing.T) {
	type want struct{ refused, block, rate, suggest bool }
	for _, tc := range []struct {
		name string
		e    *rpcErr
		http int
		w    want
	}{
		{"geth range limit", &rpcErr{Code: -32602, Message: "exceed maximum block range 5000"}, 0, want{refused: true, block: true}},
		{"block range too large", &rpcErr{Code: -32000, Message: "block range too large"}, 0, want{refused: true, block: true}},
		{"range is too large", &rpcErr{Code: -32000, Message: "range is too large, max is 1k blocks"}, 0, want{refused: true, block: true}},
		{"limited to", &rpcErr{Code: -32614, Message: "eth_getLogs is limited to a 10,000 range"}, 0, want{refused: true, block: true}},
		{"infura results", &rpcErr{Code: -32005, Message: "query returned more than 10000 results", Data: map[string]any{"from": "0x10", "to": "0x20", "limit": 10000}}, 0, want{refused: true, suggest: true}},
		{"alchemy", &rpcErr{Code: -32602, Message: "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x10, 0x20]"}, 0, want{refused: true, suggest: true}},
		{"this block range should work", &rpcErr{Code: -32600, Message: "this block range should work: [0x10, 0x20]"}, 0, want{refused: true, suggest: true}},
		{"-32005 limit exceeded", &rpcErr{Code: -32005, Message: "limit exceeded"}, 0, want{refused: true}},
		{"log response size", &rpcErr{Code: -32000, Message: "Log response size exceeded."}, 0, want{refused: true}},
		{"query timeout", &rpcErr{Code: -32000, Message: "query timeout exceeded"}, 0, want{refused: true}},
		{"http 413", nil, 413, want{refused: true}},
		{"http 400 with body", &rpcErr{Code: -32600, Message: "block range is too wide"}, 400, want{refused: true, block: true}},
		{"infura rate limit", &rpcErr{Code: -32005, Message: "daily request count exceeded, request rate limited"}, 0, want{rate: true}},
		{"compute units", &rpcErr{Code: 429, Message: "Your app has exceeded its compute units per second capacity"}, 0, want{rate: true}},
		{"bad params", &rpcErr{Code: -32602, Message: "invalid argument 0: hex string without 0x prefix"}, 0, want{}},
		{"header not found", &rpcErr{Code: -32000, Message: "header not found"}, 0, want{}},
		{"unknown block", &rpcErr{Code: -32000, Message: "unknown block"}, 0, want{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := logsFake(t, func(from, to uint64) *rpcErr { return tc.e })
			c := dialFake(t, f, Options{MaxRetries: -1}, nil)
			if tc.http != 0 {
				f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
					if tc.e == nil {
						http.Error(w, "Request Entity Too Large", tc.http)
						return true
					}
					w.WriteHeader(tc.http)
					json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "error": tc.e})
					return true
				}
			}
			_, err := c.getLogs(context.Background(), fakeQuery(0x10, 0x100), 0x10, 0x100)
			if err == nil {
				t.Fatal("no error")
			}
			r := classifyLogsError(err)
			got := want{r.refused, r.blockLimit, r.rateLimited, r.hasSuggest}
			if got != tc.w {
				t.Errorf("%v: got %+v, want %+v", err, got, tc.w)
			}
			if tc.w.suggest && r.suggestTo != 0x20 {
				t.Errorf("suggested last block %d, want 0x20", r.suggestTo)
			}
		})
	}
}

// logsReq is an eth_getLogs request as a fake sees it, alone or batched
// with eth_getBlockByNumber.
type logsReq struct {
	id       json.RawMessage
	from, to uint64
	batch    bool
}

func readLogsReq(t *testing.T, r *http.Request) logsReq {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	var qs []rpcReq
	var out logsReq
	if err := json.Unmarshal(body, &qs); err == nil {
		out.batch = true
	} else {
		var q rpcReq
		if err := json.Unmarshal(body, &q); err != nil {
			t.Errorf("fake: request %q: %v", body, err)
			return out
		}
		qs = []rpcReq{q}
	}
	for _, q := range qs {
		if q.Method != "eth_getLogs" {
			continue
		}
		var p struct {
			From hexutil.Uint64 `json:"fromBlock"`
			To   hexutil.Uint64 `json:"toBlock"`
		}
		json.Unmarshal(q.Params[0], &p)
		out.id, out.from, out.to = q.ID, uint64(p.From), uint64(p.To)
	}
	return out
}

// writeLogs answers q with logs (and, batched, block q.to).
func writeLogs(w http.ResponseWriter, q logsReq, logs any) {
	w.Header().Set("Content-Type", "application/json")
	one := map[string]any{"jsonrpc": "2.0", "id": q.id, "result": logs}
	if !q.batch {
		json.NewEncoder(w).Encode(one)
		return
	}
	json.NewEncoder(w).Encode([]any{
		map[string]any{"jsonrpc": "2.0", "id": 2, "result": map[string]any{"number": hexutil.Uint64(q.to)}},
		one,
	})
}

// tenthLogs is one log per block that is a multiple of 10, in [from, to].
func tenthLogs(from, to uint64) []map[string]any {
	out := []map[string]any{}
	for b := from; b <= to; b++ {
		if b%10 == 0 {
			out = append(out, fakeLog(fakeAddr, fakeTopic, b, 0))
		}
		if b == to {
			break
		}
	}
	return out
}

// TestLogsDensitySizing: after the first range, ranges are sized to hold
// about logTarget logs; under a results cap the run makes at most 1.1× the
// requests the cap forces, and the cap is kept for the next query.
func TestLogsDensitySizing(t *testing.T) {
	var mu sync.Mutex
	var spans []uint64
	refusedN := 0
	const capN = 1000
	f := logsFake(t, func(from, to uint64) *rpcErr {
		mu.Lock()
		defer mu.Unlock()
		spans = append(spans, to-from+1)
		if len(tenthLogs(from, to)) > capN {
			refusedN++
			return &rpcErr{Code: -32005, Message: fmt.Sprintf("query returned more than %d results", capN)}
		}
		return nil
	})
	c := dialFake(t, f, Options{LogRange: 1 << 40}, nil)
	const to = 999_999 // 100,000 logs
	logs, err := c.Logs(context.Background(), fakeQuery(0, to))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, to)
	forced := (to + 1) / 10 / capN
	if len(spans) > forced*11/10 {
		t.Errorf("%d requests (%d refused) where the cap forces %d: spans %v", len(spans), refusedN, forced, spans[:min(len(spans), 12)])
	}
	if got := c.LogLimits().MaxResults; got != capN {
		t.Errorf("learned results cap %d, want %d", got, capN)
	}
	// The next query knows the cap: no refusal after its first range.
	spans, refusedN = nil, 0
	if _, err := c.Logs(context.Background(), fakeQuery(0, to)); err != nil {
		t.Fatal(err)
	}
	if refusedN > 1 {
		t.Errorf("second query: %d refusals, spans %v", refusedN, spans[:min(len(spans), 12)])
	}

	// Without a cap, a range aims at logTarget logs: 95,000 blocks here;
	// the one after the first sized from the probe aims at capProbe, to see
	// whether the provider caps results at commonCap.
	spans = nil
	f2 := logsFake(t, func(from, to uint64) *rpcErr {
		mu.Lock()
		spans = append(spans, to-from+1)
		mu.Unlock()
		return nil
	})
	c2 := dialFake(t, f2, Options{LogRange: 1 << 40}, nil)
	if _, err := c2.Logs(context.Background(), fakeQuery(0, to)); err != nil {
		t.Fatal(err)
	}
	if len(spans) > 14 || spans[0] != probeSpan || spans[1] != growFrom*growLimit ||
		spans[2] > capProbe*10*101/100 || spans[2] < capProbe*10*99/100 ||
		slices.Max(spans[3:]) > logTarget*10*101/100 || slices.Max(spans[3:]) < logTarget*10*99/100 {
		t.Errorf("spans %v: want the probe (%d blocks), one of %d, one of %d, then ranges of %d blocks", spans, probeSpan, growFrom*growLimit, capProbe*10, logTarget*10)
	}
	// The next blocks of the query are sized at once, without a probe;
	// blocks far before those seen (where the history may be far denser)
	// are probed.
	spans = nil
	if _, err := c2.Logs(context.Background(), fakeQuery(to+1, to+9)); err != nil {
		t.Fatal(err)
	}
	if len(spans) != 1 || spans[0] != 9 {
		t.Errorf("a 9-block query after those seen: spans %v", spans)
	}
	spans = nil
	if _, err := c2.Logs(context.Background(), fakeQuery(1, 9)); err != nil {
		t.Fatal(err)
	}
	if len(spans) != 2 || spans[0] != probeSpan {
		t.Errorf("a 9-block query far before those seen: spans %v, want the probe first", spans)
	}
}

// TestLogsOrderUnderConcurrency: answers arrive out of order (random
// delays) but batches reach fn in chain order, and requests do overlap.
func TestLogsOrderUnderConcurrency(t *testing.T) {
	f := logsFake(t, nil)
	var inflight, most atomic.Int64
	rng := rand.New(rand.NewPCG(1, 2))
	var rmu sync.Mutex
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		q := readLogsReq(t, r)
		if q.id == nil {
			return false
		}
		cur := inflight.Add(1)
		defer inflight.Add(-1)
		for {
			m := most.Load()
			if cur <= m || most.CompareAndSwap(m, cur) {
				break
			}
		}
		rmu.Lock()
		d := time.Duration(rng.IntN(8)) * time.Millisecond
		rmu.Unlock()
		time.Sleep(d)
		writeLogs(w, q, tenthLogs(q.from, q.to))
		return true
	}
	c := dialFake(t, f, Options{LogRange: 2000}, nil)
	var last uint64
	var got []types.Log
	q := fakeQuery(3, 200_000)
	q.Progress = func(done, total uint64) {
		if done <= last || total != 200_000-3+1 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	}
	err := c.LogsEach(context.Background(), q, func(logs []types.Log) error {
		if len(got) > 0 && len(logs) > 0 && logs[0].BlockNumber <= got[len(got)-1].BlockNumber {
			t.Errorf("batch starting at block %d after block %d", logs[0].BlockNumber, got[len(got)-1].BlockNumber)
		}
		got = append(got, logs...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, got, 3, 200_000)
	if most.Load() < 2 {
		t.Errorf("at most %d request in flight: no concurrency", most.Load())
	}
	if most.Load() > logWindow {
		t.Errorf("%d requests in flight, above the window of %d", most.Load(), logWindow)
	}
	// An error from fn stops the run and is returned as it is.
	stop := errors.New("stop here")
	if err := c.LogsEach(context.Background(), q, func([]types.Log) error { return stop }); err != stop {
		t.Errorf("err = %v, want fn's error", err)
	}
}

// TestLogsFoldDoesNotHoldUpRequests: while fn folds the first range, the
// next ranges are still asked for (the fold runs on its own goroutine).
func TestLogsFoldDoesNotHoldUpRequests(t *testing.T) {
	f := logsFake(t, nil)
	var asked atomic.Int64
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		q := readLogsReq(t, r)
		if q.id == nil {
			return false
		}
		asked.Add(1)
		writeLogs(w, q, tenthLogs(q.from, q.to))
		return true
	}
	c := dialFake(t, f, Options{LogRange: 2000}, nil)
	first := true
	var got []types.Log
	err := c.LogsEach(context.Background(), fakeQuery(3, 200_000), func(logs []types.Log) error {
		if first {
			first = false
			// Hold the first fold until more ranges have been asked for
			// than the window holds (bounded: the test fails, not hangs).
			deadline := time.Now().Add(10 * time.Second)
			for asked.Load() < 1+2*logWindow && time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
			}
			if n := asked.Load(); n < 1+2*logWindow {
				t.Errorf("%d ranges asked for while the first was folded, want %d", n, 1+2*logWindow)
			}
		}
		got = append(got, logs...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, got, 3, 200_000)
}

func TestLogsBlockLimitIsLearned(t *testing.T) {
	refused := 0
	var maxSpan uint64
	var mu sync.Mutex // requests are served concurrently
	f := logsFake(t, func(from, to uint64) *rpcErr {
		mu.Lock()
		defer mu.Unlock()
		if to-from+1 > 100 {
			refused++
			return &rpcErr{Code: -32602, Message: "exceed maximum block range 100"}
		}
		maxSpan = max(maxSpan, to-from+1)
		return nil
	})
	c := dialFake(t, f, Options{LogRange: 1000}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(0, 9999))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 9999)
	mu.Lock()
	if refused != 1 || maxSpan != 100 || c.LogLimits().MaxBlocks != 100 {
		t.Errorf("refused %d times, largest span %d, learned %d: want 1, 100, 100", refused, maxSpan, c.LogLimits().MaxBlocks)
	}
	// A limit without a number: halved, and kept.
	refused = 0
	mu.Unlock()
	f2 := logsFake(t, func(from, to uint64) *rpcErr {
		mu.Lock()
		defer mu.Unlock()
		if to-from+1 > 40 {
			refused++
			return &rpcErr{Code: -32000, Message: "block range too large"}
		}
		return nil
	})
	c2 := dialFake(t, f2, Options{LogRange: 1000}, nil)
	if _, err := c2.Logs(context.Background(), fakeQuery(0, 9999)); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if refused != 5 { // 1000 (LogRange), 500, 250, 125, 62, then 31 for good
		t.Errorf("refused %d times, want 5", refused)
	}
	mu.Unlock()
	_, err = c2.Logs(context.Background(), fakeQuery(0, 9999))
	mu.Lock()
	defer mu.Unlock()
	if err != nil || refused != 5 {
		t.Errorf("second query: %v, %d refusals in all", err, refused)
	}
}

func TestBlockAndResultsCapOf(t *testing.T) {
	for msg, want := range map[string]uint64{
		"exceed maximum block range 5000":          5000,
		"range is too large, max is 1k blocks":     1000,
		"eth_getLogs is limited to a 10,000 range": 10000,
		"block range too large":                    0,
		"block range limit: 2000":                  2000,
	} {
		if got := blockCapOf(msg); got != want {
			t.Errorf("blockCapOf(%q) = %d, want %d", msg, got, want)
		}
	}
	for msg, want := range map[string]int{
		"query returned more than 10000 results": 10000,
		"Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response.": 10000,
		"limit exceeded": 0,
	} {
		if got := resultsCapOf(msg); got != want {
			t.Errorf("resultsCapOf(%q) = %d, want %d", msg, got, want)
		}
	}
}

func TestLogsUsesSuggestedRange(t *testing.T) {
	var ranges [][2]uint64
	var mu sync.Mutex // the suggested range and the one after it go together
	f := logsFake(t, func(from, to uint64) *rpcErr {
		mu.Lock()
		defer mu.Unlock()
		ranges = append(ranges, [2]uint64{from, to})
		if to-from+1 > probeSpan-2 {
			return &rpcErr{Code: -32602, Message: fmt.Sprintf("Log response size exceeded. this block range should work: [%s, %s]", hexutil.EncodeUint64(from), hexutil.EncodeUint64(from+probeSpan-3))}
		}
		return nil
	})
	c := dialFake(t, f, Options{LogRange: 100_000}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(1, 32))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 1, 32)
	mu.Lock()
	if len(ranges) < 2 || ranges[0] != [2]uint64{1, probeSpan} || !slices.Contains(ranges[1:min(3, len(ranges))], [2]uint64{1, probeSpan - 2}) {
		t.Errorf("ranges %v: want [1 %d], then the suggested [1 %d] among the next two", ranges, probeSpan, probeSpan-2)
	}
	mu.Unlock()

	// A suggestion outside the range asked is ignored (halving instead).
	f.handle = chainIDHandler(1, withBlocks(^uint64(0), func(r rpcReq) (any, *rpcErr) {
		return nil, &rpcErr{Code: -32005, Message: "query returned more than 10000 results. Try with this block range [0x0, 0x0]."}
	}))
	_, err = c.Logs(context.Background(), fakeQuery(100, 200))
	if err == nil || !strings.Contains(err.Error(), "single block 100") {
		t.Fatalf("err = %v", err)
	}
}

func TestLogsRateLimitedRetries(t *testing.T) {
	n := 0
	f := logsFake(t, func(from, to uint64) *rpcErr {
		n++
		if n <= 2 {
			return &rpcErr{Code: -32005, Message: "daily request count exceeded, request rate limited"}
		}
		return nil
	})
	var s sleeps
	c := dialFake(t, f, Options{}, &s)
	logs, err := c.Logs(context.Background(), fakeQuery(0, 99))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 99)
	if len(s.got()) != 2 {
		t.Errorf("waits %v, want 2", s.got())
	}
	// Forever rate limited: a bounded number of tries.
	n = -1000
	_, err = c.Logs(context.Background(), fakeQuery(0, 99))
	if err == nil || !strings.Contains(err.Error(), "rate limited") {
		t.Fatalf("err = %v", err)
	}
}

// TestLogsClampedByLaggingNode: a node without the range's last block
// (eth_getBlockByNumber in the same batch answers null) gets no log handed
// on: the range is asked again, and after a few tries the run fails naming
// the block.
func TestLogsClampedByLaggingNode(t *testing.T) {
	head := uint64(500)
	asks := 0
	var f *fakeNode
	f = newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		if r.Method == "eth_getBlockByNumber" {
			return withBlocks(head, nil)(r)
		}
		asks++
		var q struct {
			From hexutil.Uint64 `json:"fromBlock"`
			To   hexutil.Uint64 `json:"toBlock"`
		}
		json.Unmarshal(r.Params[0], &q)
		return tenthLogs(uint64(q.From), min(uint64(q.To), head)), nil // clamped to its head
	}))
	var s sleeps
	c := dialFake(t, f, Options{}, &s)
	called := false
	err := c.LogsEach(context.Background(), fakeQuery(510, 600), func([]types.Log) error { called = true; return nil })
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("does not have block %d", 510+probeSpan-1)) {
		t.Fatalf("err = %v, want one naming the missing block", err)
	}
	if !strings.Contains(err.Error(), "RPC http://127.0.0.1") {
		t.Errorf("err = %v, want one naming the RPC", err)
	}
	if called {
		t.Error("fn was called with logs of a clamped range")
	}
	if asks != lagRetries+1 || len(s.got()) != lagRetries {
		t.Errorf("%d asks, %d waits; want %d and %d", asks, len(s.got()), lagRetries+1, lagRetries)
	}
	// The node catches up between tries: the logs arrive, complete.
	asks = 0
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if asks == 1 {
			head = 1000
		}
		return false
	}
	logs, err := c.Logs(context.Background(), fakeQuery(450, 600))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 450, 600)
}

// TestLogsNoBatches: a provider that refuses batches gets eth_getLogs alone,
// after one check that it has the last block.
func TestLogsNoBatches(t *testing.T) {
	f := logsFake(t, nil)
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		if strings.HasPrefix(strings.TrimSpace(string(body)), "[") {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch requests are not supported"}}`))
			return true
		}
		return false
	}
	c := dialFake(t, f, Options{}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(0, 999))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 999)
	if !c.LogLimits().NoBatch {
		t.Error("the refusal of batches was not learned")
	}
}

// TestLogsBatchResponseTooLarge: go-ethereum answers a batch up to a
// response size and the calls after the one that passed it with "response
// too large". When that call is the block asked with the logs, the logs
// stand: the block alone is asked, the range is not fetched again, and
// batches go on.
func TestLogsBatchResponseTooLarge(t *testing.T) {
	var mu sync.Mutex
	cut := true // the first block answer is cut
	var blocks, ranges int
	f := logsFake(t, nil)
	logsHandle := f.handle
	f.handle = func(r rpcReq) (any, *rpcErr) {
		mu.Lock()
		defer mu.Unlock()
		switch r.Method {
		case "eth_getBlockByNumber":
			blocks++
			if cut {
				cut = false
				return nil, &rpcErr{Code: -32003, Message: "response too large"}
			}
		case "eth_getLogs":
			ranges++
		}
		return logsHandle(r)
	}
	c := dialFake(t, f, Options{LogRange: 1000}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(0, 999))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 999)
	if c.LogLimits().NoBatch {
		t.Error("a batch answered up to its response size was taken for a refusal of batches")
	}
	mu.Lock()
	defer mu.Unlock()
	// The probe and the rest, each once; a block with each, and the
	// probe's block again alone.
	if ranges != 2 || blocks != 3 {
		t.Errorf("%d eth_getLogs and %d eth_getBlockByNumber, want 2 and 3", ranges, blocks)
	}
}

func TestLogsTimeoutSplitsWithoutRetry(t *testing.T) {
	f := logsFake(t, nil)
	var s sleeps
	c := dialFake(t, f, Options{Timeout: 50 * time.Millisecond}, &s)
	release := make(chan struct{})
	defer close(release)
	var mu sync.Mutex
	var spans []uint64
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		q := readLogsReq(t, r)
		if q.id == nil {
			return false
		}
		mu.Lock()
		spans = append(spans, q.to-q.from+1)
		mu.Unlock()
		if q.to-q.from+1 > 40 {
			select { // too slow for this range
			case <-r.Context().Done():
			case <-release:
			}
			return true
		}
		writeLogs(w, q, tenthLogs(q.from, q.to))
		return true
	}
	logs, err := c.Logs(context.Background(), fakeQuery(0, 999))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 999)
	if len(s.got()) != 0 {
		t.Errorf("a slow eth_getLogs range was retried as it was (waits %v); it should be split", s.got())
	}
	if spans[0] != probeSpan || spans[1] != min(growFrom*growLimit, 1000-probeSpan) || spans[2] >= spans[1] {
		t.Errorf("spans %v: want the probe, a range sized from it, then smaller ones", spans[:min(len(spans), 8)])
	}

	// A node that never answers: a bounded number of attempts.
	c2 := dialFake(t, f, Options{Timeout: 50 * time.Millisecond}, &s)
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		io.Copy(io.Discard, r.Body)
		select {
		case <-r.Context().Done():
		case <-release:
		}
		return true
	}
	before := c2.Requests()
	_, err = c2.Logs(context.Background(), fakeQuery(0, 999_999))
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "in a row") {
		t.Fatalf("err = %v", err)
	}
	// The span is split in four from the probe's down to one block, in
	// at most DefaultMaxRetries+1 attempts.
	want := int64(1)
	for sp := uint64(probeSpan); sp > 1; sp = max(1, sp/4) {
		want++
	}
	if n, want := c2.Requests()-before, min(DefaultMaxRetries+1, want); n != want {
		t.Errorf("%d requests to a dead node, want %d", n, want)
	}
}

func TestLogsRejectsWhatWasNotAsked(t *testing.T) {
	for _, tc := range []struct {
		name string
		logs []map[string]any
		msg  string
	}{
		{"other address", []map[string]any{fakeLog(common.Address{0xbb}, fakeTopic, 5, 0)}, "address not asked for"},
		{"other topic0", []map[string]any{fakeLog(fakeAddr, common.Hash{0x71}, 5, 0)}, "topic0"},
		{"block below", []map[string]any{fakeLog(fakeAddr, fakeTopic, 1, 0)}, "outside the range"},
		{"block above", []map[string]any{fakeLog(fakeAddr, fakeTopic, 11, 0)}, "outside the range"},
		{"duplicate", []map[string]any{fakeLog(fakeAddr, fakeTopic, 5, 0), fakeLog(fakeAddr, fakeTopic, 5, 0)}, "twice"},
		{"no topics", []map[string]any{func() map[string]any { l := fakeLog(fakeAddr, fakeTopic, 5, 0); l["topics"] = []string{}; return l }()}, "topics"},
		{"removed", []map[string]any{func() map[string]any { l := fakeLog(fakeAddr, fakeTopic, 5, 0); l["removed"] = true; return l }()}, "removed"},
		{"malformed", []map[string]any{{"address": 5}}, "eth_getLogs"},
		{"short topic", []map[string]any{func() map[string]any {
			l := fakeLog(fakeAddr, fakeTopic, 5, 0)
			l["topics"] = []string{"0x70"}
			return l
		}()}, "topic 0"},
		{"no block number", []map[string]any{func() map[string]any { l := fakeLog(fakeAddr, fakeTopic, 5, 0); delete(l, "blockNumber"); return l }()}, "blockNumber"},
		{"bad data", []map[string]any{func() map[string]any { l := fakeLog(fakeAddr, fakeTopic, 5, 0); l["data"] = "0xz"; return l }()}, "data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, chainIDHandler(1, withBlocks(^uint64(0), func(r rpcReq) (any, *rpcErr) { return tc.logs, nil })))
			c := dialFake(t, f, Options{}, nil)
			_, err := c.Logs(context.Background(), fakeQuery(2, 10))
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("err = %v, want one mentioning %q", err, tc.msg)
			}
		})
	}
	// Not JSON at all, and a truncated body.
	for _, body := range []string{"<html>oops</html>", `[{"jsonrpc":"2.0","id":1,"result":[{"address":`} {
		f := logsFake(t, nil)
		f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
			if readLogsReq(t, r).id == nil {
				return false
			}
			w.Write([]byte(body))
			return true
		}
		c := dialFake(t, f, Options{}, nil)
		if _, err := c.Logs(context.Background(), fakeQuery(2, 10)); err == nil || !strings.Contains(err.Error(), "eth_getLogs") {
			t.Errorf("body %q: err = %v", body, err)
		}
	}
}

func TestLogsBadQuery(t *testing.T) {
	f := logsFake(t, nil)
	c := dialFake(t, f, Options{}, nil)
	if _, err := c.Logs(context.Background(), LogQuery{From: 1, To: 2}); err == nil {
		t.Error("a query without topic0 was accepted")
	}
	if _, err := c.Logs(context.Background(), fakeQuery(5, 4)); err == nil {
		t.Error("from > to was accepted")
	}
	// The top of the uint64 range does not overflow.
	const top = ^uint64(0)
	logs, err := c.Logs(context.Background(), fakeQuery(top-25, top))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, top-25, top)
}

// TestJSONReader: the reader finds values across strings with brackets
// and escapes, unescapes keys, and refuses what is not JSON (or nests too
// deep) with an error, never a panic; alike on a whole body and on one
// streamed in a byte at a time.
func TestJSONReader(t *testing.T) {
	for _, stream := range []bool{false, true} {
		reader := func(s string) *jsonReader {
			if stream {
				return &jsonReader{src: iotest.OneByteReader(strings.NewReader(s))}
			}
			return &jsonReader{b: []byte(s)}
		}
		r := reader(` [ {"a":"x]}\"y","b":[1,{"c":"]"}]} , "s\\\"", 12 ,null,[] ] `)
		var got []string
		err := r.array(func() error {
			v, err := r.skip(0)
			got = append(got, string(v))
			return err
		})
		want := []string{`{"a":"x]}\"y","b":[1,{"c":"]"}]}`, `"s\\\""`, `12`, `null`, `[]`}
		if err != nil || r.end() != nil || !slices.Equal(got, want) {
			t.Errorf("stream %v: array = %q, %v; want %q", stream, got, err, want)
		}
		keys := map[string]string{}
		r = reader(`{"id":1, "res\u0075lt" : [ {"x":"}"} ],"e":null}`)
		if err := r.object(func(k []byte) error {
			v, err := r.skip(0)
			keys[string(k)] = string(v)
			return err
		}); err != nil || keys["id"] != "1" || keys["result"] != `[ {"x":"}"} ]` || keys["e"] != "null" {
			t.Errorf("stream %v: object = %v, %v", stream, keys, err)
		}
		deep := strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000)
		for _, bad := range []string{`[1,`, `[1 2]`, `["a]`, `{"a" 1}`, `{"a":}`, `[{]`, `{`, `[`, `nope`, `[nul]`, `[1x]`, "[\"a\x01\"]", deep, `[nu`} {
			r := reader(bad)
			if _, err := r.skip(0); err == nil && r.end() == nil {
				t.Errorf("stream %v: %.40q read without an error", stream, bad)
			}
		}
	}
}

// TestLogDensitiesSeed: densities one client saw seed another, whose first
// range after the blocks seen is then sized at once (no probe); a run from
// far before them still probes; input that is not LogDensities' is ignored.
func TestLogDensitiesSeed(t *testing.T) {
	var mu sync.Mutex
	var spans []uint64
	f := logsFake(t, func(from, to uint64) *rpcErr {
		mu.Lock()
		spans = append(spans, to-from+1)
		mu.Unlock()
		return nil
	})
	ctx := context.Background()
	c1 := dialFake(t, f, Options{LogRange: 1 << 40}, nil)
	if _, err := c1.Logs(ctx, fakeQuery(0, 999_999)); err != nil {
		t.Fatal(err)
	}
	seen := c1.LogDensities()
	if !bytes.Equal(seen, c1.LogDensities()) {
		t.Error("LogDensities encodes the same densities differently")
	}
	first := func(c *Client, from, to uint64) []uint64 {
		t.Helper()
		spans = nil
		logs, err := c.Logs(ctx, fakeQuery(from, to))
		if err != nil {
			t.Fatal(err)
		}
		checkFakeLogs(t, logs, from, to)
		return spans
	}
	seeded := dialFake(t, f, Options{LogRange: 1 << 40}, nil)
	seeded.SeedLogDensities(seen)
	if got := first(seeded, 1_000_000, 1_000_999); len(got) != 1 {
		t.Errorf("seeded, the next 1,000 blocks: spans %v, want one range", got)
	}
	far := dialFake(t, f, Options{LogRange: 1 << 40}, nil)
	far.SeedLogDensities(seen)
	if got := first(far, 0, 999); len(got) < 2 || got[0] != probeSpan {
		t.Errorf("seeded, blocks far before those seen: spans %v, want the probe first", got)
	}
	for _, bad := range [][]byte{nil, {0}, {2, 0}, seen[:len(seen)-1], append(slices.Clone(seen), 0), {densitiesFormat, 1, 0, 0, 0, 0}} {
		c := dialFake(t, f, Options{LogRange: 1 << 40}, nil)
		c.SeedLogDensities(bad)
		if got := first(c, 1_000_000, 1_000_999); len(got) < 2 || got[0] != probeSpan {
			t.Errorf("seeded with %x: spans %v, want the probe first", bad, got)
		}
	}
}
