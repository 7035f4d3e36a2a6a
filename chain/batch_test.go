package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// echoCalls makes n calls whose fake answer is their own data.
func echoCalls(n int) []Call {
	calls := make([]Call, n)
	for i := range calls {
		calls[i] = Call{To: common.Address{1}, Data: []byte{byte(i >> 8), byte(i)}}
	}
	return calls
}

func echoHandler(r rpcReq) (any, *rpcErr) {
	var arg struct {
		Data hexutil.Bytes `json:"data"`
	}
	json.Unmarshal(r.Params[0], &arg)
	return arg.Data, nil
}

func checkEcho(t *testing.T, res []Result, calls []Call) {
	t.Helper()
	for i := range calls {
		if res[i].Err != nil || !bytes.Equal(res[i].Data, calls[i].Data) {
			t.Fatalf("call %d = %x, %v", i, res[i].Data, res[i].Err)
		}
	}
}

// peekBatch reads a request body and restores it.
func peekBatch(r *http.Request) []rpcReq {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	var qs []rpcReq
	if json.Unmarshal(body, &qs) != nil {
		return nil
	}
	return qs
}

// TestBatchTooLargeGethStyle: geth answers an over-limit batch with one
// "batch too large" error; the client halves until batches pass, and keeps
// the size that worked.
func TestBatchTooLargeGethStyle(t *testing.T) {
	f := newFake(t, chainIDHandler(1, echoHandler))
	var mu sync.Mutex
	var sizes []int
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		qs := peekBatch(r)
		if qs == nil {
			return false
		}
		mu.Lock()
		sizes = append(sizes, len(qs))
		mu.Unlock()
		if len(qs) > 100 {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode([]any{map[string]any{"jsonrpc": "2.0", "id": qs[0].ID, "error": map[string]any{"code": -32600, "message": "batch too large"}}})
			return true
		}
		return false
	}
	c := dialFake(t, f, Options{NoMulticall: true}, nil)
	calls := echoCalls(1234)
	res, err := c.CallAt(context.Background(), 1, calls)
	if err != nil {
		t.Fatal(err)
	}
	checkEcho(t, res, calls)
	// 500 → 250 → 125 → 62 (then 62 for good).
	if sizes[0] != 500 || sizes[1] != 250 || sizes[2] != 125 || sizes[3] != 62 {
		t.Errorf("batch sizes %v", sizes)
	}
	before := c.Requests()
	if _, err := c.CallAt(context.Background(), 1, calls[:124]); err != nil {
		t.Fatal(err)
	}
	if n := c.Requests() - before; n != 2 {
		t.Errorf("after learning the limit, 124 calls took %d requests, want 2", n)
	}
}

// TestNoBatchSupport: a provider that answers any batch with a single error
// object gets single calls.
func TestNoBatchSupport(t *testing.T) {
	f := newFake(t, chainIDHandler(1, echoHandler))
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if peekBatch(r) == nil {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": nil, "error": map[string]any{"code": -32600, "message": "batch requests are not supported"}})
		return true
	}
	c := dialFake(t, f, Options{NoMulticall: true}, nil)
	calls := echoCalls(20)
	res, err := c.CallAt(context.Background(), 1, calls)
	if err != nil {
		t.Fatal(err)
	}
	checkEcho(t, res, calls)
}

// TestBatchHTTP413 splits a batch the server finds too large to accept.
func TestBatchHTTP413(t *testing.T) {
	f := newFake(t, chainIDHandler(1, echoHandler))
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if qs := peekBatch(r); len(qs) > 40 {
			http.Error(w, "Payload Too Large", http.StatusRequestEntityTooLarge)
			return true
		}
		return false
	}
	c := dialFake(t, f, Options{NoMulticall: true}, nil)
	calls := echoCalls(300)
	res, err := c.CallAt(context.Background(), 1, calls)
	if err != nil {
		t.Fatal(err)
	}
	checkEcho(t, res, calls)
}

// TestBatchRateLimitedElements re-sends only the elements refused with 429.
func TestBatchRateLimitedElements(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		mu.Lock()
		key := string(r.Params[0])
		seen[key]++
		first := seen[key] == 1
		mu.Unlock()
		var arg struct {
			Data hexutil.Bytes `json:"data"`
		}
		json.Unmarshal(r.Params[0], &arg)
		if first && arg.Data[1]%3 == 0 {
			return nil, &rpcErr{Code: 429, Message: "Your app has exceeded its compute units per second capacity"}
		}
		return arg.Data, nil
	}))
	var s sleeps
	c := dialFake(t, f, Options{NoMulticall: true}, &s)
	calls := echoCalls(90)
	before := c.Requests()
	res, err := c.CallAt(context.Background(), 1, calls)
	if err != nil {
		t.Fatal(err)
	}
	checkEcho(t, res, calls)
	if n := c.Requests() - before; n != 2 {
		t.Errorf("%d requests, want 2 (the batch, then its rate-limited third)", n)
	}
	if f.sizes[len(f.sizes)-1] != 30 {
		t.Errorf("re-sent %d calls, want 30", f.sizes[len(f.sizes)-1])
	}
	if len(s.got()) != 1 {
		t.Errorf("waits %v", s.got())
	}
}

