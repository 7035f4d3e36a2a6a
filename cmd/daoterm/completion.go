package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/config/registry"
)

// completeCommand is the hidden command the completion scripts call for
// what changes without a new binary: the DAO names of the config.
const completeCommand = "__complete"

// subcommands are the subcommands of command name, nil when it has none.
func subcommands(name string) []string {
	switch name {
	case "account":
		return []string{"list", "new", "import"}
	case "ballot":
		return []string{"sign", "submit"}
	case "tx":
		return []string{"list", "show", "resend"}
	case "cache":
		return []string{"info", "clear"}
	case "completion":
		return []string{"bash", "zsh", "fish"}
	}
	return nil
}

// daoArgCommands take a DAO name as their first positional argument.
func daoArgCommands() []string {
	return []string{"proposals", "holders", "delegates", "treasury", "info", "daos"}
}

// runCompletion is `daoterm completion bash|zsh|fish`.
//
// The scripts hold the command names, subcommands and flags of this
// binary (regenerate them after an upgrade), and ask the binary for DAO
// names when completing one (`daoterm __complete daos`: the config's
// [[dao]] names and the well-known slugs), so a config edit needs no new
// script.
func runCompletion(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("completion", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: daoterm completion bash|zsh|fish

Prints a completion script for the shell: command names, each command's
flags and subcommands, and DAO names (the config's and the well-known ones,
asked of daoterm when completing). Load it with
  bash:  source <(daoterm completion bash)        (e.g. in ~/.bashrc)
  zsh:   source <(daoterm completion zsh)         (after compinit, in ~/.zshrc)
  fish:  daoterm completion fish | source         (or save it to ~/.config/fish/completions/daoterm.fish)
`)
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return usageErr(err)
	}
	if len(rest) != 1 {
		fs.Usage()
		return usageErr(fmt.Errorf("name one shell: bash, zsh or fish"))
	}
	spec := completionSpec(ctx)
	switch rest[0] {
	case "bash":
		return writeBash(e.stdout, spec)
	case "zsh":
		return writeZsh(e.stdout, spec)
	case "fish":
		return writeFish(e.stdout, spec)
	}
	return usageErr(fmt.Errorf("no completion for shell %q: choose bash, zsh or fish", safeLine(rest[0], 40)))
}

// runComplete is the hidden `daoterm __complete daos`: the names a DAO
// argument may take, one a line.
func runComplete(_ context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet(completeCommand, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "config file")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return usageErr(err)
	}
	if len(rest) != 1 || rest[0] != "daos" {
		return usageErr(fmt.Errorf("%s: say daos", completeCommand))
	}
	for _, n := range daoNames(e, *cfgPath) {
		fmt.Fprintln(e.stdout, n)
	}
	return nil
}

// daoNames are the config's DAO names (those a shell can complete as one
// word) and the well-known DAOs' slugs. A config that does not load gives
// the slugs alone: completion never prints errors.
func daoNames(e *env, cfgPath string) []string {
	var out []string
	shellWord := regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:@+-]*$`) // a name a shell completes unquoted
	if cfg, err := config.LoadEnv(cfgPath, e.getenv); err == nil {
		for _, d := range cfg.DAOs {
			if shellWord.MatchString(d.Name) {
				out = append(out, d.Name)
			}
		}
	}
	for _, s := range registry.Slugs() {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// spec is what a completion script knows: commands, their subcommands and
// flags, and which flags take a value.
type spec struct {
	commands   []string
	subs       map[string][]string
	flags      map[string][]string // by "cmd" or "cmd sub"; "" is the dashboard
	valueFlags []string            // every flag (no dashes) that takes a value
	daoArgs    []string
}

// completionSpec collects every command's flags by asking each for its
// help, as `daoterm CMD [SUB] --help` would: the flag lists cannot drift
// from the flags the commands parse.
func completionSpec(ctx context.Context) spec {
	cmds := commands()
	sp := spec{commands: commandNames(), subs: map[string][]string{}, flags: map[string][]string{}, daoArgs: daoArgCommands()}
	values := map[string]bool{}
	add := func(key string, run func(context.Context, *env, []string) error, args []string) {
		var buf bytes.Buffer
		he := &env{stdin: strings.NewReader(""), stdout: &buf, stderr: &buf, getenv: func(string) string { return "" }}
		_ = run(ctx, he, append(args, "--help")) // a help request: its usage is what we want
		names, vals := parseFlagHelp(buf.String())
		sp.flags[key] = names
		for _, v := range vals {
			values[v] = true
		}
	}
	add("", runDashboard, nil)
	for _, name := range sp.commands {
		c := cmds[name]
		if c.run == nil {
			continue
		}
		if subs := subcommands(name); subs != nil {
			sp.subs[name] = subs
			if name == "completion" {
				continue
			}
			for _, sub := range subs {
				add(name+" "+sub, c.run, []string{sub})
			}
			continue
		}
		add(name, c.run, nil)
	}
	sp.valueFlags = slices.Sorted(func(yield func(string) bool) {
		for v := range values {
			if !yield(v) {
				return
			}
		}
	})
	return sp
}

// parseFlagHelp reads the flag names of a usage text, and those that take
// a value: in flag.PrintDefaults output a flag is a line "  -name", then,
// for a flag that takes a value, its type or placeholder.
func parseFlagHelp(help string) (names, values []string) {
	flagLine := regexp.MustCompile(`(?m)^  -([A-Za-z0-9][A-Za-z0-9_.-]*)( [^\t\n]+)?$`)
	for _, m := range flagLine.FindAllStringSubmatch(help, -1) {
		if slices.Contains(names, m[1]) {
			continue
		}
		names = append(names, m[1])
		if m[2] != "" {
			values = append(values, m[1])
		}
	}
	slices.Sort(names)
	return names, values
}

// dashed turns flag names into "--name" words.
func dashed(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "--" + n
	}
	return strings.Join(out, " ")
}

// flagCases is the body of a shell case statement mapping "cmd sub" to
// its flags, in bash/zsh syntax.
func flagCases(sp spec) string {
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range sp.flags {
			if !yield(k) {
				return
			}
		}
	})
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "        %q) echo %q ;;\n", k, dashed(sp.flags[k]))
	}
	return b.String()
}

