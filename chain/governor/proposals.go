package governor

import (
	"context"
	"fmt"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
)

// Proposals returns every proposal created in blocks [from, block], in
// creation order, with its state, tallies, quorum, eta and deadline read at
// block.
//
// It costs one log query per range chunk (ProposalCreated, ProposalQueued,
// ProposalExecuted and ProposalCanceled together — the same events in every
// family) and one CallAt, that is one request per chain.Options.BatchSize
// calls: the family's calls for each proposal (OpenZeppelin: state, tallies,
// proposalEta, proposalDeadline and quorum(snapshot) once the snapshot is
// past; Bravo and Alpha: state and proposals(id)) plus the family's shared
// calls (clock() for a timestamp clock, quorumVotes()).
//
// Queued, executed and canceled events of proposals created before from are
// ignored.
func (r *Reader) Proposals(ctx context.Context, from, block uint64) ([]gov.Proposal, error) {
	if from > block {
		return nil, fmt.Errorf("proposals of governor %s: start block %d is after block %d", r.addr.Hex(), from, block)
	}
	q := r.EventQuery(from, block)
	q.Topics = [][]common.Hash{{r.abi.created, r.abi.queued, r.abi.executed, r.abi.canceled}}
	logs, err := r.c.Logs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("reading proposals of governor %s: %w", r.addr.Hex(), err)
	}
	h := r.NewHistory()
	if err := h.Apply(logs); err != nil {
		return nil, err
	}
	return r.ProposalsAt(ctx, h, block)
}

// proposalCalls lists the calls ProposalsAt makes at block: the family's
// shared calls first, then each proposal's. at[i] is where proposal i's
// calls start; the last entry of at is len(calls).
func (r *Reader) proposalCalls(props []gov.Proposal, block uint64) (calls []query.Call, nShared int, at []int, err error) {
	if calls, err = r.fam.sharedCalls(); err != nil {
		return nil, 0, nil, err
	}
	nShared = len(calls)
	at = make([]int, 0, len(props)+1)
	for i := range props {
		at = append(at, len(calls))
		pc, err := r.fam.proposalCalls(&props[i], block)
		if err != nil {
			return nil, 0, nil, err
		}
		calls = append(calls, pc...)
	}
	return calls, nShared, append(at, len(calls)), nil
}

// applyResults decodes the CallAt results into props.
func (r *Reader) applyResults(props []gov.Proposal, queuedEta map[int]uint64, res []query.Result, nShared int, at []int, block uint64) error {
	shared := res[:nShared]
	for i := range props {
		p := &props[i]
		if err := r.fam.readProposal(p, res[at[i]:at[i+1]], shared, block, queuedEta[i]); err != nil {
			return fmt.Errorf("reading proposal %s of governor %s at block %d: %w", p.ID, r.addr.Hex(), block, err)
		}
		p.Block = block
	}
	return nil
}
