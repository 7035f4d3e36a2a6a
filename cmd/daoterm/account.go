package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/config"
)

// maxSecret bounds a typed or piped secret (passphrase, private key).
const maxSecret = 4096

// prompter reads confirmations and secrets: from the terminal with echo off
// when standard input is one, else a line at a time from standard input
// (scripts and tests). Prompts go to standard error.
type prompter struct {
	e  *env
	in *bufio.Reader
}

func newPrompter(e *env) *prompter { return &prompter{e: e} }

// terminal returns stdin's file descriptor when it is a terminal.
func (p *prompter) terminal() (int, bool) {
	f := terminalFile(p.e.stdin)
	if f == nil {
		return 0, false
	}
	return int(f.Fd()), true
}

// terminalFile is v (a stream of env) when it is a file on a terminal, else
// nil (a pipe, a file, a test's buffer).
func terminalFile(v any) *os.File {
	f, ok := v.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return f
}

// line reads one line from stdin (without its line ending).
func (p *prompter) line() ([]byte, error) {
	if p.in == nil {
		p.in = bufio.NewReaderSize(p.e.stdin, maxSecret+2)
	}
	var buf []byte
	for {
		chunk, isPrefix, err := p.in.ReadLine()
		buf = append(buf, chunk...)
		if len(buf) > maxSecret {
			zero(buf)
			return nil, fmt.Errorf("input line longer than %d bytes", maxSecret)
		}
		if err != nil {
			if err == io.EOF && len(buf) > 0 {
				return buf, nil
			}
			if err == io.EOF {
				return nil, errors.New("standard input ended before the answer: use a terminal, --yes and --password-file")
			}
			return nil, err
		}
		if !isPrefix {
			return buf, nil
		}
	}
}

// secret asks for a secret; on a terminal nothing is echoed.
func (p *prompter) secret(prompt string) ([]byte, error) {
	if fd, ok := p.terminal(); ok {
		if restore, err := noEcho(fd); err == nil {
			fmt.Fprint(p.e.stderr, prompt)
			b, err := readSecretLine(p.e.stdin)
			restore()
			fmt.Fprintln(p.e.stderr)
			return b, err
		}
	}
	fmt.Fprint(p.e.stderr, prompt)
	if fd, ok := p.terminal(); ok {
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(p.e.stderr)
		if err != nil {
			return nil, fmt.Errorf("reading from the terminal: %w", err)
		}
		if len(b) > maxSecret {
			zero(b)
			return nil, fmt.Errorf("input longer than %d bytes", maxSecret)
		}
		return b, nil
	}
	b, err := p.line()
	fmt.Fprintln(p.e.stderr)
	return b, err
}

// readSecretLine reads one line byte by byte, so that no buffer but the
// returned one ever holds the secret (the caller zeroes it). A terminal in
// canonical mode hands over one line per read, so nothing is read ahead.
func readSecretLine(r io.Reader) ([]byte, error) {
	var b []byte
	var one [1]byte
	for {
		n, err := r.Read(one[:])
		if n == 1 {
			switch c := one[0]; {
			case c == '\n':
				if len(b) > 0 && b[len(b)-1] == '\r' {
					b = b[:len(b)-1]
				}
				return b, nil
			case len(b) >= maxSecret:
				zero(b)
				return nil, fmt.Errorf("input longer than %d bytes", maxSecret)
			default:
				if len(b) == cap(b) { // grow by hand so the old array can be wiped
					nb := make([]byte, len(b), 2*cap(b)+16)
					copy(nb, b)
					zero(b)
					b = nb
				}
				b = append(b, c)
			}
		}
		if err != nil {
			if err == io.EOF && len(b) > 0 {
				return b, nil
			}
			zero(b)
			if err == io.EOF {
				return nil, errors.New("standard input ended before the passphrase")
			}
			return nil, fmt.Errorf("reading from the terminal: %w", err)
		}
	}
}

// confirm asks a yes/no question; only "y" or "yes" is yes.
func (p *prompter) confirm(prompt string) (bool, error) {
	fmt.Fprint(p.e.stderr, prompt)
	b, err := p.line()
	if err != nil {
		return false, err
	}
	ans := strings.ToLower(strings.TrimSpace(string(b)))
	return ans == "y" || ans == "yes", nil
}

// newPassphrase asks for a new passphrase twice (or reads --password-file).
func (p *prompter) newPassphrase(passwordFile string) ([]byte, error) {
	if passwordFile != "" {
		return readPasswordFile(p.e, passwordFile)
	}
	a, err := p.secret("New passphrase: ")
	if err != nil {
		return nil, err
	}
	b, err := p.secret("Repeat passphrase: ")
	if err != nil {
		zero(a)
		return nil, err
	}
	defer zero(b)
	if !bytes.Equal(a, b) {
		zero(a)
		return nil, errors.New("the passphrases do not match")
	}
	if len(a) == 0 {
		return nil, errors.New("empty passphrase refused")
	}
	return a, nil
}

// readPasswordFile reads a passphrase file: its content without one
// trailing newline. It warns when the file is readable by other users.
func readPasswordFile(e *env, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--password-file: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(e.stderr, "warning: password file %s has mode %04o, readable by other users: chmod 600 %s\n", path, st.Mode().Perm(), path)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxSecret+1))
	if err != nil {
		return nil, fmt.Errorf("--password-file: %w", err)
	}
	if len(b) > maxSecret {
		zero(b)
		return nil, fmt.Errorf("--password-file %s is longer than %d bytes", path, maxSecret)
	}
	n := len(b)
	if n > 0 && b[n-1] == '\n' {
		n--
		if n > 0 && b[n-1] == '\r' {
			n--
		}
	}
	out := append([]byte(nil), b[:n]...)
	zero(b)
	return out, nil
}

