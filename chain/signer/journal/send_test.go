package journal_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/internal/signertest"
	"github.com/daoterm/daoterm/chain/signer/journal"
)

// TestConcurrentSigners: two signers of one account, each with its own
// journal.Journal over the same file (as two daoterm processes have), prepare at the
// same moment (both reviews show the same nonce) and sign at once: the
// account lock gives them different nonces and both transactions land.
func TestConcurrentSigners(t *testing.T) {
	f := signertest.New(t)
	const who = "carol"
	start := f.Nonce(who)
	targets := []common.Address{f.Addr[who], f.Addr["alice"]}
	var prepared []*signer.Prepared
	for _, to := range targets {
		call, err := signer.DelegateCall(f.DAO.Token, to)
		if err != nil {
			t.Fatal(err)
		}
		p, err := f.Prepare(who, call)
		if err != nil {
			t.Fatal(err)
		}
		prepared = append(prepared, p)
	}
	if prepared[0].Review.Nonce != prepared[1].Review.Nonce {
		t.Fatalf("the reviews already differ (%d, %d): the race is not exercised", prepared[0].Review.Nonce, prepared[1].Review.Nonce)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		errs    []error
		signed  []*signer.Signed
		release = make(chan struct{})
	)
	for i, p := range prepared {
		j, err := journal.Open(f.J.Path())
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
			s, err := j.Sign(f.Ctx, f.C, p, f.Account(who), []byte(f.Pass[who]), journal.SignOptions{Broadcast: true, Command: fmt.Sprintf("daoterm delegate %d", i)})
			if err == nil {
				_, err = j.Await(f.Ctx, f.C, s.Hash, journal.AwaitOptions{Poll: 2 * time.Millisecond, Timeout: time.Minute})
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("signer %d: %w", i, err))
				return
			}
			signed = append(signed, s)
		}()
	}
	close(release)
	wg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	if signed[0].Nonce == signed[1].Nonce {
		t.Fatalf("both signed nonce %d", signed[0].Nonce)
	}
	if got := f.Nonce(who); got != start+2 {
		t.Fatalf("nonce %d after two sends from %d", got, start)
	}
	es, err := f.J.Entries()
	if err != nil {
		t.Fatal(err)
	}
	mined := 0
	for _, e := range es {
		if e.Status == journal.StatusMined && *e.From == f.Addr[who] {
			mined++
		}
	}
	if mined != 2 {
		t.Fatalf("journal: %d mined, want 2: %+v", mined, es)
	}
}

