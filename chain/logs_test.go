package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
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
	return newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		if r.Method != "eth_getLogs" {
			return nil, &rpcErr{Code: -32601, Message: r.Method}
		}
		var q struct {
			From hexutil.Uint64 `json:"fromBlock"`
			To   hexutil.Uint64 `json:"toBlock"`
		}
		json.Unmarshal(r.Params[0], &q)
		from, to := uint64(q.From), uint64(q.To)
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
	}))
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

func TestLogsSplitsAndGrows(t *testing.T) {
	const k = 64
	var spans []uint64
	f := logsFake(t, func(from, to uint64) *rpcErr {
		spans = append(spans, to-from+1)
		if to-from+1 > k {
			return &rpcErr{Code: -32005, Message: "query returned more than 10000 results"} // not sticky
		}
		return nil
	})
	c := dialFake(t, f, Options{LogRange: 1000}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(5, 5003))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 5, 5003)
	// 1000 → 500 → 250 → 125 → 62, then it grows again to 124 after two
	// successes, is refused, and so on: never stuck at the smallest span.
	if spans[0] != 1000 || spans[4] != 62 {
		t.Errorf("spans %v", spans[:8])
	}
	grew := false
	for i := 5; i < len(spans); i++ {
		if spans[i] > 62 {
			grew = true
		}
	}
	if !grew {
		t.Errorf("the span never grew back: %v", spans)
	}
}

func TestLogsBlockLimitIsSticky(t *testing.T) {
	refused := 0
	f := logsFake(t, func(from, to uint64) *rpcErr {
		if to-from+1 > 100 {
			refused++
			return &rpcErr{Code: -32602, Message: "exceed maximum block range 100"}
		}
		return nil
	})
	c := dialFake(t, f, Options{LogRange: 1000}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(0, 9999))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 9999)
	if refused != 4 { // 1000, 500, 250, 125 — then 62 for good
		t.Errorf("refused %d times, want 4 (a block limit is not retried)", refused)
	}
}

func TestLogsUsesSuggestedRange(t *testing.T) {
	var spans []uint64
	f := logsFake(t, func(from, to uint64) *rpcErr {
		spans = append(spans, to-from+1)
		if to-from+1 > 300 {
			return &rpcErr{Code: -32602, Message: fmt.Sprintf("Log response size exceeded. this block range should work: [%s, %s]", hexutil.EncodeUint64(from), hexutil.EncodeUint64(from+299))}
		}
		return nil
	})
	c := dialFake(t, f, Options{LogRange: 100_000}, nil)
	logs, err := c.Logs(context.Background(), fakeQuery(1, 1000))
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 1, 1000)
	if spans[0] != 1000 || spans[1] != 300 {
		t.Errorf("spans %v, want 1000 then the suggested 300", spans)
	}

	// A suggestion outside the range asked is ignored (halving instead).
	spans = nil
	f.handle = chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		return nil, &rpcErr{Code: -32005, Message: "query returned more than 10000 results. Try with this block range [0x0, 0x0]."}
	})
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

func TestLogsTimeoutSplitsWithoutRetry(t *testing.T) {
	f := logsFake(t, nil)
	var s sleeps
	c := dialFake(t, f, Options{Timeout: 50 * time.Millisecond}, &s)
	release := make(chan struct{})
	defer close(release)
	var spans []uint64
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		var q rpcReq
		json.NewDecoder(r.Body).Decode(&q)
		var p struct{ From, To hexutil.Uint64 }
		json.Unmarshal(q.Params[0], &struct {
			From *hexutil.Uint64 `json:"fromBlock"`
			To   *hexutil.Uint64 `json:"toBlock"`
		}{&p.From, &p.To})
		spans = append(spans, uint64(p.To-p.From+1))
		if p.To-p.From+1 > 250 {
			select { // too slow for this range
			case <-r.Context().Done():
			case <-release:
			}
			return true
		}
		w.Header().Set("Content-Type", "application/json")
		logs := []map[string]any{}
		for b := uint64(p.From); b <= uint64(p.To); b++ {
			if b%10 == 0 {
				logs = append(logs, fakeLog(fakeAddr, fakeTopic, b, 0))
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": q.ID, "result": logs})
		return true
	}
	logs, err := c.Logs(context.Background(), LogQuery{Addresses: []common.Address{fakeAddr}, Topics: [][]common.Hash{{fakeTopic}}, From: 0, To: 999})
	if err != nil {
		t.Fatal(err)
	}
	checkFakeLogs(t, logs, 0, 999)
	if len(s.got()) != 0 {
		t.Errorf("a slow eth_getLogs range was retried as it was (waits %v); it should be split", s.got())
	}
	if spans[0] != 1000 || spans[1] != 500 || spans[2] != 250 {
		t.Errorf("spans %v", spans)
	}

	// A node that never answers: a bounded number of attempts.
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		io.Copy(io.Discard, r.Body)
		select {
		case <-r.Context().Done():
		case <-release:
		}
		return true
	}
	before := c.Requests()
	_, err = c.Logs(context.Background(), fakeQuery(0, 999_999))
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "in a row") {
		t.Fatalf("err = %v", err)
	}
	if n := c.Requests() - before; n != DefaultMaxRetries+1 {
		t.Errorf("%d requests to a dead node, want %d", n, DefaultMaxRetries+1)
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) { return tc.logs, nil }))
			c := dialFake(t, f, Options{}, nil)
			_, err := c.Logs(context.Background(), fakeQuery(2, 10))
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("err = %v, want one mentioning %q", err, tc.msg)
			}
		})
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
