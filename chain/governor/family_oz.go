package governor

import (
	"fmt"
	"math/big"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ozFamily reads and writes OpenZeppelin Governor v4 and v5, in every
// counting mode: GovernorCountingSimple (proposalVotes), CompatibilityBravo
// (tallies from proposals(id), quorum counts For only) and
// GovernorCountingFractional (split votes).
type ozFamily struct {
	a    *contractABI
	addr common.Address
	k    gov.Kind
}

func (f *ozFamily) kind() gov.Kind         { return f.k }
func (f *ozFamily) tokenGetters() []string { return []string{"token"} }

// sharedCalls asks clock() for a timestamp clock: which snapshots are past
// is only known from it.
func (f *ozFamily) sharedCalls() ([]query.Call, error) {
	if f.k.Clock != gov.ClockTimestamp {
		return nil, nil
	}
	data, err := f.a.pack("clock")
	if err != nil {
		return nil, err
	}
	return []query.Call{{To: f.addr, Data: data}}, nil
}

// tallyMethod is where the family reads tallies from.
func (f *ozFamily) tallyMethod() string {
	if f.k.Counting == gov.CountingCompatBravo {
		return "proposals"
	}
	return "proposalVotes"
}

// askQuorum says whether quorum(VoteStart) is asked: a block clock's
// current timepoint is the block number; a timestamp clock's is unknown
// before the call, so it is asked and sorted out with clock().
func (f *ozFamily) askQuorum(p *gov.Proposal, block uint64) bool {
	return f.k.Clock == gov.ClockTimestamp || p.VoteStart < block
}

// proposalCalls: state, tallies, proposalEta, proposalDeadline, and
// quorum(VoteStart) when it may be defined.
func (f *ozFamily) proposalCalls(p *gov.Proposal, block uint64) ([]query.Call, error) {
	methods := []string{"state", f.tallyMethod(), "proposalEta", "proposalDeadline"}
	calls := make([]query.Call, 0, len(methods)+1)
	for _, m := range methods {
		data, err := f.a.pack(m, p.ID)
		if err != nil {
			return nil, err
		}
		calls = append(calls, query.Call{To: f.addr, Data: data})
	}
	if f.askQuorum(p, block) {
		data, err := f.a.pack("quorum", new(big.Int).SetUint64(p.VoteStart))
		if err != nil {
			return nil, err
		}
		calls = append(calls, query.Call{To: f.addr, Data: data})
	}
	return calls, nil
}

// readProposal decodes proposalCalls' results. ETA is proposalEta() when
// non-zero, else the ProposalQueued event's (OpenZeppelin v4 reports 0 once
// a proposal is executed); VoteEnd is proposalDeadline() (it may have been
// extended, e.g. by GovernorPreventLateQuorum).
func (f *ozFamily) readProposal(p *gov.Proposal, res, shared []query.Result, block, queuedEta uint64) error {
	stateR, votesR, etaR, deadlineR := res[0], res[1], res[2], res[3]
	if stateR.Err != nil {
		return fmt.Errorf("state(): %w", stateR.Err)
	}
	st, err := f.a.callState(stateR.Data)
	if err != nil {
		return err
	}
	p.State = st
	if votesR.Err != nil {
		return fmt.Errorf("%s(): %w (COUNTING_MODE() is %q)", f.tallyMethod(), votesR.Err, truncate(f.k.CountingMode, 80))
	}
	if f.k.Counting == gov.CountingCompatBravo {
		if len(votesR.Data) < bravoProposalBytes {
			return fmt.Errorf("proposals(): %d bytes, want %d", len(votesR.Data), bravoProposalBytes)
		}
		p.For, p.Against, p.Abstain = word(votesR.Data, 5), word(votesR.Data, 6), word(votesR.Data, 7)
	} else if p.Against, p.For, p.Abstain, err = f.a.callVotes(votesR.Data); err != nil {
		return err
	}
	if etaR.Err == nil { // absent in OZ v4 without a timelock extension
		eta, err := f.a.callBig("proposalEta", etaR.Data)
		if err != nil {
			return err
		}
		if p.ETA, err = bigToUint64(eta, "proposalEta()"); err != nil {
			return err
		}
	}
	if p.ETA == 0 {
		p.ETA = queuedEta
	}
	if deadlineR.Err == nil {
		d, err := f.a.callBig("proposalDeadline", deadlineR.Data)
		if err != nil {
			return err
		}
		if p.VoteEnd, err = bigToUint64(d, "proposalDeadline()"); err != nil {
			return err
		}
	}
	p.QuorumAbstain = f.k.QuorumAbstain
	if !f.askQuorum(p, block) {
		return nil
	}
	past := p.VoteStart < block
	if f.k.Clock == gov.ClockTimestamp {
		past = false
		if len(shared) > 0 && shared[0].Err == nil {
			c, err := f.a.callBig("clock", shared[0].Data)
			if err != nil {
				return err
			}
			now, err := bigToUint64(c, "clock()")
			if err != nil {
				return err
			}
			past = p.VoteStart < now
		}
	}
	q := res[4]
	switch {
	case !past:
		// The snapshot is not past: quorum is not defined yet.
	case q.Err != nil:
		return fmt.Errorf("quorum(%d): %w", p.VoteStart, q.Err)
	default:
		if p.Quorum, err = f.a.callBig("quorum", q.Data); err != nil {
			return err
		}
	}
	return nil
}

// voteCall encodes castVote or castVoteWithReason, or for a split
// castVoteWithReasonAndParams(id, 255, reason, abi.encodePacked(uint128
// against, uint128 for, uint128 abstain)) — the params of OpenZeppelin's
// GovernorCountingFractional and of ScopeLift's flexible voting alike.
func (f *ozFamily) voteCall(id *big.Int, support gov.Support, reason string, split *gov.Split) (*gov.Call, error) {
	if split != nil || support == gov.Fractional {
		if !f.k.Splits() {
			return nil, fmt.Errorf("governor %s counts %q: it takes no split votes", f.addr.Hex(), f.k.Counting)
		}
		params, err := packSplit(split)
		if err != nil {
			return nil, err
		}
		c, err := encode(&f.a.write, f.addr, "castVoteWithReasonAndParams", id, uint8(gov.Fractional), reason, params)
		if err != nil {
			return nil, err
		}
		c.Args = []gov.Arg{
			{Name: "proposalId", Type: "uint256", Value: id.String()},
			{Name: "support", Type: "uint8", Value: "255 (split)"},
			{Name: "reason", Type: "string", Value: reason},
			{Name: "params", Type: "bytes", Value: fmt.Sprintf("against %s, for %s, abstain %s", split.Against, split.For, split.Abstain)},
		}
		return c, nil
	}
	return bravoVote(&f.a.write, f.addr, id, support, reason)
}

// bravoVote encodes castVote(uint256,uint8), or castVoteWithReason when
// reason is not empty: the same selectors in OpenZeppelin and GovernorBravo.
func bravoVote(a *abiT, to common.Address, id *big.Int, support gov.Support, reason string) (*gov.Call, error) {
	if support > gov.Abstain {
		return nil, fmt.Errorf("support %d is not for (1), against (0) or abstain (2)", support)
	}
	args := []gov.Arg{
		{Name: "proposalId", Type: "uint256", Value: id.String()},
		{Name: "support", Type: "uint8", Value: fmt.Sprintf("%d (%s)", support, support)},
	}
	if reason == "" {
		c, err := encode(a, to, "castVote", id, uint8(support))
		if err != nil {
			return nil, err
		}
		c.Args = args
		return c, nil
	}
	c, err := encode(a, to, "castVoteWithReason", id, uint8(support), reason)
	if err != nil {
		return nil, err
	}
	c.Args = append(args, gov.Arg{Name: "reason", Type: "string", Value: reason})
	return c, nil
}

// packSplit encodes a split as three packed uint128s: against, for, abstain.
func packSplit(s *gov.Split) ([]byte, error) {
	if s == nil || s.For == nil || s.Against == nil || s.Abstain == nil {
		return nil, fmt.Errorf("a split vote needs for, against and abstain amounts")
	}
	out := make([]byte, 0, 48)
	for _, v := range []*big.Int{s.Against, s.For, s.Abstain} {
		if v.Sign() < 0 || v.BitLen() > 128 {
			return nil, fmt.Errorf("split amount %s does not fit in a uint128", v)
		}
		out = append(out, common.LeftPadBytes(v.Bytes(), 16)...)
	}
	return out, nil
}

func (f *ozFamily) queueCall(p *gov.Proposal) (*gov.Call, error) {
	return ozProposalCall(&f.a.write, f.addr, "queue", p)
}

func (f *ozFamily) executeCall(p *gov.Proposal) (*gov.Call, error) {
	return ozProposalCall(&f.a.write, f.addr, "execute", p)
}

// ozProposalCall encodes queue or execute(targets, values, calldatas,
// descriptionHash), sent with no ETH: the timelock pays the values itself.
func ozProposalCall(a *abiT, to common.Address, fn string, p *gov.Proposal) (*gov.Call, error) {
	if p == nil || p.ID == nil {
		return nil, fmt.Errorf("%s: no proposal", fn)
	}
	if len(p.Targets) == 0 || len(p.Targets) != len(p.Values) || len(p.Targets) != len(p.Calldatas) {
		return nil, fmt.Errorf("%s: proposal %s has %d targets, %d values and %d calldatas; they must be equal and non-zero",
			fn, p.ID, len(p.Targets), len(p.Values), len(p.Calldatas))
	}
	values := make([]*big.Int, len(p.Values))
	for i, v := range p.Values {
		values[i] = orZero(v)
	}
	dh := crypto.Keccak256Hash([]byte(p.Description))
	c, err := encode(a, to, fn, p.Targets, values, p.Calldatas, dh)
	if err != nil {
		return nil, err
	}
	c.Args = []gov.Arg{
		{Name: "targets", Type: "address[]", Value: gov.FormatArg(p.Targets)},
		{Name: "values", Type: "uint256[]", Value: gov.FormatArg(values)},
	}
	for i, cd := range p.Calldatas {
		c.Args = append(c.Args, gov.Arg{Name: fmt.Sprintf("calldatas[%d]", i), Type: "bytes", Value: gov.ShortHex(cd, 96)})
	}
	c.Args = append(c.Args, gov.Arg{Name: "descriptionHash", Type: "bytes32", Value: dh.Hex()})
	return c, nil
}

// encode packs a call of method from a and names it.
func encode(a *abiT, to common.Address, method string, args ...any) (*gov.Call, error) {
	m, ok := a.Methods[method]
	if !ok {
		return nil, fmt.Errorf("encoding %s: no such method", method)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", method, err)
	}
	return &gov.Call{To: to, Function: method, Signature: m.Sig, Data: data, Value: new(big.Int)}, nil
}

// orZero returns v, or 0 for nil.
func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
