package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/infopanel"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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
	o := dashboardOptions{wallet: signingOptions(e, cfg, &f), cache: f.cacheOptions(e, cfg)}
	if cfg != nil {
		o.explorer, o.ui = cfg.Explorer, cfg.UI
	}
	return dashboard(ctx, e, d, o)
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
	wsURL    string                    // a WebSocket endpoint for new heads
	labels   map[common.Address]string // names of known addresses
	wallet   walletOptions             // keystore, account and journal for signing
	explorer config.Explorer           // [explorer] templates; zero: the chain's built-in one
	cache    cacheOptions              // the zero value: no cache (the demo's chain is new each time)
	ui       config.UI                 // the config's [ui] table: theme, keys and columns
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
		if wo.journal, err = journal.DefaultPath(e.getenv); err != nil {
			return err
		}
	}
	src.wallet = wo
	w := newWallet(c, src.d.Governor().Writer(), src.d.Token().Address, wo)
	src.onReopen = func(c *chain.Client, d *dao.DAO) { w.follow(c, d.Governor().Writer(), d.Token().Address) }
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
	wallet walletOptions // keystore, journal and dev accounts' roles, for the info panel

	mu      sync.Mutex
	d       *dao.DAO
	err     error           // why the DAO could not be opened on the new chain
	clients []*chain.Client // dialed on resets; closed by close
	cache   cacheOptions    // how each opening of the DAO reaches the cache
	// onReopen, when set, is told of the DAO opened again after a chain
	// reset (the wallet follows it to the new chain).
	onReopen func(*chain.Client, *dao.DAO)
	notes    []string // cache notes not yet shown (see CacheNotes)
}

func openSource(ctx context.Context, c *chain.Client, d *config.DAO, o dashboardOptions) (*source, error) {
	src := &source{name: d.Name, cfg: d, wsURL: o.wsURL, labels: o.labels, cache: o.cache}
	src.cache.note = src.addNote // the terminal belongs to the dashboard: notes go to CacheNotes
	syncer, err := src.open(ctx, c)
	if err != nil {
		return nil, err
	}
	src.d = syncer
	return src, nil
}

// open opens the DAO on c, through the cache when there is one.
func (s *source) open(ctx context.Context, c *chain.Client) (*dao.DAO, error) {
	cfg := daoConfig(s.cfg)
	cfg.Cache, cfg.OnNote = openCache(ctx, c, s.cache), s.addNote
	return dao.Open(ctx, c, cfg)
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
			d, err = s.open(ctx, c)
		}
		if err != nil {
			c.Close()
		}
	}
	s.mu.Lock()
	if err != nil {
		s.err = fmt.Errorf("the node now serves another chain (%s) and the DAO cannot be read there: %w", what, err)
		s.mu.Unlock()
		return
	}
	s.d, s.err = d, nil
	s.clients = append(s.clients, c)
	follow := s.onReopen
	s.mu.Unlock()
	if follow != nil {
		follow(c, d)
	}
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

// addNote keeps a cache note for the dashboard's status line.
func (s *source) addNote(msg string) {
	s.mu.Lock()
	s.notes = append(s.notes, msg)
	s.mu.Unlock()
}

// CacheNotes returns and forgets what the cache had to say since the last
// call (a corrupt entry rebuilt, a reorg rolled back, a cache in use by
// another process), for the status line. The text names local paths and
// errors: sanitize it before display.
func (s *source) CacheNotes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.notes
	s.notes = nil
	return n
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
			case out <- tui.Head{Number: h.Number, Time: h.Time, L1Block: h.L1Block, Err: h.Err, Reset: h.Reset}:
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

