package dao

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
)

// Proposals returns every proposal created since the start block, in
// creation order, with state, tallies and quorum read at block (see
// governor.Reader.Proposals): the current governor's and the legacy
// governors' (Config.Legacy), each naming its governor. After the first
// sync a new block costs, per governor, one log query (one request per
// range chunk) and one CallAt; the same block again costs nothing. The
// governors' events are fetched once for Proposals and Votes together.
// Action targets not seen before cost one more CallAt (their token
// metadata, see learnTargets), made while the proposals' state is read.
func (d *DAO) Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error) {
	return d.proposals.get(ctx, block, func() ([]gov.Proposal, error) {
		props := []gov.Proposal{}
		readers := d.govs.Readers()
		// With one governor its targets' metadata is read while the
		// proposals' state is; with legacy ones, after all of them, in
		// the order the proposals were created.
		var learnt chan error
		for i, st := range d.govStreams() {
			// The state of the proposals already known, and (with one
			// governor) their targets' metadata, are read while the blocks
			// after them are fetched; only what is new is read after.
			var (
				ahead        <-chan *governor.States
				aheadTargets chan error
			)
			readAhead := func(j *governor.Journal) {
				ahead = readers[i].ReadStates(ctx, j.History(), block)
				if len(d.oldLogs) == 0 {
					aheadTargets = make(chan error, 1)
					go func(targets []common.Address) { aheadTargets <- d.learnTargets(ctx, targets, block) }(j.History().Targets())
				}
			}
			err := st.at(ctx, block, readAhead, func(j *governor.Journal) error {
				if len(d.oldLogs) == 0 {
					learnt = make(chan error, 1)
					go func(targets []common.Address) {
						if aheadTargets != nil {
							<-aheadTargets // what it could not read is read again now
						}
						learnt <- d.learnTargets(ctx, targets, block)
					}(j.History().Targets())
				}
				var pre *governor.States
				if ahead != nil {
					pre = <-ahead
				}
				more, err := readers[i].ProposalsAtWith(ctx, j.History(), block, pre)
				if i == 0 {
					props = more // a fresh slice: the current governor's alone needs no copy
				} else {
					props = append(props, more...)
				}
				return err
			})
			if err != nil {
				return nil, err
			}
		}
		if len(d.oldLogs) > 0 {
			governor.SortCreated(props)
		}
		var err error
		if learnt != nil {
			err = <-learnt
		} else {
			var targets []common.Address
			for i := range props {
				targets = append(targets, props[i].Targets...)
			}
			err = d.learnTargets(ctx, targets, block)
		}
		if err != nil {
			return nil, err
		}
		if len(props) > 0 { // a CallAt at block succeeded: it exists
			d.saw(block)
		}
		return props, nil
	})
}

// govStreams are the governors' event streams, in d.govs order.
func (d *DAO) govStreams() []*stream[*governor.Journal] {
	return append([]*stream[*governor.Journal]{d.govLogs}, d.oldLogs...)
}

// learnTargets reads the token metadata of the proposals' action targets
// not seen before, in one CallAt, and adds those that are tokens (they
// answer symbol()) to Tokens: so that an action moving a token shows its
// amount in that token even when the treasury never held it before, and
// without waiting for the treasury's history.
func (d *DAO) learnTargets(ctx context.Context, targets []common.Address, block uint64) error {
	if err := d.readTokens(ctx); err != nil { // listed first, and never read twice
		return err
	}
	var fresh []common.Address
	d.mu.Lock()
	for _, t := range targets {
		known := slices.ContainsFunc(d.tokens, func(a treasury.Asset) bool { return a.Address == t })
		if !known && !d.checked[t] && !slices.Contains(fresh, t) {
			fresh = append(fresh, t)
		}
	}
	d.mu.Unlock()
	if len(fresh) == 0 {
		return nil
	}
	assets, err := treasury.ReadAssets(ctx, d.c, fresh, block)
	if err != nil {
		return err
	}
	var tokens []treasury.Asset
	for _, a := range assets {
		if a.Symbol != "" && !slices.Contains(d.flowQ.Exclude, a.Address) {
			tokens = append(tokens, a)
		}
	}
	d.addTokens(tokens)
	d.mu.Lock()
	for _, t := range fresh {
		d.checked[t] = true
	}
	d.mu.Unlock()
	return nil
}

