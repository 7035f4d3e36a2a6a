package governor

import (
	"fmt"
	"github.com/daoterm/daoterm/chain/abisafe"
	"math/big"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// This file decodes return data and event logs. Everything here treats its
// input as untrusted: a malformed value is an error naming the call or the
// log (tx hash and index), never a panic.

// callString decodes a string returned by method.
func (a *contractABI) callString(method string, data []byte) (string, error) {
	out, err := a.unpack(method, data)
	if err != nil {
		return "", err
	}
	s, ok := first[string](out)
	if !ok {
		return "", fmt.Errorf("%s() did not return a string", method)
	}
	return s, nil
}

// callBig decodes a uint returned by method (uint48 and uint256 both decode
// to *big.Int).
func (a *contractABI) callBig(method string, data []byte) (*big.Int, error) {
	out, err := a.unpack(method, data)
	if err != nil {
		return nil, err
	}
	v, ok := first[*big.Int](out)
	if !ok || v == nil {
		return nil, fmt.Errorf("%s() did not return a number", method)
	}
	return v, nil
}

// callAddress decodes an address returned by method.
func (a *contractABI) callAddress(method string, data []byte) (common.Address, error) {
	out, err := a.unpack(method, data)
	if err != nil {
		return common.Address{}, err
	}
	v, ok := first[common.Address](out)
	if !ok {
		return common.Address{}, fmt.Errorf("%s() did not return an address", method)
	}
	return v, nil
}

// callState decodes state()'s uint8 enum.
func (a *contractABI) callState(data []byte) (gov.State, error) {
	out, err := a.unpack("state", data)
	if err != nil {
		return 0, err
	}
	v, ok := first[uint8](out)
	if !ok {
		return 0, fmt.Errorf("state() did not return a uint8")
	}
	if !gov.State(v).Valid() {
		return 0, fmt.Errorf("state() returned %d, which is not a Governor ProposalState (0–7)", v)
	}
	return gov.State(v), nil
}

// callVotes decodes proposalVotes()'s (against, for, abstain).
func (a *contractABI) callVotes(data []byte) (against, forVotes, abstain *big.Int, err error) {
	out, err := a.unpack("proposalVotes", data)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(out) != 3 {
		return nil, nil, nil, fmt.Errorf("proposalVotes() returned %d values, want 3", len(out))
	}
	var ok [3]bool
	against, ok[0] = out[0].(*big.Int)
	forVotes, ok[1] = out[1].(*big.Int)
	abstain, ok[2] = out[2].(*big.Int)
	if !ok[0] || !ok[1] || !ok[2] || against == nil || forVotes == nil || abstain == nil {
		return nil, nil, nil, fmt.Errorf("proposalVotes() did not return three numbers")
	}
	return against, forVotes, abstain, nil
}

// first returns out[0] as a T when out has exactly one value of that type.
func first[T any](out []any) (T, bool) {
	var zero T
	if len(out) != 1 {
		return zero, false
	}
	v, ok := out[0].(T)
	return v, ok
}

// logError names a log in an error message.
func logError(l *types.Log, what string, err error) error { return abisafe.LogError(l, what, err) }

// createdEvent is a decoded ProposalCreated.
type createdEvent struct {
	ID          *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   uint64
	VoteEnd     uint64
	Description string
}

// decodeCreated decodes a ProposalCreated log.
func (a *contractABI) decodeCreated(l *types.Log) (*createdEvent, error) {
	out, err := a.unpackEvent("ProposalCreated", l, 1)
	if err != nil {
		return nil, err
	}
	if len(out) != 9 {
		return nil, logError(l, "ProposalCreated", fmt.Errorf("%d fields, want 9", len(out)))
	}
	var (
		ev  createdEvent
		ok  = true
		vOK bool
		vs  *big.Int
		ve  *big.Int
	)
	ev.ID, vOK = out[0].(*big.Int)
	ok = ok && vOK
	ev.Proposer, vOK = out[1].(common.Address)
	ok = ok && vOK
	ev.Targets, vOK = out[2].([]common.Address)
	ok = ok && vOK
	ev.Values, vOK = out[3].([]*big.Int)
	ok = ok && vOK
	ev.Signatures, vOK = out[4].([]string)
	ok = ok && vOK
	ev.Calldatas, vOK = out[5].([][]byte)
	ok = ok && vOK
	vs, vOK = out[6].(*big.Int)
	ok = ok && vOK
	ve, vOK = out[7].(*big.Int)
	ok = ok && vOK
	ev.Description, vOK = out[8].(string)
	ok = ok && vOK
	if !ok || ev.ID == nil || vs == nil || ve == nil {
		return nil, logError(l, "ProposalCreated", fmt.Errorf("unexpected field types"))
	}
	if !vs.IsUint64() || !ve.IsUint64() {
		return nil, logError(l, "ProposalCreated", fmt.Errorf("vote start %s or end %s does not fit in 64 bits", vs, ve))
	}
	ev.VoteStart, ev.VoteEnd = vs.Uint64(), ve.Uint64()
	if len(ev.Values) != len(ev.Targets) || len(ev.Calldatas) != len(ev.Targets) {
		return nil, logError(l, "ProposalCreated", fmt.Errorf("%d targets, %d values and %d calldatas: the lengths differ", len(ev.Targets), len(ev.Values), len(ev.Calldatas)))
	}
	for i, v := range ev.Values {
		if v == nil {
			return nil, logError(l, "ProposalCreated", fmt.Errorf("value %d is missing", i))
		}
	}
	return &ev, nil
}

// decodeIDEvent decodes ProposalExecuted / ProposalCanceled (one uint256) or
// ProposalQueued (id and eta; eta is nil for the others).
func (a *contractABI) decodeIDEvent(name string, l *types.Log) (id, eta *big.Int, err error) {
	out, err := a.unpackEvent(name, l, 1)
	if err != nil {
		return nil, nil, err
	}
	want := 1
	if name == "ProposalQueued" {
		want = 2
	}
	if len(out) != want {
		return nil, nil, logError(l, name, fmt.Errorf("%d fields, want %d", len(out), want))
	}
	id, ok := out[0].(*big.Int)
	if !ok || id == nil {
		return nil, nil, logError(l, name, fmt.Errorf("proposal id is not a number"))
	}
	if want == 2 {
		eta, ok = out[1].(*big.Int)
		if !ok || eta == nil {
			return nil, nil, logError(l, name, fmt.Errorf("eta is not a number"))
		}
	}
	return id, eta, nil
}

// decodeVote decodes a VoteCast or VoteCastWithParams log, or Alpha's
// VoteCast (bool support, nothing indexed). A VoteCastWithParams whose
// params are 48 bytes is a fractional vote — three packed uint128s: against,
// for, abstain (OpenZeppelin's GovernorCountingFractional, support 255, and
// ScopeLift's flexible voting alike): its Support is gov.Fractional and its
// Split holds the amounts.
func (a *contractABI) decodeVote(l *types.Log) (*gov.Vote, error) {
	if len(l.Topics) > 0 && l.Topics[0] == a.voteCastAlpha {
		return a.decodeAlphaVote(l)
	}
	name := "VoteCast"
	if len(l.Topics) > 0 && l.Topics[0] == a.voteCastParams {
		name = "VoteCastWithParams"
	}
	out, err := a.unpackEvent(name, l, 2)
	if err != nil {
		return nil, err
	}
	if !isAddressTopic(l.Topics[1]) {
		return nil, logError(l, name, fmt.Errorf("voter topic %s is not an address", l.Topics[1].Hex()))
	}
	if len(out) < 4 {
		return nil, logError(l, name, fmt.Errorf("%d fields, want at least 4", len(out)))
	}
	id, ok1 := out[0].(*big.Int)
	support, ok2 := out[1].(uint8)
	weight, ok3 := out[2].(*big.Int)
	reason, ok4 := out[3].(string)
	if !ok1 || !ok2 || !ok3 || !ok4 || id == nil || weight == nil {
		return nil, logError(l, name, fmt.Errorf("unexpected field types"))
	}
	v := &gov.Vote{
		ProposalID: id,
		Voter:      common.BytesToAddress(l.Topics[1].Bytes()),
		Support:    gov.Support(support),
		Weight:     weight,
		Reason:     reason,
		Block:      l.BlockNumber,
		Tx:         l.TxHash,
		LogIndex:   l.Index,
	}
	if len(out) == 5 {
		if params, ok := out[4].([]byte); ok && len(params) == 48 {
			v.Support = gov.Fractional
			v.Split = &gov.Split{
				Against: new(big.Int).SetBytes(params[0:16]),
				For:     new(big.Int).SetBytes(params[16:32]),
				Abstain: new(big.Int).SetBytes(params[32:48]),
			}
		}
	}
	return v, nil
}

// decodeAlphaVote decodes GovernorAlpha's VoteCast(address voter, uint256
// proposalId, bool support, uint256 votes).
func (a *contractABI) decodeAlphaVote(l *types.Log) (*gov.Vote, error) {
	const name = "VoteCast(bool)"
	if len(l.Topics) != 1 {
		return nil, logError(l, name, fmt.Errorf("%d topics, want 1", len(l.Topics)))
	}
	if len(l.Data) != 4*32 {
		return nil, logError(l, name, fmt.Errorf("%d bytes of data, want 128", len(l.Data)))
	}
	voter := common.BytesToHash(l.Data[:32])
	if !isAddressTopic(voter) {
		return nil, logError(l, name, fmt.Errorf("voter %s is not an address", voter.Hex()))
	}
	support := word(l.Data, 2)
	if support.BitLen() > 1 {
		return nil, logError(l, name, fmt.Errorf("support %s is not a bool", support))
	}
	v := &gov.Vote{
		ProposalID: word(l.Data, 1),
		Voter:      common.BytesToAddress(voter.Bytes()),
		Support:    gov.Against,
		Weight:     word(l.Data, 3),
		Block:      l.BlockNumber,
		Tx:         l.TxHash,
		LogIndex:   l.Index,
	}
	if support.Sign() > 0 {
		v.Support = gov.For
	}
	return v, nil
}

// unpackEvent checks a log's topic count and decodes its data.
func (a *contractABI) unpackEvent(name string, l *types.Log, topics int) ([]any, error) {
	if len(l.Topics) != topics {
		return nil, logError(l, name, fmt.Errorf("%d topics, want %d", len(l.Topics), topics))
	}
	return abisafe.UnpackLog(&a.ABI, name, l)
}

// isAddressTopic reports whether an indexed topic holds a left-padded address.
func isAddressTopic(h common.Hash) bool {
	for _, b := range h[:12] {
		if b != 0 {
			return false
		}
	}
	return true
}
