package signer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/governor"
)

// Kind says what a Call does.
type Kind string

// Kinds of calls.
const (
	KindVote     Kind = "vote"     // castVote / castVoteWithReason
	KindDelegate Kind = "delegate" // ERC20Votes delegate
	KindQueue    Kind = "queue"    // Governor queue
	KindExecute  Kind = "execute"  // Governor execute
	KindRelay    Kind = "relay"    // castVoteBySig with someone's ballot
	KindCancel   Kind = "cancel"   // a 0-value self-send replacing a stuck nonce
	KindBallot   Kind = "ballot"   // an EIP-712 ballot signed for a relayer (no transaction)
)

// MaxReasonBytes bounds a vote reason (it is calldata: every byte costs gas).
const MaxReasonBytes = 32 << 10

// Call is one contract call to be sent as a transaction: where, what, and the
// decoded arguments to show. Build it with VoteCall, DelegateCall, QueueCall,
// ExecuteCall, RelayCall or CancelCall.
type Call struct {
	Kind      Kind
	To        common.Address
	Function  string // e.g. "castVoteWithReason"
	Signature string // e.g. "castVoteWithReason(uint256,uint8,string)"
	Args      []Arg  // decoded arguments, in order
	Data      []byte // ABI-encoded input
	Value     *big.Int

	ProposalID *big.Int         // vote, queue, execute, relay
	Support    governor.Support // vote, relay
	Reason     string           // vote
	Voter      common.Address   // relay: whose ballot (the from of a vote is the voter)
	Delegatee  common.Address   // delegate
	Proposal   *governor.Proposal
}

// VoteCall builds castVote(proposalId, support), or castVoteWithReason when
// reason is not empty.
func VoteCall(gov common.Address, proposalID *big.Int, support governor.Support, reason string) (*Call, error) {
	if err := checkVote(proposalID, support); err != nil {
		return nil, err
	}
	if len(reason) > MaxReasonBytes {
		return nil, fmt.Errorf("vote reason is %d bytes; the limit is %d", len(reason), MaxReasonBytes)
	}
	a := mustABIs()
	c := &Call{Kind: KindVote, To: gov, Value: new(big.Int), ProposalID: new(big.Int).Set(proposalID), Support: support, Reason: reason}
	args := []Arg{
		{Name: "proposalId", Type: "uint256", Value: proposalID.String()},
		{Name: "support", Type: "uint8", Value: fmt.Sprintf("%d (%s)", support, support)},
	}
	var err error
	if reason == "" {
		c.Function, c.Signature = "castVote", "castVote(uint256,uint8)"
		c.Data, err = a.gov.Pack("castVote", proposalID, uint8(support))
	} else {
		c.Function, c.Signature = "castVoteWithReason", "castVoteWithReason(uint256,uint8,string)"
		c.Data, err = a.gov.Pack("castVoteWithReason", proposalID, uint8(support), reason)
		args = append(args, Arg{Name: "reason", Type: "string", Value: reason})
	}
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", c.Function, err)
	}
	c.Args = args
	return c, nil
}

// checkVote validates a proposal id and a support value.
func checkVote(proposalID *big.Int, support governor.Support) error {
	if proposalID == nil || proposalID.Sign() < 0 || proposalID.BitLen() > 256 {
		return fmt.Errorf("proposal id must be a uint256")
	}
	if support > governor.Abstain {
		return fmt.Errorf("support %d is not for (1), against (0) or abstain (2)", support)
	}
	return nil
}

// DelegateCall builds token.delegate(delegatee).
func DelegateCall(token, delegatee common.Address) (*Call, error) {
	data, err := mustABIs().token.Pack("delegate", delegatee)
	if err != nil {
		return nil, fmt.Errorf("encoding delegate: %w", err)
	}
	return &Call{
		Kind: KindDelegate, To: token, Function: "delegate", Signature: "delegate(address)",
		Args: []Arg{{Name: "delegatee", Type: "address", Value: delegatee.Hex()}},
		Data: data, Value: new(big.Int), Delegatee: delegatee,
	}, nil
}

// QueueCall builds governor.queue(targets, values, calldatas, descriptionHash)
// from a proposal as the governor reader returns it.
func QueueCall(gov common.Address, p *governor.Proposal) (*Call, error) {
	return proposalCall(KindQueue, "queue", gov, p)
}

// ExecuteCall builds governor.execute(targets, values, calldatas,
// descriptionHash) (sent with no ETH: a timelock pays the values itself).
func ExecuteCall(gov common.Address, p *governor.Proposal) (*Call, error) {
	return proposalCall(KindExecute, "execute", gov, p)
}

// DescriptionHash is keccak256 of the proposal description, as OZ hashes it.
func DescriptionHash(description string) common.Hash {
	return crypto.Keccak256Hash([]byte(description))
}

