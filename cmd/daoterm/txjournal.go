package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/journal"
)

// txUsage is the usage of `daoterm tx`.
const txUsage = `usage: daoterm tx list [--json] [--journal FILE]
       daoterm tx show HASH [--json] [--journal FILE]
       daoterm tx resend HASH [--rpc URL | --dao NAME] [--wait 3m] [--journal FILE]

list    the transactions daoterm signed, with their status
show    one of them in full, with its decoded call
resend  send one again exactly as signed (same nonce, same signature)`

// runTx is `daoterm tx list|show|resend`: the journal of signed
// transactions, seen and acted on from the command line.
func runTx(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || (args[0] != "list" && args[0] != "show" && args[0] != "resend") {
		fmt.Fprintln(e.stderr, txUsage)
		if len(args) > 0 && isHelpFlag(args[0]) {
			return flag.ErrHelp
		}
		if len(args) > 0 {
			return usageErr(fmt.Errorf("unknown subcommand %q: use list, show or resend", safeLine(args[0], 40)))
		}
		return usageErr(errors.New("missing subcommand: list, show or resend"))
	}
	sub := args[0]
	fs := flag.NewFlagSet("tx "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprintln(e.stderr, txUsage); fs.PrintDefaults() }
	var (
		asJSON  bool
		jnlPath string
		flags   daoFlags
		wait    time.Duration
		poll    time.Duration
	)
	fs.StringVar(&jnlPath, "journal", "", "journal file (default $XDG_STATE_HOME/daoterm/journal.jsonl; the demo's is demo-journal.jsonl beside it)")
	if sub == "resend" {
		flags.register(fs)
		fs.DurationVar(&wait, "wait", journal.DefaultAwaitTimeout, "how long to wait for it to be mined (0: send and return)")
		fs.DurationVar(&poll, "poll", time.Second, "how often to poll for the receipt")
	} else {
		fs.BoolVar(&asJSON, "json", false, "print JSON")
	}
	rest, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return usageErr(err)
	}
	want := 1
	if sub == "list" {
		want = 0
	}
	if len(rest) != want {
		fs.Usage()
		return usageErr(fmt.Errorf("tx %s takes %d argument(s), got %d", sub, want, len(rest)))
	}
	if jnlPath == "" {
		if jnlPath, err = journal.DefaultPath(e.getenv); err != nil {
			return err
		}
	}
	j, err := journal.Open(jnlPath)
	if err != nil {
		return err
	}
	switch sub {
	case "list":
		return txList(e, j, asJSON)
	case "show":
		return txShow(e, j, rest[0], asJSON)
	}
	flags.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { flags.set[fl.Name] = true })
	return txResend(ctx, e, j, rest[0], &flags, wait, poll)
}

// txJSON is one journal entry in `tx list --json` and `tx show --json`.
type txJSON struct {
	Hash       string  `json:"hash"`
	ChainID    string  `json:"chain_id"`
	Genesis    *string `json:"genesis"` // null in entries written before it was recorded
	From       string  `json:"from"`
	Nonce      uint64  `json:"nonce"`
	To         *string `json:"to"`
	Function   string  `json:"function"`
	ProposalID *string `json:"proposal_id"` // null when the call names no proposal
	Status     string  `json:"status"`
	Block      *uint64 `json:"block"` // null until mined
	Detail     *string `json:"detail"`
	ReplacedBy *string `json:"replaced_by"` // null unless another transaction took its nonce
	Created    *string `json:"created"`
	Updated    string  `json:"updated"`
	Summary    string  `json:"summary,omitempty"`
	Command    string  `json:"command,omitempty"`

	// show only
	Call *callJSON     `json:"call,omitempty"`
	Tx   *rawTxJSON    `json:"tx,omitempty"`
	Raw  hexutil.Bytes `json:"raw,omitempty"`
}

// callJSON is the decoded input of a transaction.
type callJSON struct {
	Signature string       `json:"signature,omitempty"`
	Args      []signer.Arg `json:"args,omitempty"`
	Error     string       `json:"error,omitempty"`
}

// rawTxJSON is what the signed bytes say.
type rawTxJSON struct {
	Type                 uint8  `json:"type"`
	Gas                  uint64 `json:"gas"`
	MaxFeePerGas         string `json:"max_fee_per_gas_wei"`
	MaxPriorityFeePerGas string `json:"max_priority_fee_per_gas_wei"`
	Value                string `json:"value_wei"`
	Input                string `json:"input"`
}

