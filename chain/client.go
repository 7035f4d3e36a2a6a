package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults used when the matching Options field is zero.
const (
	DefaultTimeout          = 20 * time.Second
	DefaultMaxRetries       = 4
	DefaultMaxResponseBytes = 128 << 20
	DefaultBatchSize        = 500
	DefaultLogRange         = 100_000
)

// ErrChainIDMismatch is returned by Dial and CheckChainID when the RPC
// endpoint serves another chain than the one expected.
var ErrChainIDMismatch = errors.New("chain id mismatch")

// Options configures a Client. The zero value gives sensible defaults.
type Options struct {
	Timeout          time.Duration // per HTTP request; default 20s
	MaxRetries       int           // retries on 429, 5xx and timeouts; default 4; honours Retry-After. Negative: none.
	MaxResponseBytes int64         // cap on one HTTP response body; default 128 MiB
	ChainID          *big.Int      // if non-nil, Dial refuses another chain (ErrChainIDMismatch)
	BatchSize        int           // calls per JSON-RPC batch (and per aggregate3); default 500
	LogRange         uint64        // initial eth_getLogs span, default 100,000 blocks (shrinks/grows adaptively)
	HTTPClient       *http.Client  // optional base client (tests); its Transport does the actual I/O
	NoMulticall      bool          // never use Multicall3 in CallAt (tests, chains with a fake at its address)
	Head             bool          // Dial also reads the head and genesis blocks, in the same request as the chain id (see DialHead, Genesis)

	// sleep waits d or until ctx is done; tests replace it to record
	// back-off delays without waiting. nil means a real timer.
	sleep func(ctx context.Context, d time.Duration) error
}

// withDefaults fills zero fields with their defaults.
func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRetries == 0 {
		o.MaxRetries = DefaultMaxRetries
	} else if o.MaxRetries < 0 {
		o.MaxRetries = 0
	}
	if o.MaxResponseBytes <= 0 {
		o.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.LogRange == 0 {
		o.LogRange = DefaultLogRange
	}
	if o.sleep == nil {
		o.sleep = sleepCtx
	}
	return o
}

// sleepCtx waits for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Client is a JSON-RPC connection to one Ethereum node. It is safe for
// concurrent use.
type Client struct {
	url       string
	safeURL   string // url with credentials redacted, for messages
	opts      Options
	rpc       *rpc.Client
	eth       *ethclient.Client
	chainID   *big.Int
	dialHead  *types.Header // the head read with the chain id (nil: none); see DialHead
	dialClock BlockClock    // dialHead's clock; see DialClock
	dialAt    time.Time     // when dialHead was read
	requests  atomic.Int64
	last      atomic.Pointer[string] // the latest request, for LastCall
	isHTTP    bool
	hc        *http.Client // over HTTP: the client with the transport (LogsEach posts through it)
	logCaps   logCaps      // what eth_getLogs limits the provider showed (see LogsEach)
	wsConns   wsLogConns   // over WebSocket: the connections LogsEach streams logs through
	// batchLimit is the largest batch the provider accepted after refusing
	// a larger one (0: Options.BatchSize).
	batchLimit atomic.Int64

	genesisMu sync.Mutex
	genesis   common.Hash // read once by Genesis; zero until then

	mcMu sync.Mutex
	// Multicall3 presence, monotone in the block number: it has code at every
	// block >= mcYes (when mcYesOK) and none at every block <= mcNo (when mcNoOK).
	mcYes, mcNo     uint64
	mcYesOK, mcNoOK bool
}

// defaultTransport is the HTTP transport for a node at host when the
// caller gives none: http.DefaultTransport's settings, with idle
// connections kept for every request LogsEach has in flight (the default
// keeps 2, so the others would open a connection, and a TLS session, each
// time), and, for a node on this machine, answers asked for uncompressed:
// there gzip saves no transfer time and costs the node and the client CPU
// (at 10⁶ logs a cold sync took about a second longer with it).
func defaultTransport(host string) http.RoundTripper {
	t, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return http.DefaultTransport
	}
	t = t.Clone()
	t.MaxIdleConnsPerHost = 2 * logWindow
	t.DisableCompression = isLoopback(host)
	return t
}

