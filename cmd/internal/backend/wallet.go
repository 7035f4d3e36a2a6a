package backend

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain"
	govt "github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
	"github.com/daoterm/daoterm/tui/vote"
)

// Wallet implements the dashboard's signing side (tui.Wallet) over
// chain/signer: the keystore directory, the journal and the RPC client. It
// keeps no passphrase and no key: each Sign decrypts, signs and forgets.
type Wallet struct {
	mu     sync.Mutex    // guards client, gov and token, which follow a chain reset
	client *chain.Client // see conn
	gov    signer.Encoder
	token  common.Address

	dir    string // keystore directory; "" when dirErr says why there is none
	dirErr error
	def    string            // the configured account (name or address)
	roles  map[string]string // account name → role shown in the picker (demo)

	journal *journal.Journal // nil when journalErr says why
	jerr    error
	ballots string // the directory signed ballots are written to
}

// WalletOptions say where the keys and the journal are.
type WalletOptions struct {
	Keystore    string            // resolved keystore directory ("" with KeystoreErr)
	KeystoreErr error             // why there is no keystore directory
	Account     string            // configured account name or address ("" none)
	Roles       map[string]string // account name → role
	Journal     string            // journal path
	// Ballots is the directory the dashboard writes signed ballots to; ""
	// means "ballots" beside the journal.
	Ballots string
}

// NewWallet opens the journal; a journal that cannot be opened leaves the
// wallet able to show reviews but not to send (Record fails and says why).
func NewWallet(c *chain.Client, gov signer.Encoder, token common.Address, o WalletOptions) *Wallet {
	w := &Wallet{client: c, gov: gov, token: token, dir: o.Keystore, dirErr: o.KeystoreErr, def: o.Account, roles: o.Roles, ballots: o.Ballots}
	if w.ballots == "" && o.Journal != "" {
		w.ballots = filepath.Join(filepath.Dir(o.Journal), "ballots")
	}
	if o.Journal == "" {
		w.jerr = errors.New("no journal path")
	} else {
		w.journal, w.jerr = journal.Open(o.Journal)
	}
	return w
}

// conn returns the client, the governor's write calls (in its family's
// form) and the token the wallet signs for now.
func (w *Wallet) conn() (*chain.Client, signer.Encoder, common.Address) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.client, w.gov, w.token
}

// Follow moves the wallet to the DAO opened again on a new client after
// the node changed chains: its journal entries, nonces and chain checks
// are then the new chain's (Client.Genesis names it), never the old one's.
func (w *Wallet) Follow(c *chain.Client, gov signer.Encoder, token common.Address) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.client, w.gov, w.token = c, gov, token
}

// preparedTx is a signer.Prepared with the account that will sign it and
// the CLI command that prepares it again (for "not cast" reports).
type preparedTx struct {
	p       *signer.Prepared
	acct    keystore.Account
	command string
}

// Review implements vote.Prepared.
func (p *preparedTx) Review() *signer.Review { return &p.p.Review }

// Accounts lists the keystore's accounts.
func (w *Wallet) Accounts(ctx context.Context) ([]vote.Account, string, error) {
	if w.dirErr != nil {
		return nil, "", w.dirErr
	}
	accts, dirWarn, err := keystore.List(w.dir)
	if err != nil {
		return nil, "", fmt.Errorf("%w (keystore %s)", err, w.dir)
	}
	out := make([]vote.Account, 0, len(accts))
	for i, a := range accts {
		va := vote.Account{Name: a.Name, Address: a.Address, Label: w.roles[a.Name], Warnings: a.Warnings}
		switch {
		case a.Err != nil:
			va.Problem = a.Err.Error()
		case !a.HasAddress:
			va.Problem = "the file records no address; sign with `daoterm vote --account " + a.Name + "`, which unlocks it first"
		}
		if i == 0 {
			va.Warnings = append(va.Warnings, dirWarn...)
		}
		out = append(out, va)
	}
	def := w.def
	if strings.HasPrefix(def, "0x") || strings.HasPrefix(def, "0X") {
		// name the configured address by its file
		if a, err := keystore.Find(w.dir, def); err == nil {
			def = a.Name
		}
	}
	return out, def, nil
}

