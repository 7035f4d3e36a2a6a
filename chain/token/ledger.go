package token

import (
	"context"
	"fmt"
	"maps"
	"math/big"

	"github.com/daoterm/daoterm/chain"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Ledger is the ownership of a token folded from its Transfer,
// DelegateChanged and DelegateVotesChanged logs in chain order: balances,
// each holder's delegate and each delegate's voting power. It lets a caller
// fetch logs once and extend them block range by block range (see chain/dao)
// instead of re-reading them all.
//
// A Ledger is not safe for concurrent modification; Clone it before applying
// more logs to a Ledger others may be reading.
type Ledger struct {
	p          *parsed
	token      common.Address
	from       uint64 // the first block folded (for error messages)
	balances   map[common.Address]*big.Int
	delegateOf map[common.Address]common.Address
	votes      map[common.Address]*big.Int

	nft bool // some Transfer was ERC-721 shaped (one token moved)

	applied   bool // some log was applied; lastBlock/lastIndex name the last one
	lastBlock uint64
	lastIndex uint
}

// NewLedger returns an empty Ledger of tokenAddr whose logs start at block
// from, which must be at or before the token's first Transfer (see Read).
func NewLedger(tokenAddr common.Address, from uint64) (*Ledger, error) {
	p, err := parseABI()
	if err != nil {
		return nil, err
	}
	return p.newLedger(tokenAddr, from), nil
}

func (p *parsed) newLedger(tokenAddr common.Address, from uint64) *Ledger {
	return &Ledger{
		p:          p,
		token:      tokenAddr,
		from:       from,
		balances:   make(map[common.Address]*big.Int),
		delegateOf: make(map[common.Address]common.Address),
		votes:      make(map[common.Address]*big.Int),
	}
}

// Query is the log query for the events a Ledger folds, in blocks [from, to].
func (l *Ledger) Query(from, to uint64) chain.LogQuery {
	return chain.LogQuery{
		Addresses: []common.Address{l.token},
		Topics:    [][]common.Hash{{l.p.transfer, l.p.delegateChanged, l.p.votesChanged}},
		From:      from,
		To:        to,
	}
}

// Clone returns a copy that can be extended with Apply without changing l.
// It costs O(holders).
func (l *Ledger) Clone() *Ledger {
	c := *l
	c.balances = maps.Clone(l.balances)
	c.delegateOf = maps.Clone(l.delegateOf)
	c.votes = maps.Clone(l.votes)
	return &c
}

// Apply folds logs, which must follow every log applied before in chain
// order. It fails when a balance would go negative (the history started
// after the token's first transfers). On error the Ledger may be partly
// updated: apply to a Clone when that matters.
func (l *Ledger) Apply(logs []types.Log) error {
	for i := range logs {
		lg := &logs[i]
		if l.applied && (lg.BlockNumber < l.lastBlock || lg.BlockNumber == l.lastBlock && lg.Index <= l.lastIndex) {
			return logError(lg, "token", fmt.Errorf("out of chain order: after log %d of block %d", l.lastIndex, l.lastBlock))
		}
		if err := l.apply(lg); err != nil {
			if l.token != (common.Address{}) {
				err = fmt.Errorf("token %s: %w", l.token.Hex(), err)
			}
			return err
		}
		l.applied, l.lastBlock, l.lastIndex = true, lg.BlockNumber, lg.Index
	}
	return nil
}

// apply folds one log. Balances are replaced, never changed in place, so a
// Clone may share the values.
func (l *Ledger) apply(lg *types.Log) error {
	p := l.p
	if len(lg.Topics) == 0 {
		return logError(lg, "token", fmt.Errorf("no topics"))
	}
	switch lg.Topics[0] {
	case p.transfer:
		t, err := DecodeTransferLog(lg)
		if err != nil {
			return err
		}
		src, dst, value := t.From, t.To, t.Value
		l.nft = l.nft || t.NFT()
		if src != (common.Address{}) {
			b := new(big.Int).Sub(l.balance(src), value)
			if b.Sign() < 0 {
				return fmt.Errorf("the balance of %s goes negative at block %d (tx %s): start block %d is after the token's first transfers; start at the token's deployment block (or 0)",
					src.Hex(), lg.BlockNumber, lg.TxHash.Hex(), l.from)
			}
			l.balances[src] = b
		}
		if dst != (common.Address{}) {
			l.balances[dst] = new(big.Int).Add(l.balance(dst), value)
		}
	case p.delegateChanged:
		if len(lg.Topics) != 4 || len(lg.Data) != 0 {
			return logError(lg, "DelegateChanged", fmt.Errorf("%d topics and %d data bytes, want 4 and 0", len(lg.Topics), len(lg.Data)))
		}
		delegator, err := topicAddress(lg, "DelegateChanged", 1)
		if err != nil {
			return err
		}
		to, err := topicAddress(lg, "DelegateChanged", 3)
		if err != nil {
			return err
		}
		l.delegateOf[delegator] = to
	case p.votesChanged:
		if len(lg.Topics) != 2 {
			return logError(lg, "DelegateVotesChanged", fmt.Errorf("%d topics, want 2", len(lg.Topics)))
		}
		who, err := topicAddress(lg, "DelegateVotesChanged", 1)
		if err != nil {
			return err
		}
		out, err := unpackEvent(&p.ABI, "DelegateVotesChanged", lg)
		if err != nil {
			return err
		}
		if len(out) != 2 {
			return logError(lg, "DelegateVotesChanged", fmt.Errorf("%d fields, want 2", len(out)))
		}
		nv, ok := out[1].(*big.Int)
		if !ok || nv == nil {
			return logError(lg, "DelegateVotesChanged", fmt.Errorf("unexpected field types"))
		}
		l.votes[who] = nv
	default:
		return logError(lg, "token", fmt.Errorf("unexpected topic0 %s", lg.Topics[0].Hex()))
	}
	return nil
}

// balance returns a's balance (a shared value: do not modify it).
func (l *Ledger) balance(a common.Address) *big.Int {
	if b := l.balances[a]; b != nil {
		return b
	}
	return new(big.Int)
}

// Snapshot returns the ownership folded so far, with name, symbol,
// decimals, total supply and the kind read (and probed) at block in one
// CallAt. BlockTime is left 0 for the caller to fill. l is not modified.
//
// Metadata is read defensively: a name or symbol that reverts or is not a
// string gives "", a decimals() that fails gives 0 (an ERC-721 has none:
// its balances are counts), and a totalSupply() that fails (ERC721Votes has
// none) is replaced by the sum of the balances. For a Nouns-style token
// (ERC-721 with Comp's getters), where an account that never delegated
// votes with its own tokens, such a holder's Delegate is itself.
func (l *Ledger) Snapshot(ctx context.Context, c *chain.Client, block uint64) (*Snapshot, error) {
	m, err := l.p.readMeta(ctx, c, l.token, block, l.nft)
	if err != nil {
		return nil, err
	}
	return l.snapshot(m, block), nil
}

// snapshot assembles the Snapshot from the folded state and what readMeta
// read.
func (l *Ledger) snapshot(m meta, block uint64) *Snapshot {
	delegateOf := l.delegateOf
	if m.selfDelegates() {
		delegateOf = maps.Clone(l.delegateOf)
		for a, b := range l.balances {
			if b.Sign() > 0 && delegateOf[a] == (common.Address{}) {
				delegateOf[a] = a
			}
		}
	}
	snap := assemble(l.balances, delegateOf, l.votes)
	snap.Token, snap.Block = l.token, block
	snap.Name, snap.Symbol, snap.Decimals, snap.Kind = m.Name, m.Symbol, m.Decimals, m.kind
	snap.TotalSupply = m.supply
	if snap.TotalSupply == nil {
		snap.TotalSupply = new(big.Int)
		for _, h := range snap.Holders {
			snap.TotalSupply.Add(snap.TotalSupply, h.Balance)
		}
	}
	return snap
}
