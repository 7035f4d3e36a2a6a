package governor

import (
	"slices"

	"github.com/daoterm/daoterm/chain/internal/undo"
	"github.com/ethereum/go-ethereum/core/types"
)

// Journal folds logs into a History in place and remembers how to undo
// them, so that a caller can keep one History at the latest block and take
// it back a few blocks (a reorg, a read of an older block) without cloning
// it. Votes handed out before an Undo (History.Votes) stay valid: an Undo
// that drops votes moves the rest to a new array. A Journal is not safe for
// concurrent use.
type Journal struct {
	h       *History
	entries undo.Log[historyUndo]
}

// historyUndo restores the History as it was before one log.
type historyUndo struct {
	props, votes     int
	applied          bool
	lastBlock        uint64
	lastIndex        uint
	prop             int // the proposal a queued/executed/canceled log changed; -1 = none
	queued, executed uint64
	canceled         uint64
	eta              uint64
	hasEta           bool
}

// NewJournal returns a Journal over h, with nothing to undo.
func NewJournal(h *History) *Journal { return &Journal{h: h} }

// History returns the History the Journal changes.
func (j *Journal) History() *History { return j.h }

// Len is the journal's position: pass it to Undo to come back to now.
func (j *Journal) Len() int { return j.entries.Len() }

// Apply folds logs into the History as History.Apply does, recording how
// to undo each one. On error the logs before the failing one stay applied
// and undoable.
func (j *Journal) Apply(logs []types.Log) error {
	h := j.h
	for i := range logs {
		l := &logs[i]
		u := historyUndo{props: len(h.props), votes: len(h.votes), applied: h.applied, lastBlock: h.lastBlock, lastIndex: h.lastIndex, prop: -1}
		if len(l.Topics) > 0 {
			a := h.abi
			if t := l.Topics[0]; t == a.queued || t == a.executed || t == a.canceled {
				if id, _, err := a.decodeIDEvent(a.eventName(t), l); err == nil {
					if k, ok := h.index[id.String()]; ok {
						p := &h.props[k]
						u.prop, u.queued, u.executed, u.canceled = k, p.QueuedBlock, p.ExecutedBlock, p.CanceledBlock
						u.eta, u.hasEta = h.queuedEta[k]
					}
				}
			}
		}
		j.entries.Push(u)
		if err := h.Apply(logs[i : i+1]); err != nil {
			return err
		}
	}
	return nil
}

// Undo takes the History back to when Len was n, forgetting what came
// after.
func (j *Journal) Undo(n int) {
	h := j.h
	votes := len(h.votes)
	j.entries.Undo(n, func(u *historyUndo) {
		votes = u.votes
		h.applied, h.lastBlock, h.lastIndex = u.applied, u.lastBlock, u.lastIndex
		if u.prop >= 0 && u.prop < len(h.props) {
			p := &h.props[u.prop]
			p.QueuedBlock, p.ExecutedBlock, p.CanceledBlock = u.queued, u.executed, u.canceled
			if u.hasEta {
				h.queuedEta[u.prop] = u.eta
			} else {
				delete(h.queuedEta, u.prop)
			}
		}
		for k := len(h.props) - 1; k >= u.props; k-- {
			delete(h.index, h.props[k].ID.String())
			delete(h.queuedEta, k)
		}
		clear(h.props[u.props:])
		h.props = h.props[:u.props]
	})
	if votes < len(h.votes) {
		// Votes handed out share the array: later appends must not
		// overwrite them.
		h.votes = slices.Clone(h.votes[:votes])
	}
}

// Forget drops the first n entries: the logs they undo are final. Later
// positions (Len) shift down by n.
func (j *Journal) Forget(n int) { j.entries.Forget(n) }

// Fold folds logs for good, as History.Apply does, without recording them:
// for logs that will never be undone. Call it only when there is nothing
// to undo (Len is 0).
func (j *Journal) Fold(logs []types.Log) error { return j.h.Apply(logs) }
