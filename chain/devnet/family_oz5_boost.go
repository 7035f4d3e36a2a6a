package devnet

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Governance parameters of the oz5-boost fixture (block-number clock).
const (
	BoostVotingDelay   = 5   // blocks
	BoostVotingPeriod  = 200 // blocks: the active proposal stays open about 7 minutes at the demo's 2 s blocks
	BoostQueueWindow   = 100 // blocks after the deadline before a Succeeded proposal reports Expired
	BoostTimelockDelay = time.Hour
	BoostQuorumPercent = 10 // of the past total supply of votes, boosts included
	// BoostProposalThreshold is in whole tokens.
	BoostProposalThreshold = 10_000
)

// The oz5-boost fixture's history, in whole BST: what each account was handed out and the
// boosts it was granted (and revoked), and what bob sends carol after the boosts.
const (
	boostMintAlice, boostMintBob, boostMintCarol, boostMintDave, boostMintTreasury = 300_000, 200_000, 100_000, 50_000, 100_000

	boostAlice, boostBob, boostDave, boostErin = 150_000, 120_000, 40_000, 60_000
	boostRevokeBob                             = 20_000
	boostBobToCarol                            = 50_000
)

// SeedOZ5Boost deploys, on the running node n, a DAO whose governance token has CUSTOM
// VOTING UNITS: BoostToken "BST" (OpenZeppelin 5.7 ERC20 + ERC20Permit + ERC20Votes,
// block-number clock) counts balanceOf + boost[account] as an account's voting units, where
// the boost is a staking bonus the owner grants and revokes. So getVotes is NOT what the
// balances and delegations give, and only DelegateVotesChanged events carry the voting power.
// It is governed by the demo's DaoGovernor (quorum BoostQuorumPercent of the past total
// supply of votes, boosts included) with a DaoTimelock treasury holding ETH, USDb (in Assets)
// and BST.
//
// The history, all before the first proposal (whole BST):
//   - handed out (minted to the deployer, then sent): alice 300k, bob 200k, carol 100k,
//     dave 50k, the treasury 100k; erin none;
//   - delegations: alice → alice, bob → bob, carol → alice; dave and the treasury never delegate;
//   - boosts, from the deployer: alice +150k, bob +120k, dave +40k (no delegate: the units sit
//     nowhere), erin +60k (no tokens, no delegate yet); then erin delegates to bob, which moves
//     her 60k of boost to him; then revokeBoost(bob, 20k);
//   - bob transfers 50k BST to carol (moving votes from bob to alice);
//   - BST ownership goes to the timelock.
//
// So at the end: getVotes(alice) = 300k + 150k + carol's 150k = 600k (balances delegated to
// her: 450k); getVotes(bob) = 150k + 100k + erin's 60k = 310k (balances delegated to him:
// 150k); carol, dave, erin and the treasury have none. totalSupply is 750k BST, the total
// supply of votes 1.1M (dave's 90k included).
//
// Proposals, checked with state(): one executed (pays USDb out of the treasury; alice For
// with 600k, bob Against with 310k), one defeated (bob For, alice Against) and one active
// that nobody has voted on.
//
// Keystore files and funding: as SeedOZ4Compat (accounts oz5-boost-alice ... -erin).
func SeedOZ5Boost(ctx context.Context, n *Node, keystoreDir string) (*FamilyDAO, error) {
	c := newOZCast(FamilyOZ5Boost,
		"holder (300k BST, boost 150k), self-delegated, holds carol's delegation: 600k votes, 450k of balances; has NOT voted on the active proposal",
		"holder (200k BST, sent 50k to carol; boost 120k, 20k revoked), self-delegated, holds erin's delegation: 310k votes, 150k of balances",
		"holder (100k BST + 50k from bob) who delegated to alice: no voting power of her own",
		"holder (50k BST, boost 40k) who never delegated: his 90k voting units count for nobody",
		"no BST; a 60k boost, delegated to bob: voting units with no balance behind them")
	dep, alice, bob, carol, dave, erin := c.dep, c.alice, c.bob, c.carol, c.dave, c.erin

	return runFamily(ctx, n, FamilyOZ5Boost, keystoreDir, c.actors(), func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error {
		s := fs.s
		tokenAddr, stableAddr, tlAddr := fs.predict(dep)
		tok := contracts.NewDaoToken() // BoostToken has DaoToken's ERC-20, mint, delegate and ownership selectors
		k := ozKit{token: tokenAddr, stable: stableAddr, timelock: tlAddr, delegateData: tok.PackDelegate, transfer: tok.PackTransfer, usd: contracts.NewStableToken()}

		reqs, err := deployArtifacts(dep,
			deployment{contracts.NameBoostToken, gasDeploy, []any{"Boost Token", "BST", dep.addr}},
			deployment{contracts.NameStableToken, gasDeploy, []any{"Boost DAO USD", "USDb", dep.addr}},
			deployment{contracts.NameDaoTimelock, gasDeploy, []any{big.NewInt(int64(BoostTimelockDelay / time.Second)),
				[]common.Address{fs.gov}, []common.Address{{}}, common.Address{}}},
			deployment{contracts.NameDaoGovernor, 8_000_000, []any{"Boost Governor", tokenAddr, tlAddr,
				big.NewInt(BoostVotingDelay), uint32(BoostVotingPeriod), mct(BoostProposalThreshold), big.NewInt(BoostQuorumPercent), big.NewInt(BoostQueueWindow)}},
		)
		if err != nil {
			return err
		}
		holdings := []holding{{alice, boostMintAlice}, {bob, boostMintBob}, {carol, boostMintCarol}, {dave, boostMintDave}}
		reqs = append(reqs, distribute(dep, k, "BST", tok.PackMint, holdings, boostMintTreasury)...)
		reqs = append(reqs,
			famCall(dep, stableAddr, k.usd.PackMint(tlAddr, usdx(200_000)), "mint USDb to the treasury"),
			famPay(dep, tlAddr, ether(20), "ETH endowment to the treasury"),
		)
		start, err := fs.deployAll(ctx, reqs, []common.Address{tokenAddr, stableAddr, tlAddr, fs.gov})
		if err != nil {
			return err
		}
		dao.place(tokenAddr, tlAddr, start, stableAddr)

		boostCall := func(method string, who *famActor, units int64) (txReq, error) {
			data, err := packArtifact(contracts.NameBoostToken, method, who.addr, mct(units))
			return famCall(dep, tokenAddr, data, method+" "+who.file), err
		}
		var history []txReq
		delegate := k.delegate
		history = append(history, delegate(alice, alice), delegate(bob, bob), delegate(carol, alice))
		for _, b := range []struct {
			method string
			who    *famActor
			units  int64
		}{
			{"grantBoost", alice, boostAlice}, {"grantBoost", bob, boostBob},
			{"grantBoost", dave, boostDave}, // dave has no delegate: these units count for nobody
			{"grantBoost", erin, boostErin}, // erin holds no BST and has no delegate yet
		} {
			r, err := boostCall(b.method, b.who, b.units)
			if err != nil {
				return err
			}
			history = append(history, r)
		}
		history = append(history, delegate(erin, bob)) // moves erin's 60k of boost to bob
		revoke, err := boostCall("revokeBoost", bob, boostRevokeBob)
		if err != nil {
			return err
		}
		history = append(history, revoke,
			famCall(bob, tokenAddr, tok.PackTransfer(carol.addr, mct(boostBobToCarol)), "bob sends BST to carol"),
			famCall(dep, tokenAddr, tok.PackTransferOwnership(tlAddr), "hand BST ownership to the timelock"),
		)
		// One per block, in this order: each step's DelegateVotesChanged follows the last.
		if err := s.sequence(ctx, history); err != nil {
			return err
		}

		signal, payUSD := k.signal(), k.payUSD
		// Votes: alice 600k, bob 310k.
		aExec := &famProposal{key: "a-exec", want: "executed", proposer: alice, description: md(`
# Reward the stakers' working group

Pay **20,000 USDb** to §%s§ from the treasury. Voting power here is balance plus staking boost.
`, carol.addr.Hex()),
			actions: []action{payUSD(carol, 20_000)}}
		aDefeat := &famProposal{key: "a-defeat", want: "defeated", proposer: bob, description: md(`
# Signal: double every staking boost

A signalling proposal; its only action is an empty call to the timelock.
`), actions: []action{signal}}
		if err := fs.propose(ctx, []*famProposal{aExec, aDefeat}); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: alice, p: aExec, support: voteFor, reason: "The working group earned it."},
			{voter: bob, p: aExec, support: voteAgainst, reason: "Pay them in BST, not USDb."},
			{voter: bob, p: aDefeat, support: voteFor, reason: "Stakers carry the DAO."},
			{voter: alice, p: aDefeat, support: voteAgainst},
		}); err != nil {
			return err
		}
		if err := fs.settle(ctx, BoostTimelockDelay+time.Minute, []*famProposal{aExec, aDefeat}, []*famProposal{aExec}, aExec); err != nil {
			return err
		}

		bActive := &famProposal{key: "b-active", want: "active", proposer: bob, description: md(`
# Fund erin's staking dashboard

Pay **5,000 USDb** to §%s§. Voting is open; nobody has voted yet.
`, erin.addr.Hex()),
			actions: []action{payUSD(erin, 5_000)}}
		if err := fs.propose(ctx, []*famProposal{bActive}); err != nil {
			return err
		}
		return fs.waitClock(ctx, bActive.voteStart+1)
	})
}
