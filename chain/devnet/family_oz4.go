package devnet

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Governance parameters of the oz4-compat fixture (block-number clock).
const (
	// CompatVotingDelay and CompatVotingPeriod are in blocks.
	CompatVotingDelay  = 10
	CompatVotingPeriod = 50
	// CompatTimelockDelay is the Compound Timelock's delay: its MINIMUM_DELAY.
	CompatTimelockDelay = 2 * 24 * time.Hour
	// CompatGracePeriod is the Compound Timelock's GRACE_PERIOD: a queued proposal not
	// executed within it after its eta reports Expired.
	CompatGracePeriod   = 14 * 24 * time.Hour
	CompatQuorumPercent = 4
	// CompatProposalThreshold is in whole tokens.
	CompatProposalThreshold = 1_000
)

// SeedOZ4Compat deploys, on the running node n, a governor of the shape of many 2021-23
// DAOs: OpenZeppelin 4.9 Governor + GovernorCompatibilityBravo + GovernorVotes +
// GovernorVotesQuorumFraction + GovernorTimelockCompound (CompatGovernorV4), over an OZ 4.9
// ERC20Votes token (DaoTokenV4, "CGOV") and Uniswap's Compound Timelock (UniTimelock, delay
// 2 days, grace period 14 days) whose admin is the governor from construction. The treasury
// (the timelock) holds ETH, CGOV and a stable token (cUSD, in Assets).
//
// It then drives a history through real transactions: delegations and re-delegations,
// votes For, Against and Abstain with and without reasons, treasury donations (ETH, CGOV,
// cUSD) and executed proposals paying ETH, cUSD and CGOV out; and checks with state() that
// the proposals end as: executed, expired (queued, then 14 days past its eta), defeated,
// canceled (by its proposer while Active: Bravo semantics), queued (eta passed: ready to
// execute), succeeded (not queued), active (no votes from anyone) and pending.
//
// The voters oz4-compat-alice, -bob, -carol, -dave and -erin get keystore files in
// keystoreDir (created if needed; "" writes none) with passphrase "<name>-devnet". Every
// account is credited ETH through Node.Fund, so n may be any devnet node, the demo's
// included, and the fixture may be seeded more than once.
func SeedOZ4Compat(ctx context.Context, n *Node, keystoreDir string) (*FamilyDAO, error) {
	c := newOZCast(FamilyOZ4Compat,
		"holder (400k CGOV), self-delegated, holds carol's delegation until the re-delegation; has NOT voted on the active proposal",
		"holder (250k CGOV), self-delegated, holds erin's then carol's delegation",
		"holder (150k CGOV) who delegated to alice, then re-delegated to bob: no voting power of her own",
		"holder (80k CGOV), self-delegated; proposer of the active proposal",
		"holder (30k CGOV) who delegated to bob, then to herself")
	dep, alice, bob, carol, dave, erin := c.dep, c.alice, c.bob, c.carol, c.dave, c.erin

	return runFamily(ctx, n, FamilyOZ4Compat, keystoreDir, c.actors(), func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error {
		s := fs.s
		tokenAddr, stableAddr, tlAddr := fs.predict(dep)
		tok := contracts.NewDaoTokenV4()
		k := ozKit{token: tokenAddr, stable: stableAddr, timelock: tlAddr, delegateData: tok.PackDelegate, transfer: tok.PackTransfer, usd: contracts.NewStableToken()}

		reqs, err := deployArtifacts(dep,
			deployment{contracts.NameDaoTokenV4, gasDeploy, []any{"Compat Governance", "CGOV", dep.addr}},
			deployment{contracts.NameStableToken, gasDeploy, []any{"Compat USD", "cUSD", dep.addr}},
			deployment{contracts.NameUniTimelock, gasDeploy, []any{fs.gov, big.NewInt(int64(CompatTimelockDelay / time.Second))}},
			deployment{contracts.NameCompatGovernorV4, 9_000_000, []any{"Compat Governor", tokenAddr, tlAddr,
				big.NewInt(CompatVotingDelay), big.NewInt(CompatVotingPeriod), mct(CompatProposalThreshold), big.NewInt(CompatQuorumPercent)}},
		)
		if err != nil {
			return err
		}
		reqs = append(reqs, distribute(dep, k, "CGOV", tok.PackMint, c.holdings(), 500_000)...)
		reqs = append(reqs,
			famCall(dep, stableAddr, k.usd.PackMint(tlAddr, usdx(1_000_000)), "mint cUSD to the treasury"),
			famPay(dep, tlAddr, ether(50), "ETH endowment to the treasury"),
		)
		start, err := fs.deployAll(ctx, reqs, []common.Address{tokenAddr, stableAddr, tlAddr, fs.gov})
		if err != nil {
			return err
		}
		dao.place(tokenAddr, tlAddr, start, stableAddr)
		delegate := k.delegate
		if err := s.sequence(ctx, []txReq{delegate(alice, alice), delegate(bob, bob), delegate(carol, alice), delegate(dave, dave), delegate(erin, bob)}); err != nil {
			return err
		}

		signal, payCGOV, payUSD, payETH := k.signal(), k.payToken, k.payUSD, k.payETH

		// Round A: executed, expired, defeated, canceled.
		aExec := &famProposal{key: "a-exec", want: "executed", proposer: alice, description: md(`
# Fund the indexer grant

Pay the indexer team for the first quarter:

| Recipient | Amount |
|-----------|-------:|
| §%s§ | 5 ETH |
| §%s§ | 25,000 cUSD |
| §%s§ | 10,000 CGOV |
`, erin.addr.Hex(), dave.addr.Hex(), carol.addr.Hex()),
			actions: []action{payETH(erin, ether(5)), payUSD(dave, 25_000), payCGOV(carol, 10_000)}}
		aExpire := &famProposal{key: "a-expire", want: "expired", proposer: bob, description: md(`
# Reimburse the hackathon organisers

Pay **2,000 cUSD** to §%s§. Queued but never executed: it expires 14 days after its eta.
`, erin.addr.Hex()),
			actions: []action{payUSD(erin, 2_000)}}
		aDefeat := &famProposal{key: "a-defeat", want: "defeated", proposer: dave, description: md(`
# Signal: move the treasury into a yield vault

A signalling proposal; its only action is an empty call to the timelock.
`), actions: []action{signal}}
		aCancel := &famProposal{key: "a-cancel", want: "canceled", proposer: bob, description: md(`
# Buy back CGOV from the market

Withdrawn by the proposer while voting was open.
`), actions: []action{payETH(bob, ether(20))}}
		if err := fs.propose(ctx, []*famProposal{aExec, aExpire, aDefeat, aCancel}); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: alice, p: aExec, support: voteFor, reason: "The indexer is what the dashboards run on."},
			{voter: bob, p: aExec, support: voteFor},
			{voter: dave, p: aExec, support: voteAgainst, reason: "Pay per milestone, not up front."},
			{voter: bob, p: aExpire, support: voteFor, reason: "Small and overdue."},
			{voter: alice, p: aExpire, support: voteFor},
			{voter: dave, p: aExpire, support: voteAbstain, reason: "No opinion on events."},
			{voter: dave, p: aDefeat, support: voteFor, reason: "Idle funds lose value."},
			{voter: alice, p: aDefeat, support: voteAgainst, reason: "Smart-contract risk is not worth 3%."},
			{voter: bob, p: aDefeat, support: voteAbstain},
		}); err != nil {
			return err
		}
		// Bravo semantics: the proposer may cancel while the vote is open.
		if err := fs.cancel(ctx, aCancel); err != nil {
			return err
		}
		// Re-delegations after round A's snapshot.
		if err := s.sequence(ctx, []txReq{delegate(carol, bob), delegate(erin, erin)}); err != nil {
			return err
		}
		if err := fs.settle(ctx, CompatTimelockDelay+time.Hour, []*famProposal{aExec, aExpire, aDefeat}, []*famProposal{aExec, aExpire}, aExec); err != nil {
			return err
		}
		// The other queued one runs out of its grace period.
		if err := fs.n.AdvanceTime(ctx, CompatGracePeriod); err != nil {
			return err
		}
		// Inflows: ETH, CGOV and cUSD into the treasury.
		if _, err := s.burst(ctx, k.donations(c, "CGOV", "cUSD")); err != nil {
			return err
		}

		// Round B: queued (ready to execute) and succeeded (not queued).
		bQueued := &famProposal{key: "b-queued", want: "queued", proposer: alice, description: md(`
# Pay the security review

Pay **3 ETH** to §%s§ and **5,000 cUSD** to §%s§ for the review of the governor upgrade.
Queued; its eta has passed, so anyone can execute it.
`, carol.addr.Hex(), bob.addr.Hex()),
			actions: []action{payETH(carol, ether(3)), payUSD(bob, 5_000)}}
		bSucceeded := &famProposal{key: "b-succeeded", want: "succeeded", proposer: bob, description: md(`
# Delegate incentive for erin

Transfer **20,000 CGOV** from the treasury to §%s§. Passed, not queued yet.
`, erin.addr.Hex()),
			actions: []action{payCGOV(erin, 20_000)}}
		if err := fs.propose(ctx, []*famProposal{bQueued, bSucceeded}); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: alice, p: bQueued, support: voteFor},
			{voter: bob, p: bQueued, support: voteFor, reason: "Reviews before upgrades, always."},
			{voter: dave, p: bQueued, support: voteAbstain},
			{voter: bob, p: bSucceeded, support: voteFor},
			{voter: erin, p: bSucceeded, support: voteFor, reason: "I will keep voting on every proposal."},
			{voter: alice, p: bSucceeded, support: voteAbstain, reason: "Conflict of interest: I advise erin."},
		}); err != nil {
			return err
		}
		if err := fs.settle(ctx, CompatTimelockDelay+time.Hour, []*famProposal{bQueued, bSucceeded}, []*famProposal{bQueued}); err != nil {
			return err
		}

		// Round C: active, nobody has voted; then one that is still pending.
		cActive := &famProposal{key: "c-active", want: "active", proposer: dave, description: md(`
# Renew the RPC provider contract

Pay **1 ETH** to §%s§ for another year of RPC service. Voting is open.
`, dave.addr.Hex()),
			actions: []action{payETH(dave, ether(1))}}
		if err := fs.propose(ctx, []*famProposal{cActive}); err != nil {
			return err
		}
		if err := fs.waitClock(ctx, cActive.voteStart+1); err != nil {
			return err
		}
		dPending := &famProposal{key: "d-pending", want: "pending", proposer: alice, description: md(`
# Publish a treasury report every quarter

A signalling proposal: voting has not started yet.
`), actions: []action{signal}}
		return fs.proposeLast(ctx, dPending, 8)
	})
}
