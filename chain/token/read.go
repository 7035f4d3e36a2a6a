package token

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// tokenABI is the part of ERC-20, ERC-721, ERC20Votes and ERC721Votes
// (OpenZeppelin v4/v5), Comp-style tokens (COMP, UNI) and Nouns'
// ERC721Checkpointable that the reader uses, written by hand so that it
// works against any such token. Comp-style events encode their uint96
// amounts as uint256, so one event ABI serves all.
const tokenABI = `[
{"type":"function","name":"name","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"symbol","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"decimals","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint8"}]},
{"type":"function","name":"totalSupply","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getCurrentVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint96"}]},
{"type":"function","name":"delegates","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"supportsInterface","stateMutability":"view","inputs":[{"name":"interfaceId","type":"bytes4"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"event","name":"Transfer","anonymous":false,"inputs":[
 {"name":"from","type":"address","indexed":true},
 {"name":"to","type":"address","indexed":true},
 {"name":"value","type":"uint256","indexed":false}]},
{"type":"event","name":"DelegateChanged","anonymous":false,"inputs":[
 {"name":"delegator","type":"address","indexed":true},
 {"name":"fromDelegate","type":"address","indexed":true},
 {"name":"toDelegate","type":"address","indexed":true}]},
{"type":"event","name":"DelegateVotesChanged","anonymous":false,"inputs":[
 {"name":"delegate","type":"address","indexed":true},
 {"name":"previousVotes","type":"uint256","indexed":false},
 {"name":"newVotes","type":"uint256","indexed":false}]}
]`

// parsed is tokenABI with its event topics.
type parsed struct {
	abi.ABI
	transfer, delegateChanged, votesChanged common.Hash
}

func parseABI() (*parsed, error) {
	a, err := abi.JSON(strings.NewReader(tokenABI))
	if err != nil {
		return nil, fmt.Errorf("parsing the built-in ERC20Votes ABI: %w", err)
	}
	return &parsed{
		ABI:             a,
		transfer:        a.Events["Transfer"].ID,
		delegateChanged: a.Events["DelegateChanged"].ID,
		votesChanged:    a.Events["DelegateVotesChanged"].ID,
	}, nil
}

// Read rebuilds the ownership of a governance token (ERC20Votes, Comp-style
// or ERC721Votes: see Kind) at block from its logs in [from, block]:
// balances from Transfer (an ERC-721 Transfer moves one token), each
// holder's delegate from DelegateChanged and each delegate's voting power
// derived from those (for a token whose voting units are not its balances,
// from DelegateVotesChanged, its last newVotes: the history is then read a
// second time, with those logs; see VotesFromEvents); name, symbol, decimals,
// total supply and the kind come from one CallAt at block (see
// Ledger.Snapshot). Shares are left to callers (Balance / TotalSupply, Votes
// / TotalVotes).
//
// from must be at or before the token's first Transfer (its deployment
// block, or 0): with a later start the history is partial and Read fails when
// a balance would go negative. A Delegate's Delegators are the holders with a
// non-zero balance who delegate to it.
//
// It costs one log query per range chunk, one CallAt and one header read
// (twice the queries and the CallAt for custom voting units).
func Read(ctx context.Context, c Chain, tokenAddr common.Address, from, block uint64) (*Snapshot, error) {
	if from > block {
		return nil, fmt.Errorf("token %s: start block %d is after block %d", tokenAddr.Hex(), from, block)
	}
	snap, err := read(ctx, c, tokenAddr, from, block, VotesDerived)
	if errors.Is(err, ErrVotingUnits) {
		snap, err = read(ctx, c, tokenAddr, from, block, VotesFromEvents)
	}
	if err != nil {
		return nil, err
	}
	times, err := c.BlockTimes(ctx, []uint64{block})
	if err != nil {
		return nil, err
	}
	snap.BlockTime = times[block]
	return snap, nil
}

// read folds the history into a Ledger taking votes from src and returns
// its Snapshot at block.
func read(ctx context.Context, c Chain, tokenAddr common.Address, from, block uint64, src VotesSource) (*Snapshot, error) {
	l, err := NewLedgerOf(tokenAddr, from, src)
	if err != nil {
		return nil, err
	}
	// Each range is folded as it arrives and dropped: memory grows with
	// holders, not with history.
	if err := c.LogsEach(ctx, l.Query(from, block), l.Apply); err != nil {
		return nil, fmt.Errorf("reading the history of token %s: %w", tokenAddr.Hex(), err)
	}
	return l.Snapshot(ctx, c, block)
}

