package chain

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// providerNoteFormat is the first byte of what ProviderNote encodes.
const providerNoteFormat = 1

// providerNoteTTL is how long limits a provider showed are taken on trust by
// later processes. A provider may lift a limit, which a fetch kept within
// it never shows: after this, the limits are learned again (a refusal or
// two a week, where the provider still has them).
const providerNoteTTL = 7 * 24 * time.Hour

// maxNotedLimit bounds the numbers a provider note may hold.
const maxNotedLimit = 1 << 31

// ProviderKey names the client's provider in notes kept about it: a hash of
// its URL, so that a key in the URL is not written down.
func (c *Client) ProviderKey() string {
	h := sha256.Sum256([]byte(c.url))
	return hex.EncodeToString(h[:8])
}

// providerLimits is what ProviderNote keeps of logCaps and the batch limit.
type providerLimits struct {
	learned                       time.Time
	maxSpan                       uint64
	maxLogs, okMax, refMin, batch int
	capped, hints, noBatch        bool
}

// worth reports whether l says anything a later process would otherwise
// learn by a refusal, or by a range sent alone to show whether results are
// capped.
func (l providerLimits) worth() bool {
	return l.capped || l.maxSpan > 0 || l.maxLogs > 0 || l.refMin > 0 || l.noBatch || l.batch > 0 || l.okMax > commonCap
}

// touchLimits records that a limit was learned now. The caller holds
// c.logCaps.mu.
func (c *Client) touchLimits() { c.logCaps.learned = time.Now() }

// ProviderNote returns, encoded, the limits the client learned of its
// provider in this process or took from an earlier one (those LogLimits
// reports, what bounds a results cap the provider does not name, whether
// it suggests ranges, the largest batch it took after refusing one) and
// when they were learned, for SeedProviderNote in a later process; nil
// when it learned none. It is a hint, never a figure: the next process
// keeps within the limits from its first request instead of learning them
// again by a refusal each time it starts.
func (c *Client) ProviderNote() []byte {
	c.logCaps.mu.Lock()
	l := providerLimits{
		learned: c.logCaps.learned,
		maxSpan: c.logCaps.maxSpan, maxLogs: c.logCaps.maxLogs, okMax: c.logCaps.okMax, refMin: c.logCaps.refMin,
		capped: c.logCaps.capped, hints: c.logCaps.hints, noBatch: c.logCaps.noBatch,
	}
	c.logCaps.mu.Unlock()
	l.batch = int(c.batchLimit.Load())
	if !l.worth() || l.learned.IsZero() {
		return nil
	}
	return l.encode()
}

// encode is the note of l, for decodeProviderNote.
func (l providerLimits) encode() []byte {
	out := []byte{providerNoteFormat}
	out = binary.AppendUvarint(out, uint64(max(0, l.learned.Unix())))
	for _, v := range []uint64{l.maxSpan, uint64(l.maxLogs), uint64(l.okMax), uint64(l.refMin), uint64(l.batch)} {
		out = binary.AppendUvarint(out, min(v, maxNotedLimit))
	}
	var flags byte
	for i, f := range []bool{l.capped, l.hints, l.noBatch} {
		if f {
			flags |= 1 << i
		}
	}
	return append(out, flags)
}

// SeedProviderNote takes limits ProviderNote encoded in an earlier process,
// learned less than a week before now (providerNoteTTL): the client keeps
// within them as if it had learned them itself, so that a provider that
// caps results is not sent a range aimed past the cap to find out, nor one
// over its block span. What the client learned itself stands; input it
// cannot read, or limits no provider could have shown, are ignored whole.
func (c *Client) SeedProviderNote(b []byte, now time.Time) {
	l, ok := decodeProviderNote(b)
	if !ok || now.Sub(l.learned) > providerNoteTTL || l.learned.After(now.Add(time.Hour)) {
		return
	}
	c.logCaps.mu.Lock()
	lc := &c.logCaps
	if lc.maxSpan == 0 {
		lc.maxSpan = l.maxSpan
	}
	if lc.maxLogs == 0 {
		lc.maxLogs = l.maxLogs
	}
	if lc.refMin == 0 && l.refMin > lc.okMax {
		lc.refMin = l.refMin
	}
	if lc.refMin == 0 || l.okMax < lc.refMin {
		lc.okMax = max(lc.okMax, l.okMax)
	}
	lc.capped = lc.capped || l.capped
	lc.hints = lc.hints || l.hints
	lc.noBatch = lc.noBatch || l.noBatch
	if l.learned.After(lc.learned) {
		lc.learned = l.learned
	}
	c.logCaps.mu.Unlock()
	if l.batch > 0 {
		c.batchLimit.CompareAndSwap(0, int64(l.batch))
	}
}

// decodeProviderNote reads what ProviderNote wrote; ok is false for
// anything else, or for limits that contradict each other.
func decodeProviderNote(b []byte) (l providerLimits, ok bool) {
	if len(b) == 0 || b[0] != providerNoteFormat {
		return l, false
	}
	b = b[1:]
	var v [6]uint64
	for i := range v {
		x, n := binary.Uvarint(b)
		if n <= 0 || (i > 0 && x > maxNotedLimit) || (i == 0 && x > 1<<40) {
			return l, false
		}
		v[i], b = x, b[n:]
	}
	if len(b) != 1 || b[0] > 7 {
		return l, false
	}
	l = providerLimits{
		learned: time.Unix(int64(v[0]), 0),
		maxSpan: v[1], maxLogs: int(v[2]), okMax: int(v[3]), refMin: int(v[4]), batch: int(v[5]),
		capped: b[0]&1 != 0, hints: b[0]&2 != 0, noBatch: b[0]&4 != 0,
	}
	switch {
	case l.refMin > 0 && l.okMax >= l.refMin, // answered more than it refused
		l.maxLogs > 0 && l.okMax > l.maxLogs, // answered more than its cap
		(l.maxLogs > 0 || l.refMin > 0 || l.hints) && !l.capped:
		return l, false
	}
	return l, l.worth()
}

// DescribeProviderNote says, for people, what a note ProviderNote encoded
// holds: the provider's limits and when they were learned, and whether a
// process at now still keeps within them. ok is false for a note it cannot
// read.
func DescribeProviderNote(b []byte, now time.Time) (desc string, ok bool) {
	l, ok := decodeProviderNote(b)
	if !ok {
		return "", false
	}
	var parts []string
	switch {
	case l.maxLogs > 0:
		parts = append(parts, fmt.Sprintf("eth_getLogs capped at %d results", l.maxLogs))
	case l.refMin > 0:
		parts = append(parts, fmt.Sprintf("eth_getLogs capped at %d–%d results", l.okMax, l.refMin-1))
	case l.capped:
		parts = append(parts, "eth_getLogs results capped")
	case l.okMax > commonCap:
		parts = append(parts, fmt.Sprintf("eth_getLogs answered %d results", l.okMax))
	}
	if l.hints {
		parts[len(parts)-1] += ", a range suggested"
	}
	if l.maxSpan > 0 {
		parts = append(parts, fmt.Sprintf("at most %d blocks a request", l.maxSpan))
	}
	switch {
	case l.noBatch:
		parts = append(parts, "no JSON-RPC batches")
	case l.batch > 0:
		parts = append(parts, fmt.Sprintf("batches of at most %d calls", l.batch))
	}
	desc = strings.Join(parts, "; ") + "; learned " + l.learned.UTC().Format("2006-01-02 15:04 UTC")
	if now.Sub(l.learned) > providerNoteTTL {
		desc += " (over a week ago: learned again by the next read)"
	}
	return desc, true
}