// TestRateLimitJSONRPCSingle: HTTP 200 with a JSON-RPC rate-limit error is
// retried like HTTP 429, waiting as long as the message or data asks.
func TestRateLimitJSONRPCSingle(t *testing.T) {
	cases := []struct {
		name string
		err  rpcErr
		want time.Duration // 0: a back-off
	}{
		{"-32005 with data.retryAfter", rpcErr{Code: -32005, Message: "limit exceeded", Data: map[string]any{"retryAfter": 3}}, 3 * time.Second},
		{"message says try again in", rpcErr{Code: -32000, Message: "rate limit reached, try again in 2s"}, 2 * time.Second},
		{"429 in the message, ms hint", rpcErr{Code: -32603, Message: "upstream said 429: retry after 250ms"}, 250 * time.Millisecond},
		{"too many requests, infura data", rpcErr{Code: -32603, Message: "Too Many Requests", Data: map[string]any{"rate": map[string]any{"backoff_seconds": 1.5}}}, 1500 * time.Millisecond},
		{"code 429, no hint", rpcErr{Code: 429, Message: "exceeded its compute units per second capacity"}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			f := newFake(t, func(r rpcReq) (any, *rpcErr) {
				if r.Method == "eth_chainId" {
					return "0x1", nil
				}
				calls++
				if calls <= 2 {
					e := tc.err
					return nil, &e
				}
				return "0x", nil
			})
			var s sleeps
			c := dialFake(t, f, Options{NoMulticall: true}, &s) // HasCode alone: one call
			if _, err := c.HasCode(context.Background(), common.Address{1}, 1); err != nil {
				t.Fatal(err)
			}
			got := s.got()
			if calls != 3 || len(got) != 2 {
				t.Fatalf("%d calls, waits %v: want 3 calls and 2 waits", calls, got)
			}
			for _, d := range got {
				if tc.want != 0 && d != tc.want || tc.want == 0 && (d <= 0 || d > backoffMax) {
					t.Errorf("waited %v, want %v", d, tc.want)
				}
			}
		})
	}
}

// TestRateLimitJSONRPCGivesUp: a node that keeps rate limiting gets
// MaxRetries+1 attempts, then an error that says so; other JSON-RPC errors
// are not retried.
func TestRateLimitJSONRPCGivesUp(t *testing.T) {
	calls := 0
	msg, code := "daily request count exceeded, request rate limited", -32005
	f := newFake(t, func(r rpcReq) (any, *rpcErr) {
		if r.Method == "eth_chainId" {
			return "0x1", nil
		}
		calls++
		return nil, &rpcErr{Code: code, Message: msg}
	})
	var s sleeps
	c := dialFake(t, f, Options{MaxRetries: 2, NoMulticall: true}, &s) // HasCode alone: one call
	_, err := c.HasCode(context.Background(), common.Address{1}, 1)
	if err == nil || !strings.Contains(err.Error(), "rate limited 3 times") || !strings.Contains(err.Error(), msg) {
		t.Fatalf("error %v", err)
	}
	if calls != 3 {
		t.Errorf("%d calls, want 3", calls)
	}
	msg, code = "execution reverted", 3
	calls = 0
	if _, err := c.HasCode(context.Background(), common.Address{1}, 1); err == nil || calls != 1 {
		t.Errorf("a plain error: %d calls, %v", calls, err)
	}
	// eth_getLogs' -32005 is about the result size, not the rate.
	if ok, _ := rateLimited("eth_getLogs", &testRPCError{code: -32005, msg: "query returned more than 10000 results"}); ok {
		t.Error("eth_getLogs -32005 taken for a rate limit")
	}
	if ok, _ := rateLimited("eth_call", &testRPCError{code: -32000, msg: "header not found in block 4290"}); ok {
		t.Error("a 429 inside a number taken for a rate limit")
	}
}

type testRPCError struct {
	code int
	msg  string
}

func (e *testRPCError) Error() string  { return e.msg }
func (e *testRPCError) ErrorCode() int { return e.code }

// TestBatchRateLimitHint: rate-limited batch elements wait the hint, and
// elements the node left unanswered are sent again.
func TestBatchRateLimitHint(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		mu.Lock()
		seen[string(r.Params[0])]++
		first := seen[string(r.Params[0])] == 1
		mu.Unlock()
		var arg struct {
			Data hexutil.Bytes `json:"data"`
		}
		json.Unmarshal(r.Params[0], &arg)
		if first && arg.Data[1]%4 == 0 {
			return nil, &rpcErr{Code: -32005, Message: "rate limit exceeded", Data: map[string]any{"retry_after": "2s"}}
		}
		return arg.Data, nil
	}))
	// Drop the answer to every fifth call of the first batch.
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n != 2 {
			return false
		}
		qs := peekBatch(r)
		rec := httptest.NewRecorder()
		f.before = nil
		f.serve(rec, r)
		var out []json.RawMessage
		json.Unmarshal(rec.Body.Bytes(), &out)
		var kept []json.RawMessage
		for i := range out {
			if i%5 != 1 {
				kept = append(kept, out[i])
			}
		}
		if len(qs) != len(out) {
			t.Errorf("fake answered %d of %d", len(out), len(qs))
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(kept)
		return true
	}
	var s sleeps
	c := dialFake(t, f, Options{NoMulticall: true}, &s)
	calls := echoCalls(40)
	res, err := c.CallAt(context.Background(), 1, calls)
	if err != nil {
		t.Fatal(err)
	}
	checkEcho(t, res, calls)
	if got := s.got(); len(got) != 1 || got[0] != 2*time.Second {
		t.Errorf("waits %v, want [2s]", got)
	}
}
