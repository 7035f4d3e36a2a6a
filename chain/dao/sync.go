package dao

import (
	"context"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/core/types"
)

// fetchFunc fetches the logs of one source in blocks [from, to], telling
// progress the blocks covered.
type fetchFunc func(ctx context.Context, from, to uint64, progress func(done, total uint64)) ([]types.Log, error)

// stream is the state folded from one source of logs (the governor's events,
// the token's, the treasury's flows), cached for the confirmed blocks.
type stream[S any] struct {
	d     *DAO
	what  string // for Progress, e.g. "governor events"
	empty S      // the state before any log
	fetch fetchFunc
	// fold returns s with logs (which follow s's in chain order) folded in;
	// it never changes s, so states can be shared, and returns s itself when
	// logs is empty.
	fold func(s S, logs []types.Log) (S, error)

	lock chan struct{} // held during at: one sync at a time

	state  S      // logs of blocks [StartBlock, upTo] folded
	upTo   uint64 // valid when synced
	synced bool

	view    S // the state at viewAt (the latest block asked for), shared
	viewAt  uint64
	hasView bool
}

func newStream[S any](d *DAO, what string, empty S, fetch fetchFunc, fold func(S, []types.Log) (S, error)) *stream[S] {
	return &stream[S]{d: d, what: what, empty: empty, fetch: fetch, fold: fold, lock: make(chan struct{}, 1)}
}

// at returns the state folded from the logs of blocks [StartBlock, block].
//
// It fetches the logs after the cache, [upTo+1, block], in one query (one
// request per range chunk), folds those up to the safe block into the cache
// and the rest, the unconfirmed tail, into a copy that is returned and not
// cached. A second call for the same block returns the same state without a
// request. A block below the cache is read afresh from StartBlock, leaving
// the cache alone.
func (s *stream[S]) at(ctx context.Context, block uint64) (S, error) {
	var zero S
	if err := acquire(ctx, s.lock); err != nil {
		return zero, err
	}
	defer release(s.lock)
	if s.hasView && s.viewAt == block {
		return s.view, nil
	}
	start := s.d.cfg.StartBlock
	if block < start {
		return zero, fmt.Errorf("block %d is before the DAO's start block %d", block, start)
	}
	if s.synced && block < s.upTo {
		logs, err := s.get(ctx, start, block)
		if err != nil {
			return zero, err
		}
		return s.fold(s.empty, logs)
	}
	base, from := s.empty, start
	if s.synced {
		base, from = s.state, s.upTo+1
	}
	var logs []types.Log
	if from <= block {
		var err error
		if logs, err = s.get(ctx, from, block); err != nil {
			return zero, err
		}
	}
	n := 0 // logs[:n] are confirmed and go into the cache
	if safe, ok := s.d.safe(block); ok && safe >= from {
		n = sort.Search(len(logs), func(i int) bool { return logs[i].BlockNumber > safe })
		state, err := s.fold(base, logs[:n])
		if err != nil {
			return zero, err
		}
		base = state
		s.state, s.upTo, s.synced = state, safe, true
	}
	view, err := s.fold(base, logs[n:])
	if err != nil {
		return zero, err
	}
	if !s.hasView || block >= s.viewAt {
		s.view, s.viewAt, s.hasView = view, block, true
	}
	return view, nil
}

// get fetches logs, reporting progress to the DAO.
func (s *stream[S]) get(ctx context.Context, from, to uint64) ([]types.Log, error) {
	s.d.setProgress(s.what, 0, 0)
	defer s.d.endProgress(s.what)
	return s.fetch(ctx, from, to, func(done, total uint64) { s.d.setProgress(s.what, done, total) })
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
