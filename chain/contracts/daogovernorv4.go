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

// DaoGovernorV4MetaData contains all meta data concerning the DaoGovernorV4 contract.
var DaoGovernorV4MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"contractIVotes\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractTimelockController\",\"name\":\"timelock_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"votingDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"votingPeriod_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorumNumerator_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"Empty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"string[]\",\"name\":\"signatures\",\"type\":\"string[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteStart\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voteEnd\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldProposalThreshold\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"ProposalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"QuorumNumeratorUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldTimelock\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"TimelockChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"VoteCastWithParams\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingDelay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"VotingDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldVotingPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"VotingPeriodSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COUNTING_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"castVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"castVoteBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"castVoteWithReason\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"castVoteWithReasonAndParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"castVoteWithReasonAndParamsBySig\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"getVotesWithParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"hashProposal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalEta\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalProposer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalSnapshot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"proposalVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"calldatas\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"descriptionHash\",\"type\":\"bytes32\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"relay\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newProposalThreshold\",\"type\":\"uint256\"}],\"name\":\"setProposalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newVotingDelay\",\"type\":\"uint256\"}],\"name\":\"setVotingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newVotingPeriod\",\"type\":\"uint256\"}],\"name\":\"setVotingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"state\",\"outputs\":[{\"internalType\":\"enumIGovernor.ProposalState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC5805\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newQuorumNumerator\",\"type\":\"uint256\"}],\"name\":\"updateQuorumNumerator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"newTimelock\",\"type\":\"address\"}],\"name\":\"updateTimelock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"votingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DaoGovernorV4",
	Bin: "0x610180604052348015610010575f5ffd5b506040516151e53803806151e583398101604081905261002f916108c2565b8481878686868c806100556040805180820190915260018152603160f81b602082015290565b61005f825f61015d565b6101205261006e81600161015d565b61014052815160208084019190912060e052815190820120610100524660a0526100fa60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052600261010f8282610a48565b5061011b90508361018f565b610124826101d0565b61012d81610275565b5050506001600160a01b031661016052610146816102b6565b5061015081610422565b5050505050505050610ba2565b5f602083511015610178576101718361048b565b9050610189565b816101838482610a48565b5060ff90505b92915050565b60065460408051918252602082018390527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a1600655565b5f81116102345760405162461bcd60e51b815260206004820152602760248201527f476f7665726e6f7253657474696e67733a20766f74696e6720706572696f6420604482015266746f6f206c6f7760c81b60648201526084015b60405180910390fd5b60075460408051918252602082018390527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a1600755565b60085460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600855565b60648111156103395760405162461bcd60e51b815260206004820152604360248201527f476f7665726e6f72566f74657351756f72756d4672616374696f6e3a2071756f60448201527f72756d4e756d657261746f72206f7665722071756f72756d44656e6f6d696e616064820152623a37b960e91b608482015260a40161022b565b5f6103426104c8565b905080158015906103535750600b54155b156103b657604080518082019091525f8152600b9060208101610375846104f3565b6001600160e01b0390811690915282546001810184555f938452602093849020835194909301519091166401000000000263ffffffff909316929092179101555b6103e36103d16103c461055f565b65ffffffffffff166105cf565b6103da846104f3565b600b9190610633565b505060408051828152602081018490527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a15050565b600c54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600c80546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f829050601f815111156104b5578260405163305a27a960e01b815260040161022b9190610b06565b80516104c082610b3b565b179392505050565b600b545f90156104ea576104dc600b61064d565b6001600160e01b0316905090565b600a545b905090565b5f6001600160e01b0382111561055b5760405162461bcd60e51b815260206004820152602760248201527f53616665436173743a2076616c756520646f65736e27742066697420696e20326044820152663234206269747360c81b606482015260840161022b565b5090565b5f610160516001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156105bd575060408051601f3d908101601f191682019092526105ba91810190610b5e565b60015b6105ca576104ee43610693565b919050565b5f63ffffffff82111561055b5760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203360448201526532206269747360d01b606482015260840161022b565b5f806106408585856106f9565b915091505b935093915050565b80545f90801561068a5761067383610666600184610b83565b5f91825260209091200190565b5464010000000090046001600160e01b031661068c565b5f5b9392505050565b5f65ffffffffffff82111561055b5760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203460448201526538206269747360d01b606482015260840161022b565b82545f908190801561083f575f61071587610666600185610b83565b60408051808201909152905463ffffffff8082168084526401000000009092046001600160e01b0316602084015291925090871610156107975760405162461bcd60e51b815260206004820152601b60248201527f436865636b706f696e743a2064656372656173696e67206b6579730000000000604482015260640161022b565b805163ffffffff8088169116036107e057846107b888610666600186610b83565b80546001600160e01b03929092166401000000000263ffffffff90921691909117905561082f565b6040805180820190915263ffffffff80881682526001600160e01b0380881660208085019182528b54600181018d555f8d81529190912094519151909216640100000000029216919091179101555b6020015192508391506106459050565b50506040805180820190915263ffffffff80851682526001600160e01b0380851660208085019182528854600181018a555f8a815291822095519251909316640100000000029190931617920191909155905081610645565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b03811681146105ca575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156108d8575f5ffd5b87516001600160401b038111156108ed575f5ffd5b8801601f81018a136108fd575f5ffd5b80516001600160401b0381111561091657610916610898565b604051601f8201601f19908116603f011681016001600160401b038111828210171561094457610944610898565b6040528181528282016020018c101561095b575f5ffd5b8160208401602083015e5f6020838301015280995050505061097f602089016108ac565b955061098d604089016108ac565b606089015160808a015160a08b015160c0909b0151999c989b5091999098919790965090945092505050565b600181811c908216806109cd57607f821691505b6020821081036109eb57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610a435782821115610a4357805f5260205f20601f840160051c6020851015610a1c57505f5b90810190601f840160051c035f5b81811015610a3f575f83820155600101610a2a565b5050505b505050565b81516001600160401b03811115610a6157610a61610898565b610a7581610a6f84546109b9565b846109f1565b6020601f821160018114610aa7575f8315610a905750848201515b5f19600385901b1c1916600184901b178455610aff565b5f84815260208120601f198516915b82811015610ad65787850151825560209485019460019092019101610ab6565b5084821015610af357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156109eb575f1960209190910360031b1b16919050565b5f60208284031215610b6e575f5ffd5b815165ffffffffffff8116811461068c575f5ffd5b8181038181111561018957634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e051610100516101205161014051610160516145cc610c195f395f81816109a601528181611086015281816113ca0152818161247f015261269e01525f61137801525f61134e01525f61289701525f61286f01525f6127ca01525f6127f401525f61281e01526145cc5ff3fe608060405260043610610278575f3560e01c80637b3c71d31161014a578063c01f9e37116100be578063ea0217cf11610078578063ea0217cf146108ee578063eb9019d41461090d578063ece40cc11461092c578063f23a6e611461094b578063f8ce560a14610976578063fc0c546a14610995575f5ffd5b8063c01f9e37146107f0578063c28bc2fa14610827578063c59057e41461083a578063d33219b414610859578063dd4e2ba514610876578063deaaa7cc146108bb575f5ffd5b80639a802a6d1161010f5780639a802a6d14610740578063a7713a701461075f578063a890c91014610773578063ab58fb8e14610792578063b58131b0146107b1578063bc197c81146107c5575f5ffd5b80637b3c71d31461069d5780637d5e81e2146106bc57806384b0196e146106db57806391ddadf41461070257806397c3d3341461072d575f5ffd5b80633932abb1116101ec578063544ffc9c116101a6578063544ffc9c146105a557806354fd4d50146105f857806356781388146106215780635f398a141461064057806360c4247f1461065f57806370b0f6601461067e575f5ffd5b80633932abb1146104cb5780633bccf4fd146104df5780633e4f49e6146104fe578063438596321461052a578063452115d6146105725780634bf5d7e914610591575f5ffd5b8063143489d01161023d578063143489d01461039c578063150b7a02146103ef578063160cbed7146104325780632656227d146104515780632d63f693146104645780632fe3e26114610498575f5ffd5b806301ffc9a7146102e757806302a251a31461031b578063034201811461033d57806306f3f9e61461035c57806306fdde031461037b575f5ffd5b366102e357306102866109c8565b6001600160a01b0316146102e15760405162461bcd60e51b815260206004820152601f60248201527f476f7665726e6f723a206d7573742073656e6420746f206578656375746f720060448201526064015b60405180910390fd5b005b5f5ffd5b3480156102f2575f5ffd5b506103066103013660046136cb565b6109e0565b60405190151581526020015b60405180910390f35b348015610326575f5ffd5b5061032f6109f0565b604051908152602001610312565b348015610348575f5ffd5b5061032f610357366004613809565b6109fa565b348015610367575f5ffd5b506102e16103763660046138ac565b610af0565b348015610386575f5ffd5b5061038f610b79565b60405161031291906138f1565b3480156103a7575f5ffd5b506103d76103b63660046138ac565b5f90815260036020526040902054600160401b90046001600160a01b031690565b6040516001600160a01b039091168152602001610312565b3480156103fa575f5ffd5b50610419610409366004613917565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610312565b34801561043d575f5ffd5b5061032f61044c366004613add565b610c09565b61032f61045f366004613add565b610dfd565b34801561046f575f5ffd5b5061032f61047e3660046138ac565b5f908152600360205260409020546001600160401b031690565b3480156104a3575f5ffd5b5061032f7fb3b3f3b703cd84ce352197dcff232b1b5d3cfb2025ce47cf04742d0651f1af8881565b3480156104d6575f5ffd5b5061032f610eec565b3480156104ea575f5ffd5b5061032f6104f9366004613b70565b610ef6565b348015610509575f5ffd5b5061051d6105183660046138ac565b610f6a565b6040516103129190613bce565b348015610535575f5ffd5b50610306610544366004613bf4565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b34801561057d575f5ffd5b5061032f61058c366004613add565b610f74565b34801561059c575f5ffd5b5061038f611082565b3480156105b0575f5ffd5b506105dd6105bf3660046138ac565b5f908152600960205260409020805460018201546002909201549092565b60408051938452602084019290925290820152606001610312565b348015610603575f5ffd5b506040805180820190915260018152603160f81b602082015261038f565b34801561062c575f5ffd5b5061032f61063b366004613c22565b611142565b34801561064b575f5ffd5b5061032f61065a366004613c4c565b611169565b34801561066a575f5ffd5b5061032f6106793660046138ac565b6111b1565b348015610689575f5ffd5b506102e16106983660046138ac565b61125f565b3480156106a8575f5ffd5b5061032f6106b7366004613ccd565b6112e5565b3480156106c7575f5ffd5b5061032f6106d6366004613d22565b61132b565b3480156106e6575f5ffd5b506106ef611341565b6040516103129796959493929190613e18565b34801561070d575f5ffd5b506107166113c7565b60405165ffffffffffff9091168152602001610312565b348015610738575f5ffd5b50606461032f565b34801561074b575f5ffd5b5061032f61075a366004613e79565b61144f565b34801561076a575f5ffd5b5061032f611465565b34801561077e575f5ffd5b506102e161078d366004613ecd565b61148e565b34801561079d575f5ffd5b5061032f6107ac3660046138ac565b611514565b3480156107bc575f5ffd5b5061032f6115aa565b3480156107d0575f5ffd5b506104196107df366004613ee8565b63bc197c8160e01b95945050505050565b3480156107fb575f5ffd5b5061032f61080a3660046138ac565b5f908152600360205260409020600101546001600160401b031690565b6102e1610835366004613f7f565b6115b4565b348015610845575f5ffd5b5061032f610854366004613add565b6116be565b348015610864575f5ffd5b50600c546001600160a01b03166103d7565b348015610881575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261038f565b3480156108c6575f5ffd5b5061032f7f150214d74d59b7d1e90c73fc22ef3d991dd0a76b046543d4d80ab92d2a50328f81565b3480156108f9575f5ffd5b506102e16109083660046138ac565b6116f7565b348015610918575f5ffd5b5061032f610927366004613fbe565b61177d565b348015610937575f5ffd5b506102e16109463660046138ac565b61179c565b348015610956575f5ffd5b50610419610965366004613fe8565b63f23a6e6160e01b95945050505050565b348015610981575f5ffd5b5061032f6109903660046138ac565b611822565b3480156109a0575f5ffd5b506103d77f000000000000000000000000000000000000000000000000000000000000000081565b5f6109db600c546001600160a01b031690565b905090565b5f6109ea8261182c565b92915050565b5f6109db60075490565b5f5f610a9d610a957fb3b3f3b703cd84ce352197dcff232b1b5d3cfb2025ce47cf04742d0651f1af888c8c8c8c604051610a3592919061403f565b60405180910390208b80519060200120604051602001610a7a959493929190948552602085019390935260ff9190911660408401526060830152608082015260a00190565b60405160208183030381529060405280519060200120611850565b86868661187c565b9050610ae28a828b8b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508d9250611898915050565b9a9950505050505050505050565b610af86109c8565b6001600160a01b0316336001600160a01b031614610b285760405162461bcd60e51b81526004016102d89061404e565b30610b316109c8565b6001600160a01b031614610b6d575f8036604051610b5092919061403f565b604051809103902090505b80610b6660046119ea565b03610b5b57505b610b7681611a67565b50565b606060028054610b8890614085565b80601f0160208091040260200160405190810160405280929190818152602001828054610bb490614085565b8015610bff5780601f10610bd657610100808354040283529160200191610bff565b820191905f5260205f20905b815481529060010190602001808311610be257829003601f168201915b5050505050905090565b5f5f610c17868686866116be565b90506004610c2482610f6a565b6007811115610c3557610c35613bba565b14610c525760405162461bcd60e51b81526004016102d8906140bd565b600c546040805163793d064960e11b815290515f926001600160a01b03169163f27a0c929160048083019260209291908290030181865afa158015610c99573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cbd91906140fe565b600c5460405163b1c5f42760e01b81529192506001600160a01b03169063b1c5f42790610cf6908a908a908a905f908b906004016141a8565b602060405180830381865afa158015610d11573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d3591906140fe565b5f838152600d602052604080822092909255600c5491516308f2a0bb60e41b81526001600160a01b0390921691638f2a0bb091610d7f918b918b918b91908b9089906004016141f5565b5f604051808303815f87803b158015610d96575f5ffd5b505af1158015610da8573d5f5f3e3d5ffd5b505050507f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892828242610dda9190614260565b604080519283526020830191909152015b60405180910390a15095945050505050565b5f5f610e0b868686866116be565b90505f610e1782610f6a565b90506004816007811115610e2d57610e2d613bba565b1480610e4a57506005816007811115610e4857610e48613bba565b145b610e665760405162461bcd60e51b81526004016102d8906140bd565b5f8281526003602052604090819020600201805460ff19166001179055517f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f90610eb39084815260200190565b60405180910390a1610ec88288888888611bd2565b610ed58288888888611c6b565b610ee28288888888611c78565b5095945050505050565b5f6109db60065490565b604080517f150214d74d59b7d1e90c73fc22ef3d991dd0a76b046543d4d80ab92d2a50328f602082015290810186905260ff851660608201525f908190610f4390610a9590608001610a7a565b9050610f5f87828860405180602001604052805f815250611cb0565b979650505050505050565b5f6109ea82611cd1565b5f5f610f82868686866116be565b90505f610f8e82610f6a565b6007811115610f9f57610f9f613bba565b14610fec5760405162461bcd60e51b815260206004820152601c60248201527f476f7665726e6f723a20746f6f206c61746520746f2063616e63656c0000000060448201526064016102d8565b5f81815260036020526040902054600160401b90046001600160a01b0316336001600160a01b03161461106c5760405162461bcd60e51b815260206004820152602260248201527f476f7665726e6f723a206f6e6c792070726f706f7365722063616e2063616e63604482015261195b60f21b60648201526084016102d8565b61107886868686611e15565b9695505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa92505050801561110157506040513d5f823e601f3d908101601f191682016040526110fe9190810190614273565b60015b61113d575060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b919050565b5f8033905061116184828560405180602001604052805f815250611cb0565b949350505050565b5f80339050610f5f87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611898915050565b600b545f908082036111c7575050600a54919050565b5f600b6111d56001846142e7565b815481106111e5576111e56142fa565b5f9182526020918290206040805180820190915291015463ffffffff8116808352600160201b9091046001600160e01b0316928201929092529150841061123a57602001516001600160e01b03169392505050565b61124e61124685611e22565b600b90611e8a565b6001600160e01b0316949350505050565b6112676109c8565b6001600160a01b0316336001600160a01b0316146112975760405162461bcd60e51b81526004016102d89061404e565b306112a06109c8565b6001600160a01b0316146112dc575f80366040516112bf92919061403f565b604051809103902090505b806112d560046119ea565b036112ca57505b610b7681611f37565b5f8033905061107886828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611cb092505050565b5f61133885858585611f78565b95945050505050565b5f606080828080836113737f000000000000000000000000000000000000000000000000000000000000000083612348565b61139e7f00000000000000000000000000000000000000000000000000000000000000006001612348565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611442575060408051601f3d908101601f1916820190925261143f9181019061430e565b60015b61113d576109db436123f1565b5f61145b848484612457565b90505b9392505050565b600b545f901561148757611479600b6124ea565b6001600160e01b0316905090565b50600a5490565b6114966109c8565b6001600160a01b0316336001600160a01b0316146114c65760405162461bcd60e51b81526004016102d89061404e565b306114cf6109c8565b6001600160a01b03161461150b575f80366040516114ee92919061403f565b604051809103902090505b8061150460046119ea565b036114f957505b610b7681612519565b600c545f828152600d602052604080822054905163d45c443560e01b81526004810191909152909182916001600160a01b039091169063d45c443590602401602060405180830381865afa15801561156e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061159291906140fe565b9050806001146115a2578061145e565b5f9392505050565b5f6109db60085490565b6115bc6109c8565b6001600160a01b0316336001600160a01b0316146115ec5760405162461bcd60e51b81526004016102d89061404e565b306115f56109c8565b6001600160a01b031614611631575f803660405161161492919061403f565b604051809103902090505b8061162a60046119ea565b0361161f57505b5f5f856001600160a01b031685858560405161164e92919061403f565b5f6040518083038185875af1925050503d805f8114611688576040519150601f19603f3d011682016040523d82523d5f602084013e61168d565b606091505b50915091506116b5828260405180606001604052806028815260200161456f60289139612582565b50505050505050565b5f848484846040516020016116d69493929190614333565b60408051601f19818403018152919052805160209091012095945050505050565b6116ff6109c8565b6001600160a01b0316336001600160a01b03161461172f5760405162461bcd60e51b81526004016102d89061404e565b306117386109c8565b6001600160a01b031614611774575f803660405161175792919061403f565b604051809103902090505b8061176d60046119ea565b0361176257505b610b768161259b565b5f61145e838361179760408051602081019091525f815290565b612457565b6117a46109c8565b6001600160a01b0316336001600160a01b0316146117d45760405162461bcd60e51b81526004016102d89061404e565b306117dd6109c8565b6001600160a01b031614611819575f80366040516117fc92919061403f565b604051809103902090505b8061181260046119ea565b0361180757505b610b768161263b565b5f6109ea8261267c565b5f6001600160e01b03198216636e665ced60e01b14806109ea57506109ea82612723565b5f6109ea61185c6127be565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f61188b878787876128e7565b91509150610ee2816129a4565b5f85815260036020526040812060016118b088610f6a565b60078111156118c1576118c1613bba565b1461191a5760405162461bcd60e51b815260206004820152602360248201527f476f7665726e6f723a20766f7465206e6f742063757272656e746c792061637460448201526269766560e81b60648201526084016102d8565b80545f906119339088906001600160401b031686612457565b90506119428888888488612aed565b83515f0361199657866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611989949392919061437d565b60405180910390a2610f5f565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb871289888489896040516119d79594939291906143a4565b60405180910390a2979650505050505050565b5f611a048254600f81810b600160801b909204900b131590565b15611a2257604051631ed9509560e11b815260040160405180910390fd5b508054600f0b5f818152600180840160205260408220805492905583546fffffffffffffffffffffffffffffffff191692016001600160801b03169190911790915590565b6064811115611aea5760405162461bcd60e51b815260206004820152604360248201527f476f7665726e6f72566f74657351756f72756d4672616374696f6e3a2071756f60448201527f72756d4e756d657261746f72206f7665722071756f72756d44656e6f6d696e616064820152623a37b960e91b608482015260a4016102d8565b5f611af3611465565b90508015801590611b045750600b54155b15611b6657604080518082019091525f8152600b9060208101611b2684612c60565b6001600160e01b0390811690915282546001810184555f93845260209384902083519490930151909116600160201b0263ffffffff909316929092179101555b611b93611b81611b746113c7565b65ffffffffffff16611e22565b611b8a84612c60565b600b9190612cc8565b505060408051828152602081018490527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a15050565b30611bdb6109c8565b6001600160a01b031614611c64575f5b8451811015611c6257306001600160a01b0316858281518110611c1057611c106142fa565b60200260200101516001600160a01b031603611c5a57611c5a838281518110611c3b57611c3b6142fa565b6020026020010151805190602001206004612ce290919063ffffffff16565b600101611beb565b505b5050505050565b611c648585858585612d1d565b30611c816109c8565b6001600160a01b031614611c6457600454600f81810b600160801b909204900b1315611c64575f600455611c64565b5f61133885858585611ccc60408051602081019091525f815290565b611898565b5f5f611cdc83612d8c565b90506004816007811115611cf257611cf2613bba565b14611cfd5792915050565b5f838152600d602052604090205480611d17575092915050565b600c54604051632ab0f52960e01b8152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611d5e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d8291906143e9565b15611d91575060079392505050565b600c54604051632c258a9f60e11b8152600481018390526001600160a01b039091169063584b153e90602401602060405180830381865afa158015611dd8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611dfc91906143e9565b15611e0b575060059392505050565b5060029392505050565b5f61133885858585612ec6565b5f63ffffffff821115611e865760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203360448201526532206269747360d01b60648201526084016102d8565b5090565b81545f9081816005811115611ee4575f611ea384612f6f565b611ead90856142e7565b5f8881526020902090915081015463ffffffff9081169087161015611ed457809150611ee2565b611edf816001614260565b92505b505b5f611ef187878585613053565b90508015611f2b57611f1587611f086001846142e7565b5f91825260209091200190565b54600160201b90046001600160e01b0316610f5f565b5f979650505050505050565b60065460408051918252602082018390527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a1600655565b5f33611f8481846130ae565b611fd05760405162461bcd60e51b815260206004820152601d60248201527f476f7665726e6f723a2070726f706f736572207265737472696374656400000060448201526064016102d8565b5f611fd96113c7565b65ffffffffffff169050611feb6115aa565b611ffa836109276001856142e7565b10156120625760405162461bcd60e51b815260206004820152603160248201527f476f7665726e6f723a2070726f706f73657220766f7465732062656c6f7720706044820152701c9bdc1bdcd85b081d1a1c995cda1bdb19607a1b60648201526084016102d8565b5f61207688888888805190602001206116be565b905086518851146120995760405162461bcd60e51b81526004016102d890614408565b85518851146120ba5760405162461bcd60e51b81526004016102d890614408565b5f88511161210a5760405162461bcd60e51b815260206004820152601860248201527f476f7665726e6f723a20656d7074792070726f706f73616c000000000000000060448201526064016102d8565b5f818152600360205260409020546001600160401b0316156121785760405162461bcd60e51b815260206004820152602160248201527f476f7665726e6f723a2070726f706f73616c20616c72656164792065786973746044820152607360f81b60648201526084016102d8565b5f612181610eec565b61218b9084614260565b90505f6121966109f0565b6121a09083614260565b90506040518060e001604052806121b684613196565b6001600160401b031681526001600160a01b03871660208201525f60408201526060016121e283613196565b6001600160401b0390811682525f60208084018290526040808501839052606094850183905288835260038252918290208551815492870151878501519186166001600160e01b031990941693909317600160401b6001600160a01b039094168402176001600160e01b0316600160e01b60e09290921c91909102178155938501516080860151908416921c0217600183015560a08301516002909201805460c09094015161ffff1990941692151561ff00191692909217610100931515939093029290921790558a517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e091859188918e918e918111156122e5576122e5613746565b60405190808252806020026020018201604052801561231857816020015b60608152602001906001900390816123035790505b508d88888f60405161233299989796959493929190614449565b60405180910390a1509098975050505050505050565b606060ff83146123625761235b836131fd565b90506109ea565b81805461236e90614085565b80601f016020809104026020016040519081016040528092919081815260200182805461239a90614085565b80156123e55780601f106123bc576101008083540402835291602001916123e5565b820191905f5260205f20905b8154815290600101906020018083116123c857829003601f168201915b505050505090506109ea565b5f65ffffffffffff821115611e865760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203460448201526538206269747360d01b60648201526084016102d8565b604051630748d63560e31b81526001600160a01b038481166004830152602482018490525f917f000000000000000000000000000000000000000000000000000000000000000090911690633a46b1a890604401602060405180830381865afa1580156124c6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061145b91906140fe565b80545f9080156115a25761250383611f086001846142e7565b54600160201b90046001600160e01b031661145e565b600c54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600c80546001600160a01b0319166001600160a01b0392909216919091179055565b6060831561259157508161145e565b61145e838361323a565b5f81116125fa5760405162461bcd60e51b815260206004820152602760248201527f476f7665726e6f7253657474696e67733a20766f74696e6720706572696f6420604482015266746f6f206c6f7760c81b60648201526084016102d8565b60075460408051918252602082018390527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a1600755565b60085460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600855565b5f6064612688836111b1565b604051632394e7a360e21b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638e539e8c90602401602060405180830381865afa1580156126eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061270f91906140fe565b6127199190614524565b6109ea919061454f565b5f63288ace0360e11b6318df743f60e31b63bf26d89760e01b6379dd796f60e01b6001600160e01b0319861682148061276857506001600160e01b0319868116908216145b8061277f57506001600160e01b0319868116908516145b8061279a57506001600160e01b03198616630271189760e51b145b8061107857506301ffc9a760e01b6001600160e01b03198716149695505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561281657507f000000000000000000000000000000000000000000000000000000000000000046145b1561284057507f000000000000000000000000000000000000000000000000000000000000000090565b6109db604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a083111561291c57505f9050600361299b565b604080515f8082526020820180845289905260ff881692820192909252606081018690526080810185905260019060a0016020604051602081039080840390855afa15801561296d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612995575f6001925092505061299b565b91505f90505b94509492505050565b5f8160048111156129b7576129b7613bba565b036129bf5750565b60018160048111156129d3576129d3613bba565b03612a205760405162461bcd60e51b815260206004820152601860248201527f45434453413a20696e76616c6964207369676e6174757265000000000000000060448201526064016102d8565b6002816004811115612a3457612a34613bba565b03612a815760405162461bcd60e51b815260206004820152601f60248201527f45434453413a20696e76616c6964207369676e6174757265206c656e6774680060448201526064016102d8565b6003816004811115612a9557612a95613bba565b03610b765760405162461bcd60e51b815260206004820152602260248201527f45434453413a20696e76616c6964207369676e6174757265202773272076616c604482015261756560f01b60648201526084016102d8565b5f8581526009602090815260408083206001600160a01b0388168452600381019092529091205460ff1615612b745760405162461bcd60e51b815260206004820152602760248201527f476f7665726e6f72566f74696e6753696d706c653a20766f746520616c726561604482015266191e4818d85cdd60ca1b60648201526084016102d8565b6001600160a01b0385165f9081526003820160205260409020805460ff1916600117905560ff8416612bbd5782815f015f828254612bb29190614260565b90915550611c629050565b5f1960ff851601612bdb5782816001015f828254612bb29190614260565b60011960ff851601612bfa5782816002015f828254612bb29190614260565b60405162461bcd60e51b815260206004820152603560248201527f476f7665726e6f72566f74696e6753696d706c653a20696e76616c69642076616044820152746c756520666f7220656e756d20566f74655479706560581b60648201526084016102d8565b5f6001600160e01b03821115611e865760405162461bcd60e51b815260206004820152602760248201527f53616665436173743a2076616c756520646f65736e27742066697420696e20326044820152663234206269747360c81b60648201526084016102d8565b5f80612cd5858585613264565b915091505b935093915050565b8154600160801b90819004600f0b5f818152600180860160205260409091209390935583546001600160801b03908116939091011602179055565b600c5460405163e38335e560e01b81526001600160a01b039091169063e38335e5903490612d57908890889088905f9089906004016141a8565b5f604051808303818588803b158015612d6e575f5ffd5b505af1158015612d80573d5f5f3e3d5ffd5b50505050505050505050565b5f818152600360205260408120600281015460ff1615612daf5750600792915050565b6002810154610100900460ff1615612dca5750600292915050565b5f838152600360205260408120546001600160401b031690819003612e315760405162461bcd60e51b815260206004820152601d60248201527f476f7665726e6f723a20756e6b6e6f776e2070726f706f73616c20696400000060448201526064016102d8565b5f612e3a6113c7565b65ffffffffffff169050808210612e5557505f949350505050565b5f858152600360205260409020600101546001600160401b0316818110612e825750600195945050505050565b612e8b866133ff565b8015612ea957505f8681526009602052604090208054600190910154115b15612eba5750600495945050505050565b50600395945050505050565b5f5f612ed486868686613449565b5f818152600d60205260409020549091501561133857600c545f828152600d60205260409081902054905163c4d252f560e01b81526001600160a01b039092169163c4d252f591612f2b9160040190815260200190565b5f604051808303815f87803b158015612f42575f5ffd5b505af1158015612f54573d5f5f3e3d5ffd5b5050505f828152600d60205260408120555095945050505050565b5f815f03612f7e57505f919050565b5f6001612f8a84613552565b901c6001901b90506001818481612fa357612fa361453b565b048201901c90506001818481612fbb57612fbb61453b565b048201901c90506001818481612fd357612fd361453b565b048201901c90506001818481612feb57612feb61453b565b048201901c905060018184816130035761300361453b565b048201901c9050600181848161301b5761301b61453b565b048201901c905060018184816130335761303361453b565b048201901c905061145e8182858161304d5761304d61453b565b046135e5565b5f5b818310156130a6575f61306884846135fa565b5f8781526020902090915063ffffffff86169082015463ffffffff161115613092578092506130a0565b61309d816001614260565b93505b50613055565b509392505050565b80515f9060348110156130c55760019150506109ea565b82810160131901516001600160a01b031981166b046e0e4dee0dee6cae47a60f60a31b146130f8576001925050506109ea565b5f806131056028856142e7565b90505b83811015613175575f5f61313b888481518110613127576131276142fa565b01602001516001600160f81b031916613614565b915091508161315357600196505050505050506109ea565b8060ff166004856001600160a01b0316901b1793505050806001019050613108565b50856001600160a01b0316816001600160a01b031614935050505092915050565b5f6001600160401b03821115611e865760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203660448201526534206269747360d01b60648201526084016102d8565b60605f613209836136a4565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b81511561324a5781518083602001fd5b8060405162461bcd60e51b81526004016102d891906138f1565b82545f90819080156133a7575f61328087611f086001856142e7565b60408051808201909152905463ffffffff808216808452600160201b9092046001600160e01b0316602084015291925090871610156133015760405162461bcd60e51b815260206004820152601b60248201527f436865636b706f696e743a2064656372656173696e67206b657973000000000060448201526064016102d8565b805163ffffffff808816911603613349578461332288611f086001866142e7565b80546001600160e01b0392909216600160201b0263ffffffff909216919091179055613397565b6040805180820190915263ffffffff80881682526001600160e01b0380881660208085019182528b54600181018d555f8d81529190912094519151909216600160201b029216919091179101555b602001519250839150612cda9050565b50506040805180820190915263ffffffff80851682526001600160e01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160201b029190931617920191909155905081612cda565b5f818152600960205260408120600281015460018201546134209190614260565b5f84815260036020526040902054613440906001600160401b0316611822565b11159392505050565b5f5f613457868686866116be565b90505f61346382610f6a565b9050600281600781111561347957613479613bba565b141580156134995750600681600781111561349657613496613bba565b14155b80156134b7575060078160078111156134b4576134b4613bba565b14155b6135035760405162461bcd60e51b815260206004820152601d60248201527f476f7665726e6f723a2070726f706f73616c206e6f742061637469766500000060448201526064016102d8565b5f8281526003602052604090819020600201805461ff001916610100179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c90610deb9084815260200190565b5f80608083901c1561356657608092831c92015b604083901c1561357857604092831c92015b602083901c1561358a57602092831c92015b601083901c1561359c57601092831c92015b600883901c156135ae57600892831c92015b600483901c156135c057600492831c92015b600283901c156135d257600292831c92015b600183901c156109ea5760010192915050565b5f8183106135f3578161145e565b5090919050565b5f613608600284841861454f565b61145e90848416614260565b5f8060f883901c602f8111801561362e5750603a8160ff16105b1561364357600194602f199091019350915050565b8060ff166040108015613659575060478160ff16105b1561366e576001946036199091019350915050565b8060ff166060108015613684575060678160ff16105b15613699576001946056199091019350915050565b505f93849350915050565b5f60ff8216601f8111156109ea57604051632cd44ac360e21b815260040160405180910390fd5b5f602082840312156136db575f5ffd5b81356001600160e01b03198116811461145e575f5ffd5b803560ff8116811461113d575f5ffd5b5f5f83601f840112613712575f5ffd5b5081356001600160401b03811115613728575f5ffd5b60208301915083602082850101111561373f575f5ffd5b9250929050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561378257613782613746565b604052919050565b5f6001600160401b038211156137a2576137a2613746565b50601f01601f191660200190565b5f6137c26137bd8461378a565b61375a565b90508281528383830111156137d5575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126137fa575f5ffd5b61145e838335602085016137b0565b5f5f5f5f5f5f5f5f60e0898b031215613820575f5ffd5b8835975061383060208a016136f2565b965060408901356001600160401b0381111561384a575f5ffd5b6138568b828c01613702565b90975095505060608901356001600160401b03811115613874575f5ffd5b6138808b828c016137eb565b94505061388f60808a016136f2565b979a969950949793969295929450505060a08201359160c0013590565b5f602082840312156138bc575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61145e60208301846138c3565b6001600160a01b0381168114610b76575f5ffd5b5f5f5f5f6080858703121561392a575f5ffd5b843561393581613903565b9350602085013561394581613903565b92506040850135915060608501356001600160401b03811115613966575f5ffd5b613972878288016137eb565b91505092959194509250565b5f6001600160401b0382111561399657613996613746565b5060051b60200190565b5f82601f8301126139af575f5ffd5b81356139bd6137bd8261397e565b8082825260208201915060208360051b8601019250858311156139de575f5ffd5b602085015b83811015610ee25780356139f681613903565b8352602092830192016139e3565b5f82601f830112613a13575f5ffd5b8135613a216137bd8261397e565b8082825260208201915060208360051b860101925085831115613a42575f5ffd5b602085015b83811015610ee2578035835260209283019201613a47565b5f82601f830112613a6e575f5ffd5b8135613a7c6137bd8261397e565b8082825260208201915060208360051b860101925085831115613a9d575f5ffd5b602085015b83811015610ee25780356001600160401b03811115613abf575f5ffd5b613ace886020838a01016137eb565b84525060209283019201613aa2565b5f5f5f5f60808587031215613af0575f5ffd5b84356001600160401b03811115613b05575f5ffd5b613b11878288016139a0565b94505060208501356001600160401b03811115613b2c575f5ffd5b613b3887828801613a04565b93505060408501356001600160401b03811115613b53575f5ffd5b613b5f87828801613a5f565b949793965093946060013593505050565b5f5f5f5f5f60a08688031215613b84575f5ffd5b85359450613b94602087016136f2565b9350613ba2604087016136f2565b94979396509394606081013594506080013592915050565b634e487b7160e01b5f52602160045260245ffd5b6020810160088310613bee57634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215613c05575f5ffd5b823591506020830135613c1781613903565b809150509250929050565b5f5f60408385031215613c33575f5ffd5b82359150613c43602084016136f2565b90509250929050565b5f5f5f5f5f60808688031215613c60575f5ffd5b85359450613c70602087016136f2565b935060408601356001600160401b03811115613c8a575f5ffd5b613c9688828901613702565b90945092505060608601356001600160401b03811115613cb4575f5ffd5b613cc0888289016137eb565b9150509295509295909350565b5f5f5f5f60608587031215613ce0575f5ffd5b84359350613cf0602086016136f2565b925060408501356001600160401b03811115613d0a575f5ffd5b613d1687828801613702565b95989497509550505050565b5f5f5f5f60808587031215613d35575f5ffd5b84356001600160401b03811115613d4a575f5ffd5b613d56878288016139a0565b94505060208501356001600160401b03811115613d71575f5ffd5b613d7d87828801613a04565b93505060408501356001600160401b03811115613d98575f5ffd5b613da487828801613a5f565b92505060608501356001600160401b03811115613dbf575f5ffd5b8501601f81018713613dcf575f5ffd5b613972878235602084016137b0565b5f8151808452602084019350602083015f5b82811015613e0e578151865260209586019590910190600101613df0565b5093949350505050565b60ff60f81b8816815260e060208201525f613e3660e08301896138c3565b8281036040840152613e4881896138c3565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501529050610ae28185613dde565b5f5f5f60608486031215613e8b575f5ffd5b8335613e9681613903565b92506020840135915060408401356001600160401b03811115613eb7575f5ffd5b613ec3868287016137eb565b9150509250925092565b5f60208284031215613edd575f5ffd5b813561145e81613903565b5f5f5f5f5f60a08688031215613efc575f5ffd5b8535613f0781613903565b94506020860135613f1781613903565b935060408601356001600160401b03811115613f31575f5ffd5b613f3d88828901613a04565b93505060608601356001600160401b03811115613f58575f5ffd5b613f6488828901613a04565b92505060808601356001600160401b03811115613cb4575f5ffd5b5f5f5f5f60608587031215613f92575f5ffd5b8435613f9d81613903565b93506020850135925060408501356001600160401b03811115613d0a575f5ffd5b5f5f60408385031215613fcf575f5ffd5b8235613fda81613903565b946020939093013593505050565b5f5f5f5f5f60a08688031215613ffc575f5ffd5b853561400781613903565b9450602086013561401781613903565b9350604086013592506060860135915060808601356001600160401b03811115613cb4575f5ffd5b818382375f9101908152919050565b60208082526018908201527f476f7665726e6f723a206f6e6c79476f7665726e616e63650000000000000000604082015260600190565b600181811c9082168061409957607f821691505b6020821081036140b757634e487b7160e01b5f52602260045260245ffd5b50919050565b60208082526021908201527f476f7665726e6f723a2070726f706f73616c206e6f74207375636365737366756040820152601b60fa1b606082015260800190565b5f6020828403121561410e575f5ffd5b5051919050565b5f8151808452602084019350602083015f5b82811015613e0e5781516001600160a01b0316865260209586019590910190600101614127565b5f82825180855260208501945060208160051b830101602085015f5b8381101561419c57601f198584030188526141868383516138c3565b602098890198909350919091019060010161416a565b50909695505050505050565b60a081525f6141ba60a0830188614115565b82810360208401526141cc8188613dde565b905082810360408401526141e0818761414e565b60608401959095525050608001529392505050565b60c081525f61420760c0830189614115565b82810360208401526142198189613dde565b9050828103604084015261422d818861414e565b60608401969096525050608081019290925260a0909101529392505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156109ea576109ea61424c565b5f60208284031215614283575f5ffd5b81516001600160401b03811115614298575f5ffd5b8201601f810184136142a8575f5ffd5b80516142b66137bd8261378a565b8181528560208385010111156142ca575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b818103818111156109ea576109ea61424c565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561431e575f5ffd5b815165ffffffffffff8116811461145e575f5ffd5b608081525f6143456080830187614115565b82810360208401526143578187613dde565b9050828103604084015261436b818661414e565b91505082606083015295945050505050565b84815260ff84166020820152826040820152608060608201525f61107860808301846138c3565b85815260ff8516602082015283604082015260a060608201525f6143cb60a08301856138c3565b82810360808401526143dd81856138c3565b98975050505050505050565b5f602082840312156143f9575f5ffd5b8151801515811461145e575f5ffd5b60208082526021908201527f476f7665726e6f723a20696e76616c69642070726f706f73616c206c656e67746040820152600d60fb1b606082015260800190565b8981526001600160a01b0389166020820152610120604082018190525f906144739083018a614115565b8281036060840152614485818a613dde565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b838110156144dc57601f198684030185526144c68383516138c3565b60209586019590935091909101906001016144aa565b505085810360a08701526144f0818b61414e565b93505050508560c08401528460e084015282810361010084015261451481856138c3565b9c9b505050505050505050505050565b80820281158282048414176109ea576109ea61424c565b634e487b7160e01b5f52601260045260245ffd5b5f8261456957634e487b7160e01b5f52601260045260245ffd5b50049056fe476f7665726e6f723a2072656c617920726576657274656420776974686f7574206d657373616765a2646970667358221220f1a47c0ded30cca25b7bff8d17c7fa4c0ad55d2058c48bc2446241946c7790c464736f6c63430008250033",
}

