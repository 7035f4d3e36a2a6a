// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title DaoTimelock
/// @notice The treasury of the daoterm demo DAO: an unmodified OpenZeppelin TimelockController.
/// The governor holds the proposer and canceller roles; execution is open to anyone.
contract DaoTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
