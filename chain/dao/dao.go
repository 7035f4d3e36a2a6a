// Package dao keeps one DAO's governance data — proposals, votes, token
// ownership and treasury — readable at every new head without re-reading its
// whole history.
//
// The readers in chain/governor, chain/token and chain/treasury fold event
// logs into state and then read the rest at a block in one CallAt. A DAO
// keeps, per log source, one state at the latest block read: the logs up to
// the safe block (the node's finalized block, else Confirmations below the
// head: a reorg cannot change them) folded for good as they arrive, and the
// unconfirmed tail folded undoably, so that a new block folds only its own
// logs and a reorg undoes only the blocks it replaced (see stream). With
// Config.Cache, the confirmed state is saved between runs (see chain/cache)
// and a later Open refetches only what came after it. The latest result of
// each kind is memoised, so reading the same block again, or from two views
// at once, costs nothing.
package dao

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/cache"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// DefaultConfirmations is how many blocks below the head logs are folded
// for good when the node serves no finalized block and
// Config.Confirmations is zero.
const DefaultConfirmations = 64

// finalizedEvery is how many blocks the head moves before the finalized
// block is read again (finality moves by epochs of 32 blocks).
const finalizedEvery = 32

// Config says which DAO to read.
type Config struct {
	Governor common.Address
	Family   gov.Family // the governor's family; "" = detect it (governor.Options)
	// Detected, when its Reader is set, is Governor already detected and
	// its info read, by a caller that checked them before: Open takes them
	// instead of asking the node again (several round trips).
	Detected Detected
	// Head, when not zero, is the head block the caller read a moment ago
	// (chain.Client.DialHead): without Detected, Open detects the governor
	// at it instead of asking the node for its head.
	Head uint64
	// Legacy are the DAO's earlier governors: their proposals and votes are
	// read with the current governor's (see governor.Set). One that cannot
	// be read is left out and told to OnNote.
	Legacy   []common.Address
	Token    common.Address   // zero = the governor's token()
	Treasury []common.Address // empty = the governor's timelock (error if none)
	Tokens   []common.Address // pinned treasury tokens, listed even without a flow; the governance token is always listed too (first)
	// Exclude names tokens never listed in the treasury (spam airdrops),
	// even when discovered or pinned. The governance token cannot be
	// excluded.
	Exclude    []common.Address
	StartBlock uint64 // first block of the DAO's history (its deployment, or 0)
	// Confirmations, when not zero, says that logs Confirmations or more
	// blocks below the head are final. When zero, the node's finalized
	// block says it, or DefaultConfirmations if the node serves none.
	Confirmations uint64
	// Cache, when not nil, keeps the confirmed state between runs. It must
	// be the store of the client's chain (cache.Open with its chain id and
	// genesis hash).
	Cache *cache.Store
	// SaveLater, when set, leaves the cache writes a read makes to Flush
	// instead of making them before the read returns, so that a command
	// can write its output while its cache is written (the writer must
	// call Flush, or nothing is saved).
	SaveLater bool
	// OnNote, when not nil, is told what a user should know about the
	// cache — a corrupt entry rebuilt, a reorg rolled back, a cache locked
	// by another process —, about legacy governors left out, and about a
	// token whose votes are read from its events (custom voting units).
	// It is called from reads, maybe concurrently.
	OnNote func(msg string)
}

// Detected is a governor detected and its info read at Block, the highest
// block then known to exist.
type Detected struct {
	Reader *governor.Reader
	Info   *gov.Info
	Block  uint64
	// Set, when not nil, is Reader with the legacy governors, detected
	// (its notes told) by the caller: Open takes it instead of
	// Config.Legacy.
	Set *governor.Set
}

