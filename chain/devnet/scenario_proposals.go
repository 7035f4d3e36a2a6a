package devnet

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Vote support values of GovernorCountingSimple.
const (
	voteAgainst uint8 = 0
	voteFor     uint8 = 1
	voteAbstain uint8 = 2
)

// phase is when in the scenario a proposal is created; it decides the state it ends in
// together with what the scenario does to it (see StartDemo).
type phase int

const (
	phaseEarly   phase = iota // proposed first: ends Executed, Queued, Expired, Defeated or Canceled
	phaseMiddle               // proposed a little later: ends Succeeded or Defeated
	phaseCurrent              // proposed so that voting is open at the end: Active
	phaseLast                 // proposed at the very end: Pending
)

// action is one call a proposal makes from the timelock.
type action struct {
	target common.Address
	value  *big.Int
	data   []byte
}

// ballot is one vote; an empty reason uses castVote, otherwise castVoteWithReason.
type ballot struct {
	voter   *actor
	support uint8
	reason  string
}

// proposalSpec is one proposal of the scenario and everything that happens to it.
type proposalSpec struct {
	key         string // short name used in errors and tests
	phase       phase
	want        string // the state it must end in (lower case, as the CLI prints it)
	proposer    *actor
	description string
	actions     []action
	ballots     []ballot
	cancel      bool // the proposer cancels it right after proposing
	queue       bool // queued after the deadline
	execute     bool // executed after the timelock delay (implies queue)
	queueLate   bool // queued after the timelock delay has elapsed for the others (stays Queued)
}

// addrs are the contract addresses proposals refer to.
type addrs struct {
	token, stable, timelock common.Address
}

// md turns § into a backtick, so descriptions can be Go raw strings.
func md(format string, args ...any) string {
	return strings.TrimSpace(fmt.Sprintf(strings.ReplaceAll(format, "§", "`"), args...))
}

