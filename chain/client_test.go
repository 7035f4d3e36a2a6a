package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestRetry429RetryAfterSeconds(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	var s sleeps
	c := dialFake(t, f, Options{}, &s)
	base := f.requests()
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n <= base+2 {
			w.Header().Set("Retry-After", "3")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return true
		}
		return false
	}
	if err := c.CheckChainID(context.Background()); err != nil {
		t.Fatalf("CheckChainID after two 429s: %v", err)
	}
	if got := f.requests() - base; got != 3 {
		t.Errorf("server saw %d requests, want 3", got)
	}
	if got := c.Requests(); got != int64(f.requests()) {
		t.Errorf("Requests() = %d, server saw %d", got, f.requests())
	}
	if got := s.got(); len(got) != 2 || got[0] != 3*time.Second || got[1] != 3*time.Second {
		t.Errorf("waits = %v, want [3s 3s] from Retry-After", got)
	}
}

func TestRetryAfterForms(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"0", 0},
		{"7", 7 * time.Second},
		{"-3", 0},
		{"99999", retryAfterMax},
		{now.Add(12 * time.Second).Format(http.TimeFormat), 12 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{now.Add(time.Hour).Format(http.TimeFormat), retryAfterMax},
		{"soon", 0},
	} {
		if got := retryAfterOf(tc.in, now); got != tc.want {
			t.Errorf("retryAfterOf(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestRetryAfterHTTPDate(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	var s sleeps
	c := dialFake(t, f, Options{}, &s)
	base := f.requests()
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n == base+1 {
			// Far in the future: the wait is capped.
			w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		}
		return false
	}
	if err := c.CheckChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := s.got(); len(got) != 1 || got[0] != retryAfterMax {
		t.Errorf("waits = %v, want [%v] (capped)", got, retryAfterMax)
	}
}

func TestRetry503BackoffThenGiveUp(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	var s sleeps
	c := dialFake(t, f, Options{MaxRetries: 3}, &s)
	base := f.requests()
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		http.Error(w, "upstream down", http.StatusServiceUnavailable)
		return true
	}
	err := c.CheckChainID(context.Background())
	if err == nil || !strings.Contains(err.Error(), "503") {
		t.Fatalf("CheckChainID against a dead upstream: err = %v, want a 503 error", err)
	}
	if got := f.requests() - base; got != 4 {
		t.Errorf("server saw %d requests, want 1 + 3 retries", got)
	}
	waits := s.got()
	if len(waits) != 3 {
		t.Fatalf("waits = %v, want 3", waits)
	}
	for i, w := range waits {
		lo, hi := (backoffBase<<i)/2, backoffBase<<i
		if w < lo || w > hi {
			t.Errorf("wait %d = %v, want in [%v, %v]", i, w, lo, hi)
		}
	}
	if got := c.Requests(); got != int64(f.requests()) {
		t.Errorf("Requests() = %d, server saw %d", got, f.requests())
	}
}

func TestNoRetryOn4xx(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	var s sleeps
	c := dialFake(t, f, Options{}, &s)
	base := f.requests()
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		http.Error(w, "bad key", http.StatusUnauthorized)
		return true
	}
	if err := c.CheckChainID(context.Background()); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("err = %v, want 401", err)
	}
	if got := f.requests() - base; got != 1 {
		t.Errorf("server saw %d requests for a 401, want 1 (no retry)", got)
	}
}

func TestRetryTimeout(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	var s sleeps
	c := dialFake(t, f, Options{Timeout: 50 * time.Millisecond}, &s)
	base := f.requests()
	release := make(chan struct{})
	defer close(release)
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n <= base+2 {
			select { // hang until the client gives up on this attempt
			case <-r.Context().Done():
			case <-release:
			}
			return true
		}
		return false
	}
	if err := c.CheckChainID(context.Background()); err != nil {
		t.Fatalf("CheckChainID after two timeouts: %v", err)
	}
	if got := c.Requests() - int64(base); got != 3 {
		t.Errorf("client made %d requests, want 3", got)
	}
	if got := len(s.got()); got != 2 {
		t.Errorf("%d back-off waits, want 2", got)
	}

	// Every attempt times out: a clear error after MaxRetries.
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		select {
		case <-r.Context().Done():
		case <-release:
		}
		return true
	}
	err := c.CheckChainID(context.Background())
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "50ms") {
		t.Fatalf("err = %v, want ErrTimeout naming the timeout", err)
	}
}

