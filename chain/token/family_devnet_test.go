package token_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// seedFamily starts a devnet of its own and seeds one governor-family
// fixture on it. It skips under -short.
func seedFamily(t *testing.T, seed func(context.Context, *devnet.Node, string) (*devnet.FamilyDAO, error)) (*chain.Client, *devnet.FamilyDAO) {
	t.Helper()
	if testing.Short() {
		t.Skip("seeds a governor fixture")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	began := time.Now()
	dao, err := seed(ctx, n, filepath.Join(t.TempDir(), "keystore"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded %s in %v", dao.Name, time.Since(began).Round(time.Millisecond))
	return devnettest.Dial(t, n.HTTPURL(), chain.Options{}), dao
}

// word calls sig(args…) on to at block and returns its first word; ok is
// false when the call reverted or returned less than a word.
func word(t *testing.T, c *chain.Client, to common.Address, block uint64, sig string, args ...common.Address) (w []byte, ok bool) {
	t.Helper()
	data := crypto.Keccak256([]byte(sig))[:4]
	for _, a := range args {
		data = append(data, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	res, err := c.CallAt(context.Background(), block, []chain.Call{{To: to, Data: data}})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || len(res[0].Data) < 32 {
		return nil, false
	}
	return res[0].Data[:32], true
}

func mustUint(t *testing.T, c *chain.Client, to common.Address, block uint64, sig string, args ...common.Address) *big.Int {
	t.Helper()
	w, ok := word(t, c, to, block, sig, args...)
	if !ok {
		t.Fatalf("%s on %s reverted", sig, to)
	}
	return new(big.Int).SetBytes(w)
}

// checkAgainstCalls compares a snapshot with direct calls at its block for
// every address in the token's logs: balanceOf, the votes getter and
// delegates().
func checkAgainstCalls(t *testing.T, c *chain.Client, snap *token.Snapshot, start uint64, votesSig string) {
	t.Helper()
	block := snap.Block
	holders := map[common.Address]token.Holder{}
	sum := new(big.Int)
	for _, h := range snap.Holders {
		holders[h.Address] = h
		sum.Add(sum, h.Balance)
	}
	if sum.Cmp(snap.TotalSupply) != 0 {
		t.Errorf("balances add up to %s, total supply %s", sum, snap.TotalSupply)
	}
	votesSum := new(big.Int)
	for _, d := range snap.Delegates {
		votesSum.Add(votesSum, d.Votes)
	}
	if votesSum.Cmp(snap.TotalVotes) != 0 {
		t.Errorf("delegates' votes add up to %s, TotalVotes %s", votesSum, snap.TotalVotes)
	}
	addrs := everyAddress(t, c, snap.Token, start, block)
	chainVotes := new(big.Int)
	checked := 0
	for _, a := range addrs {
		bal := mustUint(t, c, snap.Token, block, "balanceOf(address)", a)
		votes := mustUint(t, c, snap.Token, block, votesSig, a)
		dw, _ := word(t, c, snap.Token, block, "delegates(address)", a)
		del := common.BytesToAddress(dw[12:])
		chainVotes.Add(chainVotes, votes)
		h, ok := holders[a]
		if !ok {
			if bal.Sign() != 0 || votes.Sign() != 0 {
				t.Errorf("%s holds %s and %s votes but is not a holder", a, bal, votes)
			}
			continue
		}
		checked++
		if h.Balance.Cmp(bal) != 0 || h.Votes.Cmp(votes) != 0 || h.Delegate != del {
			t.Errorf("%s: balance %s votes %s delegate %s; chain says %s, %s, %s", a, h.Balance, h.Votes, h.Delegate, bal, votes, del)
		}
	}
	if chainVotes.Cmp(snap.TotalVotes) != 0 {
		t.Errorf("%s add up to %s, TotalVotes %s", votesSig, chainVotes, snap.TotalVotes)
	}
	t.Logf("block %d: %d holders (%d checked), %d delegates, total supply %s, total votes %s", block, len(snap.Holders), checked, len(snap.Delegates), snap.TotalSupply, snap.TotalVotes)
}

// TestERC721VotesDAO reads the ERC721Votes fixture: balances are counts,
// no decimals, and every holder matches balanceOf, getVotes and delegates.
func TestERC721VotesDAO(t *testing.T) {
	c, dao := seedFamily(t, devnet.SeedOZ5NFT)
	ctx := context.Background()
	head := devnettest.Head(t, c)
	k, err := token.DetectKind(ctx, c, dao.Token, head)
	if err != nil || k != token.ERC721Votes {
		t.Errorf("DetectKind = %q, %v", k, err)
	}
	for _, block := range []uint64{head, (dao.StartBlock + head) / 2} {
		snap, err := token.Read(ctx, c, dao.Token, dao.StartBlock, block)
		if err != nil {
			t.Fatal(err)
		}
		if snap.Kind != token.ERC721Votes || snap.Decimals != 0 || snap.Symbol == "" {
			t.Errorf("kind %q, symbol %q, decimals %d", snap.Kind, snap.Symbol, snap.Decimals)
		}
		checkAgainstCalls(t, c, snap, dao.StartBlock, "getVotes(address)")
		if block == head {
			if n := mustUint(t, c, dao.Token, head, "balanceOf(address)", dao.Timelock); n.Int64() == 0 {
				t.Error("the fixture's treasury holds no PASS")
			}
		}
	}
}
