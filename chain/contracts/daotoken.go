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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// DaoTokenMetaData contains all meta data concerning the DaoToken contract.
var DaoTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"increasedSupply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"ERC20ExceededSafeSupply\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"clock\",\"type\":\"uint48\"}],\"name\":\"ERC5805FutureLookup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC6372InconsistentClock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"VotesExpiredSignature\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousVotes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newVotes\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint48\",\"name\":\"_key\",\"type\":\"uint48\"},{\"internalType\":\"uint208\",\"name\":\"_value\",\"type\":\"uint208\"}],\"internalType\":\"structCheckpoints.Checkpoint208\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DaoToken",
	Bin: "0x610160604052348015610010575f5ffd5b506040516122af3803806122af83398101604081905261002f9161028a565b808380604051806040016040528060018152602001603160f81b8152508686816003908161005d919061039e565b50600461006a828261039e565b50505061007c8261015f60201b60201c565b610120526100898161015f565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03811661014d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101568161019c565b505050506104b4565b5f5f829050601f81511115610189578260405163305a27a960e01b8152600401610144919061045c565b805161019482610491565b179392505050565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610210575f5ffd5b81516001600160401b03811115610229576102296101ed565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610257576102576101ed565b60405281815283820160200185101561026e575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f6060848603121561029c575f5ffd5b83516001600160401b038111156102b1575f5ffd5b6102bd86828701610201565b602086015190945090506001600160401b038111156102da575f5ffd5b6102e686828701610201565b604086015190935090506001600160a01b0381168114610304575f5ffd5b809150509250925092565b600181811c9082168061032357607f821691505b60208210810361034157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610399578282111561039957805f5260205f20601f840160051c602085101561037257505f5b90810190601f840160051c035f5b81811015610395575f83820155600101610380565b5050505b505050565b81516001600160401b038111156103b7576103b76101ed565b6103cb816103c5845461030f565b84610347565b6020601f8211600181146103fd575f83156103e65750848201515b5f19600385901b1c1916600184901b178455610455565b5f84815260208120601f198516915b8281101561042c578785015182556020948501946001909201910161040c565b508482101561044957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610341575f1960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051611daa6105055f395f610d7601525f610d4b01525f610a7f01525f610a5701525f6109b201525f6109dc01525f610a060152611daa5ff3fe608060405234801561000f575f5ffd5b50600436106101a1575f3560e01c8063715018a6116100f35780639ab24eb011610093578063d505accf1161006e578063d505accf146103b2578063dd62ed3e146103c5578063f1127ed8146103fd578063f2fde38b1461043c575f5ffd5b80639ab24eb014610379578063a9059cbb1461038c578063c3cda5201461039f575f5ffd5b80638da5cb5b116100ce5780638da5cb5b1461032e5780638e539e8c1461033f57806391ddadf41461035257806395d89b4114610371575f5ffd5b8063715018a6146102f85780637ecebe001461030057806384b0196e14610313575f5ffd5b80633a46b1a81161015e578063587cde1e11610139578063587cde1e146102525780635c19a95c146102955780636fcfff45146102a857806370a08231146102d0575f5ffd5b80633a46b1a81461022257806340c10f19146102355780634bf5d7e91461024a575f5ffd5b806306fdde03146101a5578063095ea7b3146101c357806318160ddd146101e657806323b872dd146101f8578063313ce5671461020b5780633644e5151461021a575b5f5ffd5b6101ad61044f565b6040516101ba91906119fb565b60405180910390f35b6101d66101d1366004611a28565b6104df565b60405190151581526020016101ba565b6002545b6040519081526020016101ba565b6101d6610206366004611a50565b6104f8565b604051601281526020016101ba565b6101ea61051b565b6101ea610230366004611a28565b610529565b610248610243366004611a28565b610563565b005b6101ad610579565b61027d610260366004611a8a565b6001600160a01b039081165f908152600860205260409020541690565b6040516001600160a01b0390911681526020016101ba565b6102486102a3366004611a8a565b610586565b6102bb6102b6366004611a8a565b610591565b60405163ffffffff90911681526020016101ba565b6101ea6102de366004611a8a565b6001600160a01b03165f9081526020819052604090205490565b61024861059b565b6101ea61030e366004611a8a565b6105ae565b61031b6105b8565b6040516101ba9796959493929190611aa3565b600b546001600160a01b031661027d565b6101ea61034d366004611b39565b6105fa565b61035a61061e565b60405165ffffffffffff90911681526020016101ba565b6101ad610627565b6101ea610387366004611a8a565b610636565b6101d661039a366004611a28565b610656565b6102486103ad366004611b60565b610663565b6102486103c0366004611bb4565b610724565b6101ea6103d3366004611c1a565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61041061040b366004611c4b565b61085a565b60408051825165ffffffffffff1681526020928301516001600160d01b031692810192909252016101ba565b61024861044a366004611a8a565b61087e565b60606003805461045e90611c88565b80601f016020809104026020016040519081016040528092919081815260200182805461048a90611c88565b80156104d55780601f106104ac576101008083540402835291602001916104d5565b820191905f5260205f20905b8154815290600101906020018083116104b857829003601f168201915b5050505050905090565b5f336104ec8185856108bb565b60019150505b92915050565b5f336105058582856108cd565b610510858585610949565b506001949350505050565b5f6105246109a6565b905090565b5f61055361053683610acf565b6001600160a01b0385165f90815260096020526040902090610b1d565b6001600160d01b03169392505050565b61056b610bcd565b6105758282610bfa565b5050565b606061052461061e610c2e565b336105758183610c44565b5f6104f282610cb5565b6105a3610bcd565b6105ac5f610cd6565b565b5f6104f282610d27565b5f6060805f5f5f60606105c9610d44565b6105d1610d6f565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61060f61060783610acf565b600a90610b1d565b6001600160d01b031692915050565b5f610524610d9a565b60606004805461045e90611c88565b6001600160a01b0381165f90815260096020526040812061060f90610da4565b5f336104ec818585610949565b8342111561068c57604051632341d78760e11b8152600481018590526024015b60405180910390fd5b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f90610705906106fd9060a00160405160208183030381529060405280519060200120610ddb565b858585610e07565b90506107118187610e33565b61071b8188610c44565b50505050505050565b834211156107485760405163313c898160e11b815260048101859052602401610683565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886107938c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6107ed82610ddb565b90505f6107fc82878787610e07565b9050896001600160a01b0316816001600160a01b031614610843576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610683565b61084e8a8a8a6108bb565b50505050505050505050565b604080518082019091525f80825260208201526108778383610e85565b9392505050565b610886610bcd565b6001600160a01b0381166108af57604051631e4fbdf760e01b81525f6004820152602401610683565b6108b881610cd6565b50565b6108c88383836001610eb9565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610943578181101561093557604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610683565b61094384848484035f610eb9565b50505050565b6001600160a01b03831661097257604051634b637e8f60e11b81525f6004820152602401610683565b6001600160a01b03821661099b5760405163ec442f0560e01b81525f6004820152602401610683565b6108c8838383610f8b565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156109fe57507f000000000000000000000000000000000000000000000000000000000000000046145b15610a2857507f000000000000000000000000000000000000000000000000000000000000000090565b610524604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f610ad961061e565b90508065ffffffffffff168310610b1457604051637669fc0f60e11b81526004810184905265ffffffffffff82166024820152604401610683565b61087783610f96565b81545f9081816005811115610b79575f610b3684610fcc565b610b409085611cd4565b5f8881526020902090915081015465ffffffffffff9081169087161015610b6957809150610b77565b610b74816001611ce7565b92505b505b5f610b8687878585611124565b90508015610bc057610baa87610b9d600184611cd4565b5f91825260209091200190565b54600160301b90046001600160d01b0316610bc2565b5f5b979650505050505050565b600b546001600160a01b031633146105ac5760405163118cdaa760e01b8152336004820152602401610683565b6001600160a01b038216610c235760405163ec442f0560e01b81525f6004820152602401610683565b6105755f8383610f8b565b60606104f2610c3f8363ffffffff16565b61117a565b6001600160a01b038281165f8181526008602052604080822080548686166001600160a01b0319821681179092559151919094169392849290917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a46108c88183610cb0866111ec565b611209565b6001600160a01b0381165f908152600960205260408120546104f290611372565b600b80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381165f908152600760205260408120546104f2565b60606105247f00000000000000000000000000000000000000000000000000000000000000006113a2565b60606105247f00000000000000000000000000000000000000000000000000000000000000006113a2565b5f61052443610f96565b80545f908015610dd357610dbd83610b9d600184611cd4565b54600160301b90046001600160d01b0316610877565b5f9392505050565b5f6104f2610de76109a6565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f610e17888888886113df565b925092509250610e2782826114a7565b50909695505050505050565b6001600160a01b0382165f9081526007602052604090208054600181019091558181146108c8576040516301d4b62360e61b81526001600160a01b038416600482015260248101829052604401610683565b604080518082019091525f80825260208201526001600160a01b0383165f908152600960205260409020610877908361155f565b6001600160a01b038416610ee25760405163e602df0560e01b81525f6004820152602401610683565b6001600160a01b038316610f0b57604051634a1406b160e11b81525f6004820152602401610683565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561094357826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610f7d91815260200190565b60405180910390a350505050565b6108c88383836115cc565b5f65ffffffffffff821115610fc8576040516306dfcc6560e41b81526030600482015260248101839052604401610683565b5090565b5f60018211610fd9575090565b816001600160801b8210610ff25760809190911c9060401b5b68010000000000000000821061100d5760409190911c9060201b5b64010000000082106110245760209190911c9060101b5b6201000082106110395760109190911c9060081b5b610100821061104d5760089190911c9060041b5b601082106110605760049190911c9060021b5b6004821061106c5760011b5b600302600190811c9081858161108457611084611cfa565b048201901c9050600181858161109c5761109c611cfa565b048201901c905060018185816110b4576110b4611cfa565b048201901c905060018185816110cc576110cc611cfa565b048201901c905060018185816110e4576110e4611cfa565b048201901c905060018185816110fc576110fc611cfa565b048201901c905061111b81858161111557611115611cfa565b04821190565b90039392505050565b5f5b81831015611172575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561115e5780925061116c565b611169816001611ce7565b93505b50611126565b509392505050565b6060611184610d9a565b65ffffffffffff168265ffffffffffff16146111b3576040516301bfc1c560e61b815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b6001600160a01b0381165f908152602081905260408120546104f2565b816001600160a01b0316836001600160a01b03161415801561122a57505f81115b156108c8576001600160a01b038316156112d1576001600160a01b0383165f908152600960205260408120819061126c906116326112678661163d565b611670565b6001600160d01b031691506001600160d01b03169150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516112c6929190918252602082015260400190565b60405180910390a250505b6001600160a01b038216156108c8576001600160a01b0382165f9081526009602052604081208190611309906116a86112678661163d565b6001600160d01b031691506001600160d01b03169150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611363929190918252602082015260400190565b60405180910390a25050505050565b5f63ffffffff821115610fc8576040516306dfcc6560e41b81526020600482015260248101839052604401610683565b60605f6113ae836116b3565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561141857505f9150600390508261149d565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611469573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661149457505f92506001915082905061149d565b92505f91508190505b9450945094915050565b5f8260038111156114ba576114ba611d0e565b036114c3575050565b60018260038111156114d7576114d7611d0e565b036114f55760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561150957611509611d0e565b0361152a5760405163fce698f760e01b815260048101829052602401610683565b600382600381111561153e5761153e611d0e565b03610575576040516335e2f38360e21b815260048101829052602401610683565b604080518082019091525f8082526020820152825f018263ffffffff168154811061158c5761158c611d22565b5f9182526020918290206040805180820190915291015465ffffffffffff81168252600160301b90046001600160d01b0316918101919091529392505050565b6115d78383836116da565b6001600160a01b038316611627575f6115ef60025490565b90506001600160d01b038082111561162457604051630e58ae9360e11b81526004810183905260248101829052604401610683565b50505b6108c8838383611800565b5f6108778284611d36565b5f6001600160d01b03821115610fc8576040516306dfcc6560e41b815260d0600482015260248101839052604401610683565b5f5f61169b61167d61061e565b61169361168988610da4565b868863ffffffff16565b879190611875565b915091505b935093915050565b5f6108778284611d55565b5f60ff8216601f8111156104f257604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038316611704578060025f8282546116f99190611ce7565b909155506117749050565b6001600160a01b0383165f90815260208190526040902054818110156117565760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610683565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216611790576002805482900390556117ae565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516117f391815260200190565b60405180910390a3505050565b6001600160a01b0383166118225761181f600a6116a86112678461163d565b50505b6001600160a01b03821661184457611841600a6116326112678461163d565b50505b6001600160a01b038381165f908152600860205260408082205485841683529120546108c892918216911683611209565b5f8061169b85858582545f9081908015611973575f61189987610b9d600185611cd4565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156118dc57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361191557825465ffffffffffff16600160301b6001600160d01b03891602178355611965565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506116a092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816116a0565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61087760208301846119cd565b80356001600160a01b0381168114611a23575f5ffd5b919050565b5f5f60408385031215611a39575f5ffd5b611a4283611a0d565b946020939093013593505050565b5f5f5f60608486031215611a62575f5ffd5b611a6b84611a0d565b9250611a7960208501611a0d565b929592945050506040919091013590565b5f60208284031215611a9a575f5ffd5b61087782611a0d565b60ff60f81b8816815260e060208201525f611ac160e08301896119cd565b8281036040840152611ad381896119cd565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611b28578351835260209384019390920191600101611b0a565b50909b9a5050505050505050505050565b5f60208284031215611b49575f5ffd5b5035919050565b803560ff81168114611a23575f5ffd5b5f5f5f5f5f5f60c08789031215611b75575f5ffd5b611b7e87611a0d565b95506020870135945060408701359350611b9a60608801611b50565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611bca575f5ffd5b611bd388611a0d565b9650611be160208901611a0d565b95506040880135945060608801359350611bfd60808901611b50565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215611c2b575f5ffd5b611c3483611a0d565b9150611c4260208401611a0d565b90509250929050565b5f5f60408385031215611c5c575f5ffd5b611c6583611a0d565b9150602083013563ffffffff81168114611c7d575f5ffd5b809150509250929050565b600181811c90821680611c9c57607f821691505b602082108103611cba57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156104f2576104f2611cc0565b808201808211156104f2576104f2611cc0565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6001600160d01b0382811682821603908111156104f2576104f2611cc0565b6001600160d01b0381811683821601908111156104f2576104f2611cc056fea26469706673582212208c01d06c95806a7ef677836c9c95588cd4cd2886c5ef258ba82405184e477c1f64736f6c63430008250033",
}

