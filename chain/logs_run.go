package chain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// How LogsEach sizes and paces its requests.
const (
	// logWindow is how many eth_getLogs requests are in flight at once (a
	// node answers several requests faster than one; more gain little).
	logWindow = 4
	// logTarget is how many logs a request aims at: about what providers
	// cap a response at (10,000 results), without going over it.
	logTarget = 9_500
	// capMargin is the largest share of a known results cap a request
	// aims at (capSizer picks the share from how far its guesses were off).
	capMargin = 0.99
	// probeSpan is the span of the first request, before any density is
	// known; it goes alone. Small, because a dense chain holds thousands of
	// logs a block (1,300 on the scale devnet, where 32 blocks held 42k
	// logs, an answer the node took most of a second to build while
	// nothing else was asked).
	probeSpan = 8
	// growLimit bounds how much larger than the last range seen a range may
	// be when that one held few logs (the density is then a poor guide):
	// growLimit times its span, or times growFrom blocks if it was shorter.
	growLimit = 64
	growFrom  = 32
	// commonCap is the results cap most providers keep (Infura, Alchemy):
	// until the provider refused a range for its results, or answered
	// more than this, ranges go one at a time and aim at capProbe logs,
	// so that one range shows which it is. (Four in flight, each aimed
	// just under the cap, were refused together where the density rose,
	// several requests lost on every cold start behind a cap.)
	commonCap = 10_000
	capProbe  = 11_000
	// steadySpread and steadyRetry: a range refused for too many results,
	// without a range suggested, is asked again at half its span; but at
	// steadyRetry of it where capSizer's guesses spread less than
	// steadySpread, and it was not refused before (where the density
	// jumps, the misses spread wider and a range refused is over by far
	// more than a tenth).
	steadySpread = 0.04
	steadyRetry  = 0.9
	// lagRetries is how many times a range is asked again when the node
	// that answered it did not have its last block.
	lagRetries = 3
)

// logCaps is what a provider showed of its eth_getLogs limits, learned once
// per Client and kept for later queries.
type logCaps struct {
	mu          sync.Mutex
	maxSpan     uint64    // blocks per request it refused more of (0: none seen)
	maxLogs     int       // results per request it said it caps at (0: none seen)
	okMax       int       // the most results it answered in one response
	refMin      int       // the fewest results of a range it refused without naming its cap (0: none known)
	capped      bool      // it refused a range for too many results
	hints       bool      // it suggested a range when it refused one
	bytesPerLog float64   // the largest average log size seen in a response
	noBatch     bool      // it refuses JSON-RPC batches
	learned     time.Time // when a limit was last learned (see ProviderNote)
	// density is the last density seen per query (addresses and topics),
	// so that a later range of the same query (the next blocks) is sized
	// at once, without a probe.
	density map[string]logDensity
}

// logDensity is the last range of a query seen: its first block, span and
// log count. It sizes the first range of a later run of the query near or
// after it (see near); a run from far before it, where the history may be
// far denser, probes.
type logDensity struct {
	from  uint64
	span  uint64
	count int
}

// nearBlocks is how far before a density's range a run may start and still
// be sized by it (the blocks a cached state's next read starts from lie
// within a few dozen of the last range its sync saw).
const nearBlocks = 1024

// near reports whether a run from block from may be sized by d.
func (d logDensity) near(from uint64) bool {
	return from >= d.from || d.from-from <= max(d.span, nearBlocks)
}

// maxDensities bounds logCaps.density.
const maxDensities = 64

// densityKey names a query's filter.
func densityKey(q LogQuery) string {
	var b strings.Builder
	for _, a := range q.Addresses {
		b.Write(a[:])
	}
	for _, ts := range q.Topics {
		b.WriteByte('|')
		for _, t := range ts {
			b.Write(t[:])
		}
	}
	return b.String()
}

// LogLimits is what the Client learned of its provider's eth_getLogs limits
// so far (zero: none seen).
type LogLimits struct {
	MaxBlocks  uint64 // the block span it refuses more of
	MaxResults int    // the results per response it caps at
	NoBatch    bool   // it refuses JSON-RPC batches
}

