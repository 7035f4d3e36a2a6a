package dao

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/daoterm/daoterm/chain/cache"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fetchFunc fetches the logs of one source in blocks [from, to] and hands
// them to fn batch by batch in chain order (fn must not keep a batch),
// telling progress the blocks covered.
type fetchFunc func(ctx context.Context, from, to uint64, progress func(done, total uint64), fn func([]types.Log) error) error

// folder is a stream's state, changed in place: logs folded for good (Fold)
// or undoably (Apply, then Undo back to a position Len gave; Forget makes
// the oldest entries final and shifts later positions down).
type folder interface {
	Fold(logs []types.Log) error
	Apply(logs []types.Log) error
	Len() int
	Undo(n int)
	Forget(n int)
}

// tailBlock is one block's logs above the safe block, folded undoably.
type tailBlock struct {
	number uint64
	logs   []types.Log // copies
	mark   int         // the folder's Len before them
}

// logPos is a log's place in the chain.
type logPos struct {
	block uint64
	index uint
	set   bool
}

func (p logPos) covers(l *types.Log) bool {
	return p.set && (l.BlockNumber < p.block || l.BlockNumber == p.block && l.Index <= p.index)
}

// saveEvery is how far the confirmed block must move before a stream's
// state is saved again (the first sync and a long pause save too).
const (
	saveEvery  = 1000
	saveAfter  = 5 * time.Minute
	cacheNotes = "cache"
)

// stream is the state folded from one source of logs (the governor's events,
// the token's, the treasury's flows).
//
// It keeps one state, at the latest block read (live): the logs up to the
// safe block folded for good, and those after it (the tail, a few dozen
// blocks) folded undoably, block by block. Each read refetches the tail
// and the new blocks in one query, skips the tail blocks that did not
// change, undoes those that did (a reorg) and folds only what is new: a
// new block costs its own logs, not a copy of the state. Readers use the
// state under the stream's lock (see at), so it is never read while it
// changes.
type stream[S folder] struct {
	d      *DAO
	what   string                  // for Progress, e.g. "governor events"
	key    string                  // the cache key; "" = not cached
	fresh  func() S                // the state before any log
	encode func(S) ([]byte, error) // for the cache
	decode func([]byte) (S, error) // from the cache
	fetch  fetchFunc

	lock chan struct{} // held during at: one sync at a time

	state   S
	started bool        // state is set (fresh or loaded)
	next    uint64      // logs of blocks before next are folded for good
	cur     logPos      // the last log folded for good, when it is at or after next (a sync cut short)
	tail    []tailBlock // the blocks after the safe block with logs, folded undoably
	live    uint64      // the state holds every log up to live
	hasLive bool

	// decoding is the state of the checkpoint open loaded, decoded while
	// the blocks after it are fetched (nil: none; see ready), of block
	// decodingAt, with hash; onChain tells, meanwhile too, whether that
	// block is still on the chain (nil) or not (errNotOnChain);
	// savedBefore is saved before open loaded it.
	decoding    chan decoded[S]
	onChain     chan error
	decodingAt  uint64
	savedBefore uint64

	saved   uint64 // the block of the last checkpoint loaded or written
	savedAt time.Time
	noSave  bool // the cache refused a write: stop trying
	due     bool // a read left its cache write for flush (Config.SaveLater)
}

// decoded is a checkpoint's state, or why it does not decode.
type decoded[S any] struct {
	st  S
	err error
}

// errRebuild is what a sync returns when the checkpoint it started from
// did not decode, or is no longer on the chain: the stream starts over
// from an older one, or from StartBlock.
var errRebuild = errors.New("the cached state did not decode")

// errNotOnChain is what a checkpoint's check says of a block the chain no
// longer has, or has with another hash.
var errNotOnChain = errors.New("not on the chain")

// saver is a stream whose cache write may wait (see DAO.Flush).
type saver interface{ flush(ctx context.Context) }

// flush makes the cache write a read left for later, if any.
func (s *stream[S]) flush(ctx context.Context) {
	if s == nil || acquire(ctx, s.lock) != nil {
		return
	}
	defer release(s.lock)
	if s.due {
		s.due = false
		s.maybeSave(ctx)
	}
}

