package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/cmd/internal/backend"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
)

// runDashboard opens the dashboard for the DAO named by flags or config.
func runDashboard(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("daoterm", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f daoFlags
	f.register(fs)
	rest, err := f.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 1 {
		return usageErr(fmt.Errorf("unexpected arguments %q: give at most one DAO name", rest))
	}
	if len(rest) == 1 {
		f.dao = rest[0]
		if err := checkTypo(e, &f); err != nil {
			return err
		}
	}
	if f.dao == "" && f.governor == "" {
		name, quit, err := pickDAO(ctx, e, &f)
		if err != nil || quit {
			return err
		}
		f.dao = name
	}
	d, cfg, err := f.resolve(e)
	if err != nil {
		if f.governor == "" && f.rpc == "" && (cfg == nil || len(cfg.DAOs) == 0) {
			err = fmt.Errorf("%w\n(new here? `daoterm demo` opens the dashboard on an embedded demo chain)", err)
		}
		return err
	}
	o := dashboardOptions{src: backend.Options{Wallet: signingOptions(e, cfg, &f), Cache: f.cacheOptions(e, cfg)}}
	if cfg != nil {
		o.explorer, o.ui = cfg.Explorer, cfg.UI
	}
	return dashboard(ctx, e, d, o)
}

// signingOptions find the keystore and account for the dashboard's signing
// flows: --keystore / --account, then the config file, then the default
// keystore directories. A missing keystore does not stop the dashboard:
// the flows say how to configure one.
func signingOptions(e *env, cfg *config.Config, f *daoFlags) backend.WalletOptions {
	var o backend.WalletOptions
	ks, acct, err := config.ResolveAccount(cfg, config.Overrides{Keystore: f.keystore, Account: f.account}, e.getenv)
	if err != nil {
		o.KeystoreErr = err
		return o
	}
	o.Account = acct
	o.Keystore, o.KeystoreErr = keystore.ResolveDir(e.getenv("HOME"), ks, "", false)
	return o
}

// dashboardOptions are what the demo adds to a plain dashboard.
type dashboardOptions struct {
	src      backend.Options // heads, labels, wallet and cache (zero: none; the demo's chain is new each time)
	explorer config.Explorer // [explorer] templates; zero: the chain's built-in one
	ui       config.UI       // the config's [ui] table: theme, keys and columns
}

// dashboard connects to d and runs the TUI until the user quits.
func dashboard(ctx context.Context, e *env, d *config.DAO, o dashboardOptions) error {
	c, err := chain.Dial(ctx, d.RPC, chain.Options{Head: true})
	if err != nil {
		return err
	}
	defer c.Close()
	if err := checkChain(c, d); err != nil {
		return err
	}
	so := o.src
	if so.Wallet.Journal == "" {
		if so.Wallet.Journal, err = journal.DefaultPath(e.getenv); err != nil {
			return err
		}
	}
	so.Check = func(c *chain.Client) error { return checkChain(c, d) }
	src, err := backend.Open(ctx, c, d, so)
	if err != nil {
		return err
	}
	defer src.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	opened, err := src.DAO()
	if err != nil {
		return err
	}
	// The router sends each write to its proposal's own governor (legacy ones too).
	w := backend.NewWallet(c, opened.Governors().Router(), opened.TokenAddress(), so.Wallet)
	src.OnReopen(func(c *chain.Client, d *dao.DAO) { w.Follow(c, d.Governors().Router(), d.TokenAddress()) })
	km := o.ui.KeyMap()
	opts := tui.Options{Wallet: w, Keys: &km, Styles: theme.Named(o.ui.Theme), Columns: o.ui.Columns,
		Terminal: e.stdout, SystemClipboard: e.getenv("DAOTERM_CLIPBOARD") != "off", Explorer: explorerOf(o.explorer)}
	if path := e.getenv("DAOTERM_LOG"); path != "" {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
		if err != nil {
			return fmt.Errorf("open the log file $DAOTERM_LOG: %w", err)
		}
		defer f.Close()
		opts.Log = slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	m := tui.New(ctx, src, opts)
	_, err = tea.NewProgram(m, tea.WithAltScreen(), tea.WithContext(ctx),
		tea.WithInput(e.stdin), tea.WithOutput(e.stdout)).Run()
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("the terminal UI stopped: %w", err)
	}
	return nil
}

// explorerOf turns the [explorer] table into the dashboard's templates
// (nil when unset: the chain's built-in explorer applies).
func explorerOf(c config.Explorer) *ui.Explorer {
	if c.URL == "" && len(c.Kinds) == 0 {
		return nil
	}
	e := &ui.Explorer{URL: c.URL, Kinds: map[ui.Kind]string{}}
	for k, v := range c.Kinds {
		e.Kinds[ui.Kind(k)] = v
	}
	return e
}

// shortLabel is the first word of a devnet account label ("alice: whale…" → "alice").
func shortLabel(label string) string {
	if i := strings.IndexAny(label, ": "); i > 0 {
		return label[:i]
	}
	return label
}
