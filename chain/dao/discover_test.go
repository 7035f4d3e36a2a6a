package dao_test

import (
	"context"
	"math/big"
	"testing"
	"unicode/utf8"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// These tests deploy spam tokens to the shared demo chain: they run after
// the tests of dao_test.go, which expect the demo's tokens only.

// TestDiscoverWithoutPins opens the demo DAO with no tokens configured:
// Open reads no history, so only the governance token is known; USDx, which
// the timelock holds and proposals pay out, is discovered by the first read
// that meets it — Proposals (an action's target) or TreasuryAt (a flow) —
// and its balance and flows are those of a pinned read.
func TestDiscoverWithoutPins(t *testing.T) {
	_, demoDAO := startDemo(t)
	ctx := context.Background()
	c := dial(t, chain.Options{})
	for _, first := range []string{"Proposals", "TreasuryAt"} {
		d, err := dao.Open(ctx, c, dao.Config{Governor: demoDAO.Governor, StartBlock: demoDAO.StartBlock})
		if err != nil {
			t.Fatal(err)
		}
		if toks := d.Tokens(); len(toks) > 1 {
			t.Fatalf("tokens at Open: %+v", toks)
		}
		block := head(t, c)
		if first == "Proposals" {
			_, err = d.Proposals(ctx, block)
		} else {
			_, err = d.TreasuryAt(ctx, block)
		}
		if err != nil {
			t.Fatal(err)
		}
		toks := d.Tokens()
		if len(toks) != 2 || toks[0].Address != demoDAO.Token || toks[1].Address != demoDAO.Stable ||
			toks[1].Symbol != devnet.DemoStableSymbol || toks[1].Decimals != 6 || toks[1].NFT {
			t.Fatalf("tokens after the first %s: %+v", first, toks)
		}
	}
	d, err := dao.Open(ctx, c, dao.Config{Governor: demoDAO.Governor, StartBlock: demoDAO.StartBlock})
	if err != nil {
		t.Fatal(err)
	}
	block := head(t, c)
	snap, err := d.TreasuryAt(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	pinned, err := treasury.Read(ctx, c, treasury.Query{Accounts: []common.Address{demoDAO.Timelock},
		Tokens: []common.Address{demoDAO.Token, demoDAO.Stable}, Governor: demoDAO.Governor, From: demoDAO.StartBlock}, block)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "treasury without pins", snap, pinned)
	usd := contracts.NewStableToken()
	bal, err := usd.UnpackBalanceOf(view(t, c, demoDAO.Stable, usd.PackBalanceOf(demoDAO.Timelock), block))
	if err != nil {
		t.Fatal(err)
	}
	if tb := snap.Accounts[0].Tokens[1]; tb.Address != demoDAO.Stable || tb.Balance.Cmp(bal) != 0 || tb.Err != nil {
		t.Errorf("USDx balance %+v, balanceOf says %s", tb, bal)
	}
	n := 0
	for _, f := range snap.Flows {
		if f.Asset.Address == demoDAO.Stable {
			n++
			if f.Asset.Symbol != devnet.DemoStableSymbol {
				t.Errorf("USDx flow asset %+v", f.Asset)
			}
		}
	}
	if n == 0 {
		t.Error("no USDx flows")
	}
}

// TestDiscoverIncrementally airdrops two spam tokens to the timelock after
// Open: an ERC-20-shaped one whose every call reverts, and an
// ERC-721-shaped one that answers 32 bytes of 0xff to everything. The next
// TreasuryAt lists both with placeholders, Tokens grows, the read matches a
// one-shot read, and an excluded token is not listed.
func TestDiscoverIncrementally(t *testing.T) {
	_, demoDAO := startDemo(t)
	ctx := context.Background()
	c := dial(t, chain.Options{})
	w := newWallet(t)
	variants := []*dao.DAO{
		open(t, dial(t, chain.Options{}), dao.Config{}),
		open(t, dial(t, chain.Options{}), dao.Config{Confirmations: 1}),
	}
	for _, d := range variants {
		if _, err := d.TreasuryAt(ctx, head(t, c)); err != nil {
			t.Fatal(err)
		}
	}
	before := len(variants[0].Tokens())

	sender := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	spam20 := w.deploy("erin", spamERC20(sender, demoDAO.Timelock))
	spam721 := w.deploy("erin", spamERC721(sender, demoDAO.Timelock, 7))
	mine(t, 2)
	block := head(t, c)
	excluding := open(t, dial(t, chain.Options{}), dao.Config{Exclude: []common.Address{spam20, demoDAO.Token}})

	for i, d := range variants {
		snap, err := d.TreasuryAt(ctx, block)
		if err != nil {
			t.Fatalf("variant %d: %v", i, err)
		}
		toks := d.Tokens()
		if len(toks) != before+2 || toks[before].Address != spam20 || toks[before+1].Address != spam721 {
			t.Fatalf("variant %d: tokens after the airdrops %+v", i, toks)
		}
		var tracked []common.Address
		for _, a := range toks {
			tracked = append(tracked, a.Address)
		}
		want, err := treasury.Read(ctx, c, treasury.Query{Accounts: d.Treasury(), Tokens: tracked, Governor: demoDAO.Governor, From: demoDAO.StartBlock}, block)
		if err != nil {
			t.Fatal(err)
		}
		same(t, "treasury after the airdrops", snap, want)
		bals := snap.Accounts[0].Tokens
		if b := bals[before]; b.Asset != (treasury.Asset{Address: spam20}) || b.Err == nil || b.Balance == nil || b.Balance.Sign() != 0 {
			t.Errorf("reverting spam token: %+v", b)
		}
		if b := bals[before+1]; !b.NFT || b.Decimals != 0 || !utf8.ValidString(b.Symbol) || !utf8.ValidString(b.Name) || b.Err != nil {
			t.Errorf("hostile ERC-721: %+v", b)
		}
		var got20, got721 bool
		for _, f := range snap.Flows {
			switch f.Asset.Address {
			case spam20:
				got20 = f.Direction == treasury.In && f.Amount.Int64() == 42 && f.Counterparty == sender && f.TokenID == nil
			case spam721:
				got721 = f.Direction == treasury.In && f.Amount.Int64() == 1 && f.TokenID != nil && f.TokenID.Int64() == 7 && f.Asset.NFT
			}
		}
		if !got20 || !got721 {
			t.Errorf("variant %d: airdrop flows seen: ERC-20 %v, ERC-721 %v", i, got20, got721)
		}
	}

	snap, err := excluding.TreasuryAt(ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	toks := excluding.Tokens()
	if toks[0].Address != demoDAO.Token {
		t.Errorf("the governance token was excluded: %+v", toks)
	}
	for _, a := range snap.Tokens {
		if a.Address == spam20 {
			t.Error("an excluded token is listed")
		}
	}
	for _, f := range snap.Flows {
		if f.Asset.Address == spam20 {
			t.Error("an excluded token has flows")
		}
	}
	if len(toks) != before+1 || toks[len(toks)-1].Address != spam721 {
		t.Errorf("tokens with one excluded: %+v", toks)
	}
}

// spamERC20 is creation code that logs Transfer(from, to, 42) and deploys a
// contract whose every call reverts.
func spamERC20(from, to common.Address) []byte {
	code := []byte{0x60, 0x2a, 0x60, 0x00, 0x52} // mstore(0, 42)
	code = append(code, push32(common.BytesToHash(to.Bytes()))...)
	code = append(code, push32(common.BytesToHash(from.Bytes()))...)
	code = append(code, push32(token.TransferTopic())...)
	code = append(code, 0x60, 0x20, 0x60, 0x00, 0xa3) // log3(0, 32, …)
	// return the runtime 60006000fd: revert(0, 0)
	code = append(code, 0x64, 0x60, 0x00, 0x60, 0x00, 0xfd, 0x60, 0x00, 0x52, 0x60, 0x05, 0x60, 0x1b, 0xf3)
	return code
}

// spamERC721 is creation code that logs Transfer(from, to, id) with the id
// indexed and deploys a contract that returns 32 bytes of 0xff to any call.
func spamERC721(from, to common.Address, id int64) []byte {
	var ff common.Hash
	for i := range ff {
		ff[i] = 0xff
	}
	runtime := append(push32(ff), 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3)
	code := push32(common.BigToHash(big.NewInt(id)))
	code = append(code, push32(common.BytesToHash(to.Bytes()))...)
	code = append(code, push32(common.BytesToHash(from.Bytes()))...)
	code = append(code, push32(token.TransferTopic())...)
	code = append(code, 0x60, 0x00, 0x60, 0x00, 0xa4) // log4(0, 0, …)
	offset := len(code) + 12                          // codecopy (7 bytes) and return (5 bytes) follow
	code = append(code, 0x60, byte(len(runtime)), 0x60, byte(offset), 0x60, 0x00, 0x39)
	code = append(code, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3)
	return append(code, runtime...)
}

func push32(h common.Hash) []byte { return append([]byte{0x7f}, h[:]...) }

// view is an independent eth_call at block.
func view(t *testing.T, c *chain.Client, to common.Address, data []byte, block uint64) []byte {
	t.Helper()
	out, err := c.Eth().CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// deploy sends creation code from the dev account name and waits until it
// is mined; it returns the contract's address.
func (w *wallet) deploy(name string, code []byte) common.Address {
	w.tb.Helper()
	return w.transact(name, nil, code, 300_000).ContractAddress
}