// isLoopback reports whether host names this machine: localhost or a
// loopback address.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Dial connects to an http(s):// or ws(s):// JSON-RPC endpoint, reads its
// chain id (with opts.Head, and its head in the same request: see
// DialHead), and refuses it with ErrChainIDMismatch when opts.ChainID is set
// and differs.
func Dial(ctx context.Context, rawURL string, opts Options) (*Client, error) {
	opts = opts.withDefaults()
	rawURL = strings.TrimSpace(rawURL)
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("RPC URL %q is not a valid URL: use http(s)://host[:port][/path] or ws(s)://…", RedactURL(rawURL))
	}
	c := &Client{url: rawURL, safeURL: RedactURL(rawURL), opts: opts}
	var ropts []rpc.ClientOption
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		c.isHTTP = true
		base := opts.HTTPClient
		if base == nil {
			base = &http.Client{}
		}
		inner := base.Transport
		if inner == nil {
			inner = defaultTransport(u.Hostname())
		}
		hc := &http.Client{
			Transport:     &transport{base: inner, opts: opts, count: &c.requests, url: c.safeURL},
			CheckRedirect: base.CheckRedirect,
			Jar:           base.Jar,
		}
		c.hc = hc
		ropts = append(ropts, rpc.WithHTTPClient(hc))
	case "ws", "wss":
		ropts = append(ropts, rpc.WithWebsocketMessageSizeLimit(opts.MaxResponseBytes))
	default:
		return nil, fmt.Errorf("RPC URL %s: scheme %q is not supported: use http://, https://, ws:// or wss://", c.safeURL, u.Scheme)
	}
	dctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	rc, err := rpc.DialOptions(dctx, rawURL, ropts...)
	if err != nil {
		return nil, fmt.Errorf("connecting to RPC %s: %w: check the RPC URL and that the node is running", c.safeURL, err)
	}
	c.rpc = rc
	c.eth = ethclient.NewClient(rc)
	read := c.readChainID
	if opts.Head {
		read = c.readChainIDAndHead
	}
	id, err := read(ctx)
	if err != nil {
		rc.Close()
		return nil, err
	}
	c.chainID = id
	if opts.ChainID != nil && opts.ChainID.Cmp(id) != 0 {
		rc.Close()
		return nil, c.mismatch(id, opts.ChainID)
	}
	return c, nil
}

func (c *Client) mismatch(got, want *big.Int) error {
	return fmt.Errorf("%w: RPC %s is on chain %s, expected chain %s", ErrChainIDMismatch, c.safeURL, got, want)
}

// readChainIDAndHead asks the node for eth_chainId and, in the same batch,
// its latest block (kept for DialHead; none when it names none, or a number
// past 64 bits) and its genesis block (for Genesis). Where the batch fails,
// but not for want of a node, the chain id is asked alone.
func (c *Client) readChainIDAndHead(ctx context.Context) (*big.Int, error) {
	var (
		id      hexutil.Big
		head    json.RawMessage
		genesis *blockHash
	)
	elems := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: &head},
		{Method: "eth_getBlockByNumber", Args: []any{"0x0", false}, Result: &genesis},
	}
	err := c.batch(ctx, elems)
	var netErr net.Error
	switch {
	case err != nil && (errors.As(err, &netErr) || ctx.Err() != nil):
		return nil, c.chainIDError(err) // the node is not there: do not wait for it twice
	case err != nil || elems[0].Error != nil:
		return c.readChainID(ctx)
	}
	if elems[2].Error == nil && genesis != nil && genesis.Hash != (common.Hash{}) {
		c.genesisMu.Lock()
		c.genesis = genesis.Hash // for Genesis, as PinBlock sets it
		c.genesisMu.Unlock()
	}
	if elems[1].Error != nil {
		return id.ToInt(), nil
	}
	var h *types.Header
	var l1 struct {
		L1BlockNumber *hexutil.Uint64 `json:"l1BlockNumber"`
	}
	if json.Unmarshal(head, &h) == nil && h != nil && h.Number != nil && h.Number.IsUint64() && json.Unmarshal(head, &l1) == nil {
		c.dialHead, c.dialAt = h, time.Now()
		c.dialClock = BlockClock{Number: h.Number.Uint64(), Time: h.Time}
		if l1.L1BlockNumber != nil {
			c.dialClock.L1Block, c.dialClock.HasL1 = uint64(*l1.L1BlockNumber), true
		}
	}
	return id.ToInt(), nil
}

