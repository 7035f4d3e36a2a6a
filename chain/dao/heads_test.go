package dao_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/devnet/faults"
	"github.com/ethereum/go-ethereum/core/types"
)

// startNode starts a devnet with cfg and closes it when t ends.
func startNode(t *testing.T, ctx context.Context, cfg devnet.Config) *devnet.Node {
	t.Helper()
	n, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// faultProxy is a fault-injecting proxy to target, closed when t ends.
func faultProxy(t *testing.T, target string) *faults.Proxy {
	t.Helper()
	p, err := faults.New(target, faults.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// TestHeads follows a devnet that seals a block every 50 ms, over a
// WebSocket client, over HTTP with a WebSocket URL, and by polling.
func TestHeads(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node := startNode(t, ctx, devnet.Config{BlockTime: 50 * time.Millisecond})

	for _, tt := range []struct {
		name, url, wsURL string
		poll             time.Duration
	}{
		{"websocket client", node.WSURL(), "", 0},
		{"http client, websocket url", node.HTTPURL(), node.WSURL(), 0},
		{"polling", node.HTTPURL(), "", 20 * time.Millisecond},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := devnettest.Dial(t, tt.url, chain.Options{})
			before := node.Head()
			sctx, stop := context.WithCancel(ctx)
			heads, err := dao.Heads(sctx, c, tt.wsURL, tt.poll)
			if err != nil {
				t.Fatal(err)
			}
			var got []dao.Head
			for h := range heads {
				if h.Err != nil {
					t.Errorf("head error: %v", h.Err)
					continue
				}
				got = append(got, h)
				if len(got) == 5 {
					break
				}
			}
			if len(got) < 5 {
				t.Fatalf("the stream ended after %d heads", len(got))
			}
			if got[0].Number < before {
				t.Errorf("first head %d, but the chain was at %d before", got[0].Number, before)
			}
			for i := 1; i < len(got); i++ {
				if got[i].Number <= got[i-1].Number || got[i].Time.Before(got[i-1].Time) {
					t.Errorf("head %d (%d at %v) after head %d (%d at %v)", i, got[i].Number, got[i].Time, i-1, got[i-1].Number, got[i-1].Time)
				}
			}
			for _, h := range got {
				hdr, err := c.Header(ctx, h.Number)
				if err != nil {
					t.Fatal(err)
				}
				if h.Time.Unix() != int64(hdr.Time) {
					t.Errorf("head %d: time %v, header says %d", h.Number, h.Time, hdr.Time)
				}
			}
			stop()
			for range heads { // must be closed once ctx ends
			}
		})
	}
}

// TestHeadsFromDial: a client that read the head when it was dialed, a
// moment ago, sends that head first, one request sooner (the pin alone);
// one dialed without it reads the head first.
func TestHeadsFromDial(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node := startNode(t, ctx, devnet.Config{})
	for _, tt := range []struct {
		head bool
		want int64
	}{{true, 1}, {false, 2}} {
		c := devnettest.Dial(t, node.HTTPURL(), chain.Options{Head: tt.head})
		first, n := firstHead(t, ctx, c, func(ctx context.Context) (<-chan dao.Head, error) { return dao.Heads(ctx, c, "", 0) })
		hdr, err := c.Header(ctx, node.Head())
		if err != nil {
			t.Fatal(err)
		}
		if first.Err != nil || first.Number != hdr.Number.Uint64() || first.Time.Unix() != int64(hdr.Time) {
			t.Errorf("dialed with the head %v: first head %+v, want block %d at %d", tt.head, first, hdr.Number, hdr.Time)
		}
		if n != tt.want {
			t.Errorf("dialed with the head %v: %d requests before the first head, want %d", tt.head, n, tt.want)
		}
	}
	// Given the pin read for the dialed head (while the caller did
	// something else), none; given one for another head, the pin again.
	if err := node.Mine(ctx, 70); err != nil { // heads whose pinned blocks differ
		t.Fatal(err)
	}
	c := devnettest.Dial(t, node.HTTPURL(), chain.Options{Head: true})
	dialed := c.DialHead().Number.Uint64()
	for _, tt := range []struct {
		at   uint64
		want int64
	}{{dialed, 0}, {dialed - 1, 1}} {
		pin, err := dao.PinFor(ctx, c, tt.at)
		if err != nil {
			t.Fatal(err)
		}
		first, n := firstHead(t, ctx, c, func(ctx context.Context) (<-chan dao.Head, error) { return dao.HeadsFrom(ctx, c, "", 0, pin) })
		if first.Err != nil || first.Number != dialed {
			t.Errorf("given a pin for head %d: first head %+v, want %d", tt.at, first, dialed)
		}
		if n != tt.want {
			t.Errorf("given a pin for head %d: %d requests before the first head, want %d", tt.at, n, tt.want)
		}
	}
}

// firstHead starts a head stream with start, takes its first head and
// stops it; n is the requests c made until that head.
func firstHead(t *testing.T, ctx context.Context, c *chain.Client, start func(context.Context) (<-chan dao.Head, error)) (first dao.Head, n int64) {
	t.Helper()
	before := c.Requests()
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	heads, err := start(sctx)
	if err != nil {
		t.Fatal(err)
	}
	first = <-heads
	n = c.Requests() - before
	stop()
	for range heads {
	}
	return first, n
}

// TestHeadsWrongChain refuses a WebSocket URL of another chain.
func TestHeadsWrongChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a := startNode(t, ctx, devnet.Config{})
	b := startNode(t, ctx, devnet.Config{ChainID: 4242})
	c := devnettest.Dial(t, a.HTTPURL(), chain.Options{})
	if _, err := dao.Heads(ctx, c, b.WSURL(), 0); !errors.Is(err, chain.ErrChainIDMismatch) {
		t.Errorf("err = %v, want a chain id mismatch", err)
	}
	if _, err := dao.Heads(ctx, c, a.HTTPURL(), 0); err == nil {
		t.Error("an http:// WebSocket URL gave no error")
	}
}

