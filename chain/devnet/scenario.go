package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Governance parameters of the demo DAO. The governor runs on the token's block-number
// clock, so these are counted in blocks; at the devnet's usual 2 s block time a Pending
// proposal opens after about 5 minutes and voting stays open for about 15 minutes.
const (
	// DemoVotingDelay is the governor's voting delay, in blocks.
	DemoVotingDelay = 150
	// DemoVotingPeriod is the governor's voting period, in blocks.
	DemoVotingPeriod = 450
	// DemoQueueWindow is how many blocks after its deadline a Succeeded proposal may still
	// be queued before the demo governor reports it Expired.
	DemoQueueWindow = 150
	// DemoTimelockDelay is the timelock's minimum delay.
	DemoTimelockDelay = time.Hour
	// DemoQuorumPercent is the quorum, as a percentage of the token supply at the snapshot.
	DemoQuorumPercent = 5
	// DemoProposalThreshold is the voting power needed to propose, in whole MCT.
	DemoProposalThreshold = 10_000
)

// DefaultDemoSeed is the seed `daoterm devnet` is meant to use when none is given, so that
// the demo's addresses and proposal ids are the same on every machine.
const DefaultDemoSeed int64 = 1

// Names of the demo DAO's contracts.
const (
	DemoGovernorName = "Model Commons Governor"
	DemoTokenName    = "Model Commons"
	DemoTokenSymbol  = "MCT"
	DemoStableName   = "USD Stand-in"
	DemoStableSymbol = "USDx"
)

// treasuryMCT is the treasury's share of the initial MCT supply, in whole MCT.
const treasuryMCT = 2_500_000

// middleOffset is how many blocks after the early proposals the middle ones are created.
// It must stay below DemoVotingDelay (so the middle proposals end before seeding does)
// and decides how long the Succeeded proposal stays Succeeded after seeding
// (about middleOffset + DemoQueueWindow - DemoVotingDelay blocks).
const middleOffset = 140

// Account is a labelled dev account with a keystore file.
type Account struct {
	Address    common.Address
	Passphrase string // the keystore file's passphrase (known on purpose: it is a devnet)
	Label      string // name and role, e.g. "alice: whale ..."; the keystore file is KeystoreDir/<name>
}

// Name returns the account's short name: the label up to its first colon, which is
// also the keystore file's name.
func (a Account) Name() string {
	name, _, _ := strings.Cut(a.Label, ":")
	return name
}

// DemoProposal is a proposal the scenario created and the state it was in when seeding
// finished (lower case, as `daoterm proposals` prints it). States move on as the chain
// does: Pending turns Active, Active turns Succeeded or Defeated, Succeeded turns Expired.
type DemoProposal struct {
	ID       *big.Int
	Title    string
	State    string
	Proposer common.Address
}

// DAO describes the seeded demo DAO ("Model Commons").
type DAO struct {
	ChainID                           *big.Int
	Governor, Token, Timelock, Stable common.Address
	Tokens                            []common.Address // the other ERC-20s the treasury holds (Stable)
	Multicall                         common.Address   // Multicall3, in the genesis
	KeystoreDir                       string           // "" when StartDemo wrote no keystore files
	Accounts                          []Account        // dev accounts with keystore files
	StartBlock                        uint64           // the block the contracts were deployed in
	Proposals                         []DemoProposal   // in creation order
}

