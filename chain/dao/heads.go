package dao

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/ethereum/go-ethereum/common"
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

// pinDepth is how far below the head the stream pins a block to tell a
// new chain from a reorganisation: deeper than any reorganisation seen on
// a live chain.
const pinDepth = 64

// Head is a chain head, or a failure of the head stream.
type Head struct {
	Number uint64
	Time   time.Time // the block's timestamp
	// L1Block is the L1 block number the block reports (Arbitrum's
	// l1BlockNumber: what block.number returns there); 0 elsewhere.
	L1Block uint64
	Err     error // a transient failure; Number and Time are then zero
	// Reset, when set, says the node now serves another chain than before
	// (what changed: the chain id, the genesis, or a block gone or replaced
	// below the head): everything read before is void. Number and Time are
	// the new chain's head, and the stream goes on from there.
	Reset string
}

// Heads streams the chain's heads until ctx ends, then closes the channel.
// The first value is the current head; later ones are new heads, in
// increasing order (a head at or below the last one sent, as after a reorg,
// is skipped) — unless the node now serves another chain: then a Head with
// Reset says what changed, and the stream follows the new chain.
//
// It subscribes to newHeads over WebSocket when c's URL is ws(s):// or when
// wsURL is given (it dials wsURL and checks that it serves c's chain); else it
// polls c every poll (DefaultPoll when 0). At most once a poll interval, and
// whenever the head goes backwards, it checks the chain id, the genesis and
// a block pinDepth below the head. Failures — a lost connection, a refused
// subscription, a malformed head, a failed poll, a WebSocket that stops
// answering — arrive as a Head with Err set, and the stream goes on (a lost
// subscription is retried with back-off, catching up with the current head;
// a node without subscriptions is polled instead), so a node that dies and
// comes back is followed again by itself. Heads returns an error only when
// the current head cannot be read or wsURL cannot be dialed or serves
// another chain.
func Heads(ctx context.Context, c *chain.Client, wsURL string, poll time.Duration) (<-chan Head, error) {
	return heads(ctx, c, wsURL, poll, nil)
}

// PinFor reads the pin a head stream that starts at head checks the chain
// against (see Heads), so that a caller that knows the head (the one the
// client was dialed at) can read it while it does something else, and give
// it to HeadsFrom.
func PinFor(ctx context.Context, c *chain.Client, head uint64) (chain.Pin, error) {
	return c.PinBlock(ctx, pinBlock(head))
}

// HeadsFrom is Heads given the pin PinFor read for the head the client was
// dialed at: when the stream starts from that head, it reads no pin of its
// own, and the first head goes out without a request.
func HeadsFrom(ctx context.Context, c *chain.Client, wsURL string, poll time.Duration, pin chain.Pin) (<-chan Head, error) {
	return heads(ctx, c, wsURL, poll, &pin)
}

// heads is Heads, starting from pre when it pins the head the stream
// starts from.
func heads(ctx context.Context, c *chain.Client, wsURL string, poll time.Duration, pre *chain.Pin) (<-chan Head, error) {
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
	// The head Dial read, when it was read a moment ago (a dashboard that
	// just connected): one round trip fewer before the first head.
	h, at, ok := c.DialClock()
	var err error
	if !ok || time.Since(at) > poll {
		h, err = c.HeadClock(ctx)
	}
	var pin chain.Pin
	switch {
	case err != nil:
	case pre != nil && pre.Block == pinBlock(h.Number) && pre.ChainID != nil && pre.ChainID.Cmp(c.ChainID()) == 0:
		pin = *pre
	default:
		pin, err = c.PinBlock(ctx, pinBlock(h.Number))
	}
	if err != nil {
		if owned {
			ws.Close()
		}
		return nil, err
	}
	first := headOf(h)
	out := make(chan Head)
	s := &headStream{c: c, ws: ws, out: out, poll: poll, last: first.Number, pin: pin, checked: time.Now()}
	go func() {
		defer close(out)
		if owned {
			defer ws.Close()
		}
		if !s.send(ctx, first) {
			return
		}
		if ws != nil && !s.follow(ctx) {
			return
		}
		s.pollHeads(ctx)
	}()
	return out, nil
}

