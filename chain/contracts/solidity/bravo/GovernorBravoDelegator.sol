// SPDX-License-Identifier: MIT
pragma solidity ^0.8.10;

// GovernorBravoDelegator: the proxy of the daoterm GovernorBravo test fixture.
//
// Written for daoterm from the published interface of Compound's GovernorBravo (selectors,
// events, storage order of the getters); no code was copied. It holds the governor's storage
// and delegates every call it does not know to `implementation` (GovernorBravoDelegate).
// Storage slots 0-2 (admin, pendingAdmin, implementation) are shared with the delegate.
contract GovernorBravoDelegator {
    address public admin;
    address public pendingAdmin;
    address public implementation;

    event NewImplementation(address oldImplementation, address newImplementation);

    constructor(
        address timelock_,
        address comp_,
        address admin_,
        address implementation_,
        uint256 votingPeriod_,
        uint256 votingDelay_,
        uint256 proposalThreshold_
    ) {
        // The deployer is admin while the implementation initializes the storage.
        admin = msg.sender;
        _delegate(
            implementation_,
            abi.encodeWithSignature(
                "initialize(address,address,uint256,uint256,uint256)",
                timelock_,
                comp_,
                votingPeriod_,
                votingDelay_,
                proposalThreshold_
            )
        );
        _setImplementation(implementation_);
        admin = admin_;
    }

    // Points the proxy at a new implementation (admin only).
    function _setImplementation(address implementation_) public {
        require(msg.sender == admin, "GovernorBravoDelegator::_setImplementation: admin only");
        require(implementation_ != address(0), "GovernorBravoDelegator::_setImplementation: invalid implementation address");
        address old = implementation;
        implementation = implementation_;
        emit NewImplementation(old, implementation_);
    }

    function _delegate(address target, bytes memory data) internal {
        (bool ok, bytes memory ret) = target.delegatecall(data);
        if (!ok) {
            assembly {
                revert(add(ret, 0x20), mload(ret))
            }
        }
    }

    // Everything else runs in the implementation, on this contract's storage.
    fallback() external payable {
        address impl = implementation;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), impl, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch ok
            case 0 {
                revert(0, returndatasize())
            }
            default {
                return(0, returndatasize())
            }
        }
    }
}
