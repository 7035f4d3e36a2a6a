// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DaoGovernorMetaData contains all meta data concerning the DaoGovernor contract.
var DaoGovernorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"contractIVotes\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"votingDelay_\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"votingPeriod_\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumNumerator_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"queueWindow_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DaoGovernorInvalidQueueWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorAlreadyCastVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorAlreadyQueuedProposal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorDisabledDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"GovernorInsufficientProposerVotes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"calldatas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidProposalLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"quorumNumerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumDenominator\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidQuorumFraction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"GovernorInvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GovernorInvalidVoteType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"votingPeriod\",\"type\":\"uint256\"}],\"name\":\"GovernorInvalidVotingPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorNonexistentProposal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorOnlyExecutor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"GovernorProposalQueueingNotRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GovernorRestrictedProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"GovernorUnableToCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"current\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"GovernorUnexpectedProposalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"etaSeconds\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"getProposalId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalNeedsQueuing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newVotingDelay\",\"type\":\"uint48\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"newVotingPeriod\",\"type\":\"uint32\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DaoGovernor",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051614e6b380380614e6b83398101604081905261002f9161071f565b8582888787878d806100556040805180820190915260018152603160f81b602082015290565b61005e8261017f565b6101205261006b8161017f565b61014052815160208084019190912060e052815190820120610100524660a0526100f760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600361010c82826108bb565b506101189050836101c5565b6101218261022b565b61012a816102ca565b5050506001600160a01b0316610160526101438161030b565b5061014d816103a0565b50805f0361016e57604051635e345bdf60e01b815260040160405180910390fd5b6101805250610a0f95505050505050565b5f5f829050601f815111156101b2578260405163305a27a960e01b81526004016101a99190610979565b60405180910390fd5b80516101bd826109ae565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102535760405163f1cfbf0560e01b81525f60048201526024016101a9565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103385760405163243e544560e01b815260048101839052602481018290526044016101a9565b5f610341610409565b905061036061034e610422565b6103578561049c565b600a91906104d3565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f610414600a6104ed565b6001600160d01b0316905090565b5f61042d6101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015610486575060408051601f3d908101601f19168201909252610483918101906109d1565b60015b61049757610492610535565b905090565b919050565b5f6001600160d01b038211156104cf576040516306dfcc6560e41b815260d06004820152602481018390526044016101a9565b5090565b5f806104e085858561053f565b915091505b935093915050565b80545f90801561052c57610513836105066001846109ea565b5f91825260209091200190565b54660100000000000090046001600160d01b031661052e565b5f5b9392505050565b5f6104924361069b565b82545f908190801561063e575f61055b876105066001856109ea565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156105a157604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036105dd57825465ffffffffffff1666010000000000006001600160d01b03891602178355610630565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506104e592505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816104e5565b5f65ffffffffffff8211156104cf576040516306dfcc6560e41b815260306004820152602481018390526044016101a9565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610497575f5ffd5b805165ffffffffffff81168114610497575f5ffd5b805163ffffffff81168114610497575f5ffd5b5f5f5f5f5f5f5f5f610100898b031215610737575f5ffd5b88516001600160401b0381111561074c575f5ffd5b8901601f81018b1361075c575f5ffd5b80516001600160401b03811115610775576107756106cd565b604051601f8201601f19908116603f011681016001600160401b03811182821017156107a3576107a36106cd565b6040528181528282016020018d10156107ba575f5ffd5b8160208401602083015e5f60208383010152809a505050506107de60208a016106e1565b96506107ec60408a016106e1565b95506107fa60608a016106f7565b945061080860808a0161070c565b60a08a015160c08b015160e0909b0151999c989b5096999598909790945092505050565b600181811c9082168061084057607f821691505b60208210810361085e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156108b657828211156108b657805f5260205f20601f840160051c602085101561088f57505f5b90810190601f840160051c035f5b818110156108b2575f8382015560010161089d565b5050505b505050565b81516001600160401b038111156108d4576108d46106cd565b6108e8816108e2845461082c565b84610864565b6020601f82116001811461091a575f83156109035750848201515b5f19600385901b1c1916600184901b178455610972565b5f84815260208120601f198516915b828110156109495787850151825560209485019460019092019101610929565b508482101561096657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561085e575f1960209190910360031b1b16919050565b5f602082840312156109e1575f5ffd5b61052e826106f7565b81810381811115610a0957634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051610180516143d4610a975f395f81816107f40152610e6c01525f8181610a0e01528181610f23015281816112c301528181611ec8015261214301525f611e0e01525f611de301525f612f2201525f612efa01525f612e5501525f612e7f01525f612ea901526143d45ff3fe6080604052600436106102c2575f3560e01c806384b0196e1161016f578063bc197c81116100d8578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc1146109a3578063f23a6e61146109c2578063f8ce560a146109e1578063fc0c546a14610a00575f5ffd5b8063deaaa7cc14610932578063e540d01d14610965578063eb9019d414610984575f5ffd5b8063bc197c8114610860578063c01f9e371461087f578063c28bc2fa1461089e578063c59057e4146108b1578063d33219b4146108d0578063dd4e2ba5146108ed575f5ffd5b8063a890c91011610129578063a890c91014610786578063a8f8a668146107a5578063a9a95294146107c4578063aa725869146107e3578063ab58fb8e14610816578063b58131b01461084c575f5ffd5b806384b0196e146106cf5780638ff262e3146106f657806391ddadf41461071557806397c3d334146107405780639a802a6d14610753578063a7713a7014610772575f5ffd5b8063438596321161022b5780635b8d0e0d116101e557806379051887116101c0578063790518871461063e5780637b3c71d31461065d5780637d5e81e21461067c5780637ecebe001461069b575f5ffd5b80635b8d0e0d146105e15780635f398a141461060057806360c4247f1461061f575f5ffd5b806343859632146104e4578063452115d61461052c5780634bf5d7e91461054b578063544ffc9c1461055f57806354fd4d501461059957806356781388146105c2575f5ffd5b8063160cbed71161027c578063160cbed7146104205780632656227d1461043f5780632d63f693146104525780632fe3e261146104715780633932abb1146104a45780633e4f49e6146104b8575f5ffd5b806301ffc9a7146102fd57806302a251a31461033157806306f3f9e61461035c57806306fdde031461037b578063143489d01461039c578063150b7a02146103e8575f5ffd5b366102f957306102d0610a32565b6001600160a01b0316146102f757604051637485328f60e11b815260040160405180910390fd5b005b5f5ffd5b348015610308575f5ffd5b5061031c610317366004613412565b610a4a565b60405190151581526020015b60405180910390f35b34801561033c575f5ffd5b50600854600160301b900463ffffffff165b604051908152602001610328565b348015610367575f5ffd5b506102f7610376366004613439565b610ab6565b348015610386575f5ffd5b5061038f610aca565b604051610328919061347e565b3480156103a7575f5ffd5b506103d06103b6366004613439565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610328565b3480156103f3575f5ffd5b50610407610402366004613567565b610b5a565b6040516001600160e01b03199091168152602001610328565b34801561042b575f5ffd5b5061034e61043a36600461372d565b610b9c565b61034e61044d36600461372d565b610c9f565b34801561045d575f5ffd5b5061034e61046c366004613439565b610e0f565b34801561047c575f5ffd5b5061034e7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156104af575f5ffd5b5061034e610e2f565b3480156104c3575f5ffd5b506104d76104d2366004613439565b610e41565b60405161032891906137f4565b3480156104ef575f5ffd5b5061031c6104fe366004613802565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b348015610537575f5ffd5b5061034e61054636600461372d565b610ebe565b348015610556575f5ffd5b5061038f610f1f565b34801561056a575f5ffd5b5061057e610579366004613439565b610fb2565b60408051938452602084019290925290820152606001610328565b3480156105a4575f5ffd5b506040805180820190915260018152603160f81b602082015261038f565b3480156105cd575f5ffd5b5061034e6105dc366004613840565b610fd7565b3480156105ec575f5ffd5b5061034e6105fb3660046138ae565b610ffe565b34801561060b575f5ffd5b5061034e61061a36600461396a565b6110bb565b34801561062a575f5ffd5b5061034e610639366004613439565b611103565b348015610649575f5ffd5b506102f76106583660046139fe565b61110f565b348015610668575f5ffd5b5061034e610677366004613a19565b611120565b348015610687575f5ffd5b5061034e610696366004613a6e565b611170565b3480156106a6575f5ffd5b5061034e6106b5366004613b2a565b6001600160a01b03165f9081526002602052604090205490565b3480156106da575f5ffd5b506106e3611226565b6040516103289796959493929190613b7f565b348015610701575f5ffd5b5061034e610710366004613bee565b611268565b348015610720575f5ffd5b506107296112c0565b60405165ffffffffffff9091168152602001610328565b34801561074b575f5ffd5b50606461034e565b34801561075e575f5ffd5b5061034e61076d366004613c3b565b611347565b34801561077d575f5ffd5b5061034e61135d565b348015610791575f5ffd5b506102f76107a0366004613b2a565b611376565b3480156107b0575f5ffd5b5061034e6107bf36600461372d565b611387565b3480156107cf575f5ffd5b5061031c6107de366004613439565b611394565b3480156107ee575f5ffd5b5061034e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610821575f5ffd5b5061034e610830366004613439565b5f9081526004602052604090206001015465ffffffffffff1690565b348015610857575f5ffd5b5061034e61139c565b34801561086b575f5ffd5b5061040761087a366004613c8f565b6113a6565b34801561088a575f5ffd5b5061034e610899366004613439565b6113e9565b6102f76108ac366004613d26565b61142b565b3480156108bc575f5ffd5b5061034e6108cb36600461372d565b6114a7565b3480156108db575f5ffd5b50600b546001600160a01b03166103d0565b3480156108f8575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261038f565b34801561093d575f5ffd5b5061034e7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610970575f5ffd5b506102f761097f366004613d65565b6114e0565b34801561098f575f5ffd5b5061034e61099e366004613d88565b6114f1565b3480156109ae575f5ffd5b506102f76109bd366004613439565b611510565b3480156109cd575f5ffd5b506104076109dc366004613db2565b611521565b3480156109ec575f5ffd5b5061034e6109fb366004613439565b611564565b348015610a0b575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000006103d0565b5f610a45600b546001600160a01b031690565b905090565b5f6001600160e01b031982166366defe7760e11b1480610a7a57506001600160e01b031982166332a2ad4360e11b145b80610a9557506001600160e01b03198216630271189760e51b145b80610ab057506301ffc9a760e01b6001600160e01b03198316145b92915050565b610abe61156e565b610ac7816115e7565b50565b606060038054610ad990613e09565b80601f0160208091040260200160405190810160405280929190818152602001828054610b0590613e09565b8015610b505780601f10610b2757610100808354040283529160200191610b50565b820191905f5260205f20905b815481529060010190602001808311610b3357829003601f168201915b5050505050905090565b5f30610b64610a32565b6001600160a01b031614610b8b57604051637485328f60e11b815260040160405180910390fd5b50630a85bd0160e11b949350505050565b5f5f610baa86868686611387565b90505f610bb682611394565b9050610bcb82610bc6600461167c565b61169e565b5080610bf25760405163d838bcb760e01b8152600481018390526024015b60405180910390fd5b5f610c0083898989896116db565b905065ffffffffffff811615610c77575f83815260046020908152604091829020600101805465ffffffffffff191665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610c93565b60405163ab2d031160e01b815260048101849052602401610be9565b50909695505050505050565b5f5f610cad86868686611387565b90505f610cb982611394565b9050610cd582610bc683610cce57600461167c565b600561167c565b505f828152600460205260409020805460ff60f01b1916600160f01b17905530610cfd610a32565b6001600160a01b031614610d86575f5b8751811015610d8457306001600160a01b0316888281518110610d3257610d32613e41565b60200260200101516001600160a01b031603610d7c57610d7c868281518110610d5d57610d5d613e41565b60200260200101518051906020012060056116e990919063ffffffff16565b600101610d0d565b505b610d93828888888861170a565b30610d9c610a32565b6001600160a01b031614158015610dc857506005546001600160801b03808216600160801b9092041614155b15610dd2575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f90815260046020526040902054600160a01b900465ffffffffffff1690565b5f610a4560085465ffffffffffff1690565b5f5f610e4c8361171e565b90506004816007811115610e6257610e626137c0565b148015610eb057507f0000000000000000000000000000000000000000000000000000000000000000610e94846113e9565b610e9e9190613e69565b610ea66112c0565b65ffffffffffff16115b15610ab05750600692915050565b5f5f610ecc86868686611387565b905033610ed98282611857565b610f0857604051638fe5d8a960e01b8152600481018390526001600160a01b0382166024820152604401610be9565b610f148787878761189c565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa925050508015610f9e57506040513d5f823e601f3d908101601f19168201604052610f9b9190810190613e7c565b60015b610fad57610a456112c06118a9565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f80339050610ff684828560405180602001604052805f8152506118bf565b949350505050565b5f61104488888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92508991506118e09050565b61106c576040516394ab6c0760e01b81526001600160a01b0387166004820152602401610be9565b6110af88878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92506119ad915050565b98975050505050505050565b5f80339050610f1487828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a92506119ad915050565b5f610ab0600a83611a8b565b61111761156e565b610ac781611ad8565b5f8033905061116686828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506118bf92505050565b9695505050505050565b5f3361117c8184611b3e565b6111a45760405163d9b3955760e01b81526001600160a01b0382166004820152602401610be9565b5f6111ad61139c565b90508015611219575f6111db8360016111c46112c0565b6111ce9190613ef0565b65ffffffffffff166114f1565b90508181101561121757604051636121770b60e11b81526001600160a01b03841660048201526024810182905260448101839052606401610be9565b505b610f148787878786611bc2565b5f6060805f5f5f6060611237611ddc565b61123f611e07565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61127585858585611e32565b61129d576040516394ab6c0760e01b81526001600160a01b0384166004820152602401610be9565b6112b785848660405180602001604052805f8152506118bf565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561133b575060408051601f3d908101601f1916820190925261133891810190613f0e565b60015b610fad57610a45611ebb565b5f611353848484611ec5565b90505b9392505050565b5f611368600a611f58565b6001600160d01b0316905090565b61137e61156e565b610ac781611f9c565b5f6112b7858585856114a7565b5f6001610ab0565b5f610a4560075490565b5f306113b0610a32565b6001600160a01b0316146113d757604051637485328f60e11b815260040160405180910390fd5b5063bc197c8160e01b95945050505050565b5f8181526004602052604081205461141d90600160d01b810463ffffffff1690600160a01b900465ffffffffffff16613f29565b65ffffffffffff1692915050565b61143361156e565b5f5f856001600160a01b0316858585604051611450929190613f47565b5f6040518083038185875af1925050503d805f811461148a576040519150601f19603f3d011682016040523d82523d5f602084013e61148f565b606091505b509150915061149e8282612005565b50505050505050565b5f848484846040516020016114bf9493929190613fdd565b60408051601f19818403018152919052805160209091012095945050505050565b6114e861156e565b610ac781612042565b5f611356838361150b60408051602081019091525f815290565b611ec5565b61151861156e565b610ac7816120de565b5f3061152b610a32565b6001600160a01b03161461155257604051637485328f60e11b815260040160405180910390fd5b5063f23a6e6160e01b95945050505050565b5f610ab08261211f565b33611577610a32565b6001600160a01b0316146115a0576040516347096e4760e01b8152336004820152602401610be9565b306115a9610a32565b6001600160a01b0316146115e5575f80366040516115c8929190613f47565b604051809103902090505b806115de60056121bc565b036115d357505b565b6064808211156116145760405163243e544560e01b81526004810183905260248101829052604401610be9565b5f61161d61135d565b905061163c61162a6112c0565b611633856121db565b600a9190612212565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f81600781111561168f5761168f6137c0565b600160ff919091161b92915050565b5f5f6116a984610e41565b90505f836116b68361167c565b1603611356578381846040516331b75e4d60e01b8152600401610be993929190614027565b5f611166868686868661222c565b5f6116f483836123bd565b905080611705576117056041612422565b505050565b6117178585858585612433565b5050505050565b5f5f611729836124c3565b9050600581600781111561173f5761173f6137c0565b1461174a5792915050565b5f838152600c60205260409081902054600b549151632c258a9f60e11b81526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa1580156117a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117c49190614049565b156117d3575060059392505050565b600b54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa15801561181a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061183e9190614049565b1561184d575060079392505050565b5060029392505050565b5f8061186284610e41565b6007811115611873576118736137c0565b1480156113565750505f91825260046020526040909120546001600160a01b0391821691161490565b5f6112b7858585856125f4565b6060610ab06118ba8363ffffffff16565b61268b565b5f6112b7858585856118db60408051602081019091525f815290565b6119ad565b5f610f14856119a77f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a6119328c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d83012060405161198c98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b604051602081830303815290604052805190602001206126fd565b84612729565b5f6119bc86610bc6600161167c565b505f6119d1866119cb89610e0f565b85611ec5565b90505f6119e18888888588612799565b905083515f03611a3757866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611a2a9493929190614068565b60405180910390a2610f14565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611a7895949392919061408f565b60405180910390a2979650505050505050565b5f5f5f611a9785612895565b9250925050838265ffffffffffff161115611ac457611abf611ab8856128ed565b869061291f565b611ac6565b805b6001600160d01b031695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b80515f906034811015611b55576001915050610ab0565b60131981840101516001600160b01b03198116692370726f706f7365723d60b01b14611b8657600192505050610ab0565b5f5f611b9686602a8603866129c1565b91509150811580610f145750866001600160a01b0316816001600160a01b031614979650505050505050565b5f611bd68686868680519060200120611387565b905084518651141580611beb57508351865114155b80611bf557508551155b15611c2a57855184518651604051630447b05d60e41b8152600481019390935260248301919091526044820152606401610be9565b5f81815260046020526040902054600160a01b900465ffffffffffff1615611c735780611c5682610e41565b6040516331b75e4d60e01b8152610be99291905f90600401614027565b5f611c7c610e2f565b611c846112c0565b65ffffffffffff16611c969190613e69565b90505f611cb060085463ffffffff600160301b9091041690565b5f84815260046020526040902080546001600160a01b0319166001600160a01b038716178155909150611ce2836128ed565b815465ffffffffffff91909116600160a01b0265ffffffffffff60a01b19909116178155611d0f82612a6a565b815463ffffffff91909116600160d01b0263ffffffff60d01b1990911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c906001600160401b03811115611d7257611d726134a4565b604051908082528060200260200182016040528015611da557816020015b6060815260200190600190039081611d905790505b508c89611db28a82613e69565b8e604051611dc8999897969594939291906140c8565b60405180910390a150505095945050505050565b6060610a457f0000000000000000000000000000000000000000000000000000000000000000612a9a565b6060610a457f0000000000000000000000000000000000000000000000000000000000000000612a9a565b5f6112b7836119a77ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d7888888611e848a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c00161198c565b5f610a45436128ed565b5f7f0000000000000000000000000000000000000000000000000000000000000000604051630748d63560e31b81526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015611f34573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061135391906141a3565b80545f908015611f9457611f7e83611f716001846141ba565b5f91825260209091200190565b54600160301b90046001600160d01b0316611356565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b60608215612014575080610ab0565b8151156120295761202482612ad7565b610ab0565b60405163d6bda27560e01b815260040160405180910390fd5b8063ffffffff165f0361206a5760405163f1cfbf0560e01b81525f6004820152602401610be9565b6008546040805163ffffffff600160301b9093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff909216600160301b0269ffffffff00000000000019909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b604051632394e7a360e21b8152600481018290525f90610ab0906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015612188573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121ac91906141a3565b6121b584611103565b6064612adf565b5f5f5f6121c884612b8f565b9150915081611356576113566031612422565b5f6001600160d01b0382111561220e576040516306dfcc6560e41b815260d0600482015260248101839052604401610be9565b5090565b5f8061221f858585612c03565b915091505b935093915050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa15801561227e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122a291906141a3565b90505f3060601b6bffffffffffffffffffffffff19168418600b5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f427906122f3908a908a908a905f9088906004016141cd565b602060405180830381865afa15801561230e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061233291906141a3565b5f898152600c602052604080822092909255600b5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb09161237c918b918b918b919088908a9060040161421a565b5f604051808303815f87803b158015612393575f5ffd5b505af11580156123a5573d5f5f3e3d5ffd5b505050506110af82426123b89190613e69565b6128ed565b81545f906001600160801b03600160801b8204811691811660018301909116036123ea575f915050610ab0565b6001600160801b038181165f908152600186810160205260409091209490945584549184018116600160801b02911617909255919050565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b6bffffffffffffffffffffffff191688186040518763ffffffff1660e01b815260040161247e9594939291906141cd565b5f604051808303818588803b158015612495575f5ffd5b505af11580156124a7573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff600160f01b8204811691600160f81b90041681156124f757506007949350505050565b801561250857506002949350505050565b5f61251286610e0f565b9050805f0361253757604051636ad0607560e01b815260048101879052602401610be9565b5f6125406112c0565b65ffffffffffff16905080821061255d57505f9695505050505050565b5f612567886113e9565b905081811061257e57506001979650505050505050565b61258788612d53565b15806125a657505f888152600960205260409020805460019091015411155b156125b957506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f036125e657506004979650505050505050565b506005979650505050505050565b5f5f61260286868686612d89565b5f818152600c6020526040902054909150801561268157600b5460405163c4d252f560e01b8152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b15801561265c575f5ffd5b505af115801561266e573d5f5f3e3d5ffd5b5050505f838152600c6020526040812055505b5095945050505050565b6060612695611ebb565b65ffffffffffff168265ffffffffffff16146126c4576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610ab0612709612e49565b8360405161190160f01b8152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612787575f5f6127478585612f72565b5090925090505f816003811115612760576127606137c0565b14801561277e5750856001600160a01b0316826001600160a01b0316145b92505050611356565b612792848484612fbb565b9050611356565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff16156127eb576040516371c6af4960e01b81526001600160a01b0387166004820152602401610be9565b6001600160a01b0386165f9081526003820160205260409020805460ff1916600117905560ff85166128345783815f015f8282546128299190613e69565b9091555061288a9050565b5f1960ff8616016128525783816001015f8282546128299190613e69565b60011960ff8616016128715783816002015f8282546128299190613e69565b6040516303599be160e11b815260040160405180910390fd5b509195945050505050565b80545f90819081908082036128b3575f5f5f93509350935050610fd0565b5f6128c386611f716001856141ba565b546001955065ffffffffffff81169450600160301b90046001600160d01b03169250610fd0915050565b5f65ffffffffffff82111561220e576040516306dfcc6560e41b81526030600482015260248101839052604401610be9565b81545f908181600581111561297b575f61293884613020565b61294290856141ba565b5f8881526020902090915081015465ffffffffffff908116908716101561296b57809150612979565b612976816001613e69565b92505b505b5f61298887878585613178565b905080156129b55761299f87611f716001846141ba565b54600160301b90046001600160d01b0316610f14565b505f9695505050505050565b5f5f84518311806129d157508284115b156129e057505f905080612224565b5f6129ec856001613e69565b84118015612a14575061060f60f31b612a088787016020015190565b6001600160f01b031916145b90505f612a248215156002614271565b612a2f906028613e69565b905080612a3c87876141ba565b03612a5d575f5f612a4e8989896131ce565b90965094506122249350505050565b5f5f935093505050612224565b5f63ffffffff82111561220e576040516306dfcc6560e41b81526020600482015260248101839052604401610be9565b60605f612aa68361328f565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b805160208201fd5b5f5f5f612aec86866132b6565b91509150815f03612b1057838181612b0657612b06614288565b0492505050611356565b818411612b2757612b276003851502601118612422565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b80545f9081906001600160801b0380821691600160801b9004168103612bba57505f93849350915050565b6001600160801b038181165f908152600186810160205260408220805492905586546fffffffffffffffffffffffffffffffff1916938101909216929092179094559293915050565b82545f9081908015612cf9575f612c1f87611f716001856141ba565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612c6257604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff1603612c9b57825465ffffffffffff16600160301b6001600160d01b03891602178355612ceb565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b945085935061222492505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612224565b5f81815260096020526040812060028101546001820154612d749190613e69565b612d806109fb85610e0f565b11159392505050565b5f5f612d9786868686611387565b9050612de581612da7600761167c565b612db1600661167c565b612dbb600261167c565b6001612dc860078261429c565b612dd3906002614390565b612ddd91906141ba565b18181861169e565b505f818152600460205260409081902080546001600160f81b0316600160f81b179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90612e389083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612ea157507f000000000000000000000000000000000000000000000000000000000000000046145b15612ecb57507f000000000000000000000000000000000000000000000000000000000000000090565b610a45604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103612fa9576020840151604085015160608601515f1a612f9b888285856132d2565b955095509550505050612fb4565b505081515f91506002905b9250925092565b805160408051630b135d3f60e11b8082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f6001821161302d575090565b816001600160801b82106130465760809190911c9060401b5b6801000000000000000082106130615760409190911c9060201b5b64010000000082106130785760209190911c9060101b5b62010000821061308d5760109190911c9060081b5b61010082106130a15760089190911c9060041b5b601082106130b45760049190911c9060021b5b600482106130c05760011b5b600302600190811c908185816130d8576130d8614288565b048201901c905060018185816130f0576130f0614288565b048201901c9050600181858161310857613108614288565b048201901c9050600181858161312057613120614288565b048201901c9050600181858161313857613138614288565b048201901c9050600181858161315057613150614288565b048201901c905061316f81858161316957613169614288565b04821190565b90039392505050565b5f5b818310156131c6575f85815260209020838316600285851804019081015465ffffffffffff868116911611156131b2578092506131c0565b6131bd816001613e69565b93505b5061317a565b509392505050565b5f8084816131dd866001613e69565b85118015613205575061060f60f31b6131f98388016020015190565b6001600160f01b031916145b90505f6132158215156002614271565b90505f80613223838a613e69565b90505b8781101561327e575f61324461323f8784016020015190565b61339a565b9050600f8160ff161115613263575f5f97509750505050505050612224565b61326e601084614271565b60ff909116019150600101613226565b506001999098509650505050505050565b5f60ff8216601f811115610ab057604051632cd44ac360e21b815260040160405180910390fd5b5f805f1983850993909202808410938190039390930393915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561330b57505f91506003905082613390565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561335c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661338757505f925060019150829050613390565b92505f91508190505b9450945094915050565b5f60f882901c602f811180156133b35750603a8160ff16105b156133c157602f1901610ab0565b60608160ff161180156133d7575060678160ff16105b156133e55760561901610ab0565b60408160ff161180156133fb575060478160ff16105b156134095760361901610ab0565b5060ff92915050565b5f60208284031215613422575f5ffd5b81356001600160e01b031981168114611356575f5ffd5b5f60208284031215613449575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6113566020830184613450565b6001600160a01b0381168114610ac7575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156134e0576134e06134a4565b604052919050565b5f6001600160401b03821115613500576135006134a4565b50601f01601f191660200190565b5f61352061351b846134e8565b6134b8565b9050828152838383011115613533575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112613558575f5ffd5b6113568383356020850161350e565b5f5f5f5f6080858703121561357a575f5ffd5b843561358581613490565b9350602085013561359581613490565b92506040850135915060608501356001600160401b038111156135b6575f5ffd5b6135c287828801613549565b91505092959194509250565b5f6001600160401b038211156135e6576135e66134a4565b5060051b60200190565b5f82601f8301126135ff575f5ffd5b813561360d61351b826135ce565b8082825260208201915060208360051b86010192508583111561362e575f5ffd5b602085015b8381101561268157803561364681613490565b835260209283019201613633565b5f82601f830112613663575f5ffd5b813561367161351b826135ce565b8082825260208201915060208360051b860101925085831115613692575f5ffd5b602085015b83811015612681578035835260209283019201613697565b5f82601f8301126136be575f5ffd5b81356136cc61351b826135ce565b8082825260208201915060208360051b8601019250858311156136ed575f5ffd5b602085015b838110156126815780356001600160401b0381111561370f575f5ffd5b61371e886020838a0101613549565b845250602092830192016136f2565b5f5f5f5f60808587031215613740575f5ffd5b84356001600160401b03811115613755575f5ffd5b613761878288016135f0565b94505060208501356001600160401b0381111561377c575f5ffd5b61378887828801613654565b93505060408501356001600160401b038111156137a3575f5ffd5b6137af878288016136af565b949793965093946060013593505050565b634e487b7160e01b5f52602160045260245ffd5b600881106137f057634e487b7160e01b5f52602160045260245ffd5b9052565b60208101610ab082846137d4565b5f5f60408385031215613813575f5ffd5b82359150602083013561382581613490565b809150509250929050565b803560ff81168114610fad575f5ffd5b5f5f60408385031215613851575f5ffd5b8235915061386160208401613830565b90509250929050565b5f5f83601f84011261387a575f5ffd5b5081356001600160401b03811115613890575f5ffd5b6020830191508360208285010111156138a7575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156138c4575f5ffd5b873596506138d460208901613830565b955060408801356138e481613490565b945060608801356001600160401b038111156138fe575f5ffd5b61390a8a828b0161386a565b90955093505060808801356001600160401b03811115613928575f5ffd5b6139348a828b01613549565b92505060a08801356001600160401b0381111561394f575f5ffd5b61395b8a828b01613549565b91505092959891949750929550565b5f5f5f5f5f6080868803121561397e575f5ffd5b8535945061398e60208701613830565b935060408601356001600160401b038111156139a8575f5ffd5b6139b48882890161386a565b90945092505060608601356001600160401b038111156139d2575f5ffd5b6139de88828901613549565b9150509295509295909350565b65ffffffffffff81168114610ac7575f5ffd5b5f60208284031215613a0e575f5ffd5b8135611356816139eb565b5f5f5f5f60608587031215613a2c575f5ffd5b84359350613a3c60208601613830565b925060408501356001600160401b03811115613a56575f5ffd5b613a628782880161386a565b95989497509550505050565b5f5f5f5f60808587031215613a81575f5ffd5b84356001600160401b03811115613a96575f5ffd5b613aa2878288016135f0565b94505060208501356001600160401b03811115613abd575f5ffd5b613ac987828801613654565b93505060408501356001600160401b03811115613ae4575f5ffd5b613af0878288016136af565b92505060608501356001600160401b03811115613b0b575f5ffd5b8501601f81018713613b1b575f5ffd5b6135c28782356020840161350e565b5f60208284031215613b3a575f5ffd5b813561135681613490565b5f8151808452602084019350602083015f5b82811015613b75578151865260209586019590910190600101613b57565b5093949350505050565b60ff60f81b8816815260e060208201525f613b9d60e0830189613450565b8281036040840152613baf8189613450565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050613be08185613b45565b9a9950505050505050505050565b5f5f5f5f60808587031215613c01575f5ffd5b84359350613c1160208601613830565b92506040850135613c2181613490565b915060608501356001600160401b038111156135b6575f5ffd5b5f5f5f60608486031215613c4d575f5ffd5b8335613c5881613490565b92506020840135915060408401356001600160401b03811115613c79575f5ffd5b613c8586828701613549565b9150509250925092565b5f5f5f5f5f60a08688031215613ca3575f5ffd5b8535613cae81613490565b94506020860135613cbe81613490565b935060408601356001600160401b03811115613cd8575f5ffd5b613ce488828901613654565b93505060608601356001600160401b03811115613cff575f5ffd5b613d0b88828901613654565b92505060808601356001600160401b038111156139d2575f5ffd5b5f5f5f5f60608587031215613d39575f5ffd5b8435613d4481613490565b93506020850135925060408501356001600160401b03811115613a56575f5ffd5b5f60208284031215613d75575f5ffd5b813563ffffffff81168114611356575f5ffd5b5f5f60408385031215613d99575f5ffd5b8235613da481613490565b946020939093013593505050565b5f5f5f5f5f60a08688031215613dc6575f5ffd5b8535613dd181613490565b94506020860135613de181613490565b9350604086013592506060860135915060808601356001600160401b038111156139d2575f5ffd5b600181811c90821680613e1d57607f821691505b602082108103613e3b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610ab057610ab0613e55565b5f60208284031215613e8c575f5ffd5b81516001600160401b03811115613ea1575f5ffd5b8201601f81018413613eb1575f5ffd5b8051613ebf61351b826134e8565b818152856020838501011115613ed3575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b65ffffffffffff8281168282160390811115610ab057610ab0613e55565b5f60208284031215613f1e575f5ffd5b8151611356816139eb565b65ffffffffffff8181168382160190811115610ab057610ab0613e55565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b82811015613b755781516001600160a01b0316865260209586019590910190600101613f68565b5f82825180855260208501945060208160051b830101602085015f5b83811015610c9357601f19858403018852613fc7838351613450565b6020988901989093509190910190600101613fab565b608081525f613fef6080830187613f56565b82810360208401526140018187613b45565b905082810360408401526140158186613f8f565b91505082606083015295945050505050565b8381526060810161403b60208301856137d4565b826040830152949350505050565b5f60208284031215614059575f5ffd5b81518015158114611356575f5ffd5b84815260ff84166020820152826040820152608060608201525f6111666080830184613450565b85815260ff8516602082015283604082015260a060608201525f6140b660a0830185613450565b82810360808401526110af8185613450565b8981526001600160a01b0389166020820152610120604082018190525f906140f29083018a613f56565b8281036060840152614104818a613b45565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b8381101561415b57601f19868403018552614145838351613450565b6020958601959093509190910190600101614129565b505085810360a087015261416f818b613f8f565b93505050508560c08401528460e08401528281036101008401526141938185613450565b9c9b505050505050505050505050565b5f602082840312156141b3575f5ffd5b5051919050565b81810381811115610ab057610ab0613e55565b60a081525f6141df60a0830188613f56565b82810360208401526141f18188613b45565b905082810360408401526142058187613f8f565b60608401959095525050608001529392505050565b60c081525f61422c60c0830189613f56565b828103602084015261423e8189613b45565b905082810360408401526142528188613f8f565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610ab057610ab0613e55565b634e487b7160e01b5f52601260045260245ffd5b60ff8181168382160190811115610ab057610ab0613e55565b6001815b6001841115612224578085048111156142d4576142d4613e55565b60018416156142e257908102905b60019390931c9280026142b9565b5f826142fe57506001610ab0565b8161430a57505f610ab0565b8160018114614320576002811461432a57614346565b6001915050610ab0565b60ff84111561433b5761433b613e55565b50506001821b610ab0565b5060208310610133831016604e8410600b8410161715614369575081810a610ab0565b6143755f1984846142b5565b805f190482111561438857614388613e55565b029392505050565b5f61135660ff8416836142f056fea26469706673582212202f2c2768ffc291da9300a1fd1c927848a543bcce2d6f006088c5209a069fc68d64736f6c63430008250033",
}

