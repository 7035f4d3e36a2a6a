package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/config/registry"
	"github.com/ethereum/go-ethereum/common"
)

func TestResolveRegistrySlug(t *testing.T) {
	uni, _ := registry.Lookup("uniswap")
	d, err := Resolve(nil, "uniswap", Overrides{RPC: "https://eth.example.org"}, env())
	if err != nil {
		t.Fatal(err)
	}
	want := &DAO{
		Name:       "Uniswap",
		RPC:        "https://eth.example.org",
		RPCFrom:    "--rpc",
		Governor:   common.HexToAddress("0x408ED6354d4973f66138C91495F2f2FCbd8724C3"),
		Token:      common.HexToAddress("0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984"),
		Treasury:   uni.TreasuryAddresses(),
		StartBlock: 10861674, // the token's start: lower than the governor's 13059157
		ChainID:    1,
		Family:     "compound-governor-bravo",
		Registry:   "uniswap",
		// Its two GovernorAlphas, whose proposals come before the Bravo's.
		LegacyGovernors: []common.Address{
			common.HexToAddress("0x5e4be8Bc9637f0EAA1A755019e06A68ce081D58F"),
			common.HexToAddress("0xC4e172459f1E7939D522503B81AFAaC1014CE6F6"),
		},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("uniswap:\n got %+v\nwant %+v", d, want)
	}
	if len(d.Treasury) != 5 {
		t.Errorf("uniswap has %d treasuries, want all 5", len(d.Treasury))
	}

	// rpc from the environment; slugs are case-insensitive; flags override.
	d, err = Resolve(&Config{}, "Arbitrum-Core", Overrides{StartBlock: u64(5), Token: addr1}, env("ETH_RPC_URL", "wss://arb.example.org"))
	if err != nil {
		t.Fatal(err)
	}
	if d.RPC != "wss://arb.example.org" || d.RPCFrom != "$ETH_RPC_URL" || d.ChainID != 42161 || d.StartBlock != 5 ||
		d.Token != mustAddr(t, addr1) || d.Family != "oz-governor-v4" || d.Registry != "arbitrum-core" {
		t.Errorf("arbitrum-core: %+v", d)
	}

	// --governor on a registry DAO drops the registry's family: it was about another contract.
	d, err = Resolve(nil, "ens", Overrides{RPC: "http://x", Governor: addr2}, env())
	if err != nil || d.Family != "" || d.ChainID != 1 || d.Governor != mustAddr(t, addr2) {
		t.Errorf("ens --governor: %+v, %v", d, err)
	}
	// ... and its legacy governors; --no-legacy drops them too.
	d, err = Resolve(nil, "uniswap", Overrides{RPC: "http://x", Governor: addr2}, env())
	if err != nil || d.LegacyGovernors != nil {
		t.Errorf("uniswap --governor: %+v, %v", d, err)
	}
	d, err = Resolve(nil, "uniswap", Overrides{RPC: "http://x", NoLegacy: true}, env())
	if err != nil || d.LegacyGovernors != nil || d.Governor != uni.Governor {
		t.Errorf("uniswap --no-legacy: %+v, %v", d, err)
	}

	// No rpc: the message says which chain to point at.
	_, err = Resolve(nil, "zksync-token", Overrides{}, env())
	checkErrs(t, err, "", []wantErr{{0, "--rpc", "missing; zksync-token is on ZKsync Era (chain 324): pass --rpc URL of a node on that chain (ZKsync Era), or set ETH_RPC_URL"}})

	// Not a DAO and not a slug: a suggestion.
	_, err = Resolve(nil, "uniswp", Overrides{RPC: "http://x"}, env("HOME", "/home/u"))
	checkErrs(t, err, "", []wantErr{{0, "", `no DAO named "uniswp": no [[dao]] tables are configured; add one to /home/u/.config/daoterm/config.toml; it is not a well-known DAO either: did you mean "uniswap"? (` + "`daoterm daos`" + ` lists them)`}})
	_, err = Resolve(nil, "zzzzzzzzzz", Overrides{RPC: "http://x"}, env("HOME", "/home/u"))
	checkErrs(t, err, "", []wantErr{{0, "", `it is not a well-known DAO either (`}})
}

