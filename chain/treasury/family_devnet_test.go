package treasury_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
)

// TestNFTTreasuryDiscovered reads the ERC721Votes fixture's treasury with
// no tokens configured: its PASS tokens (ERC-721: a count, no decimals,
// flows of one token with its id) and its other assets are discovered, with
// the balances balanceOf reports, and token flows add up to the change in
// balance.
func TestNFTTreasuryDiscovered(t *testing.T) {
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
	dao, err := devnet.SeedOZ5NFT(ctx, n, filepath.Join(t.TempDir(), "keystore"))
	if err != nil {
		t.Fatal(err)
	}
	c := devnettest.Dial(t, n.HTTPURL(), chain.Options{})
	block := devnettest.Head(t, c)
	snap, err := treasury.Read(ctx, c, treasury.Query{Accounts: dao.Treasury, Governor: dao.Governor, From: dao.StartBlock}, block)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]common.Address{dao.Token}, dao.Assets...)
	listed := map[common.Address]treasury.TokenBalance{}
	for _, tb := range snap.Accounts[0].Tokens {
		listed[tb.Address] = tb
	}
	for _, tok := range want {
		tb, ok := listed[tok]
		if !ok {
			t.Errorf("%s not discovered: %+v", tok, snap.Tokens)
			continue
		}
		if b := balanceOf(t, c, tok, dao.Timelock, block); tb.Balance.Cmp(b) != 0 || tb.Err != nil {
			t.Errorf("%s: balance %s (%v), balanceOf says %s", tb.Symbol, tb.Balance, tb.Err, b)
		}
		net := new(big.Int)
		for _, f := range snap.Flows {
			if f.Asset.Address != tok {
				continue
			}
			if f.Direction == treasury.In {
				net.Add(net, f.Amount)
			} else {
				net.Sub(net, f.Amount)
			}
			if tok == dao.Token && (f.TokenID == nil || f.Amount.Int64() != 1 || !f.Asset.NFT) {
				t.Errorf("PASS flow %+v", f)
			}
		}
		change := new(big.Int).Sub(tb.Balance, balanceOf(t, c, tok, dao.Timelock, dao.StartBlock-1))
		if net.Cmp(change) != 0 {
			t.Errorf("%s: flows add up to %s, balance changed by %s", tb.Symbol, net, change)
		}
	}
	if pass := listed[dao.Token]; !pass.NFT || pass.Decimals != 0 || pass.Balance.Sign() == 0 {
		t.Errorf("PASS %+v", pass)
	}
	t.Logf("%d tokens, %d flows", len(snap.Tokens), len(snap.Flows))
}
