package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/cmd/internal/backend"
	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/config/registry"
	"github.com/daoterm/daoterm/tui/format"
)

// runDaos lists the built-in registry of well-known DAOs, or shows one.
func runDaos(_ context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("daos", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print JSON (addresses EIP-55)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: daoterm daos [SLUG] [--json]\n\n"+
			"Lists the well-known DAOs daoterm knows, or shows one. Open one with\n"+
			"`daoterm SLUG --rpc URL` (or with $ETH_RPC_URL set); the RPC must be on the DAO's chain.\n\n")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageErr(err)
	}
	switch len(rest) {
	case 0:
		all := registry.All()
		if *asJSON {
			out := make([]registryJSON, len(all))
			for i := range all {
				out[i] = toRegistryJSON(&all[i])
			}
			return writeJSON(e.stdout, out)
		}
		return printRegistry(e.stdout, all)
	case 1:
		d, ok := registry.Lookup(rest[0])
		if !ok {
			return usageErr(fmt.Errorf("no well-known DAO %q: `daoterm daos` lists the slugs", safeLine(rest[0], 60)))
		}
		if *asJSON {
			return writeJSON(e.stdout, toRegistryJSON(&d))
		}
		return printRegistryDAO(e.stdout, &d)
	}
	fs.Usage()
	return usageErr(fmt.Errorf("expected at most one slug, got %d arguments", len(rest)))
}

