package journal

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
)

// TestConcurrentSigners: two signers of one account, each with its own
// Journal over the same file (as two daoterm processes have), prepare at the
// same moment (both reviews show the same nonce) and sign at once: the
// account lock gives them different nonces and both transactions land.
func TestConcurrentSigners(t *testing.T) {
	f := newFixture(t)
	const who = "carol"
	start := f.nonce(who)
	targets := []common.Address{f.addr[who], f.addr["alice"]}
	var prepared []*signer.Prepared
	for _, to := range targets {
		call, err := signer.DelegateCall(f.dao.Token, to)
		if err != nil {
			t.Fatal(err)
		}
		p, err := f.prepare(who, call)
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
		j, err := Open(f.j.Path())
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
			s, err := j.Sign(f.ctx, f.c, p, f.account(who), []byte(f.pass[who]), SignOptions{Broadcast: true, Command: fmt.Sprintf("daoterm delegate %d", i)})
			if err == nil {
				_, err = j.Await(f.ctx, f.c, s.Hash, AwaitOptions{Poll: 2 * time.Millisecond, Timeout: time.Minute})
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
	if got := f.nonce(who); got != start+2 {
		t.Fatalf("nonce %d after two sends from %d", got, start)
	}
	es, err := f.j.Entries()
	if err != nil {
		t.Fatal(err)
	}
	mined := 0
	for _, e := range es {
		if e.Status == StatusMined && *e.From == f.addr[who] {
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
	f := newFixture(t)
	call, err := signer.DelegateCall(f.dao.Token, f.addr["dave"])
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.prepare("dave", call)
	if err != nil {
		t.Fatal(err)
	}
	f.drop.Store(3)
	before := f.sends.Load()
	s, err := f.j.Sign(f.ctx, f.c, p, f.account("dave"), []byte(f.pass["dave"]), SignOptions{Broadcast: true})
	if err != nil {
		t.Fatal(err)
	}
	o, err := f.j.Await(f.ctx, f.c, s.Hash, AwaitOptions{Poll: 2 * time.Millisecond, Resend: 10 * time.Millisecond, Timeout: time.Minute})
	if err != nil || !o.Success {
		t.Fatalf("await: %+v %v", o, err)
	}
	if n := f.sends.Load() - before; n != 4 {
		t.Errorf("%d sends, want 3 dropped and 1 kept", n)
	}
	if e, _ := f.j.Find(s.Hash); e == nil || e.Status != StatusMined {
		t.Fatalf("journal: %+v", e)
	}

	// Every send dropped: a deadline, not an endless wait.
	f.drop.Store(-1)
	call, _ = signer.DelegateCall(f.dao.Token, f.addr["erin"])
	if p, err = f.prepare("dave", call); err != nil {
		t.Fatal(err)
	}
	s, err = f.j.Sign(f.ctx, f.c, p, f.account("dave"), []byte(f.pass["dave"]), SignOptions{Broadcast: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.j.Await(f.ctx, f.c, s.Hash, AwaitOptions{Poll: 2 * time.Millisecond, Resend: 10 * time.Millisecond, Timeout: 300 * time.Millisecond})
	var nm *NotMinedError
	if !errors.As(err, &nm) || !errors.Is(err, ErrNotMined) || nm.Sends == 0 || nm.Status != StatusPending || nm.Known {
		t.Fatalf("await with every send dropped: %#v", err)
	}
	for _, want := range []string{"was not mined within", "daoterm tx resend " + s.Hash.Hex(), "the node does not have it"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	// The node keeps it once the drops stop: Reconcile sends it and it lands.
	f.drop.Store(0)
	if _, err := f.j.Reconcile(f.ctx, f.c); err != nil {
		t.Fatal(err)
	}
	if o, err := f.j.Await(f.ctx, f.c, s.Hash, AwaitOptions{Poll: 2 * time.Millisecond, Timeout: time.Minute}); err != nil || !o.Success {
		t.Fatalf("after the drops: %+v %v", o, err)
	}
}

// TestAwaitDisplaced: a sent vote whose nonce another transaction of the
// account takes is reported NOT CAST, naming what took the nonce and the
// command that makes the vote again; it never passes for mined.
func TestAwaitDisplaced(t *testing.T) {
	f := newFixture(t)
	id := f.activeProposal()
	call, _ := signer.VoteCall(ozWriter(t, f.dao.Governor, gov.FamilyOZ5), id, gov.For, "displaced", nil)
	p, err := f.prepare("erin", call)
	if err != nil {
		t.Fatal(err)
	}
	f.drop.Store(-1) // the vote never reaches the node
	s, err := f.j.Sign(f.ctx, f.c, p, f.account("erin"), []byte(f.pass["erin"]), SignOptions{Broadcast: true, Command: "daoterm vote 7 for"})
	if err != nil {
		t.Fatal(err)
	}
	f.drop.Store(0)
	// Another wallet of erin's (not this journal) uses the nonce.
	nonce := s.Nonce
	dcall, _ := signer.DelegateCall(f.dao.Token, f.addr["erin"])
	pd, err := signer.Prepare(f.ctx, f.c, f.addr["erin"], dcall, signer.PrepareOptions{Nonce: &nonce})
	if err != nil {
		t.Fatal(err)
	}
	sd, err := pd.Sign(f.ctx, f.c, f.account("erin"), []byte(f.pass["erin"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := sendRaw(f.ctx, f.c, sd.Raw); err != nil {
		t.Fatal(err)
	}
	if _, err := signer.Wait(f.ctx, f.c, sd.Hash, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	_, err = f.j.Await(f.ctx, f.c, s.Hash, AwaitOptions{Poll: 2 * time.Millisecond, Resend: 2 * time.Millisecond, Timeout: time.Minute})
	var de *DisplacedError
	if !errors.As(err, &de) || !errors.Is(err, ErrDisplaced) {
		t.Fatalf("await: %v", err)
	}
	for _, want := range []string{"NOT CAST", "castVoteWithReason on proposal " + id.String(), fmt.Sprintf("nonce %d", nonce), "daoterm vote 7 for"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("report lacks %q: %v", want, err)
		}
	}
	if e, _ := f.j.Find(s.Hash); e == nil || e.Status != StatusReplaced {
		t.Fatalf("journal: %+v", e)
	}
	if f.hasVoted(id, f.addr["erin"]) {
		t.Fatal("the displaced vote landed")
	}
}

// TestReconcileOtherGenesis: entries of a chain with the same id but another
// genesis (a dev chain restarted on the same port) are neither reconciled
// nor counted for nonces.
func TestReconcileOtherGenesis(t *testing.T) {
	f := newFixture(t)
	call, _ := signer.DelegateCall(f.dao.Token, f.addr["bob"])
	p, err := f.prepare("bob", call)
	if err != nil {
		t.Fatal(err)
	}
	s, err := p.Sign(f.ctx, f.c, f.account("bob"), []byte(f.pass["bob"]))
	if err != nil {
		t.Fatal(err)
	}
	s.Genesis = common.HexToHash("0x1234") // signed on the chain's predecessor
	if err := f.j.Record(s); err != nil {
		t.Fatal(err)
	}
	ch, err := f.j.Reconcile(f.ctx, f.c)
	if err != nil || len(ch) != 0 || f.sends.Load() != 0 {
		t.Fatalf("reconcile touched another genesis: %+v %v, %d sends", ch, err, f.sends.Load())
	}
	if _, ok, _ := f.j.NextNonce(f.chainRef(), f.addr["bob"]); ok {
		t.Fatal("another genesis's entry counted for the nonce")
	}
	if e, _ := f.j.Find(s.Hash); e == nil || e.Status != StatusSigned || e.On(f.chainRef()) {
		t.Fatalf("entry: %+v", e)
	}
}
