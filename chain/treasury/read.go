package treasury

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// treasuryABI is the part of ERC-20, OpenZeppelin's TimelockController,
// Compound's Timelock and the Governor that the reader uses, written by hand.
const treasuryABI = `[
{"type":"function","name":"symbol","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"decimals","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint8"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"event","name":"CallExecuted","anonymous":false,"inputs":[
 {"name":"id","type":"bytes32","indexed":true},
 {"name":"index","type":"uint256","indexed":true},
 {"name":"target","type":"address","indexed":false},
 {"name":"value","type":"uint256","indexed":false},
 {"name":"data","type":"bytes","indexed":false}]},
{"type":"event","name":"ExecuteTransaction","anonymous":false,"inputs":[
 {"name":"txHash","type":"bytes32","indexed":true},
 {"name":"target","type":"address","indexed":true},
 {"name":"value","type":"uint256","indexed":false},
 {"name":"signature","type":"string","indexed":false},
 {"name":"data","type":"bytes","indexed":false},
 {"name":"eta","type":"uint256","indexed":false}]},
{"type":"event","name":"ProposalExecuted","anonymous":false,"inputs":[
 {"name":"proposalId","type":"uint256","indexed":false}]}
]`

// Query says what Read reads.
type Query struct {
	Accounts []common.Address // treasury addresses (usually the governor's timelock)
	Tokens   []common.Address // tracked ERC-20 tokens
	Governor common.Address   // attributes flows to executed proposals; zero = none
	From     uint64           // first block of the flows
}

// ETHAsset returns the Asset of the chain's native currency: the zero
// address, symbol "ETH", 18 decimals.
func ETHAsset() Asset { return Asset{Symbol: "ETH", Decimals: 18} }

// parsed is treasuryABI with its event topics.
type parsed struct {
	abi.ABI
	transfer, callExecuted, executeTx, proposalExecuted common.Hash
}

func parseABI() (*parsed, error) {
	a, err := abi.JSON(strings.NewReader(treasuryABI))
	if err != nil {
		return nil, fmt.Errorf("parsing the built-in treasury ABI: %w", err)
	}
	return &parsed{
		ABI:              a,
		transfer:         token.TransferTopic(),
		callExecuted:     a.Events["CallExecuted"].ID,
		executeTx:        a.Events["ExecuteTransaction"].ID,
		proposalExecuted: a.Events["ProposalExecuted"].ID,
	}, nil
}

// Read reads the treasury at block: for each account its ETH balance and the
// balance of each token, and the flows in blocks [q.From, block]:
//
//   - every ERC-20 Transfer of a tracked token into or out of an account;
//   - ETH paid out by an account that is an OpenZeppelin TimelockController
//     (CallExecuted with a non-zero value) or a Compound Timelock
//     (ExecuteTransaction with a non-zero value); when the recipient is
//     another account, also the matching inflow.
//
// A flow is attributed to a proposal when the same transaction emitted the
// governor's ProposalExecuted(id) (if a transaction executed several, to the
// first one logged after the flow, as OpenZeppelin v5 logs the event after
// the calls).
//
// ETH received by plain transfers, and ETH moved by internal calls other
// than timelock operations (including a Governor that executes without a
// timelock), leave no log: those flows are not visible without tracing, so
// ETH flows do not add up to the change in ETH balance. Token flows do.
//
// It costs one eth_getBalance batch, one CallAt (symbol, decimals and every
// balanceOf), three log queries (transfers out, transfers in, executions) per
// range chunk, and one header batch for the flows' block times.
func Read(ctx context.Context, c *chain.Client, q Query, block uint64) (*Snapshot, error) {
	if q.From > block {
		return nil, fmt.Errorf("treasury: start block %d is after block %d", q.From, block)
	}
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	accounts := uniq(q.Accounts)
	tokens := uniq(q.Tokens)
	snap := &Snapshot{Block: block, Accounts: []Account{}, Flows: []Flow{}}

	assets, err := p.readBalances(ctx, c, accounts, tokens, block, snap)
	if err != nil {
		return nil, err
	}
	logs, err := p.flowLogs(ctx, c, accounts, tokens, q.Governor, q.From, block, nil)
	if err != nil {
		return nil, err
	}
	transfers, execs := p.split(logs)
	flows, err := p.buildFlows(accounts, assets, q.Governor, transfers, execs)
	if err != nil {
		return nil, err
	}
	blocks := []uint64{block}
	for _, f := range flows {
		blocks = append(blocks, f.Block)
	}
	times, err := c.BlockTimes(ctx, blocks)
	if err != nil {
		return nil, err
	}
	for i := range flows {
		flows[i].Time = times[flows[i].Block]
	}
	snap.Flows = flows
	snap.BlockTime = times[block]
	return snap, nil
}

