package gov

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Action is one proposal action decoded from its target, value, signature
// and calldata. Decoding is pure; naming addresses and formatting amounts
// is the display's job (see tui/ui.ActionFormatter).
type Action struct {
	Target   common.Address
	Value    *big.Int    // wei sent with the call; nil when the proposal has none
	Func     string      // function name; the proposal's own signature (untrusted) when not decoded; "" when unknown
	Args     []ActionArg // decoded arguments, when Func is known and the calldata fits it
	Selector string      // 0x-prefixed 4-byte selector, "" for plain transfers
	Raw      []byte      // calldata (capped at MaxActionRaw) when it was not decoded
	RawLen   int         // the calldata's full length, selector included
	Note     string      // why decoding failed, if it did
}

// Decoded reports whether the call was decoded into named arguments.
func (a Action) Decoded() bool { return a.Func != "" && a.Raw == nil }

// Plain reports whether the action is a plain ETH transfer (no calldata, no
// signature).
func (a Action) Plain() bool { return a.RawLen == 0 }

// ArgKind says what a decoded argument means, so that it can be shown in
// its unit.
type ArgKind uint8

// Argument kinds.
const (
	ArgAddress    ArgKind = iota
	ArgAmount             // an amount in the units of the action's target token
	ArgVotes              // an amount in governance-token units
	ArgUint               // a plain integer
	ArgSeconds            // a number of seconds
	ArgTimepoints         // a number of clock units (blocks or seconds)
)

// ActionArg is one decoded argument: a 32-byte ABI word read as Kind.
type ActionArg struct {
	Name string
	Kind ArgKind
	Word *big.Int // the word as an unsigned integer (an address is its low 160 bits)
}

// Address returns the argument as an address (for ArgAddress).
func (a ActionArg) Address() common.Address { return common.BigToAddress(a.Word) }

// MaxActionRaw is how many calldata bytes an undecoded Action keeps.
const MaxActionRaw = 4 + 32*16

type argSpec struct {
	name string
	kind ArgKind
	bits int // the ABI type's width, for range checks: 256, 160, 48, 32
}

type funcSpec struct {
	name string
	args []argSpec
}

// knownFuncs are the functions decoded with named arguments: ERC-20
// transfers and allowances, governor settings (OZ v4 uint256 and v5
// uint48/uint32 variants), the timelock delay and delegation.
var knownFuncs = []struct {
	sig  string
	args []argSpec
}{
	{"transfer(address,uint256)", []argSpec{{"to", ArgAddress, 160}, {"amount", ArgAmount, 256}}},
	{"approve(address,uint256)", []argSpec{{"spender", ArgAddress, 160}, {"amount", ArgAmount, 256}}},
	{"transferFrom(address,address,uint256)", []argSpec{{"from", ArgAddress, 160}, {"to", ArgAddress, 160}, {"amount", ArgAmount, 256}}},
	{"mint(address,uint256)", []argSpec{{"to", ArgAddress, 160}, {"amount", ArgAmount, 256}}},
	{"setVotingDelay(uint48)", []argSpec{{"newVotingDelay", ArgTimepoints, 48}}},
	{"setVotingDelay(uint256)", []argSpec{{"newVotingDelay", ArgTimepoints, 256}}},
	{"setVotingPeriod(uint32)", []argSpec{{"newVotingPeriod", ArgTimepoints, 32}}},
	{"setVotingPeriod(uint256)", []argSpec{{"newVotingPeriod", ArgTimepoints, 256}}},
	{"setProposalThreshold(uint256)", []argSpec{{"newProposalThreshold", ArgVotes, 256}}},
	{"updateQuorumNumerator(uint256)", []argSpec{{"newQuorumNumerator", ArgUint, 256}}},
	{"updateDelay(uint256)", []argSpec{{"newDelay", ArgSeconds, 256}}},
	{"delegate(address)", []argSpec{{"delegatee", ArgAddress, 160}}},
}

// lookup finds the known function of a selector.
func lookup(sel []byte) (funcSpec, bool) {
	for _, f := range knownFuncs {
		if string(Selector(f.sig)) == string(sel) {
			return funcSpec{name: f.sig[:strings.IndexByte(f.sig, '(')], args: f.args}, true
		}
	}
	return funcSpec{}, false
}

// Selector returns the 4-byte selector of a function signature.
func Selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

// DecodeAction decodes one proposal action. sig is the Compound-style
// signature ("" for OpenZeppelin proposals, whose calldata starts with the
// selector); with a signature, data holds only the arguments. Unknown
// functions and calldata that does not fit the function keep their raw
// bytes with a note; nothing here trusts the proposer's signature beyond
// computing its selector.
func DecodeAction(target common.Address, value *big.Int, sig string, data []byte) Action {
	a := Action{Target: target, Value: value}
	if sig != "" {
		data = append(Selector(sig), data...)
	}
	a.RawLen = len(data)
	if len(data) == 0 {
		return a // plain ETH transfer
	}
	if len(data) < 4 {
		a.Raw, a.Note = data, "calldata shorter than a selector"
		return a
	}
	a.Selector = "0x" + hex.EncodeToString(data[:4])
	spec, ok := lookup(data[:4])
	if !ok {
		a.Raw = capRaw(data)
		if sig != "" {
			a.Func = sig // named by the proposer, not verified
			a.Note = "signature given by the proposal; arguments not decoded"
		}
		return a
	}
	body := data[4:]
	if len(body) != 32*len(spec.args) {
		a.Raw, a.Note = capRaw(data), fmt.Sprintf("%s: %d argument bytes, want %d", spec.name, len(body), 32*len(spec.args))
		return a
	}
	args := make([]ActionArg, 0, len(spec.args))
	for i, as := range spec.args {
		n := new(big.Int).SetBytes(body[32*i : 32*i+32])
		if n.BitLen() > as.bits {
			a.Raw, a.Note = capRaw(data), fmt.Sprintf("%s: argument %s: value does not fit in %d bits", spec.name, as.name, as.bits)
			return a
		}
		args = append(args, ActionArg{Name: as.name, Kind: as.kind, Word: n})
	}
	a.Func, a.Args = spec.name, args
	return a
}

func capRaw(b []byte) []byte {
	if len(b) > MaxActionRaw {
		return b[:MaxActionRaw]
	}
	return b
}
