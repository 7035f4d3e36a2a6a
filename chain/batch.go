package chain

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// batch sends elems as JSON-RPC batches of at most Options.BatchSize (one
// HTTP request each). When the provider refuses a batch as too large it is
// halved (and later batches stay at the size that worked); a provider that
// takes no batches at all gets single calls. Elements refused for rate
// limiting are sent again after a back-off. Per-element errors are left in
// the elements; the returned error is for the batch as a whole.
func (c *Client) batch(ctx context.Context, elems []rpc.BatchElem) error {
	for len(elems) > 0 {
		n := min(len(elems), c.maxBatch())
		if err := c.batchOnce(ctx, elems[:n], 0); err != nil {
			return fmt.Errorf("%s to RPC %s: %w", describe(elems[:n]), c.safeURL, err)
		}
		elems = elems[n:]
	}
	return nil
}

// describe names a batch's calls: "eth_call", "a batch of 40 eth_call
// calls", "a batch of 3 calls (eth_chainId, eth_getBlockByNumber)".
func describe(elems []rpc.BatchElem) string {
	if len(elems) == 1 {
		return elems[0].Method
	}
	var methods []string
	for _, e := range elems {
		if !slices.Contains(methods, e.Method) {
			methods = append(methods, e.Method)
		}
	}
	if len(methods) == 1 {
		return fmt.Sprintf("a batch of %d %s calls", len(elems), methods[0])
	}
	return fmt.Sprintf("a batch of %d calls (%s)", len(elems), strings.Join(methods, ", "))
}

// maxBatch is the current batch size limit.
func (c *Client) maxBatch() int {
	if l := int(c.batchLimit.Load()); l > 0 && l < c.opts.BatchSize {
		return l
	}
	return c.opts.BatchSize
}

// lowerBatchLimit remembers that batches of n work where larger did not.
func (c *Client) lowerBatchLimit(n int) {
	for {
		cur := c.batchLimit.Load()
		if cur != 0 && cur <= int64(n) {
			return
		}
		if c.batchLimit.CompareAndSwap(cur, int64(n)) {
			c.logCaps.mu.Lock()
			c.touchLimits()
			c.logCaps.mu.Unlock()
			return
		}
	}
}

// batchOnce sends one batch, splitting it on refusal and re-sending
// rate-limited elements.
func (c *Client) batchOnce(ctx context.Context, elems []rpc.BatchElem, rateTries int) error {
	for i := range elems {
		elems[i].Error = nil
	}
	var err error
	c.noteCall(describe(elems))
	if c.isHTTP {
		err = c.rpc.BatchCallContext(ctx, elems)
	} else {
		cctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
		err = c.wsTimeout(ctx, c.rpc.BatchCallContext(cctx, elems))
		cancel()
	}
	err = c.scrub(err)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if batchRefused(err, elems) {
		if len(elems) == 1 {
			// Even a batch of one is refused: no batches on this provider.
			c.lowerBatchLimit(1)
			e := &elems[0]
			e.Error = c.call(ctx, e.Result, e.Method, e.Args...)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return nil
		}
		half := len(elems) / 2
		c.lowerBatchLimit(half)
		if err := c.batchOnce(ctx, elems[:half], rateTries); err != nil {
			return err
		}
		return c.batchOnce(ctx, elems[half:], rateTries)
	}
	if err != nil {
		return err
	}
	// Re-send what was refused for rate limiting, and what the node left
	// unanswered (some providers answer part of a batch).
	var again []int
	var wait time.Duration
	limited := false
	for i := range elems {
		if elems[i].Error == nil {
			continue
		}
		if ok, hint := rateLimited(elems[i].Method, elems[i].Error); ok {
			again = append(again, i)
			limited, wait = true, max(wait, hint)
		} else if errors.Is(elems[i].Error, rpc.ErrMissingBatchResponse) {
			again = append(again, i)
		}
	}
	if len(again) == 0 {
		return nil
	}
	if rateTries >= c.opts.MaxRetries {
		for _, i := range again {
			if limited {
				elems[i].Error = fmt.Errorf("rate limited %d times in a row: %w: wait and retry, or use another RPC", rateTries+1, elems[i].Error)
			} else {
				elems[i].Error = fmt.Errorf("left unanswered %d times in a row: %w: try another RPC", rateTries+1, elems[i].Error)
			}
		}
		return nil
	}
	if limited {
		if wait <= 0 {
			wait = backoff(rateTries)
		}
		if err := c.opts.sleep(ctx, min(wait, retryAfterMax)); err != nil {
			return err
		}
	}
	sub := make([]rpc.BatchElem, len(again))
	for j, i := range again {
		sub[j] = elems[i]
	}
	if err := c.batchOnce(ctx, sub, rateTries+1); err != nil {
		return err
	}
	for j, i := range again {
		elems[i].Error = sub[j].Error
	}
	return nil
}