func TestContextCancelStopsRetries(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := Options{sleep: func(c context.Context, d time.Duration) error { cancel(); return c.Err() }}
	c, err := Dial(context.Background(), f.srv.URL, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	base := f.requests()
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		w.WriteHeader(http.StatusBadGateway)
		return true
	}
	if err := c.CheckChainID(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if got := f.requests() - base; got != 1 {
		t.Errorf("%d requests after the caller gave up, want 1", got)
	}
}

func TestResponseCap(t *testing.T) {
	big := strings.Repeat("ab", 4096) // 8 KiB of hex
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		return "0x" + big, nil
	}))
	c := dialFake(t, f, Options{MaxResponseBytes: 4 << 10}, nil)
	_, err := c.HasCode(context.Background(), common.Address{1}, 1)
	if !errors.Is(err, ErrResponseTooLarge) || !strings.Contains(err.Error(), "4 KiB") {
		t.Fatalf("err = %v, want ErrResponseTooLarge naming the 4 KiB cap", err)
	}

	// Same with chunked encoding (no Content-Length).
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(200)
		fl := w.(http.Flusher)
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"result":"0x`)
		for i := 0; i < 64; i++ {
			fmt.Fprint(w, big[:256])
			fl.Flush()
		}
		fmt.Fprint(w, `"}`)
		return true
	}
	_, err = c.HasCode(context.Background(), common.Address{1}, 1)
	if !errors.Is(err, ErrResponseTooLarge) {
		t.Fatalf("chunked: err = %v, want ErrResponseTooLarge", err)
	}

	// Under the cap it works.
	f.before = nil
	c2 := dialFake(t, f, Options{MaxResponseBytes: 64 << 10}, nil)
	ok, err := c2.HasCode(context.Background(), common.Address{1}, 1)
	if err != nil || !ok {
		t.Fatalf("HasCode under the cap = %v, %v", ok, err)
	}
}

func TestErrorPageBodyCapped(t *testing.T) {
	f := newFake(t, chainIDHandler(1, nil))
	c := dialFake(t, f, Options{MaxRetries: -1}, nil)
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		w.WriteHeader(http.StatusBadRequest)
		for i := 0; i < 1024; i++ { // 1 MiB error page
			w.Write([]byte(strings.Repeat("x", 1024)))
		}
		return true
	}
	err := c.CheckChainID(context.Background())
	if err == nil || len(err.Error()) > 2*errorBodyMax {
		t.Fatalf("error from a 1 MiB error page has %d bytes, want ≤ %d", len(err.Error()), 2*errorBodyMax)
	}
}

func TestChainIDMismatchAtDial(t *testing.T) {
	f := newFake(t, chainIDHandler(5, nil))
	_, err := Dial(context.Background(), f.srv.URL, Options{ChainID: big.NewInt(1)})
	if !errors.Is(err, ErrChainIDMismatch) {
		t.Fatalf("Dial = %v, want ErrChainIDMismatch", err)
	}
	if want := "is on chain 5, expected chain 1"; !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "--rpc") {
		t.Errorf("error %q does not say %q", err, want)
	}
	if !strings.Contains(err.Error(), f.srv.URL) {
		t.Errorf("error %q does not name the RPC", err)
	}
	c, err := Dial(context.Background(), f.srv.URL, Options{ChainID: big.NewInt(5)})
	if err != nil {
		t.Fatalf("Dial with the right chain id: %v", err)
	}
	defer c.Close()
	if c.ChainID().Int64() != 5 {
		t.Errorf("ChainID() = %v", c.ChainID())
	}
}

