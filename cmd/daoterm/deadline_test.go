package main

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestPausableDeadline: the clock ends the context with its cause after the
// limit of running time, and stands still while paused.
func TestPausableDeadline(t *testing.T) {
	cause := errors.New("gave up")
	ctx, d := withPausableDeadline(context.Background(), 50*time.Millisecond, cause)
	defer d.stop()
	d.while(func() { time.Sleep(120 * time.Millisecond) })
	if ctx.Err() != nil {
		t.Fatal("the deadline ran while paused")
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the deadline never ended the context")
	}
	if !errors.Is(context.Cause(ctx), cause) {
		t.Fatalf("cause %v", context.Cause(ctx))
	}
}
