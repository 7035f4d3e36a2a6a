package main

import (
	"bytes"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/config/registry"
	"github.com/ethereum/go-ethereum/common"
)

// decodeMap marshals v as the CLI prints it and decodes it into a map, so
// a test sees null as nil and a missing key as missing.
func decodeMap(t *testing.T, v any) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	if err := writeJSON(&buf, v); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// isNull reports whether key is present in m and null.
func isNull(m map[string]any, key string) bool {
	v, ok := m[key]
	return ok && v == nil
}

// TestJSONNulls: values that do not exist (yet) are null, not "0" or "":
// the quorum before the snapshot, the eta before queueing, abstain votes
// and reasons where the governor has none, a missing delegate, a split of
// a plain vote; values that exist are never null.
func TestJSONNulls(t *testing.T) {
	oz := gov.Kind{Family: gov.FamilyOZ5, Counting: gov.CountingSimple}
	alpha := gov.Kind{Family: gov.FamilyAlpha, Counting: gov.CountingAlpha}
	p := gov.Proposal{ID: big.NewInt(7), For: new(big.Int), Against: new(big.Int), Abstain: new(big.Int), Block: 9}
	m := decodeMap(t, toProposalJSON(&p, oz))
	for _, k := range []string{"quorum", "eta"} {
		if !isNull(m, k) {
			t.Errorf("pending proposal: %s = %v, want null", k, m[k])
		}
	}
	for _, k := range []string{"for_votes", "against_votes", "abstain_votes", "quorum_votes"} {
		if m[k] != "0" {
			t.Errorf("pending proposal: %s = %v, want \"0\" (no votes yet is a count)", k, m[k])
		}
	}
	p.Quorum, p.ETA = big.NewInt(400), 1_700_000_000
	m = decodeMap(t, toProposalJSON(&p, oz))
	if m["quorum"] != "400" || m["eta"] != float64(1_700_000_000) {
		t.Errorf("queued proposal: quorum %v eta %v", m["quorum"], m["eta"])
	}
	m = decodeMap(t, toProposalJSON(&p, alpha))
	if !isNull(m, "abstain_votes") {
		t.Errorf("GovernorAlpha: abstain_votes = %v, want null", m["abstain_votes"])
	}

	d := toProposalDetailJSON(&gov.Proposal{ID: big.NewInt(1), Targets: []common.Address{{}}, Values: []*big.Int{big.NewInt(0)}, Calldatas: [][]byte{{1}}},
		alpha, []gov.Vote{{Voter: common.Address{1}, Weight: big.NewInt(5), Support: gov.For}})
	dm := decodeMap(t, d)
	action := dm["actions"].([]any)[0].(map[string]any)
	vote := dm["votes"].([]any)[0].(map[string]any)
	if !isNull(action, "signature") || !isNull(vote, "reason") || !isNull(vote, "split") {
		t.Errorf("alpha detail: signature %v, reason %v, split %v; want null", action["signature"], vote["reason"], vote["split"])
	}
	d = toProposalDetailJSON(&gov.Proposal{ID: big.NewInt(1)}, oz, []gov.Vote{{Voter: common.Address{1}, Weight: big.NewInt(5), Support: gov.For}})
	if vote := decodeMap(t, d)["votes"].([]any)[0].(map[string]any); vote["reason"] != "" {
		t.Errorf("an OpenZeppelin vote without a reason: reason %v, want \"\"", vote["reason"])
	}

	h := decodeMap(t, holderJSON{Address: "0x", Balance: "1", Votes: "0"})
	if !isNull(h, "delegate") {
		t.Errorf("a holder without a delegate: delegate %v, want null", h["delegate"])
	}

	// The registry: blocks it does not know are null, not 0.
	for _, e := range registry.All() {
		r := decodeMap(t, toRegistryJSON(&e))
		if e.StartBlock == 0 && !isNull(r, "start_block") || e.StartBlock != 0 && r["start_block"] != float64(e.StartBlock) {
			t.Errorf("%s: start_block %v, registry %d", e.Slug, r["start_block"], e.StartBlock)
		}
		if e.Supported != isNull(r, "reason") {
			t.Errorf("%s: readable %v, reason %v", e.Slug, e.Supported, r["reason"])
		}
	}
}

// TestSharesCutTowardZero: the holders and delegates tables print shares
// cut toward zero (tui/format's rule), never rounded up: 99.995% is
// 99.99%, not 100.00%; the JSON share is cut too.
func TestSharesCutTowardZero(t *testing.T) {
	if got := percent(big.NewInt(99995), big.NewInt(100000)); got != "99.99%" {
		t.Errorf("percent = %q, want 99.99%%", got)
	}
	if got := percent(big.NewInt(2), big.NewInt(3)); got != "66.66%" {
		t.Errorf("percent = %q, want 66.66%%", got)
	}
	if got := share(big.NewInt(2), big.NewInt(3)); got != 0.66666666 {
		t.Errorf("share = %v, want 0.66666666", got)
	}
	if got := share(big.NewInt(999999999), big.NewInt(1000000000)); got >= 1 {
		t.Errorf("share = %v, rounded up to 1", got)
	}
}