// account finds the keystore file of a picked account again (it may have
// changed since it was listed) and checks its address.
func (w *Wallet) account(a vote.Account) (keystore.Account, error) {
	if w.dirErr != nil {
		return keystore.Account{}, w.dirErr
	}
	sa, err := keystore.Find(w.dir, a.Name)
	if err != nil {
		return keystore.Account{}, err
	}
	if !sa.HasAddress || sa.Address != a.Address {
		return keystore.Account{}, fmt.Errorf("%w: %s no longer holds %s", keystore.ErrBadKeyFile, sa.Path, a.Address.Hex())
	}
	return sa, nil
}

// prepare checks and simulates call from a.
func (w *Wallet) prepare(ctx context.Context, a vote.Account, call *signer.Call, err error, command ...string) (vote.Prepared, error) {
	if err != nil {
		return nil, err
	}
	sa, err := w.account(a)
	if err != nil {
		return nil, err
	}
	c, gov, _ := w.conn()
	p, err := signer.Prepare(ctx, c, sa.Address, call, signer.PrepareOptions{FromName: sa.Name, Journal: w.journal})
	if err != nil {
		return nil, err
	}
	if len(command) == 0 {
		return &preparedTx{p: p, acct: sa}, nil
	}
	cmd := append([]string{"daoterm"}, command...)
	cmd = append(cmd, "--rpc", SecretlessURL(c.URL()))
	if g, ok := gov.(interface{ Address() common.Address }); ok {
		to := g.Address()
		if call.Kind != signer.KindDelegate {
			to = call.To // the proposal's own governor (a legacy one's proposals are written there)
		}
		cmd = append(cmd, "--governor", to.Hex())
	}
	if call.Kind == signer.KindDelegate {
		cmd = append(cmd, "--token", call.To.Hex())
	}
	cmd = append(cmd, "--account", sa.Name)
	for i := range cmd {
		cmd[i] = ShellQuote(cmd[i])
	}
	return &preparedTx{p: p, acct: sa, command: strings.Join(cmd, " ")}, nil
}

// router is a DAO's write side over its current and legacy governors
// (governor.Router): For returns the writer of the governor at an address.
type router interface {
	For(common.Address) (*governor.Writer, error)
}

// writerFor is the write side of the governor at addr (the zero address:
// the current one), so that a legacy governor's proposal is voted on
// where it lives. A governor the DAO does not have is an error: nothing
// is sent to it.
func (w *Wallet) writerFor(addr common.Address) (signer.Encoder, error) {
	_, gov, _ := w.conn()
	if r, ok := gov.(router); ok {
		return r.For(addr)
	}
	if g, ok := gov.(interface{ Address() common.Address }); ok && addr != (common.Address{}) && addr != g.Address() {
		return nil, fmt.Errorf("governor %s is not this dashboard's %s: nothing is sent to it", addr.Hex(), g.Address().Hex())
	}
	return gov, nil
}

// PrepareVote implements vote.Wallet: the vote goes to p's own governor
// when the encoder routes (governor.Router: a legacy governor's proposal).
func (w *Wallet) PrepareVote(ctx context.Context, a vote.Account, p *govt.Proposal, support govt.Support, reason string, split *govt.Split) (vote.Prepared, error) {
	id := p.ID
	gov, err := w.writerFor(p.Governor)
	if err != nil {
		return nil, err
	}
	call, err := signer.VoteCall(gov, id, support, reason, split)
	if split != nil {
		// The CLI takes a split in token units, which the wallet does not
		// know: no command is offered to make it again.
		return w.prepare(ctx, a, call, err)
	}
	args := []string{"vote", id.String(), support.String()}
	if reason != "" {
		args = append(args, "--reason", reason)
	}
	return w.prepare(ctx, a, call, err, args...)
}

// PrepareDelegate implements vote.Wallet.
func (w *Wallet) PrepareDelegate(ctx context.Context, a vote.Account, to common.Address) (vote.Prepared, error) {
	_, _, token := w.conn()
	call, err := signer.DelegateCall(token, to)
	return w.prepare(ctx, a, call, err, "delegate", to.Hex())
}

