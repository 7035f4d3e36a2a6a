// Package keystore reads, validates, creates and unlocks geth / Foundry V3
// keystore files. Every file is validated (types, required fields, cipher,
// bounded KDF parameters, size) before a passphrase touches it, decryption
// never panics, and a decrypted key exists only inside WithKey.
package keystore

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	gethks "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/daoterm/daoterm/chain/addr"
	"github.com/daoterm/daoterm/chain/signer/internal/durable"
)

// ErrNoAccount is returned when no keystore file matches a name or address.
var ErrNoAccount = errors.New("no such account")

// ErrNoKeystore is returned when no keystore directory was given or found.
var ErrNoKeystore = errors.New("no keystore directory")

// Account is one keystore file in a directory.
type Account struct {
	Name       string         // the file name (Foundry keystores name accounts by file)
	Path       string         // full path
	Address    common.Address // the file's "address"; zero when HasAddress is false
	HasAddress bool           // false for files without an address field (known after unlocking)
	Warnings   []string       // e.g. the file is readable by other users
	Err        error          // non-nil when the file is not a valid keystore (listed, not usable)
}

// Label returns "name (0xADDRESS)" or the name alone.
func (a Account) Label() string {
	if a.HasAddress {
		return a.Name + " (" + a.Address.Hex() + ")"
	}
	return a.Name
}

// DefaultDirs returns the keystore directories tried when none is given, in
// order: configured (from the config file, "" to skip), then
// ~/.foundry/keystores, then ~/.ethereum/gethks. A leading "~/" is expanded.
func DefaultDirs(home, configured string) []string {
	var dirs []string
	if configured != "" {
		dirs = append(dirs, ExpandHome(home, configured))
	}
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".foundry", "keystores"), filepath.Join(home, ".ethereum", "keystore"))
	}
	return dirs
}

// ExpandHome expands a leading "~" or "~/" in path to home.
func ExpandHome(home, path string) string {
	if home == "" {
		return path
	}
	if path == "~" {
		return home
	}
	if strings.HasPrefix(path, "~/") {
		return filepath.Join(home, path[2:])
	}
	return path
}

// ResolveDir picks the keystore directory: flag when set, else configured
// (the config file's keystore) when set — either need not exist yet — else
// the first of ~/.foundry/keystores and ~/.ethereum/keystore that exists.
// With create and neither existing it returns ~/.foundry/keystores (to be made).
func ResolveDir(home, flag, configured string, create bool) (string, error) {
	if flag != "" {
		return ExpandHome(home, flag), nil
	}
	if configured != "" {
		return ExpandHome(home, configured), nil
	}
	cands := DefaultDirs(home, "")
	for _, d := range cands {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
	}
	if len(cands) == 0 {
		return "", fmt.Errorf("%w: pass --keystore DIR", ErrNoKeystore)
	}
	if create {
		return cands[0], nil
	}
	return "", fmt.Errorf("%w: none of %s exists; pass --keystore DIR or create an account with `daoterm account new NAME`", ErrNoKeystore, strings.Join(cands, ", "))
}

// permWarning describes why a keystore file or directory mode is too open.
func permWarning(path string, mode fs.FileMode, dir bool) string {
	want := fs.FileMode(0o600)
	if dir {
		want = 0o700
	}
	if mode.Perm()&0o077 != 0 {
		return fmt.Sprintf("%s has mode %04o, readable by other users: run chmod %04o %s", path, mode.Perm(), want, path)
	}
	return ""
}

// List returns every keystore file in dir, sorted by name. Files that fail
// validation are listed with Err set; hidden files, directories and
// oversized files are skipped. The second result holds warnings about the
// directory itself.
func List(dir string) ([]Account, []string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("keystore directory: %w", err)
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("keystore %s is not a directory", dir)
	}
	var dirWarn []string
	if w := permWarning(dir, st.Mode(), true); w != "" {
		dirWarn = append(dirWarn, w)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, dirWarn, fmt.Errorf("reading keystore directory: %w", err)
	}
	var out []Account
	for _, e := range ents {
		name := e.Name()
		if strings.HasPrefix(name, ".") || e.IsDir() || !e.Type().IsRegular() && e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		out = append(out, loadAccount(dir, name))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, dirWarn, nil
}

