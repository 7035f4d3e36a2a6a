package chain

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// wsLogConns are the WebSocket connections LogsEach reads logs through,
// besides go-ethereum's client: one request at a time on each, so that the
// next message on a connection is the answer to its request, read as it
// streams in by the same reader as an HTTP body (go-ethereum's client reads
// each message whole and splits it with encoding/json, which took three
// times daoterm's own CPU for a cold read of 10⁶ logs). One connection is
// one backend, so the block asked in the same batch is the logs' node's.
type wsLogConns struct {
	mu     sync.Mutex
	idle   []*websocket.Conn
	closed bool
}

// maxIdleWSConns bounds the connections kept between requests.
const maxIdleWSConns = logWindow

// get returns an idle connection, or dials one.
func (p *wsLogConns) get(ctx context.Context, c *Client) (*websocket.Conn, error) {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		conn := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return conn, nil
	}
	p.mu.Unlock()
	d := websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: c.opts.Timeout}
	conn, resp, err := d.DialContext(ctx, c.url, nil)
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("connecting to RPC %s: %w", c.safeURL, redactErr(err, c))
	}
	conn.SetReadLimit(c.opts.MaxResponseBytes)
	return conn, nil
}

// put keeps conn for the next request, or closes it.
func (p *wsLogConns) put(conn *websocket.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || len(p.idle) >= maxIdleWSConns {
		conn.Close()
		return
	}
	p.idle = append(p.idle, conn)
}

// close closes the idle connections; those in use close when returned.
func (p *wsLogConns) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, conn := range p.idle {
		conn.Close()
	}
	p.idle = nil
}

// redactErr keeps the URL's credentials out of a dial error.
func redactErr(err error, c *Client) error {
	if c.url == c.safeURL {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), c.url, c.safeURL))
}

// wsStreamLogs makes the eth_getLogs request (with check, batched with
// eth_getBlockByNumber(to)) on a connection of its own and reads the answer
// as it streams in (see wsLogConns), as postLogs does over HTTP. A
// connection whose request failed in any way is closed, not reused.
func (c *Client) wsStreamLogs(ctx context.Context, q LogQuery, from, to uint64, check bool, d *logsDecoder) (logsAnswer, error) {
	body, err := logsBody(q, from, to, check)
	if err != nil {
		return logsAnswer{}, err
	}
	conn, err := c.wsConns.get(ctx, c)
	if err != nil {
		return logsAnswer{}, err
	}
	// Cancelling ctx unblocks the read: the connection is closed.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	ok := false
	defer func() {
		if stop() && ok {
			c.wsConns.put(conn)
		} else {
			conn.Close()
		}
	}()
	deadline := time.Now().Add(c.opts.Timeout)
	if dl, has := ctx.Deadline(); has && dl.Before(deadline) {
		deadline = dl
	}
	conn.SetWriteDeadline(deadline)
	c.noteCall("eth_getLogs")
	if err := conn.WriteMessage(websocket.TextMessage, body); err != nil {
		return logsAnswer{}, c.wsStreamErr(ctx, err)
	}
	conn.SetReadDeadline(deadline)
	kind, src, err := conn.NextReader()
	if err != nil {
		return logsAnswer{}, c.wsStreamErr(ctx, err)
	}
	if kind != websocket.TextMessage {
		return logsAnswer{}, fmt.Errorf("RPC %s answered eth_getLogs with a binary WebSocket message: the RPC is misbehaving; try another one", c.safeURL)
	}
	if d.win == nil {
		d.win = make([]byte, 0, jsonWindow)
	}
	r := &jsonReader{b: d.win[:0], src: src}
	logs, err := decodeLogsResponse(r, to, check, min(d.expect, logTarget*4))
	if cap(r.b) <= keepWindow {
		d.win = r.b[:0]
	} else {
		d.win = nil
	}
	if rerr := r.readErr(); rerr != nil {
		// The message stopped early (too large, timed out, dropped): that,
		// not the JSON it cut short, is what failed.
		return logsAnswer{}, c.wsStreamErr(ctx, rerr)
	}
	if err == nil || errors.Is(err, errBlockUnanswered) {
		// The whole message was read: the connection can serve the next.
		ok = r.end() == nil
	}
	if errors.Is(err, errBlockUnanswered) {
		return logsAnswer{logs: logs, bytes: int(r.n)}, err
	}
	if err != nil {
		return logsAnswer{}, err
	}
	return logsAnswer{logs: logs, bytes: int(r.n)}, nil
}

// wsStreamErr names why a WebSocket request failed: the message over the
// read limit (ErrResponseTooLarge), the timeout (ErrTimeout), or the
// connection.
func (c *Client) wsStreamErr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(err, websocket.ErrReadLimit) {
		return fmt.Errorf("%w: RPC %s sent a WebSocket message over %s (the cap is Options.MaxResponseBytes): ask for less, e.g. a smaller block range", ErrResponseTooLarge, c.safeURL, byteSize(c.opts.MaxResponseBytes))
	}
	if isNetTimeout(err) {
		return c.wsTimeout(ctx, err)
	}
	return fmt.Errorf("eth_getLogs over WebSocket to RPC %s: %w", c.safeURL, err)
}
