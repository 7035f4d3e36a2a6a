package gov

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func word(v *big.Int) []byte { b := make([]byte, 32); v.FillBytes(b); return b }

func TestDecodeAction(t *testing.T) {
	to := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	tok := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	transfer := append(append(Selector("transfer(address,uint256)"), word(to.Big())...), word(big.NewInt(1_500_000))...)

	a := DecodeAction(tok, big.NewInt(0), "", transfer)
	if !a.Decoded() || a.Func != "transfer" || len(a.Args) != 2 || a.Selector != "0xa9059cbb" {
		t.Fatalf("transfer: %+v", a)
	}
	if a.Args[0].Kind != ArgAddress || a.Args[0].Address() != to || a.Args[1].Kind != ArgAmount || a.Args[1].Word.Int64() != 1_500_000 {
		t.Fatalf("transfer args: %+v", a.Args)
	}

	// Compound-style: the signature names the function, data holds the arguments.
	b := DecodeAction(tok, nil, "updateQuorumNumerator(uint256)", word(big.NewInt(3)))
	if !b.Decoded() || b.Func != "updateQuorumNumerator" || b.Args[0].Kind != ArgUint || b.Args[0].Word.Int64() != 3 || b.RawLen != 36 {
		t.Fatalf("bravo signature: %+v", b)
	}

	// A signature we don't know is shown as given, arguments raw.
	c := DecodeAction(tok, nil, "rescue(address)", word(to.Big()))
	if c.Decoded() || c.Func != "rescue(address)" || c.Note == "" || !bytes.Equal(c.Raw[:4], Selector("rescue(address)")) {
		t.Fatalf("unknown signature: %+v", c)
	}

	// A value wider than the ABI type is not decoded.
	d := DecodeAction(tok, nil, "", append(Selector("setVotingDelay(uint48)"), word(new(big.Int).Lsh(big.NewInt(1), 60))...))
	if d.Decoded() || d.Raw == nil || d.Note == "" {
		t.Fatalf("uint48 overflow: %+v", d)
	}
	// A dirty address word too.
	e := DecodeAction(tok, nil, "", append(append(Selector("transfer(address,uint256)"), word(new(big.Int).Lsh(big.NewInt(1), 200))...), word(big.NewInt(1))...))
	if e.Decoded() {
		t.Fatalf("dirty address decoded: %+v", e)
	}
	// Short arguments.
	if f := DecodeAction(tok, nil, "", append(Selector("transfer(address,uint256)"), 1, 2, 3)); f.Decoded() || f.Note == "" {
		t.Fatalf("short args: %+v", f)
	}
	// Huge calldata is capped but its length kept.
	huge := append(Selector("unknown()"), make([]byte, 10_000)...)
	if g := DecodeAction(tok, nil, "", huge); len(g.Raw) != MaxActionRaw || g.RawLen != len(huge) || g.Func != "" {
		t.Fatalf("huge calldata: raw %d, len %d, func %q", len(g.Raw), g.RawLen, g.Func)
	}
	// Shorter than a selector; plain transfer.
	if h := DecodeAction(tok, nil, "", []byte{1, 2}); h.Decoded() || h.Note == "" || h.Plain() {
		t.Fatalf("short calldata: %+v", h)
	}
	if p := DecodeAction(tok, big.NewInt(1), "", nil); !p.Plain() || p.Decoded() {
		t.Fatalf("plain transfer: %+v", p)
	}
}
