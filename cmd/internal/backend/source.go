// Package backend is the dashboard's side of the chain: a tui.Source over
// a synced DAO that follows chain resets, and a vote.Wallet over the
// keystore, the journal and the RPC client. cmd/daoterm wires them to the
// TUI; the TUI itself never dials.
package backend

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/infopanel"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Source implements tui.Source over a synced DAO. When the head stream says
// the node now serves another chain, it opens the DAO again on a fresh
// client (dropping every cache of the old chain) before passing the Reset
// on, so that the TUI's reload reads the new chain.
type Source struct {
	name   string
	cfg    *config.DAO
	wsURL  string
	labels map[common.Address]string
	poll   time.Duration // head polling interval; 0: dao.DefaultPoll
	wallet WalletOptions // keystore, journal and dev accounts' roles, for the info panel
	check  func(*chain.Client) error

	mu      sync.Mutex
	d       *dao.DAO
	err     error           // why the DAO could not be opened on the new chain
	clients []*chain.Client // dialed on resets; closed by close
	cache   CacheOptions    // how each opening of the DAO reaches the cache
	// onReopen, when set, is told of the DAO opened again after a chain
	// reset (the wallet follows it to the new chain).
	onReopen func(*chain.Client, *dao.DAO)
	notes    []string // cache notes not yet shown (see CacheNotes)
	// pin is the pin of the head client pinOn was dialed at, read while
	// the DAO was opened, for the first head stream (nil: none, or taken).
	pin   func() (chain.Pin, error)
	pinOn *chain.Client
}

// Options are what a Source adds to the configured DAO.
type Options struct {
	WSURL  string                    // a WebSocket endpoint for new heads ("" polls the RPC)
	Labels map[common.Address]string // names of known addresses
	Poll   time.Duration             // head polling interval; 0: dao.DefaultPoll
	Wallet WalletOptions             // keystore, journal and roles, shown by the info panel
	Cache  CacheOptions              // the zero value: no cache
	// Check vets a client dialed again after the node changed chains (the
	// configured chain id); nil accepts any.
	Check func(*chain.Client) error
}

// Open opens the DAO d on c (through the cache when o names one) and
// returns it as the dashboard's source. Close releases the clients it
// dials later; c stays the caller's.
func Open(ctx context.Context, c *chain.Client, d *config.DAO, o Options) (*Source, error) {
	src := &Source{name: d.Name, cfg: d, wsURL: o.WSURL, labels: o.Labels, poll: o.Poll, wallet: o.Wallet, cache: o.Cache, check: o.Check}
	src.cache.Note = src.addNote // the terminal belongs to the dashboard: notes go to CacheNotes
	if h := c.DialHead(); h != nil {
		// The head stream's pin is read while the governor is probed: its
		// first head then goes out without a request (see Heads).
		head := h.Number.Uint64()
		src.pin, src.pinOn = sync.OnceValues(func() (chain.Pin, error) { return dao.PinFor(ctx, c, head) }), c
		go src.pin() // its result is kept for Heads
	}
	syncer, err := src.open(ctx, c)
	if err != nil {
		return nil, err
	}
	src.d = syncer
	return src, nil
}

// open opens the DAO on c, through the cache when there is one.
func (s *Source) open(ctx context.Context, c *chain.Client) (*dao.DAO, error) {
	cfg := DAOConfig(s.cfg)
	cfg.Cache, cfg.OnNote = OpenCache(ctx, c, s.cache), s.addNote
	if h := c.DialHead(); h != nil {
		cfg.Head = h.Number.Uint64() // c was dialed a moment ago
	}
	return dao.Open(ctx, c, cfg)
}

// DAOConfig is what dao.Open needs of a configured DAO.
func DAOConfig(d *config.DAO) dao.Config {
	return dao.Config{
		Governor: d.Governor, Family: gov.Family(d.Family), Legacy: d.LegacyGovernors, Token: d.Token, Treasury: d.Treasury, Tokens: d.Tokens, Exclude: d.ExcludeTokens, StartBlock: d.StartBlock,
	}
}

// DAO is the DAO to read, or why there is none on the node's chain.
func (s *Source) DAO() (*dao.DAO, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.d, s.err
}