// pinBlock is the block the stream pins below head: pinDepth below, but
// not block 0 when there is another (two dev chains may share a genesis).
func pinBlock(head uint64) uint64 {
	if head > pinDepth {
		return head - pinDepth
	}
	return min(head, 1)
}

// headStream is the state of one head stream.
type headStream struct {
	c       *chain.Client
	ws      *rpc.Client // nil when polling
	out     chan<- Head
	poll    time.Duration
	last    uint64    // the last head sent
	pin     chain.Pin // the chain and a block below the head
	checked time.Time // when pin was last checked
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

// follow sends the heads of a newHeads subscription above s.last,
// subscribing again (after a back-off) whenever the subscription fails. It
// returns false when ctx ends, true when the node has no subscriptions (the
// caller polls instead).
func (s *headStream) follow(ctx context.Context) bool {
	wait := retryFirst
	for {
		ch := make(chan json.RawMessage, 16)
		sub, err := s.ws.EthSubscribe(ctx, ch, "newHeads")
		if err != nil {
			if ctx.Err() != nil {
				return false
			}
			var re rpc.Error
			if errors.Is(err, rpc.ErrNotificationsUnsupported) || errors.As(err, &re) && re.ErrorCode() == -32601 {
				return s.send(ctx, Head{Err: fmt.Errorf("the node does not headStream new heads (%w): polling instead", err)})
			}
			if !s.send(ctx, Head{Err: fmt.Errorf("subscribing to new heads: %w (retrying in %s)", err, wait)}) {
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
		live := true
		if raw, err := s.latest(ctx); err == nil {
			live = s.forward(ctx, raw)
		}
		live = live && s.drain(ctx, sub, ch)
		sub.Unsubscribe()
		if !live || sleep(ctx, retryFirst) != nil { // a pause, in case the node drops every subscription
			return false
		}
	}
}

// latest reads the latest block over the WebSocket.
func (s *headStream) latest(ctx context.Context) (json.RawMessage, error) {
	var raw json.RawMessage
	cctx, cancel := context.WithTimeout(ctx, min(dialTimeout, max(s.poll, time.Second)))
	defer cancel()
	err := s.ws.CallContext(cctx, &raw, "eth_getBlockByNumber", "latest", false)
	return raw, err
}

// drain forwards a subscription's heads until it fails (true: subscribe
// again) or ctx ends (false). When no head came for a poll interval it asks
// for the latest block: a node that stopped answering is reported and
// subscribed to again, and a missed head is caught up with.
func (s *headStream) drain(ctx context.Context, sub *rpc.ClientSubscription, ch <-chan json.RawMessage) bool {
	t := time.NewTicker(s.poll)
	defer t.Stop()
	quiet := true
	for {
		select {
		case raw := <-ch:
			quiet = false
			if !s.forward(ctx, raw) {
				return false
			}
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("closed by the node")
			}
			return s.send(ctx, Head{Err: fmt.Errorf("new-heads subscription lost: %w (reconnecting)", err)})
		case <-t.C:
			if !quiet {
				quiet = true
				continue
			}
			raw, err := s.latest(ctx)
			if ctx.Err() != nil {
				return false
			}
			if err != nil {
				return s.send(ctx, Head{Err: fmt.Errorf("the node stopped answering over WebSocket: %w (reconnecting)", err)})
			}
			if !s.forward(ctx, raw) {
				return false
			}
		case <-ctx.Done():
			return false
		}
	}
}

// forward decodes a head and passes it to next, or sends the decoding
// error. It returns false when ctx ended.
func (s *headStream) forward(ctx context.Context, raw json.RawMessage) bool {
	h, err := decodeHead(raw)
	if err != nil {
		return s.send(ctx, Head{Err: err})
	}
	return s.next(ctx, h)
}

// next sends h if it is above the last head sent. It checks the chain at
// most once a poll interval (also when the head stays), and whenever the
// head goes back more than one block; on another chain it sends a Reset
// instead. It returns false when ctx ended.
func (s *headStream) next(ctx context.Context, h Head) bool {
	deepBack := h.Number+1 < s.last
	if deepBack || time.Since(s.checked) >= s.poll {
		reset, err := s.check(ctx, h.Number)
		switch {
		case ctx.Err() != nil:
			return false
		case err != nil:
			return s.send(ctx, Head{Err: err})
		case reset != "":
			s.last = h.Number
			h.Reset = reset
			return s.send(ctx, h)
		}
	}
	if h.Number <= s.last {
		return true // the same head, or a reorganisation
	}
	s.last = h.Number
	return s.send(ctx, h)
}

// check reads the pinned block, the chain id and the genesis again. When
// they changed it says what changed and pins the new chain below head.
func (s *headStream) check(ctx context.Context, head uint64) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, max(2*s.poll, 2*time.Second))
	defer cancel()
	now, err := s.c.ReadPin(ctx, s.pin.Block)
	if err != nil {
		return "", fmt.Errorf("checking the chain: %w", err)
	}
	s.checked = time.Now()
	diff := s.pin.Diff(now)
	if diff == "" {
		return "", nil
	}
	sameChain := s.pin.ChainID.Cmp(now.ChainID) == 0 && s.pin.Genesis == now.Genesis
	if sameChain && now.Hash == (common.Hash{}) {
		if head >= s.pin.Block {
			return "", fmt.Errorf("the node has no block %d although its head is %d: it is behind or misbehaving", s.pin.Block, head)
		}
		diff = fmt.Sprintf("the head went back from block %d to %d and block %d is gone: the node serves a new chain", s.last, head, s.pin.Block)
	}
	pin, err := s.c.PinBlock(ctx, pinBlock(head))
	if err != nil {
		return "", fmt.Errorf("pinning the new chain: %w", err)
	}
	s.pin = pin
	return diff, nil
}

