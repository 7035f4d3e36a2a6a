package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// SeedBravo deploys a GovernorAlpha DAO (UNI, Timelock, Alpha: Uniswap's npm build) and a
// GovernorBravo (the fixture written from Compound's interface: delegator + delegate, with
// UNI as its `comp`), and hands the timelock over the way Uniswap did: an Alpha proposal
// executes timelock.setPendingAdmin(bravo), then bravo._initiate(alpha) copies the
// Alpha's proposalCount (so Bravo's ids continue after the Alpha's: initialProposalId = 1,
// the first Bravo proposal is 2) and accepts the timelock's admin role.
//
// The Bravo history ends with proposals in every state: executed (pays UNI and ETH
// through the treasury), expired, defeated, canceled (by its proposer), queued (eta
// passed: ready to execute with msg.value = its ETH values), succeeded (not queued),
// active (none of the keystore accounts has voted) and pending. Votes are For, Against
// and Abstain, through castVoteWithReason with reasons and castVote; there are
// re-delegations and UNI and ETH donations to the treasury.
//
// The voters compound-bravo-whale, -delegate and -holder get keystore files in keystoreDir
// ("" writes none) with passphrase "<name>-devnet". FamilyDAO.Legacy holds the Alpha.
// Seeding takes one Alpha voting period (40,320 blocks, mined in bulk).
func SeedBravo(ctx context.Context, n *Node, keystoreDir string) (*FamilyDAO, error) {
	c := newCompCast(FamilyCompoundBravo, 4)
	dep, whale, dlg, holder, payee, donor, props := c.dep, c.whale, c.dlg, c.holder, c.payee, c.donor, c.props

	return runFamily(ctx, n, FamilyCompoundBravo, keystoreDir, c.actors(), func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error {
		d, start, err := deployAlpha(ctx, fs, dep, c.holdings(1_000_000), 100_000_000, ether(50))
		if err != nil {
			return err
		}
		dao.place(d.uni, d.timelock, start, d.uni)
		dao.Legacy = []common.Address{d.alpha}
		// Then the Bravo: the delegate (implementation) and the delegator (proxy, admin the deployer).
		impl := fs.s.nextAddress(dep.actor, 0)
		bravo := fs.s.nextAddress(dep.actor, 1)
		rImpl, err := deployArtifact(dep, contracts.NameGovernorBravoDelegate, gasDeploy)
		if err != nil {
			return err
		}
		rProxy, err := deployArtifact(dep, contracts.NameGovernorBravoDelegator, gasDeploy,
			d.timelock, d.uni, dep.addr, impl, big.NewInt(BravoVotingPeriod), big.NewInt(BravoVotingDelay), mct(BravoProposalThreshold))
		if err != nil {
			return err
		}
		if _, err := fs.deployAll(ctx, []txReq{rImpl, rProxy}, []common.Address{impl, bravo}); err != nil {
			return err
		}

		if err := fs.s.sequence(ctx, c.delegations(d.uni)); err != nil {
			return err
		}

		// The hand-over, through the Alpha (its only proposal: id 1).
		fs.gov = d.alpha
		alpha, err := newCompSeeder(fs, contracts.NameUniGovernorAlpha)
		if err != nil {
			return err
		}
		handOver := &famProposal{key: "hand-over", want: "executed", proposer: whale,
			actions:     []action{{target: d.timelock, value: new(big.Int), data: mustPackArtifact(contracts.NameUniTimelock, "setPendingAdmin", bravo)}},
			description: "# Upgrade to Governor Bravo\n\nMake the Governor Bravo at " + bravo.Hex() + " the pending admin of the timelock; it accepts with `_initiate`."}
		if err := alpha.propose(ctx, handOver); err != nil {
			return err
		}
		if err := alpha.vote(ctx, compBallot{voter: whale, p: handOver, support: 1}, compBallot{voter: dlg, p: handOver, support: 1}); err != nil {
			return err
		}
		if err := alpha.waitEnded(ctx, handOver); err != nil {
			return err
		}
		if err := alpha.byID(ctx, "queue", false, handOver); err != nil {
			return err
		}
		if err := n.AdvanceTime(ctx, CompoundTimelockDelay+time.Minute); err != nil {
			return err
		}
		if err := alpha.byID(ctx, "execute", true, handOver); err != nil {
			return err
		}
		if st, err := alpha.view(ctx, "state", handOver.id); err != nil || StateName(st[0].(uint8)) != "executed" {
			return fmt.Errorf("the Alpha's hand-over proposal did not execute (%v, %v)", st, err)
		}
		alpha.all = nil // the Alpha's proposal is not one of the Bravo's

		fs.gov = bravo
		cs, err := newCompSeeder(fs, contracts.NameGovernorBravoDelegate)
		if err != nil {
			return err
		}
		r, err := cs.call(dep, nil, "_initiate", "_initiate", d.alpha)
		if err != nil {
			return err
		}
		if _, err := fs.s.send(ctx, r); err != nil {
			return err
		}
		if out, err := fs.ethCall(ctx, d.timelock, mustPackArtifact(contracts.NameUniTimelock, "admin")); err != nil || common.BytesToAddress(out) != bravo {
			return fmt.Errorf("timelock admin after _initiate: %x, %v; want the Bravo %s", out, err, bravo.Hex())
		}
		if out, err := cs.view(ctx, "initialProposalId"); err != nil || out[0].(*big.Int).Cmp(handOver.id) != 0 {
			return fmt.Errorf("initialProposalId after _initiate: %v, %v; want %v", out, err, handOver.id)
		}

		pr := func(key, want string, who *famActor, title string, acts ...action) *famProposal {
			return &famProposal{key: key, want: want, proposer: who, actions: acts,
				description: "# " + title + "\n\nA GovernorBravo proposal of the daoterm compound-bravo fixture (" + key + ")."}
		}
		pExec := pr("grant", "executed", props[0], "Grant 1M UNI and 2 ETH to the payee", payUni(d.uni, payee.addr, 1_000_000), payEth(payee.addr, ether(2)))
		pExpire := pr("stale", "expired", props[1], "Send 500k UNI to the payee (never executed)", payUni(d.uni, payee.addr, 500_000))
		pDefeat := pr("rejected", "defeated", props[2], "Send 30M UNI to proposer3", payUni(d.uni, props[2].addr, 30_000_000))
		pCancel := pr("withdrawn", "canceled", props[3], "Send 1M UNI to proposer4", payUni(d.uni, props[3].addr, 1_000_000))
		pQueued := pr("ready", "queued", whale, "Pay 250k UNI and 1 ETH to the payee", payUni(d.uni, payee.addr, 250_000), payEth(payee.addr, ether(1)))
		pSucc := pr("approved", "succeeded", dlg, "Send 100k UNI to the donor as thanks", payUni(d.uni, donor.addr, 100_000))
		if err := cs.propose(ctx, pExec, pExpire, pDefeat, pCancel, pQueued, pSucc); err != nil {
			return err
		}
		if err := cs.byID(ctx, "cancel", false, pCancel); err != nil { // the proposer withdraws it
			return err
		}
		if err := cs.vote(ctx,
			compBallot{voter: whale, p: pExec, support: 1, reason: "Funds the payee's first year; milestones are public."},
			compBallot{voter: whale, p: pExpire, support: 1, reason: "Fine, but only once the budget passes."},
			compBallot{voter: whale, p: pQueued, support: 1, reason: "Second tranche as agreed."},
			compBallot{voter: whale, p: pSucc, support: 1},
			compBallot{voter: dlg, p: pSucc, support: 2, reason: "Abstaining: the donor is a friend of mine."},
			compBallot{voter: props[2], p: pDefeat, support: 1, reason: "I need it."},
			compBallot{voter: dlg, p: pDefeat, support: 0, reason: "30M UNI for one person, with no plan: no."},
			compBallot{voter: dlg, p: pExec, support: 0, reason: "Too much at once."},
			compBallot{voter: props[0], p: pExec, support: 1},
			compBallot{voter: props[1], p: pExec, support: 2},
		); err != nil {
			return err
		}
		if err := cs.settle(ctx, pExec, pExpire, pQueued, pDefeat, pSucc); err != nil {
			return err
		}
		// Later activity: re-delegations and donations; then the current proposals.
		if err := fs.s.sequence(ctx, []txReq{
			delegateUni(d.uni, holder, whale),
			delegateUni(d.uni, props[3], dlg),
			famCall(donor, d.uni, packUni("transfer", d.timelock, mct(250_000)), "UNI donation to the treasury"),
			famPay(donor, d.timelock, ether(3), "ETH donation to the treasury"),
		}); err != nil {
			return err
		}
		pActive := pr("current", "active", props[0], "Send 2M UNI to the payee for year two", payUni(d.uni, payee.addr, 2_000_000))
		if err := cs.propose(ctx, pActive); err != nil {
			return err
		}
		if err := cs.vote(ctx,
			compBallot{voter: props[0], p: pActive, support: 1, reason: "Year one delivered."},
			compBallot{voter: props[1], p: pActive, support: 2, reason: "No view yet."},
		); err != nil {
			return err
		}
		pPending := pr("next", "pending", props[2], "Send 10k UNI to the donor", payUni(d.uni, donor.addr, 10_000))
		return cs.propose(ctx, pPending)
	})
}

// mustPackArtifact is packArtifact for calls whose ABI is embedded and tested.
func mustPackArtifact(name, method string, args ...any) []byte {
	data, err := packArtifact(name, method, args...)
	if err != nil {
		panic(err)
	}
	return data
}
