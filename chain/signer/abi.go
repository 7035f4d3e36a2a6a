package signer

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// governorABIJSON is the part of the OpenZeppelin Governor (v5, and v4 where
// the signatures agree) and ERC20Votes interfaces this package calls.
const governorABIJSON = `[
{"type":"function","name":"castVote","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"castVoteWithReason","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"},{"name":"reason","type":"string"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"castVoteBySig","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"},{"name":"voter","type":"address"},{"name":"signature","type":"bytes"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"queue","stateMutability":"nonpayable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"execute","stateMutability":"payable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"hashProposal","stateMutability":"pure","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"calldatas","type":"bytes[]"},{"name":"descriptionHash","type":"bytes32"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"hasVoted","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"},{"name":"account","type":"address"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"getVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"},{"name":"timepoint","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposals","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"id","type":"uint256"},{"name":"proposer","type":"address"},{"name":"eta","type":"uint256"},{"name":"startBlock","type":"uint256"}]},
{"type":"function","name":"getReceipt","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"},{"name":"voter","type":"address"}],"outputs":[{"name":"hasVoted","type":"bool"}]},
{"type":"function","name":"getPriorVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"},{"name":"blockNumber","type":"uint256"}],"outputs":[{"name":"","type":"uint96"}]},
{"type":"function","name":"comp","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"uni","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"proposalSnapshot","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalDeadline","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"proposalEta","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"state","stateMutability":"view","inputs":[{"name":"proposalId","type":"uint256"}],"outputs":[{"name":"","type":"uint8"}]},
{"type":"function","name":"name","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"version","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"token","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"nonces","stateMutability":"view","inputs":[{"name":"owner","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"BALLOT_TYPEHASH","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"bytes32"}]},
{"type":"function","name":"eip712Domain","stateMutability":"view","inputs":[],"outputs":[{"name":"fields","type":"bytes1"},{"name":"name","type":"string"},{"name":"version","type":"string"},{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"},{"name":"salt","type":"bytes32"},{"name":"extensions","type":"uint256[]"}]}
]`

// governorV4BySigJSON is OpenZeppelin v4's castVoteBySig (v, r, s).
const governorV4BySigJSON = `[
{"type":"function","name":"castVoteBySig","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"uint8"},{"name":"v","type":"uint8"},{"name":"r","type":"bytes32"},{"name":"s","type":"bytes32"}],"outputs":[{"name":"","type":"uint256"}]}
]`

// alphaBySigJSON is GovernorAlpha's castVoteBySig (bool support, v, r, s).
const alphaBySigJSON = `[
{"type":"function","name":"castVoteBySig","stateMutability":"nonpayable","inputs":[{"name":"proposalId","type":"uint256"},{"name":"support","type":"bool"},{"name":"v","type":"uint8"},{"name":"r","type":"bytes32"},{"name":"s","type":"bytes32"}],"outputs":[]}
]`

// tokenABIJSON is the part of an ERC20Votes token this package calls.
const tokenABIJSON = `[
{"type":"function","name":"delegate","stateMutability":"nonpayable","inputs":[{"name":"delegatee","type":"address"}],"outputs":[]},
{"type":"function","name":"delegates","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"address"}]},
{"type":"function","name":"getVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"symbol","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"decimals","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint8"}]}
]`

// abis holds the parsed ABIs. It is built by parseABIs and never mutated.
type abis struct {
	gov        abi.ABI
	govV4      abi.ABI
	alphaBySig abi.ABI
	token      abi.ABI
}

// loadABIs parses the embedded ABIs (constant input: an error is a bug).
func loadABIs() (*abis, error) {
	a := &abis{}
	var err error
	if a.gov, err = abi.JSON(strings.NewReader(governorABIJSON)); err != nil {
		return nil, fmt.Errorf("governor ABI: %w", err)
	}
	if a.govV4, err = abi.JSON(strings.NewReader(governorV4BySigJSON)); err != nil {
		return nil, fmt.Errorf("governor v4 ABI: %w", err)
	}
	if a.alphaBySig, err = abi.JSON(strings.NewReader(alphaBySigJSON)); err != nil {
		return nil, fmt.Errorf("governor alpha ABI: %w", err)
	}
	if a.token, err = abi.JSON(strings.NewReader(tokenABIJSON)); err != nil {
		return nil, fmt.Errorf("token ABI: %w", err)
	}
	return a, nil
}

// mustABIs is loadABIs for call sites where the input is constant; the
// parse is cheap and happens per call, so there is no package-level state.
func mustABIs() *abis {
	a, err := loadABIs()
	if err != nil {
		panic("signer: embedded ABI does not parse: " + err.Error())
	}
	return a
}
