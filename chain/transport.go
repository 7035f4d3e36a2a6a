package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
)

// Back-off bounds for retried HTTP requests.
const (
	backoffBase   = 250 * time.Millisecond
	backoffMax    = 8 * time.Second
	retryAfterMax = 30 * time.Second
	errorBodyMax  = 64 << 10 // bytes of a non-2xx body kept for the error
)

// ErrResponseTooLarge is returned when an HTTP response body exceeds
// Options.MaxResponseBytes.
var ErrResponseTooLarge = errors.New("RPC response too large")

// ErrTimeout is returned when one HTTP request (after all retries) got no
// complete response within Options.Timeout.
var ErrTimeout = errors.New("RPC request timed out")

// splittableKey marks a request context whose caller (Logs) splits its
// query on a timeout rather than have it retried as it is.
type splittableKey struct{}

// transport is the http.RoundTripper under every Client over HTTP: a timeout
// per request, bounded retries with exponential back-off on 429, 5xx and
// timeouts (honouring Retry-After), a cap on the response size, and a count
// of requests.
type transport struct {
	base  http.RoundTripper
	opts  Options
	count *atomic.Int64
	url   string // redacted, for messages
}

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil && req.Body != http.NoBody {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("reading the request body: %w", err)
		}
		body = b
	}
	ctx := req.Context()
	splittable := ctx.Value(splittableKey{}) != nil
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := t.once(ctx, req, body)
		if err == nil && resp != nil && !retryableStatus(resp.StatusCode) {
			return resp, nil
		}
		if splittable && (errors.Is(err, ErrTimeout) || (resp != nil && resp.StatusCode == http.StatusGatewayTimeout)) {
			// The caller would rather ask for less than ask again.
			return resp, err
		}
		if ctx.Err() != nil {
			if resp != nil {
				resp.Body.Close()
			}
			return nil, ctx.Err()
		}
		// A dropped connection is retried, except for a transaction that
		// may have been taken: sending it again is the journal's decision.
		var dropped *droppedError
		redo := errors.As(err, &dropped) && !bytes.Contains(body, []byte(`"eth_sendRawTransaction"`))
		if err != nil && !errors.Is(err, ErrTimeout) && !isNetTimeout(err) && !redo {
			return nil, err // not retryable (connection refused, DNS, cap exceeded, ...)
		}
		if attempt >= t.opts.MaxRetries {
			if err != nil {
				return nil, fmt.Errorf("%w (gave up after %d attempts)", err, attempt+1)
			}
			return resp, nil // let the caller see the final 429/5xx
		}
		if resp != nil {
			drainClose(resp.Body)
		}
		wait := backoff(attempt)
		if retryAfter > 0 {
			wait = min(retryAfter, retryAfterMax)
		}
		if err := t.opts.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// CloseIdleConnections closes the idle connections of the transport
// underneath (http.Client.CloseIdleConnections reaches it through this).
func (t *transport) CloseIdleConnections() {
	if ci, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		ci.CloseIdleConnections()
	}
}

// once makes one attempt with its own timeout. The returned response's body
// is capped and releases the attempt's timer when closed.
func (t *transport) once(ctx context.Context, req *http.Request, body []byte) (*http.Response, time.Duration, error) {
	actx, cancel := context.WithTimeout(ctx, t.opts.Timeout)
	r := req.Clone(actx)
	if body != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		r.ContentLength = int64(len(body))
	}
	t.count.Add(1)
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		cancel()
		if ctx.Err() == nil && (errors.Is(err, context.DeadlineExceeded) || isNetTimeout(err)) {
			return nil, 0, fmt.Errorf("%w: RPC %s sent no response within %s (raise the timeout or try another RPC)", ErrTimeout, t.url, t.opts.Timeout)
		}
		if ctx.Err() == nil && (errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET)) {
			return nil, 0, &droppedError{url: t.url, err: err}
		}
		return nil, 0, err
	}
	limit := t.opts.MaxResponseBytes
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		limit = min(limit, errorBodyMax) // keep a useful excerpt of an error page, no more
		resp.Body = &cappedBody{rc: resp.Body, left: limit, cancel: cancel, truncate: true}
		return resp, retryAfterOf(resp.Header.Get("Retry-After"), time.Now()), nil
	}
	if resp.ContentLength > limit {
		drainClose(resp.Body)
		cancel()
		return nil, 0, t.tooLarge()
	}
	resp.Body = &cappedBody{rc: resp.Body, left: limit, cancel: cancel, tooLarge: t.tooLarge, ctx: actx, parent: ctx, t: t}
	return resp, 0, nil
}

