package devnet

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// keystoreFileV3 is the Web3 Secret Storage (keystore V3) file layout that geth, clef,
// Foundry (cast wallet) and ethers read.
type keystoreFileV3 struct {
	Address string              `json:"address"`
	Crypto  keystore.CryptoJSON `json:"crypto"`
	ID      string              `json:"id"`
	Version int                 `json:"version"`
}

// writeKeystoreFile encrypts key with passphrase using light scrypt parameters (N=4096,
// P=6: about 0.1 s to create or unlock) and writes it to dir/name with mode 0600. The file
// is named after the account, as Foundry names its keystores (cast wallet --account NAME);
// geth's keystore reads every file of the directory whatever its name.
func writeKeystoreFile(dir, name string, key *ecdsa.PrivateKey, passphrase string) (string, error) {
	path := filepath.Join(dir, name)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if err := checkOverwrite(path, addr); err != nil {
		return "", err
	}
	cj, err := keystore.EncryptDataV3(crypto.FromECDSA(key), []byte(passphrase), keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return "", fmt.Errorf("encrypt key of %s: %w", name, err)
	}
	id, err := randomUUID()
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(keystoreFileV3{
		Address: hex.EncodeToString(addr.Bytes()),
		Crypto:  cj,
		ID:      id,
		Version: 3,
	})
	if err != nil {
		return "", fmt.Errorf("encode keystore of %s: %w", name, err)
	}
	tmp := filepath.Join(dir, "."+name+".tmp") // dot files are skipped by keystore scanners
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return "", fmt.Errorf("write keystore file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write keystore file: %w", err)
	}
	return path, nil
}

// checkOverwrite refuses to replace an existing file at path unless it is a keystore of
// the same address (a previous run with the same seed), so that pointing the demo at a
// real keystore directory can never destroy someone's key.
func checkOverwrite(path string, addr common.Address) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check existing %s: %w", path, err)
	}
	var existing struct {
		Address string `json:"address"`
	}
	if json.Unmarshal(data, &existing) == nil && existing.Address != "" {
		if b, err := hex.DecodeString(strings.TrimPrefix(strings.ToLower(existing.Address), "0x")); err == nil && len(b) == common.AddressLength && common.BytesToAddress(b) == addr {
			return nil
		}
	}
	return fmt.Errorf("%s already exists and is not the demo's key for %s; refusing to overwrite it (use an empty or dedicated keystore directory)", path, addr.Hex())
}

// randomUUID returns a random (version 4) UUID in its canonical text form.
func randomUUID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("random key id: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32], nil
}
