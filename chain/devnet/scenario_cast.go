package devnet

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
)

// Token amounts of the scenario: MCT and ETH have 18 decimals, USDx 6.
func mct(n int64) *big.Int        { return scaled(n, 18) }
func usdx(n int64) *big.Int       { return scaled(n, 6) }
func ether(n int64) *big.Int      { return scaled(n, 18) }
func milliEther(n int64) *big.Int { return scaled(n, 15) }

// scaled returns n × 10^decimals.
func scaled(n int64, decimals int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(decimals), nil))
}

// Dev account passphrases: known on purpose, printed by `daoterm devnet`.
const devPassphraseSuffix = "-devnet"

// devAccount is a labelled account that gets a keystore file.
type devAccount struct {
	*actor
	label string
}

// delegation is who a holder delegates to during setup (nil: never delegates).
type delegation struct {
	holder, to *actor
}

// cast is everyone in the Model Commons scenario, derived from the seed.
type cast struct {
	deployer *actor

	// Dev accounts (keystore files): see devAccounts for their roles.
	alice, bob, carol, dave, erin *actor

	// Whales.
	northwind, hyperplane, osprey *actor
	// Mid-sized holders: contributors and delegates.
	mira, tomas, priya, kenji, lucia, samir *actor
	// The long tail; tail[len-1] only ever receives tokens by transfer.
	tail []*actor

	// Payees: they receive funds from the treasury and never send transactions.
	fjord, mirror, evalWG, pool, bounty, workshop, vendor, dataWG, vision, auditors *actor

	// Initial MCT mint per holder (in base units), in mint order.
	mintOrder []*actor
	mint      map[*actor]*big.Int

	// Delegations made at setup, in order; later re-delegations are in redelegations.
	delegations   []delegation
	redelegations []delegation
	// Tail holders who self-delegated (they vote themselves).
	tailVoters []*actor
	// Secondary-market transfers between holders at setup.
	transfers []transfer
}

type transfer struct {
	from, to *actor
	amount   *big.Int
}

