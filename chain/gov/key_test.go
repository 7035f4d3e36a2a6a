package gov

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestProposalKey: ids repeat between governors; keys do not.
func TestProposalKey(t *testing.T) {
	a := common.HexToAddress("0x00000000000000000000000000000000000000a0")
	p := Proposal{Governor: a, ID: big.NewInt(7)}
	v := Vote{Governor: a, ProposalID: big.NewInt(7)}
	if p.Key() != a.Hex()+":7" || v.Key() != p.Key() {
		t.Errorf("keys %q %q", p.Key(), v.Key())
	}
	if k := (&Proposal{ID: big.NewInt(7)}).Key(); k != "7" {
		t.Errorf("key without a governor: %q", k)
	}
	if k := ProposalKey(a, nil); k != "" {
		t.Errorf("key of no id: %q", k)
	}
}
