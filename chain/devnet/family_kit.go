package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/contracts"
)

// ozCast is who the OpenZeppelin fixtures deploy and vote with: a deployer and five
// voters, each with a label (see newFamActor).
type ozCast struct{ dep, alice, bob, carol, dave, erin *famActor }

func newOZCast(fam, alice, bob, carol, dave, erin string) ozCast {
	return ozCast{newFamActor(fam, "deployer", ""), newFamActor(fam, "alice", alice), newFamActor(fam, "bob", bob),
		newFamActor(fam, "carol", carol), newFamActor(fam, "dave", dave), newFamActor(fam, "erin", erin)}
}

func (c ozCast) actors() []*famActor {
	return []*famActor{c.dep, c.alice, c.bob, c.carol, c.dave, c.erin}
}

// holdings is the ERC-20 fixtures' distribution, in whole tokens.
func (c ozCast) holdings() []holding {
	return []holding{{c.alice, 400_000}, {c.bob, 250_000}, {c.carol, 150_000}, {c.dave, 80_000}, {c.erin, 30_000}}
}

// holding is an account's share of a governance token, in whole tokens.
type holding struct {
	who    *famActor
	amount int64
}

// predict returns the addresses of dep's next three contracts (the token, the stable
// token and the timelock) and sets the governor's, the fourth.
func (fs *famSeeder) predict(dep *famActor) (token, stable, timelock common.Address) {
	token, stable, timelock = fs.s.nextAddress(dep.actor, 0), fs.s.nextAddress(dep.actor, 1), fs.s.nextAddress(dep.actor, 2)
	fs.gov = fs.s.nextAddress(dep.actor, 3)
	return token, stable, timelock
}

// distribute mints an ERC-20 governance token to dep and hands it out: each holding, then
// treasuryShare to the treasury.
func distribute(dep *famActor, k ozKit, sym string, mint func(common.Address, *big.Int) []byte, holders []holding, treasuryShare int64) []txReq {
	supply := mct(treasuryShare)
	for _, h := range holders {
		supply.Add(supply, mct(h.amount))
	}
	reqs := []txReq{famCall(dep, k.token, mint(dep.addr, supply), "mint "+sym)}
	for _, h := range holders {
		reqs = append(reqs, famCall(dep, k.token, k.transfer(h.who.addr, mct(h.amount)), sym+" to "+h.who.file))
	}
	return append(reqs, famCall(dep, k.token, k.transfer(k.timelock, mct(treasuryShare)), sym+" to the treasury"))
}

// place records where the fixture's token and treasury (the timelock) are.
func (d *FamilyDAO) place(token, timelock common.Address, start uint64, assets ...common.Address) {
	d.Token, d.Timelock, d.StartBlock = token, timelock, start
	d.Treasury = []common.Address{timelock}
	d.Assets = assets
}

// ozKit builds the OpenZeppelin fixtures' delegations and proposal actions.
type ozKit struct {
	token, stable, timelock common.Address
	delegateData            func(common.Address) []byte           // the token's delegate(address)
	transfer                func(common.Address, *big.Int) []byte // the token's transfer (ERC-20 fixtures)
	usd                     *contracts.StableToken
}

func (k ozKit) delegate(from, to *famActor) txReq {
	return famCall(from, k.token, k.delegateData(to.addr), from.file+" delegates to "+to.file)
}

// signal is an empty call to the timelock: a proposal's only action when it only signals.
func (k ozKit) signal() action { return action{target: k.timelock, value: new(big.Int)} }

func (k ozKit) payToken(to *famActor, n int64) action {
	return action{target: k.token, value: new(big.Int), data: k.transfer(to.addr, mct(n))}
}

func (k ozKit) payUSD(to *famActor, n int64) action {
	return action{target: k.stable, value: new(big.Int), data: k.usd.PackTransfer(to.addr, usdx(n))}
}

func (k ozKit) payETH(to *famActor, wei *big.Int) action { return action{target: to.addr, value: wei} }

// donations are the ERC-20 fixtures' inflows: ETH from erin, 5,000 tokens from carol and
// 1,000 of the stable token from dave.
func (k ozKit) donations(c ozCast, sym, usdSym string) []txReq {
	return []txReq{
		famPay(c.erin, k.timelock, ether(1), "ETH donation from erin"),
		famCall(c.carol, k.token, k.transfer(k.timelock, mct(5_000)), sym+" donation from carol"),
		famCall(c.dave, k.stable, k.usd.PackTransfer(k.timelock, usdx(1_000)), usdSym+" refund from dave"),
	}
}

// settle waits until ended have ended, queues queued, lets delay pass and executes
// executed.
func (fs *famSeeder) settle(ctx context.Context, delay time.Duration, ended, queued []*famProposal, executed ...*famProposal) error {
	if err := fs.waitEnded(ctx, ended...); err != nil {
		return err
	}
	if err := fs.queue(ctx, queued...); err != nil {
		return err
	}
	if err := fs.n.AdvanceTime(ctx, delay); err != nil {
		return err
	}
	return fs.execute(ctx, executed...)
}

// proposeLast proposes the fixture's last proposal and checks that it made want in all.
func (fs *famSeeder) proposeLast(ctx context.Context, p *famProposal, want int) error {
	if err := fs.propose(ctx, []*famProposal{p}); err != nil {
		return err
	}
	if len(fs.all) != want {
		return fmt.Errorf("fixture bug: %d proposals", len(fs.all))
	}
	return nil
}

// compCast is who the Compound fixtures deploy and vote with.
type compCast struct {
	dep, whale, dlg, holder, payee, donor *famActor
	props                                 []*famActor // proposer1…: Alpha allows one live proposal per proposer
}

func newCompCast(fam string, proposers int) compCast {
	c := compCast{dep: newFamActor(fam, "deployer", ""),
		whale:  newFamActor(fam, "whale", "holder (60M UNI), self-delegated: meets quorum (40M) alone; has NOT voted on the active proposal"),
		dlg:    newFamActor(fam, "delegate", "holder (20M UNI), self-delegated, holds holder's delegation until the re-delegation; has NOT voted on the active proposal"),
		holder: newFamActor(fam, "holder", "holder (5M UNI) who delegated to delegate, then re-delegated to whale: no voting power of its own"),
		payee:  newFamActor(fam, "payee", ""), donor: newFamActor(fam, "donor", "")}
	for i := 1; i <= proposers; i++ {
		c.props = append(c.props, newFamActor(fam, fmt.Sprintf("proposer%d", i), ""))
	}
	return c
}

func (c compCast) actors() []*famActor {
	return append([]*famActor{c.dep, c.whale, c.dlg, c.holder, c.payee, c.donor}, c.props...)
}

// holdings hands out UNI: fixed shares, and perProposer to each proposer.
func (c compCast) holdings(perProposer int64) []holding {
	hs := []holding{{c.whale, 60_000_000}, {c.dlg, 20_000_000}, {c.holder, 5_000_000}, {c.donor, 1_000_000}}
	for _, p := range c.props {
		hs = append(hs, holding{p, perProposer})
	}
	return hs
}

// delegations: the whale and the delegate to themselves, the holder to the delegate, each
// proposer to itself.
func (c compCast) delegations(uni common.Address) []txReq {
	dels := []txReq{delegateUni(uni, c.whale, c.whale), delegateUni(uni, c.dlg, c.dlg), delegateUni(uni, c.holder, c.dlg)}
	for _, p := range c.props {
		dels = append(dels, delegateUni(uni, p, p))
	}
	return dels
}
