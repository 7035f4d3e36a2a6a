package signer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	govt "github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
)

// DetectBallot finds which ballot a governor expects and its EIP-712 domain:
// the BALLOT_TYPEHASH() getter decides the format (nonces(address) as the
// fallback means v5); the domain comes from eip712Domain() (ERC-5267), else
// name() and version().
func DetectBallot(ctx context.Context, b Backend, gov common.Address) (typeddata.BallotFormat, typeddata.Domain, error) {
	return detectBallot(ctx, b, gov, "")
}

// detectBallot is DetectBallot for a governor of a known family: Compound's
// Alpha and Bravo sign in a domain without a version (name() only).
func detectBallot(ctx context.Context, b Backend, gov common.Address, fam govt.Family) (typeddata.BallotFormat, typeddata.Domain, error) {
	a := mustABIs()
	if fam == govt.FamilyAlpha || fam == govt.FamilyBravo {
		name, err := viewString(ctx, b, &a.gov, gov, "name")
		if err != nil {
			return "", typeddata.Domain{}, fmt.Errorf("reading the governor's EIP-712 name: %w", err)
		}
		f := typeddata.BallotBravo
		if fam == govt.FamilyAlpha {
			f = typeddata.BallotAlpha
		}
		return f, typeddata.Domain{Name: name, NoVersion: true, ChainID: b.ChainID(), VerifyingContract: gov}, nil
	}
	var f typeddata.BallotFormat
	if vals, err := viewCall(ctx, b, &a.gov, gov, "BALLOT_TYPEHASH"); err == nil {
		th, _ := vals[0].([32]byte)
		switch common.Hash(th) {
		case typeddata.BallotTypeHash(typeddata.BallotOZ5):
			f = typeddata.BallotOZ5
		case typeddata.BallotTypeHash(typeddata.BallotOZ4):
			f = typeddata.BallotOZ4
		default:
			return "", typeddata.Domain{}, fmt.Errorf("governor %s has BALLOT_TYPEHASH %s, which is neither OpenZeppelin v5's nor v4's ballot: not supported", gov.Hex(), common.Hash(th).Hex())
		}
	} else if _, err := viewBig(ctx, b, &a.gov, gov, "nonces", common.Address{}); err == nil {
		f = typeddata.BallotOZ5
	} else {
		return "", typeddata.Domain{}, fmt.Errorf("governor %s has no BALLOT_TYPEHASH() or nonces(address): cannot tell which ballot it takes", gov.Hex())
	}
	d := typeddata.Domain{ChainID: b.ChainID(), VerifyingContract: gov}
	if vals, err := viewCall(ctx, b, &a.gov, gov, "eip712Domain"); err == nil && len(vals) == 7 {
		fields, _ := vals[0].([1]byte)
		if fields[0] != 0x0f {
			return "", typeddata.Domain{}, fmt.Errorf("governor %s's EIP-712 domain uses fields 0x%02x; only name, version, chainId and verifyingContract (0x0f) are supported", gov.Hex(), fields[0])
		}
		d.Name, _ = vals[1].(string)
		d.Version, _ = vals[2].(string)
		cid, _ := vals[3].(*big.Int)
		vc, _ := vals[4].(common.Address)
		if cid == nil || cid.Cmp(b.ChainID()) != 0 {
			return "", typeddata.Domain{}, fmt.Errorf("governor %s's EIP-712 domain is for chain %v, connected to chain %s: refusing", gov.Hex(), cid, b.ChainID())
		}
		if vc != gov {
			return "", typeddata.Domain{}, fmt.Errorf("governor %s's EIP-712 domain names verifying contract %s: refusing", gov.Hex(), vc.Hex())
		}
	} else {
		name, err := viewString(ctx, b, &a.gov, gov, "name")
		if err != nil {
			return "", typeddata.Domain{}, fmt.Errorf("reading the governor's EIP-712 name: %w", err)
		}
		ver, err := viewString(ctx, b, &a.gov, gov, "version")
		if err != nil {
			return "", typeddata.Domain{}, fmt.Errorf("reading the governor's EIP-712 version: %w", err)
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
	ballot typeddata.Ballot
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
	bl := typeddata.Ballot{Format: f, Governor: gov, Domain: dom, ProposalID: new(big.Int).Set(proposalID), Support: support, Voter: voter}
	if f == typeddata.BallotOZ5 {
		if bl.Nonce, err = viewBig(ctx, b, &a.gov, gov, "nonces", voter); err != nil {
			return nil, fmt.Errorf("reading the voter's ballot nonce: %w", err)
		}
	}
	call, err := VoteCall(g, proposalID, support, "", nil)
	if err != nil {
		return nil, err
	}
	r := Review{
		ChainName: chainName(b.ChainID()), ChainID: b.ChainID(), From: voter, FromName: fromName, To: gov,
		Kind: KindBallot, Function: "Ballot", Signature: "EIP-712 typed data, primary type Ballot (signed, not sent: no gas)",
		Args: BallotArgs(&bl), Value: new(big.Int),
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the latest block: %w", err)
	}
	r.Block = head.Number.Uint64()
	reviewVote(ctx, b, a, call, voter, &r)
	if _, err := ethCall(ctx, b, newCallArgs(voter, gov, call.Data, nil), "latest"); err != nil {
		if rev, ok := revertFromRPC(err); ok {
			return nil, &revert.Error{Op: "simulating the vote the ballot casts", Revert: rev}
		}
		return nil, fmt.Errorf("simulating the vote the ballot casts: %w", err)
	}
	return &PreparedBallot{Review: r, ballot: bl}, nil
}

// BallotArgs lists everything a ballot's signature covers, decoded: the
// EIP-712 domain's type and each of its fields, the primary type and each
// field of the message, and the digest the key signs. Strings are quoted
// (%q) so that the exact bytes show.
func BallotArgs(bl *typeddata.Ballot) []Arg {
	d := bl.Domain
	args := []Arg{
		{Name: "domain", Type: "type", Value: d.EIP712Type()},
		{Name: "  name", Type: "string", Value: fmt.Sprintf("%q", d.Name)},
	}
	if !d.NoVersion {
		args = append(args, Arg{Name: "  version", Type: "string", Value: fmt.Sprintf("%q", d.Version)})
	}
	support := Arg{Name: "  support", Type: "uint8", Value: fmt.Sprintf("%d (%s)", bl.Support, bl.Support)}
	if bl.Format == typeddata.BallotAlpha {
		support = Arg{Name: "  support", Type: "bool", Value: fmt.Sprintf("%t (%s)", bl.Support == govt.For, bl.Support)}
	}
	args = append(args,
		Arg{Name: "  chainId", Type: "uint256", Value: bigOrZero(d.ChainID).String()},
		Arg{Name: "  verifyingContract", Type: "address", Value: d.VerifyingContract.Hex()},
		Arg{Name: "message", Type: "type", Value: bl.Format.EIP712Type()},
		Arg{Name: "  proposalId", Type: "uint256", Value: bigOrZero(bl.ProposalID).String()},
		support,
	)
	if bl.Format == typeddata.BallotOZ5 {
		args = append(args, Arg{Name: "  voter", Type: "address", Value: bl.Voter.Hex()}, Arg{Name: "  nonce", Type: "uint256", Value: bigOrZero(bl.Nonce).String()})
	}
	return append(args, Arg{Name: "digest", Type: "bytes32", Value: bl.Digest().Hex()}) // what the key signs: keccak256(0x1901 ‖ domain separator ‖ message hash)
}

// Sign re-checks the chain id, signs the ballot's EIP-712 digest with the
// account's key (zeroed afterwards), and checks the signature against the
// governor by simulating castVoteBySig. ErrWrongPassphrase lets the caller
// ask again.
func (pb *PreparedBallot) Sign(ctx context.Context, b Backend, acct keystore.Account, passphrase []byte) (*typeddata.Ballot, error) {
	if err := CheckChain(ctx, b, pb.ballot.Domain.ChainID); err != nil {
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
func CheckBallot(ctx context.Context, b Backend, bl *typeddata.Ballot) error {
	if bl.Domain.ChainID == nil || bl.Domain.ChainID.Cmp(b.ChainID()) != 0 {
		return fmt.Errorf("the ballot is for chain %v, connected to chain %s", bl.Domain.ChainID, b.ChainID())
	}
	var fam govt.Family
	switch bl.Format {
	case typeddata.BallotBravo:
		fam = govt.FamilyBravo
	case typeddata.BallotAlpha:
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
	if bl.Format == typeddata.BallotOZ5 && signer != bl.Voter {
		return fmt.Errorf("the signature was made by %s, not by the voter %s", signer.Hex(), bl.Voter.Hex())
	}
	if bl.Format != typeddata.BallotOZ5 {
		if bl.Voter != (common.Address{}) && bl.Voter != signer {
			return fmt.Errorf("the signature was made by %s, not by the voter %s", signer.Hex(), bl.Voter.Hex())
		}
		bl.Voter = signer
	}
	a := mustABIs()
	if bl.Format == typeddata.BallotOZ5 {
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
		if rev, ok := revertFromRPC(err); ok {
			return &revert.Error{Op: "simulating castVoteBySig", Revert: rev}
		}
		return fmt.Errorf("simulating castVoteBySig: %w", err)
	}
	return nil
}
