package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain/devnet/faults"
)

// outcome is what a read command may do under a fault.
type outcome int

const (
	same   outcome = iota // must print exactly what the fault-free run prints
	fails                 // must exit non-zero with a clear message
	either                // one or the other; never exit 0 with other output
)

// faultCase is one fault mode and what the read commands may do under it.
type faultCase struct {
	name  string
	fault faults.Fault
	want  outcome
	words []string // when it fails: the message says these (any one of them)
	args  []string // extra flags
	skip  string   // a reason to skip (work that lands on another branch)
	// at, when set, picks the requests from the number a fault-free run of
	// the command makes through the proxy (overriding When): a fault in
	// the middle of a command hits other reads than one at its start.
	at func(n int64) func(int64) bool
	// limit, when set, is the fault's Limit for each command (the
	// commands' logs differ in number and size).
	limit map[string]int
}

// mid selects the requests from halfway through the command on.
func mid(n int64) func(int64) bool { return faults.After(n / 2) }

// middle selects the one request halfway through the command.
func middle(n int64) func(int64) bool { return faults.Requests(n/2, n/2) }

func faultCases(lagBlocks uint64) []faultCase {
	return []faultCase{
		{name: "429 with Retry-After", fault: faults.Fault{Kind: faults.TooManyRequests, RetryAfter: 1, When: faults.Requests(3, 3)}, want: same},
		{name: "429 without Retry-After", fault: faults.Fault{Kind: faults.TooManyRequests, When: faults.Requests(3, 4)}, want: same},
		{name: "5xx burst within the retries", fault: faults.Fault{Kind: faults.ServerError, Status: 502, When: faults.Requests(4, 6)}, want: same},
		{name: "5xx for good", fault: faults.Fault{Kind: faults.ServerError}, at: mid, want: fails, words: []string{"503"}},
		{name: "slow responses", fault: faults.Fault{Kind: faults.Slow, Delay: 20 * time.Millisecond}, want: same},
		{name: "hang", fault: faults.Fault{Kind: faults.Hang}, at: mid, want: fails, args: []string{"--timeout", "1s"},
			words: []string{"gave up after 1s (--timeout)"}},
		{name: "connection dropped once", fault: faults.Fault{Kind: faults.Down}, at: middle, want: same},
		{name: "connection dropped for good", fault: faults.Fault{Kind: faults.Down}, at: mid, want: fails, words: []string{"closed the connection without answering"}},
		{name: "malformed body", fault: faults.Fault{Kind: faults.Malformed}, at: middle, want: fails, words: []string{"invalid character", "malformed JSON"}}, // encoding/json's words, or the log reader's
		{name: "truncated body", fault: faults.Fault{Kind: faults.Truncated}, at: middle, want: fails, words: []string{"unexpected end of JSON input", "unexpected EOF", "malformed JSON"}},
		{name: "oversized body", fault: faults.Fault{Kind: faults.Oversized, Size: 129 << 20}, at: middle, want: either, words: []string{"too large"}},
		{name: "rate limit as a JSON-RPC error", fault: faults.Fault{Kind: faults.RateLimitedRPC, When: faults.Requests(2, 4)}, want: same},
		{name: "rate limit with a hint", fault: faults.Fault{Kind: faults.RateLimitedRPC, Code: -32000, Message: "Too many requests, try again in 100ms", When: faults.Requests(2, 3)}, want: same},
		{name: "getLogs results cap", fault: faults.Fault{Kind: faults.LogsResultCap}, limit: map[string]int{"proposals": 10, "holders": 25, "treasury": 10}, want: same},
		{name: "getLogs block range cap", fault: faults.Fault{Kind: faults.LogsRangeCap, Limit: 40}, want: same},
		// The demo's proposal logs are about 28 kB in all, one block of them
		// (the large-description proposal) 25–27 kB: the cap must split the
		// history yet pass that block.
		{name: "getLogs response size cap", fault: faults.Fault{Kind: faults.LogsSizeCap}, limit: map[string]int{"proposals": 27000, "holders": 20000, "treasury": 8000}, want: same},
		{name: "getLogs limit exceeded", fault: faults.Fault{Kind: faults.LogsLimitExceeded}, limit: map[string]int{"proposals": 10, "holders": 25, "treasury": 10}, want: same},
		{name: "batches refused", fault: faults.Fault{Kind: faults.BatchRefused}, want: same},
		{name: "batches over 2 refused", fault: faults.Fault{Kind: faults.BatchRefused, Limit: 2}, want: same},
		{name: "batches out of order", fault: faults.Fault{Kind: faults.BatchReordered}, want: same},
		{name: "batches answered in part", fault: faults.Fault{Kind: faults.BatchPartial, When: faults.Every(2)}, want: same},
		{name: "lagging head", fault: faults.Fault{Kind: faults.LaggingHead, Lag: lagBlocks}, want: fails, words: []string{"has no block"}},
		{name: "head goes backwards", fault: faults.Fault{Kind: faults.LaggingHead, Lag: lagBlocks, When: faults.After(6)}, want: either},
		{name: "clamped logs", fault: faults.Fault{Kind: faults.ClampedLogs, Lag: lagBlocks}, want: either},
		{name: "wrong chain id mid-read", fault: faults.Fault{Kind: faults.WrongChainID, ChainID: 1}, at: mid, want: fails, words: []string{"chain id changed from 1337 to 1"}},
		{name: "changed genesis mid-read", fault: faults.Fault{Kind: faults.ChangedGenesis}, at: mid, want: fails, words: []string{"genesis block changed"}},
	}
}

