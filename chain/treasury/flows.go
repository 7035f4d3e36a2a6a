package treasury

import (
	"fmt"
	"github.com/daoterm/daoterm/chain/abisafe"
	"math/big"
	"slices"

	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// executed is one ProposalExecuted event inside a transaction.
type executed struct {
	index uint
	id    *big.Int
}

// buildFlows turns token Transfer logs and execution logs (timelock
// CallExecuted / ExecuteTransaction and the governor's ProposalExecuted) into
// flows of the accounts, oldest first, attributed to proposals. Block times
// are left to the caller. Token flows take their asset from assets, or a
// bare one (address, NFT) for a token not in it; tokens in exclude and
// Transfer logs of neither the ERC-20 nor the ERC-721 shape (any contract
// can emit them) are skipped. A malformed execution log (from an account or
// the governor) is an error.
func (p *parsed) buildFlows(accounts []common.Address, assets map[common.Address]Asset, exclude map[common.Address]bool, governor common.Address, transfers, execs []types.Log) ([]Flow, error) {
	isAccount := make(map[common.Address]bool, len(accounts))
	for _, a := range accounts {
		isAccount[a] = true
	}
	// Proposal executions by transaction.
	byTx := make(map[common.Hash][]executed)
	for i := range execs {
		l := &execs[i]
		if len(l.Topics) == 0 || l.Topics[0] != p.proposalExecuted || l.Address != governor || governor == (common.Address{}) {
			continue
		}
		id, err := p.decodeProposalExecuted(l)
		if err != nil {
			return nil, err
		}
		byTx[l.TxHash] = append(byTx[l.TxHash], executed{index: l.Index, id: id})
	}
	flows := []Flow{}
	add := func(l *types.Log, acct common.Address, dir Direction, asset Asset, amount, id *big.Int, cp common.Address) {
		if id != nil {
			id = new(big.Int).Set(id)
		}
		flows = append(flows, Flow{
			TokenID:      id,
			Account:      acct,
			Block:        l.BlockNumber,
			Tx:           l.TxHash,
			LogIndex:     l.Index,
			Direction:    dir,
			Asset:        asset,
			Amount:       new(big.Int).Set(amount),
			Counterparty: cp,
			Proposal:     attribute(byTx[l.TxHash], l.Index),
		})
	}
	for i := range transfers {
		l := &transfers[i]
		if exclude[l.Address] || l.Address == (common.Address{}) {
			continue
		}
		t, err := token.DecodeTransferLog(l)
		if err != nil {
			continue // not a token transfer: any contract can emit the topic
		}
		asset, ok := assets[l.Address]
		if !ok {
			asset = Asset{Address: l.Address, NFT: t.NFT()}
		}
		if isAccount[t.From] {
			add(l, t.From, Out, asset, t.Value, t.TokenID, t.To)
		}
		if isAccount[t.To] {
			add(l, t.To, In, asset, t.Value, t.TokenID, t.From)
		}
	}
	for i := range execs {
		l := &execs[i]
		if len(l.Topics) == 0 || !isAccount[l.Address] {
			continue
		}
		var (
			target common.Address
			value  *big.Int
			err    error
		)
		switch l.Topics[0] {
		case p.callExecuted:
			target, value, err = p.decodeCallExecuted(l)
		case p.executeTx:
			target, value, err = p.decodeExecuteTransaction(l)
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
		if value.Sign() == 0 {
			continue
		}
		add(l, l.Address, Out, ETHAsset(), value, nil, target)
		if isAccount[target] {
			add(l, target, In, ETHAsset(), value, nil, l.Address)
		}
	}
	slices.SortStableFunc(flows, func(x, y Flow) int { return compareLog(x.Block, x.LogIndex, y.Block, y.LogIndex) })
	return flows, nil
}

// attribute picks the proposal a flow logged at index belongs to among the
// ProposalExecuted events of its transaction: the only one; else the first
// logged after the flow (OpenZeppelin v5 emits it after the calls); else the
// last one before it (v4 emits it first).
func attribute(execs []executed, index uint) *big.Int {
	switch len(execs) {
	case 0:
		return nil
	case 1:
		return new(big.Int).Set(execs[0].id)
	}
	for _, e := range execs {
		if e.index > index {
			return new(big.Int).Set(e.id)
		}
	}
	return new(big.Int).Set(execs[len(execs)-1].id)
}

// decodeCallExecuted decodes TimelockController's CallExecuted(bytes32
// indexed id, uint256 indexed index, address target, uint256 value, bytes
// data).
func (p *parsed) decodeCallExecuted(l *types.Log) (common.Address, *big.Int, error) {
	if len(l.Topics) != 3 {
		return common.Address{}, nil, logError(l, "CallExecuted", fmt.Errorf("%d topics, want 3", len(l.Topics)))
	}
	out, err := p.unpackEvent("CallExecuted", l)
	if err != nil {
		return common.Address{}, nil, err
	}
	if len(out) != 3 {
		return common.Address{}, nil, logError(l, "CallExecuted", fmt.Errorf("%d fields, want 3", len(out)))
	}
	target, ok1 := out[0].(common.Address)
	value, ok2 := out[1].(*big.Int)
	if !ok1 || !ok2 || value == nil {
		return common.Address{}, nil, logError(l, "CallExecuted", fmt.Errorf("unexpected field types"))
	}
	return target, value, nil
}

// decodeExecuteTransaction decodes Compound Timelock's
// ExecuteTransaction(bytes32 indexed txHash, address indexed target, uint
// value, string signature, bytes data, uint eta).
func (p *parsed) decodeExecuteTransaction(l *types.Log) (common.Address, *big.Int, error) {
	if len(l.Topics) != 3 {
		return common.Address{}, nil, logError(l, "ExecuteTransaction", fmt.Errorf("%d topics, want 3", len(l.Topics)))
	}
	h := l.Topics[2]
	if common.BytesToHash(h[:12]) != (common.Hash{}) {
		return common.Address{}, nil, logError(l, "ExecuteTransaction", fmt.Errorf("target topic %s is not an address", h.Hex()))
	}
	out, err := p.unpackEvent("ExecuteTransaction", l)
	if err != nil {
		return common.Address{}, nil, err
	}
	if len(out) != 4 {
		return common.Address{}, nil, logError(l, "ExecuteTransaction", fmt.Errorf("%d fields, want 4", len(out)))
	}
	value, ok := out[0].(*big.Int)
	if !ok || value == nil {
		return common.Address{}, nil, logError(l, "ExecuteTransaction", fmt.Errorf("unexpected field types"))
	}
	return common.BytesToAddress(h[12:]), value, nil
}

// decodeProposalExecuted decodes the Governor's ProposalExecuted(uint256).
func (p *parsed) decodeProposalExecuted(l *types.Log) (*big.Int, error) {
	if len(l.Topics) != 1 || len(l.Data) != 32 {
		return nil, logError(l, "ProposalExecuted", fmt.Errorf("%d topics and %d data bytes, want 1 and 32", len(l.Topics), len(l.Data)))
	}
	return new(big.Int).SetBytes(l.Data), nil
}

// unpackEvent decodes a log's data, recovering from any panic in the ABI
// decoder.
func (p *parsed) unpackEvent(name string, l *types.Log) ([]any, error) {
	return abisafe.UnpackLog(&p.ABI, name, l)
}

// logError names a log in an error message.
func logError(l *types.Log, what string, err error) error { return abisafe.LogError(l, what, err) }
