// Package wire is the compact binary encoding the cached states are written
// in (see chain/cache): unsigned varints, length-prefixed bytes, raw
// addresses and hashes, and big integers. A Reader never panics and never
// allocates more than its input can hold: a length larger than the bytes
// left is an error, so a truncated or corrupt encoding fails cleanly.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// MaxBigBytes bounds the magnitude of an encoded big integer (uint256 needs
// 32 bytes).
const MaxBigBytes = 64

// ErrCorrupt is wrapped by every decoding error.
var ErrCorrupt = errors.New("corrupt encoding")

// Writer appends values to a byte slice.
type Writer struct{ buf []byte }

// NewWriter returns a Writer with room for size bytes.
func NewWriter(size int) *Writer { return &Writer{buf: make([]byte, 0, size)} }

// Data returns the bytes written.
func (w *Writer) Data() []byte { return w.buf }

// Uvarint writes v.
func (w *Writer) Uvarint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }

// Bool writes b as one byte.
func (w *Writer) Bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

// Bytes writes b with its length, telling nil from empty.
func (w *Writer) Bytes(b []byte) {
	w.SliceLen(len(b), b == nil)
	w.buf = append(w.buf, b...)
}

// SliceLen writes the length of a slice, telling nil from empty: 0 for nil,
// else n+1.
func (w *Writer) SliceLen(n int, isNil bool) {
	if isNil {
		w.Uvarint(0)
	} else {
		w.Uvarint(uint64(n) + 1)
	}
}

// String writes s with its length.
func (w *Writer) String(s string) {
	w.Uvarint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

// Address writes a's 20 bytes.
func (w *Writer) Address(a common.Address) { w.buf = append(w.buf, a[:]...) }

// Hash writes h's 32 bytes.
func (w *Writer) Hash(h common.Hash) { w.buf = append(w.buf, h[:]...) }

// Big writes b, which may be nil or negative.
func (w *Writer) Big(b *big.Int) {
	switch {
	case b == nil:
		w.buf = append(w.buf, 0)
		return
	case b.Sign() < 0:
		w.buf = append(w.buf, 2)
	default:
		w.buf = append(w.buf, 1)
	}
	n := (b.BitLen() + 7) / 8
	w.buf = append(w.buf, byte(n))
	start := len(w.buf)
	w.buf = append(w.buf, make([]byte, n)...)
	b.FillBytes(w.buf[start:]) // FillBytes writes the absolute value
}

// Uint256 writes v as Big writes the same value.
func (w *Writer) Uint256(v *uint256.Int) {
	n := (v.BitLen() + 7) / 8
	w.buf = append(w.buf, 1, byte(n))
	b := v.Bytes32()
	w.buf = append(w.buf, b[32-n:]...)
}

// Reader reads what a Writer wrote. After the first error every read
// returns a zero value; Err reports that error.
type Reader struct {
	buf []byte
	off int
	err error
}

// NewReader reads b.
func NewReader(b []byte) *Reader { return &Reader{buf: b} }

// Err returns the first error met, if any.
func (r *Reader) Err() error { return r.err }

// Done returns Err, or an error if bytes are left unread.
func (r *Reader) Done() error {
	if r.err == nil && r.off != len(r.buf) {
		r.fail("%d bytes left over", len(r.buf)-r.off)
	}
	return r.err
}

func (r *Reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w at byte %d: %s", ErrCorrupt, r.off, fmt.Sprintf(format, args...))
	}
}

// take returns the next n bytes.
func (r *Reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.buf)-r.off {
		r.fail("want %d bytes, %d left", n, len(r.buf)-r.off)
		return nil
	}
	b := r.buf[r.off : r.off+n]
	r.off += n
	return b
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.buf[r.off:])
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

// Count reads a number of items that take at least minSize bytes each, and
// fails if the bytes left cannot hold that many.
func (r *Reader) Count(minSize int) int {
	v := r.Uvarint()
	if minSize < 1 {
		minSize = 1
	}
	if r.err == nil && v > uint64((len(r.buf)-r.off)/minSize) {
		r.fail("%d items of at least %d bytes in %d bytes", v, minSize, len(r.buf)-r.off)
		return 0
	}
	return int(v)
}

// Bool reads one byte, 0 or 1.
func (r *Reader) Bool() bool {
	b := r.take(1)
	if b == nil {
		return false
	}
	if b[0] > 1 {
		r.fail("bad bool %d", b[0])
	}
	return b[0] == 1
}

// Bytes reads bytes written by Writer.Bytes (a copy; nil stays nil).
func (r *Reader) Bytes() []byte {
	n, isNil := r.SliceLen(1)
	b := r.take(n)
	if isNil || r.err != nil {
		return nil
	}
	return append([]byte{}, b...)
}

// SliceLen reads what Writer.SliceLen wrote, for items of at least minSize
// bytes each, failing if the bytes left cannot hold that many.
func (r *Reader) SliceLen(minSize int) (n int, isNil bool) {
	v := r.Uvarint()
	if r.err != nil || v == 0 {
		return 0, true
	}
	v--
	if minSize < 1 {
		minSize = 1
	}
	if v > uint64((len(r.buf)-r.off)/minSize) {
		r.fail("%d items of at least %d bytes in %d bytes", v, minSize, len(r.buf)-r.off)
		return 0, true
	}
	return int(v), false
}

// String reads a length-prefixed string.
func (r *Reader) String() string {
	n := r.Count(1)
	return string(r.take(n))
}

// Address reads 20 bytes.
func (r *Reader) Address() common.Address {
	var a common.Address
	copy(a[:], r.take(common.AddressLength))
	return a
}

// Hash reads 32 bytes.
func (r *Reader) Hash() common.Hash {
	var h common.Hash
	copy(h[:], r.take(common.HashLength))
	return h
}

// Uint256 reads an integer written by Writer.Uint256, or by Writer.Big
// from a value in [0, 2²⁵⁶); anything else (nil, negative, longer) is an
// error.
func (r *Reader) Uint256() uint256.Int {
	var v uint256.Int
	tag := r.take(1)
	if tag == nil {
		return v
	}
	if tag[0] != 1 {
		r.fail("integer tag %d, want a non-negative one", tag[0])
		return v
	}
	n := r.take(1)
	if n == nil {
		return v
	}
	if n[0] > 32 {
		r.fail("integer of %d bytes, want at most 32", n[0])
		return v
	}
	v.SetBytes(r.take(int(n[0])))
	return v
}

// Big reads a big integer written by Writer.Big (nil stays nil).
func (r *Reader) Big() *big.Int {
	tag := r.take(1)
	if tag == nil || tag[0] == 0 {
		return nil
	}
	if tag[0] > 2 {
		r.fail("bad integer tag %d", tag[0])
		return nil
	}
	n := r.take(1)
	if n == nil {
		return nil
	}
	if n[0] > MaxBigBytes {
		r.fail("integer of %d bytes", n[0])
		return nil
	}
	mag := r.take(int(n[0]))
	if r.err != nil {
		return nil
	}
	b := new(big.Int).SetBytes(mag)
	if tag[0] == 2 {
		b.Neg(b)
	}
	return b
}
