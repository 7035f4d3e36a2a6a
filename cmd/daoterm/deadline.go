package main

import (
	"context"
	"sync"
	"time"
)

// pausableDeadline bounds the time a command spends on the chain. It stands
// still while the user is asked something (a passphrase, a confirmation)
// and while a receipt is awaited (--wait bounds that), so a slow typist is
// never cut off and a hanging node still fails in about the limit.
type pausableDeadline struct {
	mu      sync.Mutex
	left    time.Duration
	started time.Time
	timer   *time.Timer // nil while paused or expired
	cancel  context.CancelCauseFunc
	cause   error
}

// withPausableDeadline returns a context that ends with cause once it has
// run (not paused) for limit, and the deadline to pause and resume it.
func withPausableDeadline(parent context.Context, limit time.Duration, cause error) (context.Context, *pausableDeadline) {
	ctx, cancel := context.WithCancelCause(parent)
	d := &pausableDeadline{left: limit, cancel: cancel, cause: cause}
	d.resume()
	return ctx, d
}

// pause stops the clock.
func (d *pausableDeadline) pause() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer == nil {
		return
	}
	if d.timer.Stop() {
		d.left -= time.Since(d.started)
	}
	d.timer = nil
}

// resume starts the clock again with the time left.
func (d *pausableDeadline) resume() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		return
	}
	d.started = time.Now()
	d.timer = time.AfterFunc(max(d.left, 0), func() { d.cancel(d.cause) })
}

// stop releases the deadline's resources.
func (d *pausableDeadline) stop() {
	d.pause()
	d.cancel(nil)
}

// while runs f with the clock stopped.
func (d *pausableDeadline) while(f func()) {
	if d == nil {
		f()
		return
	}
	d.pause()
	defer d.resume()
	f()
}