func TestResolveRegistryUnsupported(t *testing.T) {
	for slug, family := range map[string]string{
		"nouns": "nouns-dao", "aave": "aave-governance-v3", "lido": "aragon-voting", "shutter": "azorius",
		"scroll": "agora-governor", "optimism": "agora-optimism-custom",
	} {
		_, err := Resolve(nil, slug, Overrides{RPC: "http://x"}, env())
		e := mustError(t, err)
		if !strings.HasPrefix(e.Msg, slug+" ") || !strings.Contains(e.Msg, "has a governor of the "+family+" family, which daoterm cannot read yet: ") ||
			!strings.Contains(e.Msg, "`daoterm daos` lists the DAOs daoterm can read") {
			t.Errorf("%s: %v", slug, err)
		}
	}
	// The family error comes first, before a missing rpc.
	_, err := Resolve(nil, "nouns", Overrides{}, env())
	checkErrs(t, err, "", []wantErr{{0, "", "nouns (Nouns DAO) has a governor of the nouns-dao family"}, {0, "--rpc", "missing; nouns is on Ethereum"}})
}

const registryFile = `[[dao]]
registry = "ens"
start_block = 1

[[dao]]
name = "Arb"
registry = "arbitrum-treasury"
treasury = ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]
rpc = "https://arb.example.org"

[[dao]]
name = "Uniswap"
governor = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
rpc = "http://127.0.0.1:8545"
chain_id = 31337
family = "oz-governor-v5-upgradeable"

[[dao]]
name = "Nouns fork"
registry = "nouns"

[[dao]]
name = "Nouns as OZ"
registry = "nouns"
family = "oz-governor-v4"
`

func TestConfigRegistry(t *testing.T) {
	c, err := Parse("c.toml", []byte(registryFile), env("ETH_RPC_URL", "https://eth.example.org"))
	if err != nil {
		t.Fatal(err)
	}
	ens, _ := registry.Lookup("ens")

	// registry = "ens", name defaults to the slug, start_block overrides.
	d, err := Resolve(c, "ens", Overrides{}, env())
	if err != nil {
		t.Fatal(err)
	}
	want := &DAO{Name: "ens", RPC: "https://eth.example.org", RPCFrom: "$ETH_RPC_URL", Governor: ens.Governor,
		Token: ens.Token, Treasury: ens.TreasuryAddresses(), StartBlock: 1, ChainID: 1, Family: "oz-governor-v4", Registry: "ens"}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("registry = ens:\n got %+v\nwant %+v", d, want)
	}

	// A table's keys override the registry's: treasury, rpc; the rest stays.
	d, err = Resolve(c, "arb", Overrides{}, env())
	if err != nil {
		t.Fatal(err)
	}
	arb, _ := registry.Lookup("arbitrum-treasury")
	if d.Name != "Arb" || d.RPC != "https://arb.example.org" || d.RPCFrom != "rpc" || d.Governor != arb.Governor ||
		!reflect.DeepEqual(d.Treasury, []common.Address{mustAddr(t, addr1)}) || d.ChainID != 42161 || d.StartBlock != arb.FirstBlock() {
		t.Errorf("registry + overrides: %+v", d)
	}

	// A table named like a slug shadows the registry entry.
	d, err = Resolve(c, "uniswap", Overrides{}, env())
	if err != nil {
		t.Fatal(err)
	}
	if d.Governor != mustAddr(t, addr2) || d.Registry != "" || d.ChainID != 31337 || d.Family != "oz-governor-v5" || len(d.Treasury) != 0 {
		t.Errorf("shadowing table: %+v", d)
	}

	// A slug not in the file still resolves.
	if d, err := Resolve(c, "gitcoin", Overrides{}, env("ETH_RPC_URL", "http://x")); err != nil || d.Registry != "gitcoin" {
		t.Errorf("gitcoin next to a file: %+v, %v", d, err)
	}

	// An unsupported registry family is reported at the table's registry key,
	// unless the table sets family.
	_, err = Resolve(c, "nouns fork", Overrides{}, env())
	checkErrs(t, err, "c.toml", []wantErr{{20, "dao[3].registry", `DAO "Nouns fork" has a governor of the nouns-dao family, which daoterm cannot read yet`}})
	if d, err := Resolve(c, "Nouns as OZ", Overrides{}, env()); err != nil || d.Family != "oz-governor-v4" {
		t.Errorf("family override: %+v, %v", d, err)
	}
}

