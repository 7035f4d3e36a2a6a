package governor

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// historyLogs returns chain-ordered governor logs: proposals created (some
// with empty action lists), votes (some fractional), queued, executed and
// canceled events, and one for a proposal created before the history.
func historyLogs(t *testing.T, seed uint64, n int) []types.Log {
	a := mustABI(t)
	r := rand.New(rand.NewPCG(seed, 3))
	var logs []types.Log
	var ids []*big.Int
	add := func(l types.Log) {
		l.BlockNumber, l.Index = 100+uint64(len(logs)), 0
		l.TxHash = common.BigToHash(big.NewInt(int64(len(logs) + 1)))
		logs = append(logs, l)
	}
	voter := func() common.Hash { return common.BigToHash(big.NewInt(int64(0x500 + r.IntN(9)))) }
	for range n {
		switch k := r.IntN(6); {
		case k == 0 || len(ids) == 0:
			id := big.NewInt(int64(1000 + len(ids)))
			ids = append(ids, id)
			targets, values, sigs, datas := []common.Address{}, []*big.Int{}, []string{}, [][]byte{}
			for range r.IntN(3) {
				targets = append(targets, common.BigToAddress(big.NewInt(r.Int64N(1e6))))
				values = append(values, big.NewInt(r.Int64N(100)))
				sigs = append(sigs, "")
				datas = append(datas, []byte{byte(r.IntN(256)), 2, 3})
			}
			add(eventLog(t, a, "ProposalCreated", nil, id, common.BigToAddress(big.NewInt(7)), targets, values, sigs, datas,
				big.NewInt(10), big.NewInt(20), "# Proposal\nbody"))
		case k == 1:
			add(eventLog(t, a, "VoteCast", []common.Hash{voter()}, ids[r.IntN(len(ids))], uint8(r.IntN(3)), big.NewInt(r.Int64N(1e9)), "why"))
		case k == 2:
			params := make([]byte, 48)
			params[15], params[31], params[47] = 1, 2, 3
			add(eventLog(t, a, "VoteCastWithParams", []common.Hash{voter()}, ids[r.IntN(len(ids))], uint8(255), big.NewInt(6), "", params))
		case k == 3:
			add(eventLog(t, a, "ProposalQueued", nil, ids[r.IntN(len(ids))], big.NewInt(r.Int64N(1e9))))
		case k == 4:
			add(eventLog(t, a, "ProposalExecuted", nil, ids[r.IntN(len(ids))]))
		default:
			add(eventLog(t, a, "ProposalCanceled", nil, big.NewInt(1))) // created before the history
		}
	}
	return logs
}

func newHistory(t *testing.T) *History {
	return &History{abi: mustABI(t), index: map[string]int{}, queuedEta: map[int]uint64{}}
}

func foldHistory(t *testing.T, logs []types.Log) *History {
	h := newHistory(t)
	if err := h.Apply(logs); err != nil {
		t.Fatal(err)
	}
	return h
}

// sameHistory fails unless a and b hold the same state.
func sameHistory(t *testing.T, what string, a, b *History) {
	t.Helper()
	ja, _ := json.Marshal([]any{a.props, a.Votes(), a.queuedEta, a.applied, a.lastBlock, a.lastIndex})
	jb, _ := json.Marshal([]any{b.props, b.Votes(), b.queuedEta, b.applied, b.lastBlock, b.lastIndex})
	if string(ja) != string(jb) || !reflect.DeepEqual(a.index, b.index) {
		t.Fatalf("%s: histories differ:\n%s\n%s", what, ja, jb)
	}
}

func TestHistoryCodec(t *testing.T) {
	for seed := range uint64(4) {
		want := foldHistory(t, historyLogs(t, seed, 200))
		data, err := want.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		got := newHistory(t)
		if err := got.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		sameHistory(t, "round trip", got, want)
		for n := 0; n < len(data); n += 1 + n/8 {
			h := newHistory(t)
			if err := h.UnmarshalBinary(data[:n]); err == nil {
				t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
			}
			if len(h.props) != 0 || len(h.votes) != 0 {
				t.Fatal("a failed decode changed the history")
			}
		}
		r := rand.New(rand.NewPCG(seed, 9))
		for range 300 {
			bad := append([]byte(nil), data...)
			bad[r.IntN(len(bad))] ^= byte(1 + r.IntN(255))
			_ = newHistory(t).UnmarshalBinary(bad) // an error or another state, never a panic
		}
	}
}

// TestHistoryJournal folds undoably, undoes, makes the oldest final, and
// checks against a plain fold; votes handed out before an undo keep their
// values.
func TestHistoryJournal(t *testing.T) {
	logs := historyLogs(t, 11, 300)
	h := newHistory(t)
	j := NewJournal(h)
	r := rand.New(rand.NewPCG(5, 5))
	var marks []int
	final, done := 0, 0
	fold := func(n int) { // the next n logs, one at a time, marking each
		for _, lg := range logs[done : done+n] {
			marks = append(marks, j.Len())
			if err := j.Apply([]types.Log{lg}); err != nil {
				t.Fatal(err)
			}
		}
		done += n
	}
	for done < len(logs) {
		switch {
		case done > final && r.IntN(3) == 0:
			held := h.Votes()
			want, _ := json.Marshal(held)
			back := max(final, done-1-r.IntN(30))
			j.Undo(marks[back-final])
			marks, done = marks[:back-final], back
			sameHistory(t, "after an undo", h, foldHistory(t, logs[:done]))
			fold(min(5, len(logs)-done)) // fold again over what was undone
			if got, _ := json.Marshal(held); string(got) != string(want) {
				t.Fatal("votes handed out before an undo changed")
			}
		case done-final > 10 && r.IntN(4) == 0:
			k := done - 10 - final
			m := marks[k]
			j.Forget(m)
			marks = marks[k:]
			for i := range marks {
				marks[i] -= m
			}
			final += k
		default:
			fold(min(1+r.IntN(8), len(logs)-done))
			sameHistory(t, "after folding", h, foldHistory(t, logs[:done]))
		}
	}
}
