// Package signertest holds the devnet fixture the signer's and the
// journal's tests share: the seeded demo DAO on an in-process node, reached
// through a JSON-RPC proxy that counts (and on demand drops) sends and can
// pretend to be another chain, a keystore, a journal, and helpers that run
// the whole signing path and read the governor and token back.
package signertest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
)

// testABIJSON holds the governor and token calls the tests make.
const testABIJSON = `[
{"type":"function","name":"hashProposal","stateMutability":"pure","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"hasVoted","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"},{"name":"account","type":"address"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"getVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"propose","stateMutability":"nonpayable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"description","type":"string"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalVotes","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"againstVotes","type":"uint256"},{"name":"forVotes","type":"uint256"},{"name":"abstainVotes","type":"uint256"}]},
{"type":"function","name":"votingDelay","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"votingPeriod","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]}
]`

// Fixture is a demo DAO on a devnet, a client, a keystore and a journal.
type Fixture struct {
	Ctx  context.Context // ends when the test does (or after 5 minutes)
	Node *devnet.Node
	DAO  *devnet.DAO
	C    *chain.Client    // through the proxy
	J    *journal.Journal // in the test's temporary directory
	Pass map[string]string
	Addr map[string]common.Address
	// Sends counts eth_sendRawTransaction calls through the proxy.
	Sends atomic.Int64
	// Flip makes the proxy answer eth_chainId with another chain.
	Flip atomic.Bool
	// Drop makes the proxy swallow the next Drop eth_sendRawTransaction
	// calls (answering with the hash, forwarding nothing); -1 swallows all.
	Drop atomic.Int64

	t     *testing.T
	ks    string
	tabi  abi.ABI
	proxy *httptest.Server
}

