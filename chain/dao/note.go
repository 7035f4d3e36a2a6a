package dao

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/daoterm/daoterm/chain/cache"
	"github.com/daoterm/daoterm/chain/cache/wire"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
)

// readsNote is what the cache keeps per DAO beside the states so that the
// next run's first reads take fewer round trips: the log densities the
// client saw (chain.Client.LogDensities: the blocks after each checkpoint
// need no probe), and the accounts the last ownership snapshot checked
// against the token, with the token's shape (token.Ledger.Checked: the
// snapshot's CallAt is read while the blocks are fetched). It is a hint,
// never a figure.
type readsNote struct {
	densities []byte
	checked   checkedSet
}

// checkedSet is what an ownership snapshot checked against the token: the
// accounts, and whether the token's Transfers were ERC-721 shaped.
type checkedSet struct {
	accounts []common.Address
	nft      bool
}

// readsNoteFormat is the first byte of an encoded readsNote.
const readsNoteFormat = 1

// maxChecked bounds the accounts a note may name (Snapshot checks a few
// dozen at most).
const maxChecked = 256

func (n readsNote) encode() []byte {
	w := wire.NewWriter(len(n.densities) + 20*len(n.checked.accounts) + 16)
	w.Uvarint(readsNoteFormat)
	w.Bytes(n.densities)
	w.Uvarint(uint64(len(n.checked.accounts)))
	for _, a := range n.checked.accounts {
		w.Address(a)
	}
	w.Bool(n.checked.nft)
	return w.Data()
}

// decodeReadsNote reads what encode wrote; ok is false for anything else.
func decodeReadsNote(b []byte) (n readsNote, ok bool) {
	r := wire.NewReader(b)
	if r.Uvarint() != readsNoteFormat || r.Err() != nil {
		return readsNote{}, false
	}
	n.densities = slices.Clone(r.Bytes())
	k := r.Uvarint()
	if r.Err() != nil || k > maxChecked {
		return readsNote{}, false
	}
	for range k {
		n.checked.accounts = append(n.checked.accounts, r.Address())
	}
	n.checked.nft = r.Bool()
	return n, r.Done() == nil
}

func (n readsNote) equal(o readsNote) bool {
	return string(n.densities) == string(o.densities) && n.checked.equal(o.checked)
}

func (c checkedSet) equal(o checkedSet) bool {
	return slices.Equal(c.accounts, o.accounts) && c.nft == o.nft
}

// noteName names the DAO's note in the cache: DAOs of one chain share its
// file, and each keeps its own.
func (d *DAO) noteName() string { return "reads/" + d.cfg.Governor.Hex() }

// providerNoteName names the note of the limits the client's provider
// showed (chain.Client.ProviderNote): every DAO read through it shares it.
func (d *DAO) providerNoteName() string { return "provider/" + d.c.ProviderKey() }

// loadNote reads the DAO's note from the cache: the client is given its
// log densities and its provider's limits, the ownership reads its
// accounts to prefetch.
func (d *DAO) loadNote() {
	store := d.cfg.Cache
	if store == nil {
		return
	}
	notes, err := store.LoadNotes(d.noteName(), d.providerNoteName())
	switch {
	case errors.Is(err, cache.ErrBusy):
		d.cacheBusy.Store(true) // the streams do not wait again
		d.note(fmt.Sprintf("%v: reading without it", err))
		return
	case err != nil:
		d.note(err.Error()) // a file set aside: it is rebuilt
		return
	}
	if p := notes[1]; p != nil {
		d.c.SeedProviderNote(p, time.Now())
		d.mu.Lock()
		d.provider = p
		d.mu.Unlock()
	}
	n, ok := decodeReadsNote(notes[0])
	if !ok {
		return
	}
	d.mu.Lock()
	d.saved, d.lastCheck = n, n.checked
	d.mu.Unlock()
	d.c.SeedLogDensities(n.densities)
}

// saveNote keeps the DAO's note in the cache when it changed since it was
// loaded or last saved: with a checkpoint (the densities change with every
// read), or, with checkedOnly, when the accounts checked did; and the
// provider's note, when the client learned a limit. A failure is not worth
// a note.
func (d *DAO) saveNote(checkedOnly bool) {
	store := d.cfg.Cache
	if store == nil || d.cacheBusy.Load() {
		return
	}
	d.mu.Lock()
	n := readsNote{densities: d.saved.densities, checked: d.lastCheck}
	if !checkedOnly || len(n.densities) == 0 {
		n.densities = d.c.LogDensities()
	}
	same := n.equal(d.saved)
	d.saved = n
	p := d.c.ProviderNote()
	if bytes.Equal(p, d.provider) {
		p = nil // unchanged
	} else if p != nil {
		d.provider = p
	}
	d.mu.Unlock()
	if !same {
		_ = store.SaveNote(d.noteName(), n.encode())
	}
	if p != nil {
		_ = store.SaveNote(d.providerNoteName(), p)
	}
}

// noteChecked records the accounts an ownership snapshot checked.
func (d *DAO) noteChecked(l *token.Ledger) {
	c := checkedSet{accounts: l.Checked(), nft: l.NFT()}
	d.mu.Lock()
	d.lastCheck = c
	d.mu.Unlock()
}

// prefetch starts reading, at block, the CallAt an ownership snapshot makes
// for the accounts the last one checked (see token.Ledger.ReadPrefetch),
// while the token's blocks are fetched and folded. The channel gives nil
// where there is nothing to go by, or the read failed (the snapshot then
// reads for itself).
func (d *DAO) prefetch(ctx context.Context, block uint64) <-chan *token.Prefetch {
	out := make(chan *token.Prefetch, 1)
	d.mu.Lock()
	last := d.lastCheck
	d.mu.Unlock()
	if len(last.accounts) == 0 {
		out <- nil
		return out
	}
	go func() {
		pre, err := d.tokProto.ReadPrefetch(ctx, d.c, block, last.accounts, last.nft)
		if err != nil {
			pre = nil
		}
		out <- pre
	}()
	return out
}
