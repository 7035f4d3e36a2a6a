// Package revert decodes the revert data of a failed call or transaction
// into something a person can read: the Error(string) text, a Panic code's
// meaning, or one of the custom errors OpenZeppelin's governor, token,
// timelock and helpers declare, with named arguments. It reads no chain and
// links no RPC client: the signer extracts the data from the node's error
// and hands it here.
package revert

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/gov"
)

// ErrReverted is wrapped by every *Error: the call would fail (or failed)
// on chain.
var ErrReverted = errors.New("execution reverted")

// Reason is decoded revert data. Args values may hold untrusted text (a
// revert string): sanitize before showing.
type Reason struct {
	Data      []byte // raw revert data (may be empty)
	Name      string // "Error", "Panic", a custom error name, or "" when unknown
	Signature string // e.g. "GovernorAlreadyCastVote(address)"; "" when unknown
	Args      []gov.Arg
	Message   string // node's message when there is no data (e.g. "out of gas")
}

// String renders the revert in one line: `GovernorAlreadyCastVote(voter=0x…)`,
// the Error(string) text, a panic's meaning, or the raw selector.
func (r *Reason) String() string {
	switch {
	case r == nil:
		return "reverted"
	case r.Name == "Error" && len(r.Args) == 1:
		return r.Args[0].Value
	case r.Name == "Panic" && len(r.Args) == 1:
		return "panic: " + r.Args[0].Value
	case r.Name != "":
		parts := make([]string, len(r.Args))
		for i, a := range r.Args {
			parts[i] = a.Name + "=" + a.Value
		}
		return r.Name + "(" + strings.Join(parts, ", ") + ")"
	case len(r.Data) >= 4:
		return "unknown custom error " + hexutil.Encode(r.Data[:4]) + " (" + gov.ShortHex(r.Data, 68) + ")"
	case len(r.Data) > 0:
		return "revert data " + hexutil.Encode(r.Data)
	case r.Message != "":
		return r.Message
	}
	return "reverted without a reason"
}

// Error says a call reverted; Op names what was being done ("simulating
// castVote", "transaction 0x… mined but failed").
type Error struct {
	Op     string
	Revert *Reason
}

// Error implements error.
func (e *Error) Error() string {
	return e.Op + ": reverted: " + e.Revert.String()
}

// Unwrap makes errors.Is(err, ErrReverted) true.
func (e *Error) Unwrap() error { return ErrReverted }

// knownErrors lists the custom errors decoded by name: OpenZeppelin v5
// Governor, Votes, TimelockController, ERC-20, access control, signatures,
// nonces and SafeCast, and the demo governor's own. Parameter names follow
// the Solidity sources.
var knownErrors = []string{
	"GovernorAlreadyCastVote(address voter)",
	"GovernorAlreadyQueuedProposal(uint256 proposalId)",
	"GovernorAlreadyOverriddenVote(address account)",
	"GovernorDisabledDeposit()",
	"GovernorExceedRemainingWeight(address voter, uint256 usedVotes, uint256 remainingWeight)",
	"GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)",
	"GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)",
	"GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)",
	"GovernorInvalidSignature(address voter)",
	"GovernorInvalidVoteParams()",
	"GovernorInvalidVoteType()",
	"GovernorInvalidVotingPeriod(uint256 votingPeriod)",
	"GovernorMismatchedNonce(uint256 proposalId, uint256 expectedNonce, uint256 actualNonce)",
	"GovernorNonexistentProposal(uint256 proposalId)",
	"GovernorNotQueuedProposal(uint256 proposalId)",
	"GovernorOnlyExecutor(address account)",
	"GovernorProposalQueueingFailed(uint256 proposalId)",
	"GovernorProposalQueueingNotRequired(uint256 proposalId)",
	"GovernorQueueNotImplemented()",
	"GovernorRestrictedProposer(address proposer)",
	"GovernorUnableToCancel(uint256 proposalId, address account)",
	"GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)",
	"GovernorUnmetDelay(uint256 proposalId, uint256 neededTimestamp)",
	"DaoGovernorInvalidQueueWindow()",
	"VotesExpiredSignature(uint256 expiry)",
	"ERC5805FutureLookup(uint256 timepoint, uint48 clock)",
	"ERC6372InconsistentClock()",
	"ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)",
	"ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)",
	"ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)",
	"ERC20InvalidApprover(address approver)",
	"ERC20InvalidReceiver(address receiver)",
	"ERC20InvalidSender(address sender)",
	"ERC20InvalidSpender(address spender)",
	"ERC2612ExpiredSignature(uint256 deadline)",
	"ERC2612InvalidSigner(address signer, address owner)",
	"InvalidAccountNonce(address account, uint256 currentNonce)",
	"TimelockInsufficientDelay(uint256 delay, uint256 minDelay)",
	"TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)",
	"TimelockUnauthorizedCaller(address caller)",
	"TimelockUnexecutedPredecessor(bytes32 predecessorId)",
	"TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)",
	"AccessControlUnauthorizedAccount(address account, bytes32 neededRole)",
	"AccessControlBadConfirmation()",
	"OwnableUnauthorizedAccount(address account)",
	"OwnableInvalidOwner(address owner)",
	"ECDSAInvalidSignature()",
	"ECDSAInvalidSignatureLength(uint256 length)",
	"ECDSAInvalidSignatureS(bytes32 s)",
	"SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)",
	"SafeCastOverflowedIntDowncast(uint8 bits, int256 value)",
	"SafeCastOverflowedIntToUint(int256 value)",
	"SafeCastOverflowedUintToInt(uint256 value)",
	"AddressEmptyCode(address target)",
	"FailedCall()",
	"FailedInnerCall()",
	"InsufficientBalance(uint256 balance, uint256 needed)",
	"AddressInsufficientBalance(address account)",
	"ReentrancyGuardReentrantCall()",
	"EnforcedPause()",
	"ExpectedPause()",
	"CheckpointUnorderedInsertion()",
	"InvalidShortString()",
	"StringTooLong(string str)",
	"Error(string reason)",
	"Panic(uint256 code)",
}

