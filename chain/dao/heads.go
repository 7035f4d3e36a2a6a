package dao

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultPoll is how often Heads polls for a new head without WebSocket.
const DefaultPoll = 4 * time.Second

// Timing of the WebSocket stream: the dial timeout, and the back-off between
// attempts to subscribe again (doubling from the first to the last).
const (
	dialTimeout  = 20 * time.Second
	retryFirst   = time.Second
	retryLongest = 30 * time.Second
)

// Head is a chain head, or a failure of the head stream.
type Head struct {
	Number uint64
	Time   time.Time // the block's timestamp
	Err    error     // a transient failure; Number and Time are then zero
}

// Heads streams the chain's heads until ctx ends, then closes the channel.
// The first value is the current head; later ones are new heads, in
// increasing order (a head at or below the last one sent, as after a reorg,
// is skipped).
//
// It subscribes to newHeads over WebSocket when c's URL is ws(s):// or when
// wsURL is given (it dials wsURL and checks that it serves c's chain); else it
// polls c every poll (DefaultPoll when 0). Failures — a lost connection, a
// refused subscription, a malformed head, a failed poll — arrive as a Head
// with Err set, and the stream goes on (a lost subscription is retried with
// back-off, catching up with the current head; a node without subscriptions
// is polled instead). Heads returns an error only when the current head
// cannot be read or wsURL cannot be dialed or serves another chain.
func Heads(ctx context.Context, c *chain.Client, wsURL string, poll time.Duration) (<-chan Head, error) {
	if poll <= 0 {
		poll = DefaultPoll
	}
	var (
		ws    *rpc.Client
		owned bool
	)
	switch {
	case isWS(c.URL()):
		ws = c.RPC()
	case wsURL != "":
		var err error
		if ws, err = dialWS(ctx, c, wsURL); err != nil {
			return nil, err
		}
		owned = true
	}
	h, err := c.Head(ctx)
	if err == nil && !h.Number.IsUint64() {
		err = fmt.Errorf("the RPC reports head block %s, which is not a block number", h.Number)
	}
	if err != nil {
		if owned {
			ws.Close()
		}
		return nil, err
	}
	first := Head{Number: h.Number.Uint64(), Time: unix(h.Time)}
	out := make(chan Head)
	go func() {
		defer close(out)
		if owned {
			defer ws.Close()
		}
		if !send(ctx, out, first) {
			return
		}
		last := first.Number
		if ws != nil && !follow(ctx, ws, out, &last) {
			return
		}
		pollHeads(ctx, c, poll, out, last)
	}()
	return out, nil
}

// isWS reports whether an RPC URL is a WebSocket one.
func isWS(u string) bool {
	u = strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(u, "ws://") || strings.HasPrefix(u, "wss://")
}

// dialWS connects to a WebSocket endpoint and checks its chain id.
func dialWS(ctx context.Context, c *chain.Client, wsURL string) (*rpc.Client, error) {
	if !isWS(wsURL) {
		return nil, fmt.Errorf("WebSocket URL %s does not start with ws:// or wss://", chain.RedactURL(wsURL))
	}
	dctx, cancel := context.WithTimeout(ctx, dialTimeout)
	defer cancel()
	ws, err := rpc.DialContext(dctx, wsURL)
	if err != nil {
		return nil, fmt.Errorf("connecting to WebSocket %s for new heads: %w", chain.RedactURL(wsURL), err)
	}
	var id hexutil.Big
	if err := ws.CallContext(dctx, &id, "eth_chainId"); err != nil {
		ws.Close()
		return nil, fmt.Errorf("reading the chain id from WebSocket %s: %w", chain.RedactURL(wsURL), err)
	}
	if want := c.ChainID(); want.Cmp(id.ToInt()) != 0 {
		ws.Close()
		return nil, fmt.Errorf("%w: WebSocket %s is on chain %s, the RPC on chain %s: check the WebSocket URL", chain.ErrChainIDMismatch, chain.RedactURL(wsURL), id.ToInt(), want)
	}
	return ws, nil
}

