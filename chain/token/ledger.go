package token

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
	p          *parsed
	token      common.Address
	from       uint64 // the first block folded (for error messages)
	balances   map[common.Address]*big.Int
	delegateOf map[common.Address]common.Address
	votes      map[common.Address]*big.Int // derived, or from the token's events (see VotesSource); no zero entries
	source     VotesSource

	nft bool // some Transfer was ERC-721 shaped (one token moved)

	// private means no balance or votes value was ever handed out (to a
	// view, a Clone, a prior): the fold may change them in place. A cold
	// fold stays private until its first Snapshot.
	private bool
	amount  big.Int // scratch: the value of the Transfer being folded
	zero    big.Int // read-only: the balance or votes of an absent entry

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
		balances:   make(map[common.Address]*big.Int),
		delegateOf: make(map[common.Address]common.Address),
		votes:      make(map[common.Address]*big.Int),
		private:    true,
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
	l.private = false // the two share every value from now on
	c := *l
	c.amount = big.Int{} // scratch: never shared
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

// apply folds one log. Balances and votes are changed in place only while
// the Ledger is private (see credit), else replaced, so that a Clone, a
// view or a prior may share the values. Derived, a Transfer or a
// DelegateChanged moves votes too, and a DelegateVotesChanged log is
// ignored; from events, only a DelegateVotesChanged log sets them.
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
		if src != (common.Address{}) && !l.debit(l.balances, src, value) {
			return fmt.Errorf("the balance of %s goes negative at block %d (tx %s): start block %d is after the token's first transfers; start at the token's deployment block (or 0)",
				src.Hex(), lg.BlockNumber, lg.TxHash.Hex(), l.from)
		}
		if dst != (common.Address{}) {
			l.credit(l.balances, dst, value)
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
			if err := l.moveVotes(old, to, l.balance(delegator), lg); err != nil {
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
func (l *Ledger) decodeTransfer(lg *types.Log) (from, to common.Address, value *big.Int, err error) {
	if len(lg.Topics) != 3 || len(lg.Data) != 32 {
		t, err := DecodeTransferLog(lg)
		if err != nil {
			return from, to, nil, err
		}
		l.nft = l.nft || t.NFT()
		return t.From, t.To, t.Value, nil
	}
	if from, err = topicAddress(lg, "Transfer", 1); err != nil {
		return from, to, nil, err
	}
	if to, err = topicAddress(lg, "Transfer", 2); err != nil {
		return from, to, nil, err
	}
	return from, to, l.amount.SetBytes(lg.Data), nil
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
	v := new(big.Int).SetBytes(lg.Data[32:])
	if v.Sign() == 0 {
		delete(l.votes, d)
	} else {
		l.votes[d] = v // a new value: a view or a prior may share the old one
	}
	return nil
}

// moveVotes moves amount votes from delegate src to delegate dst (the zero
// address: nobody), as the token's _moveDelegateVotes does.
func (l *Ledger) moveVotes(src, dst common.Address, amount *big.Int, lg *types.Log) error {
	if src == dst || amount.Sign() == 0 {
		return nil
	}
	if src != (common.Address{}) && !l.debit(l.votes, src, amount) {
		return fmt.Errorf("%w: the voting power of %s derived from them goes negative at block %d (tx %s)",
			ErrVotingUnits, src.Hex(), lg.BlockNumber, lg.TxHash.Hex())
	}
	if dst != (common.Address{}) {
		l.credit(l.votes, dst, amount)
	}
	return nil
}

// credit adds v to m[a], a new entry when there is none. While the Ledger
// is private the entry is changed in place, else replaced (a Clone, a view
// or a prior may share it).
func (l *Ledger) credit(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
	switch old := m[a]; {
	case old == nil:
		m[a] = new(big.Int).Set(v)
	case l.private:
		old.Add(old, v)
	default:
		m[a] = new(big.Int).Add(old, v)
	}
}

// debit subtracts v from m[a], dropping the entry when it comes to zero,
// in place or not as credit does. It reports false, changing nothing,
// when m[a] is less than v.
func (l *Ledger) debit(m map[common.Address]*big.Int, a common.Address, v *big.Int) bool {
	old := m[a]
	if old == nil {
		return v.Sign() == 0
	}
	switch c := old.Cmp(v); {
	case c < 0:
		return false
	case c == 0:
		delete(m, a)
	case l.private:
		old.Sub(old, v)
	default:
		m[a] = new(big.Int).Sub(old, v)
	}
	return true
}

// votesOf returns a's derived votes (a shared value: do not modify it).
func (l *Ledger) votesOf(a common.Address) *big.Int {
	if v := l.votes[a]; v != nil {
		return v
	}
	return &l.zero
}

// balance returns a's balance (a shared value: do not modify it).
func (l *Ledger) balance(a common.Address) *big.Int {
	if b := l.balances[a]; b != nil {
		return b
	}
	return &l.zero
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
	v := l.refresh()
	check := l.checkSet()
	m, err := l.p.readMeta(ctx, c, l.token, block, l.nft, check)
	if err != nil {
		return nil, err
	}
	if err := l.checkVotes(m, check, block); err != nil {
		return nil, err
	}
	return l.snapshot(m, block, v), nil
}

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
		want := l.votesOf(a)
		if _, delegated := l.delegateOf[a]; l.source == VotesDerived && m.selfDelegates() && !delegated {
			want = new(big.Int).Add(want, l.balance(a))
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
func (l *Ledger) snapshot(m meta, block uint64, v *view) *Snapshot {
	if m.selfDelegates() {
		// An account that never delegated votes with its own tokens: a
		// view of its own (Nouns-style tokens are small).
		delegateOf, votes := maps.Clone(l.delegateOf), maps.Clone(l.votes)
		for a, b := range l.balances {
			if b.Sign() > 0 && delegateOf[a] == (common.Address{}) {
				delegateOf[a] = a
				if l.source == VotesDerived { // from events, its votes count them already
					votes[a] = new(big.Int).Add(l.votesOf(a), b)
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
	return snap
}