// TestAwaitRebroadcastsDroppedTx: a node that accepts the transaction and
// drops it (the proxy swallows the first sends) does not stall Await: it
// sends the signed bytes again until the node keeps them. With every send
// dropped, Await stops at its timeout with the journal status and the
// commands to run.
func TestAwaitRebroadcastsDroppedTx(t *testing.T) {
	f := signertest.New(t)
	call, err := signer.DelegateCall(f.DAO.Token, f.Addr["dave"])
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Prepare("dave", call)
	if err != nil {
		t.Fatal(err)
	}
	f.Drop.Store(3)
	before := f.Sends.Load()
	s, err := f.J.Sign(f.Ctx, f.C, p, f.Account("dave"), []byte(f.Pass["dave"]), journal.SignOptions{Broadcast: true})
	if err != nil {
		t.Fatal(err)
	}
	o, err := f.J.Await(f.Ctx, f.C, s.Hash, journal.AwaitOptions{Poll: 2 * time.Millisecond, Resend: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil || !o.Success {
		t.Fatalf("await: %+v %v", o, err)
	}
	if n := f.Sends.Load() - before; n != 4 {
		t.Errorf("%d sends, want 3 dropped and 1 kept", n)
	}
	if e, _ := f.J.Find(s.Hash); e == nil || e.Status != journal.StatusMined {
		t.Fatalf("journal: %+v", e)
	}

	// Every send dropped: a deadline, not an endless wait.
	f.Drop.Store(-1)
	call, _ = signer.DelegateCall(f.DAO.Token, f.Addr["erin"])
	if p, err = f.Prepare("dave", call); err != nil {
		t.Fatal(err)
	}
	s, err = f.J.Sign(f.Ctx, f.C, p, f.Account("dave"), []byte(f.Pass["dave"]), journal.SignOptions{Broadcast: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.J.Await(f.Ctx, f.C, s.Hash, journal.AwaitOptions{Poll: 2 * time.Millisecond, Resend: 10 * time.Millisecond, Timeout: 300 * time.Millisecond})
	var nm *journal.NotMinedError
	if !errors.As(err, &nm) || !errors.Is(err, journal.ErrNotMined) || nm.Sends == 0 || nm.Status != journal.StatusPending || nm.Known {
		t.Fatalf("await with every send dropped: %#v", err)
	}
	for _, want := range []string{"was not mined within", "daoterm tx resend " + s.Hash.Hex(), "the node does not have it"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	// The node keeps it once the drops stop: Reconcile sends it and it lands.
	f.Drop.Store(0)
	if _, err := f.J.Reconcile(f.Ctx, f.C); err != nil {
		t.Fatal(err)
	}
	if o, err := f.J.Await(f.Ctx, f.C, s.Hash, journal.AwaitOptions{Poll: 2 * time.Millisecond, Timeout: time.Minute}); err != nil || !o.Success {
		t.Fatalf("after the drops: %+v %v", o, err)
	}
}

// TestAwaitDisplaced: a sent vote whose nonce another transaction of the
// account takes is reported NOT CAST, naming what took the nonce and the
// command that makes the vote again; it never passes for mined.
func TestAwaitDisplaced(t *testing.T) {
	f := signertest.New(t)
	id := f.ActiveProposal()
	call, _ := signer.VoteCall(signertest.OZWriter(t, f.DAO.Governor, gov.FamilyOZ5), id, gov.For, "displaced", nil)
	p, err := f.Prepare("erin", call)
	if err != nil {
		t.Fatal(err)
	}
	f.Drop.Store(-1) // the vote never reaches the node
	s, err := f.J.Sign(f.Ctx, f.C, p, f.Account("erin"), []byte(f.Pass["erin"]), journal.SignOptions{Broadcast: true, Command: "daoterm vote 7 for"})
	if err != nil {
		t.Fatal(err)
	}
	f.Drop.Store(0)
	// Another wallet of erin's (not this journal) uses the nonce.
	nonce := s.Nonce
	dcall, _ := signer.DelegateCall(f.DAO.Token, f.Addr["erin"])
	pd, err := signer.Prepare(f.Ctx, f.C, f.Addr["erin"], dcall, signer.PrepareOptions{Nonce: &nonce})
	if err != nil {
		t.Fatal(err)
	}
	sd, err := pd.Sign(f.Ctx, f.C, f.Account("erin"), []byte(f.Pass["erin"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.C.Eth().SendTransaction(f.Ctx, sd.Tx); err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Wait(f.Ctx, f.C, sd.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	_, err = f.J.Await(f.Ctx, f.C, s.Hash, journal.AwaitOptions{Poll: 2 * time.Millisecond, Resend: 2 * time.Millisecond, Timeout: time.Minute})
	var de *journal.DisplacedError
	if !errors.As(err, &de) || !errors.Is(err, journal.ErrDisplaced) {
		t.Fatalf("await: %v", err)
	}
	for _, want := range []string{"NOT CAST", "castVoteWithReason on proposal " + id.String(), fmt.Sprintf("nonce %d", nonce), "daoterm vote 7 for"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("report lacks %q: %v", want, err)
		}
	}
	if e, _ := f.J.Find(s.Hash); e == nil || e.Status != journal.StatusReplaced {
		t.Fatalf("journal: %+v", e)
	}
	if f.HasVoted(id, f.Addr["erin"]) {
		t.Fatal("the displaced vote landed")
	}
}

// TestReconcileOtherGenesis: entries of a chain with the same id but another
// genesis (a dev chain restarted on the same port) are neither reconciled
// nor counted for nonces.
func TestReconcileOtherGenesis(t *testing.T) {
	f := signertest.New(t)
	call, _ := signer.DelegateCall(f.DAO.Token, f.Addr["bob"])
	p, err := f.Prepare("bob", call)
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Sign(f.Ctx, f.C, f.Account("bob"), []byte(f.Pass["bob"]))
	if err != nil {
		t.Fatal(err)
	}
	s.Genesis = common.HexToHash("0x1234") // signed on the chain's predecessor
	if err := f.J.Record(s); err != nil {
		t.Fatal(err)
	}
	ch, err := f.J.Reconcile(f.Ctx, f.C)
	if err != nil || len(ch) != 0 || f.Sends.Load() != 0 {
		t.Fatalf("reconcile touched another genesis: %+v %v, %d sends", ch, err, f.Sends.Load())
	}
	if _, ok, _ := f.J.NextNonce(f.ChainRef(), f.Addr["bob"]); ok {
		t.Fatal("another genesis's entry counted for the nonce")
	}
	if e, _ := f.J.Find(s.Hash); e == nil || e.Status != journal.StatusSigned || e.On(f.ChainRef()) {
		t.Fatalf("entry: %+v", e)
	}
}
