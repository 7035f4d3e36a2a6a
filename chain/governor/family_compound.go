package governor

import (
	"fmt"
	"math/big"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
)

// compoundFamily reads and writes Compound's GovernorBravo (behind its
// delegator proxy; Uniswap's variant too) and GovernorAlpha: state(id),
// tallies and eta from proposals(id) (10 words in Bravo, 9 in Alpha, which
// has no abstain), quorumVotes() with For only counting towards it,
// queue(id) and execute(id) through a Compound Timelock.
type compoundFamily struct {
	a    *contractABI
	addr common.Address
	k    gov.Kind
}

func (f *compoundFamily) kind() gov.Kind         { return f.k }
func (f *compoundFamily) tokenGetters() []string { return []string{"comp", "uni", "token"} }
func (f *compoundFamily) alpha() bool            { return f.k.Family == gov.FamilyAlpha }

// sharedCalls reads quorumVotes(), the same for every proposal.
func (f *compoundFamily) sharedCalls() ([]query.Call, error) {
	data, err := f.a.pack("quorumVotes")
	if err != nil {
		return nil, err
	}
	return []query.Call{{To: f.addr, Data: data}}, nil
}

// proposalCalls: state(id) and proposals(id).
func (f *compoundFamily) proposalCalls(p *gov.Proposal, _ uint64) ([]query.Call, error) {
	calls := make([]query.Call, 0, 2)
	for _, m := range []string{"state", "proposals"} {
		data, err := f.a.pack(m, p.ID)
		if err != nil {
			return nil, err
		}
		calls = append(calls, query.Call{To: f.addr, Data: data})
	}
	return calls, nil
}

// readProposal decodes state(id) and the words of proposals(id): id,
// proposer, eta, startBlock, endBlock, forVotes, againstVotes, [abstainVotes,]
// canceled, executed.
func (f *compoundFamily) readProposal(p *gov.Proposal, res, shared []query.Result, _, queuedEta uint64) error {
	if res[0].Err != nil {
		return fmt.Errorf("state(): %w", res[0].Err)
	}
	st, err := f.a.callState(res[0].Data)
	if err != nil {
		return err
	}
	p.State = st
	if res[1].Err != nil {
		return fmt.Errorf("proposals(): %w", res[1].Err)
	}
	data := res[1].Data
	want := bravoProposalBytes
	if f.alpha() {
		want = alphaProposalBytes
	}
	if len(data) < want {
		return fmt.Errorf("proposals(): %d bytes, want %d (is this a %s?)", len(data), want, f.k.Family)
	}
	if got := word(data, 0); got.Cmp(p.ID) != 0 {
		return fmt.Errorf("proposals(%s) returned proposal %s", p.ID, got)
	}
	if p.ETA, err = wordUint64(data, 2, "eta"); err != nil {
		return err
	}
	if p.ETA == 0 {
		p.ETA = queuedEta
	}
	if p.VoteStart, err = wordUint64(data, 3, "startBlock"); err != nil {
		return err
	}
	if p.VoteEnd, err = wordUint64(data, 4, "endBlock"); err != nil {
		return err
	}
	p.For, p.Against, p.Abstain = word(data, 5), word(data, 6), new(big.Int)
	if !f.alpha() {
		p.Abstain = word(data, 7)
	}
	p.QuorumAbstain = false
	if len(shared) == 0 || shared[0].Err != nil {
		return fmt.Errorf("quorumVotes() reverted")
	}
	if p.Quorum, err = f.a.callBig("quorumVotes", shared[0].Data); err != nil {
		return err
	}
	return nil
}

// voteCall encodes Bravo's castVote(uint256,uint8) / castVoteWithReason, or
// Alpha's castVote(uint256,bool), which has neither abstain nor a reason.
func (f *compoundFamily) voteCall(id *big.Int, support gov.Support, reason string, split *gov.Split) (*gov.Call, error) {
	if split != nil || support == gov.Fractional {
		return nil, fmt.Errorf("governor %s (%s) takes no split votes", f.addr.Hex(), f.k.Family)
	}
	if !f.alpha() {
		return bravoVote(&f.a.write, f.addr, id, support, reason)
	}
	if support != gov.For && support != gov.Against {
		return nil, fmt.Errorf("governor %s is a GovernorAlpha: it counts only for and against, no abstain", f.addr.Hex())
	}
	if reason != "" {
		return nil, fmt.Errorf("governor %s is a GovernorAlpha: its votes carry no reason; vote without --reason", f.addr.Hex())
	}
	c, err := encode(&f.a.compound, f.addr, "castVote", id, support == gov.For)
	if err != nil {
		return nil, err
	}
	c.Args = []gov.Arg{
		{Name: "proposalId", Type: "uint256", Value: id.String()},
		{Name: "support", Type: "bool", Value: fmt.Sprintf("%t (%s)", support == gov.For, support)},
	}
	return c, nil
}

// queueCall encodes queue(id).
func (f *compoundFamily) queueCall(p *gov.Proposal) (*gov.Call, error) {
	return f.idCall("queue", p)
}

// executeCall encodes execute(id). It is payable and forwards each action's
// value to the timelock, so the call carries the sum of the proposal's
// values.
func (f *compoundFamily) executeCall(p *gov.Proposal) (*gov.Call, error) {
	c, err := f.idCall("execute", p)
	if err != nil {
		return nil, err
	}
	for _, v := range p.Values {
		c.Value.Add(c.Value, orZero(v))
	}
	return c, nil
}

// idCall encodes a call that takes only the proposal id.
func (f *compoundFamily) idCall(fn string, p *gov.Proposal) (*gov.Call, error) {
	if p == nil || p.ID == nil {
		return nil, fmt.Errorf("%s: no proposal", fn)
	}
	c, err := encode(&f.a.compound, f.addr, fn, p.ID)
	if err != nil {
		return nil, err
	}
	c.Args = []gov.Arg{{Name: "proposalId", Type: "uint256", Value: p.ID.String()}}
	return c, nil
}
