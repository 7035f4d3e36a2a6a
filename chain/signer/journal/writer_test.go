package journal

import (
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/ethereum/go-ethereum/common"
)

// ozWriter returns the call encoder of an OpenZeppelin governor with
// GovernorCountingSimple (the demo's and the v4 fixture's).
func ozWriter(t testing.TB, addr common.Address, fam gov.Family) *governor.Writer {
	t.Helper()
	w, err := governor.NewWriter(addr, gov.Kind{Family: fam, Counting: gov.CountingSimple, QuorumAbstain: true})
	if err != nil {
		t.Fatal(err)
	}
	return w
}