// DaoGovernorV4 is an auto generated Go binding around an Ethereum contract.
type DaoGovernorV4 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DaoGovernorV4) GetABI() abi.ABI {
	return c.abi
}

// NewDaoGovernorV4 creates a new instance of DaoGovernorV4.
func NewDaoGovernorV4() *DaoGovernorV4 {
	parsed, err := DaoGovernorV4MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DaoGovernorV4{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DaoGovernorV4) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, address token_, address timelock_, uint256 votingDelay_, uint256 votingPeriod_, uint256 proposalThreshold_, uint256 quorumNumerator_) returns()
func (daoGovernorV4 *DaoGovernorV4) PackConstructor(name_ string, token_ common.Address, timelock_ common.Address, votingDelay_ *big.Int, votingPeriod_ *big.Int, proposalThreshold_ *big.Int, quorumNumerator_ *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("", name_, token_, timelock_, votingDelay_, votingPeriod_, proposalThreshold_, quorumNumerator_)
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
func (daoGovernorV4 *DaoGovernorV4) PackBALLOTTYPEHASH() []byte {
	enc, err := daoGovernorV4.abi.Pack("BALLOT_TYPEHASH")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return daoGovernorV4.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernorV4 *DaoGovernorV4) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := daoGovernorV4.abi.Unpack("BALLOT_TYPEHASH", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackCLOCKMODE() []byte {
	enc, err := daoGovernorV4.abi.Pack("CLOCK_MODE")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackCLOCKMODE() ([]byte, error) {
	return daoGovernorV4.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoGovernorV4 *DaoGovernorV4) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := daoGovernorV4.abi.Unpack("CLOCK_MODE", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackCOUNTINGMODE() []byte {
	enc, err := daoGovernorV4.abi.Pack("COUNTING_MODE")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackCOUNTINGMODE() ([]byte, error) {
	return daoGovernorV4.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (daoGovernorV4 *DaoGovernorV4) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := daoGovernorV4.abi.Unpack("COUNTING_MODE", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := daoGovernorV4.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return daoGovernorV4.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (daoGovernorV4 *DaoGovernorV4) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := daoGovernorV4.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("cancel", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := daoGovernorV4.abi.Pack("castVote", proposalId, support)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return daoGovernorV4.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bccf4fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) PackCastVoteBySig(proposalId *big.Int, support uint8, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("castVoteBySig", proposalId, support, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bccf4fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) TryPackCastVoteBySig(proposalId *big.Int, support uint8, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("castVoteBySig", proposalId, support, v, r, s)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3bccf4fd.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("castVoteBySig", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := daoGovernorV4.abi.Pack("castVoteWithReason", proposalId, support, reason)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return daoGovernorV4.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("castVoteWithReason", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03420181.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, string reason, bytes params, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, reason string, params []byte, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, reason, params, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03420181.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, string reason, bytes params, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, reason string, params []byte, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, reason, params, v, r, s)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03420181.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, string reason, bytes params, uint8 v, bytes32 r, bytes32 s) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackClock() []byte {
	enc, err := daoGovernorV4.abi.Pack("clock")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackClock() ([]byte, error) {
	return daoGovernorV4.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (daoGovernorV4 *DaoGovernorV4) UnpackClock(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGovernorV4Eip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoGovernorV4 *DaoGovernorV4) PackGovernorV4Eip712Domain() []byte {
	enc, err := daoGovernorV4.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernorV4Eip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoGovernorV4 *DaoGovernorV4) TryPackGovernorV4Eip712Domain() ([]byte, error) {
	return daoGovernorV4.abi.Pack("eip712Domain")
}

// GovernorV4Eip712DomainOutput serves as a container for the return parameters of contract
// method GovernorV4Eip712Domain.
type GovernorV4Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackGovernorV4Eip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoGovernorV4 *DaoGovernorV4) UnpackGovernorV4Eip712Domain(data []byte) (GovernorV4Eip712DomainOutput, error) {
	out, err := daoGovernorV4.abi.Unpack("eip712Domain", data)
	outstruct := new(GovernorV4Eip712DomainOutput)
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
func (daoGovernorV4 *DaoGovernorV4) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("execute", targets, values, calldatas, descriptionHash)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("execute", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("getVotes", account, timepoint)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("getVotes", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("getVotesWithParams", account, timepoint, params)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("getVotesWithParams", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := daoGovernorV4.abi.Pack("hasVoted", proposalId, account)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return daoGovernorV4.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (daoGovernorV4 *DaoGovernorV4) UnpackHasVoted(data []byte) (bool, error) {
	out, err := daoGovernorV4.abi.Unpack("hasVoted", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("hashProposal", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackName() []byte {
	enc, err := daoGovernorV4.abi.Pack("name")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackName() ([]byte, error) {
	return daoGovernorV4.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (daoGovernorV4 *DaoGovernorV4) UnpackName(data []byte) (string, error) {
	out, err := daoGovernorV4.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoGovernorV4 *DaoGovernorV4) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoGovernorV4 *DaoGovernorV4) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := daoGovernorV4.abi.Unpack("onERC1155BatchReceived", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (daoGovernorV4 *DaoGovernorV4) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := daoGovernorV4.abi.Unpack("onERC1155Received", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (daoGovernorV4 *DaoGovernorV4) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := daoGovernorV4.abi.Unpack("onERC721Received", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("proposalDeadline", proposalId)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("proposalDeadline", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("proposalEta", proposalId)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (daoGovernorV4 *DaoGovernorV4) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("proposalProposer", proposalId)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := daoGovernorV4.abi.Unpack("proposalProposer", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("proposalSnapshot", proposalId)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("proposalSnapshot", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackProposalThreshold() []byte {
	enc, err := daoGovernorV4.abi.Pack("proposalThreshold")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackProposalThreshold() ([]byte, error) {
	return daoGovernorV4.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotesV4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (daoGovernorV4 *DaoGovernorV4) PackProposalVotesV4(proposalId *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotesV4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (daoGovernorV4 *DaoGovernorV4) TryPackProposalVotesV4(proposalId *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesV4Output serves as a container for the return parameters of contract
// method ProposalVotesV4.
type ProposalVotesV4Output struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotesV4 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalVotesV4(data []byte) (ProposalVotesV4Output, error) {
	out, err := daoGovernorV4.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesV4Output)
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
func (daoGovernorV4 *DaoGovernorV4) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := daoGovernorV4.abi.Pack("propose", targets, values, calldatas, description)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return daoGovernorV4.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("propose", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("queue", targets, values, calldatas, descriptionHash)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("queue", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackQuorum(timepoint *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("quorum", timepoint)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("quorum", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackQuorumDenominator() []byte {
	enc, err := daoGovernorV4.abi.Pack("quorumDenominator")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackQuorumDenominator() ([]byte, error) {
	return daoGovernorV4.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("quorumDenominator", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("quorumNumerator", timepoint)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("quorumNumerator", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackQuorumNumerator0() []byte {
	enc, err := daoGovernorV4.abi.Pack("quorumNumerator0")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackQuorumNumerator0() ([]byte, error) {
	return daoGovernorV4.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("quorumNumerator0", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("relay", target, value, data)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (daoGovernorV4 *DaoGovernorV4) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("setProposalThreshold", newProposalThreshold)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b0f660.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint256 newVotingDelay) returns()
func (daoGovernorV4 *DaoGovernorV4) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70b0f660.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint256 newVotingDelay) returns()
func (daoGovernorV4 *DaoGovernorV4) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0217cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint256 newVotingPeriod) returns()
func (daoGovernorV4 *DaoGovernorV4) PackSetVotingPeriod(newVotingPeriod *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0217cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint256 newVotingPeriod) returns()
func (daoGovernorV4 *DaoGovernorV4) TryPackSetVotingPeriod(newVotingPeriod *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (daoGovernorV4 *DaoGovernorV4) PackState(proposalId *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("state", proposalId)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackState(proposalId *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (daoGovernorV4 *DaoGovernorV4) UnpackState(data []byte) (uint8, error) {
	out, err := daoGovernorV4.abi.Unpack("state", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := daoGovernorV4.abi.Pack("supportsInterface", interfaceId)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return daoGovernorV4.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (daoGovernorV4 *DaoGovernorV4) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := daoGovernorV4.abi.Unpack("supportsInterface", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackTimelock() []byte {
	enc, err := daoGovernorV4.abi.Pack("timelock")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackTimelock() ([]byte, error) {
	return daoGovernorV4.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (daoGovernorV4 *DaoGovernorV4) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := daoGovernorV4.abi.Unpack("timelock", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackToken() []byte {
	enc, err := daoGovernorV4.abi.Pack("token")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackToken() ([]byte, error) {
	return daoGovernorV4.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (daoGovernorV4 *DaoGovernorV4) UnpackToken(data []byte) (common.Address, error) {
	out, err := daoGovernorV4.abi.Unpack("token", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := daoGovernorV4.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return daoGovernorV4.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (daoGovernorV4 *DaoGovernorV4) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := daoGovernorV4.abi.Pack("updateTimelock", newTimelock)
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
func (daoGovernorV4 *DaoGovernorV4) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return daoGovernorV4.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (daoGovernorV4 *DaoGovernorV4) PackVersion() []byte {
	enc, err := daoGovernorV4.abi.Pack("version")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackVersion() ([]byte, error) {
	return daoGovernorV4.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (daoGovernorV4 *DaoGovernorV4) UnpackVersion(data []byte) (string, error) {
	out, err := daoGovernorV4.abi.Unpack("version", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackVotingDelay() []byte {
	enc, err := daoGovernorV4.abi.Pack("votingDelay")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackVotingDelay() ([]byte, error) {
	return daoGovernorV4.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("votingDelay", data)
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
func (daoGovernorV4 *DaoGovernorV4) PackVotingPeriod() []byte {
	enc, err := daoGovernorV4.abi.Pack("votingPeriod")
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
func (daoGovernorV4 *DaoGovernorV4) TryPackVotingPeriod() ([]byte, error) {
	return daoGovernorV4.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (daoGovernorV4 *DaoGovernorV4) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := daoGovernorV4.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DaoGovernorV4EIP712DomainChanged represents a EIP712DomainChanged event raised by the DaoGovernorV4 contract.
type DaoGovernorV4EIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4EIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4EIP712DomainChanged) ContractEventName() string {
	return DaoGovernorV4EIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (daoGovernorV4 *DaoGovernorV4) UnpackEIP712DomainChangedEvent(log *types.Log) (*DaoGovernorV4EIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4EIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4ProposalCanceled represents a ProposalCanceled event raised by the DaoGovernorV4 contract.
type DaoGovernorV4ProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4ProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4ProposalCanceled) ContractEventName() string {
	return DaoGovernorV4ProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalCanceledEvent(log *types.Log) (*DaoGovernorV4ProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4ProposalCanceled)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4ProposalCreated represents a ProposalCreated event raised by the DaoGovernorV4 contract.
type DaoGovernorV4ProposalCreated struct {
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

const DaoGovernorV4ProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4ProposalCreated) ContractEventName() string {
	return DaoGovernorV4ProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalCreatedEvent(log *types.Log) (*DaoGovernorV4ProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4ProposalCreated)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4ProposalExecuted represents a ProposalExecuted event raised by the DaoGovernorV4 contract.
type DaoGovernorV4ProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4ProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4ProposalExecuted) ContractEventName() string {
	return DaoGovernorV4ProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalExecutedEvent(log *types.Log) (*DaoGovernorV4ProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4ProposalExecuted)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4ProposalQueued represents a ProposalQueued event raised by the DaoGovernorV4 contract.
type DaoGovernorV4ProposalQueued struct {
	ProposalId *big.Int
	Eta        *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4ProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4ProposalQueued) ContractEventName() string {
	return DaoGovernorV4ProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 eta)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalQueuedEvent(log *types.Log) (*DaoGovernorV4ProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4ProposalQueued)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4ProposalThresholdSet represents a ProposalThresholdSet event raised by the DaoGovernorV4 contract.
type DaoGovernorV4ProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4ProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4ProposalThresholdSet) ContractEventName() string {
	return DaoGovernorV4ProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (daoGovernorV4 *DaoGovernorV4) UnpackProposalThresholdSetEvent(log *types.Log) (*DaoGovernorV4ProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4ProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4QuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the DaoGovernorV4 contract.
type DaoGovernorV4QuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4QuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4QuorumNumeratorUpdated) ContractEventName() string {
	return DaoGovernorV4QuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (daoGovernorV4 *DaoGovernorV4) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*DaoGovernorV4QuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4QuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4TimelockChange represents a TimelockChange event raised by the DaoGovernorV4 contract.
type DaoGovernorV4TimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4TimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4TimelockChange) ContractEventName() string {
	return DaoGovernorV4TimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (daoGovernorV4 *DaoGovernorV4) UnpackTimelockChangeEvent(log *types.Log) (*DaoGovernorV4TimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4TimelockChange)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4VoteCast represents a VoteCast event raised by the DaoGovernorV4 contract.
type DaoGovernorV4VoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4VoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4VoteCast) ContractEventName() string {
	return DaoGovernorV4VoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (daoGovernorV4 *DaoGovernorV4) UnpackVoteCastEvent(log *types.Log) (*DaoGovernorV4VoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4VoteCast)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4VoteCastWithParams represents a VoteCastWithParams event raised by the DaoGovernorV4 contract.
type DaoGovernorV4VoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4VoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4VoteCastWithParams) ContractEventName() string {
	return DaoGovernorV4VoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (daoGovernorV4 *DaoGovernorV4) UnpackVoteCastWithParamsEvent(log *types.Log) (*DaoGovernorV4VoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4VoteCastWithParams)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4VotingDelaySet represents a VotingDelaySet event raised by the DaoGovernorV4 contract.
type DaoGovernorV4VotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4VotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4VotingDelaySet) ContractEventName() string {
	return DaoGovernorV4VotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (daoGovernorV4 *DaoGovernorV4) UnpackVotingDelaySetEvent(log *types.Log) (*DaoGovernorV4VotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4VotingDelaySet)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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

// DaoGovernorV4VotingPeriodSet represents a VotingPeriodSet event raised by the DaoGovernorV4 contract.
type DaoGovernorV4VotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DaoGovernorV4VotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (DaoGovernorV4VotingPeriodSet) ContractEventName() string {
	return DaoGovernorV4VotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (daoGovernorV4 *DaoGovernorV4) UnpackVotingPeriodSetEvent(log *types.Log) (*DaoGovernorV4VotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoGovernorV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoGovernorV4VotingPeriodSet)
	if len(log.Data) > 0 {
		if err := daoGovernorV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoGovernorV4.abi.Events[event].Inputs {
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
func (daoGovernorV4 *DaoGovernorV4) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], daoGovernorV4.abi.Errors["Empty"].ID.Bytes()[:4]) {
		return daoGovernorV4.UnpackEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernorV4.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return daoGovernorV4.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoGovernorV4.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return daoGovernorV4.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DaoGovernorV4Empty represents a Empty error raised by the DaoGovernorV4 contract.
type DaoGovernorV4Empty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Empty()
func DaoGovernorV4EmptyErrorID() common.Hash {
	return common.HexToHash("0x3db2a12a1fcfb6e2e0de8666c64b3244166edb7b25b200204a8d0cca9b65cf37")
}

// UnpackEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Empty()
func (daoGovernorV4 *DaoGovernorV4) UnpackEmptyError(raw []byte) (*DaoGovernorV4Empty, error) {
	out := new(DaoGovernorV4Empty)
	if err := daoGovernorV4.abi.UnpackIntoInterface(out, "Empty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorV4InvalidShortString represents a InvalidShortString error raised by the DaoGovernorV4 contract.
type DaoGovernorV4InvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DaoGovernorV4InvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (daoGovernorV4 *DaoGovernorV4) UnpackInvalidShortStringError(raw []byte) (*DaoGovernorV4InvalidShortString, error) {
	out := new(DaoGovernorV4InvalidShortString)
	if err := daoGovernorV4.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoGovernorV4StringTooLong represents a StringTooLong error raised by the DaoGovernorV4 contract.
type DaoGovernorV4StringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DaoGovernorV4StringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (daoGovernorV4 *DaoGovernorV4) UnpackStringTooLongError(raw []byte) (*DaoGovernorV4StringTooLong, error) {
	out := new(DaoGovernorV4StringTooLong)
	if err := daoGovernorV4.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
