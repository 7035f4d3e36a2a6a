package signer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
)

// Arg is one named, decoded argument, formatted for display. Value may hold
// untrusted text (a revert string, a token symbol): sanitize before showing.
type Arg = gov.Arg

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

	ProposalID *big.Int       // vote, queue, execute, relay
	Support    gov.Support    // vote, relay
	Split      *gov.Split     // a fractional vote's amounts
	Reason     string         // vote
	Voter      common.Address // relay: whose ballot (the from of a vote is the voter)
	Delegatee  common.Address // delegate
	Proposal   *gov.Proposal
}

// Encoder encodes a governor's write calls in its family's form;
// chain/governor's Writer implements it.
type Encoder interface {
	VoteCall(id *big.Int, support gov.Support, reason string, split *gov.Split) (*gov.Call, error)
	QueueCall(p *gov.Proposal) (*gov.Call, error)
	ExecuteCall(p *gov.Proposal) (*gov.Call, error)
}

// VoteCall builds a vote as the governor's family casts it (castVote, or
// castVoteWithReason when reason is not empty; Alpha's castVote(uint256,bool)).
// split, when not nil, makes it a fractional vote (support is then ignored).
func VoteCall(enc Encoder, proposalID *big.Int, support gov.Support, reason string, split *gov.Split) (*Call, error) {
	if split != nil {
		support = gov.Fractional
	} else if err := checkVote(proposalID, support); err != nil {
		return nil, err
	}
	if len(reason) > MaxReasonBytes {
		return nil, fmt.Errorf("vote reason is %d bytes; the limit is %d", len(reason), MaxReasonBytes)
	}
	gc, err := enc.VoteCall(proposalID, support, reason, split)
	if err != nil {
		return nil, err
	}
	c := fromGov(KindVote, gc)
	c.ProposalID, c.Support, c.Reason, c.Split = new(big.Int).Set(proposalID), support, reason, split
	return c, nil
}

// fromGov wraps an encoded governor call.
func fromGov(kind Kind, gc *gov.Call) *Call {
	return &Call{Kind: kind, To: gc.To, Function: gc.Function, Signature: gc.Signature, Args: gc.Args, Data: gc.Data, Value: bigOrZero(gc.Value)}
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

// QueueCall builds queueing p, in the governor's family's form.
func QueueCall(enc Encoder, p *gov.Proposal) (*Call, error) {
	return proposalCall(KindQueue, enc.QueueCall, p)
}

// ExecuteCall builds executing p, in the governor's family's form.
func ExecuteCall(enc Encoder, p *gov.Proposal) (*Call, error) {
	return proposalCall(KindExecute, enc.ExecuteCall, p)
}

// DescriptionHash is keccak256 of the proposal description, as OZ hashes it.
func DescriptionHash(description string) common.Hash {
	return crypto.Keccak256Hash([]byte(description))
}

// proposalCall builds queue or execute.
func proposalCall(kind Kind, build func(*gov.Proposal) (*gov.Call, error), p *gov.Proposal) (*Call, error) {
	if p == nil || p.ID == nil {
		return nil, fmt.Errorf("%s: no proposal", kind)
	}
	gc, err := build(p)
	if err != nil {
		return nil, err
	}
	c := fromGov(kind, gc)
	c.ProposalID, c.Proposal = new(big.Int).Set(p.ID), p
	return c, nil
}

// RelayCall builds castVoteBySig for a signed ballot (OZ v5: voter and
// signature bytes; OZ v4: v, r, s). The relayer sends it and pays the gas;
// the vote counts for b.Voter.
func RelayCall(b *typeddata.Ballot) (*Call, error) {
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
	case typeddata.BallotOZ5:
		c.Signature = "castVoteBySig(uint256,uint8,address,bytes)"
		c.Data, err = a.gov.Pack("castVoteBySig", b.ProposalID, uint8(b.Support), b.Voter, []byte(b.Signature))
		args = append(args, Arg{Name: "voter", Type: "address", Value: b.Voter.Hex()},
			Arg{Name: "signature", Type: "bytes", Value: hexutil.Encode(b.Signature)})
	case typeddata.BallotOZ4, typeddata.BallotBravo, typeddata.BallotAlpha:
		c.Signature = "castVoteBySig(uint256,uint8,uint8,bytes32,bytes32)"
		var r, s [32]byte
		copy(r[:], b.Signature[:32])
		copy(s[:], b.Signature[32:64])
		if b.Format == typeddata.BallotAlpha {
			if b.Support > gov.For {
				return nil, fmt.Errorf("an Alpha ballot's support is for or against")
			}
			c.Signature = "castVoteBySig(uint256,bool,uint8,bytes32,bytes32)"
			args[1] = Arg{Name: "support", Type: "bool", Value: fmt.Sprintf("%t (%s)", b.Support == gov.For, b.Support)}
			c.Data, err = a.alphaBySig.Pack("castVoteBySig", b.ProposalID, b.Support == gov.For, b.Signature[64], r, s)
		} else {
			c.Data, err = a.govV4.Pack("castVoteBySig", b.ProposalID, uint8(b.Support), b.Signature[64], r, s)
		}
		args = append(args, Arg{Name: "v", Type: "uint8", Value: fmt.Sprint(b.Signature[64])},
			Arg{Name: "r", Type: "bytes32", Value: hexutil.Encode(r[:])},
			Arg{Name: "s", Type: "bytes32", Value: hexutil.Encode(s[:])})
	default:
		return nil, fmt.Errorf("ballot format %q is not %q, %q, %q or %q", b.Format, typeddata.BallotOZ5, typeddata.BallotOZ4, typeddata.BallotBravo, typeddata.BallotAlpha)
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

// checkVote validates a proposal id and a support value.
func checkVote(proposalID *big.Int, support gov.Support) error {
	if proposalID == nil || proposalID.Sign() < 0 || proposalID.BitLen() > 256 {
		return fmt.Errorf("proposal id must be a uint256")
	}
	if support > gov.Abstain {
		return fmt.Errorf("support %d is not for (1), against (0) or abstain (2)", support)
	}
	return nil
}
