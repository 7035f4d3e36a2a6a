package keystore

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	gethks "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/google/uuid"
)

// MaxKeyFileSize is the largest keystore file read (real ones are ~500 bytes).
const MaxKeyFileSize = 64 << 10

// Bounds on the KDF parameters a keystore file may ask for. Standard geth
// files use scrypt n=2^18, r=8, p=1 (256 MiB, ~0.7 s); these allow a little
// more than that and nothing absurd.
const (
	MaxScryptN      = 1 << 20 // n is also a power of two ≥ 2
	MaxScryptR      = 32
	MaxScryptP      = 16
	MaxScryptMemory = 512 << 20 // 128·n·r bytes
	MaxScryptWork   = 1 << 24   // n·r·p (standard files: 2^21)
	MaxPBKDF2Rounds = 1 << 22   // c
)

// ErrWrongPassphrase is returned when the passphrase does not decrypt the
// key (the MAC does not match). The caller may ask again.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// ErrBadKeyFile is wrapped by every error about a malformed keystore file.
var ErrBadKeyFile = errors.New("invalid keystore file")

// KeyFile is a keystore (V3) file that passed validation: the address it
// claims (if any), its KDF, and a canonical re-encoding of exactly the values
// that were validated, which is what decryption reads.
type KeyFile struct {
	Path       string         // "" when parsed from memory
	Address    common.Address // the "address" field; zero when HasAddress is false
	HasAddress bool           // Foundry files may omit the address
	KDF        string         // "scrypt" or "pbkdf2"
	ScryptN    uint64         // scrypt only
	ScryptR    uint64         // scrypt only
	ScryptP    uint64         // scrypt only
	PBKDF2C    uint64         // pbkdf2 only

	canonical []byte
}

// canonicalKey mirrors go-ethereum's encryptedKeyJSONV3.
type canonicalKey struct {
	Address string            `json:"address,omitempty"`
	Crypto  gethks.CryptoJSON `json:"crypto"`
	ID      string            `json:"id"`
	Version int               `json:"version"`
}

// ReadKeyFile reads and validates the keystore file at path. Files larger than
// MaxKeyFileSize are refused without being read in full.
func ReadKeyFile(path string) (*KeyFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening keystore file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxKeyFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading keystore file %s: %w", path, err)
	}
	if len(data) > MaxKeyFileSize {
		return nil, fmt.Errorf("%w %s: larger than %d bytes; a keystore file is about 500 bytes", ErrBadKeyFile, path, MaxKeyFileSize)
	}
	kf, err := ParseKeyFile(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	kf.Path = path
	return kf, nil
}

