package cache

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

var (
	genesis = common.HexToHash("0x01")
	chainID = big.NewInt(1337)
)

func open(t *testing.T, dir string, id *big.Int, g common.Hash) *Store {
	t.Helper()
	s, err := Open(dir, id, g)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, chainID, genesis)
	if cps, notes, err := s.Load("k"); err != nil || len(cps) != 0 || len(notes) != 0 {
		t.Fatalf("empty store: %v %v %v", cps, notes, err)
	}
	for b := uint64(10); b <= 14; b++ {
		if err := s.Save("k", Checkpoint{Block: b, Hash: common.BigToHash(new(big.Int).SetUint64(b)), Data: []byte{byte(b)}}, 3); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Save("other", Checkpoint{Block: 1, Data: nil}, 0); err != nil {
		t.Fatal(err)
	}
	cps, notes, err := s.Load("k")
	if err != nil || len(notes) != 0 {
		t.Fatal(err, notes)
	}
	if len(cps) != 3 || cps[0].Block != 14 || cps[2].Block != 12 || !bytes.Equal(cps[0].Data, []byte{14}) || cps[0].Hash != common.BigToHash(big.NewInt(14)) {
		t.Fatalf("checkpoints %+v, want 14, 13, 12", cps)
	}
	if err := s.Drop("k", 14); err != nil {
		t.Fatal(err)
	}
	if cps, _, _ := s.Load("k"); len(cps) != 2 || cps[0].Block != 13 {
		t.Fatalf("after Drop: %+v", cps)
	}

	// Another chain id or genesis: another file, nothing found.
	for _, o := range []*Store{open(t, dir, big.NewInt(1), genesis), open(t, dir, chainID, common.HexToHash("0x02"))} {
		if cps, _, err := o.Load("k"); err != nil || len(cps) != 0 {
			t.Errorf("%s: %d checkpoints of another chain (%v)", o.Path(), len(cps), err)
		}
	}
	// A file of another chain under this chain's name is refused.
	if err := os.Rename(s.Path(), open(t, dir, big.NewInt(5), genesis).Path()); err != nil {
		t.Fatal(err)
	}
	if _, _, err := open(t, dir, big.NewInt(5), genesis).Load("k"); err == nil || !strings.Contains(err.Error(), "belongs to chain") {
		t.Errorf("a renamed file of another chain: %v", err)
	}

	infos, err := List(dir)
	if err != nil || len(infos) != 1 || len(infos[0].Entries) != 3 || infos[0].ChainID != "1337" || infos[0].Genesis != genesis {
		t.Fatalf("List: %+v %v", infos, err)
	}
	removed, err := Clear(dir)
	if err != nil || len(removed) != 1 {
		t.Fatalf("Clear: %v %v", removed, err)
	}
	if infos, _ := List(dir); len(infos) != 0 {
		t.Errorf("after Clear: %+v", infos)
	}
}

