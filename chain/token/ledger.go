package token

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"math/bits"
	"slices"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Ledger is the ownership of a token folded from its Transfer and
// DelegateChanged logs in chain order: balances, each holder's delegate and
// each delegate's voting power. Voting power is derived, not fetched: in
// ERC20Votes, Comp-style and ERC721Votes tokens a delegate's votes are the
// balances of those who delegate to it, so a Transfer moves votes between
// the delegates of its two sides and a DelegateChanged moves the
// delegator's balance from the old delegate to the new one (Snapshot checks
// the result against the token's own getter). For a token whose voting
// units are not its balances, it takes them from DelegateVotesChanged
// instead (VotesFromEvents). It lets a caller fetch logs
// once and extend them block range by block range (see chain/dao) instead
// of re-reading them all.
//
// A Ledger is not safe for concurrent use (Snapshot and MarshalBinary bring
// its sorted view up to date, see view); Clone it before applying more logs
// to a Ledger others may be reading. Snapshots it returned stay valid and
// unchanged whatever it folds later.
type Ledger struct {
	p     *parsed
	token common.Address
	from  uint64 // the first block folded (for error messages)
	// Balances and votes are held in the maps' slots (uint256, as the
	// token holds them), not behind pointers: a cold fold of 10⁶ logs is
	// bound by the two lookups per Transfer, and a pointer to follow
	// from each slot would double the cache misses (and give the
	// collector 2·10⁵ objects to mark).
	balances   map[common.Address]uint256.Int
	delegateOf map[common.Address]common.Address
	votes      map[common.Address]uint256.Int // derived, or from the token's events (see VotesSource); no zero entries
	source     VotesSource

	nft    bool        // some Transfer was ERC-721 shaped (one token moved)
	amount uint256.Int // scratch: the value of the Transfer being folded

	applied   bool // some log was applied; lastBlock/lastIndex name the last one
	lastBlock uint64
	lastIndex uint

	view  *view                    // the sorted holders and delegates at the last Snapshot; nil before it
	dirty map[common.Address]prior // accounts changed since view (see touch)
}

// VotesSource is where a Ledger takes voting power from.
type VotesSource uint8

const (
	// VotesDerived derives each delegate's voting power from balances and
	// delegations, as ERC20Votes, Comp-style and ERC721Votes tokens count
	// it: DelegateVotesChanged, often most of a token's logs, is not
	// fetched.
	VotesDerived VotesSource = iota
	// VotesFromEvents takes each delegate's voting power from the token's
	// DelegateVotesChanged logs (the last newVotes): for a token whose
	// voting units are not its balances (a staking bonus, a weighting),
	// where deriving them fails with ErrVotingUnits.
	VotesFromEvents
)

// ErrVotingUnits marks a token whose voting power does not follow its
// balances and delegations: read it with VotesFromEvents.
var ErrVotingUnits = errors.New("voting units differ from balances")

// NewLedger returns an empty Ledger of tokenAddr whose logs start at block
// from, which must be at or before the token's first Transfer (see Read),
// deriving voting power (VotesDerived).
func NewLedger(tokenAddr common.Address, from uint64) (*Ledger, error) {
	return NewLedgerOf(tokenAddr, from, VotesDerived)
}

// NewLedgerOf is NewLedger taking voting power from src.
func NewLedgerOf(tokenAddr common.Address, from uint64, src VotesSource) (*Ledger, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	l := p.newLedger(tokenAddr, from)
	l.source = src
	return l, nil
}

func (p *parsed) newLedger(tokenAddr common.Address, from uint64) *Ledger {
	return &Ledger{
		p:          p,
		token:      tokenAddr,
		from:       from,
		balances:   make(map[common.Address]uint256.Int),
		delegateOf: make(map[common.Address]common.Address),
		votes:      make(map[common.Address]uint256.Int),
	}
}

// Query is the log query for the events a Ledger folds, in blocks [from,
// to]: Transfer and DelegateChanged, and DelegateVotesChanged where votes
// come from events (derived, they follow from the other two).
func (l *Ledger) Query(from, to uint64) query.LogQuery {
	topics := []common.Hash{l.p.transfer, l.p.delegateChanged}
	if l.source == VotesFromEvents {
		topics = append(topics, l.p.votesChanged)
	}
	return query.LogQuery{
		Addresses: []common.Address{l.token},
		Topics:    [][]common.Hash{topics},
		From:      from,
		To:        to,
	}
}