func newStream[S folder](d *DAO, what, key string, fresh func() S, fetch fetchFunc) *stream[S] {
	return &stream[S]{d: d, what: what, key: key, fresh: fresh, fetch: fetch, lock: make(chan struct{}, 1)}
}

// at calls use with the state folded from the logs of blocks [StartBlock,
// block], while holding the stream's lock: use must not keep the state.
// ahead, when not nil, is given the state as it stands before a sync to
// block folds the blocks after it (a checkpoint just decoded, or the last
// read's state), while those blocks are fetched: it may start reads at
// block that depend on that state alone, for use; it must not keep the
// state. It is not called when no block is to be folded.
//
// It fetches the logs of [the first block not folded for good, block] in
// one query (one request per range chunk) and folds them as they arrive. A
// second call for the same block makes no request. A block below the
// blocks folded for good is read afresh from StartBlock into a state of
// its own.
func (s *stream[S]) at(ctx context.Context, block uint64, ahead func(S), use func(S) error) error {
	if err := acquire(ctx, s.lock); err != nil {
		return err
	}
	defer release(s.lock)
	start := s.d.cfg.StartBlock
	if block < start {
		return fmt.Errorf("block %d is before the DAO's start block %d", block, start)
	}
	// The safe block is read while open checks the cache's checkpoint on
	// the chain and the logs after it are fetched: one round trip, not
	// three.
	var sb func() safeBlock
	opening := !s.started
	if opening {
		sb = s.readSafe(ctx, block)
		if err := s.open(ctx, block, ahead); err != nil {
			return err
		}
	}
	if s.hasLive && s.live == block {
		return use(s.state)
	}
	if !opening {
		sb = s.readSafe(ctx, block)
		if ahead != nil && s.decoding == nil && block+1 >= s.next {
			ahead(s.state)
		}
	}
	if block+1 < s.next {
		st := s.fresh()
		err := s.get(ctx, start, block, func(logs []types.Log) error { return st.Fold(logs) })
		if err != nil {
			return err
		}
		return use(st)
	}
	err := s.sync(ctx, block, sb)
	for tries := 0; errors.Is(err, errRebuild); tries++ {
		// The checkpoint did not decode, or is no longer on the chain,
		// and is dropped: start from an older one, or (after two more,
		// or when the cache cannot drop them) from StartBlock.
		if tries < 2 {
			if err = s.open(ctx, block, ahead); err != nil {
				break
			}
		}
		err = s.sync(ctx, block, sb)
	}
	if err != nil {
		return err
	}
	if err := use(s.state); err != nil {
		return err
	}
	if s.d.cfg.SaveLater {
		s.due = true
	} else {
		s.maybeSave(ctx)
	}
	return nil
}

// safeBlock is what DAO.safe returned.
type safeBlock struct {
	block uint64
	ok    bool
	err   error
}

// readSafe starts reading DAO.safe for a read at block; the function it
// returns waits for the answer (the same one every time).
func (s *stream[S]) readSafe(ctx context.Context, block uint64) func() safeBlock {
	ch := make(chan safeBlock, 1)
	go func() {
		var r safeBlock
		r.block, r.ok, r.err = s.d.safe(ctx, block)
		ch <- r
	}()
	return sync.OnceValue(func() safeBlock { return <-ch })
}