// TestFaultReads runs `proposals`, `holders` and `treasury` through each
// fault of the proxy, at the block of a fault-free run: each prints exactly
// what that run printed, or exits non-zero with a clear message. Exit 0 with
// other output is never right.
func TestFaultReads(t *testing.T) {
	node, dao := startDemo(t)
	head := node.Head()
	base := []string{"--governor", dao.Governor.Hex(), "--block", strconv.FormatUint(head, 10)}
	commands := [][]string{{"proposals"}, {"holders"}, {"treasury", "--tokens", dao.Stable.Hex()}}
	want := map[string]string{}
	requests := map[string]int64{} // HTTP requests of a fault-free run
	biggest := map[string]faults.BlockLogs{}
	clean, err := faults.New(node.HTTPURL(), faults.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	defer clean.Close()
	for _, c := range commands {
		clean.Set(faults.Fault{})
		e, stdout, stderr := testEnv(nil)
		if code := run(context.Background(), e, append(append(append([]string{}, c...), "--rpc", clean.URL()), base...)); code != 0 {
			t.Fatalf("%s without faults: exit %d: %s", c[0], code, stderr)
		}
		want[c[0]], requests[c[0]], biggest[c[0]] = stdout.String(), clean.Requests(), clean.Biggest()
	}
	// Lag far enough back that the last proposals, votes and flows are past
	// the lagging head.
	lag := head - dao.StartBlock - (head-dao.StartBlock)/3
	for _, fc := range faultCases(lag) {
		t.Run(fc.name, func(t *testing.T) {
			// The commands run side by side, each through its own proxy
			// (the faults count requests per proxy): the retries' waits
			// overlap.
			type result struct {
				code           int
				stdout, stderr string
				injected       int64
			}
			results := make([]result, len(commands))
			var wg sync.WaitGroup
			for i, c := range commands {
				f := fc.fault
				if fc.at != nil {
					f.When = fc.at(requests[c[0]])
				}
				if l, ok := fc.limit[c[0]]; ok {
					// Never below the largest block: how many transactions
					// share a block of the demo chain depends on timing,
					// and a cap one block is over is refused for good.
					b := biggest[c[0]]
					if f.Kind == faults.LogsSizeCap {
						l = max(l, b.Bytes+1024)
					} else {
						l = max(l, b.Logs)
					}
					f.Limit = l
				}
				p, err := faults.New(node.HTTPURL(), f)
				if err != nil {
					t.Fatal(err)
				}
				defer p.Close()
				wg.Add(1)
				go func() {
					defer wg.Done()
					e, stdout, stderr := testEnv(nil)
					args := append(append(append(append([]string{}, c...), "--rpc", p.URL()), base...), fc.args...)
					code := run(context.Background(), e, args)
					results[i] = result{code, stdout.String(), strings.TrimSpace(stderr.String()), p.Injected()}
				}()
			}
			wg.Wait()
			for i, c := range commands {
				r := results[i]
				switch {
				case r.code == 0 && r.stdout != want[c[0]] && fc.skip != "":
					t.Logf("%s: exit 0 with other output than the fault-free run (%s)", c[0], fc.skip)
				case r.code == 0 && r.stdout != want[c[0]]:
					t.Errorf("%s: exit 0 with other output than the fault-free run:\n%s\nwant:\n%s", c[0], r.stdout, want[c[0]])
				case r.code == 0 && fc.want == fails:
					t.Errorf("%s: exit 0 (the same output), want a failure", c[0])
				case r.code != 0 && fc.want == same:
					t.Errorf("%s: exit %d, want the fault-free output: %s", c[0], r.code, r.stderr)
				case r.code != 0:
					t.Logf("%s: %s", c[0], r.stderr)
					clearMessage(t, c[0], r.stderr, fc.words)
				}
				if r.injected == 0 {
					t.Errorf("%s: the fault never acted", c[0])
				}
			}
			if fc.skip != "" {
				t.Skip(fc.skip)
			}
		})
	}
}

// clearMessage checks a failed command's message: one line, naming the
// command and the RPC, saying one of words, never a panic.
func clearMessage(t *testing.T, cmd, msg string, words []string) {
	t.Helper()
	if msg == "" || strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine ") {
		t.Errorf("%s: message %q", cmd, msg)
		return
	}
	if !strings.HasPrefix(msg, "daoterm "+cmd+": ") || strings.Count(msg, "\n") > 0 {
		t.Errorf("%s: message is not one line naming the command: %q", cmd, msg)
	}
	if !strings.Contains(msg, "RPC") {
		t.Errorf("%s: message does not name the RPC: %q", cmd, msg)
	}
	if len(words) == 0 {
		return
	}
	for _, w := range words {
		if strings.Contains(msg, w) {
			return
		}
	}
	t.Errorf("%s: message %q says none of %q", cmd, msg, words)
}

