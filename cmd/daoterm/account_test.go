package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
	"github.com/ethereum/go-ethereum/crypto"
)

// accountEnv is an env with piped stdin and a private HOME.
func accountEnv(t *testing.T, stdin string) (*env, *bytes.Buffer, *bytes.Buffer, string) {
	t.Helper()
	home := t.TempDir()
	vars := map[string]string{"HOME": home, "XDG_CONFIG_HOME": filepath.Join(home, "cfg"), "XDG_STATE_HOME": filepath.Join(home, "state")}
	e, out, errb := testEnv(vars)
	e.stdin = strings.NewReader(stdin)
	return e, out, errb, home
}

func TestAccountNewImportList(t *testing.T) {
	ctx := context.Background()
	e, out, errb, home := accountEnv(t, "s3cret\ns3cret\n")
	if err := runAccount(ctx, e, []string{"new", "alice", "--light"}); err != nil {
		t.Fatalf("new: %v\n%s", err, errb)
	}
	ks := filepath.Join(home, ".foundry", "keystores")
	if _, err := os.Stat(filepath.Join(ks, "alice")); err != nil || !strings.HasPrefix(out.String(), "alice 0x") {
		t.Fatalf("new wrote %q: %v", out, err)
	}
	if strings.Contains(errb.String(), "s3cret") {
		t.Fatal("the passphrase was echoed")
	}

	// Mismatched passphrases are refused.
	e2, _, _, _ := accountEnv(t, "a\nb\n")
	e2.getenv = e.getenv
	if err := runAccount(ctx, e2, []string{"new", "bob", "--light"}); err == nil || !strings.Contains(err.Error(), "do not match") {
		t.Fatalf("mismatch: %v", err)
	}

	// Import reads the key from stdin, never from arguments.
	key, _ := crypto.GenerateKey()
	hexKey := common2hex(crypto.FromECDSA(key))
	e3, out3, errb3, _ := accountEnv(t, hexKey+"\npw\npw\n")
	e3.getenv = e.getenv
	if err := runAccount(ctx, e3, []string{"import", "carol", "--light"}); err != nil {
		t.Fatalf("import: %v\n%s", err, errb3)
	}
	want := crypto.PubkeyToAddress(key.PublicKey).Hex()
	if !strings.Contains(out3.String(), want) || strings.Contains(errb3.String(), hexKey) {
		t.Fatalf("import: out %q err %q", out3, errb3)
	}

	e4, out4, _, _ := accountEnv(t, "")
	e4.getenv = e.getenv
	if err := runAccount(ctx, e4, []string{"list"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out4.String(), "alice") || !strings.Contains(out4.String(), want) {
		t.Fatalf("list: %s", out4)
	}
	// Usage errors exit 2.
	e5, _, errb5, _ := accountEnv(t, "")
	if code := run(ctx, e5, []string{"account"}); code != 2 && !strings.Contains(errb5.String(), "unknown command") {
		t.Fatalf("exit %d", code)
	}
	if err := runAccount(ctx, e5, []string{"frobnicate"}); err == nil {
		t.Fatal("unknown subcommand accepted")
	}
	if err := runAccount(ctx, e5, []string{"new", "../evil"}); err == nil {
		t.Fatal("bad name accepted")
	}
}

func common2hex(b []byte) string {
	const d = "0123456789abcdef"
	var sb strings.Builder
	for _, c := range b {
		sb.WriteByte(d[c>>4])
		sb.WriteByte(d[c&15])
	}
	return sb.String()
}

// TestSecretPromptOnTerminal: on a terminal the secret is read with echo
// off; nothing typed comes back on the terminal.
func TestSecretPromptOnTerminal(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pty:", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	var errb bytes.Buffer
	e := &env{stdin: tty, stdout: &errb, stderr: &errb, getenv: func(string) string { return "" }}
	p := newPrompter(e)
	if _, ok := p.terminal(); !ok {
		t.Skip("pty is not a terminal here")
	}
	echoed := make(chan string, 1)
	go func() {
		buf := make([]byte, 256)
		var got []byte
		ptmx.Write([]byte("hunter2\r"))
		// Read whatever the terminal echoes until the reader closes.
		for {
			n, err := ptmx.Read(buf)
			got = append(got, buf[:n]...)
			if err != nil {
				break
			}
		}
		echoed <- string(got)
	}()
	secret, err := p.secret("Passphrase: ")
	if err != nil || string(secret) != "hunter2" {
		t.Fatalf("secret %q, %v", secret, err)
	}
	tty.Close()
	ptmx.Close()
	if got := <-echoed; strings.Contains(got, "hunter2") {
		t.Fatalf("the terminal echoed the secret: %q", got)
	}
}

func TestParseInterspersed(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	yes := fs.Bool("yes", false, "")
	reason := fs.String("reason", "", "")
	pos, err := parseInterspersed(fs, []string{"12", "--yes", "for", "--reason", "a b", "--", "-x", "--y"})
	if err != nil || strings.Join(pos, "|") != "12|for|-x|--y" || !*yes || *reason != "a b" {
		t.Fatalf("%q %v yes=%v reason=%q", pos, err, *yes, *reason)
	}
}

func TestReadSecretLine(t *testing.T) {
	for in, want := range map[string]string{"pw\n": "pw", "pw\r\nrest": "pw", "last": "last"} {
		got, err := readSecretLine(strings.NewReader(in))
		if err != nil || string(got) != want {
			t.Errorf("readSecretLine(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := readSecretLine(strings.NewReader(strings.Repeat("x", maxSecret+1) + "\n")); err == nil {
		t.Error("an over-long secret was accepted")
	}
	if _, err := readSecretLine(strings.NewReader("")); err == nil {
		t.Error("empty input was accepted")
	}
}
