// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// Compiled against OpenZeppelin Contracts 4.9.6 (see DaoTokenV4.sol for the remapping).
import {IGovernor, Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorCompatibilityBravo} from "@openzeppelin/contracts/governance/compatibility/GovernorCompatibilityBravo.sol";
import {GovernorVotes, IVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockCompound, ICompoundTimelock} from
    "@openzeppelin/contracts/governance/extensions/GovernorTimelockCompound.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title CompatGovernorV4
/// @notice The governor shape of many 2021-23 DAOs: OpenZeppelin 4.9 Governor with
/// GovernorCompatibilityBravo (Bravo-style `proposals`, `getReceipt`, `queue(uint256)`,
/// `execute(uint256)`, `cancel(uint256)`, COUNTING_MODE "support=bravo&quorum=bravo"),
/// GovernorVotes, GovernorVotesQuorumFraction and GovernorTimelockCompound: the treasury is a
/// Compound Timelock (GRACE_PERIOD 14 days), so a queued proposal not executed within the
/// grace period reports Expired. Delay, period and threshold are fixed at deployment
/// (no GovernorSettings), in blocks of the token's block-number clock.
contract CompatGovernorV4 is
    Governor,
    GovernorCompatibilityBravo,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockCompound
{
    uint256 private immutable _delay;
    uint256 private immutable _period;
    uint256 private immutable _threshold;

    constructor(
        string memory name_,
        IVotes token_,
        ICompoundTimelock timelock_,
        uint256 votingDelay_,
        uint256 votingPeriod_,
        uint256 proposalThreshold_,
        uint256 quorumNumerator_
    )
        Governor(name_)
        GovernorVotes(token_)
        GovernorVotesQuorumFraction(quorumNumerator_)
        GovernorTimelockCompound(timelock_)
    {
        _delay = votingDelay_;
        _period = votingPeriod_;
        _threshold = proposalThreshold_;
    }

    function votingDelay() public view override returns (uint256) {
        return _delay;
    }

    function votingPeriod() public view override returns (uint256) {
        return _period;
    }

    function proposalThreshold() public view override returns (uint256) {
        return _threshold;
    }

    function quorum(uint256 timepoint)
        public
        view
        override(IGovernor, GovernorVotesQuorumFraction)
        returns (uint256)
    {
        return super.quorum(timepoint);
    }

    function state(uint256 proposalId)
        public
        view
        override(Governor, IGovernor, GovernorTimelockCompound)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    function propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) public override(Governor, GovernorCompatibilityBravo, IGovernor) returns (uint256) {
        return super.propose(targets, values, calldatas, description);
    }

    function cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) public override(Governor, GovernorCompatibilityBravo, IGovernor) returns (uint256) {
        return super.cancel(targets, values, calldatas, descriptionHash);
    }

    function _execute(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockCompound) {
        super._execute(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockCompound) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockCompound) returns (address) {
        return super._executor();
    }

    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(Governor, IERC165, GovernorTimelockCompound)
        returns (bool)
    {
        return super.supportsInterface(interfaceId);
    }
}
