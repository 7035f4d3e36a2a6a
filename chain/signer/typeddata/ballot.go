// Package typeddata holds daoterm's EIP-712 typed data: the ballots a voter
// signs for castVoteBySig (OpenZeppelin v5 and v4, GovernorBravo and
// GovernorAlpha) — their formats and domains, digests, signature recovery,
// and the JSON file a ballot is handed to a relayer in. It reads no chain:
// detecting a governor's format, preparing, signing and checking a ballot
// against the chain are in package signer.
package typeddata

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain/addr"
	govt "github.com/daoterm/daoterm/chain/gov"
)

// BallotFormat is the EIP-712 ballot shape a governor expects.
type BallotFormat string

// Ballot formats.
const (
	// BallotOZ5 is OpenZeppelin v5's Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce),
	// relayed with castVoteBySig(proposalId, support, voter, signature).
	BallotOZ5 BallotFormat = "oz5"
	// BallotOZ4 is OpenZeppelin v4's Ballot(uint256 proposalId,uint8 support),
	// relayed with castVoteBySig(proposalId, support, v, r, s).
	BallotOZ4 BallotFormat = "oz4"
	// BallotBravo is GovernorBravo's Ballot(uint256 proposalId,uint8 support) in a domain
	// without a version, relayed with castVoteBySig(proposalId, support, v, r, s).
	BallotBravo BallotFormat = "bravo"
	// BallotAlpha is GovernorAlpha's Ballot(uint256 proposalId,bool support) in a domain
	// without a version, relayed with castVoteBySig(proposalId, support, v, r, s).
	BallotAlpha BallotFormat = "alpha"
)

// EIP-712 type strings.
const (
	ballotTypeOZ5   = "Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"
	ballotTypeOZ4   = "Ballot(uint256 proposalId,uint8 support)"
	ballotTypeAlpha = "Ballot(uint256 proposalId,bool support)"
	domainTypeStr   = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	// domainTypeNoVersion is Compound's domain (GovernorAlpha and GovernorBravo).
	domainTypeNoVersion = "EIP712Domain(string name,uint256 chainId,address verifyingContract)"
	maxBallotBytes      = 64 << 10
)

// BallotTypeHash returns the BALLOT_TYPEHASH of a format.
func BallotTypeHash(f BallotFormat) common.Hash {
	return crypto.Keccak256Hash([]byte(f.EIP712Type()))
}

// Domain is an EIP-712 domain (name, version, chainId, verifyingContract),
// or Compound's, which has no version.
type Domain struct {
	Name              string
	Version           string
	NoVersion         bool // Compound's domain: EIP712Domain(name, chainId, verifyingContract)
	ChainID           *big.Int
	VerifyingContract common.Address
}

// EIP712Type returns the domain's EIP-712 type string: with a version, or
// Compound's without one.
func (d Domain) EIP712Type() string {
	if d.NoVersion {
		return domainTypeNoVersion
	}
	return domainTypeStr
}

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	if d.NoVersion {
		return crypto.Keccak256Hash(
			crypto.Keccak256([]byte(domainTypeNoVersion)),
			crypto.Keccak256([]byte(d.Name)),
			word(d.ChainID),
			common.LeftPadBytes(d.VerifyingContract.Bytes(), 32),
		)
	}
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainTypeStr)),
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		word(d.ChainID),
		common.LeftPadBytes(d.VerifyingContract.Bytes(), 32),
	)
}

// word left-pads a non-negative integer to 32 bytes.
func word(v *big.Int) []byte { return common.LeftPadBytes(bigOrZero(v).Bytes(), 32) }

// Ballot is a gasless vote: signed by Voter, sent by anyone with
// castVoteBySig.
type Ballot struct {
	Format     BallotFormat
	Governor   common.Address
	Domain     Domain
	ProposalID *big.Int
	Support    govt.Support
	Voter      common.Address
	Nonce      *big.Int // OZ v5 only: governor.nonces(voter) when signed
	Signature  []byte   // 65 bytes r ‖ s ‖ v, v = 27 or 28; nil until signed
}

