// Command daoterm is a terminal dashboard and scriptable CLI for on-chain
// DAO governance: proposals and votes, ownership and the treasury, read
// straight from any Ethereum JSON-RPC endpoint.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/config/registry"
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
		"demo":       {"open the dashboard on the embedded demo chain", runDemo},
		"devnet":     {"run the embedded chain with the seeded demo DAO", runDevnet},
		"proposals":  {"list every proposal with state, tallies and quorum", runProposals},
		"proposal":   {"show one proposal: actions, description, votes", runProposal},
		"holders":    {"list token holders, balances, delegates and voting power", runHolders},
		"delegates":  {"list delegates, voting power and delegators", runDelegates},
		"treasury":   {"show treasury balances and flows", runTreasury},
		"account":    {"list, create or import keystore accounts", runAccount},
		"vote":       {"vote for, against or abstain on a proposal (signs with your keystore)", runVote},
		"delegate":   {"delegate your voting power to an address or to yourself", runDelegate},
		"queue":      {"queue a succeeded proposal in the timelock", runQueue},
		"execute":    {"execute a queued proposal whose delay has passed", runExecute},
		"ballot":     {"sign a gasless EIP-712 ballot, or relay someone's (castVoteBySig)", runBallot},
		"tx":         {"list, show or resend the transactions in the journal", runTx},
		"info":       {"show the governor family, counting mode, clock, timelock and token kinds, as detected", runInfo},
		"daos":       {"list the well-known DAOs daoterm knows (open one with daoterm SLUG --rpc URL)", runDaos},
		"version":    {"print daoterm's version, its commit and the Go version it was built with", runVersion},
		"completion": {"print a shell completion script: completion bash|zsh|fish", runCompletion},
		"cache":      {"show (info) or remove (clear) the cache of synced chain state", runCache},
		"help":       {"show the help of daoterm or of one command: help [COMMAND [SUBCOMMAND]]", nil},
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
// name of a DAO in the config or of a well-known DAO.
//
// Help is handled here for every command: `daoterm help CMD [SUB]`, and
// -h, -help or --help anywhere before a "--", run the command with only
// [SUB] --help and its error output on stdout; the flag.ErrHelp it returns
// exits 0.
func run(ctx context.Context, e *env, args []string) int {
	cmds := commands()
	if len(args) == 0 {
		return exitCode(e, "daoterm", runDashboard(ctx, e, args))
	}
	switch name := args[0]; {
	case name == "help" && len(args) > 1:
		if _, ok := cmds[args[1]]; !ok {
			return exitCode(e, "daoterm help", usageErr(unknownCommand(args[1])))
		}
		if args[1] == "help" {
			printUsage(e.stdout)
			return 0
		}
		return commandHelp(ctx, e, cmds[args[1]], args[1], args[2:])
	case isHelp(name):
		printUsage(e.stdout)
		return 0
	case name == "--version" || name == "-version":
		return exitCode(e, "daoterm", runVersion(ctx, e, args[1:]))
	case name == completeCommand:
		return exitCode(e, "daoterm", runComplete(ctx, e, args[1:]))
	}
	c, ok := cmds[args[0]]
	if !ok {
		if helpRequested(args) {
			printUsage(e.stdout) // the dashboard's flags are the global flags
			return 0
		}
		return exitCode(e, "daoterm", runDashboard(ctx, e, args))
	}
	if helpRequested(args[1:]) {
		return commandHelp(ctx, e, c, args[0], args[1:])
	}
	return exitCode(e, "daoterm "+args[0], c.run(ctx, e, args[1:]))
}

// commandHelp prints the help of command name (of its subcommand, when
// args starts with one) to stdout and exits 0.
func commandHelp(ctx context.Context, e *env, c command, name string, args []string) int {
	help := []string{"--help"}
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		help = []string{args[0], "--help"}
	}
	he := *e
	he.stderr = e.stdout // usage goes to the flag set's output, stderr
	err := c.run(ctx, &he, help)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(e.stdout, "\n`daoterm help` lists the commands and the flags every DAO command takes.\n")
		return 0
	}
	return exitCode(e, "daoterm "+name, err)
}

