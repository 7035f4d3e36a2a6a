package main

import (
	"context"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/tui/format"
)

// The end-to-end test drives the real binary in a pseudo-terminal of this size.
const (
	e2eCols = 100
	e2eRows = 30
)

// Bounds of the e2e waits. They are deadlines for conditions polled every
// e2ePoll, not timings under test: a slow machine only waits longer.
const (
	e2ePoll      = 50 * time.Millisecond
	e2eStartWait = 3 * time.Minute  // seeding the demo chain and the first sync
	e2eStepWait  = 60 * time.Second // one key and its effect
)

// buildDaoterm builds the binary into a temporary directory, or returns
// $DAOTERM_BIN when set (a prebuilt binary).
func buildDaoterm(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("DAOTERM_BIN"); bin != "" {
		return bin
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bin := filepath.Join(t.TempDir(), "daoterm")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// freeListen returns a 127.0.0.1 address with a port that was free a moment ago.
func freeListen(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// ptyProgram is a program running in a pseudo-terminal whose output is
// followed on a vtScreen.
type ptyProgram struct {
	*ptyProc
	t      *testing.T
	screen *vtScreen
}

// ptyProc is a process running in a pseudo-terminal.
type ptyProc struct {
	cmd    *exec.Cmd
	pty    *os.File
	exited chan struct{} // closed when the process has exited
	err    error         // cmd.Wait's result, valid after exited is closed
}

// startPty starts bin with args and env in a w×h pseudo-terminal; the
// process is killed at the end of the test if it is still running. It
// skips t when there is no pseudo-terminal. Call follow to read its output.
func startPty(t *testing.T, bin string, args, env []string, w, h int) *ptyProc {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	p := &ptyProc{cmd: cmd, pty: f, exited: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = cmd.Process.Kill()
			<-p.exited
		}
		f.Close()
	})
	return p
}

// follow hands everything the process writes to the terminal to out, from
// one goroutine, until the terminal closes.
func (p *ptyProc) follow(out func([]byte)) {
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := p.pty.Read(buf)
			if n > 0 {
				out(buf[:n])
			}
			if err != nil {
				return // EIO once the program has exited and closed the terminal
			}
		}
	}()
}

// startInPty starts bin with args and env in a w×h pseudo-terminal. The
// process is killed at the end of the test if it is still running.
func startInPty(t *testing.T, bin string, args, env []string, w, h int) *ptyProgram {
	t.Helper()
	proc := startPty(t, bin, args, env, w, h)
	p := &ptyProgram{ptyProc: proc, t: t}
	p.screen = newVTScreen(w, h, func(b []byte) { _, _ = proc.pty.Write(b) })
	proc.follow(func(b []byte) { _, _ = p.screen.Write(b) })
	return p
}

// send types s into the terminal.
func (p *ptyProgram) send(s string) {
	p.t.Helper()
	if _, err := p.pty.Write([]byte(s)); err != nil {
		p.t.Fatalf("typing %q: %v", s, err)
	}
}

// waitFor polls the screen until ok holds, failing the test with the screen
// after timeout or when the program exits first.
func (p *ptyProgram) waitFor(what string, timeout time.Duration, ok func(screen string) bool) string {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	tick := time.NewTicker(e2ePoll)
	defer tick.Stop()
	for {
		s := p.screen.Text()
		if ok(s) {
			return s
		}
		select {
		case <-p.exited:
			p.t.Fatalf("daoterm exited (%v) while waiting for %s; screen:\n%s", p.err, what, p.screen.Text())
		case <-tick.C:
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("no %s on screen after %v; screen:\n%s", what, timeout, s)
		}
	}
}

// screenHas is a waitFor condition: every one of subs is on screen.
func screenHas(subs ...string) func(string) bool {
	return func(s string) bool {
		for _, sub := range subs {
			if !strings.Contains(s, sub) {
				return false
			}
		}
		return true
	}
}

// rowSelected is a waitFor condition: the table's selected row (marked ▸)
// contains sub.
func rowSelected(sub string) func(string) bool {
	return func(s string) bool {
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "▸") {
				return strings.Contains(l, sub)
			}
		}
		return false
	}
}

// tallyRE matches a tally row of the proposal page: label, bar, amount,
// share, e.g. "For ████░░ 3,827,000.00 MCT 76.2%".
var tallyRE = regexp.MustCompile(`(?m)^\s+(For|Against|Abstain)\s+[█▓▒░]+\s+([0-9][0-9,]*\.[0-9]{2}) MCT\s+([0-9]+\.[0-9]%|—)\s*$`)

