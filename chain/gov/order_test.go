package gov

import (
	"math/big"
	"testing"
)

// TestSortNewestFirst: newest block first and, within a block, the later
// ProposalCreated log first, whatever the input order.
func TestSortNewestFirst(t *testing.T) {
	p := func(id int64, block uint64, log uint) Proposal {
		return Proposal{ID: big.NewInt(id), CreatedBlock: block, CreatedLog: log}
	}
	for _, in := range [][]Proposal{
		{p(1, 10, 0), p(2, 10, 3), p(3, 11, 1), p(4, 12, 0), p(5, 12, 7)}, // creation order
		{p(5, 12, 7), p(3, 11, 1), p(1, 10, 0), p(4, 12, 0), p(2, 10, 3)}, // shuffled
	} {
		SortNewestFirst(in)
		var got []int64
		for _, q := range in {
			got = append(got, q.ID.Int64())
		}
		want := []int64{5, 4, 3, 2, 1}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("order %v, want %v", got, want)
			}
		}
	}
	a, b := p(1, 10, 2), p(2, 10, 5)
	if CompareCreated(&a, &b) >= 0 || CompareCreated(&b, &a) <= 0 || CompareCreated(&a, &a) != 0 {
		t.Error("CompareCreated does not order by log index within a block")
	}
}
