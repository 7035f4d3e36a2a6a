//go:build !unix && !windows

package journal

import (
	"fmt"
	"os"
	"runtime"
)

// tryLock fails: this platform has no advisory file lock, and signing
// without one could give two processes the same nonce.
func tryLock(f *os.File) error {
	return fmt.Errorf("no file locking on %s: daoterm cannot serialize nonces across processes here", runtime.GOOS)
}

// unlockFile does nothing.
func unlockFile(*os.File) error { return nil }