// DialHead returns the head block the node named when Dial read its chain
// id with Options.Head (nil without, or when it named none): a caller that
// pins the head right after Dial can take it instead of asking again. It is
// not updated: call Head for the head now.
func (c *Client) DialHead() *types.Header { return c.dialHead }

// DialClock is DialHead's clock (as BlockClockAt reads it: the time and,
// on Arbitrum chains, the parent chain's block) and when it was read; ok is
// false when Dial read no head.
func (c *Client) DialClock() (clock BlockClock, at time.Time, ok bool) {
	return c.dialClock, c.dialAt, c.dialHead != nil
}

// readChainID asks the node for eth_chainId.
func (c *Client) readChainID(ctx context.Context) (*big.Int, error) {
	var id hexutil.Big
	if err := c.call(ctx, &id, "eth_chainId"); err != nil {
		return nil, c.chainIDError(err)
	}
	return (*big.Int)(&id), nil
}

// chainIDError is the error of a chain id that could not be read.
func (c *Client) chainIDError(err error) error {
	return fmt.Errorf("reading the chain id (eth_chainId) from RPC %s: %w: check the RPC URL and that the node is running", c.safeURL, err)
}

// call does one JSON-RPC call, adding the per-request timeout over WebSocket
// (over HTTP the transport applies it per attempt, and retries HTTP 429s
// and 5xx). A rate limit sent as a JSON-RPC error is retried here like an
// HTTP 429, after the wait it names or a back-off; eth_getLogs (Logs) does
// its own.
func (c *Client) call(ctx context.Context, result any, method string, args ...any) error {
	for attempt := 0; ; attempt++ {
		c.noteCall(method)
		err := c.callOnce(ctx, result, method, args...)
		if err == nil || ctx.Value(splittableKey{}) != nil || ctx.Err() != nil {
			return err
		}
		limited, hint := rateLimited(method, err)
		if !limited {
			return err
		}
		if attempt >= c.opts.MaxRetries {
			return fmt.Errorf("rate limited %d times in a row: %w: wait and retry, or use another RPC", attempt+1, err)
		}
		wait := hint
		if wait <= 0 {
			wait = backoff(attempt)
		}
		if err := c.opts.sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// callOnce makes one attempt of call.
func (c *Client) callOnce(ctx context.Context, result any, method string, args ...any) error {
	if c.isHTTP {
		return c.scrub(c.rpc.CallContext(ctx, result, method, args...))
	}
	cctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	err := c.rpc.CallContext(cctx, result, method, args...)
	return c.scrub(c.wsTimeout(ctx, err))
}

// scrub hides the endpoint URL (which may hold an API key) in errors that
// quote it, such as net/http's `Post "https://…/KEY": EOF`, and says that
// an answer that is not JSON (or is cut short) is the node's fault; errors.Is
// and errors.As still see the original.
func (c *Client) scrub(err error) error {
	if err == nil {
		return err
	}
	msg := err.Error()
	var syn *json.SyntaxError
	if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) || msg == "unexpected end of JSON input" {
		msg = fmt.Sprintf("RPC %s sent an answer that is not valid JSON (%s): the node or a proxy in front of it is misbehaving; try again or use another RPC", c.safeURL, msg)
	}
	if c.url != c.safeURL {
		msg = strings.ReplaceAll(msg, c.url, c.safeURL)
	}
	if msg == err.Error() {
		return err
	}
	return &scrubbed{err: err, msg: msg}
}

// scrubbed is an error with the endpoint URL redacted from its message.
type scrubbed struct {
	err error
	msg string
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

// noteCall records the method of the latest request, for LastCall.
func (c *Client) noteCall(what string) { c.last.Store(&what) }

// LastCall names the latest request the client sent ("eth_getLogs", "a
// batch of 40 eth_call"), or "" before the first: what a command that ran
// out of time was waiting for.
func (c *Client) LastCall() string {
	if p := c.last.Load(); p != nil {
		return *p
	}
	return ""
}

// wsTimeout turns the expiry of a WebSocket call's own timeout (its
// context's, or its connection's deadline) into ErrTimeout, as the HTTP
// transport does.
func (c *Client) wsTimeout(parent context.Context, err error) error {
	if err != nil && parent.Err() == nil && (errors.Is(err, context.DeadlineExceeded) || isNetTimeout(err)) {
		return fmt.Errorf("%w: RPC %s sent no response within %s (raise the timeout or try another RPC)", ErrTimeout, c.safeURL, c.opts.Timeout)
	}
	return err
}

// Close closes the connection.
func (c *Client) Close() {
	c.rpc.Close()
	c.wsConns.close()
	if c.hc != nil {
		c.hc.CloseIdleConnections() // the transport Dial made keeps its own
	}
}

// URL returns the endpoint URL as given to Dial (it may hold an API key; use
// it for connecting, not for display).
func (c *Client) URL() string { return c.url }

// ChainID returns the chain id read at Dial.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Requests returns how many HTTP requests the client has made so far; every
// retry counts. Over WebSocket it stays 0.
func (c *Client) Requests() int64 { return c.requests.Load() }

// RPC returns the underlying go-ethereum RPC client (subscriptions, signing).
func (c *Client) RPC() *rpc.Client { return c.rpc }

// Eth returns an ethclient over the same connection.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// CheckChainID re-reads eth_chainId and returns ErrChainIDMismatch if it
// differs from the one read at Dial. Call it before signing anything.
func (c *Client) CheckChainID(ctx context.Context) error {
	id, err := c.readChainID(ctx)
	if err != nil {
		return err
	}
	if id.Cmp(c.chainID) != 0 {
		return c.mismatch(id, c.chainID)
	}
	return nil
}

// Genesis returns the hash of block 0, read once per client. With the chain
// id it names the chain: a cache or journal of another genesis is not this
// chain's, even when the chain id matches (a restarted dev chain).
func (c *Client) Genesis(ctx context.Context) (common.Hash, error) {
	c.genesisMu.Lock()
	defer c.genesisMu.Unlock()
	if c.genesis != (common.Hash{}) {
		return c.genesis, nil
	}
	// The node's own "hash" field: recomputing it from the header's fields
	// is wrong on chains whose headers carry extra fields (L2s).
	var b *struct {
		Hash common.Hash `json:"hash"`
	}
	if err := c.call(ctx, &b, "eth_getBlockByNumber", "0x0", false); err != nil {
		return common.Hash{}, fmt.Errorf("reading the genesis block from RPC %s: %w", c.safeURL, err)
	}
	if b == nil || b.Hash == (common.Hash{}) {
		return common.Hash{}, fmt.Errorf("RPC %s returned no genesis block: the node is misbehaving; try another RPC", c.safeURL)
	}
	c.genesis = b.Hash
	return c.genesis, nil
}

// Head returns the latest block header.
func (c *Client) Head(ctx context.Context) (*types.Header, error) {
	var h *types.Header
	if err := c.call(ctx, &h, "eth_getBlockByNumber", "latest", false); err != nil {
		return nil, fmt.Errorf("reading the latest block from RPC %s: %w", c.safeURL, err)
	}
	if h == nil || h.Number == nil {
		return nil, fmt.Errorf("RPC %s returned no latest block: is the node synced?", c.safeURL)
	}
	return h, nil
}

// Header returns the header of block number.
func (c *Client) Header(ctx context.Context, number uint64) (*types.Header, error) {
	var h *types.Header
	if err := c.call(ctx, &h, "eth_getBlockByNumber", hexutil.EncodeUint64(number), false); err != nil {
		return nil, fmt.Errorf("reading block %d from RPC %s: %w", number, c.safeURL, err)
	}
	if h == nil || h.Number == nil {
		return nil, fmt.Errorf("RPC %s has no block %d: is the block in the future, or the node not synced?", c.safeURL, number)
	}
	if !h.Number.IsUint64() || h.Number.Uint64() != number {
		return nil, fmt.Errorf("RPC %s answered block %d with block %s: the node is misbehaving; try another RPC", c.safeURL, number, h.Number)
	}
	return h, nil
}

// blockTime is the part of a block header BlockTimes needs.
type blockTime struct {
	Number    *hexutil.Uint64 `json:"number"`
	Timestamp *hexutil.Uint64 `json:"timestamp"`
}

// BlockTimes returns the timestamp (unix seconds) of each block, read in
// JSON-RPC batches of Options.BatchSize headers.
func (c *Client) BlockTimes(ctx context.Context, blocks []uint64) (map[uint64]uint64, error) {
	uniq := make([]uint64, 0, len(blocks))
	seen := make(map[uint64]bool, len(blocks))
	for _, b := range blocks {
		if !seen[b] {
			seen[b] = true
			uniq = append(uniq, b)
		}
	}
	out := make(map[uint64]uint64, len(uniq))
	for start := 0; start < len(uniq); start += c.opts.BatchSize {
		part := uniq[start:min(start+c.opts.BatchSize, len(uniq))]
		res := make([]*blockTime, len(part))
		elems := make([]rpc.BatchElem, len(part))
		for i, b := range part {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(b), false}, Result: &res[i]}
		}
		if err := c.batch(ctx, elems); err != nil {
			return nil, fmt.Errorf("reading block times: %w", err)
		}
		for i, b := range part {
			if elems[i].Error != nil {
				return nil, fmt.Errorf("reading block %d from RPC %s: %w", b, c.safeURL, elems[i].Error)
			}
			r := res[i]
			if r == nil || r.Number == nil || r.Timestamp == nil {
				return nil, fmt.Errorf("RPC %s has no block %d: is the block in the future, or the node not synced?", c.safeURL, b)
			}
			if uint64(*r.Number) != b {
				return nil, fmt.Errorf("RPC %s answered block %d with block %d: the node is misbehaving; try another RPC", c.safeURL, b, uint64(*r.Number))
			}
			out[b] = uint64(*r.Timestamp)
		}
	}
	return out, nil
}

