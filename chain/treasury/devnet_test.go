package treasury_test

import (
	"context"
	"math/big"
	"os"
	"testing"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// The seeded demo DAO is started once for the package's tests.
var demo devnettest.Shared

func TestMain(m *testing.M) {
	os.Exit(demo.Run(m))
}

// balanceOf is an independent eth_call of token.balanceOf(who) at block; 0
// before the token existed.
func balanceOf(t *testing.T, c *chain.Client, tok, who common.Address, block uint64) *big.Int {
	t.Helper()
	ctx := context.Background()
	code, err := c.Eth().CodeAt(ctx, tok, new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	if len(code) == 0 {
		return new(big.Int)
	}
	st := contracts.NewStableToken() // the ERC-20 part is the same for both tokens
	out, err := c.Eth().CallContract(ctx, ethereum.CallMsg{To: &tok, Data: st.PackBalanceOf(who)}, new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	v, err := st.UnpackBalanceOf(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func ethBalance(t *testing.T, c *chain.Client, who common.Address, block uint64) *big.Int {
	t.Helper()
	v, err := c.Eth().BalanceAt(context.Background(), who, new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// plainETHIn sums the value of successful transactions sent straight to who
// in blocks [from, to]: the ETH inflows that leave no log.
func plainETHIn(t *testing.T, c *chain.Client, who common.Address, from, to uint64) *big.Int {
	t.Helper()
	ctx := context.Background()
	sum := new(big.Int)
	for n := from; n <= to; n++ {
		b, err := c.Eth().BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != who || tx.Value().Sign() == 0 {
				continue
			}
			rc, err := c.Eth().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if rc.Status == 1 {
				sum.Add(sum, tx.Value())
			}
		}
	}
	return sum
}

func TestReadMatchesChain(t *testing.T) {
	_, dao := demo.Start(t)
	ctx := context.Background()
	c := demo.Dial(t, chain.Options{})
	h, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	block := h.Number.Uint64()
	gr, err := governor.New(ctx, c, dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	props, err := gr.Proposals(ctx, dao.StartBlock, block)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]gov.Proposal{}
	paidETH := new(big.Int) // ETH the executed proposals sent
	for _, p := range props {
		byID[p.ID.String()] = p
		if p.State == gov.Executed {
			for _, v := range p.Values {
				paidETH.Add(paidETH, v)
			}
		}
	}
	tokens := append([]common.Address{dao.Token}, dao.Tokens...)
	snap, err := treasury.Read(ctx, c, treasury.Query{
		Accounts: []common.Address{dao.Timelock},
		Tokens:   tokens,
		Governor: dao.Governor,
		From:     dao.StartBlock,
	}, block)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Block != block || len(snap.Accounts) != 1 || snap.BlockTime != h.Time {
		t.Fatalf("snapshot block %d time %d, %d accounts", snap.Block, snap.BlockTime, len(snap.Accounts))
	}
	acct := snap.Accounts[0]
	if acct.ETH.Cmp(ethBalance(t, c, dao.Timelock, block)) != 0 {
		t.Errorf("ETH %s, chain says %s", acct.ETH, ethBalance(t, c, dao.Timelock, block))
	}
	if len(acct.Tokens) != len(tokens) {
		t.Fatalf("%d token balances for %d tokens", len(acct.Tokens), len(tokens))
	}
	sawSixDecimals := false
	for i, tb := range acct.Tokens {
		if tb.Address != tokens[i] || tb.Symbol == "" {
			t.Errorf("token %d: %+v", i, tb.Asset)
		}
		if want := balanceOf(t, c, tokens[i], dao.Timelock, block); tb.Balance.Cmp(want) != 0 {
			t.Errorf("%s balance %s, balanceOf says %s", tb.Symbol, tb.Balance, want)
		}
		sawSixDecimals = sawSixDecimals || tb.Decimals == 6
	}
	if !sawSixDecimals {
		t.Errorf("no 6-decimals stable token among %+v", acct.Tokens)
	}

	// Flows: token flows add up to the change in balance; ETH out is what
	// executed proposals paid; ETH in is only visible through plain
	// transactions, which the test finds by scanning blocks.
	net := map[common.Address]*big.Int{}
	ethOut := new(big.Int)
	var in, out, attributed int
	for i, f := range snap.Flows {
		if i > 0 {
			p := snap.Flows[i-1]
			if p.Block > f.Block || p.Block == f.Block && p.LogIndex > f.LogIndex {
				t.Errorf("flows out of order at %d", i)
			}
		}
		if f.Account != dao.Timelock || f.Amount.Sign() <= 0 || f.Tx == (common.Hash{}) || f.Time == 0 {
			t.Errorf("flow %+v", f)
		}
		if net[f.Asset.Address] == nil {
			net[f.Asset.Address] = new(big.Int)
		}
		switch f.Direction {
		case treasury.In:
			in++
			net[f.Asset.Address].Add(net[f.Asset.Address], f.Amount)
		case treasury.Out:
			out++
			net[f.Asset.Address].Sub(net[f.Asset.Address], f.Amount)
			if f.Asset.IsETH() {
				ethOut.Add(ethOut, f.Amount)
			}
			if f.Proposal == nil {
				t.Errorf("outflow %+v not attributed to a proposal (the timelock only pays through proposals)", f)
			}
		}
		if f.Proposal != nil {
			attributed++
			p, ok := byID[f.Proposal.String()]
			if !ok || p.State != gov.Executed || p.ExecutedBlock != f.Block {
				t.Errorf("flow %+v attributed to proposal %s (%s, executed at %d)", f, f.Proposal, p.State, p.ExecutedBlock)
			}
		}
	}
	if in == 0 || out == 0 || attributed == 0 {
		t.Errorf("%d inflows, %d outflows, %d attributed: the demo has all of them", in, out, attributed)
	}
	for _, tok := range tokens {
		change := new(big.Int).Sub(balanceOf(t, c, tok, dao.Timelock, block), balanceOf(t, c, tok, dao.Timelock, dao.StartBlock-1))
		got := net[tok]
		if got == nil {
			got = new(big.Int)
		}
		if got.Cmp(change) != 0 {
			t.Errorf("token %s: flows add up to %s, balance changed by %s", tok, got, change)
		}
	}
	if ethOut.Cmp(paidETH) != 0 || ethOut.Sign() == 0 {
		t.Errorf("ETH out %s, executed proposals paid %s", ethOut, paidETH)
	}
	ethIn := plainETHIn(t, c, dao.Timelock, dao.StartBlock, block)
	t.Logf("%d flows (%d in, %d out, %d attributed to proposals); ETH out %s, plain ETH in %s; blocks %d–%d",
		len(snap.Flows), in, out, attributed, ethOut, ethIn, dao.StartBlock, block)
	change := new(big.Int).Sub(acct.ETH, ethBalance(t, c, dao.Timelock, dao.StartBlock-1))
	if want := new(big.Int).Sub(ethIn, ethOut); change.Cmp(want) != 0 {
		t.Errorf("ETH changed by %s; plain inflows %s minus outflows %s = %s", change, ethIn, ethOut, want)
	}

	// Block times are the headers'.
	for _, f := range snap.Flows[:min(3, len(snap.Flows))] {
		hd, err := c.Header(ctx, f.Block)
		if err != nil {
			t.Fatal(err)
		}
		if hd.Time != f.Time {
			t.Errorf("flow at block %d: time %d, header %d", f.Block, f.Time, hd.Time)
		}
	}
}

// TestTwoAccounts reads the timelock and a payee together: flows between
// them appear once for each side and each account's token flows still add up.
func TestTwoAccounts(t *testing.T) {
	_, dao := demo.Start(t)
	ctx := context.Background()
	c := demo.Dial(t, chain.Options{})
	block := devnettest.Head(t, c)
	tokens := append([]common.Address{dao.Token}, dao.Tokens...)
	first, err := treasury.Read(ctx, c, treasury.Query{Accounts: []common.Address{dao.Timelock}, Tokens: tokens, Governor: dao.Governor, From: dao.StartBlock}, block)
	if err != nil {
		t.Fatal(err)
	}
	var payee common.Address
	for _, f := range first.Flows {
		if f.Direction == treasury.Out && !f.Asset.IsETH() {
			payee = f.Counterparty
			break
		}
	}
	if payee == (common.Address{}) {
		t.Fatal("the timelock paid no tokens out")
	}
	snap, err := treasury.Read(ctx, c, treasury.Query{Accounts: []common.Address{dao.Timelock, payee, dao.Timelock}, Tokens: tokens, Governor: dao.Governor, From: dao.StartBlock}, block)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Accounts) != 2 {
		t.Fatalf("%d accounts, want 2 (duplicates dropped)", len(snap.Accounts))
	}
	between := 0
	for _, acct := range []common.Address{dao.Timelock, payee} {
		for _, tok := range tokens {
			net := new(big.Int)
			for _, f := range snap.Flows {
				if f.Account != acct || f.Asset.Address != tok {
					continue
				}
				if f.Direction == treasury.In {
					net.Add(net, f.Amount)
				} else {
					net.Sub(net, f.Amount)
				}
				if f.Counterparty == dao.Timelock && acct == payee {
					between++
				}
			}
			change := new(big.Int).Sub(balanceOf(t, c, tok, acct, block), balanceOf(t, c, tok, acct, dao.StartBlock-1))
			if net.Cmp(change) != 0 {
				t.Errorf("%s in %s: flows add up to %s, balance changed by %s", acct, tok, net, change)
			}
		}
	}
	if between == 0 {
		t.Errorf("no flow from the timelock to the payee")
	}
}

// TestReadDiscovers reads the demo treasury with no tokens configured: the
// governance token and USDx, which the timelock received, are discovered,
// with the balances balanceOf reports and the flows of a pinned read.
func TestReadDiscovers(t *testing.T) {
	_, dao := demo.Start(t)
	ctx := context.Background()
	c := demo.Dial(t, chain.Options{})
	block := devnettest.Head(t, c)
	q := treasury.Query{Accounts: []common.Address{dao.Timelock}, Governor: dao.Governor, From: dao.StartBlock}
	snap, err := treasury.Read(ctx, c, q, block)
	if err != nil {
		t.Fatal(err)
	}
	pinnedQ := q
	pinnedQ.Tokens = append([]common.Address{dao.Token}, dao.Tokens...)
	pinned, err := treasury.Read(ctx, c, pinnedQ, block)
	if err != nil {
		t.Fatal(err)
	}
	found := map[common.Address]treasury.TokenBalance{}
	for _, tb := range snap.Accounts[0].Tokens {
		found[tb.Address] = tb
	}
	for _, tok := range pinnedQ.Tokens {
		tb, ok := found[tok]
		if !ok {
			t.Errorf("token %s not discovered; listed %+v", tok, snap.Tokens)
			continue
		}
		if want := balanceOf(t, c, tok, dao.Timelock, block); tb.Balance.Cmp(want) != 0 || tb.Err != nil {
			t.Errorf("%s balance %s (%v), balanceOf says %s", tb.Symbol, tb.Balance, tb.Err, want)
		}
	}
	if tb := found[dao.Stable]; tb.Symbol != "USDx" || tb.Decimals != 6 || tb.NFT {
		t.Errorf("USDx asset %+v", tb.Asset)
	}
	if len(snap.Tokens) != len(snap.Accounts[0].Tokens) {
		t.Errorf("%d tokens listed, %d balances", len(snap.Tokens), len(snap.Accounts[0].Tokens))
	}
	// The same flows, token for token, as the pinned read.
	if len(snap.Flows) != len(pinned.Flows) {
		t.Fatalf("%d flows discovered, %d pinned", len(snap.Flows), len(pinned.Flows))
	}
	usdFlows := 0
	for i, f := range snap.Flows {
		p := pinned.Flows[i]
		if f.Tx != p.Tx || f.LogIndex != p.LogIndex || f.Asset != p.Asset || f.Amount.Cmp(p.Amount) != 0 || f.Direction != p.Direction || f.Time != p.Time {
			t.Errorf("flow %d: %+v, pinned read %+v", i, f, p)
		}
		if f.Asset.Address == dao.Stable {
			usdFlows++
		}
	}
	if usdFlows == 0 {
		t.Error("no USDx flows")
	}
	// Excluding USDx drops it from the list and the flows.
	q.Exclude = []common.Address{dao.Stable}
	ex, err := treasury.Read(ctx, c, q, block)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ex.Tokens {
		if a.Address == dao.Stable {
			t.Error("excluded USDx listed")
		}
	}
	for _, f := range ex.Flows {
		if f.Asset.Address == dao.Stable {
			t.Error("excluded USDx has flows")
		}
	}
}
