// Package vote is the dashboard's signing side: the flows that vote,
// delegate, queue and execute from a local keystore, the account picker, and
// the list of journaled transactions.
//
// The TUI never reads keystore files nor dials RPC: everything goes through
// the Wallet interface, which the program implements over chain/signer. A
// flow runs review → passphrase → sign → journal → broadcast → pending →
// mined, one tea.Cmd per step, each with the values it needs copied in. A
// gasless ballot runs review → passphrase → sign → saved to a file, then
// optionally relayed from another account as a transaction.
//
// Model implements ui.Modal: the root drives it like any component (the
// keys while it is open, the keys it opens on — a, t — while closed, every
// message that is not the root's or a tab's: Msg, StartMsg) and knows
// nothing else of it. It returns a ui.SigningMsg when the signing account
// changes, which the root passes on to the tabs.
package vote

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
)

// Wallet is everything the dashboard needs to sign and track transactions.
// The program implements it over chain/signer (keystore, simulation, fees,
// journal); tests use a fake. Every method may be called from any goroutine
// (each call runs in its own tea.Cmd) and must honour ctx. Strings in the
// results (reviews, revert reasons, journal details) are untrusted: the TUI
// sanitizes them.
type Wallet interface {
	// Accounts lists the keystore's accounts and names the one to use by
	// default ("" when none is configured). An error says why there are
	// no accounts and how to configure a keystore.
	Accounts(ctx context.Context) (accts []Account, def string, err error)

	// PrepareVote checks and simulates the vote from acct as the
	// governor's family casts it (castVote when reason is "", else
	// castVoteWithReason; split, when not nil, makes it a fractional vote
	// and support is ignored — see signer.VoteCall), and prices it. The
	// review names the voting power at the snapshot. A simulated revert is
	// returned as an error wrapping *revert.Error: nothing may be
	// signed then. The vote goes to p's own governor (p.Governor: the
	// current one, or a legacy one whose proposals the dashboard lists).
	PrepareVote(ctx context.Context, acct Account, p *gov.Proposal, support gov.Support, reason string, split *gov.Split) (Prepared, error)
	// PrepareDelegate prepares the governance token's delegate(delegatee).
	PrepareDelegate(ctx context.Context, acct Account, delegatee common.Address) (Prepared, error)
	// PrepareQueue prepares the governor's queue for p (Succeeded).
	PrepareQueue(ctx context.Context, acct Account, p *gov.Proposal) (Prepared, error)
	// PrepareExecute prepares the governor's execute for p (Queued, eta passed).
	PrepareExecute(ctx context.Context, acct Account, p *gov.Proposal) (Prepared, error)

	// PrepareBallot checks a gasless ballot of acct on p, for p's own
	// governor (the vote it casts is simulated; no gas is priced: a relayer pays). Its
	// review lists the EIP-712 domain and every field that is signed.
	PrepareBallot(ctx context.Context, acct Account, p *gov.Proposal, support gov.Support) (Prepared, error)
	// SignBallot re-checks the chain id, signs a prepared ballot with the
	// account's key (like Sign: the passphrase is not kept, a wrong one
	// wraps signer.ErrWrongPassphrase), verifies it against the governor
	// and writes it to a new file in the format of `daoterm ballot sign
	// --out`.
	SignBallot(ctx context.Context, p Prepared, passphrase []byte) (*Ballot, error)
	// PrepareRelay reads the ballot's file again, checks it against the
	// chain and prepares castVoteBySig sent (and paid) by acct, as `daoterm
	// ballot submit` does. The result is signed and tracked like any
	// transaction.
	PrepareRelay(ctx context.Context, acct Account, b *Ballot) (Prepared, error)

	// Sign re-checks the chain id, decrypts the account's key with
	// passphrase, signs and forgets the key. It must not keep passphrase
	// (the caller zeroes it when Sign returns). A wrong passphrase returns
	// an error wrapping signer.ErrWrongPassphrase, and p may be signed again.
	Sign(ctx context.Context, p Prepared, passphrase []byte) (*signer.Signed, error)
	// Record appends the signed transaction to the journal and syncs it to
	// disk. Only after Record succeeds may it be broadcast.
	Record(ctx context.Context, s *signer.Signed) error
	// Broadcast sends a recorded transaction. On failure it stays in the
	// journal and Reconcile sends it again.
	Broadcast(ctx context.Context, s *signer.Signed) error
	// Reconcile brings the journal up to date with the chain (mined, failed,
	// replaced, re-broadcast) and returns this chain's journal entries,
	// oldest first, with the changes it made.
	Reconcile(ctx context.Context) (entries []journal.Entry, changes []journal.Change, err error)
}

// Prepared is a transaction a Wallet checked, simulated and priced. The TUI
// only shows its review and hands it back to Wallet.Sign.
type Prepared interface {
	// Review describes everything that will be signed. The TUI does not
	// modify it.
	Review() *signer.Review
}

// Ballot is a signed gasless ballot, written to a file for a relayer.
type Ballot struct {
	Path   string         // the ballot file
	Submit string         // the command that relays it (daoterm ballot submit …)
	Voter  common.Address // the signer
	Digest common.Hash    // the EIP-712 digest signed
}

// Account is a keystore account as the picker lists it.
type Account struct {
	Name    string         // the keystore file's name
	Address common.Address // the file's address
	Label   string         // optional role or note (untrusted text)
	// Problem, when set, says why the account cannot sign here (an invalid
	// file, a file that records no address).
	Problem string
	// Warnings are shown next to the account (e.g. a file readable by others).
	Warnings []string
}

// Usable reports whether the account can be used to sign.
func (a Account) Usable() bool {
	return a.Problem == "" && a.Address != (common.Address{}) && a.Name != ""
}

// Kind is what a flow does.
type Kind uint8

// Kinds of flow.
const (
	KindVote Kind = iota
	KindDelegate
	KindQueue
	KindExecute
)

// String names the kind as the UI shows it.
func (k Kind) String() string {
	switch k {
	case KindVote:
		return "vote"
	case KindDelegate:
		return "delegate"
	case KindQueue:
		return "queue"
	case KindExecute:
		return "execute"
	}
	return "unknown"
}

// Request asks for a flow. Views build it from what is under the cursor and
// return Start(req); the root hands it to Model.Start.
type Request struct {
	Kind Kind
	// Proposal is the proposal to vote on, queue or execute (a copy the
	// flow keeps; never modified).
	Proposal *gov.Proposal
	// Candidate is the holder or delegate under the cursor when delegating
	// (zero when none).
	Candidate common.Address
}

// StartMsg carries a Request from a view to the root.
type StartMsg struct{ Request Request }

// Start returns a command that asks the root to open a flow.
func Start(r Request) tea.Cmd {
	return func() tea.Msg { return StartMsg{Request: r} }
}

// Msg is implemented by every message this package's commands return; the
// root routes them all to Model.Update.
type Msg interface{ voteMsg() }
