package token

import (
	"bytes"
	"math/big"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// view is a Ledger's holders and delegates sorted as a Snapshot lists them.
// Once built it is kept up to date by the fold: the Ledger notes, for each
// account a log touches, its entries as they were when the view was last
// refreshed (dirty), and refresh re-places only those accounts. A refresh
// makes new slices and never changes old ones, so Snapshots of earlier
// blocks (read on other goroutines) can share them: a new block costs a
// copy of the sorted slices and O(changed × log holders), not a sort of
// every holder.
type view struct {
	holders    []Holder   // never modified once published
	delegates  []Delegate // never modified once published (Delegators neither)
	totalVotes *big.Int
}

// prior is an account's entries when the view was last refreshed.
type prior struct {
	bal, votes uint256.Int
	del        common.Address
}

// touch notes a's entries before a log changes them, when there is a view
// to keep up to date (a cold fold keeps none: the first Snapshot builds it).
func (l *Ledger) touch(a common.Address) {
	if l.view == nil || a == (common.Address{}) {
		return
	}
	if _, ok := l.dirty[a]; ok {
		return
	}
	l.dirty[a] = prior{bal: l.balances[a], votes: l.votes[a], del: l.delegateOf[a]}
}

// refresh brings the view up to date with the folded state and returns it.
func (l *Ledger) refresh() *view {
	if l.view != nil && len(l.dirty) == 0 {
		return l.view
	}
	var v *view
	if l.view != nil {
		v = l.update()
	}
	if v == nil { // the first, or the update found the view inconsistent
		v = assemble(l.balances, l.delegateOf, l.votes)
	}
	l.view, l.dirty = v, make(map[common.Address]prior)
	return v
}

// cmpHolder orders holders by balance, largest first, then by address.
func cmpHolder(x, y *Holder) int {
	if c := y.Balance.Cmp(x.Balance); c != 0 {
		return c
	}
	return bytes.Compare(x.Address[:], y.Address[:])
}

// cmpDelegate orders delegates by votes, largest first, then by address.
func cmpDelegate(x, y *Delegate) int {
	if c := y.Votes.Cmp(x.Votes); c != 0 {
		return c
	}
	return bytes.Compare(x.Address[:], y.Address[:])
}

func cmpAddr(x, y common.Address) int { return bytes.Compare(x[:], y[:]) }

// update returns a new view from l.view and the accounts in l.dirty, or
// nil when an account is not where its prior entries place it.
func (l *Ledger) update() *view {
	old := l.view
	// Holders: drop each touched account's old entry, insert its new one.
	var drop []int
	var add []Holder
	total := new(big.Int).Set(old.totalVotes)
	type change struct{ add, remove []common.Address }
	lists := make(map[common.Address]*change) // delegates whose delegators change
	listOf := func(d common.Address) *change {
		c := lists[d]
		if c == nil {
			c = new(change)
			lists[d] = c
		}
		return c
	}
	for a, p := range l.dirty {
		bal, votes, del := l.balances[a], l.votes[a], l.delegateOf[a]
		total.Add(total, bigOf(votes)).Sub(total, bigOf(p.votes))
		if !p.bal.IsZero() || !p.votes.IsZero() {
			key := Holder{Address: a, Balance: bigOf(p.bal)}
			i, found := slices.BinarySearchFunc(old.holders, &key, func(h Holder, k *Holder) int { return cmpHolder(&h, k) })
			if !found {
				return nil
			}
			drop = append(drop, i)
		}
		if !bal.IsZero() || !votes.IsZero() {
			add = append(add, Holder{Address: a, Balance: bigOf(bal), Delegate: del, Votes: bigOf(votes)})
		}
		was := p.del != (common.Address{}) && !p.bal.IsZero()
		now := del != (common.Address{}) && !bal.IsZero()
		if was && (!now || del != p.del) {
			c := listOf(p.del)
			c.remove = append(c.remove, a)
		}
		if now && (!was || del != p.del) {
			c := listOf(del)
			c.add = append(c.add, a)
		}
	}
	sort.Ints(drop)
	slices.SortFunc(add, func(x, y Holder) int { return cmpHolder(&x, &y) })
	holders := splice(old.holders, drop, add, cmpHolder)

	// Delegates: re-place those whose votes or delegators changed.
	drop, touched := drop[:0], make([]common.Address, 0, len(lists))
	for d := range lists {
		touched = append(touched, d)
	}
	for a := range l.dirty {
		if lists[a] == nil {
			touched = append(touched, a)
		}
	}
	var addD []Delegate
	for _, d := range touched {
		oldVotes := l.votes[d]
		if p, ok := l.dirty[d]; ok {
			oldVotes = p.votes
		}
		var delegators []common.Address
		key := Delegate{Address: d, Votes: bigOf(oldVotes)}
		i, found := slices.BinarySearchFunc(old.delegates, &key, func(x Delegate, k *Delegate) int { return cmpDelegate(&x, k) })
		if found {
			drop = append(drop, i)
			delegators = old.delegates[i].Delegators
		} else if !oldVotes.IsZero() {
			return nil
		}
		if c := lists[d]; c != nil {
			delegators = slices.Clone(delegators)
			for _, a := range c.remove {
				j, ok := slices.BinarySearchFunc(delegators, a, cmpAddr)
				if !ok {
					return nil
				}
				delegators = slices.Delete(delegators, j, j+1)
			}
			for _, a := range c.add {
				j, ok := slices.BinarySearchFunc(delegators, a, cmpAddr)
				if ok {
					return nil
				}
				delegators = slices.Insert(delegators, j, a)
			}
		}
		if votes := l.votes[d]; !votes.IsZero() || len(delegators) > 0 {
			if delegators == nil {
				delegators = []common.Address{}
			}
			addD = append(addD, Delegate{Address: d, Votes: bigOf(votes), Delegators: delegators})
		}
	}
	sort.Ints(drop)
	slices.SortFunc(addD, func(x, y Delegate) int { return cmpDelegate(&x, &y) })
	delegates := splice(old.delegates, drop, addD, cmpDelegate)
	return &view{holders: holders, delegates: delegates, totalVotes: total}
}

// splice returns a new slice: old (sorted by cmp) without the entries at
// the indexes drop (ascending), with add (sorted by cmp) merged in. It
// copies old in runs and binary-searches where each added entry goes.
func splice[T any](old []T, drop []int, add []T, cmp func(x, y *T) int) []T {
	out := make([]T, 0, len(old)-len(drop)+len(add))
	oi, di := 0, 0
	for ai := 0; ai <= len(add); ai++ {
		end := len(old)
		if ai < len(add) {
			k := &add[ai]
			end = sort.Search(len(old), func(i int) bool { return cmp(&old[i], k) > 0 })
		}
		for di < len(drop) && drop[di] < end {
			out = append(out, old[oi:drop[di]]...)
			oi = drop[di] + 1
			di++
		}
		if oi < end {
			out = append(out, old[oi:end]...)
			oi = end
		}
		if ai < len(add) {
			out = append(out, add[ai])
		}
	}
	return out
}

// checkSet returns the accounts Snapshot checks against the token's own
// votes getter: the delegates with the most votes and the largest holders
// who never delegated (and hold no votes).
func (v *view) checkSet() []common.Address {
	var out []common.Address
	for i := 0; i < len(v.delegates) && i < checkDelegates; i++ {
		if d := &v.delegates[i]; d.Votes.Sign() > 0 {
			out = append(out, d.Address)
		}
	}
	n := 0
	for i := 0; i < len(v.holders) && n < checkUndelegated; i++ {
		h := &v.holders[i]
		if h.Delegate == (common.Address{}) && h.Votes.Sign() == 0 && h.Balance.Sign() > 0 {
			out = append(out, h.Address)
			n++
		}
	}
	return out
}
