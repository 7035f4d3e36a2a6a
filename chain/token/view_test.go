package token

import (
	"fmt"
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// churnLogs returns n chain-ordered Transfer and DelegateChanged logs over
// accts: mints, transfers (some emptying an account), burns, delegations,
// re-delegations and un-delegations, with votes that follow.
func churnLogs(t testing.TB, r *rand.Rand, accts []common.Address, n int) []types.Log {
	b := newBuilder(t)
	bal := map[common.Address]int64{}
	del := map[common.Address]common.Address{}
	zero := common.Address{}
	for range n {
		a, c := accts[r.IntN(len(accts))], accts[r.IntN(len(accts))]
		switch k := r.IntN(10); {
		case k < 2 || bal[a] == 0:
			v := 1 + r.Int64N(1000)
			b.transfer(zero, a, v)
			bal[a] += v
		case k < 6:
			v := 1 + r.Int64N(bal[a])
			if r.IntN(3) == 0 {
				v = bal[a] // empties a
			}
			b.transfer(a, c, v)
			bal[a] -= v
			bal[c] += v
		case k == 6:
			v := 1 + r.Int64N(bal[a])
			b.transfer(a, zero, v)
			bal[a] -= v
		case k == 7:
			b.delegate(a, del[a], zero)
			delete(del, a)
		default:
			b.delegate(a, del[a], c)
			del[a] = c
		}
	}
	return b.logs
}

// sameView fails unless got lists exactly what want does.
func sameView(t *testing.T, what string, got, want *view) {
	t.Helper()
	if s, w := dumpView(got), dumpView(want); s != w {
		t.Fatalf("%s: the kept view differs from one built afresh:\n got %s\nwant %s", what, s, w)
	}
}

func dumpView(v *view) string {
	var s strings.Builder
	fmt.Fprintf(&s, "total %s\n", v.totalVotes)
	for _, h := range v.holders {
		fmt.Fprintf(&s, "H %x %s %x %s\n", h.Address[18:], h.Balance, h.Delegate[18:], h.Votes)
	}
	for _, d := range v.delegates {
		fmt.Fprintf(&s, "D %x %s %d:", d.Address[18:], d.Votes, len(d.Delegators))
		for _, a := range d.Delegators {
			fmt.Fprintf(&s, " %x", a[18:])
		}
		s.WriteString("\n")
	}
	return s.String()
}

// TestViewIncremental folds random transfers and delegations undoably,
// undoes some (a reorg), and after each step checks that the view kept up
// to date by the fold equals one sorted afresh from the folded state, and
// that views handed out before were not changed.
func TestViewIncremental(t *testing.T) {
	for seed := range uint64(4) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 8))
			accts := make([]common.Address, 8+r.IntN(40))
			for i := range accts {
				accts[i] = common.BigToAddress(big.NewInt(int64(0x1000 + i)))
			}
			logs := churnLogs(t, r, accts, 1000)
			l, _ := NewLedger(tokenAddr, 0)
			j := NewJournal(l)
			var marks []int
			done := 0
			type handed struct {
				v    *view
				dump string
			}
			var out []handed
			for done < len(logs) {
				if done > 0 && r.IntN(4) == 0 {
					back := max(0, done-1-r.IntN(20))
					j.Undo(marks[back])
					marks, done = marks[:back], back
				} else {
					n := min(1+r.IntN(12), len(logs)-done)
					for _, lg := range logs[done : done+n] {
						marks = append(marks, j.Len())
						if err := j.Apply([]types.Log{lg}); err != nil {
							t.Fatal(err)
						}
					}
					done += n
				}
				if r.IntN(3) == 0 {
					continue // let changes pile up before the next refresh
				}
				v := l.refresh()
				sameView(t, fmt.Sprintf("after %d logs", done), v, assemble(l.balances, l.delegateOf, l.votes))
				if got, w := v.checkSet(), checkSetOf(l); !slices.Equal(got, w) {
					t.Fatalf("check set %v, want %v", got, w)
				}
				out = append(out, handed{v, dumpView(v)})
			}
			for i, h := range out {
				if dumpView(h.v) != h.dump {
					t.Fatalf("view %d was changed after it was handed out", i)
				}
			}
			// A ledger read from its encoding has its view built from the
			// encoded order, and keeps it up to date from there.
			data, err := l.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			m, _ := NewLedger(tokenAddr, 0)
			if err := m.UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
			sameView(t, "decoded", m.refresh(), assemble(l.balances, l.delegateOf, l.votes))
			more := churnLogs(t, r, accts, 50)
			for i := range more {
				more[i].BlockNumber += logs[len(logs)-1].BlockNumber
			}
			if err := m.Apply(more); err != nil {
				t.Fatal(err)
			}
			sameView(t, "decoded, then folded", m.refresh(), assemble(m.balances, m.delegateOf, m.votes))
		})
	}
}