// LogLimits returns the eth_getLogs limits learned so far.
func (c *Client) LogLimits() LogLimits {
	c.logCaps.mu.Lock()
	defer c.logCaps.mu.Unlock()
	return LogLimits{MaxBlocks: c.logCaps.maxSpan, MaxResults: c.logCaps.maxLogs, NoBatch: c.logCaps.noBatch}
}

// densitiesFormat is the first byte of what LogDensities encodes.
const densitiesFormat = 1

// LogDensities returns, encoded, the density of logs the client saw last for
// each query (its filter; the first block, span and logs of its last range),
// for SeedLogDensities in a later process: a hint, never a figure. Equal
// densities encode to equal bytes.
func (c *Client) LogDensities() []byte {
	c.logCaps.mu.Lock()
	defer c.logCaps.mu.Unlock()
	keys := slices.Sorted(maps.Keys(c.logCaps.density))
	out := []byte{densitiesFormat}
	out = binary.AppendUvarint(out, uint64(len(keys)))
	for _, k := range keys {
		d := c.logCaps.density[k]
		out = binary.AppendUvarint(out, uint64(len(k)))
		out = append(out, k...)
		out = binary.AppendUvarint(out, d.from)
		out = binary.AppendUvarint(out, d.span)
		out = binary.AppendUvarint(out, uint64(d.count))
	}
	return out
}

// SeedLogDensities takes densities LogDensities encoded, for the queries the
// client has seen nothing of yet: a later run of one, from the blocks after
// those the density was seen in, sizes its first range by it instead of
// probing (a cached state's next blocks, one round trip fewer). Input it
// cannot read is ignored whole.
func (c *Client) SeedLogDensities(b []byte) {
	seeds, ok := decodeDensities(b)
	if !ok {
		return
	}
	c.logCaps.mu.Lock()
	defer c.logCaps.mu.Unlock()
	if c.logCaps.density == nil {
		c.logCaps.density = make(map[string]logDensity)
	}
	for k, d := range seeds {
		if _, seen := c.logCaps.density[k]; !seen && len(c.logCaps.density) < maxDensities {
			c.logCaps.density[k] = d
		}
	}
}

// decodeDensities reads what LogDensities wrote; ok is false for anything
// else, or densities no range could have (no blocks, more logs than blocks
// can hold).
func decodeDensities(b []byte) (map[string]logDensity, bool) {
	if len(b) == 0 || b[0] != densitiesFormat {
		return nil, false
	}
	b = b[1:]
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	n, ok := next()
	if !ok || n > maxDensities {
		return nil, false
	}
	out := make(map[string]logDensity, n)
	for range n {
		kl, ok := next()
		if !ok || kl > uint64(len(b)) || kl > 1<<16 {
			return nil, false
		}
		k := string(b[:kl])
		b = b[kl:]
		var v [3]uint64
		for i := range v {
			if v[i], ok = next(); !ok {
				return nil, false
			}
		}
		if v[1] == 0 || v[2] > math.MaxInt32 {
			return nil, false
		}
		out[k] = logDensity{from: v[0], span: v[1], count: int(v[2])}
	}
	return out, len(b) == 0
}

// Slot states.
const (
	slotPending = iota
	slotInFlight
	slotDone
)

// logSlot is one range of a run, in chain order with the others.
type logSlot struct {
	from, to  uint64
	state     int
	limit     uint64        // the largest span to ask for it (0: no limit of its own)
	exact     bool          // ask for exactly limit blocks (the provider suggested them)
	wait      time.Duration // back-off before it is asked again
	lags      int           // times its node did not have block to
	timeouts  int           // times it timed out in a row (split each time)
	predicted float64       // logs expected when it was sent (0: unknown)
	refused   int           // times it was refused for too many results
	logs      []types.Log
}

func (s *logSlot) span() uint64 { return s.to - s.from + 1 }

// logsResult is a finished request.
type logsResult struct {
	s   *logSlot
	a   logsAnswer
	err error
}