// toTxJSON converts an entry (with the decoded call and the signed bytes
// when full).
func toTxJSON(en journal.Entry, full bool) txJSON {
	out := txJSON{
		Hash: en.Hash.Hex(), ChainID: en.ChainID, From: en.From.Hex(), Nonce: *en.Nonce,
		Function: en.Function, ProposalID: optString(en.ProposalID), Status: string(en.Status), Block: optBlock(en.Block),
		Detail: optString(en.Detail), Updated: en.Updated.UTC().Format(time.RFC3339), Summary: en.Summary, Command: en.Command,
	}
	if en.Genesis != nil {
		out.Genesis = optString(en.Genesis.Hex())
	}
	if en.To != nil {
		out.To = optString(en.To.Hex())
	}
	if en.ReplacedBy != nil {
		out.ReplacedBy = optString(en.ReplacedBy.Hex())
	}
	if en.Created != nil {
		out.Created = optString(en.Created.UTC().Format(time.RFC3339))
	}
	if out.ProposalID == nil {
		out.ProposalID = optString(proposalOf(en))
	}
	if !full {
		return out
	}
	out.Raw = en.Raw
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(en.Raw); err != nil {
		out.Call = &callJSON{Error: "the signed bytes do not decode: " + err.Error()}
		return out
	}
	out.Tx = &rawTxJSON{Type: tx.Type(), Gas: tx.Gas(), MaxFeePerGas: tx.GasFeeCap().String(),
		MaxPriorityFeePerGas: tx.GasTipCap().String(), Value: tx.Value().String(), Input: hexutil.Encode(tx.Data())}
	if len(tx.Data()) == 0 {
		out.Call = &callJSON{Signature: "(no input: a plain transfer or a cancellation)"}
	} else if dc, err := signer.DecodeCall(tx.Data()); err != nil {
		out.Call = &callJSON{Error: err.Error()}
	} else {
		out.Call = &callJSON{Signature: dc.Signature, Args: dc.Args}
	}
	return out
}

// proposalOf reads the proposal id from a vote's input (entries written
// before the journal recorded it).
func proposalOf(en journal.Entry) string {
	tx := new(types.Transaction)
	if tx.UnmarshalBinary(en.Raw) != nil || !strings.HasPrefix(en.Function, "castVote") {
		return ""
	}
	if dc, err := signer.DecodeCall(tx.Data()); err == nil && len(dc.Args) > 0 && dc.Args[0].Name == "proposalId" {
		return dc.Args[0].Value
	}
	return ""
}

// chainLabel is "1337/0x1234abcd" (the genesis abbreviated), or the chain id
// with "?" when the genesis was not recorded.
func chainLabel(en journal.Entry) string {
	if en.Genesis == nil {
		return en.ChainID + "/?"
	}
	return en.ChainID + "/" + en.Genesis.Hex()[:10]
}

