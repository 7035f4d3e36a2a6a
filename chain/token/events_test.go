package token

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// boostHistory is a token with custom voting units: alice's votes carry a
// bonus of 25 that no Transfer shows (only DelegateVotesChanged does), and
// carol holds bob's delegated votes with no balance of her own.
func boostHistory(t *testing.T) *logBuilder {
	b := newBuilder(t)
	zero := common.Address{}
	b.transfer(zero, alice, 100)
	b.delegate(alice, zero, alice)
	b.votes(alice, 0, 100)
	b.votes(alice, 100, 125) // the bonus
	b.transfer(zero, bob, 50)
	b.delegate(bob, zero, carol)
	b.votes(carol, 0, 50)
	return b
}

// TestReadCustomVotingUnits: where getVotes differs from what balances and
// delegations give, Read reads the history again with DelegateVotesChanged
// and shows the token's own votes; balances and delegates still come from
// Transfer and DelegateChanged.
func TestReadCustomVotingUnits(t *testing.T) {
	const block = 40
	m := &memChain{logs: boostHistory(t).logs, votes: map[common.Address]int64{alice: 125, carol: 50}, supply: 150,
		times: map[uint64]uint64{block: 1}}
	snap, err := Read(context.Background(), m, tokenAddr, 0, block)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.queries) != 2 {
		t.Fatalf("%d log queries, want 2 (derived, then from events)", len(m.queries))
	}
	p, _ := parseABI()
	if got := m.queries[0].Topics[0]; slices.Contains(got, p.votesChanged) {
		t.Errorf("the first query asks for DelegateVotesChanged: %v", got)
	}
	if got := m.queries[1].Topics[0]; !slices.Contains(got, p.votesChanged) || !slices.Contains(got, p.transfer) || !slices.Contains(got, p.delegateChanged) {
		t.Errorf("the second query's topics are %v, want all three events", got)
	}
	want := []struct {
		a          common.Address
		bal, votes int64
		del        common.Address
	}{{alice, 100, 125, alice}, {bob, 50, 0, carol}, {carol, 0, 50, common.Address{}}}
	if len(snap.Holders) != len(want) {
		t.Fatalf("holders %+v", snap.Holders)
	}
	for i, w := range want {
		h := snap.Holders[i]
		if h.Address != w.a || h.Balance.Int64() != w.bal || h.Votes.Int64() != w.votes || h.Delegate != w.del {
			t.Errorf("holder %d = %s %s/%s → %s, want %s %d/%d → %s", i, h.Address.Hex(), h.Balance, h.Votes, h.Delegate.Hex(), w.a.Hex(), w.bal, w.votes, w.del.Hex())
		}
	}
	if snap.TotalVotes.Int64() != 175 || len(snap.Delegates) != 2 || snap.Delegates[0].Address != alice {
		t.Errorf("total votes %s, delegates %+v", snap.TotalVotes, snap.Delegates)
	}
}

// TestVotingUnitsError: deriving a custom-units token's votes fails with
// ErrVotingUnits (which Read and chain/dao fall back on), naming the token,
// the account and both figures.
func TestVotingUnitsError(t *testing.T) {
	const block = 40
	m := &memChain{logs: boostHistory(t).logs, votes: map[common.Address]int64{alice: 125, carol: 50}, supply: 150,
		times: map[uint64]uint64{block: 1}}
	l, _ := NewLedger(tokenAddr, 0)
	if err := l.Apply(m.logs); err != nil {
		t.Fatal(err)
	}
	_, err := l.Snapshot(context.Background(), m, block)
	if !errors.Is(err, ErrVotingUnits) {
		t.Fatalf("error %v, want ErrVotingUnits", err)
	}
	for _, s := range []string{tokenAddr.Hex(), "getVotes(" + alice.Hex() + ") is 125", "give 100"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not name %q", err, s)
		}
	}
}

// TestVotesFromEventsMalformed: a DelegateVotesChanged log of the wrong
// shape is an error naming it, where votes come from events.
func TestVotesFromEventsMalformed(t *testing.T) {
	b := boostHistory(t)
	b.logs[3].Data = b.logs[3].Data[:32]
	l, _ := NewLedgerOf(tokenAddr, 0, VotesFromEvents)
	err := l.Apply(b.logs)
	if err == nil || !strings.Contains(err.Error(), "DelegateVotesChanged") || !strings.Contains(err.Error(), "want 2 and 64") {
		t.Errorf("error %v", err)
	}
	derived, _ := NewLedger(tokenAddr, 0)
	if err := derived.Apply(b.logs); err != nil {
		t.Errorf("derived, the malformed log is ignored: %v", err)
	}
}

// TestVotesWithoutTransfers: a contract whose votes come from no transfer
// (locked tokens, say), with delegations: derived, nobody has votes, and
// the delegates named are checked all the same, so Read finds the votes in
// DelegateVotesChanged instead of showing none.
func TestVotesWithoutTransfers(t *testing.T) {
	const block = 40
	b := newBuilder(t)
	zero := common.Address{}
	b.delegate(alice, zero, bob)
	b.votes(bob, 0, 300)
	b.delegate(carol, zero, bob)
	b.votes(bob, 300, 500)
	m := &memChain{logs: b.logs, votes: map[common.Address]int64{bob: 500}, supply: 0, times: map[uint64]uint64{block: 1}}
	snap, err := Read(context.Background(), m, tokenAddr, 0, block)
	if err != nil {
		t.Fatal(err)
	}
	if !snap.CustomUnits || snap.TotalVotes.Int64() != 500 || len(snap.Delegates) != 1 || snap.Delegates[0].Address != bob || snap.Delegates[0].Votes.Int64() != 500 {
		t.Errorf("custom %v, total votes %s, delegates %+v; want bob with 500, read from events", snap.CustomUnits, snap.TotalVotes, snap.Delegates)
	}
}