// DaoGovernor is an auto generated Go binding around an Ethereum contract.
type DaoGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DaoGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewDaoGovernor creates a new instance of DaoGovernor.
func NewDaoGovernor() *DaoGovernor {
	parsed, err := DaoGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DaoGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DaoGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, address token_, address timelock_, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 quorumNumerator_, uint256 queueWindow_) returns()
func (daoGovernor *DaoGovernor) PackConstructor(name_ string, token_ common.Address, timelock_ common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, proposalThreshold_ *big.Int, quorumNumerator_ *big.Int, queueWindow_ *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("", name_, token_, timelock_, votingDelay_, votingPeriod_, proposalThreshold_, quorumNumerator_, queueWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernor *DaoGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := daoGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernor *DaoGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return daoGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernor *DaoGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := daoGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoGovernor *DaoGovernor) PackCLOCKMODE() []byte {
	enc, err := daoGovernor.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoGovernor *DaoGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return daoGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoGovernor *DaoGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := daoGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (daoGovernor *DaoGovernor) PackCOUNTINGMODE() []byte {
	enc, err := daoGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (daoGovernor *DaoGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return daoGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (daoGovernor *DaoGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := daoGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernor *DaoGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := daoGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernor *DaoGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return daoGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernor *DaoGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := daoGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernor *DaoGovernor) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (daoGovernor *DaoGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := daoGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return daoGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (daoGovernor *DaoGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := daoGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (daoGovernor *DaoGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := daoGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return daoGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (daoGovernor *DaoGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := daoGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (daoGovernor *DaoGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := daoGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (daoGovernor *DaoGovernor) PackClock() []byte {
	enc, err := daoGovernor.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (daoGovernor *DaoGovernor) TryPackClock() ([]byte, error) {
	return daoGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (daoGovernor *DaoGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoGovernor *DaoGovernor) PackGovernorEip712Domain() []byte {
	enc, err := daoGovernor.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernorEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoGovernor *DaoGovernor) TryPackGovernorEip712Domain() ([]byte, error) {
	return daoGovernor.abi.Pack("eip712Domain")
}

// GovernorEip712DomainOutput serves as a container for the return parameters of contract
// method GovernorEip712Domain.
type GovernorEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackGovernorEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoGovernor *DaoGovernor) UnpackGovernorEip712Domain(data []byte) (GovernorEip712DomainOutput, error) {
	out, err := daoGovernor.abi.Unpack("eip712Domain", data)
	outstruct := new(GovernorEip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (daoGovernor *DaoGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (daoGovernor *DaoGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (daoGovernor *DaoGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (daoGovernor *DaoGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (daoGovernor *DaoGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := daoGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (daoGovernor *DaoGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := daoGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (daoGovernor *DaoGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return daoGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (daoGovernor *DaoGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := daoGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (daoGovernor *DaoGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (daoGovernor *DaoGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (daoGovernor *DaoGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (daoGovernor *DaoGovernor) PackName() []byte {
	enc, err := daoGovernor.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (daoGovernor *DaoGovernor) TryPackName() ([]byte, error) {
	return daoGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (daoGovernor *DaoGovernor) UnpackName(data []byte) (string, error) {
	out, err := daoGovernor.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (daoGovernor *DaoGovernor) PackNonces(owner common.Address) []byte {
	enc, err := daoGovernor.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return daoGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := daoGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := daoGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := daoGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := daoGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := daoGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (daoGovernor *DaoGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := daoGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (daoGovernor *DaoGovernor) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (daoGovernor *DaoGovernor) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (daoGovernor *DaoGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := daoGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (daoGovernor *DaoGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (daoGovernor *DaoGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (daoGovernor *DaoGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := daoGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (daoGovernor *DaoGovernor) PackProposalThreshold() []byte {
	enc, err := daoGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackProposalThreshold() ([]byte, error) {
	return daoGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (daoGovernor *DaoGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (daoGovernor *DaoGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (daoGovernor *DaoGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := daoGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (daoGovernor *DaoGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := daoGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return daoGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernor *DaoGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernor *DaoGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernor *DaoGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueueWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa725869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueWindow() view returns(uint256)
func (daoGovernor *DaoGovernor) PackQueueWindow() []byte {
	enc, err := daoGovernor.abi.Pack("queueWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa725869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueWindow() view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackQueueWindow() ([]byte, error) {
	return daoGovernor.abi.Pack("queueWindow")
}

// UnpackQueueWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa725869.
//
// Solidity: function queueWindow() view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackQueueWindow(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("queueWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) PackQuorum(timepoint *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (daoGovernor *DaoGovernor) PackQuorumDenominator() []byte {
	enc, err := daoGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return daoGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (daoGovernor *DaoGovernor) PackQuorumNumerator0() []byte {
	enc, err := daoGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return daoGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (daoGovernor *DaoGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := daoGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (daoGovernor *DaoGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return daoGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (daoGovernor *DaoGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (daoGovernor *DaoGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (daoGovernor *DaoGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (daoGovernor *DaoGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (daoGovernor *DaoGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := daoGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (daoGovernor *DaoGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return daoGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (daoGovernor *DaoGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (daoGovernor *DaoGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (daoGovernor *DaoGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := daoGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (daoGovernor *DaoGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := daoGovernor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (daoGovernor *DaoGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return daoGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (daoGovernor *DaoGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := daoGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (daoGovernor *DaoGovernor) PackTimelock() []byte {
	enc, err := daoGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (daoGovernor *DaoGovernor) TryPackTimelock() ([]byte, error) {
	return daoGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (daoGovernor *DaoGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := daoGovernor.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (daoGovernor *DaoGovernor) PackToken() []byte {
	enc, err := daoGovernor.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (daoGovernor *DaoGovernor) TryPackToken() ([]byte, error) {
	return daoGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (daoGovernor *DaoGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := daoGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (daoGovernor *DaoGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := daoGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (daoGovernor *DaoGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return daoGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (daoGovernor *DaoGovernor) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := daoGovernor.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (daoGovernor *DaoGovernor) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return daoGovernor.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (daoGovernor *DaoGovernor) PackVersion() []byte {
	enc, err := daoGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (daoGovernor *DaoGovernor) TryPackVersion() ([]byte, error) {
	return daoGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (daoGovernor *DaoGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := daoGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (daoGovernor *DaoGovernor) PackVotingDelay() []byte {
	enc, err := daoGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackVotingDelay() ([]byte, error) {
	return daoGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (daoGovernor *DaoGovernor) PackVotingPeriod() []byte {
	enc, err := daoGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (daoGovernor *DaoGovernor) TryPackVotingPeriod() ([]byte, error) {
	return daoGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (daoGovernor *DaoGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := daoGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DaoGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the DaoGovernor contract.
type DaoGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DaoGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DaoGovernorEIP712DomainChanged) ContractEventName() string {
	return DaoGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (daoGovernor *DaoGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*DaoGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorProposalCanceled represents a ProposalCanceled event raised by the DaoGovernor contract.
type DaoGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (DaoGovernorProposalCanceled) ContractEventName() string {
	return DaoGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (daoGovernor *DaoGovernor) UnpackProposalCanceledEvent(log *types.Log) (*DaoGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorProposalCreated represents a ProposalCreated event raised by the DaoGovernor contract.
type DaoGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const DaoGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (DaoGovernorProposalCreated) ContractEventName() string {
	return DaoGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (daoGovernor *DaoGovernor) UnpackProposalCreatedEvent(log *types.Log) (*DaoGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorProposalExecuted represents a ProposalExecuted event raised by the DaoGovernor contract.
type DaoGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (DaoGovernorProposalExecuted) ContractEventName() string {
	return DaoGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (daoGovernor *DaoGovernor) UnpackProposalExecutedEvent(log *types.Log) (*DaoGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorProposalQueued represents a ProposalQueued event raised by the DaoGovernor contract.
type DaoGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (DaoGovernorProposalQueued) ContractEventName() string {
	return DaoGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (daoGovernor *DaoGovernor) UnpackProposalQueuedEvent(log *types.Log) (*DaoGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the DaoGovernor contract.
type DaoGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const DaoGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (DaoGovernorProposalThresholdSet) ContractEventName() string {
	return DaoGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (daoGovernor *DaoGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*DaoGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the DaoGovernor contract.
type DaoGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const DaoGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (DaoGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return DaoGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (daoGovernor *DaoGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*DaoGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorTimelockChange represents a TimelockChange event raised by the DaoGovernor contract.
type DaoGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const DaoGovernorTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (DaoGovernorTimelockChange) ContractEventName() string {
	return DaoGovernorTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (daoGovernor *DaoGovernor) UnpackTimelockChangeEvent(log *types.Log) (*DaoGovernorTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorTimelockChange)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorVoteCast represents a VoteCast event raised by the DaoGovernor contract.
type DaoGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (DaoGovernorVoteCast) ContractEventName() string {
	return DaoGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (daoGovernor *DaoGovernor) UnpackVoteCastEvent(log *types.Log) (*DaoGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the DaoGovernor contract.
type DaoGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (DaoGovernorVoteCastWithParams) ContractEventName() string {
	return DaoGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (daoGovernor *DaoGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*DaoGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorVotingDelaySet represents a VotingDelaySet event raised by the DaoGovernor contract.
type DaoGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DaoGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (DaoGovernorVotingDelaySet) ContractEventName() string {
	return DaoGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (daoGovernor *DaoGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*DaoGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DaoGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the DaoGovernor contract.
type DaoGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DaoGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (DaoGovernorVotingPeriodSet) ContractEventName() string {
	return DaoGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (daoGovernor *DaoGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*DaoGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := daoGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernor.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (daoGovernor *DaoGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["DaoGovernorInvalidQueueWindow"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackDaoGovernorInvalidQueueWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return daoGovernor.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DaoGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the DaoGovernor contract.
type DaoGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func DaoGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (daoGovernor *DaoGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*DaoGovernorCheckpointUnorderedInsertion, error) {
	out := new(DaoGovernorCheckpointUnorderedInsertion)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorDaoGovernorInvalidQueueWindow represents a DaoGovernorInvalidQueueWindow error raised by the DaoGovernor contract.
type DaoGovernorDaoGovernorInvalidQueueWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DaoGovernorInvalidQueueWindow()
func DaoGovernorDaoGovernorInvalidQueueWindowErrorID() common.Hash {
	return common.HexToHash("0x5e345bdf2f984648e34b240f6da564f854fa104dc9957679a950fa51ec709334")
}

// UnpackDaoGovernorInvalidQueueWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DaoGovernorInvalidQueueWindow()
func (daoGovernor *DaoGovernor) UnpackDaoGovernorInvalidQueueWindowError(raw []byte) (*DaoGovernorDaoGovernorInvalidQueueWindow, error) {
	out := new(DaoGovernorDaoGovernorInvalidQueueWindow)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "DaoGovernorInvalidQueueWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the DaoGovernor contract.
type DaoGovernorERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func DaoGovernorERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (daoGovernor *DaoGovernor) UnpackERC6372InconsistentClockError(raw []byte) (*DaoGovernorERC6372InconsistentClock, error) {
	out := new(DaoGovernorERC6372InconsistentClock)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorFailedCall represents a FailedCall error raised by the DaoGovernor contract.
type DaoGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DaoGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (daoGovernor *DaoGovernor) UnpackFailedCallError(raw []byte) (*DaoGovernorFailedCall, error) {
	out := new(DaoGovernorFailedCall)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the DaoGovernor contract.
type DaoGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func DaoGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (daoGovernor *DaoGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*DaoGovernorGovernorAlreadyCastVote, error) {
	out := new(DaoGovernorGovernorAlreadyCastVote)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the DaoGovernor contract.
type DaoGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func DaoGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (daoGovernor *DaoGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*DaoGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(DaoGovernorGovernorAlreadyQueuedProposal)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the DaoGovernor contract.
type DaoGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func DaoGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (daoGovernor *DaoGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*DaoGovernorGovernorDisabledDeposit, error) {
	out := new(DaoGovernorGovernorDisabledDeposit)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the DaoGovernor contract.
type DaoGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func DaoGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (daoGovernor *DaoGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*DaoGovernorGovernorInsufficientProposerVotes, error) {
	out := new(DaoGovernorGovernorInsufficientProposerVotes)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the DaoGovernor contract.
type DaoGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func DaoGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (daoGovernor *DaoGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*DaoGovernorGovernorInvalidProposalLength, error) {
	out := new(DaoGovernorGovernorInvalidProposalLength)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the DaoGovernor contract.
type DaoGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func DaoGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (daoGovernor *DaoGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*DaoGovernorGovernorInvalidQuorumFraction, error) {
	out := new(DaoGovernorGovernorInvalidQuorumFraction)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the DaoGovernor contract.
type DaoGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func DaoGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (daoGovernor *DaoGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*DaoGovernorGovernorInvalidSignature, error) {
	out := new(DaoGovernorGovernorInvalidSignature)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the DaoGovernor contract.
type DaoGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func DaoGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (daoGovernor *DaoGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*DaoGovernorGovernorInvalidVoteParams, error) {
	out := new(DaoGovernorGovernorInvalidVoteParams)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the DaoGovernor contract.
type DaoGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func DaoGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (daoGovernor *DaoGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*DaoGovernorGovernorInvalidVoteType, error) {
	out := new(DaoGovernorGovernorInvalidVoteType)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the DaoGovernor contract.
type DaoGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func DaoGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (daoGovernor *DaoGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*DaoGovernorGovernorInvalidVotingPeriod, error) {
	out := new(DaoGovernorGovernorInvalidVotingPeriod)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the DaoGovernor contract.
type DaoGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func DaoGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (daoGovernor *DaoGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*DaoGovernorGovernorNonexistentProposal, error) {
	out := new(DaoGovernorGovernorNonexistentProposal)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the DaoGovernor contract.
type DaoGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func DaoGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (daoGovernor *DaoGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*DaoGovernorGovernorOnlyExecutor, error) {
	out := new(DaoGovernorGovernorOnlyExecutor)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the DaoGovernor contract.
type DaoGovernorGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func DaoGovernorGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (daoGovernor *DaoGovernor) UnpackGovernorProposalQueueingFailedError(raw []byte) (*DaoGovernorGovernorProposalQueueingFailed, error) {
	out := new(DaoGovernorGovernorProposalQueueingFailed)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the DaoGovernor contract.
type DaoGovernorGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func DaoGovernorGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (daoGovernor *DaoGovernor) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*DaoGovernorGovernorProposalQueueingNotRequired, error) {
	out := new(DaoGovernorGovernorProposalQueueingNotRequired)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the DaoGovernor contract.
type DaoGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func DaoGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (daoGovernor *DaoGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*DaoGovernorGovernorRestrictedProposer, error) {
	out := new(DaoGovernorGovernorRestrictedProposer)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the DaoGovernor contract.
type DaoGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func DaoGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (daoGovernor *DaoGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*DaoGovernorGovernorUnableToCancel, error) {
	out := new(DaoGovernorGovernorUnableToCancel)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the DaoGovernor contract.
type DaoGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func DaoGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (daoGovernor *DaoGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*DaoGovernorGovernorUnexpectedProposalState, error) {
	out := new(DaoGovernorGovernorUnexpectedProposalState)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the DaoGovernor contract.
type DaoGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func DaoGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (daoGovernor *DaoGovernor) UnpackInvalidAccountNonceError(raw []byte) (*DaoGovernorInvalidAccountNonce, error) {
	out := new(DaoGovernorInvalidAccountNonce)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorInvalidShortString represents a InvalidShortString error raised by the DaoGovernor contract.
type DaoGovernorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DaoGovernorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (daoGovernor *DaoGovernor) UnpackInvalidShortStringError(raw []byte) (*DaoGovernorInvalidShortString, error) {
	out := new(DaoGovernorInvalidShortString)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DaoGovernor contract.
type DaoGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DaoGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (daoGovernor *DaoGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DaoGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(DaoGovernorSafeCastOverflowedUintDowncast)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorStringTooLong represents a StringTooLong error raised by the DaoGovernor contract.
type DaoGovernorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DaoGovernorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (daoGovernor *DaoGovernor) UnpackStringTooLongError(raw []byte) (*DaoGovernorStringTooLong, error) {
	out := new(DaoGovernorStringTooLong)
	if err := daoGovernor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