// StartDemo starts a devnet (see Start) with Multicall3 and the scenario's accounts in its
// genesis, deploys the demo DAO and seeds it with real transactions: "Model Commons", a
// commons that owns and governs open AI models. Everything on chain follows from seed:
// the same seed gives the same accounts, balances, proposal ids, votes and states.
//
// The scenario: 30+ token holders (four whales, six mid-sized holders, a long tail),
// delegation to self and to others and re-delegation; 14 proposals with markdown
// descriptions, several of them multi-action, that end in every Governor state
// (Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed); votes
// For, Against and Abstain with and without reasons; ETH and token inflows to the
// treasury (the timelock) and executed proposals that pay ETH, MCT and USDx out of it.
//
// The dev accounts (alice, bob, carol, dave, erin; see DAO.Accounts) get keystore files
// in keystoreDir (created if needed; light scrypt), named after the account, with
// passphrase "<name>-devnet". An empty keystoreDir writes no files. alice and bob still
// have voting power, ETH and at least one Active proposal they have not voted on; carol,
// dave and erin have no voting power. ctx bounds seeding; on error the node is closed.
func StartDemo(ctx context.Context, cfg Config, seed int64, keystoreDir string) (*Node, *DAO, error) {
	c := newCast(seed)

	alloc := make(types.GenesisAlloc, len(cfg.Alloc)+40)
	for addr, acc := range cfg.Alloc {
		alloc[addr] = acc
	}
	for who, bal := range c.gasPayers() {
		alloc[who.addr] = types.Account{Balance: bal}
	}
	multicall := common.HexToAddress(contracts.Multicall3Address)
	alloc[multicall] = types.Account{Code: contracts.Multicall3Runtime(), Balance: new(big.Int)}
	cfg.Alloc = alloc

	// Encrypting keys takes ~0.1 s each: do it while the chain is seeded.
	ksDone := make(chan error, 1)
	go func() { ksDone <- writeDevKeystores(keystoreDir, c) }()

	n, err := Start(ctx, cfg)
	if err != nil {
		<-ksDone
		return nil, nil, err
	}
	dao, err := seedDemo(ctx, n, c)
	if ksErr := <-ksDone; ksErr != nil && err == nil {
		err = ksErr
	}
	if err != nil {
		n.Close()
		return nil, nil, err
	}
	dao.Multicall = multicall
	dao.KeystoreDir = keystoreDir
	for _, d := range c.devAccounts() {
		dao.Accounts = append(dao.Accounts, Account{Address: d.addr, Passphrase: d.name + devPassphraseSuffix, Label: d.label})
	}
	return n, dao, nil
}

// writeDevKeystores writes one keystore file per dev account into dir ("" writes none).
func writeDevKeystores(dir string, c *cast) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("devnet: keystore directory: %w", err)
	}
	for _, d := range c.devAccounts() {
		if _, err := writeKeystoreFile(dir, d.name, d.key, d.name+devPassphraseSuffix); err != nil {
			return fmt.Errorf("devnet: keystore of %s in %s: %w", d.name, dir, err)
		}
	}
	return nil
}

// Gas limits of the seeding transactions: generous fixed values (the price paid is
// gasUsed × seedGasPrice), checked against the receipts.
const (
	gasDeploy   = 6_000_000
	gasCall     = 300_000
	gasTransfer = 100_000
	gasEther    = 60_000
)

// gasFor returns a gas limit for a governor call with this much calldata.
func gasFor(base uint64, data []byte) uint64 { return base + 64*uint64(len(data)) }

// created is a proposal on chain.
type created struct {
	spec      *proposalSpec
	id        *big.Int
	descHash  common.Hash
	voteStart uint64 // snapshot: votes count from the block after it
	voteEnd   uint64 // deadline: the last block votes are accepted
}

// seeder holds the state of one seeding run.
type seeder struct {
	n   *Node
	s   *sender
	c   *cast
	a   addrs
	gov common.Address

	govABI *contracts.DaoGovernor
	tokABI *contracts.DaoToken
	usdABI *contracts.StableToken
}

func seedDemo(ctx context.Context, n *Node, c *cast) (*DAO, error) {
	client, err := rpc.DialContext(ctx, n.HTTPURL())
	if err != nil {
		return nil, fmt.Errorf("devnet: dial %s: %w", n.HTTPURL(), err)
	}
	defer client.Close()
	sd := &seeder{
		n:      n,
		s:      newSender(client, n.ChainID()),
		c:      c,
		govABI: contracts.NewDaoGovernor(),
		tokABI: contracts.NewDaoToken(),
		usdABI: contracts.NewStableToken(),
	}
	dao, err := sd.run(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: seeding the demo DAO: %w", err)
	}
	return dao, nil
}