// loadAccount validates one file into an Account.
func loadAccount(dir, name string) Account {
	a := Account{Name: name, Path: filepath.Join(dir, name)}
	st, err := os.Stat(a.Path)
	if err != nil {
		a.Err = err
		return a
	}
	if !st.Mode().IsRegular() {
		a.Err = fmt.Errorf("not a regular file")
		return a
	}
	if w := permWarning(a.Path, st.Mode(), false); w != "" {
		a.Warnings = append(a.Warnings, w)
	}
	kf, err := ReadKeyFile(a.Path)
	if err != nil {
		a.Err = err
		return a
	}
	a.Address, a.HasAddress = kf.Address, kf.HasAddress
	return a
}

// claims reports whether a keystore file that did not validate is addr's:
// its name holds the address (geth's UTC--…--<address>) or its JSON has it
// as "address".
func claims(path string, addr common.Address) bool {
	hexAddr := strings.ToLower(strings.TrimPrefix(addr.Hex(), "0x"))
	if strings.Contains(strings.ToLower(filepath.Base(path)), hexAddr) {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var v struct {
		Address string `json:"address"`
	}
	if json.NewDecoder(io.LimitReader(f, 1<<20)).Decode(&v) != nil {
		return false
	}
	return strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(v.Address, "0x"), "0X"), hexAddr)
}

