package backend

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/devnet/faults"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui/ui"
)

// TestSourceCacheNotes checks that the dashboard's source keeps cache
// notes for the status line instead of printing them.
func TestSourceCacheNotes(t *testing.T) {
	node, demo := devnettest.Demo(t)
	ctx := context.Background()
	c, err := chain.Dial(ctx, node.HTTPURL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := t.TempDir()
	d := &config.DAO{Governor: demo.Governor, StartBlock: demo.StartBlock}
	open := func() *Source {
		src, err := Open(ctx, c, d, Options{Cache: CacheOptions{Dir: dir}})
		if err != nil {
			t.Fatal(err)
		}
		h, err := c.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := src.Ownership(ctx, h.Number.Uint64()); err != nil {
			t.Fatal(err)
		}
		return src
	}
	if n := open().CacheNotes(); len(n) != 0 {
		t.Errorf("notes on a cold read: %q", n)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "chain-*.db"))
	if len(files) != 1 {
		t.Fatalf("cache files %v", files)
	}
	if err := os.WriteFile(files[0], []byte("not a bbolt file"), 0o600); err != nil {
		t.Fatal(err)
	}
	src := open()
	if n := src.CacheNotes(); len(n) == 0 || !strings.Contains(strings.Join(n, " "), "set aside") {
		t.Errorf("notes after corruption: %q", n)
	}
	if n := src.CacheNotes(); len(n) != 0 {
		t.Errorf("notes not forgotten once taken: %q", n)
	}
}

// TestSourceFollowsReset: the dashboard's source, told by its head stream that the
// node serves another chain, opens the DAO again on a fresh client before
// passing the Reset on; while the node is unreachable it sends errors, and
// heads again when it is back.
func TestSourceFollowsReset(t *testing.T) {
	node, d := devnettest.Demo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := faults.New(node.HTTPURL(), faults.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	cfg := &config.DAO{Name: "demo", RPC: p.URL(), Governor: d.Governor}
	c, err := chain.Dial(ctx, p.URL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	src, err := Open(ctx, c, cfg, Options{Poll: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	rows, err := src.InfoPanel(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cacheRow := ""
	for _, r := range rows {
		if r.Label == "Cache" {
			cacheRow = r.Value
		}
	}
	if !strings.HasPrefix(cacheRow, "off") { // no cache in these options
		t.Errorf("info panel cache row %q", cacheRow)
	}
	followed := make(chan *chain.Client, 1) // what the wallet is told to follow
	src.OnReopen(func(c *chain.Client, _ *dao.DAO) { followed <- c })
	head := node.Head()
	before, _ := src.DAO()
	want, err := src.Proposals(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	heads, err := src.Heads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wait := func(what string, ok func(ui.Head) bool) ui.Head {
		t.Helper()
		for {
			select {
			case h, open := <-heads:
				if !open {
					t.Fatalf("%s: the head stream ended", what)
				}
				if ok(h) {
					return h
				}
			case <-ctx.Done():
				t.Fatalf("%s: none in time", what)
			}
		}
	}
	if h := wait("the first head", func(ui.Head) bool { return true }); h.Number != head || h.Err != nil || h.Reset != "" {
		t.Fatalf("first head %+v, want %d", h, head)
	}
	p.Set(faults.Fault{Kind: faults.ChangedGenesis})
	h := wait("a reset", func(h ui.Head) bool { return h.Reset != "" })
	if !strings.Contains(h.Reset, "genesis block changed") || h.Number != head {
		t.Errorf("reset %+v", h)
	}
	after, err := src.DAO()
	if err != nil || after == before || after.Client() == before.Client() {
		t.Fatalf("the DAO was not opened again on a fresh client: %v", err)
	}
	select {
	case c := <-followed:
		if c != after.Client() {
			t.Error("the wallet was told to follow another client than the DAO's")
		}
	default:
		t.Error("the wallet was not told to follow the new chain")
	}
	got, err := src.Proposals(ctx, head)
	if err != nil || len(got) != len(want) {
		t.Fatalf("proposals after the reset: %d, %v; want %d", len(got), err, len(want))
	}
	p.Set(faults.Fault{Kind: faults.Down})
	wait("an error while the node is down", func(h ui.Head) bool { return h.Err != nil })
	p.Set(faults.Fault{})
	if err := node.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	wait("a head once the node is back", func(h ui.Head) bool { return h.Err == nil && h.Number == head+1 })
}

// TestSourceHeadsPinnedWhileOpening: the head stream's pin is read while the
// DAO is opened, so the first head goes out without a request.
func TestSourceHeadsPinnedWhileOpening(t *testing.T) {
	node, d := devnettest.Demo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := chain.Dial(ctx, node.HTTPURL(), chain.Options{Head: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	src, err := Open(ctx, c, &config.DAO{Name: "demo", RPC: node.HTTPURL(), Governor: d.Governor}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := src.Info(ctx); err != nil { // what Open reads in the background, waited for
		t.Fatal(err)
	}
	if src.pin == nil {
		t.Fatal("no pin read while the DAO was opened")
	}
	if _, err := src.pin(); err != nil { // read in the background too
		t.Fatal(err)
	}
	before := c.Requests()
	heads, err := src.Heads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h := <-heads; h.Err != nil || h.Number != c.DialHead().Number.Uint64() {
		t.Fatalf("first head %+v, want %d", h, c.DialHead().Number)
	}
	if n := c.Requests() - before; n != 0 {
		t.Errorf("%d requests before the first head, want none", n)
	}
}
