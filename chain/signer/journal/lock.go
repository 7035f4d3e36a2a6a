package journal

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/signer"
)

// lockPoll is how often a held account lock is tried again.
const lockPoll = 20 * time.Millisecond

// errLocked is what tryLock returns when another holder has the lock.
var errLocked = errors.New("locked")

// accountLock is an exclusive lock on one account's nonces on one chain,
// held across processes: a file in the journal's directory locked with the
// operating system's advisory lock (flock on Unix, LockFileEx on Windows).
// The lock goes away with the process, so a crash never leaves it held.
type accountLock struct{ f *os.File }

// lockPath is the lock file of from on chain c, beside the journal.
func (j *Journal) lockPath(c signer.ChainRef, from common.Address) string {
	name := fmt.Sprintf("%s-%s-%s.lock", c.ID, strings.TrimPrefix(c.Genesis.Hex(), "0x")[:16], strings.ToLower(from.Hex()))
	return filepath.Join(filepath.Dir(j.path), "locks", name)
}

// lockAccount waits (polling, until ctx ends) for the exclusive lock on
// from's nonces on chain c and returns it. Release it with unlock.
func (j *Journal) lockAccount(ctx context.Context, c signer.ChainRef, from common.Address) (*accountLock, error) {
	p := j.lockPath(c, from)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return nil, fmt.Errorf("creating the lock directory: %w", err)
	}
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening the account lock %s: %w", p, err)
	}
	t := time.NewTicker(lockPoll)
	defer t.Stop()
	for {
		err := tryLock(f)
		if err == nil {
			return &accountLock{f: f}, nil
		}
		if !errors.Is(err, errLocked) {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", p, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for the lock on %s's nonces (%s), held by another daoterm: %w", from.Hex(), p, ctx.Err())
		case <-t.C:
		}
	}
}

// unlock releases the lock (closing the file releases it too).
func (l *accountLock) unlock() {
	if l == nil || l.f == nil {
		return
	}
	_ = unlockFile(l.f)
	l.f.Close()
	l.f = nil
}
