package devnet

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Names of the Compound-style families (FamilyDAO.Name).
const (
	FamilyCompoundAlpha = "compound-alpha" // SeedAlpha: Uniswap's GovernorAlpha, Timelock and UNI
	FamilyCompoundBravo = "compound-bravo" // SeedBravo: GovernorBravo initiated from a GovernorAlpha
)

// Parameters of the Compound fixtures.
const (
	// AlphaVotingPeriod is GovernorAlpha's voting period: a pure constant of Uniswap's
	// build, 40,320 blocks (mined in bulk, see Node.Mine).
	AlphaVotingPeriod = 40_320
	// CompoundTimelockDelay is the Timelock's delay (its MINIMUM_DELAY).
	CompoundTimelockDelay = 2 * 24 * time.Hour
	// CompoundGracePeriod is the Timelock's GRACE_PERIOD: a queued proposal not executed
	// within it after its eta is Expired.
	CompoundGracePeriod = 14 * 24 * time.Hour
	// BravoVotingDelay and BravoVotingPeriod are the fixture Bravo's settings, in blocks
	// (the fixture's MIN_VOTING_PERIOD is 5; Compound's is 5,760).
	BravoVotingDelay  = 2
	BravoVotingPeriod = 20
	// BravoProposalThreshold is the fixture Bravo's proposal threshold, in whole UNI.
	BravoProposalThreshold = 100_000
)

// compSeeder drives a GovernorAlpha or a GovernorBravo through the famSeeder helpers.
type compSeeder struct {
	*famSeeder
	art   string // the artifact whose ABI the governor speaks
	abi   abi.ABI
	bravo bool
}

func newCompSeeder(fs *famSeeder, art string) (*compSeeder, error) {
	a, err := contracts.LoadArtifact(art)
	if err != nil {
		return nil, err
	}
	parsed, err := abi.JSON(bytes.NewReader(a.ABI))
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", art, err)
	}
	return &compSeeder{famSeeder: fs, art: art, abi: parsed, bravo: art == contracts.NameGovernorBravoDelegate}, nil
}

// call is a governor call from from with value wei.
func (cs *compSeeder) call(from *famActor, value *big.Int, what string, method string, args ...any) (txReq, error) {
	data, err := cs.abi.Pack(method, args...)
	if err != nil {
		return txReq{}, fmt.Errorf("%s: pack %s: %w", what, method, err)
	}
	return txReq{from: from.actor, to: &cs.gov, value: value, data: data, gas: gasFor(1_000_000, data), what: what}, nil
}

// proposeArgs returns the propose arguments of p: the calldata carries its selector and
// the signatures are empty.
func compProposeArgs(p *famProposal) ([]common.Address, []*big.Int, []string, [][]byte) {
	targets, values, datas := p.args()
	return targets, values, make([]string, len(targets)), datas
}

// propose creates ps in one burst and reads their ids and voting windows from the
// ProposalCreated events.
func (cs *compSeeder) propose(ctx context.Context, ps ...*famProposal) error {
	var reqs []txReq
	for _, p := range ps {
		t, v, s, d := compProposeArgs(p)
		r, err := cs.call(p.proposer, nil, "propose "+p.key, "propose", t, v, s, d, p.description)
		if err != nil {
			return err
		}
		reqs = append(reqs, r)
	}
	rcs, err := cs.s.burst(ctx, reqs)
	if err != nil {
		return err
	}
	ev := cs.abi.Events["ProposalCreated"]
	for i, p := range ps {
		for _, lg := range rcs[i].Logs {
			if lg.Address != cs.gov || len(lg.Topics) == 0 || lg.Topics[0] != ev.ID {
				continue
			}
			vals, err := ev.Inputs.Unpack(lg.Data)
			if err != nil || len(vals) != 9 {
				return fmt.Errorf("propose %s: ProposalCreated: %v", p.key, err)
			}
			p.id = vals[0].(*big.Int)
			p.voteStart, p.voteEnd = vals[6].(*big.Int).Uint64(), vals[7].(*big.Int).Uint64()
		}
		if p.id == nil {
			return fmt.Errorf("propose %s: no ProposalCreated event in %s", p.key, rcs[i].TxHash.Hex())
		}
		cs.all = append(cs.all, p)
	}
	return nil
}