// printRegistry prints the table of every DAO, then why the unreadable
// families cannot be read.
func printRegistry(w io.Writer, all []registry.DAO) error {
	tw := newTable(w)
	fmt.Fprintf(tw, "NAME\tSLUG\tCHAIN\tFAMILY\tREADABLE\tGOVERNOR\n")
	readable := 0
	var families []registry.Family
	slugs := map[registry.Family][]string{}
	for i := range all {
		d := &all[i]
		yes := "yes"
		if d.Supported {
			readable++
		} else {
			yes = "no (see below)"
			if slugs[d.Family] == nil {
				families = append(families, d.Family)
			}
			slugs[d.Family] = append(slugs[d.Family], d.Slug)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", d.Name, d.Slug, d.Chain, d.Family, yes, format.ShortAddr(d.Governor))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(families) > 0 {
		fmt.Fprintf(w, "\nnot readable yet:\n")
		for _, f := range families {
			fmt.Fprintf(w, "  %s (%s): %s\n", f, strings.Join(slugs[f], ", "), f.Reason())
		}
	}
	_, err := fmt.Fprintf(w, "\n%d well-known DAOs, %d readable by daoterm. Open one with `daoterm SLUG --rpc URL` (or set ETH_RPC_URL)\n"+
		"on a node of its chain; `daoterm daos SLUG` shows its addresses; a [[dao]] table may start from one with registry = \"SLUG\".\n",
		len(all), readable)
	return err
}

// printRegistryDAO prints one DAO with every address the registry has.
func printRegistryDAO(w io.Writer, d *registry.DAO) error {
	fmt.Fprintf(w, "%s (%s)\n\n", d.Name, d.Slug)
	tw := newTable(w)
	fmt.Fprintf(tw, "chain\t%s (chain id %d)\n", d.Chain, d.ChainID)
	fmt.Fprintf(tw, "governor\t%s\n", d.Governor.Hex())
	fam := string(d.Family)
	if d.Upgradeable {
		fam += ", upgradeable"
	}
	fmt.Fprintf(tw, "family\t%s (%s)\n", fam, d.FamilyText)
	if d.Supported {
		fmt.Fprintf(tw, "readable\tyes\n")
	} else {
		fmt.Fprintf(tw, "readable\tno: %s\n", d.Reason)
	}
	if d.Counting != "" {
		fmt.Fprintf(tw, "counting\t%s\n", d.Counting)
	}
	clock := d.ClockText
	if d.L1BlockClock {
		clock += "; timepoints count L1 (Ethereum) blocks"
	}
	fmt.Fprintf(tw, "clock\t%s\n", clock)
	fmt.Fprintf(tw, "token\t%s %s\n", d.Token.Hex(), d.TokenKind)
	if d.TimelockType != "" {
		fmt.Fprintf(tw, "timelock\t%s\n", d.TimelockType)
	}
	fmt.Fprintf(tw, "start\tgovernor %s, token %s: logs from block %d\n", blockOrUnknown(d.StartBlock), blockOrUnknown(d.TokenStartBlock), d.FirstBlock())
	fmt.Fprintf(tw, "confidence\t%s\n", d.Confidence)
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, l := range []struct {
		title string
		list  []registry.Contract
	}{
		{"timelocks", d.Timelocks}, {"treasuries", d.Treasuries}, {"legacy governors", d.LegacyGovernors},
		{"extra voting tokens", d.ExtraTokens}, {"other addresses", d.OtherAddresses},
	} {
		if len(l.list) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", l.title)
		tw := newTable(w)
		for _, c := range l.list {
			var extra []string
			if c.FamilyText != "" {
				extra = append(extra, c.FamilyText)
			}
			if c.StartBlock != 0 {
				extra = append(extra, fmt.Sprintf("from block %d", c.StartBlock))
			}
			if c.Confidence != "" {
				extra = append(extra, c.Confidence+" confidence")
			}
			note := ""
			if len(extra) > 0 {
				note = " (" + strings.Join(extra, ", ") + ")"
			}
			fmt.Fprintf(tw, "  %s\t%s%s\n", c.Address.Hex(), c.Label, note)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, l := range []struct {
		title string
		list  []string
	}{{"notes", d.Notes}, {"sources", d.Sources}} {
		if len(l.list) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", l.title)
		for _, s := range l.list {
			fmt.Fprintf(w, "  - %s\n", s)
		}
	}
	_, err := fmt.Fprintf(w, "\nopen it with: daoterm %s --rpc URL   (a node on %s)\n", d.Slug, d.Chain)
	return err
}

func blockOrUnknown(n uint64) string {
	if n == 0 {
		return "unknown"
	}
	return fmt.Sprint(n)
}

// registryJSON is one registry entry in `daoterm daos --json`. Addresses
// are EIP-55; what the registry does not know is null (a block, a reason
// for an entry daoterm reads, a token); lists are never null.
type registryJSON struct {
	Slug            string         `json:"slug"`
	Name            string         `json:"name"`
	Chain           string         `json:"chain"`
	ChainID         uint64         `json:"chain_id"`
	Governor        string         `json:"governor"`
	Family          *string        `json:"family"`
	FamilyText      *string        `json:"family_text"`
	Upgradeable     bool           `json:"upgradeable"`
	Readable        bool           `json:"readable"`
	Reason          *string        `json:"reason"` // why daoterm cannot read it; null when it can
	Counting        *string        `json:"counting"`
	Clock           *string        `json:"clock"`
	ClockText       *string        `json:"clock_text"`
	L1BlockClock    bool           `json:"l1_block_clock"`
	Token           *string        `json:"token"`
	TokenKind       *string        `json:"token_kind"`
	TimelockType    *string        `json:"timelock_type"`
	Timelocks       []contractJSON `json:"timelocks"`
	Treasuries      []contractJSON `json:"treasuries"`
	LegacyGovernors []contractJSON `json:"legacy_governors"`
	ExtraTokens     []contractJSON `json:"extra_tokens"`
	OtherAddresses  []contractJSON `json:"other_addresses"`
	StartBlock      *uint64        `json:"start_block"`
	TokenStartBlock *uint64        `json:"token_start_block"`
	FirstBlock      *uint64        `json:"first_block"`
	Confidence      *string        `json:"confidence"`
	Notes           []string       `json:"notes"`
	Sources         []string       `json:"sources"`
}

type contractJSON struct {
	Label      string  `json:"label"`
	Address    string  `json:"address"`
	Family     *string `json:"family"` // legacy governors only
	StartBlock *uint64 `json:"start_block"`
	Confidence *string `json:"confidence"` // the entry's when the contract has none of its own
}

func toRegistryJSON(d *registry.DAO) registryJSON {
	list := func(cs []registry.Contract) []contractJSON {
		out := make([]contractJSON, len(cs))
		for i, c := range cs {
			fam := string(c.Family)
			if fam == "" {
				fam = c.FamilyText
			}
			conf := c.Confidence
			if conf == "" {
				conf = d.Confidence
			}
			out[i] = contractJSON{Label: c.Label, Address: c.Address.Hex(), Family: optString(fam), StartBlock: optBlock(c.StartBlock), Confidence: optString(conf)}
		}
		return out
	}
	strs := func(s []string) []string { return append([]string{}, s...) }
	return registryJSON{
		Slug: d.Slug, Name: d.Name, Chain: d.Chain, ChainID: d.ChainID, Governor: d.Governor.Hex(),
		Family: optString(string(d.Family)), FamilyText: optString(d.FamilyText), Upgradeable: d.Upgradeable,
		Readable: d.Supported, Reason: optString(d.Reason), Counting: optString(d.Counting),
		Clock: optString(d.Clock), ClockText: optString(d.ClockText), L1BlockClock: d.L1BlockClock,
		Token: optAddr(d.Token), TokenKind: optString(d.TokenKind), TimelockType: optString(d.TimelockType),
		Timelocks: list(d.Timelocks), Treasuries: list(d.Treasuries), LegacyGovernors: list(d.LegacyGovernors),
		ExtraTokens: list(d.ExtraTokens), OtherAddresses: list(d.OtherAddresses),
		StartBlock: optBlock(d.StartBlock), TokenStartBlock: optBlock(d.TokenStartBlock), FirstBlock: optBlock(d.FirstBlock()),
		Confidence: optString(d.Confidence), Notes: strs(d.Notes), Sources: strs(d.Sources),
	}
}

// optBlock is a block number, or nil (JSON null) for 0: unknown.
func optBlock(n uint64) *uint64 {
	if n == 0 {
		return nil
	}
	return &n
}

// checkChain refuses an RPC endpoint on another chain than the DAO's
// (config.DAO.ChainID; 0 accepts any), naming both chains and the setting
// to change. Call it right after chain.Dial.
func checkChain(c *chain.Client, d *config.DAO) error {
	if d.ChainID == 0 {
		return nil
	}
	got, want := c.ChainID(), new(big.Int).SetUint64(d.ChainID)
	if got.Cmp(want) == 0 {
		return nil
	}
	from, fix := d.RPCFrom, d.RPCFrom
	switch from {
	case "", "--rpc":
		from, fix = "--rpc", "--rpc"
	case "rpc":
		fix = "this DAO's rpc in the config file (or pass --rpc)"
	case "$ETH_RPC_URL":
		fix = "$ETH_RPC_URL (or pass --rpc)"
	}
	wantName := knownChainName(want)
	article := "a"
	if strings.ContainsRune("AEIOU", rune(wantName[0])) {
		article = "an"
	}
	return usageErr(fmt.Errorf("%s is on chain %s%s but %s %s is chain %s%s: point %s at %s %s endpoint",
		daoLabel(d), want, inParens(want), from, chain.RedactURL(d.RPC), got, inParens(got), fix, article, wantName))
}

// daoLabel names d in messages: the slug for a registry DAO picked by slug,
// its configured name otherwise.
func daoLabel(d *config.DAO) string {
	if d.Registry != "" {
		if e, ok := registry.Lookup(d.Registry); ok && e.Name == d.Name {
			return d.Registry
		}
	}
	if d.Name != "" {
		return safeLine(d.Name, 60)
	}
	return "the DAO"
}

// knownChainName names a chain: the registry's name, then the names the
// dashboard knows, else "chain N".
func knownChainName(id *big.Int) string {
	if id.IsUint64() {
		if n, ok := registry.ChainName(id.Uint64()); ok {
			return n
		}
	}
	return backend.ChainName(id)
}

// inParens is " (Name)" for a chain with a name, "" otherwise.
func inParens(id *big.Int) string {
	n := knownChainName(id)
	if n == "chain "+id.String() {
		return ""
	}
	return " (" + n + ")"
}