// helpRequested reports whether args ask for help: -h, -help or --help
// before any "--".
func helpRequested(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// exitCode prints err, if any, and maps it to an exit status: 2 for usage
// and configuration errors, 1 for everything else. A help request
// (flag.ErrHelp) exits 0 without a message: its usage was printed.
func exitCode(e *env, prefix string, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
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

func isHelp(arg string) bool {
	return arg == "help" || arg == "-h" || arg == "-help" || arg == "--help"
}

// isHelpFlag reports whether arg is -h, -help or --help: for commands that
// read a subcommand before their flags.
func isHelpFlag(arg string) bool { return arg == "-h" || arg == "-help" || arg == "--help" }

// summary is the one-line summary of command name, with a blank line
// after it, for the head of its usage; "" for a subcommand.
func summary(name string) string {
	if c, ok := commands()[name]; ok {
		return "\n" + strings.ToUpper(c.summary[:1]) + c.summary[1:] + ".\n\n"
	}
	return ""
}

// commandNames are the commands' names, sorted.
func commandNames() []string {
	names := slices.Collect(maps.Keys(commands()))
	slices.Sort(names)
	return names
}

// unknownCommand says name is not a command, suggesting the closest one.
func unknownCommand(name string) error {
	if s := config.Closest(name, commandNames()); s != "" {
		return fmt.Errorf("unknown command %q: did you mean %q? (`daoterm help` lists the commands)", safeLine(name, 60), s)
	}
	return fmt.Errorf("unknown command %q: `daoterm help` lists the commands", safeLine(name, 60))
}

// printUsage prints the top-level help: the commands, the flags every DAO
// command takes, and how to get one command's help.
func printUsage(w io.Writer) {
	cmds := commands()
	fmt.Fprint(w, `usage: daoterm [DAO] [flags]          open the dashboard
       daoterm <command> [args] [flags]
       daoterm help <command>           that command's help (or daoterm <command> --help)

DAO is a [[dao]] name from the config file or a well-known DAO's slug
(daoterm daos lists them); without one, --rpc and --governor name it, or the
config's only DAO is used.

commands:
`)
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-11s %s\n", n, cmds[n].summary)
	}
	fmt.Fprint(w, "\nflags of the dashboard and of every command that reads or acts on a DAO\n(proposals, proposal, holders, delegates, treasury, info, vote, delegate,\nqueue, execute, ballot; --json, --block and --timeout for the reads);\nflags take one dash or two (-rpc or --rpc):\n")
	r := newReadCmd("daoterm", "")
	r.fs.SetOutput(w)
	r.fs.PrintDefaults()
	fmt.Fprint(w, `
Amounts and shares are cut toward zero, never rounded up: a figure shown is
never more than the chain holds. Times are in UTC; a time marked ≈ is an
estimate from recent block times.

  daoterm --version                print the version
  daoterm completion bash|zsh|fish print a shell completion script
`)
}

// checkTypo tells a mistyped command from a DAO name: when the name given
// where a DAO may stand is neither a configured DAO nor a well-known one,
// and a command is the closest name, the error suggests the command.
// Otherwise resolving the name says what is wrong (suggesting DAO names).
func checkTypo(e *env, f *daoFlags) error {
	name := f.dao
	if _, ok := registry.Lookup(name); ok {
		return nil
	}
	var daos []string
	if cfg, err := config.LoadEnv(f.config, e.getenv); err == nil {
		for _, d := range cfg.DAOs {
			if strings.EqualFold(d.Name, name) {
				return nil
			}
			daos = append(daos, d.Name)
		}
	}
	cmds := commandNames()
	best := config.Closest(name, append(append(cmds, daos...), registry.Slugs()...))
	if best == "" || !slices.Contains(cmds, best) {
		return nil
	}
	return usageErr(fmt.Errorf("%q is not a command, nor a DAO in the config or a well-known DAO: did you mean %q? (`daoterm help` lists the commands)", safeLine(name, 60), best))
}