// open starts the state: from the newest cached checkpoint at or before
// block, else empty. Later checkpoints are left alone (another process may
// have read a node further ahead). The checkpoint is decoded on a
// goroutine of its own, and its block's hash checked on another, while the
// blocks after it are fetched (at 2·10⁵ holders the decoding takes about a
// tenth of a second, and the check a round trip): sync waits for both
// (ready) before it folds. One no longer on the chain is dropped, and the
// sync starts again from an older one.
func (s *stream[S]) open(ctx context.Context, block uint64, ahead func(S)) error {
	s.state, s.next, s.cur, s.tail, s.hasLive = s.fresh(), s.d.cfg.StartBlock, logPos{}, nil, false
	s.started, s.decoding, s.onChain = true, nil, nil // a decoding left by an earlier open is not this state's
	store := s.d.cfg.Cache
	if store == nil || s.key == "" || s.d.cacheBusy.Load() {
		s.noSave = s.noSave || s.d.cacheBusy.Load()
		return nil
	}
	cps, notes, err := store.Load(s.key)
	for _, n := range notes {
		s.d.note(n)
	}
	if err != nil {
		if errors.Is(err, cache.ErrBusy) {
			s.noSave = true
			s.d.cacheBusy.Store(true) // the other streams do not wait again
			s.d.note(fmt.Sprintf("%v: reading without it", err))
			return nil
		}
		s.d.note(fmt.Sprintf("%v: reading without the cache", err))
		return nil
	}
	for _, cp := range cps {
		if cp.Block < s.d.cfg.StartBlock {
			continue
		}
		if cp.Block > block {
			s.saved, s.savedAt = max(s.saved, cp.Block), time.Now() // write no older one
			continue
		}
		dec, onChain := make(chan decoded[S], 1), make(chan error, 1)
		go func(data []byte) {
			st, err := s.decode(data)
			if err == nil && ahead != nil {
				ahead(st) // before the state is handed over: nothing folds into it yet
			}
			dec <- decoded[S]{st, err}
		}(cp.Data)
		go func(block uint64, want common.Hash) {
			hash, found, err := s.d.blockHash(ctx, block)
			if err == nil && (!found || hash != want) {
				err = errNotOnChain
			}
			onChain <- err
		}(cp.Block, cp.Hash)
		s.decoding, s.onChain, s.decodingAt, s.savedBefore = dec, onChain, cp.Block, s.saved
		s.next, s.saved, s.savedAt = cp.Block+1, max(s.saved, cp.Block), time.Now()
		return nil
	}
	return nil
}

// ready waits for the checkpoint open is decoding, if any, and for the
// check of its block, and makes it the state. One that does not decode, or
// is no longer on the chain, is dropped, with a note, and the state starts
// over from StartBlock: ready then returns errRebuild (see at for what
// follows). When the check fails, the stream starts again at the next
// read.
func (s *stream[S]) ready() error {
	if s.decoding == nil {
		return nil
	}
	check, r := <-s.onChain, <-s.decoding
	s.decoding, s.onChain = nil, nil
	store := s.d.cfg.Cache
	switch {
	case errors.Is(check, errNotOnChain):
		s.d.note(fmt.Sprintf("cache: %s saved at block %d is no longer on the chain (a reorg, or another chain): rolling back", s.what, s.decodingAt))
	case check != nil:
		s.started = false
		return check
	case r.err == nil:
		s.state = r.st
		return nil
	default:
		s.d.note(fmt.Sprintf("cache %s: %s at block %d is unreadable (%v): rebuilding it", store.Path(), s.what, s.decodingAt, r.err))
	}
	_ = store.Drop(s.key, s.decodingAt)
	s.state, s.next, s.cur, s.tail, s.saved = s.fresh(), s.d.cfg.StartBlock, logPos{}, nil, s.savedBefore
	return errRebuild
}

