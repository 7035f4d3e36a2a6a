// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// Compiled against OpenZeppelin Contracts 4.9.6: compile.js remaps "@openzeppelin/contracts/" to the
// npm alias "@openzeppelin/contracts-v4/" for every file under v4/, so these imports read as in any
// OpenZeppelin v4 project.
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title DaoTokenV4
/// @notice An OpenZeppelin 4.9 governance token (ERC-20 + EIP-2612 permit + ERC20Votes on the
/// block-number clock), owner-mintable, used by the tests to prove daoterm reads and votes on
/// OpenZeppelin v4 governors as well as v5.
contract DaoTokenV4 is ERC20, ERC20Permit, ERC20Votes, Ownable {
    constructor(string memory name_, string memory symbol_, address initialOwner)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        _transferOwnership(initialOwner);
    }

    /// @notice Mints `amount` tokens to `to`. Only the owner.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    function _afterTokenTransfer(address from, address to, uint256 amount) internal override(ERC20, ERC20Votes) {
        super._afterTokenTransfer(from, to, amount);
    }

    function _mint(address to, uint256 amount) internal override(ERC20, ERC20Votes) {
        super._mint(to, amount);
    }

    function _burn(address account, uint256 amount) internal override(ERC20, ERC20Votes) {
        super._burn(account, amount);
    }
}
