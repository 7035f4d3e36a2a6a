package main

import (
	"bytes"
	"context"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/daoterm/daoterm/chain/signer/journal"
)

// Bounds of the vote e2e waits: deadlines for conditions polled every
// voteE2EPoll, not timings under test (a slow machine only waits longer).
const (
	voteE2EPoll      = 50 * time.Millisecond
	voteE2EStartWait = 3 * time.Minute  // seeding the demo chain and the first sync
	voteE2EStepWait  = 90 * time.Second // one key and its effect
)

// voteTerm is the real binary running in a 100×30 pseudo-terminal. The
// dashboard runs with NO_COLOR, so its output is plain text between cursor
// moves, and bubbletea rewrites every changed line whole: text that newly
// appears on screen shows up, whole, in the output stream after the key
// that caused it.
type voteTerm struct {
	*ptyProc
	t    *testing.T
	mu   sync.Mutex
	out  []byte
	mark int // start of the output searched by wait
}

// startVoteTerm builds daoterm (or takes $DAOTERM_BIN) and starts it with
// args and env in a pseudo-terminal.
func startVoteTerm(t *testing.T, args, env []string) *voteTerm {
	t.Helper()
	bin := os.Getenv("DAOTERM_BIN")
	if bin == "" {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		bin = filepath.Join(t.TempDir(), "daoterm")
		if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	vt := &voteTerm{ptyProc: startPty(t, bin, args, env, 100, 30), t: t}
	vt.follow(func(b []byte) {
		vt.mu.Lock()
		vt.out = append(vt.out, b...)
		vt.mu.Unlock()
	})
	return vt
}

// text returns the output since the mark with escape sequences removed.
func (vt *voteTerm) text(all bool) string {
	vt.mu.Lock()
	defer vt.mu.Unlock()
	from := vt.mark
	if all {
		from = 0
	}
	return ansi.Strip(string(vt.out[from:]))
}

// press sends one key (one write: bubbletea merges fast-typed letters, so
// each key waits for its effect before the next) and moves the mark, so the
// next wait looks only at what the key brought on screen.
func (vt *voteTerm) press(key string) {
	vt.t.Helper()
	vt.mu.Lock()
	vt.mark = len(vt.out)
	vt.mu.Unlock()
	if _, err := vt.pty.Write([]byte(key)); err != nil {
		vt.t.Fatalf("typing %q: %v", key, err)
	}
}

// wait polls the output since the last key until every one of subs has
// appeared, failing with the tail of the screen output after timeout or when
// daoterm exits first.
func (vt *voteTerm) wait(timeout time.Duration, subs ...string) {
	vt.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := vt.text(false)
		missing := ""
		for _, sub := range subs {
			if !strings.Contains(s, sub) {
				missing = sub
				break
			}
		}
		if missing == "" {
			return
		}
		select {
		case <-vt.exited:
			vt.t.Fatalf("daoterm exited (%v) while waiting for %q; output:\n%s", vt.err, missing, tail(vt.text(true), 4000))
		case <-time.After(voteE2EPoll):
		}
		if time.Now().After(deadline) {
			vt.t.Fatalf("no %q after %v; output since the last key:\n%s", missing, timeout, tail(s, 4000))
		}
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// voteE2EEnv is a clean environment: state, config and home in temporary
// directories, no colour.
func voteE2EEnv(t *testing.T) (env []string, state string) {
	state = t.TempDir()
	home := t.TempDir()
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "NO_COLOR", "TERM", "COLORTERM", "ETH_RPC_URL", "DAOTERM_LOG":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+home, "XDG_STATE_HOME="+state, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"NO_COLOR=1", "TERM=xterm-256color"), state
}

// TestVoteE2EDashboard casts a vote through the dashboard of the real
// binary: `daoterm demo` in a 100×30 pseudo-terminal, the "needs my vote" filter,
// v on a proposal alice has not voted on, For, a reason, the review, a
// wrong passphrase (refused, never echoed), alice's passphrase, the
// success screen, and "You voted" on the proposal page. Then it checks the
// demo journal (XDG_STATE_HOME) and the receipt and VoteCast log on chain.
func TestVoteE2EDashboard(t *testing.T) {
	if testing.Short() {
		t.Skip("builds daoterm and seeds the demo chain")
	}
	env, state := voteE2EEnv(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	listen := l.Addr().String()
	l.Close()
	vt := startVoteTerm(t, []string{"demo", "--listen", listen}, env)

	vt.wait(voteE2EStartWait, "proposals at block", "account alice")
	// The devnet labels its dev accounts; alice has voted on no Active proposal.
	vt.press("f") // the filter menu: open, needs my vote, the states
	vt.wait(voteE2EStepWait, "[ ] needs my vote", "Active, not voted by alice")
	vt.press("j")
	vt.wait(voteE2EStepWait, "▸ [ ] needs my vote")
	vt.press(" ")
	vt.wait(voteE2EStepWait, "▸ [x] needs my vote")
	vt.press("\r")
	vt.wait(voteE2EStepWait, "filter needs my vote", "v vote")
	vt.press("\r") // the proposal page: vote from there, and see the vote there after
	vt.wait(voteE2EStepWait, "Proposals ›", "have not voted yet · alice")
	vt.press("v")
	vt.wait(voteE2EStepWait, "How do you vote?", "signing as alice")
	vt.press("f")
	vt.wait(voteE2EStepWait, "You vote For", "Reason (optional")
	const reason = "e2e: release the weights"
	vt.press(reason)
	vt.wait(voteE2EStepWait, "24/4000 characters")
	vt.press("\t")
	vt.wait(voteE2EStepWait, "Review", "castVoteWithReason(uint256,uint8,string)", "1 (for)", reason,
		"Voting power", "MCT at snapshot", "Nonce", "Gas limit", "Max fee", "Priority fee", "Max cost", "local dev chain (id 1337)")
	vt.press("\r")
	vt.wait(voteE2EStepWait, "Passphrase for alice")

	const wrong = "not-alices-passphrase"
	vt.press(wrong)
	vt.wait(voteE2EStepWait, strings.Repeat("●", len(wrong)))
	vt.press("\r")
	vt.wait(voteE2EStepWait, "wrong passphrase")
	vt.press("alice-devnet") // devnet.DAO.Accounts: "<name>-devnet"
	vt.wait(voteE2EStepWait, strings.Repeat("●", len("alice-devnet")))
	vt.press("\r")
	vt.wait(voteE2EStepWait, "Mined in block", ": success", "You voted For on")
	if strings.Contains(vt.text(true), wrong) {
		t.Fatal("a typed passphrase reached the screen")
	}

	// The proposal page shows the vote, read from the chain; the proposal
	// no longer needs alice's vote.
	vt.press("\x1b")
	vt.wait(voteE2EStepWait, "You       voted for with", "· alice · block")
	vt.press("\x1b")
	vt.wait(voteE2EStepWait, "filter needs my vote", "1–1 of 1")

	// The journal has the mined transaction, and the chain agrees.
	j, err := journal.Open(filepath.Join(state, "daoterm", "demo-journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := j.Entries()
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Function != "castVoteWithReason" || entries[0].Status != journal.StatusMined || entries[0].Block == 0 {
		t.Fatalf("journal: %+v", entries)
	}
	e := entries[0]
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, "http://"+listen)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	rc, err := ec.TransactionReceipt(ctx, e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if rc.Status != types.ReceiptStatusSuccessful || rc.BlockNumber.Uint64() != e.Block {
		t.Fatalf("receipt: status %d block %v, journal block %d", rc.Status, rc.BlockNumber, e.Block)
	}
	voteCast := crypto.Keccak256Hash([]byte("VoteCast(address,uint256,uint8,uint256,string)"))
	found := false
	for _, lg := range rc.Logs {
		if lg.Address == *e.To && len(lg.Topics) == 2 && lg.Topics[0] == voteCast && lg.Topics[1].Big().Cmp(new(big.Int).SetBytes(e.From.Bytes())) == 0 {
			// data: proposalId, support, weight, reason
			if len(lg.Data) < 96 || new(big.Int).SetBytes(lg.Data[32:64]).Uint64() != 1 || new(big.Int).SetBytes(lg.Data[64:96]).Sign() == 0 {
				t.Fatalf("VoteCast data: %x", lg.Data)
			}
			if !bytes.Contains(lg.Data, []byte(reason)) {
				t.Fatal("the reason is not in the VoteCast log")
			}
			found = true
		}
	}
	if !found {
		t.Fatalf("no VoteCast by %s from the governor %s in %+v", e.From.Hex(), e.To.Hex(), rc.Logs)
	}

	vt.press("q")
	select {
	case <-vt.exited:
		if vt.err != nil {
			t.Fatalf("daoterm exited with %v", vt.err)
		}
	case <-time.After(voteE2EStepWait):
		t.Fatal("q did not quit")
	}
}
