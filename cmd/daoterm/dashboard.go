package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/ethereum/go-ethereum/common"
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
	return dashboard(ctx, e, d, dashboardOptions{wallet: signingOptions(e, cfg, &f), ui: cfg.UI})
}

// signingOptions find the keystore and account for the dashboard's signing
// flows: --keystore / --account, then the config file, then the default
// keystore directories. A missing keystore does not stop the dashboard:
// the flows say how to configure one.
func signingOptions(e *env, cfg *config.Config, f *daoFlags) walletOptions {
	var o walletOptions
	ks, acct, err := config.ResolveAccount(cfg, config.Overrides{Keystore: f.keystore, Account: f.account}, e.getenv)
	if err != nil {
		o.keystoreErr = err
		return o
	}
	o.account = acct
	o.keystore, o.keystoreErr = keystore.ResolveDir(e.getenv("HOME"), ks, "", false)
	return o
}

// dashboardOptions are what the demo adds to a plain dashboard.
type dashboardOptions struct {
	wsURL  string                    // a WebSocket endpoint for new heads
	labels map[common.Address]string // names of known addresses
	wallet walletOptions             // keystore, account and journal for signing
	ui     config.UI                 // the config's [ui] table: theme and keys
}

// dashboard connects to d and runs the TUI until the user quits.
func dashboard(ctx context.Context, e *env, d *config.DAO, o dashboardOptions) error {
	c, err := chain.Dial(ctx, d.RPC, chain.Options{})
	if err != nil {
		return err
	}
	defer c.Close()
	if err := checkChain(c, d); err != nil {
		return err
	}
	src, err := openSource(ctx, c, d, o)
	if err != nil {
		return err
	}
	defer src.close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	wo := o.wallet
	if wo.journal == "" {
		if wo.journal, err = signer.DefaultJournalPath(e.getenv); err != nil {
			return err
		}
	}
	km := o.ui.KeyMap()
	opts := tui.Options{Wallet: newWallet(c, src.d.Governor().Writer(), src.d.Token().Address, wo),
		Keys: &km, Styles: theme.Named(o.ui.Theme), Columns: o.ui.Columns}
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

// source implements tui.Source over a synced DAO. When the head stream says
// the node now serves another chain, it opens the DAO again on a fresh
// client (dropping every cache of the old chain) before passing the Reset
// on, so that the TUI's reload reads the new chain.
type source struct {
	name   string
	cfg    *config.DAO
	wsURL  string
	labels map[common.Address]string
	poll   time.Duration // head polling interval; 0: dao.DefaultPoll

	mu      sync.Mutex
	d       *dao.DAO
	err     error           // why the DAO could not be opened on the new chain
	clients []*chain.Client // dialed on resets; closed by close
}

func openSource(ctx context.Context, c *chain.Client, d *config.DAO, o dashboardOptions) (*source, error) {
	syncer, err := dao.Open(ctx, c, daoConfig(d))
	if err != nil {
		return nil, err
	}
	return &source{name: d.Name, cfg: d, d: syncer, wsURL: o.wsURL, labels: o.labels}, nil
}

// daoConfig is what dao.Open needs of a configured DAO.
func daoConfig(d *config.DAO) dao.Config {
	return dao.Config{
		Governor: d.Governor, Family: gov.Family(d.Family), Token: d.Token, Treasury: d.Treasury, Tokens: d.Tokens, Exclude: d.ExcludeTokens, StartBlock: d.StartBlock,
	}
}

// current is the DAO to read, or why there is none on the node's chain.
func (s *source) current() (*dao.DAO, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.d, s.err
}

// reopen opens the DAO again on a fresh client after the node changed
// chains (what says how); a failure is kept and returned by every read.
func (s *source) reopen(ctx context.Context, what string) {
	c, err := chain.Dial(ctx, s.cfg.RPC, chain.Options{})
	var d *dao.DAO
	if err == nil {
		if err = checkChain(c, s.cfg); err == nil {
			d, err = dao.Open(ctx, c, daoConfig(s.cfg))
		}
		if err != nil {
			c.Close()
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.err = fmt.Errorf("the node now serves another chain (%s) and the DAO cannot be read there: %w", what, err)
		return
	}
	s.d, s.err = d, nil
	s.clients = append(s.clients, c)
}

// close closes the clients dialed on resets (the first one is the caller's).
func (s *source) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.clients {
		c.Close()
	}
	s.clients = nil
}

func (s *source) Info(ctx context.Context) (*tui.DAOInfo, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	info := d.Info()
	name := s.name
	if name == "" {
		name = info.Name
	}
	return &tui.DAOInfo{
		Name:      name,
		ChainName: chainName(d.Client().ChainID()),
		ChainID:   d.Client().ChainID(),
		Governor:  *info,
		Token:     d.Token(),
		Tokens:    d.Tokens(),
		Treasury:  d.Treasury(),
		Labels:    s.labels,
	}, nil
}

// Tokens implements tui.Source.
func (s *source) Tokens() []treasury.Asset {
	d, err := s.current()
	if err != nil {
		return nil
	}
	return d.Tokens()
}

// Heads implements tui.Source: the chain's heads, errors while the node is
// unreachable (the stream reconnects by itself), and a Reset when the node
// serves another chain — sent after the DAO was opened again.
func (s *source) Heads(ctx context.Context) (<-chan tui.Head, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	in, err := dao.Heads(ctx, d.Client(), s.wsURL, s.poll)
	if err != nil {
		return nil, err
	}
	out := make(chan tui.Head)
	go func() {
		defer close(out)
		for h := range in {
			if h.Reset != "" {
				s.reopen(ctx, h.Reset)
			}
			select {
			case out <- tui.Head{Number: h.Number, Time: h.Time, Err: h.Err, Reset: h.Reset}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

func (s *source) Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	return d.Proposals(ctx, block)
}

func (s *source) Votes(ctx context.Context, block uint64) ([]gov.Vote, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	return d.Votes(ctx, block)
}

func (s *source) BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	return d.BlockTimes(ctx, head, blocks)
}

func (s *source) Ownership(ctx context.Context, block uint64) (*token.Snapshot, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	return d.Ownership(ctx, block)
}

func (s *source) Treasury(ctx context.Context, block uint64) (*treasury.Snapshot, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	return d.TreasuryAt(ctx, block)
}

// Progress reports the first sync's progress to the footer.
func (s *source) Progress() tui.Progress {
	d, err := s.current()
	if err != nil {
		return tui.Progress{}
	}
	done, total, what := d.Progress()
	return tui.Progress{Done: done, Total: total, What: what}
}

// chainName names well-known chains; others are "chain N".
func chainName(id *big.Int) string {
	names := map[uint64]string{
		1: "Ethereum", 10: "OP Mainnet", 56: "BNB Chain", 100: "Gnosis", 137: "Polygon",
		8453: "Base", 42161: "Arbitrum One", 42170: "Arbitrum Nova", 11155111: "Sepolia",
		17000: "Holesky", 560048: "Hoodi", 1337: "devnet", 31337: "Anvil/Hardhat",
	}
	if id.IsUint64() {
		if n, ok := names[id.Uint64()]; ok {
			return n
		}
	}
	return "chain " + id.String()
}

// shortLabel is the first word of a devnet account label ("alice: whale…" → "alice").
func shortLabel(label string) string {
	if i := strings.IndexAny(label, ": "); i > 0 {
		return label[:i]
	}
	return label
}