// Clone returns a copy that can be extended with Apply without changing l.
// It costs O(holders).
func (l *Ledger) Clone() *Ledger {
	c := *l
	c.balances = maps.Clone(l.balances)
	c.delegateOf = maps.Clone(l.delegateOf)
	c.votes = maps.Clone(l.votes)
	c.view, c.dirty = l.view, maps.Clone(l.dirty)
	return &c
}

// Apply folds logs, which must follow every log applied before in chain
// order. It fails when a balance would go negative (the history started
// after the token's first transfers). On error the Ledger may be partly
// updated: apply to a Clone when that matters.
func (l *Ledger) Apply(logs []types.Log) error {
	for i := range logs {
		lg := &logs[i]
		if l.applied && (lg.BlockNumber < l.lastBlock || lg.BlockNumber == l.lastBlock && lg.Index <= l.lastIndex) {
			return logError(lg, "token", fmt.Errorf("out of chain order: after log %d of block %d", l.lastIndex, l.lastBlock))
		}
		if err := l.apply(lg); err != nil {
			if l.token != (common.Address{}) {
				err = fmt.Errorf("token %s: %w", l.token.Hex(), err)
			}
			return err
		}
		l.applied, l.lastBlock, l.lastIndex = true, lg.BlockNumber, lg.Index
	}
	return nil
}

// apply folds one log. Derived, a Transfer or a DelegateChanged moves
// votes too, and a DelegateVotesChanged log is ignored; from events, only a
// DelegateVotesChanged log sets them.
func (l *Ledger) apply(lg *types.Log) error {
	p := l.p
	if len(lg.Topics) == 0 {
		return logError(lg, "token", fmt.Errorf("no topics"))
	}
	switch lg.Topics[0] {
	case p.transfer:
		src, dst, value, err := l.decodeTransfer(lg)
		if err != nil {
			return err
		}
		dsrc, ddst := l.delegateOf[src], l.delegateOf[dst]
		if l.view != nil {
			l.touch(src)
			l.touch(dst)
			l.touch(dsrc)
			l.touch(ddst)
		}
		if src != (common.Address{}) && !debit(l.balances, src, value) {
			return fmt.Errorf("the balance of %s goes negative at block %d (tx %s): start block %d is after the token's first transfers; start at the token's deployment block (or 0)",
				src.Hex(), lg.BlockNumber, lg.TxHash.Hex(), l.from)
		}
		if dst != (common.Address{}) && !credit(l.balances, dst, value) {
			return overflow(lg, "balance", dst)
		}
		if l.source == VotesDerived {
			if err := l.moveVotes(dsrc, ddst, value, lg); err != nil {
				return err
			}
		}
	case p.delegateChanged:
		if len(lg.Topics) != 4 || len(lg.Data) != 0 {
			return logError(lg, "DelegateChanged", fmt.Errorf("%d topics and %d data bytes, want 4 and 0", len(lg.Topics), len(lg.Data)))
		}
		delegator, err := topicAddress(lg, "DelegateChanged", 1)
		if err != nil {
			return err
		}
		to, err := topicAddress(lg, "DelegateChanged", 3)
		if err != nil {
			return err
		}
		old := l.delegateOf[delegator]
		l.touch(delegator)
		l.touch(old)
		l.touch(to)
		if to == (common.Address{}) {
			delete(l.delegateOf, delegator)
		} else {
			l.delegateOf[delegator] = to
		}
		if l.source == VotesDerived {
			bal := l.balances[delegator]
			if err := l.moveVotes(old, to, &bal, lg); err != nil {
				return err
			}
		}
	case p.votesChanged:
		if l.source == VotesFromEvents {
			return l.setVotes(lg)
		}
		// Derived from the others: not fetched by Query, ignored if given.
	default:
		return logError(lg, "token", fmt.Errorf("unexpected topic0 %s", lg.Topics[0].Hex()))
	}
	return nil
}

