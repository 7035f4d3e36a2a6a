package chain

import (
	"context"
	"strings"
	"testing"
)

// TestBlockClockAt reads Arbitrum's l1BlockNumber where a node reports one
// (the in-process node does not, so a fake node answers like Arbitrum's).
func TestBlockClockAt(t *testing.T) {
	f := newFake(t, chainIDHandler(42161, func(r rpcReq) (any, *rpcErr) {
		switch string(r.Params[0]) {
		case `"0x64"`:
			return map[string]any{"number": "0x64", "timestamp": "0x6553f100", "l1BlockNumber": "0x1312d00"}, nil
		case `"0x65"`:
			return map[string]any{"number": "0x65", "timestamp": "0x6553f101"}, nil
		case `"latest"`:
			return map[string]any{"number": "0x70", "timestamp": "0x6553f200", "l1BlockNumber": "0x1312d05"}, nil
		case `"0x66"`:
			return map[string]any{"number": "0x67", "timestamp": "0x6553f101"}, nil
		}
		return nil, nil
	}))
	c, err := Dial(context.Background(), f.srv.URL, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	bc, err := c.BlockClockAt(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	if !bc.HasL1 || bc.L1Block != 20_000_000 || bc.Time != 0x6553f100 || bc.Number != 100 {
		t.Fatalf("arbitrum block: %+v", bc)
	}
	if bc, err = c.BlockClockAt(context.Background(), 101); err != nil || bc.HasL1 {
		t.Fatalf("plain block: %+v, %v", bc, err)
	}
	if bc, err = c.HeadClock(context.Background()); err != nil || !bc.HasL1 || bc.Number != 0x70 || bc.L1Block != 20_000_005 {
		t.Fatalf("head: %+v, %v", bc, err)
	}
	if _, err = c.BlockClockAt(context.Background(), 102); err == nil || !strings.Contains(err.Error(), "misbehaving") {
		t.Fatalf("wrong block answered: %v", err)
	}
	if _, err = c.BlockClockAt(context.Background(), 103); err == nil || !strings.Contains(err.Error(), "no block 103") {
		t.Fatalf("missing block: %v", err)
	}
}