// DaoToken is an auto generated Go binding around an Ethereum contract.
type DaoToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DaoToken) GetABI() abi.ABI {
	return c.abi
}

// NewDaoToken creates a new instance of DaoToken.
func NewDaoToken() *DaoToken {
	parsed, err := DaoTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DaoToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DaoToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address initialOwner) returns()
func (daoToken *DaoToken) PackConstructor(name_ string, symbol_ string, initialOwner common.Address) []byte {
	enc, err := daoToken.abi.Pack("", name_, symbol_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoToken *DaoToken) PackCLOCKMODE() []byte {
	enc, err := daoToken.abi.Pack("CLOCK_MODE")
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
func (daoToken *DaoToken) TryPackCLOCKMODE() ([]byte, error) {
	return daoToken.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoToken *DaoToken) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := daoToken.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (daoToken *DaoToken) PackDOMAINSEPARATOR() []byte {
	enc, err := daoToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (daoToken *DaoToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return daoToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (daoToken *DaoToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := daoToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (daoToken *DaoToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := daoToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (daoToken *DaoToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return daoToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (daoToken *DaoToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (daoToken *DaoToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := daoToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (daoToken *DaoToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return daoToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (daoToken *DaoToken) UnpackApprove(data []byte) (bool, error) {
	out, err := daoToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (daoToken *DaoToken) PackBalanceOf(account common.Address) []byte {
	enc, err := daoToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (daoToken *DaoToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return daoToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (daoToken *DaoToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (daoToken *DaoToken) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := daoToken.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (daoToken *DaoToken) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return daoToken.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (daoToken *DaoToken) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := daoToken.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (daoToken *DaoToken) PackClock() []byte {
	enc, err := daoToken.abi.Pack("clock")
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
func (daoToken *DaoToken) TryPackClock() ([]byte, error) {
	return daoToken.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (daoToken *DaoToken) UnpackClock(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (daoToken *DaoToken) PackDecimals() []byte {
	enc, err := daoToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (daoToken *DaoToken) TryPackDecimals() ([]byte, error) {
	return daoToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (daoToken *DaoToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := daoToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (daoToken *DaoToken) PackDelegate(delegatee common.Address) []byte {
	enc, err := daoToken.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (daoToken *DaoToken) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return daoToken.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (daoToken *DaoToken) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := daoToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (daoToken *DaoToken) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return daoToken.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (daoToken *DaoToken) PackDelegates(account common.Address) []byte {
	enc, err := daoToken.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (daoToken *DaoToken) TryPackDelegates(account common.Address) ([]byte, error) {
	return daoToken.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (daoToken *DaoToken) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := daoToken.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoToken *DaoToken) PackTokenEip712Domain() []byte {
	enc, err := daoToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoToken *DaoToken) TryPackTokenEip712Domain() ([]byte, error) {
	return daoToken.abi.Pack("eip712Domain")
}

// TokenEip712DomainOutput serves as a container for the return parameters of contract
// method TokenEip712Domain.
type TokenEip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackTokenEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoToken *DaoToken) UnpackTokenEip712Domain(data []byte) (TokenEip712DomainOutput, error) {
	out, err := daoToken.abi.Unpack("eip712Domain", data)
	outstruct := new(TokenEip712DomainOutput)
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

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (daoToken *DaoToken) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := daoToken.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (daoToken *DaoToken) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return daoToken.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (daoToken *DaoToken) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (daoToken *DaoToken) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := daoToken.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (daoToken *DaoToken) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return daoToken.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (daoToken *DaoToken) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (daoToken *DaoToken) PackGetVotes(account common.Address) []byte {
	enc, err := daoToken.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (daoToken *DaoToken) TryPackGetVotes(account common.Address) ([]byte, error) {
	return daoToken.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (daoToken *DaoToken) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (daoToken *DaoToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := daoToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (daoToken *DaoToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return daoToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (daoToken *DaoToken) PackName() []byte {
	enc, err := daoToken.abi.Pack("name")
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
func (daoToken *DaoToken) TryPackName() ([]byte, error) {
	return daoToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (daoToken *DaoToken) UnpackName(data []byte) (string, error) {
	out, err := daoToken.abi.Unpack("name", data)
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
func (daoToken *DaoToken) PackNonces(owner common.Address) []byte {
	enc, err := daoToken.abi.Pack("nonces", owner)
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
func (daoToken *DaoToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return daoToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (daoToken *DaoToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (daoToken *DaoToken) PackNumCheckpoints(account common.Address) []byte {
	enc, err := daoToken.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (daoToken *DaoToken) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return daoToken.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (daoToken *DaoToken) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := daoToken.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (daoToken *DaoToken) PackOwner() []byte {
	enc, err := daoToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (daoToken *DaoToken) TryPackOwner() ([]byte, error) {
	return daoToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (daoToken *DaoToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := daoToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (daoToken *DaoToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := daoToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (daoToken *DaoToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return daoToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (daoToken *DaoToken) PackRenounceOwnership() []byte {
	enc, err := daoToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (daoToken *DaoToken) TryPackRenounceOwnership() ([]byte, error) {
	return daoToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (daoToken *DaoToken) PackSymbol() []byte {
	enc, err := daoToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (daoToken *DaoToken) TryPackSymbol() ([]byte, error) {
	return daoToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (daoToken *DaoToken) UnpackSymbol(data []byte) (string, error) {
	out, err := daoToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (daoToken *DaoToken) PackTotalSupply() []byte {
	enc, err := daoToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (daoToken *DaoToken) TryPackTotalSupply() ([]byte, error) {
	return daoToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (daoToken *DaoToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := daoToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (daoToken *DaoToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := daoToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (daoToken *DaoToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return daoToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (daoToken *DaoToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := daoToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (daoToken *DaoToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := daoToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (daoToken *DaoToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return daoToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (daoToken *DaoToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := daoToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (daoToken *DaoToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := daoToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (daoToken *DaoToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return daoToken.abi.Pack("transferOwnership", newOwner)
}

// DaoTokenApproval represents a Approval event raised by the DaoToken contract.
type DaoTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DaoTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DaoTokenApproval) ContractEventName() string {
	return DaoTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (daoToken *DaoToken) UnpackApprovalEvent(log *types.Log) (*DaoTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenApproval)
	if len(log.Data) > 0 {
		if err := daoToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoToken.abi.Events[event].Inputs {
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

// DaoTokenDelegateChanged represents a DelegateChanged event raised by the DaoToken contract.
type DaoTokenDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const DaoTokenDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (DaoTokenDelegateChanged) ContractEventName() string {
	return DaoTokenDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (daoToken *DaoToken) UnpackDelegateChangedEvent(log *types.Log) (*DaoTokenDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenDelegateChanged)
	if len(log.Data) > 0 {
		if err := daoToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoToken.abi.Events[event].Inputs {
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

// DaoTokenDelegateVotesChanged represents a DelegateVotesChanged event raised by the DaoToken contract.
type DaoTokenDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const DaoTokenDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (DaoTokenDelegateVotesChanged) ContractEventName() string {
	return DaoTokenDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (daoToken *DaoToken) UnpackDelegateVotesChangedEvent(log *types.Log) (*DaoTokenDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := daoToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoToken.abi.Events[event].Inputs {
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

// DaoTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the DaoToken contract.
type DaoTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DaoTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DaoTokenEIP712DomainChanged) ContractEventName() string {
	return DaoTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (daoToken *DaoToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*DaoTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := daoToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoToken.abi.Events[event].Inputs {
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

// DaoTokenOwnershipTransferred represents a OwnershipTransferred event raised by the DaoToken contract.
type DaoTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DaoTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DaoTokenOwnershipTransferred) ContractEventName() string {
	return DaoTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (daoToken *DaoToken) UnpackOwnershipTransferredEvent(log *types.Log) (*DaoTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := daoToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoToken.abi.Events[event].Inputs {
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

// DaoTokenTransfer represents a Transfer event raised by the DaoToken contract.
type DaoTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DaoTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DaoTokenTransfer) ContractEventName() string {
	return DaoTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (daoToken *DaoToken) UnpackTransferEvent(log *types.Log) (*DaoTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenTransfer)
	if len(log.Data) > 0 {
		if err := daoToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoToken.abi.Events[event].Inputs {
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
func (daoToken *DaoToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], daoToken.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return daoToken.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return daoToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return daoToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return daoToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return daoToken.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return daoToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return daoToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return daoToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return daoToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return daoToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return daoToken.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoToken.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return daoToken.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DaoTokenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the DaoToken contract.
type DaoTokenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func DaoTokenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (daoToken *DaoToken) UnpackCheckpointUnorderedInsertionError(raw []byte) (*DaoTokenCheckpointUnorderedInsertion, error) {
	out := new(DaoTokenCheckpointUnorderedInsertion)
	if err := daoToken.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the DaoToken contract.
type DaoTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func DaoTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (daoToken *DaoToken) UnpackECDSAInvalidSignatureError(raw []byte) (*DaoTokenECDSAInvalidSignature, error) {
	out := new(DaoTokenECDSAInvalidSignature)
	if err := daoToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the DaoToken contract.
type DaoTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func DaoTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (daoToken *DaoToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*DaoTokenECDSAInvalidSignatureLength, error) {
	out := new(DaoTokenECDSAInvalidSignatureLength)
	if err := daoToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the DaoToken contract.
type DaoTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func DaoTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (daoToken *DaoToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*DaoTokenECDSAInvalidSignatureS, error) {
	out := new(DaoTokenECDSAInvalidSignatureS)
	if err := daoToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the DaoToken contract.
type DaoTokenERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func DaoTokenERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (daoToken *DaoToken) UnpackERC20ExceededSafeSupplyError(raw []byte) (*DaoTokenERC20ExceededSafeSupply, error) {
	out := new(DaoTokenERC20ExceededSafeSupply)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the DaoToken contract.
type DaoTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func DaoTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (daoToken *DaoToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*DaoTokenERC20InsufficientAllowance, error) {
	out := new(DaoTokenERC20InsufficientAllowance)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the DaoToken contract.
type DaoTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func DaoTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (daoToken *DaoToken) UnpackERC20InsufficientBalanceError(raw []byte) (*DaoTokenERC20InsufficientBalance, error) {
	out := new(DaoTokenERC20InsufficientBalance)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the DaoToken contract.
type DaoTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func DaoTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (daoToken *DaoToken) UnpackERC20InvalidApproverError(raw []byte) (*DaoTokenERC20InvalidApprover, error) {
	out := new(DaoTokenERC20InvalidApprover)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the DaoToken contract.
type DaoTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func DaoTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (daoToken *DaoToken) UnpackERC20InvalidReceiverError(raw []byte) (*DaoTokenERC20InvalidReceiver, error) {
	out := new(DaoTokenERC20InvalidReceiver)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the DaoToken contract.
type DaoTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func DaoTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (daoToken *DaoToken) UnpackERC20InvalidSenderError(raw []byte) (*DaoTokenERC20InvalidSender, error) {
	out := new(DaoTokenERC20InvalidSender)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the DaoToken contract.
type DaoTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func DaoTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (daoToken *DaoToken) UnpackERC20InvalidSpenderError(raw []byte) (*DaoTokenERC20InvalidSpender, error) {
	out := new(DaoTokenERC20InvalidSpender)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the DaoToken contract.
type DaoTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func DaoTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (daoToken *DaoToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*DaoTokenERC2612ExpiredSignature, error) {
	out := new(DaoTokenERC2612ExpiredSignature)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the DaoToken contract.
type DaoTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func DaoTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (daoToken *DaoToken) UnpackERC2612InvalidSignerError(raw []byte) (*DaoTokenERC2612InvalidSigner, error) {
	out := new(DaoTokenERC2612InvalidSigner)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC5805FutureLookup represents a ERC5805FutureLookup error raised by the DaoToken contract.
type DaoTokenERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func DaoTokenERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (daoToken *DaoToken) UnpackERC5805FutureLookupError(raw []byte) (*DaoTokenERC5805FutureLookup, error) {
	out := new(DaoTokenERC5805FutureLookup)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the DaoToken contract.
type DaoTokenERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func DaoTokenERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (daoToken *DaoToken) UnpackERC6372InconsistentClockError(raw []byte) (*DaoTokenERC6372InconsistentClock, error) {
	out := new(DaoTokenERC6372InconsistentClock)
	if err := daoToken.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the DaoToken contract.
type DaoTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func DaoTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (daoToken *DaoToken) UnpackInvalidAccountNonceError(raw []byte) (*DaoTokenInvalidAccountNonce, error) {
	out := new(DaoTokenInvalidAccountNonce)
	if err := daoToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenInvalidShortString represents a InvalidShortString error raised by the DaoToken contract.
type DaoTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DaoTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (daoToken *DaoToken) UnpackInvalidShortStringError(raw []byte) (*DaoTokenInvalidShortString, error) {
	out := new(DaoTokenInvalidShortString)
	if err := daoToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the DaoToken contract.
type DaoTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func DaoTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (daoToken *DaoToken) UnpackOwnableInvalidOwnerError(raw []byte) (*DaoTokenOwnableInvalidOwner, error) {
	out := new(DaoTokenOwnableInvalidOwner)
	if err := daoToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the DaoToken contract.
type DaoTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func DaoTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (daoToken *DaoToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*DaoTokenOwnableUnauthorizedAccount, error) {
	out := new(DaoTokenOwnableUnauthorizedAccount)
	if err := daoToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DaoToken contract.
type DaoTokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DaoTokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (daoToken *DaoToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DaoTokenSafeCastOverflowedUintDowncast, error) {
	out := new(DaoTokenSafeCastOverflowedUintDowncast)
	if err := daoToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenStringTooLong represents a StringTooLong error raised by the DaoToken contract.
type DaoTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DaoTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (daoToken *DaoToken) UnpackStringTooLongError(raw []byte) (*DaoTokenStringTooLong, error) {
	out := new(DaoTokenStringTooLong)
	if err := daoToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenVotesExpiredSignature represents a VotesExpiredSignature error raised by the DaoToken contract.
type DaoTokenVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func DaoTokenVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (daoToken *DaoToken) UnpackVotesExpiredSignatureError(raw []byte) (*DaoTokenVotesExpiredSignature, error) {
	out := new(DaoTokenVotesExpiredSignature)
	if err := daoToken.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}
