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

// DaoTimelockV4MetaData contains all meta data concerning the DaoTimelockV4 contract.
var DaoTimelockV4MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIMELOCK_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DaoTimelockV4",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161220f38038061220f83398101604081905261002e916103a7565b838383836100495f51602061218f5f395f51905f52806101e1565b61006d5f5160206121af5f395f51905f525f51602061218f5f395f51905f526101e1565b6100915f5160206121cf5f395f51905f525f51602061218f5f395f51905f526101e1565b6100b55f5160206121ef5f395f51905f525f51602061218f5f395f51905f526101e1565b6100cc5f51602061218f5f395f51905f523061022b565b6001600160a01b038116156100f2576100f25f51602061218f5f395f51905f528261022b565b5f5b835181101561015e576101335f5160206121af5f395f51905f5285838151811061012057610120610426565b602002602001015161022b60201b60201c565b6101565f5160206121ef5f395f51905f5285838151811061012057610120610426565b6001016100f4565b505f5b82518110156101955761018d5f5160206121cf5f395f51905f5284838151811061012057610120610426565b600101610161565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a1505050505050505061043a565b5f82815260208190526040808220600101805490849055905190918391839186917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a4505050565b6102358282610239565b5050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610235575f828152602081815260408083206001600160a01b03851684529091529020805460ff191660011790556102913390565b6001600160a01b0316816001600160a01b0316837f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b03811681146102ff575f5ffd5b919050565b5f82601f830112610313575f5ffd5b81516001600160401b0381111561032c5761032c6102d5565b604051600582901b90603f8201601f191681016001600160401b038111828210171561035a5761035a6102d5565b604052918252602081850181019290810186841115610377575f5ffd5b6020860192505b8383101561039d5761038f836102e9565b81526020928301920161037e565b5095945050505050565b5f5f5f5f608085870312156103ba575f5ffd5b845160208601519094506001600160401b038111156103d7575f5ffd5b6103e387828801610304565b604087015190945090506001600160401b03811115610400575f5ffd5b61040c87828801610304565b92505061041b606086016102e9565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b611d48806104475f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f1461055d578063e38335e51461057c578063f23a6e611461058f578063f27a0c92146105ba575f5ffd5b8063bc197c81146104e8578063c4d252f514610513578063d45c443514610532575f5ffd5b806391d14854116100c257806391d1485414610464578063a217fddf14610483578063b08e51c014610496578063b1c5f427146104c9575f5ffd5b80638065657f146103f35780638f2a0bb0146104125780638f61f4f514610431575f5ffd5b8063248a9ca31161015257806331d507501161012d57806331d507501461037757806336568abe14610396578063584b153e146103b557806364d62353146103d4575f5ffd5b8063248a9ca3146102fb5780632ab0f529146103295780632f2ff15d14610358575f5ffd5b80630d3cf6fc1161018d5780630d3cf6fc14610253578063134008d31461028657806313bc9f2014610299578063150b7a02146102b8575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046113e0565b6105ce565b005b3480156101e9575f5ffd5b506101fd6101f836600461144e565b6106a2565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b34801561025e575f5ffd5b506102457f5f58e3a2316349923ce3780f8d587db2d72378aed66a8261c916544fa6846ca581565b6101dc610294366004611475565b6106cc565b3480156102a4575f5ffd5b506101fd6102b33660046114db565b61077e565b3480156102c3575f5ffd5b506102e26102d23660046115a1565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610209565b348015610306575f5ffd5b506102456103153660046114db565b5f9081526020819052604090206001015490565b348015610334575f5ffd5b506101fd6103433660046114db565b5f908152600160208190526040909120541490565b348015610363575f5ffd5b506101dc610372366004611604565b6107a3565b348015610382575f5ffd5b506101fd6103913660046114db565b6107cc565b3480156103a1575f5ffd5b506101dc6103b0366004611604565b6107e4565b3480156103c0575f5ffd5b506101fd6103cf3660046114db565b610867565b3480156103df575f5ffd5b506101dc6103ee3660046114db565b61087c565b3480156103fe575f5ffd5b5061024561040d366004611475565b610920565b34801561041d575f5ffd5b506101dc61042c36600461166e565b61095e565b34801561043c575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b34801561046f575f5ffd5b506101fd61047e366004611604565b610ae7565b34801561048e575f5ffd5b506102455f81565b3480156104a1575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156104d4575f5ffd5b506102456104e3366004611720565b610b0f565b3480156104f3575f5ffd5b506102e2610502366004611849565b63bc197c8160e01b95945050505050565b34801561051e575f5ffd5b506101dc61052d3660046114db565b610b53565b34801561053d575f5ffd5b5061024561054c3660046114db565b5f9081526001602052604090205490565b348015610568575f5ffd5b506101dc610577366004611604565b610c27565b6101dc61058a366004611720565b610c4b565b34801561059a575f5ffd5b506102e26105a93660046118f5565b63f23a6e6160e01b95945050505050565b3480156105c5575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16105f881610dc9565b5f610607898989898989610920565b90506106138184610dd6565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a60405161064e96959493929190611970565b60405180910390a3831561069757807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161068e91815260200190565b60405180910390a25b505050505050505050565b5f6001600160e01b03198216630271189760e51b14806106c657506106c682610ec4565b92915050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636106f7815f610ae7565b610705576107058133610ef8565b5f610714888888888888610920565b90506107208185610f51565b61072c88888888610fec565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a60405161076394939291906119ac565b60405180910390a3610774816110bb565b5050505050505050565b5f8181526001602052604081205460018111801561079c5750428111155b9392505050565b5f828152602081905260409020600101546107bd81610dc9565b6107c783836110f3565b505050565b5f8181526001602052604081205481905b1192915050565b6001600160a01b03811633146108595760405162461bcd60e51b815260206004820152602f60248201527f416363657373436f6e74726f6c3a2063616e206f6e6c792072656e6f756e636560448201526e103937b632b9903337b91039b2b63360891b60648201526084015b60405180910390fd5b6108638282611176565b5050565b5f8181526001602081905260408220546107dd565b3330146108df5760405162461bcd60e51b815260206004820152602b60248201527f54696d656c6f636b436f6e74726f6c6c65723a2063616c6c6572206d7573742060448201526a62652074696d656c6f636b60a81b6064820152608401610850565b60025460408051918252602082018390527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a1600255565b5f86868686868660405160200161093c96959493929190611970565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161098881610dc9565b8887146109a75760405162461bcd60e51b8152600401610850906119d3565b8885146109c65760405162461bcd60e51b8152600401610850906119d3565b5f6109d78b8b8b8b8b8b8b8b610b0f565b90506109e38184610dd6565b5f5b8a811015610a985780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a2257610a22611a16565b9050602002016020810190610a379190611a2a565b8d8d86818110610a4957610a49611a16565b905060200201358c8c87818110610a6257610a62611a16565b9050602002810190610a749190611a43565b8c8b604051610a8896959493929190611970565b60405180910390a36001016109e5565b508315610ada57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ad191815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610b2f989796959493929190611b1d565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b7d81610dc9565b610b8682610867565b610bec5760405162461bcd60e51b815260206004820152603160248201527f54696d656c6f636b436f6e74726f6c6c65723a206f7065726174696f6e2063616044820152701b9b9bdd0818994818d85b98d95b1b1959607a1b6064820152608401610850565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610c4181610dc9565b6107c78383611176565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610c76815f610ae7565b610c8457610c848133610ef8565b878614610ca35760405162461bcd60e51b8152600401610850906119d3565b878414610cc25760405162461bcd60e51b8152600401610850906119d3565b5f610cd38a8a8a8a8a8a8a8a610b0f565b9050610cdf8185610f51565b5f5b89811015610db3575f8b8b83818110610cfc57610cfc611a16565b9050602002016020810190610d119190611a2a565b90505f8a8a84818110610d2657610d26611a16565b905060200201359050365f8a8a86818110610d4357610d43611a16565b9050602002810190610d559190611a43565b91509150610d6584848484610fec565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610d9c94939291906119ac565b60405180910390a350505050806001019050610ce1565b50610dbd816110bb565b50505050505050505050565b610dd38133610ef8565b50565b610ddf826107cc565b15610e445760405162461bcd60e51b815260206004820152602f60248201527f54696d656c6f636b436f6e74726f6c6c65723a206f7065726174696f6e20616c60448201526e1c9958591e481cd8da19591d5b1959608a1b6064820152608401610850565b600254811015610ea55760405162461bcd60e51b815260206004820152602660248201527f54696d656c6f636b436f6e74726f6c6c65723a20696e73756666696369656e746044820152652064656c617960d01b6064820152608401610850565b610eaf8142611bd0565b5f928352600160205260409092209190915550565b5f6001600160e01b03198216637965db0b60e01b14806106c657506301ffc9a760e01b6001600160e01b03198316146106c6565b610f028282610ae7565b61086357610f0f816111da565b610f1a8360206111ec565b604051602001610f2b929190611bfa565b60408051601f198184030181529082905262461bcd60e51b825261085091600401611c58565b610f5a8261077e565b610f765760405162461bcd60e51b815260040161085090611c8d565b801580610f9157505f81815260016020819052604090912054145b6108635760405162461bcd60e51b815260206004820152602660248201527f54696d656c6f636b436f6e74726f6c6c65723a206d697373696e6720646570656044820152656e64656e637960d01b6064820152608401610850565b5f846001600160a01b0316848484604051611008929190611cd7565b5f6040518083038185875af1925050503d805f8114611042576040519150601f19603f3d011682016040523d82523d5f602084013e611047565b606091505b50509050806110b45760405162461bcd60e51b815260206004820152603360248201527f54696d656c6f636b436f6e74726f6c6c65723a20756e6465726c79696e6720746044820152721c985b9cd858dd1a5bdb881c995d995c9d1959606a1b6064820152608401610850565b5050505050565b6110c48161077e565b6110e05760405162461bcd60e51b815260040161085090611c8d565b5f90815260016020819052604090912055565b6110fd8282610ae7565b610863575f828152602081815260408083206001600160a01b03851684529091529020805460ff191660011790556111323390565b6001600160a01b0316816001600160a01b0316837f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45050565b6111808282610ae7565b15610863575f828152602081815260408083206001600160a01b0385168085529252808320805460ff1916905551339285917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45050565b60606106c66001600160a01b03831660145b60605f6111fa836002611ce6565b611205906002611bd0565b6001600160401b0381111561121c5761121c6114f2565b6040519080825280601f01601f191660200182016040528015611246576020820181803683370190505b509050600360fc1b815f8151811061126057611260611a16565b60200101906001600160f81b03191690815f1a905350600f60fb1b8160018151811061128e5761128e611a16565b60200101906001600160f81b03191690815f1a9053505f6112b0846002611ce6565b6112bb906001611bd0565b90505b6001811115611332576f181899199a1a9b1b9c1cb0b131b232b360811b85600f16601081106112ef576112ef611a16565b1a60f81b82828151811061130557611305611a16565b60200101906001600160f81b03191690815f1a90535060049490941c9361132b81611cfd565b90506112be565b50831561079c5760405162461bcd60e51b815260206004820181905260248201527f537472696e67733a20686578206c656e67746820696e73756666696369656e746044820152606401610850565b80356001600160a01b0381168114611397575f5ffd5b919050565b5f5f83601f8401126113ac575f5ffd5b5081356001600160401b038111156113c2575f5ffd5b6020830191508360208285010111156113d9575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156113f6575f5ffd5b6113ff88611381565b96506020880135955060408801356001600160401b03811115611420575f5ffd5b61142c8a828b0161139c565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f6020828403121561145e575f5ffd5b81356001600160e01b03198116811461079c575f5ffd5b5f5f5f5f5f5f60a0878903121561148a575f5ffd5b61149387611381565b95506020870135945060408701356001600160401b038111156114b4575f5ffd5b6114c089828a0161139c565b979a9699509760608101359660809091013595509350505050565b5f602082840312156114eb575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561152e5761152e6114f2565b604052919050565b5f82601f830112611545575f5ffd5b81356001600160401b0381111561155e5761155e6114f2565b611571601f8201601f1916602001611506565b818152846020838601011115611585575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f608085870312156115b4575f5ffd5b6115bd85611381565b93506115cb60208601611381565b92506040850135915060608501356001600160401b038111156115ec575f5ffd5b6115f887828801611536565b91505092959194509250565b5f5f60408385031215611615575f5ffd5b8235915061162560208401611381565b90509250929050565b5f5f83601f84011261163e575f5ffd5b5081356001600160401b03811115611654575f5ffd5b6020830191508360208260051b85010111156113d9575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611686575f5ffd5b89356001600160401b0381111561169b575f5ffd5b6116a78c828d0161162e565b909a5098505060208a01356001600160401b038111156116c5575f5ffd5b6116d18c828d0161162e565b90985096505060408a01356001600160401b038111156116ef575f5ffd5b6116fb8c828d0161162e565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611737575f5ffd5b88356001600160401b0381111561174c575f5ffd5b6117588b828c0161162e565b90995097505060208901356001600160401b03811115611776575f5ffd5b6117828b828c0161162e565b90975095505060408901356001600160401b038111156117a0575f5ffd5b6117ac8b828c0161162e565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126117d9575f5ffd5b81356001600160401b038111156117f2576117f26114f2565b8060051b61180260208201611506565b9182526020818501810192908101908684111561181d575f5ffd5b6020860192505b8383101561183f578235825260209283019290910190611824565b9695505050505050565b5f5f5f5f5f60a0868803121561185d575f5ffd5b61186686611381565b945061187460208701611381565b935060408601356001600160401b0381111561188e575f5ffd5b61189a888289016117ca565b93505060608601356001600160401b038111156118b5575f5ffd5b6118c1888289016117ca565b92505060808601356001600160401b038111156118dc575f5ffd5b6118e888828901611536565b9150509295509295909350565b5f5f5f5f5f60a08688031215611909575f5ffd5b61191286611381565b945061192060208701611381565b9350604086013592506060860135915060808601356001600160401b038111156118dc575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61199760a083018688611948565b60608301949094525060800152949350505050565b60018060a01b0385168152836020820152606060408201525f61183f606083018486611948565b60208082526023908201527f54696d656c6f636b436f6e74726f6c6c65723a206c656e677468206d69736d616040820152620e8c6d60eb1b606082015260800190565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611a3a575f5ffd5b61079c82611381565b5f5f8335601e19843603018112611a58575f5ffd5b8301803591506001600160401b03821115611a71575f5ffd5b6020019150368190038213156113d9575f5ffd5b5f8383855260208501945060208460051b820101835f601e19863603015b87821015611b1057848403601f190189528235818112611ac1575f5ffd5b87016020810190356001600160401b03811115611adc575f5ffd5b803603821315611aea575f5ffd5b611af5868284611948565b95505050602083019250602089019850600182019150611aa3565b5091979650505050505050565b60a080825281018890525f8960c08301825b8b811015611b5d576001600160a01b03611b4884611381565b16825260209283019290910190600101611b2f565b5083810360208501528881526001600160fb1b03891115611b7c575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611ba49082018789611a85565b60608401959095525050608001529695505050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106c6576106c6611bbc565b5f81518060208401855e5f93019283525090919050565b7f416363657373436f6e74726f6c3a206163636f756e742000000000000000000081525f611c2b6017830185611be3565b7001034b99036b4b9b9b4b733903937b6329607d1b8152611c4f6011820185611be3565b95945050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6020808252602a908201527f54696d656c6f636b436f6e74726f6c6c65723a206f7065726174696f6e206973604082015269206e6f7420726561647960b01b606082015260800190565b818382375f9101908152919050565b80820281158282048414176106c6576106c6611bbc565b5f81611d0b57611d0b611bbc565b505f19019056fea2646970667358221220fc7fdc90676a7386bfd30f07a2a8303baa3c42bfd97bbb796fea162972a5f3a664736f6c634300082500335f58e3a2316349923ce3780f8d587db2d72378aed66a8261c916544fa6846ca5b09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1d8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63fd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783",
}

