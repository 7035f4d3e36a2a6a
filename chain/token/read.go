package token

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/chain"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// tokenABI is the part of ERC-20 and ERC20Votes (OpenZeppelin v4/v5,
// Compound's COMP) that the reader uses, written by hand so that it works
// against any such token.
const tokenABI = `[
{"type":"function","name":"name","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"symbol","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"decimals","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint8"}]},
{"type":"function","name":"totalSupply","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
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

// Read rebuilds the ownership of an ERC20Votes token at block from its logs
// in [from, block]: balances from Transfer, each holder's delegate from
// DelegateChanged and each delegate's voting power from DelegateVotesChanged
// (its last newVotes); name, symbol, decimals and total supply come from one
// CallAt at block. Shares are left to callers (Balance / TotalSupply, Votes /
// TotalVotes).
//
// from must be at or before the token's first Transfer (its deployment
// block, or 0): with a later start the history is partial and Read fails when
// a balance would go negative. A Delegate's Delegators are the holders with a
// non-zero balance who delegate to it.
//
// It costs one log query per range chunk, one CallAt and one header read.
func Read(ctx context.Context, c *chain.Client, tokenAddr common.Address, from, block uint64) (*Snapshot, error) {
	if from > block {
		return nil, fmt.Errorf("token %s: start block %d is after block %d", tokenAddr.Hex(), from, block)
	}
	l, err := NewLedger(tokenAddr, from)
	if err != nil {
		return nil, err
	}
	logs, err := c.Logs(ctx, l.Query(from, block))
	if err != nil {
		return nil, fmt.Errorf("reading the history of token %s: %w", tokenAddr.Hex(), err)
	}
	if err := l.Apply(logs); err != nil {
		return nil, err
	}
	snap, err := l.Snapshot(ctx, c, block)
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

// readMeta reads name, symbol, decimals and totalSupply at snap.Block.
func (p *parsed) readMeta(ctx context.Context, c *chain.Client, snap *Snapshot) error {
	methods := []string{"name", "symbol", "decimals", "totalSupply"}
	calls := make([]chain.Call, len(methods))
	for i, m := range methods {
		data, err := p.Pack(m)
		if err != nil {
			return fmt.Errorf("encoding ERC20.%s: %w", m, err)
		}
		calls[i] = chain.Call{To: snap.Token, Data: data}
	}
	res, err := c.CallAt(ctx, snap.Block, calls)
	if err != nil {
		return fmt.Errorf("reading token %s at block %d: %w", snap.Token.Hex(), snap.Block, err)
	}
	if len(res) != len(calls) {
		return fmt.Errorf("reading token %s at block %d: %d results for %d calls", snap.Token.Hex(), snap.Block, len(res), len(calls))
	}
	fail := func(m string, err error) error {
		return fmt.Errorf("token %s at block %d: %s(): %w: is it an ERC-20 token? check --token", snap.Token.Hex(), snap.Block, m, err)
	}
	// name and symbol are optional in ERC-20; some old tokens return bytes32.
	if res[0].Err == nil {
		snap.Name = DecodeString(res[0].Data)
	}
	if res[1].Err == nil {
		snap.Symbol = DecodeString(res[1].Data)
	}
	if res[2].Err != nil {
		return fail("decimals", res[2].Err)
	}
	d, err := decodeUint(res[2].Data)
	if err != nil {
		return fail("decimals", err)
	}
	if !d.IsUint64() || d.Uint64() > 255 {
		return fail("decimals", fmt.Errorf("%s does not fit in a uint8", d))
	}
	snap.Decimals = uint8(d.Uint64())
	if res[3].Err != nil {
		return fail("totalSupply", res[3].Err)
	}
	if snap.TotalSupply, err = decodeUint(res[3].Data); err != nil {
		return fail("totalSupply", err)
	}
	return nil
}

// rebuild replays Transfer, DelegateChanged and DelegateVotesChanged logs, in
// chain order, into holders and delegates.
func (p *parsed) rebuild(logs []types.Log, from uint64) (*Snapshot, error) {
	l := p.newLedger(common.Address{}, from)
	if err := l.Apply(logs); err != nil {
		return nil, err
	}
	return assemble(l.balances, l.delegateOf, l.votes), nil
}

// assemble turns the replayed maps into a sorted Snapshot (without metadata).
func assemble(balances map[common.Address]*big.Int, delegateOf map[common.Address]common.Address, votes map[common.Address]*big.Int) *Snapshot {
	snap := &Snapshot{TotalVotes: new(big.Int)}
	seen := make(map[common.Address]bool)
	addHolder := func(a common.Address) {
		if seen[a] || a == (common.Address{}) {
			return
		}
		seen[a] = true
		h := Holder{Address: a, Balance: new(big.Int), Votes: new(big.Int), Delegate: delegateOf[a]}
		if b := balances[a]; b != nil {
			h.Balance.Set(b)
		}
		if v := votes[a]; v != nil {
			h.Votes.Set(v)
		}
		snap.Holders = append(snap.Holders, h)
	}
	for a, b := range balances {
		if b.Sign() > 0 {
			addHolder(a)
		}
	}
	for a, v := range votes {
		if v.Sign() > 0 {
			addHolder(a)
		}
	}
	delegators := make(map[common.Address][]common.Address)
	for a, d := range delegateOf {
		if d == (common.Address{}) {
			continue
		}
		if b := balances[a]; b != nil && b.Sign() > 0 {
			delegators[d] = append(delegators[d], a)
		}
	}
	dset := make(map[common.Address]bool)
	for a, v := range votes {
		if v.Sign() > 0 {
			dset[a] = true
		}
		snap.TotalVotes.Add(snap.TotalVotes, v)
	}
	for d := range delegators {
		dset[d] = true
	}
	for a := range dset {
		v := new(big.Int)
		if x := votes[a]; x != nil {
			v.Set(x)
		}
		ds := delegators[a]
		slices.SortFunc(ds, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
		if ds == nil {
			ds = []common.Address{}
		}
		snap.Delegates = append(snap.Delegates, Delegate{Address: a, Votes: v, Delegators: ds})
	}
	slices.SortFunc(snap.Holders, func(x, y Holder) int {
		if c := y.Balance.Cmp(x.Balance); c != 0 {
			return c
		}
		return bytes.Compare(x.Address[:], y.Address[:])
	})
	slices.SortFunc(snap.Delegates, func(x, y Delegate) int {
		if c := y.Votes.Cmp(x.Votes); c != 0 {
			return c
		}
		return bytes.Compare(x.Address[:], y.Address[:])
	})
	if snap.Holders == nil {
		snap.Holders = []Holder{}
	}
	if snap.Delegates == nil {
		snap.Delegates = []Delegate{}
	}
	return snap
}
