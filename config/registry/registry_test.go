package registry

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestRegistryLoads(t *testing.T) {
	all := All()
	if len(all) < 28 {
		t.Fatalf("All() has %d DAOs, want at least 28", len(all))
	}
	if got, want := len(Slugs()), len(all); got != want {
		t.Fatalf("Slugs() has %d, All() %d", got, want)
	}
	for _, slug := range []string{"uniswap", "ens", "arbitrum-core", "optimism", "scroll", "zksync-token"} {
		if _, ok := Lookup(slug); !ok {
			t.Errorf("Lookup(%q) failed", slug)
		}
	}
	if d, ok := Lookup(" ENS "); !ok || d.Slug != "ens" {
		t.Errorf("Lookup is not case-insensitive: %v %v", d.Slug, ok)
	}
	if _, ok := Lookup("no-such-dao"); ok {
		t.Error("Lookup(no-such-dao) succeeded")
	}
	// Copies: changing one does not change the registry.
	d, _ := Lookup("uniswap")
	d.Treasuries[0].Label = "changed"
	d.Name = "changed"
	if d2, _ := Lookup("uniswap"); d2.Name != "Uniswap" || d2.Treasuries[0].Label == "changed" {
		t.Error("Lookup returns shared data")
	}
}

func TestEveryEntryNormalizes(t *testing.T) {
	chains := map[uint64]string{1: "Ethereum", 10: "OP Mainnet", 324: "ZKsync Era", 42161: "Arbitrum One", 534352: "Scroll"}
	for _, d := range All() {
		if !d.Family.Known() {
			t.Errorf("%s: family %q (from %q) is not in the vocabulary", d.Slug, d.Family, d.FamilyText)
		}
		if d.Supported != d.Family.Supported() || d.Supported == (d.Reason != "") {
			t.Errorf("%s: supported %v, reason %q", d.Slug, d.Supported, d.Reason)
		}
		if d.Clock != ClockBlockNumber && d.Clock != ClockTimestamp {
			t.Errorf("%s: clock %q", d.Slug, d.Clock)
		}
		if chains[d.ChainID] != d.Chain {
			t.Errorf("%s: chain %q has id %d", d.Slug, d.Chain, d.ChainID)
		}
		if d.L1BlockClock != (d.ChainID == 42161) {
			t.Errorf("%s: L1BlockClock %v on chain %d", d.Slug, d.L1BlockClock, d.ChainID)
		}
		if d.FirstBlock() == 0 {
			t.Errorf("%s: no start block", d.Slug)
		}
		if d.StartBlock != 0 && d.TokenStartBlock != 0 && d.FirstBlock() != min(d.StartBlock, d.TokenStartBlock) {
			t.Errorf("%s: FirstBlock %d", d.Slug, d.FirstBlock())
		}
		if d.Governor == (common.Address{}) || d.Token == (common.Address{}) {
			t.Errorf("%s: zero governor or token", d.Slug)
		}
		switch d.Confidence {
		case "high", "medium", "low":
		default:
			t.Errorf("%s: confidence %q", d.Slug, d.Confidence)
		}
		if len(d.Sources) == 0 {
			t.Errorf("%s: no sources", d.Slug)
		}
		if d.Upgradeable && !strings.Contains(d.FamilyText, "upgradeable") {
			t.Errorf("%s: upgradeable without saying so: %q", d.Slug, d.FamilyText)
		}
	}
}

func TestFamilies(t *testing.T) {
	want := map[string]bool{
		"uniswap": true, "compound": true, "ens": true, "arbitrum-core": true, "gitcoin-alpha": true,
		"inverse": true, "zksync-token": true, "obol": true,
		"nouns": false, "aave": false, "lido": false, "shutter": false, "scroll": false, "optimism": false,
	}
	for slug, ok := range want {
		d, found := Lookup(slug)
		if !found {
			t.Fatalf("no %s", slug)
		}
		if d.Supported != ok {
			t.Errorf("%s (%s): supported %v, want %v", slug, d.Family, d.Supported, ok)
		}
		if !ok && len(d.Reason) < 20 {
			t.Errorf("%s: reason %q is too short to help", slug, d.Reason)
		}
	}
	for _, f := range Families() {
		if f.Supported() == (f.Reason() != "") {
			t.Errorf("%s: supported %v but reason %q", f, f.Supported(), f.Reason())
		}
	}
	for text, w := range map[string]struct {
		f   Family
		upg bool
	}{
		"oz-governor-v4":                                     {OZGovernorV4, false},
		"oz-governor-v5-upgradeable":                         {OZGovernorV5, true},
		"OZ-Governor-V4-Upgradeable":                         {OZGovernorV4, true},
		"compound-governor-alpha (GovernorMills derivative)": {CompoundAlpha, false},
		"aave-governance-v3 (not an OZ/Bravo Governor)":      {AaveGovernanceV3, false},
		"agora-optimism-custom":                              {AgoraOptimismCustom, false},
	} {
		f, upg, ok := ParseFamily(text)
		if !ok || f != w.f || upg != w.upg {
			t.Errorf("ParseFamily(%q) = %q, %v, %v", text, f, upg, ok)
		}
	}
	for _, bad := range []string{"", "governor", "compound-governor-bravo-upgradeable", "oz-governor-v3"} {
		if _, _, ok := ParseFamily(bad); ok {
			t.Errorf("ParseFamily(%q) succeeded", bad)
		}
	}
}