func (sd *seeder) run(ctx context.Context) (*DAO, error) {
	c := sd.c
	startBlock, err := sd.deploy(ctx)
	if err != nil {
		return nil, err
	}

	specs := proposals(c, sd.a)
	byPhase := func(p phase) []*proposalSpec {
		var out []*proposalSpec
		for _, s := range specs {
			if s.phase == p {
				out = append(out, s)
			}
		}
		return out
	}

	// The early proposers delegate to themselves first, so the early proposals can be
	// made at once; everyone else delegates during the voting delay.
	earlySpecs := byPhase(phaseEarly)
	first := make(map[*actor]bool)
	for _, p := range earlySpecs {
		first[p.proposer] = true
	}
	if err := sd.delegate(ctx, first, true); err != nil {
		return nil, err
	}

	// Early proposals; the canceled one is withdrawn at once (a proposer may cancel only
	// while Pending).
	early, a, err := sd.propose(ctx, earlySpecs)
	if err != nil {
		return nil, err
	}
	if err := sd.delegate(ctx, first, false); err != nil {
		return nil, err
	}
	if err := sd.setupHolders(ctx); err != nil {
		return nil, err
	}
	if head, err := sd.s.blockNumber(ctx); err != nil {
		return nil, err
	} else if head >= minStart(early) {
		return nil, fmt.Errorf("holder setup: %w (head %d, early snapshot %d)", errTooLate, head, minStart(early))
	}

	// Middle proposals, a little later.
	if err := mineTo(ctx, sd.n, sd.s, a+middleOffset); err != nil {
		return nil, err
	}
	middle, _, err := sd.propose(ctx, byPhase(phaseMiddle))
	if err != nil {
		return nil, err
	}

	// Votes on the early proposals, then the middle ones, as soon as voting opens.
	if err := sd.vote(ctx, early); err != nil {
		return nil, err
	}
	if err := sd.vote(ctx, middle); err != nil {
		return nil, err
	}

	// After the early deadline: queue, wait out the timelock, execute.
	if err := mineTo(ctx, sd.n, sd.s, maxEnd(early)+1); err != nil {
		return nil, err
	}
	if err := sd.queue(ctx, early, func(s *proposalSpec) bool { return s.execute }); err != nil {
		return nil, err
	}
	if err := sd.n.AdvanceTime(ctx, DemoTimelockDelay+time.Minute); err != nil {
		return nil, err
	}
	if err := sd.execute(ctx, early); err != nil {
		return nil, err
	}
	// Queued after the delay elapsed for the others: it stays Queued with an ETA ahead.
	if err := sd.queue(ctx, early, func(s *proposalSpec) bool { return s.queueLate }); err != nil {
		return nil, err
	}
	if err := sd.laterActivity(ctx); err != nil {
		return nil, err
	}

	// Current proposals: voting opens, some vote, and seeding ends while it is open.
	current, _, err := sd.propose(ctx, byPhase(phaseCurrent))
	if err != nil {
		return nil, err
	}
	// The early proposal that was never queued must be past its queue window by then.
	if err := mineTo(ctx, sd.n, sd.s, maxEnd(early)+DemoQueueWindow+1); err != nil {
		return nil, err
	}
	if err := sd.vote(ctx, current); err != nil {
		return nil, err
	}

	// Last proposals: still Pending when seeding ends; one more donation arrives.
	last, _, err := sd.propose(ctx, byPhase(phaseLast), txReq{
		from: c.tail[0], to: &sd.a.timelock, value: milliEther(750), gas: gasEther, what: "ETH donation from holder-01",
	})
	if err != nil {
		return nil, err
	}

	all := append(append(append(append([]*created{}, early...), middle...), current...), last...)
	dao := &DAO{
		ChainID:    sd.n.ChainID(),
		Governor:   sd.gov,
		Token:      sd.a.token,
		Timelock:   sd.a.timelock,
		Stable:     sd.a.stable,
		Tokens:     []common.Address{sd.a.stable},
		StartBlock: startBlock,
	}
	if err := sd.checkStates(ctx, all, dao); err != nil {
		return nil, err
	}
	return dao, nil
}