// corrupt rewrites the value of key at block with f applied.
func corrupt(t *testing.T, s *Store, key string, block uint64, f func([]byte) []byte) {
	t.Helper()
	db, err := bolt.Open(s.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		kb := tx.Bucket(dataBucket).Bucket([]byte(key))
		v := append([]byte(nil), kb.Get(blockKey(block))...)
		return kb.Put(blockKey(block), f(v))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestCorruptAndVersions(t *testing.T) {
	s := open(t, t.TempDir(), chainID, genesis)
	data := bytes.Repeat([]byte{7}, 1000)
	for _, b := range []uint64{1, 2, 3} {
		if err := s.Save("k", Checkpoint{Block: b, Data: data}, 3); err != nil {
			t.Fatal(err)
		}
	}
	corrupt(t, s, "k", 3, func(v []byte) []byte { v[500] ^= 1; return v }) // a flipped bit
	corrupt(t, s, "k", 2, func(v []byte) []byte { return v[:len(v)/2] })   // truncated
	cps, notes, err := s.Load("k")
	if err != nil || len(cps) != 1 || cps[0].Block != 1 || len(notes) != 2 || !strings.Contains(notes[0], "checksum") {
		t.Fatalf("got %+v, notes %q, %v; want block 1 and two notes", cps, notes, err)
	}
	// A value of another format version is skipped without a note.
	corrupt(t, s, "k", 1, func(v []byte) []byte { v[0] = Version + 1; return v })
	if cps, notes, err := s.Load("k"); err != nil || len(cps) != 0 || len(notes) != 2 {
		t.Fatalf("another version: %+v %q %v", cps, notes, err)
	}

	// A file bbolt cannot read is set aside, and the next Save starts afresh.
	if err := os.WriteFile(s.Path(), bytes.Repeat([]byte("garbage!"), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Load("k"); err == nil || !strings.Contains(err.Error(), "set aside") {
		t.Fatalf("a garbage file: %v", err)
	}
	if err := s.Save("k", Checkpoint{Block: 9, Data: data}, 3); err != nil {
		t.Fatal(err)
	}
	if cps, _, err := s.Load("k"); err != nil || len(cps) != 1 || cps[0].Block != 9 {
		t.Fatalf("after starting afresh: %+v %v", cps, err)
	}
}

// TestBusy holds the file's write lock as another process would.
func TestBusy(t *testing.T) {
	s := open(t, t.TempDir(), chainID, genesis)
	if err := s.Save("k", Checkpoint{Block: 1}, 0); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(s.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Load("k"); !errors.Is(err, ErrBusy) {
		t.Errorf("Load under another's lock: %v", err)
	}
	if err := s.Save("k", Checkpoint{Block: 2}, 0); !errors.Is(err, ErrBusy) {
		t.Errorf("Save under another's lock: %v", err)
	}
	db.Close()
	if cps, _, err := s.Load("k"); err != nil || len(cps) != 1 {
		t.Errorf("after the lock is gone: %+v %v", cps, err)
	}
}

// TestHasForget: Has tells whether a key has checkpoints, without reading
// them; Forget drops all of a key's and no other key's.
func TestHasForget(t *testing.T) {
	s := open(t, t.TempDir(), chainID, genesis)
	has := func(k string) bool {
		t.Helper()
		ok, err := s.Has(k)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if has("k") {
		t.Error("an empty store has k")
	}
	if err := s.Forget("k"); err != nil {
		t.Errorf("forgetting in an empty store: %v", err)
	}
	for b := uint64(1); b <= 2; b++ {
		for _, k := range []string{"k", "other"} {
			if err := s.Save(k, Checkpoint{Block: b, Data: []byte{1}}, 0); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !has("k") || has("none") {
		t.Errorf("has k %v, has none %v", has("k"), has("none"))
	}
	if err := s.Forget("k"); err != nil {
		t.Fatal(err)
	}
	if cps, _, _ := s.Load("k"); has("k") || len(cps) != 0 {
		t.Errorf("after Forget: has %v, %d checkpoints", has("k"), len(cps))
	}
	if cps, _, _ := s.Load("other"); len(cps) != 2 {
		t.Errorf("Forget took other's checkpoints: %d left", len(cps))
	}
}

// TestNotes: a note is kept beside the checkpoints once there are some,
// comes back as written, and is nil when absent or damaged; Load and List
// do not see it.
func TestNotes(t *testing.T) {
	loadNote := func(s *Store, name string) ([]byte, error) {
		out, err := s.LoadNotes(name)
		return out[0], err
	}
	dir := t.TempDir()
	s := open(t, dir, chainID, genesis)
	if err := s.SaveNote("n", []byte("before")); err != nil {
		t.Fatal(err)
	}
	if got, err := loadNote(s, "n"); err != nil || got != nil {
		t.Fatalf("a note before any checkpoint: %q %v, want none", got, err)
	}
	if err := s.Save("k", Checkpoint{Block: 1, Data: []byte{1}}, 0); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"first", "second", ""} {
		if err := s.SaveNote("n", []byte(want)); err != nil {
			t.Fatal(err)
		}
		if got, err := loadNote(s, "n"); err != nil || string(got) != want {
			t.Fatalf("note %q, %v; want %q", got, err, want)
		}
	}
	if got, err := loadNote(s, "other"); err != nil || got != nil {
		t.Errorf("an absent note: %q %v", got, err)
	}
	if cps, notes, err := s.Load("k"); err != nil || len(cps) != 1 || len(notes) != 0 {
		t.Errorf("Load with a note beside: %+v %v %v", cps, notes, err)
	}
	if infos, err := List(dir); err != nil || len(infos) != 1 || len(infos[0].Entries) != 1 {
		t.Errorf("List with a note beside: %+v %v", infos, err)
	}
	// A note whose bytes changed on disk fails its checksum: none.
	if err := s.SaveNote("n", []byte("intact")); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(s.Path(), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		v := slices.Clone(tx.Bucket(metaBucket).Get([]byte(notePrefix + "n")))
		v[0] ^= 1
		return tx.Bucket(metaBucket).Put([]byte(notePrefix+"n"), v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := loadNote(s, "n"); err != nil || got != nil {
		t.Errorf("a damaged note: %q %v, want none", got, err)
	}
}
