// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title BoostToken
/// @notice Governance token with custom voting units: ERC-20 with EIP-2612 permit and
/// ERC20Votes checkpoints on the default block-number clock, owner-mintable, plus a per-account
/// `boost` that models a staking bonus. An account's voting units are `balanceOf + boost`, and
/// `delegate` moves all of them; so voting power cannot be derived from Transfer and
/// DelegateChanged events: only DelegateVotesChanged carries it.
/// @dev The owner mints and grants boosts during setup and then hands ownership to the
/// timelock. A boost granted to an account without a delegate counts in the total supply of
/// votes but in nobody's votes, as an undelegated balance does.
contract BoostToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    /// @notice Extra voting units of each account, on top of its balance.
    mapping(address => uint256) public boost;

    constructor(string memory name_, string memory symbol_, address initialOwner)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
        Ownable(initialOwner)
    {}

    /// @notice Mints `amount` tokens to `to`. Only the owner (the deployer during setup, the timelock after).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Gives `account` `units` more voting units, which go to its delegate (if any). Only the owner.
    function grantBoost(address account, uint256 units) external onlyOwner {
        boost[account] += units;
        _transferVotingUnits(address(0), account, units);
    }

    /// @notice Takes `units` voting units back from `account` (and so from its delegate). Only the owner.
    function revokeBoost(address account, uint256 units) external onlyOwner {
        boost[account] -= units;
        _transferVotingUnits(account, address(0), units);
    }

    /// @dev Voting units are the balance plus the boost, so delegating moves both.
    function _getVotingUnits(address account) internal view override returns (uint256) {
        return balanceOf(account) + boost[account];
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
