// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The parts of an ERC20Votes token the seeder calls.
interface IScaleToken {
    function transfer(address to, uint256 value) external returns (bool);
    function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) external;
}

/// @notice The parts of an OpenZeppelin 5 Governor the seeder calls.
interface IScaleGovernor {
    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description)
        external
        returns (uint256);
    function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes memory signature)
        external
        returns (uint256);
}

/// @title ScaleSeeder
/// @notice Seeds a large governance history in few transactions for daoterm's scale
/// scenario (`daoterm devnet --scenario scale`): many token transfers, delegations signed
/// off-chain (delegateBySig), proposals and votes signed off-chain (castVoteBySig), each
/// batch in one call. It holds the tokens it hands out.
contract ScaleSeeder {
    /// @notice One signed delegation (EIP-712 Delegation of the token).
    struct Delegation {
        address delegatee;
        uint256 nonce;
        uint256 expiry;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice One signed ballot (EIP-712 Ballot of the governor).
    struct Ballot {
        uint256 proposalId;
        uint8 support;
        address voter;
        bytes signature;
    }

    /// @notice A transfer of the token failed.
    error ScaleSeederTransferFailed(address to);

    /// @notice Sends `amount` of `token` from this contract to each address of `to`, in order.
    function spray(IScaleToken token, address[] calldata to, uint256 amount) external {
        for (uint256 i = 0; i < to.length; i++) {
            if (!token.transfer(to[i], amount)) revert ScaleSeederTransferFailed(to[i]);
        }
    }

    /// @notice Submits signed delegations, in order.
    function delegateAll(IScaleToken token, Delegation[] calldata ds) external {
        for (uint256 i = 0; i < ds.length; i++) {
            Delegation calldata d = ds[i];
            token.delegateBySig(d.delegatee, d.nonce, d.expiry, d.v, d.r, d.s);
        }
    }

    /// @notice Creates proposals `first` .. `first + count - 1`: each calls nothing on this
    /// contract (an empty call) and is described as "Scale proposal #<n>".
    function proposeMany(IScaleGovernor gov, uint256 first, uint256 count) external {
        address[] memory targets = new address[](1);
        targets[0] = address(this);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        for (uint256 i = 0; i < count; i++) {
            gov.propose(targets, values, calldatas, string.concat("Scale proposal #", _decimal(first + i)));
        }
    }

    /// @notice Submits signed ballots, in order.
    function voteAll(IScaleGovernor gov, Ballot[] calldata bs) external {
        for (uint256 i = 0; i < bs.length; i++) {
            Ballot calldata b = bs[i];
            gov.castVoteBySig(b.proposalId, b.support, b.voter, b.signature);
        }
    }

    /// @notice An empty call does nothing (the proposals' action).
    fallback() external {}

    function _decimal(uint256 n) private pure returns (string memory) {
        if (n == 0) return "0";
        uint256 len;
        for (uint256 m = n; m > 0; m /= 10) len++;
        bytes memory out = new bytes(len);
        for (; n > 0; n /= 10) out[--len] = bytes1(uint8(48 + n % 10));
        return string(out);
    }
}
