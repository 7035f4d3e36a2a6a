package proposals

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/ui"
)

// Action is one decoded proposal action.
type Action struct {
	Target     common.Address
	TargetName string   // "DAO token", "timelock", "" when unknown
	Value      *big.Int // wei sent with the call
	Func       string   // function name; "" when the selector is unknown
	Args       []Arg    // named, formatted arguments
	Selector   string   // 0x-prefixed 4-byte selector, "" for plain transfers
	Raw        []byte   // calldata when the function is unknown or malformed
	Note       string   // why decoding failed, if it did
}

// Arg is one decoded argument.
type Arg struct {
	Name  string
	Value string
}

// argKind says how a 32-byte word is decoded and shown.
type argKind uint8

const (
	kAddress    argKind = iota
	kAmount             // token amount in the target token's units
	kVotes              // amount in governance token units
	kUint               // plain integer
	kSeconds            // integer number of seconds
	kTimepoints         // integer number of clock units (blocks or seconds)
)

type argSpec struct {
	name string
	kind argKind
	bits int // for range checks: 256, 48, 32
}

type funcSpec struct {
	name string
	args []argSpec
}

// knownFuncs maps selectors to the functions decoded with named arguments:
// ERC-20 transfers and allowances, governor settings (OZ v4 uint256 and
// v5 uint48/uint32 variants) and the timelock delay.
var knownFuncs = func() map[[4]byte]funcSpec {
	m := map[[4]byte]funcSpec{}
	add := func(sig string, args ...argSpec) {
		var sel [4]byte
		copy(sel[:], selectorOf(sig))
		m[sel] = funcSpec{name: sig[:strings.IndexByte(sig, '(')], args: args}
	}
	add("transfer(address,uint256)", argSpec{"to", kAddress, 160}, argSpec{"amount", kAmount, 256})
	add("approve(address,uint256)", argSpec{"spender", kAddress, 160}, argSpec{"amount", kAmount, 256})
	add("transferFrom(address,address,uint256)", argSpec{"from", kAddress, 160}, argSpec{"to", kAddress, 160}, argSpec{"amount", kAmount, 256})
	add("mint(address,uint256)", argSpec{"to", kAddress, 160}, argSpec{"amount", kAmount, 256})
	add("setVotingDelay(uint48)", argSpec{"newVotingDelay", kTimepoints, 48})
	add("setVotingDelay(uint256)", argSpec{"newVotingDelay", kTimepoints, 256})
	add("setVotingPeriod(uint32)", argSpec{"newVotingPeriod", kTimepoints, 32})
	add("setVotingPeriod(uint256)", argSpec{"newVotingPeriod", kTimepoints, 256})
	add("setProposalThreshold(uint256)", argSpec{"newProposalThreshold", kVotes, 256})
	add("updateQuorumNumerator(uint256)", argSpec{"newQuorumNumerator", kUint, 256})
	add("updateDelay(uint256)", argSpec{"newDelay", kSeconds, 256})
	add("delegate(address)", argSpec{"delegatee", kAddress, 160})
	return m
}()

// selectorOf returns the 4-byte selector of a function signature.
// DecodeAction decodes one proposal action for display: the target named
// from info (the DAO's token, timelock, governor, tracked tokens), the
// function with named, formatted arguments when its selector is known, raw
// calldata otherwise. sig is the Bravo-style signature, "" for OpenZeppelin
// proposals. The CLI prints proposals with it too.
func DecodeAction(info *ui.DAOInfo, target common.Address, value *big.Int, sig string, data []byte) Action {
	return newDecoder(info).decode(target, value, sig, data)
}

