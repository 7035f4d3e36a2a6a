package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/daoterm/daoterm/chain/contracts"
)

// TestScaleSmall seeds the scale scenario at a small size and checks the chain holds
// what it says: the transfers and holders, the delegations, the proposals and the votes,
// and how the transfers share blocks: about PerBlock a block, or packed.
func TestScaleSmall(t *testing.T) {
	t.Run("per-block", func(t *testing.T) { testScaleSmall(t, false) })
	t.Run("packed", func(t *testing.T) { testScaleSmall(t, true) })
}

func testScaleSmall(t *testing.T, packed bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	sc := ScaleConfig{Seed: 3, Transfers: 300, Holders: 120, Delegations: 10, Proposals: 6, Votes: 25, PerBlock: 20, Packed: packed}
	var steps []string
	n, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	dao, err := SeedScale(ctx, n, sc, func(what string, done, total int) {
		if done > total {
			t.Errorf("%s: %d of %d", what, done, total)
		}
		if len(steps) == 0 || steps[len(steps)-1] != what {
			steps = append(steps, what)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"transfers", "delegations", "transfers", "proposals", "votes"}; len(steps) != len(want) {
		t.Errorf("progress steps %v, want %v", steps, want)
	}
	ec := ethclient.NewClient(n.Attach())
	defer ec.Close()

	// Transfer logs: one per transfer (and the mint).
	tok := contracts.NewDaoToken()
	transfer := tok.GetABI().Events["Transfer"].ID
	delegated := tok.GetABI().Events["DelegateChanged"].ID
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{dao.Token}, Topics: [][]common.Hash{{transfer, delegated}}})
	if err != nil {
		t.Fatal(err)
	}
	counts := map[common.Hash]int{}
	holders := map[common.Address]bool{}
	for _, l := range logs {
		counts[l.Topics[0]]++
		if l.Topics[0] == transfer {
			holders[common.BytesToAddress(l.Topics[2][12:])] = true
		}
	}
	if counts[transfer] != sc.Transfers+1 || counts[delegated] != sc.Delegations {
		t.Errorf("%d transfers and %d delegations on chain, want %d (+ the mint) and %d", counts[transfer], counts[delegated], sc.Transfers, sc.Delegations)
	}
	if len(holders) != sc.Holders+1 { // + the seeder, minted to
		t.Errorf("%d receivers, want %d holders and the seeder", len(holders), sc.Holders)
	}
	// The seeder's transfers per block.
	perBlock := map[uint64]int{}
	for _, l := range logs {
		if l.Topics[0] == transfer && common.BytesToAddress(l.Topics[1][12:]) == dao.Seeder {
			perBlock[l.BlockNumber]++
		}
	}
	most, short := 0, 0
	for _, k := range perBlock {
		most = max(most, k)
		if k < sc.PerBlock/2 {
			short++
		}
	}
	switch {
	case packed && most < 100:
		t.Errorf("packed: at most %d transfers a block, want the calls filled", most)
	case !packed && (most > sc.PerBlock*3/2 || short > 2): // the last call of each phase may be short
		t.Errorf("%d per block: blocks of up to %d transfers, %d blocks under half of it (%v)", sc.PerBlock, most, short, perBlock)
	}
	call := func(to common.Address, data []byte) []byte {
		out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// The seeder handed out everything.
	if b, _ := tok.UnpackBalanceOf(call(dao.Token, tok.PackBalanceOf(dao.Seeder))); b == nil || b.Sign() != 0 {
		t.Errorf("the seeder keeps %v", b)
	}
	// Every proposal is Active with its votes cast.
	gov := contracts.NewDaoGovernor()
	if len(dao.ProposalIDs) != sc.Proposals {
		t.Fatalf("%d proposal ids", len(dao.ProposalIDs))
	}
	total := 0
	for _, id := range dao.ProposalIDs {
		st, err := gov.UnpackState(call(dao.Governor, gov.PackState(id)))
		if err != nil || StateName(st) != "active" {
			t.Errorf("proposal %s: state %d, %v", id, st, err)
		}
		pv, err := gov.UnpackProposalVotes(call(dao.Governor, gov.PackProposalVotes(id)))
		if err != nil {
			t.Fatal(err)
		}
		sum := new(big.Int).Add(pv.ForVotes, pv.AgainstVotes)
		sum.Add(sum, pv.AbstainVotes)
		if sum.Sign() == 0 {
			t.Errorf("proposal %s has no votes", id)
		}
		total++
	}
	voteCast := gov.GetABI().Events["VoteCast"].ID
	vl, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{dao.Governor}, Topics: [][]common.Hash{{voteCast}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(vl) != sc.Votes {
		t.Errorf("%d VoteCast logs, want %d", len(vl), sc.Votes)
	}
	// Sizes that do not fit are refused before anything is sent.
	if _, err := SeedScale(ctx, n, ScaleConfig{Transfers: 10, Holders: 20}, nil); err == nil {
		t.Error("more holders than transfers accepted")
	}
	if _, err := SeedScale(ctx, n, ScaleConfig{Transfers: 100, Holders: 10, Delegations: 2, Proposals: 1, Votes: 5}, nil); err == nil {
		t.Error("more votes than voters accepted")
	}
	if _, err := SeedScale(ctx, n, ScaleConfig{Transfers: 100, Holders: 10, PerBlock: ScaleMaxPerBlock + 1}, nil); err == nil {
		t.Errorf("%d transfers a block accepted: a call of 1.5 times that is over the gas cap", ScaleMaxPerBlock+1)
	}
}