// sync brings the state to block: it fetches [next, block], compares the
// tail kept with what the chain has now, and folds logs up to the safe
// block (sb, waited for when the first logs arrive) for good and the rest
// undoably.
func (s *stream[S]) sync(ctx context.Context, block uint64, sb func() safeBlock) error {
	s.hasLive = false
	var (
		safe    uint64
		hasSafe bool
	)
	// settle waits for the safe block, and for the checkpoint open loaded
	// (ready), before anything is folded.
	settle := func() error {
		r := sb()
		if r.err != nil {
			return r.err
		}
		safe, hasSafe = r.block, r.ok
		return s.ready()
	}
	confirmed := func(n uint64) bool { return hasSafe && n <= safe }
	i := 0 // the next kept tail block to compare
	// handle folds one block's logs (owned copies).
	handle := func(g []types.Log) error {
		n := g[0].BlockNumber
		if i < len(s.tail) {
			if t := &s.tail[i]; t.number == n && sameLogs(t.logs, g) {
				i++
				return nil
			}
			s.state.Undo(s.tail[i].mark)
			s.tail = slices.Delete(s.tail, i, len(s.tail))
		}
		if confirmed(n) {
			s.confirmTail(len(s.tail))
			i = 0
			if err := s.state.Fold(g); err != nil {
				s.started = false // partly folded: start again next time
				return err
			}
			last := &g[len(g)-1]
			s.cur = logPos{last.BlockNumber, last.Index, true}
			return nil
		}
		mark := s.state.Len()
		if err := s.state.Apply(g); err != nil {
			s.state.Undo(mark)
			return err
		}
		s.tail = append(s.tail, tailBlock{number: n, logs: g, mark: mark})
		i++
		return nil
	}
	var pending []types.Log // the logs of one block, copied, until the block ends
	m := 0                  // logs of s.tail[i] found unchanged so far (compared in place, not copied)
	// diverge gives up matching s.tail[i] after m of its logs: they start
	// the pending block, and the kept tail from i on is undone.
	diverge := func() {
		pending = slices.Clone(s.tail[i].logs[:m])
		s.state.Undo(s.tail[i].mark)
		s.tail = slices.Delete(s.tail, i, len(s.tail))
		m = 0
	}
	fold := func(batch []types.Log) error {
		if err := settle(); err != nil {
			return err
		}
		for j := 0; j < len(batch); {
			lg := &batch[j]
			if s.cur.covers(lg) {
				j++
				continue
			}
			if m > 0 {
				t := &s.tail[i]
				switch {
				case lg.BlockNumber == t.number && m < len(t.logs) && sameLog(&t.logs[m], lg):
					m++
					j++
					continue
				case lg.BlockNumber != t.number && m == len(t.logs): // the block is unchanged
					i, m = i+1, 0
				default:
					diverge()
				}
			}
			if len(pending) > 0 && pending[0].BlockNumber != lg.BlockNumber {
				if err := handle(pending); err != nil {
					return err
				}
				pending = nil
			}
			if len(pending) == 0 && i < len(s.tail) && s.tail[i].number == lg.BlockNumber && sameLog(&s.tail[i].logs[0], lg) {
				m = 1
				j++
				continue
			}
			if len(pending) == 0 && i == len(s.tail) && confirmed(lg.BlockNumber) {
				// A run of logs to fold for good, with no kept tail to
				// compare them with: fold them as they are.
				k := j + sort.Search(len(batch)-j, func(k int) bool { return batch[j+k].BlockNumber > safe })
				s.confirmTail(len(s.tail))
				i = 0
				if err := s.state.Fold(batch[j:k]); err != nil {
					s.started = false
					return err
				}
				last := &batch[k-1]
				s.cur = logPos{last.BlockNumber, last.Index, true}
				j = k
				continue
			}
			pending = append(pending, copyLog(lg))
			j++
		}
		return nil
	}
	var err error
	if s.next <= block { // else block is the last one folded for good: only the tail goes
		err = s.get(ctx, s.next, block, fold)
	}
	if err == nil {
		err = settle() // no logs came to fold
	}
	if err == nil && m > 0 {
		if m == len(s.tail[i].logs) {
			i, m = i+1, 0
		} else {
			diverge()
		}
	}
	if err == nil && len(pending) > 0 {
		err = handle(pending)
	}
	if err != nil {
		return err
	}
	if i < len(s.tail) { // blocks the chain no longer has, or after block
		s.state.Undo(s.tail[i].mark)
		s.tail = slices.Delete(s.tail, i, len(s.tail))
	}
	k := 0
	for k < len(s.tail) && confirmed(s.tail[k].number) {
		k++
	}
	s.confirmTail(k)
	if hasSafe && safe+1 > s.next {
		s.next = safe + 1
	}
	if s.cur.set && s.cur.block < s.next {
		s.cur = logPos{}
	}
	s.live, s.hasLive = block, true
	return nil
}

// confirmTail makes the first k tail blocks final.
func (s *stream[S]) confirmTail(k int) {
	if k == 0 {
		return
	}
	m := s.state.Len()
	if k < len(s.tail) {
		m = s.tail[k].mark
	}
	s.state.Forget(m)
	last := s.tail[k-1].logs[len(s.tail[k-1].logs)-1]
	s.cur = logPos{last.BlockNumber, last.Index, true}
	s.tail = slices.Delete(s.tail, 0, k)
	for j := range s.tail {
		s.tail[j].mark -= m
	}
}

