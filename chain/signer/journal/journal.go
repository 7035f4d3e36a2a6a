// Package journal is daoterm's record of the transactions it signs: an
// append-only JSON-lines file, fsync'd before anything is broadcast, kept per
// chain (chain id and genesis hash), with the per-account lock that keeps
// two daoterm processes from signing with one nonce. It signs under that
// lock (Sign), sends (Broadcast), waits for receipts and sends a dropped
// transaction again (Await, Resend), and brings unsettled entries up to date
// (Reconcile), reporting a transaction whose nonce another one took as not
// cast. Preparing and signing a transaction is package signer's.
package journal

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/internal/durable"
)

// Status is where a journaled transaction stands. The latest line wins.
type Status string

// Statuses of a journaled transaction.
const (
	StatusSigned    Status = "signed"    // written to the journal; not yet known to the node
	StatusPending   Status = "pending"   // accepted by the node, not mined
	StatusMined     Status = "mined"     // mined and succeeded
	StatusFailed    Status = "failed"    // mined and reverted
	StatusReplaced  Status = "replaced"  // its nonce was used by another transaction
	StatusCancelled Status = "cancelled" // replaced by a 0-value self-send (a cancellation)
)

// Final reports whether a status can no longer change.
func (s Status) Final() bool {
	switch s {
	case StatusMined, StatusFailed, StatusReplaced, StatusCancelled:
		return true
	}
	return false
}

// Entry is one journaled transaction with its latest status.
type Entry struct {
	Hash     common.Hash     `json:"hash"`
	Raw      hexutil.Bytes   `json:"raw,omitempty"`
	ChainID  string          `json:"chain_id,omitempty"` // decimal
	Genesis  *common.Hash    `json:"genesis,omitempty"`  // the chain's block 0; nil in entries written before it was recorded
	From     *common.Address `json:"from,omitempty"`
	Nonce    *uint64         `json:"nonce,omitempty"`
	To       *common.Address `json:"to,omitempty"`
	Function string          `json:"function,omitempty"`
	Summary  string          `json:"summary,omitempty"`
	Created  *time.Time      `json:"created,omitempty"`
	// ProposalID is the proposal a vote, queue or execute is about (decimal).
	ProposalID string `json:"proposal_id,omitempty"`
	// Command is the daoterm command that prepares the same transaction
	// again ("" when unknown), quoted in "not cast" reports.
	Command string `json:"command,omitempty"`

	Status     Status       `json:"status"`
	Updated    time.Time    `json:"updated"`
	Block      uint64       `json:"block,omitempty"`
	Detail     string       `json:"detail,omitempty"` // revert reason, error, ...
	ReplacedBy *common.Hash `json:"replaced_by,omitempty"`
}

// On reports whether the entry was signed for chain c (same chain id and
// genesis). Entries without a recorded genesis belong to no chain: they are
// listed but never reconciled.
func (e Entry) On(c signer.ChainRef) bool {
	return c.ID != nil && e.ChainID == c.ID.String() && e.Genesis != nil && *e.Genesis == c.Genesis
}

// Change is one status change made by Reconcile (Err set when an action
// such as a re-broadcast failed and will be retried).
type Change struct {
	Entry Entry
	Old   Status
	Err   error
}

// maxDetail bounds a status line's detail (a revert reason, a "not cast"
// report with its command).
const maxDetail = 2000

// maxLine bounds one journal line (a raw transaction is ≤ 128 KiB).
const maxLine = 1 << 20

// Journal is the append-only record of signed transactions: a JSON-lines file
// where each signed transaction is written (and fsync'd, with its directory)
// before it is broadcast, and each status change is a new line. It is safe
// for concurrent use within a process; separate processes only ever append
// whole lines.
type Journal struct {
	path     string
	mu       sync.Mutex           // guards the file and recorded
	rmu      sync.Mutex           // serializes Reconcile
	recorded map[common.Hash]bool // recorded by this Journal (Record is then a no-op)
}

// DefaultPath returns $XDG_STATE_HOME/daoterm/journal.jsonl, or
// ~/.local/state/daoterm/journal.jsonl. getenv is os.Getenv in production.
func DefaultPath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "daoterm", "journal.jsonl"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no $XDG_STATE_HOME or home directory for the transaction journal: %w", err)
		}
		home = h
	}
	return filepath.Join(home, ".local", "state", "daoterm", "journal.jsonl"), nil
}

// Open opens (creating, mode 0600 in a 0700 directory) the journal at path.
func Open(path string) (*Journal, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating journal directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening journal: %w", err)
	}
	f.Close()
	return &Journal{path: path, recorded: map[common.Hash]bool{}}, nil
}