func subCases(sp spec) string {
	var b strings.Builder
	for _, c := range sp.commands {
		if subs, ok := sp.subs[c]; ok {
			fmt.Fprintf(&b, "        %s) echo %q ;;\n", c, strings.Join(subs, " "))
		}
	}
	return b.String()
}

// shellBody is the word scanner and chooser the bash and zsh scripts
// share: it sets cmd, sub and npos from the words before the cursor, then
// prints the candidates for the current word, or nothing with status 1
// when a file name is wanted.
const shellBody = `
_daoterm_flags() {
    case "$1" in
%s        *) echo "" ;;
    esac
}

_daoterm_subs() {
    case "$1" in
%s        *) echo "" ;;
    esac
}

# _daoterm_candidates PROG CUR WORD... prints the words that may stand at
# CUR after the words given (the command line without the program name).
_daoterm_candidates() {
    local prog="$1" cur="$2" w n cmd="" sub="" npos=0 skip=0 prev=""
    shift 2
    local valflags=" %s "
    for w in "$@"; do
        if [[ $skip == 1 ]]; then skip=0; prev=""; continue; fi
        case "$w" in
        -*=*) prev=""; continue ;;
        -*)
            n="${w#-}"; n="${n#-}"; prev="$n"
            [[ "$valflags" == *" $n "* ]] && skip=1
            continue ;;
        esac
        prev=""
        if [[ -z "$cmd" ]]; then
            cmd="$w"
        elif [[ -z "$sub" && -n "$(_daoterm_subs "$cmd")" ]]; then
            sub="$w"
        else
            npos=$((npos + 1))
        fi
    done
    if [[ $skip == 1 ]]; then
        if [[ "$prev" == dao ]]; then
            "$prog" __complete daos 2>/dev/null
            return 0
        fi
        return 1
    fi
    if [[ "$cur" == -* ]]; then
        local key="$cmd"
        [[ -n "$sub" ]] && key="$cmd $sub"
        if [[ -n "$cmd" && -z "$(_daoterm_subs "$cmd")" && " %s " != *" $cmd "* ]]; then
            key=""
        fi
        _daoterm_flags "$key"
        return 0
    fi
    if [[ -z "$cmd" ]]; then
        echo "%s"
        "$prog" __complete daos 2>/dev/null
        return 0
    fi
    if [[ -n "$(_daoterm_subs "$cmd")" && -z "$sub" ]]; then
        _daoterm_subs "$cmd"
        return 0
    fi
    case "$cmd" in
    help) [[ $npos == 0 ]] && echo "%s" ;;
    %s) [[ $npos == 0 ]] && "$prog" __complete daos 2>/dev/null ;;
    vote) [[ $npos == 1 ]] && echo "for against abstain split" ;;
    ballot) [[ "$sub" == sign && $npos == 1 ]] && echo "for against abstain" ;;
    delegate) [[ $npos == 0 ]] && echo "self" ;;
    *) return 1 ;;
    esac
    return 0
}
`

