package token

import (
	"github.com/daoterm/daoterm/chain/internal/undo"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Journal folds logs into a Ledger in place and remembers how to undo
// them, so that a caller can keep one Ledger at the latest block and take
// it back a few blocks (a reorg, a read of an older block) without cloning
// it: a new block costs its own logs, not O(holders).
//
// Before each log it records the log position and, for every address the
// log names in its topics and for each such address's delegate, that
// address's balance, delegate and voting power. That covers every entry
// Apply changes. A Journal is not safe for concurrent use.
type Journal struct {
	l       *Ledger
	entries undo.Log[ledgerUndo]
}

// ledgerUndo restores one address's entries, or the log position.
type ledgerUndo struct {
	pos          bool // restores nft, applied, lastBlock, lastIndex
	nft, applied bool
	lastBlock    uint64
	lastIndex    uint
	addr         common.Address
	bal, votes   uint256.Int
	del          common.Address
	has          uint8 // hasBal | hasVotes | hasDel: which entries were present
}

const (
	hasBal = 1 << iota
	hasVotes
	hasDel
)

// NewJournal returns a Journal over l, with nothing to undo.
func NewJournal(l *Ledger) *Journal { return &Journal{l: l} }

// Ledger returns the Ledger the Journal changes.
func (j *Journal) Ledger() *Ledger { return j.l }

// Len is the journal's position: pass it to Undo to come back to now.
func (j *Journal) Len() int { return j.entries.Len() }

// Apply folds logs into the Ledger as Ledger.Apply does, recording how to
// undo each one. On error the logs before the failing one stay applied and
// undoable.
func (j *Journal) Apply(logs []types.Log) error {
	l := j.l
	for i := range logs {
		lg := &logs[i]
		j.entries.Push(ledgerUndo{pos: true, nft: l.nft, applied: l.applied, lastBlock: l.lastBlock, lastIndex: l.lastIndex})
		for k := 1; k < len(lg.Topics) && k < 4; k++ {
			a := common.BytesToAddress(lg.Topics[k][12:])
			j.record(a)
			if d, ok := l.delegateOf[a]; ok {
				j.record(d)
			}
		}
		if err := l.Apply(logs[i : i+1]); err != nil {
			return err
		}
	}
	return nil
}

// record saves a's entries.
func (j *Journal) record(a common.Address) {
	l := j.l
	u := ledgerUndo{addr: a}
	var ok bool
	if u.bal, ok = l.balances[a]; ok {
		u.has |= hasBal
	}
	if u.votes, ok = l.votes[a]; ok {
		u.has |= hasVotes
	}
	if u.del, ok = l.delegateOf[a]; ok {
		u.has |= hasDel
	}
	j.entries.Push(u)
}

// Undo takes the Ledger back to when Len was n, forgetting what came after.
func (j *Journal) Undo(n int) {
	l := j.l
	j.entries.Undo(n, func(u *ledgerUndo) {
		if u.pos {
			l.nft, l.applied, l.lastBlock, l.lastIndex = u.nft, u.applied, u.lastBlock, u.lastIndex
			return
		}
		l.touch(u.addr)
		restore(l.balances, u.addr, u.bal, u.has&hasBal != 0)
		restore(l.votes, u.addr, u.votes, u.has&hasVotes != 0)
		restore(l.delegateOf, u.addr, u.del, u.has&hasDel != 0)
	})
}

// Forget drops the first n entries: the logs they undo are final. Later
// positions (Len) shift down by n.
func (j *Journal) Forget(n int) { j.entries.Forget(n) }

// restore sets m[a] to v if it was present, else deletes it.
func restore[V any](m map[common.Address]V, a common.Address, v V, present bool) {
	if present {
		m[a] = v
	} else {
		delete(m, a)
	}
}

// Fold folds logs for good, as Ledger.Apply does, without recording them:
// for logs that will never be undone. Call it only when there is nothing
// to undo (Len is 0), or the entries recorded would restore wrong values.
func (j *Journal) Fold(logs []types.Log) error { return j.l.Apply(logs) }