func TestCheckChainIDChanged(t *testing.T) {
	id := uint64(1)
	f := newFake(t, func(r rpcReq) (any, *rpcErr) { return fmt.Sprintf("0x%x", id), nil })
	c := dialFake(t, f, Options{}, nil)
	if err := c.CheckChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	id = 10
	if err := c.CheckChainID(context.Background()); !errors.Is(err, ErrChainIDMismatch) {
		t.Fatalf("CheckChainID after the node switched chains = %v", err)
	}
}

func TestDialErrors(t *testing.T) {
	for _, u := range []string{"", "localhost:8545", "ftp://x/y", "http://"} {
		if _, err := Dial(context.Background(), u, Options{}); err == nil {
			t.Errorf("Dial(%q) succeeded", u)
		}
	}
	// Nothing listening: error says what to check, without retrying forever.
	_, err := Dial(context.Background(), "http://127.0.0.1:1", Options{})
	if err == nil || !strings.Contains(err.Error(), "check the RPC URL") {
		t.Errorf("Dial to a closed port = %v", err)
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef": "https://mainnet.infura.io/v3/…",
		"https://user:pass@node.example/rpc?key=secret":                 "https://node.example/rpc?…",
		"http://127.0.0.1:8545":                                         "http://127.0.0.1:8545",
		"wss://eth.example/ws/ab12cd34":                                 "wss://eth.example/ws/…",
		"https://rpc.ankr.com/eth":                                      "https://rpc.ankr.com/eth",
		"https://node.example/rpc#frag-secret":                          "https://node.example/rpc",
		// Does not parse (a bad escape, a space in the host): scheme and host only.
		"https://user:secret@node.example/v3/%zzsecretsecretsecret": "https://node.example",
		"https://node.example:8545/%zz?key=0123456789":              "https://node.example:8545",
		// Nothing to recover.
		"not a url with key 0123456789abcdef0123456789abcdef0123": "<unparseable URL>",
		"https://exa mple.com/0123456789abcdef0123456789":         "<unparseable URL>",
		"":                                      "<unparseable URL>",
		"mailto:0123456789abcdef0123456789abcd": "<unparseable URL>",
	} {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBatchingCountsRequests: 1,234 eth_calls without Multicall3 are three
// JSON-RPC batches (500, 500, 234), one HTTP request each.
func TestBatchingCountsRequests(t *testing.T) {
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		if r.Method != "eth_call" {
			return nil, &rpcErr{Code: -32601, Message: "unexpected " + r.Method}
		}
		var arg struct {
			To   common.Address `json:"to"`
			Data hexutil.Bytes  `json:"data"`
		}
		if err := json.Unmarshal(r.Params[0], &arg); err != nil {
			return nil, &rpcErr{Code: -32602, Message: err.Error()}
		}
		if len(arg.Data) > 0 && arg.Data[0] == 0xff {
			return nil, &rpcErr{Code: 3, Message: "execution reverted: nope", Data: "0x08c379a00000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000" + "46e6f706500000000000000000000000000000000000000000000000000000000"}
		}
		return hexutil.Bytes(append(arg.To.Bytes()[:1], arg.Data...)), nil
	}))
	c := dialFake(t, f, Options{NoMulticall: true}, nil)
	calls := make([]Call, 1234)
	for i := range calls {
		calls[i] = Call{To: common.Address{byte(i)}, Data: []byte{byte(i >> 8), byte(i)}}
	}
	calls[7].Data = []byte{0xff}
	before := c.Requests()
	res, err := c.CallAt(context.Background(), 42, calls)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Requests() - before; got != 3 {
		t.Errorf("1,234 calls took %d HTTP requests, want 3", got)
	}
	if got := f.sizes[len(f.sizes)-3:]; got[0] != 500 || got[1] != 500 || got[2] != 234 {
		t.Errorf("batch sizes %v, want [500 500 234]", got)
	}
	for i, r := range res {
		if i == 7 {
			var re *RevertError
			if !errors.Is(r.Err, ErrReverted) || !errors.As(r.Err, &re) || re.Reason != "nope" {
				t.Errorf("call 7: err = %v, want a revert with reason nope", r.Err)
			}
			continue
		}
		want := []byte{byte(i), byte(i >> 8), byte(i)}
		if r.Err != nil || string(r.Data) != string(want) {
			t.Fatalf("call %d = %x, %v; want %x", i, r.Data, r.Err, want)
		}
	}
}

