package token

import (
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TransferTopic returns topic0 of the ERC-20 (and ERC-721) event
// Transfer(address indexed from, address indexed to, uint256 value).
func TransferTopic() common.Hash {
	return crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
}

// DecodeTransfer decodes an ERC-20 Transfer log. A log of another shape (an
// ERC-721 Transfer has its value indexed, so four topics and no data) is an
// error naming the transaction and log index.
func DecodeTransfer(l *types.Log) (from, to common.Address, value *big.Int, err error) {
	if len(l.Topics) != 3 || len(l.Data) != 32 {
		why := fmt.Errorf("%d topics and %d data bytes, want 3 and 32", len(l.Topics), len(l.Data))
		if len(l.Topics) == 4 {
			why = fmt.Errorf("%w (an ERC-721 Transfer? only ERC-20 tokens are supported)", why)
		}
		return from, to, nil, logError(l, "Transfer", why)
	}
	if from, err = topicAddress(l, "Transfer", 1); err != nil {
		return from, to, nil, err
	}
	if to, err = topicAddress(l, "Transfer", 2); err != nil {
		return from, to, nil, err
	}
	return from, to, new(big.Int).SetBytes(l.Data), nil
}

// DecodeString decodes the return data of an ERC-20 name() or symbol(): an
// ABI string, or a bytes32 (MKR-style, trailing zero bytes dropped). Invalid
// UTF-8 is replaced with U+FFFD; anything else gives "". The result is raw
// chain text: views must still sanitize it.
func DecodeString(data []byte) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	if len(data) == 32 {
		return strings.ToValidUTF8(strings.TrimRight(string(data), "\x00"), "\uFFFD")
	}
	t, err := abi.NewType("string", "", nil)
	if err != nil {
		return ""
	}
	out, err := abi.Arguments{{Type: t}}.Unpack(data)
	if err != nil || len(out) != 1 {
		return ""
	}
	str, _ := out[0].(string)
	if !utf8.ValidString(str) {
		str = strings.ToValidUTF8(str, "\uFFFD")
	}
	return str
}

// decodeUint decodes a uint return value (one 32-byte word).
func decodeUint(data []byte) (*big.Int, error) {
	if len(data) < 32 {
		return nil, fmt.Errorf("returned %d bytes, want a 32-byte number", len(data))
	}
	return new(big.Int).SetBytes(data[:32]), nil
}

// topicAddress reads the address in topic i of l.
func topicAddress(l *types.Log, name string, i int) (common.Address, error) {
	h := l.Topics[i]
	for _, b := range h[:12] {
		if b != 0 {
			return common.Address{}, logError(l, name, fmt.Errorf("topic %d (%s) is not an address", i, h.Hex()))
		}
	}
	return common.BytesToAddress(h[12:]), nil
}

// unpackEvent decodes a log's data, recovering from any panic in the ABI
// decoder.
func unpackEvent(a *abi.ABI, name string, l *types.Log) (out []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, logError(l, name, fmt.Errorf("%v", r))
		}
	}()
	out, err = a.Unpack(name, l.Data)
	if err != nil {
		return nil, logError(l, name, err)
	}
	return out, nil
}

// logError names a log in an error message.
func logError(l *types.Log, what string, err error) error {
	return fmt.Errorf("malformed %s log (tx %s, log index %d, block %d) from %s: %w", what, l.TxHash.Hex(), l.Index, l.BlockNumber, l.Address.Hex(), err)
}