// newCast builds the scenario's accounts and the token distribution from the seed: a few
// whales, a handful of mid-sized holders and a Pareto-distributed long tail.
func newCast(seed int64) *cast {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x4d6f64656c436f6d)) // "ModelCom"
	a := func(name string) *actor { return newActor(seed, name) }
	c := &cast{
		deployer:   a("deployer"),
		alice:      a("alice"),
		bob:        a("bob"),
		carol:      a("carol"),
		dave:       a("dave"),
		erin:       a("erin"),
		northwind:  a("northwind-labs"),
		hyperplane: a("hyperplane-capital"),
		osprey:     a("osprey-foundation"),
		mira:       a("mira"),
		tomas:      a("tomas"),
		priya:      a("priya"),
		kenji:      a("kenji"),
		lucia:      a("lucia"),
		samir:      a("samir"),
		fjord:      a("fjord-compute"),
		mirror:     a("weights-mirror"),
		evalWG:     a("eval-working-group"),
		pool:       a("contributor-pool"),
		bounty:     a("bug-bounty"),
		workshop:   a("workshop-organisers"),
		vendor:     a("gpu-vendor"),
		dataWG:     a("data-working-group"),
		vision:     a("vision-team"),
		auditors:   a("red-team-auditors"),
		mint:       make(map[*actor]*big.Int),
	}
	for i := 1; i <= 21; i++ {
		c.tail = append(c.tail, a(fmt.Sprintf("holder-%02d", i)))
	}

	add := func(who *actor, amount *big.Int) {
		c.mintOrder = append(c.mintOrder, who)
		c.mint[who] = amount
	}
	// Whales (alice is one of them).
	add(c.northwind, mct(1_800_000))
	add(c.alice, mct(1_200_000))
	add(c.hyperplane, mct(900_000))
	add(c.osprey, mct(600_000))
	// Mid-sized holders: 60k..250k.
	for _, m := range []*actor{c.mira, c.tomas, c.priya, c.kenji, c.lucia, c.samir} {
		add(m, mct(int64(60+rng.IntN(190))*1000))
	}
	// Dev accounts with small stakes.
	add(c.bob, mct(60_000))
	add(c.carol, mct(5_000))
	add(c.dave, mct(20_000))
	// The long tail: Pareto (alpha 1.1) from 400 MCT, capped at 15k (so that bob and the
	// tail can never reach quorum on their own, whatever the seed), rounded to 10.
	for _, t := range c.tail[:len(c.tail)-1] {
		u := rng.Float64()
		v := 400 / math.Pow(1-u, 1/1.1)
		v = math.Min(v, 15_000)
		add(t, mct(int64(v/10)*10))
	}

	// Delegation: whales and most mid-sized holders vote themselves; hyperplane delegates
	// to mira (a research delegate) and kenji to alice; the tail mostly delegates to bob.
	d := func(holder, to *actor) { c.delegations = append(c.delegations, delegation{holder, to}) }
	d(c.northwind, c.northwind)
	d(c.alice, c.alice)
	d(c.hyperplane, c.mira)
	d(c.osprey, c.osprey)
	d(c.mira, c.mira)
	d(c.tomas, c.tomas)
	d(c.priya, c.priya)
	d(c.kenji, c.alice)
	d(c.lucia, c.lucia)
	d(c.samir, c.samir)
	d(c.bob, c.bob)
	d(c.carol, c.alice) // re-delegated to bob later
	// dave and erin never delegate.
	perm := rng.Perm(len(c.tail) - 1)
	for i, p := range perm {
		t := c.tail[p]
		switch {
		case i < 11:
			d(t, c.bob)
		case i < 15:
			d(t, t)
			c.tailVoters = append(c.tailVoters, t)
		case i < 17:
			d(t, c.mira)
		default:
			// never delegates: tokens without voting power
		}
	}
	c.redelegations = []delegation{
		{c.carol, c.bob},
		{c.tail[perm[0]], c.mira},
	}

	// A little secondary market.
	last := c.tail[len(c.tail)-1]
	c.transfers = []transfer{
		{c.northwind, last, mct(20_000)},
		{c.tail[perm[3]], c.tail[perm[12]], fraction(c.mint[c.tail[perm[3]]], 30)},
		{c.tomas, c.tail[perm[16]], mct(2_500)},
		{c.tail[perm[11]], c.dave, fraction(c.mint[c.tail[perm[11]]], 10)},
	}
	return c
}

// fraction returns pct percent of x.
func fraction(x *big.Int, pct int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(x, big.NewInt(pct)), big.NewInt(100))
}

// devAccounts are the labelled accounts with keystore files, in a fixed order.
func (c *cast) devAccounts() []devAccount {
	return []devAccount{
		{c.alice, "alice: whale (1.2M MCT), self-delegated, also holds kenji's delegation; has NOT voted on the active proposals"},
		{c.bob, "bob: delegate of the long tail (60k MCT own), self-delegated; voted on one active proposal, not the other"},
		{c.carol, "carol: small holder (5k MCT), delegated to alice then re-delegated to bob: zero voting power of her own"},
		{c.dave, "dave: holder (~20k MCT) who never delegated: zero voting power"},
		{c.erin, "erin: ETH only, no tokens: zero voting power"},
	}
}

// gasPayers are the accounts that send transactions, with their genesis ETH.
func (c *cast) gasPayers() map[*actor]*big.Int {
	m := map[*actor]*big.Int{
		c.deployer:   ether(10_000),
		c.alice:      ether(1_000),
		c.bob:        ether(1_000),
		c.carol:      ether(1_000),
		c.dave:       ether(1_000),
		c.erin:       ether(1_000),
		c.northwind:  ether(500),
		c.hyperplane: ether(500),
		c.osprey:     ether(500),
	}
	for _, x := range []*actor{c.mira, c.tomas, c.priya, c.kenji, c.lucia, c.samir} {
		m[x] = ether(100)
	}
	for _, t := range c.tail[:len(c.tail)-1] {
		m[t] = ether(10)
	}
	return m
}
