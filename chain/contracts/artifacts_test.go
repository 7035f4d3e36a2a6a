package contracts

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// eip170Limit is the largest runtime code a contract may deploy (EIP-170).
const eip170Limit = 24576

func TestArtifactsMatchBindings(t *testing.T) {
	metas := map[string]string{
		NameDaoToken:    DaoTokenMetaData.Bin,
		NameDaoTimelock: DaoTimelockMetaData.Bin,
		NameDaoGovernor: DaoGovernorMetaData.Bin,
		NameStableToken: StableTokenMetaData.Bin,
		NameMulticall3:  Multicall3MetaData.Bin,

		NameDaoTokenV4:    DaoTokenV4MetaData.Bin,
		NameDaoTimelockV4: DaoTimelockV4MetaData.Bin,
		NameDaoGovernorV4: DaoGovernorV4MetaData.Bin,
	}
	for name, bin := range metas {
		a, err := LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := common.Bytes2Hex(a.Bytecode); !strings.EqualFold("0x"+got, bin) {
			t.Errorf("%s: artifact bytecode differs from the binding; run go generate ./chain/contracts", name)
		}
		if n := len(a.DeployedBytecode); n == 0 || n > eip170Limit {
			t.Errorf("%s: deployed size %d bytes, want 1..%d", name, n, eip170Limit)
		}
		if len(a.ABI) < 2 {
			t.Errorf("%s: empty ABI", name)
		}
	}
}

func TestMulticall3Runtime(t *testing.T) {
	code := Multicall3Runtime()
	a, err := LoadArtifact(NameMulticall3)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(code, a.DeployedBytecode) || len(code) == 0 {
		t.Fatal("Multicall3Runtime differs from the artifact's deployedBytecode")
	}
	// aggregate3((address,bool,bytes)[]) selector must be dispatched.
	if !bytes.Contains(code, common.FromHex("82ad56cb")) {
		t.Error("runtime code does not dispatch aggregate3 (0x82ad56cb)")
	}
	if common.HexToAddress(Multicall3Address).Hex() != Multicall3Address {
		t.Error("Multicall3Address is not in EIP-55 form")
	}
}

func TestLoadArtifactUnknown(t *testing.T) {
	if _, err := LoadArtifact("Nope"); err == nil {
		t.Fatal("want error for unknown artifact")
	}
}

// TestV4ArtifactsAreOpenZeppelinV4 checks that the v4 contracts were really built from
// OpenZeppelin 4.9 (the import remapping of solidity/compile.js) and the others from 5.x:
// castVoteBySig takes (v, r, s) in v4 and (voter, signature) in v5.
func TestV4ArtifactsAreOpenZeppelinV4(t *testing.T) {
	v4BySig := crypto.Keccak256([]byte("castVoteBySig(uint256,uint8,uint8,bytes32,bytes32)"))[:4]
	v5BySig := crypto.Keccak256([]byte("castVoteBySig(uint256,uint8,address,bytes)"))[:4]
	for _, tc := range []struct {
		name      string
		meta      *bind.MetaData
		want, not []byte
	}{
		{NameDaoGovernorV4, &DaoGovernorV4MetaData, v4BySig, v5BySig},
		{NameDaoGovernor, &DaoGovernorMetaData, v5BySig, v4BySig},
	} {
		parsed, err := tc.meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		if m, ok := parsed.Methods["castVoteBySig"]; !ok || !bytes.Equal(m.ID, tc.want) {
			t.Errorf("%s: castVoteBySig is %q, want selector %x", tc.name, m.Sig, tc.want)
		}
		for _, m := range parsed.Methods {
			if bytes.Equal(m.ID, tc.not) {
				t.Errorf("%s has the other OpenZeppelin version's %s", tc.name, m.Sig)
			}
		}
	}
	// v4's ERC20Votes has the fixed-size checkpoints(address,uint32) of 4.x.
	tok, err := DaoTokenV4MetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := tok.Methods["checkpoints"]; !ok || m.Sig != "checkpoints(address,uint32)" {
		t.Errorf("DaoTokenV4 checkpoints: %v", m.Sig)
	}
}

// TestBoostTokenArtifact checks the oz5-boost fixture's token: an OpenZeppelin 5 ERC20Votes
// token (checkpoints returns a (uint48, uint208) Checkpoint208) with the boost methods.
func TestBoostTokenArtifact(t *testing.T) {
	a, err := LoadArtifact(NameBoostToken)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(a.DeployedBytecode); n == 0 || n > eip170Limit {
		t.Errorf("deployed size %d bytes, want 1..%d", n, eip170Limit)
	}
	parsed, err := abi.JSON(bytes.NewReader(a.ABI))
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []string{
		"grantBoost(address,uint256)", "revokeBoost(address,uint256)", "boost(address)",
		"mint(address,uint256)", "getVotes(address)", "delegates(address)", "delegate(address)",
		"balanceOf(address)", "transferOwnership(address)", "CLOCK_MODE()",
	} {
		found := false
		for _, m := range parsed.Methods {
			found = found || m.Sig == sig
		}
		if !found {
			t.Errorf("BoostToken has no %s", sig)
		}
	}
	if _, ok := parsed.Events["DelegateVotesChanged"]; !ok {
		t.Error("BoostToken has no DelegateVotesChanged event")
	}
	m, ok := parsed.Methods["checkpoints"]
	if !ok || len(m.Outputs) != 1 || len(m.Outputs[0].Type.TupleElems) != 2 || m.Outputs[0].Type.TupleElems[1].Size != 208 {
		t.Errorf("BoostToken checkpoints: %v (want OpenZeppelin 5's (uint48, uint208) Checkpoint208)", m.Sig)
	}
}
