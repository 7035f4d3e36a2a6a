package governor

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/chain/addr"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/ethereum/go-ethereum/common"
)

// Set is a DAO's governors: the current one first, then its legacy ones —
// earlier governors whose proposals are part of the DAO's history (Uniswap's
// two GovernorAlphas before its GovernorBravo; the Alpha a Bravo was
// initiated from, whose ids the Bravo continues). Each is read through its
// own family's reader; a Set only unites them. It is safe for concurrent
// use.
type Set struct {
	readers []*Reader // the current governor first
	skipped []Skipped // legacy governors that could not be read
}

// Skipped is a legacy governor a Set does not read, and why.
type Skipped struct {
	Address common.Address
	Err     error // matches ErrNotGovernor or ErrNoCode
}

// NewSet returns the Set of current and the legacy governors at legacy,
// each detected on its own (a legacy governor may be a GovernorAlpha while
// the current one is a Bravo). A legacy address that holds no code or no
// governor of a supported family is left out with a note (Notes), not an
// error: the current governor's reads do not depend on it. Other failures
// (the RPC) are errors. The current governor and repeats are skipped.
func NewSet(ctx context.Context, c Chain, current *Reader, legacy []common.Address) (*Set, error) {
	s := &Set{readers: []*Reader{current}}
	for _, a := range legacy {
		if slices.ContainsFunc(s.readers, func(r *Reader) bool { return r.addr == a }) {
			continue
		}
		r, err := New(ctx, c, a)
		switch {
		case errors.Is(err, ErrNotGovernor) || errors.Is(err, ErrNoCode):
			s.skipped = append(s.skipped, Skipped{Address: a, Err: err})
			continue
		case err != nil:
			return nil, fmt.Errorf("legacy governor %s: %w", a.Hex(), err)
		}
		s.readers = append(s.readers, r)
	}
	return s, nil
}

// Readers returns the readers, the current governor's first.
func (s *Set) Readers() []*Reader { return slices.Clone(s.readers) }

// Current returns the current governor's reader.
func (s *Set) Current() *Reader { return s.readers[0] }

// Skipped lists the legacy governors that are not read, and why.
func (s *Set) Skipped() []Skipped { return slices.Clone(s.skipped) }

// Notes says which legacy governors are not read, and why, one line each.
func (s *Set) Notes() []string {
	out := make([]string, len(s.skipped))
	for i, k := range s.skipped {
		out[i] = fmt.Sprintf("legacy governor %s is not read: %v", k.Address.Hex(), k.Err)
	}
	return out
}

// Len returns how many governors are read.
func (s *Set) Len() int { return len(s.readers) }

// Reader returns the reader of the governor at a, if the Set reads it.
func (s *Set) Reader(a common.Address) (*Reader, bool) {
	for _, r := range s.readers {
		if r.addr == a {
			return r, true
		}
	}
	return nil, false
}

// Kind returns the kind of the governor a proposal lives on (p.Governor),
// or the current governor's when p names none the Set reads.
func (s *Set) Kind(p *gov.Proposal) gov.Kind {
	if r, ok := s.Reader(p.Governor); ok {
		return r.Kind()
	}
	return s.Current().Kind()
}

// Proposals returns the proposals of every governor created in blocks
// [from, block], in creation order (gov.CompareCreated), each naming its
// governor, with state and tallies read at block: each governor costs what
// Reader.Proposals costs.
func (s *Set) Proposals(ctx context.Context, from, block uint64) ([]gov.Proposal, error) {
	var out []gov.Proposal
	for _, r := range s.readers {
		props, err := r.Proposals(ctx, from, block)
		if err != nil {
			return nil, err
		}
		out = append(out, props...)
	}
	SortCreated(out)
	return out, nil
}

// Votes returns the votes cast on every governor in blocks [from, block],
// in chain order, each naming its governor.
func (s *Set) Votes(ctx context.Context, from, block uint64) ([]gov.Vote, error) {
	var out []gov.Vote
	for _, r := range s.readers {
		votes, err := r.Votes(ctx, from, block)
		if err != nil {
			return nil, err
		}
		out = append(out, votes...)
	}
	SortVotes(out)
	return out, nil
}

// SortCreated sorts proposals of several governors into creation order.
func SortCreated(props []gov.Proposal) {
	slices.SortStableFunc(props, func(a, b gov.Proposal) int { return gov.CompareCreated(&a, &b) })
}

// SortVotes sorts votes of several governors into chain order.
func SortVotes(votes []gov.Vote) {
	slices.SortStableFunc(votes, func(a, b gov.Vote) int {
		return cmp.Or(cmp.Compare(a.Block, b.Block), cmp.Compare(a.LogIndex, b.LogIndex))
	})
}

// Router encodes write calls for the governor each proposal lives on: a
// queue or execute of a legacy governor's proposal goes to that governor,
// in its family's form, never to the current one. It implements
// chain/signer's Encoder.
type Router struct {
	writers []*Writer // the current governor's first
}