// txList prints every journal entry, oldest first.
func txList(e *env, j *journal.Journal, asJSON bool) error {
	es, err := j.Entries()
	if err != nil {
		return err
	}
	if asJSON {
		out := make([]txJSON, 0, len(es))
		for _, en := range es {
			out = append(out, toTxJSON(en, false))
		}
		return writeJSON(e.stdout, map[string]any{"journal": j.Path(), "transactions": out})
	}
	if len(es) == 0 {
		fmt.Fprintf(e.stderr, "the journal %s has no transactions\n", j.Path())
		return nil
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "CHAIN/GENESIS\tFROM\tNONCE\tHASH\tSTATUS\tWHAT\tUPDATED (UTC)")
	for _, en := range es {
		tj := toTxJSON(en, false)
		what := en.Function
		if tj.ProposalID != nil {
			if id, ok := new(big.Int).SetString(*tj.ProposalID, 10); ok {
				what += " " + shortID(id)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", chainLabel(en), en.From.Hex(), *en.Nonce, en.Hash.Hex(), en.Status,
			safeLine(what, 60), en.Updated.UTC().Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

// findEntry parses hash and finds its entry.
func findEntry(j *journal.Journal, arg string) (*journal.Entry, error) {
	b, err := hexutil.Decode(strings.TrimSpace(arg))
	if err != nil || len(b) != common.HashLength {
		return nil, usageErr(fmt.Errorf("%q is not a transaction hash (0x and 64 hex digits)", arg))
	}
	en, err := j.Find(common.BytesToHash(b))
	if err != nil {
		return nil, err
	}
	if en == nil {
		return nil, fmt.Errorf("%s is not in the journal %s (`daoterm tx list` shows what is)", common.BytesToHash(b).Hex(), j.Path())
	}
	return en, nil
}

// txShow prints one entry in full, with its decoded call.
func txShow(e *env, j *journal.Journal, arg string, asJSON bool) error {
	en, err := findEntry(j, arg)
	if err != nil {
		return err
	}
	tj := toTxJSON(*en, true)
	if asJSON {
		return writeJSON(e.stdout, tj)
	}
	rows := [][2]string{
		{"Hash", tj.Hash}, {"Status", tj.Status}, {"Chain", tj.ChainID}, {"Genesis", orDash(deref(tj.Genesis))},
		{"From", tj.From}, {"Nonce", fmt.Sprint(tj.Nonce)}, {"To", deref(tj.To)}, {"Function", tj.Function},
		{"Proposal id", orDash(deref(tj.ProposalID))}, {"Summary", tj.Summary},
	}
	if tj.Block != nil {
		rows = append(rows, [2]string{"Block", fmt.Sprint(*tj.Block)})
	}
	if tj.ReplacedBy != nil {
		rows = append(rows, [2]string{"Replaced by", *tj.ReplacedBy})
	}
	if tj.Detail != nil {
		rows = append(rows, [2]string{"Detail", *tj.Detail})
	}
	rows = append(rows, [2]string{"Created", orDash(deref(tj.Created))}, [2]string{"Updated", tj.Updated})
	if tj.Command != "" {
		rows = append(rows, [2]string{"Command", tj.Command})
	}
	if tj.Tx != nil {
		rows = append(rows, [2]string{"Gas limit", fmt.Sprint(tj.Tx.Gas)},
			[2]string{"Max fee", tj.Tx.MaxFeePerGas + " wei"}, [2]string{"Priority fee", tj.Tx.MaxPriorityFeePerGas + " wei"},
			[2]string{"Value", tj.Tx.Value + " wei"})
	}
	if c := tj.Call; c != nil {
		if c.Error != "" {
			rows = append(rows, [2]string{"Call", "not decoded: " + c.Error})
		} else {
			rows = append(rows, [2]string{"Call", c.Signature})
			for _, a := range c.Args {
				rows = append(rows, [2]string{"  " + a.Name, a.Value})
			}
		}
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r[0]))
	}
	for _, r := range rows {
		fmt.Fprintf(e.stdout, "%-*s  %s\n", width, r[0], safeLine(r[1], 2000))
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// txResend sends a journaled transaction again, exactly as signed, and
// waits for it like the signing commands do.
func txResend(ctx context.Context, e *env, j *journal.Journal, arg string, flags *daoFlags, wait, poll time.Duration) error {
	en, err := findEntry(j, arg)
	if err != nil {
		return err
	}
	rpcURL := flags.rpc
	if rpcURL == "" {
		dao, _, err := flags.resolve(e)
		if err != nil {
			return usageErr(fmt.Errorf("no RPC to send to: pass --rpc URL or --dao NAME (%w)", err))
		}
		rpcURL = dao.RPC
	}
	c, err := chain.Dial(ctx, rpcURL, chain.Options{})
	if err != nil {
		return err
	}
	defer c.Close()
	cur, err := j.Resend(ctx, c, en.Hash)
	var de *journal.DisplacedError
	switch {
	case errors.As(err, &de):
		return &safeError{fmt.Errorf("not sent: %s", de.Entry.Detail)}
	case err != nil:
		return &safeError{err}
	}
	fmt.Fprintf(e.stderr, "sent %s again (nonce %d, %s; journal %s)\n", cur.Hash.Hex(), *cur.Nonce, cur.Function, j.Path())
	if wait <= 0 {
		fmt.Fprintln(e.stdout, cur.Hash.Hex())
		return nil
	}
	o, err := j.Await(ctx, c, cur.Hash, journal.AwaitOptions{Poll: poll, Timeout: wait})
	if err != nil {
		return explain(err)
	}
	fmt.Fprintf(e.stdout, "%s mined in block %d: success (gas used %d)\n", o.Hash.Hex(), o.Block, o.GasUsed)
	return nil
}
