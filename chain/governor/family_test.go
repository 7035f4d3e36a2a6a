package governor

import (
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
)

// TestOZKindCountingModes checks how COUNTING_MODE() strings map to a kind.
func TestOZKindCountingModes(t *testing.T) {
	for _, tc := range []struct {
		mode          string
		counting      gov.Counting
		quorumAbstain bool
		split         bool
	}{
		{"support=bravo&quorum=for,abstain", gov.CountingSimple, true, false},
		{"support=bravo&quorum=bravo", gov.CountingCompatBravo, false, false},
		{"support=bravo,fractional&quorum=for,abstain&params=fractional", gov.CountingFractional, true, true},
		// ZKsync's: fractional, quorum counts For only.
		{"support=bravo&quorum=for&params=fractional", gov.CountingFractional, false, true},
		// No COUNTING_MODE at all: simple counting.
		{"", gov.CountingSimple, true, false},
	} {
		for _, fam := range []gov.Family{gov.FamilyOZ4, gov.FamilyOZ5} {
			k, err := ozKind(fam, tc.mode, gov.ClockTimestamp)
			if err != nil {
				t.Errorf("ozKind(%s, %q): %v", fam, tc.mode, err)
				continue
			}
			if k.Family != fam || k.Counting != tc.counting || k.QuorumAbstain != tc.quorumAbstain || k.Splits() != tc.split ||
				k.CountingMode != tc.mode || k.Clock != gov.ClockTimestamp || !k.HasAbstain() || !k.HasReason() {
				t.Errorf("ozKind(%s, %q) = %+v; want counting %s, quorumAbstain %t, split %t", fam, tc.mode, k, tc.counting, tc.quorumAbstain, tc.split)
			}
		}
	}
	for _, mode := range []string{"support=for&quorum=for", "quorum=for,abstain"} {
		if k, err := ozKind(gov.FamilyOZ5, mode, gov.ClockBlockNumber); err == nil {
			t.Errorf("ozKind(%q) = %+v, want an error (support is not bravo)", mode, k)
		}
	}
}
