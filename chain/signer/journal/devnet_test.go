package journal_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/internal/signertest"
	"github.com/daoterm/daoterm/chain/signer/journal"
)

// TestJournalCrashAndReplacement: a transaction journaled but never broadcast
// (the process died) is broadcast exactly once by Reconcile; a transaction
// whose nonce another one used is reported replaced (or cancelled).
func TestJournalCrashAndReplacement(t *testing.T) {
	f := signertest.New(t)
	id := f.ActiveProposal()

	// "Crash" between Record and Broadcast.
	call, _ := signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), id, gov.Against, "journal test", nil)
	p, err := f.Prepare("alice", call)
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Sign(f.Ctx, f.C, f.Account("alice"), []byte(f.Pass["alice"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.J.Record(s); err != nil {
		t.Fatal(err)
	}
	if f.Sends.Load() != 0 {
		t.Fatal("sent before broadcast")
	}
	// Restart: a new journal.Journal over the same file.
	j2, err := journal.Open(f.J.Path())
	if err != nil {
		t.Fatal(err)
	}
	ch, err := j2.Reconcile(f.Ctx, f.C)
	if err != nil || len(ch) != 1 || ch[0].Err != nil || ch[0].Entry.Status != journal.StatusPending || ch[0].Old != journal.StatusSigned {
		t.Fatalf("reconcile after crash: %+v %v", ch, err)
	}
	if n := f.Sends.Load(); n != 1 {
		t.Fatalf("%d broadcasts, want 1", n)
	}
	if _, err := signer.Wait(f.Ctx, f.C, s.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	ch, err = j2.Reconcile(f.Ctx, f.C)
	if err != nil || len(ch) != 1 || ch[0].Entry.Status != journal.StatusMined {
		t.Fatalf("reconcile after mining: %+v %v", ch, err)
	}
	ch, err = j2.Reconcile(f.Ctx, f.C)
	if err != nil || len(ch) != 0 || f.Sends.Load() != 1 {
		t.Fatalf("third reconcile: %+v %v, %d sends", ch, err, f.Sends.Load())
	}
	if !f.HasVoted(id, f.Addr["alice"]) {
		t.Fatal("the journaled vote did not land")
	}

	// Replacement: bob signs a vote (journaled, not sent), then a delegation
	// with the same nonce is sent and mined.
	nonce := f.Nonce("bob")
	var other *big.Int
	for _, p := range f.DAO.Proposals {
		if p.State == "active" {
			if !f.HasVoted(p.ID, f.Addr["bob"]) {
				other = p.ID
			}
		}
	}
	if other == nil {
		t.Fatal("bob has no active proposal left to vote on")
	}
	call, _ = signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), other, gov.For, "", nil)
	pa, err := f.Prepare("bob", call)
	if err != nil {
		t.Fatal(err)
	}
	if pa.Review.Nonce != nonce {
		t.Fatalf("nonce %d, want %d", pa.Review.Nonce, nonce)
	}
	sa, err := pa.Sign(f.Ctx, f.C, f.Account("bob"), []byte(f.Pass["bob"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.J.Record(sa); err != nil {
		t.Fatal(err)
	}
	// The journal knows nonce is taken: the next prepare would use nonce+1.
	if next, ok, _ := f.J.NextNonce(f.ChainRef(), f.Addr["bob"]); !ok || next != nonce+1 {
		t.Fatalf("NextNonce = %d %v", next, ok)
	}
	dcall, _ := signer.DelegateCall(f.DAO.Token, f.Addr["bob"])
	pb, err := signer.Prepare(f.Ctx, f.C, f.Addr["bob"], dcall, signer.PrepareOptions{Nonce: &nonce})
	if err != nil {
		t.Fatal(err)
	}
	sb, err := pb.Sign(f.Ctx, f.C, f.Account("bob"), []byte(f.Pass["bob"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.J.Record(sb); err != nil {
		t.Fatal(err)
	}
	if err := f.J.Broadcast(f.Ctx, f.C, sb); err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Wait(f.Ctx, f.C, sb.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	ch, err = f.J.Reconcile(f.Ctx, f.C)
	if err != nil {
		t.Fatal(err)
	}
	st := map[common.Hash]journal.Entry{}
	for _, c := range ch {
		st[c.Entry.Hash] = c.Entry
	}
	if e := st[sa.Hash]; e.Status != journal.StatusReplaced || e.ReplacedBy == nil || *e.ReplacedBy != sb.Hash {
		t.Errorf("replaced vote: %+v", e)
	}
	if e := st[sb.Hash]; e.Status != journal.StatusMined {
		t.Errorf("replacing delegation: %+v", e)
	}
	if f.HasVoted(other, f.Addr["bob"]) {
		t.Error("the replaced vote landed")
	}

	// Cancellation: a journaled vote replaced by a 0-value self-send.
	nonce = f.Nonce("bob")
	pa, err = f.Prepare("bob", call)
	if err != nil {
		t.Fatal(err)
	}
	sa, _ = pa.Sign(f.Ctx, f.C, f.Account("bob"), []byte(f.Pass["bob"]))
	f.J.Record(sa)
	pc, err := signer.Prepare(f.Ctx, f.C, f.Addr["bob"], signer.CancelCall(f.Addr["bob"]), signer.PrepareOptions{Nonce: &nonce, MinTip: pa.Review.MaxPriorityFeePerGas, MinMaxFee: pa.Review.MaxFeePerGas})
	if err != nil {
		t.Fatal(err)
	}
	sc, _ := pc.Sign(f.Ctx, f.C, f.Account("bob"), []byte(f.Pass["bob"]))
	f.J.Record(sc)
	if err := f.J.Broadcast(f.Ctx, f.C, sc); err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Wait(f.Ctx, f.C, sc.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, err := f.J.Reconcile(f.Ctx, f.C); err != nil {
		t.Fatal(err)
	}
	es, _ := f.J.Entries()
	for _, e := range es {
		if e.Hash == sa.Hash && e.Status != journal.StatusCancelled {
			t.Errorf("cancelled vote: %+v", e)
		}
	}
	if u, _ := f.J.Unsettled(f.ChainRef()); len(u) != 0 {
		t.Errorf("unsettled left: %+v", u)
	}
}