// Path returns the journal file's path.
func (j *Journal) Path() string { return j.path }

// Record appends a signed transaction with status "signed" and syncs the file
// and its directory. Only after Record returns nil may the transaction be
// broadcast: a crash after this point loses nothing (Reconcile sends it).
func (j *Journal) Record(s *signer.Signed) error {
	if s == nil || len(s.Raw) == 0 {
		return fmt.Errorf("journal: nothing to record")
	}
	created := s.Created
	if created.IsZero() {
		created = time.Now().UTC()
	}
	if j.wasRecorded(s.Hash) {
		return nil // Sign (or an earlier Record) recorded it
	}
	from, nonce, to := s.From, s.Nonce, s.To
	e := Entry{
		Hash: s.Hash, Raw: s.Raw, ChainID: s.ChainID.String(), From: &from, Nonce: &nonce, To: &to,
		Function: s.Function, Summary: s.Summary, Created: &created, Command: s.Command,
		Status: StatusSigned, Updated: created,
	}
	if s.Genesis != (common.Hash{}) {
		g := s.Genesis
		e.Genesis = &g
	}
	if s.ProposalID != nil {
		e.ProposalID = s.ProposalID.String()
	}
	if err := j.append(e); err != nil {
		return err
	}
	j.mu.Lock()
	j.recorded[s.Hash] = true
	j.mu.Unlock()
	return nil
}

// wasRecorded reports whether this Journal recorded hash.
func (j *Journal) wasRecorded(hash common.Hash) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.recorded[hash]
}

// setStatus appends a status line for hash.
func (j *Journal) setStatus(hash common.Hash, st Status, block uint64, detail string, replacedBy *common.Hash) error {
	return j.append(Entry{Hash: hash, Status: st, Updated: time.Now().UTC(), Block: block, Detail: truncate(detail, maxDetail), ReplacedBy: replacedBy})
}

