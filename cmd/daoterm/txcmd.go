package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
	"github.com/daoterm/daoterm/chain/signer/keystore"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/chain/signer/typeddata"
	"github.com/daoterm/daoterm/cmd/internal/backend"
)

// maxPassphraseTries is how often a wrong passphrase may be typed again.
const maxPassphraseTries = 3

// txCmd is the shape every signing command shares: DAO flags, the signing
// account, and the review → confirm → passphrase → sign → journal →
// broadcast → receipt path.
type txCmd struct {
	name         string
	usage        string
	fs           *flag.FlagSet
	flags        daoFlags
	passwordFile string
	yes          bool
	wait         time.Duration
	poll         time.Duration
	args         []string // as given, for the command recorded in the journal
	session      *session
	prompt       *prompter
	journal      *journal.Journal
	acct         keystore.Account
	from         common.Address
	pass         []byte // held only when the address had to be found by unlocking; zeroed on close
	timeout      time.Duration
	deadline     *pausableDeadline // bounds the time on the chain; see start
}

func newTxCmd(name, usage string) *txCmd {
	c := &txCmd{name: name, usage: usage, fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	c.flags.register(c.fs)
	c.fs.StringVar(&c.passwordFile, "password-file", "", "read the keystore passphrase from FILE (one line) instead of a hidden prompt")
	c.fs.BoolVar(&c.yes, "yes", false, "do not ask for confirmation (the checks and the simulation still run)")
	c.fs.DurationVar(&c.wait, "wait", journal.DefaultAwaitTimeout, "how long to wait for the transaction to be mined (0: print the hash and return); while waiting it is sent again if the node drops it")
	c.fs.DurationVar(&c.timeout, "timeout", 0, "give up after this long on the chain in all, prompts and the receipt wait (--wait) not counted, e.g. 30s (default 2m, or timeout in the config file)")
	c.fs.DurationVar(&c.poll, "poll", time.Second, "how often to poll for the receipt (every 10 polls the transaction is checked and sent again if the node lost it)")
	c.fs.Usage = func() {
		fmt.Fprintf(c.fs.Output(), "usage: daoterm %s\n%s", c.usage, summary(c.name))
		c.fs.PrintDefaults()
	}
	return c
}

// start parses args (flags anywhere), resolves the DAO, connects, opens the
// journal and reconciles it, and finds the signing account. It returns the
// positional arguments, which must number exactly positional.
func (c *txCmd) start(ctx context.Context, e *env, args []string, positional int) (context.Context, []string, error) {
	c.fs.SetOutput(e.stderr)
	c.args = args
	rest, err := c.flags.parse(c.fs, args)
	if err != nil {
		return ctx, nil, err
	}
	if len(rest) != positional {
		c.fs.Usage()
		return ctx, nil, usageErr(fmt.Errorf("expected %d argument(s), got %d", positional, len(rest)))
	}
	c.prompt = newPrompter(e)
	dao, cfg, err := c.flags.resolve(e)
	if err != nil {
		return ctx, nil, err
	}
	// The account first: a missing keystore is a usage error, before any RPC.
	dir, acctName, err := keystoreDir(e, cfg, c.flags.keystore, false)
	if err != nil {
		return ctx, nil, err
	}
	if c.flags.account != "" {
		acctName = c.flags.account
	}
	if acctName == "" {
		return ctx, nil, usageErr(errors.New("no account: pass --account NAME|ADDRESS (see `daoterm account list`) or set account in the config"))
	}
	if c.acct, err = keystore.Find(dir, acctName); err != nil {
		return ctx, nil, usageErr(err)
	}
	for _, w := range c.acct.Warnings {
		fmt.Fprintln(e.stderr, "warning:", w)
	}
	limit, from := defaultReadTimeout, "the default; change it with --timeout"
	if cfg != nil && cfg.Timeout > 0 {
		limit, from = cfg.Timeout, "timeout in "+cfg.Path
	}
	if c.flags.set["timeout"] {
		if c.timeout <= 0 {
			return ctx, nil, usageErr(fmt.Errorf("--timeout %s: give a positive duration such as 30s or 5m", c.timeout))
		}
		limit, from = c.timeout, "--timeout"
	}
	ctx, c.deadline = withPausableDeadline(ctx, limit, &deadlineError{d: limit, from: from})
	s, err := connect(ctx, dao)
	if err != nil {
		return ctx, nil, err
	}
	c.session = s
	jp, err := journal.DefaultPath(e.getenv)
	if err != nil {
		c.close()
		return ctx, nil, err
	}
	if c.journal, err = journal.Open(jp); err != nil {
		c.close()
		return ctx, nil, err
	}
	c.reconcile(ctx, e)
	if c.acct.HasAddress {
		c.from = c.acct.Address
	} else {
		// Foundry files may not record their address: unlock once to learn it
		// (the simulation needs it before signing).
		fmt.Fprintf(e.stderr, "%s does not record its address; unlocking it to find the address.\n", c.acct.Name)
		pass, addr, err := c.unlock(e, func(p []byte) (common.Address, error) { return keystore.Unlock(c.acct, p) })
		if err != nil {
			c.close()
			return ctx, nil, err
		}
		c.pass, c.from = pass, addr
	}
	return ctx, rest, nil
}

// close zeroes any held passphrase and closes the connection.
func (c *txCmd) close() {
	zero(c.pass)
	c.pass = nil
	if c.session != nil {
		c.session.close()
	}
}

// end closes the command and says, when its deadline ran out, how long it
// waited and for what (as a read command's end does).
func (c *txCmd) end(ctx context.Context, err error) error {
	c.close()
	if c.deadline != nil {
		defer c.deadline.stop()
	}
	var de *deadlineError
	if err == nil || ctx.Err() == nil || !errors.As(context.Cause(ctx), &de) {
		return err
	}
	waiting := ""
	if c.session != nil {
		if last := c.session.client.LastCall(); last != "" {
			waiting = fmt.Sprintf(" (the last request sent to RPC %s: %s)", chain.RedactURL(c.session.dao.RPC), last)
		}
	}
	return fmt.Errorf("%s%s: %w: the node may be down or overloaded; try again, raise --timeout, or use another RPC", de, waiting, err)
}

// reconcile brings the journal up to date and reports what changed.
func (c *txCmd) reconcile(ctx context.Context, e *env) {
	changes, err := c.journal.Reconcile(ctx, c.session.client)
	if err != nil {
		fmt.Fprintf(e.stderr, "warning: journal %s: %s\n", c.journal.Path(), safeLine(err.Error(), 300))
		return
	}
	for _, ch := range changes {
		if ch.Err != nil {
			fmt.Fprintf(e.stderr, "journal: %s %s: %s\n", ch.Entry.Hash.Hex(), ch.Entry.Function, safeLine(ch.Err.Error(), 300))
			continue
		}
		fmt.Fprintf(e.stderr, "journal: %s %s: %s → %s %s\n", ch.Entry.Hash.Hex(), ch.Entry.Function, ch.Old, ch.Entry.Status, safeLine(ch.Entry.Detail, 2000))
	}
}

// unlock asks for the passphrase (or reads --password-file) and runs try,
// asking again after a wrong passphrase on a terminal. The passphrase is
// returned to the caller, who must zero it.
func (c *txCmd) unlock(e *env, try func([]byte) (common.Address, error)) ([]byte, common.Address, error) {
	for attempt := 1; ; attempt++ {
		var pass []byte
		var err error
		if c.passwordFile != "" {
			pass, err = readPasswordFile(e, c.passwordFile)
		} else {
			c.deadline.while(func() { pass, err = c.prompt.secret(fmt.Sprintf("Passphrase for %s: ", c.acct.Label())) })
		}
		if err != nil {
			return nil, common.Address{}, err
		}
		addr, err := try(pass)
		if err == nil {
			return pass, addr, nil
		}
		zero(pass)
		if !errors.Is(err, signer.ErrWrongPassphrase) || c.passwordFile != "" || attempt >= maxPassphraseTries {
			return nil, common.Address{}, err
		}
		fmt.Fprintln(e.stderr, "wrong passphrase, try again")
	}
}

// printReview writes the review rows, sanitized, to w.
func printReview(w io.Writer, title string, extra []signer.Row, r *signer.Review) {
	fmt.Fprintf(w, "\n%s\n\n", title)
	rows := append(extra, r.Rows()...)
	width := 0
	for _, row := range rows {
		width = max(width, len(row.Label))
	}
	for _, row := range rows {
		fmt.Fprintf(w, "  %-*s  %s\n", width, row.Label, safeLine(row.Value, 400))
	}
	fmt.Fprintln(w)
}

// confirmAndSign asks for confirmation (unless --yes), then signs with the
// passphrase from --password-file or the hidden prompt (asking again after a
// wrong one). The passphrase bytes are zeroed afterwards either way.
func (c *txCmd) confirmAndSign(e *env, question string, sign func(pass []byte) (common.Address, error)) error {
	if !c.yes {
		var ok bool
		var err error
		c.deadline.while(func() { ok, err = c.prompt.confirm(question) })
		if err != nil {
			return err
		}
		if !ok {
			return errors.New("cancelled: nothing was signed")
		}
	}
	var err error
	if c.pass != nil {
		_, err = sign(c.pass)
		zero(c.pass)
		c.pass = nil
	} else {
		var pass []byte
		pass, _, err = c.unlock(e, sign)
		zero(pass)
	}
	if err != nil {
		return explain(err)
	}
	return nil
}

// maxPrepares bounds how often send prepares a transaction again after
// another transaction took its nonce.
const maxPrepares = 3

// send prepares call, shows the review, confirms, signs (a fresh nonce
// under the account lock), journals, broadcasts and (unless --wait 0) waits
// for the receipt, sending the transaction again while the node does not
// have it. When another transaction takes the nonce, the call is prepared
// again: simulated, reviewed (confirmed again unless --yes) and signed with
// a new nonce.
func (c *txCmd) send(ctx context.Context, e *env, call *signer.Call, extra []signer.Row) error {
	for attempt := 1; ; attempt++ {
		err := c.sendOnce(ctx, e, call, extra)
		var de *journal.DisplacedError
		if !errors.As(err, &de) {
			return err
		}
		if de.Entry.Status == journal.StatusCancelled {
			return &safeError{fmt.Errorf("%s was cancelled by %s: %s was not made", de.Entry.Hash.Hex(), de.Entry.ReplacedBy.Hex(), call.Function)}
		}
		fmt.Fprintf(e.stderr, "\n%s\n", safeLine(de.Entry.Detail, 2000))
		if attempt >= maxPrepares {
			return &safeError{fmt.Errorf("%s was not made: its nonce was taken %d times; nothing more was sent. To try again run: %s", call.Function, attempt, c.command())}
		}
		fmt.Fprintf(e.stderr, "Preparing %s again with a new nonce (attempt %d of %d).\n", call.Function, attempt+1, maxPrepares)
	}
}

// sendOnce is one prepare → review → sign → send → wait.
func (c *txCmd) sendOnce(ctx context.Context, e *env, call *signer.Call, extra []signer.Row) error {
	p, err := signer.Prepare(ctx, c.session.client, c.from, call, signer.PrepareOptions{FromName: c.acct.Name, Journal: c.journal})
	if err != nil {
		return explain(err)
	}
	printReview(e.stderr, "Review: "+call.Function, extra, &p.Review)
	var signed *signer.Signed
	var sendErr error
	err = c.confirmAndSign(e, "Sign and send this transaction? [y/N] ", func(pass []byte) (common.Address, error) {
		s, err := c.journal.Sign(ctx, c.session.client, p, c.acct, pass, journal.SignOptions{Broadcast: true, Command: c.command()})
		if s == nil {
			return common.Address{}, err
		}
		signed, sendErr = s, err
		return s.From, nil
	})
	if err != nil {
		return err
	}
	if signed.Nonce != p.Review.Nonce {
		fmt.Fprintf(e.stderr, "nonce %d, not %d as reviewed: another transaction of %s was signed meanwhile\n", signed.Nonce, p.Review.Nonce, signed.From.Hex())
	}
	if sendErr != nil {
		// Journaled, not accepted: waiting sends it again, and finds out if
		// the nonce went to another transaction.
		fmt.Fprintf(e.stderr, "signed %s (nonce %d; journal %s) but the node refused it: %s\n", signed.Hash.Hex(), signed.Nonce, c.journal.Path(), safeLine(nodeReason(sendErr), 300))
		if c.wait <= 0 {
			return &safeError{sendErr}
		}
		fmt.Fprintf(e.stderr, "sending it again while waiting up to %s\n", c.wait)
	} else {
		fmt.Fprintf(e.stderr, "sent %s (nonce %d; journal %s)\n", signed.Hash.Hex(), signed.Nonce, c.journal.Path())
	}
	if c.wait <= 0 {
		fmt.Fprintln(e.stdout, signed.Hash.Hex())
		return nil
	}
	var o *signer.Outcome
	c.deadline.while(func() {
		o, err = c.journal.Await(ctx, c.session.client, signed.Hash, journal.AwaitOptions{Poll: c.poll, Timeout: c.wait})
	})
	if err != nil {
		return explain(err)
	}
	fee := "?"
	if o.Fee != nil {
		fee = signer.FormatUnits(o.Fee, 18)
	}
	if o.Hash != signed.Hash {
		fmt.Fprintf(e.stderr, "%s was replaced by %s, which makes the same call\n", signed.Hash.Hex(), o.Hash.Hex())
	}
	fmt.Fprintf(e.stdout, "%s mined in block %d: success (gas used %d, fee %s ETH)\n", o.Hash.Hex(), o.Block, o.GasUsed, fee)
	return nil
}

// nodeReason is what the node said when it refused a transaction.
func nodeReason(err error) string {
	var be *journal.BroadcastError
	if errors.As(err, &be) {
		return be.Err.Error()
	}
	return err.Error()
}

// command is the daoterm command line that runs this command again, as
// typed, for the journal's "not cast" reports. An --rpc URL that may carry
// an API key is replaced by a placeholder.
func (c *txCmd) command() string {
	parts := []string{"daoterm", c.name}
	for i := 0; i < len(c.args); i++ {
		a := c.args[i]
		parts = append(parts, backend.ShellQuote(a))
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "rpc" {
			continue
		}
		if !hasVal && i+1 < len(c.args) {
			i++
			val = c.args[i]
			parts = append(parts, backend.ShellQuote(backend.SecretlessURL(val)))
		} else if hasVal {
			parts[len(parts)-1] = backend.ShellQuote(a[:strings.Index(a, "=")+1] + backend.SecretlessURL(val))
		}
	}
	return strings.Join(parts, " ")
}

// explain makes signer errors read well on the command line.
func explain(err error) error {
	var re *revert.Error
	switch {
	case errors.As(err, &re) && strings.HasPrefix(re.Op, "simulating"):
		err = fmt.Errorf("%w: nothing was signed or sent", err)
	case errors.Is(err, signer.ErrChainChanged) && strings.Contains(err.Error(), "check --rpc"):
		err = fmt.Errorf("%w; nothing was signed", err)
	case errors.Is(err, signer.ErrChainChanged):
		err = fmt.Errorf("%w: check --rpc; nothing was signed", err)
	case errors.Is(err, signer.ErrWrongPassphrase):
		err = fmt.Errorf("%w: nothing was signed", err)
	}
	return &safeError{err}
}

// safeError shows an error whose text may hold node or chain strings with
// the sanitizer applied; errors.Is/As still see the original.
type safeError struct{ err error }

// Error returns the sanitized message.
func (e *safeError) Error() string { return safeLine(e.err.Error(), 1000) }

// Unwrap returns the original error.
func (e *safeError) Unwrap() error { return e.err }

// proposal finds a proposal by id (as `daoterm proposal` accepts it, on
// the current or a legacy governor) and the writer of its own governor:
// every write about it goes there.
func (c *txCmd) proposal(ctx context.Context, e *env, id string) (*gov.Proposal, *governor.Writer, error) {
	set, p, err := c.session.proposal(ctx, e.stderr, id)
	if err != nil {
		return nil, nil, err
	}
	w, err := set.Router().For(p.Governor)
	if err != nil {
		return nil, nil, err
	}
	return p, w, nil
}

// proposalRows are the lines that name the proposal in a review.
func proposalRows(p *gov.Proposal) []signer.Row {
	return []signer.Row{
		{Label: "Proposal", Value: p.Title},
		{Label: "Proposal id", Value: p.ID.String()},
	}
}

// parseSupport reads for/against/abstain (or 1/0/2).
func parseSupport(s string) (gov.Support, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "for", "yes", "1":
		return gov.For, nil
	case "against", "no", "0":
		return gov.Against, nil
	case "abstain", "2":
		return gov.Abstain, nil
	}
	return 0, usageErr(fmt.Errorf("support %q: use for, against or abstain", s))
}