// InfoPanel implements ui.InfoPaneler: where the dashboard reads (the RPC
// URL, redacted; the chain's genesis) and writes (journal, keystore), and
// the demo's dev accounts.
func (s *source) InfoPanel(ctx context.Context) ([]ui.InfoRow, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	const reads, writes, accts = infopanel.SectionChain, infopanel.SectionFiles, infopanel.SectionAccounts
	url := func(label, u string) ui.InfoRow {
		r := chain.RedactURL(u) // a key in the URL never shows, nor is copied
		return ui.InfoRow{Section: reads, Label: label, Value: r, Copy: ui.Target{Kind: ui.KindURL, Value: r}}
	}
	rows := []ui.InfoRow{url("RPC", s.cfg.RPC)}
	if s.wsURL != "" {
		rows = append(rows, url("Heads", s.wsURL))
	}
	if g, err := d.Client().Genesis(ctx); err == nil {
		rows = append(rows, ui.InfoRow{Section: reads, Label: "Genesis", Value: g.Hex(), Copy: ui.Target{Kind: ui.KindBlock, Value: "0"}})
	} else {
		rows = append(rows, ui.InfoRow{Section: reads, Label: "Genesis", Value: "unknown: " + err.Error()})
	}
	path := func(label, p string, err error) {
		switch {
		case p != "":
			rows = append(rows, ui.InfoRow{Section: writes, Label: label, Value: p, Copy: ui.Target{Kind: ui.KindPath, Value: p}})
		case err != nil:
			rows = append(rows, ui.InfoRow{Section: writes, Label: label, Value: "none: " + err.Error()})
		}
	}
	path("Journal", s.wallet.journal, nil)
	path("Keystore", s.wallet.keystore, s.wallet.keystoreErr)
	if s.cache.off || s.cache.dir == "" {
		rows = append(rows, ui.InfoRow{Section: reads, Label: "Cache", Value: "off (every read starts from the DAO's first block)"})
	} else {
		rows = append(rows, ui.InfoRow{Section: reads, Label: "Cache", Value: s.cache.dir, Copy: ui.Target{Kind: ui.KindPath, Value: s.cache.dir}})
	}
	if len(s.wallet.roles) > 0 { // the demo: its dev accounts
		var named []ui.InfoRow
		for a, label := range s.labels {
			named = append(named, ui.InfoRow{Section: accts, Label: label, Value: a.Hex(), Note: s.wallet.roles[label], Copy: ui.Target{Kind: ui.KindAddress, Value: a.Hex()}})
		}
		slices.SortFunc(named, func(a, b ui.InfoRow) int { return strings.Compare(a.Label, b.Label) })
		rows = append(rows, named...)
	}
	return rows, nil
}

// PowerHistory implements ui.PowerHistorian: account's voting power after
// each of the token's DelegateVotesChanged events for it, from the DAO's
// start block to block (one filtered log query, adaptive ranges, and one
// header batch for the times).
func (s *source) PowerHistory(ctx context.Context, block uint64, account common.Address) ([]ui.PowerPoint, error) {
	d, err := s.current()
	if err != nil {
		return nil, err
	}
	changed := crypto.Keccak256Hash([]byte("DelegateVotesChanged(address,uint256,uint256)"))
	logs, err := d.Client().Logs(ctx, chain.LogQuery{
		Addresses: []common.Address{d.Token().Address},
		Topics:    [][]common.Hash{{changed}, {common.BytesToHash(account.Bytes())}},
		From:      s.cfg.StartBlock, To: block,
	})
	if err != nil {
		return nil, err
	}
	var out []ui.PowerPoint
	var blocks []uint64
	for _, l := range logs {
		if len(l.Data) != 64 || len(l.Topics) != 2 {
			return nil, fmt.Errorf("malformed DelegateVotesChanged log in block %d (tx %s): %d data bytes, %d topics", l.BlockNumber, l.TxHash.Hex(), len(l.Data), len(l.Topics))
		}
		out = append(out, ui.PowerPoint{Block: l.BlockNumber, Votes: new(big.Int).SetBytes(l.Data[32:])})
		blocks = append(blocks, l.BlockNumber)
	}
	if len(blocks) > 0 {
		times, err := d.Client().BlockTimes(ctx, slices.Compact(blocks))
		if err != nil {
			return nil, err
		}
		for i := range out {
			if t, ok := times[out[i].Block]; ok {
				out[i].Time = time.Unix(int64(t), 0).UTC()
			}
		}
	}
	return out, nil
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
