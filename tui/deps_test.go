package tui

import (
	"os/exec"
	"strings"
	"testing"
)

// rpcStack lists what no tui package may link: the JSON-RPC client and the
// package that wraps it. The TUI names plain types (chain/gov, chain/query,
// chain/token …), which have no RPC dependency, and reads through
// interfaces it owns.
var rpcStack = []string{
	"github.com/ethereum/go-ethereum/rpc",
	"github.com/ethereum/go-ethereum/ethclient",
	"github.com/daoterm/daoterm/chain",
}

// TestNoRPCUnderTUI fails when a package under tui/ (test helpers included)
// links the RPC stack, directly or through a chain package that does.
func TestNoRPCUnderTUI(t *testing.T) {
	const tree, client = "github.com/daoterm/daoterm/tui/...", "github.com/daoterm/daoterm/chain"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}:{{join .Deps " "}}`, tree, client).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", tree, err, out)
	}
	var tuiPkgs int
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("go list printed %q", line)
		}
		linked := map[string]bool{}
		for _, d := range strings.Fields(deps) {
			linked[d] = true
		}
		if pkg == client {
			// The control: the client itself links rpc, so the check
			// below reads the dependency lists right.
			if !linked[rpcStack[0]] {
				t.Errorf("go list says %s does not link %s: the check cannot see the RPC stack", client, rpcStack[0])
			}
			continue
		}
		tuiPkgs++
		for _, bad := range rpcStack {
			if linked[bad] {
				t.Errorf("%s links %s: tui/ never dials RPC; name the plain types (chain/query, chain/gov …) or an interface the view owns", pkg, bad)
			}
		}
	}
	if tuiPkgs < 10 {
		t.Errorf("go list found %d tui packages, want the whole tree", tuiPkgs)
	}
}