// DAO reads one DAO incrementally (see the package comment). It is safe for
// concurrent use. Results are shared between callers (and with the cache):
// treat them as read-only.
type DAO struct {
	c        *chain.Client
	cfg      Config
	gov      *governor.Reader
	govs     *governor.Set // gov and the legacy governors
	info     *gov.Info
	treasury []common.Address
	flowQ    treasury.Query

	govLogs  *stream[*governor.Journal]
	oldLogs  []*stream[*governor.Journal] // the legacy governors', in govs order
	tokLogs  *stream[*token.Journal]
	flowLogs *stream[*flowState]

	proposals memo[[]gov.Proposal]
	votes     memo[[]gov.Vote]
	ownership memo[*token.Snapshot]
	treasure  memo[*treasury.Snapshot]
	tokenMeta memo[[]treasury.Asset] // the governance and pinned tokens' metadata (see readTokens)
	early     chan tokenAssets       // that metadata, read by Open while it probed the governor (nil: not, or taken)
	earlyKind func() timelockKinds   // the treasury addresses' timelock kinds, read by Open while it probed the governor (nil: not)
	timelock  memo[gov.TimelockKind] // see TimelockKind

	mu        sync.Mutex
	checked   map[common.Address]bool // action targets whose metadata was read (token or not)
	tokens    []treasury.Asset        // the treasury's tokens, the governance token first; only grows
	head      uint64                  // the highest block known to exist
	times     map[uint64]uint64       // timestamps of confirmed blocks
	progress  map[string]*Sync        // each log fetch in flight, by what it fetches
	final     uint64                  // the finalized block, read when head was finalHead
	finalAt   uint64
	finalOK   bool                   // final is set
	finalMu   sync.Mutex             // held while the finalized block is read: concurrent reads share one request
	noFinal   bool                   // the node serves no finalized block
	hashes    map[uint64]common.Hash // hashes of final blocks read (the cache's checkpoints), shared by the streams
	noted     []string               // notes already given
	saved     readsNote              // the note the cache holds (see saveNote)
	provider  []byte                 // the provider note the cache holds (see saveNote)
	lastCheck checkedSet             // what the last ownership snapshot checked
	tokProto  *token.Ledger          // a ledger of the token, never folded: for its queries (see prefetch)

	cacheBusy atomic.Bool // another process held the cache: the streams read without it
}

