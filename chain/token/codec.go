package token

import (
	"fmt"
	"math"
	"sync"

	"github.com/daoterm/daoterm/chain/cache/wire"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// LedgerFormat is the version of the encoding MarshalBinary writes. It
// changes whenever the encoding or the meaning of a Ledger's fields does,
// so that a cache written by another version is never read as this one.
const LedgerFormat = 2

// MarshalBinary encodes the folded state of l (not its ABI): the token, the
// first block, the last log applied, and every balance, delegation and
// voting power, in a compact binary form (see chain/cache/wire). Balances
// come largest first, as a Snapshot lists holders, so that UnmarshalBinary
// need not sort them again (l's sorted view is brought up to date first).
func (l *Ledger) MarshalBinary() ([]byte, error) {
	v := l.refresh()
	w := wire.NewWriter(64 + len(l.balances)*34 + len(l.delegateOf)*40 + len(l.votes)*34)
	w.Uvarint(LedgerFormat)
	w.Address(l.token)
	w.Uvarint(l.from)
	w.Bool(l.nft)
	w.Bool(l.applied)
	w.Uvarint(l.lastBlock)
	w.Uvarint(uint64(l.lastIndex))
	w.Uvarint(uint64(len(l.balances)))
	for i := range v.holders {
		if h := &v.holders[i]; h.Balance.Sign() > 0 {
			w.Address(h.Address)
			w.Big(h.Balance)
		}
	}
	for a, b := range l.balances { // zero balances are kept too
		if b.IsZero() {
			w.Address(a)
			w.Uint256(&b)
		}
	}
	w.Uvarint(uint64(len(l.delegateOf)))
	for a, d := range l.delegateOf {
		w.Address(a)
		w.Address(d)
	}
	w.Uvarint(uint64(len(l.votes)))
	for a, v := range l.votes {
		w.Address(a)
		w.Uint256(&v)
	}
	return w.Data(), nil
}

// UnmarshalBinary replaces l's folded state with the one data encodes. l
// must come from NewLedger with the same token and first block as the
// encoded one. A corrupt, truncated or foreign encoding is an error (and
// leaves l unchanged), never a panic. l's sorted view is built from the
// balances' order (sorted again only if they do not come sorted).
func (l *Ledger) UnmarshalBinary(data []byte) error {
	r := wire.NewReader(data)
	if v := r.Uvarint(); r.Err() == nil && v != LedgerFormat {
		return fmt.Errorf("token ledger encoding version %d, want %d", v, LedgerFormat)
	}
	tok, from := r.Address(), r.Uvarint()
	nft, applied := r.Bool(), r.Bool()
	lastBlock, lastIndex := r.Uvarint(), r.Uvarint()
	if r.Err() == nil && (tok != l.token || from != l.from) {
		return fmt.Errorf("token ledger of %s from block %d, want %s from block %d", tok.Hex(), from, l.token.Hex(), l.from)
	}
	if lastIndex > math.MaxUint32 {
		return fmt.Errorf("token ledger: %w: log index %d", wire.ErrCorrupt, lastIndex)
	}
	n := r.Count(common.AddressLength + 1)
	type entry struct {
		a common.Address
		b uint256.Int
	}
	entries := make([]entry, n)
	for i := range entries {
		entries[i] = entry{r.Address(), r.Uint256()}
	}
	n = r.Count(2 * common.AddressLength)
	delegateOf := make(map[common.Address]common.Address, n)
	for range n {
		a := r.Address()
		delegateOf[a] = r.Address()
	}
	n = r.Count(common.AddressLength + 1)
	votes := make(map[common.Address]uint256.Int, n)
	for range n {
		a := r.Address()
		votes[a] = r.Uint256()
	}
	if err := r.Done(); err != nil {
		return fmt.Errorf("token ledger: %w", err)
	}
	// The balances' map is built on a goroutine of its own while the
	// holders are made (each about half the decoding at 2·10⁵ holders).
	balances := make(map[common.Address]uint256.Int, len(entries))
	var twice *common.Address
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range entries {
			k := len(balances)
			balances[entries[i].a] = entries[i].b // one lookup, not two
			if len(balances) == k {
				twice = &entries[i].a
				return
			}
		}
	})
	holders := make([]Holder, 0, len(entries))
	var s bigs
	for i := range entries {
		if e := &entries[i]; !e.b.IsZero() && e.a != (common.Address{}) {
			v := votes[e.a]
			holders = append(holders, Holder{Address: e.a, Balance: s.of(&e.b), Delegate: delegateOf[e.a], Votes: s.of(&v)})
		}
	}
	wg.Wait()
	if twice != nil {
		return fmt.Errorf("token ledger: %w: two balances of %s", wire.ErrCorrupt, twice.Hex())
	}
	l.balances, l.delegateOf, l.votes = balances, delegateOf, votes
	l.view, l.dirty = assembleFrom(holders, &s, balances, delegateOf, votes), make(map[common.Address]prior)
	l.nft, l.applied, l.lastBlock, l.lastIndex = nft, applied, lastBlock, uint(lastIndex)
	return nil
}