// readBalances fills snap.Accounts: ETH balances in one batch, and each
// token's symbol, decimals and every balanceOf in one CallAt. It returns the
// tokens' assets by address.
func (p *parsed) readBalances(ctx context.Context, c *chain.Client, accounts, tokens []common.Address, block uint64, snap *Snapshot) (map[common.Address]Asset, error) {
	assets := make(map[common.Address]Asset, len(tokens))
	if len(accounts) == 0 && len(tokens) == 0 {
		return assets, nil
	}
	var ethBal []*big.Int
	if len(accounts) > 0 {
		var err error
		if ethBal, err = c.BalancesAt(ctx, block, accounts); err != nil {
			return nil, err
		}
		if len(ethBal) != len(accounts) {
			return nil, fmt.Errorf("treasury: %d ETH balances for %d accounts", len(ethBal), len(accounts))
		}
	}
	var calls []chain.Call
	add := func(to common.Address, method string, args ...any) error {
		data, err := p.Pack(method, args...)
		if err != nil {
			return fmt.Errorf("encoding ERC20.%s: %w", method, err)
		}
		calls = append(calls, chain.Call{To: to, Data: data})
		return nil
	}
	for _, t := range tokens {
		if err := add(t, "symbol"); err != nil {
			return nil, err
		}
		if err := add(t, "decimals"); err != nil {
			return nil, err
		}
	}
	for _, a := range accounts {
		for _, t := range tokens {
			if err := add(t, "balanceOf", a); err != nil {
				return nil, err
			}
		}
	}
	var res []chain.Result
	if len(calls) > 0 {
		var err error
		if res, err = c.CallAt(ctx, block, calls); err != nil {
			return nil, fmt.Errorf("reading treasury token balances at block %d: %w", block, err)
		}
		if len(res) != len(calls) {
			return nil, fmt.Errorf("reading treasury token balances at block %d: %d results for %d calls", block, len(res), len(calls))
		}
	}
	for i, t := range tokens {
		a, err := decodeAsset(t, res[2*i], res[2*i+1], block)
		if err != nil {
			return nil, err
		}
		assets[t] = a
	}
	k := 2 * len(tokens)
	for i, a := range accounts {
		acct := Account{Address: a, ETH: ethBal[i], Tokens: make([]TokenBalance, 0, len(tokens))}
		for _, t := range tokens {
			r := res[k]
			k++
			if r.Err != nil {
				return nil, fmt.Errorf("token %s at block %d: balanceOf(%s): %w: is it an ERC-20 token? check the tracked tokens", t.Hex(), block, a.Hex(), r.Err)
			}
			bal, err := decodeUint(r.Data)
			if err != nil {
				return nil, fmt.Errorf("token %s at block %d: balanceOf(%s): %w", t.Hex(), block, a.Hex(), err)
			}
			acct.Tokens = append(acct.Tokens, TokenBalance{Asset: assets[t], Balance: bal})
		}
		snap.Accounts = append(snap.Accounts, acct)
	}
	return assets, nil
}

// transferLogs fetches the tracked tokens' Transfer logs out of and into the
// accounts (two topic-filtered queries), merged in chain order without
// duplicates (a transfer between two accounts matches both).
func (p *parsed) transferLogs(ctx context.Context, c *chain.Client, accounts, tokens []common.Address, from, block uint64, progress [2]func(done, total uint64)) ([]types.Log, error) {
	acctTopics := make([]common.Hash, len(accounts))
	for i, a := range accounts {
		acctTopics[i] = common.BytesToHash(a.Bytes())
	}
	out, err := c.Logs(ctx, chain.LogQuery{
		Addresses: tokens,
		Topics:    [][]common.Hash{{p.transfer}, acctTopics},
		From:      from,
		To:        block,
		Progress:  progress[0],
	})
	if err != nil {
		return nil, fmt.Errorf("reading token transfers out of the treasury: %w", err)
	}
	in, err := c.Logs(ctx, chain.LogQuery{
		Addresses: tokens,
		Topics:    [][]common.Hash{{p.transfer}, nil, acctTopics},
		From:      from,
		To:        block,
		Progress:  progress[1],
	})
	if err != nil {
		return nil, fmt.Errorf("reading token transfers into the treasury: %w", err)
	}
	return mergeLogs(out, in), nil
}

// executionLogs fetches the accounts' timelock execution events and the
// governor's ProposalExecuted events.
func (p *parsed) executionLogs(ctx context.Context, c *chain.Client, accounts []common.Address, governor common.Address, from, block uint64, progress func(done, total uint64)) ([]types.Log, error) {
	addrs := slices.Clone(accounts)
	topics := []common.Hash{p.callExecuted, p.executeTx}
	if governor != (common.Address{}) {
		if !slices.Contains(addrs, governor) {
			addrs = append(addrs, governor)
		}
		topics = append(topics, p.proposalExecuted)
	}
	logs, err := c.Logs(ctx, chain.LogQuery{
		Addresses: addrs,
		Topics:    [][]common.Hash{topics},
		From:      from,
		To:        block,
		Progress:  progress,
	})
	if err != nil {
		return nil, fmt.Errorf("reading timelock executions of the treasury: %w", err)
	}
	return logs, nil
}

// mergeLogs merges two chain-ordered log lists, dropping duplicates.
func mergeLogs(a, b []types.Log) []types.Log {
	type key struct {
		block uint64
		index uint
	}
	seen := make(map[key]bool, len(a)+len(b))
	out := make([]types.Log, 0, len(a)+len(b))
	for _, ls := range [][]types.Log{a, b} {
		for _, l := range ls {
			k := key{l.BlockNumber, l.Index}
			if !seen[k] {
				seen[k] = true
				out = append(out, l)
			}
		}
	}
	slices.SortStableFunc(out, func(x, y types.Log) int { return compareLog(x.BlockNumber, x.Index, y.BlockNumber, y.Index) })
	return out
}

// compareLog orders logs by block, then index.
func compareLog(b1 uint64, i1 uint, b2 uint64, i2 uint) int {
	switch {
	case b1 < b2:
		return -1
	case b1 > b2:
		return 1
	case i1 < i2:
		return -1
	case i1 > i2:
		return 1
	}
	return 0
}

// uniq drops repeated addresses, keeping the first of each.
func uniq(addrs []common.Address) []common.Address {
	seen := make(map[common.Address]bool, len(addrs))
	out := make([]common.Address, 0, len(addrs))
	for _, a := range addrs {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// decodeUint decodes a uint return value (one 32-byte word).
func decodeUint(data []byte) (*big.Int, error) {
	if len(data) < 32 {
		return nil, fmt.Errorf("returned %d bytes, want a 32-byte number", len(data))
	}
	return new(big.Int).SetBytes(data[:32]), nil
}
