// Package votetest is a deterministic, in-memory vote.Wallet for tests: it
// builds real call data with chain/signer, fills reviews with fixed figures,
// checks passphrases, and keeps a journal in memory that tests settle with
// Mine, Fail or Replace.
package votetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
	"github.com/daoterm/daoterm/tui/vote"
)

// Addresses the fake uses (the same as tui/fake's DAO).
var (
	Governor = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	Token    = common.HexToAddress("0x00000000000000000000000000000000000000a2")
	// Alice is tui/fake's first holder (fake.Accounts(0)).
	Alice = common.BigToAddress(big.NewInt(0x1000_0000))
	// Bob is tui/fake's second holder (fake.Accounts(1)).
	Bob = common.BigToAddress(big.NewInt(0x1000_0000 + 0x1_0001))
)

// Passphrases of the fake accounts.
const (
	AlicePass = "alice-devnet"
	BobPass   = "bob-devnet"
)

// Wallet is the fake. Set its fields before use; read the counters after.
type Wallet struct {
	mu sync.Mutex

	Accts       []vote.Account
	Default     string
	AccountsErr error
	Pass        map[string]string // account name → passphrase

	// PrepareErr, when set, is returned by every Prepare (e.g. a
	// *revert.Error for a simulated revert).
	PrepareErr error
	Power      *big.Int // voting power at the snapshot (nil: 1,200,000 tokens)
	// Kind is the governor's kind the calls are encoded for (zero: OZ5
	// with simple counting).
	Kind         gov.Kind
	AlreadyVoted bool
	SignErr      error // returned by Sign after the passphrase check
	RecordErr    error
	BroadcastErr error
	ReconcileErr error

	// Passphrases holds the very slices Sign received (not copies), so
	// tests can check the TUI zeroed them.
	Passphrases [][]byte
	Calls       map[string]int

	// BallotDir is where the fake says it writes ballots (nothing is
	// written).
	BallotDir string
	// Ballots are the ballots SignBallot made, by path.
	Ballots map[string]*typeddata.Ballot

	nonce   uint64
	entries []journal.Entry
	settle  []journal.Change // changes for the next Reconcile
}

// New returns a fake with alice (default) and bob, and a broken file.
func New() *Wallet {
	return &Wallet{
		Accts: []vote.Account{
			{Name: "alice", Address: Alice, Label: "whale, self-delegated"},
			{Name: "bob", Address: Bob, Label: "delegate of the long tail"},
			{Name: "broken", Problem: "invalid keystore file: missing crypto.kdfparams.n"},
		},
		Default:   "alice",
		Pass:      map[string]string{"alice": AlicePass, "bob": BobPass},
		Calls:     map[string]int{},
		BallotDir: "/home/alice/.local/state/daoterm/ballots",
		Ballots:   map[string]*typeddata.Ballot{},
		nonce:     7,
	}
}

// prepared is the fake's Prepared.
type prepared struct {
	r      signer.Review
	acct   vote.Account
	ballot *typeddata.Ballot // a ballot to sign, when r.Kind is signer.KindBallot
}

// Review implements vote.Prepared.
func (p *prepared) Review() *signer.Review { return &p.r }

func (w *Wallet) count(name string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.Calls[name]++
}

// Count returns how often a method was called.
func (w *Wallet) Count(name string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.Calls[name]
}

// Accounts implements vote.Wallet.
func (w *Wallet) Accounts(ctx context.Context) ([]vote.Account, string, error) {
	w.count("Accounts")
	if w.AccountsErr != nil {
		return nil, "", w.AccountsErr
	}
	return append([]vote.Account(nil), w.Accts...), w.Default, nil
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000)) }

