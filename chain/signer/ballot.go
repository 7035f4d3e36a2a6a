package signer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain"
	govt "github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/keystore"
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
	return crypto.Keccak256Hash([]byte(ballotTypeString(f)))
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

// DetectBallot finds which ballot a governor expects and its EIP-712 domain:
// the BALLOT_TYPEHASH() getter decides the format (nonces(address) as the
// fallback means v5); the domain comes from eip712Domain() (ERC-5267), else
// name() and version().
func DetectBallot(ctx context.Context, b Backend, gov common.Address) (BallotFormat, Domain, error) {
	return detectBallot(ctx, b, gov, "")
}

// detectBallot is DetectBallot for a governor of a known family: Compound's
// Alpha and Bravo sign in a domain without a version (name() only).
func detectBallot(ctx context.Context, b Backend, gov common.Address, fam govt.Family) (BallotFormat, Domain, error) {
	a := mustABIs()
	if fam == govt.FamilyAlpha || fam == govt.FamilyBravo {
		name, err := viewString(ctx, b, &a.gov, gov, "name")
		if err != nil {
			return "", Domain{}, fmt.Errorf("reading the governor's EIP-712 name: %w", err)
		}
		f := BallotBravo
		if fam == govt.FamilyAlpha {
			f = BallotAlpha
		}
		return f, Domain{Name: name, NoVersion: true, ChainID: b.ChainID(), VerifyingContract: gov}, nil
	}
	var f BallotFormat
	if vals, err := viewCall(ctx, b, &a.gov, gov, "BALLOT_TYPEHASH"); err == nil {
		th, _ := vals[0].([32]byte)
		switch common.Hash(th) {
		case BallotTypeHash(BallotOZ5):
			f = BallotOZ5
		case BallotTypeHash(BallotOZ4):
			f = BallotOZ4
		default:
			return "", Domain{}, fmt.Errorf("governor %s has BALLOT_TYPEHASH %s, which is neither OpenZeppelin v5's nor v4's ballot: not supported", gov.Hex(), common.Hash(th).Hex())
		}
	} else if _, err := viewBig(ctx, b, &a.gov, gov, "nonces", common.Address{}); err == nil {
		f = BallotOZ5
	} else {
		return "", Domain{}, fmt.Errorf("governor %s has no BALLOT_TYPEHASH() or nonces(address): cannot tell which ballot it takes", gov.Hex())
	}
	d := Domain{ChainID: b.ChainID(), VerifyingContract: gov}
	if vals, err := viewCall(ctx, b, &a.gov, gov, "eip712Domain"); err == nil && len(vals) == 7 {
		fields, _ := vals[0].([1]byte)
		if fields[0] != 0x0f {
			return "", Domain{}, fmt.Errorf("governor %s's EIP-712 domain uses fields 0x%02x; only name, version, chainId and verifyingContract (0x0f) are supported", gov.Hex(), fields[0])
		}
		d.Name, _ = vals[1].(string)
		d.Version, _ = vals[2].(string)
		cid, _ := vals[3].(*big.Int)
		vc, _ := vals[4].(common.Address)
		if cid == nil || cid.Cmp(b.ChainID()) != 0 {
			return "", Domain{}, fmt.Errorf("governor %s's EIP-712 domain is for chain %v, connected to chain %s: refusing", gov.Hex(), cid, b.ChainID())
		}
		if vc != gov {
			return "", Domain{}, fmt.Errorf("governor %s's EIP-712 domain names verifying contract %s: refusing", gov.Hex(), vc.Hex())
		}
	} else {
		name, err := viewString(ctx, b, &a.gov, gov, "name")
		if err != nil {
			return "", Domain{}, fmt.Errorf("reading the governor's EIP-712 name: %w", err)
		}
		ver, err := viewString(ctx, b, &a.gov, gov, "version")
		if err != nil {
			return "", Domain{}, fmt.Errorf("reading the governor's EIP-712 version: %w", err)
		}
		d.Name, d.Version = name, ver
	}
	return f, d, nil
}