// meta is what readMeta reads at a block.
type meta struct {
	Meta
	supply  *big.Int   // nil when totalSupply() failed
	checked []*big.Int // the token's votes of the accounts checked (nil: no answer)
	probe
}

// readMeta reads name, symbol, decimals and totalSupply at block, and probes
// the kind, in one CallAt. nftLogs says the token's Transfer logs were
// ERC-721 shaped. Name, symbol and decimals are read defensively (see
// DecodeMeta). Only a contract that answers neither totalSupply() nor a
// votes getter is an error.
//
// In the same CallAt it reads getVotes(a) and getCurrentVotes(a) of each
// account in check: meta.checked holds what the token's own getter answered
// for each (nil where it did not).
func (p *parsed) readMeta(ctx context.Context, c query.Caller, tok common.Address, block uint64, nftLogs bool, check []common.Address) (meta, error) {
	calls := MetaCalls(tok)
	for _, m := range []string{"totalSupply", "getVotes", "getCurrentVotes"} {
		var args []any
		if m != "totalSupply" {
			args = []any{common.Address{}}
		}
		data, err := p.Pack(m, args...)
		if err != nil {
			return meta{}, fmt.Errorf("encoding %s: %w", m, err)
		}
		calls = append(calls, query.Call{To: tok, Data: data})
	}
	base := len(calls)
	for _, a := range check {
		for _, m := range []string{"getVotes", "getCurrentVotes"} {
			data, err := p.Pack(m, a)
			if err != nil {
				return meta{}, fmt.Errorf("encoding %s: %w", m, err)
			}
			calls = append(calls, query.Call{To: tok, Data: data})
		}
	}
	res, err := c.CallAt(ctx, block, calls)
	if err != nil {
		return meta{}, fmt.Errorf("reading token %s at block %d: %w", tok.Hex(), block, err)
	}
	if len(res) != len(calls) {
		return meta{}, fmt.Errorf("reading token %s at block %d: %d results for %d calls", tok.Hex(), block, len(res), len(calls))
	}
	m := meta{Meta: DecodeMeta(res[:metaCalls])}
	m.probe = classify(res[metaCalls+1], res[metaCalls+2], nftLogs || m.NFT)
	if supply := res[metaCalls]; answered(supply) {
		m.supply = new(big.Int).SetBytes(supply.Data[:32])
	} else if m.kind == "" {
		why := supply.Err
		if why == nil {
			why = fmt.Errorf("returned %d bytes", len(supply.Data))
		}
		return meta{}, fmt.Errorf("token %s at block %d answers neither totalSupply() (%v) nor getVotes/getCurrentVotes: is it a governance token? check --token", tok.Hex(), block, why)
	}
	if m.kind.IsNFT() {
		m.Decimals = 0
	}
	if m.api != apiNone {
		m.checked = make([]*big.Int, len(check))
		for i := range check {
			r := res[base+2*i]
			if m.api == apiComp {
				r = res[base+2*i+1]
			}
			if answered(r) {
				m.checked[i] = new(big.Int).SetBytes(r.Data[:32])
			}
		}
	}
	return m, nil
}

// Meta is a token's metadata as read defensively.
type Meta struct {
	Name, Symbol string // "" when the call failed; see DecodeString
	Decimals     uint8  // 0 when decimals() failed; see DecodeDecimals
	NFT          bool   // supportsInterface(0x80ac58cd) answered true: ERC-721
}

// metaCalls is len(MetaCalls(…)).
const metaCalls = 4

// MetaCalls returns the calls whose results DecodeMeta reads: name(),
// symbol(), decimals() and supportsInterface(0x80ac58cd), for a caller that
// bundles them into a larger CallAt.
func MetaCalls(tok common.Address) []query.Call {
	// The selectors are fixed: no ABI packing can fail.
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	supports := append(sel("supportsInterface(bytes4)"), common.RightPadBytes(erc721InterfaceID[:], 32)...)
	return []query.Call{
		{To: tok, Data: sel("name()")},
		{To: tok, Data: sel("symbol()")},
		{To: tok, Data: sel("decimals()")},
		{To: tok, Data: supports},
	}
}