// compBallot is a vote: Alpha takes support != 0 as For (castVote(uint256,bool)); Bravo
// uses castVoteWithReason when there is a reason, castVote(uint256,uint8) otherwise.
type compBallot struct {
	voter   *famActor
	p       *famProposal
	support uint8 // 0 against, 1 for, 2 abstain (Bravo only)
	reason  string
}

// vote waits until voting is open on every ballot's proposal and casts them in one burst.
func (cs *compSeeder) vote(ctx context.Context, ballots ...compBallot) error {
	var open uint64
	var reqs []txReq
	for _, b := range ballots {
		open = max(open, b.p.voteStart+1)
		what := fmt.Sprintf("%s votes on %s", b.voter.file, b.p.key)
		var r txReq
		var err error
		switch {
		case !cs.bravo:
			r, err = cs.call(b.voter, nil, what, "castVote", b.p.id, b.support == 1)
		case b.reason != "":
			r, err = cs.call(b.voter, nil, what, "castVoteWithReason", b.p.id, b.support, b.reason)
		default:
			r, err = cs.call(b.voter, nil, what, "castVote", b.p.id, b.support)
		}
		if err != nil {
			return err
		}
		reqs = append(reqs, r)
	}
	if err := cs.waitClock(ctx, open); err != nil {
		return err
	}
	_, err := cs.s.burst(ctx, reqs)
	return err
}

// byID sends method(id) for each of ps from its proposer, in one burst (or one per block
// when seq is set); execute sends the sum of the proposal's values.
func (cs *compSeeder) byID(ctx context.Context, method string, seq bool, ps ...*famProposal) error {
	var reqs []txReq
	for _, p := range ps {
		value := new(big.Int)
		if method == "execute" {
			for _, a := range p.actions {
				if a.value != nil {
					value.Add(value, a.value)
				}
			}
		}
		r, err := cs.call(p.proposer, value, method+" "+p.key, method, p.id)
		if err != nil {
			return err
		}
		reqs = append(reqs, r)
	}
	if seq {
		return cs.s.sequence(ctx, reqs)
	}
	_, err := cs.s.burst(ctx, reqs)
	return err
}