func TestCallAtNonRevertErrorFails(t *testing.T) {
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		return nil, &rpcErr{Code: -32000, Message: "header not found"}
	}))
	c := dialFake(t, f, Options{NoMulticall: true}, nil)
	_, err := c.CallAt(context.Background(), 1, []Call{{To: common.Address{1}}})
	if err == nil || !strings.Contains(err.Error(), "header not found") {
		t.Fatalf("err = %v, want the node's error", err)
	}
}

func TestBalancesAndBlockTimesBatched(t *testing.T) {
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		switch r.Method {
		case "eth_getBalance":
			var a common.Address
			json.Unmarshal(r.Params[0], &a)
			return hexutil.EncodeBig(big.NewInt(int64(a[19]) * 1000)), nil
		case "eth_getBlockByNumber":
			var n hexutil.Uint64
			json.Unmarshal(r.Params[0], &n)
			return map[string]any{"number": n, "timestamp": hexutil.Uint64(1000 + 12*uint64(n))}, nil
		}
		return nil, &rpcErr{Code: -32601, Message: r.Method}
	}))
	c := dialFake(t, f, Options{BatchSize: 100}, nil)
	addrs := make([]common.Address, 250)
	for i := range addrs {
		addrs[i][19] = byte(i)
	}
	before := c.Requests()
	bals, err := c.BalancesAt(context.Background(), 9, addrs)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Requests() - before; got != 3 {
		t.Errorf("250 balances took %d requests, want 3", got)
	}
	for i, b := range bals {
		if b.Int64() != int64(byte(i))*1000 {
			t.Fatalf("balance %d = %v", i, b)
		}
	}
	blocks := []uint64{5, 7, 5, 100}
	times, err := c.BlockTimes(context.Background(), blocks)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blocks {
		if times[b] != 1000+12*b {
			t.Errorf("time of block %d = %d", b, times[b])
		}
	}
}

func TestBlockTimesRejectsWrongBlock(t *testing.T) {
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		return map[string]any{"number": "0x1", "timestamp": "0x5"}, nil
	}))
	c := dialFake(t, f, Options{}, nil)
	if _, err := c.BlockTimes(context.Background(), []uint64{2}); err == nil || !strings.Contains(err.Error(), "misbehaving") {
		t.Fatalf("err = %v", err)
	}
	f.handle = chainIDHandler(1, func(r rpcReq) (any, *rpcErr) { return nil, nil })
	if _, err := c.BlockTimes(context.Background(), []uint64{2}); err == nil || !strings.Contains(err.Error(), "no block 2") {
		t.Fatalf("err = %v", err)
	}
}

// TestDroppedConnection: a connection closed before the answer is retried;
// when it keeps happening the error says so and never quotes the API key in
// the URL (net/http's errors do).
func TestDroppedConnection(t *testing.T) {
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) { return "0x", nil }))
	drop := 0
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n == 1 || drop == 0 {
			return false
		}
		drop--
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
		return true
	}
	var s sleeps
	key := "0123456789abcdef0123456789abcdef"
	opts := Options{sleep: s.sleep}
	c, err := Dial(context.Background(), f.srv.URL+"/v3/"+key, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	drop = 2
	if _, err := c.HasCode(context.Background(), common.Address{1}, 1); err != nil {
		t.Fatalf("two dropped connections, then an answer: %v", err)
	}
	drop = 100
	_, err = c.HasCode(context.Background(), common.Address{1}, 1)
	if err == nil || !strings.Contains(err.Error(), "closed the connection without answering") || strings.Contains(err.Error(), key) {
		t.Fatalf("error %v", err)
	}
	_, err = c.BalancesAt(context.Background(), 1, []common.Address{{1}, {2}})
	if err == nil || strings.Contains(err.Error(), key) {
		t.Fatalf("batch error %v", err)
	}
}

