package journal

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
)

// SignOptions tune Journal.Sign.
type SignOptions struct {
	// Command is the daoterm command that prepares the transaction again,
	// recorded for "not cast" reports ("" when unknown).
	Command string
	// Broadcast sends the transaction before the account lock is released.
	// A failed send returns the recorded transaction with a *BroadcastError.
	Broadcast bool
}

// Sign signs p and records it in the journal while it holds the account's
// lock (a file lock beside the journal, shared by every daoterm process on
// this machine), so that two processes signing for one account at once get
// different nonces. Under the lock the nonce is chosen again: the node's
// pending nonce, raised past the account's unsettled journal entries on this
// chain (the review's nonce is what it was when p was prepared; a nonce
// given in signer.PrepareOptions is kept as it is). With opts.Broadcast the
// transaction is also sent before the lock is released.
//
// A wrong passphrase returns signer.ErrWrongPassphrase, nothing is recorded, and
// Sign may be called again.
func (j *Journal) Sign(ctx context.Context, b signer.Backend, p *signer.Prepared, acct keystore.Account, passphrase []byte, opts SignOptions) (*signer.Signed, error) {
	if p == nil {
		return nil, fmt.Errorf("nothing prepared")
	}
	c, err := signer.ChainOf(ctx, b)
	if err != nil {
		return nil, err
	}
	from := p.Review.From
	lk, err := j.lockAccount(ctx, c, from)
	if err != nil {
		return nil, err
	}
	defer lk.unlock()
	s, err := p.SignNext(ctx, b, acct, passphrase, j)
	if err != nil {
		return nil, err
	}
	s.Command = opts.Command
	if err := j.Record(s); err != nil {
		return nil, fmt.Errorf("%w: nothing was sent", err)
	}
	if opts.Broadcast {
		if err := j.Broadcast(ctx, b, s); err != nil {
			return s, err
		}
	}
	return s, nil
}

// AwaitOptions tune Journal.Await.
type AwaitOptions struct {
	// Poll is how often the receipt is read (default 1 s).
	Poll time.Duration
	// Resend is how often the transaction is checked against the node and,
	// when the node does not have it, sent again (default 10 polls).
	Resend time.Duration
	// Timeout is how long to wait in all (default DefaultAwaitTimeout).
	Timeout time.Duration
}

// DefaultAwaitTimeout is how long Await waits for a receipt by default.
const DefaultAwaitTimeout = 3 * time.Minute

// ErrNotMined is wrapped by Await's error when the wait ended before the
// transaction was mined; it stays in the journal.
var ErrNotMined = errors.New("not mined")

// ErrDisplaced is wrapped by Await's error when another transaction took the
// nonce: the call was not made (see DisplacedError).
var ErrDisplaced = errors.New("not cast: its nonce was used by another transaction")

// NotMinedError says that Await stopped waiting: how long it waited, how
// often it sent the transaction, and where the journal stands.
type NotMinedError struct {
	Hash    common.Hash
	Waited  time.Duration
	Sends   int    // broadcasts made while waiting
	Status  Status // the journal's status for it
	Known   bool   // the node had it in its pool at the last check
	LastErr error  // the last send or check failure, if any
}

// Error says what happened and what to run.
func (e *NotMinedError) Error() string {
	where := "the node does not have it in its pool"
	if e.Known {
		where = "the node has it in its pool"
	}
	s := fmt.Sprintf("%s was not mined within %s (sent again %d time(s) while waiting; %s)", e.Hash.Hex(), e.Waited.Round(time.Second), e.Sends, where)
	if e.LastErr != nil {
		s += "; last error: " + truncate(e.LastErr.Error(), 300)
	}
	return s + fmt.Sprintf("; the journal has it as %s: `daoterm tx resend %s` sends it again, `daoterm tx show %s` shows it", e.Status, e.Hash.Hex(), e.Hash.Hex())
}