// shellFuncs fills shellBody for sp.
func shellFuncs(sp spec) string {
	// A word that is no command is a DAO name: the dashboard's flags.
	return fmt.Sprintf(shellBody, flagCases(sp), subCases(sp), strings.Join(sp.valueFlags, " "),
		strings.Join(sp.commands, " "), strings.Join(sp.commands, " "), strings.Join(sp.commands, " "),
		strings.Join(sp.daoArgs, "|"))
}

func writeBash(w io.Writer, sp spec) error {
	_, err := fmt.Fprintf(w, `# bash completion for daoterm; generated by `+"`daoterm completion bash`"+`.
# Load it with: source <(daoterm completion bash)
%s
_daoterm() {
    local cur="${COMP_WORDS[COMP_CWORD]}" out
    if out="$(_daoterm_candidates "${COMP_WORDS[0]}" "$cur" "${COMP_WORDS[@]:1:COMP_CWORD-1}")"; then
        COMPREPLY=($(compgen -W "$out" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -o default -F _daoterm daoterm
`, shellFuncs(sp))
	return err
}

func writeZsh(w io.Writer, sp spec) error {
	_, err := fmt.Fprintf(w, `#compdef daoterm
# zsh completion for daoterm; generated by `+"`daoterm completion zsh`"+`.
# Load it with: source <(daoterm completion zsh)  (after compinit)
%s
_daoterm() {
    local out
    if out="$(_daoterm_candidates "${words[1]}" "${words[CURRENT]}" "${(@)words[2,CURRENT-1]}")"; then
        local -a cands
        cands=(${=out})
        compadd -- $cands
    else
        _files
    fi
}
if [[ "${funcstack[1]}" == _daoterm ]]; then
    _daoterm "$@"
else
    compdef _daoterm daoterm
fi
`, shellFuncs(sp))
	return err
}

func writeFish(w io.Writer, sp spec) error {
	var b strings.Builder
	b.WriteString("# fish completion for daoterm; generated by `daoterm completion fish`.\n" +
		"# Load it with: daoterm completion fish | source\n" +
		"complete -c daoterm -e\n" +
		"complete -c daoterm -f\n" +
		"function __daoterm_daos\n    command -q daoterm; and daoterm __complete daos 2>/dev/null\nend\n")
	cmdList := strings.Join(sp.commands, " ")
	fmt.Fprintf(&b, "complete -c daoterm -n 'not __fish_seen_subcommand_from %s' -a '%s'\n", cmdList, cmdList)
	fmt.Fprintf(&b, "complete -c daoterm -n 'not __fish_seen_subcommand_from %s' -a '(__daoterm_daos)'\n", cmdList)
	for _, c := range sp.daoArgs {
		fmt.Fprintf(&b, "complete -c daoterm -n '__fish_seen_subcommand_from %s' -a '(__daoterm_daos)'\n", c)
	}
	fmt.Fprintf(&b, "complete -c daoterm -n '__fish_seen_subcommand_from help' -a '%s'\n", cmdList)
	b.WriteString("complete -c daoterm -n '__fish_seen_subcommand_from vote' -a 'for against abstain split'\n" +
		"complete -c daoterm -n '__fish_seen_subcommand_from ballot; and __fish_seen_subcommand_from sign' -a 'for against abstain'\n" +
		"complete -c daoterm -n '__fish_seen_subcommand_from delegate' -a 'self'\n")
	for _, c := range sp.commands {
		if subs, ok := sp.subs[c]; ok {
			fmt.Fprintf(&b, "complete -c daoterm -n '__fish_seen_subcommand_from %s; and not __fish_seen_subcommand_from %s' -a '%s'\n",
				c, strings.Join(subs, " "), strings.Join(subs, " "))
		}
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range sp.flags {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		cond := "not __fish_seen_subcommand_from " + cmdList
		if c, s, ok := strings.Cut(k, " "); ok {
			cond = fmt.Sprintf("__fish_seen_subcommand_from %s; and __fish_seen_subcommand_from %s", c, s)
		} else if k != "" {
			cond = "__fish_seen_subcommand_from " + k
		}
		for _, f := range sp.flags[k] {
			opt := ""
			switch {
			case f == "dao":
				opt = " -x -a '(__daoterm_daos)'"
			case slices.Contains(sp.valueFlags, f):
				opt = " -r -F"
			}
			fmt.Fprintf(&b, "complete -c daoterm -n '%s' -l %s%s\n", cond, f, opt)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
