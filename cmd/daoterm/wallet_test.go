package main

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/tui/vote"
)

// TestWalletOnDevnet drives the dashboard's wallet over the demo chain:
// the accounts, a review with voting power, a wrong then a right
// passphrase, a journaled transaction that was never broadcast (as if
// daoterm had been killed) sent by the next start's reconcile exactly once,
// and the refusals (already voted, no voting power).
func TestWalletOnDevnet(t *testing.T) {
	f := newTxFixture(t)
	c := f.client()
	jpath := filepath.Join(t.TempDir(), "journal.jsonl")
	opts := walletOptions{keystore: f.ks, account: f.addr["alice"].Hex(), journal: jpath, roles: map[string]string{"alice": "whale"}}
	gr, err := governor.New(f.ctx, c, f.dao.Governor)
	if err != nil {
		t.Fatal(err)
	}
	w := newWallet(c, gr.Writer(), f.dao.Token, opts)

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
	p, err := w.PrepareVote(f.ctx, alice, id, gov.For, "from the dashboard", nil)
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
	w2 := newWallet(c, gr.Writer(), f.dao.Token, opts)
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
	res, err := c.CallAt(f.ctx, mustHead(t, c), []chain.Call{{To: f.dao.Governor, Data: hasVotedData(id, alice.Address)}})
	if err != nil || res[0].Err != nil || new(big.Int).SetBytes(res[0].Data).Sign() == 0 {
		t.Fatalf("hasVoted after reconcile: %v %+v", err, res)
	}

	// A second vote: the simulation reverts, decoded; nothing to sign.
	_, err = w.PrepareVote(f.ctx, alice, id, gov.Against, "", nil)
	var re *revert.Error
	if !errors.As(err, &re) || !strings.Contains(re.Revert.String(), "GovernorAlreadyCastVote") {
		t.Fatalf("second vote: %v", err)
	}
	// carol has no voting power: warned in the review.
	p, err = w.PrepareVote(f.ctx, carol, f.unvoted("carol"), gov.Abstain, "", nil)
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
	if _, err := w.PrepareVote(f.ctx, moved, id, gov.For, "", nil); !errors.Is(err, keystore.ErrBadKeyFile) {
		t.Fatalf("changed file: %v", err)
	}
}

// TestWalletWithoutKeystoreOrJournal: the dashboard still opens; the wallet
// says why it cannot list accounts or send.
func TestWalletWithoutKeystoreOrJournal(t *testing.T) {
	w := newWallet(nil, nil, [20]byte{}, walletOptions{keystoreErr: keystore.ErrNoKeystore, journal: ""})
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
