package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Names of the governor families the Seed* functions deploy (FamilyDAO.Name).
const (
	FamilyOZ4Compat     = "oz4-compat"     // SeedOZ4Compat
	FamilyOZ5Fractional = "oz5-fractional" // SeedOZ5Fractional
	FamilyOZ5NFT        = "oz5-nft"        // SeedOZ5NFT
	FamilyOZ5Boost      = "oz5-boost"      // SeedOZ5Boost
)

// FamilyDAO is a seeded DAO of one governor shape, for tests and `daoterm demo --family`.
type FamilyDAO struct {
	Name                      string // FamilyOZ4Compat, FamilyOZ5Fractional, ...
	Governor, Token, Timelock common.Address
	// Treasury are the addresses that hold the DAO's funds (the timelock).
	Treasury []common.Address
	// Assets are the other ERC-20 / ERC-721 contracts the treasury holds or held.
	Assets []common.Address
	// Accounts are the voters, each with a keystore file KeystoreDir/<Account.Name()>
	// (light scrypt) and a known passphrase ("<name>-devnet").
	Accounts    []Account
	KeystoreDir string         // "" when no keystore files were written
	Proposals   []DemoProposal // every proposal created, in creation order, with its state at the end of seeding
	StartBlock  uint64         // the block the first contract was deployed in
	// Legacy are earlier governors of the same DAO (for GovernorBravo: the GovernorAlpha
	// it was initiated from, whose proposals hold the ids up to initialProposalId).
	Legacy []common.Address
}

// Account returns the account whose Name() is name (e.g. "oz4-compat-alice").
func (f *FamilyDAO) Account(name string) (Account, bool) {
	for _, a := range f.Accounts {
		if a.Name() == name {
			return a, true
		}
	}
	return Account{}, false
}

// ProposalsIn returns the proposals that were in state (lower case, e.g. "active") when
// seeding ended.
func (f *FamilyDAO) ProposalsIn(state string) []DemoProposal {
	var out []DemoProposal
	for _, p := range f.Proposals {
		if p.State == state {
			out = append(out, p)
		}
	}
	return out
}

// familySeed derives the family fixtures' keys (newActor): the same on every machine and
// apart from the demo DAO's accounts.
const familySeed = 6372

// familyFunding is the ETH each account of a family fixture is credited with (Node.Fund).
var familyFunding = ether(1_000)

// famActor is an account of a family fixture; label != "" gives it a keystore file.
type famActor struct {
	*actor
	file  string // keystore file name and Account name: "<family>-<name>"
	label string
}

// newFamActor derives the account name of family.
func newFamActor(family, name, label string) *famActor {
	return &famActor{actor: newActor(familySeed, family+"/"+name), file: family + "-" + name, label: label}
}

// famProposal is one proposal of a family fixture.
type famProposal struct {
	key         string // short name used in errors
	want        string // the state it must end in (lower case)
	proposer    *famActor
	description string // markdown; its first line is the title
	actions     []action

	// Set once proposed.
	id                 *big.Int
	descHash           common.Hash
	voteStart, voteEnd uint64 // snapshot and deadline, in the governor's clock
}

func (p *famProposal) args() ([]common.Address, []*big.Int, [][]byte) {
	return proposeArgs(&proposalSpec{actions: p.actions})
}

// famBallot is one vote: castVote without a reason, castVoteWithReason with one, and
// castVoteWithReasonAndParams when params is set (fractional votes).
type famBallot struct {
	voter   *famActor
	p       *famProposal
	support uint8
	reason  string
	params  []byte
}

// famSeeder holds the state of one family seeding run.
type famSeeder struct {
	n         *Node
	s         *sender
	family    string
	gov       common.Address
	govABI    *contracts.DaoGovernor // the Governor selectors are the same in OZ 4.9 and 5
	timestamp bool                   // the governor's clock counts seconds, not blocks
	actors    []*famActor
	all       []*famProposal
}

