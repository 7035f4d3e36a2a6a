package governor

import (
	"fmt"
	"math/big"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/ethereum/go-ethereum/common"
)

// Writer encodes the write calls of one governor in its family's form:
// votes (with a reason, or split where the governor counts fractionally),
// queue and execute. It makes no request; a signer simulates, reviews and
// signs what it builds.
type Writer struct {
	addr common.Address
	fam  family
}

// Writer returns the writer of r's governor.
func (r *Reader) Writer() *Writer { return &Writer{addr: r.addr, fam: r.fam} }

// NewWriter returns a writer for a governor at addr of a known kind, with no
// client (for tests and for callers that detected the kind before).
func NewWriter(addr common.Address, k gov.Kind) (*Writer, error) {
	a, err := parseABI()
	if err != nil {
		return nil, err
	}
	fam, err := newFamily(a, addr, k)
	if err != nil {
		return nil, err
	}
	return &Writer{addr: addr, fam: fam}, nil
}

// Address returns the governor's address.
func (w *Writer) Address() common.Address { return w.addr }

// Kind returns the governor's kind.
func (w *Writer) Kind() gov.Kind { return w.fam.kind() }

// VoteCall encodes a vote on proposal id: for, against or abstain with an
// optional reason, or a split (support gov.Fractional) where the governor
// counts fractionally. A vote the family cannot express (abstain or a reason
// on GovernorAlpha, a split on a non-fractional governor) is an error that
// says so.
func (w *Writer) VoteCall(id *big.Int, support gov.Support, reason string, split *gov.Split) (*gov.Call, error) {
	if id == nil || id.Sign() < 0 || id.BitLen() > 256 {
		return nil, fmt.Errorf("proposal id must be a uint256")
	}
	return w.fam.voteCall(id, support, reason, split)
}

// QueueCall encodes queueing p.
func (w *Writer) QueueCall(p *gov.Proposal) (*gov.Call, error) { return w.fam.queueCall(p) }

// ExecuteCall encodes executing p. Compound governors forward the
// proposal's ETH values, so the call's Value may be non-zero.
func (w *Writer) ExecuteCall(p *gov.Proposal) (*gov.Call, error) { return w.fam.executeCall(p) }