// batchRefused reports whether a batch failed because of its size (or
// because batches are not accepted): the whole request was refused, or the
// first element carries a batch error and the others have no answer.
func batchRefused(err error, elems []rpc.BatchElem) bool {
	if err != nil {
		if errors.Is(err, ErrResponseTooLarge) {
			return true
		}
		var he rpc.HTTPError
		if errors.As(err, &he) {
			if he.StatusCode == 413 {
				return true
			}
			if he.StatusCode >= 400 && he.StatusCode < 500 && isBatchMessage(string(he.Body)) {
				return true
			}
		}
		// A single error object where an array was expected.
		msg := err.Error()
		return strings.Contains(msg, "cannot unmarshal object into Go value of type []") || isBatchMessage(msg)
	}
	missing := 0
	for _, e := range elems {
		if e.Error == nil {
			continue
		}
		if errors.Is(e.Error, rpc.ErrMissingBatchResponse) {
			missing++
			continue
		}
		if isBatchMessage(e.Error.Error()) {
			return true
		}
	}
	return missing > 0 && missing == len(elems)-1 || (missing == len(elems) && missing > 0)
}

// isBatchMessage reports whether a message is about the batch itself.
func isBatchMessage(msg string) bool {
	m := strings.ToLower(msg)
	if !strings.Contains(m, "batch") {
		return strings.Contains(m, "response too large") || strings.Contains(m, "response size")
	}
	for _, s := range []string{"too large", "too big", "limit", "exceed", "too many", "not supported", "unsupported", "size", "maximum"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// rateLimited reports whether a JSON-RPC error from method is a rate limit
// — code 429 or -32005 (for eth_getLogs -32005 is about the result size),
// or a message such as "rate limit", "429" or "too many requests" — and the
// wait it asks for, if it says (a "try again in 2s" in the message, or a
// retryAfter or backoff_seconds in the error data). HTTP errors are not
// JSON-RPC errors: the transport has retried them already.
func rateLimited(method string, err error) (bool, time.Duration) {
	var he rpc.HTTPError
	if err == nil || errors.As(err, &he) {
		return false, 0
	}
	var re rpc.Error
	if !errors.As(err, &re) {
		return false, 0
	}
	msg := strings.ToLower(re.Error())
	code := re.ErrorCode()
	if !(code == 429 || code == -32005 && method != "eth_getLogs" || containsAny(msg, ratePhrases) || code429Re.MatchString(msg)) {
		return false, 0
	}
	var hint time.Duration
	if m := retryHintRe.FindStringSubmatch(msg); m != nil {
		hint = hintDuration(m[1], m[2])
	}
	var de rpc.DataError
	if hint == 0 && errors.As(err, &de) {
		hint = dataHint(de.ErrorData())
	}
	return true, min(hint, retryAfterMax)
}

var (
	// code429Re finds "429" as a word in an error message.
	code429Re = regexp.MustCompile(`\b429\b`)
	// retryHintRe finds "try again in 2s", "retry after 1.5 seconds", "retry in 500ms".
	retryHintRe = regexp.MustCompile(`(?:try again|retry)(?: in| after)?\s*:?\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|milliseconds?|s\b|secs?|seconds?)?`)
)

// hintDuration turns a number and its unit (seconds when none) into a wait.
func hintDuration(num, unit string) time.Duration {
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f <= 0 || f > 3600 {
		return 0
	}
	if strings.HasPrefix(unit, "m") {
		return time.Duration(f * float64(time.Millisecond))
	}
	return time.Duration(f * float64(time.Second))
}

// dataHint reads a wait from JSON-RPC error data: {"retryAfter": 2},
// {"retry_after": "2s"}, {"rate": {"backoff_seconds": 2}} (seconds when a
// bare number).
func dataHint(d any) time.Duration {
	m, ok := d.(map[string]any)
	if !ok {
		return 0
	}
	for _, k := range []string{"retryAfter", "retry_after", "retryAfterSeconds", "backoff_seconds", "try_again_in"} {
		switch v := m[k].(type) {
		case float64:
			return hintDuration(strconv.FormatFloat(v, 'f', -1, 64), "")
		case string:
			if d, err := time.ParseDuration(v); err == nil && d > 0 {
				return d
			}
			return hintDuration(v, "")
		}
	}
	if r, ok := m["rate"]; ok {
		return dataHint(r)
	}
	return 0
}