// amount formats whole units with thousands separators: 1234567 -> "1,234,567".
func amount(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// proposals returns the scenario's proposals in creation order.
func proposals(c *cast, a addrs) []*proposalSpec {
	tok := contracts.NewDaoToken()
	usd := contracts.NewStableToken()
	payUSDx := func(to *actor, n int64) action {
		return action{target: a.stable, value: new(big.Int), data: usd.PackTransfer(to.addr, usdx(n))}
	}
	payMCT := func(to *actor, n int64) action {
		return action{target: a.token, value: new(big.Int), data: tok.PackTransfer(to.addr, mct(n))}
	}
	mintMCT := func(to *actor, n int64) action {
		return action{target: a.token, value: new(big.Int), data: tok.PackMint(to.addr, mct(n))}
	}
	payETH := func(to *actor, wei *big.Int) action {
		return action{target: to.addr, value: wei, data: nil}
	}
	// A signalling action: a zero-value call to the timelock (its receive function).
	signal := action{target: a.timelock, value: new(big.Int), data: nil}
	hex := func(x *actor) string { return x.addr.Hex() }

	var out []*proposalSpec

	// --- Early phase -----------------------------------------------------------------
	out = append(out, &proposalSpec{
		key: "release-7b", phase: phaseEarly, want: "executed", execute: true,
		proposer: c.alice,
		description: md(`
# Release Commons-7B v1.0 weights under the Commons Open Model Licence

## Summary

The **Commons-7B v1.0** checkpoint has passed the evaluation gate agreed in the release
policy. This proposal releases the weights to the public and pays for the release work.

## Evaluation results

| Benchmark | Commons-7B v1.0 | v0.9 baseline |
|-----------|----------------:|--------------:|
| MMLU (5-shot) | 61.8 | 57.2 |
| GSM8K | 48.3 | 39.0 |
| HumanEval | 31.1 | 24.4 |
| Toxicity (lower is better) | 0.041 | 0.063 |

Full report: [7B v1.0 evaluation](https://commons.example/reports/7b-v1-eval).

## Actions

1. Pay **%s USDx** to the release engineering lead (§%s§) for packaging, the model card and quantised builds.
2. Pay **%s USDx** and **2 ETH** to the weights mirror operator (§%s§) for twelve months of hosting.

## Checklist

- [x] Safety evaluation published
- [x] Model card reviewed by two stewards
- [ ] Weights pushed to the mirror once this executes

Anyone can check the published artefact:

~~~sh
sha256sum commons-7b-v1.0.safetensors
# 9f2c4e1d7a0b83f6c5d2e4a19b7f03c8  commons-7b-v1.0.safetensors
~~~
`, amount(25_000), hex(c.tomas), amount(8_000), hex(c.mirror)),
		actions: []action{payUSDx(c.tomas, 25_000), payUSDx(c.mirror, 8_000), payETH(c.mirror, ether(2))},
		ballots: []ballot{
			{c.alice, voteFor, "The eval gate passed on every benchmark. Ship it."},
			{c.northwind, voteFor, ""},
			{c.mira, voteAbstain, "Happy with the evals, but I would like the red-team report linked before release."},
			{c.osprey, voteAgainst, "Toxicity is better but still above our 0.03 target; release v1.1 instead."},
			{c.bob, voteFor, "Voting for the holders who delegated to me: 9 of 11 said yes in the forum poll."},
		},
	})

	out = append(out, &proposalSpec{
		key: "train-13b", phase: phaseEarly, want: "executed", execute: true,
		proposer: c.northwind,
		description: md(`
# Fund the Commons-13B training run

## Motivation

Commons-7B showed that a community-curated corpus is competitive. The next step is a 13B
model trained on **2 trillion tokens** of the deduplicated Commons corpus.

## Budget

| Item | Amount |
|------|-------:|
| 1,024 H100 for 21 days (Fjord Compute) | %s USDx |
| Training lead stipend | 15 ETH |
| **Total** | **%s USDx + 15 ETH** |

## Training configuration

~~~yaml
model: commons-13b
tokens: 2.0e12
context: 8192
optimizer: adamw
lr: 3.0e-4
schedule: cosine
checkpoint_every: 5000
~~~

## Actions

- Pay Fjord Compute (§%s§) **%s USDx** up front.
- Pay the training lead (§%s§) **15 ETH**.

Checkpoints will be published every 5,000 steps; see the [training log](https://commons.example/runs/13b).
`, amount(400_000), amount(400_000), hex(c.fjord), amount(400_000), hex(c.priya)),
		actions: []action{payUSDx(c.fjord, 400_000), payETH(c.priya, ether(15))},
		ballots: []ballot{
			{c.northwind, voteFor, "Scale is the bottleneck. This is the best use of the treasury this year."},
			{c.alice, voteFor, ""},
			{c.osprey, voteFor, ""},
			{c.mira, voteAgainst, "Up-front payment with no milestone is too much risk; pay per checkpoint."},
			{c.bob, voteAbstain, ""},
		},
	})

	out = append(out, &proposalSpec{
		key: "eval-grant", phase: phaseEarly, want: "executed", execute: true,
		proposer: c.mira,
		description: md(`
# Compute grant: evaluation working group, Q1

The evaluation working group runs the benchmark suite on every checkpoint. This grant
covers its GPU time and gives the group a stake in the commons.

## Actions

1. Transfer **%s MCT** from the treasury to the working group (§%s§), vesting by convention over 12 months.
2. Pay **%s USDx** to the same address for 4× H100 for one quarter.

## What the group delivers

- Nightly runs of the [public eval harness](https://commons.example/eval-harness)
- A dashboard of regressions per checkpoint
- A written report before every release vote
`, amount(50_000), hex(c.evalWG), amount(60_000)),
		actions: []action{payMCT(c.evalWG, 50_000), payUSDx(c.evalWG, 60_000)},
		ballots: []ballot{
			{c.alice, voteFor, ""},
			{c.mira, voteFor, "Evals are what make our releases trustworthy."},
			{c.bob, voteFor, "Yes. Cheap insurance."},
			{c.osprey, voteAbstain, ""},
		},
	})

	out = append(out, &proposalSpec{
		key: "q1-contributors", phase: phaseEarly, want: "executed", execute: true,
		proposer: c.bob,
		description: md(`
# Pay Q1 contributors

Quarterly payments to the people who kept the commons running, as tracked on the
[contributions board](https://commons.example/contributors/2025-q1).

| Contributor | Work | Payment |
|-------------|------|---------|
| §%s§ | tokenizer fixes, release tooling | %s USDx |
| §%s§ | data licensing review | %s USDx + %s MCT |
| §%s§ | inference server | %s USDx + 1 ETH |
| contributor pool §%s§ | small bounties | %s MCT (newly minted) |

The MCT for the contributor pool is **minted** by the timelock (the token's owner), as
agreed in the founding charter; everything else comes from the treasury.
`, hex(c.tomas), amount(12_000), hex(c.lucia), amount(9_500), amount(5_000), hex(c.samir), amount(7_000), hex(c.pool), amount(25_000)),
		actions: []action{
			payUSDx(c.tomas, 12_000),
			payUSDx(c.lucia, 9_500),
			payMCT(c.lucia, 5_000),
			payUSDx(c.samir, 7_000),
			payETH(c.samir, ether(1)),
			mintMCT(c.pool, 25_000),
		},
		ballots: []ballot{
			{c.northwind, voteFor, ""},
			{c.alice, voteFor, "Thank you all 🙏"},
			{c.bob, voteFor, ""},
			{c.mira, voteFor, ""},
		},
	})

	out = append(out, &proposalSpec{
		key: "dataset-nc", phase: phaseEarly, want: "defeated",
		proposer: c.alice,
		description: md(`
# Relicense the Commons corpus to CC BY-NC 4.0

## Proposal

Switch the licence of the **training corpus** (not the weights) from CC BY 4.0 to
[CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/), so that commercial labs
cannot train on our curation work for free.

## Trade-offs

- *For:* protects the curation effort; pushes commercial users to sponsor the commons.
- *Against:* breaks downstream open projects; contradicts the founding charter.

This is a signalling proposal: its only action is an empty call to the timelock.
`),
		actions: []action{signal},
		ballots: []ballot{
			{c.alice, voteFor, "Sponsors should pay for what they use."},
			{c.northwind, voteAgainst, "Non-commercial licences fragment the ecosystem. Hard no."},
			{c.osprey, voteAgainst, ""},
			{c.mira, voteAgainst, "Our charter says open means open."},
			{c.bob, voteAbstain, "My delegators are split 50/50."},
		},
	})

	out = append(out, &proposalSpec{
		key: "gpu-cluster", phase: phaseEarly, want: "canceled", cancel: true,
		proposer: c.osprey,
		description: md(`
# Buy a GPU cluster outright

Rather than renting, buy 64 H100 and colocate them.

- Up-front: **500 ETH** and **%s USDx** to the vendor (§%s§)
- Break-even after about 19 months

*Withdrawn by the proposer in favour of per-run compute grants.*
`, amount(900_000), hex(c.vendor)),
		actions: []action{payETH(c.vendor, ether(500)), payUSDx(c.vendor, 900_000)},
	})

	out = append(out, &proposalSpec{
		key: "workshop", phase: phaseEarly, want: "expired",
		proposer: c.mira,
		description: md(`
# Sponsor the Open Weights workshop

Sponsor the community workshop on open model governance with **%s USDx**, paid to the
organisers (§%s§).

The proposal must be queued within the governor's queue window after the vote ends, or it
expires.
`, amount(15_000), hex(c.workshop)),
		actions: []action{payUSDx(c.workshop, 15_000)},
		ballots: []ballot{
			{c.alice, voteFor, ""},
			{c.mira, voteFor, "Good visibility for the commons."},
			{c.bob, voteFor, ""},
		},
	})

	out = append(out, &proposalSpec{
		key: "bug-bounty", phase: phaseEarly, want: "queued", queueLate: true,
		proposer: c.alice,
		description: md(`
# Bug bounty for the inference server

Fund a bounty programme for the Commons inference server (§commons-serve§).

| Severity | Reward |
|----------|-------:|
| Critical (RCE, weight exfiltration) | 10,000 USDx |
| High | 4,000 USDx |
| Medium | 1,000 USDx |

## Actions

1. Pay **%s USDx** into the bounty escrow (§%s§).
2. Pay **5 ETH** to the same escrow for gas and triage.

Scope and rules: <https://commons.example/bounty>.
`, amount(30_000), hex(c.bounty)),
		actions: []action{payUSDx(c.bounty, 30_000), payETH(c.bounty, ether(5))},
		ballots: []ballot{
			{c.alice, voteFor, ""},
			{c.northwind, voteFor, "Security is cheaper before an incident."},
		},
	})

	// --- Middle phase ----------------------------------------------------------------
	out = append(out, &proposalSpec{
		key: "eval-first", phase: phaseMiddle, want: "succeeded",
		proposer: c.mira,
		description: md(`
# Adopt an evaluation-first release policy

## Policy

No weights are released until the evaluation working group has published:

1. the standard benchmark table,
2. a red-team report, and
3. a model card with known limitations.

## Funding

Pay **%s USDx** to the evaluation working group (§%s§) to maintain the harness.

> Releases get slower by about two weeks; they get much harder to regret.
`, amount(10_000), hex(c.evalWG)),
		actions: []action{signal, payUSDx(c.evalWG, 10_000)},
		ballots: []ballot{
			{c.mira, voteFor, "This is the lesson of the 7B release."},
			{c.osprey, voteFor, ""},
			{c.northwind, voteAbstain, "Fine with the policy, sceptical of the delay."},
		},
	})

	out = append(out, &proposalSpec{
		key: "dedup-bounty", phase: phaseMiddle, want: "defeated",
		proposer: c.bob,
		description: md(`
# Bounty for near-duplicate removal in the pretraining corpus

Pay **%s USDx** to the data working group (§%s§) for a MinHash-based deduplication pass.

~~~python
from datasketch import MinHash, MinHashLSH
lsh = MinHashLSH(threshold=0.8, num_perm=128)
~~~
`, amount(20_000), hex(c.dataWG)),
		actions: []action{payUSDx(c.dataWG, 20_000)},
		// Only small holders vote: For wins but quorum is not reached.
		ballots: nil, // filled below from the tail voters
	})

	// --- Current phase (voting open at the end) ---------------------------------------
	out = append(out, &proposalSpec{
		key: "vision-grant", phase: phaseCurrent, want: "active",
		proposer: c.northwind,
		description: md(`
# Compute grant: Commons-Vision fine-tune

Fine-tune Commons-7B into a vision-language model.

## Request

| Item | Amount |
|------|-------:|
| 20,000 H100-hours from Fjord Compute (§%s§) | %s USDx |
| Vision team stake (§%s§) | %s MCT |

## Milestones

- [ ] Data mix frozen (week 2)
- [ ] First checkpoint on the eval harness (week 5)
- [ ] Release vote under the evaluation-first policy (week 9)
`, hex(c.fjord), amount(120_000), hex(c.vision), amount(10_000)),
		actions: []action{payUSDx(c.fjord, 120_000), payMCT(c.vision, 10_000)},
		ballots: []ballot{
			{c.northwind, voteFor, "Multimodal is where users are."},
			{c.mira, voteAgainst, "Finish the 13B first; one training run at a time."},
			{c.osprey, voteFor, ""},
		},
	})

	out = append(out, &proposalSpec{
		key: "apache-old", phase: phaseCurrent, want: "active",
		proposer: c.lucia,
		description: md(`
# Relicense checkpoints older than 12 months under Apache-2.0

## Proposal

Weights released more than twelve months ago move from the Commons Open Model Licence to
[Apache-2.0](https://www.apache.org/licenses/LICENSE-2.0). Newer checkpoints keep the
current licence.

## Affected checkpoints

| Checkpoint | Released | Licence after |
|------------|----------|---------------|
| commons-1b-v0.3 | 2023-11 | Apache-2.0 |
| commons-3b-v0.7 | 2024-02 | Apache-2.0 |
| commons-7b-v0.9 | 2024-09 | unchanged |

## Action

Pay **%s USDx** to §%s§ for the legal review of the licence change.
`, amount(3_000), hex(c.lucia)),
		actions: []action{signal, payUSDx(c.lucia, 3_000)},
		ballots: []ballot{
			{c.bob, voteFor, "Old checkpoints should be fully free."},
			{c.mira, voteAgainst, ""},
		},
	})

	// --- Last phase (still pending at the end) -----------------------------------------
	out = append(out, &proposalSpec{
		key: "red-team", phase: phaseLast, want: "pending",
		proposer: c.bob,
		description: md(`
# Fund a red-team audit of Commons-13B

An external red team tests the 13B checkpoints before the release vote.

- **%s USDx** and **3 ETH** to the auditors (§%s§)
- Report published under CC BY 4.0

See the [scope document](https://commons.example/red-team/13b).
`, amount(45_000), hex(c.auditors)),
		actions: []action{payUSDx(c.auditors, 45_000), payETH(c.auditors, ether(3))},
	})

	out = append(out, &proposalSpec{
		key: "q2-contributors", phase: phaseLast, want: "pending",
		proposer: c.alice,
		description: md(`
# Pay Q2 contributors

| Contributor | Work | Payment |
|-------------|------|---------|
| §%s§ | 13B data pipeline | %s USDx |
| §%s§ | community calls | %s USDx |
| §%s§ | inference server | %s MCT |
`, hex(c.tomas), amount(11_000), hex(c.kenji), amount(8_000), hex(c.samir), amount(4_000)),
		actions: []action{payUSDx(c.tomas, 11_000), payUSDx(c.kenji, 8_000), payMCT(c.samir, 4_000)},
	})

	// The quorum-less vote of the dedup bounty: the self-delegated tail and dave's
	// neighbours, plus bob himself.
	for _, p := range out {
		if p.key != "dedup-bounty" {
			continue
		}
		p.ballots = append(p.ballots, ballot{c.bob, voteFor, "Small, concrete, useful."})
		for i, t := range c.tailVoters {
			support := voteFor
			reason := ""
			switch i % 3 {
			case 1:
				support = voteAgainst
				reason = "MinHash at 0.8 will drop legitimate near-duplicates like licences."
			case 2:
				support = voteAbstain
			}
			p.ballots = append(p.ballots, ballot{t, support, reason})
		}
	}
	// The tail also votes on some early proposals and one current one, without reasons.
	for _, p := range out {
		switch p.key {
		case "release-7b", "q1-contributors":
			for _, t := range c.tailVoters {
				p.ballots = append(p.ballots, ballot{t, voteFor, ""})
			}
		case "vision-grant":
			for i, t := range c.tailVoters {
				support := voteAbstain
				if i%2 == 0 {
					support = voteFor
				}
				p.ballots = append(p.ballots, ballot{t, support, ""})
			}
		}
	}
	return out
}
