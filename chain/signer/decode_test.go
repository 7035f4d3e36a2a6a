package signer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestDecodeCall decodes the calls daoterm sends and refuses what it does
// not know or what does not match its selector.
func TestDecodeCall(t *testing.T) {
	a := mustABIs()
	data, err := a.gov.Pack("castVoteWithReason", big.NewInt(42), uint8(1), "why not")
	if err != nil {
		t.Fatal(err)
	}
	dc, err := DecodeCall(data)
	if err != nil || dc.Signature != "castVoteWithReason(uint256,uint8,string)" || len(dc.Args) != 3 ||
		dc.Args[0].Value != "42" || dc.Args[1].Value != "1" || dc.Args[2].Value != "why not" {
		t.Fatalf("castVoteWithReason: %+v %v", dc, err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	data, _ = a.token.Pack("delegate", to)
	if dc, err := DecodeCall(data); err != nil || dc.Args[0].Value != to.Hex() {
		t.Fatalf("delegate: %+v %v", dc, err)
	}
	for name, bad := range map[string][]byte{"short": {1, 2}, "unknown": {1, 2, 3, 4, 5}, "truncated": data[:20]} {
		if _, err := DecodeCall(bad); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}