// maybeSave writes the state at the last block folded for good to the
// cache after the first sync, then every saveEvery blocks or saveAfter.
// Failures are noted, never returned: the cache only saves time.
func (s *stream[S]) maybeSave(ctx context.Context) {
	store := s.d.cfg.Cache
	if store == nil || s.key == "" || s.noSave || s.next == 0 || s.cur.set {
		return
	}
	conf := s.next - 1
	if conf <= s.saved || conf < s.d.cfg.StartBlock || (s.saved > 0 && conf-s.saved < saveEvery && time.Since(s.savedAt) < saveAfter) {
		return
	}
	hash, found, err := s.d.blockHash(ctx, conf)
	if err != nil || !found {
		return // the next read tries again
	}
	// Undo the tail, encode, and fold the tail again.
	tail := s.tail
	if len(tail) > 0 {
		s.state.Undo(tail[0].mark)
	}
	data, encErr := s.encode(s.state)
	for j := range tail {
		tail[j].mark = s.state.Len()
		if err := s.state.Apply(tail[j].logs); err != nil {
			s.started = false // cannot happen: these logs were folded before
			return
		}
	}
	s.saved, s.savedAt = conf, time.Now()
	if encErr != nil {
		s.d.note(fmt.Sprintf("cache: encoding %s: %v", s.what, encErr))
		return
	}
	if err := store.Save(s.key, cache.Checkpoint{Block: conf, Hash: hash, Data: data}, cache.DefaultKeep); err != nil {
		s.noSave = true
		s.d.note(fmt.Sprintf("cache: saving %s: %v: going on without saving it", s.what, err))
		return
	}
	s.d.saveNote(false)
}

// get fetches logs, reporting progress to the DAO: the blocks to fetch
// from the start, the blocks done as ranges are folded.
func (s *stream[S]) get(ctx context.Context, from, to uint64, fn func([]types.Log) error) error {
	total := uint64(0)
	if to >= from {
		total = to - from + 1
	}
	s.d.startProgress(s.what, total)
	defer s.d.endProgress(s.what)
	count := func(logs []types.Log) error {
		s.d.addLogs(s.what, len(logs))
		return fn(logs)
	}
	return s.fetch(ctx, from, to, func(done, total uint64) { s.d.setProgress(s.what, done, total) }, count)
}

// sameLogs reports whether two blocks' logs are the same logs.
func sameLogs(a, b []types.Log) bool {
	return slices.EqualFunc(a, b, func(x, y types.Log) bool { return sameLog(&x, &y) })
}

// sameLog reports whether two logs are the same log of the same block.
func sameLog(x, y *types.Log) bool {
	return x.BlockNumber == y.BlockNumber && x.Index == y.Index && x.BlockHash == y.BlockHash && x.TxHash == y.TxHash
}

// copyLog returns a copy of l that shares nothing with it.
func copyLog(l *types.Log) types.Log {
	c := *l
	c.Topics = slices.Clone(l.Topics)
	c.Data = slices.Clone(l.Data)
	return c
}

// memo holds the latest result of one kind of read and makes concurrent
// reads wait for each other, so that reads of the same block share one.
type memo[T any] struct {
	lock  chan struct{} // held during a read
	block uint64
	val   T
	ok    bool
}

func newMemo[T any]() memo[T] { return memo[T]{lock: make(chan struct{}, 1)} }

// get returns the result for block: the memoised one, or read's, which is
// memoised when block is the latest asked for. Calls wait for the read in
// flight (or until ctx ends), then find its result if it was for their block.
func (m *memo[T]) get(ctx context.Context, block uint64, read func() (T, error)) (T, error) {
	var zero T
	if err := acquire(ctx, m.lock); err != nil {
		return zero, err
	}
	defer release(m.lock)
	if m.ok && m.block == block {
		return m.val, nil
	}
	v, err := read()
	if err != nil {
		return zero, err
	}
	if !m.ok || block >= m.block {
		m.block, m.val, m.ok = block, v, true
	}
	return v, nil
}

// acquire takes a one-slot lock, or fails when ctx ends first.
func acquire(ctx context.Context, lock chan struct{}) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case lock <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// release frees a lock taken by acquire.
func release(lock chan struct{}) { <-lock }