// HasCode reports whether addr has contract code at block.
func (c *Client) HasCode(ctx context.Context, addr common.Address, block uint64) (bool, error) {
	var code hexutil.Bytes
	if err := c.call(ctx, &code, "eth_getCode", addr, hexutil.EncodeUint64(block)); err != nil {
		return false, fmt.Errorf("reading the code of %s at block %d from RPC %s: %w", addr, block, c.safeURL, err)
	}
	return len(code) > 0, nil
}

// BalancesAt returns the ETH balance (wei) of each address at block, in the
// same order, read in JSON-RPC batches of Options.BatchSize.
func (c *Client) BalancesAt(ctx context.Context, block uint64, addrs []common.Address) ([]*big.Int, error) {
	out := make([]*big.Int, len(addrs))
	num := hexutil.EncodeUint64(block)
	for start := 0; start < len(addrs); start += c.opts.BatchSize {
		part := addrs[start:min(start+c.opts.BatchSize, len(addrs))]
		res := make([]*hexutil.Big, len(part))
		elems := make([]rpc.BatchElem, len(part))
		for i, a := range part {
			elems[i] = rpc.BatchElem{Method: "eth_getBalance", Args: []any{a, num}, Result: &res[i]}
		}
		if err := c.batch(ctx, elems); err != nil {
			return nil, fmt.Errorf("reading balances at block %d: %w", block, err)
		}
		for i, a := range part {
			if elems[i].Error != nil {
				return nil, fmt.Errorf("reading the balance of %s at block %d from RPC %s: %w", a, block, c.safeURL, elems[i].Error)
			}
			if res[i] == nil {
				return nil, fmt.Errorf("RPC %s returned no balance for %s at block %d: try another RPC", c.safeURL, a, block)
			}
			out[start+i] = (*big.Int)(res[i])
		}
	}
	return out, nil
}

