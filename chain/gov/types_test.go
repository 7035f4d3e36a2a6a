package gov

import (
	"math/big"
	"testing"
)

func TestVotingOpened(t *testing.T) {
	zero := func() *big.Int { return new(big.Int) }
	tests := []struct {
		name  string
		p     Proposal
		clock ClockMode
		want  bool
	}{
		{"pending", Proposal{State: Pending}, ClockBlockNumber, false},
		{"active", Proposal{State: Active}, ClockBlockNumber, true},
		{"defeated", Proposal{State: Defeated}, ClockTimestamp, true},
		{"canceled while pending", Proposal{State: Canceled, VoteStart: 100, CanceledBlock: 90, For: zero(), Against: zero(), Abstain: zero()}, ClockBlockNumber, false},
		{"canceled while active", Proposal{State: Canceled, VoteStart: 100, CanceledBlock: 120, For: zero(), Against: zero(), Abstain: zero()}, ClockBlockNumber, true},
		{"canceled, timestamp clock, no votes", Proposal{State: Canceled, VoteStart: 1e9, CanceledBlock: 120, For: zero(), Against: zero(), Abstain: zero()}, ClockTimestamp, false},
		{"canceled, unknown clock, votes", Proposal{State: Canceled, CanceledBlock: 120, For: big.NewInt(5), Against: zero(), Abstain: zero()}, "", true},
		{"canceled, no tallies", Proposal{State: Canceled}, "", false},
	}
	for _, tt := range tests {
		if got := tt.p.VotingOpened(tt.clock); got != tt.want {
			t.Errorf("%s: VotingOpened = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestQuorumRule(t *testing.T) {
	p := Proposal{For: big.NewInt(60), Abstain: big.NewInt(50), Quorum: big.NewInt(100), QuorumAbstain: true}
	if !p.QuorumReached() || p.QuorumVotes().Int64() != 110 {
		t.Errorf("for+abstain: reached %v, votes %s", p.QuorumReached(), p.QuorumVotes())
	}
	p.QuorumAbstain = false // Bravo, CompatibilityBravo, Alpha: For only
	if p.QuorumReached() || p.QuorumVotes().Int64() != 60 {
		t.Errorf("for only: reached %v, votes %s", p.QuorumReached(), p.QuorumVotes())
	}
}

func TestKindShort(t *testing.T) {
	for k, want := range map[Kind]string{
		{Family: FamilyOZ5, Counting: CountingSimple}:                            "OZ Governor v5",
		{Family: FamilyOZ5, Counting: CountingFractional, Clock: ClockTimestamp}: "OZ Governor v5 · fractional · timestamp clock",
		{Family: FamilyOZ4, Counting: CountingCompatBravo}:                       "OZ Governor v4 · CompatibilityBravo",
		{Family: FamilyBravo, Counting: CountingBravo}:                           "GovernorBravo",
		{Family: FamilyAlpha, Counting: CountingAlpha, Clock: ClockBlockNumber}:  "GovernorAlpha",
	} {
		if got := k.Short(); got != want {
			t.Errorf("%+v: %q, want %q", k, got, want)
		}
	}
}