func tokens(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// review fills a review of call from acct with fixed figures.
func (w *Wallet) review(acct vote.Account, call *signer.Call, toName string) *prepared {
	w.mu.Lock()
	nonce := w.nonce
	w.mu.Unlock()
	r := signer.Review{
		ChainName: "local dev chain", ChainID: big.NewInt(1337),
		From: acct.Address, FromName: acct.Name, To: call.To, ToName: toName,
		Kind: call.Kind, Function: call.Function, Signature: call.Signature, Args: call.Args,
		Value: new(big.Int), Data: call.Data,
		Nonce: nonce, GasEstimate: 84_460, GasLimit: 101_352,
		BaseFee: gwei(1), MaxFeePerGas: gwei(3), MaxPriorityFeePerGas: gwei(1),
		Balance: tokens(1000), TokenSymbol: "MCG", TokenDecimals: 18, Block: 5000,
	}
	r.MaxCost = new(big.Int).Mul(big.NewInt(int64(r.GasLimit)), r.MaxFeePerGas)
	return &prepared{r: r, acct: acct}
}

// PrepareVote implements vote.Wallet.
func (w *Wallet) PrepareVote(ctx context.Context, acct vote.Account, pr *gov.Proposal, support gov.Support, reason string, split *gov.Split) (vote.Prepared, error) {
	w.count("PrepareVote")
	id := pr.ID
	if w.PrepareErr != nil {
		return nil, w.PrepareErr
	}
	enc := writer()
	if w.Kind != (gov.Kind{}) {
		var err error
		if enc, err = governor.NewWriter(Governor, w.Kind); err != nil {
			return nil, err
		}
	}
	call, err := signer.VoteCall(enc, id, support, reason, split)
	if err != nil {
		return nil, err
	}
	p := w.review(acct, call, "Model Commons Governor")
	p.r.Voter, p.r.Snapshot, p.r.ProposalState = acct.Address, 4321, "active"
	p.r.VotingPower = tokens(1_200_000)
	if w.Power != nil {
		p.r.VotingPower = w.Power
	}
	if p.r.VotingPower.Sign() == 0 {
		p.r.Warnings = append(p.r.Warnings, acct.Address.Hex()+" had NO voting power at the snapshot (4321): the vote will be recorded with weight 0")
	}
	if w.AlreadyVoted {
		p.r.AlreadyVoted = true
		p.r.Warnings = append(p.r.Warnings, acct.Address.Hex()+" has already voted on this proposal")
	}
	return p, nil
}

// kind is the governor's kind the fake encodes for.
func (w *Wallet) kind() gov.Kind {
	if w.Kind == (gov.Kind{}) {
		return gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingSimple, QuorumAbstain: true}
	}
	return w.Kind
}

// PrepareBallot implements vote.Wallet: a ballot in the format and domain
// of the fake governor's family (OZ v5: with voter and nonce 3; Compound's:
// no version, Alpha's support a bool), reviewed with signer.BallotArgs.
func (w *Wallet) PrepareBallot(ctx context.Context, acct vote.Account, p *gov.Proposal, support gov.Support) (vote.Prepared, error) {
	w.count("PrepareBallot")
	if w.PrepareErr != nil {
		return nil, w.PrepareErr
	}
	k := w.kind()
	if support == gov.Abstain && !k.HasAbstain() || support > gov.Abstain {
		return nil, fmt.Errorf("votetest: %s ballots take no %s", k.Family, support)
	}
	bl := &typeddata.Ballot{Governor: Governor, ProposalID: new(big.Int).Set(p.ID), Support: support, Voter: acct.Address,
		Domain: typeddata.Domain{Name: "Model Commons Governor", Version: "1", ChainID: big.NewInt(1337), VerifyingContract: Governor}}
	switch k.Family {
	case gov.FamilyOZ4:
		bl.Format = typeddata.BallotOZ4
	case gov.FamilyBravo, gov.FamilyAlpha:
		bl.Format, bl.Domain.Version, bl.Domain.NoVersion = typeddata.BallotBravo, "", true
		if k.Family == gov.FamilyAlpha {
			bl.Format = typeddata.BallotAlpha
		}
	default:
		bl.Format, bl.Nonce = typeddata.BallotOZ5, big.NewInt(3)
	}
	r := signer.Review{
		ChainName: "local dev chain", ChainID: big.NewInt(1337), From: acct.Address, FromName: acct.Name, To: Governor, ToName: "Model Commons Governor",
		Kind: signer.KindBallot, Function: "Ballot", Signature: "EIP-712 typed data, primary type Ballot (signed, not sent: no gas)",
		Args: signer.BallotArgs(bl), Value: new(big.Int), Voter: acct.Address, Snapshot: 4321, VotingPower: tokens(1_200_000),
		ProposalState: "active", TokenSymbol: "MCG", TokenDecimals: 18, Block: 5000,
	}
	return &prepared{r: r, acct: acct, ballot: bl}, nil
}