func selectorOf(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

// decoder holds what naming and formatting need: built from the DAO's
// description and the tokens the latest load found (Model.learnTokens).
type decoder struct {
	namer  ui.Namer
	token  treasury.Asset
	tokens map[common.Address]treasury.Asset
	clock  string // "blocks" or "seconds"
}

func newDecoder(info *ui.DAOInfo) decoder {
	d := decoder{namer: ui.NewNamer(info), tokens: map[common.Address]treasury.Asset{}, clock: "blocks"}
	if info == nil {
		return d
	}
	d.token = info.Token
	d.token.Symbol = sanitize.Line(d.token.Symbol, sanitize.MaxSymbol)
	d.tokens[info.Token.Address] = d.token
	for _, t := range info.Tokens {
		t.Symbol = sanitize.Line(t.Symbol, sanitize.MaxSymbol)
		d.tokens[t.Address] = t
	}
	if info.Governor.Clock == "timestamp" {
		d.clock = "seconds"
	}
	return d
}

// maxRaw is how many calldata bytes are kept for display.
const maxRaw = 4 + 32*16

// decode decodes one action. sig is the Bravo-style signature ("" for OZ
// proposals, whose calldata starts with the selector).
func (d decoder) decode(target common.Address, value *big.Int, sig string, data []byte) Action {
	a := Action{Target: target, TargetName: d.namer.Name(target), Value: value}
	sig = sanitize.Line(sig, 200)
	if sig != "" {
		// Bravo: calldata holds only the arguments.
		data = append(selectorOf(sig), data...)
	}
	if len(data) == 0 {
		return a // plain ETH transfer
	}
	if len(data) < 4 {
		a.Raw, a.Note = data, "calldata shorter than a selector"
		return a
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	a.Selector = "0x" + hex.EncodeToString(sel[:])
	spec, ok := knownFuncs[sel]
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
	args := make([]Arg, 0, len(spec.args))
	for i, as := range spec.args {
		w := body[32*i : 32*i+32]
		v, err := d.word(target, as, w)
		if err != nil {
			a.Raw, a.Note = capRaw(data), fmt.Sprintf("%s: argument %s: %v", spec.name, as.name, err)
			return a
		}
		args = append(args, Arg{Name: as.name, Value: v})
	}
	a.Func, a.Args = spec.name, args
	return a
}

// word decodes and formats one 32-byte ABI word.
func (d decoder) word(target common.Address, as argSpec, w []byte) (string, error) {
	n := new(big.Int).SetBytes(w)
	if n.BitLen() > as.bits {
		return "", fmt.Errorf("value does not fit in %d bits", as.bits)
	}
	switch as.kind {
	case kAddress:
		return d.namer.Full(common.BytesToAddress(w)), nil
	case kAmount:
		if t, ok := d.tokens[target]; ok {
			return format.Exact(n, t.Decimals) + " " + t.Symbol, nil
		}
		return format.Thousands(n.String()) + " (base units)", nil
	case kVotes:
		return format.Exact(n, d.token.Decimals) + " " + d.token.Symbol, nil
	case kSeconds:
		if n.IsInt64() {
			return fmt.Sprintf("%s s (%s)", format.Thousands(n.String()), format.Duration(time.Duration(n.Int64())*time.Second)), nil
		}
		return format.Thousands(n.String()) + " s", nil
	case kTimepoints:
		return format.Thousands(n.String()) + " " + d.clock, nil
	}
	return format.Thousands(n.String()), nil
}

func capRaw(b []byte) []byte {
	if len(b) > maxRaw {
		return b[:maxRaw]
	}
	return b
}

// rawLines formats calldata as the selector and one 32-byte word a line.
func rawLines(b []byte, total int) []string {
	if len(b) == 0 {
		return nil
	}
	var out []string
	if len(b) >= 4 {
		out = append(out, "0x"+hex.EncodeToString(b[:4]))
		b = b[4:]
	}
	for len(b) > 0 {
		n := min(32, len(b))
		out = append(out, "  "+hex.EncodeToString(b[:n]))
		b = b[n:]
	}
	if total > maxRaw {
		out = append(out, fmt.Sprintf("  … %d more bytes", total-maxRaw))
	}
	return out
}
