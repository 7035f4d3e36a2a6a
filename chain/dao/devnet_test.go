package dao_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// The seeded demo DAO (no block time: blocks are sealed only for
// transactions and Mine, so request counts are exact) is started once for
// the package's tests and benchmarks.
var demo devnettest.Shared

func TestMain(m *testing.M) {
	os.Exit(demo.Run(m))
}

// startDemo returns the running demo chain and its DAO.
func startDemo(tb testing.TB) (*devnet.Node, *devnet.DAO) {
	tb.Helper()
	return demo.Start(tb)
}

// dial connects a fresh client (with its own request counter) to the demo.
func dial(tb testing.TB, opts chain.Options) *chain.Client {
	tb.Helper()
	return demo.Dial(tb, opts)
}

// open opens the demo DAO over c.
func open(tb testing.TB, c *chain.Client, cfg dao.Config) *dao.DAO {
	tb.Helper()
	_, demoDAO := startDemo(tb)
	cfg.Governor, cfg.StartBlock = demoDAO.Governor, demoDAO.StartBlock
	cfg.Tokens = demoDAO.Tokens
	d, err := dao.Open(context.Background(), c, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	// The tokens' metadata and the timelock's kind, which Open reads
	// without waiting, are read before the tests count a read's requests.
	if _, err := d.Token(context.Background()); err != nil {
		tb.Fatal(err)
	}
	if _, err := d.TimelockKind(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return d
}

func head(tb testing.TB, c *chain.Client) uint64 {
	tb.Helper()
	return devnettest.Head(tb, c)
}

func mine(tb testing.TB, n int) {
	tb.Helper()
	node, _ := startDemo(tb)
	if err := node.Mine(context.Background(), n); err != nil {
		tb.Fatal(err)
	}
}

// requests returns how many HTTP requests fn made through c.
func requests(c *chain.Client, fn func()) int64 {
	before := c.Requests()
	fn()
	return c.Requests() - before
}

// same fails unless got and want encode to the same JSON.
func same(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		lo := max(0, i-80)
		t.Errorf("%s differs from a one-shot read at byte %d:\n got …%s…\nwant …%s…", what, i, g[lo:min(len(g), i+80)], w[lo:min(len(w), i+80)])
	}
}

// checkAt compares every kind of read of d at block with one-shot reads of
// the readers over c.
func checkAt(t *testing.T, c *chain.Client, d *dao.DAO, name string, block uint64) {
	t.Helper()
	ctx := context.Background()
	_, demoDAO := startDemo(t)
	start := demoDAO.StartBlock
	gov := d.Governor()

	wantProps, err := gov.Proposals(ctx, start, block)
	if err != nil {
		t.Fatal(err)
	}
	wantVotes, err := gov.Votes(ctx, start, block)
	if err != nil {
		t.Fatal(err)
	}
	wantOwn, err := token.Read(ctx, c, d.TokenAddress(), start, block)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Token(ctx); err != nil { // the governance and pinned tokens listed
		t.Fatal(err)
	}
	var tracked []common.Address
	for _, a := range d.Tokens() {
		tracked = append(tracked, a.Address)
	}
	wantTr, err := treasury.Read(ctx, c, treasury.Query{Accounts: d.Treasury(), Tokens: tracked, Governor: demoDAO.Governor, From: start}, block)
	if err != nil {
		t.Fatal(err)
	}

	props, err := d.Proposals(ctx, block)
	if err != nil {
		t.Fatalf("%s: Proposals(%d): %v", name, block, err)
	}
	votes, err := d.Votes(ctx, block)
	if err != nil {
		t.Fatalf("%s: Votes(%d): %v", name, block, err)
	}
	own, err := d.Ownership(ctx, block)
	if err != nil {
		t.Fatalf("%s: Ownership(%d): %v", name, block, err)
	}
	tr, err := d.TreasuryAt(ctx, block)
	if err != nil {
		t.Fatalf("%s: TreasuryAt(%d): %v", name, block, err)
	}
	same(t, name+": proposals", props, wantProps)
	same(t, name+": votes", votes, wantVotes)
	same(t, name+": ownership", own, wantOwn)
	same(t, name+": treasury", tr, wantTr)
	if len(props) == 0 || len(votes) == 0 || len(own.Holders) == 0 || len(tr.Flows) == 0 {
		t.Fatalf("%s: empty read: %d proposals, %d votes, %d holders, %d flows", name, len(props), len(votes), len(own.Holders), len(tr.Flows))
	}
}

// wallet signs and sends transactions from the demo's dev accounts.
type wallet struct {
	tb   testing.TB
	eth  *ethclient.Client
	id   *big.Int
	keys map[string]*ecdsa.PrivateKey
}

func newWallet(tb testing.TB) *wallet {
	node, demoDAO := startDemo(tb)
	return newWalletOf(tb, node, demoDAO.KeystoreDir, demoDAO.Accounts)
}

// newWalletOf is a wallet of accounts, whose keystore files are in dir,
// on node's chain.
func newWalletOf(tb testing.TB, node *devnet.Node, dir string, accounts []devnet.Account) *wallet {
	eth, err := ethclient.Dial(node.HTTPURL())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(eth.Close)
	w := &wallet{tb: tb, eth: eth, id: node.ChainID(), keys: map[string]*ecdsa.PrivateKey{}}
	for _, a := range accounts {
		data, err := os.ReadFile(filepath.Join(dir, a.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		k, err := keystore.DecryptKey(data, a.Passphrase)
		if err != nil {
			tb.Fatal(err)
		}
		w.keys[a.Name()] = k.PrivateKey
	}
	return w
}

// addr returns a dev account's address.
func (w *wallet) addr(name string) common.Address {
	k, ok := w.keys[name]
	if !ok {
		w.tb.Fatalf("no dev account %q", name)
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}

// transact signs a transaction from name with gas (a call to to, or a
// deployment when to is nil), sends it and waits until it is mined
// successfully; it returns the receipt.
func (w *wallet) transact(name string, to *common.Address, data []byte, gas uint64) *types.Receipt {
	w.tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	nonce, err := w.eth.PendingNonceAt(ctx, w.addr(name))
	if err != nil {
		w.tb.Fatal(err)
	}
	price := big.NewInt(20_000_000_000)
	tx, err := types.SignNewTx(w.keys[name], types.LatestSignerForChainID(w.id), &types.DynamicFeeTx{
		ChainID: w.id, Nonce: nonce, GasTipCap: price, GasFeeCap: price, Gas: gas, To: to, Data: data,
	})
	if err != nil {
		w.tb.Fatal(err)
	}
	if err := w.eth.SendTransaction(ctx, tx); err != nil {
		w.tb.Fatalf("sending a transaction from %s: %v", name, err)
	}
	rc, err := devnettest.WaitMined(ctx, w.eth, tx.Hash())
	if err != nil {
		w.tb.Fatalf("the transaction from %s: %v", name, err)
	}
	return rc
}

// send calls to from name and returns the block the call was mined in.
func (w *wallet) send(name string, to common.Address, data []byte) uint64 {
	w.tb.Helper()
	return w.transact(name, &to, data, 500_000).BlockNumber.Uint64()
}