// PrepareQueue implements vote.Wallet.
func (w *Wallet) PrepareQueue(ctx context.Context, a vote.Account, p *govt.Proposal) (vote.Prepared, error) {
	_, gov, _ := w.conn()
	call, err := signer.QueueCall(gov, p)
	return w.prepare(ctx, a, call, err, "queue", p.ID.String())
}

// PrepareExecute implements vote.Wallet.
func (w *Wallet) PrepareExecute(ctx context.Context, a vote.Account, p *govt.Proposal) (vote.Prepared, error) {
	_, gov, _ := w.conn()
	call, err := signer.ExecuteCall(gov, p)
	return w.prepare(ctx, a, call, err, "execute", p.ID.String())
}

// preparedBallot is a signer.PreparedBallot with the account that signs it.
type preparedBallot struct {
	pb   *signer.PreparedBallot
	acct keystore.Account
}

// Review implements vote.Prepared.
func (p *preparedBallot) Review() *signer.Review { return &p.pb.Review }

// PrepareBallot implements vote.Wallet.
func (w *Wallet) PrepareBallot(ctx context.Context, a vote.Account, p *govt.Proposal, support govt.Support) (vote.Prepared, error) {
	sa, err := w.account(a)
	if err != nil {
		return nil, err
	}
	gov, err := w.writerFor(p.Governor)
	if err != nil {
		return nil, err
	}
	g, ok := gov.(signer.Governor)
	if !ok {
		return nil, errors.New("this governor's writer cannot sign ballots")
	}
	c, _, _ := w.conn()
	pb, err := signer.PrepareBallot(ctx, c, g, sa.Address, p.ID, support, sa.Name)
	if err != nil {
		return nil, err
	}
	return &preparedBallot{pb: pb, acct: sa}, nil
}

// SignBallot implements vote.Wallet: the ballot is signed (the chain id
// checked again, the key decrypted for this signature only), verified
// against the governor, and written to a new file in the ballots
// directory, as `daoterm ballot sign --out` writes it.
func (w *Wallet) SignBallot(ctx context.Context, vp vote.Prepared, pass []byte) (*vote.Ballot, error) {
	p, ok := vp.(*preparedBallot)
	if !ok || p == nil {
		return nil, errors.New("this ballot was not prepared by the wallet")
	}
	if w.ballots == "" {
		return nil, fmt.Errorf("no directory to write ballots to (the journal path is unknown: %v): nothing was signed", w.jerr)
	}
	c, gov, _ := w.conn()
	bl, err := p.pb.Sign(ctx, c, p.acct, pass)
	if err != nil {
		return nil, err
	}
	data, err := bl.MarshalJSON()
	if err != nil {
		return nil, err
	}
	path, err := writeBallot(w.ballots, ballotName(bl, p.acct.Name), append(data, '\n'))
	if err != nil {
		return nil, fmt.Errorf("the ballot is signed but could not be saved: %w", err)
	}
	cmd := []string{"daoterm", "ballot", "submit", path, "--rpc", SecretlessURL(c.URL())}
	if g, ok := gov.(interface{ Address() common.Address }); ok {
		cmd = append(cmd, "--governor", g.Address().Hex())
	}
	for i := range cmd {
		cmd[i] = ShellQuote(cmd[i])
	}
	return &vote.Ballot{Path: path, Submit: strings.Join(cmd, " ") + " --account RELAYER", Voter: bl.Voter, Digest: bl.Digest()}, nil
}

// ballotName names a ballot's file: chain, proposal (its first digits),
// voter, support and the time, e.g.
// ballot-1337-p8014623591-alice-for-20261207T041500Z.json.
func ballotName(bl *typeddata.Ballot, voter string) string {
	id := bl.ProposalID.String()
	if len(id) > 10 {
		id = id[:10]
	}
	safe := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, voter)
	if len(safe) > 32 {
		safe = safe[:32]
	}
	return fmt.Sprintf("ballot-%s-p%s-%s-%s-%s", bl.Domain.ChainID, id, safe, bl.Support, time.Now().UTC().Format("20060102T150405Z"))
}

