package main

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
)

// devActor is a demo dev account with its decrypted key, for sending the
// test's own transactions.
type devActor struct {
	name string
	addr common.Address
	key  *ecdsa.PrivateKey
}

// devAccount decrypts the demo keystore file of the dev account name with
// its known passphrase.
func devAccount(t *testing.T, dao *devnet.DAO, name string) devActor {
	t.Helper()
	for _, a := range dao.Accounts {
		if a.Name() != name {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dao.KeystoreDir, a.Name()))
		if err != nil {
			t.Fatalf("keystore file of %s: %v", name, err)
		}
		k, err := keystore.DecryptKey(data, a.Passphrase)
		if err != nil {
			t.Fatalf("decrypt the keystore of %s: %v", name, err)
		}
		if k.Address != a.Address {
			t.Fatalf("keystore of %s holds %s, want %s", name, k.Address.Hex(), a.Address.Hex())
		}
		return devActor{name: name, addr: a.Address, key: k.PrivateKey}
	}
	t.Fatalf("no dev account %q in the demo", name)
	return devActor{}
}

// dialChain connects to the devnet for the test.
func dialChain(ctx context.Context, t *testing.T, url string) *chain.Client {
	t.Helper()
	c, err := chain.Dial(ctx, url, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// sendTx signs and sends a transaction from `from` (to == nil deploys data)
// and waits for a successful receipt. Gas is estimated at the pending block
// plus a margin (see FIELD-NOTES: estimates at latest run out of gas).
func sendTx(ctx context.Context, t *testing.T, c *chain.Client, from devActor, to *common.Address, data []byte) *types.Receipt {
	t.Helper()
	ec := c.Eth()
	nonce, err := ec.PendingNonceAt(ctx, from.addr)
	if err != nil {
		t.Fatal(err)
	}
	args := map[string]any{"from": from.addr, "data": hexutil.Bytes(data)}
	if to != nil {
		args["to"] = *to
	}
	var est hexutil.Uint64
	if err := c.RPC().CallContext(ctx, &est, "eth_estimateGas", args, "pending"); err != nil {
		t.Fatalf("estimate gas for %s's transaction: %v", from.name, err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(from.key, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: uint64(est) * 13 / 10, To: to, Value: new(big.Int), Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send %s's transaction (%d bytes of calldata): %v", from.name, len(data), err)
	}
	wctx, cancel := context.WithTimeout(ctx, dashStepWait)
	defer cancel()
	r, err := devnettest.WaitMined(wctx, ec, tx.Hash())
	if err != nil {
		t.Fatalf("%s's transaction: %v", from.name, err)
	}
	return r
}

// proposeOnChain makes from propose one action (target, calldata) with
// description and returns the proposal id from the ProposalCreated event.
func proposeOnChain(ctx context.Context, t *testing.T, c *chain.Client, from devActor, gov, target common.Address, calldata []byte, description string) *big.Int {
	t.Helper()
	g := contracts.NewDaoGovernor()
	data := g.PackPropose([]common.Address{target}, []*big.Int{new(big.Int)}, [][]byte{calldata}, description)
	r := sendTx(ctx, t, c, from, &gov, data)
	for _, l := range r.Logs {
		if ev, err := g.UnpackProposalCreatedEvent(l); err == nil {
			return ev.ProposalId
		}
	}
	t.Fatal("propose emitted no ProposalCreated event")
	return nil
}

// voteOnChain casts from's vote (0 against, 1 for, 2 abstain) with reason.
func voteOnChain(ctx context.Context, t *testing.T, c *chain.Client, from devActor, gov common.Address, id *big.Int, support uint8, reason string) {
	t.Helper()
	sendTx(ctx, t, c, from, &gov, contracts.NewDaoGovernor().PackCastVoteWithReason(id, support, reason))
}

// deployToken deploys a 6-decimal StableToken named name / symbol owned by
// from and mints amount to holder.
func deployToken(ctx context.Context, t *testing.T, c *chain.Client, from devActor, name, symbol string, holder common.Address, amount *big.Int) common.Address {
	t.Helper()
	st := contracts.NewStableToken()
	code := append(common.FromHex(contracts.StableTokenMetaData.Bin), st.PackConstructor(name, symbol, from.addr)...)
	r := sendTx(ctx, t, c, from, nil, code)
	sendTx(ctx, t, c, from, &r.ContractAddress, st.PackMint(holder, amount))
	return r.ContractAddress
}