// Open reads the governor (governor.New, then its Settings at the head; or
// takes them from Config.Detected) and resolves the token and treasury defaults.
// The governance and pinned tokens' metadata is read in one CallAt from
// there on, while the first reads start (Token and every read wait for
// it). No logs are read yet: the first
// Proposals, Votes, Ownership or TreasuryAt call syncs its history (see
// Progress), so a DAO with a long history opens at once. Tokens grows as
// reads discover more: TreasuryAt adds every token in the treasury's flows,
// Proposals the tokens its actions call.
func Open(ctx context.Context, c *chain.Client, cfg Config) (*DAO, error) {
	if c == nil {
		return nil, errors.New("dao.Open: no chain client")
	}
	if cfg.Cache != nil {
		id, genesis := cfg.Cache.Chain()
		g, err := c.Genesis(ctx)
		if err != nil {
			return nil, err
		}
		if id.Cmp(c.ChainID()) != 0 || genesis != g {
			if cfg.OnNote != nil {
				cfg.OnNote(fmt.Sprintf("cache %s is for chain %s with genesis %s, not this chain (%s, genesis %s): reading without it", cfg.Cache.Path(), id, genesis.Hex(), c.ChainID(), g.Hex()))
			}
			cfg.Cache = nil
		}
	}
	var early chan tokenAssets
	if cfg.Token != (common.Address{}) && cfg.Head != 0 && cfg.Detected.Reader == nil {
		// The token is named and the head known: its metadata is read
		// while the governor is probed (see readTokens).
		early = make(chan tokenAssets, 1)
		q := tokenQuery(cfg)
		go func() {
			var r tokenAssets
			r.assets, r.err = q.Assets(ctx, c, nil, cfg.Head)
			early <- r
		}()
	}
	var earlyKind func() timelockKinds
	if cfg.Head != 0 && len(cfg.Treasury) > 0 && cfg.Detected.Reader == nil {
		// The treasury is most often the governor's timelock: its kind,
		// which the dashboard's description waits for, is read while the
		// governor is probed (see TimelockKind).
		ch := make(chan timelockKinds, 1)
		addrs := uniq(cfg.Treasury)
		go func() {
			var r timelockKinds
			r.kinds, r.err = governor.TimelockKinds(ctx, c, addrs, cfg.Head)
			ch <- r
		}()
		earlyKind = sync.OnceValue(func() timelockKinds { return <-ch })
	}
	gr, info, head, err := detect(ctx, c, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.StartBlock > head {
		if cfg.Detected.Reader != nil {
			return nil, fmt.Errorf("start block %d is after block %d, the block read: check start_block in the config (--start-block), or --block", cfg.StartBlock, head)
		}
		return nil, fmt.Errorf("start block %d is after the chain's head %d: check start_block in the config", cfg.StartBlock, head)
	}
	if cfg.Token == (common.Address{}) {
		if cfg.Token = info.Token; cfg.Token == (common.Address{}) {
			return nil, fmt.Errorf("governor %s has no token(): name the governance token (token in the config, or --token)", cfg.Governor.Hex())
		}
	}
	treasuries := uniq(cfg.Treasury)
	if len(treasuries) == 0 {
		if info.Timelock == (common.Address{}) {
			return nil, fmt.Errorf("governor %s has no timelock: name the treasury addresses (treasury in the config, or --treasury)", cfg.Governor.Hex())
		}
		treasuries = []common.Address{info.Timelock}
	}
	tq := tokenQuery(cfg)
	d := &DAO{
		c:         c,
		cfg:       cfg,
		gov:       gr,
		info:      info,
		treasury:  treasuries,
		flowQ:     treasury.Query{Accounts: treasuries, Tokens: tq.Tokens, Exclude: tq.Exclude, Governor: cfg.Governor, From: cfg.StartBlock},
		head:      head,
		early:     early,
		earlyKind: earlyKind,
		times:     make(map[uint64]uint64),
		progress:  make(map[string]*Sync),
		checked:   make(map[common.Address]bool),
	}
	from := cfg.StartBlock
	d.govLogs = d.governorStream("governor events", gr, from)
	if set := cfg.Detected.Set; set != nil && set.Readers()[0] == gr {
		d.govs = set
	} else {
		if d.govs, err = governor.NewSet(ctx, c, gr, cfg.Legacy); err != nil {
			return nil, err
		}
		for _, n := range d.govs.Notes() {
			d.note(n)
		}
	}
	for _, r := range d.govs.Readers()[1:] {
		d.oldLogs = append(d.oldLogs, d.governorStream("events of legacy governor "+r.Address().Hex(), r, from))
	}
	d.loadNote()
	if d.tokProto, err = token.NewLedgerOf(cfg.Token, cfg.StartBlock, token.VotesDerived); err != nil {
		return nil, err // the token ABI does not parse
	}
	if d.tokLogs, err = d.tokenStream(d.votesSource()); err != nil {
		return nil, err
	}
	d.flowLogs = newStream(d, "treasury flows", flowKey(d.flowQ),
		func() *flowState { return &flowState{q: &d.flowQ} },
		func(ctx context.Context, from, to uint64, progress func(done, total uint64), fn func([]types.Log) error) error {
			logs, err := d.flowQ.Logs(ctx, c, from, to, progress)
			if err != nil {
				return err
			}
			return fn(logs)
		})
	d.flowLogs.encode = func(f *flowState) ([]byte, error) { return treasury.MarshalFlows(f.flows), nil }
	d.flowLogs.decode = func(data []byte) (*flowState, error) {
		flows, err := treasury.UnmarshalFlows(data)
		return &flowState{q: &d.flowQ, flows: flows}, err
	}
	d.proposals = newMemo[[]gov.Proposal]()
	d.votes = newMemo[[]gov.Vote]()
	d.ownership = newMemo[*token.Snapshot]()
	d.treasure = newMemo[*treasury.Snapshot]()
	d.tokenMeta = newMemo[[]treasury.Asset]()
	d.timelock = newMemo[gov.TimelockKind]()
	// Not waited for: the first read's requests go out meanwhile. A read
	// that fails here is made again by the first call that needs it.
	go d.readTokens(ctx)
	if info.Kind.Timelock == "" && cfg.Detected.Reader == nil {
		go d.TimelockKind(ctx) // the dashboard shows it; a caller that detected the governor reads it if it needs it
	}
	return d, nil
}

// tokenQuery is the treasury query of the governance token (cfg.Token) and
// the pinned ones, without the excluded ones (never the governance token).
func tokenQuery(cfg Config) treasury.Query {
	q := treasury.Query{Tokens: uniq(append([]common.Address{cfg.Token}, cfg.Tokens...))}
	for _, a := range uniq(cfg.Exclude) {
		if a != cfg.Token {
			q.Exclude = append(q.Exclude, a)
		}
	}
	return q
}

// tokenAssets is the governance and pinned tokens' metadata as read, or
// why it could not be.
type tokenAssets struct {
	assets []treasury.Asset
	err    error
}

// readTokens reads the governance and pinned tokens' metadata at the block
// Open read the governor at (Info().Block), once, and lists them first in Tokens: the read Open started
// before probing the governor, where it could, or a CallAt of its own.
// Calls wait for a read in flight and share it; after a failed one, the
// next call reads again.
func (d *DAO) readTokens(ctx context.Context) error {
	_, err := d.tokenMeta.get(ctx, d.info.Block, func() ([]treasury.Asset, error) {
		if early := d.early; early != nil {
			d.early = nil // under tokenMeta's lock
			select {
			case r := <-early:
				if r.err == nil {
					d.addTokens(r.assets)
					return r.assets, nil
				}
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		assets, err := d.flowQ.Assets(ctx, d.c, nil, d.info.Block)
		if err != nil {
			return nil, err
		}
		d.addTokens(assets)
		return assets, nil
	})
	return err
}

// TimelockKind returns the kind of the governor's timelock: Info's, or,
// where Open took the governor's settings from its probe (Info's
// Kind.Timelock is then empty), one CallAt's, started by Open.
func (d *DAO) TimelockKind(ctx context.Context) (gov.TimelockKind, error) {
	if k := d.info.Kind.Timelock; k != "" {
		return k, nil
	}
	return d.timelock.get(ctx, d.info.Block, func() (gov.TimelockKind, error) {
		if d.earlyKind != nil && d.info.Block == d.cfg.Head {
			if r := d.earlyKind(); r.err == nil {
				if k, ok := r.kinds[d.info.Timelock]; ok {
					return k, nil
				}
			}
		}
		return d.gov.TimelockKind(ctx, d.info, d.info.Block)
	})
}

// timelockKinds is what Open read of the treasury addresses' timelock kinds
// while it probed the governor, or why it could not.
type timelockKinds struct {
	kinds map[common.Address]gov.TimelockKind
	err   error
}

// detect returns cfg.Detected, or detects the governor and reads its info
// at the head.
func detect(ctx context.Context, c *chain.Client, cfg Config) (*governor.Reader, *gov.Info, uint64, error) {
	if dt := cfg.Detected; dt.Reader != nil {
		if dt.Reader.Address() != cfg.Governor || dt.Info == nil {
			return nil, nil, 0, fmt.Errorf("dao.Open: Detected is governor %s, not %s, or has no info", dt.Reader.Address().Hex(), cfg.Governor.Hex())
		}
		return dt.Reader, dt.Info, dt.Block, nil
	}
	head := cfg.Head
	if head == 0 {
		h, err := c.Head(ctx)
		if err != nil {
			return nil, nil, 0, err
		}
		if !h.Number.IsUint64() {
			return nil, nil, 0, fmt.Errorf("the RPC reports head block %s, which is not a block number: try another RPC", h.Number)
		}
		head = h.Number.Uint64()
	}
	gr, err := governor.NewWith(ctx, c, cfg.Governor, governor.Options{Family: cfg.Family, Block: head})
	if err != nil {
		return nil, nil, 0, err
	}
	// The probe gives the settings, and at the head Dial read its header
	// the block's time: no request more (the timelock's kind is read
	// beside the first reads, see TimelockKind).
	clock, _, _ := c.DialClock()
	info, err := gr.Settings(ctx, head, clock)
	if err != nil {
		return nil, nil, 0, err
	}
	return gr, info, head, nil
}

// tokenStream is the stream of the governance token's events, folded into
// a Ledger taking voting power from src, and cached under a key of its own
// per src.
func (d *DAO) tokenStream(src token.VotesSource) (*stream[*token.Journal], error) {
	tok, from, c := d.cfg.Token, d.cfg.StartBlock, d.c
	proto, err := token.NewLedgerOf(tok, from, src) // for its queries
	if err != nil {
		return nil, err // the token ABI does not parse
	}
	newLedger := func() *token.Ledger {
		l, _ := token.NewLedgerOf(tok, from, src) // the ABI parsed above
		return l
	}
	st := newStream(d, "token events", d.tokenKey(src),
		func() *token.Journal { return token.NewJournal(newLedger()) },
		func(ctx context.Context, from, to uint64, progress func(done, total uint64), fn func([]types.Log) error) error {
			q := proto.Query(from, to)
			q.Progress = progress
			if err := c.LogsEach(ctx, q, fn); err != nil {
				return fmt.Errorf("reading the history of token %s: %w", tok.Hex(), err)
			}
			return nil
		})
	st.encode = func(j *token.Journal) ([]byte, error) { return j.Ledger().MarshalBinary() }
	st.decode = func(data []byte) (*token.Journal, error) {
		l := newLedger()
		return token.NewJournal(l), l.UnmarshalBinary(data)
	}
	return st, nil
}

// votesSource is where the token's voting power is read from: derived
// from balances and delegations, unless the cache holds a state read from
// DelegateVotesChanged (the token was found to count votes its own way).
func (d *DAO) votesSource() token.VotesSource {
	store := d.cfg.Cache
	if store == nil {
		return token.VotesDerived
	}
	if d.cacheBusy.Load() {
		return token.VotesDerived
	}
	has, err := store.Has(d.tokenKey(token.VotesFromEvents))
	switch {
	case errors.Is(err, cache.ErrBusy):
		d.cacheBusy.Store(true) // the streams do not wait again
		d.note(fmt.Sprintf("%v: reading without it", err))
	case err != nil:
		d.note(fmt.Sprintf("%v: reading without the cache", err))
	case has:
		return token.VotesFromEvents
	}
	return token.VotesDerived
}

// tokenKey names the token's folded state in the cache: its ledger
// encoding, and where its votes come from.
func (d *DAO) tokenKey(src token.VotesSource) string {
	what := "token"
	if src == token.VotesFromEvents {
		what = "token-votes-from-events"
	}
	return cacheKey(what, d.cfg.Token, d.cfg.StartBlock, token.LedgerFormat)
}

// tokenLogs returns the token's stream (tokenStream): the one taking votes
// from events once the derived ones were found wrong.
func (d *DAO) tokenLogs() *stream[*token.Journal] {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.tokLogs
}

// votesFromEvents replaces a token stream that derives voting power with
// one that reads it from DelegateVotesChanged, for a token whose votes did
// not follow its balances (token.ErrVotingUnits), drops the derived state
// from the cache and says so in a note. It reports false when the stream
// already did.
func (d *DAO) votesFromEvents() bool {
	st, err := d.tokenStream(token.VotesFromEvents)
	if err != nil {
		return false // cannot happen: the same ABI parsed at Open
	}
	d.mu.Lock()
	if d.tokLogs.key == st.key {
		d.mu.Unlock()
		return false
	}
	d.tokLogs = st
	d.mu.Unlock()
	if store := d.cfg.Cache; store != nil && !d.cacheBusy.Load() {
		_ = store.Forget(d.tokenKey(token.VotesDerived))
	}
	d.note(fmt.Sprintf("token %s: %v (custom voting units): reading its voting power from its DelegateVotesChanged events", d.cfg.Token.Hex(), token.ErrVotingUnits))
	return true
}

// governorStream is the stream of r's events from block from, cached under
// the governor's address.
func (d *DAO) governorStream(name string, r *governor.Reader, from uint64) *stream[*governor.Journal] {
	c := d.c
	st := newStream(d, name, cacheKey("governor", r.Address(), from, governor.HistoryFormat),
		func() *governor.Journal { return governor.NewJournal(r.NewHistory()) },
		func(ctx context.Context, from, to uint64, progress func(done, total uint64), fn func([]types.Log) error) error {
			q := r.EventQuery(from, to)
			q.Progress = progress
			if err := c.LogsEach(ctx, q, fn); err != nil {
				return fmt.Errorf("reading the events of governor %s: %w", r.Address().Hex(), err)
			}
			return nil
		})
	st.encode = func(j *governor.Journal) ([]byte, error) { return j.History().MarshalBinary() }
	st.decode = func(data []byte) (*governor.Journal, error) {
		h := r.NewHistory()
		return governor.NewJournal(h), h.UnmarshalBinary(data)
	}
	return st
}

// addTokens adds the assets not yet in the DAO's token list, in order.
func (d *DAO) addTokens(assets []treasury.Asset) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, a := range assets {
		if !slices.ContainsFunc(d.tokens, func(t treasury.Asset) bool { return t.Address == a.Address }) {
			d.tokens = append(d.tokens, a)
		}
	}
}

// Client returns the chain client the DAO reads through.
func (d *DAO) Client() *chain.Client { return d.c }

// Governor returns the governor reader.
func (d *DAO) Governor() *governor.Reader { return d.gov }

// Governors returns the current governor and the legacy ones read with it.
func (d *DAO) Governors() *governor.Set { return d.govs }

// Info returns the governor's info as read at Open (at the head then). Its
// Kind.Timelock may be empty: TimelockKind reads it.
func (d *DAO) Info() *gov.Info { return d.info }

// Token returns the governance token: address, symbol and decimals. It
// waits for the metadata read Open started (see readTokens).
func (d *DAO) Token(ctx context.Context) (treasury.Asset, error) {
	if err := d.readTokens(ctx); err != nil {
		return treasury.Asset{}, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.tokens[0], nil
}

// TokenAddress returns the governance token's address (Token without the
// metadata). It makes no request.
func (d *DAO) TokenAddress() common.Address { return d.cfg.Token }

// Flush makes the cache writes the reads left for later (Config.SaveLater):
// each stream's state at its last block folded for good, as a read would
// have saved it. Like those, failures are told to OnNote, not returned.
func (d *DAO) Flush(ctx context.Context) {
	for _, s := range []saver{d.govLogs, d.tokenLogs(), d.flowLogs} {
		s.flush(ctx)
	}
	for _, s := range d.oldLogs {
		s.flush(ctx)
	}
	d.saveNote(true)
}

// Tokens returns the tokens known so far: the governance token first, then
// the pinned ones (Config.Tokens), then those discovered by reads — every
// token in the treasury's flows (TreasuryAt) and every token a proposal's
// actions call (Proposals) — without the excluded ones. It makes no request:
// the governance and pinned tokens are listed once their metadata is read,
// which Token and every read wait for.
func (d *DAO) Tokens() []treasury.Asset {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.tokens)
}

// Treasury returns the treasury addresses.
func (d *DAO) Treasury() []common.Address { return slices.Clone(d.treasury) }

// Sync is the progress of one log fetch in flight: a stream of the DAO's
// events being read from its first block not yet folded to the block
// asked for.
type Sync struct {
	What        string    // what is fetched, e.g. "token events"
	Done, Total uint64    // blocks covered so far, of the blocks to cover
	Logs        uint64    // logs folded so far
	Started     time.Time // when the fetch began
	// MaxResults is the results cap the RPC showed for eth_getLogs (0:
	// none seen): each range is then sized from the one before it, one at
	// a time, so the fetch runs at one request's latency at a time.
	MaxResults int

	// Two moments of the fetch and the blocks done by each (see advance):
	// recent, between etaWindow and twice that before the last update,
	// is what ETA measures the rate from (zero: not yet).
	recentAt, markAt     time.Time
	recentDone, markDone uint64
}

// etaWindow is the least time the rate ETA goes by reaches back (at most
// twice that).
const etaWindow = 5 * time.Second

// advance records that the fetch covered done of total blocks at now.
func (p *Sync) advance(done, total uint64, now time.Time) {
	if p.markAt.IsZero() {
		p.markAt = p.Started
	}
	if now.Sub(p.markAt) >= etaWindow {
		p.recentAt, p.recentDone = p.markAt, p.markDone
		p.markAt, p.markDone = now, done
	}
	p.Done, p.Total = done, total
}

// LogRate is the logs the fetch folded per second since it began, as of
// now (0 before a hundredth of a second has passed).
func (p Sync) LogRate(now time.Time) float64 {
	el := now.Sub(p.Started).Seconds()
	if el < 0.01 {
		return 0
	}
	return float64(p.Logs) / el
}

// ETA is the time the fetch needs for the blocks left, and whether there
// is one (not before any block is done): at the rate of the last 5 to 10
// seconds, or since the fetch began when it is younger. Logs are seldom
// spread evenly over blocks (a token's history is often densest early or
// late), so the rate moves as the fetch goes, and a recent one tells more
// of the blocks ahead than the mean since the start; it is an estimate.
func (p Sync) ETA(now time.Time) (time.Duration, bool) {
	from, done := p.Started, uint64(0)
	if !p.recentAt.IsZero() && p.Done > p.recentDone {
		from, done = p.recentAt, p.recentDone
	}
	el := now.Sub(from)
	if p.Done <= done || p.Total < p.Done || el <= 0 {
		return 0, false
	}
	left := float64(p.Total-p.Done) / float64(p.Done-done) * float64(el)
	return time.Duration(left), true
}

// Syncs returns the log fetches in flight, by name, for a progress bar
// during the first sync (none when nothing is being fetched). It never
// blocks on a read.
func (d *DAO) Syncs() []Sync {
	capN := 0
	if d.c != nil {
		capN = d.c.LogLimits().MaxResults
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]Sync, 0, len(d.progress))
	for _, p := range d.progress {
		s := *p
		s.MaxResults = capN
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Sync) int { return strings.Compare(a.What, b.What) })
	return out
}