func (t *transport) tooLarge() error {
	return fmt.Errorf("%w: RPC %s sent more than %s (the cap is Options.MaxResponseBytes): ask for less, e.g. a smaller block range or batch", ErrResponseTooLarge, t.url, byteSize(t.opts.MaxResponseBytes))
}

// cappedBody reads at most left bytes, then fails with tooLarge (or, for
// error pages, silently stops). Closing it releases the attempt's context.
type cappedBody struct {
	rc       io.ReadCloser
	left     int64
	cancel   context.CancelFunc
	truncate bool
	tooLarge func() error
	ctx      context.Context // the attempt's context
	parent   context.Context // the caller's context
	t        *transport
	err      error
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if b.left <= 0 {
		if b.truncate {
			return 0, io.EOF
		}
		// Only an error if there is more to read.
		var one [1]byte
		n, err := b.rc.Read(one[:])
		if n > 0 {
			b.err = b.tooLarge()
			return 0, b.err
		}
		if err == nil {
			err = io.EOF // be conservative: report end, a zero-byte read is odd
		}
		return 0, err
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	if err != nil && err != io.EOF && b.ctx != nil && b.ctx.Err() != nil && b.parent.Err() == nil {
		b.err = fmt.Errorf("%w: RPC %s did not finish its response within %s (raise the timeout or try another RPC)", ErrTimeout, b.t.url, b.t.opts.Timeout)
		return n, b.err
	}
	return n, err
}

func (b *cappedBody) Close() error {
	err := b.rc.Close()
	b.cancel()
	return err
}

// droppedError is a connection closed (or reset) before the answer came: a
// node or load balancer going down. It is retried like a timeout.
type droppedError struct {
	url string
	err error
}

func (e *droppedError) Error() string {
	return fmt.Sprintf("RPC %s closed the connection without answering (%v): the node may be restarting or overloaded", e.url, e.err)
}

func (e *droppedError) Unwrap() error { return e.err }

// retryableStatus reports whether an HTTP status is worth retrying.
func retryableStatus(code int) bool {
	return code == http.StatusTooManyRequests || code == http.StatusRequestTimeout || (code >= 500 && code != http.StatusNotImplemented && code != http.StatusHTTPVersionNotSupported)
}

// isNetTimeout reports whether err is a network timeout.
func isNetTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff returns the wait before retry number attempt+1: exponential with
// jitter, capped.
func backoff(attempt int) time.Duration {
	d := backoffBase << min(attempt, 10)
	if d > backoffMax {
		d = backoffMax
	}
	// Full jitter in [d/2, d).
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// retryAfterOf parses a Retry-After header: delay seconds or an HTTP date.
// It returns 0 when absent or unparsable.
func retryAfterOf(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(retryAfterMax/time.Second) {
			return retryAfterMax
		}
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d <= 0 {
			return 0
		}
		return min(d, retryAfterMax)
	}
	return 0
}

// drainClose reads a little of body (so the connection can be reused) and
// closes it.
func drainClose(body io.ReadCloser) {
	_, _ = io.CopyN(io.Discard, body, 4<<10)
	body.Close()
}

// byteSize formats n bytes for humans.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