// startFamily connects to n, credits ETH to every actor and syncs their nonces (the
// fixture can be seeded more than once on one node, and next to the demo DAO).
func startFamily(ctx context.Context, n *Node, family string, actors []*famActor) (*famSeeder, error) {
	client := n.Attach()
	fs := &famSeeder{n: n, s: newSender(client, n.ChainID()), family: family, govABI: contracts.NewDaoGovernor(), actors: actors}
	credit := make(map[common.Address]*big.Int, len(actors))
	batch := make([]rpc.BatchElem, len(actors))
	nonces := make([]hexutil.Uint64, len(actors))
	for i, a := range actors {
		credit[a.addr] = familyFunding
		batch[i] = rpc.BatchElem{Method: "eth_getTransactionCount", Args: []any{a.addr, "pending"}, Result: &nonces[i]}
	}
	if err := client.BatchCallContext(ctx, batch); err != nil {
		client.Close()
		return nil, fmt.Errorf("read nonces: %w", err)
	}
	for i, a := range actors {
		if batch[i].Error != nil {
			client.Close()
			return nil, fmt.Errorf("nonce of %s: %w", a.name, batch[i].Error)
		}
		fs.s.nonces[a.addr] = uint64(nonces[i])
	}
	if err := n.Fund(ctx, credit); err != nil {
		client.Close()
		return nil, err
	}
	return fs, nil
}

func (fs *famSeeder) close() { fs.s.rpc.Close() }

// writeFamilyKeystores writes the keystore files of the actors with a label into dir ("" writes
// none) and returns their Accounts.
func writeFamilyKeystores(dir string, actors []*famActor) ([]Account, error) {
	var out []Account
	if dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("keystore directory: %w", err)
		}
	}
	for _, a := range actors {
		if a.label == "" {
			continue
		}
		pass := a.file + devPassphraseSuffix
		if dir != "" {
			if _, err := writeKeystoreFile(dir, a.file, a.key, pass); err != nil {
				return nil, fmt.Errorf("keystore of %s in %s: %w", a.file, dir, err)
			}
		}
		out = append(out, Account{Address: a.addr, Passphrase: pass, Label: a.file + ": " + a.label})
	}
	return out, nil
}

// deployArtifact returns a deployment of the named embedded artifact with constructor args.
func deployArtifact(from *famActor, name string, gas uint64, args ...any) (txReq, error) {
	art, err := contracts.LoadArtifact(name)
	if err != nil {
		return txReq{}, err
	}
	parsed, err := abi.JSON(bytes.NewReader(art.ABI))
	if err != nil {
		return txReq{}, fmt.Errorf("ABI of %s: %w", name, err)
	}
	packed, err := parsed.Pack("", args...)
	if err != nil {
		return txReq{}, fmt.Errorf("constructor of %s: %w", name, err)
	}
	return txReq{from: from.actor, data: append(append([]byte{}, art.Bytecode...), packed...), gas: gas, what: "deploy " + name}, nil
}

// deployment is a contract to deploy from an embedded artifact: its name,
// gas limit and constructor arguments.
type deployment struct {
	name string
	gas  uint64
	args []any
}

// deployArtifacts builds the deploy transactions of ds, in order, from one
// account.
func deployArtifacts(from *famActor, ds ...deployment) ([]txReq, error) {
	reqs := make([]txReq, 0, len(ds))
	for _, d := range ds {
		r, err := deployArtifact(from, d.name, d.gas, d.args...)
		if err != nil {
			return nil, err
		}
		reqs = append(reqs, r)
	}
	return reqs, nil
}

// packArtifact packs a call to method of the named embedded artifact (method may be a
// full signature such as "transferFrom(address,address,uint256)").
func packArtifact(name, method string, args ...any) ([]byte, error) {
	art, err := contracts.LoadArtifact(name)
	if err != nil {
		return nil, err
	}
	parsed, err := abi.JSON(bytes.NewReader(art.ABI))
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", name, err)
	}
	m, ok := parsed.Methods[method]
	if !ok {
		for _, mm := range parsed.Methods {
			if mm.Sig == method {
				m, ok = mm, true
				break
			}
		}
	}
	if !ok {
		return nil, fmt.Errorf("%s has no method %s", name, method)
	}
	in, err := m.Inputs.Pack(args...)
	if err != nil {
		return nil, fmt.Errorf("%s.%s: %w", name, method, err)
	}
	return append(append([]byte{}, m.ID...), in...), nil
}

// deployAll deploys in one burst and checks the addresses came out as predicted.
func (fs *famSeeder) deployAll(ctx context.Context, reqs []txReq, want []common.Address) (uint64, error) {
	rcs, err := fs.s.burst(ctx, reqs)
	if err != nil {
		return 0, err
	}
	for i, w := range want {
		if rcs[i].ContractAddress != w {
			return 0, fmt.Errorf("%s: deployed at %s, expected %s", reqs[i].what, rcs[i].ContractAddress.Hex(), w.Hex())
		}
	}
	return rcs[0].BlockNumber.Uint64(), nil
}