// startProgress records that the fetch named what began, total blocks to
// cover.
func (d *DAO) startProgress(what string, total uint64) {
	d.mu.Lock()
	d.progress[what] = &Sync{What: what, Total: total, Started: time.Now()}
	d.mu.Unlock()
}

// setProgress records the blocks the fetch named what covered so far.
func (d *DAO) setProgress(what string, done, total uint64) {
	d.mu.Lock()
	if p := d.progress[what]; p != nil {
		p.advance(done, total, time.Now())
	}
	d.mu.Unlock()
}

// addLogs counts n more logs folded by the fetch named what.
func (d *DAO) addLogs(what string, n int) {
	d.mu.Lock()
	if p := d.progress[what]; p != nil {
		p.Logs += uint64(n)
	}
	d.mu.Unlock()
}

// endProgress forgets the fetch named what.
func (d *DAO) endProgress(what string) {
	d.mu.Lock()
	delete(d.progress, what)
	d.mu.Unlock()
}

// saw records that block exists on the chain (a read at it succeeded).
func (d *DAO) saw(block uint64) {
	d.mu.Lock()
	d.head = max(d.head, block)
	d.mu.Unlock()
}

// safe returns the last block whose logs are final for a read at block:
// the node's finalized block (read again every finalizedEvery blocks of
// head), else Confirmations (or DefaultConfirmations) below the head; never
// above block or the highest block known to exist, so that a read at a
// block the node does not have yet makes nothing final it has not seen. ok
// is false when no block is final yet.
func (d *DAO) safe(ctx context.Context, block uint64) (safe uint64, ok bool, err error) {
	d.finalMu.Lock()
	defer d.finalMu.Unlock()
	d.mu.Lock()
	h := min(block, d.head)
	head := d.head
	useFinal := d.cfg.Confirmations == 0 && !d.noFinal
	fresh := d.finalOK && head < d.finalAt+finalizedEvery
	final := d.final
	d.mu.Unlock()
	if useFinal && !fresh {
		var b *struct {
			Number *hexutil.Uint64 `json:"number"`
		}
		err := d.c.RPC().CallContext(ctx, &b, "eth_getBlockByNumber", "finalized", false)
		if ctx.Err() != nil {
			return 0, false, ctx.Err()
		}
		d.mu.Lock()
		if err != nil || b == nil || b.Number == nil {
			d.noFinal = true // not served (pre-merge chains, some L2s and devnets)
			useFinal = false
		} else {
			d.final, d.finalAt, d.finalOK = uint64(*b.Number), head, true
			final = d.final
		}
		d.mu.Unlock()
	}
	if useFinal {
		return min(final, h), true, nil
	}
	conf := d.cfg.Confirmations
	if conf == 0 {
		conf = DefaultConfirmations
	}
	if h < conf {
		return 0, false, nil
	}
	return h - conf, true, nil
}