// TestHeadsReconnect cuts the WebSocket connection under the stream: an
// error head arrives, then the stream goes on with increasing heads.
func TestHeadsReconnect(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node := startNode(t, ctx, devnet.Config{BlockTime: 50 * time.Millisecond})
	u, err := url.Parse(node.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	p := newProxy(t, u.Host)
	c := devnettest.Dial(t, node.HTTPURL(), chain.Options{})
	heads, err := dao.Heads(ctx, c, "ws://"+p.addr(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var last uint64
	next := func() dao.Head {
		t.Helper()
		h, ok := <-heads
		if !ok {
			t.Fatal("the stream ended")
		}
		if h.Err == nil {
			if h.Number <= last {
				t.Errorf("head %d after head %d", h.Number, last)
			}
			last = h.Number
		}
		return h
	}
	for range 3 {
		if h := next(); h.Err != nil {
			t.Fatalf("before the cut: %v", h.Err)
		}
	}
	p.cut()
	for h := next(); h.Err == nil; h = next() {
	}
	for range 3 {
		if h := next(); h.Err != nil {
			t.Fatalf("after reconnecting: %v", h.Err)
		}
	}
}

// proxy forwards TCP connections to a node and can cut them all.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, in, out)
			p.mu.Unlock()
			go func() { io.Copy(out, in); out.Close() }()
			go func() { io.Copy(in, out); in.Close() }()
		}
	}()
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

// cut closes every connection made so far.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// collect reads heads until ok says stop, failing after a while.
func collect(t *testing.T, heads <-chan dao.Head, what string, ok func(dao.Head) bool) []dao.Head {
	t.Helper()
	var got []dao.Head
	timeout := time.After(20 * time.Second)
	for {
		select {
		case h, open := <-heads:
			if !open {
				t.Fatalf("%s: the stream ended; got %+v", what, got)
			}
			got = append(got, h)
			if ok(h) {
				return got
			}
		case <-timeout:
			t.Fatalf("%s: no such head in 20s; got %+v", what, got)
		}
	}
}

// TestHeadsNewChain: the node behind the RPC URL is replaced by another
// chain with the same chain id — lower than the old head, then higher —
// and the stream says so with a Reset, then follows the new chain.
func TestHeadsNewChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := func(blocks int, alloc types.GenesisAlloc) *devnet.Node {
		n := startNode(t, ctx, devnet.Config{Alloc: alloc})
		if err := n.Mine(ctx, blocks); err != nil {
			t.Fatal(err)
		}
		return n
	}
	// lower shares a's genesis (devnets started together are alike up to
	// their first own block); higher has another genesis.
	a, lower := start(80, nil), start(5, nil)
	higher := start(150, types.GenesisAlloc{{0x42}: {Balance: big.NewInt(1)}})
	p := faultProxy(t, a.HTTPURL())
	c := devnettest.Dial(t, p.URL(), chain.Options{})
	heads, err := dao.Heads(ctx, c, "", 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if h := <-heads; h.Number != a.Head() || h.Reset != "" || h.Err != nil {
		t.Fatalf("first head %+v, want %d", h, a.Head())
	}
	for _, next := range []*devnet.Node{lower, higher} {
		p.SetUpstream(next.HTTPURL())
		got := collect(t, heads, "a reset", func(h dao.Head) bool { return h.Reset != "" })
		h := got[len(got)-1]
		// Two devnets share their genesis: the pinned block tells them apart.
		if h.Number != next.Head() || !strings.Contains(h.Reset, "is gone: the node serves a new chain") && !strings.Contains(h.Reset, "changed from") {
			t.Errorf("reset head %+v, want head %d and what changed", h, next.Head())
		}
		for _, h := range got[:len(got)-1] {
			if h.Err == nil && h.Number > a.Head() && next == lower {
				t.Errorf("head %d of no chain before the reset", h.Number)
			}
		}
		if err := next.Mine(ctx, 2); err != nil {
			t.Fatal(err)
		}
		collect(t, heads, "a head of the new chain", func(h dao.Head) bool { return h.Err == nil && h.Number == next.Head() })
	}
	// Another chain id.
	p.Set(faults.Fault{Kind: faults.WrongChainID, ChainID: 7})
	if err := higher.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	got := collect(t, heads, "a reset", func(h dao.Head) bool { return h.Reset != "" })
	if r := got[len(got)-1].Reset; !strings.Contains(r, "chain id changed from 1337 to 7") {
		t.Errorf("reset %q", r)
	}
}

// TestHeadsNodeDownAndBack: while the node is unreachable the stream sends
// errors; when it is back, heads again, without being restarted.
func TestHeadsNodeDownAndBack(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node := startNode(t, ctx, devnet.Config{})
	p := faultProxy(t, node.HTTPURL())
	c := devnettest.Dial(t, p.URL(), chain.Options{MaxRetries: -1})
	heads, err := dao.Heads(ctx, c, "", 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	<-heads
	for _, kind := range []faults.Kind{faults.Down, faults.ServerError, faults.Hang} {
		p.Set(faults.Fault{Kind: kind, Status: 502})
		collect(t, heads, kind.String(), func(h dao.Head) bool { return h.Err != nil })
		p.Set(faults.Fault{})
		if err := node.Mine(ctx, 1); err != nil {
			t.Fatal(err)
		}
		collect(t, heads, "back after "+kind.String(), func(h dao.Head) bool { return h.Err == nil && h.Number == node.Head() })
	}
}

// TestHeadsWebSocketRestart: the node behind a WebSocket URL stops and a
// new chain starts on the same address: errors while it is down, then a
// Reset, then the new chain's heads.
func TestHeadsWebSocketRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Mine(ctx, 30); err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(a.HTTPURL(), "http://")
	c := devnettest.Dial(t, a.WSURL(), chain.Options{})
	heads, err := dao.Heads(ctx, c, "", 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	<-heads
	a.Close()
	collect(t, heads, "an error while down", func(h dao.Head) bool { return h.Err != nil })
	b := startNode(t, ctx, devnet.Config{Listen: addr})
	got := collect(t, heads, "a reset", func(h dao.Head) bool { return h.Reset != "" })
	if h := got[len(got)-1]; h.Number != b.Head() {
		t.Errorf("reset at head %d, want %d", h.Number, b.Head())
	}
	if err := b.Mine(ctx, 2); err != nil {
		t.Fatal(err)
	}
	collect(t, heads, "a head of the new chain", func(h dao.Head) bool { return h.Err == nil && h.Number == b.Head() })
}