// ParseKeyFile validates a keystore file's JSON before any decryption: object
// shapes, field types, duplicate keys, version 3, cipher aes-128-ctr with a
// 16-byte IV, a 32-byte ciphertext and MAC, a UUID id, and a KDF that is
// either scrypt (n a power of two, n, r, p, memory and work bounded, dklen 32)
// or pbkdf2 (hmac-sha256, c bounded, dklen 32). Every error wraps
// ErrBadKeyFile; it never panics.
func ParseKeyFile(data []byte) (kf *KeyFile, err error) {
	defer func() {
		if r := recover(); r != nil {
			kf, err = nil, fmt.Errorf("%w: %v", ErrBadKeyFile, r)
		}
	}()
	if len(data) > MaxKeyFileSize {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrBadKeyFile, MaxKeyFileSize)
	}
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadKeyFile, fmt.Sprintf(format, a...))
	}
	top, err := jsonObject(data)
	if err != nil {
		return nil, bad("not a JSON object: %v", err)
	}
	ver, err := jsonUint(top, "version", 1<<8)
	if err != nil {
		return nil, bad("%v", err)
	}
	if ver != 3 {
		return nil, bad("version %d is not supported (want 3)", ver)
	}
	kf = &KeyFile{}
	out := canonicalKey{Version: 3}
	if _, ok := top["address"]; ok {
		s, err := jsonString(top, "address")
		if err != nil {
			return nil, bad("%v", err)
		}
		b, err := hexBytes(s, 20)
		if err != nil {
			return nil, bad("address: %v", err)
		}
		kf.Address, kf.HasAddress = common.BytesToAddress(b), true
		out.Address = hex.EncodeToString(b)
	}
	id, err := jsonString(top, "id")
	if err != nil {
		return nil, bad("%v", err)
	}
	u, err := uuid.Parse(id)
	if err != nil {
		return nil, bad("id %q is not a UUID", truncate(id, 40))
	}
	out.ID = u.String()

	rawCrypto, ok := top["crypto"]
	if !ok {
		return nil, bad("missing \"crypto\"")
	}
	cr, err := jsonObject(rawCrypto)
	if err != nil {
		return nil, bad("crypto: %v", err)
	}
	cipher, err := jsonString(cr, "cipher")
	if err != nil {
		return nil, bad("crypto.%v", err)
	}
	if cipher != "aes-128-ctr" {
		return nil, bad("cipher %q is not supported (want aes-128-ctr)", truncate(cipher, 40))
	}
	out.Crypto.Cipher = cipher
	for _, f := range []struct {
		key  string
		size int
		dst  *string
	}{{"ciphertext", 32, &out.Crypto.CipherText}, {"mac", 32, &out.Crypto.MAC}} {
		s, err := jsonString(cr, f.key)
		if err != nil {
			return nil, bad("crypto.%v", err)
		}
		b, err := hexBytes(s, f.size)
		if err != nil {
			return nil, bad("crypto.%s: %v", f.key, err)
		}
		*f.dst = hex.EncodeToString(b)
	}
	rawCP, ok := cr["cipherparams"]
	if !ok {
		return nil, bad("missing crypto.cipherparams")
	}
	cp, err := jsonObject(rawCP)
	if err != nil {
		return nil, bad("crypto.cipherparams: %v", err)
	}
	ivs, err := jsonString(cp, "iv")
	if err != nil {
		return nil, bad("crypto.cipherparams.%v", err)
	}
	iv, err := hexBytes(ivs, 16)
	if err != nil {
		return nil, bad("crypto.cipherparams.iv: %v", err)
	}
	out.Crypto.CipherParams.IV = hex.EncodeToString(iv)

	kdf, err := jsonString(cr, "kdf")
	if err != nil {
		return nil, bad("crypto.%v", err)
	}
	rawKP, ok := cr["kdfparams"]
	if !ok {
		return nil, bad("missing crypto.kdfparams")
	}
	kp, err := jsonObject(rawKP)
	if err != nil {
		return nil, bad("crypto.kdfparams: %v", err)
	}
	saltHex, err := jsonString(kp, "salt")
	if err != nil {
		return nil, bad("crypto.kdfparams.%v", err)
	}
	salt, err := hexBytes(saltHex, -1)
	if err != nil {
		return nil, bad("crypto.kdfparams.salt: %v", err)
	}
	if len(salt) < 8 || len(salt) > 128 {
		return nil, bad("crypto.kdfparams.salt is %d bytes (want 8 to 128)", len(salt))
	}
	dklen, err := jsonUint(kp, "dklen", 1<<16)
	if err != nil {
		return nil, bad("crypto.kdfparams.%v", err)
	}
	if dklen != 32 {
		return nil, bad("crypto.kdfparams.dklen is %d (want 32)", dklen)
	}
	params := map[string]any{"salt": hex.EncodeToString(salt), "dklen": 32}
	kf.KDF = kdf
	switch kdf {
	case "scrypt":
		n, err := jsonUint(kp, "n", 1<<40)
		if err != nil {
			return nil, bad("crypto.kdfparams.%v", err)
		}
		r, err := jsonUint(kp, "r", 1<<20)
		if err != nil {
			return nil, bad("crypto.kdfparams.%v", err)
		}
		p, err := jsonUint(kp, "p", 1<<20)
		if err != nil {
			return nil, bad("crypto.kdfparams.%v", err)
		}
		switch {
		case n < 2 || n&(n-1) != 0:
			return nil, bad("scrypt n=%d is not a power of two ≥ 2", n)
		case n > MaxScryptN:
			return nil, bad("scrypt n=%d is above the limit %d (2^20): refusing a file that would need absurd memory", n, MaxScryptN)
		case r < 1 || r > MaxScryptR:
			return nil, bad("scrypt r=%d is outside 1..%d", r, MaxScryptR)
		case p < 1 || p > MaxScryptP:
			return nil, bad("scrypt p=%d is outside 1..%d", p, MaxScryptP)
		case 128*n*r > MaxScryptMemory:
			return nil, bad("scrypt n=%d r=%d needs %d MiB, above the %d MiB limit", n, r, 128*n*r>>20, MaxScryptMemory>>20)
		case n*r*p > MaxScryptWork:
			return nil, bad("scrypt n=%d r=%d p=%d is too much work (n·r·p above %d)", n, r, p, MaxScryptWork)
		}
		kf.ScryptN, kf.ScryptR, kf.ScryptP = n, r, p
		params["n"], params["r"], params["p"] = int(n), int(r), int(p)
	case "pbkdf2":
		c, err := jsonUint(kp, "c", 1<<40)
		if err != nil {
			return nil, bad("crypto.kdfparams.%v", err)
		}
		if c < 1 || c > MaxPBKDF2Rounds {
			return nil, bad("pbkdf2 c=%d is outside 1..%d", c, MaxPBKDF2Rounds)
		}
		prf, err := jsonString(kp, "prf")
		if err != nil {
			return nil, bad("crypto.kdfparams.%v", err)
		}
		if prf != "hmac-sha256" {
			return nil, bad("pbkdf2 prf %q is not supported (want hmac-sha256)", truncate(prf, 40))
		}
		kf.PBKDF2C = c
		params["c"], params["prf"] = int(c), prf
	default:
		return nil, bad("kdf %q is not supported (want scrypt or pbkdf2)", truncate(kdf, 40))
	}
	out.Crypto.KDF = kdf
	out.Crypto.KDFParams = params
	kf.canonical, err = json.Marshal(out)
	if err != nil {
		return nil, bad("re-encoding: %v", err)
	}
	return kf, nil
}