// blockHash returns the hash of block number as the node names it (its
// own "hash" field), and found false when the node has no such block. It is
// asked only for final blocks (the cache's checkpoints), so answers are
// kept for the other streams.
func (d *DAO) blockHash(ctx context.Context, number uint64) (hash common.Hash, found bool, err error) {
	d.mu.Lock()
	hash, found = d.hashes[number]
	d.mu.Unlock()
	if found {
		return hash, true, nil
	}
	var b *struct {
		Hash common.Hash `json:"hash"`
	}
	if err := d.c.RPC().CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.EncodeUint64(number), false); err != nil {
		return common.Hash{}, false, fmt.Errorf("reading block %d from RPC %s: %w", number, d.c.URL(), err)
	}
	if b == nil || b.Hash == (common.Hash{}) {
		return common.Hash{}, false, nil
	}
	d.mu.Lock()
	if d.hashes == nil {
		d.hashes = make(map[uint64]common.Hash)
	}
	d.hashes[number] = b.Hash
	d.mu.Unlock()
	return b.Hash, true, nil
}

// note tells Config.OnNote msg, once.
func (d *DAO) note(msg string) {
	if d.cfg.OnNote == nil {
		return
	}
	d.mu.Lock()
	dup := slices.Contains(d.noted, msg)
	if !dup {
		d.noted = append(d.noted, msg)
	}
	d.mu.Unlock()
	if !dup {
		d.cfg.OnNote(msg)
	}
}

