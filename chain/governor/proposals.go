package governor

import (
	"context"
	"fmt"
	"math/big"

	"github.com/daoterm/daoterm/chain"
	"github.com/ethereum/go-ethereum/common"
)

// Calls made for each proposal by Proposals, in this order; a quorum call
// follows when the proposal's snapshot can be read.
var perProposal = []string{"state", "proposalVotes", "proposalEta", "proposalDeadline"}

// Proposals returns every proposal created in blocks [from, block], in
// creation order, with its state, tallies, quorum, eta and deadline read at
// block.
//
// It costs one log query per range chunk (ProposalCreated, ProposalQueued,
// ProposalExecuted and ProposalCanceled together) and one CallAt, that is one
// request per Options.BatchSize calls: state, proposalVotes, proposalEta and
// proposalDeadline for each proposal, plus quorum(snapshot) for each proposal
// whose snapshot is already past (plus one clock() for a timestamp clock).
//
// Queued, executed and canceled events of proposals created before from are
// ignored. A proposal's VoteEnd is proposalDeadline() when the governor has
// it (it may have been extended, e.g. by GovernorPreventLateQuorum), else the
// event's. ETA is proposalEta() when non-zero, else the ProposalQueued
// event's eta (OpenZeppelin v4 reports 0 once a proposal is executed).
func (r *Reader) Proposals(ctx context.Context, from, block uint64) ([]Proposal, error) {
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

// proposalCalls lists the calls Proposals makes at block. quorumAt[i] is the
// index of proposal i's quorum call, or -1; clockAt is the index of the
// clock() call, or -1.
func (r *Reader) proposalCalls(props []Proposal, block uint64) (calls []chain.Call, quorumAt []int, clockAt int, err error) {
	quorumAt = make([]int, len(props))
	clockAt = -1
	for i := range props {
		for _, m := range perProposal {
			data, err := r.abi.pack(m, props[i].ID)
			if err != nil {
				return nil, nil, 0, err
			}
			calls = append(calls, chain.Call{To: r.addr, Data: data})
		}
		quorumAt[i] = -1
		// A block clock's current timepoint is the block number; a
		// timestamp clock's is unknown before the call, so ask and sort
		// the answers out afterwards with clock().
		if r.clock == ClockTimestamp || props[i].VoteStart < block {
			data, err := r.abi.pack("quorum", new(big.Int).SetUint64(props[i].VoteStart))
			if err != nil {
				return nil, nil, 0, err
			}
			quorumAt[i] = len(calls)
			calls = append(calls, chain.Call{To: r.addr, Data: data})
		}
	}
	if r.clock == ClockTimestamp {
		data, err := r.abi.pack("clock")
		if err != nil {
			return nil, nil, 0, err
		}
		clockAt = len(calls)
		calls = append(calls, chain.Call{To: r.addr, Data: data})
	}
	return calls, quorumAt, clockAt, nil
}

// applyResults decodes the CallAt results into props.
func (r *Reader) applyResults(props []Proposal, queuedEta map[int]uint64, res []chain.Result, quorumAt []int, clockAt int, block uint64) error {
	var (
		clock   uint64
		clockOK bool
	)
	if clockAt >= 0 && res[clockAt].Err == nil {
		c, err := r.abi.callBig("clock", res[clockAt].Data)
		if err != nil {
			return fmt.Errorf("governor %s at block %d: %w", r.addr.Hex(), block, err)
		}
		if clock, err = bigToUint64(c, "clock()"); err != nil {
			return fmt.Errorf("governor %s at block %d: %w", r.addr.Hex(), block, err)
		}
		clockOK = true
	}
	k := 0
	for i := range props {
		p := &props[i]
		fail := func(err error) error {
			return fmt.Errorf("reading proposal %s of governor %s at block %d: %w", p.ID, r.addr.Hex(), block, err)
		}
		stateR, votesR, etaR, deadlineR := res[k], res[k+1], res[k+2], res[k+3]
		k += len(perProposal)
		if stateR.Err != nil {
			return fail(fmt.Errorf("state(): %w", stateR.Err))
		}
		st, err := r.abi.callState(stateR.Data)
		if err != nil {
			return fail(err)
		}
		p.State = st
		if votesR.Err != nil {
			return fail(fmt.Errorf("proposalVotes(): %w (does the governor use GovernorCountingSimple?)", votesR.Err))
		}
		if p.Against, p.For, p.Abstain, err = r.abi.callVotes(votesR.Data); err != nil {
			return fail(err)
		}
		if etaR.Err == nil { // absent in OZ v4 without a timelock extension
			eta, err := r.abi.callBig("proposalEta", etaR.Data)
			if err != nil {
				return fail(err)
			}
			if p.ETA, err = bigToUint64(eta, "proposalEta()"); err != nil {
				return fail(err)
			}
		}
		if p.ETA == 0 {
			p.ETA = queuedEta[i]
		}
		if deadlineR.Err == nil {
			d, err := r.abi.callBig("proposalDeadline", deadlineR.Data)
			if err != nil {
				return fail(err)
			}
			if p.VoteEnd, err = bigToUint64(d, "proposalDeadline()"); err != nil {
				return fail(err)
			}
		}
		if q := quorumAt[i]; q >= 0 {
			k++
			past := p.VoteStart < block
			if r.clock == ClockTimestamp {
				past = clockOK && p.VoteStart < clock
			}
			switch {
			case !past:
				// The snapshot is not past: quorum is not defined yet.
			case res[q].Err != nil:
				return fail(fmt.Errorf("quorum(%d): %w", p.VoteStart, res[q].Err))
			default:
				if p.Quorum, err = r.abi.callBig("quorum", res[q].Data); err != nil {
					return fail(err)
				}
			}
		}
		p.Block = block
	}
	return nil
}
