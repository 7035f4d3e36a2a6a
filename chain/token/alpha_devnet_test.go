package token_test

import (
	"context"
	"testing"

	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/token"
)

// TestCompStyleDAO reads Uniswap's UNI (the npm build) of the GovernorAlpha
// fixture: detected as Comp-style (getVotes reverts, getCurrentVotes
// answers), and every holder matches balanceOf, getCurrentVotes and
// delegates; undelegated holders have no votes.
func TestCompStyleDAO(t *testing.T) {
	c, dao := seedFamily(t, devnet.SeedAlpha)
	ctx := context.Background()
	head := devnettest.Head(t, c)
	k, err := token.DetectKind(ctx, c, dao.Token, head)
	if err != nil || k != token.Comp {
		t.Errorf("DetectKind = %q, %v", k, err)
	}
	for _, block := range []uint64{head, (dao.StartBlock + head) / 2} {
		snap, err := token.Read(ctx, c, dao.Token, dao.StartBlock, block)
		if err != nil {
			t.Fatal(err)
		}
		if snap.Kind != token.Comp || snap.Decimals != 18 || snap.Symbol != "UNI" {
			t.Errorf("kind %q, symbol %q, decimals %d", snap.Kind, snap.Symbol, snap.Decimals)
		}
		checkAgainstCalls(t, c, snap, dao.StartBlock, "getCurrentVotes(address)")
		undelegated := 0
		for _, h := range snap.Holders {
			if h.Delegate == ([20]byte{}) && h.Balance.Sign() > 0 {
				undelegated++
				if h.Votes.Sign() != 0 {
					t.Errorf("undelegated holder %s has %s votes", h.Address, h.Votes)
				}
			}
		}
		if undelegated == 0 {
			t.Error("every UNI holder delegated: the fixture has undelegated holders (the payee, the treasury)")
		}
	}
}