// SignBallot implements vote.Wallet: the passphrase must match; the ballot
// gets a fixed signature and a path under BallotDir (nothing is written).
func (w *Wallet) SignBallot(ctx context.Context, vp vote.Prepared, pass []byte) (*vote.Ballot, error) {
	w.count("SignBallot")
	p, ok := vp.(*prepared)
	if !ok || p.ballot == nil {
		return nil, fmt.Errorf("not a ballot prepared by this wallet")
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.Passphrases = append(w.Passphrases, pass)
	if string(pass) != w.Pass[p.acct.Name] {
		return nil, fmt.Errorf("%s: %w", p.acct.Name, signer.ErrWrongPassphrase)
	}
	if w.SignErr != nil {
		return nil, w.SignErr
	}
	bl := *p.ballot
	bl.Signature = append(bytes.Repeat([]byte{0x11}, 64), 27)
	id := bl.ProposalID.String()
	id = id[:min(len(id), 10)]
	path := fmt.Sprintf("%s/ballot-1337-p%s-%s-%s.json", w.BallotDir, id, p.acct.Name, bl.Support)
	w.Ballots[path] = &bl
	return &vote.Ballot{Path: path, Voter: bl.Voter, Digest: bl.Digest(),
		Submit: "daoterm ballot submit " + path + " --rpc http://127.0.0.1:8545 --governor " + Governor.Hex() + " --account RELAYER"}, nil
}

// PrepareRelay implements vote.Wallet: castVoteBySig of a ballot SignBallot
// made, sent by acct.
func (w *Wallet) PrepareRelay(ctx context.Context, acct vote.Account, b *vote.Ballot) (vote.Prepared, error) {
	w.count("PrepareRelay")
	if w.PrepareErr != nil {
		return nil, w.PrepareErr
	}
	w.mu.Lock()
	bl := w.Ballots[b.Path]
	w.mu.Unlock()
	if bl == nil {
		return nil, fmt.Errorf("votetest: no ballot at %s", b.Path)
	}
	call, err := signer.RelayCall(bl)
	if err != nil {
		return nil, err
	}
	p := w.review(acct, call, "Model Commons Governor")
	p.r.Voter, p.r.Snapshot, p.r.ProposalState, p.r.VotingPower = bl.Voter, 4321, "active", tokens(1_200_000)
	return p, nil
}

// PrepareDelegate implements vote.Wallet.
func (w *Wallet) PrepareDelegate(ctx context.Context, acct vote.Account, to common.Address) (vote.Prepared, error) {
	w.count("PrepareDelegate")
	if w.PrepareErr != nil {
		return nil, w.PrepareErr
	}
	call, err := signer.DelegateCall(Token, to)
	if err != nil {
		return nil, err
	}
	p := w.review(acct, call, "MCG")
	p.r.CurrentDelegate, p.r.TokenBalance = acct.Address, tokens(1_200_000)
	return p, nil
}

// PrepareQueue implements vote.Wallet.
func (w *Wallet) PrepareQueue(ctx context.Context, acct vote.Account, pr *gov.Proposal) (vote.Prepared, error) {
	w.count("PrepareQueue")
	return w.proposalCall(acct, pr, signer.QueueCall)
}

// PrepareExecute implements vote.Wallet.
func (w *Wallet) PrepareExecute(ctx context.Context, acct vote.Account, pr *gov.Proposal) (vote.Prepared, error) {
	w.count("PrepareExecute")
	return w.proposalCall(acct, pr, signer.ExecuteCall)
}

func (w *Wallet) proposalCall(acct vote.Account, pr *gov.Proposal, build func(signer.Encoder, *gov.Proposal) (*signer.Call, error)) (vote.Prepared, error) {
	if w.PrepareErr != nil {
		return nil, w.PrepareErr
	}
	call, err := build(writer(), pr)
	if err != nil {
		return nil, err
	}
	p := w.review(acct, call, "Model Commons Governor")
	p.r.ProposalState = pr.State.String()
	return p, nil
}

// Sign implements vote.Wallet: the passphrase must match the account's.
func (w *Wallet) Sign(ctx context.Context, vp vote.Prepared, pass []byte) (*signer.Signed, error) {
	w.count("Sign")
	p, ok := vp.(*prepared)
	if !ok {
		return nil, fmt.Errorf("not prepared by this wallet")
	}
	w.mu.Lock()
	w.Passphrases = append(w.Passphrases, pass)
	want := w.Pass[p.acct.Name]
	w.mu.Unlock()
	if string(pass) != want {
		return nil, fmt.Errorf("%s: %w", p.acct.Name, signer.ErrWrongPassphrase)
	}
	if w.SignErr != nil {
		return nil, w.SignErr
	}
	r := &p.r
	hash := crypto.Keccak256Hash([]byte(fmt.Sprintf("%s/%d/%x", r.From.Hex(), r.Nonce, r.Data)))
	return &signer.Signed{
		Raw: []byte{0x02}, Hash: hash, ChainID: big.NewInt(1337), From: r.From, Nonce: r.Nonce, To: r.To,
		Kind: r.Kind, Function: r.Function, Summary: r.Function + "(…)", Created: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC),
	}, nil
}

