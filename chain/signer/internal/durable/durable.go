// Package durable holds what the keystore and the journal share to make a
// write survive a crash.
package durable

import (
	"errors"
	"fmt"
	"os"
)

// SyncDir fsyncs a directory so a new entry in it survives a crash. A
// platform that cannot sync a directory (os.ErrInvalid) is not an error.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("syncing directory %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("syncing directory %s: %w", dir, err)
	}
	return nil
}
