// Package cache keeps daoterm's folded chain state between runs: per chain
// (chain id and genesis hash) and per key (a contract and what was folded
// from its logs), a few checkpoints, each the state at a confirmed block
// together with that block's hash.
//
// The store is bbolt (go.etcd.io/bbolt), one file per chain under the cache
// directory. A file is opened for each operation and closed after it, so
// several daoterm processes (the dashboard and a CLI command) share it: bbolt
// takes a shared file lock to read and an exclusive one to write. A process
// that cannot get the lock within a moment gets ErrBusy and goes on without
// the cache rather than wait.
//
// Every value carries a header — format Version, chain id, genesis hash,
// key, block and block hash — and a CRC-32C of it all. A value of another
// version is ignored; one whose checksum or header does not match is
// reported (see Load) and never returned, so a truncated or corrupt cache
// is rebuilt, never misread. A file bbolt cannot open is set aside and
// started afresh.
package cache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/daoterm/daoterm/chain/cache/wire"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// Version is the format of the values this package writes and reads. A
// value of another version is never read: the state is rebuilt.
const Version = 1

// DefaultKeep is how many checkpoints Save keeps per key.
const DefaultKeep = 3

// LockWait is how long an operation waits for another process's lock
// before it gives up with ErrBusy: long enough for another process's write
// of a large state, far shorter than the sync it saves.
const LockWait = 2 * time.Second

// ErrBusy says the cache file is locked by another process.
var ErrBusy = errors.New("the cache is in use by another daoterm process")

var (
	metaBucket = []byte("meta")
	dataBucket = []byte(fmt.Sprintf("v%d", Version))
	castagnoli = crc32.MakeTable(crc32.Castagnoli)
)

// Store is the cache of one chain. It holds no file open between calls and
// is safe for concurrent use: its callers take turns (a file lock is held
// per open file, so two opens in one process would contend as if they were
// two processes).
type Store struct {
	mu      sync.Mutex // held during an operation on the file
	dir     string
	path    string
	chainID *big.Int
	genesis common.Hash
}

// DefaultDir returns $XDG_CACHE_HOME/daoterm, or ~/.cache/daoterm when
// XDG_CACHE_HOME is unset or not absolute.
func DefaultDir() (string, error) {
	if x := os.Getenv("XDG_CACHE_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "daoterm"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the cache directory: %w: set XDG_CACHE_HOME or cache_dir in the config", err)
	}
	return filepath.Join(home, ".cache", "daoterm"), nil
}

// Open returns the store of the chain named by chainID and genesis in dir,
// creating dir if needed. The file itself is created by the first Save.
func Open(dir string, chainID *big.Int, genesis common.Hash) (*Store, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("cache: chain id %v is not a chain id", chainID)
	}
	if genesis == (common.Hash{}) {
		return nil, errors.New("cache: no genesis hash")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating the cache directory: %w: check cache_dir in the config, or run with --no-cache", err)
	}
	name := fmt.Sprintf("chain-%s-%x.db", chainID, genesis[:])
	return &Store{dir: dir, path: filepath.Join(dir, name), chainID: new(big.Int).Set(chainID), genesis: genesis}, nil
}

// Path returns the store's file.
func (s *Store) Path() string { return s.path }

// Chain returns the chain id and genesis hash the store was opened for.
func (s *Store) Chain() (*big.Int, common.Hash) { return new(big.Int).Set(s.chainID), s.genesis }

// Checkpoint is a state saved at a confirmed block.
type Checkpoint struct {
	Block uint64
	Hash  common.Hash // the block's hash when the state was saved
	Data  []byte
}

// Load returns the checkpoints saved under key, newest first. Values that
// fail their checks (checksum, header, another chain) are left out and
// named in notes; values of another Version are left out silently. err is
// ErrBusy when another process holds the file, or names a file that could
// not be read (it is then set aside, and the next Save starts afresh).
func (s *Store) Load(key string) (cps []Checkpoint, notes []string, err error) {
	if _, err := os.Stat(s.path); errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	err = s.with(true, func(tx *bolt.Tx) error {
		if err := s.checkMeta(tx); err != nil {
			return err
		}
		b := tx.Bucket(dataBucket)
		if b == nil {
			return nil
		}
		kb := b.Bucket([]byte(key))
		if kb == nil {
			return nil
		}
		c := kb.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if len(k) != 8 {
				notes = append(notes, fmt.Sprintf("cache %s: a malformed entry under %s was skipped", s.path, key))
				continue
			}
			cp, err := s.decode(key, binary.BigEndian.Uint64(k), v)
			if errors.Is(err, errOtherVersion) {
				continue
			}
			if err != nil {
				notes = append(notes, fmt.Sprintf("cache %s: %s at block %d: %v; it is rebuilt", s.path, key, binary.BigEndian.Uint64(k), err))
				continue
			}
			cps = append(cps, cp)
		}
		return nil
	})
	return cps, notes, err
}