// Record implements vote.Wallet.
func (w *Wallet) Record(ctx context.Context, s *signer.Signed) error {
	w.count("Record")
	if w.RecordErr != nil {
		return w.RecordErr
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	from, nonce, to := s.From, s.Nonce, s.To
	w.entries = append(w.entries, journal.Entry{Hash: s.Hash, Raw: s.Raw, ChainID: "1337", From: &from, Nonce: &nonce, To: &to,
		Function: s.Function, Summary: s.Summary, Status: journal.StatusSigned})
	w.nonce = nonce + 1
	return nil
}

// Broadcast implements vote.Wallet.
func (w *Wallet) Broadcast(ctx context.Context, s *signer.Signed) error {
	w.count("Broadcast")
	if w.BroadcastErr != nil {
		return w.BroadcastErr
	}
	return w.set(s.Hash, journal.StatusPending, 0, "")
}

// Reconcile implements vote.Wallet: it returns the journal and the changes
// made by Mine, Fail and Replace since the last call.
func (w *Wallet) Reconcile(ctx context.Context) ([]journal.Entry, []journal.Change, error) {
	w.count("Reconcile")
	if w.ReconcileErr != nil {
		return nil, nil, w.ReconcileErr
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	ch := w.settle
	w.settle = nil
	return append([]journal.Entry(nil), w.entries...), ch, nil
}

// Mine settles the transaction as mined in block.
func (w *Wallet) Mine(hash common.Hash, block uint64) error {
	return w.set(hash, journal.StatusMined, block, "")
}

// Fail settles the transaction as reverted in block, with a decoded reason.
func (w *Wallet) Fail(hash common.Hash, block uint64, reason string) error {
	return w.set(hash, journal.StatusFailed, block, reason)
}

// Entries returns the journal.
func (w *Wallet) Entries() []journal.Entry {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]journal.Entry(nil), w.entries...)
}

func (w *Wallet) set(hash common.Hash, st journal.Status, block uint64, detail string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i := range w.entries {
		if w.entries[i].Hash == hash {
			old := w.entries[i].Status
			w.entries[i].Status, w.entries[i].Block, w.entries[i].Detail = st, block, detail
			w.settle = append(w.settle, journal.Change{Entry: w.entries[i], Old: old})
			return nil
		}
	}
	return errors.New("votetest: no such transaction")
}

// Revert returns a simulation revert as Prepare reports it.
func Revert(name, sig string, args ...signer.Arg) error {
	return &revert.Error{Op: "simulating castVote", Revert: &revert.Reason{Name: name, Signature: sig, Args: args}}
}

// writer encodes the fake governor's calls as an OpenZeppelin v5 governor
// with GovernorCountingSimple.
func writer() *governor.Writer {
	w, err := governor.NewWriter(Governor, gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingSimple, QuorumAbstain: true})
	if err != nil {
		panic(err) // a constant kind: cannot fail
	}
	return w
}
