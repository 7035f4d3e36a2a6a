// Package devnettest holds test helpers for the seeded demo chain of package
// devnet: start it (once per test, or once per package of tests), dial a
// chain.Client to it and read its head.
//
// A package whose tests share one demo chain declares the Shared in a
// _test.go file and runs its tests through it, which closes it at the end:
//
//	var demo devnettest.Shared
//
//	func TestMain(m *testing.M) {
//		os.Exit(demo.Run(m))
//	}
//
//	func TestSomething(t *testing.T) {
//		node, dao := demo.Start(t)
//		c := demo.Dial(t, chain.Options{})
//		block := devnettest.Head(t, c)
//		...
//	}
package devnettest

import (
	"context"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
)

// seed is the seed of every demo chain started here: the DAO the tests
// assert on is the one daoterm shows by default.
const seed = 1

// sharedSeedTimeout bounds seeding the shared demo chain.
const sharedSeedTimeout = 3 * time.Minute

// Demo starts the seeded demo chain (default node configuration, keystore
// files in a temporary directory of tb) for one test and closes it when the
// test ends. It skips the test under -short: seeding takes seconds.
func Demo(tb testing.TB) (*devnet.Node, *devnet.DAO) {
	tb.Helper()
	if testing.Short() {
		tb.Skip("seeds the demo DAO")
	}
	node, dao, err := devnet.StartDemo(context.Background(), devnet.Config{}, seed, tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { node.Close() })
	return node, dao
}

// Shared is a seeded demo chain (default node configuration) shared by the
// tests and benchmarks of one package: the first Start starts it, and every
// later Start returns the same node and DAO, or fails the same way. The zero
// value is ready to use; declare one as a package variable of a _test.go file
// and run the package's tests with Run from TestMain. Unlike Demo it does not
// skip under -short. A Shared must not be copied.
type Shared struct {
	once sync.Once
	node *devnet.Node
	dao  *devnet.DAO
	dir  string // the keystore files; removed by Close
	err  error
}

// Start returns the shared demo chain and its DAO, starting and seeding it
// on the first call. It fails tb if the chain could not be started.
func (s *Shared) Start(tb testing.TB) (*devnet.Node, *devnet.DAO) {
	tb.Helper()
	s.once.Do(func() {
		// The chain outlives the test that starts it, so its keystore
		// directory cannot be tb.TempDir.
		s.dir, s.err = os.MkdirTemp("", "daoterm-demo-")
		if s.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), sharedSeedTimeout)
		defer cancel()
		s.node, s.dao, s.err = devnet.StartDemo(ctx, devnet.Config{}, seed, s.dir)
	})
	if s.err != nil {
		tb.Fatalf("starting the demo chain: %v", s.err)
	}
	return s.node, s.dao
}

// Dial connects a fresh client (with its own request counter) to the shared
// demo chain, starting it if needed; the client is closed when tb ends.
func (s *Shared) Dial(tb testing.TB, opts chain.Options) *chain.Client {
	tb.Helper()
	node, _ := s.Start(tb)
	return Dial(tb, node.HTTPURL(), opts)
}

// Run runs the tests and benchmarks of m, then closes the shared demo chain,
// and returns the exit code for os.Exit; call it from TestMain.
func (s *Shared) Run(m *testing.M) int {
	code := m.Run()
	s.Close()
	return code
}

// Close stops the shared demo chain, if it was started, and removes its
// keystore files. Run calls it; call it yourself only after the tests have run.
func (s *Shared) Close() error {
	var errs []error
	if s.node != nil {
		errs = append(errs, s.node.Close())
	}
	if s.dir != "" {
		errs = append(errs, os.RemoveAll(s.dir))
	}
	return errors.Join(errs...)
}

// Dial connects a client to the JSON-RPC endpoint url with opts and closes
// it when tb ends. It fails tb if the client cannot connect.
func Dial(tb testing.TB, url string, opts chain.Options) *chain.Client {
	tb.Helper()
	c, err := chain.Dial(context.Background(), url, opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(c.Close)
	return c
}

// Head returns the number of c's head block. It fails tb if the head cannot
// be read.
func Head(tb testing.TB, c *chain.Client) uint64 {
	tb.Helper()
	h, err := c.Head(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return h.Number.Uint64()
}

// Family starts a devnet node (default configuration) for one test, seeds
// one governor family fixture on it (devnet.SeedOZ4Compat, SeedAlpha, ...)
// with its keystore files in a temporary directory of tb, and closes the
// node when the test ends. It skips the test under -short: seeding takes
// seconds.
func Family(tb testing.TB, seed func(context.Context, *devnet.Node, string) (*devnet.FamilyDAO, error)) (*devnet.Node, *devnet.FamilyDAO) {
	tb.Helper()
	if testing.Short() {
		tb.Skip("seeds a governor family fixture")
	}
	ctx, cancel := context.WithTimeout(context.Background(), sharedSeedTimeout)
	defer cancel()
	node, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { node.Close() })
	dao, err := seed(ctx, node, tb.TempDir())
	if err != nil {
		tb.Fatalf("seeding the fixture: %v", err)
	}
	return node, dao
}