// RedactURL is an RPC URL as daoterm prints it: scheme, host and port, and
// the path with every segment that may be a key (16 characters or more, or
// 8 or more mixing letters and digits) replaced by "…"; never the user
// info, the query or the fragment (a query is shown as "?…"). When the URL
// does not parse, only its scheme and host are printed if they can be
// told, else "<unparseable URL>". Every message that names an RPC uses it.
func RedactURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.Opaque != "" {
		if m := urlHeadRe.FindStringSubmatch(raw); m != nil {
			return strings.ToLower(m[1]) + "://" + m[2]
		}
		return "<unparseable URL>"
	}
	segs := strings.Split(u.EscapedPath(), "/")
	for i, s := range segs {
		if looksLikeKey(s) {
			segs[i] = "…"
		}
	}
	out := u.Scheme + "://" + u.Host + strings.Join(segs, "/")
	if u.RawQuery != "" || u.ForceQuery {
		out += "?…"
	}
	return out
}

// urlHeadRe finds the scheme and host (after any user info) at the start of
// a URL that does not parse.
var urlHeadRe = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)://(?:[^/?#@]*@)?((?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(?::[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?)(?:[/?#]|$)`)

// looksLikeKey reports whether a path segment may be an API key.
func looksLikeKey(s string) bool {
	if len(s) >= 16 {
		return true
	}
	if len(s) < 8 {
		return false
	}
	letters, digits := false, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters = true
		}
	}
	return letters && digits
}

