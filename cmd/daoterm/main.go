// Command daoterm is a terminal dashboard and scriptable CLI for on-chain
// DAO governance: proposals and votes, ownership and the treasury, read
// straight from any Ethereum JSON-RPC endpoint.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand: its one-line summary and its entry point.
type command struct {
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env carries the process's streams so commands can be tested in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// exitError carries a specific exit status (2 for usage and config errors).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr wraps err so that main exits with status 2.
func usageErr(err error) error { return &exitError{code: 2, err: err} }

func commands() map[string]command {
	return map[string]command{
		"demo":      {"open the dashboard on the embedded demo chain", runDemo},
		"devnet":    {"run the embedded chain with the seeded demo DAO", runDevnet},
		"proposals": {"list every proposal with state, tallies and quorum", runProposals},
		"proposal":  {"show one proposal: actions, description, votes", runProposal},
		"holders":   {"list token holders, balances, delegates and voting power", runHolders},
		"delegates": {"list delegates, voting power and delegators", runDelegates},
		"treasury":  {"show treasury balances and flows", runTreasury},
		"account":   {"list, create or import keystore accounts", runAccount},
		"vote":      {"vote for, against or abstain on a proposal (signs with your keystore)", runVote},
		"delegate":  {"delegate your voting power to an address or to yourself", runDelegate},
		"queue":     {"queue a succeeded proposal in the timelock", runQueue},
		"execute":   {"execute a queued proposal whose delay has passed", runExecute},
		"ballot":    {"sign a gasless EIP-712 ballot, or relay someone's (castVoteBySig)", runBallot},
		"tx":        {"list, show or resend the transactions in the journal", runTx},
		"info":      {"show the governor family, counting mode, clock, timelock and token kinds, as detected", runInfo},
		"daos":      {"list the well-known DAOs daoterm knows (open one with daoterm SLUG --rpc URL)", runDaos},
		"cache":     {"show (info) or remove (clear) the cache of synced chain state", runCache},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run dispatches args to a subcommand and maps its error to an exit
// status. Anything that is not a command opens the dashboard: flags, or the
// name of a DAO in the config.
func run(ctx context.Context, e *env, args []string) int {
	cmds := commands()
	if len(args) > 0 && isHelp(args[0]) {
		printUsage(e.stdout, cmds)
		return 0
	}
	if len(args) > 0 {
		if c, ok := cmds[args[0]]; ok {
			return exitCode(e, "daoterm "+args[0], c.run(ctx, e, args[1:]))
		}
	}
	return exitCode(e, "daoterm", runDashboard(ctx, e, args))
}

// exitCode prints err, if any, and maps it to an exit status: 2 for usage
// and configuration errors, 1 for everything else.
func exitCode(e *env, prefix string, err error) int {
	if err == nil {
		return 0
	}
	// Errors can quote the node and the chain (revert reasons, HTTP bodies):
	// sanitize them like any other chain text.
	fmt.Fprintf(e.stderr, "%s: %s\n", prefix, safeBlock(err.Error(), 4000))
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

func isHelp(arg string) bool { return arg == "help" || arg == "-h" || arg == "--help" }

func printUsage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: daoterm [DAO] [flags]       open the dashboard\n       daoterm <command> [flags]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, cmds[n].summary)
	}
}
