package token

import (
	"bytes"
	"fmt"
	"github.com/daoterm/daoterm/chain/abisafe"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/daoterm/daoterm/chain/query"
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

// Transfer is one decoded Transfer log.
type Transfer struct {
	From, To common.Address
	Value    *big.Int // the amount; 1 for an ERC-721 transfer
	TokenID  *big.Int // the ERC-721 token moved; nil for an ERC-20 transfer
}

// NFT reports whether t is an ERC-721 transfer.
func (t Transfer) NFT() bool { return t.TokenID != nil }

// DecodeTransferLog decodes a Transfer log of either shape: ERC-20 (from and
// to indexed, the value in 32 bytes of data: 3 topics) or ERC-721 (from, to
// and tokenId indexed, no data: 4 topics, one token moved). Any other shape
// is an error naming the transaction and log index.
func DecodeTransferLog(l *types.Log) (t Transfer, err error) {
	switch {
	case len(l.Topics) == 3 && len(l.Data) == 32:
		t.Value = new(big.Int).SetBytes(l.Data)
	case len(l.Topics) == 4 && len(l.Data) == 0:
		t.Value = big.NewInt(1)
		t.TokenID = new(big.Int).SetBytes(l.Topics[3][:])
	default:
		return t, logError(l, "Transfer", fmt.Errorf("%d topics and %d data bytes, want 3 and 32 (ERC-20) or 4 and 0 (ERC-721)", len(l.Topics), len(l.Data)))
	}
	if t.From, err = topicAddress(l, "Transfer", 1); err != nil {
		return Transfer{}, err
	}
	if t.To, err = topicAddress(l, "Transfer", 2); err != nil {
		return Transfer{}, err
	}
	return t, nil
}

// DecodeTransfer decodes a Transfer log (see DecodeTransferLog): an ERC-721
// transfer moves a value of 1.
func DecodeTransfer(l *types.Log) (from, to common.Address, value *big.Int, err error) {
	t, err := DecodeTransferLog(l)
	if err != nil {
		return from, to, nil, err
	}
	return t.From, t.To, t.Value, nil
}

// MaxText is the longest name or symbol DecodeString returns, in bytes:
// longer text (a hostile token's) is cut at a character boundary.
const MaxText = 256

// DecodeString decodes the return data of an ERC-20 name() or symbol(): an
// ABI string, or a bytes32 (MKR-style, cut at the first zero byte). Invalid
// UTF-8 is replaced with U+FFFD, zero bytes are dropped, surrounding spaces
// trimmed and the result cut to MaxText bytes; anything else gives "". It
// never panics. The result is raw chain text: views must still sanitize
// terminal escapes.
func DecodeString(data []byte) string {
	if len(data) == 32 {
		b := data
		if i := bytes.IndexByte(b, 0); i >= 0 {
			b = b[:i]
		}
		return cleanText(string(b))
	}
	t, err := abi.NewType("string", "", nil)
	if err != nil {
		return ""
	}
	out, err := abisafe.UnpackArgs(abi.Arguments{{Type: t}}, data)
	if err != nil || len(out) != 1 {
		return ""
	}
	str, _ := out[0].(string)
	return cleanText(str)
}

// cleanText makes chain text safe to hold: valid UTF-8, no zero bytes, at
// most MaxText bytes, trimmed.
func cleanText(s string) string {
	if len(s) > 4*MaxText { // bound the work on huge input
		s = s[:4*MaxText]
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "")
	if len(s) > MaxText {
		cut := MaxText
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return strings.TrimSpace(s)
}

// DecodeDecimals decodes a decimals() result defensively: a call that
// reverted, returned too little, or a number above 255 gives 0 (an ERC-721
// has no decimals()).
func DecodeDecimals(r query.Result) uint8 {
	if r.Err != nil || len(r.Data) < 32 {
		return 0
	}
	d := new(big.Int).SetBytes(r.Data[:32])
	if !d.IsUint64() || d.Uint64() > 255 {
		return 0
	}
	return uint8(d.Uint64())
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
func unpackEvent(a *abi.ABI, name string, l *types.Log) ([]any, error) {
	return abisafe.UnpackLog(a, name, l)
}

// logError names a log in an error message.
func logError(l *types.Log, what string, err error) error { return abisafe.LogError(l, what, err) }
