package backend

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui/vote"
)

// TestSourceLegacy opens the GovernorBravo fixture as the dashboard does,
// with its GovernorAlpha (and a token, which is no governor) as legacy
// governors: the Proposals tab's data holds both governors' proposals and
// votes, each naming its governor, equal to governor.Set's reads (checked
// against direct calls in chain/governor), through the cache and from it;
// the token is a note, not a failure; and the wallet's writes on the
// Alpha's proposal are simulated against the Alpha (its own revert).
func TestSourceLegacy(t *testing.T) {
	node, fam := devnettest.Family(t, devnet.SeedBravo)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := devnettest.Dial(t, node.HTTPURL(), chain.Options{})
	alpha := fam.Legacy[0]
	d := &config.DAO{Governor: fam.Governor, StartBlock: fam.StartBlock, LegacyGovernors: []common.Address{alpha, fam.Token}}
	dir := t.TempDir()
	head := devnettest.Head(t, c)

	gr, err := governor.New(ctx, c, fam.Governor)
	if err != nil {
		t.Fatal(err)
	}
	set, err := governor.NewSet(ctx, c, gr, []common.Address{alpha})
	if err != nil {
		t.Fatal(err)
	}
	wantProps, err := set.Proposals(ctx, fam.StartBlock, head)
	if err != nil {
		t.Fatal(err)
	}
	wantVotes, err := set.Votes(ctx, fam.StartBlock, head)
	if err != nil {
		t.Fatal(err)
	}

	for _, pass := range []string{"cold", "from the cache"} {
		src, err := Open(ctx, c, d, Options{Cache: CacheOptions{Dir: dir}})
		if err != nil {
			t.Fatalf("%s: %v", pass, err)
		}
		props, err := src.Proposals(ctx, head)
		if err != nil {
			t.Fatalf("%s: %v", pass, err)
		}
		votes, err := src.Votes(ctx, head)
		if err != nil {
			t.Fatalf("%s: %v", pass, err)
		}
		if len(props) != len(wantProps) || len(votes) != len(wantVotes) {
			t.Fatalf("%s: %d proposals and %d votes, want %d and %d", pass, len(props), len(votes), len(wantProps), len(wantVotes))
		}
		onAlpha := 0
		for i := range props {
			p, w := &props[i], &wantProps[i]
			if p.Key() != w.Key() || p.State != w.State || p.For.Cmp(w.For) != 0 || p.Against.Cmp(w.Against) != 0 {
				t.Errorf("%s: proposal %d is %s %s, want %s %s", pass, i, p.Key(), p.State, w.Key(), w.State)
			}
			if p.Governor == alpha {
				onAlpha++
			}
		}
		if onAlpha == 0 {
			t.Errorf("%s: no proposal of the Alpha", pass)
		}
		for i := range votes {
			if votes[i].Key() != wantVotes[i].Key() || votes[i].Voter != wantVotes[i].Voter || votes[i].Governor == (common.Address{}) {
				t.Errorf("%s: vote %d on %s by %s, want %s by %s", pass, i, votes[i].Key(), votes[i].Voter.Hex(), wantVotes[i].Key(), wantVotes[i].Voter.Hex())
			}
		}
		info, err := src.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if k := info.KindOf(alpha); k.Family != gov.FamilyAlpha || info.KindOf(fam.Governor).Family != gov.FamilyBravo || len(info.Legacy) != 1 {
			t.Errorf("%s: the dashboard's info has legacy kinds %v", pass, info.Legacy)
		}
		if pass == "cold" {
			notes := strings.Join(src.CacheNotes(), "\n")
			if !strings.Contains(notes, "legacy governor "+fam.Token.Hex()) {
				t.Errorf("no note about the token listed as a legacy governor: %q", notes)
			}
		}

		// Writes on the Alpha's proposal reach the Alpha.
		sd, _ := src.DAO()
		a := fam.Accounts[0]
		w := NewWallet(c, sd.Governors().Router(), fam.Token, WalletOptions{Keystore: fam.KeystoreDir, Journal: filepath.Join(t.TempDir(), "journal.jsonl")})
		acct := vote.Account{Name: a.Name(), Address: a.Address}
		var ap *gov.Proposal
		for i := range props {
			if props[i].Governor == alpha {
				ap = &props[i]
			}
		}
		if _, err := w.PrepareVote(ctx, acct, ap, gov.For, "", nil); err == nil || !strings.Contains(err.Error(), "GovernorAlpha::") {
			t.Errorf("%s: vote on the Alpha's proposal %s: %v, want the Alpha's revert", pass, ap.ID, err)
		}
		if _, err := w.PrepareExecute(ctx, acct, ap); err == nil || !strings.Contains(err.Error(), "GovernorAlpha::") {
			t.Errorf("%s: execute of the Alpha's proposal %s: %v, want the Alpha's revert", pass, ap.ID, err)
		}
		src.Close()
		t.Logf("%s: %d proposals (%d on the Alpha), %d votes", pass, len(props), onAlpha, len(votes))
	}
}
