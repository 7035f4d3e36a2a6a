package signer

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// DecodedCall is a transaction's input decoded against the governor and
// token functions daoterm sends. Values are untrusted text: sanitize them.
type DecodedCall struct {
	Signature string // e.g. "castVoteWithReason(uint256,uint8,string)"
	Args      []Arg
}

// DecodeCall decodes a transaction's input. It fails on an unknown selector
// or input that does not match the function's arguments.
func DecodeCall(data []byte) (dc *DecodedCall, err error) {
	if len(data) < 4 {
		return nil, fmt.Errorf("input of %d bytes has no function selector", len(data))
	}
	defer func() {
		if r := recover(); r != nil {
			dc, err = nil, fmt.Errorf("malformed input for selector %x: %v", data[:4], r)
		}
	}()
	a := mustABIs()
	for _, set := range []*abi.ABI{&a.gov, &a.token, &a.govV4, &a.alphaBySig} {
		m, err := set.MethodById(data[:4])
		if err != nil {
			continue
		}
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil {
			return nil, fmt.Errorf("decoding %s: %w", m.Sig, err)
		}
		dc := &DecodedCall{Signature: m.Sig}
		for i, in := range m.Inputs {
			dc.Args = append(dc.Args, Arg{Name: in.Name, Type: in.Type.String(), Value: formatArg(vals[i])})
		}
		return dc, nil
	}
	return nil, fmt.Errorf("unknown function selector 0x%x", data[:4])
}

// formatArg renders one decoded argument.
func formatArg(v any) string {
	switch v := v.(type) {
	case *big.Int:
		return v.String()
	case common.Address:
		return v.Hex()
	case []byte:
		return hexutil.Encode(v)
	case [32]byte:
		return hexutil.Encode(v[:])
	case string:
		return truncate(v, 2000)
	case []common.Address:
		s := make([]string, len(v))
		for i, a := range v {
			s[i] = a.Hex()
		}
		return "[" + strings.Join(s, ", ") + "]"
	case []*big.Int:
		s := make([]string, len(v))
		for i, b := range v {
			s[i] = b.String()
		}
		return "[" + strings.Join(s, ", ") + "]"
	case [][]byte:
		s := make([]string, len(v))
		for i, b := range v {
			s[i] = truncate(hexutil.Encode(b), 200)
		}
		return "[" + strings.Join(s, ", ") + "]"
	}
	return truncate(fmt.Sprint(v), 500)
}