// zero overwrites a secret.
func zero(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

// keystoreDir resolves the keystore directory: --keystore, then the config
// file's keystore, then ~/.foundry/keystores, then ~/.ethereum/keystore.
func keystoreDir(e *env, cfg *config.Config, flagDir string, create bool) (string, string, error) {
	ks, acct, err := config.ResolveAccount(cfg, config.Overrides{Keystore: flagDir}, e.getenv)
	if err != nil {
		return "", "", usageErr(err)
	}
	dir, err := keystore.ResolveDir(e.getenv("HOME"), ks, "", create)
	if err != nil {
		return "", "", usageErr(err)
	}
	return dir, acct, nil
}

// runAccount is `daoterm account list|new|import`.
func runAccount(ctx context.Context, e *env, args []string) error {
	usage := func(w io.Writer) {
		fmt.Fprintln(w, `usage: daoterm account list [--keystore DIR]
       daoterm account new NAME [--keystore DIR] [--password-file FILE]
       daoterm account import NAME [--keystore DIR] [--password-file FILE]

Keystores are geth / Foundry V3 files; NAME is the file name (as Foundry's
cast wallet names them). The keystore directory is --keystore, else the
config file's keystore, else ~/.foundry/keystores, else ~/.ethereum/keystore.
import reads the private key from a hidden prompt (or one line of standard
input when it is not a terminal), never from arguments or the environment.
`+"`daoterm help account SUBCOMMAND`"+` lists a subcommand's flags.`)
	}
	if len(args) > 0 && isHelpFlag(args[0]) {
		usage(e.stderr)
		return flag.ErrHelp
	}
	if len(args) == 0 {
		usage(e.stderr)
		return usageErr(errors.New("missing subcommand: list, new or import"))
	}
	sub := args[0]
	fs := flag.NewFlagSet("account "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { usage(fs.Output()); fs.PrintDefaults() }
	var cfgPath, dirFlag, passwordFile string
	var light bool
	fs.StringVar(&cfgPath, "config", "", "config file (default $XDG_CONFIG_HOME/daoterm/config.toml)")
	fs.StringVar(&dirFlag, "keystore", "", "keystore directory")
	if sub == "new" || sub == "import" {
		fs.StringVar(&passwordFile, "password-file", "", "read the new passphrase from FILE instead of prompting")
		fs.BoolVar(&light, "light", false, "light scrypt parameters (fast, weak): for tests and development only")
	}
	rest, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return usageErr(err)
	}
	cfg, err := config.LoadEnv(cfgPath, e.getenv)
	if err != nil {
		return usageErr(err)
	}
	switch sub {
	case "list":
		if len(rest) != 0 {
			return usageErr(fmt.Errorf("account list takes no arguments"))
		}
		dir, _, err := keystoreDir(e, cfg, dirFlag, false)
		if err != nil {
			return err
		}
		accts, warns, err := keystore.List(dir)
		if err != nil {
			return err
		}
		for _, w := range warns {
			fmt.Fprintln(e.stderr, "warning:", w)
		}
		fmt.Fprintf(e.stderr, "keystore %s\n", dir)
		tw := newTable(e.stdout)
		fmt.Fprintln(tw, "NAME\tADDRESS\tNOTE")
		for _, a := range accts {
			addr, note := "(known after unlocking)", ""
			if a.HasAddress {
				addr = a.Address.Hex()
			}
			if a.Err != nil {
				addr, note = "-", "invalid: "+safeLine(a.Err.Error(), 160)
			} else if len(a.Warnings) > 0 {
				note = "readable by other users"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", safeLine(a.Name, 64), addr, note)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, a := range accts {
			for _, w := range a.Warnings {
				fmt.Fprintln(e.stderr, "warning:", safeLine(w, 300))
			}
		}
		return nil
	case "new", "import":
		if len(rest) != 1 {
			fs.Usage()
			return usageErr(fmt.Errorf("account %s takes one NAME", sub))
		}
		name := rest[0]
		if err := keystore.ValidName(name); err != nil {
			return usageErr(err)
		}
		dir, _, err := keystoreDir(e, cfg, dirFlag, true)
		if err != nil {
			return err
		}
		p := newPrompter(e)
		var priv []byte
		if sub == "import" {
			if priv, err = p.secret("Private key (hex, hidden): "); err != nil {
				return err
			}
			defer zero(priv)
		}
		pass, err := p.newPassphrase(passwordFile)
		if err != nil {
			return err
		}
		defer zero(pass)
		opts := keystore.CreateOptions{Light: light}
		var a keystore.Account
		var warns []string
		if sub == "new" {
			a, warns, err = keystore.New(dir, name, pass, opts)
		} else {
			a, warns, err = keystore.Import(dir, name, priv, pass, opts)
		}
		for _, w := range warns {
			fmt.Fprintln(e.stderr, "warning:", w)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s %s\n", a.Name, a.Address.Hex())
		fmt.Fprintf(e.stderr, "saved to %s (mode 0600). Keep a backup: without the file and its passphrase the key is lost.\n", a.Path)
		return nil
	}
	usage(e.stderr)
	return usageErr(fmt.Errorf("unknown subcommand %q: use list, new or import", sub))
}

// parseInterspersed parses flags that may come before, between or after the
// positional arguments (`vote ID for --reason X`), which package flag alone
// stops at; everything after a "--" is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		consumed := len(args) - fs.NArg()
		rest := fs.Args()
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
