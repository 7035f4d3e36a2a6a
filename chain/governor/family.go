package governor

import (
	"context"
	"fmt"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"math/big"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
)

// family is what one governor family reads and writes its own way. Each
// family has one implementation: ozFamily (family_oz.go: OpenZeppelin v4 and
// v5 in every counting mode) and compoundFamily (family_compound.go:
// GovernorBravo and GovernorAlpha). Everything else — listing proposals from
// logs, folding votes, batching calls — is shared by the Reader.
type family interface {
	// kind returns what detection found.
	kind() gov.Kind
	// tokenGetters names the argument-less getters that may return the
	// voting token, in the order to try them.
	tokenGetters() []string
	// sharedCalls lists the calls a proposals read makes once, whatever the
	// number of proposals (clock(), quorumVotes()).
	sharedCalls() ([]query.Call, error)
	// proposalCalls lists the calls that read one proposal at block.
	proposalCalls(p *gov.Proposal, block uint64) ([]query.Call, error)
	// readProposal decodes the results of proposalCalls (res) and
	// sharedCalls (shared) into p. queuedEta is the ProposalQueued event's
	// eta, 0 when none was seen.
	readProposal(p *gov.Proposal, res, shared []query.Result, block, queuedEta uint64) error
	// voteCall encodes a vote. split is set for a fractional vote.
	voteCall(id *big.Int, support gov.Support, reason string, split *gov.Split) (*gov.Call, error)
	// queueCall and executeCall encode queue and execute of p.
	queueCall(p *gov.Proposal) (*gov.Call, error)
	executeCall(p *gov.Proposal) (*gov.Call, error)
}

// probeMethods are the calls detection makes, in one CallAt (see
// ../shared/GOVERNOR-FAMILIES.md §5 for what each family answers).
var probeMethods = []string{"COUNTING_MODE", "CLOCK_MODE", "proposalNeedsQueuing", "proposals", "initialProposalId", "quorumVotes", "name", "votingPeriod"}

// Proposal struct sizes returned by proposals(id), in bytes.
const (
	alphaProposalBytes = 9 * 32  // GovernorAlpha
	bravoProposalBytes = 10 * 32 // GovernorBravo and GovernorCompatibilityBravo
	nounsProposalBytes = 15 * 32 // NounsDAOLogic
)

// detect probes the contract at addr and returns the implementation of its
// family. override, when not empty, names the family to use whatever the
// probes say (the config's family key); its counting mode still comes from
// COUNTING_MODE() when the contract has one.
//
// The same CallAt reads the getters extra names (argument-less), whose
// results it returns by name with the probe's.
func detect(ctx context.Context, c Chain, a *contractABI, addr common.Address, block uint64, override gov.Family, extra []string) (family, map[string]query.Result, error) {
	methods := slices.Clone(probeMethods)
	for _, m := range extra {
		if !slices.Contains(methods, m) {
			methods = append(methods, m)
		}
	}
	calls := make([]query.Call, len(methods))
	for i, m := range methods {
		var args []any
		if m == "proposalNeedsQueuing" || m == "proposals" {
			args = []any{new(big.Int)}
		}
		data, err := a.pack(m, args...)
		if err != nil {
			return nil, nil, err
		}
		calls[i] = query.Call{To: addr, Data: data}
	}
	res, err := c.CallAt(ctx, block, calls)
	if err != nil {
		return nil, nil, fmt.Errorf("probing governor %s at block %d: %w", addr.Hex(), block, err)
	}
	if len(res) != len(calls) {
		return nil, nil, fmt.Errorf("probing governor %s at block %d: %d results for %d calls", addr.Hex(), block, len(res), len(calls))
	}
	ok := func(i int) bool { return res[i].Err == nil && len(res[i].Data) > 0 }
	mode, modeErr := "", error(nil)
	if ok(0) {
		mode, modeErr = a.callString("COUNTING_MODE", res[0].Data)
	}
	clock := gov.ClockBlockNumber
	if ok(1) {
		s, err := a.callString("CLOCK_MODE", res[1].Data)
		if err == nil {
			clock, err = ParseClockMode(s)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("governor %s: CLOCK_MODE(): %w", addr.Hex(), err)
		}
	}
	fam := override
	if fam == "" {
		switch {
		case ok(0) && modeErr == nil && ok(2):
			fam = gov.FamilyOZ5
		case ok(0) && modeErr == nil:
			fam = gov.FamilyOZ4
		case ok(3) && len(res[3].Data) == bravoProposalBytes:
			fam = gov.FamilyBravo
		case ok(3) && len(res[3].Data) == alphaProposalBytes:
			fam = gov.FamilyAlpha
		case ok(3) && len(res[3].Data) == nounsProposalBytes:
			return nil, nil, &readerError{kind: ErrNotGovernor, msg: fmt.Sprintf(
				"%s on chain %s looks like a Nouns DAO governor (proposals(0) returns %d words), which daoterm cannot read yet; supported: %s",
				addr.Hex(), c.ChainID(), nounsProposalBytes/32, supportedList())}
		default:
			return nil, nil, &readerError{kind: ErrNotGovernor, msg: fmt.Sprintf(
				"%s on chain %s is not a governor daoterm can read (%s; supported: %s): check --governor, or set family in the config if it is one",
				addr.Hex(), c.ChainID(), probeSummary(a, res), supportedList())}
		}
	}
	k := gov.Kind{Family: fam, Clock: gov.ClockBlockNumber, Counting: gov.CountingBravo}
	switch fam {
	case gov.FamilyOZ5, gov.FamilyOZ4:
		if modeErr != nil {
			return nil, nil, fmt.Errorf("governor %s: COUNTING_MODE(): %w", addr.Hex(), modeErr)
		}
		if k, err = ozKind(fam, mode, clock); err != nil {
			return nil, nil, fmt.Errorf("governor %s: %w", addr.Hex(), err)
		}
	case gov.FamilyAlpha:
		k.Counting = gov.CountingAlpha
	}
	impl, err := newFamily(a, addr, k)
	if err != nil {
		return nil, nil, err
	}
	byName := make(map[string]query.Result, len(methods))
	for i, m := range methods {
		byName[m] = res[i]
	}
	return impl, byName, nil
}

