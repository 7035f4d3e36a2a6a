package abisafe

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

const transferABI = `[{"type":"event","name":"Transfer","inputs":[{"name":"from","type":"address","indexed":true},{"name":"to","type":"address","indexed":true},{"name":"value","type":"uint256","indexed":false}]},
{"type":"function","name":"names","inputs":[],"outputs":[{"name":"","type":"string[]"}]}]`

// TestHostileData feeds the decoder data that is too short, and an array
// length that points far beyond the data: errors, never panics.
func TestHostileData(t *testing.T) {
	a, err := abi.JSON(strings.NewReader(transferABI))
	if err != nil {
		t.Fatal(err)
	}
	l := &types.Log{Address: common.HexToAddress("0x01"), BlockNumber: 7, Index: 3, Data: []byte{1, 2}}
	if _, err := UnpackLog(&a, "Transfer", l); err == nil || !strings.Contains(err.Error(), "malformed Transfer log") || !strings.Contains(err.Error(), "block 7") {
		t.Errorf("short log data: %v", err)
	}
	l.Data = common.LeftPadBytes(big.NewInt(5).Bytes(), 32)
	if out, err := UnpackLog(&a, "Transfer", l); err != nil || out[0].(*big.Int).Int64() != 5 {
		t.Errorf("good log: %v, %v", out, err)
	}
	// offset 32, then a length of 2^62 strings: beyond any data.
	evil := append(common.LeftPadBytes([]byte{32}, 32), common.LeftPadBytes(new(big.Int).Lsh(big.NewInt(1), 62).Bytes(), 32)...)
	if _, err := Unpack(&a, "names", evil); err == nil {
		t.Error("a huge array length decoded")
	}
	var n *big.Int
	if err := Convert("not a number", &n); err == nil {
		t.Error("Convert of another shape gave no error")
	}
}
