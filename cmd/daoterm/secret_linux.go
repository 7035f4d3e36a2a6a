//go:build linux

package main

import "golang.org/x/sys/unix"

// noEcho turns the terminal's echo off, keeping line editing and signals,
// and returns the function that restores it. Echo goes off before the prompt
// is printed, so nothing typed after the prompt appears is ever echoed.
func noEcho(fd int) (restore func(), err error) {
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, err
	}
	t := *old
	t.Lflag &^= unix.ECHO
	t.Lflag |= unix.ICANON | unix.ISIG
	t.Iflag |= unix.ICRNL
	if err := unix.IoctlSetTermios(fd, unix.TCSETS, &t); err != nil {
		return nil, err
	}
	return func() { _ = unix.IoctlSetTermios(fd, unix.TCSETS, old) }, nil
}
