package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/cmd/internal/backend"
	"github.com/daoterm/daoterm/config"
	"github.com/ethereum/go-ethereum/common"
)

// runDemo implements `daoterm demo`: the embedded chain with the seeded DAO
// and the dashboard on it, with the dev accounts' keystore at hand.
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	listen := fs.String("listen", "127.0.0.1:0", "`host:port` for the chain's JSON-RPC (port 0 picks a free one)")
	blockTime := fs.Duration("block-time", 2*time.Second, "seal an empty block this often")
	seed := fs.Int64("seed", 1, "seed of the demo scenario")
	account := fs.String("account", "alice", "dev account to sign with (alice, bob, carol, dave, erin; a picks another in the dashboard)")
	family := fs.String("family", "", "open a DAO of another governor family instead of Model Commons: "+strings.Join(demoFamilyNames(), ", "))
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: daoterm demo [flags]\n%s", summary("demo"))
		fs.PrintDefaults()
	}
	if err := parseOnlyFlags(fs, args, "demo takes only flags"); err != nil {
		return err
	}
	if *family != "" {
		seed, ok := demoFamilies[*family]
		if !ok {
			return usageErr(fmt.Errorf("--family %q: choose one of %s", *family, strings.Join(demoFamilyNames(), ", ")))
		}
		return runFamilyDemo(ctx, e, *family, seed, *listen, *blockTime)
	}
	ksDir, err := os.MkdirTemp("", "daoterm-demo-keystore-")
	if err != nil {
		return fmt.Errorf("create a temporary keystore directory: %w", err)
	}
	defer os.RemoveAll(ksDir)

	fmt.Fprintln(e.stderr, "daoterm demo: starting the embedded chain and seeding the Model Commons DAO…")
	// On disk, not in memory: an in-memory chain slows down as it grows.
	dataDir, err := os.MkdirTemp("", "daoterm-demo-chain-")
	if err != nil {
		return fmt.Errorf("create a temporary chain directory: %w", err)
	}
	defer os.RemoveAll(dataDir)
	node, d, err := devnet.StartDemo(ctx, devnet.Config{Listen: *listen, BlockTime: *blockTime, DataDir: dataDir}, *seed, ksDir)
	if err != nil {
		return fmt.Errorf("start the demo chain: %w", err)
	}
	defer node.Close()

	journal, err := demoJournal(e)
	if err != nil {
		return err
	}
	err = dashboard(ctx, e, &config.DAO{
		Name:       "Model Commons (demo)",
		RPC:        node.HTTPURL(),
		Governor:   d.Governor,
		Token:      d.Token,
		Treasury:   []common.Address{d.Timelock},
		Tokens:     d.Tokens,
		StartBlock: d.StartBlock,
	}, demoOptions(node, d.Accounts, ksDir, *account, journal))
	if err == nil {
		fmt.Fprintf(e.stderr, "daoterm demo: chain %s at %s stopped; its transactions are in %s\n", node.ChainID(), node.HTTPURL(), journal)
	}
	return err
}

// demoJournal is the demo's own transaction journal, next to the real one
// ($XDG_STATE_HOME/daoterm/demo-journal.jsonl). It starts empty on every
// run: the demo chain is new each time (with the same chain id and
// accounts), so an old demo transaction must never be re-broadcast to it,
// nor mixed into the journal of real chains.
func demoJournal(e *env) (string, error) {
	p, err := journal.DefaultPath(e.getenv)
	if err != nil {
		return "", err
	}
	p = filepath.Join(filepath.Dir(p), "demo-journal.jsonl")
	if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("reset the demo journal: %w", err)
	}
	return p, nil
}

// demoFamilies are the governor families `daoterm demo --family` seeds, each
// a real contract stack driven through every state it has.
var demoFamilies = map[string]func(context.Context, *devnet.Node, string) (*devnet.FamilyDAO, error){
	"oz4-compat":     devnet.SeedOZ4Compat,
	"oz5-fractional": devnet.SeedOZ5Fractional,
	"oz5-nft":        devnet.SeedOZ5NFT,
	"oz5-boost":      devnet.SeedOZ5Boost,
	"alpha":          devnet.SeedAlpha,
	"bravo":          devnet.SeedBravo,
}

