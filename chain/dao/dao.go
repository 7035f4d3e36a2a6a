// Package dao keeps one DAO's governance data — proposals, votes, token
// ownership and treasury — readable at every new head without re-reading its
// whole history.
//
// The readers in chain/governor, chain/token and chain/treasury fold event
// logs into state and then read the rest at a block in one CallAt. A DAO
// keeps, per log source, the state folded from the logs of the blocks that
// are Confirmations or more below the head (a reorg cannot change them), and
// on each read fetches only the logs after that: the new confirmed blocks,
// which extend the cache, and the unconfirmed tail, which is folded into a
// copy and never cached. The latest result of each kind is memoised, so
// reading the same block again, or from two views at once, costs nothing.
package dao

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultConfirmations is Config.Confirmations when it is zero: logs at
// least this many blocks below the head are cached for good.
const DefaultConfirmations = 64

// Config says which DAO to read.
type Config struct {
	Governor common.Address
	Family   gov.Family       // the governor's family; "" = detect it (governor.Options)
	Token    common.Address   // zero = the governor's token()
	Treasury []common.Address // empty = the governor's timelock (error if none)
	Tokens   []common.Address // pinned treasury tokens, listed even without a flow; the governance token is always listed too (first)
	// Exclude names tokens never listed in the treasury (spam airdrops),
	// even when discovered or pinned. The governance token cannot be
	// excluded.
	Exclude       []common.Address
	StartBlock    uint64 // first block of the DAO's history (its deployment, or 0)
	Confirmations uint64 // logs older than head-Confirmations are cached for good; 0 = DefaultConfirmations
}

// DAO reads one DAO incrementally (see the package comment). It is safe for
// concurrent use. Results are shared between callers (and with the cache):
// treat them as read-only.
type DAO struct {
	c        *chain.Client
	cfg      Config
	gov      *governor.Reader
	info     *gov.Info
	treasury []common.Address
	flowQ    treasury.Query

	govLogs  *stream[*governor.History]
	tokLogs  *stream[*token.Ledger]
	flowLogs *stream[[]treasury.Flow]

	proposals memo[[]gov.Proposal]
	votes     memo[[]gov.Vote]
	ownership memo[*token.Snapshot]
	treasure  memo[*treasury.Snapshot]

	mu       sync.Mutex
	checked  map[common.Address]bool // action targets whose metadata was read (token or not)
	tokens   []treasury.Asset        // the treasury's tokens, the governance token first; only grows
	head     uint64                  // the highest block known to exist
	times    map[uint64]uint64       // timestamps of confirmed blocks
	progress map[string][2]uint64    // blocks done and total of each log fetch in flight
}

