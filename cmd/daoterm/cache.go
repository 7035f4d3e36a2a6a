package main

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/cache"
	"github.com/daoterm/daoterm/config"
)

// runCache shows (info) or removes (clear) the cache of synced chain state.
func runCache(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("daoterm cache", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	configPath := fs.String("config", "", "config file (default $XDG_CONFIG_HOME/daoterm/config.toml); its cache_dir says where the cache is")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: daoterm cache info|clear [--config FILE]\n\n  info   where the cache is, its size, what it holds per chain and contract,\n         and the limits each RPC showed (kept a week, so as not to be learned again)\n  clear  remove it (the next read syncs from the chain again)")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return usageErr(err)
	}
	if len(rest) != 1 || (rest[0] != "info" && rest[0] != "clear") {
		fs.Usage()
		return usageErr(fmt.Errorf("say info or clear"))
	}
	cfg, err := config.LoadEnv(*configPath, e.getenv)
	if err != nil {
		return usageErr(err)
	}
	var f daoFlags
	o := f.cacheOptions(e, cfg)
	if o.Dir == "" {
		return usageErr(fmt.Errorf("no cache directory: neither HOME nor XDG_CACHE_HOME is set; set cache_dir in the config"))
	}
	if rest[0] == "clear" {
		removed, err := cache.Clear(o.Dir)
		for _, p := range removed {
			fmt.Fprintf(e.stdout, "removed %s\n", safeLine(p, 400))
		}
		if err != nil {
			return err
		}
		if len(removed) == 0 {
			fmt.Fprintf(e.stdout, "the cache in %s is empty\n", safeLine(o.Dir, 400))
		}
		return nil
	}
	files, err := cache.List(o.Dir)
	if err != nil {
		return fmt.Errorf("listing the cache in %s: %w", o.Dir, err)
	}
	var total int64
	for _, fi := range files {
		total += fi.Size
	}
	fmt.Fprintf(e.stdout, "cache directory %s: %d file(s), %s\n", safeLine(o.Dir, 400), len(files), byteSize(total))
	for _, fi := range files {
		fmt.Fprintf(e.stdout, "\n%s (%s)\n", safeLine(fi.Path, 400), byteSize(fi.Size))
		if fi.Err != nil {
			fmt.Fprintf(e.stdout, "  unreadable: %s\n", safeLine(fi.Err.Error(), 400))
			continue
		}
		fmt.Fprintf(e.stdout, "  chain %s, genesis %s\n", safeLine(fi.ChainID, 40), fi.Genesis.Hex())
		tw := newTable(e.stdout)
		fmt.Fprintf(tw, "  WHAT\tBLOCK\tSIZE\n")
		for _, en := range fi.Entries {
			what := safeLine(en.Key, 200)
			if en.Version != cache.Version {
				what += fmt.Sprintf(" (format %d: not read by this daoterm)", en.Version)
			}
			fmt.Fprintf(tw, "  %s\t%d\t%s\n", what, en.Block, byteSize(int64(en.Size)))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, name := range slices.Sorted(maps.Keys(fi.Notes)) {
			key, ok := strings.CutPrefix(name, "provider/")
			if !ok {
				continue
			}
			if desc, ok := chain.DescribeProviderNote(fi.Notes[name], time.Now()); ok {
				fmt.Fprintf(e.stdout, "  RPC %s (a hash of its URL): %s\n", safeLine(key, 40), desc)
			}
		}
	}
	return nil
}

// byteSize formats a size in bytes for people.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
