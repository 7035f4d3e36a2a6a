package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/cmd/internal/backend"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/ethereum/go-ethereum/common"
)

// daoFlags are the flags every command that reads a DAO accepts.
type daoFlags struct {
	config     string
	dao        string
	rpc        string
	governor   string
	token      string
	treasury   listFlag
	tokens     listFlag
	exclude    listFlag
	startBlock uint64
	keystore   string
	account    string
	noCache    bool
	noLegacy   bool
	set        map[string]bool
}

// listFlag is a repeatable or comma-separated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

func (f *daoFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.config, "config", "", "config file (default $XDG_CONFIG_HOME/daoterm/config.toml)")
	fs.StringVar(&f.dao, "dao", "", "name of the DAO in the config file, or a well-known DAO's slug (daoterm daos)")
	fs.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL (default: the config, then $ETH_RPC_URL)")
	fs.StringVar(&f.governor, "governor", "", "governor contract address")
	fs.StringVar(&f.token, "token", "", "governance token address (default: the governor's token())")
	fs.Var(&f.treasury, "treasury", "treasury address, repeatable (default: the governor's timelock)")
	fs.Var(&f.tokens, "tokens", "tracked ERC-20 address, repeatable")
	fs.Var(&f.exclude, "exclude-token", "token the treasury never lists (spam), repeatable")
	fs.Uint64Var(&f.startBlock, "start-block", 0, "first block to read logs from")
	fs.StringVar(&f.keystore, "keystore", "", "keystore directory")
	fs.StringVar(&f.account, "account", "", "account name or address")
	fs.BoolVar(&f.noCache, "no-cache", false, "read every log from the chain: neither read nor write the cache (cache_dir in the config)")
	fs.BoolVar(&f.noLegacy, "no-legacy", false, "read only the current governor, not the DAO's legacy governors (legacy_governors in the config or the registry)")
}

// parse parses args into fs, taking one optional positional DAO name, and
// records which flags were set so that only those override the file.
func (f *daoFlags) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return nil, usageErr(err)
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	return rest, nil
}

// resolve merges flags, the config file and the environment into one DAO.
func (f *daoFlags) resolve(e *env) (*config.DAO, *config.Config, error) {
	cfg, err := config.LoadEnv(f.config, e.getenv)
	if err != nil {
		return nil, nil, usageErr(err)
	}
	o := config.Overrides{
		RPC: f.rpc, Governor: f.governor, Token: f.token,
		Keystore: f.keystore, Account: f.account,
		Treasury: f.treasury, Tokens: f.tokens, ExcludeTokens: f.exclude,
		NoLegacy: f.noLegacy,
	}
	if f.set["start-block"] {
		sb := f.startBlock
		o.StartBlock = &sb
	}
	dao, err := config.Resolve(cfg, f.dao, o, e.getenv)
	if err != nil {
		return nil, cfg, usageErr(err)
	}
	return dao, cfg, nil
}

// session is a connection to one DAO: the client, the governor reader and
// the figures read once at connect.
type session struct {
	dao    *config.DAO
	client *chain.Client
	gov    *governor.Reader
	info   *gov.Info // without the timelock's kind: see open
	block  uint64    // the block every read of this session is pinned to
	pin    chain.Pin // the chain and block the reads are of; see verify
	cache  backend.CacheOptions
	govs   *governor.Set // the current and legacy governors; see governors
	synced *dao.DAO      // the DAO over the cache, once opened; see syncer
	tty    *os.File      // where a sync draws its progress (stderr on a terminal); nil: nowhere
	saving chan struct{} // closed when the cache writes of the last read are done (see saveLater)
}

// connect dials the DAO's RPC, checks the governor and pins the head block.
func connect(ctx context.Context, dao *config.DAO) (*session, error) {
	return connectAt(ctx, dao, nil)
}

// connectAt is connect pinned to block, or to the head block when nil.
func connectAt(ctx context.Context, dao *config.DAO, block *uint64) (*session, error) {
	c, err := chain.Dial(ctx, dao.RPC, chain.Options{Head: block == nil})
	if err != nil {
		return nil, err
	}
	if err := checkChain(c, dao); err != nil {
		c.Close()
		return nil, err
	}
	s := &session{dao: dao, client: c}
	if err := s.open(ctx, block); err != nil {
		c.Close()
		return nil, err
	}
	return s, nil
}

