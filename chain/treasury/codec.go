package treasury

import (
	"fmt"
	"math"

	"github.com/daoterm/daoterm/chain/cache/wire"
)

// FlowsFormat is the version of the encoding MarshalFlows writes. It
// changes whenever the encoding or the meaning of a Flow's fields does, so
// that a cache written by another version is never read as this one.
const FlowsFormat = 1

// MarshalFlows encodes flows as Query.Flows builds them (Time is not kept:
// a reader fills it in) in a compact binary form (see chain/cache/wire).
func MarshalFlows(flows []Flow) []byte {
	w := wire.NewWriter(160*len(flows) + 8)
	w.Uvarint(FlowsFormat)
	w.Uvarint(uint64(len(flows)))
	for i := range flows {
		f := &flows[i]
		w.Address(f.Account)
		w.Uvarint(f.Block)
		w.Hash(f.Tx)
		w.Uvarint(uint64(f.LogIndex))
		w.Bool(f.Direction == Out)
		w.Address(f.Asset.Address)
		w.String(f.Asset.Symbol)
		w.Uvarint(uint64(f.Asset.Decimals))
		w.String(f.Asset.Name)
		w.Bool(f.Asset.NFT)
		w.Big(f.Amount)
		w.Big(f.TokenID)
		w.Address(f.Counterparty)
		w.Big(f.Proposal)
	}
	return w.Data()
}

// UnmarshalFlows decodes what MarshalFlows wrote. A corrupt or truncated
// encoding is an error, never a panic.
func UnmarshalFlows(data []byte) ([]Flow, error) {
	r := wire.NewReader(data)
	if v := r.Uvarint(); r.Err() == nil && v != FlowsFormat {
		return nil, fmt.Errorf("treasury flows encoding version %d, want %d", v, FlowsFormat)
	}
	n := r.Count(100)
	flows := make([]Flow, 0, n)
	for range n {
		var f Flow
		f.Account = r.Address()
		f.Block = r.Uvarint()
		f.Tx = r.Hash()
		idx := r.Uvarint()
		f.Direction = In
		if r.Bool() {
			f.Direction = Out
		}
		f.Asset.Address = r.Address()
		f.Asset.Symbol = r.String()
		decimals := r.Uvarint()
		f.Asset.Name = r.String()
		f.Asset.NFT = r.Bool()
		f.Amount = r.Big()
		f.TokenID = r.Big()
		f.Counterparty = r.Address()
		f.Proposal = r.Big()
		if r.Err() != nil {
			break
		}
		if idx > math.MaxUint32 || decimals > math.MaxUint8 || f.Amount == nil {
			return nil, fmt.Errorf("treasury flows: %w: flow %d", wire.ErrCorrupt, len(flows))
		}
		f.LogIndex, f.Asset.Decimals = uint(idx), uint8(decimals)
		flows = append(flows, f)
	}
	if err := r.Done(); err != nil {
		return nil, fmt.Errorf("treasury flows: %w", err)
	}
	return flows, nil
}