// decodeHead decodes the number and timestamp of a block header (untrusted).
func decodeHead(raw json.RawMessage) (Head, error) {
	var h struct {
		Number        *hexutil.Big    `json:"number"`
		Timestamp     *hexutil.Uint64 `json:"timestamp"`
		L1BlockNumber *hexutil.Uint64 `json:"l1BlockNumber"`
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return Head{}, fmt.Errorf("malformed head from the node: %w", err)
	}
	if h.Number == nil || h.Timestamp == nil || !h.Number.ToInt().IsUint64() {
		return Head{}, errors.New("malformed head from the node: no block number or timestamp")
	}
	head := Head{Number: h.Number.ToInt().Uint64(), Time: unix(uint64(*h.Timestamp))}
	if h.L1BlockNumber != nil {
		head.L1Block = uint64(*h.L1BlockNumber)
	}
	return head, nil
}

// headOf is the Head of a block's clock.
func headOf(bc chain.BlockClock) Head {
	h := Head{Number: bc.Number, Time: unix(bc.Time)}
	if bc.HasL1 {
		h.L1Block = bc.L1Block
	}
	return h
}

// pollHeads sends the head above the last one every poll.
func (s *headStream) pollHeads(ctx context.Context) {
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		// A node that hangs is reported as soon as a poll takes too long.
		pctx, cancel := context.WithTimeout(ctx, max(2*s.poll, 2*time.Second))
		h, err := s.c.HeadClock(pctx)
		cancel()
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			if !s.send(ctx, Head{Err: err}) {
				return
			}
		default:
			if !s.next(ctx, headOf(h)) {
				return
			}
		}
	}
}

// send delivers h, or returns false when ctx ends first.
func (s *headStream) send(ctx context.Context, h Head) bool {
	select {
	case s.out <- h:
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
