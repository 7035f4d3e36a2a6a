package token

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
)

// Kind names the voting interface of a governance token.
type Kind string

// Token kinds.
const (
	// ERC20Votes is OpenZeppelin's ERC20Votes (v4, v5): getVotes,
	// getPastVotes.
	ERC20Votes Kind = "erc20votes"
	// Comp is Compound's COMP and its forks (UNI, GTC…): getCurrentVotes,
	// getPriorVotes, uint96 amounts; votes count only after delegate().
	Comp Kind = "comp"
	// ERC721Votes is an NFT whose tokens are votes: OpenZeppelin
	// ERC721Votes (getVotes) or Nouns' ERC721Checkpointable
	// (getCurrentVotes). A balance is a count of tokens; no decimals.
	ERC721Votes Kind = "erc721votes"
)

// IsNFT reports whether balances are counts of ERC-721 tokens.
func (k Kind) IsNFT() bool { return k == ERC721Votes }

// ErrNoVotes is wrapped by DetectKind's error when the contract answers
// neither getVotes nor getCurrentVotes.
var ErrNoVotes = errors.New("answers neither getVotes(address) nor getCurrentVotes(address)")

// erc721InterfaceID is ERC-165's id of ERC-721.
var erc721InterfaceID = [4]byte{0x80, 0xac, 0x58, 0xcd}

// votesAPI is the function family a token reads votes with.
type votesAPI int

const (
	apiNone votesAPI = iota
	apiOZ            // getVotes / getPastVotes
	apiComp          // getCurrentVotes / getPriorVotes
)

// probe is what the probe calls found out about a token.
type probe struct {
	kind Kind // "" when no votes function answered
	api  votesAPI
}

// answered reports whether r is a successful call that returned at least
// one 32-byte word (a call to an address without code "succeeds" with no
// data).
func answered(r query.Result) bool { return r.Err == nil && len(r.Data) >= 32 }

// classify decides the kind from the results of getVotes(0) and
// getCurrentVotes(0), and whether the token is an ERC-721 (it says so with
// ERC-165, or its Transfer logs are ERC-721 shaped). A contract answering
// both votes getters counts as OpenZeppelin. No getter answering gives the
// kind "".
func classify(getVotes, getCurrentVotes query.Result, nft bool) probe {
	var pr probe
	switch {
	case answered(getVotes):
		pr.api = apiOZ
	case answered(getCurrentVotes):
		pr.api = apiComp
	}
	switch {
	case pr.api == apiNone:
	case nft:
		pr.kind = ERC721Votes
	case pr.api == apiComp:
		pr.kind = Comp
	default:
		pr.kind = ERC20Votes
	}
	return pr
}

// selfDelegates reports whether an account that never delegated votes with
// its own tokens: true of Nouns' ERC721Checkpointable (an ERC-721 with
// Comp's getters), whose delegates(a) answers a itself.
func (pr probe) selfDelegates() bool { return pr.kind == ERC721Votes && pr.api == apiComp }

// DetectKind probes token at block in one CallAt: getVotes(0) answering
// means OpenZeppelin Votes, else getCurrentVotes(0) answering means
// Comp-style; either with supportsInterface(0x80ac58cd) true is
// ERC721Votes. A token that answers neither is an error wrapping ErrNoVotes.
// (A Ledger's Snapshot detects the kind too, at no extra cost, and also
// recognises an ERC-721 by its Transfer logs.)
func DetectKind(ctx context.Context, c query.Caller, tok common.Address, block uint64) (Kind, error) {
	p, err := parseABI()
	if err != nil {
		return "", err
	}
	calls := MetaCalls(tok)[3:] // supportsInterface(ERC-721)
	for _, m := range []string{"getVotes", "getCurrentVotes"} {
		data, err := p.Pack(m, common.Address{})
		if err != nil {
			return "", fmt.Errorf("encoding %s: %w", m, err)
		}
		calls = append(calls, query.Call{To: tok, Data: data})
	}
	res, err := c.CallAt(ctx, block, calls)
	if err != nil {
		return "", fmt.Errorf("probing token %s at block %d: %w", tok.Hex(), block, err)
	}
	if len(res) != len(calls) {
		return "", fmt.Errorf("probing token %s at block %d: %d results for %d calls", tok.Hex(), block, len(res), len(calls))
	}
	pr := classify(res[1], res[2], isTrue(res[0]))
	if pr.kind == "" {
		return "", fmt.Errorf("token %s at block %d %w: is it a governance token? check --token", tok.Hex(), block, ErrNoVotes)
	}
	return pr.kind, nil
}

// isTrue reports whether r answered the ABI bool true.
func isTrue(r query.Result) bool {
	return answered(r) && new(big.Int).SetBytes(r.Data[:32]).Cmp(big.NewInt(1)) == 0
}

// VotesAt reads the current voting power of each account at block, in one
// CallAt, with whichever getter the token has: getVotes (OpenZeppelin) or
// getCurrentVotes (Comp-style, Nouns). An account for which neither answers
// is an error.
func VotesAt(ctx context.Context, c query.Caller, tok common.Address, accounts []common.Address, block uint64) ([]*big.Int, error) {
	res, err := pairCalls(ctx, c, tok, "getVotes", "getCurrentVotes", accounts, block)
	if err != nil {
		return nil, err
	}
	out := make([]*big.Int, len(accounts))
	for i, a := range accounts {
		r := res[2*i]
		if !answered(r) {
			r = res[2*i+1]
		}
		if !answered(r) {
			return nil, fmt.Errorf("token %s at block %d: no voting power for %s: %w", tok.Hex(), block, a.Hex(), ErrNoVotes)
		}
		out[i] = new(big.Int).SetBytes(r.Data[:32])
	}
	return out, nil
}

// DelegatesAt reads delegates(account) for each account at block in one
// CallAt. Nouns-style tokens answer the account itself for an account that
// never delegated; OpenZeppelin and Comp answer the zero address.
func DelegatesAt(ctx context.Context, c query.Caller, tok common.Address, accounts []common.Address, block uint64) ([]common.Address, error) {
	res, err := pairCalls(ctx, c, tok, "delegates", "", accounts, block)
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, len(accounts))
	for i, a := range accounts {
		r := res[i]
		if !answered(r) {
			return nil, fmt.Errorf("token %s at block %d: delegates(%s) failed: %v", tok.Hex(), block, a.Hex(), r.Err)
		}
		out[i] = common.BytesToAddress(r.Data[12:32])
	}
	return out, nil
}

// pairCalls calls m1(account) (and m2(account) when m2 is not "") for each
// account, in one CallAt, in the order m1(a0), m2(a0), m1(a1)…
func pairCalls(ctx context.Context, c query.Caller, tok common.Address, m1, m2 string, accounts []common.Address, block uint64) ([]query.Result, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	var calls []query.Call
	for _, a := range accounts {
		for _, m := range []string{m1, m2} {
			if m == "" {
				continue
			}
			data, err := p.Pack(m, a)
			if err != nil {
				return nil, fmt.Errorf("encoding %s: %w", m, err)
			}
			calls = append(calls, query.Call{To: tok, Data: data})
		}
	}
	if len(calls) == 0 {
		return nil, nil
	}
	res, err := c.CallAt(ctx, block, calls)
	if err != nil {
		return nil, fmt.Errorf("reading token %s at block %d: %w", tok.Hex(), block, err)
	}
	if len(res) != len(calls) {
		return nil, fmt.Errorf("reading token %s at block %d: %d results for %d calls", tok.Hex(), block, len(res), len(calls))
	}
	return res, nil
}
