// Package contracts holds the Solidity contracts of the daoterm demo DAO ("Model Commons"):
// abigen v2 bindings (DaoToken, DaoTimelock, DaoGovernor, StableToken, Multicall3) and the
// compiled artifacts they were generated from, embedded for genesis and tests.
//
// The sources, package.json/package-lock.json (npm solc 0.8.37, @openzeppelin/contracts 5.7.0)
// and the compile script live in solidity/. Regenerate everything, byte for byte, from the
// repository root with:
//
//	go generate ./chain/contracts
//
// which runs solidity/build.sh: npm ci, compile (evmVersion cancun, optimizer 200 runs, no
// viaIR) to artifacts/<Name>.json, then abigen v2 from go-ethereum v1.17.10 into <name>.go.
// It needs node and npm; building and testing the Go code needs neither.
package contracts

//go:generate bash solidity/build.sh
