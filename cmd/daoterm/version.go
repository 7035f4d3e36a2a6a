package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// runVersion is `daoterm version` (and `daoterm --version`).
func runVersion(_ context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: daoterm version\n\nPrints daoterm's module version, the commit it was built from (when built\nfrom a git checkout) and the Go version it was built with.")
	}
	if err := fs.Parse(args); err != nil {
		return usageErr(err)
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("version takes no arguments"))
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(bi))
	return nil
}

// versionLine describes a build: "daoterm v1.2.3 (commit 0123456789ab,
// 2026-01-02T03:04:05Z, modified) go1.26.0 linux/amd64". The module
// version is "(devel)" for a build that go could not stamp; bi may be nil.
func versionLine(bi *debug.BuildInfo) string {
	version := "(devel)"
	var rev, at string
	modified := false
	if bi != nil {
		if v := bi.Main.Version; v != "" {
			version = v
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	var vcs []string
	if rev != "" {
		vcs = append(vcs, "commit "+rev[:min(12, len(rev))])
	}
	if at != "" {
		vcs = append(vcs, at)
	}
	if modified {
		vcs = append(vcs, "modified")
	}
	out := "daoterm " + safeLine(version, 80)
	if len(vcs) > 0 {
		out += " (" + safeLine(strings.Join(vcs, ", "), 120) + ")"
	}
	return out + " " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
}