// newFamily returns the implementation of k's family for the governor at
// addr.
func newFamily(a *contractABI, addr common.Address, k gov.Kind) (family, error) {
	switch k.Family {
	case gov.FamilyOZ5, gov.FamilyOZ4:
		return &ozFamily{a: a, addr: addr, k: k}, nil
	case gov.FamilyBravo, gov.FamilyAlpha:
		return &compoundFamily{a: a, addr: addr, k: k}, nil
	}
	return nil, fmt.Errorf("family %q is not one daoterm reads (supported: %s)", k.Family, supportedList())
}

// ozKind interprets an OpenZeppelin COUNTING_MODE() such as
// "support=bravo&quorum=for,abstain", "support=bravo&quorum=bravo" or
// "support=bravo,fractional&quorum=for,abstain&params=fractional".
func ozKind(fam gov.Family, mode string, clock gov.ClockMode) (gov.Kind, error) {
	k := gov.Kind{Family: fam, Counting: gov.CountingSimple, CountingMode: mode, Clock: clock}
	var support, quorum, params []string
	for _, part := range strings.Split(mode, "&") {
		key, v, _ := strings.Cut(part, "=")
		vals := strings.Split(v, ",")
		switch key {
		case "support":
			support = vals
		case "quorum":
			quorum = vals
		case "params":
			params = vals
		}
	}
	if !slices.Contains(support, "bravo") && mode != "" {
		return k, fmt.Errorf("COUNTING_MODE() is %q: daoterm reads governors whose support is \"bravo\" (against, for, abstain)", truncate(mode, 80))
	}
	switch {
	case slices.Contains(quorum, "bravo"):
		k.Counting = gov.CountingCompatBravo
	case slices.Contains(params, "fractional") || slices.Contains(support, "fractional"):
		k.Counting = gov.CountingFractional
	}
	k.QuorumAbstain = slices.Contains(quorum, "abstain") || mode == ""
	return k, nil
}

// probeSummary says what the detection probes answered, for an error.
func probeSummary(a *contractABI, res []query.Result) string {
	parts := make([]string, 0, len(probeMethods))
	for i, m := range probeMethods {
		switch {
		case res[i].Err != nil:
			parts = append(parts, m+"() reverted")
		case len(res[i].Data) == 0:
			parts = append(parts, m+"() returned nothing")
		default:
			parts = append(parts, fmt.Sprintf("%s() returned %d bytes", m, len(res[i].Data)))
		}
	}
	return "probed " + strings.Join(parts, ", ")
}

// supportedList names the supported families for error messages.
func supportedList() string {
	names := make([]string, 0, 4)
	for _, f := range gov.Families() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// word returns the i-th 32-byte word of data as a number.
func word(data []byte, i int) *big.Int {
	return new(big.Int).SetBytes(data[32*i : 32*i+32])
}

// wordUint64 returns the i-th word of data, failing when it does not fit.
func wordUint64(data []byte, i int, what string) (uint64, error) {
	return bigToUint64(word(data, i), what)
}

// abiT is a parsed ABI.
type abiT = abi.ABI
