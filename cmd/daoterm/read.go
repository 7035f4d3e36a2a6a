package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/ui"
	"github.com/ethereum/go-ethereum/common"
)

// defaultReadTimeout bounds a whole read command unless --timeout or the
// config's timeout says otherwise.
const defaultReadTimeout = 2 * time.Minute

// readCmd is the shape every read command shares: flags, connect, read at
// the pinned block, check the chain is still the same, print a table or
// JSON.
type readCmd struct {
	flags   daoFlags
	json    bool
	block   uint64
	timeout time.Duration
	fs      *flag.FlagSet
	session *session
	cancel  context.CancelFunc
}

func newReadCmd(name, usage string) *readCmd {
	r := &readCmd{fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	r.flags.register(r.fs)
	r.fs.BoolVar(&r.json, "json", false, "print JSON (numbers in base units as decimal strings)")
	r.fs.Uint64Var(&r.block, "block", 0, "read at this block (default: the latest)")
	r.fs.DurationVar(&r.timeout, "timeout", 0, "give up after this long in all, e.g. 30s (default 2m, or timeout in the config file)")
	r.fs.Usage = func() {
		fmt.Fprintf(r.fs.Output(), "usage: daoterm %s\n%s", usage, summary(name))
		r.fs.PrintDefaults()
	}
	return r
}

// deadlineError is the cause of a read command's context running out.
type deadlineError struct {
	d    time.Duration
	from string // where the limit was set
}

func (e *deadlineError) Error() string {
	return fmt.Sprintf("gave up after %s (%s)", e.d, e.from)
}

// start parses args, starts the command's deadline and connects; it returns
// the command's context and the positional arguments. Call end when done.
func (r *readCmd) start(ctx context.Context, e *env, args []string, positional int) (context.Context, []string, error) {
	r.fs.SetOutput(e.stderr)
	rest, err := r.flags.parse(r.fs, args)
	if err != nil {
		return ctx, nil, err
	}
	if len(rest) > positional && r.flags.dao == "" && positional == 0 {
		r.flags.dao, rest = rest[0], rest[1:]
	}
	if len(rest) != positional {
		r.fs.Usage()
		return ctx, nil, usageErr(fmt.Errorf("expected %d argument(s), got %d", positional, len(rest)))
	}
	dao, cfg, err := r.flags.resolve(e)
	if err != nil {
		return ctx, nil, err
	}
	limit, from := defaultReadTimeout, "the default; change it with --timeout"
	if cfg != nil && cfg.Timeout > 0 {
		limit, from = cfg.Timeout, "timeout in "+cfg.Path
	}
	if r.flags.set["timeout"] {
		if r.timeout <= 0 {
			return ctx, nil, usageErr(fmt.Errorf("--timeout %s: give a positive duration such as 30s or 5m", r.timeout))
		}
		limit, from = r.timeout, "--timeout"
	}
	ctx, r.cancel = context.WithTimeoutCause(ctx, limit, &deadlineError{d: limit, from: from})
	var block *uint64
	if r.flags.set["block"] {
		block = &r.block
	}
	s, err := connectAt(ctx, dao, block)
	if err != nil {
		return ctx, nil, err
	}
	s.cache = r.flags.cacheOptions(e, cfg)
	r.session = s
	return ctx, rest, nil
}

// end closes the session and releases the deadline; when the deadline ran
// out it says so, naming the RPC and the request it was waiting for.
func (r *readCmd) end(ctx context.Context, err error) error {
	if r.session != nil {
		defer r.session.close()
	}
	if r.cancel != nil {
		defer r.cancel()
	}
	var de *deadlineError
	if err == nil || ctx.Err() == nil || !errors.As(context.Cause(ctx), &de) {
		return err
	}
	waiting := ""
	if r.session != nil {
		if last := r.session.client.LastCall(); last != "" {
			waiting = fmt.Sprintf(" (the last request sent to RPC %s: %s)", chain.RedactURL(r.session.dao.RPC), last)
		}
	}
	return fmt.Errorf("%s%s: %w: the node may be down or overloaded; try again, raise --timeout, or use another RPC", de, waiting, err)
}

func runProposals(ctx context.Context, e *env, args []string) error {
	return runRead(ctx, e, "proposals", args, func(ctx context.Context, r *readCmd, s *session) error {
		set, props, err := s.proposals(ctx, e.stderr)
		if err != nil {
			return err
		}
		gov.SortNewestFirst(props) // the dashboard's order
		info, err := s.displayInfo(ctx)
		if err != nil {
			return err
		}
		ends := make([]string, len(props))
		if !r.json {
			for i := range props {
				if ends[i], err = endsAt(ctx, s, props[i].VoteEnd); err != nil {
					return err
				}
			}
		}
		if err := s.verify(ctx); err != nil {
			return err
		}
		dec := info.Token.Decimals
		if r.json {
			out := make([]proposalJSON, len(props))
			for i := range props {
				out[i] = toProposalJSON(&props[i], set.Kind(&props[i]))
			}
			return writeJSON(e.stdout, out)
		}
		// A GOVERNOR column only when legacy governors are read: "current", or
		// the legacy governor's address.
		many := set.Len() > 1
		tw := newTable(e.stdout)
		head := "ID\tSTATE\tFOR\tAGAINST\tABSTAIN\tQUORUM\tENDS (UTC)\tTITLE\n"
		if many {
			head = "ID\tGOVERNOR\tSTATE\tFOR\tAGAINST\tABSTAIN\tQUORUM\tENDS (UTC)\tTITLE\n"
		}
		fmt.Fprint(tw, head)
		legacy := 0
		for i := range props {
			p := &props[i]
			id := shortID(p.ID)
			if many {
				g := "current"
				if p.Governor != s.dao.Governor {
					g, legacy = p.Governor.Hex(), legacy+1
				}
				id += "\t" + g
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
				id, p.State, amount(p.For, dec), amount(p.Against, dec), amount(p.Abstain, dec),
				quorumMark(p), ends[i], safeLine(p.Title, 60))
		}
		if err := footer(tw, e.stdout, "\n%d proposals on %s, read at block %d\n", len(props), safeLine(s.info.Name, 80), s.block); err != nil {
			return err
		}
		if many {
			fmt.Fprintf(e.stdout, "%d of them on %d legacy governor(s); `daoterm proposal ADDR:ID` names a legacy proposal whose id repeats (--no-legacy hides them)\n", legacy, set.Len()-1)
		}
		return nil
	})
}

func runProposal(ctx context.Context, e *env, args []string) (err error) {
	r := newReadCmd("proposal", "proposal ID [flags]")
	for _, a := range args {
		// "-5" would otherwise read as an unknown flag.
		if len(a) > 1 && a[0] == '-' && strings.Trim(a[1:], "0123456789") == "" {
			return usageErr(fmt.Errorf("proposal id %s is invalid: proposal ids are non-negative (decimal, or hex with 0x); list them with `daoterm proposals`", a))
		}
	}
	ctx, rest, err := r.start(ctx, e, args, 1)
	defer func() { err = r.end(ctx, err) }()
	if err != nil {
		return err
	}
	s := r.session
	set, p, err := s.proposal(ctx, e.stderr, rest[0])
	if err != nil {
		return err
	}
	gr, ok := set.Reader(p.Governor)
	if !ok {
		gr = s.gov
	}
	kind := gr.Kind()
	mine, err := s.votes(ctx, gr, p)
	if err != nil {
		return err
	}
	sort.SliceStable(mine, func(i, j int) bool { return mine[i].Weight.Cmp(mine[j].Weight) > 0 })
	if r.json {
		if err := s.verify(ctx); err != nil {
			return err
		}
		return writeJSON(e.stdout, toProposalDetailJSON(p, kind, mine))
	}
	info, err := s.displayInfo(ctx, p.Targets...)
	if err != nil {
		return err
	}
	ends, err := endsAt(ctx, s, p.VoteEnd)
	if err != nil {
		return err
	}
	if err := s.verify(ctx); err != nil {
		return err
	}
	dec := info.Token.Decimals
	w := e.stdout
	fmt.Fprintf(w, "%s\n\n", safeLine(p.Title, 200))
	fmt.Fprintf(w, "id        %s\n", p.ID)
	if set.Len() > 1 {
		role := "current"
		if p.Governor != s.dao.Governor {
			role = "legacy, " + kind.Short()
		}
		fmt.Fprintf(w, "governor  %s (%s)\n", p.Governor.Hex(), role)
	}
	fmt.Fprintf(w, "state     %s (block %d)\n", p.State, p.Block)
	fmt.Fprintf(w, "proposer  %s\n", p.Proposer.Hex())
	fmt.Fprintf(w, "voting    %s %d → %d (ends %s UTC)\n", s.info.Clock, p.VoteStart, p.VoteEnd, ends)
	if p.ETA != 0 {
		fmt.Fprintf(w, "eta       %s\n", time.Unix(int64(p.ETA), 0).UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(w, "for       %s\nagainst   %s\n", amount(p.For, dec), amount(p.Against, dec))
	if kind.HasAbstain() {
		fmt.Fprintf(w, "abstain   %s\n", amount(p.Abstain, dec))
	}
	counted := "for and abstain count"
	if !p.QuorumAbstain {
		counted = "only for counts"
	}
	fmt.Fprintf(w, "quorum    %s %s (%s)\n\n", amount(p.Quorum, dec), quorumMark(p), counted)
	fmt.Fprintln(w, "actions:")
	actions := ui.NewActionFormatter(info)
	for i, t := range p.Targets {
		sig := ""
		if i < len(p.Signatures) {
			sig = p.Signatures[i]
		}
		printAction(w, i+1, actions.Decode(t, p.Values[i], sig, p.Calldatas[i]))
	}
	fmt.Fprintf(w, "\n%s\n\nvotes (%d):\n", safeBlock(p.Description, 20000), len(mine))
	tw := newTable(w)
	fmt.Fprintf(tw, "VOTER\tSUPPORT\tWEIGHT\tSPLIT (FOR/AGAINST/ABSTAIN)\tREASON\n")
	for _, v := range mine {
		split := "-"
		if v.Split != nil {
			split = amount(v.Split.For, dec) + " / " + amount(v.Split.Against, dec) + " / " + amount(v.Split.Abstain, dec)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", v.Voter.Hex(), v.Support, amount(v.Weight, dec), split, safeLine(v.Reason, 80))
	}
	return tw.Flush()
}

// runRead runs the read command name ("name [DAO] [flags]"): flags,
// connect and pin a block (see start), then read with the session; r.end
// closes them and explains a timeout.
func runRead(ctx context.Context, e *env, name string, args []string, read func(ctx context.Context, r *readCmd, s *session) error) (err error) {
	r := newReadCmd(name, name+" [DAO] [flags]")
	ctx, _, err = r.start(ctx, e, args, 0)
	defer func() { err = r.end(ctx, err) }()
	if err != nil {
		return err
	}
	r.session.tty = terminalFile(e.stderr) // progress is drawn on a terminal only
	defer r.session.waitSaved()            // before end cancels ctx
	defer r.session.guardPipe(e)()
	return read(ctx, r, r.session)
}

// runOwnership runs `holders` or `delegates` (name): the token's ownership
// at the pinned block, checked against the pin, which show writes out.
func runOwnership(ctx context.Context, e *env, name string, args []string, show func(r *readCmd, snap *token.Snapshot) error) error {
	return runRead(ctx, e, name, args, func(ctx context.Context, r *readCmd, s *session) error {
		snap, err := s.ownership(ctx)
		if err != nil {
			return err
		}
		if err := s.verify(ctx); err != nil {
			return err
		}
		return show(r, snap)
	})
}

func runHolders(ctx context.Context, e *env, args []string) error {
	return runOwnership(ctx, e, "holders", args, func(r *readCmd, snap *token.Snapshot) error {
		if r.json {
			return writeHolders(e.stdout, snap)
		}
		tw := newTable(e.stdout)
		fmt.Fprintf(tw, "ADDRESS\tBALANCE\tSHARE\tDELEGATE\tVOTES\n")
		for _, h := range snap.Holders {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", h.Address.Hex(), amount(h.Balance, snap.Decimals),
				percent(h.Balance, snap.TotalSupply), addrOrDash(h.Delegate), amount(h.Votes, snap.Decimals))
		}
		return footer(tw, e.stdout, "\n%d holders of %s, total supply %s, read at block %d\n",
			len(snap.Holders), safeLine(snap.Symbol, 16), amount(snap.TotalSupply, snap.Decimals), snap.Block)
	})
}

func runDelegates(ctx context.Context, e *env, args []string) error {
	return runOwnership(ctx, e, "delegates", args, func(r *readCmd, snap *token.Snapshot) error {
		if r.json {
			out := delegatesJSON{Block: snap.Block, CustomUnits: snap.CustomUnits, Delegates: make([]delegateJSON, len(snap.Delegates))}
			for i, d := range snap.Delegates {
				out.Delegates[i] = delegateJSON{
					Address: d.Address.Hex(), Votes: d.Votes.String(),
					Share: share(d.Votes, snap.TotalVotes), Delegators: len(d.Delegators),
				}
			}
			return writeJSON(e.stdout, out)
		}
		tw := newTable(e.stdout)
		fmt.Fprintf(tw, "ADDRESS\tVOTES\tSHARE\tDELEGATORS\n")
		for _, d := range snap.Delegates {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", d.Address.Hex(), amount(d.Votes, snap.Decimals),
				percent(d.Votes, snap.TotalVotes), len(d.Delegators))
		}
		units := ""
		if snap.CustomUnits {
			units = " (custom voting units, from the token's DelegateVotesChanged events)"
		}
		return footer(tw, e.stdout, "\n%d delegates, %s votes delegated%s, read at block %d\n",
			len(snap.Delegates), amount(snap.TotalVotes, snap.Decimals), units, snap.Block)
	})
}

func runTreasury(ctx context.Context, e *env, args []string) error {
	return runRead(ctx, e, "treasury", args, func(ctx context.Context, r *readCmd, s *session) error {
		accounts, err := s.treasuries()
		if err != nil {
			return err
		}
		snap, err := s.treasuryAt(ctx, accounts)
		if err != nil {
			return err
		}
		if err := s.verify(ctx); err != nil {
			return err
		}
		if r.json {
			return writeJSON(e.stdout, toTreasuryJSON(snap))
		}
		w := e.stdout
		for _, a := range snap.Accounts {
			fmt.Fprintf(w, "%s\n", a.Address.Hex())
			tw := newTable(w)
			fmt.Fprintf(tw, "  ETH\t%s\n", amount(a.ETH, 18))
			for _, t := range a.Tokens {
				bal := amount(t.Balance, t.Decimals)
				switch {
				case t.Err != nil:
					bal = "unreadable (" + safeLine(t.Err.Error(), 80) + ")"
				case t.NFT:
					bal += " NFT"
				}
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", safeLine(t.Symbol, 16), bal, t.Address.Hex())
			}
			if err := tw.Flush(); err != nil {
				return err
			}
		}
		fmt.Fprintf(w, "\nflows (%d):\n", len(snap.Flows))
		tw := newTable(w)
		fmt.Fprintf(tw, "TIME (UTC)\tDIR\tAMOUNT\tASSET\tCOUNTERPARTY\tPROPOSAL\tTX\n")
		for _, f := range snap.Flows {
			prop := ""
			if f.Proposal != nil {
				prop = shortID(f.Proposal)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", time.Unix(int64(f.Time), 0).UTC().Format("2006-01-02 15:04"),
				f.Direction, amount(f.Amount, f.Asset.Decimals), assetSymbol(f.Asset), f.Counterparty.Hex(), prop, f.Tx.Hex())
		}
		return footer(tw, w, "\nread at block %d\n", snap.Block)
	})
}

// printAction prints one decoded action: target, value, and the function
// with its arguments, or the raw calldata when the selector is unknown.
func printAction(w io.Writer, n int, a ui.Action) {
	target := a.Target.Hex()
	if a.TargetName != "" {
		target = safeLine(a.TargetName, 60) + " " + target
	}
	fmt.Fprintf(w, "  %d. %s\n     value %s ETH\n", n, target, amount(a.Value, 18))
	if a.Func != "" {
		fmt.Fprintf(w, "     %s(", safeLine(a.Func, 80))
		for i, arg := range a.Args {
			if i > 0 {
				fmt.Fprint(w, ", ")
			}
			fmt.Fprintf(w, "%s: %s", safeLine(arg.Name, 40), safeLine(arg.Value, 120))
		}
		fmt.Fprintln(w, ")")
	}
	if len(a.Raw) > 0 {
		more := ""
		if a.RawLen > len(a.Raw) {
			more = fmt.Sprintf(" … (%d more bytes)", a.RawLen-len(a.Raw))
		}
		fmt.Fprintf(w, "     calldata 0x%x%s\n", a.Raw, more)
	}
	if a.Note != "" {
		fmt.Fprintf(w, "     (%s)\n", safeLine(a.Note, 200))
	}
}

// findProposal finds a proposal by its decimal id, its hex id (with or
// without 0x), a unique prefix of either, or the short form the tables show
// ("7f3a…91c2"); "ADDR:ID" names the governor too. Among the proposals of
// several governors, the current governor's (at current) wins, then a legacy
// governor's; an id on two legacy governors is an error that lists the
// ADDR:ID forms to choose from (see governor.Find).
func findProposal(props []gov.Proposal, current common.Address, ref string) (*gov.Proposal, error) {
	exact := func(p *gov.Proposal, id string) bool {
		id = strings.ToLower(id)
		return p.ID.String() == id || p.ID.Text(16) == strings.TrimPrefix(id, "0x")
	}
	if p, found, err := governor.Find(props, current, ref, exact); found || err != nil {
		return p, err
	}
	loose := func(p *gov.Proposal, id string) bool {
		id = strings.ToLower(id)
		dec, hex := p.ID.String(), p.ID.Text(16)
		if pre, suf, short := strings.Cut(id, "…"); short {
			return strings.HasPrefix(hex, pre) && strings.HasSuffix(hex, suf)
		}
		return id != "" && (strings.HasPrefix(dec, id) || strings.HasPrefix(hex, strings.TrimPrefix(id, "0x")))
	}
	p, found, err := governor.Find(props, current, ref, loose)
	if !found && err == nil {
		return nil, fmt.Errorf("no proposal %q on this DAO's governors: list them with `daoterm proposals`", strings.TrimSpace(ref))
	}
	return p, err
}

// JSON shapes. Numbers in base units are decimal strings; addresses EIP-55.
// A value that does not exist (yet) is null, never "0" or "": the quorum
// before the snapshot, the eta of a proposal never queued, the abstain
// votes of a governor without abstain, a holder without a delegate.

type proposalJSON struct {
	ID           string  `json:"id"`
	Governor     string  `json:"governor"` // the governor the proposal lives on: the current one or a legacy one
	Title        string  `json:"title"`
	State        string  `json:"state"`
	Proposer     string  `json:"proposer"`
	ForVotes     *string `json:"for_votes"`
	AgainstVotes *string `json:"against_votes"`
	AbstainVotes *string `json:"abstain_votes"` // null where the governor has no abstain (GovernorAlpha)
	Quorum       *string `json:"quorum"`        // null before the snapshot
	QuorumVotes  *string `json:"quorum_votes"`  // the votes that count towards the quorum (for, plus abstain where the governor counts it)
	VoteStart    uint64  `json:"vote_start"`
	VoteEnd      uint64  `json:"vote_end"`
	ETA          *uint64 `json:"eta"` // unix seconds; null until queued
	CreatedBlock uint64  `json:"created_block"`
	Block        uint64  `json:"block"`
}

type actionJSON struct {
	Target    string  `json:"target"`
	Value     string  `json:"value"`
	Signature *string `json:"signature"` // null where the governor takes none (OpenZeppelin)
	Calldata  string  `json:"calldata"`
}

type voteJSON struct {
	Voter   string     `json:"voter"`
	Support string     `json:"support"`
	Weight  string     `json:"weight"`
	Split   *splitJSON `json:"split"`  // a fractional vote's amounts; null for a plain vote
	Reason  *string    `json:"reason"` // null where the governor takes none (GovernorAlpha)
	Block   uint64     `json:"block"`
	Tx      string     `json:"tx"`
}

type splitJSON struct {
	For     string `json:"for"`
	Against string `json:"against"`
	Abstain string `json:"abstain"`
}

type proposalDetailJSON struct {
	proposalJSON
	Description string       `json:"description"`
	Actions     []actionJSON `json:"actions"`
	Votes       []voteJSON   `json:"votes"`
}

type holderJSON struct {
	Address  string  `json:"address"`
	Balance  string  `json:"balance"`
	Share    float64 `json:"share"`    // of the total supply, cut toward zero at 8 places
	Delegate *string `json:"delegate"` // null when the holder delegates to no one
	Votes    string  `json:"votes"`
}

// holdersJSON is `holders --json`: the holders at the block named.
type holdersJSON struct {
	Block uint64 `json:"block"`
	// CustomUnits: the token's votes are not its balances (read from its
	// DelegateVotesChanged logs).
	CustomUnits bool         `json:"custom_voting_units,omitempty"`
	Holders     []holderJSON `json:"holders"`
}

// delegatesJSON is `delegates --json`: the delegates at the block named.
type delegatesJSON struct {
	Block       uint64         `json:"block"`
	CustomUnits bool           `json:"custom_voting_units,omitempty"` // as in holdersJSON
	Delegates   []delegateJSON `json:"delegates"`
}

type delegateJSON struct {
	Address    string  `json:"address"`
	Votes      string  `json:"votes"`
	Share      float64 `json:"share"` // of the votes delegated, cut toward zero at 8 places
	Delegators int     `json:"delegators"`
}

type tokenBalanceJSON struct {
	Address  string  `json:"address"`
	Symbol   *string `json:"symbol"` // null when the token names none
	Decimals uint8   `json:"decimals"`
	Balance  *string `json:"balance"` // null when unreadable, with error
	NFT      bool    `json:"nft"`
	Error    *string `json:"error"` // why balanceOf could not be read; null when it was
}

type accountJSON struct {
	Address string             `json:"address"`
	ETH     string             `json:"eth"`
	Tokens  []tokenBalanceJSON `json:"tokens"`
}

type flowJSON struct {
	Account      string  `json:"account"`
	Block        uint64  `json:"block"`
	Time         string  `json:"time"`
	Tx           string  `json:"tx"`
	Direction    string  `json:"direction"`
	Asset        string  `json:"asset"`
	Symbol       *string `json:"symbol"` // null when the token names none
	Decimals     uint8   `json:"decimals"`
	Amount       string  `json:"amount"`
	Counterparty string  `json:"counterparty"`
	Proposal     *string `json:"proposal"` // the proposal whose execution moved it; null for none
}

type treasuryJSON struct {
	Block    uint64        `json:"block"`
	Accounts []accountJSON `json:"accounts"`
	Flows    []flowJSON    `json:"flows"`
}

func toProposalJSON(p *gov.Proposal, kind gov.Kind) proposalJSON {
	j := proposalJSON{
		ID: p.ID.String(), Governor: p.Governor.Hex(), Title: p.Title, State: p.State.String(), Proposer: p.Proposer.Hex(),
		ForVotes: optDecimal(p.For), AgainstVotes: optDecimal(p.Against), AbstainVotes: optDecimal(p.Abstain),
		Quorum: optDecimal(p.Quorum), QuorumVotes: optDecimal(p.QuorumVotes()), VoteStart: p.VoteStart, VoteEnd: p.VoteEnd,
		CreatedBlock: p.CreatedBlock, Block: p.Block,
	}
	if !kind.HasAbstain() {
		j.AbstainVotes = nil
	}
	if p.ETA != 0 {
		eta := p.ETA
		j.ETA = &eta
	}
	return j
}

func toProposalDetailJSON(p *gov.Proposal, kind gov.Kind, votes []gov.Vote) proposalDetailJSON {
	d := proposalDetailJSON{proposalJSON: toProposalJSON(p, kind), Description: p.Description,
		Actions: []actionJSON{}, Votes: []voteJSON{}}
	for i, t := range p.Targets {
		a := actionJSON{Target: t.Hex(), Value: decimal(p.Values[i]), Calldata: fmt.Sprintf("0x%x", p.Calldatas[i])}
		if i < len(p.Signatures) {
			a.Signature = optString(p.Signatures[i])
		}
		d.Actions = append(d.Actions, a)
	}
	for _, v := range votes {
		vj := voteJSON{Voter: v.Voter.Hex(), Support: v.Support.String(),
			Weight: v.Weight.String(), Block: v.Block, Tx: v.Tx.Hex()}
		if kind.HasReason() {
			reason := v.Reason
			vj.Reason = &reason
		}
		if v.Split != nil {
			vj.Split = &splitJSON{For: decimal(v.Split.For), Against: decimal(v.Split.Against), Abstain: decimal(v.Split.Abstain)}
		}
		d.Votes = append(d.Votes, vj)
	}
	return d
}

func toTreasuryJSON(snap *treasury.Snapshot) treasuryJSON {
	out := treasuryJSON{Block: snap.Block, Accounts: []accountJSON{}, Flows: []flowJSON{}}
	for _, a := range snap.Accounts {
		aj := accountJSON{Address: a.Address.Hex(), ETH: decimal(a.ETH), Tokens: []tokenBalanceJSON{}}
		for _, t := range a.Tokens {
			tj := tokenBalanceJSON{Address: t.Address.Hex(), Symbol: optString(t.Symbol), Decimals: t.Decimals, Balance: optDecimal(t.Balance), NFT: t.NFT}
			if t.Err != nil {
				msg := t.Err.Error()
				tj.Balance, tj.Error = nil, &msg
			}
			aj.Tokens = append(aj.Tokens, tj)
		}
		out.Accounts = append(out.Accounts, aj)
	}
	for _, f := range snap.Flows {
		fj := flowJSON{Account: f.Account.Hex(), Block: f.Block, Time: time.Unix(int64(f.Time), 0).UTC().Format(time.RFC3339),
			Tx: f.Tx.Hex(), Direction: string(f.Direction), Asset: "ETH", Symbol: optString(f.Asset.Symbol),
			Decimals: f.Asset.Decimals, Amount: decimal(f.Amount), Counterparty: f.Counterparty.Hex()}
		if !f.Asset.IsETH() {
			fj.Asset = f.Asset.Address.Hex()
		}
		if f.Proposal != nil {
			id := f.Proposal.String()
			fj.Proposal = &id
		}
		out.Flows = append(out.Flows, fj)
	}
	return out
}

// writeJSON prints v as indented JSON. encoding/json escapes C0 controls;
// C1 controls (U+009B is an 8-bit CSI), bidi overrides and zero-width
// characters are escaped here too, so chain text printed to a terminal
// cannot act on it. The decoded values are unchanged.
func writeJSON(w io.Writer, v any) error {
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	out = append(out, '\n')
	// Escape invisible characters (encoding/json leaves them raw). ASCII
	// runs, nearly all of a document, are copied as they are.
	var b bytes.Buffer
	start := 0
	for i := 0; i < len(out); {
		if out[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(out[i:])
		if isInvisible(r) {
			b.Write(out[start:i])
			fmt.Fprintf(&b, `\u%04x`, r)
			start = i + n
		}
		i += n
	}
	if start == 0 {
		_, err = w.Write(out)
		return err
	}
	b.Write(out[start:])
	_, err = w.Write(b.Bytes())
	return err
}

// isInvisible reports C1 controls, bidi controls and zero-width characters.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f, r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2060 && r <= 0x2069, r == 0x061c, r == 0xfeff:
		return true
	}
	return false
}

func newTable(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// footer flushes the table tw, then writes a summary line to w.
func footer(tw *tabwriter.Writer, w io.Writer, format string, args ...any) error {
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, format, args...)
	return err
}

func decimal(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// optDecimal is v as a decimal string, or nil (JSON null) when v is nil.
func optDecimal(v *big.Int) *string {
	if v == nil {
		return nil
	}
	s := v.String()
	return &s
}

// optString is s, or nil (JSON null) when s is "".
func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// deref is *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// optAddr is a as EIP-55 hex, or nil (JSON null) for the zero address.
func optAddr(a common.Address) *string {
	if a == (common.Address{}) {
		return nil
	}
	return optString(a.Hex())
}

// addrOrDash is a as EIP-55 hex, or "-" for the zero address (none).
func addrOrDash(a common.Address) string {
	if a == (common.Address{}) {
		return "-"
	}
	return a.Hex()
}

func assetSymbol(a treasury.Asset) string {
	if a.IsETH() {
		return "ETH"
	}
	return safeLine(a.Symbol, 16)
}

// share is part/whole as a fraction cut toward zero at 8 places (never
// rounded up, like every figure daoterm prints); 0 when whole is 0.
func share(part, whole *big.Int) float64 {
	if part == nil || whole == nil || whole.Sign() == 0 {
		return 0
	}
	n := new(big.Int).Mul(part, big.NewInt(1e8))
	n.Quo(n, whole)
	if n.IsUint64() && n.Uint64() <= 1<<53 {
		return float64(n.Uint64()) / 1e8 // both exact: the quotient is rounded once, as big.Rat rounds it
	}
	f, _ := new(big.Rat).SetFrac(n, big.NewInt(1e8)).Float64()
	return f
}

func quorumMark(p *gov.Proposal) string {
	switch {
	case p.Quorum == nil:
		return "-"
	case p.QuorumReached():
		return "yes"
	}
	return "no"
}

// endsAt is a timepoint as absolute UTC time; a future block's time is an
// estimate from the chain's recent block times and is marked "≈", as is
// every time of an L1 block clock (Arbitrum), counted at 12 s a block. A
// failure to read the chain is an error; a future block too far out to
// estimate is shown as its number.
func endsAt(ctx context.Context, s *session, timepoint uint64) (string, error) {
	future := s.info.Clock != gov.ClockTimestamp && timepoint > s.block && s.info.L1Block == 0
	if future {
		// The one read a future estimate needs; its errors are the chain's.
		if _, err := s.gov.BlockSeconds(ctx, s.info); err != nil {
			return "", fmt.Errorf("measuring the block time before block %d: %w", s.block, err)
		}
	}
	l1 := s.info.Clock != gov.ClockTimestamp && s.info.L1Block != 0 // estimated without a read
	t, err := s.gov.EstimateTime(ctx, s.info, timepoint)
	if err != nil {
		if (future || l1) && ctx.Err() == nil {
			return fmt.Sprintf("%s %d", s.info.Clock, timepoint), nil
		}
		return "", fmt.Errorf("reading the time of %s %d: %w", s.info.Clock, timepoint, err)
	}
	out := t.UTC().Format("2006-01-02 15:04")
	if future || l1 {
		out = "≈" + out
	}
	return out, nil
}