// logsRun fetches one LogQuery: a window of logWindow requests in flight,
// each range sized so that it holds about logTarget logs by the density of
// logs in the range before it, within the limits the provider showed
// (Client.logCaps). A refused range is split (at the provider's suggestion
// when it makes one, else in half) and what the refusal says of a limit is
// kept. Ranges finish in any order but reach fn in chain order; a finished
// range waits only for those before it, so at most logWindow ranges of logs
// are held at once.
type logsRun struct {
	c     *Client
	q     LogQuery
	f     *logFilter
	total uint64

	// The density of logs in the last range finished (the one furthest
	// along the chain).
	haveObs  bool
	obsFrom  uint64
	obsSpan  uint64
	obsCount int
	dens     float64 // logs per block
	// recent holds the densities of the last ranges finished (furthest
	// along first): without a cap, ranges are sized at the highest, so
	// that a short sparse stretch does not send several long ranges at
	// once into the denser blocks after it.
	recent [logWindow]float64
	// Ranges refused without a cap named or a range suggested, whose
	// logs are being counted as their parts arrive (in chain order):
	// each gives a bound on the cap.
	open []refusedRange

	maxLogs     int  // results cap for this run (the provider's, or lower after refusals)
	unsure      bool // a range was refused since the last one went through
	rateRetries int  // rate-limit refusals in a row
	refusals    int  // refusals for too many results in a row
	decoders    chan *logsDecoder
	key         string   // densityKey(q)
	sizer       capSizer // sizes ranges under a results cap
}

func newLogsRun(c *Client, q LogQuery) *logsRun {
	total := q.To - q.From
	if total < math.MaxUint64 {
		total++
	}
	r := &logsRun{c: c, q: q, f: newLogFilter(q), total: total, decoders: make(chan *logsDecoder, logWindow)}
	r.key = densityKey(q)
	c.logCaps.mu.Lock()
	r.maxLogs = c.logCaps.maxLogs
	if d, ok := c.logCaps.density[r.key]; ok && d.near(q.From) {
		r.haveObs, r.obsFrom, r.obsSpan, r.obsCount = true, q.From, d.span, d.count
		r.dens = float64(d.count) / float64(d.span)
	}
	c.logCaps.mu.Unlock()
	for range logWindow {
		r.decoders <- new(logsDecoder)
	}
	return r
}

// ceiling is the largest span worth asking for.
func (r *logsRun) ceiling() uint64 {
	c := r.c.opts.LogRange
	r.c.logCaps.mu.Lock()
	if m := r.c.logCaps.maxSpan; m > 0 {
		c = min(c, m)
	}
	r.c.logCaps.mu.Unlock()
	return max(c, 1)
}

// target is how many logs a request aims at.
func (r *logsRun) target() float64 {
	t := float64(logTarget)
	if m := r.resultsCap(); m > 0 {
		t = min(t, max(1, math.Floor(float64(m)*capMargin)))
	}
	r.c.logCaps.mu.Lock()
	bpl := r.c.logCaps.bytesPerLog
	r.c.logCaps.mu.Unlock()
	if bpl > 0 {
		// Stay well under the client's own response cap.
		t = min(t, max(1, float64(r.c.opts.MaxResponseBytes)/2/bpl))
	}
	return t
}

// resultsCap is the results cap the run keeps under (0: none known): the
// one the provider named, else one bounded by what it answered and
// refused (between the most results it answered and the fewest of a range
// it refused), else the run's own after timeouts or over-size answers.
func (r *logsRun) resultsCap() int {
	r.c.logCaps.mu.Lock()
	named, lo, hi := r.c.logCaps.maxLogs, r.c.logCaps.okMax, r.c.logCaps.refMin
	r.c.logCaps.mu.Unlock()
	switch {
	case named > 0:
		return named
	case hi > 0:
		// The cap is in [lo, hi): aim at the middle, and at its lower
		// end once the two are close.
		if lo >= hi-1 {
			return max(1, hi-1)
		}
		return max(lo, (lo+hi)/2)
	}
	return r.maxLogs
}

// capped reports whether the provider caps results (it refused a range for
// too many), or this run had to cut its ranges for time or size.
func (r *logsRun) capped() bool {
	r.c.logCaps.mu.Lock()
	defer r.c.logCaps.mu.Unlock()
	return r.c.logCaps.capped || r.c.logCaps.maxLogs > 0 || r.maxLogs > 0
}