// Open reads the governor (governor.New, then Info at the head), resolves
// the token and treasury defaults, and reads the governance and pinned
// tokens' metadata in one CallAt. No logs are read yet: the first
// Proposals, Votes, Ownership or TreasuryAt call syncs its history (see
// Progress), so a DAO with a long history opens at once. Tokens grows as
// reads discover more: TreasuryAt adds every token in the treasury's flows,
// Proposals the tokens its actions call.
func Open(ctx context.Context, c *chain.Client, cfg Config) (*DAO, error) {
	if c == nil {
		return nil, errors.New("dao.Open: no chain client")
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = DefaultConfirmations
	}
	gr, err := governor.NewWith(ctx, c, cfg.Governor, governor.Options{Family: cfg.Family})
	if err != nil {
		return nil, err
	}
	h, err := c.Head(ctx)
	if err != nil {
		return nil, err
	}
	if !h.Number.IsUint64() {
		return nil, fmt.Errorf("the RPC reports head block %s, which is not a block number: try another RPC", h.Number)
	}
	head := h.Number.Uint64()
	if cfg.StartBlock > head {
		return nil, fmt.Errorf("start block %d is after the chain's head %d: check start_block in the config", cfg.StartBlock, head)
	}
	info, err := gr.Info(ctx, head)
	if err != nil {
		return nil, err
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
	tracked := uniq(append([]common.Address{cfg.Token}, cfg.Tokens...))
	var exclude []common.Address
	for _, a := range uniq(cfg.Exclude) {
		if a != cfg.Token {
			exclude = append(exclude, a)
		}
	}
	ledger, err := token.NewLedger(cfg.Token, cfg.StartBlock)
	if err != nil {
		return nil, err
	}
	d := &DAO{
		c:        c,
		cfg:      cfg,
		gov:      gr,
		info:     info,
		treasury: treasuries,
		flowQ:    treasury.Query{Accounts: treasuries, Tokens: tracked, Exclude: exclude, Governor: cfg.Governor, From: cfg.StartBlock},
		head:     head,
		times:    make(map[uint64]uint64),
		progress: make(map[string][2]uint64),
		checked:  make(map[common.Address]bool),
	}
	d.govLogs = newStream(d, "governor events", gr.NewHistory(),
		func(ctx context.Context, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
			q := gr.EventQuery(from, to)
			q.Progress = progress
			logs, err := c.Logs(ctx, q)
			if err != nil {
				return nil, fmt.Errorf("reading the events of governor %s: %w", cfg.Governor.Hex(), err)
			}
			return logs, nil
		},
		func(h *governor.History, logs []types.Log) (*governor.History, error) {
			h = h.Clone()
			return h, h.Apply(logs)
		})
	d.tokLogs = newStream(d, "token events", ledger,
		func(ctx context.Context, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
			q := ledger.Query(from, to)
			q.Progress = progress
			logs, err := c.Logs(ctx, q)
			if err != nil {
				return nil, fmt.Errorf("reading the history of token %s: %w", cfg.Token.Hex(), err)
			}
			return logs, nil
		},
		func(l *token.Ledger, logs []types.Log) (*token.Ledger, error) {
			l = l.Clone()
			return l, l.Apply(logs)
		})
	d.flowLogs = newStream(d, "treasury flows", []treasury.Flow{},
		func(ctx context.Context, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
			return d.flowQ.Logs(ctx, c, from, to, progress)
		},
		func(flows []treasury.Flow, logs []types.Log) ([]treasury.Flow, error) {
			// Assets are filled in at each read (treasury.Query.At): the
			// flows may name tokens discovered in these logs.
			more, err := d.flowQ.Flows(nil, logs)
			if err != nil {
				return nil, err
			}
			return append(slices.Clip(flows), more...), nil
		})
	d.proposals = newMemo[[]gov.Proposal]()
	d.votes = newMemo[[]gov.Vote]()
	d.ownership = newMemo[*token.Snapshot]()
	d.treasure = newMemo[*treasury.Snapshot]()
	assets, err := d.flowQ.Assets(ctx, c, nil, head) // the governance and pinned tokens
	if err != nil {
		return nil, err
	}
	d.addTokens(assets)
	return d, nil
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

// Info returns the governor's info as read at Open (at the head then).
func (d *DAO) Info() *gov.Info { return d.info }

// Token returns the governance token: address, symbol and decimals.
func (d *DAO) Token() treasury.Asset {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.tokens[0]
}

// Tokens returns the tokens known so far: the governance token first, then
// the pinned ones (Config.Tokens), then those discovered by reads — every
// token in the treasury's flows (TreasuryAt) and every token a proposal's
// actions call (Proposals) — without the excluded ones. It makes no request.
func (d *DAO) Tokens() []treasury.Asset {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.tokens)
}

// Treasury returns the treasury addresses.
func (d *DAO) Treasury() []common.Address { return slices.Clone(d.treasury) }

// Progress reports the log fetches in flight, for a progress bar during the
// first sync: blocks covered so far of the blocks to cover (total 0 while
// unknown), and what is being fetched. It is (0, 0, "") when nothing is being
// fetched. It never blocks on a read.
func (d *DAO) Progress() (done, total uint64, what string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	names := make([]string, 0, len(d.progress))
	for name, p := range d.progress {
		names = append(names, name)
		done += p[0]
		total += p[1]
	}
	slices.Sort(names)
	return done, total, strings.Join(names, ", ")
}

// setProgress records the progress of the fetch named what.
func (d *DAO) setProgress(what string, done, total uint64) {
	d.mu.Lock()
	d.progress[what] = [2]uint64{done, total}
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

// safe returns the last block whose logs may be cached for a read at block:
// Confirmations below the lower of block and the highest block known to
// exist (so that a read at a block the node does not have yet caches
// nothing it has not seen). ok is false when no block is safe yet.
func (d *DAO) safe(block uint64) (safe uint64, ok bool) {
	d.mu.Lock()
	h := min(block, d.head)
	d.mu.Unlock()
	if h < d.cfg.Confirmations {
		return 0, false
	}
	return h - d.cfg.Confirmations, true
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
