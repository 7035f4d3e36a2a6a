package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"

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
			return fmt.Errorf("JSON-RPC batch of %d %s calls to %s: %w", n, elems[0].Method, c.safeURL, err)
		}
		elems = elems[n:]
	}
	return nil
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
	if c.isHTTP {
		err = c.rpc.BatchCallContext(ctx, elems)
	} else {
		cctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
		err = c.wsTimeout(ctx, c.rpc.BatchCallContext(cctx, elems))
		cancel()
	}
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
	// Re-send what was refused for rate limiting.
	var again []int
	for i := range elems {
		if elems[i].Error != nil && isRateLimit(elems[i].Error) {
			again = append(again, i)
		}
	}
	if len(again) == 0 || rateTries >= c.opts.MaxRetries {
		return nil
	}
	if err := c.opts.sleep(ctx, backoff(rateTries)); err != nil {
		return err
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

// isRateLimit reports whether a JSON-RPC error asks the caller to slow down.
func isRateLimit(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == 429 {
		return true
	}
	return containsAny(strings.ToLower(err.Error()), ratePhrases)
}