// span is the span the next range starting at the frontier should have:
// without a results cap, the one expected to hold the target; under one,
// the one expected to bring the most logs per request (see capSizer).
func (r *logsRun) span() uint64 {
	ceil := r.ceiling()
	if !r.haveObs {
		return min(probeSpan, ceil)
	}
	t := r.target()
	if r.capUnknown() {
		t = min(t*capProbe/logTarget, capProbe)
	}
	s := math.Inf(1)
	if mu := r.dens; mu > 0 {
		s = max(1, math.Floor(t/max(mu, slices.Max(r.recent[:]))))
		if r.capped() {
			r.c.logCaps.mu.Lock()
			hints := r.c.logCaps.hints
			r.c.logCaps.mu.Unlock()
			capN := float64(r.resultsCap())
			if capN <= 0 {
				// Refused without a number, and no range refused has
				// been counted yet: the target stands in for the cap.
				capN = t
			}
			s = r.sizer.size(capN, hints, mu)
		}
	}
	if r.obsCount < 16 {
		s = min(s, float64(max(r.obsSpan, growFrom))*growLimit)
	}
	if s < 1 {
		return 1
	}
	if s >= float64(ceil) {
		return ceil
	}
	return uint64(s)
}

// capUnknown reports whether it is not known yet if the provider caps
// results at about commonCap: it refused no range for its results and
// answered none with more, and the last range was not at its longest
// (where ranges hold far fewer logs than a cap, it does not matter).
func (r *logsRun) capUnknown() bool {
	r.c.logCaps.mu.Lock()
	unknown := !r.c.logCaps.capped && r.c.logCaps.okMax <= commonCap
	r.c.logCaps.mu.Unlock()
	return unknown && r.haveObs && r.obsSpan < r.ceiling()
}

// calibrated reports whether the last range finished says enough about
// the density (it held about the logs aimed at, or the span is at its
// ceiling, and nothing was refused since) to send several ranges at once.
func (r *logsRun) calibrated() bool {
	return r.haveObs && !r.unsure && (float64(r.obsCount) >= r.target()/4 || r.obsSpan >= r.ceiling())
}

// predict is how many logs a range of span blocks is expected to hold (0:
// unknown).
func (r *logsRun) predict(span uint64) float64 {
	if !r.haveObs {
		return 0
	}
	return r.dens * float64(span)
}

// run fetches the whole query and hands each range's logs to fn, in
// chain order, on a goroutine of its own: folding one range does not hold
// up asking for the next ones. An error from fn stops the fetch and is
// what run returns.
func (r *logsRun) run(ctx context.Context, fn func([]types.Log) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make(chan *logSlot, logWindow)
	done := make(chan error, 1)
	go func() {
		var ferr error
		for s := range ready {
			if ferr != nil || ctx.Err() != nil {
				continue // drain: the fetch is stopping
			}
			if ferr = fn(s.logs); ferr != nil {
				cancel()
				continue
			}
			s.logs = nil
			if r.q.Progress != nil {
				n := s.to - r.q.From
				if n < math.MaxUint64 {
					n++
				}
				r.q.Progress(n, r.total)
			}
		}
		done <- ferr
	}()
	err := r.fetchAll(ctx, ready)
	if err != nil {
		cancel() // the ranges still queued are not folded
	}
	close(ready)
	if ferr := <-done; ferr != nil {
		return ferr
	}
	return err
}

