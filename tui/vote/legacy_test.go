package vote_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/ui"
	. "github.com/daoterm/daoterm/tui/vote"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// A vote on a legacy governor's proposal takes that governor's form: on a
// GovernorBravo DAO, a proposal of its legacy GovernorAlpha offers no
// Abstain; the DAO's own proposals still do.
func TestLegacyProposalVoteTakesItsGovernorsKind(t *testing.T) {
	bravo := gov.Kind{Family: gov.FamilyBravo, Counting: gov.CountingBravo}
	alpha := common.HexToAddress("0x5e4be8Bc9637f0EAA1A755019e06A68ce081D58F")
	h := harnessFor(t, bravo)
	h.m.SetInfo(&ui.DAOInfo{
		Governor: gov.Info{Address: votetest.Governor, Token: votetest.Token, Kind: bravo},
		Token:    treasury.Asset{Address: votetest.Token, Symbol: "MCG", Decimals: 18},
		Legacy:   map[common.Address]gov.Kind{alpha: {Family: gov.FamilyAlpha, Counting: gov.CountingAlpha}},
	})
	p := proposal(gov.Active)
	p.Governor = alpha
	h.start(Request{Kind: KindVote, Proposal: p})
	if v := h.view(); !strings.Contains(v, "there is no Abstain") {
		t.Fatalf("a legacy Alpha proposal's choices:\n%s", v)
	}
	h.press("esc")
	h.start(Request{Kind: KindVote, Proposal: proposal(gov.Active)})
	if v := h.view(); strings.Contains(v, "there is no Abstain") || !strings.Contains(v, "Abstain") {
		t.Fatalf("the Bravo's own proposal's choices:\n%s", v)
	}
}
