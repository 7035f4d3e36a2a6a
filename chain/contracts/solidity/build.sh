#!/usr/bin/env bash
# Regenerates chain/contracts/artifacts/*.json and the abigen v2 bindings chain/contracts/*.go
# from the Solidity sources in this directory. Run it through `go generate ./chain/contracts`
# from the repository root. Needs node (>= 18), npm and Go; the output is byte for byte
# reproducible (pinned solc and OpenZeppelin via package-lock.json, pinned abigen).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(dirname "$here")"
abigen="github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10"

cd "$here"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node compile.js --abigen-dir "$tmp"

# abigen v2 names the result struct of a multi-value method <Method>Output without the
# contract's name, so two contracts of one package that both have eip712Domain() collide.
# The same goes for proposalVotes() (ProposalVotesOutput) in the two governors. The aliases
# rename those methods in Go only (TokenEip712Domain, GovernorEip712Domain, ProposalVotesV4, ...);
# the ABI and the packed calls are unchanged.
alias_for() {
	case "$1" in
	DaoToken) echo "eip712Domain=tokenEip712Domain" ;;
	DaoGovernor) echo "eip712Domain=governorEip712Domain" ;;
	DaoTokenV4) echo "eip712Domain=tokenV4Eip712Domain" ;;
	DaoGovernorV4) echo "eip712Domain=governorV4Eip712Domain,proposalVotes=proposalVotesV4" ;;
	*) echo "" ;;
	esac
}

# The v4 contracts (v4/*.sol, OpenZeppelin 4.9) go to daotokenv4.go, daotimelockv4.go, ...
for name in DaoToken DaoTimelock DaoGovernor StableToken Multicall3 DaoTokenV4 DaoTimelockV4 DaoGovernorV4; do
	out="$pkg/$(echo "$name" | tr '[:upper:]' '[:lower:]').go"
	alias="$(alias_for "$name")"
	# Run from a directory outside the module so `go run pkg@version` cannot touch go.mod.
	(cd "$tmp" && go run "$abigen" --v2 --pkg contracts --type "$name" ${alias:+--alias "$alias"} \
		--abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --out "$out")
done
echo "build.sh: artifacts and bindings written to $pkg"