// append writes one line (after a newline if a crash left a partial line),
// then fsyncs the file and its directory.
func (j *Journal) append(e Entry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("journal: encoding: %w", err)
	}
	line = append(line, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	f, err := os.OpenFile(j.path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("journal: opening %s: %w", j.path, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, st.Size()-1); err == nil && last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(line); err != nil {
		return fmt.Errorf("journal: writing %s: %w", j.path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("journal: syncing %s: %w", j.path, err)
	}
	return durable.SyncDir(filepath.Dir(j.path))
}

// Entries returns every journaled transaction with its latest status, in the
// order they were recorded. Lines that do not parse (a line cut short by a
// crash before it was synced) are skipped; status lines for unknown hashes
// are ignored.
func (j *Journal) Entries() ([]Entry, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	f, err := os.Open(j.path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	byHash := map[common.Hash]int{}
	var out []Entry
	for {
		line, err := readLine(br, maxLine)
		if len(line) > 0 {
			var e Entry
			if json.Unmarshal(line, &e) == nil && e.Hash != (common.Hash{}) {
				if i, ok := byHash[e.Hash]; ok {
					cur := &out[i]
					cur.Status, cur.Updated, cur.Detail = e.Status, e.Updated, e.Detail
					if e.Block != 0 {
						cur.Block = e.Block
					}
					if e.ReplacedBy != nil {
						cur.ReplacedBy = e.ReplacedBy
					}
				} else if len(e.Raw) > 0 && e.From != nil && e.Nonce != nil {
					byHash[e.Hash] = len(out)
					out = append(out, e)
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("journal: reading %s: %w", j.path, err)
		}
	}
	return out, nil
}

// readLine reads one line, discarding (and returning empty) lines over max.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	over := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !over {
			buf = append(buf, chunk...)
			if len(buf) > max {
				over, buf = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimSpace(buf), err
	}
}

// unsettled returns the entries on chain c whose status is not final.
func (j *Journal) unsettled(c signer.ChainRef) ([]Entry, error) {
	all, err := j.Entries()
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, e := range all {
		if !e.Status.Final() && e.On(c) {
			out = append(out, e)
		}
	}
	return out, nil
}

// NextNonce returns one past the highest nonce of from's unsettled
// transactions on chain c, and whether there is any; it implements
// signer.NonceSource. A nil Journal has no transactions.
func (j *Journal) NextNonce(c signer.ChainRef, from common.Address) (uint64, bool, error) {
	if j == nil {
		return 0, false, nil
	}
	es, err := j.unsettled(c)
	if err != nil {
		return 0, false, err
	}
	var next uint64
	found := false
	for _, e := range es {
		if *e.From == from && (!found || *e.Nonce+1 > next) {
			next, found = *e.Nonce+1, true
		}
	}
	return next, found, nil
}

// Find returns the entry of hash, or nil.
func (j *Journal) Find(hash common.Hash) (*Entry, error) {
	es, err := j.Entries()
	if err != nil {
		return nil, err
	}
	return entryOf(es, hash), nil
}

// entryOf is the entry of hash in es (one per transaction), or nil.
func entryOf(es []Entry, hash common.Hash) *Entry {
	for i := range es {
		if es[i].Hash == hash {
			return &es[i]
		}
	}
	return nil
}

// has reports whether hash was recorded.
func (j *Journal) has(hash common.Hash) (bool, error) {
	e, err := j.Find(hash)
	return e != nil, err
}

// Broadcast sends a transaction that Record has journaled (it refuses one
// that is not in the journal) and records it as pending. A node that already
// knows the transaction counts as success.
func (j *Journal) Broadcast(ctx context.Context, b signer.Backend, s *signer.Signed) error {
	ok, err := j.has(s.Hash)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("transaction %s is not in the journal %s: Record it before broadcasting", s.Hash.Hex(), j.path)
	}
	if err := signer.CheckChain(ctx, b, s.ChainID); err != nil {
		return err
	}
	if err := sendRaw(ctx, b, s.Raw); err != nil {
		_ = j.setStatus(s.Hash, StatusSigned, 0, "broadcast failed: "+err.Error(), nil)
		return &BroadcastError{Hash: s.Hash, Err: err}
	}
	return j.setStatus(s.Hash, StatusPending, 0, "", nil)
}

// BroadcastError is a failed eth_sendRawTransaction of a journaled
// transaction. The transaction stays in the journal as signed: the next
// Reconcile on its chain (every signing command and the dashboard run one)
// sends it again while its nonce is free, and reports it as not cast when
// another transaction takes the nonce.
type BroadcastError struct {
	Hash common.Hash
	Err  error
}

// Error says what failed and what happens next.
func (e *BroadcastError) Error() string {
	return fmt.Sprintf("broadcasting %s: %v (it is in the journal: `daoterm tx resend %s` sends it again; daoterm also sends it again when it next reconciles the journal, unless its nonce is used by then)", e.Hash.Hex(), e.Err, e.Hash.Hex())
}

// Unwrap returns the node's error.
func (e *BroadcastError) Unwrap() error { return e.Err }

// sendRaw calls eth_sendRawTransaction; "already known" is success.
func sendRaw(ctx context.Context, b signer.Backend, raw []byte) error {
	var h common.Hash
	err := b.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw))
	if err != nil && isAlreadyKnown(err) {
		return nil
	}
	return err
}

// isAlreadyKnown reports the node's "I have this transaction" answers.
func isAlreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "known transaction") ||
		strings.Contains(s, "already imported") || strings.Contains(s, "already in the pool")
}

// RecordOutcome appends the final status of a mined transaction.
func (j *Journal) RecordOutcome(o *signer.Outcome) error {
	if o == nil {
		return nil
	}
	st, detail := StatusMined, ""
	if !o.Success {
		st = StatusFailed
		if o.Revert != nil {
			detail = o.Revert.String()
		}
	}
	return j.setStatus(o.Hash, st, o.Block, detail, nil)
}

// Reconcile brings the journal's unsettled transactions on b's chain (the
// same chain id and genesis) up to date: a mined one is recorded as mined or
// failed; one whose nonce was used by another transaction is marked
// replaced (or cancelled, when the other is a journaled 0-value self-send),
// with a detail that says it was not cast and the command that casts it
// again; one the node does not know while its nonce is still free is
// broadcast again (exactly the signed bytes, so it can land at most once).
// Entries of other chains are left alone. Call it on start and on each new
// head; concurrent calls run one after the other. Transient RPC failures
// leave entries as they are for the next call.
func (j *Journal) Reconcile(ctx context.Context, b signer.Backend) ([]Change, error) {
	j.rmu.Lock()
	defer j.rmu.Unlock()
	c, err := signer.ChainOf(ctx, b)
	if err != nil {
		return nil, err
	}
	all, err := j.Entries()
	if err != nil {
		return nil, err
	}
	var changes []Change
	for _, e := range all {
		if e.Status.Final() || !e.On(c) {
			continue
		}
		ch, err := j.reconcileOne(ctx, b, e, all)
		if err != nil {
			if ctx.Err() != nil {
				return changes, ctx.Err()
			}
			changes = append(changes, Change{Entry: e, Old: e.Status, Err: err})
			continue
		}
		if ch != nil {
			changes = append(changes, *ch)
		}
	}
	return changes, nil
}

