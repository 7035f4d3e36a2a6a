package backend

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain"
	govt "github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
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
}

// WalletOptions say where the keys and the journal are.
type WalletOptions struct {
	Keystore    string            // resolved keystore directory ("" with KeystoreErr)
	KeystoreErr error             // why there is no keystore directory
	Account     string            // configured account name or address ("" none)
	Roles       map[string]string // account name → role
	Journal     string            // journal path
}

// NewWallet opens the journal; a journal that cannot be opened leaves the
// wallet able to show reviews but not to send (Record fails and says why).
func NewWallet(c *chain.Client, gov signer.Encoder, token common.Address, o WalletOptions) *Wallet {
	w := &Wallet{client: c, gov: gov, token: token, dir: o.Keystore, dirErr: o.KeystoreErr, def: o.Account, roles: o.Roles}
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

// PrepareVote implements vote.Wallet: the vote goes to p's own governor
// when the encoder routes (governor.Router: a legacy governor's proposal).
func (w *Wallet) PrepareVote(ctx context.Context, a vote.Account, p *govt.Proposal, support govt.Support, reason string, split *govt.Split) (vote.Prepared, error) {
	_, gov, _ := w.conn()
	id := p.ID
	if r, ok := gov.(interface {
		For(common.Address) (*governor.Writer, error)
	}); ok {
		var err error
		if gov, err = r.For(p.Governor); err != nil {
			return nil, err
		}
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