// Governor is what signing a ballot needs of a governor: its address, its
// kind (which ballot and domain it takes) and its call encoder.
type Governor interface {
	Encoder
	Address() common.Address
	Kind() govt.Kind
}

// PreparedBallot is a ballot ready to sign, with its review (no gas: the
// relayer pays).
type PreparedBallot struct {
	Review Review
	ballot Ballot
}

// PrepareBallot builds voter's ballot for castVoteBySig: it detects the
// format and domain, reads the voter's nonce (v5), checks that the vote would
// be accepted now (castVote from the voter, simulated), and fills a review
// with the voting power at the snapshot.
func PrepareBallot(ctx context.Context, b Backend, g Governor, voter common.Address, proposalID *big.Int, support govt.Support, fromName string) (*PreparedBallot, error) {
	if err := checkVote(proposalID, support); err != nil {
		return nil, err
	}
	gov := g.Address()
	f, dom, err := detectBallot(ctx, b, gov, g.Kind().Family)
	if err != nil {
		return nil, err
	}
	a := mustABIs()
	bl := Ballot{Format: f, Governor: gov, Domain: dom, ProposalID: new(big.Int).Set(proposalID), Support: support, Voter: voter}
	if f == BallotOZ5 {
		if bl.Nonce, err = viewBig(ctx, b, &a.gov, gov, "nonces", voter); err != nil {
			return nil, fmt.Errorf("reading the voter's ballot nonce: %w", err)
		}
	}
	call, err := VoteCall(g, proposalID, support, "", nil)
	if err != nil {
		return nil, err
	}
	r := Review{
		ChainName: ChainName(b.ChainID()), ChainID: b.ChainID(), From: voter, FromName: fromName, To: gov,
		Kind: KindBallot, Function: "Ballot", Signature: "EIP-712 " + ballotTypeString(f) + " (signed, not sent: no gas)",
		Args: []Arg{
			{Name: "proposalId", Type: "uint256", Value: proposalID.String()},
			{Name: "support", Type: "uint8", Value: fmt.Sprintf("%d (%s)", support, support)},
		},
		Value: new(big.Int),
	}
	if f == BallotOZ5 {
		r.Args = append(r.Args, Arg{Name: "voter", Type: "address", Value: voter.Hex()}, Arg{Name: "nonce", Type: "uint256", Value: bl.Nonce.String()})
	}
	r.Args = append(r.Args, Arg{Name: "domain", Type: "EIP712Domain", Value: fmt.Sprintf("name=%q version=%q chainId=%s verifyingContract=%s", dom.Name, dom.Version, dom.ChainID, dom.VerifyingContract.Hex())})
	head, err := eth(b).HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the latest block: %w", err)
	}
	r.Block = head.Number.Uint64()
	reviewVote(ctx, b, a, call, voter, &r)
	if _, err := ethCall(ctx, b, newCallArgs(voter, gov, call.Data, nil), "latest"); err != nil {
		if rev, ok := revertFromRPC(a.decoder, err); ok {
			return nil, &RevertError{Op: "simulating the vote the ballot casts", Revert: rev}
		}
		return nil, fmt.Errorf("simulating the vote the ballot casts: %w", err)
	}
	return &PreparedBallot{Review: r, ballot: bl}, nil
}

// ballotTypeString returns the EIP-712 type of a format.
func ballotTypeString(f BallotFormat) string {
	switch f {
	case BallotOZ4, BallotBravo:
		return ballotTypeOZ4
	case BallotAlpha:
		return ballotTypeAlpha
	}
	return ballotTypeOZ5
}