// customError is one decodable error.
type customError struct {
	name, sig string
	names     []string
	args      abi.Arguments
}

// decoder maps 4-byte selectors to known errors.
type decoder struct {
	bySel map[[4]byte]*customError
}

// newDecoder parses knownErrors and computes their selectors.
func newDecoder() (*decoder, error) {
	d := &decoder{bySel: map[[4]byte]*customError{}}
	for _, decl := range knownErrors {
		open := strings.IndexByte(decl, '(')
		if open < 0 || !strings.HasSuffix(decl, ")") {
			return nil, fmt.Errorf("bad error declaration %q", decl)
		}
		ce := &customError{name: decl[:open]}
		var types []string
		if inner := decl[open+1 : len(decl)-1]; inner != "" {
			for _, p := range strings.Split(inner, ",") {
				f := strings.Fields(p)
				if len(f) != 2 {
					return nil, fmt.Errorf("bad parameter %q in %q", p, decl)
				}
				t, err := abi.NewType(f[0], "", nil)
				if err != nil {
					return nil, fmt.Errorf("type %q in %q: %w", f[0], decl, err)
				}
				types = append(types, f[0])
				ce.names = append(ce.names, f[1])
				ce.args = append(ce.args, abi.Argument{Name: f[1], Type: t})
			}
		}
		ce.sig = ce.name + "(" + strings.Join(types, ",") + ")"
		var sel [4]byte
		copy(sel[:], crypto.Keccak256([]byte(ce.sig))[:4])
		d.bySel[sel] = ce
	}
	return d, nil
}

// Decode turns revert data into a Reason; it never panics and leaves Name
// empty for data it cannot decode. The table of known errors is built per
// call (there is no package-level state): decode reverts, not hot loops.
func Decode(data []byte) *Reason {
	d, err := newDecoder()
	if err != nil {
		panic("revert: the known error declarations do not parse: " + err.Error()) // constant input: a bug
	}
	return d.decode(data)
}

// decode is Decode with a built table.
func (d *decoder) decode(data []byte) (r *Reason) {
	r = &Reason{Data: data}
	if len(data) < 4 {
		return r
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	ce, ok := d.bySel[sel]
	if !ok {
		return r
	}
	defer func() {
		if recover() != nil {
			r = &Reason{Data: data}
		}
	}()
	vals, err := ce.args.Unpack(data[4:])
	if err != nil || len(vals) != len(ce.args) {
		return r
	}
	r.Name, r.Signature = ce.name, ce.sig
	for i, v := range vals {
		a := gov.Arg{Name: ce.names[i], Type: ce.args[i].Type.String(), Value: gov.FormatArg(v)}
		switch {
		case ce.name == "Panic":
			if code, ok := v.(*big.Int); ok {
				a.Value = panicMeaning(code)
			}
		case ce.name == "GovernorUnexpectedProposalState" && a.Name == "current":
			if s, ok := v.(uint8); ok {
				a.Value = StateName(s)
			}
		case (ce.name == "GovernorUnexpectedProposalState" || ce.name == "TimelockUnexpectedOperationState") && a.Name == "expectedStates":
			if b, ok := v.([32]byte); ok {
				if ce.name == "GovernorUnexpectedProposalState" {
					a.Value = stateBitmap(b, StateName)
				} else {
					a.Value = stateBitmap(b, opStateName)
				}
			}
		}
		r.Args = append(r.Args, a)
	}
	return r
}

// StateName names a Governor ProposalState value as reverts and reviews
// show it ("Active"; "state 9" for a value outside the enum).
func StateName(s uint8) string {
	names := []string{"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("state %d", s)
}

// opStateName names a TimelockController OperationState value.
func opStateName(s uint8) string {
	names := []string{"Unset", "Waiting", "Ready", "Done"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("state %d", s)
}

// stateBitmap decodes OpenZeppelin's bytes32 "one bit per allowed state".
func stateBitmap(b [32]byte, name func(uint8) string) string {
	v := new(big.Int).SetBytes(b[:])
	var out []string
	for i := 0; i < 256 && i < v.BitLen(); i++ {
		if v.Bit(i) == 1 {
			out = append(out, name(uint8(i)))
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, "|")
}

// panicMeaning explains a Solidity Panic(uint256) code.
func panicMeaning(code *big.Int) string {
	m := map[uint64]string{
		0x00: "generic panic", 0x01: "assertion failed", 0x11: "arithmetic overflow or underflow",
		0x12: "division or modulo by zero", 0x21: "invalid enum value", 0x22: "corrupt storage byte array",
		0x31: "pop on empty array", 0x32: "array index out of bounds", 0x41: "out of memory",
		0x51: "call to a zero-initialised function",
	}
	if code.IsUint64() {
		if s, ok := m[code.Uint64()]; ok {
			return fmt.Sprintf("0x%02x (%s)", code.Uint64(), s)
		}
	}
	return "0x" + code.Text(16)
}
