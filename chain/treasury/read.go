package treasury

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/chain/query"
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
//
// The tokens listed are the pinned ones (Tokens, always listed, first, in
// order) and every token discovered in the accounts' history: any contract
// that emitted a Transfer log (ERC-20 or ERC-721 shaped) with an account as
// sender or recipient, in order of its first flow. A token in Exclude is
// neither listed nor followed, even when pinned. Discovered tokens include
// spam airdrops: they are on chain; their metadata and balances are read
// defensively (see Asset and TokenBalance).
type Query struct {
	Accounts []common.Address // treasury addresses (usually the governor's timelock)
	Tokens   []common.Address // pinned tokens, listed even without a flow
	Exclude  []common.Address // tokens never listed (spam), even when pinned or discovered
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

// Read reads the treasury at block: the tokens listed (see Query), for each
// account its ETH balance and the balance of each token, and the flows in
// blocks [q.From, block]:
//
//   - every Transfer of a listed token into or out of an account (an
//     ERC-721 Transfer moves one token: Amount 1, TokenID set);
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
// A token's name, symbol or decimals that revert or are garbage, and a
// balanceOf that reverts, never fail the read (see Asset, TokenBalance);
// neither does a Transfer log of an unknown shape (it is skipped).
//
// It costs three log queries per range chunk (Transfers out of and into the
// accounts from any contract, and executions), one eth_getBalance batch,
// one CallAt (each token's metadata and every balanceOf) and one header
// batch for the flows' block times.
func Read(ctx context.Context, c Chain, q Query, block uint64) (*Snapshot, error) {
	if q.From > block {
		return nil, fmt.Errorf("treasury: start block %d is after block %d", q.From, block)
	}
	logs, err := q.Logs(ctx, c, q.From, block, nil)
	if err != nil {
		return nil, err
	}
	flows, err := q.Flows(nil, logs)
	if err != nil {
		return nil, err
	}
	snap, err := q.At(ctx, c, flows, block)
	if err != nil {
		return nil, err
	}
	blocks := []uint64{block}
	for _, f := range snap.Flows {
		blocks = append(blocks, f.Block)
	}
	times, err := c.BlockTimes(ctx, blocks)
	if err != nil {
		return nil, err
	}
	for i := range snap.Flows {
		snap.Flows[i].Time = times[snap.Flows[i].Block]
	}
	snap.BlockTime = times[block]
	return snap, nil
}

// TokensOf returns the tokens q lists given the flows of its accounts (as
// Flows builds them): q.Tokens in order, then every other token that moved
// in flows, in order of its first flow, without q.Exclude.
func (q Query) TokensOf(flows []Flow) []common.Address {
	excluded := setOf(q.Exclude)
	seen := make(map[common.Address]bool)
	var out []common.Address
	add := func(a common.Address) {
		if a != (common.Address{}) && !seen[a] && !excluded[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	for _, t := range q.Tokens {
		add(t)
	}
	for _, f := range flows {
		add(f.Asset.Address)
	}
	if out == nil {
		out = []common.Address{}
	}
	return out
}

// At reads the treasury at block given the flows of [q.From, block] (as
// Flows builds them): it lists the tokens (TokensOf), reads their metadata
// and every account's balances (one eth_getBalance batch and one CallAt),
// and returns the Snapshot with the flows copied and their assets filled
// in. BlockTime and the flows' Time are left as they are, for the caller.
func (q Query) At(ctx context.Context, c StateReader, flows []Flow, block uint64) (*Snapshot, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	tokens := q.TokensOf(flows)
	nft := nftTokens(flows)
	snap := &Snapshot{Block: block, Accounts: []Account{}}
	assets, err := p.readBalances(ctx, c, uniq(q.Accounts), tokens, nft, block, snap)
	if err != nil {
		return nil, err
	}
	snap.Tokens = make([]Asset, len(tokens))
	for i, t := range tokens {
		snap.Tokens[i] = assets[t]
	}
	snap.Flows = make([]Flow, len(flows))
	for i, f := range flows {
		if a, ok := assets[f.Asset.Address]; ok && !f.Asset.IsETH() {
			f.Asset = a
		}
		snap.Flows[i] = f
	}
	return snap, nil
}

// readBalances fills snap.Accounts: ETH balances in one batch, and each
// token's metadata and every balanceOf in one CallAt, made side by side. nft
// names tokens known to be ERC-721 from their Transfer logs. It returns the
// tokens' assets by address. Metadata is read defensively and a failing
// balanceOf sets TokenBalance.Err: neither fails the read.
func (p *parsed) readBalances(ctx context.Context, c StateReader, accounts, tokens []common.Address, nft map[common.Address]bool, block uint64, snap *Snapshot) (map[common.Address]Asset, error) {
	assets := make(map[common.Address]Asset, len(tokens))
	if len(accounts) == 0 && len(tokens) == 0 {
		return assets, nil
	}
	type balances struct {
		eth []*big.Int
		err error
	}
	ethC := make(chan balances, 1)
	if len(accounts) > 0 {
		go func() {
			var b balances
			b.eth, b.err = c.BalancesAt(ctx, block, accounts)
			ethC <- b
		}()
	} else {
		ethC <- balances{}
	}
	var calls []query.Call
	for _, t := range tokens {
		calls = append(calls, token.MetaCalls(t)...)
	}
	nMeta := len(calls)
	for _, a := range accounts {
		for _, t := range tokens {
			data, err := p.Pack("balanceOf", a)
			if err != nil {
				return nil, fmt.Errorf("encoding balanceOf: %w", err)
			}
			calls = append(calls, query.Call{To: t, Data: data})
		}
	}
	var res []query.Result
	var callErr error
	if len(calls) > 0 {
		if res, callErr = c.CallAt(ctx, block, calls); callErr == nil && len(res) != len(calls) {
			callErr = fmt.Errorf("%d results for %d calls", len(res), len(calls))
		}
	}
	eth := <-ethC
	switch {
	case eth.err != nil:
		return nil, eth.err
	case len(eth.eth) != len(accounts):
		return nil, fmt.Errorf("treasury: %d ETH balances for %d accounts", len(eth.eth), len(accounts))
	case callErr != nil:
		return nil, fmt.Errorf("reading treasury token balances at block %d: %w", block, callErr)
	}
	ethBal := eth.eth
	per := nMeta / max(len(tokens), 1)
	for i, t := range tokens {
		assets[t] = assetOf(t, token.DecodeMeta(res[i*per:(i+1)*per]), nft[t])
	}
	k := nMeta
	for i, a := range accounts {
		acct := Account{Address: a, ETH: ethBal[i], Tokens: make([]TokenBalance, 0, len(tokens))}
		for _, t := range tokens {
			tb := TokenBalance{Asset: assets[t]}
			tb.Balance, tb.Err = decodeBalance(res[k])
			if tb.Err != nil {
				tb.Err = fmt.Errorf("token %s at block %d: balanceOf(%s): %w", t.Hex(), block, a.Hex(), tb.Err)
			}
			k++
			acct.Tokens = append(acct.Tokens, tb)
		}
		snap.Accounts = append(snap.Accounts, acct)
	}
	return assets, nil
}

// assetOf makes the Asset of token t from its metadata; nft says its
// Transfer logs are ERC-721 shaped.
func assetOf(t common.Address, m token.Meta, nft bool) Asset {
	a := Asset{Address: t, Symbol: m.Symbol, Name: m.Name, Decimals: m.Decimals, NFT: m.NFT || nft}
	if a.NFT {
		a.Decimals = 0
	}
	return a
}

// decodeBalance decodes a balanceOf result: a failed call or one without a
// 32-byte word is an error, with a 0 balance.
func decodeBalance(r query.Result) (*big.Int, error) {
	if r.Err != nil {
		return new(big.Int), r.Err
	}
	v, err := decodeUint(r.Data)
	if err != nil {
		return new(big.Int), err
	}
	return v, nil
}

// flowQuery is one of the log queries the treasury's flows come from, and
// what it reads, for errors.
type flowQuery struct {
	what string
	q    query.LogQuery
}

// flowQueries are the queries of the flows of accounts from block from to
// block to: the Transfer logs out of the accounts and into them, from any
// contract (topic-filtered, without an address; a transfer between two
// accounts matches both), and the accounts' timelock execution events with
// the governor's ProposalExecuted events.
func (p *parsed) flowQueries(accounts []common.Address, governor common.Address, from, to uint64) []flowQuery {
	acctTopics := make([]common.Hash, len(accounts))
	for i, a := range accounts {
		acctTopics[i] = common.BytesToHash(a.Bytes())
	}
	addrs := slices.Clone(accounts)
	execTopics := []common.Hash{p.callExecuted, p.executeTx}
	if governor != (common.Address{}) {
		if !slices.Contains(addrs, governor) {
			addrs = append(addrs, governor)
		}
		execTopics = append(execTopics, p.proposalExecuted)
	}
	return []flowQuery{
		{"token transfers out of the treasury", query.LogQuery{Topics: [][]common.Hash{{p.transfer}, acctTopics}, From: from, To: to}},
		{"token transfers into the treasury", query.LogQuery{Topics: [][]common.Hash{{p.transfer}, nil, acctTopics}, From: from, To: to}},
		{"timelock executions of the treasury", query.LogQuery{Addresses: addrs, Topics: [][]common.Hash{execTopics}, From: from, To: to}},
	}
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

// setOf makes a set of addrs.
func setOf(addrs []common.Address) map[common.Address]bool {
	m := make(map[common.Address]bool, len(addrs))
	for _, a := range addrs {
		m[a] = true
	}
	return m
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
