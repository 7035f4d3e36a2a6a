package governor

import (
	"fmt"
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
	created, queued, executed, canceled common.Hash // event topic0s
	voteCast, voteCastParams            common.Hash
}

// parseABI parses governorABI.
func parseABI() (*contractABI, error) {
	a, err := abi.JSON(strings.NewReader(governorABI))
	if err != nil {
		return nil, fmt.Errorf("parsing the built-in Governor ABI: %w", err)
	}
	return &contractABI{
		ABI:            a,
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
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("encoding Governor.%s: %w", method, err)
	}
	return data, nil
}

// unpack decodes the return data of method, recovering from any panic in the
// ABI decoder on malformed data.
func (a *contractABI) unpack(method string, data []byte) (out []any, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("malformed return data of %s(): %v", method, r)
		}
	}()
	if len(data) == 0 {
		return nil, fmt.Errorf("%s() returned no data (the contract has no such function?)", method)
	}
	out, err = a.Unpack(method, data)
	if err != nil {
		return nil, fmt.Errorf("malformed return data of %s(): %w", method, err)
	}
	return out, nil
}

// eventName returns the name of the governor event with topic0 id, or "".
func (a *contractABI) eventName(id common.Hash) string {
	ev, err := a.EventByID(id)
	if err != nil {
		return ""
	}
	return ev.Name
}
