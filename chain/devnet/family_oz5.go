package devnet

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Governance parameters of the oz5-fractional fixture (timestamp clock: seconds).
const (
	FractionalVotingDelay       = 300  // seconds
	FractionalVotingPeriod      = 3600 // seconds
	FractionalTimelockDelay     = time.Hour
	FractionalQuorumPercent     = 4
	FractionalProposalThreshold = 1_000 // whole tokens
)

// Governance parameters of the oz5-nft fixture (block-number clock; votes are NFTs).
const (
	NFTVotingDelay   = 10  // blocks
	NFTVotingPeriod  = 50  // blocks
	NFTQueueWindow   = 100 // blocks after the deadline before a Succeeded proposal reports Expired
	NFTTimelockDelay = time.Hour
	NFTQuorumPercent = 20
	// NFTProposalThreshold is in tokens (one NFT, one vote).
	NFTProposalThreshold = 1
)

// SeedOZ5Fractional deploys, on the running node n, an OpenZeppelin 5.7 Governor with
// GovernorSettings, GovernorCountingFractional, GovernorVotes, GovernorVotesQuorumFraction and
// GovernorTimelockControl (FractionalGovernor) over an ERC20Votes token on a TIMESTAMP clock
// (TimeToken "SPLIT": clock() is block.timestamp, CLOCK_MODE "mode=timestamp"), so snapshots,
// deadlines, the voting delay (300 s) and period (3600 s) are in seconds; the treasury is a
// TimelockController (DaoTimelock, 1 hour) holding ETH, SPLIT and USDs (in Assets).
//
// The history: delegations and re-delegations; split votes
// castVoteWithReasonAndParams(id, 255, reason, abi.encodePacked(uint128 against, uint128 for,
// uint128 abstain)), among them a voter (bob) who votes partially twice on one proposal, next to
// ordinary For/Against/Abstain votes with and without reasons; donations into the treasury and
// executed proposals that pay ETH, USDs and SPLIT out. It checks with state() that the
// proposals end as: executed, defeated, canceled, queued (ready to execute), succeeded (not
// queued), two active (one nobody voted on, one where bob has used part of his weight) and
// pending. OpenZeppelin 5 with GovernorTimelockControl never reports Expired: those seven
// are every state this family can reach.
//
// Keystore files and funding: as SeedOZ4Compat (accounts oz5-fractional-alice ... -erin).
func SeedOZ5Fractional(ctx context.Context, n *Node, keystoreDir string) (*FamilyDAO, error) {
	c := newOZCast(FamilyOZ5Fractional,
		"holder (400k SPLIT), self-delegated, holds carol's delegation until the re-delegation; has NOT voted on the active proposals",
		"holder (250k SPLIT), self-delegated; splits his votes, twice on one proposal; has used part of his weight on an active proposal",
		"holder (150k SPLIT) who delegated to alice, then re-delegated to bob: no voting power of her own",
		"holder (80k SPLIT), self-delegated; votes the ordinary way",
		"holder (30k SPLIT) who delegated to bob, then to herself")
	dep, alice, bob, carol, dave, erin := c.dep, c.alice, c.bob, c.carol, c.dave, c.erin

	return runFamily(ctx, n, FamilyOZ5Fractional, keystoreDir, c.actors(), func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error {
		fs.timestamp = true
		s := fs.s
		tokenAddr, stableAddr, tlAddr := fs.predict(dep)
		tok := contracts.NewDaoToken() // TimeToken has DaoToken's ERC-20, mint and delegate selectors
		k := ozKit{token: tokenAddr, stable: stableAddr, timelock: tlAddr, delegateData: tok.PackDelegate, transfer: tok.PackTransfer, usd: contracts.NewStableToken()}

		reqs, err := deployArtifacts(dep,
			deployment{contracts.NameTimeToken, gasDeploy, []any{"Split Token", "SPLIT", dep.addr}},
			deployment{contracts.NameStableToken, gasDeploy, []any{"Split USD", "USDs", dep.addr}},
			deployment{contracts.NameDaoTimelock, gasDeploy, []any{big.NewInt(int64(FractionalTimelockDelay / time.Second)),
				[]common.Address{fs.gov}, []common.Address{{}}, common.Address{}}},
			deployment{contracts.NameFractionalGovernor, 8_000_000, []any{"Split Governor", tokenAddr, tlAddr,
				big.NewInt(FractionalVotingDelay), uint32(FractionalVotingPeriod), mct(FractionalProposalThreshold), big.NewInt(FractionalQuorumPercent)}},
		)
		if err != nil {
			return err
		}
		reqs = append(reqs, distribute(dep, k, "SPLIT", tok.PackMint, c.holdings(), 500_000)...)
		reqs = append(reqs,
			famCall(dep, stableAddr, k.usd.PackMint(tlAddr, usdx(1_000_000)), "mint USDs to the treasury"),
			famPay(dep, tlAddr, ether(50), "ETH endowment to the treasury"),
			famCall(dep, tokenAddr, tok.PackTransferOwnership(tlAddr), "hand SPLIT ownership to the timelock"),
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

		signal, paySPLIT, payUSD, payETH := k.signal(), k.payToken, k.payUSD, k.payETH
		split := func(against, forVotes, abstain int64) []byte {
			return fractionalVote(mct(against), mct(forVotes), mct(abstain))
		}

		// Round A: executed, defeated, canceled.
		aExec := &famProposal{key: "a-exec", want: "executed", proposer: alice, description: md(`
# Fund the evaluation cluster

| Recipient | Amount |
|-----------|-------:|
| §%s§ | 5 ETH |
| §%s§ | 25,000 USDs |
| §%s§ | 10,000 SPLIT |

Voters may split their weight between For, Against and Abstain.
`, erin.addr.Hex(), dave.addr.Hex(), carol.addr.Hex()),
			actions: []action{payETH(erin, ether(5)), payUSD(dave, 25_000), paySPLIT(carol, 10_000)}}
		aDefeat := &famProposal{key: "a-defeat", want: "defeated", proposer: bob, description: md(`
# Signal: lower the quorum to 2%%

A signalling proposal; its only action is an empty call to the timelock.
`), actions: []action{signal}}
		aCancel := &famProposal{key: "a-cancel", want: "canceled", proposer: dave, description: md(`
# Sell half the USDs for ETH

Withdrawn by the proposer before voting started.
`), actions: []action{payUSD(dave, 500_000)}}
		if err := fs.propose(ctx, []*famProposal{aExec, aDefeat, aCancel}); err != nil {
			return err
		}
		if err := fs.cancel(ctx, aCancel); err != nil { // only while Pending in OZ 5
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			// alice: all 550k (her own and carol's), split three ways.
			{voter: alice, p: aExec, support: voteFractional, reason: "Mostly for; part of my delegators disagree.", params: split(10_000, 500_000, 40_000)},
			// bob votes partially twice (280k: his own and erin's); 130k stay unused.
			{voter: bob, p: aExec, support: voteFractional, reason: "First tranche: my own view.", params: split(0, 100_000, 0)},
			{voter: bob, p: aExec, support: voteFractional, reason: "Second tranche: erin's view, as she asked.", params: split(20_000, 0, 30_000)},
			{voter: dave, p: aExec, support: voteAgainst, reason: "Up-front payment is too risky."},
			{voter: alice, p: aDefeat, support: voteAgainst, reason: "A 2% quorum invites capture."},
			{voter: bob, p: aDefeat, support: voteFractional, params: split(80_000, 200_000, 0)},
			{voter: dave, p: aDefeat, support: voteAbstain},
		}); err != nil {
			return err
		}
		if err := s.sequence(ctx, []txReq{delegate(carol, bob), delegate(erin, erin)}); err != nil {
			return err
		}
		if err := fs.settle(ctx, FractionalTimelockDelay+time.Minute, []*famProposal{aExec, aDefeat}, []*famProposal{aExec}, aExec); err != nil {
			return err
		}
		if _, err := s.burst(ctx, k.donations(c, "SPLIT", "USDs")); err != nil {
			return err
		}

		// Round B: queued (ready to execute) and succeeded (not queued).
		bQueued := &famProposal{key: "b-queued", want: "queued", proposer: alice, description: md(`
# Pay the audit of the split-vote module

Pay **3 ETH** to §%s§ and **5,000 USDs** to §%s§. Queued; the timelock delay has passed.
`, carol.addr.Hex(), bob.addr.Hex()),
			actions: []action{payETH(carol, ether(3)), payUSD(bob, 5_000)}}
		bSucceeded := &famProposal{key: "b-succeeded", want: "succeeded", proposer: bob, description: md(`
# Delegate incentive for erin

Transfer **20,000 SPLIT** to §%s§. Passed, not queued yet.
`, erin.addr.Hex()),
			actions: []action{paySPLIT(erin, 20_000)}}
		if err := fs.propose(ctx, []*famProposal{bQueued, bSucceeded}); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: alice, p: bQueued, support: voteFor, reason: "Audits are cheap insurance."},
			{voter: bob, p: bQueued, support: voteFractional, reason: "Mostly for.", params: split(0, 300_000, 100_000)},
			{voter: bob, p: bSucceeded, support: voteFor},
			{voter: erin, p: bSucceeded, support: voteFractional, reason: "Half my weight; I am the payee.", params: split(0, 0, 15_000)},
			{voter: alice, p: bSucceeded, support: voteAbstain, reason: "Conflict of interest: I advise erin."},
		}); err != nil {
			return err
		}
		if err := fs.settle(ctx, FractionalTimelockDelay+time.Minute, []*famProposal{bQueued, bSucceeded}, []*famProposal{bQueued}); err != nil {
			return err
		}

		// Round C: two active (one without votes, one bob voted on with part of his weight),
		// then one that is still pending.
		cActive := &famProposal{key: "c-active", want: "active", proposer: dave, description: md(`
# Renew the RPC provider contract

Pay **1 ETH** to §%s§. Voting is open; nobody has voted yet.
`, dave.addr.Hex()),
			actions: []action{payETH(dave, ether(1))}}
		cPartial := &famProposal{key: "c-partial", want: "active", proposer: erin, description: md(`
# Translate the docs

Pay **2,000 USDs** to §%s§. Voting is open; bob has voted with part of his weight.
`, erin.addr.Hex()),
			actions: []action{payUSD(erin, 2_000)}}
		if err := fs.propose(ctx, []*famProposal{cActive, cPartial}); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: bob, p: cPartial, support: voteFractional, reason: "For with a quarter of my weight for now.", params: split(0, 100_000, 0)},
		}); err != nil {
			return err
		}
		dPending := &famProposal{key: "d-pending", want: "pending", proposer: alice, description: md(`
# Publish a treasury report every quarter

A signalling proposal: voting has not started yet.
`), actions: []action{signal}}
		return fs.proposeLast(ctx, dPending, 8)
	})
}

