package governor

import (
	"fmt"
	"math"
	"math/big"

	"github.com/daoterm/daoterm/chain/cache/wire"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/ethereum/go-ethereum/common"
)

// HistoryFormat is the version of the encoding MarshalBinary writes. It
// changes whenever the encoding or the meaning of a History's fields does,
// so that a cache written by another version is never read as this one.
const HistoryFormat = 2 // 2: with the ProposalCreated log index (CreatedLog)

// MarshalBinary encodes the folded state of h (not its ABI): the proposals
// as created (with the blocks they were queued, executed or canceled at and
// their queued eta), every vote, and the last log applied, in a compact
// binary form (see chain/cache/wire).
func (h *History) MarshalBinary() ([]byte, error) {
	w := wire.NewWriter(256*len(h.props) + 128*len(h.votes) + 32)
	w.Uvarint(HistoryFormat)
	w.Bool(h.applied)
	w.Uvarint(h.lastBlock)
	w.Uvarint(uint64(h.lastIndex))
	w.Uvarint(uint64(len(h.props)))
	for k := range h.props {
		p := &h.props[k]
		w.Big(p.ID)
		w.Address(p.Proposer)
		w.SliceLen(len(p.Targets), p.Targets == nil)
		for _, t := range p.Targets {
			w.Address(t)
		}
		w.SliceLen(len(p.Values), p.Values == nil)
		for _, v := range p.Values {
			w.Big(v)
		}
		w.SliceLen(len(p.Signatures), p.Signatures == nil)
		for _, s := range p.Signatures {
			w.String(s)
		}
		w.SliceLen(len(p.Calldatas), p.Calldatas == nil)
		for _, c := range p.Calldatas {
			w.Bytes(c)
		}
		w.String(p.Description)
		w.Uvarint(p.VoteStart)
		w.Uvarint(p.VoteEnd)
		w.Uvarint(p.CreatedBlock)
		w.Hash(p.CreatedTx)
		w.Uvarint(uint64(p.CreatedLog))
		w.Uvarint(p.QueuedBlock)
		w.Uvarint(p.ExecutedBlock)
		w.Uvarint(p.CanceledBlock)
		eta, ok := h.queuedEta[k]
		w.Bool(ok)
		w.Uvarint(eta)
	}
	w.Uvarint(uint64(len(h.votes)))
	for i := range h.votes {
		v := &h.votes[i]
		w.Big(v.ProposalID)
		w.Address(v.Voter)
		w.Uvarint(uint64(v.Support))
		w.Big(v.Weight)
		w.Bool(v.Split != nil)
		if v.Split != nil {
			w.Big(v.Split.Against)
			w.Big(v.Split.For)
			w.Big(v.Split.Abstain)
		}
		w.String(v.Reason)
		w.Uvarint(v.Block)
		w.Hash(v.Tx)
		w.Uvarint(uint64(v.LogIndex))
	}
	return w.Data(), nil
}

// UnmarshalBinary replaces h's folded state with the one data encodes; h
// keeps its governor's ABI (make it with Reader.NewHistory). A corrupt or
// truncated encoding is an error (and leaves h unchanged), never a panic.
func (h *History) UnmarshalBinary(data []byte) error {
	r := wire.NewReader(data)
	if v := r.Uvarint(); r.Err() == nil && v != HistoryFormat {
		return fmt.Errorf("governor history encoding version %d, want %d", v, HistoryFormat)
	}
	applied, lastBlock, lastIndex := r.Bool(), r.Uvarint(), r.Uvarint()
	n := r.Count(64)
	props := make([]gov.Proposal, 0, n)
	index := make(map[string]int, n)
	queuedEta := make(map[int]uint64)
	for k := range n {
		p := gov.Proposal{Governor: h.addr}
		p.ID = r.Big()
		p.Proposer = r.Address()
		if m, isNil := r.SliceLen(common.AddressLength); !isNil {
			p.Targets = make([]common.Address, m)
			for i := range p.Targets {
				p.Targets[i] = r.Address()
			}
		}
		if m, isNil := r.SliceLen(1); !isNil {
			p.Values = make([]*big.Int, m)
			for i := range p.Values {
				p.Values[i] = r.Big()
			}
		}
		if m, isNil := r.SliceLen(1); !isNil {
			p.Signatures = make([]string, m)
			for i := range p.Signatures {
				p.Signatures[i] = r.String()
			}
		}
		if m, isNil := r.SliceLen(1); !isNil {
			p.Calldatas = make([][]byte, m)
			for i := range p.Calldatas {
				p.Calldatas[i] = r.Bytes()
			}
		}
		p.Description = r.String()
		p.Title = gov.Title(p.Description)
		p.VoteStart, p.VoteEnd, p.CreatedBlock = r.Uvarint(), r.Uvarint(), r.Uvarint()
		p.CreatedTx = r.Hash()
		p.CreatedLog = uint(r.Uvarint())
		p.QueuedBlock, p.ExecutedBlock, p.CanceledBlock = r.Uvarint(), r.Uvarint(), r.Uvarint()
		hasEta, eta := r.Bool(), r.Uvarint()
		if r.Err() != nil {
			break
		}
		if p.ID == nil || p.ID.Sign() < 0 {
			return fmt.Errorf("governor history: %w: proposal %d has no id", wire.ErrCorrupt, k)
		}
		key := p.ID.String()
		if _, dup := index[key]; dup {
			return fmt.Errorf("governor history: %w: proposal %s twice", wire.ErrCorrupt, key)
		}
		index[key] = k
		if hasEta {
			queuedEta[k] = eta
		}
		props = append(props, p)
	}
	n = r.Count(64)
	votes := make([]gov.Vote, 0, n)
	for range n {
		v := gov.Vote{Governor: h.addr}
		v.ProposalID = r.Big()
		v.Voter = r.Address()
		support := r.Uvarint()
		v.Weight = r.Big()
		if r.Bool() {
			v.Split = &gov.Split{Against: r.Big(), For: r.Big(), Abstain: r.Big()}
		}
		v.Reason = r.String()
		v.Block = r.Uvarint()
		v.Tx = r.Hash()
		idx := r.Uvarint()
		if r.Err() != nil {
			break
		}
		if support > math.MaxUint8 || idx > math.MaxUint32 || v.ProposalID == nil || v.Weight == nil {
			return fmt.Errorf("governor history: %w: vote %d", wire.ErrCorrupt, len(votes))
		}
		v.Support, v.LogIndex = gov.Support(support), uint(idx)
		votes = append(votes, v)
	}
	if err := r.Done(); err != nil {
		return fmt.Errorf("governor history: %w", err)
	}
	if lastIndex > math.MaxUint32 {
		return fmt.Errorf("governor history: %w: log index %d", wire.ErrCorrupt, lastIndex)
	}
	h.props, h.index, h.queuedEta, h.votes = props, index, queuedEta, votes
	h.applied, h.lastBlock, h.lastIndex = applied, lastBlock, uint(lastIndex)
	return nil
}