// TestE2EDemoDashboard runs `daoterm demo` in a 100×30 pseudo-terminal:
// it waits for the seeded proposals, visits Ownership and Treasury, comes
// back, opens "Fund the Commons-13B training run" and checks its title and
// tallies (against proposalVotes read from the chain), then quits with q
// and expects exit status 0. DAOTERM_BIN names a prebuilt binary instead.
func TestE2EDemoDashboard(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and seeds the demo chain")
	}
	bin := buildDaoterm(t)
	home := t.TempDir()
	listen := freeListen(t)
	env := []string{
		"HOME=" + home, "TMPDIR=" + t.TempDir(), "PATH=" + os.Getenv("PATH"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"), "XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"TERM=xterm-256color", "LANG=C.UTF-8",
	}
	p := startInPty(t, bin, []string{"demo", "--listen", listen}, env, e2eCols, e2eRows)

	const title = "Fund the Commons-13B training run"
	p.waitFor("the seeded proposals", e2eStartWait, screenHas("[1 Proposals]", title, "Release Commons-7B"))

	p.send("2")
	p.waitFor("the Ownership tab", e2eStepWait, screenHas("[2 Ownership]", "Nakamoto", "Holder"))
	p.send("3")
	p.waitFor("the Treasury tab", e2eStepWait, screenHas("[3 Treasury]", "Balances", "USDx", "ETH"))
	p.send("1")
	p.waitFor("the Proposals tab again", e2eStepWait, screenHas("[1 Proposals]", title))

	// Newest first: the oldest proposal is at the bottom and this one just
	// above it. One key per write (bubbletea merges runes read together).
	p.send("G")
	p.waitFor("the oldest proposal selected", e2eStepWait, rowSelected("Release Commons-7B"))
	p.send("k")
	p.waitFor("the proposal selected", e2eStepWait, rowSelected(title))
	p.send("\r")
	screen := p.waitFor("the proposal page with its tallies", e2eStepWait, func(s string) bool {
		return strings.Contains(s, "Proposals ›") && strings.Contains(s, title) &&
			len(tallyRE.FindAllString(s, -1)) == 3 && strings.Contains(s, "Quorum")
	})

	t.Logf("proposal page:\n%s", screen)
	// The tallies on screen are the governor's proposalVotes.
	id := proposalIDOnScreen(t, screen)
	votes := readProposalVotes(t, "http://"+listen, id)
	for _, m := range tallyRE.FindAllStringSubmatch(screen, -1) {
		want := format.Number(votes[m[1]], 18, 2)
		if m[2] != want {
			t.Errorf("%s on screen %s MCT, proposalVotes says %s MCT", m[1], m[2], want)
		}
	}
	if votes["For"].Sign() == 0 {
		t.Errorf("the executed proposal has no For votes on chain: %v", votes)
	}

	p.send("q")
	select {
	case <-p.exited:
	case <-time.After(e2eStepWait):
		t.Fatalf("daoterm did not exit after q; screen:\n%s", p.screen.Text())
	}
	if p.err != nil {
		t.Fatalf("daoterm demo exited with %v; screen:\n%s", p.err, p.screen.Text())
	}
	t.Logf("OSC commands written: %v; %d bytes of output", p.screen.OSCs(), p.screen.Written())
	for _, cmd := range p.screen.OSCs() {
		// The UI sets no title, link or clipboard; queries (10/11) are fine.
		if cmd != 10 && cmd != 11 {
			t.Errorf("the dashboard wrote OSC %d to the terminal", cmd)
		}
	}
}

// proposalIDOnScreen reads the full decimal id from the proposal page.
func proposalIDOnScreen(t *testing.T, screen string) *big.Int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^ID\s+([0-9]+)\s*$`).FindStringSubmatch(screen)
	if m == nil {
		t.Fatalf("no ID line on the proposal page:\n%s", screen)
	}
	id, _ := new(big.Int).SetString(m[1], 10)
	return id
}

// readProposalVotes reads proposalVotes(id) at the head from the governor
// that emitted the demo's ProposalCreated events on rpcURL.
func readProposalVotes(t *testing.T, rpcURL string, id *big.Int) map[string]*big.Int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), e2eStepWait)
	defer cancel()
	c, err := chain.Dial(ctx, rpcURL, chain.Options{})
	if err != nil {
		t.Fatalf("dial the demo chain: %v", err)
	}
	defer c.Close()
	created := crypto.Keccak256Hash([]byte("ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)"))
	logs, err := c.Eth().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Topics: [][]common.Hash{{created}}})
	if err != nil || len(logs) == 0 {
		t.Fatalf("no ProposalCreated logs on the demo chain: %v", err)
	}
	head, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	g := contracts.NewDaoGovernor()
	res, err := c.CallAt(ctx, head.Number.Uint64(), []chain.Call{{To: logs[0].Address, Data: g.PackProposalVotes(id)}})
	if err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("proposalVotes(%s): %v %+v", id, err, res)
	}
	out, err := g.UnpackProposalVotes(res[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*big.Int{"For": out.ForVotes, "Against": out.AgainstVotes, "Abstain": out.AbstainVotes}
}

// TestE2EScreenEmulator checks the test terminal on what bubbletea's
// renderer writes: the alternate screen, absolute and relative cursor
// moves, erasing, deferred wrap at the last column, and wide characters;
// and that it answers a cursor position query.
func TestE2EScreenEmulator(t *testing.T) {
	var replies []string
	s := newVTScreen(10, 3, func(b []byte) { replies = append(replies, string(b)) })
	_, _ = s.Write([]byte("main\x1b[?1049h\x1b[2J\x1b[Hhello\r\nworld\x1b[1;3HX\x1b[6n"))
	if got, want := s.Text(), "heXlo\nworld\n"; got != want {
		t.Errorf("screen %q, want %q", got, want)
	}
	if len(replies) != 1 || replies[0] != "\x1b[1;4R" {
		t.Errorf("cursor position reply %q", replies)
	}
	// A full-width line followed by CR LF must not leave an empty line.
	_, _ = s.Write([]byte("\x1b[H0123456789\r\nnext\x1b[K\x1b[3;1H漢字\x1b[31mz\x1b[0m"))
	if got, want := s.Text(), "0123456789\nnext\n漢字z"; got != want {
		t.Errorf("screen %q, want %q", got, want)
	}
	// Relative moves and erase below; leaving the alternate screen restores the main one.
	_, _ = s.Write([]byte("\x1b[2;3H\x1b[A\x1b[2C!\x1b[J\x1b[?1049l"))
	if got := s.Text(); got != "main\n\n" {
		t.Errorf("main screen %q", got)
	}
}