// famCall is a call from from to to.
func famCall(from *famActor, to common.Address, data []byte, what string) txReq {
	return txReq{from: from.actor, to: &to, data: data, gas: gasFor(gasCall, data), what: what}
}

// famPay is a plain ETH transfer.
func famPay(from *famActor, to common.Address, wei *big.Int, what string) txReq {
	return txReq{from: from.actor, to: &to, value: wei, gas: gasEther, what: what}
}

// propose creates ps in one burst (followed by extra) and reads their ids and windows.
func (fs *famSeeder) propose(ctx context.Context, ps []*famProposal, extra ...txReq) error {
	var reqs []txReq
	for _, p := range ps {
		targets, values, datas := p.args()
		data := fs.govABI.PackPropose(targets, values, datas, p.description)
		reqs = append(reqs, txReq{from: p.proposer.actor, to: &fs.gov, data: data, gas: gasFor(600_000, data), what: "propose " + p.key})
	}
	rcs, err := fs.s.burst(ctx, append(reqs, extra...))
	if err != nil {
		return err
	}
	for i, p := range ps {
		for _, lg := range rcs[i].Logs {
			ev, err := fs.govABI.UnpackProposalCreatedEvent(lg)
			if err != nil {
				continue
			}
			p.id = ev.ProposalId
			p.descHash = crypto.Keccak256Hash([]byte(p.description))
			p.voteStart, p.voteEnd = ev.VoteStart.Uint64(), ev.VoteEnd.Uint64()
		}
		if p.id == nil {
			return fmt.Errorf("propose %s: no ProposalCreated event in %s", p.key, rcs[i].TxHash.Hex())
		}
		fs.all = append(fs.all, p)
	}
	return nil
}

// cancel cancels p (from its proposer).
func (fs *famSeeder) cancel(ctx context.Context, p *famProposal) error {
	targets, values, datas := p.args()
	data := fs.govABI.PackCancel(targets, values, datas, p.descHash)
	_, err := fs.s.send(ctx, txReq{from: p.proposer.actor, to: &fs.gov, data: data, gas: gasFor(gasCall, data), what: "cancel " + p.key})
	return err
}

// clock returns the head's timepoint in the governor's clock.
func (fs *famSeeder) clock() uint64 {
	head := fs.n.eth.BlockChain().CurrentBlock()
	if fs.timestamp {
		return head.Time
	}
	return head.Number.Uint64()
}

// waitClock moves the chain until the head's timepoint is at least target: by mining
// blocks on a block-number clock, by advancing time on a timestamp clock.
func (fs *famSeeder) waitClock(ctx context.Context, target uint64) error {
	now := fs.clock()
	if now >= target {
		return nil
	}
	if fs.timestamp {
		return fs.n.AdvanceTime(ctx, time.Duration(target-now)*time.Second)
	}
	return fs.n.Mine(ctx, int(target-now))
}

// vote waits until voting is open on the ballots' proposals and casts the ballots in
// order, one burst.
func (fs *famSeeder) vote(ctx context.Context, ballots []famBallot) error {
	var open uint64
	var reqs []txReq
	for _, b := range ballots {
		open = max(open, b.p.voteStart+1)
		var data []byte
		switch {
		case b.params != nil:
			data = fs.govABI.PackCastVoteWithReasonAndParams(b.p.id, b.support, b.reason, b.params)
		case b.reason != "":
			data = fs.govABI.PackCastVoteWithReason(b.p.id, b.support, b.reason)
		default:
			data = fs.govABI.PackCastVote(b.p.id, b.support)
		}
		reqs = append(reqs, txReq{from: b.voter.actor, to: &fs.gov, data: data, gas: gasFor(gasCall, data),
			what: fmt.Sprintf("%s votes on %s", b.voter.file, b.p.key)})
	}
	if err := fs.waitClock(ctx, open); err != nil {
		return err
	}
	_, err := fs.s.burst(ctx, reqs)
	return err
}

// waitEnded moves the chain past the deadlines of ps.
func (fs *famSeeder) waitEnded(ctx context.Context, ps ...*famProposal) error {
	var end uint64
	for _, p := range ps {
		end = max(end, p.voteEnd+1)
	}
	return fs.waitClock(ctx, end)
}