// deploy deploys the four contracts, mints the initial distribution and funds the
// treasury, all from the deployer in one burst. It returns the deployment block.
func (sd *seeder) deploy(ctx context.Context) (uint64, error) {
	c, s, d := sd.c, sd.s, sd.c.deployer
	sd.a.token = s.nextAddress(d, 0)
	sd.a.stable = s.nextAddress(d, 1)
	sd.a.timelock = s.nextAddress(d, 2)
	sd.gov = s.nextAddress(d, 3)

	tl := contracts.NewDaoTimelock()
	code := func(bin string, args []byte) []byte { return append(common.FromHex(bin), args...) }
	reqs := []txReq{
		{from: d, data: code(contracts.DaoTokenMetaData.Bin, sd.tokABI.PackConstructor(DemoTokenName, DemoTokenSymbol, d.addr)), gas: gasDeploy, what: "deploy DaoToken"},
		{from: d, data: code(contracts.StableTokenMetaData.Bin, sd.usdABI.PackConstructor(DemoStableName, DemoStableSymbol, d.addr)), gas: gasDeploy, what: "deploy StableToken"},
		{from: d, data: code(contracts.DaoTimelockMetaData.Bin, tl.PackConstructor(
			big.NewInt(int64(DemoTimelockDelay/time.Second)),
			[]common.Address{sd.gov}, // proposer and canceller: the governor only
			[]common.Address{{}},     // executor: anyone
			common.Address{},         // no admin: roles change only through governance
		)), gas: gasDeploy, what: "deploy DaoTimelock"},
		{from: d, data: code(contracts.DaoGovernorMetaData.Bin, sd.govABI.PackConstructor(
			DemoGovernorName, sd.a.token, sd.a.timelock,
			big.NewInt(DemoVotingDelay), DemoVotingPeriod, mct(DemoProposalThreshold),
			big.NewInt(DemoQuorumPercent), big.NewInt(DemoQueueWindow),
		)), gas: gasDeploy, what: "deploy DaoGovernor"},
	}
	call := func(to common.Address, data []byte, what string) {
		reqs = append(reqs, txReq{from: d, to: &to, data: data, gas: gasCall, what: what})
	}
	// The launch: the whole initial supply is minted once to the deployer, who hands it
	// out by transfer. (One mint writes one total-supply checkpoint; several mints in a
	// burst would cost gas that depends on how the burst is split into blocks.)
	supply := mct(treasuryMCT)
	for _, who := range c.mintOrder {
		supply.Add(supply, c.mint[who])
	}
	call(sd.a.token, sd.tokABI.PackMint(d.addr, supply), "mint the initial MCT supply")
	for _, who := range c.mintOrder {
		call(sd.a.token, sd.tokABI.PackTransfer(who.addr, c.mint[who]), "distribute MCT to "+who.name)
	}
	call(sd.a.token, sd.tokABI.PackTransfer(sd.a.timelock, mct(treasuryMCT)), "distribute MCT to the treasury")
	call(sd.a.stable, sd.usdABI.PackMint(sd.a.timelock, usdx(1_500_000)), "mint USDx to the treasury")
	call(sd.a.stable, sd.usdABI.PackMint(c.osprey.addr, usdx(400_000)), "mint USDx to osprey")
	reqs = append(reqs, txReq{from: d, to: &sd.a.timelock, value: ether(60), gas: gasEther, what: "endowment ETH to the treasury"})
	// From now on only governance can mint MCT.
	call(sd.a.token, sd.tokABI.PackTransferOwnership(sd.a.timelock), "hand MCT ownership to the timelock")

	rcs, err := s.burst(ctx, reqs)
	if err != nil {
		return 0, err
	}
	for i, want := range []common.Address{sd.a.token, sd.a.stable, sd.a.timelock, sd.gov} {
		if rcs[i].ContractAddress != want {
			return 0, fmt.Errorf("%s: deployed at %s, expected %s", reqs[i].what, rcs[i].ContractAddress.Hex(), want.Hex())
		}
	}
	return rcs[0].BlockNumber.Uint64(), nil
}