// TestPinDiff names what changed between two pins, the chain id first.
func TestPinDiff(t *testing.T) {
	a := Pin{ChainID: big.NewInt(1), Genesis: common.Hash{1}, Block: 10, Hash: common.Hash{2}}
	for _, tc := range []struct {
		now  Pin
		want string
	}{
		{a, ""},
		{Pin{ChainID: big.NewInt(5), Genesis: common.Hash{9}, Block: 10}, "the chain id changed from 1 to 5"},
		{Pin{ChainID: big.NewInt(1), Genesis: common.Hash{9}, Block: 10, Hash: common.Hash{2}}, "the genesis block changed from 0x0100…0000 to 0x0900…0000"},
		{Pin{ChainID: big.NewInt(1), Genesis: common.Hash{1}, Block: 10}, "block 10 is gone"},
		{Pin{ChainID: big.NewInt(1), Genesis: common.Hash{1}, Block: 10, Hash: common.Hash{3}}, "block 10 changed from 0x0200…0000 to 0x0300…0000"},
	} {
		got := a.Diff(tc.now)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("Diff(%+v) = %q, want %q", tc.now, got, tc.want)
		}
	}
}

// TestLocalNodeUncompressed: a node on this machine is asked for answers
// without gzip (compressing them costs it CPU and saves no time), any
// other with the transport's defaults; idle connections are kept for the
// requests in flight.
func TestLocalNodeUncompressed(t *testing.T) {
	var mu sync.Mutex
	var enc []string
	f := newFake(t, chainIDHandler(1, nil))
	f.before = func(n int, w http.ResponseWriter, r *http.Request) bool {
		mu.Lock()
		enc = append(enc, r.Header.Get("Accept-Encoding"))
		mu.Unlock()
		return false
	}
	dialFake(t, f, Options{}, nil)
	mu.Lock()
	defer mu.Unlock()
	if len(enc) == 0 || slices.Contains(enc, "gzip") {
		t.Errorf("Accept-Encoding of the requests to %s: %q, want no gzip", f.srv.URL, enc)
	}
	for host, local := range map[string]bool{"127.0.0.1": true, "127.3.4.5": true, "::1": true, "localhost": true, "LocalHost": true, "node.localhost": true,
		"eth.llamarpc.com": false, "10.0.0.1": false, "192.168.1.2": false, "localhost.example.com": false} {
		if isLoopback(host) != local {
			t.Errorf("isLoopback(%q) = %v", host, !local)
		}
		tr, ok := defaultTransport(host).(*http.Transport)
		if !ok || tr.DisableCompression != local || tr.MaxIdleConnsPerHost < logWindow {
			t.Errorf("defaultTransport(%q): compression off %v, idle connections %d", host, tr.DisableCompression, tr.MaxIdleConnsPerHost)
		}
	}
}

