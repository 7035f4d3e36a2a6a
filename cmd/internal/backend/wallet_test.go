package backend

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
	"github.com/daoterm/daoterm/tui/vote"
	"github.com/ethereum/go-ethereum/common"
)

// TestWalletOnDevnet drives the dashboard's wallet over the demo chain:
// the accounts, a review with voting power, a wrong then a right
// passphrase, a journaled transaction that was never broadcast (as if
// daoterm had been killed) sent by the next start's reconcile exactly once,
// and the refusals (already voted, no voting power).
func TestWalletOnDevnet(t *testing.T) {
	f := newDemo(t)
	c := f.c
	jpath := filepath.Join(t.TempDir(), "journal.jsonl")
	opts := WalletOptions{Keystore: f.ks, Account: f.addr["alice"].Hex(), Journal: jpath, Roles: map[string]string{"alice": "whale"}}
	gr, err := governor.New(f.ctx, c, f.dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	w := NewWallet(c, gr.Writer(), f.dao.Token, opts)

	accts, def, err := w.Accounts(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if def != "alice" || len(accts) != len(f.dao.Accounts) {
		t.Fatalf("default %q, %d accounts", def, len(accts))
	}
	var alice, carol vote.Account
	for _, a := range accts {
		if !a.Usable() {
			t.Errorf("%s: %s", a.Name, a.Problem)
		}
		switch a.Name {
		case "alice":
			alice = a
		case "carol":
			carol = a
		}
	}
	if alice.Label != "whale" || alice.Address != f.addr["alice"] {
		t.Fatalf("alice: %+v", alice)
	}

	id := f.unvoted("alice")
	p, err := w.PrepareVote(f.ctx, alice, &gov.Proposal{ID: id}, gov.For, "from the dashboard", nil)
	if err != nil {
		t.Fatal(err)
	}
	r := p.Review()
	if r.ChainID.Int64() != 1337 || r.From != alice.Address || r.To != f.dao.Governor || r.Function != "castVoteWithReason" ||
		r.VotingPower == nil || r.VotingPower.Sign() == 0 || r.AlreadyVoted || r.MaxCost == nil || r.GasLimit == 0 {
		t.Fatalf("review: %+v", r)
	}
	if _, err := w.Sign(f.ctx, p, []byte("wrong")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	s, err := w.Sign(f.ctx, p, []byte("alice-devnet"))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Record(f.ctx, s); err != nil {
		t.Fatal(err)
	}
	// Killed here: never broadcast. The next start reconciles the journal.
	w2 := NewWallet(c, gr.Writer(), f.dao.Token, opts)
	deadline := time.Now().Add(time.Minute) // a bound, not a timing
	var entries []journal.Entry
	for {
		entries, _, err = w2.Reconcile(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) == 1 && entries[0].Status == journal.StatusMined {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not mined: %+v", entries)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !f.hasVoted(id, alice.Address) {
		t.Fatal("hasVoted is false after reconcile")
	}

	// A second vote: the simulation reverts, decoded; nothing to sign.
	_, err = w.PrepareVote(f.ctx, alice, &gov.Proposal{ID: id}, gov.Against, "", nil)
	var re *revert.Error
	if !errors.As(err, &re) || !strings.Contains(re.Revert.String(), "GovernorAlreadyCastVote") {
		t.Fatalf("second vote: %v", err)
	}
	// carol has no voting power: warned in the review.
	p, err = w.PrepareVote(f.ctx, carol, &gov.Proposal{ID: f.unvoted("carol")}, gov.Abstain, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := p.Review(); r.VotingPower == nil || r.VotingPower.Sign() != 0 || !strings.Contains(strings.Join(r.Warnings, "\n"), "NO voting power") {
		t.Fatalf("carol's review: %+v", r)
	}
	// Delegation to self.
	p, err = w.PrepareDelegate(f.ctx, carol, carol.Address)
	if err != nil {
		t.Fatal(err)
	}
	if r := p.Review(); r.Function != "delegate" || r.To != f.dao.Token {
		t.Fatalf("delegate review: %+v", r)
	}
	// A picked account whose file changed is refused.
	moved := alice
	moved.Address = carol.Address
	if _, err := w.PrepareVote(f.ctx, moved, &gov.Proposal{ID: id}, gov.For, "", nil); !errors.Is(err, keystore.ErrBadKeyFile) {
		t.Fatalf("changed file: %v", err)
	}
}

// TestWalletWithoutKeystoreOrJournal: the dashboard still opens; the wallet
// says why it cannot list accounts or send.
func TestWalletWithoutKeystoreOrJournal(t *testing.T) {
	w := NewWallet(nil, nil, [20]byte{}, WalletOptions{KeystoreErr: keystore.ErrNoKeystore})
	if _, _, err := w.Accounts(context.Background()); !errors.Is(err, keystore.ErrNoKeystore) {
		t.Fatalf("accounts: %v", err)
	}
	if err := w.Record(context.Background(), &signer.Signed{}); err == nil || !strings.Contains(err.Error(), "journal is unavailable") {
		t.Fatalf("record: %v", err)
	}
	if _, _, err := w.Reconcile(context.Background()); err == nil {
		t.Fatal("reconcile without a journal")
	}
}

// demo is the demo DAO on an in-process chain, with its keystore.
type demo struct {
	t    *testing.T
	ctx  context.Context
	c    *chain.Client
	dao  *devnet.DAO
	ks   string
	addr map[string]common.Address
}

// newDemo starts the demo chain (each test its own: they write to it).
func newDemo(t *testing.T) *demo {
	t.Helper()
	node, d := devnettest.Demo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	c := devnettest.Dial(t, node.HTTPURL(), chain.Options{})
	ks := d.KeystoreDir
	f := &demo{t: t, ctx: ctx, c: c, dao: d, ks: ks, addr: map[string]common.Address{}}
	for _, a := range d.Accounts {
		f.addr[a.Name()] = a.Address
	}
	return f
}

// unvoted returns an active demo proposal who has not voted on.
func (f *demo) unvoted(who string) *big.Int {
	f.t.Helper()
	for _, p := range f.dao.Proposals {
		if p.State == "active" && !f.hasVoted(p.ID, f.addr[who]) {
			return p.ID
		}
	}
	f.t.Fatalf("no active proposal %s has not voted on", who)
	return nil
}

// hasVoted reads the governor's hasVoted(id, who) at the head.
func (f *demo) hasVoted(id *big.Int, who common.Address) bool {
	f.t.Helper()
	h, err := f.c.Head(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	sel := gov.Selector("hasVoted(uint256,address)")
	data := append(append(sel[:], common.LeftPadBytes(id.Bytes(), 32)...), common.LeftPadBytes(who.Bytes(), 32)...)
	res, err := f.c.CallAt(f.ctx, h.Number.Uint64(), []chain.Call{{To: f.dao.Governor, Data: data}})
	if err != nil || len(res) != 1 || res[0].Err != nil {
		f.t.Fatalf("hasVoted(%s, %s): %v %+v", id, who.Hex(), err, res)
	}
	return new(big.Int).SetBytes(res[0].Data).Sign() != 0
}

// TestWalletBallotOnDevnet signs a gasless ballot from the dashboard's
// wallet with one account and relays it with another, as the vote modal
// does: the review names the EIP-712 domain and fields, the ballot file
// parses as `daoterm ballot submit` reads it, the relay is a journaled
// transaction from the relayer, and the governor then records the voter's
// vote (hasVoted), not the relayer's. A used or altered ballot is refused.
func TestWalletBallotOnDevnet(t *testing.T) {
	f := newDemo(t)
	c := f.c
	dir := filepath.Join(t.TempDir(), "ballots")
	gr, err := governor.New(f.ctx, c, f.dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	w := NewWallet(c, gr.Writer(), f.dao.Token, WalletOptions{Keystore: f.ks, Journal: filepath.Join(t.TempDir(), "j.jsonl"), Ballots: dir})
	accts, _, err := w.Accounts(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]vote.Account{}
	for _, a := range accts {
		byName[a.Name] = a
	}
	alice, carol := byName["alice"], byName["carol"]
	id := f.unvoted("alice")

	p, err := w.PrepareBallot(f.ctx, alice, &gov.Proposal{ID: id}, gov.For)
	if err != nil {
		t.Fatal(err)
	}
	r := p.Review()
	args := map[string]string{}
	for _, a := range r.Args {
		args[strings.TrimSpace(a.Name)] = a.Value
	}
	if r.Kind != signer.KindBallot || r.From != alice.Address || r.ChainID.Int64() != 1337 || r.VotingPower == nil || r.VotingPower.Sign() == 0 ||
		args["chainId"] != "1337" || args["verifyingContract"] != f.dao.Governor.Hex() || args["voter"] != alice.Address.Hex() ||
		args["proposalId"] != id.String() || args["support"] != "1 (for)" || args["name"] == "" || args["version"] == "" ||
		!strings.HasPrefix(args["domain"], "EIP712Domain(string name,string version,") || !strings.HasPrefix(args["message"], "Ballot(") {
		t.Fatalf("ballot review: %+v\nargs %v", r, args)
	}
	if _, err := w.SignBallot(f.ctx, p, []byte("wrong")); !errors.Is(err, signer.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	b, err := w.SignBallot(f.ctx, p, []byte("alice-devnet"))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(b.Path) != dir || b.Voter != alice.Address || !strings.Contains(b.Submit, "ballot submit") || !strings.Contains(b.Submit, ShellQuote(b.Path)) {
		t.Fatalf("ballot: %+v", b)
	}
	data, err := os.ReadFile(b.Path)
	if err != nil {
		t.Fatal(err)
	}
	bl, err := typeddata.ParseBallot(data)
	if err != nil || bl.Voter != alice.Address || bl.Digest() != b.Digest || bl.ProposalID.Cmp(id) != 0 || bl.Support != gov.For {
		t.Fatalf("the file: %v %+v", err, bl)
	}
	if f.hasVoted(id, alice.Address) {
		t.Fatal("signing a ballot sent a vote")
	}

	// An altered file (support changed) no longer verifies: nothing to sign.
	bad := filepath.Join(dir, "altered.json")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(data), `"support": 1`, `"support": 0`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := w.PrepareRelay(f.ctx, carol, &vote.Ballot{Path: bad}); err == nil {
		t.Fatal("an altered ballot was prepared for relay")
	}

	rp, err := w.PrepareRelay(f.ctx, carol, b)
	if err != nil {
		t.Fatal(err)
	}
	if r := rp.Review(); r.Kind != signer.KindRelay || r.Function != "castVoteBySig" || r.From != carol.Address || r.Voter != alice.Address || r.MaxCost == nil {
		t.Fatalf("relay review: %+v", r)
	}
	s, err := w.Sign(f.ctx, rp, []byte("carol-devnet"))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Record(f.ctx, s); err != nil {
		t.Fatal(err)
	}
	if err := w.Broadcast(f.ctx, s); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute) // a bound, not a timing
	for {
		entries, _, err := w.Reconcile(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) == 1 && entries[0].Status == journal.StatusMined {
			if *entries[0].From != carol.Address {
				t.Fatalf("journaled from %s", entries[0].From.Hex())
			}
			break
		}
		if len(entries) == 1 && entries[0].Status.Final() || time.Now().After(deadline) {
			t.Fatalf("relay not mined: %+v", entries)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !f.hasVoted(id, alice.Address) || f.hasVoted(id, carol.Address) {
		t.Fatalf("after the relay: hasVoted alice %v, carol %v", f.hasVoted(id, alice.Address), f.hasVoted(id, carol.Address))
	}
	// The ballot is spent: relaying it again is refused before signing.
	if _, err := w.PrepareRelay(f.ctx, carol, b); err == nil {
		t.Fatal("a used ballot was prepared for relay again")
	}
}

// A ballot file is never overwritten, and a keystore name cannot steer its
// path out of the ballots directory.
func TestWriteBallotNeverOverwrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ballots")
	bl := &typeddata.Ballot{ProposalID: big.NewInt(123456789012345), Support: gov.Abstain, Domain: typeddata.Domain{ChainID: big.NewInt(10)}}
	name := ballotName(bl, "../../evil name")
	if !strings.HasPrefix(name, "ballot-10-p1234567890-______evil_name-abstain-") || strings.ContainsAny(name, "/. ") {
		t.Fatalf("name %q", name)
	}
	p1, err := writeBallot(dir, name, []byte("one"))
	if err != nil {
		t.Fatal(err)
	}
	p2, err := writeBallot(dir, name, []byte("two"))
	if err != nil {
		t.Fatal(err)
	}
	if p1 == p2 || filepath.Dir(p1) != dir || filepath.Dir(p2) != dir || !strings.HasSuffix(p2, "-2.json") {
		t.Fatalf("paths %s %s", p1, p2)
	}
	if b, _ := os.ReadFile(p1); string(b) != "one" {
		t.Fatalf("the first ballot was overwritten: %q", b)
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("ballots directory: %v %v", fi.Mode(), err)
	}
}
