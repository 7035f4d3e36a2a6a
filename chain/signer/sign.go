package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/signer/keystore"
)

// ErrChainChanged is returned by Sign when the node's chain id is not the one
// the transaction was prepared for; nothing is signed.
var ErrChainChanged = errors.New("chain id changed: refusing to sign")

// ErrWrongAccount is returned when the keystore account is not the address
// the transaction was prepared for.
var ErrWrongAccount = errors.New("keystore account does not match the sender")

// Signed is a signed transaction, ready to be journaled and broadcast.
type Signed struct {
	Tx       *types.Transaction
	Raw      []byte // RLP (typed) encoding, as eth_sendRawTransaction takes it
	Hash     common.Hash
	ChainID  *big.Int
	From     common.Address
	Nonce    uint64
	To       common.Address
	Kind     Kind
	Function string
	Summary  string // one line, e.g. "castVote(proposalId=…, support=1 (for))"
	Created  time.Time
	// Genesis is the chain's block 0 (zero when unknown); with ChainID it
	// files the transaction under its chain in the journal.
	Genesis common.Hash
	// ProposalID is the proposal of a vote, queue, execute or relay.
	ProposalID *big.Int
	// Command is the daoterm command that prepares this transaction again,
	// recorded in the journal for "not cast" reports; the caller sets it
	// before Record.
	Command string
}

// Sign re-checks the chain id with the node (ErrChainChanged on any
// difference or failure), decrypts the account's key with passphrase, signs
// the prepared transaction and zeroes the key. A wrong passphrase returns
// ErrWrongPassphrase and the caller may call Sign again.
//
// Sign uses the nonce chosen by Prepare and takes no lock: a transaction
// that is to be sent should be signed with journal.Journal.Sign, which
// chooses the nonce again under the account lock and journals it.
func (p *Prepared) Sign(ctx context.Context, b Backend, acct keystore.Account, passphrase []byte) (*Signed, error) {
	if p == nil {
		return nil, fmt.Errorf("nothing prepared")
	}
	return p.sign(ctx, b, acct, passphrase, p.tx.Nonce)
}

// SignNext is Sign with the nonce chosen again now: the node's pending
// nonce, raised past the account's unsettled transactions in nonces (a
// nonce given in PrepareOptions is kept as it is). Call it while holding the
// account's lock, as journal.Journal.Sign does, so that two signers of one
// account never get the same nonce.
func (p *Prepared) SignNext(ctx context.Context, b Backend, acct keystore.Account, passphrase []byte, nonces NonceSource) (*Signed, error) {
	if p == nil {
		return nil, fmt.Errorf("nothing prepared")
	}
	nonce := p.tx.Nonce
	if !p.fixedNonce {
		c, err := ChainOf(ctx, b)
		if err != nil {
			return nil, err
		}
		if nonce, _, err = nextNonce(ctx, b, c, p.Review.From, nonces); err != nil {
			return nil, err
		}
	}
	return p.sign(ctx, b, acct, passphrase, nonce)
}

// NonceSource knows the account's transactions that are signed but not yet
// settled; *journal.Journal implements it.
type NonceSource interface {
	// NextNonce returns one past the highest nonce of from's unsettled
	// transactions on chain c, and whether there is any.
	NextNonce(c ChainRef, from common.Address) (uint64, bool, error)
}

// nextNonce is from's next nonce: the node's pending nonce (returned as
// node), raised past from's unsettled transactions in src (nil: none).
func nextNonce(ctx context.Context, b Backend, c ChainRef, from common.Address, src NonceSource) (next, node uint64, err error) {
	node, err = b.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, 0, fmt.Errorf("reading the nonce of %s: %w", from.Hex(), err)
	}
	next = node
	if src != nil {
		n, ok, err := src.NextNonce(c, from)
		if err != nil {
			return 0, 0, err
		}
		if ok && n > next {
			next = n
		}
	}
	return next, node, nil
}

// sign signs p with nonce (see Sign).
func (p *Prepared) sign(ctx context.Context, b Backend, acct keystore.Account, passphrase []byte, nonce uint64) (*Signed, error) {
	if err := CheckChain(ctx, b, p.tx.ChainID); err != nil {
		return nil, err
	}
	g, err := b.Genesis(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChainChanged, err)
	}
	if p.genesis != (common.Hash{}) && g != p.genesis {
		return nil, fmt.Errorf("%w: prepared on the chain with genesis %s, the node now serves genesis %s", ErrChainChanged, p.genesis.Hex(), g.Hex())
	}
	if acct.HasAddress && acct.Address != p.Review.From {
		return nil, fmt.Errorf("%w: account %s is %s, the transaction is from %s", ErrWrongAccount, acct.Name, acct.Address.Hex(), p.Review.From.Hex())
	}
	txdata := p.tx // copy: Prepared stays reusable after a failed attempt
	txdata.ChainID = new(big.Int).Set(p.tx.ChainID)
	txdata.Nonce = nonce
	var tx *types.Transaction
	err = keystore.WithKey(acct, passphrase, func(k *ecdsa.PrivateKey) error {
		if got := crypto.PubkeyToAddress(k.PublicKey); got != p.Review.From {
			return fmt.Errorf("%w: the key in %s is %s, the transaction is from %s", ErrWrongAccount, acct.Name, got.Hex(), p.Review.From.Hex())
		}
		var err error
		tx, err = types.SignNewTx(k, types.LatestSignerForChainID(txdata.ChainID), &txdata)
		return err
	})
	if err != nil {
		return nil, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding the signed transaction: %w", err)
	}
	return &Signed{
		Tx: tx, Raw: raw, Hash: tx.Hash(), ChainID: new(big.Int).Set(txdata.ChainID),
		From: p.Review.From, Nonce: tx.Nonce(), To: p.Review.To, Kind: p.Review.Kind,
		Function: p.Review.Function, Summary: summary(&p.Review), Created: time.Now().UTC(),
		Genesis: g, ProposalID: p.proposalID,
	}, nil
}

// CheckChain re-reads the node's chain id right before a signature or a
// send and compares it with want, the one the operation was prepared for
// (ErrChainChanged on any difference or failure).
func CheckChain(ctx context.Context, b Backend, want *big.Int) error {
	if want == nil {
		return fmt.Errorf("%w: no chain id was recorded", ErrChainChanged)
	}
	if b.ChainID().Cmp(want) != 0 {
		return fmt.Errorf("%w: prepared for chain %s, connected to chain %s", ErrChainChanged, want, b.ChainID())
	}
	if err := b.CheckChainID(ctx); err != nil {
		return fmt.Errorf("%w: %w", ErrChainChanged, err)
	}
	return nil
}

// summary renders the call in one line for the journal.
func summary(r *Review) string {
	s := r.Function + "("
	for i, a := range r.Args {
		if i > 0 {
			s += ", "
		}
		s += a.Name + "=" + truncate(a.Value, 80)
	}
	return s + ")"
}

// ErrWrongPassphrase is keystore.ErrWrongPassphrase, which Sign (and
// SignNext, journal.Journal.Sign, PreparedBallot.Sign) return for a wrong passphrase: nothing
// was signed, and the caller may ask again.
var ErrWrongPassphrase = keystore.ErrWrongPassphrase