// delegate sends the setup delegations of the holders in who (in == true) or of all the
// others (in == false). The first group are self-delegations of distinct accounts, which
// touch distinct checkpoints and can share a block; the others go one per block (see
// setupHolders).
func (sd *seeder) delegate(ctx context.Context, who map[*actor]bool, in bool) error {
	var reqs []txReq
	for _, d := range sd.c.delegations {
		if who[d.holder] != in {
			continue
		}
		if in && d.to != d.holder {
			return fmt.Errorf("scenario bug: early proposer %s must delegate to self", d.holder.name)
		}
		reqs = append(reqs, txReq{from: d.holder, to: &sd.a.token, data: sd.tokABI.PackDelegate(d.to.addr), gas: gasCall,
			what: fmt.Sprintf("%s delegates to %s", d.holder.name, d.to.name)})
	}
	if in {
		_, err := sd.s.burst(ctx, reqs)
		return err
	}
	return sd.s.sequence(ctx, reqs)
}

// setupHolders sends a few transfers between holders and the first donations to the
// treasury.
func (sd *seeder) setupHolders(ctx context.Context) error {
	c := sd.c
	var reqs []txReq
	for _, t := range c.transfers {
		reqs = append(reqs, txReq{from: t.from, to: &sd.a.token, data: sd.tokABI.PackTransfer(t.to.addr, t.amount), gas: gasCall,
			what: fmt.Sprintf("%s sends MCT to %s", t.from.name, t.to.name)})
	}
	// Delegations and transfers write ERC20Votes checkpoints keyed by block: several in
	// one block cost less gas than in separate blocks. One per block keeps every account's
	// ETH balance after seeding independent of timing.
	if err := sd.s.sequence(ctx, reqs); err != nil {
		return err
	}
	tl := &sd.a.timelock
	_, err := sd.s.burst(ctx, []txReq{
		{from: c.northwind, to: tl, value: ether(40), gas: gasEther, what: "ETH donation from northwind"},
		{from: c.osprey, to: &sd.a.stable, data: sd.usdABI.PackTransfer(sd.a.timelock, usdx(250_000)), gas: gasTransfer, what: "USDx donation from osprey"},
		{from: c.tailVoters[0], to: tl, value: milliEther(1_500), gas: gasEther, what: "ETH donation from " + c.tailVoters[0].name},
		{from: c.tailVoters[1], to: tl, value: milliEther(500), gas: gasEther, what: "ETH donation from " + c.tailVoters[1].name},
	})
	return err
}

// laterActivity happens between the early executions and the current proposals:
// re-delegations, a second grant tranche, a token donation.
func (sd *seeder) laterActivity(ctx context.Context) error {
	c := sd.c
	var reqs []txReq
	for _, d := range c.redelegations {
		reqs = append(reqs, txReq{from: d.holder, to: &sd.a.token, data: sd.tokABI.PackDelegate(d.to.addr), gas: gasCall,
			what: fmt.Sprintf("%s re-delegates to %s", d.holder.name, d.to.name)})
	}
	reqs = append(reqs,
		txReq{from: c.priya, to: &sd.a.token, data: sd.tokABI.PackTransfer(sd.a.timelock, mct(1_000)), gas: gasCall, what: "MCT donation from priya"},
	)
	if err := sd.s.sequence(ctx, reqs); err != nil { // checkpoints: see setupHolders
		return err
	}
	_, err := sd.s.burst(ctx, []txReq{
		{from: c.deployer, to: &sd.a.stable, data: sd.usdABI.PackMint(sd.a.timelock, usdx(200_000)), gas: gasCall, what: "second USDx grant tranche"},
		{from: c.samir, to: &sd.a.timelock, value: ether(1), gas: gasEther, what: "ETH donation from samir"},
	})
	return err
}