// parseSplit reads a split vote's amounts, in whole tokens with up to the
// token's decimals; a missing amount is 0.
func (c *txCmd) parseSplit(ctx context.Context, amounts [3]string) (*gov.Split, error) {
	if !c.session.gov.Kind().Splits() {
		return nil, usageErr(fmt.Errorf("governor %s counts %s votes: it takes no split votes; vote for, against or abstain",
			c.session.dao.Governor.Hex(), c.session.gov.Kind().Counting))
	}
	info, err := c.session.displayInfo(ctx)
	if err != nil {
		return nil, err
	}
	var v [3]*big.Int
	for i, name := range []string{"for", "against", "abstain"} {
		if v[i], err = parseUnits(amounts[i], int(info.Token.Decimals)); err != nil {
			return nil, usageErr(fmt.Errorf("--%s: %w", name, err))
		}
	}
	if v[0].Sign()+v[1].Sign()+v[2].Sign() == 0 {
		return nil, usageErr(errors.New("a split vote needs at least one of --for, --against and --abstain"))
	}
	return &gov.Split{For: v[0], Against: v[1], Abstain: v[2]}, nil
}

// parseUnits parses a decimal token amount ("1200.5") into base units; ""
// is 0.
func parseUnits(s string, decimals int) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return new(big.Int), nil
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > decimals {
		return nil, fmt.Errorf("%q has more than %d decimals", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || v.Sign() < 0 || strings.ContainsAny(whole, "+-") || len(digits) > 80 {
		return nil, fmt.Errorf("%q is not an amount of tokens", s)
	}
	return v, nil
}

// runVote is `daoterm vote ID for|against|abstain [--reason TEXT]`.
func runVote(ctx context.Context, e *env, args []string) (err error) {
	c := newTxCmd("vote", "vote ID for|against|abstain|split [--reason TEXT] [--for N --against N --abstain N] [flags]")
	var reason string
	var amounts [3]string
	c.fs.StringVar(&reason, "reason", "", "reason published with the vote (castVoteWithReason)")
	c.fs.StringVar(&amounts[0], "for", "", "split vote: votes for, in tokens (e.g. 1200.5)")
	c.fs.StringVar(&amounts[1], "against", "", "split vote: votes against, in tokens")
	c.fs.StringVar(&amounts[2], "abstain", "", "split vote: votes to abstain, in tokens")
	ctx, rest, err := c.start(ctx, e, args, 2)
	defer func() { err = c.end(ctx, err) }()
	if err != nil {
		return err
	}
	var (
		support gov.Support
		split   *gov.Split
	)
	if strings.EqualFold(strings.TrimSpace(rest[1]), "split") {
		if split, err = c.parseSplit(ctx, amounts); err != nil {
			return err
		}
	} else if support, err = parseSupport(rest[1]); err != nil {
		return err
	} else if amounts != [3]string{} {
		return usageErr(errors.New("--for, --against and --abstain go with support \"split\""))
	}
	p, w, err := c.proposal(ctx, e, rest[0])
	if err != nil {
		return err
	}
	call, err := signer.VoteCall(w, p.ID, support, reason, split)
	if err != nil {
		return usageErr(err)
	}
	return c.send(ctx, e, call, proposalRows(p))
}

// runDelegate is `daoterm delegate ADDR|self`.
func runDelegate(ctx context.Context, e *env, args []string) (err error) {
	c := newTxCmd("delegate", "delegate ADDRESS|self [flags]")
	ctx, rest, err := c.start(ctx, e, args, 1)
	defer func() { err = c.end(ctx, err) }()
	if err != nil {
		return err
	}
	to := c.from
	if !strings.EqualFold(rest[0], "self") {
		if to, err = chain.ParseAddress(rest[0]); err != nil {
			return usageErr(fmt.Errorf("delegatee: %w", err))
		}
	}
	call, err := signer.DelegateCall(c.session.token(), to)
	if err != nil {
		return err
	}
	return c.send(ctx, e, call, nil)
}

// runQueue is `daoterm queue ID`.
func runQueue(ctx context.Context, e *env, args []string) error {
	return proposalTx(ctx, e, args, "queue", signer.QueueCall)
}

// runExecute is `daoterm execute ID`.
func runExecute(ctx context.Context, e *env, args []string) error {
	return proposalTx(ctx, e, args, "execute", signer.ExecuteCall)
}

// proposalTx runs queue or execute.
func proposalTx(ctx context.Context, e *env, args []string, name string, build func(signer.Encoder, *gov.Proposal) (*signer.Call, error)) (err error) {
	c := newTxCmd(name, name+" ID [flags]")
	ctx, rest, err := c.start(ctx, e, args, 1)
	defer func() { err = c.end(ctx, err) }()
	if err != nil {
		return err
	}
	p, w, err := c.proposal(ctx, e, rest[0])
	if err != nil {
		return err
	}
	call, err := build(w, p)
	if err != nil {
		return err
	}
	return c.send(ctx, e, call, proposalRows(p))
}

// runBallot is `daoterm ballot sign ID SUPPORT [--out FILE]` and
// `daoterm ballot submit FILE`.
func runBallot(ctx context.Context, e *env, args []string) (err error) {
	if len(args) == 0 || (args[0] != "sign" && args[0] != "submit") {
		fmt.Fprintln(e.stderr, `usage: daoterm ballot sign ID for|against|abstain [--out FILE] [flags]
       daoterm ballot submit FILE [flags]

sign    signs a gasless ballot (EIP-712, for castVoteBySig) with your keystore
        account and writes it as JSON; anyone may relay it
submit  relays someone's signed ballot; your --account pays the gas
`+"`daoterm help ballot sign`"+` (or submit) lists the flags.`)
		if len(args) > 0 && isHelpFlag(args[0]) {
			return flag.ErrHelp
		}
		if len(args) > 0 {
			return usageErr(fmt.Errorf("unknown subcommand %q: use sign or submit", safeLine(args[0], 40)))
		}
		return usageErr(errors.New("missing subcommand: sign or submit"))
	}
	if args[0] == "submit" {
		return ballotSubmit(ctx, e, args[1:])
	}
	c := newTxCmd("ballot sign", "ballot sign ID for|against|abstain [--out FILE] [flags]")
	var out string
	c.fs.StringVar(&out, "out", "", "write the signed ballot JSON to FILE (default: standard output)")
	ctx, rest, err := c.start(ctx, e, args[1:], 2)
	defer func() { err = c.end(ctx, err) }()
	if err != nil {
		return err
	}
	support, err := parseSupport(rest[1])
	if err != nil {
		return err
	}
	p, w, err := c.proposal(ctx, e, rest[0])
	if err != nil {
		return err
	}
	pb, err := signer.PrepareBallot(ctx, c.session.client, w, c.from, p.ID, support, c.acct.Name)
	if err != nil {
		return explain(err)
	}
	printReview(e.stderr, "Review: gasless ballot (EIP-712 signature for castVoteBySig)", proposalRows(p), &pb.Review)
	var bl *typeddata.Ballot
	err = c.confirmAndSign(e, "Sign this ballot? [y/N] ", func(pass []byte) (common.Address, error) {
		b, err := pb.Sign(ctx, c.session.client, c.acct, pass)
		if err != nil {
			return common.Address{}, err
		}
		bl = b
		return b.Voter, nil
	})
	if err != nil {
		return err
	}
	data, err := bl.MarshalJSON()
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if out == "" {
		_, err = e.stdout.Write(data)
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "ballot written to %s: give it to a relayer (daoterm ballot submit %s)\n", out, out)
	return nil
}

// ballotSubmit relays someone's signed ballot; the --account pays the gas.
func ballotSubmit(ctx context.Context, e *env, args []string) (err error) {
	c := newTxCmd("ballot submit", "ballot submit FILE [flags]")
	ctx, rest, err := c.start(ctx, e, args, 1)
	defer func() { err = c.end(ctx, err) }()
	if err != nil {
		return err
	}
	f, err := os.Open(rest[0])
	if err != nil {
		return usageErr(err)
	}
	data, err := io.ReadAll(io.LimitReader(f, 1<<20))
	f.Close()
	if err != nil {
		return err
	}
	bl, err := typeddata.ParseBallot(data)
	if err != nil {
		return usageErr(err)
	}
	// The ballot's governor may be the current one or a legacy one: the
	// proposal is looked up on that governor, and a governor this DAO does
	// not have is refused before anything is checked or sent.
	p, _, err := c.proposal(ctx, e, bl.Governor.Hex()+":"+bl.ProposalID.String())
	if err != nil {
		return usageErr(fmt.Errorf("the ballot is for proposal %s on governor %s: %w: pass the matching --governor/--dao", bl.ProposalID, bl.Governor.Hex(), err))
	}
	if err := signer.CheckBallot(ctx, c.session.client, bl); err != nil {
		return explain(err)
	}
	call, err := signer.RelayCall(bl)
	if err != nil {
		return err
	}
	return c.send(ctx, e, call, proposalRows(p))
}
