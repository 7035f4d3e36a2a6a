package governor

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// History is a governor's events folded in chain order: the proposals
// created (without state or tallies, which ProposalsAt reads at a block) and
// every vote cast. It lets a caller fetch logs once and extend them block
// range by block range (see chain/dao) instead of re-reading them all.
//
// A History is not safe for concurrent modification; Clone it before applying
// more logs to a History others may be reading.
type History struct {
	abi       *contractABI
	addr      common.Address // the governor: every proposal and vote names it
	props     []gov.Proposal // in creation order; state fields unset
	index     map[string]int // proposal id (decimal) → index in props
	queuedEta map[int]uint64 // ProposalQueued eta by index
	votes     []gov.Vote     // in chain order

	applied   bool // some log was applied; lastBlock/lastIndex name the last one
	lastBlock uint64
	lastIndex uint
}

// NewHistory returns an empty History of r's governor.
func (r *Reader) NewHistory() *History {
	return &History{abi: r.abi, addr: r.addr, index: make(map[string]int), queuedEta: make(map[int]uint64)}
}

// EventQuery is the log query for every event a History folds (proposal
// created, queued, executed and canceled, and votes) in blocks [from, to].
func (r *Reader) EventQuery(from, to uint64) query.LogQuery {
	return query.LogQuery{
		Addresses: []common.Address{r.addr},
		Topics: [][]common.Hash{{
			r.abi.created, r.abi.queued, r.abi.executed, r.abi.canceled, r.abi.voteCast, r.abi.voteCastParams, r.abi.voteCastAlpha,
		}},
		From: from,
		To:   to,
	}
}

// Apply folds logs, which must follow every log applied before in chain
// order. Queued, executed and canceled events of proposals the History has
// not seen created are ignored (they were created before its first block).
// On error the History may be partly updated: apply to a Clone when that
// matters.
func (h *History) Apply(logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		if h.applied && (l.BlockNumber < h.lastBlock || l.BlockNumber == h.lastBlock && l.Index <= h.lastIndex) {
			return logError(l, "governor", fmt.Errorf("out of chain order: after log %d of block %d", h.lastIndex, h.lastBlock))
		}
		if err := h.apply(l); err != nil {
			return err
		}
		h.applied, h.lastBlock, h.lastIndex = true, l.BlockNumber, l.Index
	}
	return nil
}

// apply folds one log.
func (h *History) apply(l *types.Log) error {
	if len(l.Topics) == 0 {
		return logError(l, "governor", fmt.Errorf("no topics"))
	}
	a := h.abi
	switch l.Topics[0] {
	case a.created:
		ev, err := a.decodeCreated(l)
		if err != nil {
			return err
		}
		key := ev.ID.String()
		if _, dup := h.index[key]; dup {
			return logError(l, "ProposalCreated", fmt.Errorf("proposal %s was already created earlier", key))
		}
		h.index[key] = len(h.props)
		h.props = append(h.props, gov.Proposal{
			Governor:     h.addr,
			ID:           ev.ID,
			Proposer:     ev.Proposer,
			Targets:      ev.Targets,
			Values:       ev.Values,
			Signatures:   ev.Signatures,
			Calldatas:    fullCalldatas(ev.Signatures, ev.Calldatas),
			Description:  ev.Description,
			Title:        gov.Title(ev.Description),
			VoteStart:    ev.VoteStart,
			VoteEnd:      ev.VoteEnd,
			CreatedBlock: l.BlockNumber,
			CreatedTx:    l.TxHash,
			CreatedLog:   l.Index,
		})
	case a.queued, a.executed, a.canceled:
		id, eta, err := a.decodeIDEvent(a.eventName(l.Topics[0]), l)
		if err != nil {
			return err
		}
		k, ok := h.index[id.String()]
		if !ok {
			return nil // created before the first block
		}
		p := &h.props[k]
		switch l.Topics[0] {
		case a.queued:
			p.QueuedBlock = l.BlockNumber
			if eta.IsUint64() {
				h.queuedEta[k] = eta.Uint64()
			}
		case a.executed:
			p.ExecutedBlock = l.BlockNumber
		default:
			p.CanceledBlock = l.BlockNumber
		}
	case a.voteCast, a.voteCastParams, a.voteCastAlpha:
		v, err := a.decodeVote(l)
		if err != nil {
			return err
		}
		v.Governor = h.addr
		h.votes = append(h.votes, *v)
	default:
		return logError(l, "governor", fmt.Errorf("unexpected topic0 %s", l.Topics[0].Hex()))
	}
	return nil
}

// Clone returns a copy that can be extended with Apply without changing h.
// It costs O(proposals); votes are shared until either side appends.
func (h *History) Clone() *History {
	c := *h
	c.props = slices.Clone(h.props)
	c.index = maps.Clone(h.index)
	c.queuedEta = maps.Clone(h.queuedEta)
	c.votes = slices.Clip(h.votes)
	return &c
}