// decodeEntry decodes an entry's raw transaction and checks its hash.
func decodeEntry(e Entry) (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(e.Raw); err != nil || tx.Hash() != e.Hash {
		return nil, fmt.Errorf("journal entry %s: raw transaction does not decode to its hash", e.Hash.Hex())
	}
	return tx, nil
}

// reconcileOne handles one unsettled entry; nil change when nothing changed.
func (j *Journal) reconcileOne(ctx context.Context, b signer.Backend, e Entry, all []Entry) (*Change, error) {
	tx, err := decodeEntry(e)
	if err != nil {
		return nil, err
	}
	settle := func(st Status, block uint64, detail string, by *common.Hash) (*Change, error) {
		if err := j.setStatus(e.Hash, st, block, detail, by); err != nil {
			return nil, err
		}
		old := e.Status
		e.Status, e.Block, e.Detail, e.ReplacedBy = st, block, truncate(detail, maxDetail), by
		return &Change{Entry: e, Old: old}, nil
	}
	o, err := signer.Receipt(ctx, b, e.Hash)
	if err != nil {
		return nil, err
	}
	if o != nil {
		st, detail := StatusMined, ""
		if !o.Success {
			st = StatusFailed
			if o.Revert != nil {
				detail = o.Revert.String()
			}
		}
		return settle(st, o.Block, detail, nil)
	}
	latest, err := b.NonceAt(ctx, *e.From, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the nonce of %s: %w", e.From.Hex(), err)
	}
	if tx.Nonce() < latest {
		// The nonce is used. Check once more that it was not this one,
		// mined between the two reads.
		if o, err := signer.Receipt(ctx, b, e.Hash); err != nil {
			return nil, err
		} else if o != nil {
			return j.reconcileOne(ctx, b, e, all)
		}
		for _, other := range all {
			if other.Hash == e.Hash || other.ChainID != e.ChainID || *other.From != *e.From || *other.Nonce != *e.Nonce {
				continue
			}
			oo, err := signer.Receipt(ctx, b, other.Hash)
			if err != nil || oo == nil {
				continue
			}
			by := other.Hash
			otx := new(types.Transaction)
			if otx.UnmarshalBinary(other.Raw) == nil {
				switch {
				case otx.To() != nil && *otx.To() == *e.From && len(otx.Data()) == 0 && otx.Value().Sign() == 0:
					return settle(StatusCancelled, oo.Block, "cancelled by "+by.Hex(), &by)
				case otx.To() != nil && tx.To() != nil && *otx.To() == *tx.To() && bytes.Equal(otx.Data(), tx.Data()) && otx.Value().Cmp(tx.Value()) == 0:
					return settle(StatusReplaced, oo.Block, "replaced by "+by.Hex()+", which makes the same call (so it was cast)", &by)
				}
			}
			return settle(StatusReplaced, oo.Block, notCast(e, fmt.Sprintf("its nonce %d was used by %s (%s)", tx.Nonce(), by.Hex(), other.Function)), &by)
		}
		return settle(StatusReplaced, 0, notCast(e, fmt.Sprintf("its nonce %d of %s was used by another transaction", tx.Nonce(), e.From.Hex())), nil)
	}
	// Nonce still free: does the node know the transaction?
	_, _, err = b.TransactionByHash(ctx, e.Hash)
	switch {
	case err == nil:
		if e.Status != StatusPending {
			return settle(StatusPending, 0, "", nil)
		}
		return nil, nil
	case !isNotFound(err):
		return nil, fmt.Errorf("looking up %s: %w", e.Hash.Hex(), err)
	}
	if err := sendRaw(ctx, b, e.Raw); err != nil {
		return nil, fmt.Errorf("re-broadcasting %s: %w", e.Hash.Hex(), err)
	}
	return settle(StatusPending, 0, detailResent, nil)
}

// detailResent is the detail of a transaction Reconcile sent again.
const detailResent = "broadcast again: the node did not have it"

// notCast is the detail of a transaction whose nonce another transaction
// took: it says plainly that the call was not made, why, and what to run.
func notCast(e Entry, why string) string {
	what := e.Function
	if e.ProposalID != "" {
		what += " on proposal " + e.ProposalID
	}
	again := "prepare it again (`daoterm tx show " + e.Hash.Hex() + "` shows what it was)"
	if e.Command != "" {
		again = "to make it again run: " + e.Command
	}
	return fmt.Sprintf("NOT CAST: %s was not made: %s; %s", what, why, again)
}

// isNotFound reports ethereum.NotFound.
func isNotFound(err error) bool { return errors.Is(err, ethereum.NotFound) }

// truncate cuts s to at most n bytes for messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
