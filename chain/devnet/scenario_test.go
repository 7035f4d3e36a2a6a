package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/daoterm/daoterm/chain/contracts"
)

const testSeed = 7

// demo is one started demo and an ethclient on its HTTP endpoint.
type demo struct {
	node *Node
	dao  *DAO
	ec   *ethclient.Client
	head uint64
}

func startDemo(t *testing.T, cfg Config, seed int64, keystoreDir string) *demo {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n, dao, err := StartDemo(ctx, cfg, seed, keystoreDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	ec, err := ethclient.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return &demo{node: n, dao: dao, ec: ec, head: head}
}

// call runs an eth_call at the demo's head block after seeding.
func (d *demo) call(t *testing.T, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := d.ec.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(d.head))
	if err != nil {
		t.Fatalf("eth_call to %s: %v", to.Hex(), err)
	}
	return out
}

func (d *demo) state(t *testing.T, id *big.Int) string {
	gov := contracts.NewDaoGovernor()
	st, err := gov.UnpackState(d.call(t, d.dao.Governor, gov.PackState(id)))
	if err != nil {
		t.Fatal(err)
	}
	return StateName(st)
}

func (d *demo) mctBalance(t *testing.T, who common.Address) *big.Int {
	tok := contracts.NewDaoToken()
	v, err := tok.UnpackBalanceOf(d.call(t, d.dao.Token, tok.PackBalanceOf(who)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (d *demo) usdxBalance(t *testing.T, who common.Address) *big.Int {
	usd := contracts.NewStableToken()
	v, err := usd.UnpackBalanceOf(d.call(t, d.dao.Stable, usd.PackBalanceOf(who)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (d *demo) votes(t *testing.T, who common.Address) *big.Int {
	tok := contracts.NewDaoToken()
	v, err := tok.UnpackGetVotes(d.call(t, d.dao.Token, tok.PackGetVotes(who)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (d *demo) ethBalance(t *testing.T, who common.Address) *big.Int {
	v, err := d.ec.BalanceAt(context.Background(), who, new(big.Int).SetUint64(d.head))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (d *demo) logs(t *testing.T, addr common.Address, topic0 common.Hash) []types.Log {
	t.Helper()
	logs, err := d.ec.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.dao.StartBlock),
		ToBlock:   new(big.Int).SetUint64(d.head),
		Addresses: []common.Address{addr},
		Topics:    [][]common.Hash{{topic0}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

// holders rebuilds MCT balances from Transfer logs and checks them against balanceOf.
func (d *demo) holders(t *testing.T) map[common.Address]*big.Int {
	tok := contracts.NewDaoToken()
	bal := make(map[common.Address]*big.Int)
	for _, lg := range d.logs(t, d.dao.Token, tok.GetABI().Events["Transfer"].ID) {
		ev, err := tok.UnpackTransferEvent(&lg)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range []common.Address{ev.From, ev.To} {
			if bal[a] == nil {
				bal[a] = new(big.Int)
			}
		}
		if ev.From != (common.Address{}) {
			bal[ev.From].Sub(bal[ev.From], ev.Value)
		}
		bal[ev.To].Add(bal[ev.To], ev.Value)
	}
	out := make(map[common.Address]*big.Int)
	for a, b := range bal {
		if a == (common.Address{}) || b.Sign() == 0 {
			continue
		}
		if got := d.mctBalance(t, a); got.Cmp(b) != 0 {
			t.Errorf("holder %s: logs say %s, balanceOf says %s", a.Hex(), b, got)
		}
		out[a] = b
	}
	return out
}

func TestStartDemo(t *testing.T) {
	ksDir := filepath.Join(t.TempDir(), "keystore")
	d := startDemo(t, Config{}, testSeed, ksDir)
	dao := d.dao
	gov := contracts.NewDaoGovernor()

	t.Run("every state", func(t *testing.T) {
		if len(dao.Proposals) < 12 {
			t.Fatalf("%d proposals, want at least 12", len(dao.Proposals))
		}
		seen := make(map[string]int)
		for _, p := range dao.Proposals {
			got := d.state(t, p.ID)
			if got != p.State {
				t.Errorf("proposal %s (%s): state() = %s, DAO.Proposals says %s", p.ID, p.Title, got, p.State)
			}
			seen[got]++
		}
		for _, s := range stateNames() {
			if seen[s] == 0 {
				t.Errorf("no proposal is %s (states: %v)", s, seen)
			}
		}
	})

	t.Run("governor settings", func(t *testing.T) {
		mode, err := gov.UnpackCLOCKMODE(d.call(t, dao.Governor, gov.PackCLOCKMODE()))
		if err != nil || mode != "mode=blocknumber&from=default" {
			t.Errorf("CLOCK_MODE = %q, %v", mode, err)
		}
		period, err := gov.UnpackVotingPeriod(d.call(t, dao.Governor, gov.PackVotingPeriod()))
		if err != nil || period.Int64() != DemoVotingPeriod {
			t.Errorf("votingPeriod = %v, %v", period, err)
		}
		window, err := gov.UnpackQueueWindow(d.call(t, dao.Governor, gov.PackQueueWindow()))
		if err != nil || window.Int64() != DemoQueueWindow {
			t.Errorf("queueWindow = %v, %v", window, err)
		}
		tl, err := gov.UnpackTimelock(d.call(t, dao.Governor, gov.PackTimelock()))
		if err != nil || tl != dao.Timelock {
			t.Errorf("timelock = %s, %v; want %s", tl.Hex(), err, dao.Timelock.Hex())
		}
		code, err := d.ec.CodeAt(context.Background(), dao.Multicall, nil)
		if err != nil || len(code) == 0 || !slices.Equal(code, contracts.Multicall3Runtime()) {
			t.Errorf("Multicall3 code at %s: %d bytes, %v", dao.Multicall.Hex(), len(code), err)
		}
		if len(dao.Tokens) != 1 || dao.Tokens[0] != dao.Stable {
			t.Errorf("Tokens = %v, want [Stable]", dao.Tokens)
		}
	})

	t.Run("multicall3", func(t *testing.T) {
		mc := contracts.NewMulticall3()
		tok := contracts.NewDaoToken()
		out, err := mc.UnpackAggregate3(d.call(t, dao.Multicall, mc.PackAggregate3([]contracts.Multicall3Call3{
			{Target: dao.Token, AllowFailure: false, CallData: tok.PackTotalSupply()},
			{Target: dao.Governor, AllowFailure: true, CallData: gov.PackState(big.NewInt(1))}, // no such proposal: reverts
			{Target: dao.Multicall, AllowFailure: false, CallData: mc.PackGetBlockNumber()},
			{Target: dao.Multicall, AllowFailure: false, CallData: mc.PackGetEthBalance(dao.Timelock)},
		})))
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != 4 || !out[0].Success || out[1].Success || !out[2].Success || !out[3].Success {
			t.Fatalf("aggregate3 results: %+v", out)
		}
		if supply, _ := tok.UnpackTotalSupply(out[0].ReturnData); supply.Sign() == 0 {
			t.Error("totalSupply through aggregate3 is zero")
		}
		if bn, _ := mc.UnpackGetBlockNumber(out[2].ReturnData); bn.Uint64() != d.head {
			t.Errorf("getBlockNumber = %v at block %d", bn, d.head)
		}
		if bal, _ := mc.UnpackGetEthBalance(out[3].ReturnData); bal.Cmp(d.ethBalance(t, dao.Timelock)) != 0 {
			t.Errorf("getEthBalance(treasury) = %v", bal)
		}
		// A failure that is not allowed reverts the whole batch.
		_, err = d.ec.CallContract(context.Background(), ethereum.CallMsg{To: &dao.Multicall, Data: mc.PackAggregate3([]contracts.Multicall3Call3{
			{Target: dao.Governor, AllowFailure: false, CallData: gov.PackState(big.NewInt(1))},
		})}, nil)
		if err == nil || !strings.Contains(err.Error(), "Multicall3: call failed") {
			t.Errorf("aggregate3 with a disallowed failure: %v", err)
		}
	})

	t.Run("queue window", func(t *testing.T) {
		specs := proposals(newCast(testSeed), addrs{token: dao.Token, stable: dao.Stable, timelock: dao.Timelock})
		byKey := make(map[string]*proposalSpec)
		for _, p := range specs {
			byKey[p.key] = p
		}
		tryQueue := func(key string) error {
			p := byKey[key]
			targets, values, datas := proposeArgs(p)
			data := gov.PackQueue(targets, values, datas, crypto.Keccak256Hash([]byte(p.description)))
			_, err := d.ec.CallContract(context.Background(), ethereum.CallMsg{From: p.proposer.addr, To: &dao.Governor, Data: data}, nil)
			return err
		}
		if err := tryQueue("workshop"); err == nil {
			t.Error("an Expired proposal can still be queued")
		}
		if err := tryQueue("eval-first"); err != nil {
			t.Errorf("the Succeeded proposal cannot be queued: %v", err)
		}
	})

	t.Run("holders", func(t *testing.T) {
		holders := d.holders(t)
		if len(holders) < 25 {
			t.Fatalf("%d holders, want at least 25", len(holders))
		}
		// Skewed: the top 4 holders (treasury excluded) hold most of the float.
		var amounts []*big.Int
		float := new(big.Int)
		for a, b := range holders {
			if a != dao.Timelock {
				amounts = append(amounts, b)
				float.Add(float, b)
			}
		}
		slices.SortFunc(amounts, func(x, y *big.Int) int { return y.Cmp(x) })
		top := new(big.Int)
		for _, b := range amounts[:4] {
			top.Add(top, b)
		}
		if new(big.Int).Mul(top, big.NewInt(2)).Cmp(float) <= 0 {
			t.Errorf("top 4 hold %s of %s: distribution not skewed", top, float)
		}
		if amounts[len(amounts)-1].Cmp(mct(50_000)) >= 0 {
			t.Errorf("smallest holder has %s: no long tail", amounts[len(amounts)-1])
		}
	})

	t.Run("delegation", func(t *testing.T) {
		tok := contracts.NewDaoToken()
		var self, others, re int
		for _, lg := range d.logs(t, dao.Token, tok.GetABI().Events["DelegateChanged"].ID) {
			ev, err := tok.UnpackDelegateChangedEvent(&lg)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case ev.FromDelegate != (common.Address{}):
				re++
			case ev.ToDelegate == ev.Delegator:
				self++
			default:
				others++
			}
		}
		if self == 0 || others == 0 || re == 0 {
			t.Errorf("delegations: %d to self, %d to others, %d re-delegations; want each > 0", self, others, re)
		}
	})

	t.Run("votes", func(t *testing.T) {
		var withReason, withoutReason int
		support := make(map[uint8]int)
		tally := make(map[string]*[3]big.Int) // proposal id -> against, for, abstain
		for _, lg := range d.logs(t, dao.Governor, gov.GetABI().Events["VoteCast"].ID) {
			ev, err := gov.UnpackVoteCastEvent(&lg)
			if err != nil {
				t.Fatal(err)
			}
			support[ev.Support]++
			if ev.Reason == "" {
				withoutReason++
			} else {
				withReason++
			}
			if tally[ev.ProposalId.String()] == nil {
				tally[ev.ProposalId.String()] = new([3]big.Int)
			}
			w := &tally[ev.ProposalId.String()][ev.Support]
			w.Add(w, ev.Weight)
		}
		if withReason == 0 || withoutReason == 0 || support[0] == 0 || support[1] == 0 || support[2] == 0 {
			t.Errorf("votes: %d with reason, %d without, by support %v", withReason, withoutReason, support)
		}
		// Tallies from the VoteCast events match proposalVotes for every proposal.
		for _, p := range dao.Proposals {
			pv, err := gov.UnpackProposalVotes(d.call(t, dao.Governor, gov.PackProposalVotes(p.ID)))
			if err != nil {
				t.Fatal(err)
			}
			want := tally[p.ID.String()]
			if want == nil {
				want = new([3]big.Int)
			}
			if pv.AgainstVotes.Cmp(&want[0]) != 0 || pv.ForVotes.Cmp(&want[1]) != 0 || pv.AbstainVotes.Cmp(&want[2]) != 0 {
				t.Errorf("%s: proposalVotes %v/%v/%v, events %v/%v/%v", p.Title, pv.AgainstVotes, pv.ForVotes, pv.AbstainVotes, &want[0], &want[1], &want[2])
			}
		}
	})

	t.Run("proposals", func(t *testing.T) {
		var multi int
		markdown := map[string]bool{}
		for _, lg := range d.logs(t, dao.Governor, gov.GetABI().Events["ProposalCreated"].ID) {
			ev, err := gov.UnpackProposalCreatedEvent(&lg)
			if err != nil {
				t.Fatal(err)
			}
			if len(ev.Targets) > 1 {
				multi++
			}
			desc := ev.Description
			markdown["heading"] = markdown["heading"] || strings.HasPrefix(desc, "# ")
			markdown["list"] = markdown["list"] || strings.Contains(desc, "\n- ") || strings.Contains(desc, "\n1. ")
			markdown["link"] = markdown["link"] || strings.Contains(desc, "](https://")
			markdown["table"] = markdown["table"] || strings.Contains(desc, "\n|---") || strings.Contains(desc, "\n|----")
			markdown["code"] = markdown["code"] || strings.Contains(desc, "\n~~~") || strings.Contains(desc, "`")
		}
		if multi < 3 {
			t.Errorf("%d multi-action proposals, want at least 3", multi)
		}
		for _, k := range []string{"heading", "list", "link", "table", "code"} {
			if !markdown[k] {
				t.Errorf("no description has a markdown %s", k)
			}
		}
	})

	t.Run("treasury", func(t *testing.T) {
		c := newCast(testSeed)
		if d.ethBalance(t, dao.Timelock).Cmp(ether(50)) < 0 {
			t.Errorf("treasury ETH %s, want > 50 ETH", d.ethBalance(t, dao.Timelock))
		}
		if d.mctBalance(t, dao.Timelock).Cmp(mct(1_000_000)) < 0 {
			t.Errorf("treasury MCT %s", d.mctBalance(t, dao.Timelock))
		}
		if d.usdxBalance(t, dao.Timelock).Cmp(usdx(1_000_000)) < 0 {
			t.Errorf("treasury USDx %s", d.usdxBalance(t, dao.Timelock))
		}
		// Executed proposals paid out ETH and both tokens; payees only receive.
		if got := d.usdxBalance(t, c.fjord.addr); got.Cmp(usdx(400_000)) != 0 {
			t.Errorf("Fjord Compute got %s USDx base units, want 400,000 USDx", got)
		}
		if got := d.ethBalance(t, c.mirror.addr); got.Cmp(ether(2)) != 0 {
			t.Errorf("mirror got %s wei, want 2 ETH", got)
		}
		if got := d.mctBalance(t, c.evalWG.addr); got.Cmp(mct(50_000)) != 0 {
			t.Errorf("eval WG got %s MCT base units, want 50,000 MCT", got)
		}
		if got := d.mctBalance(t, c.pool.addr); got.Cmp(mct(25_000)) != 0 {
			t.Errorf("contributor pool got %s (minted by governance), want 25,000 MCT", got)
		}
		// Inflows: ETH sent to the timelock by several accounts, tokens in from holders.
		usd := contracts.NewStableToken()
		var in int
		for _, lg := range d.logs(t, dao.Stable, usd.GetABI().Events["Transfer"].ID) {
			ev, err := usd.UnpackTransferEvent(&lg)
			if err != nil {
				t.Fatal(err)
			}
			if ev.To == dao.Timelock && ev.From != (common.Address{}) {
				in++
			}
		}
		if in == 0 {
			t.Error("no USDx transfer into the treasury from a holder")
		}
	})

	t.Run("dev accounts", func(t *testing.T) {
		if len(dao.Accounts) < 5 {
			t.Fatalf("%d dev accounts", len(dao.Accounts))
		}
		byName := make(map[string]Account)
		for _, a := range dao.Accounts {
			byName[a.Name()] = a
			if d.ethBalance(t, a.Address).Cmp(ether(100)) < 0 {
				t.Errorf("%s has little ETH: %s", a.Name(), d.ethBalance(t, a.Address))
			}
		}
		for _, name := range []string{"alice", "bob"} {
			if d.votes(t, byName[name].Address).Sign() == 0 {
				t.Errorf("%s has no voting power", name)
			}
		}
		for _, name := range []string{"carol", "dave", "erin"} {
			if v := d.votes(t, byName[name].Address); v.Sign() != 0 {
				t.Errorf("%s has voting power %s, want 0", name, v)
			}
		}
		// An Active proposal that alice and bob can still vote on, with power at its snapshot.
		found := false
		for _, p := range dao.Proposals {
			if p.State != "active" {
				continue
			}
			ok := true
			for _, name := range []string{"alice", "bob"} {
				voted, err := gov.UnpackHasVoted(d.call(t, dao.Governor, gov.PackHasVoted(p.ID, byName[name].Address)))
				if err != nil {
					t.Fatal(err)
				}
				snap, err := gov.UnpackProposalSnapshot(d.call(t, dao.Governor, gov.PackProposalSnapshot(p.ID)))
				if err != nil {
					t.Fatal(err)
				}
				w, err := gov.UnpackGetVotes(d.call(t, dao.Governor, gov.PackGetVotes(byName[name].Address, snap)))
				if err != nil {
					t.Fatal(err)
				}
				ok = ok && !voted && w.Sign() > 0
			}
			found = found || ok
		}
		if !found {
			t.Error("no Active proposal on which alice and bob both have power and have not voted")
		}
	})

	t.Run("keystore", func(t *testing.T) {
		if dao.KeystoreDir != ksDir {
			t.Errorf("KeystoreDir = %q, want %q", dao.KeystoreDir, ksDir)
		}
		for _, a := range dao.Accounts {
			data, err := os.ReadFile(filepath.Join(ksDir, a.Name()))
			if err != nil {
				t.Fatal(err)
			}
			var raw struct {
				Crypto struct {
					KDFParams struct {
						N int `json:"n"`
					} `json:"kdfparams"`
				} `json:"crypto"`
			}
			if err := json.Unmarshal(data, &raw); err != nil || raw.Crypto.KDFParams.N != keystore.LightScryptN {
				t.Errorf("%s: scrypt n = %d (%v), want light %d", a.Name(), raw.Crypto.KDFParams.N, err, keystore.LightScryptN)
			}
			key, err := keystore.DecryptKey(data, a.Passphrase)
			if err != nil {
				t.Fatalf("%s: decrypt with %q: %v", a.Name(), a.Passphrase, err)
			}
			if key.Address != a.Address {
				t.Errorf("%s: key for %s, want %s", a.Name(), key.Address.Hex(), a.Address.Hex())
			}
			if _, err := keystore.DecryptKey(data, a.Passphrase+"x"); err == nil {
				t.Errorf("%s: decrypts with a wrong passphrase", a.Name())
			}
		}
		// geth's keystore reads the directory as is.
		ks := keystore.NewKeyStore(ksDir, keystore.LightScryptN, keystore.LightScryptP)
		if got := len(ks.Accounts()); got != len(dao.Accounts) {
			t.Errorf("geth keystore sees %d accounts, want %d", got, len(dao.Accounts))
		}
	})

	t.Run("deterministic", func(t *testing.T) {
		d2 := startDemo(t, Config{}, testSeed, "")
		if d2.dao.KeystoreDir != "" {
			t.Errorf("KeystoreDir = %q with no keystore requested", d2.dao.KeystoreDir)
		}
		if dao.Governor != d2.dao.Governor || dao.Token != d2.dao.Token || dao.Timelock != d2.dao.Timelock || dao.Stable != d2.dao.Stable {
			t.Error("contract addresses differ between runs with the same seed")
		}
		if len(dao.Proposals) != len(d2.dao.Proposals) {
			t.Fatalf("%d vs %d proposals", len(dao.Proposals), len(d2.dao.Proposals))
		}
		for i, p := range dao.Proposals {
			q := d2.dao.Proposals[i]
			if p.ID.Cmp(q.ID) != 0 || p.State != q.State || p.Title != q.Title {
				t.Errorf("proposal %d: %s %s vs %s %s", i, p.ID, p.State, q.ID, q.State)
			}
			a := d.call(t, dao.Governor, gov.PackProposalVotes(p.ID))
			b := d2.call(t, dao.Governor, gov.PackProposalVotes(q.ID))
			if !slices.Equal(a, b) {
				t.Errorf("proposal %d: tallies differ", i)
			}
		}
		h1, h2 := d.holders(t), d2.holders(t)
		if len(h1) != len(h2) {
			t.Errorf("%d vs %d holders", len(h1), len(h2))
		}
		for a, b := range h1 {
			if h2[a] == nil || h2[a].Cmp(b) != 0 {
				t.Errorf("holder %s: %s vs %v", a.Hex(), b, h2[a])
			}
		}
		c := newCast(testSeed)
		everyone := append([]*actor{c.deployer, c.alice, c.bob, c.carol, c.dave, c.erin, c.northwind, c.hyperplane, c.osprey,
			c.mira, c.tomas, c.priya, c.kenji, c.lucia, c.samir, c.fjord, c.mirror, c.evalWG, c.pool}, c.tail...)
		ethDiffers := false
		for _, x := range everyone {
			if e1, e2 := d.ethBalance(t, x.addr), d2.ethBalance(t, x.addr); e1.Cmp(e2) != 0 {
				t.Errorf("%s: ETH %s vs %s", x.name, e1, e2)
				ethDiffers = true
			}
			if u1, u2 := d.usdxBalance(t, x.addr), d2.usdxBalance(t, x.addr); u1.Cmp(u2) != 0 {
				t.Errorf("%s: USDx %s vs %s", x.name, u1, u2)
			}
		}
		if ethDiffers {
			logGasDiff(t, d, d2, everyone)
		}
		for _, who := range []common.Address{dao.Timelock} {
			if d.ethBalance(t, who).Cmp(d2.ethBalance(t, who)) != 0 || d.usdxBalance(t, who).Cmp(d2.usdxBalance(t, who)) != 0 {
				t.Error("treasury balances differ between runs")
			}
		}
	})

	// Last, as it moves the chain on: after the queue window the Succeeded proposal
	// expires, and after the voting period the Active ones are decided.
	t.Run("states move on", func(t *testing.T) {
		if err := d.node.Mine(context.Background(), DemoVotingPeriod); err != nil {
			t.Fatal(err)
		}
		head, err := d.ec.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		d.head = head
		for _, p := range dao.Proposals {
			got := d.state(t, p.ID)
			switch p.State {
			case "succeeded":
				if got != "expired" {
					t.Errorf("%s: %s after the queue window, want expired", p.Title, got)
				}
			case "active", "pending":
				if got == p.State {
					t.Errorf("%s: still %s after %d blocks", p.Title, got, DemoVotingPeriod)
				}
			case "queued", "executed", "canceled", "defeated", "expired":
				if got != p.State {
					t.Errorf("%s: %s became %s", p.Title, p.State, got)
				}
			}
		}
	})
}

// logGasDiff logs every transaction whose gas differs between two runs: seeding
// transactions are identical (same hashes), so a difference points at the step whose
// cost depends on timing.
func logGasDiff(t *testing.T, d1, d2 *demo, everyone []*actor) {
	t.Helper()
	names := make(map[common.Address]string)
	for _, a := range everyone {
		names[a.addr] = a.name
	}
	type txGas struct {
		gas, block uint64
		index      int
		from       string
	}
	collect := func(d *demo) map[common.Hash]txGas {
		out := make(map[common.Hash]txGas)
		signer := types.LatestSignerForChainID(d.dao.ChainID)
		for b := d.dao.StartBlock; b <= d.head; b++ {
			blk, err := d.ec.BlockByNumber(context.Background(), new(big.Int).SetUint64(b))
			if err != nil {
				t.Fatal(err)
			}
			for i, tx := range blk.Transactions() {
				rc, err := d.ec.TransactionReceipt(context.Background(), tx.Hash())
				if err != nil {
					t.Fatal(err)
				}
				from, _ := types.Sender(signer, tx)
				out[tx.Hash()] = txGas{rc.GasUsed, b - d.dao.StartBlock, i, names[from]}
			}
		}
		return out
	}
	g1, g2 := collect(d1), collect(d2)
	for h, a := range g1 {
		if b, ok := g2[h]; !ok {
			t.Logf("tx %s (%s) only in the first run", h.Hex(), a.from)
		} else if a.gas != b.gas {
			t.Logf("tx %s from %s: gas %d at block +%d index %d vs %d at block +%d index %d", h.Hex(), a.from, a.gas, a.block, a.index, b.gas, b.block, b.index)
		}
	}
}

// TestStartDemoWithBlockTime seeds while the node also seals on a timer, as
// `daoterm devnet` runs it, and still ends with every state.
func TestStartDemoWithBlockTime(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a second demo chain")
	}
	d := startDemo(t, Config{BlockTime: 20 * time.Millisecond}, testSeed+1, "")
	seen := make(map[string]bool)
	for _, p := range d.dao.Proposals {
		seen[d.state(t, p.ID)] = true
	}
	if len(seen) != len(stateNames()) {
		t.Errorf("states after seeding with a block timer: %v", seen)
	}
}

func TestCastDependsOnSeed(t *testing.T) {
	a, b, a2 := newCast(1), newCast(2), newCast(1)
	if a.alice.addr == b.alice.addr || a.tail[0].addr == b.tail[0].addr {
		t.Error("different seeds give the same accounts")
	}
	if a.alice.addr != a2.alice.addr || a.mint[a.tail[3]].Cmp(a2.mint[a2.tail[3]]) != 0 {
		t.Error("the same seed gives different accounts or amounts")
	}
	var holders int
	for range a.mint {
		holders++
	}
	if holders < 25 {
		t.Errorf("%d holders minted", holders)
	}
}

func TestKeystoreRefusesForeignFile(t *testing.T) {
	dir := t.TempDir()
	c := newCast(3)
	if err := os.WriteFile(filepath.Join(dir, "alice"), []byte(`{"address":"0000000000000000000000000000000000000001"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := writeDevKeystores(dir, c); err == nil || !strings.Contains(err.Error(), "refusing to overwrite") {
		t.Fatalf("want refusal to overwrite a foreign key file, got %v", err)
	}
	// Its own key from an earlier run is replaced without complaint.
	os.Remove(filepath.Join(dir, "alice"))
	if err := writeDevKeystores(dir, c); err != nil {
		t.Fatal(err)
	}
	if err := writeDevKeystores(dir, c); err != nil {
		t.Fatalf("rewriting the same keys: %v", err)
	}
}

func TestStateName(t *testing.T) {
	for i, want := range []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"} {
		if got := StateName(uint8(i)); got != want {
			t.Errorf("StateName(%d) = %q", i, got)
		}
	}
	if got := StateName(8); got != "unknown(8)" {
		t.Errorf("StateName(8) = %q", got)
	}
}

// BenchmarkStartDemo measures starting and seeding the demo chain, with keystore files.
func BenchmarkStartDemo(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		dir := filepath.Join(b.TempDir(), fmt.Sprint(i))
		n, dao, err := StartDemo(context.Background(), Config{}, testSeed, dir)
		if err != nil {
			b.Fatal(err)
		}
		head := n.Head()
		n.Close()
		b.ReportMetric(float64(head-dao.StartBlock), "blocks")
	}
}