// SeedOZ5NFT deploys, on the running node n, an NFT DAO: an ERC721Votes token (NftToken
// "PASS": one token, one vote, no decimals; block-number clock) governed by the demo's
// DaoGovernor (OpenZeppelin 5.7 Governor + Settings + CountingSimple + Votes +
// VotesQuorumFraction (20%) + TimelockControl, with a queue window of NFTQueueWindow blocks
// after which an unqueued Succeeded proposal reports Expired) and a DaoTimelock treasury that
// holds ETH, USDn (in Assets) and PASS tokens.
//
// The history: PASS minted to several holders (ids from 1) and to the treasury, transfers
// between holders and a PASS sent into the treasury, delegations and a re-delegation, votes
// For, Against and Abstain with and without reasons, donations, and executed proposals that
// send a PASS, ETH and USDn out of the treasury. It checks with state() that the proposals
// end as: executed, expired, defeated, canceled, queued (ready to execute), succeeded (not
// queued; it expires NFTQueueWindow blocks after its deadline), active (nobody voted) and
// pending.
//
// Keystore files and funding: as SeedOZ4Compat (accounts oz5-nft-alice ... -erin).
func SeedOZ5NFT(ctx context.Context, n *Node, keystoreDir string) (*FamilyDAO, error) {
	c := newOZCast(FamilyOZ5NFT,
		"holder of PASS #1, #2 (sold #3 to dave), self-delegated, holds carol's delegation until the re-delegation; has NOT voted on the active proposal",
		"holder of PASS #4 (gave #5 to the treasury), self-delegated",
		"holder of PASS #6, delegated to alice then re-delegated to bob: no voting power of her own",
		"holder of PASS #7 and #3 (bought from alice), self-delegated",
		"received PASS #8 from the treasury by an executed proposal; never delegated")
	dep, alice, bob, carol, dave, erin := c.dep, c.alice, c.bob, c.carol, c.dave, c.erin

	return runFamily(ctx, n, FamilyOZ5NFT, keystoreDir, c.actors(), func(ctx context.Context, fs *famSeeder, dao *FamilyDAO) error {
		s := fs.s
		nftAddr, stableAddr, tlAddr := fs.predict(dep)
		tok := contracts.NewDaoToken() // for delegate(address) and transferOwnership(address)
		k := ozKit{token: nftAddr, stable: stableAddr, timelock: tlAddr, delegateData: tok.PackDelegate, usd: contracts.NewStableToken()}
		usd := k.usd

		reqs, err := deployArtifacts(dep,
			deployment{contracts.NameNftToken, gasDeploy, []any{"Commons Pass", "PASS", dep.addr}},
			deployment{contracts.NameStableToken, gasDeploy, []any{"NFT DAO USD", "USDn", dep.addr}},
			deployment{contracts.NameDaoTimelock, gasDeploy, []any{big.NewInt(int64(NFTTimelockDelay / time.Second)),
				[]common.Address{fs.gov}, []common.Address{{}}, common.Address{}}},
			deployment{contracts.NameDaoGovernor, 8_000_000, []any{"Commons Pass Governor", nftAddr, tlAddr,
				big.NewInt(NFTVotingDelay), uint32(NFTVotingPeriod), big.NewInt(NFTProposalThreshold), big.NewInt(NFTQuorumPercent), big.NewInt(NFTQueueWindow)}},
		)
		if err != nil {
			return err
		}
		// Ids 1..9 in this order.
		for _, to := range []common.Address{alice.addr, alice.addr, alice.addr, bob.addr, bob.addr, carol.addr, dave.addr, tlAddr, tlAddr} {
			data, err := packArtifact(contracts.NameNftToken, "mint", to)
			if err != nil {
				return err
			}
			reqs = append(reqs, famCall(dep, nftAddr, data, "mint PASS"))
		}
		reqs = append(reqs,
			famCall(dep, stableAddr, usd.PackMint(tlAddr, usdx(500_000)), "mint USDn to the treasury"),
			famPay(dep, tlAddr, ether(30), "ETH endowment to the treasury"),
			famCall(dep, nftAddr, tok.PackTransferOwnership(tlAddr), "hand PASS minting to the timelock"),
		)
		start, err := fs.deployAll(ctx, reqs, []common.Address{nftAddr, stableAddr, tlAddr, fs.gov})
		if err != nil {
			return err
		}
		dao.place(nftAddr, tlAddr, start, stableAddr)

		transferNFT := func(from, to common.Address, id int64) ([]byte, error) {
			return packArtifact(contracts.NameNftToken, "transferFrom", from, to, big.NewInt(id))
		}
		sell, err := transferNFT(alice.addr, dave.addr, 3)
		if err != nil {
			return err
		}
		give, err := packArtifact(contracts.NameNftToken, "safeTransferFrom(address,address,uint256)", bob.addr, tlAddr, big.NewInt(5))
		if err != nil {
			return err
		}
		delegate := k.delegate
		if err := s.sequence(ctx, []txReq{
			famCall(alice, nftAddr, sell, "alice sells PASS #3 to dave"),
			famCall(bob, nftAddr, give, "bob gives PASS #5 to the treasury"),
			delegate(alice, alice), delegate(bob, bob), delegate(carol, alice), delegate(dave, dave),
		}); err != nil {
			return err
		}

		signal, payUSD, payETH := k.signal(), k.payUSD, k.payETH
		payNFT := func(to *famActor, id int64) (action, error) {
			data, err := transferNFT(tlAddr, to.addr, id)
			return action{target: nftAddr, value: new(big.Int), data: data}, err
		}
		nft8, err := payNFT(erin, 8)
		if err != nil {
			return err
		}
		nft9, err := payNFT(carol, 9)
		if err != nil {
			return err
		}

		// Votes: alice 3 (her 2 and carol's 1), bob 1, dave 2.
		aExec := &famProposal{key: "a-exec", want: "executed", proposer: alice, description: md(`
# Welcome erin: a pass, gas money and a stipend

Send **PASS #8** from the treasury, **2 ETH** and **1,000 USDn** to §%s§.
`, erin.addr.Hex()),
			actions: []action{nft8, payETH(erin, ether(2)), payUSD(erin, 1_000)}}
		aExpire := &famProposal{key: "a-expire", want: "expired", proposer: bob, description: md(`
# Pay the meetup venue

Pay **500 USDn** to §%s§. Passed but never queued: it expires after the queue window.
`, carol.addr.Hex()),
			actions: []action{payUSD(carol, 500)}}
		aDefeat := &famProposal{key: "a-defeat", want: "defeated", proposer: dave, description: md(`
# Signal: open minting to anyone for 0.1 ETH

A signalling proposal; its only action is an empty call to the timelock.
`), actions: []action{signal}}
		aCancel := &famProposal{key: "a-cancel", want: "canceled", proposer: bob, description: md(`
# Auction PASS #9

Withdrawn by the proposer before voting started.
`), actions: []action{payETH(bob, ether(1))}}
		if err := fs.propose(ctx, []*famProposal{aExec, aExpire, aDefeat, aCancel}); err != nil {
			return err
		}
		if err := fs.cancel(ctx, aCancel); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: alice, p: aExec, support: voteFor, reason: "Every member should hold a pass."},
			{voter: bob, p: aExec, support: voteFor},
			{voter: dave, p: aExec, support: voteAgainst, reason: "Passes should be earned, not granted."},
			{voter: bob, p: aExpire, support: voteFor, reason: "The venue was great."},
			{voter: dave, p: aDefeat, support: voteFor, reason: "More members, more votes."},
			{voter: alice, p: aDefeat, support: voteAgainst, reason: "Membership must not be for sale."},
			{voter: bob, p: aDefeat, support: voteAbstain, reason: "Undecided."},
		}); err != nil {
			return err
		}
		if err := s.sequence(ctx, []txReq{delegate(carol, bob)}); err != nil {
			return err
		}
		if err := fs.settle(ctx, NFTTimelockDelay+time.Minute, []*famProposal{aExec, aExpire, aDefeat}, []*famProposal{aExec}, aExec); err != nil {
			return err
		}
		if err := fs.waitClock(ctx, aExpire.voteEnd+NFTQueueWindow+1); err != nil {
			return err
		}
		if _, err := s.burst(ctx, []txReq{
			famPay(erin, tlAddr, ether(1), "ETH donation from erin"),
			famCall(erin, stableAddr, usd.PackTransfer(tlAddr, usdx(100)), "USDn back from erin"),
		}); err != nil {
			return err
		}

		// Votes now: alice 2, bob 2 (his and carol's), dave 2.
		bQueued := &famProposal{key: "b-queued", want: "queued", proposer: alice, description: md(`
# Pass #9 for carol, and a refund for dave

Send **PASS #9** to §%s§ and **1 ETH** to §%s§. Queued; the timelock delay has passed.
`, carol.addr.Hex(), dave.addr.Hex()),
			actions: []action{nft9, payETH(dave, ether(1))}}
		bSucc := &famProposal{key: "b-succeeded", want: "succeeded", proposer: dave, description: md(`
# Pay the artist of the pass artwork

Pay **300 USDn** to §%s§. Passed, not queued yet.
`, dave.addr.Hex()),
			actions: []action{payUSD(dave, 300)}}
		if err := fs.propose(ctx, []*famProposal{bQueued, bSucc}); err != nil {
			return err
		}
		if err := fs.vote(ctx, []famBallot{
			{voter: alice, p: bQueued, support: voteFor},
			{voter: bob, p: bQueued, support: voteFor, reason: "carol asked me to vote for her pass."},
			{voter: dave, p: bSucc, support: voteFor, reason: "The artwork is what people share."},
			{voter: bob, p: bSucc, support: voteAbstain},
		}); err != nil {
			return err
		}
		if err := fs.settle(ctx, NFTTimelockDelay+time.Minute, []*famProposal{bQueued, bSucc}, []*famProposal{bQueued}); err != nil {
			return err
		}

		mintErin, err := packArtifact(contracts.NameNftToken, "mint", erin.addr)
		if err != nil {
			return err
		}
		cActive := &famProposal{key: "c-active", want: "active", proposer: bob, description: md(`
# Mint PASS for the next cohort

Mint one PASS to §%s§. Voting is open; nobody has voted yet.
`, erin.addr.Hex()),
			actions: []action{{target: nftAddr, value: new(big.Int), data: mintErin}}}
		if err := fs.propose(ctx, []*famProposal{cActive}); err != nil {
			return err
		}
		if err := fs.waitClock(ctx, cActive.voteStart+1); err != nil {
			return err
		}
		dPending := &famProposal{key: "d-pending", want: "pending", proposer: alice, description: md(`
# Publish the membership roster

A signalling proposal: voting has not started yet.
`), actions: []action{signal}}
		return fs.proposeLast(ctx, dPending, 8)
	})
}