func TestLabels(t *testing.T) {
	d, _ := Lookup("ens")
	l := d.Labels()
	if l[d.Governor] != "ENS Governor" || l[d.Token] != "ENS token" || l[d.Timelocks[0].Address] != d.Timelocks[0].Label {
		t.Errorf("labels %v", l)
	}
	if d.Label(d.Treasuries[1].Address) != "Endowment (Safe)" || d.Label(common.Address{1}) != "" {
		t.Errorf("Label: %q", d.Label(d.Treasuries[1].Address))
	}
	if !IsL1BlockClock(42161) || !IsL1BlockClock(42170) || IsL1BlockClock(1) || IsL1BlockClock(10) {
		t.Error("IsL1BlockClock")
	}
	if n, ok := ChainName(324); !ok || n != "ZKsync Era" {
		t.Errorf("ChainName(324) = %q, %v", n, ok)
	}
	if _, ok := ChainName(1337); ok {
		t.Error("ChainName(1337) is known")
	}
}

func TestArbitrumL1Clock(t *testing.T) {
	for _, slug := range []string{"arbitrum-core", "arbitrum-treasury"} {
		d, _ := Lookup(slug)
		if !d.L1BlockClock || d.ChainID != 42161 {
			t.Errorf("%s: L1BlockClock %v chain %d", slug, d.L1BlockClock, d.ChainID)
		}
	}
	if d, _ := Lookup("ens"); d.L1BlockClock {
		t.Error("ens has an L1 block clock")
	}
}

// TestAddressesStrict reads daos.json directly: every address field is 0x
// and 40 hex digits, with a valid EIP-55 checksum when mixed-case.
func TestAddressesStrict(t *testing.T) {
	var raw any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	n := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				walk(path, e)
			}
		case map[string]any:
			for k, e := range v {
				if s, ok := e.(string); ok && (k == "address" || k == "governor" || k == "token") {
					n++
					if !re.MatchString(s) {
						t.Errorf("%s.%s %q is not 0x + 40 hex digits", path, k, s)
						continue
					}
					h := s[2:]
					if h != strings.ToLower(h) && h != strings.ToUpper(h) && common.HexToAddress(s).Hex() != s {
						t.Errorf("%s.%s %q has a bad EIP-55 checksum", path, k, s)
					}
					if _, err := ParseAddress(s); err != nil {
						t.Errorf("%s.%s: %v", path, k, err)
					}
					continue
				}
				walk(path+"."+k, e)
			}
		}
	}
	walk("daos", raw)
	if n < 100 {
		t.Errorf("only %d addresses checked", n)
	}
	for _, bad := range []string{"0x1234", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00"} {
		if _, err := ParseAddress(bad); err == nil {
			t.Errorf("ParseAddress(%q) succeeded", bad)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for name, body := range map[string]string{
		"unknown field": `[{"name":"x","slug":"x","chain":"Ethereum","chain_id":1,"governor":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","token":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","family":"oz-governor-v4","bogus":1}]`,
		"bad family":    `[{"name":"x","slug":"x","chain":"Ethereum","chain_id":1,"governor":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","token":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","family":"maker-chief"}]`,
		"bad checksum":  `[{"name":"x","slug":"x","chain":"Ethereum","chain_id":1,"governor":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD","token":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","family":"oz-governor-v4"}]`,
		"dup slug":      `[{"name":"x","slug":"x","chain":"Ethereum","chain_id":1,"governor":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","token":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","family":"oz-governor-v4"},{"name":"x","slug":"x","chain":"Ethereum","chain_id":1,"governor":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","token":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed","family":"oz-governor-v4"}]`,
	} {
		if _, err := parse([]byte(body)); err == nil {
			t.Errorf("%s: parse succeeded", name)
		}
	}
}
