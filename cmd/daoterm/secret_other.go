//go:build !linux

package main

import "errors"

// noEcho is not implemented here; secret falls back to term.ReadPassword.
func noEcho(fd int) (restore func(), err error) {
	return nil, errors.New("no termios control on this platform")
}
