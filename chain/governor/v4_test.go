package governor_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	govt "github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// This file proves the reader on an OpenZeppelin 4.9 DAO (DaoTokenV4,
// DaoTimelockV4, DaoGovernorV4 from chain/contracts), deployed on a devnet of
// its own and driven through every state a v4 Governor with
// GovernorTimelockControl reports (it never reports Expired).

// Settings of the v4 DAO, in blocks on the token's block-number clock.
const (
	v4Name          = "Model Commons v4 Governor"
	v4VotingDelay   = 4
	v4VotingPeriod  = 40
	v4QuorumPercent = 4
	v4TimelockDelay = time.Hour
)

// v4Threshold is the proposal threshold: 1,000 tokens.
var v4Threshold = v4Units(1_000)

// v4Units returns n whole tokens (18 decimals).
func v4Units(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// v4DAO is an OpenZeppelin 4.9 DAO on its own devnet, with funded accounts
// deployer, alice, bob, carol and dave, each holding and self-delegating
// tokens (alice 400k, bob 300k, carol 200k, dave 100k).
type v4DAO struct {
	t    *testing.T
	ctx  context.Context
	node *devnet.Node
	c    *chain.Client

	keys   map[string]*ecdsa.PrivateKey
	addr   map[string]common.Address
	nonces map[common.Address]uint64
	signer types.Signer

	tok *contracts.DaoTokenV4
	gov *contracts.DaoGovernorV4

	Token, Timelock, Governor common.Address
	StartBlock                uint64 // the block the token was deployed in
}

// v4Key derives a test account's key from its name.
func v4Key(name string) *ecdsa.PrivateKey {
	h := crypto.Keccak256([]byte("daoterm governor v4 test/" + name))
	k, err := crypto.ToECDSA(h)
	if err != nil {
		panic(err) // out of the curve's range: probability ~2^-128
	}
	return k
}

// startV4 starts a devnet (with Multicall3 in its genesis, as on mainnet),
// deploys the v4 token, timelock and governor, mints and delegates.
func startV4(t *testing.T) *v4DAO {
	t.Helper()
	if testing.Short() {
		t.Skip("devnet test")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	d := &v4DAO{t: t, ctx: ctx, keys: map[string]*ecdsa.PrivateKey{}, addr: map[string]common.Address{},
		nonces: map[common.Address]uint64{}, tok: contracts.NewDaoTokenV4(), gov: contracts.NewDaoGovernorV4()}
	alloc := types.GenesisAlloc{
		common.HexToAddress(contracts.Multicall3Address): {Code: contracts.Multicall3Runtime(), Balance: new(big.Int)},
	}
	for _, name := range []string{"deployer", "alice", "bob", "carol", "dave"} {
		d.keys[name] = v4Key(name)
		d.addr[name] = crypto.PubkeyToAddress(d.keys[name].PublicKey)
		alloc[d.addr[name]] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	node, err := devnet.Start(ctx, devnet.Config{Listen: "127.0.0.1:0", Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	d.node = node
	d.signer = types.LatestSignerForChainID(node.ChainID())
	if d.c, err = chain.Dial(ctx, node.HTTPURL(), chain.Options{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.c.Close)

	// The timelock names the governor as proposer and canceller before the
	// governor exists: its address follows from the deployer's nonce.
	dep := d.addr["deployer"]
	d.Governor = crypto.CreateAddress(dep, 2)
	rc := d.deploy("deployer", contracts.DaoTokenV4MetaData.Bin, d.tok.PackConstructor("Model Commons v4", "MCV4", dep))
	d.Token, d.StartBlock = rc.ContractAddress, rc.BlockNumber.Uint64()
	d.Timelock = d.deploy("deployer", contracts.DaoTimelockV4MetaData.Bin, contracts.NewDaoTimelockV4().PackConstructor(
		big.NewInt(int64(v4TimelockDelay/time.Second)), []common.Address{d.Governor}, []common.Address{{}}, common.Address{})).ContractAddress
	if got := d.deploy("deployer", contracts.DaoGovernorV4MetaData.Bin, d.gov.PackConstructor(
		v4Name, d.Token, d.Timelock, big.NewInt(v4VotingDelay), big.NewInt(v4VotingPeriod), v4Threshold, big.NewInt(v4QuorumPercent),
	)).ContractAddress; got != d.Governor {
		t.Fatalf("governor deployed at %s, expected %s", got.Hex(), d.Governor.Hex())
	}
	for _, h := range []struct {
		name  string
		whole int64
	}{{"alice", 400_000}, {"bob", 300_000}, {"carol", 200_000}, {"dave", 100_000}} {
		d.call("deployer", d.Token, nil, d.tok.PackMint(d.addr[h.name], v4Units(h.whole)))
		d.call(h.name, d.Token, nil, d.tok.PackDelegate(d.addr[h.name]))
	}
	d.call("deployer", d.Timelock, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), nil) // the treasury
	return d
}

// send signs and sends a transaction from name and waits for its receipt,
// failing the test when it reverts.
func (d *v4DAO) send(name string, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Receipt {
	d.t.Helper()
	from := d.addr[name]
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(d.keys[name], d.signer, &types.DynamicFeeTx{
		ChainID: d.node.ChainID(), Nonce: d.nonces[from], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(20e9),
		Gas: gas, To: to, Value: value, Data: data,
	})
	if err != nil {
		d.t.Fatal(err)
	}
	if err := d.c.Eth().SendTransaction(d.ctx, tx); err != nil {
		d.t.Fatalf("%s: sending: %v", name, err)
	}
	d.nonces[from]++
	rc, err := devnettest.WaitMined(d.ctx, d.c.Eth(), tx.Hash())
	if err != nil {
		d.t.Fatalf("%s (gas limit %d): %v", name, gas, err)
	}
	return rc
}

func (d *v4DAO) deploy(name, bin string, args []byte) *types.Receipt {
	d.t.Helper()
	return d.send(name, nil, nil, append(common.FromHex(bin), args...), 8_000_000)
}

func (d *v4DAO) call(name string, to common.Address, value *big.Int, data []byte) *types.Receipt {
	d.t.Helper()
	return d.send(name, &to, value, data, 1_500_000)
}

// view makes an eth_call to the governor or the token at block.
func (d *v4DAO) view(to common.Address, data []byte, block uint64) []byte {
	d.t.Helper()
	return ethCall(d.t, d.c, to, data, block)
}

func (d *v4DAO) head() uint64 { return devnettest.Head(d.t, d.c) }

// mineTo seals empty blocks until the head is at least target.
func (d *v4DAO) mineTo(target uint64) {
	d.t.Helper()
	if h := d.head(); h < target {
		if err := d.node.Mine(d.ctx, int(target-h)); err != nil {
			d.t.Fatal(err)
		}
	}
}

// v4Proposal is a proposal the test made.
type v4Proposal struct {
	name        string
	id          *big.Int
	targets     []common.Address
	values      []*big.Int
	calldatas   [][]byte
	description string
	snapshot    uint64
	deadline    uint64
	want        govt.State
	queuedEta   uint64 // from the ProposalQueued event; 0 if never queued
	queued      uint64 // blocks of the queue, execute and cancel transactions
	executed    uint64
	canceled    uint64
}

func (p *v4Proposal) descHash() [32]byte { return crypto.Keccak256Hash([]byte(p.description)) }

// propose has alice propose paying wei to payee; name is the test's name for it.
func (d *v4DAO) propose(name string, payee common.Address, wei *big.Int, description string) *v4Proposal {
	d.t.Helper()
	p := &v4Proposal{name: name, targets: []common.Address{payee}, values: []*big.Int{wei}, calldatas: [][]byte{{}}, description: description}
	rc := d.call("alice", d.Governor, nil, d.gov.PackPropose(p.targets, p.values, p.calldatas, p.description))
	id, err := d.gov.UnpackHashProposal(d.view(d.Governor, d.gov.PackHashProposal(p.targets, p.values, p.calldatas, p.descHash()), rc.BlockNumber.Uint64()))
	if err != nil {
		d.t.Fatal(err)
	}
	p.id = id
	snap, _ := d.gov.UnpackProposalSnapshot(d.view(d.Governor, d.gov.PackProposalSnapshot(id), rc.BlockNumber.Uint64()))
	end, _ := d.gov.UnpackProposalDeadline(d.view(d.Governor, d.gov.PackProposalDeadline(id), rc.BlockNumber.Uint64()))
	if snap == nil || end == nil || snap.Uint64() != rc.BlockNumber.Uint64()+v4VotingDelay {
		d.t.Fatalf("proposal %s: snapshot %v, deadline %v (proposed in block %d)", name, snap, end, rc.BlockNumber)
	}
	p.snapshot, p.deadline = snap.Uint64(), end.Uint64()
	return p
}

// v4Vote is a vote the test cast.
type v4Vote struct {
	who     string
	p       *v4Proposal
	support govt.Support
	reason  string
}

func (d *v4DAO) vote(v v4Vote) {
	d.t.Helper()
	data := d.gov.PackCastVote(v.p.id, uint8(v.support))
	if v.reason != "" {
		data = d.gov.PackCastVoteWithReason(v.p.id, uint8(v.support), v.reason)
	}
	d.call(v.who, d.Governor, nil, data)
}

// TestV4Governor drives an OpenZeppelin 4.9 DAO through Pending, Active,
// Canceled, Defeated, Succeeded, Queued and Executed, and checks what
// governor.New, Info, Proposals, Votes and EstimateTime read from it (and
// chain/dao on top of them) against direct calls.
func TestV4Governor(t *testing.T) {
	d := startV4(t)
	ctx := d.ctx
	payee := common.HexToAddress("0x00000000000000000000000000000000000000e4")
	eth := func(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }

	exec := d.propose("executed", payee, eth(1000), "# Fund the v4 evaluation run\n\nPay **1 ETH** to the eval team:\n\n- GPU hours\n- [the plan](https://example.org/plan)\n\n| item | ETH |\n|---|---|\n| eval | 1 |\n")
	defeat := d.propose("defeated", payee, new(big.Int), "## Relicense the v3 weights\n\nMove from *open* to `research-only`.")
	queue := d.propose("queued", payee, eth(2000), "# Pay the data team\n\nTwo ether, queued behind the timelock.")
	succeed := d.propose("succeeded", payee, eth(500), "Compute grant for the community fine-tune\n\nHalf an ether.")
	cancel := d.propose("canceled", payee, eth(3000), "# Withdrawn: buy a GPU cluster\n\nThe proposer cancels this while Pending.")
	// OpenZeppelin 4.9 lets the proposer cancel while the proposal is Pending.
	rc := d.call("alice", d.Governor, nil, d.gov.PackCancel(cancel.targets, cancel.values, cancel.calldatas, cancel.descHash()))
	cancel.canceled = rc.BlockNumber.Uint64()

	d.mineTo(succeed.snapshot + 1)
	votes := []v4Vote{
		{"alice", exec, govt.For, "Ships the eval: we need numbers before the release."},
		{"bob", exec, govt.Against, "Too costly for a single run."},
		{"carol", exec, govt.Abstain, "Conflicted:\nI run the eval team."},
		{"alice", defeat, govt.Against, ""},
		{"bob", defeat, govt.For, "Research-only protects us."},
		{"carol", defeat, govt.Against, ""},
		{"bob", queue, govt.For, ""},
		{"carol", succeed, govt.For, ""},
		{"dave", succeed, govt.Abstain, "no opinion"},
	}
	for _, v := range votes {
		d.vote(v)
	}
	d.mineTo(cancel.deadline + 1)
	queued := d.call("bob", d.Governor, nil, d.gov.PackQueue(exec.targets, exec.values, exec.calldatas, exec.descHash()))
	queued2 := d.call("bob", d.Governor, nil, d.gov.PackQueue(queue.targets, queue.values, queue.calldatas, queue.descHash()))
	for _, q := range []struct {
		rc *types.Receipt
		p  *v4Proposal
	}{{queued, exec}, {queued2, queue}} {
		for _, l := range q.rc.Logs {
			if ev, err := d.gov.UnpackProposalQueuedEvent(l); err == nil && ev.ProposalId.Cmp(q.p.id) == 0 {
				q.p.queuedEta = ev.Eta.Uint64()
			}
		}
		if q.p.queuedEta == 0 {
			t.Fatalf("no ProposalQueued event for %s", q.p.name)
		}
		q.p.queued = q.rc.BlockNumber.Uint64()
	}
	if err := d.node.AdvanceTime(ctx, v4TimelockDelay+time.Minute); err != nil {
		t.Fatal(err)
	}
	executed := d.call("carol", d.Governor, nil, d.gov.PackExecute(exec.targets, exec.values, exec.calldatas, exec.descHash()))
	exec.executed = executed.BlockNumber.Uint64()

	active := d.propose("active", payee, eth(100), "# Pay the docs writer\n\n0.1 ETH.")
	d.mineTo(active.snapshot + 1)
	late := v4Vote{"alice", active, govt.For, "early vote"}
	d.vote(late)
	votes = append(votes, late)
	pending := d.propose("pending", payee, eth(200), "# Renew the mirror hosting\n\n0.2 ETH.")

	exec.want, defeat.want, queue.want, succeed.want = govt.Executed, govt.Defeated, govt.Queued, govt.Succeeded
	cancel.want, active.want, pending.want = govt.Canceled, govt.Active, govt.Pending
	made := []*v4Proposal{exec, defeat, queue, succeed, cancel, active, pending}
	block := d.head()

	// New accepts the v4 governor and refuses its token and timelock.
	r, err := governor.New(ctx, d.c, d.Governor)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []common.Address{d.Token, d.Timelock} {
		if _, err := governor.New(ctx, d.c, a); !errors.Is(err, governor.ErrNotGovernor) {
			t.Errorf("New(%s) = %v, want ErrNotGovernor", a.Hex(), err)
		}
	}

	t.Run("Info", func(t *testing.T) {
		info, err := r.Info(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		g := d.gov
		mode, err := g.UnpackCLOCKMODE(d.view(d.Governor, g.PackCLOCKMODE(), block))
		if err != nil || mode != "mode=blocknumber&from=default" {
			t.Errorf("CLOCK_MODE() = %q, %v", mode, err)
		}
		version, _ := g.UnpackVersion(d.view(d.Governor, g.PackVersion(), block))
		delay, _ := g.UnpackVotingDelay(d.view(d.Governor, g.PackVotingDelay(), block))
		period, _ := g.UnpackVotingPeriod(d.view(d.Governor, g.PackVotingPeriod(), block))
		threshold, _ := g.UnpackProposalThreshold(d.view(d.Governor, g.PackProposalThreshold(), block))
		if info.Name != v4Name || info.Version != version || version != "1" || info.Token != d.Token || info.Timelock != d.Timelock ||
			info.Clock != govt.ClockBlockNumber || info.VotingDelay.Cmp(delay) != 0 || delay.Int64() != v4VotingDelay ||
			info.VotingPeriod.Cmp(period) != 0 || period.Int64() != v4VotingPeriod ||
			info.ProposalThreshold.Cmp(threshold) != 0 || threshold.Cmp(v4Threshold) != 0 || info.Block != block || info.Address != d.Governor {
			t.Errorf("info = %+v", info)
		}
		h, err := d.c.Header(ctx, block)
		if err != nil || info.BlockTime != h.Time {
			t.Errorf("block time %d, header %v (%v)", info.BlockTime, h, err)
		}
	})

	t.Run("Proposals", func(t *testing.T) {
		props, err := r.Proposals(ctx, d.StartBlock, block)
		if err != nil {
			t.Fatal(err)
		}
		if len(props) != len(made) {
			t.Fatalf("%d proposals, want %d", len(props), len(made))
		}
		checkV4Proposals(t, d, props, made, block)
	})

	t.Run("Votes", func(t *testing.T) {
		got, err := r.Votes(ctx, d.StartBlock, block)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(votes) {
			t.Fatalf("%d votes, want %d", len(got), len(votes))
		}
		for i, v := range votes {
			g := got[i]
			weight, err := d.tok.UnpackGetPastVotes(d.view(d.Token, d.tok.PackGetPastVotes(d.addr[v.who], new(big.Int).SetUint64(v.p.snapshot)), block))
			if err != nil {
				t.Fatal(err)
			}
			voted, _ := d.gov.UnpackHasVoted(d.view(d.Governor, d.gov.PackHasVoted(v.p.id, d.addr[v.who]), block))
			if g.ProposalID.Cmp(v.p.id) != 0 || g.Voter != d.addr[v.who] || g.Support != v.support || g.Reason != v.reason ||
				g.Weight.Cmp(weight) != 0 || weight.Sign() == 0 || !voted || g.Block == 0 || g.Tx == (common.Hash{}) {
				t.Errorf("vote %d (%s %s on %s): got %+v, weight at snapshot %s, hasVoted %v", i, v.who, v.support, v.p.name, g, weight, voted)
			}
			if i > 0 && (g.Block < got[i-1].Block || g.Block == got[i-1].Block && g.LogIndex <= got[i-1].LogIndex) {
				t.Errorf("votes out of chain order at %d", i)
			}
		}
	})

	t.Run("EstimateTime", func(t *testing.T) {
		info, err := r.Info(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		past := exec.snapshot
		h, err := d.c.Header(ctx, past)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := r.EstimateTime(ctx, info, past); err != nil || got.Unix() != int64(h.Time) {
			t.Errorf("past block %d: %v, %v; header time %d", past, got, err, h.Time)
		}
		now, err := r.EstimateTime(ctx, info, block)
		if err != nil || now.Unix() != int64(info.BlockTime) {
			t.Errorf("pinned block: %v, %v", now, err)
		}
		if pending.deadline <= block {
			t.Fatalf("the pending proposal's deadline %d is not ahead of block %d", pending.deadline, block)
		}
		per, err := r.BlockSeconds(ctx, info)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range []uint64{pending.snapshot, pending.deadline} {
			got, err := r.EstimateTime(ctx, info, tp)
			if err != nil {
				t.Fatal(err)
			}
			want := int64(info.BlockTime) + int64(float64(tp-block)*per+0.5)
			if !got.After(now) || got.Unix() != want {
				t.Errorf("timepoint %d: %v, want %d (%v s a block from %d)", tp, got.Unix(), want, per, info.BlockTime)
			}
		}
		// The timelock's one-hour jump must not make a block look like an hour.
		if per > 60 {
			t.Errorf("typical block time %v s", per)
		}
	})

	t.Run("dao", func(t *testing.T) {
		dd, err := dao.Open(ctx, d.c, dao.Config{Governor: d.Governor, StartBlock: d.StartBlock})
		if err != nil {
			t.Fatal(err)
		}
		if dd.TokenAddress() != d.Token || len(dd.Treasury()) != 1 || dd.Treasury()[0] != d.Timelock {
			t.Errorf("dao token %v, treasury %v", dd.TokenAddress(), dd.Treasury())
		}
		props, err := dd.Proposals(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		if len(props) != len(made) {
			t.Fatalf("dao: %d proposals, want %d", len(props), len(made))
		}
		checkV4Proposals(t, d, props, made, block)
		vs, err := dd.Votes(ctx, block)
		if err != nil || len(vs) != len(votes) {
			t.Errorf("dao: %d votes (%v), want %d", len(vs), err, len(votes))
		}
		own, err := dd.Ownership(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range own.Holders {
			got, _ := d.tok.UnpackGetVotes(d.view(d.Token, d.tok.PackGetVotes(h.Address), block))
			bal, _ := d.tok.UnpackBalanceOf(d.view(d.Token, d.tok.PackBalanceOf(h.Address), block))
			if h.Votes.Cmp(got) != 0 || h.Balance.Cmp(bal) != 0 || h.Delegate != h.Address {
				t.Errorf("holder %s: %+v, getVotes %s, balanceOf %s", h.Address.Hex(), h, got, bal)
			}
		}
		if len(own.Holders) != 4 || own.TotalSupply.Cmp(v4Units(1_000_000)) != 0 {
			t.Errorf("ownership: %d holders, supply %s", len(own.Holders), own.TotalSupply)
		}
		tr, err := dd.TreasuryAt(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		var paid *treasury.Flow
		for i, f := range tr.Flows {
			if f.Direction == treasury.Out && f.Asset.IsETH() {
				paid = &tr.Flows[i]
			}
		}
		if paid == nil || paid.Amount.Cmp(eth(1000)) != 0 || paid.Counterparty != payee || paid.Proposal == nil ||
			paid.Proposal.Cmp(exec.id) != 0 || paid.Block != exec.executed {
			t.Errorf("treasury outflow of the executed v4 proposal: %+v", paid)
		}
	})
}

// checkV4Proposals compares what a reader returned with the proposals the
// test made and with direct calls to the governor at block.
func checkV4Proposals(t *testing.T, d *v4DAO, props []govt.Proposal, made []*v4Proposal, block uint64) {
	t.Helper()
	g := d.gov
	for i, m := range made {
		p := props[i]
		where := fmt.Sprintf("proposal %q (%s)", m.name, p.Title)
		if p.ID.Cmp(m.id) != 0 {
			t.Errorf("%s: id %s, want %s (creation order)", where, p.ID, m.id)
			continue
		}
		st, err := g.UnpackState(d.view(d.Governor, g.PackState(p.ID), block))
		if err != nil {
			t.Fatal(err)
		}
		if p.State != govt.State(st) || p.State != m.want {
			t.Errorf("%s: state %s, state() says %s, want %s", where, p.State, govt.State(st), m.want)
		}
		v, err := g.UnpackProposalVotesV4(d.view(d.Governor, g.PackProposalVotesV4(p.ID), block))
		if err != nil {
			t.Fatal(err)
		}
		if p.For.Cmp(v.ForVotes) != 0 || p.Against.Cmp(v.AgainstVotes) != 0 || p.Abstain.Cmp(v.AbstainVotes) != 0 {
			t.Errorf("%s: tallies %s/%s/%s, proposalVotes says %s/%s/%s", where, p.For, p.Against, p.Abstain, v.ForVotes, v.AgainstVotes, v.AbstainVotes)
		}
		if p.VoteStart != m.snapshot || p.VoteEnd != m.deadline {
			t.Errorf("%s: votes %d..%d, proposalSnapshot/Deadline say %d..%d", where, p.VoteStart, p.VoteEnd, m.snapshot, m.deadline)
		}
		if p.VoteStart < block {
			q, err := g.UnpackQuorum(d.view(d.Governor, g.PackQuorum(new(big.Int).SetUint64(p.VoteStart)), block))
			if err != nil {
				t.Fatal(err)
			}
			want := new(big.Int).Div(new(big.Int).Mul(v4Units(1_000_000), big.NewInt(v4QuorumPercent)), big.NewInt(100))
			if p.Quorum == nil || p.Quorum.Cmp(q) != 0 || q.Cmp(want) != 0 {
				t.Errorf("%s: quorum %v, quorum() says %s, want %s", where, p.Quorum, q, want)
			}
		} else if p.Quorum != nil {
			t.Errorf("%s: quorum %s before its snapshot", where, p.Quorum)
		}
		// OpenZeppelin 4.9 reports proposalEta 0 once the timelock has run the
		// proposal; the reader then falls back to the ProposalQueued event.
		eta, err := g.UnpackProposalEta(d.view(d.Governor, g.PackProposalEta(p.ID), block))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case m.want == govt.Executed && eta.Sign() != 0:
			t.Errorf("%s: proposalEta %s after execution; OpenZeppelin 4.9 reports 0", where, eta)
		case eta.Sign() != 0 && p.ETA != eta.Uint64():
			t.Errorf("%s: eta %d, proposalEta says %s", where, p.ETA, eta)
		case p.ETA != m.queuedEta:
			t.Errorf("%s: eta %d, ProposalQueued said %d", where, p.ETA, m.queuedEta)
		}
		if p.QueuedBlock != m.queued || p.ExecutedBlock != m.executed || p.CanceledBlock != m.canceled {
			t.Errorf("%s: queued/executed/canceled in blocks %d/%d/%d, want %d/%d/%d", where,
				p.QueuedBlock, p.ExecutedBlock, p.CanceledBlock, m.queued, m.executed, m.canceled)
		}
		if p.Proposer != d.addr["alice"] || p.Description != m.description || p.Title != govt.Title(m.description) || p.Title == "" ||
			len(p.Targets) != 1 || p.Targets[0] != m.targets[0] || p.Values[0].Cmp(m.values[0]) != 0 || len(p.Calldatas[0]) != 0 ||
			p.Block != block || p.CreatedBlock == 0 || p.CreatedTx == (common.Hash{}) {
			t.Errorf("%s: %+v", where, p)
		}
	}
	if props[0].Title != "Fund the v4 evaluation run" {
		t.Errorf("title of a markdown description: %q", props[0].Title)
	}
}