// checkSetOf is the check set computed from the ledger's maps: the
// delegates with the most votes and the largest holders with no delegate
// and no votes, ties by address.
func checkSetOf(l *Ledger) []common.Address {
	type av struct {
		a common.Address
		v *big.Int
	}
	top := func(all []av, n int) []common.Address {
		slices.SortFunc(all, func(x, y av) int {
			if c := y.v.Cmp(x.v); c != 0 {
				return c
			}
			return cmpAddr(x.a, y.a)
		})
		var out []common.Address
		for _, x := range all[:min(n, len(all))] {
			out = append(out, x.a)
		}
		return out
	}
	var dels, und []av
	for a, v := range l.votes {
		dels = append(dels, av{a, v.ToBig()})
	}
	for a, b := range l.balances {
		if _, ok := l.delegateOf[a]; !ok && l.votes[a] == (uint256.Int{}) && !b.IsZero() {
			und = append(und, av{a, b.ToBig()})
		}
	}
	return append(top(dels, checkDelegates), top(und, checkUndelegated)...)
}

// BenchmarkNewBlock measures what a new block costs the ownership kept by
// a DAO at 2·10⁵ holders (4,000 of them delegating): folding a block of 20
// transfers undoably and producing the new sorted holders and delegates
// and the accounts checked against the token (Snapshot without its one
// CallAt). It reports ms/op and allocations.
func BenchmarkNewBlock(b *testing.B) {
	const holders, perBlock = 200_000, 20
	r := rand.New(rand.NewPCG(1, 2))
	lb, accts := benchHolders(b, r, holders, 4_000, 1)
	l, _ := NewLedger(tokenAddr, 0)
	if err := l.Apply(lb.logs); err != nil {
		b.Fatal(err)
	}
	l.refresh()
	j := NewJournal(l)
	block := lb.logs[len(lb.logs)-1].BlockNumber
	m := meta{supply: big.NewInt(1)} // as read from totalSupply()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		block++
		logs := make([]types.Log, perBlock)
		for k := range logs {
			from, to := accts[r.IntN(holders)], accts[r.IntN(holders)]
			logs[k] = types.Log{Address: tokenAddr, BlockNumber: block, Index: uint(k),
				Topics: []common.Hash{lb.p.transfer, addrTopic(from), addrTopic(to)},
				Data:   common.LeftPadBytes(big.NewInt(1).Bytes(), 32)}
		}
		if err := j.Apply(logs); err != nil {
			b.Fatal(err)
		}
		v := l.refresh()
		if len(v.checkSet()) == 0 {
			b.Fatal("nothing to check")
		}
		if snap, err := l.snapshot(m, block, v); err != nil || len(snap.Holders) < holders {
			b.Fatalf("%d holders", len(snap.Holders))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
}

// TestViewReadWhileFolding reads views handed out (as the dashboard reads
// a snapshot on its own goroutine) while the ledger folds, undoes and
// refreshes: run with -race, it finds any write to a slice handed out.
func TestViewReadWhileFolding(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	accts := make([]common.Address, 30)
	for i := range accts {
		accts[i] = common.BigToAddress(big.NewInt(int64(0x2000 + i)))
	}
	logs := churnLogs(t, r, accts, 600)
	l, _ := NewLedger(tokenAddr, 0)
	j := NewJournal(l)
	views := make(chan *view, 8)
	done := make(chan int)
	go func() {
		n := 0
		for v := range views {
			for _, h := range v.holders {
				n += h.Balance.Sign() + h.Votes.Sign() + int(h.Delegate[19])
			}
			for _, d := range v.delegates {
				n += len(d.Delegators) + d.Votes.Sign()
			}
		}
		done <- n
	}()
	for i := range logs {
		mark := j.Len()
		if err := j.Apply(logs[i : i+1]); err != nil {
			t.Fatal(err)
		}
		if i%5 == 4 {
			j.Undo(mark)
			if err := j.Apply(logs[i : i+1]); err != nil {
				t.Fatal(err)
			}
		}
		views <- l.refresh()
	}
	close(views)
	<-done
}

// BenchmarkColdFold: the CPU and allocations of folding a history of
// 10⁶ transfers among 2·10⁵ holders, 4,000 of whom delegate, into an
// empty Ledger (a cold sync's fold, decoding apart), per log.
func BenchmarkColdFold(b *testing.B) {
	const holders, transfers = 200_000, 1_000_000
	r := rand.New(rand.NewPCG(3, 4))
	lb, accts := benchHolders(b, r, holders, 4_000, 1_000_000_000)
	for range transfers - holders {
		lb.transfer(accts[r.IntN(holders)], accts[r.IntN(holders)], 1+r.Int64N(1000))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		l, _ := NewLedger(tokenAddr, 0)
		if err := l.Apply(lb.logs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(lb.logs)), "ns/log")
}

// TestAssembleOrder: assemble, sorting uint256 balances, orders holders
// exactly as cmpHolder does, across word boundaries and equal balances, and
// their big.Ints are the balances.
func TestAssembleOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	balances := make(map[common.Address]uint256.Int)
	var want []Holder
	for i, n := range r.Perm(3000) {
		var b *big.Int
		switch i % 5 {
		case 0: // small, many equal
			b = big.NewInt(int64(1 + r.IntN(20)))
		case 1: // around 2^64
			b = new(big.Int).Lsh(big.NewInt(1), 64)
			b.Add(b, big.NewInt(int64(r.IntN(5))-2))
		case 2: // same top bits, different low bits; or around 2^128
			b = new(big.Int).Lsh(big.NewInt(0x1234_5678_9abc), 150)
			if r.IntN(2) == 0 {
				b = new(big.Int).Lsh(big.NewInt(1), 128)
			}
			b.Add(b, big.NewInt(int64(r.IntN(1000))-500))
		default: // anything up to 2^256
			b = new(big.Int).Rand(r2big(r), new(big.Int).Lsh(big.NewInt(1), uint(r.IntN(256)+1)))
			b.Add(b, big.NewInt(1))
		}
		a := common.BigToAddress(big.NewInt(int64(n + 1)))
		var u uint256.Int
		if u.SetFromBig(b) {
			continue
		}
		balances[a] = u
		want = append(want, Holder{Address: a, Balance: b})
	}
	slices.SortFunc(want, func(x, y Holder) int { return cmpHolder(&x, &y) })
	hs := assemble(balances, nil, nil).holders
	if len(hs) != len(want) {
		t.Fatalf("%d holders, want %d", len(hs), len(want))
	}
	for i := range hs {
		if hs[i].Address != want[i].Address || hs[i].Balance.Cmp(want[i].Balance) != 0 {
			t.Fatalf("holder %d: %s %s, want %s %s", i, hs[i].Address.Hex(), hs[i].Balance, want[i].Address.Hex(), want[i].Balance)
		}
	}
}

// r2big adapts a math/rand/v2 source to big.Int.Rand's math/rand.
func r2big(r *rand.Rand) *mrand.Rand { return mrand.New(mrand.NewSource(r.Int64())) }

// benchHolders is a history that mints to each of holders accounts
// between least and least+10⁶ tokens, then delegates every seventh
// account's votes (delegations of them) to one of the first 50: its logs,
// and the accounts.
func benchHolders(b *testing.B, r *rand.Rand, holders, delegations int, least int64) (*logBuilder, []common.Address) {
	lb := newBuilder(b)
	accts := make([]common.Address, holders)
	for i := range accts {
		accts[i] = common.BigToAddress(big.NewInt(int64(0x10000 + i)))
		lb.transfer(common.Address{}, accts[i], least+r.Int64N(1_000_000))
	}
	for i := range delegations {
		lb.delegate(accts[i*7], common.Address{}, accts[r.IntN(50)])
	}
	return lb, accts
}