// Save stores data as key's checkpoint at block with that block's hash,
// and keeps only the newest keep checkpoints of key (DefaultKeep when 0).
func (s *Store) Save(key string, cp Checkpoint, keep int) error {
	if keep <= 0 {
		keep = DefaultKeep
	}
	val := s.encode(key, cp)
	return s.with(false, func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(metaBucket)
		if err != nil {
			return err
		}
		if meta.Get([]byte("genesis")) == nil {
			if err := meta.Put([]byte("chain"), []byte(s.chainID.String())); err != nil {
				return err
			}
			if err := meta.Put([]byte("genesis"), s.genesis[:]); err != nil {
				return err
			}
		} else if err := s.checkMeta(tx); err != nil {
			return err
		}
		b, err := tx.CreateBucketIfNotExists(dataBucket)
		if err != nil {
			return err
		}
		kb, err := b.CreateBucketIfNotExists([]byte(key))
		if err != nil {
			return err
		}
		if err := kb.Put(blockKey(cp.Block), val); err != nil {
			return err
		}
		var old [][]byte
		c := kb.Cursor()
		n := 0
		for k, _ := c.Last(); k != nil; k, _ = c.Prev() {
			if n++; n > keep {
				old = append(old, slices.Clone(k))
			}
		}
		for _, k := range old {
			if err := kb.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}

// notePrefix names SaveNote's values in the meta bucket.
const notePrefix = "note/"

// SaveNote keeps data under name beside the checkpoints: a small hint
// (daoterm keeps, per DAO, what makes its next reads take fewer round
// trips), checksummed, for LoadNotes. It is no checkpoint: Load, List and other versions of daoterm
// do not see it.
func (s *Store) SaveNote(name string, data []byte) error {
	key := []byte(notePrefix + name)
	val := binary.BigEndian.AppendUint32(slices.Clone(data), crc32.Checksum(append(slices.Clone(key), data...), castagnoli))
	return s.with(false, func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return nil // no checkpoint saved yet: nothing the note would be of
		}
		if err := s.checkMeta(tx); err != nil {
			return err
		}
		return meta.Put(key, val)
	})
}

// LoadNotes returns what SaveNote kept under each of names, in one read of
// the file: nil for one there is none of, or that fails its checksum (a
// hint is not worth a note).
func (s *Store) LoadNotes(names ...string) ([][]byte, error) {
	out := make([][]byte, len(names))
	if _, err := os.Stat(s.path); errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	err := s.with(true, func(tx *bolt.Tx) error {
		if err := s.checkMeta(tx); err != nil {
			return err
		}
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return nil
		}
		for i, name := range names {
			key := []byte(notePrefix + name)
			out[i], _ = noteData(key, meta.Get(key))
		}
		return nil
	})
	return out, err
}

// noteData is the note SaveNote stored as v under key, copied out of
// bbolt's memory (the file's, valid only in the transaction); ok is false
// when there is none or it fails its checksum.
func noteData(key, v []byte) (data []byte, ok bool) {
	if len(v) < 4 {
		return nil, false
	}
	data = v[:len(v)-4]
	if crc32.Checksum(append(slices.Clone(key), data...), castagnoli) != binary.BigEndian.Uint32(v[len(v)-4:]) {
		return nil, false
	}
	return slices.Clone(data), true
}

// Drop deletes key's checkpoint at block (one found wrong).
func (s *Store) Drop(key string, block uint64) error {
	return s.with(false, func(tx *bolt.Tx) error {
		if b := tx.Bucket(dataBucket); b != nil {
			if kb := b.Bucket([]byte(key)); kb != nil {
				return kb.Delete(blockKey(block))
			}
		}
		return nil
	})
}

