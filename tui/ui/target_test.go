package ui

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
)

func TestElideKeepsBothEnds(t *testing.T) {
	id := "34833222961398482538230088884005585517735317417671714164179042602004687217948" // 77 digits
	for _, w := range []int{0, 1, 2, 10, 40, 76, 77, 100} {
		got := Elide(id, w)
		n := utf8.RuneCountInString(got)
		switch {
		case w >= 77:
			if got != id {
				t.Errorf("Elide(w=%d) = %q, want the whole id", w, got)
			}
		case w <= 0:
			if got != "" {
				t.Errorf("Elide(w=%d) = %q", w, got)
			}
		default:
			if n != w || !strings.Contains(got, "…") {
				t.Errorf("Elide(w=%d) = %q (%d cells): must fill w with a visible …", w, got, n)
			}
			head, tail, _ := strings.Cut(got, "…")
			if !strings.HasPrefix(id, head) || !strings.HasSuffix(id, tail) {
				t.Errorf("Elide(w=%d) = %q does not keep the id's ends", w, got)
			}
			if w >= 10 && (head == "" || tail == "") {
				t.Errorf("Elide(w=%d) = %q drops an end", w, got)
			}
		}
	}
}

func TestOSC52(t *testing.T) {
	s := OSC52("0xabc\x1b]52;c;x\x07")
	if !strings.HasPrefix(s, "\x1b]52;c;") || !strings.HasSuffix(s, "\x1b\\") {
		t.Fatalf("not an ST-terminated OSC 52: %q", s)
	}
	body := strings.TrimSuffix(strings.TrimPrefix(s, "\x1b]52;c;"), "\x1b\\")
	if strings.ContainsAny(body, "\x1b\x07") {
		t.Fatalf("the payload escapes the sequence: %q", s)
	}
	if b, err := base64.StdEncoding.DecodeString(body); err != nil || string(b) != "0xabc\x1b]52;c;x\x07" {
		t.Fatalf("payload %q %v", b, err)
	}
}

func TestExplorerLink(t *testing.T) {
	eth, ok := BuiltinExplorer(1)
	if !ok {
		t.Fatal("no explorer for Ethereum")
	}
	if u, ok := eth.Link(Target{Kind: KindTx, Value: "0x12"}); !ok || u != "https://etherscan.io/tx/0x12" {
		t.Fatalf("tx link %q %v", u, ok)
	}
	if _, ok := eth.Link(Target{Kind: KindProposal, Value: "7"}); ok {
		t.Fatal("a block explorer has no proposal page")
	}
	for _, id := range []uint64{10, 42161, 324, 8453, 11155111} {
		if _, ok := BuiltinExplorer(id); !ok {
			t.Errorf("no built-in explorer for chain %d", id)
		}
	}
	if _, ok := BuiltinExplorer(1337); ok {
		t.Fatal("the devnet has an explorer")
	}
	e := Explorer{URL: "https://x/{kind}/{value}", Kinds: map[Kind]string{KindAddress: "https://a/{value}"}}
	if u, _ := e.Link(Target{Kind: KindAddress, Value: "0x1"}); u != "https://a/0x1" {
		t.Fatalf("per-kind template not used: %q", u)
	}
	if u, _ := e.Link(Target{Kind: KindBlock, Value: "5"}); u != "https://x/block/5" {
		t.Fatalf("block link %q", u)
	}
	if _, ok := e.Link(Target{Kind: KindPath, Value: "/tmp"}); ok {
		t.Fatal("a path opened")
	}
}

func TestNamerLookup(t *testing.T) {
	bob := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	tl := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	n := NewNamer(&DAOInfo{Labels: map[common.Address]string{bob: "bob", common.HexToAddress("0x01"): "twin", common.HexToAddress("0x02"): "twin"}})
	n.names[tl] = "timelock"
	for _, tc := range []struct {
		in   string
		want common.Address
		ok   bool
	}{{"bob", bob, true}, {" Bob ", bob, true}, {"timelock", tl, true}, {"twin", common.Address{}, false}, {"", common.Address{}, false}, {"carol", common.Address{}, false}} {
		if a, ok := n.Lookup(tc.in); a != tc.want || ok != tc.ok {
			t.Errorf("Lookup(%q) = %s %v", tc.in, a.Hex(), ok)
		}
	}
}