// Sign re-checks the chain id, signs the ballot's EIP-712 digest with the
// account's key (zeroed afterwards), and checks the signature against the
// governor by simulating castVoteBySig. ErrWrongPassphrase lets the caller
// ask again.
func (pb *PreparedBallot) Sign(ctx context.Context, b Backend, acct keystore.Account, passphrase []byte) (*Ballot, error) {
	if err := checkChain(ctx, b, pb.ballot.Domain.ChainID); err != nil {
		return nil, err
	}
	bl := pb.ballot
	digest := bl.Digest()
	err := keystore.WithKey(acct, passphrase, func(k *ecdsa.PrivateKey) error {
		if got := crypto.PubkeyToAddress(k.PublicKey); got != bl.Voter {
			return fmt.Errorf("%w: the key in %s is %s, the ballot is for %s", ErrWrongAccount, acct.Name, got.Hex(), bl.Voter.Hex())
		}
		sig, err := crypto.Sign(digest[:], k)
		if err != nil {
			return err
		}
		sig[64] += 27
		bl.Signature = sig
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := CheckBallot(ctx, b, &bl); err != nil {
		return nil, fmt.Errorf("the signed ballot does not verify: %w", err)
	}
	return &bl, nil
}

// CheckBallot verifies a signed ballot against the chain b is connected to:
// same chain, the governor's current format and domain, the signature
// recovers to the voter, the v5 nonce is current, and castVoteBySig would
// succeed now (simulated).
func CheckBallot(ctx context.Context, b Backend, bl *Ballot) error {
	if bl.Domain.ChainID == nil || bl.Domain.ChainID.Cmp(b.ChainID()) != 0 {
		return fmt.Errorf("the ballot is for chain %v, connected to chain %s", bl.Domain.ChainID, b.ChainID())
	}
	var fam govt.Family
	switch bl.Format {
	case BallotBravo:
		fam = govt.FamilyBravo
	case BallotAlpha:
		fam = govt.FamilyAlpha
	}
	f, dom, err := detectBallot(ctx, b, bl.Governor, fam)
	if err != nil {
		return err
	}
	if f != bl.Format {
		return fmt.Errorf("the ballot is in %s format but governor %s takes %s ballots", bl.Format, bl.Governor.Hex(), f)
	}
	if dom.Separator() != bl.Domain.Separator() {
		return fmt.Errorf("the ballot's EIP-712 domain (name %q, version %q) is not the governor's (name %q, version %q)", bl.Domain.Name, bl.Domain.Version, dom.Name, dom.Version)
	}
	signer, err := bl.Recover()
	if err != nil {
		return err
	}
	if bl.Format == BallotOZ5 && signer != bl.Voter {
		return fmt.Errorf("the signature was made by %s, not by the voter %s", signer.Hex(), bl.Voter.Hex())
	}
	if bl.Format != BallotOZ5 {
		if bl.Voter != (common.Address{}) && bl.Voter != signer {
			return fmt.Errorf("the signature was made by %s, not by the voter %s", signer.Hex(), bl.Voter.Hex())
		}
		bl.Voter = signer
	}
	a := mustABIs()
	if bl.Format == BallotOZ5 {
		n, err := viewBig(ctx, b, &a.gov, bl.Governor, "nonces", bl.Voter)
		if err != nil {
			return fmt.Errorf("reading the voter's nonce: %w", err)
		}
		if n.Cmp(bigOrZero(bl.Nonce)) != 0 {
			return fmt.Errorf("the ballot was signed with nonce %v but the voter's nonce is now %s: it was used or superseded; sign a new one", bl.Nonce, n)
		}
	}
	call, err := RelayCall(bl)
	if err != nil {
		return err
	}
	if _, err := ethCall(ctx, b, newCallArgs(common.Address{}, bl.Governor, call.Data, nil), "latest"); err != nil {
		if rev, ok := revertFromRPC(a.decoder, err); ok {
			return &RevertError{Op: "simulating castVoteBySig", Revert: rev}
		}
		return fmt.Errorf("simulating castVoteBySig: %w", err)
	}
	return nil
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
	if bl.Governor, err = chain.ParseAddress(in.Governor); err != nil {
		return nil, fmt.Errorf("ballot JSON: governor: %w", err)
	}
	if bl.Voter, err = chain.ParseAddress(in.Voter); err != nil {
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
	vc, err := chain.ParseAddress(td.Domain.VerifyingContract)
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

// ParseProposalID parses a proposal id typed by the user: decimal, or 0x hex.
func ParseProposalID(s string) (*big.Int, error) {
	v, err := parseUint256(s)
	if err != nil {
		return nil, fmt.Errorf("proposal id: %w", err)
	}
	return v, nil
}
