package contracts

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
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
