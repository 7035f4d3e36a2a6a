// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Multicall3
/// @notice daoterm's own minimal aggregator with the standard Multicall3 interface subset that
/// daoterm uses: aggregate3, getBlockNumber, getCurrentBlockTimestamp, getChainId and getEthBalance.
/// It is placed in the devnet genesis at 0xcA11bde05977b3631167028862bE2a173976CA11, so it has no
/// constructor and no storage.
contract Multicall3 {
    /// @notice One call of a batch.
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    /// @notice The outcome of one call.
    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice Runs every call in order. A failing call whose allowFailure is false reverts the
    /// whole batch with "Multicall3: call failed"; otherwise its revert data is returned.
    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        uint256 n = calls.length;
        returnData = new Result[](n);
        for (uint256 i = 0; i < n; ++i) {
            Call3 calldata c = calls[i];
            (bool ok, bytes memory data) = c.target.call(c.callData);
            if (!ok && !c.allowFailure) {
                revert("Multicall3: call failed");
            }
            returnData[i] = Result(ok, data);
        }
    }

    /// @notice The current block number.
    function getBlockNumber() external view returns (uint256 blockNumber) {
        blockNumber = block.number;
    }

    /// @notice The current block timestamp.
    function getCurrentBlockTimestamp() external view returns (uint256 timestamp) {
        timestamp = block.timestamp;
    }

    /// @notice The chain id.
    function getChainId() external view returns (uint256 chainid) {
        chainid = block.chainid;
    }

    /// @notice The ETH balance of `addr`.
    function getEthBalance(address addr) external view returns (uint256 balance) {
        balance = addr.balance;
    }
}
