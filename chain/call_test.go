package chain

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestNewRevert(t *testing.T) {
	errString := hexutil.MustDecode("0x08c379a0" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"6e6f706500000000000000000000000000000000000000000000000000000000")
	panic11 := append([]byte{0x4e, 0x48, 0x7b, 0x71}, common.LeftPadBytes([]byte{0x11}, 32)...)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "execution reverted"},
		{"Error(string)", errString, "execution reverted: nope"},
		{"truncated Error(string)", errString[:40], "malformed Error(string)"},
		{"Panic(0x11)", panic11, "panic 0x11"},
		{"truncated Panic", panic11[:10], "malformed Panic"},
		{"custom", []byte{0xde, 0xad, 0xbe, 0xef, 1}, "custom error 0xdeadbeef 0x01"},
		{"short", []byte{1, 2}, "data 0x0102"},
		{"huge Error(string) length", append(append([]byte{}, errString[:36]...), bytes.Repeat([]byte{0xff}, 32)...), "malformed"},
	} {
		e := newRevert(tc.data)
		if !errors.Is(e, ErrReverted) || !strings.Contains(e.Error(), tc.want) {
			t.Errorf("%s: %q, want ErrReverted containing %q", tc.name, e.Error(), tc.want)
		}
	}
}

func TestDecodeAggregate3Malformed(t *testing.T) {
	mc, err := parseAggregate3()
	if err != nil {
		t.Fatal(err)
	}
	m := mc.Methods["aggregate3"]
	good, err := m.Outputs.Pack([]struct {
		Success    bool
		ReturnData []byte
	}{{true, []byte{1}}, {false, nil}})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := decodeAggregate3(m, good, 2)
	if err != nil || !bytes.Equal(rs[0].Data, []byte{1}) || !errors.Is(rs[1].Err, ErrReverted) {
		t.Fatalf("good data: %v, %v", rs, err)
	}
	if _, err := decodeAggregate3(m, good, 3); err == nil {
		t.Error("a count mismatch was accepted")
	}
	for _, bad := range [][]byte{nil, {1, 2, 3}, good[:len(good)-5], bytes.Repeat([]byte{0xff}, 96)} {
		if _, err := decodeAggregate3(m, bad, 2); err == nil {
			t.Errorf("malformed %x was accepted", bad)
		}
	}
}

func FuzzDecodeAggregate3(f *testing.F) {
	mc, err := parseAggregate3()
	if err != nil {
		f.Fatal(err)
	}
	m := mc.Methods["aggregate3"]
	good, _ := m.Outputs.Pack([]struct {
		Success    bool
		ReturnData []byte
	}{{true, []byte{1}}, {false, []byte{0xde, 0xad, 0xbe, 0xef}}})
	f.Add(good)
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeAggregate3(m, data, 2) // must not panic
	})
}

// TestCallAtFindsMulticallAbsent: where Multicall3's presence is not known,
// CallAt reads its code in the batch of its aggregate; where it has none,
// the calls go plain (their answers, not the empty aggregate's), and the
// next CallAt sends them plain at once. An error reading the code is one.
func TestCallAtFindsMulticallAbsent(t *testing.T) {
	codeErr := false
	f := newFake(t, chainIDHandler(1, func(r rpcReq) (any, *rpcErr) {
		mc := strings.Contains(string(r.Params[0]), strings.ToLower(multicall3.Hex()[2:]))
		switch {
		case r.Method == "eth_getCode" && codeErr:
			return nil, &rpcErr{Code: -32000, Message: "header not found"}
		case r.Method == "eth_getCode":
			return "0x", nil // no Multicall3 on this chain
		case r.Method == "eth_call" && mc:
			return "0x", nil // a call to an account without code succeeds, empty
		case r.Method == "eth_call":
			return "0x2a", nil
		}
		return nil, &rpcErr{Code: -32601, Message: r.Method}
	}))
	c := dialFake(t, f, Options{}, nil)
	calls := []Call{{To: common.Address{1}, Data: []byte{1}}, {To: common.Address{2}, Data: []byte{2}}}
	for i, want := range []int64{2, 1} {
		before := c.Requests()
		res, err := c.CallAt(context.Background(), 10, calls)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 2 || !bytes.Equal(res[0].Data, []byte{0x2a}) || !bytes.Equal(res[1].Data, []byte{0x2a}) {
			t.Fatalf("call %d: results %+v", i, res)
		}
		if n := c.Requests() - before; n != want {
			t.Errorf("call %d: %d requests, want %d", i, n, want)
		}
	}
	codeErr = true
	if _, err := c.CallAt(context.Background(), 20, calls); err == nil || !strings.Contains(err.Error(), "Multicall3") {
		t.Errorf("the code unreadable: %v", err)
	}
}