// TestCloseReleasesConnections: closing a Client closes the connections
// its transport kept idle (Dial makes a transport of its own per Client).
func TestCloseReleasesConnections(t *testing.T) {
	var mu sync.Mutex
	open := 0
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x1"}`))
	}))
	srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		mu.Lock()
		defer mu.Unlock()
		switch st {
		case http.StateNew:
			open++
		case http.StateClosed, http.StateHijacked:
			open--
		}
	}
	srv.Start()
	defer srv.Close()
	c, err := Dial(context.Background(), srv.URL, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		n := open
		mu.Unlock()
		if n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d connections still open after Close", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestDialHead: with Options.Head, Dial reads the chain id and the head in
// one request; a node that refuses batches, or names no head, still
// connects; a node not there is an error about the chain id.
func TestDialHead(t *testing.T) {
	ctx := context.Background()
	f := newFake(t, chainIDHandler(5, func(r rpcReq) (any, *rpcErr) {
		if r.Method == "eth_getBlockByNumber" && string(r.Params[0]) == `"latest"` {
			return map[string]any{"number": "0x2a", "hash": common.Hash{1}, "parentHash": common.Hash{}, "sha3Uncles": common.Hash{}, "miner": common.Address{},
				"stateRoot": common.Hash{}, "transactionsRoot": common.Hash{}, "receiptsRoot": common.Hash{}, "logsBloom": "0x" + strings.Repeat("00", 256),
				"difficulty": "0x0", "gasLimit": "0x1", "gasUsed": "0x0", "timestamp": "0x1", "extraData": "0x", "l1BlockNumber": "0x7"}, nil
		}
		if r.Method == "eth_getBlockByNumber" && string(r.Params[0]) == `"0x0"` {
			return map[string]any{"number": "0x0", "hash": common.Hash{9}}, nil
		}
		return nil, nil
	}))
	c, err := Dial(ctx, f.srv.URL, Options{Head: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if h := c.DialHead(); h == nil || h.Number.Uint64() != 42 || c.ChainID().Int64() != 5 {
		t.Fatalf("DialHead %v, chain %v", h, c.ChainID())
	}
	if clock, at, ok := c.DialClock(); !ok || clock != (BlockClock{Number: 42, Time: 1, L1Block: 7, HasL1: true}) || time.Since(at) > time.Minute {
		t.Errorf("DialClock %+v, %v", clock, ok)
	}
	if g, err := c.Genesis(ctx); err != nil || g != (common.Hash{9}) {
		t.Errorf("Genesis %v, %v", g, err)
	}
	if f.http != 1 || len(f.sizes) != 1 || f.sizes[0] != 3 {
		t.Errorf("%d HTTP requests, batches %v: want one batch of 3 (the chain id, the head, the genesis)", f.http, f.sizes)
	}
	plain, err := Dial(ctx, f.srv.URL, Options{})
	if _, _, ok := plain.DialClock(); err != nil || plain.DialHead() != nil || ok {
		t.Fatalf("without Head: %v, head %v", err, plain.DialHead())
	}
	plain.Close()

	f.noBatch = true // the batch is split down to calls of their own
	c, err = Dial(ctx, f.srv.URL, Options{Head: true})
	if err != nil || c.DialHead() == nil || c.ChainID().Int64() != 5 {
		t.Fatalf("batches refused: %v, head %v", err, c.DialHead())
	}
	c.Close()

	f.noBatch = false
	none := newFake(t, chainIDHandler(5, func(r rpcReq) (any, *rpcErr) { return nil, nil })) // no block: null
	c, err = Dial(ctx, none.srv.URL, Options{Head: true})
	if err != nil || c.DialHead() != nil {
		t.Fatalf("no head: %v, head %v", err, c.DialHead())
	}
	c.Close()

	// A node that does not answer in time is not asked a second time.
	slow := newFake(t, chainIDHandler(5, nil))
	slow.before = func(int, http.ResponseWriter, *http.Request) bool { time.Sleep(300 * time.Millisecond); return true }
	if _, err := Dial(ctx, slow.srv.URL, Options{Head: true, MaxRetries: -1, Timeout: 50 * time.Millisecond}); err == nil || !strings.Contains(err.Error(), "eth_chainId") {
		t.Errorf("a node that does not answer: %v", err)
	}
	slow.mu.Lock()
	defer slow.mu.Unlock()
	if slow.http != 1 {
		t.Errorf("a node that does not answer was asked %d times", slow.http)
	}
}
