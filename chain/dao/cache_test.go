package dao_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/cache"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// notes collects a DAO's cache notes.
type notes struct {
	mu  sync.Mutex
	got []string
}

func (n *notes) add(msg string) { n.mu.Lock(); n.got = append(n.got, msg); n.mu.Unlock() }

func (n *notes) all() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return strings.Join(n.got, "\n")
}

// storeOf opens the cache of c's chain in dir.
func storeOf(t *testing.T, c *chain.Client, dir string) *cache.Store {
	t.Helper()
	g, err := c.Genesis(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s, err := cache.Open(dir, c.ChainID(), g)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// readAll opens the demo DAO with the cache in dir (none when dir is "")
// over a fresh client, checks every read at the head against one-shot reads
// and returns the requests the reads made and the notes.
func readAll(t *testing.T, dir, name string) (int64, *notes) {
	t.Helper()
	return readAllWith(t, dir, name, chain.Options{LogRange: 50})
}

// readAllWith is readAll over a client dialed with opts.
func readAllWith(t *testing.T, dir, name string, opts chain.Options) (int64, *notes) {
	t.Helper()
	c := dial(t, opts)
	n := &notes{}
	cfg := dao.Config{OnNote: n.add}
	if dir != "" {
		cfg.Cache = storeOf(t, c, dir)
	}
	d := open(t, c, cfg)
	block := head(t, c)
	reqs := requests(c, func() { readDAO(t, d, block) })
	checkAt(t, c, d, name, block) // d's reads are memoised: no request
	return reqs, n
}

// saveNewest saves each key's newest checkpoint again, as change leaves it.
func saveNewest(t *testing.T, store *cache.Store, keys []string, change func(*cache.Checkpoint)) {
	t.Helper()
	for _, k := range keys {
		cps, _, err := store.Load(k)
		if err != nil || len(cps) == 0 {
			t.Fatal(k, cps, err)
		}
		cp := cps[0]
		change(&cp)
		if err := store.Save(k, cp, 0); err != nil {
			t.Fatal(err)
		}
	}
}

// readDAO makes every kind of read of d at block.
func readDAO(t *testing.T, d *dao.DAO, block uint64) {
	t.Helper()
	ctx := context.Background()
	if _, err := d.Proposals(ctx, block); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Votes(ctx, block); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Ownership(ctx, block); err != nil {
		t.Fatal(err)
	}
	if _, err := d.TreasuryAt(ctx, block); err != nil {
		t.Fatal(err)
	}
}

// rewrite changes every cached value with f.
func rewrite(t *testing.T, dir string, f func(key string, v []byte) []byte) {
	t.Helper()
	infos, err := cache.List(dir)
	if err != nil || len(infos) != 1 {
		t.Fatalf("cache files: %+v %v", infos, err)
	}
	db, err := bolt.Open(infos[0].Path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if string(name) == "meta" {
				return nil
			}
			return b.ForEachBucket(func(key []byte) error {
				kb := b.Bucket(key)
				var ks, vs [][]byte
				kb.ForEach(func(k, v []byte) error {
					ks, vs = append(ks, append([]byte(nil), k...)), append(vs, f(string(key), append([]byte(nil), v...)))
					return nil
				})
				for i := range ks {
					if err := kb.Put(ks[i], vs[i]); err != nil {
						return err
					}
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCache reads the demo DAO cold with a cache, then warm, then with the
// cache tampered with in every way it can go wrong: each read must match
// one-shot reads, and only an intact cache may save requests.
func TestCache(t *testing.T) {
	_, demoDAO := startDemo(t)
	dir := t.TempDir()
	nocache, _ := readAll(t, "", "no cache")
	cold, n := readAll(t, dir, "cold, with a cache")
	if s := n.all(); s != "" {
		t.Errorf("cold notes: %s", s)
	}
	infos, err := cache.List(dir)
	if err != nil || len(infos) != 1 || len(infos[0].Entries) != 3 {
		t.Fatalf("after a cold read: %+v %v; want one file with 3 entries", infos, err)
	}
	mine(t, 40)
	// Two copies of the cache, one without the note the cold read kept.
	withNote, noNote := t.TempDir(), t.TempDir()
	for _, d := range []string{withNote, noNote} {
		if err := os.CopyFS(d, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
	}
	if err := storeOf(t, dial(t, chain.Options{}), noNote).SaveNote("reads/"+demoDAO.Governor.Hex(), []byte("garbled")); err != nil {
		t.Fatal(err)
	}
	warm, n := readAll(t, dir, "warm")
	t.Logf("requests: no cache %d, cold %d, warm %d", nocache, cold, warm)
	if s := n.all(); s != "" {
		t.Errorf("warm notes: %s", s)
	}
	if warm*3 > nocache {
		t.Errorf("a warm read made %d requests, a read without cache %d: want under a third", warm, nocache)
	}
	// With the note's log densities, each of the five queries (the
	// governor's events, the token's, the treasury's three) asks for the
	// blocks after its checkpoint at once; without them, it probes them
	// first: a request more each (with no block-span cap, so that the
	// blocks fit in one range whatever the chain's length). A garbled note
	// is no error.
	once, _ := readAllWith(t, withNote, "warm, with the note", chain.Options{})
	probing, n := readAllWith(t, noNote, "warm, without the note", chain.Options{})
	if s := n.all(); s != "" {
		t.Errorf("notes without the note: %s", s)
	}
	if probing != once+5 {
		t.Errorf("a warm read made %d requests with the cache's note, %d without: want 5 fewer with", once, probing)
	}

	c := dial(t, chain.Options{})
	store := storeOf(t, c, dir)
	keys := func() []string {
		infos, _ := cache.List(dir)
		var out []string
		for _, e := range infos[0].Entries {
			out = append(out, e.Key)
		}
		return out
	}

	t.Run("a newer checkpoint not on the chain: rolled back to the older one", func(t *testing.T) {
		saveNewest(t, store, keys(), func(cp *cache.Checkpoint) {
			cp.Block += 20
			cp.Hash = common.HexToHash("0xbad")
		})
		got, n := readAll(t, dir, "after a reorg")
		if s := n.all(); strings.Count(s, "no longer on the chain") != 3 {
			t.Errorf("notes: %s", s)
		}
		if got*3 > nocache {
			t.Errorf("%d requests after rolling back, %d without cache: the older checkpoint was not used", got, nocache)
		}
	})
	t.Run("every checkpoint off the chain: rebuilt", func(t *testing.T) {
		for _, k := range keys() {
			cps, _, _ := store.Load(k)
			for _, cp := range cps {
				cp.Hash = common.HexToHash("0xbad")
				if err := store.Save(k, cp, 0); err != nil {
					t.Fatal(err)
				}
			}
		}
		_, n := readAll(t, dir, "after a deep reorg")
		if s := n.all(); !strings.Contains(s, "no longer on the chain") {
			t.Errorf("notes: %s", s)
		}
	})
	t.Run("corrupt entries: rebuilt with a note", func(t *testing.T) {
		rewrite(t, dir, func(_ string, v []byte) []byte { v[len(v)/2] ^= 0x40; return v })
		_, n := readAll(t, dir, "after corruption")
		if s := n.all(); strings.Count(s, "checksum") < 3 {
			t.Errorf("notes: %s", s)
		}
		if warm, _ := readAll(t, dir, "after the rebuild"); warm*3 > nocache {
			t.Errorf("the rebuilt cache was not saved: %d requests", warm)
		}
	})
	t.Run("entries that do not decode: rebuilt with a note", func(t *testing.T) {
		// Sound to the store (their checksums hold), on the chain, but not
		// a state: found only once decoded, beside the fetch of the
		// blocks after them.
		saveNewest(t, store, keys(), func(cp *cache.Checkpoint) { cp.Data = []byte{0xff, 0xff, 0xff} })
		_, n := readAll(t, dir, "after entries that do not decode") // checks the figures
		if s := n.all(); strings.Count(s, "unreadable") != 3 {
			t.Errorf("notes: %s", s)
		}
		if warm, _ := readAll(t, dir, "after the rebuild"); warm*3 > nocache {
			t.Errorf("the rebuilt cache was not saved: %d requests", warm)
		}
	})
	t.Run("a truncated file: set aside and rebuilt", func(t *testing.T) {
		infos, _ := cache.List(dir)
		if err := os.Truncate(infos[0].Path, infos[0].Size/3); err != nil {
			t.Fatal(err)
		}
		_, n := readAll(t, dir, "after truncation")
		if s := n.all(); !strings.Contains(s, "set aside") && !strings.Contains(s, "checksum") {
			t.Errorf("notes: %s", s)
		}
	})
	t.Run("another format version: not read", func(t *testing.T) {
		if warm, _ := readAll(t, dir, "warm again"); warm*3 > nocache {
			t.Fatalf("not warm: %d requests", warm)
		}
		rewrite(t, dir, func(_ string, v []byte) []byte { v[0] = cache.Version + 1; return v })
		got, n := readAll(t, dir, "another version")
		if s := n.all(); s != "" {
			t.Errorf("notes: %s", s)
		}
		if got*3 < nocache {
			t.Errorf("%d requests: a cache of another version was used", got)
		}
	})
	t.Run("another chain or genesis: not used", func(t *testing.T) {
		if warm, _ := readAll(t, dir, "warm again"); warm*3 > nocache {
			t.Fatalf("not warm: %d requests", warm)
		}
		id, g := store.Chain()
		for _, o := range []struct {
			id *big.Int
			g  common.Hash
		}{{big.NewInt(424242), g}, {id, common.HexToHash("0x1234")}} {
			other, err := cache.Open(dir, o.id, o.g)
			if err != nil {
				t.Fatal(err)
			}
			c := dial(t, chain.Options{LogRange: 50})
			n := &notes{}
			d := open(t, c, dao.Config{Cache: other, OnNote: n.add})
			if s := n.all(); !strings.Contains(s, "not this chain") {
				t.Errorf("notes: %s", s)
			}
			block := head(t, c)
			if got := requests(c, func() { readDAO(t, d, block) }); got*3 < nocache {
				t.Errorf("%d requests: another chain's cache was used", got)
			}
			checkAt(t, c, d, "another chain's cache", block)
		}
		if infos, _ := cache.List(dir); len(infos) != 1 {
			t.Errorf("%d cache files, want only this chain's", len(infos))
		}
	})
	t.Run("locked by another process: read without it", func(t *testing.T) {
		db, err := bolt.Open(store.Path(), 0o600, nil) // holds the write lock, as a process writing would
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		got, n := readAll(t, dir, "while locked")
		if s := n.all(); !strings.Contains(s, "in use by another daoterm") {
			t.Errorf("notes: %s", s)
		}
		if got*3 < nocache {
			t.Errorf("%d requests: a locked cache was read", got)
		}
	})
	t.Run("a read before the checkpoints: from the chain, the cache kept", func(t *testing.T) {
		before, _ := cache.List(dir)
		var oldest uint64 = 1 << 62
		for _, e := range before[0].Entries {
			oldest = min(oldest, e.Block)
		}
		c := dial(t, chain.Options{})
		n := &notes{}
		d := open(t, c, dao.Config{Cache: storeOf(t, c, dir), OnNote: n.add})
		checkAt(t, c, d, "before the checkpoints", oldest-1)
		if s := n.all(); s != "" {
			t.Errorf("notes: %s", s)
		}
		after, _ := cache.List(dir)
		if len(after[0].Entries) != len(before[0].Entries) {
			t.Errorf("%d entries, had %d", len(after[0].Entries), len(before[0].Entries))
		}
	})
}

// TestSaveLater: with Config.SaveLater a read writes nothing to the cache
// until Flush, which writes what the read would have (the CLI writes its
// output meanwhile); a second Flush writes nothing more.
func TestSaveLater(t *testing.T) {
	dir := t.TempDir()
	c := dial(t, chain.Options{})
	n := &notes{}
	d := open(t, c, dao.Config{Cache: storeOf(t, c, dir), OnNote: n.add, SaveLater: true})
	block := head(t, c)
	if _, err := d.Ownership(context.Background(), block); err != nil {
		t.Fatal(err)
	}
	entries := func() int {
		infos, err := cache.List(dir)
		if err != nil {
			t.Fatal(err)
		}
		k := 0
		for _, in := range infos {
			k += len(in.Entries)
		}
		return k
	}
	if got := entries(); got != 0 {
		t.Fatalf("%d cache entries before Flush, want none", got)
	}
	d.Flush(context.Background())
	if got := entries(); got != 1 {
		t.Fatalf("%d cache entries after Flush, want the token's", got)
	}
	infos, _ := cache.List(dir)
	if e := infos[0].Entries[0]; !strings.HasPrefix(e.Key, "token/") || e.Block == 0 || e.Block > block {
		t.Errorf("entry %+v, want the token's at a confirmed block ≤ %d", e, block)
	}
	d.Flush(context.Background())
	if s := n.all(); s != "" {
		t.Errorf("notes: %s", s)
	}
}

// TestHeldResults checks that results handed out stay as they were while
// the DAO moves on, back (an older block: its state is undone) and forward
// again, with reads running concurrently (run it under -race).
func TestHeldResults(t *testing.T) {
	_, demoDAO := startDemo(t)
	w := newWallet(t)
	ctx := context.Background()
	for _, cfg := range []dao.Config{{}, {Confirmations: 1 << 40}} { // the node's finality; nothing final
		c := dial(t, chain.Options{})
		d := open(t, c, cfg)
		readAt := func(block uint64) []any {
			var (
				wg  sync.WaitGroup
				out = make([]any, 4)
			)
			for i, read := range []func() (any, error){
				func() (any, error) { return d.Proposals(ctx, block) },
				func() (any, error) { return d.Votes(ctx, block) },
				func() (any, error) { return d.Ownership(ctx, block) },
				func() (any, error) { return d.TreasuryAt(ctx, block) },
			} {
				wg.Go(func() {
					v, err := read()
					if err != nil {
						t.Error(err)
					}
					out[i] = v
				})
			}
			wg.Wait()
			return out
		}
		b0 := head(t, c)
		held := readAt(b0)
		want, _ := json.Marshal(held)
		w.send("bob", demoDAO.Token, contracts.NewDaoToken().PackTransfer(demoDAO.Timelock, big.NewInt(12345)))
		b1 := head(t, c)
		for _, b := range []uint64{b1, b0, b1, b0 - 1, b1} {
			readAt(b)
			if got, _ := json.Marshal(held); string(got) != string(want) {
				t.Fatalf("confirmations %d: results of block %d changed after a read of block %d", cfg.Confirmations, b0, b)
			}
		}
		checkAt(t, c, d, "after moving back and forth", b1)
	}
}

// TestProviderNoteKept: the limits a provider showed are kept in the chain's
// cache, so that a DAO opened later through the same provider keeps within
// them before it makes a request of its own; one opened through another URL
// learns its own.
func TestProviderNoteKept(t *testing.T) {
	ctx := context.Background()
	p, limit := cappedProxy(t)
	dir := t.TempDir()
	openAt := func(url string) (*chain.Client, *dao.DAO) {
		t.Helper()
		c, err := chain.Dial(ctx, url, chain.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c, open(t, c, dao.Config{Cache: storeOf(t, c, dir)})
	}
	first, d := openAt(p.URL())
	if got := first.LogLimits(); got.MaxResults != 0 {
		t.Fatalf("a new cache gave the client limits %+v", got)
	}
	if _, err := d.Ownership(ctx, head(t, first)); err != nil {
		t.Fatal(err)
	}
	if p.Injected() == 0 {
		t.Fatal("the proxy refused nothing: the test's cap is too high")
	}
	if got := first.LogLimits().MaxResults; got != limit {
		t.Fatalf("the first client learned a cap of %d results, want %d", got, limit)
	}
	if c, _ := openAt(p.URL()); c.LogLimits().MaxResults != limit {
		t.Errorf("a DAO opened later through the same provider: limits %+v, want a cap of %d results", c.LogLimits(), limit)
	}
	node, _ := startDemo(t)
	if c, _ := openAt(node.HTTPURL()); c.LogLimits() != (chain.LogLimits{}) {
		t.Errorf("a DAO opened through another URL took the provider's limits: %+v", c.LogLimits())
	}
}

// TestWarmReadOverlaps: a warm read asks for the blocks after its
// checkpoint while it checks that checkpoint's block on the chain and reads
// the safe block, not after; and Proposals reads the state of the
// proposals the checkpoint holds, and their targets' metadata, while those
// blocks are fetched. Here the request that should go beside others is
// held until they are made, which a read that made them one after the
// other would never do.
func TestWarmReadOverlaps(t *testing.T) {
	dir := t.TempDir()
	readAll(t, dir, "cold")
	single := func(method string) func([]byte) bool {
		return func(body []byte) bool {
			return bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) && bytes.Contains(body, []byte(`"`+method+`"`))
		}
	}
	has := func(method string) func([]byte) bool {
		return func(body []byte) bool { return bytes.Contains(body, []byte(`"`+method+`"`)) }
	}
	for _, tc := range []struct {
		name        string
		hold, until func(body []byte) bool
		need        int64 // requests until holds before the held ones go
		read        func(*dao.DAO, uint64) error
	}{
		{"the checkpoint's block and the safe block beside the logs", single("eth_getBlockByNumber"), has("eth_getLogs"), 1,
			func(d *dao.DAO, block uint64) error { _, err := d.Ownership(context.Background(), block); return err }},
		{"the proposals' state and targets beside the logs", has("eth_getLogs"), has("eth_call"), 2,
			func(d *dao.DAO, block uint64) error { _, err := d.Proposals(context.Background(), block); return err }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHolder(tc.hold, tc.until, tc.need)
			c := dial(t, chain.Options{HTTPClient: h.client()})
			d := open(t, c, dao.Config{Cache: storeOf(t, c, dir)})
			block := head(t, c)
			h.armed.Store(true)
			if err := tc.read(d, block); err != nil {
				t.Fatal(err)
			}
			h.check(t)
		})
	}
}

// holder holds the requests hold matches, once armed, until need requests
// until matches have been made (or 10 s have passed: a failure check
// reports): a test that two requests go side by side, not one after the
// other.
type holder struct {
	hold, until func(body []byte) bool
	need        int64
	armed       atomic.Bool
	count       atomic.Int64
	seen        chan struct{}
	held        atomic.Int64
	timedOut    atomic.Int64
}

func newHolder(hold, until func(body []byte) bool, need int64) *holder {
	return &holder{hold: hold, until: until, need: need, seen: make(chan struct{})}
}

// client is an HTTP client whose requests h sees.
func (h *holder) client() *http.Client {
	return &http.Client{Transport: roundTripper(func(r *http.Request) (*http.Response, error) {
		if h.armed.Load() && r.Body != nil {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				return nil, err
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			switch {
			case h.until(body):
				if h.count.Add(1) == h.need {
					close(h.seen)
				}
			case h.hold(body):
				h.held.Add(1)
				select {
				case <-h.seen:
				case <-time.After(10 * time.Second):
					h.timedOut.Add(1)
				}
			}
		}
		return http.DefaultTransport.RoundTrip(r)
	})}
}

// check fails t when no request was held, or one waited for requests made
// only after it.
func (h *holder) check(t *testing.T) {
	t.Helper()
	if h.held.Load() == 0 {
		t.Fatal("no request held: the test no longer sees them")
	}
	if n := h.timedOut.Load(); n > 0 {
		t.Errorf("%d of %d requests waited 10 s for one that was only made after them", n, h.held.Load())
	}
}
