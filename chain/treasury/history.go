package treasury

import (
	"context"
	"fmt"
	"sync"

	"github.com/daoterm/daoterm/chain/query"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// This file splits Read into parts a caller can run separately: the logs of
// a block range, the flows they hold, and the balances at a block. chain/dao
// uses them to extend the flows range by range instead of re-reading them:
// Logs and Flows per range, then At with all the flows so far.

// Logs fetches every log the flows of blocks [from, to] are built from: the
// Transfers out of and into the accounts from any contract (this is how
// tokens are discovered), the accounts' timelock executions and the
// governor's ProposalExecuted, merged in chain order. progress, if not nil,
// is told the blocks covered of the queries together. It costs three log
// queries per range chunk (none without accounts).
func (q Query) Logs(ctx context.Context, c query.LogFilterer, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
	if from > to {
		return nil, fmt.Errorf("treasury: start block %d is after block %d", from, to)
	}
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	return p.flowLogs(ctx, c, uniq(q.Accounts), q.Governor, from, to, progress)
}

// Flows builds the flows held by logs (as Logs returns them, for any block
// range), oldest first, attributed to proposals as Read does, without the
// tokens in q.Exclude. Time is left 0 for the caller to fill. A token flow
// takes its Asset from assets when listed there; otherwise the Asset has
// only the address (and NFT for an ERC-721 Transfer): At fills it in.
// Transfer logs of another shape than ERC-20's or ERC-721's are skipped.
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
	return p.buildFlows(uniq(q.Accounts), byAddr, setOf(q.Exclude), q.Governor, transfers, execs)
}

// Balances reads, at block, each account's ETH balance and its balance of
// each of q.Tokens (not in q.Exclude; nothing is discovered), as in Read's
// Snapshot.Accounts. It costs one eth_getBalance batch and one CallAt.
func Balances(ctx context.Context, c StateReader, q Query, block uint64) ([]Account, error) {
	snap, err := q.At(ctx, c, nil, block)
	if err != nil {
		return nil, err
	}
	return snap.Accounts, nil
}

// ReadAssets reads the name, symbol and decimals of each token at block, and
// whether it is an ERC-721 (ERC-165), in one CallAt, in the order given.
// Metadata is read defensively: a token whose calls revert or return
// garbage gets an empty symbol or name and 0 decimals, never an error.
func ReadAssets(ctx context.Context, c query.Caller, tokens []common.Address, block uint64) ([]Asset, error) {
	var calls []query.Call
	for _, t := range tokens {
		calls = append(calls, token.MetaCalls(t)...)
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
	per := len(calls) / len(tokens)
	out := make([]Asset, len(tokens))
	for i, t := range tokens {
		out[i] = assetOf(t, token.DecodeMeta(res[i*per:(i+1)*per]), false)
	}
	return out, nil
}

// flowLogs runs the log queries of Logs side by side (each is a round trip
// where few blocks are asked for), reporting their progress together, and
// merges their logs in chain order. The first to fail stops the others.
func (p *parsed) flowLogs(ctx context.Context, c query.LogFilterer, accounts []common.Address, governor common.Address, from, to uint64, progress func(done, total uint64)) ([]types.Log, error) {
	if len(accounts) == 0 {
		return nil, nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	qs := p.flowQueries(accounts, governor, from, to)
	var (
		mu    sync.Mutex
		done  = make([]uint64, len(qs))
		logs  = make([][]types.Log, len(qs))
		first error
		wg    sync.WaitGroup
	)
	span := to - from + 1 // 0: the whole uint64 range, whose progress is not told
	for i, fq := range qs {
		if progress != nil && span != 0 {
			fq.q.Progress = func(d, _ uint64) {
				mu.Lock()
				defer mu.Unlock()
				done[i] = d
				var sum uint64
				for _, x := range done {
					sum += x
				}
				progress(sum, uint64(len(qs))*span)
			}
		}
		wg.Go(func() {
			ls, err := c.Logs(ctx, fq.q)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && first == nil {
				first = fmt.Errorf("reading %s: %w", fq.what, err)
				cancel()
			}
			logs[i] = ls
		})
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return mergeLogs(mergeLogs(logs[0], logs[1]), logs[2]), nil
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

// Assets lists the tokens of q given its flows (TokensOf) with their
// metadata read at block in one CallAt, as At would list them in
// Snapshot.Tokens, without reading balances.
func (q Query) Assets(ctx context.Context, c query.Caller, flows []Flow, block uint64) ([]Asset, error) {
	tokens := q.TokensOf(flows)
	assets, err := ReadAssets(ctx, c, tokens, block)
	if err != nil {
		return nil, err
	}
	nft := nftTokens(flows)
	for i := range assets {
		if nft[assets[i].Address] {
			assets[i].NFT, assets[i].Decimals = true, 0
		}
	}
	return assets, nil
}

// nftTokens names the tokens with an ERC-721 Transfer among flows.
func nftTokens(flows []Flow) map[common.Address]bool {
	nft := make(map[common.Address]bool)
	for _, f := range flows {
		if f.TokenID != nil {
			nft[f.Asset.Address] = true
		}
	}
	return nft
}
