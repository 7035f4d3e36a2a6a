// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// OpenZeppelin Contracts 4.9.6 (see DaoTokenV4.sol for the import remapping).
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title DaoTimelockV4
/// @notice An unmodified OpenZeppelin 4.9 TimelockController, the executor of DaoGovernorV4
/// (v4's GovernorTimelockControl takes v4's TimelockController).
contract DaoTimelockV4 is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
