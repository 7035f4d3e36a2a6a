package wire

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func TestRoundTrip(t *testing.T) {
	w := NewWriter(0)
	huge := new(big.Int).Lsh(big.NewInt(1), 255)
	w.Uvarint(1 << 40)
	w.Bool(true)
	w.Bytes(nil)
	w.Bytes([]byte{})
	w.Bytes([]byte{1, 2})
	w.String("héllo")
	w.Address(common.HexToAddress("0xabc"))
	w.Hash(common.HexToHash("0xdef"))
	for _, b := range []*big.Int{nil, new(big.Int), big.NewInt(-7), huge} {
		w.Big(b)
	}
	w.SliceLen(3, false)
	r := NewReader(w.Data())
	if r.Uvarint() != 1<<40 || !r.Bool() {
		t.Fatal("uvarint, bool")
	}
	if b := r.Bytes(); b != nil {
		t.Errorf("nil bytes came back as %v", b)
	}
	if b := r.Bytes(); b == nil || len(b) != 0 {
		t.Errorf("empty bytes came back as %v", b)
	}
	if b := r.Bytes(); len(b) != 2 || b[1] != 2 {
		t.Errorf("bytes %v", b)
	}
	if r.String() != "héllo" || r.Address() != common.HexToAddress("0xabc") || r.Hash() != common.HexToHash("0xdef") {
		t.Error("string, address, hash")
	}
	if b := r.Big(); b != nil {
		t.Errorf("nil integer came back as %v", b)
	}
	if b := r.Big(); b == nil || b.Sign() != 0 {
		t.Errorf("zero came back as %v", b)
	}
	if b := r.Big(); b == nil || b.Int64() != -7 {
		t.Errorf("-7 came back as %v", b)
	}
	if b := r.Big(); b == nil || b.Cmp(huge) != 0 {
		t.Errorf("2^255 came back as %v", b)
	}
	// 3 items of at least 1 byte, with no byte left: refused.
	if n, _ := r.SliceLen(1); n != 0 {
		t.Errorf("slice of %d items read from nothing", n)
	}
	if err := r.Done(); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a length larger than the bytes left: %v", err)
	}
}

// TestUint256: Writer.Uint256 writes what Writer.Big writes for the same
// value, so either reads it back; Reader.Uint256 refuses what no uint256
// can be.
func TestUint256(t *testing.T) {
	for _, b := range []*big.Int{new(big.Int), big.NewInt(7), new(big.Int).Lsh(big.NewInt(1), 64), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))} {
		var v uint256.Int
		v.SetFromBig(b)
		w1, w2 := NewWriter(0), NewWriter(0)
		w1.Big(b)
		w2.Uint256(&v)
		if !bytes.Equal(w1.Data(), w2.Data()) {
			t.Fatalf("%#x: Big wrote %x, Uint256 %x", b, w1.Data(), w2.Data())
		}
		r := NewReader(w1.Data())
		if got := r.Uint256(); got != v || r.Done() != nil {
			t.Errorf("%#x read back as %v (%v)", b, &got, r.Err())
		}
	}
	over := NewWriter(0)
	over.Big(new(big.Int).Lsh(big.NewInt(1), 256))
	for name, data := range map[string][]byte{
		"nil":      {0},
		"negative": {2, 1, 7},
		"33 bytes": over.Data(),
		"cut":      {1, 4, 1},
	} {
		r := NewReader(data)
		if got := r.Uint256(); !got.IsZero() || !errors.Is(r.Err(), ErrCorrupt) {
			t.Errorf("%s: %v, %v", name, &got, r.Err())
		}
	}
}

func TestBounds(t *testing.T) {
	w := NewWriter(0)
	w.Uvarint(1 << 50) // a count no input can hold
	r := NewReader(w.Data())
	if n := r.Count(1); n != 0 || !errors.Is(r.Err(), ErrCorrupt) {
		t.Errorf("count %d, %v", n, r.Err())
	}
	r = NewReader([]byte{1, 200}) // a 200-byte integer
	if b := r.Big(); b != nil || r.Err() == nil {
		t.Errorf("oversized integer: %v %v", b, r.Err())
	}
	r = NewReader([]byte{0x80}) // a varint cut short
	if r.Uvarint(); r.Err() == nil {
		t.Error("truncated varint accepted")
	}
	r = NewReader([]byte{1, 2})
	r.Uvarint()
	if err := r.Done(); err == nil {
		t.Error("bytes left over accepted")
	}
}
