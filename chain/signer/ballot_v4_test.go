package signer_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/internal/signertest"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
)

// This file proves the signer on an OpenZeppelin 4.9 governor
// (DaoGovernorV4 from chain/contracts): the gasless ballot without voter and
// nonce, relayed with castVoteBySig(v, r, s), and the ordinary vote, queue
// and execute paths with v4's string reverts.

const (
	v4GovName       = "Model Commons v4 Governor"
	v4Delay         = 2  // voting delay, blocks
	v4Period        = 30 // voting period, blocks
	v4TimelockDelay = time.Hour
)

// v4Fixture is an OpenZeppelin 4.9 DAO on its own devnet. deployer and
// alice sign raw transactions for the setup; bob, dave and erin have
// keystore files and go through signer.Prepare, Sign, the journal and Broadcast.
// alice (400k), bob (300k) and dave (100k) hold and self-delegate tokens;
// erin holds only ETH.
type v4Fixture struct {
	t    *testing.T
	ctx  context.Context
	node *devnet.Node
	c    *chain.Client
	j    *journal.Journal
	ks   string

	keys   map[string]*ecdsa.PrivateKey
	addr   map[string]common.Address
	nonces map[common.Address]uint64
	signer types.Signer

	tok                 *contracts.DaoTokenV4
	gov                 *contracts.DaoGovernorV4
	token, timelock, gv common.Address
}

func v4Pass(name string) string { return name + "-v4-test" }

