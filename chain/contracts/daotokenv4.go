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

// ERC20VotesCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type ERC20VotesCheckpoint struct {
	FromBlock uint32
	Votes     *big.Int
}

// DaoTokenV4MetaData contains all meta data concerning the DaoTokenV4 contract.
var DaoTokenV4MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"fromDelegate\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"toDelegate\",\"type\":\"address\"}],\"name\":\"DelegateChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"delegate\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBalance\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newBalance\",\"type\":\"uint256\"}],\"name\":\"DelegateVotesChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CLOCK_MODE\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"pos\",\"type\":\"uint32\"}],\"name\":\"checkpoints\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"fromBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint224\",\"name\":\"votes\",\"type\":\"uint224\"}],\"internalType\":\"structERC20Votes.Checkpoint\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subtractedValue\",\"type\":\"uint256\"}],\"name\":\"decreaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"delegate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"delegateBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"delegates\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastTotalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"timepoint\",\"type\":\"uint256\"}],\"name\":\"getPastVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getVotes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"addedValue\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"numCheckpoints\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DaoTokenV4",
	Bin: "0x610160604052348015610010575f5ffd5b506040516126be3803806126be83398101604081905261002f9161029b565b6040805180820190915260018152603160f81b6020820152839081908185600361005983826103af565b50600461006682826103af565b5061007691508390506005610135565b61012052610085816006610135565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0525061012433610167565b61012d81610167565b5050506104c5565b5f60208351101561015057610149836101b8565b9050610161565b8161015b84826103af565b5060ff90505b92915050565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f5f829050601f815111156101eb578260405163305a27a960e01b81526004016101e2919061046d565b60405180910390fd5b80516101f6826104a2565b179392505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610221575f5ffd5b81516001600160401b0381111561023a5761023a6101fe565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610268576102686101fe565b60405281815283820160200185101561027f575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f606084860312156102ad575f5ffd5b83516001600160401b038111156102c2575f5ffd5b6102ce86828701610212565b602086015190945090506001600160401b038111156102eb575f5ffd5b6102f786828701610212565b604086015190935090506001600160a01b0381168114610315575f5ffd5b809150509250925092565b600181811c9082168061033457607f821691505b60208210810361035257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103aa57828211156103aa57805f5260205f20601f840160051c602085101561038357505f5b90810190601f840160051c035f5b818110156103a6575f83820155600101610391565b5050505b505050565b81516001600160401b038111156103c8576103c86101fe565b6103dc816103d68454610320565b84610358565b6020601f82116001811461040e575f83156103f75750848201515b5f19600385901b1c1916600184901b178455610466565b5f84815260208120601f198516915b8281101561043d578785015182556020948501946001909201910161041d565b508482101561045a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610352575f1960209190910360031b1b16919050565b60805160a05160c05160e0516101005161012051610140516121a86105165f395f61073a01525f61070f01525f6110df01525f6110b701525f61101201525f61103c01525f61106601526121a85ff3fe608060405234801561000f575f5ffd5b50600436106101c6575f3560e01c8063715018a6116100fe5780639ab24eb01161009e578063d505accf1161006e578063d505accf146103fd578063dd62ed3e14610410578063f1127ed814610423578063f2fde38b14610460575f5ffd5b80639ab24eb0146103b1578063a457c2d7146103c4578063a9059cbb146103d7578063c3cda520146103ea575f5ffd5b80638da5cb5b116100d95780638da5cb5b146103665780638e539e8c1461037757806391ddadf41461038a57806395d89b41146103a9575f5ffd5b8063715018a6146103305780637ecebe001461033857806384b0196e1461034b575f5ffd5b80633a46b1a811610169578063587cde1e11610144578063587cde1e1461028a5780635c19a95c146102cd5780636fcfff45146102e057806370a0823114610308575f5ffd5b80633a46b1a81461025a57806340c10f191461026d5780634bf5d7e914610282575f5ffd5b806323b872dd116101a457806323b872dd1461021d578063313ce567146102305780633644e5151461023f5780633950935114610247575f5ffd5b806306fdde03146101ca578063095ea7b3146101e857806318160ddd1461020b575b5f5ffd5b6101d2610473565b6040516101df9190611e1e565b60405180910390f35b6101fb6101f6366004611e4b565b610503565b60405190151581526020016101df565b6002545b6040519081526020016101df565b6101fb61022b366004611e73565b61051c565b604051601281526020016101df565b61020f61053f565b6101fb610255366004611e4b565b61054d565b61020f610268366004611e4b565b61056e565b61028061027b366004611e4b565b6105f6565b005b6101d261060c565b6102b5610298366004611ead565b6001600160a01b039081165f908152600960205260409020541690565b6040516001600160a01b0390911681526020016101df565b6102806102db366004611ead565b6106a4565b6102f36102ee366004611ead565b6106b1565b60405163ffffffff90911681526020016101df565b61020f610316366004611ead565b6001600160a01b03165f9081526020819052604090205490565b6102806106d2565b61020f610346366004611ead565b6106e5565b610353610702565b6040516101df9796959493929190611ec6565b600c546001600160a01b03166102b5565b61020f610385366004611f5c565b610789565b6103926107ef565b60405165ffffffffffff90911681526020016101df565b6101d26107f9565b61020f6103bf366004611ead565b610808565b6101fb6103d2366004611e4b565b610885565b6101fb6103e5366004611e4b565b6108ff565b6102806103f8366004611f83565b61090c565b61028061040b366004611fd7565b610a41565b61020f61041e36600461203d565b610ba2565b61043661043136600461206e565b610bcc565b60408051825163ffffffff1681526020928301516001600160e01b031692810192909252016101df565b61028061046e366004611ead565b610c4d565b606060038054610482906120ab565b80601f01602080910402602001604051908101604052809291908181526020018280546104ae906120ab565b80156104f95780601f106104d0576101008083540402835291602001916104f9565b820191905f5260205f20905b8154815290600101906020018083116104dc57829003601f168201915b5050505050905090565b5f33610510818585610cc3565b60019150505b92915050565b5f33610529858285610de6565b610534858585610e5e565b506001949350505050565b5f610548611006565b905090565b5f3361051081858561055f8383610ba2565b61056991906120f1565b610cc3565b5f6105776107ef565b65ffffffffffff1682106105ce5760405162461bcd60e51b815260206004820152601960248201527804552433230566f7465733a20667574757265206c6f6f6b757603c1b60448201526064015b60405180910390fd5b6001600160a01b0383165f908152600a602052604090206105ef908361112f565b9392505050565b6105fe611210565b610608828261126a565b5050565b6060436106176107ef565b65ffffffffffff161461066c5760405162461bcd60e51b815260206004820152601d60248201527f4552433230566f7465733a2062726f6b656e20636c6f636b206d6f646500000060448201526064016105c5565b5060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b6106ae3382611274565b50565b6001600160a01b0381165f908152600a6020526040812054610516906112ec565b6106da611210565b6106e35f611354565b565b6001600160a01b0381165f90815260076020526040812054610516565b5f606080828080836107357f000000000000000000000000000000000000000000000000000000000000000060056113a5565b6107607f000000000000000000000000000000000000000000000000000000000000000060066113a5565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f6107926107ef565b65ffffffffffff1682106107e45760405162461bcd60e51b815260206004820152601960248201527804552433230566f7465733a20667574757265206c6f6f6b757603c1b60448201526064016105c5565b610516600b8361112f565b5f6105484361144e565b606060048054610482906120ab565b6001600160a01b0381165f908152600a60205260408120548015610873576001600160a01b0383165f908152600a6020526040902080545f19830190811061085257610852612104565b5f9182526020909120015464010000000090046001600160e01b0316610875565b5f5b6001600160e01b03169392505050565b5f33816108928286610ba2565b9050838110156108f25760405162461bcd60e51b815260206004820152602560248201527f45524332303a2064656372656173656420616c6c6f77616e63652062656c6f77604482015264207a65726f60d81b60648201526084016105c5565b6105348286868403610cc3565b5f33610510818585610e5e565b8342111561095c5760405162461bcd60e51b815260206004820152601d60248201527f4552433230566f7465733a207369676e6174757265206578706972656400000060448201526064016105c5565b604080517fe48329057bfd03d55e49b547132e39cffd9c1820ad7b9d4c5307691425d15adf60208201526001600160a01b0388169181019190915260608101869052608081018590525f906109d5906109cd9060a001604051602081830303815290604052805190602001206114b4565b8585856114e0565b90506109e081611506565b8614610a2e5760405162461bcd60e51b815260206004820152601960248201527f4552433230566f7465733a20696e76616c6964206e6f6e63650000000000000060448201526064016105c5565b610a388188611274565b50505050505050565b83421115610a915760405162461bcd60e51b815260206004820152601d60248201527f45524332305065726d69743a206578706972656420646561646c696e6500000060448201526064016105c5565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610abf8c611506565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f610b19826114b4565b90505f610b28828787876114e0565b9050896001600160a01b0316816001600160a01b031614610b8b5760405162461bcd60e51b815260206004820152601e60248201527f45524332305065726d69743a20696e76616c6964207369676e6174757265000060448201526064016105c5565b610b968a8a8a610cc3565b50505050505050505050565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b604080518082019091525f80825260208201526001600160a01b0383165f908152600a60205260409020805463ffffffff8416908110610c0e57610c0e612104565b5f9182526020918290206040805180820190915291015463ffffffff8116825264010000000090046001600160e01b0316918101919091529392505050565b610c55611210565b6001600160a01b038116610cba5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b60648201526084016105c5565b6106ae81611354565b6001600160a01b038316610d255760405162461bcd60e51b8152602060048201526024808201527f45524332303a20617070726f76652066726f6d20746865207a65726f206164646044820152637265737360e01b60648201526084016105c5565b6001600160a01b038216610d865760405162461bcd60e51b815260206004820152602260248201527f45524332303a20617070726f766520746f20746865207a65726f206164647265604482015261737360f01b60648201526084016105c5565b6001600160a01b038381165f8181526001602090815260408083209487168084529482529182902085905590518481527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925910160405180910390a3505050565b5f610df18484610ba2565b90505f198114610e585781811015610e4b5760405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e636500000060448201526064016105c5565b610e588484848403610cc3565b50505050565b6001600160a01b038316610ec25760405162461bcd60e51b815260206004820152602560248201527f45524332303a207472616e736665722066726f6d20746865207a65726f206164604482015264647265737360d81b60648201526084016105c5565b6001600160a01b038216610f245760405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b60648201526084016105c5565b6001600160a01b0383165f9081526020819052604090205481811015610f9b5760405162461bcd60e51b815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e7420657863656564732062604482015265616c616e636560d01b60648201526084016105c5565b6001600160a01b038481165f81815260208181526040808320878703905593871680835291849020805487019055925185815290927fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a3610e58848484611532565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561105e57507f000000000000000000000000000000000000000000000000000000000000000046145b1561108857507f000000000000000000000000000000000000000000000000000000000000000090565b610548604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b81545f9081816005811115611186575f6111488461153d565b6111529085612118565b5f88815260209020909150869082015463ffffffff16111561117657809150611184565b6111818160016120f1565b92505b505b808210156111d1575f6111998383611621565b5f88815260209020909150869082015463ffffffff1611156111bd578091506111cb565b6111c88160016120f1565b92505b50611186565b80156111fb575f8681526020902081015f19015464010000000090046001600160e01b03166111fd565b5f5b6001600160e01b03169695505050505050565b600c546001600160a01b031633146106e35760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e657260448201526064016105c5565b610608828261163b565b6001600160a01b038281165f818152600960208181526040808420805485845282862054949093528787166001600160a01b03198416811790915590519190951694919391928592917f3134e8a2e6d97e929a7e54011ea5485d7d196dd5f0ba4d4ef95803e8e3fc257f9190a4610e588284836116c5565b5f63ffffffff8211156113505760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203360448201526532206269747360d01b60648201526084016105c5565b5090565b600c80546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b606060ff83146113bf576113b8836117ff565b9050610516565b8180546113cb906120ab565b80601f01602080910402602001604051908101604052809291908181526020018280546113f7906120ab565b80156114425780601f1061141957610100808354040283529160200191611442565b820191905f5260205f20905b81548152906001019060200180831161142557829003601f168201915b50505050509050610516565b5f65ffffffffffff8211156113505760405162461bcd60e51b815260206004820152602660248201527f53616665436173743a2076616c756520646f65736e27742066697420696e203460448201526538206269747360d01b60648201526084016105c5565b5f6105166114c0611006565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f6114ef8787878761183c565b915091506114fc816118f9565b5095945050505050565b6001600160a01b0381165f9081526007602052604090208054600181018255905b50919050565b505050565b61152d838383611a42565b5f815f0361154c57505f919050565b5f600161155884611a73565b901c6001901b905060018184816115715761157161212b565b048201901c905060018184816115895761158961212b565b048201901c905060018184816115a1576115a161212b565b048201901c905060018184816115b9576115b961212b565b048201901c905060018184816115d1576115d161212b565b048201901c905060018184816115e9576115e961212b565b048201901c905060018184816116015761160161212b565b048201901c90506105ef8182858161161b5761161b61212b565b04611b06565b5f61162f600284841861213f565b6105ef908484166120f1565b6116458282611b1b565b6002546001600160e01b0310156116b75760405162461bcd60e51b815260206004820152603060248201527f4552433230566f7465733a20746f74616c20737570706c79207269736b73206f60448201526f766572666c6f77696e6720766f74657360801b60648201526084016105c5565b610e58600b611bdf83611bea565b816001600160a01b0316836001600160a01b0316141580156116e657505f81115b1561152d576001600160a01b03831615611773576001600160a01b0383165f908152600a60205260408120819061172090611d5685611bea565b91509150846001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a7248383604051611768929190918252602082015260400190565b60405180910390a250505b6001600160a01b0382161561152d576001600160a01b0382165f908152600a6020526040812081906117a890611bdf85611bea565b91509150836001600160a01b03167fdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a72483836040516117f0929190918252602082015260400190565b60405180910390a25050505050565b60605f61180b83611d61565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a083111561187157505f905060036118f0565b604080515f8082526020820180845289905260ff881692820192909252606081018690526080810185905260019060a0016020604051602081039080840390855afa1580156118c2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166118ea575f600192509250506118f0565b91505f90505b94509492505050565b5f81600481111561190c5761190c61215e565b036119145750565b60018160048111156119285761192861215e565b036119755760405162461bcd60e51b815260206004820152601860248201527f45434453413a20696e76616c6964207369676e6174757265000000000000000060448201526064016105c5565b60028160048111156119895761198961215e565b036119d65760405162461bcd60e51b815260206004820152601f60248201527f45434453413a20696e76616c6964207369676e6174757265206c656e6774680060448201526064016105c5565b60038160048111156119ea576119ea61215e565b036106ae5760405162461bcd60e51b815260206004820152602260248201527f45434453413a20696e76616c6964207369676e6174757265202773272076616c604482015261756560f01b60648201526084016105c5565b6001600160a01b038381165f9081526009602052604080822054858416835291205461152d929182169116836116c5565b5f80608083901c15611a8757608092831c92015b604083901c15611a9957604092831c92015b602083901c15611aab57602092831c92015b601083901c15611abd57601092831c92015b600883901c15611acf57600892831c92015b600483901c15611ae157600492831c92015b600283901c15611af357600292831c92015b600183901c156105165760010192915050565b5f818310611b1457816105ef565b5090919050565b6001600160a01b038216611b715760405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f20616464726573730060448201526064016105c5565b8060025f828254611b8291906120f1565b90915550506001600160a01b0382165f81815260208181526040808320805486019055518481527fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a36106085f8383611532565b5f6105ef82846120f1565b82545f908190818115611c34575f8781526020902082015f190160408051808201909152905463ffffffff8116825264010000000090046001600160e01b03166020820152611c48565b604080518082019091525f80825260208201525b905080602001516001600160e01b03169350611c6884868863ffffffff16565b92505f82118015611c905750611c7c6107ef565b65ffffffffffff16815f015163ffffffff16145b15611cd357611c9e83611d88565b5f8881526020902083015f190180546001600160e01b03929092166401000000000263ffffffff909216919091179055611d4c565b866040518060400160405280611cf7611cea6107ef565b65ffffffffffff166112ec565b63ffffffff168152602001611d0b86611d88565b6001600160e01b0390811690915282546001810184555f938452602093849020835194909301519091166401000000000263ffffffff909316929092179101555b5050935093915050565b5f6105ef8284612118565b5f60ff8216601f81111561051657604051632cd44ac360e21b815260040160405180910390fd5b5f6001600160e01b038211156113505760405162461bcd60e51b815260206004820152602760248201527f53616665436173743a2076616c756520646f65736e27742066697420696e20326044820152663234206269747360c81b60648201526084016105c5565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6105ef6020830184611df0565b80356001600160a01b0381168114611e46575f5ffd5b919050565b5f5f60408385031215611e5c575f5ffd5b611e6583611e30565b946020939093013593505050565b5f5f5f60608486031215611e85575f5ffd5b611e8e84611e30565b9250611e9c60208501611e30565b929592945050506040919091013590565b5f60208284031215611ebd575f5ffd5b6105ef82611e30565b60ff60f81b8816815260e060208201525f611ee460e0830189611df0565b8281036040840152611ef68189611df0565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611f4b578351835260209384019390920191600101611f2d565b50909b9a5050505050505050505050565b5f60208284031215611f6c575f5ffd5b5035919050565b803560ff81168114611e46575f5ffd5b5f5f5f5f5f5f60c08789031215611f98575f5ffd5b611fa187611e30565b95506020870135945060408701359350611fbd60608801611f73565b9598949750929560808101359460a0909101359350915050565b5f5f5f5f5f5f5f60e0888a031215611fed575f5ffd5b611ff688611e30565b965061200460208901611e30565b9550604088013594506060880135935061202060808901611f73565b9699959850939692959460a0840135945060c09093013592915050565b5f5f6040838503121561204e575f5ffd5b61205783611e30565b915061206560208401611e30565b90509250929050565b5f5f6040838503121561207f575f5ffd5b61208883611e30565b9150602083013563ffffffff811681146120a0575f5ffd5b809150509250929050565b600181811c908216806120bf57607f821691505b60208210810361152757634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610516576105166120dd565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610516576105166120dd565b634e487b7160e01b5f52601260045260245ffd5b5f8261215957634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220490fd62446a73e7fa9fed44b6bfd598085902290bdf101869ff84b0326ad733664736f6c63430008250033",
}