func (s *session) open(ctx context.Context, block *uint64) error {
	var at uint64
	if block != nil {
		at = *block
	} else if head := s.client.DialHead(); head != nil {
		at = head.Number.Uint64() // read with the chain id, a moment ago
	} else {
		head, err := s.client.Head(ctx)
		if err != nil {
			return err
		}
		at = head.Number.Uint64()
	}
	// The chain id, the genesis and the block's hash (and time), read
	// while the governor is: verify checks them again before anything is
	// printed.
	pinC := make(chan error, 1)
	go func() {
		var err error
		s.pin, err = s.client.PinBlock(ctx, at)
		pinC <- err
	}()
	gr, err := governor.NewWith(ctx, s.client, s.dao.Governor, governor.Options{Family: gov.Family(s.dao.Family), Block: at})
	if perr := <-pinC; perr != nil {
		return perr // a block the node does not have says more than what failed on it
	}
	if err != nil {
		return err
	}
	// The governor's settings at the block it was probed at, with the
	// pinned header's time: no request more (the timelock's kind, which
	// only `info` shows, is left to it).
	info, err := gr.Settings(ctx, at, s.pin.Clock)
	if err != nil {
		return err
	}
	s.gov, s.info, s.block = gr, info, at
	return nil
}

// verify checks that the node still serves the chain and the block the
// session read: the same chain id, genesis and hash of the pinned block. A
// node restarted with another chain, or a reorganisation of the pinned
// block, while the command read, would mix figures of two chains.
func (s *session) verify(ctx context.Context) error {
	if err := s.client.CheckPin(ctx, s.pin); err != nil {
		return fmt.Errorf("the figures read at block %d cannot be trusted, so none are printed: %w: run the command again", s.block, err)
	}
	return nil
}

// governors returns the DAO's governors: the current one and its legacy
// ones (config.DAO.LegacyGovernors), each detected on its own. It probes
// the legacy ones the first time; a legacy governor that cannot be read is
// left out and said so on warn.
func (s *session) governors(ctx context.Context, warn io.Writer) (*governor.Set, error) {
	if s.govs != nil {
		return s.govs, nil
	}
	set, err := governor.NewSet(ctx, s.client, s.gov, s.dao.LegacyGovernors)
	if err != nil {
		return nil, err
	}
	for _, n := range set.Notes() {
		fmt.Fprintf(warn, "daoterm: note: %s\n", safeLine(n, 600))
	}
	s.govs = set
	return set, nil
}

