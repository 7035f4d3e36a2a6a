package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/config/registry"
)

// registryEnv is an environment with an empty HOME, so no config file is read.
func registryEnv(t *testing.T, kv ...string) (*env, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	m := map[string]string{"HOME": t.TempDir()}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return testEnv(m)
}

func TestDaosTable(t *testing.T) {
	e, stdout, stderr := registryEnv(t)
	if code := run(context.Background(), e, []string{"daos"}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	out := stdout.String()
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "NAME") || !strings.Contains(lines[0], "SLUG") || !strings.Contains(lines[0], "READABLE") {
		t.Errorf("header %q", lines[0])
	}
	for _, want := range []string{
		"uniswap", "compound-governor-bravo", "0x408E…24C3",
		"arbitrum-core", "Arbitrum One",
		"not readable yet:",
		"nouns-dao (nouns): Nouns DAO's governor",
		"agora-governor (scroll): ",
		"28 well-known DAOs, 22 readable by daoterm",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("`daoterm daos` lacks %q:\n%s", want, out)
		}
	}
	for _, l := range lines[1:29] {
		f := strings.Fields(l)
		if len(f) < 6 {
			t.Fatalf("short row %q", l)
		}
	}
	// The row of an unreadable DAO says so.
	for _, l := range lines {
		if strings.Contains(l, " nouns ") && !strings.Contains(l, "no (see below)") {
			t.Errorf("nouns row %q", l)
		}
		if strings.Contains(l, " ens ") && !strings.Contains(l, " yes ") {
			t.Errorf("ens row %q", l)
		}
	}
}

func TestDaosJSON(t *testing.T) {
	var out []registryJSON
	runJSON(t, &out, "daos")
	if len(out) != len(registry.All()) {
		t.Fatalf("%d entries, want %d", len(out), len(registry.All()))
	}
	seen := map[string]bool{}
	for _, d := range out {
		seen[d.Slug] = true
		checkEIP55(t, d.Slug+" governor", d.Governor)
		if d.Token != nil {
			checkEIP55(t, d.Slug+" token", *d.Token)
		}
		for _, l := range [][]contractJSON{d.Timelocks, d.Treasuries, d.LegacyGovernors, d.ExtraTokens, d.OtherAddresses} {
			if l == nil {
				t.Errorf("%s: a null list", d.Slug)
			}
			for _, c := range l {
				checkEIP55(t, d.Slug+" "+c.Label, c.Address)
			}
		}
		if d.Notes == nil || d.Sources == nil {
			t.Errorf("%s: null notes or sources", d.Slug)
		}
		if d.Readable == (d.Reason != nil) {
			t.Errorf("%s: readable %v reason %s", d.Slug, d.Readable, jsonStr(d.Reason))
		}
		if d.L1BlockClock != (d.ChainID == 42161) {
			t.Errorf("%s: l1_block_clock %v on chain %d", d.Slug, d.L1BlockClock, d.ChainID)
		}
		if d.FirstBlock == nil || (d.StartBlock != nil && *d.FirstBlock > *d.StartBlock) {
			t.Errorf("%s: first_block %v, start_block %v", d.Slug, d.FirstBlock, d.StartBlock)
		}
		for _, c := range d.Timelocks {
			if c.StartBlock != nil && *c.StartBlock == 0 || c.Confidence == nil {
				t.Errorf("%s timelock %s: start_block %v (0 is null), confidence null (the entry's is inherited)", d.Slug, c.Address, c.StartBlock)
			}
		}
	}
	for _, s := range []string{"uniswap", "ens", "arbitrum-core", "optimism", "zksync-token", "scroll"} {
		if !seen[s] {
			t.Errorf("no %s", s)
		}
	}

	// Stable: the same bytes every time.
	var runs [2]string
	for i := range runs {
		e, stdout, _ := registryEnv(t)
		run(context.Background(), e, []string{"daos", "--json"})
		runs[i] = stdout.String()
	}
	if runs[0] != runs[1] {
		t.Error("`daos --json` differs between runs")
	}

	// One DAO.
	var ens registryJSON
	runJSON(t, &ens, "daos", "ens")
	if ens.Slug != "ens" || ens.ChainID != 1 || jsonStr(ens.Family) != "oz-governor-v4" || !ens.Readable || len(ens.Treasuries) != 4 {
		t.Errorf("daos ens --json: %+v", ens)
	}
}

func TestDaosOne(t *testing.T) {
	e, stdout, stderr := registryEnv(t)
	if code := run(context.Background(), e, []string{"daos", "Arbitrum-Core"}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Arbitrum Core Governor (arbitrum-core)", "Arbitrum One (chain id 42161)",
		"0xf07DeD9dC292157749B6Fd268E37DF6EA38395B9", "timepoints count L1 (Ethereum) blocks", "logs from block 70398200",
		"treasuries:", "0xF3FC178157fb3c87548bAA86F9d24BA38E649B58", "daoterm arbitrum-core --rpc URL"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("`daos arbitrum-core` lacks %q:\n%s", want, stdout)
		}
	}
	e, _, stderr = registryEnv(t)
	if code := run(context.Background(), e, []string{"daos", "uniswp"}); code != 2 || !strings.Contains(stderr.String(), `no well-known DAO "uniswp"`) {
		t.Errorf("unknown slug: exit %d, %s", code, stderr)
	}
	e, _, _ = registryEnv(t)
	if code := run(context.Background(), e, []string{"daos", "a", "b"}); code != 2 {
		t.Errorf("two slugs: exit %d", code)
	}
}