// DecodeMeta decodes the results of MetaCalls. It never fails: a call that
// reverted or returned garbage gives "" or 0. A result slice of the wrong
// length gives the zero Meta.
func DecodeMeta(res []query.Result) Meta {
	var m Meta
	if len(res) != metaCalls {
		return m
	}
	if res[0].Err == nil {
		m.Name = DecodeString(res[0].Data)
	}
	if res[1].Err == nil {
		m.Symbol = DecodeString(res[1].Data)
	}
	m.Decimals = DecodeDecimals(res[2])
	m.NFT = isTrue(res[3])
	if m.NFT {
		m.Decimals = 0
	}
	return m
}

// rebuild replays Transfer, DelegateChanged and DelegateVotesChanged logs, in
// chain order, into holders and delegates.
func (p *parsed) rebuild(logs []types.Log, from uint64) (*Snapshot, error) {
	l := p.newLedger(common.Address{}, from)
	if err := l.Apply(logs); err != nil {
		return nil, err
	}
	v := l.refresh()
	return &Snapshot{Holders: v.holders, Delegates: v.delegates, TotalVotes: v.totalVotes}, nil
}

// assemble sorts the folded maps into a view. Holders are sorted by their
// uint256 balances before any big.Int is made, and their big.Ints are made
// in that order.
func assemble(balances map[common.Address]uint256.Int, delegateOf map[common.Address]common.Address, votes map[common.Address]uint256.Int) *view {
	type entry struct {
		a common.Address
		b uint256.Int
	}
	es := make([]entry, 0, len(balances))
	for a, b := range balances {
		if !b.IsZero() && a != (common.Address{}) {
			es = append(es, entry{a, b})
		}
	}
	slices.SortFunc(es, func(x, y entry) int {
		if c := y.b.Cmp(&x.b); c != 0 {
			return c
		}
		return bytes.Compare(x.a[:], y.a[:])
	})
	var s bigs
	hs := make([]Holder, len(es))
	for i := range es {
		e := &es[i]
		v := votes[e.a]
		hs[i] = Holder{Address: e.a, Balance: s.of(&e.b), Delegate: delegateOf[e.a], Votes: s.of(&v)}
	}
	return assembleFrom(hs, &s, balances, delegateOf, votes)
}

// assembleFrom completes a view from hs, the accounts with a positive
// balance (every field set), making big.Ints from s: it adds the accounts
// with votes and no balance, and the delegates, and sorts hs unless it
// comes sorted (see UnmarshalBinary).
func assembleFrom(hs []Holder, s *bigs, balances map[common.Address]uint256.Int, delegateOf map[common.Address]common.Address, votes map[common.Address]uint256.Int) *view {
	v := &view{totalVotes: new(big.Int), delegates: []Delegate{}}
	var voters []Holder // votes and no balance: after every balance
	for a, x := range votes {
		if !x.IsZero() && balances[a] == (uint256.Int{}) && a != (common.Address{}) {
			voters = append(voters, Holder{Address: a, Balance: new(big.Int), Delegate: delegateOf[a], Votes: s.of(&x)})
		}
	}
	slices.SortFunc(voters, func(x, y Holder) int { return cmpHolder(&x, &y) })
	hs = append(hs, voters...)
	if !slices.IsSortedFunc(hs, func(x, y Holder) int { return cmpHolder(&x, &y) }) {
		slices.SortFunc(hs, func(x, y Holder) int { return cmpHolder(&x, &y) }) // a foreign order: not from assemble or MarshalBinary
	}
	v.holders = hs
	delegators := make(map[common.Address][]common.Address)
	for a, d := range delegateOf {
		if b := balances[a]; d != (common.Address{}) && !b.IsZero() {
			delegators[d] = append(delegators[d], a)
		}
	}
	for a, x := range votes {
		v.totalVotes.Add(v.totalVotes, s.of(&x))
		if !x.IsZero() && delegators[a] == nil {
			delegators[a] = []common.Address{}
		}
	}
	for a, ds := range delegators {
		slices.SortFunc(ds, cmpAddr)
		x := votes[a]
		v.delegates = append(v.delegates, Delegate{Address: a, Votes: s.of(&x), Delegators: ds})
	}
	slices.SortFunc(v.delegates, func(x, y Delegate) int { return cmpDelegate(&x, &y) })
	return v
}
