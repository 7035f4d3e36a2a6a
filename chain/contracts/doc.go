// Package contracts holds the Solidity contracts of the daoterm demo DAO ("Model Commons"):
// abigen v2 bindings (DaoToken, DaoTimelock, DaoGovernor, StableToken, Multicall3) and the
// compiled artifacts they were generated from, embedded for genesis and tests.
//
// DaoTokenV4, DaoTimelockV4 and DaoGovernorV4 are the same governance stack built from
// OpenZeppelin 4.9 (solidity/v4), for tests that prove daoterm reads and votes on v4 governors.
//
// The sources, package.json/package-lock.json (npm solc 0.8.37, @openzeppelin/contracts 5.7.0,
// and 4.9.6 as the alias @openzeppelin/contracts-v4) and the compile script live in
// solidity/. Regenerate everything, byte for byte, from the repository root with:
//
//	go generate ./chain/contracts
//
// which runs solidity/build.sh: npm ci, compile (evmVersion cancun, optimizer 200 runs, no
// viaIR) to artifacts/<Name>.json, then abigen v2 from go-ethereum v1.17.10 into <name>.go.
// It needs node and npm; building and testing the Go code needs neither.
package contracts

//go:generate bash solidity/build.sh