// flowState is the treasury flows folded so far: Apply appends, Undo
// truncates. A position (Len) counts the flows after the final ones.
type flowState struct {
	q     *treasury.Query
	flows []treasury.Flow
	base  int // flows before base are final
}

// Fold and Apply append the flows logs hold (Fold for good). The logs of
// one transaction must come in one call (a flow is attributed to the
// proposal executed in its transaction): the stream folds whole blocks.
func (f *flowState) Fold(logs []types.Log) error {
	err := f.Apply(logs)
	f.base = len(f.flows)
	return err
}

func (f *flowState) Apply(logs []types.Log) error {
	more, err := f.q.Flows(nil, logs)
	if err != nil {
		return err
	}
	f.flows = append(f.flows, more...)
	return nil
}

func (f *flowState) Len() int { return len(f.flows) - f.base }

func (f *flowState) Undo(n int) {
	clear(f.flows[f.base+n:])
	f.flows = f.flows[:f.base+n]
}

func (f *flowState) Forget(n int) { f.base += n }

// cacheKey names a stream's state in the cache: what, the contract, the
// first block and the encoding's format.
func cacheKey(what string, contract common.Address, from uint64, format int) string {
	return fmt.Sprintf("%s/%s/from-%d/f%d", what, contract.Hex(), from, format)
}

// flowKey names the treasury flows in the cache: the flows depend on the
// accounts, the excluded tokens and the governor.
func flowKey(q treasury.Query) string {
	var b []byte
	for _, a := range q.Accounts {
		b = append(b, a[:]...)
	}
	b = append(b, 0)
	for _, a := range q.Exclude {
		b = append(b, a[:]...)
	}
	sum := crypto.Keccak256(b)
	return fmt.Sprintf("treasury/%s/%x/from-%d/f%d", q.Governor.Hex(), sum[:8], q.From, treasury.FlowsFormat)
}

// uniq drops zero and repeated addresses, keeping the first of each.
func uniq(addrs []common.Address) []common.Address {
	out := make([]common.Address, 0, len(addrs))
	for _, a := range addrs {
		if a != (common.Address{}) && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}
