package contracts

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Multicall3Address is where every chain with Multicall3 has it, and where the devnet
// places the runtime code of our Multicall3 in its genesis.
const Multicall3Address = "0xcA11bde05977b3631167028862bE2a173976CA11"

// Names of the contracts whose artifacts are embedded, in build order.
const (
	NameDaoToken    = "DaoToken"
	NameDaoTimelock = "DaoTimelock"
	NameDaoGovernor = "DaoGovernor"
	NameStableToken = "StableToken"
	NameMulticall3  = "Multicall3"

	// The OpenZeppelin 4.9 contracts (solidity/v4), deployed by tests that prove the
	// readers and the signer work on v4 governors too; the demo DAO does not use them.
	NameDaoTokenV4    = "DaoTokenV4"
	NameDaoTimelockV4 = "DaoTimelockV4"
	NameDaoGovernorV4 = "DaoGovernorV4"

	// Uniswap's GovernorAlpha, Timelock and UNI, copied as they are from the build JSON of
	// npm @uniswap/governance@1.0.2 (solc 0.5.16; the package ships no sources).
	NameUniGovernorAlpha = "UniGovernorAlpha"
	NameUniTimelock      = "UniTimelock"
	NameUni              = "Uni"

	// The governor-family fixtures of chain/devnet (family_oz*.go): an OpenZeppelin 4.9
	// GovernorCompatibilityBravo governor over a Compound timelock (v4/), and OpenZeppelin 5
	// contracts for a fractional-voting governor on a timestamp clock and an NFT DAO.
	NameCompatGovernorV4   = "CompatGovernorV4"
	NameTimeToken          = "TimeToken"
	NameFractionalGovernor = "FractionalGovernor"
	NameNftToken           = "NftToken"
	// NameBoostToken is the oz5-boost fixture's ERC20Votes token with custom voting units
	// (balance + an owner-granted boost), so getVotes is not what balances and delegations give.
	NameBoostToken = "BoostToken"

	// GovernorBravo (solidity/bravo), written here from Compound's published interface:
	// the delegate (implementation) and the delegator (proxy) of the Compound fixture.
	NameGovernorBravoDelegate  = "GovernorBravoDelegate"
	NameGovernorBravoDelegator = "GovernorBravoDelegator"

	// ScaleSeeder (solidity/ScaleSeeder.sol) batches the transfers, signed delegations,
	// proposals and signed votes of the scale scenario (chain/devnet/scenario_scale.go).
	NameScaleSeeder = "ScaleSeeder"
)

//go:embed artifacts/*.json
var artifactFiles embed.FS

// Artifact is one compiled contract as written by solidity/compile.js.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`         // creation code
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"` // runtime code
}

// LoadArtifact returns the embedded artifact of the named contract (see the Name* constants).
// Each call returns a fresh copy that the caller may modify.
func LoadArtifact(name string) (*Artifact, error) {
	data, err := artifactFiles.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no embedded artifact %q (known: DaoToken, DaoTimelock, DaoGovernor, StableToken, Multicall3, DaoTokenV4, DaoTimelockV4, DaoGovernorV4): %w", name, err)
	}
	var a Artifact
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("contracts: embedded artifact %s is malformed (regenerate with `go generate ./chain/contracts`): %w", name, err)
	}
	if a.ContractName != name || len(a.DeployedBytecode) == 0 {
		return nil, fmt.Errorf("contracts: embedded artifact %s is incomplete (regenerate with `go generate ./chain/contracts`)", name)
	}
	return &a, nil
}

// Multicall3Runtime returns the runtime bytecode of our Multicall3, for a genesis alloc at
// Multicall3Address. It panics only if the embedded artifact is broken, which the package
// tests rule out at build time.
func Multicall3Runtime() []byte {
	a, err := LoadArtifact(NameMulticall3)
	if err != nil {
		panic(err)
	}
	return a.DeployedBytecode
}