// New starts a fixture for one test (skipped under -short) and stops it
// when the test ends.
func New(t *testing.T) *Fixture {
	t.Helper()
	node, dao := devnettest.Demo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	f := &Fixture{t: t, Ctx: ctx, Node: node, DAO: dao, ks: dao.KeystoreDir, Pass: map[string]string{}, Addr: map[string]common.Address{}}
	for _, a := range dao.Accounts {
		f.Pass[a.Name()] = a.Passphrase
		f.Addr[a.Name()] = a.Address
	}
	var err error
	f.tabi, err = abi.JSON(strings.NewReader(testABIJSON))
	if err != nil {
		t.Fatal(err)
	}
	f.proxy = httptest.NewServer(http.HandlerFunc(f.serveProxy))
	t.Cleanup(f.proxy.Close)
	f.C, err = chain.Dial(ctx, f.proxy.URL, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.C.Close)
	f.J, err = journal.Open(filepath.Join(t.TempDir(), "state", "daoterm", "journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// serveProxy forwards JSON-RPC to the devnet, counting eth_sendRawTransaction
// and (when flip is set) answering eth_chainId with chain 1.
func (f *Fixture) serveProxy(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var one struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	var many []struct {
		Method string `json:"method"`
	}
	if json.Unmarshal(body, &one) == nil && one.Method != "" {
		if one.Method == "eth_sendRawTransaction" {
			f.Sends.Add(1)
			if f.swallow(w, body, one.ID) {
				return
			}
		}
		if one.Method == "eth_chainId" && f.Flip.Load() {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(one.ID) + `,"result":"0x1"}`))
			return
		}
	} else if json.Unmarshal(body, &many) == nil {
		for _, m := range many {
			if m.Method == "eth_sendRawTransaction" {
				f.Sends.Add(1)
			}
		}
	}
	resp, err := http.Post(f.Node.HTTPURL(), "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// swallow answers a dropped eth_sendRawTransaction with its hash, as a node
// that accepts and then loses it does, and reports whether it did.
func (f *Fixture) swallow(w http.ResponseWriter, body []byte, id json.RawMessage) bool {
	for {
		n := f.Drop.Load()
		if n == 0 {
			return false
		}
		if n < 0 || f.Drop.CompareAndSwap(n, n-1) {
			break
		}
	}
	var req struct {
		Params []hexutil.Bytes `json:"params"`
	}
	tx := new(types.Transaction)
	if json.Unmarshal(body, &req) != nil || len(req.Params) != 1 || tx.UnmarshalBinary(req.Params[0]) != nil {
		return false
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"result":"` + tx.Hash().Hex() + `"}`))
	return true
}

// Account finds name's key file in the fixture's keystore.
func (f *Fixture) Account(name string) keystore.Account {
	f.t.Helper()
	a, err := keystore.Find(f.ks, name)
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

// Prepare builds a transaction from name.
func (f *Fixture) Prepare(name string, call *signer.Call) (*signer.Prepared, error) {
	return signer.Prepare(f.Ctx, f.C, f.Addr[name], call, signer.PrepareOptions{FromName: name, Journal: f.J})
}

// Send runs the whole path for name: prepare, sign, journal, broadcast,
// wait (see the function Send).
func (f *Fixture) Send(name string, call *signer.Call) (*signer.Prepared, *signer.Outcome) {
	f.t.Helper()
	return Send(f.Ctx, f.t, f.C, f.J, f.Account(name), []byte(f.Pass[name]), call)
}

// Send runs the signer's whole path for acct: prepare (j consulted for the
// nonce), sign, record in j, broadcast, wait (polling every 2 ms) and record
// the outcome. It fails tb on any error, a reverted transaction included.
func Send(ctx context.Context, tb testing.TB, c *chain.Client, j *journal.Journal, acct keystore.Account, pass []byte, call *signer.Call) (*signer.Prepared, *signer.Outcome) {
	tb.Helper()
	name := acct.Name
	p, err := signer.Prepare(ctx, c, acct.Address, call, signer.PrepareOptions{FromName: name, Journal: j})
	if err != nil {
		tb.Fatalf("%s %s: prepare: %v", name, call.Function, err)
	}
	s, err := p.Sign(ctx, c, acct, pass)
	if err != nil {
		tb.Fatalf("%s %s: sign: %v", name, call.Function, err)
	}
	if err := j.Record(s); err != nil {
		tb.Fatal(err)
	}
	if err := j.Broadcast(ctx, c, s); err != nil {
		tb.Fatal(err)
	}
	o, err := signer.Wait(ctx, c, s.Hash, 2*time.Millisecond)
	if err != nil {
		tb.Fatalf("%s %s: %v", name, call.Function, err)
	}
	if err := j.RecordOutcome(o); err != nil {
		tb.Fatal(err)
	}
	return p, o
}

// ChainRef is the devnet's chain id and genesis.
func (f *Fixture) ChainRef() signer.ChainRef {
	f.t.Helper()
	c, err := signer.ChainOf(f.Ctx, f.C)
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// Nonce is name's nonce at the latest block.
func (f *Fixture) Nonce(name string) uint64 {
	f.t.Helper()
	n, err := f.C.Eth().NonceAt(f.Ctx, f.Addr[name], nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// View calls method of the test ABI on to at the latest block.
func (f *Fixture) View(to common.Address, method string, args ...any) []any {
	f.t.Helper()
	data, err := f.tabi.Pack(method, args...)
	if err != nil {
		f.t.Fatal(err)
	}
	out, err := f.C.Eth().CallContract(f.Ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		f.t.Fatalf("%s on %s: %v", method, to.Hex(), err)
	}
	vals, err := f.tabi.Unpack(method, out)
	if err != nil {
		f.t.Fatalf("%s on %s: %v", method, to.Hex(), err)
	}
	return vals
}

// Tally is the proposal's against, for and abstain votes.
func (f *Fixture) Tally(id *big.Int) (against, forV, abstain *big.Int) {
	v := f.View(f.DAO.Governor, "proposalVotes", id)
	return v[0].(*big.Int), v[1].(*big.Int), v[2].(*big.Int)
}

// Votes is who's current voting power.
func (f *Fixture) Votes(who common.Address) *big.Int {
	return f.View(f.DAO.Token, "getVotes", who)[0].(*big.Int)
}

// HasVoted reports whether who voted on the proposal.
func (f *Fixture) HasVoted(id *big.Int, who common.Address) bool {
	return f.View(f.DAO.Governor, "hasVoted", id, who)[0].(bool)
}

// Propose has alice propose paying amount wei from the timelock to payee.
func (f *Fixture) Propose(payee common.Address, amount *big.Int, desc string) *gov.Proposal {
	f.t.Helper()
	p := &gov.Proposal{Targets: []common.Address{payee}, Values: []*big.Int{amount}, Calldatas: [][]byte{{}}, Description: desc}
	data, err := f.tabi.Pack("propose", p.Targets, p.Values, p.Calldatas, p.Description)
	if err != nil {
		f.t.Fatal(err)
	}
	f.Send("alice", &signer.Call{Kind: "propose", To: f.DAO.Governor, Function: "propose", Signature: "propose(address[],uint256[],bytes[],string)", Data: data, Value: new(big.Int)})
	p.ID = f.View(f.DAO.Governor, "hashProposal", p.Targets, p.Values, p.Calldatas, signer.DescriptionHash(desc))[0].(*big.Int)
	return p
}

// Mine seals n blocks.
func (f *Fixture) Mine(n int) {
	f.t.Helper()
	if err := f.Node.Mine(f.Ctx, n); err != nil {
		f.t.Fatal(err)
	}
}

// ActiveProposal is the id of one of the demo's active proposals.
func (f *Fixture) ActiveProposal() *big.Int {
	for _, p := range f.DAO.Proposals {
		if p.State == "active" {
			return p.ID
		}
	}
	f.t.Fatal("no active proposal in the demo")
	return nil
}

// OZWriter returns the call encoder of an OpenZeppelin governor with
// GovernorCountingSimple (the demo's and the v4 tests').
func OZWriter(t testing.TB, addr common.Address, fam gov.Family) *governor.Writer {
	t.Helper()
	w, err := governor.NewWriter(addr, gov.Kind{Family: fam, Counting: gov.CountingSimple, QuorumAbstain: true})
	if err != nil {
		t.Fatal(err)
	}
	return w
}