func newV4Fixture(t *testing.T) *v4Fixture {
	t.Helper()
	if testing.Short() {
		t.Skip("devnet test")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	f := &v4Fixture{t: t, ctx: ctx, ks: filepath.Join(t.TempDir(), "ks"), keys: map[string]*ecdsa.PrivateKey{},
		addr: map[string]common.Address{}, nonces: map[common.Address]uint64{}, tok: contracts.NewDaoTokenV4(), gov: contracts.NewDaoGovernorV4()}
	alloc := types.GenesisAlloc{}
	for _, name := range []string{"deployer", "alice", "bob", "dave", "erin"} {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte("daoterm signer v4 test/" + name)))
		if err != nil {
			t.Fatal(err)
		}
		f.keys[name], f.addr[name] = k, crypto.PubkeyToAddress(k.PublicKey)
		alloc[f.addr[name]] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))}
		if name == "bob" || name == "dave" || name == "erin" {
			if _, _, err := keystore.Import(f.ks, name, []byte(hex.EncodeToString(crypto.FromECDSA(k))), []byte(v4Pass(name)), keystore.CreateOptions{Light: true}); err != nil {
				t.Fatal(err)
			}
		}
	}
	node, err := devnet.Start(ctx, devnet.Config{Listen: "127.0.0.1:0", Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	f.node, f.signer = node, types.LatestSignerForChainID(node.ChainID())
	if f.c, err = chain.Dial(ctx, node.HTTPURL(), chain.Options{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.c.Close)
	if f.j, err = journal.Open(filepath.Join(t.TempDir(), "state", "journal.jsonl")); err != nil {
		t.Fatal(err)
	}

	dep := f.addr["deployer"]
	f.token, f.timelock, f.gv = crypto.CreateAddress(dep, 0), crypto.CreateAddress(dep, 1), crypto.CreateAddress(dep, 2)
	f.raw("deployer", nil, nil, append(common.FromHex(contracts.DaoTokenV4MetaData.Bin), f.tok.PackConstructor("Model Commons v4", "MCV4", dep)...), 8_000_000)
	f.raw("deployer", nil, nil, append(common.FromHex(contracts.DaoTimelockV4MetaData.Bin), contracts.NewDaoTimelockV4().PackConstructor(
		big.NewInt(int64(v4TimelockDelay/time.Second)), []common.Address{f.gv}, []common.Address{{}}, common.Address{})...), 8_000_000)
	f.raw("deployer", nil, nil, append(common.FromHex(contracts.DaoGovernorV4MetaData.Bin), f.gov.PackConstructor(
		v4GovName, f.token, f.timelock, big.NewInt(v4Delay), big.NewInt(v4Period), new(big.Int), big.NewInt(4))...), 8_000_000)
	for _, h := range []struct {
		name  string
		whole int64
	}{{"alice", 400_000}, {"bob", 300_000}, {"dave", 100_000}} {
		f.raw("deployer", &f.token, nil, f.tok.PackMint(f.addr[h.name], new(big.Int).Mul(big.NewInt(h.whole), big.NewInt(1e18))), 300_000)
		f.raw(h.name, &f.token, nil, f.tok.PackDelegate(f.addr[h.name]), 300_000)
	}
	f.raw("deployer", &f.timelock, big.NewInt(5e18), nil, 100_000)
	return f
}

// raw signs and sends a setup transaction from name and waits for it.
func (f *v4Fixture) raw(name string, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Receipt {
	f.t.Helper()
	if value == nil {
		value = new(big.Int)
	}
	from := f.addr[name]
	tx, err := types.SignNewTx(f.keys[name], f.signer, &types.DynamicFeeTx{ChainID: f.node.ChainID(), Nonce: f.nonces[from],
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(20e9), Gas: gas, To: to, Value: value, Data: data})
	if err != nil {
		f.t.Fatal(err)
	}
	if err := f.c.Eth().SendTransaction(f.ctx, tx); err != nil {
		f.t.Fatalf("%s: %v", name, err)
	}
	f.nonces[from]++
	rc, err := devnettest.WaitMined(f.ctx, f.c.Eth(), tx.Hash())
	if err != nil {
		f.t.Fatalf("%s: %v", name, err)
	}
	return rc
}

// send runs the signer's whole path for a keystore account: prepare, sign,
// journal, broadcast, wait.
func (f *v4Fixture) send(name string, call *signer.Call) (*signer.Prepared, *signer.Outcome) {
	f.t.Helper()
	acct, err := keystore.Find(f.ks, name)
	if err != nil {
		f.t.Fatal(err)
	}
	return signertest.Send(f.ctx, f.t, f.c, f.j, acct, []byte(v4Pass(name)), call)
}

func (f *v4Fixture) view(to common.Address, data []byte) []byte {
	f.t.Helper()
	out, err := f.c.Eth().CallContract(f.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return out
}

func (f *v4Fixture) hasVoted(id *big.Int, who common.Address) bool {
	f.t.Helper()
	v, err := f.gov.UnpackHasVoted(f.view(f.gv, f.gov.PackHasVoted(id, who)))
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func (f *v4Fixture) tally(id *big.Int) v4Tally {
	f.t.Helper()
	v, err := f.gov.UnpackProposalVotesV4(f.view(f.gv, f.gov.PackProposalVotesV4(id)))
	if err != nil {
		f.t.Fatal(err)
	}
	return v4Tally{v.AgainstVotes, v.ForVotes, v.AbstainVotes}
}

// v4Tally is (against, for, abstain).
type v4Tally [3]*big.Int

func (f *v4Fixture) mine(n int) {
	f.t.Helper()
	if err := f.node.Mine(f.ctx, n); err != nil {
		f.t.Fatal(err)
	}
}

// TestV4BallotRelay: on an OpenZeppelin 4.9 governor, dave signs a gasless
// ballot (the v4 Ballot(uint256 proposalId,uint8 support), no voter, no
// nonce), exports it as JSON, and erin (who holds no tokens) relays it with
// castVoteBySig(v, r, s) through the whole signer path; the governor counts
// it for dave. bob votes directly; a second vote and a replayed ballot are
// refused with v4's string reverts decoded; the proposal is then queued and
// executed through the signer.
func TestV4BallotRelay(t *testing.T) {
	f := newV4Fixture(t)
	payee := common.HexToAddress("0x00000000000000000000000000000000000000b4")
	prop := &gov.Proposal{Targets: []common.Address{payee}, Values: []*big.Int{big.NewInt(1e18)}, Calldatas: [][]byte{{}},
		Description: "# Pay the v4 relayer test\n\nOne ether, voted by **signature**."}
	f.raw("alice", &f.gv, nil, f.gov.PackPropose(prop.Targets, prop.Values, prop.Calldatas, prop.Description), 1_000_000)
	id, err := f.gov.UnpackHashProposal(f.view(f.gv, f.gov.PackHashProposal(prop.Targets, prop.Values, prop.Calldatas, signer.DescriptionHash(prop.Description))))
	if err != nil {
		t.Fatal(err)
	}
	prop.ID = id
	f.mine(v4Delay + 1)
	power := func(who string) *big.Int {
		snap, err := f.gov.UnpackProposalSnapshot(f.view(f.gv, f.gov.PackProposalSnapshot(id)))
		if err != nil {
			t.Fatal(err)
		}
		v, err := f.tok.UnpackGetPastVotes(f.view(f.token, f.tok.PackGetPastVotes(f.addr[who], snap)))
		if err != nil || v.Sign() == 0 {
			t.Fatalf("%s's power at the snapshot: %v, %v", who, v, err)
		}
		return v
	}

	// The ballot format and domain are detected from the chain.
	format, dom, err := signer.DetectBallot(f.ctx, f.c, f.gv)
	if err != nil {
		t.Fatal(err)
	}
	if format != typeddata.BallotOZ4 || dom.Name != v4GovName || dom.Version != "1" || dom.ChainID.Cmp(f.node.ChainID()) != 0 || dom.VerifyingContract != f.gv {
		t.Fatalf("DetectBallot = %s, %+v", format, dom)
	}
	th, err := f.gov.UnpackBALLOTTYPEHASH(f.view(f.gv, f.gov.PackBALLOTTYPEHASH()))
	if err != nil || common.Hash(th) != typeddata.BallotTypeHash(typeddata.BallotOZ4) {
		t.Fatalf("BALLOT_TYPEHASH() = %x, %v", th, err)
	}

	// dave signs a ballot; the review shows the v4 fields only.
	pb, err := signer.PrepareBallot(f.ctx, f.c, signertest.OZWriter(t, f.gv, gov.FamilyOZ4), f.addr["dave"], id, gov.For, "dave")
	if err != nil {
		t.Fatal(err)
	}
	r := pb.Review
	args := map[string]string{}
	for _, a := range r.Args {
		args[strings.TrimSpace(a.Name)] = a.Value
	}
	if r.Kind != signer.KindBallot || r.VotingPower.Cmp(power("dave")) != 0 || r.ProposalState != "Active" || r.AlreadyVoted || len(r.Warnings) != 0 ||
		args["message"] != "Ballot(uint256 proposalId,uint8 support)" || args["version"] == "" || args["chainId"] != "1337" || args["support"] != "1 (for)" {
		t.Errorf("ballot review: %+v", r)
	}
	for _, a := range r.Args {
		if n := strings.TrimSpace(a.Name); n == "voter" || n == "nonce" {
			t.Errorf("an OZ v4 ballot has no %s, the review shows %+v", a.Name, a)
		}
	}
	daveAcct, err := keystore.Find(f.ks, "dave")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pb.Sign(f.ctx, f.c, daveAcct, []byte("wrong")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	bl, err := pb.Sign(f.ctx, f.c, daveAcct, []byte(v4Pass("dave")))
	if err != nil {
		t.Fatal(err)
	}
	if bl.Format != typeddata.BallotOZ4 || bl.Voter != f.addr["dave"] || bl.Nonce != nil {
		t.Errorf("signed ballot %+v", bl)
	}

	// Exported, handed over, parsed and checked by the relayer.
	exported, err := json.Marshal(bl)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(exported), `"nonce"`) || !strings.Contains(string(exported), `"format":"oz4"`) {
		t.Errorf("exported v4 ballot:\n%s", exported)
	}
	relayed, err := typeddata.ParseBallot(exported)
	if err != nil {
		t.Fatal(err)
	}
	if err := signer.CheckBallot(f.ctx, f.c, relayed); err != nil {
		t.Fatal(err)
	}
	call, err := signer.RelayCall(relayed)
	if err != nil {
		t.Fatal(err)
	}
	if call.Signature != "castVoteBySig(uint256,uint8,uint8,bytes32,bytes32)" {
		t.Errorf("relay call %s", call.Signature)
	}
	daveNonce, err := f.c.Eth().NonceAt(f.ctx, f.addr["dave"], nil)
	if err != nil {
		t.Fatal(err)
	}
	before := f.tally(id)
	pr, o := f.send("erin", call)
	if pr.Review.Kind != signer.KindRelay || pr.Review.Voter != f.addr["dave"] || pr.Review.VotingPower.Cmp(power("dave")) != 0 || pr.Review.ToName != v4GovName {
		t.Errorf("relay review: %+v", pr.Review)
	}
	if !o.Success || !f.hasVoted(id, f.addr["dave"]) {
		t.Fatal("the relayed v4 ballot was not counted (hasVoted false)")
	}
	after := f.tally(id)
	if d := new(big.Int).Sub(after[1], before[1]); d.Cmp(power("dave")) != 0 || after[0].Cmp(before[0]) != 0 || after[2].Cmp(before[2]) != 0 {
		t.Errorf("tally %v → %v, want For up by dave's %s", before, after, power("dave"))
	}
	if n, _ := f.c.Eth().NonceAt(f.ctx, f.addr["dave"], nil); n != daveNonce {
		t.Error("the voter sent a transaction")
	}
	if f.hasVoted(id, f.addr["erin"]) {
		t.Error("the relayer's vote was counted")
	}
	// v4 ballots have no nonce: a replay is stopped by the governor itself,
	// and the string revert is decoded.
	var re *revert.Error
	if err := signer.CheckBallot(f.ctx, f.c, relayed); !errors.As(err, &re) || !strings.Contains(err.Error(), "vote already cast") {
		t.Errorf("replayed ballot: %v", err)
	}

	// bob votes directly with a reason; a second vote is refused before signing.
	vc, err := signer.VoteCall(signertest.OZWriter(t, f.gv, gov.FamilyOZ4), id, gov.Against, "prefer a grant", nil)
	if err != nil {
		t.Fatal(err)
	}
	pv, _ := f.send("bob", vc)
	if pv.Review.VotingPower.Cmp(power("bob")) != 0 || pv.Review.ProposalState != "Active" || len(pv.Review.Warnings) != 0 || !f.hasVoted(id, f.addr["bob"]) {
		t.Errorf("bob's vote review: %+v", pv.Review)
	}
	vc, _ = signer.VoteCall(signertest.OZWriter(t, f.gv, gov.FamilyOZ4), id, gov.For, "", nil)
	if _, err := signer.Prepare(f.ctx, f.c, f.addr["bob"], vc, signer.PrepareOptions{}); !errors.As(err, &re) || re.Revert.Name != "Error" || !strings.Contains(re.Revert.String(), "vote already cast") {
		t.Errorf("second vote: %v", err)
	}

	// For (dave 100k) loses to Against (bob 300k) unless alice votes For.
	f.raw("alice", &f.gv, nil, f.gov.PackCastVote(id, uint8(gov.For)), 500_000)
	f.mine(v4Period + 1)
	rd, err := governor.New(f.ctx, f.c, f.gv)
	if err != nil {
		t.Fatal(err)
	}
	h, err := f.c.Head(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	props, err := rd.Proposals(f.ctx, 0, h.Number.Uint64())
	if err != nil || len(props) != 1 || props[0].State != gov.Succeeded {
		t.Fatalf("proposals from the reader: %+v, %v", props, err)
	}
	qc, err := signer.QueueCall(signertest.OZWriter(t, f.gv, gov.FamilyOZ4), &props[0])
	if err != nil {
		t.Fatal(err)
	}
	f.send("bob", qc)
	ec, err := signer.ExecuteCall(signertest.OZWriter(t, f.gv, gov.FamilyOZ4), &props[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Prepare(f.ctx, f.c, f.addr["erin"], ec, signer.PrepareOptions{}); !errors.As(err, &re) || !strings.Contains(err.Error(), "TimelockController") {
		t.Errorf("execute before the timelock delay: %v", err)
	}
	if err := f.node.AdvanceTime(f.ctx, v4TimelockDelay+time.Minute); err != nil {
		t.Fatal(err)
	}
	bal0, _ := f.c.Eth().BalanceAt(f.ctx, payee, nil)
	pe, _ := f.send("erin", ec)
	if pe.Review.ProposalState != "Queued" {
		t.Errorf("execute review: %+v", pe.Review)
	}
	bal1, _ := f.c.Eth().BalanceAt(f.ctx, payee, nil)
	if d := new(big.Int).Sub(bal1, bal0); d.Cmp(big.NewInt(1e18)) != 0 {
		t.Errorf("payee received %s wei, want 1 ETH", d)
	}
	es, err := f.j.Entries()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Status != journal.StatusMined {
			t.Errorf("journal %s %s: %s", e.Function, e.Hash.Hex(), e.Status)
		}
	}
}