// decodeTransfer decodes a Transfer log as DecodeTransferLog does; the
// value is l's scratch amount, valid until the next log.
func (l *Ledger) decodeTransfer(lg *types.Log) (from, to common.Address, value *uint256.Int, err error) {
	if len(lg.Topics) != 3 || len(lg.Data) != 32 {
		t, err := DecodeTransferLog(lg)
		if err != nil {
			return from, to, nil, err
		}
		if l.amount.SetFromBig(t.Value) {
			return from, to, nil, logError(lg, "Transfer", fmt.Errorf("value %s over 256 bits", t.Value))
		}
		l.nft = l.nft || t.NFT()
		return t.From, t.To, &l.amount, nil
	}
	if from, err = topicAddress(lg, "Transfer", 1); err != nil {
		return from, to, nil, err
	}
	if to, err = topicAddress(lg, "Transfer", 2); err != nil {
		return from, to, nil, err
	}
	return from, to, l.amount.SetBytes32(lg.Data), nil
}

// setVotes takes in a DelegateVotesChanged log: the delegate's voting
// power is now its newVotes.
func (l *Ledger) setVotes(lg *types.Log) error {
	if len(lg.Topics) != 2 || len(lg.Data) != 64 {
		return logError(lg, "DelegateVotesChanged", fmt.Errorf("%d topics and %d data bytes, want 2 and 64", len(lg.Topics), len(lg.Data)))
	}
	d, err := topicAddress(lg, "DelegateVotesChanged", 1)
	if err != nil {
		return err
	}
	l.touch(d)
	var v uint256.Int
	if v.SetBytes32(lg.Data[32:]); v.IsZero() {
		delete(l.votes, d)
	} else {
		l.votes[d] = v
	}
	return nil
}

// moveVotes moves amount votes from delegate src to delegate dst (the zero
// address: nobody), as the token's _moveDelegateVotes does.
func (l *Ledger) moveVotes(src, dst common.Address, amount *uint256.Int, lg *types.Log) error {
	if src == dst || amount.IsZero() {
		return nil
	}
	if src != (common.Address{}) && !debit(l.votes, src, amount) {
		return fmt.Errorf("%w: the voting power of %s derived from them goes negative at block %d (tx %s)",
			ErrVotingUnits, src.Hex(), lg.BlockNumber, lg.TxHash.Hex())
	}
	if dst != (common.Address{}) && !credit(l.votes, dst, amount) {
		return overflow(lg, "voting power", dst)
	}
	return nil
}

// credit adds v to m[a], a new entry when there is none. It reports false,
// changing nothing, when the sum would not fit in 256 bits (no token can
// hold that: its logs are inconsistent).
func credit(m map[common.Address]uint256.Int, a common.Address, v *uint256.Int) bool {
	x := m[a]
	if _, over := x.AddOverflow(&x, v); over {
		return false
	}
	m[a] = x
	return true
}

// debit subtracts v from m[a], dropping the entry when it comes to zero. It
// reports false, changing nothing, when m[a] is less than v.
func debit(m map[common.Address]uint256.Int, a common.Address, v *uint256.Int) bool {
	x, ok := m[a]
	switch {
	case !ok:
		return v.IsZero()
	case x.Lt(v):
		return false
	case x.Eq(v):
		delete(m, a)
	default:
		m[a] = *x.Sub(&x, v)
	}
	return true
}

// overflow is the error of a credit that does not fit in 256 bits.
func overflow(lg *types.Log, what string, a common.Address) error {
	return fmt.Errorf("the %s of %s passes 2²⁵⁶ at block %d (tx %s): the token's logs are inconsistent; check --token",
		what, a.Hex(), lg.BlockNumber, lg.TxHash.Hex())
}

// bigOf returns v as a new big.Int.
func bigOf(v uint256.Int) *big.Int {
	if v.IsZero() {
		return new(big.Int)
	}
	s := bigs{free: make([]bigBox, 1)}
	return s.of(&v)
}

// bigs hands out big.Ints with their words beside them, in chunks: a view
// makes one for each balance and each vote of 2·10⁵ holders, and walks
// them in the order they were made.
type bigs struct {
	free  []bigBox
	zeros []big.Int // most holders have no votes: a zero needs no words
}