// Digest returns the EIP-712 hash the voter signs.
func (bl *Ballot) Digest() common.Hash {
	var structHash common.Hash
	th := BallotTypeHash(bl.Format)
	if bl.Format != BallotOZ5 {
		structHash = crypto.Keccak256Hash(th[:], word(bl.ProposalID), word(big.NewInt(int64(bl.Support))))
	} else {
		structHash = crypto.Keccak256Hash(th[:], word(bl.ProposalID), word(big.NewInt(int64(bl.Support))),
			common.LeftPadBytes(bl.Voter.Bytes(), 32), word(bl.Nonce))
	}
	sep := bl.Domain.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Recover returns the address that signed the ballot (low-s and v 27/28 required).
func (bl *Ballot) Recover() (common.Address, error) {
	sig := bl.Signature
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("ballot signature is %d bytes, want 65", len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("ballot signature v=%d, want 27 or 28", v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return common.Address{}, fmt.Errorf("ballot signature has invalid r/s values (high s or out of range)")
	}
	rsv := append(append([]byte(nil), sig[:64]...), v-27)
	d := bl.Digest()
	pub, err := crypto.SigToPub(d[:], rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("ballot signature does not recover: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// EIP712Type returns the EIP-712 type string of the format's ballot, e.g.
// "Ballot(uint256 proposalId,uint8 support)".
func (f BallotFormat) EIP712Type() string {
	switch f {
	case BallotOZ4, BallotBravo:
		return ballotTypeOZ4
	case BallotAlpha:
		return ballotTypeAlpha
	}
	return ballotTypeOZ5
}

// ballotJSON is the exported form of a signed ballot.
type ballotJSON struct {
	Type       string          `json:"type"`
	Format     BallotFormat    `json:"format"`
	ChainID    string          `json:"chainId"`
	Governor   string          `json:"governor"`
	ProposalID string          `json:"proposalId"`
	Support    uint8           `json:"support"`
	Voter      string          `json:"voter"`
	Nonce      string          `json:"nonce,omitempty"`
	Signature  string          `json:"signature"`
	Digest     string          `json:"digest,omitempty"`
	TypedData  json.RawMessage `json:"typedData,omitempty"`
}

// ballotJSONType tags daoterm's ballot files.
const ballotJSONType = "daoterm/eip712-ballot"

// MarshalJSON exports a signed ballot for a relayer: the fields, the digest,
// and the full EIP-712 typed data (eth_signTypedData_v4 shape).
func (bl *Ballot) MarshalJSON() ([]byte, error) {
	td, err := json.Marshal(bl.typedData())
	if err != nil {
		return nil, err
	}
	out := ballotJSON{
		Type: ballotJSONType, Format: bl.Format, ChainID: bigOrZero(bl.Domain.ChainID).String(),
		Governor: bl.Governor.Hex(), ProposalID: bigOrZero(bl.ProposalID).String(), Support: uint8(bl.Support),
		Voter: bl.Voter.Hex(), Signature: hexutil.Encode(bl.Signature), Digest: bl.Digest().Hex(), TypedData: td,
	}
	if bl.Format == BallotOZ5 {
		out.Nonce = bigOrZero(bl.Nonce).String()
	}
	return json.MarshalIndent(out, "", "  ")
}

// typedData returns the EIP-712 typed-data object of the ballot.
func (bl *Ballot) typedData() map[string]any {
	type field struct {
		Name string `json:"name"`
		Type string `json:"type"`
	}
	ballot := []field{{"proposalId", "uint256"}, {"support", "uint8"}}
	msg := map[string]any{"proposalId": bigOrZero(bl.ProposalID).String(), "support": uint8(bl.Support)}
	if bl.Format == BallotAlpha {
		ballot[1].Type, msg["support"] = "bool", bl.Support == govt.For
	}
	if bl.Format == BallotOZ5 {
		ballot = append(ballot, field{"voter", "address"}, field{"nonce", "uint256"})
		msg["voter"], msg["nonce"] = bl.Voter.Hex(), bigOrZero(bl.Nonce).String()
	}
	domainType := []field{{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}}
	domain := map[string]any{
		"name": bl.Domain.Name, "version": bl.Domain.Version,
		"chainId": bigOrZero(bl.Domain.ChainID).String(), "verifyingContract": bl.Domain.VerifyingContract.Hex(),
	}
	if bl.Domain.NoVersion {
		domainType = slices.Delete(domainType, 1, 2)
		delete(domain, "version")
	}
	return map[string]any{
		"types":       map[string]any{"EIP712Domain": domainType, "Ballot": ballot},
		"primaryType": "Ballot",
		"domain":      domain,
		"message":     msg,
	}
}

// ParseBallot reads an exported ballot strictly (size-capped, no unknown
// fields, strict addresses and numbers) and checks its signature offline:
// it must recover to the voter (OZ v5) — for OZ v4 the voter is the signer.
// The domain name and version come from typedData and are re-checked against
// the chain by CheckBallot.
func ParseBallot(data []byte) (*Ballot, error) {
	if len(data) > maxBallotBytes {
		return nil, fmt.Errorf("ballot file is larger than %d bytes", maxBallotBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var in ballotJSON
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("ballot JSON: %w", err)
	}
	if in.Type != ballotJSONType {
		return nil, fmt.Errorf("ballot JSON: type %q, want %q", truncate(in.Type, 40), ballotJSONType)
	}
	bl := &Ballot{Format: in.Format}
	if in.Format != BallotOZ5 && in.Format != BallotOZ4 && in.Format != BallotBravo && in.Format != BallotAlpha {
		return nil, fmt.Errorf("ballot JSON: format %q, want %q, %q, %q or %q", truncate(string(in.Format), 40), BallotOZ5, BallotOZ4, BallotBravo, BallotAlpha)
	}
	var err error
	if bl.Governor, err = addr.Parse(in.Governor); err != nil {
		return nil, fmt.Errorf("ballot JSON: governor: %w", err)
	}
	if bl.Voter, err = addr.Parse(in.Voter); err != nil {
		return nil, fmt.Errorf("ballot JSON: voter: %w", err)
	}
	cid, err := parseUint256(in.ChainID)
	if err != nil {
		return nil, fmt.Errorf("ballot JSON: chainId: %w", err)
	}
	if bl.ProposalID, err = parseUint256(in.ProposalID); err != nil {
		return nil, fmt.Errorf("ballot JSON: proposalId: %w", err)
	}
	if in.Support > uint8(govt.Abstain) {
		return nil, fmt.Errorf("ballot JSON: support %d is not 0, 1 or 2", in.Support)
	}
	bl.Support = govt.Support(in.Support)
	if bl.Format == BallotOZ5 {
		if bl.Nonce, err = parseUint256(in.Nonce); err != nil {
			return nil, fmt.Errorf("ballot JSON: nonce: %w", err)
		}
	}
	if bl.Signature, err = hexutil.Decode(in.Signature); err != nil || len(bl.Signature) != 65 {
		return nil, fmt.Errorf("ballot JSON: signature must be 0x followed by 65 bytes of hex")
	}
	if v := bl.Signature[64]; v == 0 || v == 1 {
		bl.Signature[64] += 27
	}
	// The domain's name and version come from typedData.
	var td struct {
		Domain struct {
			Name              string `json:"name"`
			Version           string `json:"version"`
			ChainID           any    `json:"chainId"`
			VerifyingContract string `json:"verifyingContract"`
		} `json:"domain"`
	}
	if len(in.TypedData) == 0 || json.Unmarshal(in.TypedData, &td) != nil {
		return nil, fmt.Errorf("ballot JSON: typedData with the EIP-712 domain is required")
	}
	vc, err := addr.Parse(td.Domain.VerifyingContract)
	if err != nil || vc != bl.Governor {
		return nil, fmt.Errorf("ballot JSON: typedData.domain.verifyingContract is not the governor")
	}
	bl.Domain = Domain{Name: td.Domain.Name, Version: td.Domain.Version, ChainID: cid, VerifyingContract: bl.Governor,
		NoVersion: bl.Format == BallotBravo || bl.Format == BallotAlpha}
	if bl.Format == BallotAlpha && bl.Support > govt.For {
		return nil, fmt.Errorf("ballot JSON: an Alpha ballot's support is for (1) or against (0)")
	}
	signer, err := bl.Recover()
	if err != nil {
		return nil, fmt.Errorf("ballot JSON: %w", err)
	}
	if signer != bl.Voter {
		return nil, fmt.Errorf("ballot JSON: the signature was made by %s, not by the voter %s", signer.Hex(), bl.Voter.Hex())
	}
	return bl, nil
}

// parseUint256 parses a decimal (or 0x hex) unsigned 256-bit integer,
// digits only (no signs, spaces inside, underscores or other bases).
func parseUint256(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	digits, base := s, 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		digits, base = s[2:], 16
	}
	if digits == "" || len(digits) > 78 {
		return nil, fmt.Errorf("%q: want a decimal or 0x-hex integer", truncate(s, 40))
	}
	for _, c := range digits {
		ok := c >= '0' && c <= '9' || base == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
		if !ok {
			return nil, fmt.Errorf("%q: want a decimal or 0x-hex integer", truncate(s, 40))
		}
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok || v.BitLen() > 256 {
		return nil, fmt.Errorf("%q is not an unsigned 256-bit integer", truncate(s, 40))
	}
	return v, nil
}

// bigOrZero returns v, or a new zero when v is nil.
func bigOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// truncate cuts s to at most n bytes for messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
