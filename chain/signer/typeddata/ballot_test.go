package typeddata

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/daoterm/daoterm/chain/gov"
)

// signedBallot returns a ballot in format f signed by a fresh key.
func signedBallot(t *testing.T, f BallotFormat) *Ballot {
	t.Helper()
	key, _ := crypto.GenerateKey()
	id, _ := new(big.Int).SetString("34833222961398482538230088884005585517735317417671714164179042602004687217948", 10)
	bl := &Ballot{
		Format: f, Governor: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		Domain:     Domain{Name: "Model Commons Governor", Version: "1", ChainID: big.NewInt(1337), VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")},
		ProposalID: id, Support: gov.Abstain, Voter: crypto.PubkeyToAddress(key.PublicKey), Nonce: big.NewInt(3),
	}
	d := bl.Digest()
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	bl.Signature = sig
	return bl
}

// TestBallotDigestMatchesEIP712 checks the hand-built digest against
// go-ethereum's EIP-712 implementation over the exported typed data.
func TestBallotDigestMatchesEIP712(t *testing.T) {
	for _, f := range []BallotFormat{BallotOZ5, BallotOZ4} {
		bl := signedBallot(t, f)
		raw, err := json.Marshal(bl.typedData())
		if err != nil {
			t.Fatal(err)
		}
		var td apitypes.TypedData
		if err := json.Unmarshal(raw, &td); err != nil {
			t.Fatal(err)
		}
		h, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatal(err)
		}
		if common.BytesToHash(h) != bl.Digest() {
			t.Errorf("%s: digest %x, EIP-712 says %x", f, bl.Digest(), h)
		}
		if got := BallotTypeHash(f); got != crypto.Keccak256Hash([]byte(f.EIP712Type())) {
			t.Errorf("type hash %s", got)
		}
	}
}

func TestBallotJSON(t *testing.T) {
	for _, f := range []BallotFormat{BallotOZ5, BallotOZ4} {
		bl := signedBallot(t, f)
		data, err := json.Marshal(bl)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseBallot(data)
		if err != nil {
			t.Fatalf("%s: %v\n%s", f, err, data)
		}
		if back.Digest() != bl.Digest() || back.Voter != bl.Voter {
			t.Errorf("%s: round trip changed the ballot", f)
		}
		bad := map[string]string{
			"support changed": strings.Replace(string(data), `"support":2`, `"support":1`, 1),
			"voter changed":   strings.Replace(string(data), bl.Voter.Hex(), "0x000000000000000000000000000000000000dEaD", 1),
			"unknown field":   strings.Replace(string(data), `{`, `{"extra":1,`, 1),
			"short signature": strings.Replace(string(data), `"signature":"0x`, `"signature":"0x00`, 1),
			"bad checksum":    strings.Replace(string(data), "0x5FbDB", "0x5fbDB", 1),
			"not json":        "{",
			"wrong type":      strings.Replace(string(data), ballotJSONType, "something", 1),
		}
		for name, s := range bad {
			if s == string(data) {
				t.Fatalf("%s: test mutation did nothing", name)
			}
			if _, err := ParseBallot([]byte(s)); err == nil {
				t.Errorf("%s %s: accepted", f, name)
			}
		}
	}
	// High-s signatures (malleable) are refused.
	bl := signedBallot(t, BallotOZ5)
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(bl.Signature[32:64])
	copy(bl.Signature[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
	bl.Signature[64] ^= 1
	if _, err := bl.Recover(); err == nil {
		t.Error("high-s signature accepted")
	}
	if _, err := ParseBallot(make([]byte, maxBallotBytes+1)); err == nil {
		t.Error("oversized ballot accepted")
	}
}

func TestParseUint256(t *testing.T) {
	for _, ok := range []string{"0", "123", "0x7b", "0XFF", " 42 "} {
		if _, err := parseUint256(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "-1", "1_000", "0b101", "0o7", "1e5", "0x", "12a", "0x" + strings.Repeat("f", 65), strings.Repeat("9", 79)} {
		if _, err := parseUint256(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