// Find returns the account in dir named nameOrAddress: an exact file name, or
// a name without its ".json" extension, or — when it is a 0x address (strict,
// EIP-55 when mixed case) — the one file claiming that address.
func Find(dir, nameOrAddress string) (Account, error) {
	s := strings.TrimSpace(nameOrAddress)
	if s == "" {
		return Account{}, fmt.Errorf("%w: empty account name; pass --account NAME|ADDRESS", ErrNoAccount)
	}
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		addr, err := addr.Parse(s)
		if err != nil {
			return Account{}, err
		}
		accts, _, err := List(dir)
		if err != nil {
			return Account{}, err
		}
		var found []Account
		for _, a := range accts {
			if a.Err == nil && a.HasAddress && a.Address == addr {
				found = append(found, a)
			}
		}
		switch len(found) {
		case 0:
			for _, a := range accts {
				if a.Err != nil && claims(a.Path, addr) {
					return a, fmt.Errorf("the keystore file for %s cannot be used: %w", addr.Hex(), a.Err)
				}
			}
			return Account{}, fmt.Errorf("%w: no keystore file in %s claims %s (files without an address field are found by name)", ErrNoAccount, dir, addr.Hex())
		case 1:
			return found[0], nil
		default:
			return Account{}, fmt.Errorf("%w: %d files in %s claim %s (%s, %s): pass the file name instead", ErrNoAccount, len(found), dir, addr.Hex(), found[0].Name, found[1].Name)
		}
	}
	if strings.ContainsAny(s, `/\`) || s == "." || s == ".." {
		return Account{}, fmt.Errorf("%w: %q: give a file name inside the keystore directory, not a path", ErrNoAccount, s)
	}
	for _, name := range []string{s, s + ".json"} {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			a := loadAccount(dir, name)
			if a.Err != nil {
				return a, a.Err
			}
			return a, nil
		}
	}
	return Account{}, fmt.Errorf("%w: %q in %s: run `daoterm account list` to see the accounts", ErrNoAccount, s, dir)
}

// CreateOptions are the settings for New and Import.
type CreateOptions struct {
	// Light uses light scrypt (n=2^12, p=6: fast, weaker) instead of the
	// standard parameters (n=2^18, p=1). For tests and development only.
	Light bool
}

// ValidName checks a new account's file name: 1 to 64 characters of
// letters, digits, '.', '_' and '-', not starting with '.'.
func ValidName(name string) error {
	if name == "" || len(name) > 64 || name[0] == '.' {
		return fmt.Errorf("account name %q: want 1 to 64 letters, digits, '.', '_' or '-', not starting with '.'", truncate(name, 70))
	}
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
		default:
			return fmt.Errorf("account name %q: character %q is not allowed (letters, digits, '.', '_', '-')", truncate(name, 70), r)
		}
	}
	return nil
}

// New creates a random key, encrypts it with passphrase and writes it to
// dir/name (mode 0600; dir is created 0700). The returned warnings say when
// dir already existed with looser permissions.
func New(dir, name string, passphrase []byte, opts CreateOptions) (Account, []string, error) {
	key, err := ecdsa.GenerateKey(crypto.S256(), rand.Reader)
	if err != nil {
		return Account{}, nil, fmt.Errorf("generating a key: %w", err)
	}
	defer zeroKey(key)
	return store(dir, name, key, passphrase, opts)
}

// Import encrypts the private key given as 64 hex digits (an optional 0x
// prefix and surrounding space allowed) and writes it like New. The caller
// should zero privHex after the call.
func Import(dir, name string, privHex []byte, passphrase []byte, opts CreateOptions) (Account, []string, error) {
	h := strings.TrimSpace(string(privHex))
	h = strings.TrimPrefix(strings.TrimPrefix(h, "0x"), "0X")
	if len(h) != 64 {
		return Account{}, nil, fmt.Errorf("private key: want 64 hex digits, got %d characters", len(h))
	}
	raw, err := hexBytes(h, 32)
	if err != nil {
		return Account{}, nil, fmt.Errorf("private key: %v", err)
	}
	defer zeroBytes(raw)
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		return Account{}, nil, fmt.Errorf("private key: %v", err)
	}
	defer zeroKey(key)
	return store(dir, name, key, passphrase, opts)
}

// store writes key to dir/name, refusing to overwrite.
func store(dir, name string, key *ecdsa.PrivateKey, passphrase []byte, opts CreateOptions) (Account, []string, error) {
	if err := ValidName(name); err != nil {
		return Account{}, nil, err
	}
	if len(passphrase) == 0 {
		return Account{}, nil, fmt.Errorf("empty passphrase refused: anyone who copies the file would own the key")
	}
	var warns []string
	if st, err := os.Stat(dir); err == nil {
		if !st.IsDir() {
			return Account{}, nil, fmt.Errorf("keystore %s is not a directory", dir)
		}
		if w := permWarning(dir, st.Mode(), true); w != "" {
			warns = append(warns, w)
		}
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return Account{}, nil, fmt.Errorf("creating keystore directory: %w", err)
	}
	n, p := gethks.StandardScryptN, gethks.StandardScryptP
	if opts.Light {
		n, p = gethks.LightScryptN, gethks.LightScryptP
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return Account{}, nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	data, err := gethks.EncryptKey(&gethks.Key{Id: id, Address: addr, PrivateKey: key}, string(passphrase), n, p)
	if err != nil {
		return Account{}, nil, fmt.Errorf("encrypting the key: %w", err)
	}
	path := filepath.Join(dir, name)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return Account{}, warns, fmt.Errorf("account %q already exists in %s: choose another name", name, dir)
		}
		return Account{}, warns, fmt.Errorf("creating keystore file: %w", err)
	}
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(path)
		return Account{}, warns, fmt.Errorf("writing keystore file: %w", werr)
	}
	if err := durable.SyncDir(dir); err != nil {
		return Account{}, warns, err
	}
	return Account{Name: name, Path: path, Address: addr, HasAddress: true}, warns, nil
}

// Unlock checks that passphrase decrypts the account's key (and that the key
// matches the file's address), then zeroes the key. It returns the address;
// ErrWrongPassphrase lets the caller ask again.
func Unlock(a Account, passphrase []byte) (common.Address, error) {
	var addr common.Address
	err := WithKey(a, passphrase, func(k *ecdsa.PrivateKey) error {
		addr = crypto.PubkeyToAddress(k.PublicKey)
		return nil
	})
	return addr, err
}

// WithKey decrypts the account's key (after validating its file), runs fn
// with it, and zeroes it. fn must not keep the key. A wrong passphrase
// returns ErrWrongPassphrase.
func WithKey(a Account, passphrase []byte, fn func(*ecdsa.PrivateKey) error) error {
	kf, err := ReadKeyFile(a.Path)
	if err != nil {
		return err
	}
	if a.HasAddress && (!kf.HasAddress || kf.Address != a.Address) {
		return fmt.Errorf("%w: %s changed since it was listed", ErrBadKeyFile, a.Path)
	}
	key, err := kf.decrypt(passphrase)
	if err != nil {
		return err
	}
	defer zeroKey(key)
	return fn(key)
}