// demoFamilyNames lists demoFamilies' names, sorted.
func demoFamilyNames() []string {
	names := make([]string, 0, len(demoFamilies))
	for n := range demoFamilies {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// runFamilyDemo is `daoterm demo --family NAME`: the embedded chain with a
// DAO of that governor family, and the dashboard on it.
func runFamilyDemo(ctx context.Context, e *env, name string, seed func(context.Context, *devnet.Node, string) (*devnet.FamilyDAO, error), listen string, blockTime time.Duration) error {
	ksDir, err := os.MkdirTemp("", "daoterm-demo-keystore-")
	if err != nil {
		return fmt.Errorf("create a temporary keystore directory: %w", err)
	}
	defer os.RemoveAll(ksDir)
	dataDir, err := os.MkdirTemp("", "daoterm-demo-chain-")
	if err != nil {
		return fmt.Errorf("create a temporary chain directory: %w", err)
	}
	defer os.RemoveAll(dataDir)
	fmt.Fprintf(e.stderr, "daoterm demo: starting the embedded chain and seeding a %s DAO…\n", name)
	node, err := devnet.Start(ctx, devnet.Config{Listen: listen, BlockTime: blockTime, DataDir: dataDir})
	if err != nil {
		return fmt.Errorf("start the demo chain: %w", err)
	}
	defer node.Close()
	d, err := seed(ctx, node, ksDir)
	if err != nil {
		return fmt.Errorf("seed the %s DAO: %w", name, err)
	}
	account := ""
	if len(d.Accounts) > 0 {
		account = d.Accounts[0].Name()
	}
	journal, err := demoJournal(e)
	if err != nil {
		return err
	}
	err = dashboard(ctx, e, &config.DAO{
		Name:       name + " (demo)",
		RPC:        node.HTTPURL(),
		Governor:   d.Governor,
		Token:      d.Token,
		Treasury:   d.Treasury,
		StartBlock: d.StartBlock,
		// Bravo's demo shows the Alpha it took over from, as the registry's
		// Uniswap and Compound entries do.
		LegacyGovernors: d.Legacy,
	}, demoOptions(node, d.Accounts, ksDir, account, journal))
	if err == nil {
		fmt.Fprintf(e.stderr, "daoterm demo: chain %s at %s stopped\n", node.ChainID(), node.HTTPURL())
	}
	return err
}

// demoOptions are the dashboard's options on a demo chain: new heads over
// its WebSocket, its dev accounts named and offered for signing (with their
// roles and passphrases in the picker), and no cache.
func demoOptions(node *devnet.Node, accounts []devnet.Account, ksDir, account, journal string) dashboardOptions {
	roles := map[string]string{}
	for _, a := range accounts {
		_, role, _ := strings.Cut(a.Label, ":")
		roles[a.Name()] = "demo passphrase " + a.Passphrase + " · " + strings.TrimSpace(role)
	}
	return dashboardOptions{src: backend.Options{WSURL: node.WSURL(), Labels: demoLabels(accounts), Wallet: backend.WalletOptions{
		Keystore: ksDir, Account: account, Roles: roles, Journal: journal,
		Ballots: filepath.Join(filepath.Dir(journal), "demo-ballots"), // apart from real ballots
	}}}
}

// demoLabels name the dev accounts by the first word of their labels.
func demoLabels(accounts []devnet.Account) map[common.Address]string {
	labels := map[common.Address]string{}
	for _, a := range accounts {
		labels[a.Address] = shortLabel(a.Label)
	}
	return labels
}

// parseOnlyFlags parses args into fs for a command that takes no
// positional arguments; an argument left over is a usage error saying why
// (hint). A help request returns flag.ErrHelp, which exits 0.
func parseOnlyFlags(fs *flag.FlagSet, args []string, hint string) error {
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("unexpected argument %q (%s)", fs.Arg(0), hint))
	}
	return nil
}