// fetchAll fetches the whole query, a window of ranges in flight, and
// sends each finished range to ready in chain order.
func (r *logsRun) fetchAll(ctx context.Context, ready chan<- *logSlot) error {
	r.c.logCaps.mu.Lock()
	noBatch := r.c.logCaps.noBatch
	r.c.logCaps.mu.Unlock()
	if noBatch {
		// Without batches there is no way to ask the node that serves the
		// logs whether it has the last block: ask once before.
		if err := r.c.hasBlock(ctx, r.q.To); err != nil {
			return fmt.Errorf("eth_getLogs up to block %d: %w", r.q.To, err)
		}
	}
	results := make(chan logsResult, logWindow)
	var queue []*logSlot
	next, planned := r.q.From, false
	inflight := 0
	for {
		for inflight < logWindow {
			if (!r.calibrated() || r.capped() || r.capUnknown()) && inflight > 0 {
				// One at a time until a range of the size aimed at went
				// through; and always under a results cap, where each
				// range is sized from the ones before it (ranges sized
				// together fail together where the density rises, and
				// each refusal is a request; even a range the provider
				// suggested, sent along with the next, cost more requests
				// than it saved time where the density rose steadily).
				break
			}
			s := r.nextSlot(&queue, &next, &planned)
			if s == nil {
				break
			}
			s.state = slotInFlight
			s.predicted = r.predict(s.span())
			inflight++
			go func(s *logSlot) {
				d := <-r.decoders
				a, err := r.fetch(ctx, s, d)
				r.decoders <- d
				results <- logsResult{s: s, a: a, err: err}
			}(s)
		}
		if inflight == 0 {
			if len(queue) == 0 && planned {
				return nil
			}
			return fmt.Errorf("eth_getLogs blocks %d–%d: internal error: nothing in flight and %d ranges left", r.q.From, r.q.To, len(queue))
		}
		var res logsResult
		select {
		case res = <-results:
		case <-ctx.Done():
			return ctx.Err()
		}
		inflight--
		if err := r.handle(ctx, res); err != nil {
			return err
		}
		for len(queue) > 0 && queue[0].state == slotDone {
			s := queue[0]
			queue[0] = nil
			queue = queue[1:]
			r.countRefused(s.logs, s.to)
			r.sizer.observe(tally(s.logs, s.from, s.span()), float64(r.resultsCap()))
			select {
			case ready <- s:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
}

// nextSlot returns the next range to ask for: the first pending one, cut
// to the span it may have now or joined with the pending ranges (or the
// unplanned blocks) after it up to that span, else a new one at the
// frontier; nil when there is none.
func (r *logsRun) nextSlot(queue *[]*logSlot, next *uint64, planned *bool) *logSlot {
	span := r.span()
	for i, s := range *queue {
		if s.state != slotPending {
			continue
		}
		sp := span
		switch {
		case s.exact:
			sp = s.limit
		case s.limit > 0:
			sp = min(sp, s.limit)
		}
		if s.span() > sp {
			rest := &logSlot{from: s.from + sp, to: s.to, limit: s.limit}
			if s.exact {
				rest.limit = 0
			}
			s.to = s.from + sp - 1
			*queue = slices.Insert(*queue, i+1, rest)
			return s
		}
		// Join what follows, so that the rest of a split range does not
		// cost a request of its own.
		for s.span() < sp {
			if i+1 < len(*queue) {
				n := (*queue)[i+1]
				if n.state != slotPending || n.from != s.to+1 {
					break
				}
				s.to = min(n.to, s.from+sp-1)
				if s.to == n.to {
					*queue = slices.Delete(*queue, i+1, i+2)
				} else {
					n.from = s.to + 1
				}
				continue
			}
			if *planned {
				break
			}
			s.to = min(r.q.To, s.from+sp-1)
			if s.to == r.q.To {
				*planned = true
			} else {
				*next = s.to + 1
			}
		}
		return s
	}
	if *planned {
		return nil
	}
	s := &logSlot{from: *next, to: r.q.To}
	if r.q.To-s.from >= span {
		s.to = s.from + span - 1
	}
	if s.to == r.q.To {
		*planned = true
	} else {
		*next = s.to + 1
	}
	*queue = append(*queue, s)
	return s
}

// fetch asks for one range and checks the answer.
func (r *logsRun) fetch(ctx context.Context, s *logSlot, d *logsDecoder) (logsAnswer, error) {
	if s.wait > 0 {
		if err := r.c.opts.sleep(ctx, s.wait); err != nil {
			return logsAnswer{}, err
		}
	}
	r.c.logCaps.mu.Lock()
	batch := !r.c.logCaps.noBatch
	d.expect = int(s.predicted * 1.1)
	r.c.logCaps.mu.Unlock()
	a, err := r.c.askLogs(ctx, r.q, s.from, s.to, batch, d)
	if errors.Is(err, errBlockUnanswered) {
		// The logs came back whole: only the block is asked alone.
		err = r.c.hasBlock(ctx, s.to)
	}
	if errors.Is(err, errBatchRefused) {
		r.c.logCaps.mu.Lock()
		r.c.logCaps.noBatch = true
		r.c.touchLimits()
		r.c.logCaps.mu.Unlock()
		// Check once that the node has block to, then ask alone.
		if herr := r.c.hasBlock(ctx, s.to); herr != nil {
			return logsAnswer{}, herr
		}
		a, err = r.c.askLogs(ctx, r.q, s.from, s.to, false, d)
	}
	if err != nil {
		return a, err
	}
	return a, r.check(a.logs, s.from, s.to)
}

// errMisbehaving marks an answer with logs that were not asked for.
type errMisbehaving struct{ error }

// check sorts logs and rejects those not asked for and duplicates.
func (r *logsRun) check(logs []types.Log, from, to uint64) error {
	for i := range logs {
		if err := r.f.check(&logs[i], from, to); err != nil {
			return errMisbehaving{err}
		}
	}
	slices.SortFunc(logs, compareLogs)
	for i := 1; i < len(logs); i++ {
		if compareLogs(logs[i-1], logs[i]) == 0 {
			return errMisbehaving{fmt.Errorf("log %d of block %d returned twice", logs[i].Index, logs[i].BlockNumber)}
		}
	}
	return nil
}

// handle takes in a finished request: it records the logs, or decides what
// to ask next after a refusal, or fails.
func (r *logsRun) handle(ctx context.Context, res logsResult) error {
	s, err := res.s, res.err
	from, to := s.from, s.to
	c := r.c
	if err == nil {
		r.rateRetries, r.unsure, r.refusals = 0, false, 0
		s.logs, s.state = res.a.logs, slotDone
		n := len(s.logs)
		c.logCaps.mu.Lock()
		if n > commonCap && c.logCaps.okMax <= commonCap {
			c.touchLimits() // answered more than the common cap: not capped there
		}
		c.logCaps.okMax = max(c.logCaps.okMax, n)
		c.logCaps.mu.Unlock()
		if !r.haveObs || s.from >= r.obsFrom {
			r.haveObs, r.obsFrom, r.obsSpan, r.obsCount = true, s.from, s.span(), n
			r.dens = float64(n) / float64(s.span())
			copy(r.recent[1:], r.recent[:])
			r.recent[0] = 0
			if n >= 64 { // the density of a few logs is noise
				r.recent[0] = r.dens
			}
			c.logCaps.mu.Lock()
			if c.logCaps.density == nil || len(c.logCaps.density) >= maxDensities {
				c.logCaps.density = make(map[string]logDensity)
			}
			c.logCaps.density[r.key] = logDensity{from: s.from, span: r.obsSpan, count: r.obsCount}
			c.logCaps.mu.Unlock()
		}
		if n >= 64 && res.a.bytes > 0 {
			bpl := float64(res.a.bytes) / float64(n)
			c.logCaps.mu.Lock()
			c.logCaps.bytesPerLog = max(c.logCaps.bytesPerLog, bpl)
			c.logCaps.mu.Unlock()
		}
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var mis errMisbehaving
	if errors.As(err, &mis) {
		return fmt.Errorf("eth_getLogs blocks %d–%d on RPC %s: %w: the RPC is misbehaving; try another one", from, to, c.safeURL, mis.error)
	}
	if errors.Is(err, errNodeLags) {
		if s.lags >= lagRetries {
			return fmt.Errorf("eth_getLogs blocks %d–%d on RPC %s: the node that answered does not have block %d (eth_getBlockByNumber in the same batch answered null, %d times): it lags behind the chain and its logs may stop at its own head: retry later, or use another RPC", from, to, c.safeURL, to, s.lags+1)
		}
		s.wait = backoff(s.lags)
		s.lags++
		s.state = slotPending
		return nil
	}
	ref := classifyLogsError(err)
	switch {
	case ref.rateLimited:
		if r.rateRetries >= c.opts.MaxRetries {
			return fmt.Errorf("eth_getLogs blocks %d–%d on RPC %s: rate limited %d times in a row: %w: wait and retry, or use another RPC", from, to, c.safeURL, r.rateRetries+1, err)
		}
		s.wait = backoff(r.rateRetries)
		r.rateRetries++
		s.state = slotPending
		return nil
	case !ref.refused:
		return fmt.Errorf("eth_getLogs blocks %d–%d on RPC %s: %w", from, to, c.safeURL, err)
	case ref.timeout && (s.timeouts >= c.opts.MaxRetries || to == from):
		return fmt.Errorf("eth_getLogs blocks %d–%d on RPC %s: timed out %d times in a row, even on smaller ranges: %w: the node may be down or overloaded; raise the timeout or try another RPC", from, to, c.safeURL, s.timeouts+1, err)
	case to == from:
		return fmt.Errorf("eth_getLogs: RPC %s refuses even the single block %d: %w: use an RPC without this limit", c.safeURL, from, err)
	}
	if ref.timeout {
		s.timeouts++
	} else {
		s.timeouts = 0
	}
	cur := s.span()
	next := cur / 2
	if ref.timeout {
		// A timeout costs the whole timeout: split it in four, so that a
		// node far too slow for it is within reach in a few tries.
		next = max(1, cur/4)
	}
	exact := false
	msg := refusalText(err)
	switch {
	case ref.hasSuggest && ref.suggestTo >= from && ref.suggestTo < to:
		next = ref.suggestTo - from + 1
		exact = true
		if !ref.blockLimit && !ref.timeout {
			r.learnFromSuggestion(s, next, resultsCapOf(msg))
		}
	case ref.blockLimit:
		if n := blockCapOf(msg); n > 0 && n < cur {
			next = n
		}
	}
	if ref.blockLimit {
		c.logCaps.mu.Lock()
		if c.logCaps.maxSpan == 0 || next < c.logCaps.maxSpan {
			c.logCaps.maxSpan = next
			c.touchLimits()
		}
		c.logCaps.mu.Unlock()
	} else if ref.timeout || errors.Is(err, ErrResponseTooLarge) {
		// Too heavy for the node (or the client): the next ranges aim at
		// the share of what this one was expected to hold that it is asked
		// again in.
		if m := int(s.predicted * float64(next) / float64(cur)); m >= 1 && (r.maxLogs == 0 || m < r.maxLogs) {
			r.maxLogs = m
		}
	} else if !ref.hasSuggest {
		// Too many results (a timeout or an over-size response is halved
		// and says nothing of a results cap).
		n := resultsCapOf(msg)
		if s.refused == 0 && r.capped() && r.sizer.spread > 0 && r.sizer.spread < steadySpread {
			// Sized under the cap where the guesses have been close:
			// it was most likely over by less than a tenth.
			next = max(1, uint64(float64(cur)*steadyRetry))
		}
		s.refused++
		r.learnResultsCap(n, cur)
		if n == 0 {
			// Count this range's logs as its parts arrive: it held more
			// than the cap.
			r.open = append(r.open, refusedRange{from: from, to: to})
		}
	}
	s.limit, s.exact = next, exact
	s.wait = 0
	s.state = slotPending
	r.unsure = true
	return nil
}

// learnResultsCap takes in a refusal for too many results of a range of
// span blocks: n is the cap the message names (0: none). A named cap is
// kept for the Client. The range held more than the cap (n, or about the
// target when none is named): the density near it is at least that over
// span. By how much is unknown: the next ranges are sized for more than the
// least it can be, and the next range that goes through says how dense it
// really is. (Without a named cap, the cap itself is learned as the ranges
// refused are counted: see countRefused.)
func (r *logsRun) learnResultsCap(n int, span uint64) {
	least := r.target()
	r.learnCap(n, false)
	if n > 0 {
		least = float64(n + 1)
	}
	// Each refusal in a row doubles the density assumed beyond the least
	// it can be: a range far denser than the last one is found in a few
	// tries, one slightly denser in one.
	r.refusals++
	f := 1.5 * math.Pow(2, float64(min(r.refusals, 8)-1))
	r.assumeDenser(f*least/float64(span), span, int(least))
}

// learnFromSuggestion takes in a refusal for too many results that
// suggested the first next blocks of the range: those hold about the cap
// (n when the message names it), so the density there is about n/next.
func (r *logsRun) learnFromSuggestion(s *logSlot, next uint64, n int) {
	r.learnCap(n, true)
	if m := r.resultsCap(); m > 0 && (!r.haveObs || s.from >= r.obsFrom) {
		r.assumeDenser(float64(m)/float64(next), next, m)
	}
}

// learnCap records that the provider caps results (and suggests ranges
// when it refuses one, with hints), and the cap n it names (0: none).
func (r *logsRun) learnCap(n int, hints bool) {
	r.c.logCaps.mu.Lock()
	r.c.logCaps.capped = true
	r.c.logCaps.hints = r.c.logCaps.hints || hints
	r.c.touchLimits()
	if n > 0 && (r.c.logCaps.maxLogs == 0 || n < r.c.logCaps.maxLogs) {
		r.c.logCaps.maxLogs = n
	}
	r.c.logCaps.mu.Unlock()
	if n > 0 && (r.maxLogs == 0 || n < r.maxLogs) {
		r.maxLogs = n
	}
}

// assumeDenser raises the density assumed at the frontier to d, seen as
// count logs in span blocks, when it is higher than the one held.
func (r *logsRun) assumeDenser(d float64, span uint64, count int) {
	if r.haveObs && d <= r.dens {
		return
	}
	if !r.haveObs {
		r.haveObs, r.obsSpan = true, span
	}
	r.dens, r.obsCount = d, count
}

// refusedRange is a range refused for too many results, without a cap
// named, and the logs of it counted so far.
type refusedRange struct {
	from, to uint64
	count    int
}

// countRefused counts a batch of logs, handed on in chain order, into the
// ranges refused without a named cap; a range whose logs are all counted
// bounds the cap from above.
func (r *logsRun) countRefused(logs []types.Log, upTo uint64) {
	if len(r.open) == 0 {
		return
	}
	for _, l := range logs {
		for i := range r.open {
			if o := &r.open[i]; l.BlockNumber >= o.from && l.BlockNumber <= o.to {
				o.count++
			}
		}
	}
	kept := r.open[:0]
	for _, o := range r.open {
		if o.to > upTo {
			kept = append(kept, o)
			continue
		}
		r.c.logCaps.mu.Lock()
		if o.count > 0 && (r.c.logCaps.refMin == 0 || o.count < r.c.logCaps.refMin) {
			r.c.logCaps.refMin = o.count
			r.c.touchLimits()
		}
		r.c.logCaps.mu.Unlock()
	}
	r.open = kept
}

// hasBlock fails unless the node has block n.
func (c *Client) hasBlock(ctx context.Context, n uint64) error {
	var b *struct {
		Number *hexutil.Uint64 `json:"number"`
	}
	if err := c.call(ctx, &b, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
		return fmt.Errorf("reading block %d from RPC %s: %w", n, c.safeURL, err)
	}
	if b == nil || b.Number == nil || uint64(*b.Number) != n {
		return fmt.Errorf("eth_getLogs on RPC %s: the node does not have block %d: it lags behind the chain and its logs may stop at its own head: retry later, or use another RPC", c.safeURL, n)
	}
	return nil
}

// refusalText is all the text of an eth_getLogs error (message, data, HTTP body).
func refusalText(err error) string {
	msg := err.Error()
	var de interface{ ErrorData() any }
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			msg += " " + s
		}
	}
	return msg
}

var (
	// resultsCapRe finds a results cap: "more than 10000 results", "a cap of 10K logs".
	resultsCapRe = regexp.MustCompile(`(?i)(\d[\d,]*)\s*(k)?\s*(?:results|logs)\b`)
	// blockCapRes find a block-span cap: "1k blocks", "a 10,000 range",
	// "block range 5000", "range is 2000".
	blockCapRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)(\d[\d,]*)\s*(k)?\s*(?:-\s*)?(?:blocks?\b|(?:block\s+)?range\b)`),
		regexp.MustCompile(`(?i)range(?:\s+(?:limit|of|is|to))*\s*:?\s*(\d[\d,]*)\s*(k)?\b`),
	}
)

// resultsCapOf reads the results cap a refusal names (0: none).
func resultsCapOf(msg string) int {
	m := resultsCapRe.FindStringSubmatch(msg)
	if m == nil {
		return 0
	}
	n := capNumber(m[1], m[2])
	if n > math.MaxInt32 {
		return 0
	}
	return int(n)
}

// blockCapOf reads the block-span cap a refusal names (0: none).
func blockCapOf(msg string) uint64 {
	for _, re := range blockCapRes {
		if m := re.FindStringSubmatch(msg); m != nil {
			if n := capNumber(m[1], m[2]); n > 0 {
				return n
			}
		}
	}
	return 0
}

// capNumber parses "10,000" or "10" with "k".
func capNumber(digits, k string) uint64 {
	n, err := strconv.ParseUint(strings.ReplaceAll(digits, ",", ""), 10, 64)
	if err != nil || n > 1<<40 {
		return 0
	}
	if k != "" {
		n *= 1000
	}
	return n
}