// proposalCall builds queue or execute.
func proposalCall(kind Kind, fn string, gov common.Address, p *governor.Proposal) (*Call, error) {
	if p == nil || p.ID == nil {
		return nil, fmt.Errorf("%s: no proposal", fn)
	}
	if len(p.Targets) == 0 || len(p.Targets) != len(p.Values) || len(p.Targets) != len(p.Calldatas) {
		return nil, fmt.Errorf("%s: proposal %s has %d targets, %d values and %d calldatas; they must be equal and non-zero",
			fn, p.ID, len(p.Targets), len(p.Values), len(p.Calldatas))
	}
	values := make([]*big.Int, len(p.Values))
	for i, v := range p.Values {
		values[i] = bigOrZero(v)
	}
	dh := DescriptionHash(p.Description)
	data, err := mustABIs().gov.Pack(fn, p.Targets, values, p.Calldatas, dh)
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", fn, err)
	}
	args := []Arg{
		{Name: "targets", Type: "address[]", Value: formatValue(p.Targets)},
		{Name: "values", Type: "uint256[]", Value: formatValue(values)},
	}
	for i, cd := range p.Calldatas {
		args = append(args, Arg{Name: fmt.Sprintf("calldatas[%d]", i), Type: "bytes", Value: shortHex(cd, 96)})
	}
	args = append(args, Arg{Name: "descriptionHash", Type: "bytes32", Value: dh.Hex()})
	return &Call{
		Kind: kind, To: gov, Function: fn, Signature: fn + "(address[],uint256[],bytes[],bytes32)",
		Args: args, Data: data, Value: new(big.Int), ProposalID: new(big.Int).Set(p.ID), Proposal: p,
	}, nil
}

// RelayCall builds castVoteBySig for a signed ballot (OZ v5: voter and
// signature bytes; OZ v4: v, r, s). The relayer sends it and pays the gas;
// the vote counts for b.Voter.
func RelayCall(b *Ballot) (*Call, error) {
	if b == nil {
		return nil, fmt.Errorf("no ballot")
	}
	if err := checkVote(b.ProposalID, b.Support); err != nil {
		return nil, err
	}
	if len(b.Signature) != 65 {
		return nil, fmt.Errorf("ballot signature is %d bytes, want 65", len(b.Signature))
	}
	a := mustABIs()
	c := &Call{Kind: KindRelay, To: b.Governor, Function: "castVoteBySig", Value: new(big.Int),
		ProposalID: new(big.Int).Set(b.ProposalID), Support: b.Support, Voter: b.Voter}
	args := []Arg{
		{Name: "proposalId", Type: "uint256", Value: b.ProposalID.String()},
		{Name: "support", Type: "uint8", Value: fmt.Sprintf("%d (%s)", b.Support, b.Support)},
	}
	var err error
	switch b.Format {
	case BallotOZ5:
		c.Signature = "castVoteBySig(uint256,uint8,address,bytes)"
		c.Data, err = a.gov.Pack("castVoteBySig", b.ProposalID, uint8(b.Support), b.Voter, []byte(b.Signature))
		args = append(args, Arg{Name: "voter", Type: "address", Value: b.Voter.Hex()},
			Arg{Name: "signature", Type: "bytes", Value: hexutil.Encode(b.Signature)})
	case BallotOZ4:
		c.Signature = "castVoteBySig(uint256,uint8,uint8,bytes32,bytes32)"
		var r, s [32]byte
		copy(r[:], b.Signature[:32])
		copy(s[:], b.Signature[32:64])
		c.Data, err = a.govV4.Pack("castVoteBySig", b.ProposalID, uint8(b.Support), b.Signature[64], r, s)
		args = append(args, Arg{Name: "v", Type: "uint8", Value: fmt.Sprint(b.Signature[64])},
			Arg{Name: "r", Type: "bytes32", Value: hexutil.Encode(r[:])},
			Arg{Name: "s", Type: "bytes32", Value: hexutil.Encode(s[:])})
	default:
		return nil, fmt.Errorf("ballot format %q is not %q or %q", b.Format, BallotOZ5, BallotOZ4)
	}
	if err != nil {
		return nil, fmt.Errorf("encoding castVoteBySig: %w", err)
	}
	c.Args = args
	return c, nil
}

// CancelCall builds a 0-value transfer to self. Prepared with the nonce of a
// stuck transaction (PrepareOptions.Nonce) and higher fees, it replaces it.
func CancelCall(self common.Address) *Call {
	return &Call{Kind: KindCancel, To: self, Function: "cancel", Signature: "(transfer of 0 ETH to yourself)", Value: new(big.Int)}
}