// Unwrap returns ErrNotMined.
func (e *NotMinedError) Unwrap() error { return ErrNotMined }

// DisplacedError is Await's error when the nonce went to another transaction
// that does not make the same call (Entry.Status is replaced or cancelled,
// Entry.Detail says what took it).
type DisplacedError struct{ Entry Entry }

// Error is the entry's detail.
func (e *DisplacedError) Error() string { return e.Entry.Detail }

// Unwrap returns ErrDisplaced.
func (e *DisplacedError) Unwrap() error { return ErrDisplaced }

// Await waits for the journaled transaction hash to be mined, and records
// the outcome. Every opts.Resend it checks the transaction against the node
// as Reconcile does: when the node dropped it and the nonce is still free,
// the exact signed bytes are sent again. It returns
//   - the Outcome of a successful transaction;
//   - the Outcome and a *revert.Error for a reverted one;
//   - a *DisplacedError (errors.Is ErrDisplaced) when another transaction
//     used the nonce and did not make the same call;
//   - a *NotMinedError (errors.Is ErrNotMined) when opts.Timeout passed.
//
// In each case but the last, the journal has the final status.
func (j *Journal) Await(ctx context.Context, b signer.Backend, hash common.Hash, opts AwaitOptions) (*signer.Outcome, error) {
	if opts.Poll <= 0 {
		opts.Poll = time.Second
	}
	if opts.Resend <= 0 {
		opts.Resend = 10 * opts.Poll
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultAwaitTimeout
	}
	start := time.Now()
	deadline := time.NewTimer(opts.Timeout)
	defer deadline.Stop()
	poll := time.NewTicker(opts.Poll)
	defer poll.Stop()
	nm := &NotMinedError{Hash: hash}
	lastCheck := start
	for {
		o, err := signer.Receipt(ctx, b, hash)
		switch {
		case err != nil:
			nm.LastErr = err
		case o != nil:
			if jerr := j.RecordOutcome(o); jerr != nil {
				return o, jerr
			}
			if !o.Success {
				return o, &revert.Error{Op: "transaction " + hash.Hex() + " failed in block " + fmt.Sprint(o.Block), Revert: o.Revert}
			}
			return o, nil
		case time.Since(lastCheck) >= opts.Resend:
			lastCheck = time.Now()
			if o, err := j.check(ctx, b, hash, nm); o != nil || err != nil {
				return o, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w (it is in the journal: `daoterm tx show %s` shows it, `daoterm tx resend %s` sends it again)", hash.Hex(), ctx.Err(), hash.Hex(), hash.Hex())
		case <-deadline.C:
			nm.Waited = time.Since(start)
			if e, err := j.Find(hash); err == nil && e != nil {
				nm.Status = e.Status
			}
			return nil, nm
		case <-poll.C:
		}
	}
}

// check reconciles hash's entry once (mined, displaced, or sent again when
// the node lost it), noting sends and failures in nm. It returns a result
// for Await when the entry settled.
func (j *Journal) check(ctx context.Context, b signer.Backend, hash common.Hash, nm *NotMinedError) (*signer.Outcome, error) {
	j.rmu.Lock()
	defer j.rmu.Unlock()
	all, err := j.Entries()
	if err != nil {
		return nil, err
	}
	e := entryOf(all, hash)
	if e == nil {
		return nil, fmt.Errorf("transaction %s is not in the journal %s", hash.Hex(), j.path)
	}
	if e.Status.Final() {
		return j.settled(ctx, b, *e)
	}
	ch, err := j.reconcileOne(ctx, b, *e, all)
	if err != nil {
		nm.LastErr = err
		return nil, nil
	}
	if ch == nil || (ch.Entry.Status == StatusPending && ch.Entry.Detail != detailResent) {
		nm.Known = true // the node has it in its pool
		return nil, nil
	}
	if ch.Entry.Detail == detailResent {
		nm.Sends++ // reconcileOne sent it again
		nm.Known = false
		return nil, nil
	}
	if ch.Entry.Status.Final() {
		return j.settled(ctx, b, ch.Entry)
	}
	return nil, nil
}

// settled turns a final entry into Await's result.
func (j *Journal) settled(ctx context.Context, b signer.Backend, e Entry) (*signer.Outcome, error) {
	switch e.Status {
	case StatusMined, StatusFailed:
		o, err := signer.Receipt(ctx, b, e.Hash)
		if err != nil || o == nil {
			return nil, fmt.Errorf("%s is %s in the journal but its receipt could not be read: %v", e.Hash.Hex(), e.Status, err)
		}
		if !o.Success {
			return o, &revert.Error{Op: "transaction " + e.Hash.Hex() + " failed in block " + fmt.Sprint(o.Block), Revert: o.Revert}
		}
		return o, nil
	case StatusReplaced:
		if e.ReplacedBy != nil {
			if o, err := signer.Receipt(ctx, b, *e.ReplacedBy); err == nil && o != nil && !isNotCast(e.Detail) {
				return o, nil // the replacement made the same call
			}
		}
	}
	return nil, &DisplacedError{Entry: e}
}

// isNotCast reports a detail written by notCast.
func isNotCast(detail string) bool { return len(detail) >= 9 && detail[:9] == "NOT CAST:" }

// ErrOtherChain is returned by Resend for an entry signed for another chain
// (another chain id, or the same id with another genesis).
var ErrOtherChain = errors.New("signed for another chain")

// ErrSettled is returned by Resend for an entry that was already mined (or
// failed on chain): sending it again would do nothing.
var ErrSettled = errors.New("already settled on chain")

// Resend sends the journaled transaction hash again, exactly as signed,
// after checking it against the node: an entry of another chain is refused
// (ErrOtherChain); a mined or failed one is recorded and refused
// (ErrSettled); one whose nonce another transaction used is recorded as not
// cast and refused with a *DisplacedError. It returns the entry as it now
// stands.
func (j *Journal) Resend(ctx context.Context, b signer.Backend, hash common.Hash) (*Entry, error) {
	j.rmu.Lock()
	defer j.rmu.Unlock()
	all, err := j.Entries()
	if err != nil {
		return nil, err
	}
	e := entryOf(all, hash)
	if e == nil {
		return nil, fmt.Errorf("%s is not in the journal %s (`daoterm tx list` shows what is)", hash.Hex(), j.path)
	}
	c, err := signer.ChainOf(ctx, b)
	if err != nil {
		return nil, err
	}
	if !e.On(c) {
		g := "an unrecorded genesis"
		if e.Genesis != nil {
			g = "genesis " + e.Genesis.Hex()[:10] + "…"
		}
		return e, fmt.Errorf("%w: %s was signed for chain %s (%s); the node serves %s: nothing was sent", ErrOtherChain, hash.Hex(), e.ChainID, g, c)
	}
	if !e.Status.Final() {
		ch, err := j.reconcileOne(ctx, b, *e, all)
		if err != nil {
			return e, err
		}
		if ch != nil {
			*e = ch.Entry
		}
	}
	switch e.Status {
	case StatusMined, StatusFailed:
		return e, fmt.Errorf("%w: %s is %s in block %d: nothing was sent", ErrSettled, hash.Hex(), e.Status, e.Block)
	case StatusReplaced, StatusCancelled:
		return e, &DisplacedError{Entry: *e}
	}
	if e.Detail == detailResent {
		return e, nil // reconcileOne just sent it
	}
	if err := sendRaw(ctx, b, e.Raw); err != nil {
		return e, &BroadcastError{Hash: hash, Err: err}
	}
	if err := j.setStatus(hash, StatusPending, 0, "sent again by tx resend", nil); err != nil {
		return e, err
	}
	e.Status, e.Detail = StatusPending, "sent again by tx resend"
	return e, nil
}