// TestUnsupportedFamilyExit picks DAOs daoterm cannot read, through a read
// command and the dashboard: exit 2 before dialing, naming DAO, family, why.
func TestUnsupportedFamilyExit(t *testing.T) {
	for _, args := range [][]string{
		{"proposals", "nouns", "--rpc", "http://127.0.0.1:1"},
		{"holders", "--dao", "aave", "--rpc", "http://127.0.0.1:1"},
		{"optimism", "--rpc", "http://127.0.0.1:1"},
	} {
		e, _, stderr := registryEnv(t)
		if code := run(context.Background(), e, args); code != 2 {
			t.Errorf("%v: exit %d, want 2: %s", args, code, stderr)
			continue
		}
		msg := stderr.String()
		if !strings.Contains(msg, "family, which daoterm cannot read yet: ") || !strings.Contains(msg, "`daoterm daos` lists the DAOs daoterm can read") {
			t.Errorf("%v: %s", args, msg)
		}
	}
	e, _, stderr := registryEnv(t)
	run(context.Background(), e, []string{"proposals", "nouns", "--rpc", "http://127.0.0.1:1"})
	if !strings.Contains(stderr.String(), "nouns (Nouns DAO) has a governor of the nouns-dao family") {
		t.Errorf("message %q", stderr)
	}
}

// startChain starts an empty in-process devnet with the given chain id (0:
// devnet.DefaultChainID); it needs no seeding.
func startChain(t *testing.T, id uint64) *devnet.Node {
	t.Helper()
	n, err := devnet.Start(context.Background(), devnet.Config{ChainID: id})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

func TestRegistryChainMismatch(t *testing.T) {
	dev := startChain(t, 0) // chain 1337
	url := dev.HTTPURL()

	cases := []struct {
		name string
		args []string
		env  []string
		want string
	}{
		{"read command, --rpc", []string{"proposals", "ens", "--rpc", url}, nil,
			"ens is on chain 1 (Ethereum) but --rpc " + url + " is chain 1337 (devnet): point --rpc at an Ethereum endpoint"},
		{"dashboard, --dao, ETH_RPC_URL", []string{"--dao", "ens"}, []string{"ETH_RPC_URL", url},
			"ens is on chain 1 (Ethereum) but $ETH_RPC_URL " + url + " is chain 1337 (devnet): point $ETH_RPC_URL (or pass --rpc) at an Ethereum endpoint"},
		{"arbitrum slug", []string{"treasury", "arbitrum-core", "--rpc", url + "?key=0123456789abcdef0123"}, nil,
			"arbitrum-core is on chain 42161 (Arbitrum One) but --rpc " + url + "?… is chain 1337 (devnet): point --rpc at an Arbitrum One endpoint"},
		{"delegates, --dao", []string{"delegates", "--dao", "zksync-token", "--rpc", url}, nil,
			"zksync-token is on chain 324 (ZKsync Era) but --rpc " + url + " is chain 1337 (devnet): point --rpc at a ZKsync Era endpoint"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, _, stderr := registryEnv(t, tc.env...)
			code := run(context.Background(), e, tc.args)
			if code != 2 || !strings.Contains(stderr.String(), tc.want) {
				t.Fatalf("exit %d, stderr:\n%s\nwant exit 2 and %q", code, stderr, tc.want)
			}
		})
	}

	// A [[dao]] table that starts from the registry, with its own rpc.
	path := filepath.Join(t.TempDir(), "config.toml")
	body := "[[dao]]\nname = \"My ENS\"\nregistry = \"ens\"\nrpc = \"" + url + "\"\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	e, _, stderr := registryEnv(t)
	want := "My ENS is on chain 1 (Ethereum) but rpc " + url + " is chain 1337 (devnet): point this DAO's rpc in the config file (or pass --rpc) at an Ethereum endpoint"
	if code := run(context.Background(), e, []string{"proposals", "my ens", "--config", path}); code != 2 || !strings.Contains(stderr.String(), want) {
		t.Errorf("config table: exit %d, %s\nwant %q", code, stderr, want)
	}

	// The example from the docs: an Arbitrum endpoint for ENS.
	arb := startChain(t, 42161)
	e, _, stderr = registryEnv(t)
	want = "ens is on chain 1 (Ethereum) but --rpc " + arb.HTTPURL() + " is chain 42161 (Arbitrum One): point --rpc at an Ethereum endpoint"
	if code := run(context.Background(), e, []string{"proposals", "ens", "--rpc", arb.HTTPURL()}); code != 2 || !strings.Contains(stderr.String(), want) {
		t.Errorf("arbitrum endpoint: exit %d, %s\nwant %q", code, stderr, want)
	}

	// The right chain passes the check (and then finds no governor code).
	eth := startChain(t, 1)
	e, _, stderr = registryEnv(t)
	if code := run(context.Background(), e, []string{"proposals", "ens", "--rpc", eth.HTTPURL()}); code == 0 || strings.Contains(stderr.String(), "is on chain") {
		t.Errorf("chain 1: exit %d, %s", code, stderr)
	}
	// A DAO without a chain id accepts any chain.
	e, _, stderr = registryEnv(t)
	if code := run(context.Background(), e, []string{"proposals", "--rpc", url, "--governor", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}); code == 0 || strings.Contains(stderr.String(), "is on chain") {
		t.Errorf("no chain id: exit %d, %s", code, stderr)
	}
}

func TestRegistryJSONFieldNames(t *testing.T) {
	// The JSON keys are the registry's own field names where they overlap.
	b, err := json.Marshal(toRegistryJSON(&registry.All()[0]))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"slug"`, `"chain_id"`, `"governor"`, `"family"`, `"readable"`, `"treasuries"`, `"start_block"`, `"token_start_block"`, `"l1_block_clock"`} {
		if !bytes.Contains(b, []byte(k)) {
			t.Errorf("no key %s in %s", k, b)
		}
	}
}