// Router returns the Set's router.
func (s *Set) Router() *Router {
	ws := make([]*Writer, len(s.readers))
	for i, r := range s.readers {
		ws[i] = r.Writer()
	}
	return &Router{writers: ws}
}

// NewRouter returns a router over writers, the current governor's first.
func NewRouter(current *Writer, legacy ...*Writer) *Router {
	return &Router{writers: append([]*Writer{current}, legacy...)}
}

// Address returns the current governor's address.
func (r *Router) Address() common.Address { return r.writers[0].addr }

// Kind returns the current governor's kind.
func (r *Router) Kind() gov.Kind { return r.writers[0].Kind() }

// For returns the writer of the governor at a: the zero address names the
// current governor. It fails for a governor the router does not know,
// rather than sending to another contract.
func (r *Router) For(a common.Address) (*Writer, error) {
	if a == (common.Address{}) {
		return r.writers[0], nil
	}
	for _, w := range r.writers {
		if w.addr == a {
			return w, nil
		}
	}
	return nil, fmt.Errorf("governor %s is not one of this DAO's governors (%s): nothing is sent to it", a.Hex(), r.list())
}

func (r *Router) list() string {
	names := make([]string, len(r.writers))
	for i, w := range r.writers {
		names[i] = w.addr.Hex()
	}
	return strings.Join(names, ", ")
}

// VoteCall encodes a vote on proposal id of the current governor. A vote on
// a legacy governor's proposal is For(p.Governor).VoteCall.
func (r *Router) VoteCall(id *big.Int, support gov.Support, reason string, split *gov.Split) (*gov.Call, error) {
	return r.writers[0].VoteCall(id, support, reason, split)
}

// QueueCall encodes queueing p on its own governor (p.Governor).
func (r *Router) QueueCall(p *gov.Proposal) (*gov.Call, error) {
	w, err := r.forProposal(p)
	if err != nil {
		return nil, err
	}
	return w.QueueCall(p)
}

// ExecuteCall encodes executing p on its own governor (p.Governor).
func (r *Router) ExecuteCall(p *gov.Proposal) (*gov.Call, error) {
	w, err := r.forProposal(p)
	if err != nil {
		return nil, err
	}
	return w.ExecuteCall(p)
}

func (r *Router) forProposal(p *gov.Proposal) (*Writer, error) {
	if p == nil {
		return nil, errors.New("no proposal")
	}
	return r.For(p.Governor)
}

// ErrAmbiguous is returned by Find when the id names proposals of several
// legacy governors.
var ErrAmbiguous = errors.New("proposal id names proposals of several governors")

// Find finds a proposal of props (several governors' proposals) by ref:
// "ID", or "ADDR:ID" to name the governor. match says whether a proposal
// answers to an id (decimal, hex, prefix: the caller's syntax). Without a
// governor, the current governor's proposal wins, then a legacy governor's;
// an id that matches proposals of two legacy governors (two GovernorAlphas
// both count from 1) and none of the current one is an error matching
// ErrAmbiguous that lists the ADDR:ID forms. found is false when no
// proposal matches.
func Find(props []gov.Proposal, current common.Address, ref string, match func(p *gov.Proposal, id string) bool) (p *gov.Proposal, found bool, err error) {
	id := strings.TrimSpace(ref)
	var want *common.Address
	if a, rest, ok := strings.Cut(id, ":"); ok {
		g, err := addr.Parse(strings.TrimSpace(a))
		if err != nil {
			return nil, false, fmt.Errorf("%q: the part before the colon must be a governor's address (ADDR:ID): %s", ref, addr.Reason(err))
		}
		want, id = &g, strings.TrimSpace(rest)
	}
	var onCurrent, onLegacy []*gov.Proposal
	for i := range props {
		q := &props[i]
		if want != nil && q.Governor != *want || !match(q, id) {
			continue
		}
		if q.Governor == current || q.Governor == (common.Address{}) {
			onCurrent = append(onCurrent, q)
		} else {
			onLegacy = append(onLegacy, q)
		}
	}
	switch {
	case len(onCurrent) == 1:
		return onCurrent[0], true, nil
	case len(onCurrent) > 1:
		return nil, true, fmt.Errorf("proposal id %q is ambiguous (%d match): give more digits", id, len(onCurrent))
	case len(onLegacy) == 1:
		return onLegacy[0], true, nil
	case len(onLegacy) == 0:
		return nil, false, nil
	}
	forms := make([]string, len(onLegacy))
	govs := map[common.Address]bool{}
	for i, q := range onLegacy {
		forms[i] = q.Governor.Hex() + ":" + q.ID.String()
		govs[q.Governor] = true
	}
	if len(govs) == 1 {
		return nil, true, fmt.Errorf("proposal id %q is ambiguous (%d match): give more digits", id, len(onLegacy))
	}
	return nil, true, fmt.Errorf("%w: %q is on %d legacy governors; name the one you mean as ADDR:ID: %s",
		ErrAmbiguous, id, len(govs), strings.Join(forms, ", "))
}
