package governor_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
)

// TestRouter: writes go to the proposal's own governor, in its family's
// form; a proposal of a governor the router does not know is refused.
func TestRouter(t *testing.T) {
	cur := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	old := common.HexToAddress("0x00000000000000000000000000000000000000a0")
	bw, err := governor.NewWriter(cur, gov.Kind{Family: gov.FamilyBravo, Counting: gov.CountingBravo})
	if err != nil {
		t.Fatal(err)
	}
	aw, err := governor.NewWriter(old, gov.Kind{Family: gov.FamilyAlpha, Counting: gov.CountingAlpha})
	if err != nil {
		t.Fatal(err)
	}
	r := governor.NewRouter(bw, aw)
	for _, tc := range []struct {
		gov  common.Address
		to   common.Address
		sig  string
		fail string
	}{
		{gov: old, to: old, sig: "queue(uint256)"},
		{gov: cur, to: cur, sig: "queue(uint256)"},
		{gov: common.Address{}, to: cur, sig: "queue(uint256)"},
		{gov: common.HexToAddress("0x01"), fail: "is not one of this DAO's governors"},
	} {
		c, err := r.QueueCall(&gov.Proposal{Governor: tc.gov, ID: big.NewInt(3)})
		if tc.fail != "" {
			if err == nil || !strings.Contains(err.Error(), tc.fail) {
				t.Errorf("queue on %s: %v, want %q", tc.gov.Hex(), err, tc.fail)
			}
			continue
		}
		if err != nil || c.To != tc.to || c.Signature != tc.sig {
			t.Errorf("queue on %s: %+v, %v", tc.gov.Hex(), c, err)
		}
	}
	w, err := r.For(old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.VoteCall(big.NewInt(3), gov.Abstain, "", nil); err == nil {
		t.Error("an abstain vote on the legacy Alpha: no error")
	}
	if c, err := r.VoteCall(big.NewInt(3), gov.Abstain, "", nil); err != nil || c.To != cur {
		t.Errorf("a vote by id alone goes to the current governor: %+v, %v", c, err)
	}
	if r.Address() != cur || r.Kind().Family != gov.FamilyBravo {
		t.Errorf("router names %s %s", r.Address().Hex(), r.Kind().Family)
	}
}