// writeBallot writes data to a new file dir/name.json (name-2.json … when
// it exists), synced, and returns its path.
func writeBallot(dir, name string, data []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	for i := 1; i <= 100; i++ {
		p := filepath.Join(dir, name+".json")
		if i > 1 {
			p = filepath.Join(dir, fmt.Sprintf("%s-%d.json", name, i))
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(data)
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(p)
			return "", err
		}
		return p, nil
	}
	return "", fmt.Errorf("%s: 100 ballots named %s already", dir, name)
}

// maxBallotFile bounds the ballot file PrepareRelay reads.
const maxBallotFile = 1 << 20

// PrepareRelay implements vote.Wallet: the ballot file is read and parsed
// again, checked against the chain, and castVoteBySig prepared from a —
// what `daoterm ballot submit` does.
func (w *Wallet) PrepareRelay(ctx context.Context, a vote.Account, b *vote.Ballot) (vote.Prepared, error) {
	f, err := os.Open(b.Path)
	if err != nil {
		return nil, fmt.Errorf("reading the ballot: %w", err)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxBallotFile))
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("reading the ballot: %w", err)
	}
	bl, err := typeddata.ParseBallot(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", b.Path, err)
	}
	if _, err := w.writerFor(bl.Governor); err != nil {
		return nil, fmt.Errorf("the ballot in %s: %w", b.Path, err)
	}
	c, _, _ := w.conn()
	if err := signer.CheckBallot(ctx, c, bl); err != nil {
		return nil, err
	}
	call, err := signer.RelayCall(bl)
	return w.prepare(ctx, a, call, err, "ballot", "submit", b.Path)
}

// Sign implements vote.Wallet: the chain id is checked again, the key is
// decrypted for this signature only. The nonce is chosen, and the signed
// transaction journaled, under the account's lock (journal.Journal.Sign), so
// a CLI command signing for the same account at once gets another nonce;
// Record then has nothing left to do.
func (w *Wallet) Sign(ctx context.Context, vp vote.Prepared, pass []byte) (*signer.Signed, error) {
	p, ok := vp.(*preparedTx)
	if !ok || p == nil {
		return nil, errors.New("this transaction was not prepared by the wallet")
	}
	if w.journal == nil {
		return nil, fmt.Errorf("the transaction journal is unavailable, nothing was signed: %w", w.jerr)
	}
	c, _, _ := w.conn()
	return w.journal.Sign(ctx, c, p.p, p.acct, pass, journal.SignOptions{Command: p.command})
}

// Record implements vote.Wallet (Sign has journaled the transaction).
func (w *Wallet) Record(ctx context.Context, s *signer.Signed) error {
	if w.journal == nil {
		return fmt.Errorf("the transaction journal is unavailable: %w", w.jerr)
	}
	return w.journal.Record(s)
}

// Broadcast implements vote.Wallet.
func (w *Wallet) Broadcast(ctx context.Context, s *signer.Signed) error {
	if w.journal == nil {
		return fmt.Errorf("the transaction journal is unavailable: %w", w.jerr)
	}
	c, _, _ := w.conn()
	return w.journal.Broadcast(ctx, c, s)
}

// maxJournalShown bounds the entries the dashboard lists (the newest).
const maxJournalShown = 200

// Reconcile implements vote.Wallet.
func (w *Wallet) Reconcile(ctx context.Context) ([]journal.Entry, []journal.Change, error) {
	if w.journal == nil {
		return nil, nil, fmt.Errorf("the transaction journal is unavailable: %w", w.jerr)
	}
	c, _, _ := w.conn()
	changes, err := w.journal.Reconcile(ctx, c)
	if err != nil {
		return nil, changes, err
	}
	all, err := w.journal.Entries()
	if err != nil {
		return nil, changes, err
	}
	here, err := signer.ChainOf(ctx, c)
	if err != nil {
		return nil, changes, err
	}
	var out []journal.Entry
	for _, e := range all {
		if e.On(here) {
			out = append(out, e)
		}
	}
	if len(out) > maxJournalShown {
		out = out[len(out)-maxJournalShown:]
	}
	return out, changes, nil
}