// Has reports whether key has any checkpoint saved, without reading it
// (Load checks each one). Its errors are Load's.
func (s *Store) Has(key string) (bool, error) {
	if _, err := os.Stat(s.path); errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	found := false
	err := s.with(true, func(tx *bolt.Tx) error {
		if err := s.checkMeta(tx); err != nil {
			return err
		}
		if b := tx.Bucket(dataBucket); b != nil {
			if kb := b.Bucket([]byte(key)); kb != nil {
				k, _ := kb.Cursor().First()
				found = k != nil
			}
		}
		return nil
	})
	return found, err
}

// Forget deletes every checkpoint of key (a state another replaces).
func (s *Store) Forget(key string) error {
	if _, err := os.Stat(s.path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return s.with(false, func(tx *bolt.Tx) error {
		if b := tx.Bucket(dataBucket); b != nil && b.Bucket([]byte(key)) != nil {
			return b.DeleteBucket([]byte(key))
		}
		return nil
	})
}

func blockKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

// checkMeta fails when the file names another chain than s.
func (s *Store) checkMeta(tx *bolt.Tx) error {
	meta := tx.Bucket(metaBucket)
	if meta == nil {
		return nil
	}
	if id, g := string(meta.Get([]byte("chain"))), meta.Get([]byte("genesis")); id != s.chainID.String() || !bytes.Equal(g, s.genesis[:]) {
		return fmt.Errorf("cache file %s belongs to chain %q with genesis %x, not chain %s with genesis %s: run daoterm cache clear", s.path, id, g, s.chainID, s.genesis.Hex())
	}
	return nil
}

// with runs fn in a read (ro) or write transaction of a freshly opened
// file. A file bbolt cannot open, or that panics while read, is renamed
// aside (to .corrupt) and reported.
func (s *Store) with(ro bool, fn func(*bolt.Tx) error) (err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	db, err := bolt.Open(s.path, 0o600, &bolt.Options{Timeout: LockWait, ReadOnly: ro})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("%w (%s)", ErrBusy, s.path)
	}
	if err != nil {
		return s.setAside(err)
	}
	defer func() {
		if db == nil {
			return
		}
		if r := recover(); r != nil {
			db.Close()
			err = s.setAside(fmt.Errorf("%v", r))
			return
		}
		if cerr := db.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("closing cache file %s: %w", s.path, cerr)
		}
	}()
	// A truncated file makes bbolt read past its end through the memory
	// map, which no recover catches: check its size first.
	st, err := os.Stat(s.path)
	if err != nil {
		return fmt.Errorf("cache file %s: %w", s.path, err)
	}
	var size int64
	if err := db.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil }); err != nil {
		return s.setAside(err)
	}
	if size > st.Size() {
		db.Close()
		db = nil
		return s.setAside(fmt.Errorf("truncated: %d bytes of %d", st.Size(), size))
	}
	if ro {
		return db.View(fn)
	}
	return db.Update(fn)
}

// setAside moves an unreadable file out of the way.
func (s *Store) setAside(cause error) error {
	if err := os.Rename(s.path, s.path+".corrupt"); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cache file %s is unreadable (%v) and could not be set aside: %w: remove it, or run with --no-cache", s.path, cause, err)
	}
	return fmt.Errorf("cache file %s was unreadable (%v): set aside as %s.corrupt; the cache is rebuilt", s.path, cause, filepath.Base(s.path))
}

var errOtherVersion = errors.New("another format version")

// encode builds a value: header, data and checksum.
func (s *Store) encode(key string, cp Checkpoint) []byte {
	w := wire.NewWriter(len(cp.Data) + 128 + len(key))
	w.Uvarint(Version)
	w.Bytes(s.chainID.Bytes())
	w.Hash(s.genesis)
	w.String(key)
	w.Uvarint(cp.Block)
	w.Hash(cp.Hash)
	w.Bytes(cp.Data)
	return binary.BigEndian.AppendUint32(w.Data(), crc32.Checksum(w.Data(), castagnoli))
}