// proposeArgs returns the targets, values and calldatas of a proposal.
func proposeArgs(p *proposalSpec) ([]common.Address, []*big.Int, [][]byte) {
	targets := make([]common.Address, len(p.actions))
	values := make([]*big.Int, len(p.actions))
	datas := make([][]byte, len(p.actions))
	for i, a := range p.actions {
		targets[i], values[i], datas[i] = a.target, a.value, a.data
		if datas[i] == nil {
			datas[i] = []byte{}
		}
	}
	return targets, values, datas
}

// propose creates the proposals in one burst (plus extra transactions after them) and
// reads their ids and voting windows from the ProposalCreated events. It returns the
// highest block they landed in.
func (sd *seeder) propose(ctx context.Context, specs []*proposalSpec, extra ...txReq) ([]*created, uint64, error) {
	var reqs []txReq
	for _, p := range specs {
		targets, values, datas := proposeArgs(p)
		data := sd.govABI.PackPropose(targets, values, datas, p.description)
		reqs = append(reqs, txReq{from: p.proposer, to: &sd.gov, data: data, gas: gasFor(500_000, data), what: "propose " + p.key})
	}
	for _, p := range specs {
		if p.cancel {
			targets, values, datas := proposeArgs(p)
			data := sd.govABI.PackCancel(targets, values, datas, crypto.Keccak256Hash([]byte(p.description)))
			reqs = append(reqs, txReq{from: p.proposer, to: &sd.gov, data: data, gas: gasFor(gasCall, data), what: "cancel " + p.key})
		}
	}
	reqs = append(reqs, extra...)
	rcs, err := sd.s.burst(ctx, reqs)
	if err != nil {
		return nil, 0, err
	}
	out := make([]*created, len(specs))
	var top uint64
	for i, p := range specs {
		rc := rcs[i]
		top = max(top, rc.BlockNumber.Uint64())
		for _, lg := range rc.Logs {
			ev, err := sd.govABI.UnpackProposalCreatedEvent(lg)
			if err != nil {
				continue
			}
			out[i] = &created{
				spec:      p,
				id:        ev.ProposalId,
				descHash:  crypto.Keccak256Hash([]byte(p.description)),
				voteStart: ev.VoteStart.Uint64(),
				voteEnd:   ev.VoteEnd.Uint64(),
			}
		}
		if out[i] == nil {
			return nil, 0, fmt.Errorf("propose %s: no ProposalCreated event in %s", p.key, rc.TxHash.Hex())
		}
	}
	return out, top, nil
}

func minStart(ps []*created) uint64 {
	m := ^uint64(0)
	for _, p := range ps {
		m = min(m, p.voteStart)
	}
	return m
}

func maxEnd(ps []*created) uint64 {
	var m uint64
	for _, p := range ps {
		m = max(m, p.voteEnd)
	}
	return m
}

// vote waits until voting is open on every proposal of ps and casts their ballots.
//
// The first vote of each kind (For, Against, Abstain) on a proposal writes a zero tally
// slot and costs 17,100 gas more than the later ones, so the voters' ETH after seeding
// would depend on the order the pool happens to pack a burst in. Sending those first
// votes in one burst and all the others in a second one makes the cost of every vote
// independent of order.
func (sd *seeder) vote(ctx context.Context, ps []*created) error {
	var open uint64
	for _, p := range ps {
		open = max(open, p.voteStart+1)
	}
	if err := mineTo(ctx, sd.n, sd.s, open); err != nil {
		return err
	}
	var first, rest []txReq
	for _, p := range ps {
		var seen [3]bool
		for _, b := range p.spec.ballots {
			var data []byte
			if b.reason == "" {
				data = sd.govABI.PackCastVote(p.id, b.support)
			} else {
				data = sd.govABI.PackCastVoteWithReason(p.id, b.support, b.reason)
			}
			r := txReq{from: b.voter, to: &sd.gov, data: data, gas: gasFor(gasCall, data),
				what: fmt.Sprintf("%s votes on %s", b.voter.name, p.spec.key)}
			if int(b.support) < len(seen) && !seen[b.support] {
				seen[b.support] = true
				first = append(first, r)
			} else {
				rest = append(rest, r)
			}
		}
	}
	if _, err := sd.s.burst(ctx, first); err != nil {
		return err
	}
	_, err := sd.s.burst(ctx, rest)
	return err
}