// DaoTokenV4 is an auto generated Go binding around an Ethereum contract.
type DaoTokenV4 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DaoTokenV4) GetABI() abi.ABI {
	return c.abi
}

// NewDaoTokenV4 creates a new instance of DaoTokenV4.
func NewDaoTokenV4() *DaoTokenV4 {
	parsed, err := DaoTokenV4MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DaoTokenV4{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DaoTokenV4) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address initialOwner) returns()
func (daoTokenV4 *DaoTokenV4) PackConstructor(name_ string, symbol_ string, initialOwner common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("", name_, symbol_, initialOwner)
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
func (daoTokenV4 *DaoTokenV4) PackCLOCKMODE() []byte {
	enc, err := daoTokenV4.abi.Pack("CLOCK_MODE")
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
func (daoTokenV4 *DaoTokenV4) TryPackCLOCKMODE() ([]byte, error) {
	return daoTokenV4.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (daoTokenV4 *DaoTokenV4) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := daoTokenV4.abi.Unpack("CLOCK_MODE", data)
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
func (daoTokenV4 *DaoTokenV4) PackDOMAINSEPARATOR() []byte {
	enc, err := daoTokenV4.abi.Pack("DOMAIN_SEPARATOR")
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
func (daoTokenV4 *DaoTokenV4) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return daoTokenV4.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (daoTokenV4 *DaoTokenV4) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := daoTokenV4.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (daoTokenV4 *DaoTokenV4) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("allowance", owner, spender)
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
func (daoTokenV4 *DaoTokenV4) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("allowance", data)
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
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) UnpackApprove(data []byte) (bool, error) {
	out, err := daoTokenV4.abi.Unpack("approve", data)
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
func (daoTokenV4 *DaoTokenV4) PackBalanceOf(account common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("balanceOf", account)
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
func (daoTokenV4 *DaoTokenV4) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("balanceOf", data)
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
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint32,uint224))
func (daoTokenV4 *DaoTokenV4) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := daoTokenV4.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint32,uint224))
func (daoTokenV4 *DaoTokenV4) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return daoTokenV4.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint32,uint224))
func (daoTokenV4 *DaoTokenV4) UnpackCheckpoints(data []byte) (ERC20VotesCheckpoint, error) {
	out, err := daoTokenV4.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(ERC20VotesCheckpoint), err
	}
	out0 := *abi.ConvertType(out[0], new(ERC20VotesCheckpoint)).(*ERC20VotesCheckpoint)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (daoTokenV4 *DaoTokenV4) PackClock() []byte {
	enc, err := daoTokenV4.abi.Pack("clock")
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
func (daoTokenV4 *DaoTokenV4) TryPackClock() ([]byte, error) {
	return daoTokenV4.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (daoTokenV4 *DaoTokenV4) UnpackClock(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("clock", data)
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
func (daoTokenV4 *DaoTokenV4) PackDecimals() []byte {
	enc, err := daoTokenV4.abi.Pack("decimals")
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
func (daoTokenV4 *DaoTokenV4) TryPackDecimals() ([]byte, error) {
	return daoTokenV4.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (daoTokenV4 *DaoTokenV4) UnpackDecimals(data []byte) (uint8, error) {
	out, err := daoTokenV4.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (daoTokenV4 *DaoTokenV4) PackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("decreaseAllowance", spender, subtractedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa457c2d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (daoTokenV4 *DaoTokenV4) TryPackDecreaseAllowance(spender common.Address, subtractedValue *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("decreaseAllowance", spender, subtractedValue)
}

// UnpackDecreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa457c2d7.
//
// Solidity: function decreaseAllowance(address spender, uint256 subtractedValue) returns(bool)
func (daoTokenV4 *DaoTokenV4) UnpackDecreaseAllowance(data []byte) (bool, error) {
	out, err := daoTokenV4.abi.Unpack("decreaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (daoTokenV4 *DaoTokenV4) PackDelegate(delegatee common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("delegate", delegatee)
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
func (daoTokenV4 *DaoTokenV4) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (daoTokenV4 *DaoTokenV4) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := daoTokenV4.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
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
func (daoTokenV4 *DaoTokenV4) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return daoTokenV4.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (daoTokenV4 *DaoTokenV4) PackDelegates(account common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("delegates", account)
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
func (daoTokenV4 *DaoTokenV4) TryPackDelegates(account common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (daoTokenV4 *DaoTokenV4) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := daoTokenV4.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokenV4Eip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoTokenV4 *DaoTokenV4) PackTokenV4Eip712Domain() []byte {
	enc, err := daoTokenV4.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenV4Eip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoTokenV4 *DaoTokenV4) TryPackTokenV4Eip712Domain() ([]byte, error) {
	return daoTokenV4.abi.Pack("eip712Domain")
}

// TokenV4Eip712DomainOutput serves as a container for the return parameters of contract
// method TokenV4Eip712Domain.
type TokenV4Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackTokenV4Eip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (daoTokenV4 *DaoTokenV4) UnpackTokenV4Eip712Domain(data []byte) (TokenV4Eip712DomainOutput, error) {
	out, err := daoTokenV4.abi.Unpack("eip712Domain", data)
	outstruct := new(TokenV4Eip712DomainOutput)
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
func (daoTokenV4 *DaoTokenV4) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("getPastTotalSupply", timepoint)
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
func (daoTokenV4 *DaoTokenV4) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("getPastTotalSupply", data)
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
func (daoTokenV4 *DaoTokenV4) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("getPastVotes", account, timepoint)
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
func (daoTokenV4 *DaoTokenV4) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("getPastVotes", data)
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
func (daoTokenV4 *DaoTokenV4) PackGetVotes(account common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("getVotes", account)
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
func (daoTokenV4 *DaoTokenV4) TryPackGetVotes(account common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (daoTokenV4 *DaoTokenV4) PackIncreaseAllowance(spender common.Address, addedValue *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("increaseAllowance", spender, addedValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (daoTokenV4 *DaoTokenV4) TryPackIncreaseAllowance(spender common.Address, addedValue *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("increaseAllowance", spender, addedValue)
}

// UnpackIncreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 addedValue) returns(bool)
func (daoTokenV4 *DaoTokenV4) UnpackIncreaseAllowance(data []byte) (bool, error) {
	out, err := daoTokenV4.abi.Unpack("increaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (daoTokenV4 *DaoTokenV4) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("mint", to, amount)
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
func (daoTokenV4 *DaoTokenV4) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (daoTokenV4 *DaoTokenV4) PackName() []byte {
	enc, err := daoTokenV4.abi.Pack("name")
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
func (daoTokenV4 *DaoTokenV4) TryPackName() ([]byte, error) {
	return daoTokenV4.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (daoTokenV4 *DaoTokenV4) UnpackName(data []byte) (string, error) {
	out, err := daoTokenV4.abi.Unpack("name", data)
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
func (daoTokenV4 *DaoTokenV4) PackNonces(owner common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("nonces", owner)
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
func (daoTokenV4 *DaoTokenV4) TryPackNonces(owner common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("nonces", data)
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
func (daoTokenV4 *DaoTokenV4) PackNumCheckpoints(account common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("numCheckpoints", account)
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
func (daoTokenV4 *DaoTokenV4) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (daoTokenV4 *DaoTokenV4) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := daoTokenV4.abi.Unpack("numCheckpoints", data)
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
func (daoTokenV4 *DaoTokenV4) PackOwner() []byte {
	enc, err := daoTokenV4.abi.Pack("owner")
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
func (daoTokenV4 *DaoTokenV4) TryPackOwner() ([]byte, error) {
	return daoTokenV4.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (daoTokenV4 *DaoTokenV4) UnpackOwner(data []byte) (common.Address, error) {
	out, err := daoTokenV4.abi.Unpack("owner", data)
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
func (daoTokenV4 *DaoTokenV4) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := daoTokenV4.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (daoTokenV4 *DaoTokenV4) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return daoTokenV4.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (daoTokenV4 *DaoTokenV4) PackRenounceOwnership() []byte {
	enc, err := daoTokenV4.abi.Pack("renounceOwnership")
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
func (daoTokenV4 *DaoTokenV4) TryPackRenounceOwnership() ([]byte, error) {
	return daoTokenV4.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (daoTokenV4 *DaoTokenV4) PackSymbol() []byte {
	enc, err := daoTokenV4.abi.Pack("symbol")
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
func (daoTokenV4 *DaoTokenV4) TryPackSymbol() ([]byte, error) {
	return daoTokenV4.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (daoTokenV4 *DaoTokenV4) UnpackSymbol(data []byte) (string, error) {
	out, err := daoTokenV4.abi.Unpack("symbol", data)
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
func (daoTokenV4 *DaoTokenV4) PackTotalSupply() []byte {
	enc, err := daoTokenV4.abi.Pack("totalSupply")
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
func (daoTokenV4 *DaoTokenV4) TryPackTotalSupply() ([]byte, error) {
	return daoTokenV4.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (daoTokenV4 *DaoTokenV4) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := daoTokenV4.abi.Unpack("totalSupply", data)
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
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) UnpackTransfer(data []byte) (bool, error) {
	out, err := daoTokenV4.abi.Unpack("transfer", data)
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
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := daoTokenV4.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return daoTokenV4.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (daoTokenV4 *DaoTokenV4) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := daoTokenV4.abi.Unpack("transferFrom", data)
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
func (daoTokenV4 *DaoTokenV4) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := daoTokenV4.abi.Pack("transferOwnership", newOwner)
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
func (daoTokenV4 *DaoTokenV4) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return daoTokenV4.abi.Pack("transferOwnership", newOwner)
}

// DaoTokenV4Approval represents a Approval event raised by the DaoTokenV4 contract.
type DaoTokenV4Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DaoTokenV4ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DaoTokenV4Approval) ContractEventName() string {
	return DaoTokenV4ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (daoTokenV4 *DaoTokenV4) UnpackApprovalEvent(log *types.Log) (*DaoTokenV4Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTokenV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenV4Approval)
	if len(log.Data) > 0 {
		if err := daoTokenV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTokenV4.abi.Events[event].Inputs {
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

// DaoTokenV4DelegateChanged represents a DelegateChanged event raised by the DaoTokenV4 contract.
type DaoTokenV4DelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const DaoTokenV4DelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (DaoTokenV4DelegateChanged) ContractEventName() string {
	return DaoTokenV4DelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (daoTokenV4 *DaoTokenV4) UnpackDelegateChangedEvent(log *types.Log) (*DaoTokenV4DelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTokenV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenV4DelegateChanged)
	if len(log.Data) > 0 {
		if err := daoTokenV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTokenV4.abi.Events[event].Inputs {
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

// DaoTokenV4DelegateVotesChanged represents a DelegateVotesChanged event raised by the DaoTokenV4 contract.
type DaoTokenV4DelegateVotesChanged struct {
	Delegate        common.Address
	PreviousBalance *big.Int
	NewBalance      *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const DaoTokenV4DelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (DaoTokenV4DelegateVotesChanged) ContractEventName() string {
	return DaoTokenV4DelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousBalance, uint256 newBalance)
func (daoTokenV4 *DaoTokenV4) UnpackDelegateVotesChangedEvent(log *types.Log) (*DaoTokenV4DelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTokenV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenV4DelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := daoTokenV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTokenV4.abi.Events[event].Inputs {
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

// DaoTokenV4EIP712DomainChanged represents a EIP712DomainChanged event raised by the DaoTokenV4 contract.
type DaoTokenV4EIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DaoTokenV4EIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DaoTokenV4EIP712DomainChanged) ContractEventName() string {
	return DaoTokenV4EIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (daoTokenV4 *DaoTokenV4) UnpackEIP712DomainChangedEvent(log *types.Log) (*DaoTokenV4EIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTokenV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenV4EIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := daoTokenV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTokenV4.abi.Events[event].Inputs {
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

// DaoTokenV4OwnershipTransferred represents a OwnershipTransferred event raised by the DaoTokenV4 contract.
type DaoTokenV4OwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DaoTokenV4OwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DaoTokenV4OwnershipTransferred) ContractEventName() string {
	return DaoTokenV4OwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (daoTokenV4 *DaoTokenV4) UnpackOwnershipTransferredEvent(log *types.Log) (*DaoTokenV4OwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTokenV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenV4OwnershipTransferred)
	if len(log.Data) > 0 {
		if err := daoTokenV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTokenV4.abi.Events[event].Inputs {
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

// DaoTokenV4Transfer represents a Transfer event raised by the DaoTokenV4 contract.
type DaoTokenV4Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const DaoTokenV4TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DaoTokenV4Transfer) ContractEventName() string {
	return DaoTokenV4TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (daoTokenV4 *DaoTokenV4) UnpackTransferEvent(log *types.Log) (*DaoTokenV4Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != daoTokenV4.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DaoTokenV4Transfer)
	if len(log.Data) > 0 {
		if err := daoTokenV4.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range daoTokenV4.abi.Events[event].Inputs {
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
func (daoTokenV4 *DaoTokenV4) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], daoTokenV4.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return daoTokenV4.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], daoTokenV4.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return daoTokenV4.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DaoTokenV4InvalidShortString represents a InvalidShortString error raised by the DaoTokenV4 contract.
type DaoTokenV4InvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DaoTokenV4InvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (daoTokenV4 *DaoTokenV4) UnpackInvalidShortStringError(raw []byte) (*DaoTokenV4InvalidShortString, error) {
	out := new(DaoTokenV4InvalidShortString)
	if err := daoTokenV4.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DaoTokenV4StringTooLong represents a StringTooLong error raised by the DaoTokenV4 contract.
type DaoTokenV4StringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DaoTokenV4StringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (daoTokenV4 *DaoTokenV4) UnpackStringTooLongError(raw []byte) (*DaoTokenV4StringTooLong, error) {
	out := new(DaoTokenV4StringTooLong)
	if err := daoTokenV4.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
