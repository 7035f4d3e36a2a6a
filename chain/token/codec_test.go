package token

import (
	"maps"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// randomLogs returns n chain-ordered logs over a few accounts: mints,
// transfers that never overdraw, delegations and voting power changes.
func randomLogs(t *testing.T, seed uint64, n int) []types.Log {
	b := newBuilder(t)
	r := rand.New(rand.NewPCG(seed, 1))
	accts := make([]common.Address, 12)
	for i := range accts {
		accts[i] = common.BigToAddress(big.NewInt(int64(0x100 + i)))
	}
	bal := map[common.Address]int64{}
	for range n {
		a, c := accts[r.IntN(len(accts))], accts[r.IntN(len(accts))]
		switch r.IntN(4) {
		case 0:
			b.transfer(common.Address{}, a, 1+r.Int64N(1000))
			bal[a] += b.lastValue()
		case 1:
			if bal[a] > 0 {
				v := 1 + r.Int64N(bal[a])
				b.transfer(a, c, v)
				bal[a] -= v
				bal[c] += v
			} else {
				b.transfer(common.Address{}, c, 5)
				bal[c] += 5
			}
		case 2:
			b.delegate(a, common.Address{}, c)
		default:
			b.votes(a, 0, r.Int64N(5000))
		}
	}
	return b.logs
}

// lastValue returns the value of the last Transfer added.
func (b *logBuilder) lastValue() int64 {
	return new(big.Int).SetBytes(b.logs[len(b.logs)-1].Data).Int64()
}

// sameLedger fails unless a and b hold the same state.
func sameLedger(t *testing.T, what string, a, b *Ledger) {
	t.Helper()
	if !maps.Equal(a.balances, b.balances) || !maps.Equal(a.votes, b.votes) || len(a.delegateOf) != len(b.delegateOf) ||
		a.source != b.source || a.nft != b.nft || a.applied != b.applied || a.lastBlock != b.lastBlock || a.lastIndex != b.lastIndex || a.token != b.token || a.from != b.from {
		t.Fatalf("%s: ledgers differ:\n%+v\n%+v", what, a, b)
	}
	for k, v := range a.delegateOf {
		if b.delegateOf[k] != v {
			t.Fatalf("%s: delegate of %s: %s vs %s", what, k.Hex(), v.Hex(), b.delegateOf[k].Hex())
		}
	}
}

func folded(t *testing.T, logs []types.Log) *Ledger { return foldedOf(t, logs, VotesDerived) }

// foldedOf is a Ledger taking votes from src with logs folded.
func foldedOf(t *testing.T, logs []types.Log, src VotesSource) *Ledger {
	l, err := NewLedgerOf(tokenAddr, 0, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Apply(logs); err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLedgerCodecRoundTrip(t *testing.T) {
	for seed := range uint64(6) {
		src := VotesSource(seed % 2)
		want := foldedOf(t, randomLogs(t, seed, 300), src)
		data, err := want.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		got, _ := NewLedgerOf(tokenAddr, 0, src)
		if err := got.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		sameLedger(t, "round trip", got, want)
	}
	empty, _ := NewLedger(tokenAddr, 0)
	data, _ := empty.MarshalBinary()
	got, _ := NewLedger(tokenAddr, 0)
	if err := got.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	sameLedger(t, "empty", got, empty)
}

// TestLedgerCodecCorrupt checks that truncated, altered and foreign
// encodings fail cleanly and leave the ledger as it was.
func TestLedgerCodecCorrupt(t *testing.T) {
	src := folded(t, randomLogs(t, 9, 200))
	data, _ := src.MarshalBinary()
	before := folded(t, randomLogs(t, 3, 20))
	for n := 0; n < len(data); n += 1 + n/16 {
		l := folded(t, randomLogs(t, 3, 20))
		if err := l.UnmarshalBinary(data[:n]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
		sameLedger(t, "after a failed decode", l, before)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 { // altered bytes: an error or another state, never a panic
		bad := append([]byte(nil), data...)
		bad[r.IntN(len(bad))] ^= byte(1 + r.IntN(255))
		l, _ := NewLedger(tokenAddr, 0)
		_ = l.UnmarshalBinary(bad)
	}
	other, _ := NewLedger(common.HexToAddress("0x1"), 0)
	if err := other.UnmarshalBinary(data); err == nil {
		t.Error("another token's ledger was accepted")
	}
	later, _ := NewLedger(tokenAddr, 5)
	if err := later.UnmarshalBinary(data); err == nil {
		t.Error("a ledger from another start block was accepted")
	}
	data[0] = LedgerFormat + 1
	if err := src.UnmarshalBinary(data); err == nil {
		t.Error("another format version was accepted")
	}
}

// TestJournal folds logs undoably, undoes to random positions (never below
// the final ones), makes the oldest final, and checks the state against a
// plain fold each time.
func TestJournal(t *testing.T) {
	for _, src := range []VotesSource{VotesDerived, VotesFromEvents} {
		testJournal(t, src)
	}
}

func testJournal(t *testing.T, src VotesSource) {
	logs := randomLogs(t, 7, 400)
	l, _ := NewLedgerOf(tokenAddr, 0, src)
	j := NewJournal(l)
	r := rand.New(rand.NewPCG(4, 4))
	var marks []int // marks[i] = Len before logs[i], for final <= i < done
	final, done := 0, 0
	for done < len(logs) {
		switch {
		case done > final && r.IntN(3) == 0:
			back := max(final, done-1-r.IntN(30))
			j.Undo(marks[back-final])
			marks, done = marks[:back-final], back
			sameLedger(t, "after an undo", l, foldedOf(t, logs[:done], src))
		case done-final > 10 && r.IntN(4) == 0:
			k := done - 10 - final // make logs[final:final+k] final
			m := marks[k]
			j.Forget(m)
			marks = marks[k:]
			for i := range marks {
				marks[i] -= m
			}
			final += k
		default:
			n := min(1+r.IntN(8), len(logs)-done)
			for _, lg := range logs[done : done+n] {
				marks = append(marks, j.Len())
				if err := j.Apply([]types.Log{lg}); err != nil {
					t.Fatal(err)
				}
			}
			done += n
			sameLedger(t, "after folding", l, foldedOf(t, logs[:done], src))
		}
	}
	if final == 0 {
		t.Error("nothing was made final")
	}
}
