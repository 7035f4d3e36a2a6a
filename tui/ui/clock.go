package ui

import "time"

// clockWindow is how many recent heads BlockClock keeps.
const clockWindow = 32

// BlockClock estimates the time between blocks from the heads seen live, a
// rolling window of their numbers and timestamps, so an estimate follows
// the chain as it produces blocks now (not, say, a burst of blocks made
// while a test chain was seeded) and keeps refining itself.
type BlockClock struct {
	win []Head
}

// Observe adds a head; older or repeated heads are ignored.
func (c *BlockClock) Observe(h Head) {
	if h.Number == 0 || h.Time.IsZero() {
		return
	}
	if n := len(c.win); n > 0 && h.Number <= c.win[n-1].Number {
		return
	}
	c.win = append(c.win, h)
	if len(c.win) > clockWindow {
		c.win = append(c.win[:0], c.win[len(c.win)-clockWindow:]...)
	}
}

// Reset forgets every head (the node now serves another chain).
func (c *BlockClock) Reset() { c.win = c.win[:0] }

// Seconds returns the mean time per block over the window; ok is false
// until two heads a second or more apart have been seen.
func (c *BlockClock) Seconds() (secs float64, ok bool) {
	if len(c.win) < 2 {
		return 0, false
	}
	first, last := c.win[0], c.win[len(c.win)-1]
	span := last.Time.Sub(first.Time).Seconds()
	if span < 1 {
		return 0, false
	}
	return span / float64(last.Number-first.Number), true
}

// BlockTimer is implemented by tabs that estimate the times of future
// blocks: the root hands them the clock's estimate whenever it changes.
type BlockTimer interface {
	SetBlockSeconds(secs float64)
}

// StaleAfter is how long without a new head before the live indicator
// says the data is stale: three expected block times, and at least 30 s
// (12 s blocks are assumed until the clock has an estimate).
func (c *BlockClock) StaleAfter() time.Duration {
	secs, ok := c.Seconds()
	if !ok {
		secs = 12
	}
	return max(30*time.Second, time.Duration(3*secs*float64(time.Second)))
}
