package treasury

import (
	"context"
	"fmt"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// This file splits Read into parts a caller can run separately: the logs of
// a block range, the flows they hold, and the balances at a block. chain/dao
// uses them to extend the flows range by range instead of re-reading them.

// Logs fetches every log the flows of blocks [from, to] are built from: the
// tracked tokens' Transfers out of and into the accounts, the accounts'
// timelock executions and the governor's ProposalExecuted, merged in chain
// order. progress, if not nil, is told the blocks covered of the queries
// together. It costs three log queries per range chunk (fewer without
// accounts or tokens).
func (q Query) Logs(ctx context.Context, c *chain.Client, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
	if from > to {
		return nil, fmt.Errorf("treasury: start block %d is after block %d", from, to)
	}
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	return p.flowLogs(ctx, c, uniq(q.Accounts), uniq(q.Tokens), q.Governor, from, to, progress)
}

// Flows builds the flows held by logs (as Logs returns them, for any block
// range), oldest first, attributed to proposals as Read does. Time is left 0
// for the caller to fill. assets names the tracked tokens (see ReadAssets).
func (q Query) Flows(assets []Asset, logs []types.Log) ([]Flow, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	byAddr := make(map[common.Address]Asset, len(assets))
	for _, a := range assets {
		byAddr[a.Address] = a
	}
	transfers, execs := p.split(logs)
	return p.buildFlows(uniq(q.Accounts), byAddr, q.Governor, transfers, execs)
}

// Balances reads, at block, each account's ETH balance and its balance of
// each token, as in Read's Snapshot.Accounts. It costs one eth_getBalance
// batch and one CallAt.
func Balances(ctx context.Context, c *chain.Client, q Query, block uint64) ([]Account, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	snap := &Snapshot{Accounts: []Account{}}
	if _, err := p.readBalances(ctx, c, uniq(q.Accounts), uniq(q.Tokens), block, snap); err != nil {
		return nil, err
	}
	return snap.Accounts, nil
}

// ReadAssets reads the symbol and decimals of each token at block, in one
// CallAt, in the order given.
func ReadAssets(ctx context.Context, c *chain.Client, tokens []common.Address, block uint64) ([]Asset, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	calls := make([]chain.Call, 0, 2*len(tokens))
	for _, t := range tokens {
		for _, m := range []string{"symbol", "decimals"} {
			data, err := p.Pack(m)
			if err != nil {
				return nil, fmt.Errorf("encoding ERC20.%s: %w", m, err)
			}
			calls = append(calls, chain.Call{To: t, Data: data})
		}
	}
	if len(calls) == 0 {
		return []Asset{}, nil
	}
	res, err := c.CallAt(ctx, block, calls)
	if err != nil {
		return nil, fmt.Errorf("reading token symbols and decimals at block %d: %w", block, err)
	}
	if len(res) != len(calls) {
		return nil, fmt.Errorf("reading token symbols and decimals at block %d: %d results for %d calls", block, len(res), len(calls))
	}
	out := make([]Asset, len(tokens))
	for i, t := range tokens {
		if out[i], err = decodeAsset(t, res[2*i], res[2*i+1], block); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// decodeAsset decodes a token's symbol() and decimals() results.
func decodeAsset(t common.Address, sym, dec chain.Result, block uint64) (Asset, error) {
	fail := func(m string, err error) (Asset, error) {
		return Asset{}, fmt.Errorf("token %s at block %d: %s(): %w: is it an ERC-20 token? check the tracked tokens", t.Hex(), block, m, err)
	}
	a := Asset{Address: t}
	if sym.Err == nil { // symbol() is optional in ERC-20
		a.Symbol = token.DecodeString(sym.Data)
	}
	if dec.Err != nil {
		return fail("decimals", dec.Err)
	}
	d, err := decodeUint(dec.Data)
	if err != nil {
		return fail("decimals", err)
	}
	if !d.IsUint64() || d.Uint64() > 255 {
		return fail("decimals", fmt.Errorf("%s does not fit in a uint8", d))
	}
	a.Decimals = uint8(d.Uint64())
	return a, nil
}

// flowLogs runs the log queries of Logs, reporting their progress together.
func (p *parsed) flowLogs(ctx context.Context, c *chain.Client, accounts, tokens []common.Address, governor common.Address, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
	if len(accounts) == 0 {
		return nil, nil
	}
	n := uint64(1)
	if len(tokens) > 0 {
		n = 3
	}
	span := to - from + 1
	part := func(i uint64) func(done, total uint64) {
		if progress == nil || span == 0 { // span 0: the whole uint64 range
			return progress
		}
		return func(done, _ uint64) { progress(i*span+done, n*span) }
	}
	var transfers []types.Log
	if len(tokens) > 0 {
		var err error
		if transfers, err = p.transferLogs(ctx, c, accounts, tokens, from, to, [2]func(done, total uint64){part(0), part(1)}); err != nil {
			return nil, err
		}
	}
	execs, err := p.executionLogs(ctx, c, accounts, governor, from, to, part(n-1))
	if err != nil {
		return nil, err
	}
	return mergeLogs(transfers, execs), nil
}

// split separates token Transfer logs from execution logs.
func (p *parsed) split(logs []types.Log) (transfers, execs []types.Log) {
	for _, l := range logs {
		if len(l.Topics) > 0 && l.Topics[0] == p.transfer {
			transfers = append(transfers, l)
		} else {
			execs = append(execs, l)
		}
	}
	return transfers, execs
}
