package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/faults"
)

// TestCacheCommands reads holders and the treasury with a cache, then
// warm, then without it, and checks the outputs agree; `cache info`
// lists what was kept and `cache clear` removes it.
func TestCacheCommands(t *testing.T) {
	node, dao := startDemo(t)
	home := t.TempDir()
	vars := map[string]string{"HOME": home}
	runOut := func(args ...string) (string, string) {
		t.Helper()
		e, stdout, stderr := testEnv(vars)
		if code := run(context.Background(), e, args); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return stdout.String(), stderr.String()
	}
	base := []string{"--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex(), "--json"}
	for _, cmd := range []string{"holders", "delegates", "treasury"} {
		cold, errs := runOut(append([]string{cmd}, base...)...)
		warm, errs2 := runOut(append([]string{cmd}, base...)...)
		none, _ := runOut(append([]string{cmd, "--no-cache"}, base...)...)
		if errs != "" || errs2 != "" {
			t.Errorf("%s: stderr %q %q", cmd, errs, errs2)
		}
		if cold != none || warm != none {
			t.Errorf("%s: outputs differ with and without the cache:\ncold %s\nwarm %s\nnone %s", cmd, cold, warm, none)
		}
	}
	dir := filepath.Join(home, ".cache", "daoterm")
	info, _ := runOut("cache", "info")
	if !strings.Contains(info, dir) || !strings.Contains(info, "token/"+dao.Token.Hex()) || !strings.Contains(info, "treasury/") || !strings.Contains(info, "chain 1337") {
		t.Errorf("cache info:\n%s", info)
	}

	// A corrupt cache: the read says so on stderr and gives the same output.
	files, _ := filepath.Glob(filepath.Join(dir, "chain-*.db"))
	if len(files) != 1 {
		t.Fatalf("cache files %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(files[0], bytes.Repeat([]byte{0xee}, len(data)), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs := runOut(append([]string{"holders"}, base...)...)
	none, _ := runOut(append([]string{"holders", "--no-cache"}, base...)...)
	if out != none || !strings.Contains(errs, "cache") {
		t.Errorf("a corrupt cache: stderr %q, same output %v", errs, out == none)
	}

	// cache_dir in the config moves it.
	other := filepath.Join(home, "elsewhere")
	cfgPath := filepath.Join(home, "config.toml")
	if err := os.WriteFile(cfgPath, []byte(`cache_dir = "`+other+`"`), 0o600); err != nil {
		t.Fatal(err)
	}
	// There, read through an RPC that caps eth_getLogs results (above the
	// largest block's logs): cache info shows the cap learned.
	p := countingProxy(t, node)
	capped := append([]string{"holders", "--config", cfgPath, "--rpc", p.URL()}, base[2:]...)
	runOut(append(capped, "--no-cache")...)
	limit := max(25, p.Biggest().Logs)
	p.Set(faults.Fault{Kind: faults.LogsResultCap, Limit: limit})
	runOut(capped...)
	if got, _ := filepath.Glob(filepath.Join(other, "chain-*.db")); len(got) != 1 {
		t.Errorf("cache_dir: files %v", got)
	}
	if p.Injected() == 0 {
		t.Fatalf("the proxy refused nothing: the test's cap of %d is too high", limit)
	}
	info, _ = runOut("cache", "info", "--config", cfgPath)
	if want := fmt.Sprintf("eth_getLogs capped at %d results, a range suggested", limit); !strings.Contains(info, want) {
		t.Errorf("cache info after a read behind a cap: want %q in\n%s", want, info)
	}

	cleared, _ := runOut("cache", "clear")
	if !strings.Contains(cleared, "removed") {
		t.Errorf("cache clear: %q", cleared)
	}
	if got, _ := filepath.Glob(filepath.Join(dir, "chain-*")); len(got) != 0 {
		t.Errorf("after clear: %v", got)
	}
	if info, _ := runOut("cache", "info"); !strings.Contains(info, "0 file(s)") {
		t.Errorf("cache info after clear:\n%s", info)
	}
}

// countingProxy is a proxy to node that only counts requests, closed when
// t ends.
func countingProxy(t *testing.T, node *devnet.Node) *faults.Proxy {
	t.Helper()
	p, err := faults.New(node.HTTPURL(), faults.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// TestWarmReadRequests pins the HTTP requests of a warm `holders`: behind a
// remote provider each is a round trip, and they, not the fold, set how
// long a warm read takes. The session's governor check is handed to the
// DAO (not made twice) and the code check reads Multicall3's code too.
func TestWarmReadRequests(t *testing.T) {
	node, dao := startDemo(t)
	p := countingProxy(t, node)
	vars := map[string]string{"HOME": t.TempDir()}
	args := []string{"holders", "--rpc", p.URL(), "--governor", dao.Governor.Hex()}
	pinned := append(slices.Clone(args), "--block", strconv.FormatUint(node.Head(), 10))
	for i, what := range []string{"cold", "warm", "warm at the head"} {
		before := p.Requests()
		e, _, stderr := testEnv(vars)
		a := pinned
		if i == 2 {
			a = args // the head is read with the chain id
		}
		if code := run(context.Background(), e, a); code != 0 {
			t.Fatalf("%s: exit %d: %s", what, code, stderr)
		}
		n := p.Requests() - before
		t.Logf("%s: %d requests", what, n)
		if i > 0 && n > warmHolderRequests {
			t.Errorf("a %s holders read made %d requests, want at most %d", what, n, warmHolderRequests)
		}
	}
}

// warmHolderRequests: the chain id (and the head, in the same batch); the
// code of the governor, the pin (whose header gives the block's time) and
// the family probe (which reads the governor's settings too) side by side;
// the token's metadata (dao.Open does not wait for it), the snapshot's
// CallAt (for the accounts the last snapshot checked, kept in the cache's
// note), the cache's checkpoint hash, the finalized block and the block's
// time side by side; the logs after the checkpoint (one request: the note
// keeps the density of the last ones, so no probe goes first); the pin
// checked again: at most 11, 5 of them one after another (a snapshot that
// checks other accounts than the note names reads again: 12). It was 24,
// all in turn, before the governor was handed to the DAO and the reads that
// need not wait were made together.
const warmHolderRequests = 11

// TestConnectAtHeadRequests: pinning the head costs no request of its own
// (the head comes with the chain id): a session at the head makes as many
// requests as one pinned to a block. Either makes four, side by side after
// the first: the chain id, the governor's code, the pin (whose header gives
// the block's time) and the family probe (which reads the governor's
// settings too). Before the settings were taken from the probe and the
// pin, the timelock was probed and the header read again after them.
const connectRequests = 4

func TestConnectAtHeadRequests(t *testing.T) {
	node, dao := startDemo(t)
	p := countingProxy(t, node)
	cfg := demoConfig(node, dao, "demo")
	cfg.RPC = p.URL()
	count := func(block *uint64) int64 {
		before := p.Requests()
		s, err := connectAt(context.Background(), cfg, block)
		if err != nil {
			t.Fatal(err)
		}
		s.client.Close()
		return p.Requests() - before
	}
	head := node.Head()
	atBlock, atHead := count(&head), count(nil)
	t.Logf("pinned: %d requests, at the head: %d", atBlock, atHead)
	if atHead != atBlock {
		t.Errorf("a session at the head made %d requests, one pinned to a block %d", atHead, atBlock)
	}
	if atBlock > connectRequests {
		t.Errorf("a session made %d requests to connect, want at most %d", atBlock, connectRequests)
	}
}

// TestWarmProposalsRequests: `proposals` and `proposal ID` read through
// the cache as `holders` does: after the first, a read fetches only the
// blocks after the cache, and `proposal ID` reads its votes from the same
// events.
func TestWarmProposalsRequests(t *testing.T) {
	node, dao := startDemo(t)
	p := countingProxy(t, node)
	vars := map[string]string{"HOME": t.TempDir()}
	flags := []string{"--rpc", p.URL(), "--governor", dao.Governor.Hex(), "--block", strconv.FormatUint(node.Head(), 10)}
	var out string
	run1 := func(args ...string) (requests, logs int64) {
		t.Helper()
		r, l := p.Requests(), p.Calls("eth_getLogs")
		e, stdout, stderr := testEnv(vars)
		if code := run(context.Background(), e, append(args, flags...)); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		out = stdout.String()
		return p.Requests() - r, p.Calls("eth_getLogs") - l
	}
	coldReqs, coldLogs := run1("proposals", "--json")
	var props []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(out), &props); err != nil || len(props) == 0 {
		t.Fatalf("proposals: %v, %d", err, len(props))
	}
	warmReqs, warmLogs := run1("proposals", "--json")
	_, idLogs := run1("proposal", props[0].ID)
	t.Logf("proposals: cold %d requests (%d eth_getLogs), warm %d (%d); proposal %s: %d eth_getLogs", coldReqs, coldLogs, warmReqs, warmLogs, props[0].ID, idLogs)
	// Warm, one eth_getLogs: the blocks after the cache's checkpoint (the
	// last few dozen, not yet final), asked for at once since the cache
	// keeps the density of the logs seen last (without it, a probe went
	// first). From every event, `proposal ID` makes three or more: the
	// proposals (a probe and the rest), then its votes. The state of the
	// proposals the cache holds, and their targets' metadata, are read
	// while those blocks are fetched; where the blocks add proposals (here
	// the last ones are a few blocks old), theirs is read after: two
	// requests more at most, none of them a round trip more.
	if warmLogs > 1 || idLogs > 1 || warmReqs > coldReqs+2 {
		t.Errorf("warm proposals: %d requests, %d eth_getLogs (cold %d, %d); proposal: %d eth_getLogs; want the blocks after the cache alone", warmReqs, warmLogs, coldReqs, coldLogs, idLogs)
	}
}

// TestProposalDisplayThroughCache: `proposal ID` through the cache names
// tokens and formats amounts from the metadata its DAO read (the governance
// and pinned tokens, every action target), as a read without the cache
// does from its own CallAt: the same text, cold and warm, and with a token
// the DAO does not list (excluded) among the actions' targets.
func TestProposalDisplayThroughCache(t *testing.T) {
	node, dao := startDemo(t)
	flags := []string{"--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex(), "--block", strconv.FormatUint(node.Head(), 10)}
	run1 := func(vars map[string]string, args ...string) string {
		t.Helper()
		e, stdout, stderr := testEnv(vars)
		if code := run(context.Background(), e, append(args, flags...)); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return stdout.String()
	}
	var props []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(run1(map[string]string{"HOME": t.TempDir()}, "proposals", "--json", "--no-cache")), &props); err != nil || len(props) < 3 {
		t.Fatalf("proposals: %v, %d", err, len(props))
	}
	for _, extra := range [][]string{nil, {"--exclude-token", dao.Stable.Hex()}} {
		vars := map[string]string{"HOME": t.TempDir()}
		moved := false
		for _, p := range props {
			args := append([]string{"proposal", p.ID}, extra...)
			want := run1(vars, append(args, "--no-cache")...)
			moved = moved || strings.Contains(want, "amount: ") && strings.Contains(want, " "+devnet.DemoStableSymbol)
			for _, pass := range []string{"cold", "warm"} {
				if got := run1(vars, args...); got != want {
					t.Errorf("proposal %s %v, %s, through the cache:\n%s\nwithout:\n%s", p.ID, extra, pass, got, want)
				}
			}
		}
		if !moved {
			t.Errorf("%v: no action shows an amount of %s: the test shows nothing", extra, devnet.DemoStableSymbol)
		}
	}
}