// DaoTimelockV4 is an auto generated Go binding around an Ethereum contract.
type DaoTimelockV4 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DaoTimelockV4) GetABI() abi.ABI {
	return c.abi
}

// NewDaoTimelockV4 creates a new instance of DaoTimelockV4.
func NewDaoTimelockV4() *DaoTimelockV4 {
	parsed, err := DaoTimelockV4MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DaoTimelockV4{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DaoTimelockV4) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minDelay, address[] proposers, address[] executors, address admin) returns()
func (daoTimelockV4 *DaoTimelockV4) PackConstructor(minDelay *big.Int, proposers []common.Address, executors []common.Address, admin common.Address) []byte {
	enc, err := daoTimelockV4.abi.Pack("", minDelay, proposers, executors, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackCANCELLERROLE() []byte {
	enc, err := daoTimelockV4.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackCANCELLERROLE() ([]byte, error) {
	return daoTimelockV4.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("CANCELLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackDEFAULTADMINROLE() []byte {
	enc, err := daoTimelockV4.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return daoTimelockV4.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackEXECUTORROLE() []byte {
	enc, err := daoTimelockV4.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackEXECUTORROLE() ([]byte, error) {
	return daoTimelockV4.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackPROPOSERROLE() []byte {
	enc, err := daoTimelockV4.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackPROPOSERROLE() ([]byte, error) {
	return daoTimelockV4.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTIMELOCKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d3cf6fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIMELOCK_ADMIN_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackTIMELOCKADMINROLE() []byte {
	enc, err := daoTimelockV4.abi.Pack("TIMELOCK_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIMELOCKADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d3cf6fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIMELOCK_ADMIN_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackTIMELOCKADMINROLE() ([]byte, error) {
	return daoTimelockV4.abi.Pack("TIMELOCK_ADMIN_ROLE")
}

// UnpackTIMELOCKADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d3cf6fc.
//
// Solidity: function TIMELOCK_ADMIN_ROLE() view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackTIMELOCKADMINROLE(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("TIMELOCK_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (daoTimelockV4 *DaoTimelockV4) PackCancel(id [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackCancel(id [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (daoTimelockV4 *DaoTimelockV4) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (daoTimelockV4 *DaoTimelockV4) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (daoTimelockV4 *DaoTimelockV4) PackGetMinDelay() []byte {
	enc, err := daoTimelockV4.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (daoTimelockV4 *DaoTimelockV4) TryPackGetMinDelay() ([]byte, error) {
	return daoTimelockV4.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (daoTimelockV4 *DaoTimelockV4) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := daoTimelockV4.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (daoTimelockV4 *DaoTimelockV4) PackGetTimestamp(id [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (daoTimelockV4 *DaoTimelockV4) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (daoTimelockV4 *DaoTimelockV4) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := daoTimelockV4.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (daoTimelockV4 *DaoTimelockV4) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := daoTimelockV4.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return daoTimelockV4.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := daoTimelockV4.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return daoTimelockV4.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) UnpackHasRole(data []byte) (bool, error) {
	out, err := daoTimelockV4.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (daoTimelockV4 *DaoTimelockV4) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) PackIsOperation(id [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) UnpackIsOperation(data []byte) (bool, error) {
	out, err := daoTimelockV4.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) PackIsOperationDone(id [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := daoTimelockV4.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) PackIsOperationPending(id [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := daoTimelockV4.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) PackIsOperationReady(id [32]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := daoTimelockV4.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoTimelockV4 *DaoTimelockV4) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
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
func (daoTimelockV4 *DaoTimelockV4) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (daoTimelockV4 *DaoTimelockV4) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("onERC1155BatchReceived", data)
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
func (daoTimelockV4 *DaoTimelockV4) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
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
func (daoTimelockV4 *DaoTimelockV4) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (daoTimelockV4 *DaoTimelockV4) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("onERC1155Received", data)
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
func (daoTimelockV4 *DaoTimelockV4) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
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
func (daoTimelockV4 *DaoTimelockV4) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (daoTimelockV4 *DaoTimelockV4) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := daoTimelockV4.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (daoTimelockV4 *DaoTimelockV4) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := daoTimelockV4.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return daoTimelockV4.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (daoTimelockV4 *DaoTimelockV4) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := daoTimelockV4.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return daoTimelockV4.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (daoTimelockV4 *DaoTimelockV4) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := daoTimelockV4.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return daoTimelockV4.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (daoTimelockV4 *DaoTimelockV4) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := daoTimelockV4.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return daoTimelockV4.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := daoTimelockV4.abi.Pack("supportsInterface", interfaceId)
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
func (daoTimelockV4 *DaoTimelockV4) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return daoTimelockV4.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (daoTimelockV4 *DaoTimelockV4) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := daoTimelockV4.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (daoTimelockV4 *DaoTimelockV4) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := daoTimelockV4.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (daoTimelockV4 *DaoTimelockV4) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return daoTimelockV4.abi.Pack("updateDelay", newDelay)
}

// DaoTimelockV4CallExecuted represents a CallExecuted event raised by the DaoTimelockV4 contract.
type DaoTimelockV4CallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4CallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4CallExecuted) ContractEventName() string {
	return DaoTimelockV4CallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (daoTimelockV4 *DaoTimelockV4) UnpackCallExecutedEvent(log *types.Log) (*DaoTimelockV4CallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4CallExecuted)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4CallSalt represents a CallSalt event raised by the DaoTimelockV4 contract.
type DaoTimelockV4CallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4CallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4CallSalt) ContractEventName() string {
	return DaoTimelockV4CallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (daoTimelockV4 *DaoTimelockV4) UnpackCallSaltEvent(log *types.Log) (*DaoTimelockV4CallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4CallSalt)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4CallScheduled represents a CallScheduled event raised by the DaoTimelockV4 contract.
type DaoTimelockV4CallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4CallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4CallScheduled) ContractEventName() string {
	return DaoTimelockV4CallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (daoTimelockV4 *DaoTimelockV4) UnpackCallScheduledEvent(log *types.Log) (*DaoTimelockV4CallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4CallScheduled)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4Cancelled represents a Cancelled event raised by the DaoTimelockV4 contract.
type DaoTimelockV4Cancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4CancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4Cancelled) ContractEventName() string {
	return DaoTimelockV4CancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (daoTimelockV4 *DaoTimelockV4) UnpackCancelledEvent(log *types.Log) (*DaoTimelockV4Cancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4Cancelled)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4MinDelayChange represents a MinDelayChange event raised by the DaoTimelockV4 contract.
type DaoTimelockV4MinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4MinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4MinDelayChange) ContractEventName() string {
	return DaoTimelockV4MinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (daoTimelockV4 *DaoTimelockV4) UnpackMinDelayChangeEvent(log *types.Log) (*DaoTimelockV4MinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4MinDelayChange)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4RoleAdminChanged represents a RoleAdminChanged event raised by the DaoTimelockV4 contract.
type DaoTimelockV4RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4RoleAdminChanged) ContractEventName() string {
	return DaoTimelockV4RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (daoTimelockV4 *DaoTimelockV4) UnpackRoleAdminChangedEvent(log *types.Log) (*DaoTimelockV4RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4RoleGranted represents a RoleGranted event raised by the DaoTimelockV4 contract.
type DaoTimelockV4RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4RoleGranted) ContractEventName() string {
	return DaoTimelockV4RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (daoTimelockV4 *DaoTimelockV4) UnpackRoleGrantedEvent(log *types.Log) (*DaoTimelockV4RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4RoleGranted)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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

// DaoTimelockV4RoleRevoked represents a RoleRevoked event raised by the DaoTimelockV4 contract.
type DaoTimelockV4RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DaoTimelockV4RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DaoTimelockV4RoleRevoked) ContractEventName() string {
	return DaoTimelockV4RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (daoTimelockV4 *DaoTimelockV4) UnpackRoleRevokedEvent(log *types.Log) (*DaoTimelockV4RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTimelockV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTimelockV4RoleRevoked)
	if len(log.Data) > 0 {
		if err := daoTimelockV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTimelockV4.abi.Events[event].Inputs {
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
