package config

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/exp/golden"
)

// resolvedFile sets every key the file takes; the DAO "ENS" starts from
// the registry and overrides some of its keys.
const resolvedFile = `keystore = "~/keys"
account = "alice"
timeout = "2m"
cache_dir = "cache"

[explorer]
url = "https://etherscan.io/{kind}/{value}"
proposal = "https://www.tally.xyz/gov/ens/proposal/{value}"

[ui]
theme = "light"
[ui.keys]
vote = ["V"]
nexttab = ["tab", "L"]
[ui.columns]
proposals = ["id", "title", "state", "ends"]

[[dao]]
registry = "ens"
name = "ENS"
tokens = ["` + addr3 + `"]
exclude_tokens = ["` + addr4 + `"]

[[dao]]
name = "Model Commons"
rpc = "http://127.0.0.1:8545"
governor = "` + addr1 + `"
token = "` + addr2 + `"
start_block = 7
chain_id = 1337
family = "oz-governor-v5"
`

// TestGoldenResolved is the merged configuration: the file above, the
// environment ($HOME, $ETH_RPC_URL) and flags (--treasury, --start-block)
// resolved for ENS, and the keymap with [ui.keys] applied. It compares the
// result with testdata/TestGoldenResolved.golden (go test ./config -run
// Golden -update rewrites it).
func TestGoldenResolved(t *testing.T) {
	getenv := env("HOME", "/home/u", "ETH_RPC_URL", "https://mainnet.example.org/")
	c, err := Parse("/etc/daoterm/config.toml", []byte(resolvedFile), getenv)
	if err != nil {
		t.Fatal(err)
	}
	start := uint64(9)
	d, err := Resolve(c, "ens", Overrides{Treasury: []string{addr1 + "," + addr2}, StartBlock: &start}, getenv)
	if err != nil {
		t.Fatal(err)
	}
	merged := map[string]string{} // action → its keys, space-separated
	km := reflect.ValueOf(c.UI.KeyMap())
	for i := range km.NumField() {
		if b, ok := km.Field(i).Interface().(key.Binding); ok {
			merged[strings.ToLower(km.Type().Field(i).Name)] = strings.Join(b.Keys(), " ")
		}
	}
	out, err := json.MarshalIndent(struct {
		File     *Config
		Resolved *DAO
		Keys     map[string]string
	}{c, d, merged}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, append(out, '\n'))
}