// settle waits until exec, expire, queued and others have ended, then takes
// them through the Compound Timelock: exec and expire are queued, exec is
// executed after the delay, expire is left to pass its grace period
// (Expired), and queued is queued last, its eta passed (ready to execute).
func (cs *compSeeder) settle(ctx context.Context, exec, expire, queued *famProposal, others ...*famProposal) error {
	steps := []func() error{
		func() error { return cs.waitEnded(ctx, append([]*famProposal{exec, expire, queued}, others...)...) },
		func() error { return cs.byID(ctx, "queue", false, exec, expire) },
		func() error { return cs.n.AdvanceTime(ctx, CompoundTimelockDelay+time.Minute) },
		func() error { return cs.byID(ctx, "execute", true, exec) },
		func() error { return cs.n.AdvanceTime(ctx, CompoundGracePeriod) },
		func() error { return cs.byID(ctx, "queue", false, queued) },
		func() error { return cs.n.AdvanceTime(ctx, CompoundTimelockDelay+time.Minute) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// view calls a view method of the governor at the head and returns its outputs.
func (cs *compSeeder) view(ctx context.Context, method string, args ...any) ([]any, error) {
	data, err := cs.abi.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	out, err := cs.ethCall(ctx, cs.gov, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	return cs.abi.Unpack(method, out)
}

// uniToken returns a function that packs a call to the Uni token.
func packUni(method string, args ...any) []byte {
	data, err := packArtifact(contracts.NameUni, method, args...)
	if err != nil {
		panic(err) // the embedded ABI is tested; a failure here is a programming error
	}
	return data
}

// compDAO is what both Compound fixtures deploy first: UNI, a Timelock whose admin is the
// GovernorAlpha, the GovernorAlpha, and the token distribution.
type compDAO struct {
	uni, timelock, alpha common.Address
}

// deployAlpha deploys UNI (the whole 1B supply to dep), the Timelock (admin = the Alpha,
// whose address is predicted) and the GovernorAlpha, then hands UNI out, endows the
// treasury with treasuryUNI and treasuryETH, and returns the addresses.
func deployAlpha(ctx context.Context, fs *famSeeder, dep *famActor, holders []holding, treasuryUNI int64, treasuryETH *big.Int, extra ...txReq) (compDAO, uint64, error) {
	s := fs.s
	var d compDAO
	d.uni = s.nextAddress(dep.actor, 0)
	d.timelock = s.nextAddress(dep.actor, 1)
	d.alpha = s.nextAddress(dep.actor, 2)
	mintAfter := new(big.Int).SetUint64(fs.n.eth.BlockChain().CurrentBlock().Time + 366*24*3600)
	reqs, err := deployArtifacts(dep,
		deployment{contracts.NameUni, gasDeploy, []any{dep.addr, dep.addr, mintAfter}},
		deployment{contracts.NameUniTimelock, gasDeploy, []any{d.alpha, big.NewInt(int64(CompoundTimelockDelay / time.Second))}},
		deployment{contracts.NameUniGovernorAlpha, gasDeploy, []any{d.timelock, d.uni}},
	)
	if err != nil {
		return d, 0, err
	}
	for _, h := range holders {
		reqs = append(reqs, famCall(dep, d.uni, packUni("transfer", h.who.addr, mct(h.amount)), "UNI to "+h.who.file))
	}
	reqs = append(reqs,
		famCall(dep, d.uni, packUni("transfer", d.timelock, mct(treasuryUNI)), "UNI to the treasury"),
		famPay(dep, d.timelock, treasuryETH, "ETH endowment to the treasury"),
	)
	reqs = append(reqs, extra...)
	start, err := fs.deployAll(ctx, reqs, []common.Address{d.uni, d.timelock, d.alpha})
	return d, start, err
}

// delegateUni is a UNI delegation.
func delegateUni(uni common.Address, from, to *famActor) txReq {
	return famCall(from, uni, packUni("delegate", to.addr), from.file+" delegates to "+to.file)
}

// payUni is a proposal action that sends UNI from the treasury.
func payUni(uni common.Address, to common.Address, n int64) action {
	return action{target: uni, value: new(big.Int), data: packUni("transfer", to, mct(n))}
}

// payEth is a proposal action that sends ETH through the timelock (the executor sends it
// with execute, as GovernorAlpha and Bravo forward the values from their own call).
func payEth(to common.Address, wei *big.Int) action {
	return action{target: to, value: wei, data: []byte{}}
}

// SeedAlpha deploys Uniswap's GovernorAlpha, Timelock and UNI (the npm build, as it is) on
// n and seeds a history with real transactions, ending with proposals in every state:
// executed (pays UNI and ETH out through the treasury), expired (queued, never executed,
// eta + 14 days passed), defeated, canceled (by anyone, once the proposer's votes fell
// below the threshold), queued (eta passed: ready to execute, with msg.value = its ETH
// values), succeeded (not queued), active (none of the keystore accounts has voted) and
// pending (created last: it turns Active two blocks later).
//
// GovernorAlpha's 40,320-block voting period is mined in bulk (Node.Mine); seeding takes
// one voting period. Proposers are distinct accounts: Alpha allows one live proposal per
// proposer.
//
// The voters compound-alpha-whale, -delegate and -holder get keystore files in keystoreDir
// (created if needed; "" writes none) with passphrase "<name>-devnet". Every account is
// credited ETH through Node.Fund, so n may be any devnet node.
func SeedAlpha(ctx context.Context, n *Node, keystoreDir string) (*FamilyDAO, error) {
	c := newCompCast(FamilyCompoundAlpha, 5)
	whale, dlg, holder, payee, donor, props := c.whale, c.dlg, c.holder, c.payee, c.donor, c.props

	return runFamily(ctx, n, FamilyCompoundAlpha, keystoreDir, c.actors(), func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error {
		d, start, err := deployAlpha(ctx, fs, c.dep, c.holdings(12_000_000), 100_000_000, ether(50))
		if err != nil {
			return err
		}
		fs.gov = d.alpha
		cs, err := newCompSeeder(fs, contracts.NameUniGovernorAlpha)
		if err != nil {
			return err
		}
		dao.place(d.uni, d.timelock, start, d.uni)
		if err := fs.s.sequence(ctx, c.delegations(d.uni)); err != nil {
			return err
		}

		pr := func(key, want string, who *famActor, title string, acts ...action) *famProposal {
			return &famProposal{key: key, want: want, proposer: who, actions: acts,
				description: "# " + title + "\n\nA GovernorAlpha proposal of the daoterm compound-alpha fixture (" + key + ")."}
		}
		pExec := pr("grant", "executed", props[0], "Grant 1M UNI and 2 ETH to the payee", payUni(d.uni, payee.addr, 1_000_000), payEth(payee.addr, ether(2)))
		pExpire := pr("stale", "expired", props[1], "Send 500k UNI to the payee (never executed)", payUni(d.uni, payee.addr, 500_000))
		pDefeat := pr("rejected", "defeated", props[2], "Send 30M UNI to proposer3", payUni(d.uni, props[2].addr, 30_000_000))
		pCancel := pr("withdrawn", "canceled", props[3], "Send 1M UNI to proposer4", payUni(d.uni, props[3].addr, 1_000_000))
		pQueued := pr("ready", "queued", props[4], "Pay 250k UNI and 1 ETH to the payee", payUni(d.uni, payee.addr, 250_000), payEth(payee.addr, ether(1)))
		pSucc := pr("approved", "succeeded", dlg, "Send 100k UNI to the donor as thanks", payUni(d.uni, donor.addr, 100_000))
		if err := cs.propose(ctx, pExec, pExpire, pDefeat, pCancel, pQueued, pSucc); err != nil {
			return err
		}
		// proposer4 hands its votes to the delegate: anyone may then cancel its proposal.
		if err := fs.s.sequence(ctx, []txReq{
			delegateUni(d.uni, props[3], dlg),
			famCall(donor, d.uni, packUni("transfer", d.timelock, mct(250_000)), "UNI donation to the treasury"),
		}); err != nil {
			return err
		}
		if err := cs.byIDFrom(ctx, "cancel", whale, pCancel); err != nil {
			return err
		}
		if err := cs.vote(ctx,
			compBallot{voter: whale, p: pExec, support: 1},
			compBallot{voter: whale, p: pExpire, support: 1},
			compBallot{voter: whale, p: pQueued, support: 1},
			compBallot{voter: whale, p: pSucc, support: 1},
			compBallot{voter: props[2], p: pDefeat, support: 1},
			compBallot{voter: dlg, p: pDefeat, support: 0},
			compBallot{voter: dlg, p: pExec, support: 0},
			compBallot{voter: props[0], p: pExec, support: 1},
		); err != nil {
			return err
		}
		if err := cs.settle(ctx, pExec, pExpire, pQueued, pDefeat, pSucc); err != nil {
			return err
		}
		// Later activity: a re-delegation and an ETH donation; then the current proposals.
		if err := fs.s.sequence(ctx, []txReq{
			delegateUni(d.uni, holder, whale),
			famPay(donor, d.timelock, ether(3), "ETH donation to the treasury"),
		}); err != nil {
			return err
		}
		pActive := pr("current", "active", props[0], "Send 2M UNI to the payee for year two", payUni(d.uni, payee.addr, 2_000_000))
		if err := cs.propose(ctx, pActive); err != nil {
			return err
		}
		if err := cs.vote(ctx, compBallot{voter: props[0], p: pActive, support: 1}, compBallot{voter: props[1], p: pActive, support: 0}); err != nil {
			return err
		}
		pPending := pr("next", "pending", props[2], "Send 10k UNI to the donor", payUni(d.uni, donor.addr, 10_000))
		return cs.propose(ctx, pPending)
	})
}

// byIDFrom sends method(id) for each of ps from from.
func (cs *compSeeder) byIDFrom(ctx context.Context, method string, from *famActor, ps ...*famProposal) error {
	var reqs []txReq
	for _, p := range ps {
		r, err := cs.call(from, nil, method+" "+p.key, method, p.id)
		if err != nil {
			return err
		}
		reqs = append(reqs, r)
	}
	return cs.s.sequence(ctx, reqs)
}
