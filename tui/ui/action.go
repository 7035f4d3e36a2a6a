package ui

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
)

// Action is a decoded proposal action ready to show: addresses named,
// amounts in their token's units, every string sanitized.
type Action struct {
	Target     common.Address
	TargetName string   // "DAO token", "timelock", "" when unknown
	Value      *big.Int // wei sent with the call; nil when none
	Func       string   // function name, or the proposal's own signature when not decoded; "" when unknown
	Args       []Arg    // named, formatted arguments when decoded
	Selector   string   // 0x-prefixed 4-byte selector, "" for plain transfers
	Raw        []byte   // calldata (capped) when not decoded
	RawLen     int      // the calldata's full length
	Note       string   // why decoding failed, if it did
}

// Decoded reports whether the call was decoded into named arguments.
func (a Action) Decoded() bool { return a.Func != "" && a.Raw == nil }

// Plain reports whether the action is a plain ETH transfer.
func (a Action) Plain() bool { return a.RawLen == 0 }

// Arg is one shown argument.
type Arg struct {
	Name  string
	Value string
}

// ActionFormatter names and formats decoded actions for the CLI and the
// dashboard: built from the DAO's description and the tokens known so far.
type ActionFormatter struct {
	namer  Namer
	token  treasury.Asset
	tokens map[common.Address]treasury.Asset
	clock  string // "blocks" or "seconds"
}

// NewActionFormatter builds an ActionFormatter from info (nil gives one that
// names nothing) and the tokens known besides info's.
func NewActionFormatter(info *DAOInfo, tokens ...treasury.Asset) ActionFormatter {
	f := ActionFormatter{namer: NewNamer(info), tokens: map[common.Address]treasury.Asset{}, clock: "blocks"}
	add := func(t treasury.Asset) treasury.Asset {
		t.Symbol = sanitize.Line(t.Symbol, sanitize.MaxSymbol)
		if t.Address != (common.Address{}) {
			f.tokens[t.Address] = t
		}
		return t
	}
	if info != nil {
		f.token = add(info.Token)
		for _, t := range info.Tokens {
			add(t)
		}
		if info.Governor.Clock == "timestamp" {
			f.clock = "seconds"
		}
	}
	for _, t := range tokens {
		add(t)
	}
	return f
}

// Token returns the governance token, its symbol sanitized.
func (f ActionFormatter) Token() treasury.Asset { return f.token }

// Knows reports whether amounts sent by token are shown in its units.
func (f ActionFormatter) Knows(token common.Address) bool {
	_, ok := f.tokens[token]
	return ok
}

// Decode decodes one action (see gov.DecodeAction) and formats it.
func (f ActionFormatter) Decode(target common.Address, value *big.Int, sig string, data []byte) Action {
	return f.Format(gov.DecodeAction(target, value, sanitize.Line(sig, 200), data))
}

// Format names and formats a decoded action.
func (f ActionFormatter) Format(a gov.Action) Action {
	out := Action{
		Target:     a.Target,
		TargetName: f.namer.Name(a.Target),
		Value:      a.Value,
		Func:       sanitize.Line(a.Func, 200),
		Selector:   a.Selector,
		Raw:        a.Raw,
		RawLen:     a.RawLen,
		Note:       sanitize.Line(a.Note, 300),
	}
	for _, arg := range a.Args {
		out.Args = append(out.Args, Arg{Name: arg.Name, Value: f.arg(a.Target, arg)})
	}
	return out
}

// arg formats one argument in its unit.
func (f ActionFormatter) arg(target common.Address, a gov.ActionArg) string {
	n := a.Word
	switch a.Kind {
	case gov.ArgAddress:
		return f.namer.Full(a.Address())
	case gov.ArgAmount:
		if t, ok := f.tokens[target]; ok {
			return format.Exact(n, t.Decimals) + " " + t.Symbol
		}
		return format.Thousands(n.String()) + " (base units)"
	case gov.ArgVotes:
		return format.Exact(n, f.token.Decimals) + " " + f.token.Symbol
	case gov.ArgSeconds:
		if n.IsInt64() {
			return fmt.Sprintf("%s s (%s)", format.Thousands(n.String()), format.Duration(time.Duration(n.Int64())*time.Second))
		}
		return format.Thousands(n.String()) + " s"
	case gov.ArgTimepoints:
		return format.Thousands(n.String()) + " " + f.clock
	}
	return format.Thousands(n.String())
}

// RawLines formats an undecoded action's calldata as the selector and one
// 32-byte word a line, noting the bytes left out.
func (a Action) RawLines() []string {
	b := a.Raw
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
	if a.RawLen > len(a.Raw) {
		out = append(out, fmt.Sprintf("  … %d more bytes", a.RawLen-len(a.Raw)))
	}
	return out
}