// Votes returns every vote cast from the start block to block on the
// current and the legacy governors, in chain order, each naming its
// governor. It shares the governors' log fetches with Proposals and makes
// no other request.
func (d *DAO) Votes(ctx context.Context, block uint64) ([]gov.Vote, error) {
	return d.votes.get(ctx, block, func() ([]gov.Vote, error) {
		var votes []gov.Vote
		for _, st := range d.govStreams() {
			err := st.at(ctx, block, nil, func(j *governor.Journal) error {
				if len(d.oldLogs) == 0 {
					votes = j.History().Votes() // never overwritten: see governor.Journal
				} else {
					votes = append(votes, j.History().Votes()...)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		if len(d.oldLogs) > 0 {
			governor.SortVotes(votes)
		}
		if err := d.readTokens(ctx); err != nil {
			return nil, err
		}
		return votes, nil
	})
}

// Ownership returns the governance token's holders and delegates at block
// (see token.Read). After the first sync a new block costs one log query per
// range chunk, one CallAt and one header read.
func (d *DAO) Ownership(ctx context.Context, block uint64) (*token.Snapshot, error) {
	return d.ownership.get(ctx, block, func() (*token.Snapshot, error) {
		// The block's time is read while the logs are.
		type blockTime struct {
			times map[uint64]uint64
			err   error
		}
		timeC := make(chan blockTime, 1)
		go func() {
			var t blockTime
			t.times, t.err = d.blockTimes(ctx, []uint64{block})
			timeC <- t
		}()
		read := func() (snap *token.Snapshot, err error) {
			// The snapshot's CallAt is read while the blocks are fetched,
			// for the accounts the last snapshot checked.
			pre := d.prefetch(ctx, block)
			err = d.tokenLogs().at(ctx, block, nil, func(j *token.Journal) error {
				var p *token.Prefetch
				select {
				case p = <-pre:
				case <-ctx.Done():
					return ctx.Err()
				}
				snap, err = j.Ledger().SnapshotWith(ctx, d.c, block, p) // a fresh structure
				if err == nil {
					d.noteChecked(j.Ledger())
				}
				return err
			})
			return snap, err
		}
		snap, err := read()
		if errors.Is(err, token.ErrVotingUnits) && d.votesFromEvents() {
			snap, err = read()
		}
		if err != nil {
			return nil, err
		}
		d.saw(block)
		if err := d.readTokens(ctx); err != nil {
			return nil, err
		}
		if !d.cfg.SaveLater {
			d.saveNote(true) // when the accounts checked changed (Flush does it otherwise)
		}
		t := <-timeC
		if t.err != nil {
			return nil, t.err
		}
		snap.BlockTime = t.times[block]
		return snap, nil
	})
}

// TreasuryAt returns the treasury's tokens and balances at block and its
// flows from the start block to block (see treasury.Read): pinned and
// discovered tokens alike; tokens first seen after Open are added to
// Tokens. After the first sync a new block costs three log queries per
// range chunk, one eth_getBalance batch, one CallAt and one header batch
// (the block and the unconfirmed flows').
func (d *DAO) TreasuryAt(ctx context.Context, block uint64) (*treasury.Snapshot, error) {
	return d.treasure.get(ctx, block, func() (*treasury.Snapshot, error) {
		var (
			snap  *treasury.Snapshot
			times map[uint64]uint64
		)
		err := d.flowLogs.at(ctx, block, nil, func(f *flowState) error {
			// The flows' block times are read while At reads the balances.
			d.saw(block)
			blocks := []uint64{block}
			for _, fl := range f.flows {
				if fl.Block != blocks[len(blocks)-1] {
					blocks = append(blocks, fl.Block)
				}
			}
			var terr error
			read := make(chan struct{})
			go func() {
				defer close(read)
				times, terr = d.blockTimes(ctx, blocks)
			}()
			var err error
			snap, err = d.flowQ.At(ctx, d.c, f.flows, block) // copies the flows
			<-read
			return cmp.Or(err, terr)
		})
		if err != nil {
			return nil, err
		}
		snap.BlockTime = times[block]
		for i := range snap.Flows {
			snap.Flows[i].Time = times[snap.Flows[i].Block]
		}
		if err := d.readTokens(ctx); err != nil { // listed first
			return nil, err
		}
		d.addTokens(snap.Tokens)
		return snap, nil
	})
}

// BlockTimes returns the times of blocks: the block's timestamp for blocks
// up to head (confirmed ones are cached; the others cost one header batch),
// and for later blocks an estimate from head's timestamp at the median
// interval of the 64 blocks up to head, measured again on every call so it
// follows the chain as it produces blocks now (not a burst of blocks made
// while a test chain was seeded). Blocks too far ahead to estimate are left
// out.
func (d *DAO) BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error) {
	const window = 64 // blocks before head whose intervals give the estimate
	past := make([]uint64, 0, len(blocks)+window+1)
	future := false
	for _, b := range blocks {
		if b <= head {
			past = append(past, b)
		} else {
			future = true
		}
	}
	first := head - min(window, max(head, 1)-1) // block 0's timestamp is arbitrary
	if future {
		for b := first; b <= head; b++ {
			past = append(past, b)
		}
	}
	times, err := d.blockTimes(ctx, past)
	if err != nil {
		return nil, err
	}
	per := governor.DefaultBlockSeconds
	if future && head > first {
		gaps := make([]float64, 0, head-first)
		for b := first + 1; b <= head; b++ {
			if times[b] >= times[b-1] {
				gaps = append(gaps, float64(times[b]-times[b-1]))
			}
		}
		if len(gaps) > 0 {
			slices.Sort(gaps)
			med := gaps[len(gaps)/2]
			if len(gaps)%2 == 0 {
				med = (gaps[len(gaps)/2-1] + med) / 2
			}
			if med > 0 {
				per = med
			} else if span := times[head] - times[first]; span > 0 {
				per = float64(span) / float64(head-first) // sub-second blocks
			}
		}
	}
	out := make(map[uint64]time.Time, len(blocks))
	for _, b := range blocks {
		if b <= head {
			out[b] = unix(times[b])
			continue
		}
		secs := float64(b-head) * per
		if secs > 1e12 {
			continue
		}
		out[b] = unix(times[head] + uint64(math.Round(secs)))
	}
	return out, nil
}

// blockTimes returns the timestamps of blocks: cached ones for confirmed
// blocks, the rest read in one header batch (per chain.Options.BatchSize).
func (d *DAO) blockTimes(ctx context.Context, blocks []uint64) (map[uint64]uint64, error) {
	out := make(map[uint64]uint64, len(blocks))
	var missing []uint64
	d.mu.Lock()
	for _, b := range blocks {
		if t, ok := d.times[b]; ok {
			out[b] = t
		} else {
			missing = append(missing, b)
		}
	}
	d.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	read, err := d.c.BlockTimes(ctx, missing)
	if err != nil {
		return nil, err
	}
	d.saw(slices.Max(missing))
	safe, ok, err := d.safe(ctx, math.MaxUint64)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, b := range missing {
		t, found := read[b]
		if !found {
			return nil, fmt.Errorf("the RPC sent no timestamp for block %d: try another RPC", b)
		}
		out[b] = t
		if ok && b <= safe {
			d.times[b] = t
		}
	}
	return out, nil
}

// unix converts a block timestamp.
func unix(ts uint64) time.Time {
	if ts > math.MaxInt64 {
		ts = math.MaxInt64
	}
	return time.Unix(int64(ts), 0)
}
