package gov

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// FormatArg formats an ABI value (as go-ethereum decodes it) for an Arg:
// addresses in EIP-55 form, numbers in decimal, bytes as hex cut after 256
// bytes, lists in brackets.
func FormatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case [32]byte:
		return hexutil.Encode(x[:])
	case [4]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return ShortHex(x, 256)
	case string:
		return x
	case bool:
		return fmt.Sprint(x)
	case uint8, uint16, uint32, uint64, int8, int16, int32, int64:
		return fmt.Sprint(x)
	case []common.Address:
		parts := make([]string, len(x))
		for i, a := range x {
			parts[i] = a.Hex()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []*big.Int:
		parts := make([]string, len(x))
		for i, a := range x {
			parts[i] = a.String()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprintf("%v", v)
}

// ShortHex hex-encodes data, cutting it after max bytes.
func ShortHex(data []byte, max int) string {
	if len(data) > max {
		return hexutil.Encode(data[:max]) + fmt.Sprintf("…(%d bytes)", len(data))
	}
	return hexutil.Encode(data)
}
