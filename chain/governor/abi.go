package governor

import (
	"fmt"
	"github.com/daoterm/daoterm/chain/abisafe"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// governorABI is the part of the OpenZeppelin IGovernor interface (v4 and v5)
// and its common extensions that the reader uses, written by hand so that the
// reader works against any OpenZeppelin Governor, not only daoterm's demo.
// The events have the same signatures in OZ v4, v5 and GovernorBravo.
const governorABI = `[
{"type":"function","name":"name","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"version","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"COUNTING_MODE","stateMutability":"pure","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"CLOCK_MODE","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"clock","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint48"}]},
{"type":"function","name":"token","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"timelock","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"votingDelay","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"votingPeriod","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalThreshold","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"state","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint8"}]},
{"type":"function","name":"proposalVotes","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"againstVotes","type":"uint256"},{"name":"forVotes","type":"uint256"},{"name":"abstainVotes","type":"uint256"}]},
{"type":"function","name":"quorum","stateMutability":"view","inputs":[{"name":"timepoint","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalEta","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalDeadline","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"event","name":"ProposalCreated","anonymous":false,"inputs":[
 {"name":"proposalId","type":"uint256","indexed":false},
 {"name":"proposer","type":"address","indexed":false},
 {"name":"targets","type":"address[]","indexed":false},
 {"name":"values","type":"uint256[]","indexed":false},
 {"name":"signatures","type":"string[]","indexed":false},
 {"name":"calldatas","type":"bytes[]","indexed":false},
 {"name":"voteStart","type":"uint256","indexed":false},
 {"name":"voteEnd","type":"uint256","indexed":false},
 {"name":"description","type":"string","indexed":false}]},
{"type":"event","name":"ProposalQueued","anonymous":false,"inputs":[
 {"name":"proposalId","type":"uint256","indexed":false},
 {"name":"etaSeconds","type":"uint256","indexed":false}]},
{"type":"event","name":"ProposalExecuted","anonymous":false,"inputs":[
 {"name":"proposalId","type":"uint256","indexed":false}]},
{"type":"event","name":"ProposalCanceled","anonymous":false,"inputs":[
 {"name":"proposalId","type":"uint256","indexed":false}]},
{"type":"event","name":"VoteCast","anonymous":false,"inputs":[
 {"name":"voter","type":"address","indexed":true},
 {"name":"proposalId","type":"uint256","indexed":false},
 {"name":"support","type":"uint8","indexed":false},
 {"name":"weight","type":"uint256","indexed":false},
 {"name":"reason","type":"string","indexed":false}]},
{"type":"event","name":"VoteCastWithParams","anonymous":false,"inputs":[
 {"name":"voter","type":"address","indexed":true},
 {"name":"proposalId","type":"uint256","indexed":false},
 {"name":"support","type":"uint8","indexed":false},
 {"name":"weight","type":"uint256","indexed":false},
 {"name":"reason","type":"string","indexed":false},
 {"name":"params","type":"bytes","indexed":false}]}
]`

// contractABI is the parsed governorABI. It is built once by the reader (the
// JSON is a constant, so parsing cannot fail at run time; mustParse checks it
// in tests).
type contractABI struct {
	abi.ABI
	compound abi.ABI // compoundABI
	write    abi.ABI // writeABI

	created, queued, executed, canceled     common.Hash // event topic0s
	voteCast, voteCastParams, voteCastAlpha common.Hash
}

// parseABI parses governorABI.
func parseABI() (*contractABI, error) {
	a, err := abi.JSON(strings.NewReader(governorABI))
	if err != nil {
		return nil, fmt.Errorf("parsing the built-in Governor ABI: %w", err)
	}
	comp, err := abi.JSON(strings.NewReader(compoundABI))
	if err != nil {
		return nil, fmt.Errorf("parsing the built-in Compound governor ABI: %w", err)
	}
	write, err := abi.JSON(strings.NewReader(writeABI))
	if err != nil {
		return nil, fmt.Errorf("parsing the built-in governor write ABI: %w", err)
	}
	return &contractABI{
		ABI:            a,
		compound:       comp,
		write:          write,
		voteCastAlpha:  comp.Events["VoteCast"].ID,
		created:        a.Events["ProposalCreated"].ID,
		queued:         a.Events["ProposalQueued"].ID,
		executed:       a.Events["ProposalExecuted"].ID,
		canceled:       a.Events["ProposalCanceled"].ID,
		voteCast:       a.Events["VoteCast"].ID,
		voteCastParams: a.Events["VoteCastWithParams"].ID,
	}, nil
}

// pack encodes a call to method. The methods and their arguments are fixed in
// this package, so an error here is a programming mistake; it is still
// returned rather than panicking.
func (a *contractABI) pack(method string, args ...any) ([]byte, error) {
	data, err := a.abiOf(method).Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encoding Governor.%s: %w", method, err)
	}
	return data, nil
}

// unpack decodes the return data of method; malformed data is an error,
// never a panic.
func (a *contractABI) unpack(method string, data []byte) ([]any, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("%s() returned no data (the contract has no such function?)", method)
	}
	out, err := abisafe.Unpack(a.abiOf(method), method, data)
	if err != nil {
		return nil, fmt.Errorf("malformed return data of %s(): %w", method, err)
	}
	return out, nil
}

// abiOf returns the ABI that declares the view method: governorABI, else
// compoundABI.
func (a *contractABI) abiOf(method string) *abi.ABI {
	if _, ok := a.Methods[method]; ok {
		return &a.ABI
	}
	return &a.compound
}

// eventName returns the name of the governor event with topic0 id, or "".
func (a *contractABI) eventName(id common.Hash) string {
	ev, err := a.EventByID(id)
	if err != nil {
		return ""
	}
	return ev.Name
}

// compoundABI is the part of Compound's GovernorAlpha and GovernorBravo (and
// OpenZeppelin's GovernorCompatibilityBravo) that differs from governorABI:
// proposals(id) is decoded word by word (9 words in Alpha, 10 in Bravo), so it
// is declared here with no outputs. Alpha's VoteCast has a bool support and no
// indexed voter, so its topic0 differs.
const compoundABI = `[
{"type":"function","name":"proposals","stateMutability":"view","inputs":[{"name":"id","type":"uint256"}],"outputs":[]},
{"type":"function","name":"proposalCount","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"initialProposalId","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"quorumVotes","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"comp","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"uni","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"proposalNeedsQueuing","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"castVote","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"bool"}],"outputs":[]},
{"type":"function","name":"queue","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[]},
{"type":"function","name":"execute","stateMutability":"payable","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[]},
{"type":"event","name":"VoteCast","anonymous":false,"inputs":[
 {"name":"voter","type":"address","indexed":false},
 {"name":"proposalId","type":"uint256","indexed":false},
 {"name":"support","type":"bool","indexed":false},
 {"name":"votes","type":"uint256","indexed":false}]}
]`

// writeABI holds the write calls of OpenZeppelin governors and GovernorBravo
// (castVote and castVoteWithReason have the same selectors in both).
const writeABI = `[
{"type":"function","name":"castVote","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"}],"outputs":[]},
{"type":"function","name":"castVoteWithReason","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"},{"name":"reason","type":"string"}],"outputs":[]},
{"type":"function","name":"castVoteWithReasonAndParams","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"},{"name":"reason","type":"string"},{"name":"params","type":"bytes"}],"outputs":[]},
{"type":"function","name":"queue","stateMutability":"nonpayable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[]},
{"type":"function","name":"execute","stateMutability":"payable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[]}
]`