func TestConfigRegistryErrors(t *testing.T) {
	src := `[[dao]]
registry = "uniswp"

[[dao]]
registry = 3

[[dao]]
name = "x"
governor = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
chain_id = "1"
family = "maker-chief"

[[dao]]
name = "y"
governor = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
chain_id = 0
famly = "oz-governor-v4"

[[dao]]
name = "z"
governor = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
family = "nouns-dao"
`
	c, err := Parse("c.toml", []byte(src), env())
	checkErrs(t, err, "c.toml", []wantErr{
		{2, "dao[0].registry", `no well-known DAO "uniswp"; did you mean "uniswap"?`},
		{5, "dao[1].registry", "must be a string, not an integer"},
		{10, "dao[2].chain_id", "must be an integer chain id, not a string"},
		{11, "dao[2].family", `unknown governor family "maker-chief"; use one of oz-governor-v5, oz-governor-v4,`},
		{16, "dao[3].chain_id", "must be a positive chain id"},
		{17, "dao[3].famly", `unknown key; did you mean "family"?`},
	})
	_ = c

	// An unsupported family set in the file fails at Resolve, at its line.
	c, err = Parse("c.toml", []byte(src[strings.Index(src, "[[dao]]\nname = \"z\""):]), env())
	if err != nil {
		t.Fatal(err)
	}
	_, err = Resolve(c, "z", Overrides{RPC: "http://x"}, env())
	checkErrs(t, err, "c.toml", []wantErr{{4, "dao[0].family", `DAO "z" has a governor of the nouns-dao family`}})

	// registry at the top level belongs to a DAO.
	_, err = Parse("c.toml", []byte("registry = \"ens\"\n"), env())
	checkErrs(t, err, "c.toml", []wantErr{{1, "registry", "registry belongs to a DAO"}})
}

// TestConfigLegacyGovernors: legacy_governors in a [[dao]] table, over the
// registry's, kept under --governor when the file sets it; bad entries are
// reported at their file, line and key.
func TestConfigLegacyGovernors(t *testing.T) {
	src := `[[dao]]
name = "Model Commons"
rpc = "http://127.0.0.1:8545"
governor = "` + addr1 + `"
legacy_governors = ["` + addr2 + `", "` + addr3 + `"]

[[dao]]
registry = "uniswap"
rpc = "http://127.0.0.1:8545"
legacy_governors = ["` + addr4 + `"]
`
	c, err := Parse("c.toml", []byte(src), env())
	if err != nil {
		t.Fatal(err)
	}
	d, err := Resolve(c, "Model Commons", Overrides{}, env())
	if err != nil || !reflect.DeepEqual(d.LegacyGovernors, []common.Address{mustAddr(t, addr2), mustAddr(t, addr3)}) {
		t.Errorf("legacy_governors: %+v, %v", d, err)
	}
	d, err = Resolve(c, "uniswap", Overrides{Governor: addr1}, env())
	if err != nil || !reflect.DeepEqual(d.LegacyGovernors, []common.Address{mustAddr(t, addr4)}) {
		t.Errorf("the file's legacy_governors over the registry's, kept with --governor: %+v, %v", d, err)
	}
	d, err = Resolve(c, "Model Commons", Overrides{NoLegacy: true}, env())
	if err != nil || d.LegacyGovernors != nil {
		t.Errorf("--no-legacy: %+v, %v", d, err)
	}

	bad := `[[dao]]
name = "x"
governor = "` + addr1 + `"
legacy_governors = "` + addr2 + `"

[[dao]]
name = "y"
governor = "` + addr1 + `"
legacy_governors = [
  "` + addr2 + `",
  "0x12",
  "` + addr2 + `",
]
`
	_, err = Parse("c.toml", []byte(bad), env())
	checkErrs(t, err, "c.toml", []wantErr{
		{4, "dao[0].legacy_governors", `must be an array of addresses, not a string; write legacy_governors = ["0x…", "0x…"]`},
		{11, "dao[1].legacy_governors[1]", "bad address"},
		{12, "dao[1].legacy_governors[2]", "repeats dao[1].legacy_governors[0]"},
	})
	_, err = Parse("c.toml", []byte("[[dao]]\nname = \"x\"\ngovernor = \""+addr1+"\"\nlegacy_governor = []\n"), env())
	checkErrs(t, err, "c.toml", []wantErr{{4, "dao[0].legacy_governor", `did you mean "legacy_governors"?`}})
}
