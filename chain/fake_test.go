package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// rpcReq is one JSON-RPC request as a fake server sees it.
type rpcReq struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// rpcErr is a JSON-RPC error object.
type rpcErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// fakeNode is an httptest JSON-RPC server. handle answers one call; before,
// when set, may answer a whole HTTP request itself (status codes, delays)
// and returns true when it did.
type fakeNode struct {
	t      testing.TB
	srv    *httptest.Server
	mu     sync.Mutex
	http   int   // HTTP requests seen
	sizes  []int // calls per HTTP request (1 for a non-batch)
	handle func(r rpcReq) (any, *rpcErr)
	before func(n int, w http.ResponseWriter, r *http.Request) bool
	// noBatch makes it answer any batch with one error, as providers that
	// refuse batches do.
	noBatch bool
}

func newFake(t testing.TB, handle func(r rpcReq) (any, *rpcErr)) *fakeNode {
	t.Helper()
	f := &fakeNode{t: t, handle: handle}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// chainIDHandler answers eth_chainId with id and delegates the rest.
func chainIDHandler(id uint64, rest func(r rpcReq) (any, *rpcErr)) func(r rpcReq) (any, *rpcErr) {
	return func(r rpcReq) (any, *rpcErr) {
		if r.Method == "eth_chainId" {
			return fmt.Sprintf("0x%x", id), nil
		}
		if rest == nil {
			return nil, &rpcErr{Code: -32601, Message: "method not found: " + r.Method}
		}
		return rest(r)
	}
}

func (f *fakeNode) serve(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		f.serveWS(w, r)
		return
	}
	f.mu.Lock()
	f.http++
	n := f.http
	before := f.before
	f.mu.Unlock()
	if before != nil && before(n, w, r) {
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	out, err := f.reply(body)
	if err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// serveWS answers JSON-RPC messages on a WebSocket connection, one message
// for each (go-ethereum's client and LogsEach's own connections alike).
func (f *fakeNode) serveWS(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	for {
		_, body, err := conn.ReadMessage()
		if err != nil {
			return
		}
		out, err := f.reply(body)
		if err != nil {
			return
		}
		if conn.WriteMessage(websocket.TextMessage, out) != nil {
			return
		}
	}
}

// reply answers one JSON-RPC message: a call or a batch.
func (f *fakeNode) reply(body []byte) ([]byte, error) {
	answer := func(q rpcReq) fakeResp {
		res, e := f.handle(q)
		if e == nil && res == nil {
			res = json.RawMessage("null")
		}
		return fakeResp{JSONRPC: "2.0", ID: q.ID, Result: res, Error: e}
	}
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
		var qs []rpcReq
		if err := json.Unmarshal(body, &qs); err != nil {
			return nil, err
		}
		f.mu.Lock()
		f.sizes = append(f.sizes, len(qs))
		noBatch := f.noBatch
		f.mu.Unlock()
		if noBatch {
			return []byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch requests are not supported"}}` + "\n"), nil
		}
		buf := []byte{'['}
		for i, q := range qs {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = appendResp(buf, answer(q))
		}
		return append(buf, ']', '\n'), nil
	}
	var q rpcReq
	if err := json.Unmarshal(body, &q); err != nil {
		return nil, err
	}
	f.mu.Lock()
	f.sizes = append(f.sizes, 1)
	f.mu.Unlock()
	return append(appendResp(nil, answer(q)), '\n'), nil
}

// rawResult is a result already encoded, written as it is (encoding/json
// would check and compact it, which is most of the time a fake answering
// many logs takes).
type rawResult []byte

// fakeResp is a JSON-RPC response.
type fakeResp struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcErr         `json:"error,omitempty"`
}

// appendResp appends the JSON of r.
func appendResp(buf []byte, r fakeResp) []byte {
	if raw, ok := r.Result.(rawResult); ok && r.Error == nil {
		buf = append(buf, `{"jsonrpc":"2.0","id":`...)
		buf = append(buf, r.ID...)
		buf = append(buf, `,"result":`...)
		return append(append(buf, raw...), '}')
	}
	b, err := json.Marshal(r)
	if err != nil {
		panic(err)
	}
	return append(buf, b...)
}

func (f *fakeNode) requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.http
}

// sleeps records back-off waits instead of sleeping.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) got() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// dialFakeWS dials f over WebSocket with opts.
func dialFakeWS(t testing.TB, f *fakeNode, opts Options) *Client {
	t.Helper()
	c, err := Dial(context.Background(), "ws"+strings.TrimPrefix(f.srv.URL, "http"), opts)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}

// dialFake dials f with opts (back-off recorded in s, not slept).
func dialFake(t testing.TB, f *fakeNode, opts Options, s *sleeps) *Client {
	t.Helper()
	if s != nil {
		opts.sleep = s.sleep
	}
	c, err := Dial(context.Background(), f.srv.URL, opts)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	t.Cleanup(c.Close)
	return c
}