// reopen opens the DAO again on a fresh client after the node changed
// chains (what says how); a failure is kept and returned by every read.
func (s *Source) reopen(ctx context.Context, what string) {
	c, err := chain.Dial(ctx, s.cfg.RPC, chain.Options{Head: true})
	var d *dao.DAO
	if err == nil {
		if s.check != nil {
			err = s.check(c)
		}
		if err == nil {
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

// OnReopen has follow told of the DAO opened again after a chain reset
// (the wallet follows it to the new chain).
func (s *Source) OnReopen(follow func(*chain.Client, *dao.DAO)) {
	s.mu.Lock()
	s.onReopen = follow
	s.mu.Unlock()
}

// Close closes the clients dialed on resets (the first one is the caller's).
func (s *Source) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.clients {
		c.Close()
	}
	s.clients = nil
}

// addNote keeps a cache note for the dashboard's status line.
func (s *Source) addNote(msg string) {
	s.mu.Lock()
	s.notes = append(s.notes, msg)
	s.mu.Unlock()
}

// CacheNotes returns and forgets what the cache had to say since the last
// call (a corrupt entry rebuilt, a reorg rolled back, a cache in use by
// another process), and the reads' other notes (see dao.Config.OnNote),
// for the status line. The text names local paths and
// errors: sanitize it before display.
func (s *Source) CacheNotes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.notes
	s.notes = nil
	return n
}

// Info implements tui.Source: the DAO's name, chain, governor, tokens and
// treasury as opened.
func (s *Source) Info(ctx context.Context) (*tui.DAOInfo, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	tok, err := d.Token(ctx)
	if err != nil {
		return nil, err
	}
	info := *d.Info()
	if info.Kind.Timelock, err = d.TimelockKind(ctx); err != nil {
		return nil, err
	}
	name := s.name
	if name == "" {
		name = info.Name
	}
	return &tui.DAOInfo{
		Name:      name,
		ChainName: ChainName(d.Client().ChainID()),
		ChainID:   d.Client().ChainID(),
		Governor:  info,
		Token:     tok,
		Tokens:    d.Tokens(),
		Treasury:  d.Treasury(),
		Labels:    s.labels,
		Legacy:    legacyKinds(d),
	}, nil
}

// legacyKinds are the kinds of d's legacy governors, by address.
func legacyKinds(d *dao.DAO) map[common.Address]gov.Kind {
	rs := d.Governors().Readers()[1:]
	if len(rs) == 0 {
		return nil
	}
	out := make(map[common.Address]gov.Kind, len(rs))
	for _, r := range rs {
		out[r.Address()] = r.Kind()
	}
	return out
}

// Tokens implements tui.Source.
func (s *Source) Tokens() []treasury.Asset {
	d, err := s.DAO()
	if err != nil {
		return nil
	}
	return d.Tokens()
}

// Heads implements tui.Source: the chain's heads, errors while the node is
// unreachable (the stream reconnects by itself), and a Reset when the node
// serves another chain — sent after the DAO was opened again.
func (s *Source) Heads(ctx context.Context) (<-chan tui.Head, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	pin := s.pin
	if s.pinOn != d.Client() {
		pin = nil // read on the client before a reset
	}
	s.pin = nil
	s.mu.Unlock()
	var in <-chan dao.Head
	if p, ok := pinned(pin); ok {
		in, err = dao.HeadsFrom(ctx, d.Client(), s.wsURL, s.poll, p)
	} else {
		in, err = dao.Heads(ctx, d.Client(), s.wsURL, s.poll)
	}
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

// pinned waits for the pin read, when there is one; ok is false when there
// is none, or the read failed (the stream then reads its own).
func pinned(pin func() (chain.Pin, error)) (p chain.Pin, ok bool) {
	if pin == nil {
		return chain.Pin{}, false
	}
	p, err := pin()
	return p, err == nil
}

// Proposals implements tui.Source.
func (s *Source) Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	return d.Proposals(ctx, block)
}

// Votes implements tui.Source.
func (s *Source) Votes(ctx context.Context, block uint64) ([]gov.Vote, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	return d.Votes(ctx, block)
}

// BlockTimes implements tui.Source.
func (s *Source) BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	return d.BlockTimes(ctx, head, blocks)
}

// Ownership implements tui.Source: holders and delegates at block.
func (s *Source) Ownership(ctx context.Context, block uint64) (*token.Snapshot, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	return d.Ownership(ctx, block)
}

// Treasury implements tui.Source: balances and flows at block.
func (s *Source) Treasury(ctx context.Context, block uint64) (*treasury.Snapshot, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	return d.TreasuryAt(ctx, block)
}

// Progress reports the first sync's progress to the footer.
func (s *Source) Progress() tui.Progress {
	d, err := s.DAO()
	if err != nil {
		return tui.Progress{}
	}
	var p tui.Progress
	var names []string
	now := time.Now()
	for _, sy := range d.Syncs() {
		logs := sy.LogRate(now)
		left, _ := sy.ETA(now)
		p.Streams = append(p.Streams, ui.Stream{What: sy.What, Done: sy.Done, Total: sy.Total, Logs: sy.Logs, LogsPerSec: logs, Left: left, MaxResults: sy.MaxResults})
		p.Done, p.Total = p.Done+sy.Done, p.Total+sy.Total
		names = append(names, sy.What)
	}
	p.What = strings.Join(names, ", ")
	return p
}

// InfoPanel implements ui.InfoPaneler: where the dashboard reads (the RPC
// URL, redacted; the chain's genesis) and writes (journal, keystore), and
// the demo's dev accounts.
func (s *Source) InfoPanel(ctx context.Context) ([]ui.InfoRow, error) {
	d, err := s.DAO()
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
	path("Journal", s.wallet.Journal, nil)
	path("Keystore", s.wallet.Keystore, s.wallet.KeystoreErr)
	if s.cache.Off || s.cache.Dir == "" {
		rows = append(rows, ui.InfoRow{Section: reads, Label: "Cache", Value: "off (every read starts from the DAO's first block)"})
	} else {
		rows = append(rows, ui.InfoRow{Section: reads, Label: "Cache", Value: s.cache.Dir, Copy: ui.Target{Kind: ui.KindPath, Value: s.cache.Dir}})
	}
	if len(s.wallet.Roles) > 0 { // the demo: its dev accounts
		var named []ui.InfoRow
		for a, label := range s.labels {
			named = append(named, ui.InfoRow{Section: accts, Label: label, Value: a.Hex(), Note: s.wallet.Roles[label], Copy: ui.Target{Kind: ui.KindAddress, Value: a.Hex()}})
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
func (s *Source) PowerHistory(ctx context.Context, block uint64, account common.Address) ([]ui.PowerPoint, error) {
	d, err := s.DAO()
	if err != nil {
		return nil, err
	}
	changed := crypto.Keccak256Hash([]byte("DelegateVotesChanged(address,uint256,uint256)"))
	logs, err := d.Client().Logs(ctx, chain.LogQuery{
		Addresses: []common.Address{d.TokenAddress()},
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

// ChainName names well-known chains; others are "chain N".
func ChainName(id *big.Int) string {
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
