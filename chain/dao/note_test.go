package dao

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestReadsNote: a note decodes to what was encoded; anything else (another
// format, truncated, trailing bytes, too many accounts) is no note.
func TestReadsNote(t *testing.T) {
	n := readsNote{densities: []byte{1, 2, 3}, checked: checkedSet{accounts: []common.Address{{1}, {2}}, nft: true}}
	b := n.encode()
	got, ok := decodeReadsNote(b)
	if !ok || !got.equal(n) {
		t.Fatalf("decoded %+v, %v; want %+v", got, ok, n)
	}
	if got, ok := decodeReadsNote(readsNote{}.encode()); !ok || !got.equal(readsNote{}) {
		t.Errorf("the empty note: %+v, %v", got, ok)
	}
	tooMany := readsNote{checked: checkedSet{accounts: make([]common.Address, maxChecked+1)}}
	for _, bad := range [][]byte{nil, {2}, b[:len(b)-1], append(append([]byte(nil), b...), 0), tooMany.encode(), []byte("garbled")} {
		if got, ok := decodeReadsNote(bad); ok {
			t.Errorf("%x decoded to %+v", bad, got)
		}
	}
}
