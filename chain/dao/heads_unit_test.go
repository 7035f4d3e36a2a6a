package dao

import (
	"encoding/json"
	"testing"

	"github.com/daoterm/daoterm/chain"
)

// TestHeadL1Block: a head reports Arbitrum's l1BlockNumber, from a
// WebSocket newHeads message or a polled header; elsewhere it is 0.
func TestHeadL1Block(t *testing.T) {
	h, err := decodeHead(json.RawMessage(`{"number":"0x64","timestamp":"0x6553f100","l1BlockNumber":"0x1312d00"}`))
	if err != nil || h.Number != 100 || h.L1Block != 20_000_000 {
		t.Errorf("arbitrum newHeads: %+v, %v", h, err)
	}
	if h, err = decodeHead(json.RawMessage(`{"number":"0x64","timestamp":"0x6553f100"}`)); err != nil || h.L1Block != 0 {
		t.Errorf("plain newHeads: %+v, %v", h, err)
	}
	if h := headOf(chain.BlockClock{Number: 7, Time: 9, L1Block: 5, HasL1: true}); h.L1Block != 5 || h.Number != 7 {
		t.Errorf("polled head: %+v", h)
	}
}