// Votes returns the votes folded so far, in chain order. The slice is shared
// with h: do not modify it.
func (h *History) Votes() []gov.Vote {
	if h.votes == nil {
		return []gov.Vote{}
	}
	return slices.Clip(h.votes)
}

// Len returns how many proposals the History holds.
func (h *History) Len() int { return len(h.props) }

// Targets returns the contracts the proposals' actions call, each once, in
// the order they first appear.
func (h *History) Targets() []common.Address {
	var out []common.Address
	seen := make(map[common.Address]bool)
	for i := range h.props {
		for _, t := range h.props[i].Targets {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// ProposalsAt returns the proposals of h, in creation order, with state,
// tallies, quorum, eta and deadline read at block in one CallAt (see
// Proposals). h is not modified. A History with no proposals costs no
// request.
func (r *Reader) ProposalsAt(ctx context.Context, h *History, block uint64) ([]gov.Proposal, error) {
	return r.ProposalsAtWith(ctx, h, block, nil)
}

// States is what ReadStates read ahead: the results at one block of the
// calls ProposalsAt makes for the proposals a History held then.
type States struct {
	block uint64
	res   map[string]query.Result // by callKey
}

// callKey names a call by its target and data: at one block, one answer.
func callKey(c query.Call) string { return string(c.To[:]) + string(c.Data) }

// ReadStates reads at block, in one CallAt, what ProposalsAt would read for
// the proposals h holds now, so that ProposalsAtWith, once h has folded the
// blocks after them, asks only for what h gained meanwhile: the round trip
// is made while those blocks are fetched. The calls are built before it
// returns: h may be folded into at once. The channel gives nil when h
// holds no proposals or the read failed (ProposalsAtWith then reads for
// itself).
func (r *Reader) ReadStates(ctx context.Context, h *History, block uint64) <-chan *States {
	out := make(chan *States, 1)
	var calls []query.Call
	if len(h.props) > 0 {
		calls, _, _, _ = r.proposalCalls(slices.Clone(h.props), block)
	}
	if len(calls) == 0 {
		out <- nil
		return out
	}
	go func() {
		res, err := r.c.CallAt(ctx, block, calls)
		if err != nil || len(res) != len(calls) {
			out <- nil
			return
		}
		st := &States{block: block, res: make(map[string]query.Result, len(calls))}
		for i, c := range calls {
			st.res[callKey(c)] = res[i]
		}
		out <- st
	}()
	return out
}

// ProposalsAtWith is ProposalsAt taking the answers pre read at block
// (ReadStates) where it makes the same calls: only the others are asked
// for, none when h gained no proposal since. pre may be nil, or of
// another block (then unused).
func (r *Reader) ProposalsAtWith(ctx context.Context, h *History, block uint64, pre *States) ([]gov.Proposal, error) {
	if len(h.props) == 0 {
		return []gov.Proposal{}, nil
	}
	props := slices.Clone(h.props)
	calls, nShared, at, err := r.proposalCalls(props, block)
	if err != nil {
		return nil, err
	}
	res := make([]query.Result, len(calls))
	var missing []query.Call
	var where []int
	for i, c := range calls {
		if pre != nil && pre.block == block {
			if v, ok := pre.res[callKey(c)]; ok {
				res[i] = v
				continue
			}
		}
		missing, where = append(missing, c), append(where, i)
	}
	if len(missing) > 0 {
		got, err := r.c.CallAt(ctx, block, missing)
		if err != nil {
			return nil, fmt.Errorf("reading the state of %d proposals of governor %s at block %d: %w", len(props), r.addr.Hex(), block, err)
		}
		if len(got) != len(missing) {
			return nil, fmt.Errorf("reading proposals of governor %s at block %d: %d results for %d calls", r.addr.Hex(), block, len(got), len(missing))
		}
		for k, i := range where {
			res[i] = got[k]
		}
	}
	if err := r.applyResults(props, h.queuedEta, res, nShared, at, block); err != nil {
		return nil, err
	}
	return props, nil
}

// fullCalldatas returns each action's complete calldata. Alpha and Bravo
// (and CompatibilityBravo's propose with signatures) keep a function
// signature apart from its arguments; the calldata a target receives is then
// the signature's selector followed by them. OpenZeppelin governors leave the
// signatures empty and emit complete calldata.
func fullCalldatas(sigs []string, calldatas [][]byte) [][]byte {
	out := make([][]byte, len(calldatas))
	for i, cd := range calldatas {
		if i < len(sigs) && sigs[i] != "" {
			out[i] = append(crypto.Keccak256([]byte(sigs[i]))[:4:4], cd...)
			continue
		}
		out[i] = cd
	}
	return out
}
