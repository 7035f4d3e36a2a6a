package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// TestHelpExitsZero: -h, -help and --help exit 0 for every command and
// subcommand, printing that command's usage to stdout and nothing to
// stderr; `daoterm help CMD [SUB]` prints the same.
func TestHelpExitsZero(t *testing.T) {
	type tc struct {
		args []string
		want string // in stdout
	}
	var cases []tc
	for _, name := range commandNames() {
		if name == "help" {
			continue
		}
		want := "usage: daoterm " + name
		for _, h := range []string{"-h", "-help", "--help"} {
			cases = append(cases, tc{[]string{name, h}, want})
		}
		cases = append(cases, tc{[]string{"help", name}, want})
		for _, sub := range subcommands(name) {
			if name == "completion" {
				continue
			}
			cases = append(cases, tc{[]string{name, sub, "--help"}, sub}, tc{[]string{"help", name, sub}, sub})
		}
	}
	cases = append(cases,
		tc{[]string{"proposals", "--rpc", "http://127.0.0.1:1", "--help"}, "usage: daoterm proposals"},
		tc{[]string{"proposals", "--block", "not-a-number", "--help"}, "usage: daoterm proposals"},
		tc{[]string{"vote", "5", "for", "-h"}, "usage: daoterm vote"},
		tc{[]string{"account", "new", "-h"}, "-password-file"},
		tc{[]string{"tx", "resend", "--help"}, "-wait"},
		tc{[]string{"ballot", "sign", "--help"}, "-out"},
		tc{[]string{"--help"}, "commands:"},
		tc{[]string{"-h"}, "commands:"},
		tc{[]string{"help"}, "commands:"},
		tc{[]string{"help", "help"}, "commands:"},
		tc{[]string{"uniswap", "--help"}, "commands:"},
		tc{[]string{"--rpc", "http://127.0.0.1:1", "-h"}, "commands:"},
	)
	for _, c := range cases {
		e, stdout, stderr := testEnv(nil)
		code := run(context.Background(), e, c.args)
		if code != 0 || stderr.Len() != 0 || !strings.Contains(stdout.String(), c.want) || !strings.Contains(stdout.String(), "usage: daoterm") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 0, %q on stdout, nothing on stderr", c.args, code, clip(stdout.String()), stderr, c.want)
		}
		if strings.Contains(stdout.String(), "help requested") {
			t.Errorf("%q: prints %q", c.args, "help requested")
		}
	}
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// TestHelpCommandFlags: a command's help lists its own flags and a
// summary; the help of `help` for an unknown command suggests one.
func TestHelpCommandFlags(t *testing.T) {
	e, stdout, _ := testEnv(nil)
	if code := run(context.Background(), e, []string{"help", "vote"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"usage: daoterm vote ID", "-reason", "-password-file", "-governor", "Vote for, against or abstain"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("help vote lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout.String(), "commands:") {
		t.Errorf("help vote prints the top-level help:\n%s", stdout)
	}
	e, _, stderr := testEnv(nil)
	if code := run(context.Background(), e, []string{"help", "propsals"}); code != 2 || !strings.Contains(stderr.String(), `did you mean "proposals"`) {
		t.Errorf("help propsals: exit %d, stderr %q", code, stderr)
	}
}

// TestTopLevelHelp: the top-level help lists every command, the flags
// every DAO command takes, how to get a command's help, and the rounding
// rule.
func TestTopLevelHelp(t *testing.T) {
	e, stdout, _ := testEnv(nil)
	if code := run(context.Background(), e, []string{"--help"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	out := stdout.String()
	for _, name := range commandNames() {
		if !strings.Contains(out, "\n  "+name+" ") {
			t.Errorf("top-level help does not list %s", name)
		}
	}
	for _, want := range []string{"-rpc", "-governor", "-dao", "-config", "-json", "-block", "-timeout", "-keystore", "-account", "daoterm help <command>", "--version", "cut toward zero, never rounded up", "UTC"} {
		if !strings.Contains(out, want) {
			t.Errorf("top-level help lacks %q", want)
		}
	}
}

// TestVersion: --version and `version` print the module version (or
// "(devel)") and the Go version; a checkout's commit is named.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}, {"-version"}} {
		e, stdout, stderr := testEnv(nil)
		if code := run(context.Background(), e, args); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		out := stdout.String()
		if !strings.HasPrefix(out, "daoterm ") || !strings.Contains(out, runtime.Version()) {
			t.Errorf("%q: %q", args, out)
		}
	}
	bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/daoterm/daoterm", Version: "v1.2.3"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	if got, want := versionLine(bi), "daoterm v1.2.3 (commit 0123456789ab, 2026-01-02T03:04:05Z, modified) "+runtime.Version(); !strings.HasPrefix(got, want) {
		t.Errorf("versionLine = %q, want prefix %q", got, want)
	}
	if got := versionLine(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}); !strings.HasPrefix(got, "daoterm (devel) go") {
		t.Errorf("devel build: %q", got)
	}
	if got := versionLine(nil); !strings.HasPrefix(got, "daoterm (devel) go") {
		t.Errorf("no build info: %q", got)
	}
}