type bigBox struct {
	b big.Int
	w [4]big.Word
}

// bigsChunk is how many big.Ints one allocation of bigs holds.
const bigsChunk = 1024

// of returns v as a big.Int of its own (never changed by bigs again).
func (s *bigs) of(v *uint256.Int) *big.Int {
	n := (v.BitLen() + 63) / 64
	switch {
	case n == 0:
		if len(s.zeros) == 0 {
			s.zeros = make([]big.Int, bigsChunk)
		}
		x := &s.zeros[0]
		s.zeros = s.zeros[1:]
		return x
	case bits.UintSize != 64:
		return v.ToBig()
	}
	if len(s.free) == 0 {
		s.free = make([]bigBox, bigsChunk)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	for i := range n {
		x.w[i] = big.Word(v[i])
	}
	return x.b.SetBits(x.w[:n])
}

// Snapshot returns the ownership folded so far, with name, symbol,
// decimals, total supply and the kind read (and probed) at block in one
// CallAt. BlockTime is left 0 for the caller to fill. The folded state is
// not modified; the holders and delegates are re-placed only where logs
// changed them since the last Snapshot (see view), and the Snapshot shares
// its slices with l's view and with later Snapshots: treat it as read-only.
//
// Metadata is read defensively: a name or symbol that reverts or is not a
// string gives "", a decimals() that fails gives 0 (an ERC-721 has none:
// its balances are counts), and a totalSupply() that fails (ERC721Votes has
// none) is replaced by the sum of the balances. For a Nouns-style token
// (ERC-721 with Comp's getters), where an account that never delegated
// votes with its own tokens, such a holder's Delegate is itself.
//
// The same CallAt reads the token's own votes getter for the delegates with
// the most votes (and the largest holders who never delegated): where the
// votes are derived, a token whose votes do not follow its balances and
// delegations (custom voting units) fails with ErrVotingUnits, not wrong
// figures (fold it again with VotesFromEvents); where they come from
// events, a getter that disagrees with them is an error too.
func (l *Ledger) Snapshot(ctx context.Context, c query.Caller, block uint64) (*Snapshot, error) {
	return l.SnapshotWith(ctx, c, block, nil)
}

// SnapshotWith is Snapshot taking its CallAt from pre where pre was read at
// block for the accounts this Snapshot checks (Checked) and the same token
// shape: then it makes no request.
func (l *Ledger) SnapshotWith(ctx context.Context, c query.Caller, block uint64, pre *Prefetch) (*Snapshot, error) {
	v := l.refresh()
	check := l.checkSet()
	var m meta
	if pre != nil && pre.block == block && pre.nft == l.nft && slices.Equal(pre.check, check) {
		m = pre.m
	} else {
		var err error
		if m, err = l.p.readMeta(ctx, c, l.token, block, l.nft, check); err != nil {
			return nil, err
		}
	}
	if err := l.checkVotes(m, check, block); err != nil {
		return nil, err
	}
	return l.snapshot(m, block, v)
}

// Checked returns the accounts the next Snapshot checks against the token
// (see Snapshot): the ones to Prefetch for it.
func (l *Ledger) Checked() []common.Address { return l.checkSet() }

// Prefetch is Snapshot's CallAt at a block (the token's metadata and supply,
// the votes of the accounts it checks), read before the blocks up to it
// are folded: see ReadPrefetch.
type Prefetch struct {
	m     meta
	check []common.Address
	nft   bool
	block uint64
}

// ReadPrefetch reads Snapshot's CallAt at block for the accounts in check,
// as a ledger whose Transfers were ERC-721 shaped (nft) or not would, so
// that a SnapshotWith after the fold needs no request of its own when it
// checks the same accounts. l itself is not read: a ledger that another
// goroutine folds (a query prototype's, say) may be used.
func (l *Ledger) ReadPrefetch(ctx context.Context, c query.Caller, block uint64, check []common.Address, nft bool) (*Prefetch, error) {
	m, err := l.p.readMeta(ctx, c, l.token, block, nft, check)
	if err != nil {
		return nil, err
	}
	return &Prefetch{m: m, check: slices.Clone(check), nft: nft, block: block}, nil
}

// NFT reports whether some Transfer folded was ERC-721 shaped (one token
// moved): what ReadPrefetch needs to know.
func (l *Ledger) NFT() bool { return l.nft }

// Accounts whose votes Snapshot checks against the token: the delegates
// with the most votes and the largest holders who never delegated.
const (
	checkDelegates   = 12
	checkUndelegated = 4
)

// checkSet returns the accounts Snapshot checks (see view.checkSet). Where
// no delegate holds derived votes though some were delegated to, a few of
// those are checked too: a token whose votes come from something other
// than its transfers (a locking contract) derives none at all, and would
// otherwise pass with every vote zero.
func (l *Ledger) checkSet() []common.Address {
	out := l.refresh().checkSet()
	if l.source != VotesDerived || len(l.votes) > 0 || len(l.delegateOf) == 0 {
		return out
	}
	named := make(map[common.Address]bool)
	for _, d := range l.delegateOf {
		named[d] = true
	}
	ds := slices.SortedFunc(maps.Keys(named), func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return append(out, ds[:min(len(ds), checkDelegates)]...)
}

// checkVotes compares the derived votes of the accounts in check with what
// the token's getter answered (see readMeta).
func (l *Ledger) checkVotes(m meta, check []common.Address, block uint64) error {
	if m.api == apiNone {
		return nil
	}
	getter := "getVotes"
	if m.api == apiComp {
		getter = "getCurrentVotes"
	}
	for i, a := range check {
		want := bigOf(l.votes[a])
		if _, delegated := l.delegateOf[a]; l.source == VotesDerived && m.selfDelegates() && !delegated {
			want.Add(want, bigOf(l.balances[a]))
		}
		got := m.checked[i]
		if got == nil {
			return fmt.Errorf("token %s at block %d: %s(%s) did not answer, though %s(0) did: the token is misbehaving; check --token", l.token.Hex(), block, getter, a.Hex(), getter)
		}
		if got.Cmp(want) == 0 {
			continue
		}
		if l.source == VotesFromEvents {
			return fmt.Errorf("token %s at block %d: %s(%s) is %s, but its DelegateVotesChanged logs give %s: the token is misbehaving; check --token",
				l.token.Hex(), block, getter, a.Hex(), got, want)
		}
		return fmt.Errorf("token %s: %w: at block %d %s(%s) is %s, the token's balances and delegations give %s (custom voting units)",
			l.token.Hex(), ErrVotingUnits, block, getter, a.Hex(), got, want)
	}
	return nil
}

// snapshot assembles the Snapshot from the folded state and what readMeta
// read.
func (l *Ledger) snapshot(m meta, block uint64, v *view) (*Snapshot, error) {
	if m.selfDelegates() {
		// An account that never delegated votes with its own tokens: a
		// view of its own (Nouns-style tokens are small).
		delegateOf, votes := maps.Clone(l.delegateOf), maps.Clone(l.votes)
		for a, b := range l.balances {
			if !b.IsZero() && delegateOf[a] == (common.Address{}) {
				delegateOf[a] = a
				// From events, its votes count them already.
				if l.source == VotesDerived && !credit(votes, a, &b) {
					return nil, fmt.Errorf("token %s: the votes of %s and its own balance pass 2²⁵⁶: the token's logs are inconsistent; check --token", l.token.Hex(), a.Hex())
				}
			}
		}
		v = assemble(l.balances, delegateOf, votes)
	}
	snap := &Snapshot{Holders: v.holders, Delegates: v.delegates, TotalVotes: v.totalVotes, CustomUnits: l.source == VotesFromEvents}
	snap.Token, snap.Block = l.token, block
	snap.Name, snap.Symbol, snap.Decimals, snap.Kind = m.Name, m.Symbol, m.Decimals, m.kind
	snap.TotalSupply = m.supply
	if snap.TotalSupply == nil {
		snap.TotalSupply = new(big.Int)
		for _, h := range snap.Holders {
			snap.TotalSupply.Add(snap.TotalSupply, h.Balance)
		}
	}
	return snap, nil
}
