package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sync"
	"testing"

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