// TestTypoSuggestsCommand: a mistyped command is answered with the
// command, not "no DAO named"; a mistyped DAO name still gets DAO
// suggestions, from the config's names and the registry's slugs.
func TestTypoSuggestsCommand(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	body := "[[dao]]\nname = \"modelcommons\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"\n\n" +
		"[[dao]]\nname = \"other\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"\n"
	if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"propsals"}, `did you mean "proposals"`},
		{[]string{"holdres", "--config", cfg}, `did you mean "holders"`},
		{[]string{"treasry"}, `did you mean "treasury"`},
		{[]string{"modelcomons", "--config", cfg}, `did you mean "modelcommons"`},
		{[]string{"uniswp", "--config", cfg}, `did you mean "uniswap"`},
		{[]string{"proposals", "modelcomons", "--config", cfg}, `did you mean "modelcommons"`},
	} {
		e, _, stderr := testEnv(nil)
		code := run(context.Background(), e, c.args)
		if code != 2 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and %q", c.args, code, stderr, c.want)
		}
		if strings.Contains(c.want, "proposals") && strings.Contains(stderr.String(), "no DAO named") {
			t.Errorf("%q: a command typo is answered as a DAO: %q", c.args, stderr)
		}
	}
}

// TestCompletionScripts: each script is valid for its shell where the
// shell is installed, and the bash one offers proposals for "pro", the
// subcommands, a command's flags and the DAO names daoterm lists.
func TestCompletionScripts(t *testing.T) {
	scripts := map[string]string{}
	for _, sh := range []string{"bash", "zsh", "fish"} {
		e, stdout, stderr := testEnv(nil)
		if code := run(context.Background(), e, []string{"completion", sh}); code != 0 {
			t.Fatalf("completion %s: exit %d: %s", sh, code, stderr)
		}
		scripts[sh] = stdout.String()
		if !strings.Contains(stdout.String(), "proposals") || !strings.Contains(stdout.String(), "__complete daos") {
			t.Errorf("completion %s lacks the commands or the DAO names", sh)
		}
	}
	e, _, _ := testEnv(nil)
	if code := run(context.Background(), e, []string{"completion", "tcsh"}); code != 2 {
		t.Errorf("completion tcsh: exit %d, want 2", code)
	}
	dir := t.TempDir()
	for sh, check := range map[string][]string{"bash": {"-n"}, "zsh": {"-n"}, "fish": {"--no-execute"}} {
		path, err := exec.LookPath(sh)
		if err != nil {
			t.Logf("%s is not installed: its script is not checked", sh)
			continue
		}
		file := filepath.Join(dir, "daoterm."+sh)
		if err := os.WriteFile(file, []byte(scripts[sh]), 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(path, append(check, file)...).CombinedOutput(); err != nil {
			t.Errorf("%s %v: %v\n%s", sh, check, err, out)
		}
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	// A stand-in daoterm for what the script asks of the binary.
	fake := filepath.Join(dir, "daoterm")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n[ \"$1 $2\" = \"__complete daos\" ] && printf 'mydao\\nuniswap\\n'\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	complete := func(words ...string) []string {
		t.Helper()
		var b strings.Builder
		b.WriteString("source " + filepath.Join(dir, "daoterm.bash") + "\nCOMP_WORDS=(" + fake)
		for _, w := range words {
			b.WriteString(" '" + w + "'")
		}
		b.WriteString(")\nCOMP_CWORD=" + strconv.Itoa(len(words)) + "\n_daoterm\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
		out, err := exec.Command(bash, "-c", b.String()).CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v\n%s", words, err, out)
		}
		return strings.Fields(string(out))
	}
	for _, c := range []struct {
		words []string
		want  []string
		not   []string
	}{
		{[]string{"pro"}, []string{"proposals", "proposal"}, []string{"holders"}},
		{[]string{"my"}, []string{"mydao"}, nil},
		{[]string{"account", ""}, []string{"list", "new", "import"}, nil},
		{[]string{"proposals", "--js"}, []string{"--json"}, nil},
		{[]string{"vote", "--rea"}, []string{"--reason"}, nil},
		{[]string{"account", "new", "--"}, []string{"--password-file", "--light"}, []string{"--json"}},
		{[]string{"proposals", "--dao", "uni"}, []string{"uniswap"}, nil},
		{[]string{"proposals", "--rpc", "http://x", ""}, []string{"mydao"}, nil},
		{[]string{"completion", ""}, []string{"bash", "zsh", "fish"}, nil},
		{[]string{"help", "vo"}, []string{"vote"}, nil},
		{[]string{"mydao", "--gov"}, []string{"--governor"}, nil},
		{[]string{"vote", "5", ""}, []string{"for", "against", "abstain", "split"}, nil},
		{[]string{"ballot", "sign", "5", "a"}, []string{"against", "abstain"}, []string{"for"}},
	} {
		got := complete(c.words...)
		for _, w := range c.want {
			if !contains(got, w) {
				t.Errorf("%q<TAB> offers %q, want %q among them", c.words, got, w)
			}
		}
		for _, w := range c.not {
			if contains(got, w) {
				t.Errorf("%q<TAB> offers %q, which it should not", c.words, w)
			}
		}
	}
}

// TestCompletionOtherShells: the zsh script offers the same candidates as
// bash (its shared scanner run under zsh), and fish completes command
// names, flags, subcommands and DAO names (via `complete -C`), where the
// shells are installed.
func TestCompletionOtherShells(t *testing.T) {
	dir := t.TempDir()
	fake := filepath.Join(dir, "daoterm")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n[ \"$1 $2\" = \"__complete daos\" ] && printf 'mydao\\nuniswap\\n'\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	script := func(sh string) string {
		e, stdout, _ := testEnv(nil)
		if code := run(context.Background(), e, []string{"completion", sh}); code != 0 {
			t.Fatalf("completion %s: exit %d", sh, code)
		}
		file := filepath.Join(dir, "daoterm."+sh)
		if err := os.WriteFile(file, stdout.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		return file
	}
	cases := []struct {
		line string
		want []string
	}{
		{"pro", []string{"proposals", "proposal"}},
		{"my", []string{"mydao"}},
		{"account ", []string{"list", "new", "import"}},
		{"proposals --js", []string{"--json"}},
		{"tx resend --wa", []string{"--wait"}},
	}
	if zsh, err := exec.LookPath("zsh"); err == nil {
		file := script("zsh")
		for _, c := range cases {
			words := strings.Fields(c.line)
			cur := ""
			if !strings.HasSuffix(c.line, " ") {
				cur, words = words[len(words)-1], words[:len(words)-1]
			}
			cmd := "compdef() { :; }\nsource " + file + "\n_daoterm_candidates " + fake + " '" + cur + "'"
			for _, w := range words {
				cmd += " '" + w + "'"
			}
			out, err := exec.Command(zsh, "-f", "-c", cmd).CombinedOutput()
			if err != nil {
				t.Fatalf("zsh %q: %v\n%s", c.line, err, out)
			}
			got := strings.Fields(string(out))
			for _, w := range c.want {
				if !contains(got, w) {
					t.Errorf("zsh: %q<TAB> offers %q, want %q", c.line, got, w)
				}
			}
		}
	} else {
		t.Log("zsh is not installed")
	}
	if fish, err := exec.LookPath("fish"); err == nil {
		file := script("fish")
		for _, c := range cases {
			cmd := exec.Command(fish, "--no-config", "-c", "source "+file+"; complete -C 'daoterm "+c.line+"'")
			cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("fish %q: %v\n%s", c.line, err, out)
			}
			var got []string
			for _, l := range strings.Split(string(out), "\n") {
				if f := strings.Fields(l); len(f) > 0 {
					got = append(got, f[0])
				}
			}
			for _, w := range c.want {
				if !contains(got, w) {
					t.Errorf("fish: %q<TAB> offers %q, want %q", c.line, got, w)
				}
			}
		}
	} else {
		t.Log("fish is not installed")
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// TestCompleteDAOs: the hidden `__complete daos` lists the config's names
// and the registry's slugs, and a broken config gives the slugs alone.
func TestCompleteDAOs(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(cfg, []byte("[[dao]]\nname = \"mine\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"\n\n[[dao]]\nname = \"has space\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e, stdout, stderr := testEnv(nil)
	if code := run(context.Background(), e, []string{completeCommand, "daos", "--config", cfg}); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	names := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if !contains(names, "mine") || !contains(names, "uniswap") || contains(names, "has space") {
		t.Errorf("__complete daos: %q", names)
	}
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[[dao]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e, stdout, stderr = testEnv(nil)
	if code := run(context.Background(), e, []string{completeCommand, "daos", "--config", bad}); code != 0 || stderr.Len() != 0 || !strings.Contains(stdout.String(), "uniswap") {
		t.Errorf("broken config: exit %d, stdout %q, stderr %q", code, clip(stdout.String()), stderr)
	}
}
