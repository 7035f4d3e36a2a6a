package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	runOut(append([]string{"holders", "--config", cfgPath}, base...)...)
	if got, _ := filepath.Glob(filepath.Join(other, "chain-*.db")); len(got) != 1 {
		t.Errorf("cache_dir: files %v", got)
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
