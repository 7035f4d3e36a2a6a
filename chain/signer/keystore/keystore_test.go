package keystore

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// testKeyFile creates a light-scrypt keystore file and returns its bytes.
func testKeyFile(t *testing.T, dir, name, pass string) (Account, []byte) {
	t.Helper()
	a, _, err := New(dir, name, []byte(pass), CreateOptions{Light: true})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(a.Path)
	if err != nil {
		t.Fatal(err)
	}
	return a, data
}

// mutate decodes a keystore file, applies f, and re-encodes it.
func mutate(t *testing.T, data []byte, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func kdfparams(m map[string]any) map[string]any {
	return m["crypto"].(map[string]any)["kdfparams"].(map[string]any)
}

func TestNewListFindUnlock(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ks")
	a, _, err := New(dir, "alice", []byte("pw-alice"), CreateOptions{Light: true})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(a.Path)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("file mode %o, want 600", st.Mode().Perm())
	}
	dst, _ := os.Stat(dir)
	if dst.Mode().Perm() != 0o700 {
		t.Errorf("dir mode %o, want 700", dst.Mode().Perm())
	}
	if _, _, err := New(dir, "alice", []byte("x"), CreateOptions{Light: true}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("overwrite: %v", err)
	}
	for _, bad := range []string{"", "../x", ".hidden", "a/b", strings.Repeat("x", 65), "a b"} {
		if _, _, err := New(dir, bad, []byte("x"), CreateOptions{Light: true}); err == nil {
			t.Errorf("name %q accepted", bad)
		}
	}
	if _, _, err := New(dir, "empty", nil, CreateOptions{Light: true}); err == nil {
		t.Error("empty passphrase accepted")
	}

	key, _ := crypto.GenerateKey()
	want := crypto.PubkeyToAddress(key.PublicKey)
	priv := []byte("0x" + strings.ToUpper(string([]byte(hexEncode(crypto.FromECDSA(key))))) + "\n")
	b, _, err := Import(dir, "bob.json", priv, []byte("pw-bob"), CreateOptions{Light: true})
	if err != nil {
		t.Fatal(err)
	}
	if b.Address != want {
		t.Fatalf("imported %s, want %s", b.Address.Hex(), want.Hex())
	}
	if _, _, err := Import(dir, "short", []byte("abcd"), []byte("pw"), CreateOptions{Light: true}); err == nil {
		t.Error("short key accepted")
	}

	accts, warns, err := List(dir)
	if err != nil || len(warns) != 0 || len(accts) != 2 {
		t.Fatalf("List = %v %v %v", accts, warns, err)
	}
	for _, q := range []string{"alice", "bob", "bob.json", a.Address.Hex(), strings.ToLower(want.Hex())} {
		if _, err := Find(dir, q); err != nil {
			t.Errorf("Find(%q): %v", q, err)
		}
	}
	for _, q := range []string{"carol", "../ks/alice", "0x0000000000000000000000000000000000000001", "0xZZ"} {
		if _, err := Find(dir, q); err == nil {
			t.Errorf("Find(%q) succeeded", q)
		}
	}
	if _, err := Unlock(a, []byte("wrong")); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	if got, err := Unlock(b, []byte("pw-bob")); err != nil || got != want {
		t.Errorf("Unlock = %s, %v", got.Hex(), err)
	}

	// Loose permissions are reported.
	if err := os.Chmod(a.Path, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	accts, warns, _ = List(dir)
	if len(warns) != 1 || len(accts[0].Warnings) != 1 {
		t.Errorf("no permission warnings: %v %v", warns, accts[0].Warnings)
	}
	if _, w, err := New(dir, "carol", []byte("pw"), CreateOptions{Light: true}); err != nil || len(w) != 1 {
		t.Errorf("New in a loose dir: %v %v", w, err)
	}
}

func hexEncode(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

func TestResolveDir(t *testing.T) {
	home := t.TempDir()
	if _, err := ResolveDir(home, "", "", false); !errors.Is(err, ErrNoKeystore) {
		t.Errorf("nothing exists: %v", err)
	}
	d, err := ResolveDir(home, "", "", true)
	if err != nil || d != filepath.Join(home, ".foundry", "keystores") {
		t.Errorf("create default = %q %v", d, err)
	}
	eth := filepath.Join(home, ".ethereum", "keystore")
	os.MkdirAll(eth, 0o700)
	if d, _ := ResolveDir(home, "", "", false); d != eth {
		t.Errorf("geth dir not found: %q", d)
	}
	if d, _ := ResolveDir(home, "", "~/cfg", true); d != filepath.Join(home, "cfg") {
		t.Errorf("configured: %q", d)
	}
	if d, _ := ResolveDir(home, "~/flag", "~/cfg", false); d != filepath.Join(home, "flag") {
		t.Errorf("flag: %q", d)
	}
}

// TestCorruptKeystores checks that malformed files fail validation quickly,
// without panics and without running an absurd KDF.
func TestCorruptKeystores(t *testing.T) {
	dir := t.TempDir()
	a, good := testKeyFile(t, dir, "good", "pw")
	cases := map[string][]byte{
		"non-string salt": mutate(t, good, func(m map[string]any) { kdfparams(m)["salt"] = 12345 }),
		"missing n":       mutate(t, good, func(m map[string]any) { delete(kdfparams(m), "n") }),
		"n = 2^30":        mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = 1 << 30 }),
		"n = 2^62":        mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = 1 << 62 }),
		"n not pow2":      mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = 4097 }),
		"n float":         mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = 4096.5 }),
		"n negative":      mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = -4096 }),
		"n string":        mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = "4096" }),
		"r huge":          mutate(t, good, func(m map[string]any) { kdfparams(m)["r"] = 1 << 20 }),
		"p huge":          mutate(t, good, func(m map[string]any) { kdfparams(m)["p"] = 1 << 20 }),
		"memory":          mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = 1 << 20; kdfparams(m)["r"] = 8 }),
		"dklen 16":        mutate(t, good, func(m map[string]any) { kdfparams(m)["dklen"] = 16 }),
		"missing dklen":   mutate(t, good, func(m map[string]any) { delete(kdfparams(m), "dklen") }),
		"kdf unknown":     mutate(t, good, func(m map[string]any) { m["crypto"].(map[string]any)["kdf"] = "argon2" }),
		"kdfparams null":  mutate(t, good, func(m map[string]any) { m["crypto"].(map[string]any)["kdfparams"] = nil }),
		"cipher":          mutate(t, good, func(m map[string]any) { m["crypto"].(map[string]any)["cipher"] = "aes-256-gcm" }),
		"iv short":        mutate(t, good, func(m map[string]any) { m["crypto"].(map[string]any)["cipherparams"] = map[string]any{"iv": "00"} }),
		"mac not hex":     mutate(t, good, func(m map[string]any) { m["crypto"].(map[string]any)["mac"] = strings.Repeat("zz", 32) }),
		"ciphertext long": mutate(t, good, func(m map[string]any) { m["crypto"].(map[string]any)["ciphertext"] = strings.Repeat("00", 33) }),
		"crypto missing":  mutate(t, good, func(m map[string]any) { delete(m, "crypto") }),
		"crypto array":    mutate(t, good, func(m map[string]any) { m["crypto"] = []any{1} }),
		"version 1":       mutate(t, good, func(m map[string]any) { m["version"] = "1" }),
		"version 4":       mutate(t, good, func(m map[string]any) { m["version"] = 4 }),
		"id missing":      mutate(t, good, func(m map[string]any) { delete(m, "id") }),
		"id not uuid":     mutate(t, good, func(m map[string]any) { m["id"] = "nope" }),
		"address short":   mutate(t, good, func(m map[string]any) { m["address"] = "abcd" }),
		"address number":  mutate(t, good, func(m map[string]any) { m["address"] = 5 }),
		"pbkdf2 huge c": mutate(t, good, func(m map[string]any) {
			c := m["crypto"].(map[string]any)
			c["kdf"] = "pbkdf2"
			c["kdfparams"] = map[string]any{"c": 1 << 40, "prf": "hmac-sha256", "dklen": 32, "salt": strings.Repeat("ab", 32)}
		}),
		"pbkdf2 prf": mutate(t, good, func(m map[string]any) {
			c := m["crypto"].(map[string]any)
			c["kdf"] = "pbkdf2"
			c["kdfparams"] = map[string]any{"c": 1000, "prf": "hmac-md5", "dklen": 32, "salt": strings.Repeat("ab", 32)}
		}),
		"truncated":      good[:len(good)/2],
		"empty":          {},
		"not json":       []byte("hello"),
		"array":          []byte("[1,2,3]"),
		"trailing":       append(append([]byte{}, good...), []byte(" {}")...),
		"duplicate key":  []byte(strings.Replace(string(good), `"version":3`, `"version":3,"Version":3`, 1)),
		"deep nesting":   []byte(strings.Repeat("[", 100000)),
		"oversized file": append([]byte(`{"x":"`), make([]byte, MaxKeyFileSize)...),
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, "bad-"+strings.ReplaceAll(name, " ", "_"))
			if err := os.WriteFile(p, data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := ReadKeyFile(p)
			if !errors.Is(err, ErrBadKeyFile) {
				t.Fatalf("ReadKeyFile: %v, want ErrBadKeyFile", err)
			}
			// Unlock (the path a user takes) fails the same way, before any KDF.
			bad := Account{Name: "bad", Path: p}
			if _, err := Unlock(bad, []byte("pw")); !errors.Is(err, ErrBadKeyFile) {
				t.Fatalf("Unlock: %v", err)
			}
		})
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.TotalAlloc) - int64(before.TotalAlloc); grew > 64<<20 {
		t.Errorf("validating corrupt files allocated %d MiB", grew>>20)
	}
	// The good file still works, and a listed directory shows the bad ones with errors.
	if _, err := Unlock(a, []byte("pw")); err != nil {
		t.Fatal(err)
	}
	accts, _, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, ac := range accts {
		if ac.Err != nil {
			bad++
		}
	}
	if bad != len(cases) {
		t.Errorf("List marked %d bad files, want %d", bad, len(cases))
	}
}