// proposals reads the proposals of every governor of the DAO at the
// session's block, in creation order: through the cache (only the blocks
// after it are fetched), or, with --no-cache, from every event.
func (s *session) proposals(ctx context.Context, warn io.Writer) (*governor.Set, []gov.Proposal, error) {
	set, err := s.governors(ctx, warn)
	if err != nil {
		return nil, nil, err
	}
	if s.cache.Off {
		props, err := set.Proposals(ctx, s.dao.StartBlock, s.block)
		return set, props, err
	}
	d, err := s.syncer(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer showProgress(s.tty, d)()
	props, err := d.Proposals(ctx, s.block)
	if err == nil {
		s.saveLater(ctx, d)
	}
	return set, props, err
}

// votes reads the votes cast on p, on its governor gr, up to the session's
// block, in chain order: from the governors' events through the cache as
// proposals reads them, or, with --no-cache, from gr's events since p's
// creation.
func (s *session) votes(ctx context.Context, gr *governor.Reader, p *gov.Proposal) ([]gov.Vote, error) {
	var all []gov.Vote
	var err error
	if s.cache.Off {
		all, err = gr.Votes(ctx, max(p.CreatedBlock, s.dao.StartBlock), s.block)
	} else {
		var d *dao.DAO
		if d, err = s.syncer(ctx); err == nil {
			all, err = d.Votes(ctx, s.block) // the events proposals read: no request
		}
	}
	if err != nil {
		return nil, err
	}
	var out []gov.Vote
	for _, v := range all {
		if v.Governor == p.Governor && v.ProposalID.Cmp(p.ID) == 0 {
			out = append(out, v)
		}
	}
	return out, nil
}

// proposal finds the proposal ref names (see findProposal) among every
// governor's.
func (s *session) proposal(ctx context.Context, warn io.Writer, ref string) (*governor.Set, *gov.Proposal, error) {
	set, props, err := s.proposals(ctx, warn)
	if err != nil {
		return nil, nil, err
	}
	p, err := findProposal(props, s.dao.Governor, ref)
	if err != nil {
		return nil, nil, usageErr(err)
	}
	return set, p, nil
}

// close releases the RPC connection.
func (s *session) close() { s.client.Close() }

// token is the DAO's governance token: the configured one, else the governor's.
func (s *session) token() common.Address {
	if s.dao.Token != (common.Address{}) {
		return s.dao.Token
	}
	return s.info.Token
}

// treasuries are the DAO's treasury addresses: the configured ones, else the
// governor's timelock.
func (s *session) treasuries() ([]common.Address, error) {
	if len(s.dao.Treasury) > 0 {
		return s.dao.Treasury, nil
	}
	if s.info.Timelock == (common.Address{}) {
		return nil, errors.New("the governor has no timelock: name the treasury with --treasury ADDR")
	}
	return []common.Address{s.info.Timelock}, nil
}

// trackedTokens are the ERC-20s whose treasury balances and flows are read:
// the governance token first, then the configured ones.
func (s *session) trackedTokens() []common.Address {
	out := []common.Address{s.token()}
	for _, t := range s.dao.Tokens {
		if t != out[0] {
			out = append(out, t)
		}
	}
	return out
}

// displayInfo is what naming addresses and formatting amounts needs: the
// governor, the token and tracked tokens with their symbols and decimals, and
// the treasury. The metadata of also (a proposal's action targets) is read
// in the same CallAt, and those that are tokens (they answer symbol()) are
// listed too, so that an action moving a token shows its amount in it.
//
// Once the session opened its DAO (syncer), the metadata comes from it: it
// read the governance and pinned tokens' at the session's block, and
// Proposals every action target's. Only excluded tokens are read again.
func (s *session) displayInfo(ctx context.Context, also ...common.Address) (*ui.DAOInfo, error) {
	tracked := s.trackedTokens()
	want := append(slices.Clone(tracked), also...)
	var assets []treasury.Asset
	var err error
	if s.synced != nil {
		assets, err = s.knownAssets(ctx, want)
	} else {
		assets, err = treasury.ReadAssets(ctx, s.client, want, s.block)
	}
	if err != nil {
		return nil, err
	}
	for i := len(assets) - 1; i >= len(tracked); i-- {
		if assets[i].Symbol == "" || slices.ContainsFunc(assets[:i], func(a treasury.Asset) bool { return a.Address == assets[i].Address }) {
			assets = slices.Delete(assets, i, i+1)
		}
	}
	treasuries, _ := s.treasuries() // none is fine here: nothing to name
	return &ui.DAOInfo{
		Name:     s.info.Name,
		ChainID:  s.client.ChainID(),
		Governor: *s.info,
		Token:    assets[0],
		Tokens:   assets,
		Treasury: treasuries,
	}, nil
}

// knownAssets is the metadata of addrs as the session's DAO knows it (see
// displayInfo), in order: a non-token blank, an excluded token (the DAO
// does not list those) read here.
func (s *session) knownAssets(ctx context.Context, addrs []common.Address) ([]treasury.Asset, error) {
	if _, err := s.synced.Token(ctx); err != nil {
		return nil, err
	}
	known := s.synced.Tokens()
	out := make([]treasury.Asset, len(addrs))
	var excluded []int
	for i, a := range addrs {
		j := slices.IndexFunc(known, func(t treasury.Asset) bool { return t.Address == a })
		switch {
		case j >= 0:
			out[i] = known[j]
		case slices.Contains(s.dao.ExcludeTokens, a):
			excluded = append(excluded, i)
		default:
			out[i] = treasury.Asset{Address: a} // no token: Proposals read it
		}
	}
	if len(excluded) == 0 {
		return out, nil
	}
	read := make([]common.Address, len(excluded))
	for k, i := range excluded {
		read[k] = addrs[i]
	}
	assets, err := treasury.ReadAssets(ctx, s.client, read, s.block)
	if err != nil {
		return nil, err
	}
	for k, i := range excluded {
		out[i] = assets[k]
	}
	return out, nil
}

// cacheOptions returns the cache settings of the flags and config file.
func (f *daoFlags) cacheOptions(e *env, cfg *config.Config) backend.CacheOptions {
	o := backend.CacheOptions{Off: f.noCache, Note: func(msg string) {
		fmt.Fprintf(e.stderr, "daoterm: %s\n", safeLine(msg, 600))
	}}
	if cfg != nil {
		o.Dir = cfg.CacheDir
	}
	if o.Dir == "" && e.getenv != nil {
		if x := e.getenv("XDG_CACHE_HOME"); x != "" && filepath.IsAbs(x) {
			o.Dir = filepath.Join(x, "daoterm")
		} else if h := e.getenv("HOME"); h != "" && filepath.IsAbs(h) {
			o.Dir = filepath.Join(h, ".cache", "daoterm")
		}
	}
	// With neither XDG_CACHE_HOME nor HOME there is nowhere to keep it.
	o.Off = o.Off || o.Dir == ""
	return o
}

// syncer opens the DAO over the session's client with the cache, once,
// for reads that fold a long history. Its legacy governors are those
// governors detected (none when they were not asked for: holders,
// delegates and treasury need none).
func (s *session) syncer(ctx context.Context) (*dao.DAO, error) {
	if s.synced != nil {
		return s.synced, nil
	}
	cfg := backend.DAOConfig(s.dao)
	cfg.Legacy = nil
	cfg.Detected = dao.Detected{Reader: s.gov, Info: s.info, Block: s.block, Set: s.govs}
	cfg.Cache, cfg.OnNote = backend.OpenCache(ctx, s.client, s.cache), s.cache.Tell
	cfg.SaveLater = true // see saveLater
	d, err := dao.Open(ctx, s.client, cfg)
	if err == nil {
		s.synced = d
	}
	return d, err
}

// saveLater writes the cache of d's last read in the background, while
// the command writes its output (at 10⁶ transfers both take a tenth of a
// second); runRead waits for it (waitSaved) before the command ends.
func (s *session) saveLater(ctx context.Context, d *dao.DAO) {
	s.waitSaved() // one write at a time, each waited for
	done := make(chan struct{})
	go func() {
		defer close(done)
		d.Flush(ctx)
	}()
	s.saving = done
}

// guardPipe makes e's stdout, while the read runs, wait for the cache
// writes saveLater started before a write to a closed pipe ends the
// process: a reader that stops early (`daoterm holders | head`) would
// otherwise kill it on SIGPIPE mid-write, every time, and the cache would
// never be kept. The process still exits on SIGPIPE, as before. It
// returns the function that puts stdout back.
func (s *session) guardPipe(e *env) func() {
	f, ok := e.stdout.(*os.File)
	if !ok {
		return func() {}
	}
	pipe := make(chan os.Signal, 1)
	signal.Notify(pipe, syscall.SIGPIPE) // a write to a closed stdout now fails with EPIPE
	e.stdout = closedPipe{f, s}
	return func() {
		e.stdout = f
		signal.Stop(pipe)
	}
}

// closedPipe is stdout under guardPipe.
type closedPipe struct {
	f *os.File
	s *session
}

func (p closedPipe) Write(b []byte) (int, error) {
	n, err := p.f.Write(b)
	if errors.Is(err, syscall.EPIPE) {
		p.s.waitSaved()
		signal.Reset(syscall.SIGPIPE)
		p.f.Write(b) // Go's runtime ends the process on SIGPIPE, as unguarded
	}
	return n, err
}

// waitSaved waits for the cache writes saveLater started.
func (s *session) waitSaved() {
	if s.saving != nil {
		<-s.saving
		s.saving = nil
	}
}

// ownership reads the token's holders and delegates at the session's
// block: through the cache (only the blocks after it are fetched), or, with
// --no-cache, from every log.
func (s *session) ownership(ctx context.Context) (*token.Snapshot, error) {
	if s.cache.Off {
		return token.Read(ctx, s.client, s.token(), s.dao.StartBlock, s.block)
	}
	d, err := s.syncer(ctx)
	if err != nil {
		return nil, err
	}
	defer showProgress(s.tty, d)()
	snap, err := d.Ownership(ctx, s.block)
	if err == nil {
		s.saveLater(ctx, d)
	}
	return snap, err
}

// treasuryAt reads the treasury's balances and flows at the session's
// block, through the cache unless --no-cache.
func (s *session) treasuryAt(ctx context.Context, accounts []common.Address) (*treasury.Snapshot, error) {
	if s.cache.Off {
		return treasury.Read(ctx, s.client, treasury.Query{
			Accounts: accounts, Tokens: s.trackedTokens(), Exclude: s.dao.ExcludeTokens, Governor: s.dao.Governor, From: s.dao.StartBlock,
		}, s.block)
	}
	d, err := s.syncer(ctx)
	if err != nil {
		return nil, err
	}
	defer showProgress(s.tty, d)()
	snap, err := d.TreasuryAt(ctx, s.block)
	if err == nil {
		s.saveLater(ctx, d)
	}
	return snap, err
}