// queue queues ps through the 4-argument queue of the Governor.
func (fs *famSeeder) queue(ctx context.Context, ps ...*famProposal) error {
	_, err := fs.s.burst(ctx, fs.byProposal("queue", fs.govABI.PackQueue, 600_000, ps))
	return err
}

// execute executes ps, one per block.
func (fs *famSeeder) execute(ctx context.Context, ps ...*famProposal) error {
	return fs.s.sequence(ctx, fs.byProposal("execute", fs.govABI.PackExecute, 1_000_000, ps))
}

// byProposal is a call of the Governor's method (packed by pack) for each
// of ps, from its proposer.
func (fs *famSeeder) byProposal(method string, pack func([]common.Address, []*big.Int, [][]byte, [32]byte) []byte, gas uint64, ps []*famProposal) []txReq {
	var reqs []txReq
	for _, p := range ps {
		targets, values, datas := p.args()
		data := pack(targets, values, datas, p.descHash)
		reqs = append(reqs, txReq{from: p.proposer.actor, to: &fs.gov, data: data, gas: gasFor(gas, data), what: method + " " + p.key})
	}
	return reqs
}

// ethCall runs an eth_call at the head.
func (fs *famSeeder) ethCall(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	var out hexutil.Bytes
	err := fs.s.rpc.CallContext(ctx, &out, "eth_call", map[string]any{"to": to, "data": hexutil.Bytes(data)}, "latest")
	return out, err
}

// checkStates reads state() of every proposal and checks each ended where the fixture
// meant it to; it returns them as DemoProposals.
func (fs *famSeeder) checkStates(ctx context.Context) ([]DemoProposal, error) {
	var out []DemoProposal
	var errs []error
	head := fs.n.Head()
	for _, p := range fs.all {
		res, err := fs.ethCall(ctx, fs.gov, fs.govABI.PackState(p.id))
		if err != nil {
			errs = append(errs, fmt.Errorf("state of %s: %w", p.key, err))
			continue
		}
		st, err := fs.govABI.UnpackState(res)
		if err != nil {
			errs = append(errs, fmt.Errorf("state of %s: %w", p.key, err))
			continue
		}
		got := StateName(st)
		if got != p.want {
			errs = append(errs, fmt.Errorf("%s proposal %s is %s at block %d, want %s", fs.family, p.key, got, head, p.want))
		}
		out = append(out, DemoProposal{ID: p.id, Title: demoTitle(p.description), State: got, Proposer: p.proposer.addr})
	}
	return out, errors.Join(errs...)
}

// fractionalVote is the params of a GovernorCountingFractional vote (support 255):
// abi.encodePacked(uint128 against, uint128 for, uint128 abstain).
func fractionalVote(against, forVotes, abstain *big.Int) []byte {
	out := make([]byte, 48)
	against.FillBytes(out[0:16])
	forVotes.FillBytes(out[16:32])
	abstain.FillBytes(out[32:48])
	return out
}

// voteFractional is the support value of a fractional vote.
const voteFractional uint8 = 255

// runFamily seeds with fn while the keystore files are written, and fills in the common
// fields of the result.
func runFamily(ctx context.Context, n *Node, family, keystoreDir string, actors []*famActor,
	fn func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error) (*FamilyDAO, error) {
	type ksResult struct {
		accounts []Account
		err      error
	}
	ks := make(chan ksResult, 1)
	go func() {
		a, err := writeFamilyKeystores(keystoreDir, actors)
		ks <- ksResult{a, err}
	}()
	dao, err := func() (*FamilyDAO, error) {
		fs, err := startFamily(ctx, n, family, actors)
		if err != nil {
			return nil, err
		}
		defer fs.close()
		dao := &FamilyDAO{Name: family, KeystoreDir: keystoreDir}
		if err := fn(ctx, fs, dao); err != nil {
			return nil, err
		}
		dao.Governor = fs.gov
		dao.Proposals, err = fs.checkStates(ctx)
		return dao, err
	}()
	r := <-ks
	if err == nil {
		err = r.err
	}
	if err != nil {
		return nil, fmt.Errorf("devnet: seeding the %s fixture: %w", family, err)
	}
	dao.Accounts = r.accounts
	return dao, nil
}