// TestKeyFileAddressMismatch: a file that claims another address is refused
// after decryption, so the review never shows a from the key is not.
func TestKeyFileAddressMismatch(t *testing.T) {
	dir := t.TempDir()
	_, good := testKeyFile(t, dir, "x", "pw")
	liar := mutate(t, good, func(m map[string]any) { m["address"] = strings.Repeat("11", 20) })
	p := filepath.Join(dir, "liar")
	os.WriteFile(p, liar, 0o600)
	a, err := Find(dir, "liar")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Unlock(a, []byte("pw")); !errors.Is(err, ErrBadKeyFile) || !strings.Contains(err.Error(), "claims") {
		t.Fatalf("Unlock: %v", err)
	}
	// Without an address field (Foundry style) the file works; the address comes from the key.
	noaddr := mutate(t, good, func(m map[string]any) { delete(m, "address") })
	os.WriteFile(filepath.Join(dir, "noaddr"), noaddr, 0o600)
	a, err = Find(dir, "noaddr")
	if err != nil || a.HasAddress {
		t.Fatalf("Find noaddr: %+v %v", a, err)
	}
	if _, err := Unlock(a, []byte("pw")); err != nil {
		t.Fatal(err)
	}
}

func TestZeroKey(t *testing.T) {
	k, _ := crypto.GenerateKey()
	zeroKey(k)
	if k.D.Sign() != 0 {
		t.Fatal("key not zeroed")
	}
}

// TestFindInvalidByAddress: --account 0xADDRESS whose keystore file exists
// but does not validate names the file and what is wrong with it, for a file
// found by its JSON address and for one found by geth's file name.
func TestFindInvalidByAddress(t *testing.T) {
	dir := t.TempDir()
	a, good := testKeyFile(t, dir, "alice", "pw")
	if err := os.Remove(a.Path); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ file, want string }{
		{"alice.json", "scrypt n=0"},
		{"UTC--2024-01-01T00-00-00.0Z--" + strings.ToLower(a.Address.Hex()[2:]), "JSON"},
	}
	for i, c := range cases {
		data := mutate(t, good, func(m map[string]any) { kdfparams(m)["n"] = 0 })
		if i == 1 {
			data = []byte("{not json")
		}
		p := filepath.Join(dir, c.file)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := Find(dir, a.Address.Hex())
		if !errors.Is(err, ErrBadKeyFile) || errors.Is(err, ErrNoAccount) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", c.file, err)
		}
		os.Remove(p)
	}
	// No file of the address at all: still "no such account".
	if _, err := Find(dir, "0x000000000000000000000000000000000000dEaD"); !errors.Is(err, ErrNoAccount) {
		t.Errorf("absent: %v", err)
	}
}