// ErrChainChanged is returned by CheckPin when the node no longer serves the
// chain (or the block) a Pin was taken on: another chain id or genesis, or
// the pinned block replaced or gone.
var ErrChainChanged = errors.New("the RPC no longer serves the same chain")

// Pin names a chain and one block on it: what a read at that block needs to
// stay true for its figures to hold together.
type Pin struct {
	ChainID *big.Int
	Genesis common.Hash
	Block   uint64
	Hash    common.Hash // the node's hash of Block
	// Clock is what Block's header says about time (as BlockClockAt
	// reads it), when the node has the block; it is no part of what
	// CheckPin compares.
	Clock BlockClock
}

// blockHash is the part of a block PinBlock reads.
type blockHash struct {
	Number        *hexutil.Uint64 `json:"number"`
	Hash          common.Hash     `json:"hash"`
	Timestamp     *hexutil.Uint64 `json:"timestamp"`
	L1BlockNumber *hexutil.Uint64 `json:"l1BlockNumber"`
}

// PinBlock reads, in one request, the chain id, the genesis hash and the hash
// of block. It fails when the node has no such block (a node behind block,
// or block in the future). It also sets the genesis Genesis returns, when not
// yet read.
func (c *Client) PinBlock(ctx context.Context, block uint64) (Pin, error) {
	p, err := c.ReadPin(ctx, block)
	if err != nil {
		return Pin{}, err
	}
	if p.Hash == (common.Hash{}) {
		return Pin{}, fmt.Errorf("RPC %s has no block %d: is the block in the future, or the node behind (not synced, or a lagging backend)?", c.safeURL, block)
	}
	return p, nil
}

