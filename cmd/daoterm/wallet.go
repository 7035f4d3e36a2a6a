package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain"
	govt "github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/tui/vote"
)

// wallet implements the dashboard's signing side (tui.Wallet) over
// chain/signer: the keystore directory, the journal and the RPC client. It
// keeps no passphrase and no key: each Sign decrypts, signs and forgets.
type wallet struct {
	client *chain.Client
	gov    signer.Encoder // the governor's write calls, in its family's form
	token  common.Address

	dir    string // keystore directory; "" when dirErr says why there is none
	dirErr error
	def    string            // the configured account (name or address)
	roles  map[string]string // account name → role shown in the picker (demo)

	journal *signer.Journal // nil when journalErr says why
	jerr    error
}

// walletOptions say where the keys and the journal are.
type walletOptions struct {
	keystore    string            // resolved keystore directory ("" with keystoreErr)
	keystoreErr error             // why there is no keystore directory
	account     string            // configured account name or address ("" none)
	roles       map[string]string // account name → role
	journal     string            // journal path
}

// newWallet opens the journal; a journal that cannot be opened leaves the
// wallet able to show reviews but not to send (Record fails and says why).
func newWallet(c *chain.Client, gov signer.Encoder, token common.Address, o walletOptions) *wallet {
	w := &wallet{client: c, gov: gov, token: token, dir: o.keystore, dirErr: o.keystoreErr, def: o.account, roles: o.roles}
	if o.journal == "" {
		w.jerr = errors.New("no journal path")
	} else {
		w.journal, w.jerr = signer.OpenJournal(o.journal)
	}
	return w
}

// preparedTx is a signer.Prepared with the account that will sign it.
type preparedTx struct {
	p    *signer.Prepared
	acct signer.Account
}

// Review implements vote.Prepared.
func (p *preparedTx) Review() *signer.Review { return &p.p.Review }

// Accounts lists the keystore's accounts.
func (w *wallet) Accounts(ctx context.Context) ([]vote.Account, string, error) {
	if w.dirErr != nil {
		return nil, "", w.dirErr
	}
	accts, dirWarn, err := signer.List(w.dir)
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
		if a, err := signer.Find(w.dir, def); err == nil {
			def = a.Name
		}
	}
	return out, def, nil
}

// account finds the keystore file of a picked account again (it may have
// changed since it was listed) and checks its address.
func (w *wallet) account(a vote.Account) (signer.Account, error) {
	if w.dirErr != nil {
		return signer.Account{}, w.dirErr
	}
	sa, err := signer.Find(w.dir, a.Name)
	if err != nil {
		return signer.Account{}, err
	}
	if !sa.HasAddress || sa.Address != a.Address {
		return signer.Account{}, fmt.Errorf("%w: %s no longer holds %s", signer.ErrBadKeyFile, sa.Path, a.Address.Hex())
	}
	return sa, nil
}

// prepare checks and simulates call from a.
func (w *wallet) prepare(ctx context.Context, a vote.Account, call *signer.Call, err error) (vote.Prepared, error) {
	if err != nil {
		return nil, err
	}
	sa, err := w.account(a)
	if err != nil {
		return nil, err
	}
	p, err := signer.Prepare(ctx, w.client, sa.Address, call, signer.PrepareOptions{FromName: sa.Name, Journal: w.journal})
	if err != nil {
		return nil, err
	}
	return &preparedTx{p: p, acct: sa}, nil
}

// PrepareVote implements vote.Wallet.
func (w *wallet) PrepareVote(ctx context.Context, a vote.Account, id *big.Int, support govt.Support, reason string, split *govt.Split) (vote.Prepared, error) {
	call, err := signer.VoteCall(w.gov, id, support, reason, split)
	return w.prepare(ctx, a, call, err)
}

// PrepareDelegate implements vote.Wallet.
func (w *wallet) PrepareDelegate(ctx context.Context, a vote.Account, to common.Address) (vote.Prepared, error) {
	call, err := signer.DelegateCall(w.token, to)
	return w.prepare(ctx, a, call, err)
}

// PrepareQueue implements vote.Wallet.
func (w *wallet) PrepareQueue(ctx context.Context, a vote.Account, p *govt.Proposal) (vote.Prepared, error) {
	call, err := signer.QueueCall(w.gov, p)
	return w.prepare(ctx, a, call, err)
}

// PrepareExecute implements vote.Wallet.
func (w *wallet) PrepareExecute(ctx context.Context, a vote.Account, p *govt.Proposal) (vote.Prepared, error) {
	call, err := signer.ExecuteCall(w.gov, p)
	return w.prepare(ctx, a, call, err)
}

// Sign implements vote.Wallet: the chain id is checked again, the key is
// decrypted for this signature only.
func (w *wallet) Sign(ctx context.Context, vp vote.Prepared, pass []byte) (*signer.Signed, error) {
	p, ok := vp.(*preparedTx)
	if !ok || p == nil {
		return nil, errors.New("this transaction was not prepared by the wallet")
	}
	return p.p.Sign(ctx, w.client, p.acct, pass)
}

// Record implements vote.Wallet.
func (w *wallet) Record(ctx context.Context, s *signer.Signed) error {
	if w.journal == nil {
		return fmt.Errorf("the transaction journal is unavailable: %w", w.jerr)
	}
	return w.journal.Record(s)
}

// Broadcast implements vote.Wallet.
func (w *wallet) Broadcast(ctx context.Context, s *signer.Signed) error {
	if w.journal == nil {
		return fmt.Errorf("the transaction journal is unavailable: %w", w.jerr)
	}
	return w.journal.Broadcast(ctx, w.client, s)
}

// maxJournalShown bounds the entries the dashboard lists (the newest).
const maxJournalShown = 200

// Reconcile implements vote.Wallet.
func (w *wallet) Reconcile(ctx context.Context) ([]signer.Entry, []signer.Change, error) {
	if w.journal == nil {
		return nil, nil, fmt.Errorf("the transaction journal is unavailable: %w", w.jerr)
	}
	changes, err := w.journal.Reconcile(ctx, w.client)
	if err != nil {
		return nil, changes, err
	}
	all, err := w.journal.Entries()
	if err != nil {
		return nil, changes, err
	}
	id := w.client.ChainID().String()
	var out []signer.Entry
	for _, e := range all {
		if e.ChainID == id {
			out = append(out, e)
		}
	}
	if len(out) > maxJournalShown {
		out = out[len(out)-maxJournalShown:]
	}
	return out, changes, nil
}