// follow sends the heads of a newHeads subscription above *last,
// subscribing again (after a back-off) whenever the subscription fails. It
// returns false when ctx ends, true when the node has no subscriptions (the
// caller polls instead).
func follow(ctx context.Context, ws *rpc.Client, out chan<- Head, last *uint64) bool {
	wait := retryFirst
	for {
		ch := make(chan json.RawMessage, 16)
		sub, err := ws.EthSubscribe(ctx, ch, "newHeads")
		if err != nil {
			if ctx.Err() != nil {
				return false
			}
			var re rpc.Error
			if errors.Is(err, rpc.ErrNotificationsUnsupported) || errors.As(err, &re) && re.ErrorCode() == -32601 {
				return send(ctx, out, Head{Err: fmt.Errorf("the node does not stream new heads (%w): polling instead", err)})
			}
			if !send(ctx, out, Head{Err: fmt.Errorf("subscribing to new heads: %w (retrying in %s)", err, wait)}) {
				return false
			}
			if sleep(ctx, wait) != nil {
				return false
			}
			wait = min(2*wait, retryLongest)
			continue
		}
		wait = retryFirst
		// Catch up with heads sealed while (re)subscribing.
		var raw json.RawMessage
		cctx, cancel := context.WithTimeout(ctx, dialTimeout)
		err = ws.CallContext(cctx, &raw, "eth_getBlockByNumber", "latest", false)
		cancel()
		live := err != nil || forward(ctx, out, raw, last)
		live = live && drain(ctx, sub, ch, out, last)
		sub.Unsubscribe()
		if !live || sleep(ctx, retryFirst) != nil { // a pause, in case the node drops every subscription
			return false
		}
	}
}

// drain forwards a subscription's heads until it fails (true: subscribe
// again) or ctx ends (false).
func drain(ctx context.Context, sub *rpc.ClientSubscription, ch <-chan json.RawMessage, out chan<- Head, last *uint64) bool {
	for {
		select {
		case raw := <-ch:
			if !forward(ctx, out, raw, last) {
				return false
			}
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("closed by the node")
			}
			return send(ctx, out, Head{Err: fmt.Errorf("new-heads subscription lost: %w (reconnecting)", err)})
		case <-ctx.Done():
			return false
		}
	}
}

// forward decodes a head and sends it if it is above last, or sends the
// decoding error. It returns false when ctx ended.
func forward(ctx context.Context, out chan<- Head, raw json.RawMessage, last *uint64) bool {
	h, err := decodeHead(raw)
	if err != nil {
		return send(ctx, out, Head{Err: err})
	}
	if h.Number <= *last {
		return true
	}
	*last = h.Number
	return send(ctx, out, h)
}

// decodeHead decodes the number and timestamp of a block header (untrusted).
func decodeHead(raw json.RawMessage) (Head, error) {
	var h struct {
		Number    *hexutil.Big    `json:"number"`
		Timestamp *hexutil.Uint64 `json:"timestamp"`
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return Head{}, fmt.Errorf("malformed head from the node: %w", err)
	}
	if h.Number == nil || h.Timestamp == nil || !h.Number.ToInt().IsUint64() {
		return Head{}, errors.New("malformed head from the node: no block number or timestamp")
	}
	return Head{Number: h.Number.ToInt().Uint64(), Time: unix(uint64(*h.Timestamp))}, nil
}

// pollHeads sends the head above last every poll.
func pollHeads(ctx context.Context, c *chain.Client, poll time.Duration, out chan<- Head, last uint64) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		h, err := c.Head(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			if !send(ctx, out, Head{Err: err}) {
				return
			}
		case !h.Number.IsUint64():
			if !send(ctx, out, Head{Err: fmt.Errorf("the RPC reports head block %s, which is not a block number", h.Number)}) {
				return
			}
		case h.Number.Uint64() > last:
			last = h.Number.Uint64()
			if !send(ctx, out, Head{Number: last, Time: unix(h.Time)}) {
				return
			}
		}
	}
}

// send delivers h, or returns false when ctx ends first.
func send(ctx context.Context, out chan<- Head, h Head) bool {
	select {
	case out <- h:
		return true
	case <-ctx.Done():
		return false
	}
}

// sleep waits d, or returns ctx's error when it ends first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