// TestFaultWrongChainConfigured: a DAO whose config names its chain refuses
// a node that claims another one, before reading anything, and says once
// what to change.
func TestFaultWrongChainConfigured(t *testing.T) {
	dev := startChain(t, 0) // chain 1337
	p, err := faults.New(dev.HTTPURL(), faults.Fault{Kind: faults.WrongChainID, ChainID: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	path := filepath.Join(t.TempDir(), "config.toml")
	body := "[[dao]]\nname = \"Local\"\nchain_id = 1337\nrpc = \"" + p.URL() + "\"\ngovernor = \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"proposals", "holders", "treasury"} {
		e, stdout, stderr := testEnv(nil)
		code := run(context.Background(), e, []string{cmd, "local", "--config", path})
		want := "Local is on chain 1337 (devnet) but rpc " + p.URL() + " is chain 1 (Ethereum)"
		if code != 2 || stdout.Len() != 0 || !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and %q", cmd, code, stderr, want)
		}
		if strings.Count(stderr.String(), "rpc in the config") != 1 || strings.Contains(stderr.String(), "check --rpc") {
			t.Errorf("%s: the fix is not said exactly once: %q", cmd, stderr)
		}
	}
}

// TestFaultTimeoutFromConfig: the config file's timeout bounds a read
// command against a node that never answers, and the message says where
// the limit came from and what was waited for.
func TestFaultTimeoutFromConfig(t *testing.T) {
	dev := startChain(t, 0)
	p, err := faults.New(dev.HTTPURL(), faults.Fault{Kind: faults.Hang, When: faults.After(1)})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	path := filepath.Join(t.TempDir(), "config.toml")
	body := "timeout = \"500ms\"\n[[dao]]\nname = \"Local\"\nrpc = \"" + p.URL() + "\"\ngovernor = \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	e, stdout, stderr := testEnv(nil)
	code := run(context.Background(), e, []string{"holders", "local", "--config", path})
	msg := strings.TrimSpace(stderr.String())
	if code != 1 || stdout.Len() != 0 || !strings.Contains(msg, "gave up after 500ms (timeout in "+path+")") || !strings.Contains(msg, "RPC "+p.URL()) {
		t.Fatalf("exit %d, stderr %q", code, msg)
	}
	clearMessage(t, "holders", msg, []string{"try again, raise --timeout, or use another RPC"})
}