// ReadPin is PinBlock, except that a block the node does not have is no
// error: the Pin's Hash is then zero.
func (c *Client) ReadPin(ctx context.Context, block uint64) (Pin, error) {
	var (
		id          hexutil.Big
		genesis, at *blockHash
	)
	elems := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_getBlockByNumber", Args: []any{"0x0", false}, Result: &genesis},
		{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(block), false}, Result: &at},
	}
	if err := c.batch(ctx, elems); err != nil {
		return Pin{}, fmt.Errorf("reading the chain id, genesis and block %d: %w", block, err)
	}
	for _, e := range elems {
		if e.Error != nil {
			return Pin{}, fmt.Errorf("reading the chain id, genesis and block %d from RPC %s: %s: %w", block, c.safeURL, e.Method, e.Error)
		}
	}
	if genesis == nil || genesis.Hash == (common.Hash{}) {
		return Pin{}, fmt.Errorf("RPC %s returned no genesis block: the node is misbehaving; try another RPC", c.safeURL)
	}
	p := Pin{ChainID: (*big.Int)(&id), Genesis: genesis.Hash, Block: block}
	if at != nil && at.Number != nil && at.Hash != (common.Hash{}) {
		if uint64(*at.Number) != block {
			return Pin{}, fmt.Errorf("RPC %s answered block %d with block %d: the node is misbehaving; try another RPC", c.safeURL, block, uint64(*at.Number))
		}
		p.Hash = at.Hash
		if at.Timestamp != nil {
			p.Clock = BlockClock{Number: block, Time: uint64(*at.Timestamp)}
		}
		if at.L1BlockNumber != nil {
			p.Clock.L1Block, p.Clock.HasL1 = uint64(*at.L1BlockNumber), true
		}
	}
	c.genesisMu.Lock()
	if c.genesis == (common.Hash{}) {
		c.genesis = genesis.Hash
	}
	c.genesisMu.Unlock()
	return p, nil
}

// CheckPin reads the pin's chain id, genesis and block again and returns an
// error wrapping ErrChainChanged (and ErrChainIDMismatch for another chain
// id) that says what changed.
func (c *Client) CheckPin(ctx context.Context, p Pin) error {
	now, err := c.ReadPin(ctx, p.Block)
	if err != nil {
		return fmt.Errorf("checking that RPC %s still serves chain %s at block %d: %w", c.safeURL, p.ChainID, p.Block, err)
	}
	if d := p.Diff(now); d != "" {
		if p.ChainID.Cmp(now.ChainID) != 0 {
			return fmt.Errorf("%w (%w): RPC %s: %s", ErrChainChanged, ErrChainIDMismatch, c.safeURL, d)
		}
		return fmt.Errorf("%w: RPC %s: %s", ErrChainChanged, c.safeURL, d)
	}
	return nil
}

// Diff says how now differs from p ("" when it names the same chain and
// block): the chain id, the genesis, or the hash of the block.
func (p Pin) Diff(now Pin) string {
	switch {
	case p.ChainID.Cmp(now.ChainID) != 0:
		return fmt.Sprintf("the chain id changed from %s to %s", p.ChainID, now.ChainID)
	case p.Genesis != now.Genesis:
		return fmt.Sprintf("the genesis block changed from %s to %s (a new chain with the same chain id)", shortHash(p.Genesis), shortHash(now.Genesis))
	case p.Block == now.Block && p.Hash != (common.Hash{}) && now.Hash == (common.Hash{}):
		return fmt.Sprintf("block %d is gone (the node is behind, or serves a new chain)", p.Block)
	case p.Block == now.Block && p.Hash != now.Hash:
		return fmt.Sprintf("block %d changed from %s to %s (a reorganisation, or another chain)", p.Block, shortHash(p.Hash), shortHash(now.Hash))
	}
	return ""
}

// shortHash is 0x1234…cdef.
func shortHash(h common.Hash) string {
	s := h.Hex()
	return s[:6] + "…" + s[len(s)-4:]
}
