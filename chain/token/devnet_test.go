package token_test

import (
	"context"
	"math/big"
	"os"
	"testing"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The seeded demo DAO is started once for the package's tests.
var demo devnettest.Shared

func TestMain(m *testing.M) {
	os.Exit(demo.Run(m))
}

// everyAddress lists every address that ever appeared in the token's
// Transfer, DelegateChanged or DelegateVotesChanged logs, read with plain
// eth_getLogs (not through chain.Logs).
func everyAddress(t *testing.T, c *chain.Client, tok common.Address, from, to uint64) []common.Address {
	t.Helper()
	topics := []common.Hash{
		crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)")),
		crypto.Keccak256Hash([]byte("DelegateChanged(address,address,address)")),
		crypto.Keccak256Hash([]byte("DelegateVotesChanged(address,uint256,uint256)")),
	}
	logs, err := c.Eth().FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{tok}, Topics: [][]common.Hash{topics},
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, l := range logs {
		for _, h := range l.Topics[1:] {
			a := common.BytesToAddress(h[12:])
			if a != (common.Address{}) && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

func call(t *testing.T, c *chain.Client, to common.Address, data []byte, block uint64) []byte {
	t.Helper()
	out, err := c.Eth().CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestReadMatchesChain(t *testing.T) {
	_, dao := demo.Start(t)
	ctx := context.Background()
	c := demo.Dial(t, chain.Options{})
	head := devnettest.Head(t, c)
	// The head, and a block in the middle of the scenario: every figure is
	// pinned to the block asked for.
	for _, block := range []uint64{head, (dao.StartBlock + head) / 2} {
		snap, err := token.Read(ctx, c, dao.Token, dao.StartBlock, block)
		if err != nil {
			t.Fatal(err)
		}
		checkSnapshot(t, c, dao, snap, block)
	}
}

func checkSnapshot(t *testing.T, c *chain.Client, dao *devnet.DAO, snap *token.Snapshot, block uint64) {
	tk := contracts.NewDaoToken()
	if snap.Block != block || snap.Token != dao.Token || snap.Kind != token.ERC20Votes {
		t.Errorf("snapshot of %s (%q) at %d", snap.Token, snap.Kind, snap.Block)
	}
	name, _ := tk.UnpackName(call(t, c, dao.Token, tk.PackName(), block))
	symbol, _ := tk.UnpackSymbol(call(t, c, dao.Token, tk.PackSymbol(), block))
	decimals, _ := tk.UnpackDecimals(call(t, c, dao.Token, tk.PackDecimals(), block))
	supply, _ := tk.UnpackTotalSupply(call(t, c, dao.Token, tk.PackTotalSupply(), block))
	if snap.Name != name || snap.Symbol != symbol || snap.Decimals != decimals || snap.TotalSupply.Cmp(supply) != 0 {
		t.Errorf("metadata %q %q %d %s, chain says %q %q %d %s", snap.Name, snap.Symbol, snap.Decimals, snap.TotalSupply, name, symbol, decimals, supply)
	}
	holders := map[common.Address]token.Holder{}
	sum := new(big.Int)
	for i, h := range snap.Holders {
		holders[h.Address] = h
		sum.Add(sum, h.Balance)
		if i > 0 && snap.Holders[i-1].Balance.Cmp(h.Balance) < 0 {
			t.Errorf("holders not sorted by balance at %d", i)
		}
	}
	if sum.Cmp(supply) != 0 {
		t.Errorf("balances add up to %s, total supply %s", sum, supply)
	}
	delegators := map[common.Address][]common.Address{}
	votesSum := new(big.Int)
	for _, d := range snap.Delegates {
		delegators[d.Address] = d.Delegators
		votesSum.Add(votesSum, d.Votes)
	}
	if votesSum.Cmp(snap.TotalVotes) != 0 {
		t.Errorf("delegates' votes add up to %s, TotalVotes %s", votesSum, snap.TotalVotes)
	}
	addrs := everyAddress(t, c, dao.Token, dao.StartBlock, block)
	if len(snap.Holders) < 25 {
		t.Errorf("%d holders; the demo has at least 25", len(snap.Holders))
	}
	toOthers := 0
	chainVotes := new(big.Int)
	for _, a := range addrs {
		bal, _ := tk.UnpackBalanceOf(call(t, c, dao.Token, tk.PackBalanceOf(a), block))
		votes, _ := tk.UnpackGetVotes(call(t, c, dao.Token, tk.PackGetVotes(a), block))
		del, _ := tk.UnpackDelegates(call(t, c, dao.Token, tk.PackDelegates(a), block))
		chainVotes.Add(chainVotes, votes)
		h, ok := holders[a]
		if !ok {
			if bal.Sign() != 0 || votes.Sign() != 0 {
				t.Errorf("%s holds %s and %s votes but is not a holder", a, bal, votes)
			}
			continue
		}
		if h.Balance.Cmp(bal) != 0 {
			t.Errorf("%s: balance %s, balanceOf says %s", a, h.Balance, bal)
		}
		if h.Votes.Cmp(votes) != 0 {
			t.Errorf("%s: votes %s, getVotes says %s", a, h.Votes, votes)
		}
		if h.Delegate != del {
			t.Errorf("%s: delegate %s, delegates() says %s", a, h.Delegate, del)
		}
		if del != (common.Address{}) && del != a {
			toOthers++
		}
		if h.Balance.Sign() > 0 && del != (common.Address{}) {
			found := false
			for _, x := range delegators[del] {
				found = found || x == a
			}
			if !found {
				t.Errorf("%s delegates to %s but is not among its delegators", a, del)
			}
		}
	}
	t.Logf("block %d: %d holders, %d delegates, %d addresses checked, %d delegate to others", block, len(snap.Holders), len(snap.Delegates), len(addrs), toOthers)
	if chainVotes.Cmp(snap.TotalVotes) != 0 {
		t.Errorf("getVotes add up to %s, TotalVotes %s", chainVotes, snap.TotalVotes)
	}
	if toOthers == 0 {
		t.Errorf("nobody delegates to someone else; the demo does")
	}
}

func TestDetectKindDemo(t *testing.T) {
	_, dao := demo.Start(t)
	c := demo.Dial(t, chain.Options{})
	k, err := token.DetectKind(context.Background(), c, dao.Token, devnettest.Head(t, c))
	if err != nil || k != token.ERC20Votes {
		t.Errorf("DetectKind = %q, %v", k, err)
	}
	if _, err := token.DetectKind(context.Background(), c, dao.Timelock, devnettest.Head(t, c)); err == nil {
		t.Error("the timelock has a token kind")
	}
}

func TestReadRequests(t *testing.T) {
	_, dao := demo.Start(t)
	ctx := context.Background()
	c := demo.Dial(t, chain.Options{})
	head := devnettest.Head(t, c)
	before := c.Requests()
	if _, err := token.Read(ctx, c, dao.Token, dao.StartBlock, head); err != nil {
		t.Fatal(err)
	}
	// Two log requests (the first blocks, then the rest of the demo's
	// history sized from their density), one aggregate3 (metadata and the
	// votes check, Multicall3's code read in the same batch), one header.
	if got := c.Requests() - before; got != 4 {
		t.Errorf("token.Read made %d requests, want 4", got)
	}
}
