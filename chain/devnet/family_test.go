package devnet

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/daoterm/daoterm/chain/contracts"
)

// The family fixtures' artifacts are embedded and within the EIP-170 limit.
func TestFamilyArtifacts(t *testing.T) {
	for _, name := range []string{
		contracts.NameCompatGovernorV4, contracts.NameDaoTokenV4, contracts.NameUniTimelock,
		contracts.NameTimeToken, contracts.NameFractionalGovernor, contracts.NameNftToken, contracts.NameBoostToken,
		contracts.NameDaoGovernor, contracts.NameDaoTimelock, contracts.NameStableToken,
	} {
		a, err := contracts.LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Bytecode) == 0 || len(a.DeployedBytecode) > 24_576 {
			t.Errorf("%s: %d bytes of creation code, %d deployed", name, len(a.Bytecode), len(a.DeployedBytecode))
		}
		if _, err := abi.JSON(bytes.NewReader(a.ABI)); err != nil {
			t.Errorf("%s: ABI: %v", name, err)
		}
	}
}

// famChain is a node with one seeded family fixture.
type famChain struct {
	n   *Node
	ec  *ethclient.Client
	dao *FamilyDAO
	dir string
}

func seedFamily(t *testing.T, seed func(context.Context, *Node, string) (*FamilyDAO, error)) *famChain {
	t.Helper()
	if testing.Short() {
		t.Skip("seeds a governor fixture")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	dir := filepath.Join(t.TempDir(), "keystore")
	began := time.Now()
	dao, err := seed(ctx, n, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded %s in %v: %d proposals, head %d", dao.Name, time.Since(began).Round(time.Millisecond), len(dao.Proposals), n.Head())
	ec, err := ethclient.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	return &famChain{n: n, ec: ec, dao: dao, dir: dir}
}

// call calls method of the named artifact's ABI at the head and returns its outputs.
func (c *famChain) call(t *testing.T, to common.Address, artifact, method string, args ...any) []any {
	t.Helper()
	data, err := packArtifact(artifact, method, args...)
	if err != nil {
		t.Fatal(err)
	}
	out, err := c.ec.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("%s.%s%v: %v", artifact, method, args, err)
	}
	a, _ := contracts.LoadArtifact(artifact)
	parsed, _ := abi.JSON(bytes.NewReader(a.ABI))
	for _, m := range parsed.Methods {
		if m.Name == method || m.Sig == method {
			vals, err := m.Outputs.Unpack(out)
			if err != nil {
				t.Fatalf("%s.%s: %v", artifact, method, err)
			}
			return vals
		}
	}
	t.Fatalf("no method %s", method)
	return nil
}

func (c *famChain) big(t *testing.T, to common.Address, artifact, method string, args ...any) *big.Int {
	t.Helper()
	return c.call(t, to, artifact, method, args...)[0].(*big.Int)
}

// proposal returns the proposal whose title starts with prefix.
func (c *famChain) proposal(t *testing.T, prefix string) DemoProposal {
	t.Helper()
	for _, p := range c.dao.Proposals {
		if strings.HasPrefix(p.Title, prefix) {
			return p
		}
	}
	t.Fatalf("no proposal %q", prefix)
	return DemoProposal{}
}

// checkCommon checks what every family fixture promises: the states (read again with
// state()), keystore files, an Active proposal no account has voted on, a Succeeded and a
// Queued one, and a treasury with ETH.
func (c *famChain) checkCommon(t *testing.T, govArtifact string, wantStates []string) {
	t.Helper()
	dao := c.dao
	var got []string
	for _, p := range dao.Proposals {
		st := c.call(t, dao.Governor, govArtifact, "state", p.ID)[0].(uint8)
		if StateName(st) != p.State {
			t.Errorf("%q: state() = %s, FamilyDAO says %s", p.Title, StateName(st), p.State)
		}
		if !slices.Contains(got, p.State) {
			got = append(got, p.State)
		}
	}
	slices.Sort(got)
	slices.Sort(wantStates)
	if !slices.Equal(got, wantStates) {
		t.Errorf("states %v, want %v", got, wantStates)
	}
	untouched := false
	for _, p := range dao.ProposalsIn("active") {
		voted := false
		for _, a := range dao.Accounts {
			if c.call(t, dao.Governor, govArtifact, "hasVoted", p.ID, a.Address)[0].(bool) {
				voted = true
			}
		}
		untouched = untouched || !voted
	}
	if !untouched {
		t.Error("every Active proposal has votes from the fixture's accounts")
	}
	if len(dao.Accounts) != 5 {
		t.Fatalf("%d accounts", len(dao.Accounts))
	}
	for _, a := range dao.Accounts {
		if !strings.HasPrefix(a.Name(), dao.Name+"-") || a.Passphrase != a.Name()+"-devnet" {
			t.Errorf("account %q, passphrase %q", a.Label, a.Passphrase)
		}
		data, err := os.ReadFile(filepath.Join(c.dir, a.Name()))
		if err != nil {
			t.Fatal(err)
		}
		key, err := keystore.DecryptKey(data, a.Passphrase)
		if err != nil || key.Address != a.Address {
			t.Errorf("keystore of %s: %v", a.Name(), err)
		}
	}
	if len(dao.Treasury) != 1 || dao.Treasury[0] != dao.Timelock || len(dao.Assets) == 0 {
		t.Errorf("treasury %v, assets %v", dao.Treasury, dao.Assets)
	}
	if bal, err := c.ec.BalanceAt(context.Background(), dao.Timelock, nil); err != nil || bal.Sign() == 0 {
		t.Errorf("treasury ETH %v, %v", bal, err)
	}
	if tok := c.call(t, dao.Governor, govArtifact, "token")[0].(common.Address); tok != dao.Token {
		t.Errorf("token() = %s, want %s", tok.Hex(), dao.Token.Hex())
	}
}

func allStates() []string { return stateNames() }

func TestSeedOZ4Compat(t *testing.T) {
	c := seedFamily(t, SeedOZ4Compat)
	dao := c.dao
	gov := contracts.NameCompatGovernorV4
	c.checkCommon(t, gov, allStates())

	if mode := c.call(t, dao.Governor, gov, "COUNTING_MODE")[0].(string); mode != "support=bravo&quorum=bravo" {
		t.Errorf("COUNTING_MODE = %q", mode)
	}
	if admin := c.call(t, dao.Timelock, contracts.NameUniTimelock, "admin")[0].(common.Address); admin != dao.Governor {
		t.Errorf("timelock admin %s, want the governor %s", admin.Hex(), dao.Governor.Hex())
	}
	if tl := c.call(t, dao.Governor, gov, "timelock")[0].(common.Address); tl != dao.Timelock {
		t.Errorf("timelock() = %s", tl.Hex())
	}
	head, err := c.ec.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Bravo getters: proposals(id) has the tallies; the queued one is ready to execute.
	exec := c.proposal(t, "Fund the indexer grant")
	p := c.call(t, dao.Governor, gov, "proposals", exec.ID)
	if forVotes := p[5].(*big.Int); forVotes.Cmp(mct(830_000)) != 0 {
		t.Errorf("a-exec forVotes %s, want 830k (alice 400k + carol's 150k + bob 250k + erin's 30k)", forVotes)
	}
	if against, abstain := p[6].(*big.Int), p[7].(*big.Int); against.Cmp(mct(80_000)) != 0 || abstain.Sign() != 0 {
		t.Errorf("a-exec against %s abstain %s", against, abstain)
	}
	if !p[9].(bool) {
		t.Error("a-exec: proposals().executed is false")
	}
	q := c.proposal(t, "Pay the security review")
	eta := c.big(t, dao.Governor, gov, "proposalEta", q.ID)
	if eta.Sign() == 0 || eta.Uint64() > head.Time || eta.Uint64()+uint64(CompatGracePeriod/time.Second) <= head.Time {
		t.Errorf("queued proposal eta %s, head time %d: not ready to execute", eta, head.Time)
	}
	// Treasury flows.
	alice, _ := dao.Account("oz4-compat-alice")
	carol, _ := dao.Account("oz4-compat-carol")
	dave, _ := dao.Account("oz4-compat-dave")
	if v := c.big(t, dao.Assets[0], contracts.NameStableToken, "balanceOf", dave.Address); v.Cmp(usdx(24_000)) != 0 {
		t.Errorf("dave has %s cUSD, want 24,000 (25,000 paid by a-exec, 1,000 refunded)", v)
	}
	if v := c.big(t, dao.Token, contracts.NameDaoTokenV4, "balanceOf", dao.Timelock); v.Cmp(mct(495_000)) != 0 {
		t.Errorf("treasury has %s CGOV, want 495,000", v)
	}
	if v := c.big(t, dao.Token, contracts.NameDaoTokenV4, "getVotes", alice.Address); v.Cmp(mct(400_000)) != 0 {
		t.Errorf("alice's votes %s after carol re-delegated", v)
	}
	if d := c.call(t, dao.Token, contracts.NameDaoTokenV4, "delegates", carol.Address)[0].(common.Address); d == alice.Address || d == (common.Address{}) {
		t.Errorf("carol delegates to %s", d.Hex())
	}
}

func TestSeedOZ5Fractional(t *testing.T) {
	c := seedFamily(t, SeedOZ5Fractional)
	dao := c.dao
	gov := contracts.NameFractionalGovernor
	want := slices.DeleteFunc(allStates(), func(s string) bool { return s == "expired" })
	c.checkCommon(t, gov, want)
	if len(dao.ProposalsIn("active")) != 2 {
		t.Errorf("%d active proposals, want 2", len(dao.ProposalsIn("active")))
	}

	if mode := c.call(t, dao.Governor, gov, "CLOCK_MODE")[0].(string); mode != "mode=timestamp" {
		t.Errorf("CLOCK_MODE = %q", mode)
	}
	if mode := c.call(t, dao.Governor, gov, "COUNTING_MODE")[0].(string); !strings.Contains(mode, "fractional") {
		t.Errorf("COUNTING_MODE = %q", mode)
	}
	head, err := c.ec.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if clock := c.call(t, dao.Governor, gov, "clock")[0].(*big.Int); clock.Uint64() != head.Time {
		t.Errorf("clock() = %s, head time %d", clock, head.Time)
	}
	bob, _ := dao.Account("oz5-fractional-bob")
	exec := c.proposal(t, "Fund the evaluation cluster")
	v := c.call(t, dao.Governor, gov, "proposalVotes", exec.ID)
	against, forVotes, abstain := v[0].(*big.Int), v[1].(*big.Int), v[2].(*big.Int)
	if against.Cmp(mct(110_000)) != 0 || forVotes.Cmp(mct(600_000)) != 0 || abstain.Cmp(mct(70_000)) != 0 {
		t.Errorf("a-exec votes against %s for %s abstain %s; want 110k, 600k, 70k", against, forVotes, abstain)
	}
	if used := c.big(t, dao.Governor, gov, "usedVotes", exec.ID, bob.Address); used.Cmp(mct(150_000)) != 0 {
		t.Errorf("bob used %s on a-exec, want 150k in two votes", used)
	}
	partial := c.proposal(t, "Translate the docs")
	if used := c.big(t, dao.Governor, gov, "usedVotes", partial.ID, bob.Address); used.Cmp(mct(100_000)) != 0 {
		t.Errorf("bob used %s on the partial active proposal, want 100k", used)
	}
	// The snapshot is a timestamp.
	snap := c.big(t, dao.Governor, gov, "proposalSnapshot", partial.ID)
	if snap.Uint64() < 1_000_000_000 {
		t.Errorf("snapshot %s does not look like a timestamp", snap)
	}
	q := c.proposal(t, "Pay the audit")
	if eta := c.big(t, dao.Governor, gov, "proposalEta", q.ID); eta.Sign() == 0 || eta.Uint64() > head.Time {
		t.Errorf("queued proposal eta %s, head time %d: not ready", eta, head.Time)
	}
	dave, _ := dao.Account("oz5-fractional-dave")
	if v := c.big(t, dao.Assets[0], contracts.NameStableToken, "balanceOf", dave.Address); v.Cmp(usdx(24_000)) != 0 {
		t.Errorf("dave has %s USDs, want 24,000", v)
	}
}

func TestSeedOZ5NFT(t *testing.T) {
	c := seedFamily(t, SeedOZ5NFT)
	dao := c.dao
	gov := contracts.NameDaoGovernor
	c.checkCommon(t, gov, allStates())
	nft := contracts.NameNftToken
	erin, _ := dao.Account("oz5-nft-erin")
	alice, _ := dao.Account("oz5-nft-alice")
	dave, _ := dao.Account("oz5-nft-dave")
	if owner := c.call(t, dao.Token, nft, "ownerOf", big.NewInt(8))[0].(common.Address); owner != erin.Address {
		t.Errorf("PASS #8 belongs to %s, want erin (executed proposal)", owner.Hex())
	}
	if owner := c.call(t, dao.Token, nft, "ownerOf", big.NewInt(3))[0].(common.Address); owner != dave.Address {
		t.Errorf("PASS #3 belongs to %s, want dave", owner.Hex())
	}
	if n := c.big(t, dao.Token, nft, "balanceOf", dao.Timelock); n.Int64() != 2 {
		t.Errorf("the treasury holds %s PASS, want 2 (#5 and #9)", n)
	}
	if n := c.big(t, dao.Token, nft, "getVotes", alice.Address); n.Int64() != 2 {
		t.Errorf("alice has %s votes, want 2", n)
	}
	if n := c.big(t, dao.Governor, gov, "proposalThreshold"); n.Int64() != NFTProposalThreshold {
		t.Errorf("proposalThreshold %s", n)
	}
}

// The oz5-boost fixture's token counts balance + boost as voting units, so getVotes differs
// from the balances delegated to an account: the test reads both at the head.
func TestSeedOZ5Boost(t *testing.T) {
	c := seedFamily(t, SeedOZ5Boost)
	dao := c.dao
	gov, bst := contracts.NameDaoGovernor, contracts.NameBoostToken
	c.checkCommon(t, gov, []string{"executed", "defeated", "active"})

	acct := func(name string) common.Address {
		t.Helper()
		a, ok := dao.Account("oz5-boost-" + name)
		if !ok {
			t.Fatalf("no account oz5-boost-%s", name)
		}
		return a.Address
	}
	alice, bob, carol, dave, erin := acct("alice"), acct("bob"), acct("carol"), acct("dave"), acct("erin")
	holders := []common.Address{alice, bob, carol, dave, erin, dao.Timelock}

	// Balances, boosts, delegates and votes at the head, in whole BST.
	for _, w := range []struct {
		name                  string
		who, delegate         common.Address
		balance, boost, votes int64
	}{
		{"alice", alice, alice, 300_000, 150_000, 600_000},
		{"bob", bob, bob, 150_000, 100_000, 310_000},
		{"carol", carol, alice, 150_000, 0, 0},
		{"dave", dave, common.Address{}, 50_000, 40_000, 0},
		{"erin", erin, bob, 0, 60_000, 0},
		{"treasury", dao.Timelock, common.Address{}, 100_000, 0, 0},
	} {
		if v := c.big(t, dao.Token, bst, "balanceOf", w.who); v.Cmp(mct(w.balance)) != 0 {
			t.Errorf("%s: balanceOf %s, want %d BST", w.name, v, w.balance)
		}
		if v := c.big(t, dao.Token, bst, "boost", w.who); v.Cmp(mct(w.boost)) != 0 {
			t.Errorf("%s: boost %s, want %d BST", w.name, v, w.boost)
		}
		if d := c.call(t, dao.Token, bst, "delegates", w.who)[0].(common.Address); d != w.delegate {
			t.Errorf("%s delegates to %s, want %s", w.name, d.Hex(), w.delegate.Hex())
		}
		if v := c.big(t, dao.Token, bst, "getVotes", w.who); v.Cmp(mct(w.votes)) != 0 {
			t.Errorf("%s: getVotes %s, want %d BST", w.name, v, w.votes)
		}
	}
	// The custom units show: getVotes(a) is not the sum of the balances delegated to a.
	for _, w := range []struct {
		name     string
		a        common.Address
		balances int64
	}{{"alice", alice, 450_000}, {"bob", bob, 150_000}} {
		sum := new(big.Int)
		for _, h := range holders {
			if c.call(t, dao.Token, bst, "delegates", h)[0].(common.Address) == w.a {
				sum.Add(sum, c.big(t, dao.Token, bst, "balanceOf", h))
			}
		}
		votes := c.big(t, dao.Token, bst, "getVotes", w.a)
		if votes.Cmp(sum) == 0 {
			t.Errorf("%s: getVotes %s equals the balances delegated to her/him: no custom voting units", w.name, votes)
		}
		if sum.Cmp(mct(w.balances)) != 0 {
			t.Errorf("%s: balances delegated %s, want %d BST", w.name, sum, w.balances)
		}
	}
	// The total supply of votes counts every boost (dave's too); the ERC-20 supply none.
	if v := c.big(t, dao.Token, bst, "totalSupply"); v.Cmp(mct(750_000)) != 0 {
		t.Errorf("totalSupply %s, want 750,000 BST", v)
	}
	head, err := c.ec.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v := c.big(t, dao.Token, bst, "getPastTotalSupply", new(big.Int).SetUint64(head-1)); v.Cmp(mct(1_100_000)) != 0 {
		t.Errorf("past total supply of votes %s, want 1,100,000 (750k of balances + 350k of boosts)", v)
	}
	if owner := c.call(t, dao.Token, bst, "owner")[0].(common.Address); owner != dao.Timelock {
		t.Errorf("BST owner %s, want the timelock", owner.Hex())
	}
	// The executed proposal was decided with the boosted weights.
	exec := c.proposal(t, "Reward the stakers")
	v := c.call(t, dao.Governor, gov, "proposalVotes", exec.ID)
	if against, forVotes := v[0].(*big.Int), v[1].(*big.Int); forVotes.Cmp(mct(600_000)) != 0 || against.Cmp(mct(310_000)) != 0 {
		t.Errorf("a-exec for %s against %s, want 600k (alice) and 310k (bob)", forVotes, against)
	}
	if v := c.big(t, dao.Assets[0], contracts.NameStableToken, "balanceOf", carol); v.Cmp(usdx(20_000)) != 0 {
		t.Errorf("carol has %s USDb, want 20,000", v)
	}
}

// The fixtures can share a node, with each other and with themselves: every run deploys
// new contracts and picks up the accounts' nonces from the chain.
func TestSeedFamiliesOneNode(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds governor fixtures")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	dir := t.TempDir()
	govs := make(map[common.Address]string)
	for _, seed := range []func(context.Context, *Node, string) (*FamilyDAO, error){SeedOZ5NFT, SeedOZ4Compat, SeedOZ5Fractional, SeedOZ5NFT} {
		dao, err := seed(ctx, n, dir)
		if err != nil {
			t.Fatal(err)
		}
		if prev, dup := govs[dao.Governor]; dup {
			t.Fatalf("%s governor at %s, as %s's", dao.Name, dao.Governor.Hex(), prev)
		}
		govs[dao.Governor] = dao.Name
		if len(dao.ProposalsIn("active")) == 0 || len(dao.ProposalsIn("pending")) != 1 {
			t.Errorf("%s: proposals %v", dao.Name, dao.Proposals)
		}
	}
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != 15 {
		t.Errorf("%d keystore files, %v", len(entries), err)
	}
}
