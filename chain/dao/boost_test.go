package dao_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestCustomVotingUnits reads the oz5-boost fixture, whose token counts a
// staking bonus in its voting units, so that its votes do not follow its
// balances and delegations: Ownership reads them from DelegateVotesChanged
// instead, with a note, and they match the token's getVotes for every
// account; a second run remembers it from the cache (no note, no second
// history read); a new delegation is folded live.
func TestCustomVotingUnits(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds a governor fixture")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	node, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	fam, err := devnet.SeedOZ5Boost(ctx, node, filepath.Join(t.TempDir(), "keystore"))
	if err != nil {
		t.Fatal(err)
	}
	c := devnettest.Dial(t, node.HTTPURL(), chain.Options{})
	dir := t.TempDir()
	openBoost := func() (*dao.DAO, *notes) {
		n := &notes{}
		d, err := dao.Open(ctx, c, dao.Config{Governor: fam.Governor, StartBlock: fam.StartBlock, Confirmations: 1,
			Cache: storeOf(t, c, dir), OnNote: n.add})
		if err != nil {
			t.Fatal(err)
		}
		// Read by Open, not waited for: not counted below.
		if _, err := d.Token(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := d.TimelockKind(ctx); err != nil {
			t.Fatal(err)
		}
		return d, n
	}
	const fallback = "reading its voting power from its DelegateVotesChanged events"

	d, n := openBoost()
	block := devnettest.Head(t, c)
	own, err := d.Ownership(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(n.all(), fallback) || !strings.Contains(n.all(), "voting units differ from balances") {
		t.Errorf("notes %q, want the fallback named", n.all())
	}
	checkTokenVotes(t, c, fam.Token, own)
	boosted := false
	for _, dl := range own.Delegates {
		sum := new(big.Int)
		for _, a := range dl.Delegators {
			for _, h := range own.Holders {
				if h.Address == a {
					sum.Add(sum, h.Balance)
				}
			}
		}
		boosted = boosted || sum.Cmp(dl.Votes) != 0
	}
	if !boosted {
		t.Error("every delegate's votes are its delegators' balances: the fixture shows no custom units")
	}
	want, err := token.Read(ctx, c, fam.Token, fam.StartBlock, block)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "ownership", own, want)

	// A second run knows the token from the cache.
	d2, n2 := openBoost()
	reqs := requests(c, func() {
		if _, err := d2.Ownership(ctx, block); err != nil {
			t.Fatal(err)
		}
	})
	if strings.Contains(n2.all(), fallback) {
		t.Errorf("the second run fell back again: %q", n2.all())
	}
	t.Logf("second run: %d requests", reqs)
	if reqs > 4 {
		t.Errorf("the second run made %d requests for the ownership it had cached", reqs)
	}

	// dave, who never delegated, delegates to himself: his balance and
	// his bonus become his votes.
	w := newWalletOf(t, node, fam.KeystoreDir, fam.Accounts)
	dave := w.addr(devnet.FamilyOZ5Boost + "-dave")
	b := w.send(devnet.FamilyOZ5Boost+"-dave", fam.Token, contracts.NewDaoToken().PackDelegate(dave))
	own2, err := d2.Ownership(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	checkTokenVotes(t, c, fam.Token, own2)
	for _, h := range own2.Holders {
		if h.Address == dave && (h.Delegate != dave || h.Votes.Cmp(h.Balance) <= 0) {
			t.Errorf("dave after delegating to himself: %+v, want votes over his balance", h)
		}
	}
}

// checkTokenVotes compares every holder's and delegate's votes in snap
// with the token's getVotes at snap's block.
func checkTokenVotes(t *testing.T, c *chain.Client, tok common.Address, snap *token.Snapshot) {
	t.Helper()
	votes := map[common.Address]*big.Int{}
	for _, h := range snap.Holders {
		votes[h.Address] = h.Votes
	}
	for _, d := range snap.Delegates {
		votes[d.Address] = d.Votes
	}
	sel := crypto.Keccak256([]byte("getVotes(address)"))[:4]
	for a, v := range votes {
		res, err := c.CallAt(context.Background(), snap.Block, []chain.Call{{To: tok, Data: append(append([]byte{}, sel...), common.LeftPadBytes(a.Bytes(), 32)...)}})
		if err != nil || res[0].Err != nil {
			t.Fatalf("getVotes(%s): %v %v", a.Hex(), err, res[0].Err)
		}
		if got := new(big.Int).SetBytes(res[0].Data); got.Cmp(v) != 0 {
			t.Errorf("votes of %s at block %d: %s, the token's getVotes %s", a.Hex(), snap.Block, v, got)
		}
	}
}