// decrypt decrypts the validated file. A wrong passphrase gives
// ErrWrongPassphrase; the key's derived address must match the file's
// "address" when there is one. The caller must zero the key (zeroKey).
func (kf *KeyFile) decrypt(passphrase []byte) (key *ecdsa.PrivateKey, err error) {
	if kf == nil || kf.canonical == nil {
		return nil, fmt.Errorf("%w: not validated", ErrBadKeyFile)
	}
	defer func() {
		if r := recover(); r != nil {
			key, err = nil, fmt.Errorf("%w: decryption failed: %v", ErrBadKeyFile, r)
		}
	}()
	k, err := gethks.DecryptKey(kf.canonical, string(passphrase))
	if errors.Is(err, gethks.ErrDecrypt) {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadKeyFile, err)
	}
	if kf.HasAddress && k.Address != kf.Address {
		zeroKey(k.PrivateKey)
		return nil, fmt.Errorf("%w: the key decrypts to %s but the file claims %s: refusing to use it", ErrBadKeyFile, k.Address.Hex(), kf.Address.Hex())
	}
	return k.PrivateKey, nil
}

// zeroKey overwrites a private key's secret scalar.
func zeroKey(k *ecdsa.PrivateKey) {
	if k == nil || k.D == nil {
		return
	}
	b := k.D.Bits()
	for i := range b {
		b[i] = 0
	}
	k.D.SetInt64(0)
}

// zeroBytes overwrites b.
func zeroBytes(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

// jsonObject decodes one JSON object into its raw members, refusing
// duplicate keys (compared case-insensitively, as encoding/json matches them)
// and trailing data. Keys are returned lower-cased.
func jsonObject(data []byte) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("want an object, found %s", describeToken(tok))
	}
	m := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("bad object key")
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("%q: %v", truncate(key, 40), err)
		}
		lk := strings.ToLower(key)
		if _, dup := m[lk]; dup {
			return nil, fmt.Errorf("duplicate key %q", truncate(key, 40))
		}
		m[lk] = raw
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("trailing data after the object")
	}
	return m, nil
}

// describeToken names a JSON token's kind for error messages.
func describeToken(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		return "'" + t.String() + "'"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "something else"
}

// jsonString returns member key, which must be a JSON string.
func jsonString(m map[string]json.RawMessage, key string) (string, error) {
	raw, ok := m[key]
	if !ok {
		return "", fmt.Errorf("%s is missing", key)
	}
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return "", fmt.Errorf("%s must be a string", key)
	}
	return s, nil
}

// jsonUint returns member key, which must be a JSON integer in [0, max].
func jsonUint(m map[string]json.RawMessage, key string, max uint64) (uint64, error) {
	raw, ok := m[key]
	if !ok {
		return 0, fmt.Errorf("%s is missing", key)
	}
	s := string(raw)
	if s == "" || strings.ContainsAny(s, ".eE+-\"") {
		return 0, fmt.Errorf("%s must be a non-negative integer", key)
	}
	if len(s) > 20 {
		return 0, fmt.Errorf("%s is far too large", key)
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s must be a non-negative integer", key)
	}
	if v > max {
		return 0, fmt.Errorf("%s=%d is far too large", key, v)
	}
	return v, nil
}

// hexBytes decodes hex (an optional 0x prefix allowed); size ≥ 0 requires
// that many bytes.
func hexBytes(s string, size int) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) > 2*MaxKeyFileSize {
		return nil, fmt.Errorf("too long")
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("not hex")
	}
	if size >= 0 && len(b) != size {
		return nil, fmt.Errorf("is %d bytes, want %d", len(b), size)
	}
	return b, nil
}

// truncate cuts s to at most n bytes for messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