// decode checks and reads a value stored under key at block.
func (s *Store) decode(key string, block uint64, v []byte) (Checkpoint, error) {
	if len(v) < 5 {
		return Checkpoint{}, errors.New("truncated")
	}
	body, sum := v[:len(v)-4], binary.BigEndian.Uint32(v[len(v)-4:])
	r := wire.NewReader(body)
	if ver := r.Uvarint(); r.Err() == nil && ver != Version {
		return Checkpoint{}, errOtherVersion
	}
	if crc32.Checksum(body, castagnoli) != sum {
		return Checkpoint{}, errors.New("checksum mismatch (truncated or corrupt)")
	}
	id := new(big.Int).SetBytes(r.Bytes())
	genesis := r.Hash()
	k := r.String()
	b := r.Uvarint()
	hash := r.Hash()
	data := r.Bytes()
	if err := r.Done(); err != nil {
		return Checkpoint{}, err
	}
	switch {
	case id.Cmp(s.chainID) != 0 || genesis != s.genesis:
		return Checkpoint{}, fmt.Errorf("written for chain %s with genesis %s", id, genesis.Hex())
	case k != key || b != block:
		return Checkpoint{}, fmt.Errorf("header names %s at block %d", k, b)
	}
	return Checkpoint{Block: b, Hash: hash, Data: data}, nil
}

// FileInfo describes one chain's cache file (see List).
type FileInfo struct {
	Path    string
	Size    int64
	ChainID string
	Genesis common.Hash
	Entries []EntryInfo
	Notes   map[string][]byte // SaveNote's notes by name, those that pass their checksum
	Err     error             // the file could not be read (busy, corrupt)
}

// EntryInfo is one checkpoint in a file.
type EntryInfo struct {
	Key     string
	Block   uint64
	Size    int
	Version uint64 // the value's format version
}

// List describes the cache files in dir, without changing them.
func List(dir string) ([]FileInfo, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "chain-*.db"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	out := make([]FileInfo, 0, len(paths))
	for _, p := range paths {
		fi := FileInfo{Path: p}
		if st, err := os.Stat(p); err == nil {
			fi.Size = st.Size()
		}
		fi.Err = listFile(p, &fi)
		out = append(out, fi)
	}
	return out, nil
}

// listFile reads one file's entries into fi.
func listFile(path string, fi *FileInfo) (err error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: LockWait, ReadOnly: true})
	if errors.Is(err, bolt.ErrTimeout) {
		return ErrBusy
	}
	if err != nil {
		return err
	}
	defer db.Close()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("unreadable: %v", r)
		}
	}()
	return db.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(metaBucket); meta != nil {
			fi.ChainID = string(meta.Get([]byte("chain")))
			fi.Genesis = common.BytesToHash(meta.Get([]byte("genesis")))
			c := meta.Cursor()
			for k, v := c.Seek([]byte(notePrefix)); bytes.HasPrefix(k, []byte(notePrefix)); k, v = c.Next() {
				if data, ok := noteData(k, v); ok {
					if fi.Notes == nil {
						fi.Notes = make(map[string][]byte)
					}
					fi.Notes[string(k[len(notePrefix):])] = data
				}
			}
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if bytes.Equal(name, metaBucket) {
				return nil
			}
			return b.ForEachBucket(func(key []byte) error {
				return b.Bucket(key).ForEach(func(k, v []byte) error {
					e := EntryInfo{Key: string(key), Size: len(v)}
					if len(k) == 8 {
						e.Block = binary.BigEndian.Uint64(k)
					}
					e.Version, _ = binary.Uvarint(v)
					fi.Entries = append(fi.Entries, e)
					return nil
				})
			})
		})
	})
}

// Clear removes every cache file in dir (waiting briefly for each file's
// lock, so a process writing one is not cut short) and returns the paths
// removed.
func Clear(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "chain-*.db*"))
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, p := range paths {
		if strings.HasSuffix(p, ".db") {
			if db, err := bolt.Open(p, 0o600, &bolt.Options{Timeout: LockWait}); err == nil {
				err = os.Remove(p)
				db.Close()
				if err != nil {
					return removed, fmt.Errorf("removing %s: %w", p, err)
				}
				removed = append(removed, p)
				continue
			} else if errors.Is(err, bolt.ErrTimeout) {
				return removed, fmt.Errorf("%s: %w: close the other daoterm and run cache clear again", p, ErrBusy)
			}
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return removed, fmt.Errorf("removing %s: %w", p, err)
		}
		removed = append(removed, p)
	}
	return removed, nil
}