// queue queues the proposals of ps that pick selects.
func (sd *seeder) queue(ctx context.Context, ps []*created, pick func(*proposalSpec) bool) error {
	var reqs []txReq
	for _, p := range ps {
		if !pick(p.spec) {
			continue
		}
		targets, values, datas := proposeArgs(p.spec)
		data := sd.govABI.PackQueue(targets, values, datas, p.descHash)
		reqs = append(reqs, txReq{from: p.spec.proposer, to: &sd.gov, data: data, gas: gasFor(500_000, data), what: "queue " + p.spec.key})
	}
	_, err := sd.s.burst(ctx, reqs)
	return err
}

// execute executes the proposals of ps marked execute, in creation order.
func (sd *seeder) execute(ctx context.Context, ps []*created) error {
	var reqs []txReq
	for _, p := range ps {
		if !p.spec.execute {
			continue
		}
		targets, values, datas := proposeArgs(p.spec)
		data := sd.govABI.PackExecute(targets, values, datas, p.descHash)
		reqs = append(reqs, txReq{from: p.spec.proposer, to: &sd.gov, data: data, gas: gasFor(1_000_000, data), what: "execute " + p.spec.key})
	}
	// One per block: two proposals paying the same account cost different gas in
	// either order (the first payment writes a zero balance slot).
	return sd.s.sequence(ctx, reqs)
}

// stateNames returns the Governor's ProposalState values, lower case, in enum order.
func stateNames() []string {
	return []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}
}

// StateName returns the lower-case name of an OpenZeppelin Governor ProposalState value
// ("pending" ... "executed"), or "unknown(N)".
func StateName(state uint8) string {
	if names := stateNames(); int(state) < len(names) {
		return names[state]
	}
	return fmt.Sprintf("unknown(%d)", state)
}

// checkStates reads state() of every proposal in one batch and checks that each ended
// where the scenario meant it to; it records them in dao.Proposals.
func (sd *seeder) checkStates(ctx context.Context, all []*created, dao *DAO) error {
	head, err := sd.s.blockNumber(ctx)
	if err != nil {
		return err
	}
	batch := make([]rpc.BatchElem, len(all))
	res := make([]hexutil.Bytes, len(all))
	for i, p := range all {
		batch[i] = rpc.BatchElem{Method: "eth_call", Args: []any{
			map[string]any{"to": sd.gov, "data": hexutil.Bytes(sd.govABI.PackState(p.id))},
			hexutil.EncodeUint64(head),
		}, Result: &res[i]}
	}
	if err := sd.s.rpc.BatchCallContext(ctx, batch); err != nil {
		return fmt.Errorf("read proposal states: %w", err)
	}
	var errs []error
	for i, p := range all {
		if batch[i].Error != nil {
			errs = append(errs, fmt.Errorf("state of %s: %w", p.spec.key, batch[i].Error))
			continue
		}
		st, err := sd.govABI.UnpackState(res[i])
		if err != nil {
			errs = append(errs, fmt.Errorf("state of %s: %w", p.spec.key, err))
			continue
		}
		got := StateName(st)
		if got != p.spec.want {
			errs = append(errs, fmt.Errorf("proposal %s is %s at block %d, want %s", p.spec.key, got, head, p.spec.want))
		}
		dao.Proposals = append(dao.Proposals, DemoProposal{
			ID:       p.id,
			Title:    demoTitle(p.spec.description),
			State:    got,
			Proposer: p.spec.proposer.addr,
		})
	}
	return errors.Join(errs...)
}

// demoTitle is the first line of a description without its heading marks.
func demoTitle(description string) string {
	line, _, _ := strings.Cut(description, "\n")
	return strings.TrimSpace(strings.TrimLeft(line, "# "))
}
