package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestDevnetCommand runs `daoterm devnet` in-process, waits for its --info
// file and uses the chain over JSON-RPC like any other tool would.
func TestDevnetCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds the demo DAO")
	}
	infoPath := filepath.Join(t.TempDir(), "devnet.json")
	e, stdout, stderr := testEnv(nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, e, []string{"devnet", "--info", infoPath, "--listen", "127.0.0.1:0", "--block-time", "0"})
	}()

	// Wait for the info file (written atomically) or an early exit.
	var raw []byte
	wait := time.NewTimer(2 * time.Minute) // a bound, not an assertion
	defer wait.Stop()
	for raw == nil {
		select {
		case code := <-done:
			t.Fatalf("devnet exited with %d before writing --info: %s", code, stderr)
		case <-wait.C:
			cancel()
			<-done
			t.Fatalf("no --info file after 2 minutes: %s", stderr)
		case <-time.After(10 * time.Millisecond):
		}
		if b, err := os.ReadFile(infoPath); err == nil {
			raw = b
		} else if !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
	var info devnetInfoJSON
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&info); err != nil {
		t.Fatalf("decode --info: %v\n%s", err, raw)
	}
	// Every field the issue names is present, addresses in EIP-55 form.
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"rpc_url", "ws_url", "chain_id", "governor", "token", "timelock", "tokens", "keystore_dir", "accounts"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("--info lacks %q", k)
		}
	}
	checksummed := func(what, s string) {
		t.Helper()
		if !common.IsHexAddress(s) || common.HexToAddress(s).Hex() != s || common.HexToAddress(s) == (common.Address{}) {
			t.Errorf("%s %q is not a non-zero EIP-55 address", what, s)
		}
	}
	checksummed("governor", info.Governor)
	checksummed("token", info.Token)
	checksummed("timelock", info.Timelock)
	if len(info.Tokens) == 0 {
		t.Error("no other tokens")
	}
	for _, tok := range info.Tokens {
		checksummed("tokens[]", tok)
	}
	if len(info.Accounts) == 0 {
		t.Error("no accounts")
	}
	for _, a := range info.Accounts {
		checksummed("account", a.Address)
		if a.Passphrase == "" || a.Label == "" {
			t.Errorf("account %s: passphrase %q label %q", a.Address, a.Passphrase, a.Label)
		}
	}
	if st, err := os.Stat(info.KeystoreDir); err != nil || !st.IsDir() {
		t.Errorf("keystore_dir %q: %v", info.KeystoreDir, err)
	} else if files, _ := os.ReadDir(info.KeystoreDir); len(files) < len(info.Accounts) {
		t.Errorf("keystore_dir has %d files for %d accounts", len(files), len(info.Accounts))
	}

	// The chain answers over HTTP and WebSocket.
	for _, url := range []string{info.RPCURL, info.WSURL} {
		c, err := rpc.DialContext(ctx, url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		var id hexutil.Uint64
		if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
			t.Fatalf("%s eth_chainId: %v", url, err)
		}
		if uint64(id) != info.ChainID {
			t.Errorf("%s eth_chainId %d, info says %d", url, id, info.ChainID)
		}
		c.Close()
	}
	c, err := rpc.DialContext(ctx, info.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	var ret hexutil.Bytes
	call := map[string]any{"to": info.Governor, "data": "0x06fdde03"} // name()
	if err := c.CallContext(ctx, &ret, "eth_call", call, "latest"); err != nil {
		t.Fatalf("governor name(): %v", err)
	}
	stringType, _ := abi.NewType("string", "", nil)
	out, err := abi.Arguments{{Type: stringType}}.Unpack(ret)
	if err != nil {
		t.Fatalf("decode name(): %v", err)
	}
	if name, _ := out[0].(string); name == "" {
		t.Error("governor name() is empty")
	}
	// devnet_mine works through the command's node too.
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, "devnet_mine", 2); err != nil {
		t.Fatalf("devnet_mine: %v", err)
	}
	c.Close()

	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("devnet exited with %d after interrupt: %s", code, stderr)
	}
	if stdout.String() != string(raw) {
		t.Errorf("stdout differs from --info:\n%s\n---\n%s", stdout, raw)
	}
	// The default keystore directory was temporary: it is gone.
	if _, err := os.Stat(info.KeystoreDir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("temporary keystore %s left behind: %v", info.KeystoreDir, err)
	}
	// The node is closed: its port refuses connections.
	if c, err := rpc.DialContext(context.Background(), info.RPCURL); err == nil {
		var id hexutil.Uint64
		if err := c.CallContext(context.Background(), &id, "eth_chainId"); err == nil {
			t.Error("node still answers after interrupt")
		}
		c.Close()
	}
}

func TestDevnetUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"devnet", "--block-time", "-1s"},
		{"devnet", "--listen", "8545"},
		{"devnet", "--listen", ":8545"},
		{"devnet", "--seed", "x"},
		{"devnet", "--no-such-flag"},
		{"devnet", "extra"},
		{"devnet", "--scenario", "scale", "--per-block", "0"},
		{"devnet", "--scenario", "scale", "--per-block", "-5"},
		{"devnet", "--scenario", "scale", "--per-block", "1000"},
	} {
		e, _, stderr := testEnv(nil)
		if code := run(context.Background(), e, args); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, stderr)
		}
	}
}
