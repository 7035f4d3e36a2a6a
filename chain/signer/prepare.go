package signer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	govt "github.com/daoterm/daoterm/chain/gov"

	"github.com/daoterm/daoterm/chain/signer/revert"
)

// ErrInsufficientFunds is returned by Prepare when the account cannot pay
// the most the transaction may cost.
var ErrInsufficientFunds = errors.New("insufficient funds for gas")

// Defaults for PrepareOptions.
const (
	defaultGasMarginPercent = 20
	defaultTipPercentile    = 50
	defaultFeeHistoryBlocks = 10
)

// PrepareOptions tune Prepare. The zero value is the safe default.
type PrepareOptions struct {
	// FromName is the account's name, shown in the review.
	FromName string
	// Nonce overrides the nonce (to replace a stuck transaction). Default: the
	// account's pending nonce, raised past any unsettled transaction of the
	// account in Journal.
	Nonce *uint64
	// Journal, when set, is consulted for the nonce (see Nonce); it is
	// usually a *journal.Journal.
	Journal NonceSource
	// GasMarginPercent is added to the pending-block gas estimate (default 20).
	GasMarginPercent uint64
	// TipPercentile is the eth_feeHistory reward percentile used as the
	// priority fee (default 50).
	TipPercentile float64
	// MinTip and MinMaxFee raise the fees to at least these (replacements
	// must pay more than the transaction they replace).
	MinTip, MinMaxFee *big.Int
}

// Review describes a prepared transaction completely: what is shown before
// asking for the passphrase. Strings that come from the chain (ToName,
// TokenSymbol, Args values, Warnings quoting them) are untrusted: sanitize
// before display.
type Review struct {
	ChainName string
	ChainID   *big.Int

	From     common.Address
	FromName string
	To       common.Address
	ToName   string // e.g. the governor's name() or the token's symbol; "" when unknown

	Kind      Kind
	Function  string
	Signature string
	Args      []Arg
	Value     *big.Int // wei sent with the call
	Data      []byte

	Nonce                uint64
	GasEstimate          uint64   // eth_estimateGas at the pending block
	GasLimit             uint64   // estimate plus margin
	BaseFee              *big.Int // next block's base fee, wei
	MaxFeePerGas         *big.Int // wei
	MaxPriorityFeePerGas *big.Int // wei
	MaxCost              *big.Int // GasLimit·MaxFeePerGas + Value, wei
	Balance              *big.Int // the sender's balance, wei

	// Votes (vote and relay): the voter, the proposal's snapshot and the
	// voter's voting power there (nil when it could not be read).
	Voter         common.Address
	Snapshot      uint64
	VotingPower   *big.Int
	AlreadyVoted  bool
	TokenSymbol   string
	TokenDecimals uint8

	// Delegation: the current delegate and the balance that moves.
	CurrentDelegate common.Address
	TokenBalance    *big.Int

	ProposalState string // "" when not a proposal call

	Block    uint64   // the latest block when the review was built
	Warnings []string // things the user should know before signing
}

// Prepared is a transaction ready to sign: the review and the unsigned
// transaction it describes.
type Prepared struct {
	Review Review
	tx     types.DynamicFeeTx

	genesis    common.Hash // the chain it was prepared on
	proposalID *big.Int    // the call's proposal, if any
	fixedNonce bool        // PrepareOptions.Nonce was given: SignNext keeps it
}

// Prepare checks and simulates call from the account from, then fills in gas,
// fees and nonce. The call is simulated with eth_call (from = the account)
// at the pending block: a revert comes back as *revert.Error (errors.Is
// revert.ErrReverted), decoded, and nothing is prepared. Gas is estimated at the
// pending block plus a margin; fees come from eth_feeHistory (priority fee
// = a reward percentile, max fee = 2·base fee + priority fee).
func Prepare(ctx context.Context, b Backend, from common.Address, call *Call, opts PrepareOptions) (*Prepared, error) {
	if call == nil {
		return nil, fmt.Errorf("nothing to prepare")
	}
	if from == (common.Address{}) {
		return nil, fmt.Errorf("no sending account")
	}
	if opts.GasMarginPercent == 0 {
		opts.GasMarginPercent = defaultGasMarginPercent
	}
	if opts.TipPercentile <= 0 || opts.TipPercentile > 100 {
		opts.TipPercentile = defaultTipPercentile
	}
	a := mustABIs()
	chainID := b.ChainID()
	genesis, err := b.Genesis(ctx)
	if err != nil {
		return nil, err
	}
	cref := ChainRef{ID: chainID, Genesis: genesis}
	r := Review{
		ChainName: chainName(chainID), ChainID: chainID,
		From: from, FromName: opts.FromName, To: call.To,
		Kind: call.Kind, Function: call.Function, Signature: call.Signature,
		Args: append([]Arg(nil), call.Args...), Value: new(big.Int).Set(bigOrZero(call.Value)),
		Data: append([]byte(nil), call.Data...),
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the latest block: %w", err)
	}
	r.Block = head.Number.Uint64()

	if call.Kind != KindCancel {
		code, err := b.CodeAt(ctx, call.To, nil)
		if err != nil {
			return nil, fmt.Errorf("reading code at %s: %w", call.To.Hex(), err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%s has no contract code on chain %s: check --governor / --rpc", call.To.Hex(), chainID)
		}
	}
	switch call.Kind {
	case KindVote, KindRelay:
		voter := from
		if call.Kind == KindRelay {
			voter = call.Voter
		}
		reviewVote(ctx, b, a, call, voter, &r)
	case KindDelegate:
		reviewDelegate(ctx, b, a, call, from, &r)
	case KindQueue, KindExecute:
		if err := reviewProposalCall(ctx, b, a, call, &r); err != nil {
			return nil, err
		}
	}

	// Simulate.
	args := newCallArgs(from, call.To, call.Data, call.Value)
	tag := "pending"
	if _, err := ethCall(ctx, b, args, tag); err != nil {
		if isPendingUnavailable(err) {
			tag = "latest"
			_, err = ethCall(ctx, b, args, tag)
		}
		if err != nil {
			if rev, ok := revertFromRPC(err); ok {
				return nil, &revert.Error{Op: "simulating " + call.Function, Revert: rev}
			}
			return nil, fmt.Errorf("simulating %s: %w", call.Function, err)
		}
	}
	// Estimate gas at the same block tag (pending: ERC20Votes checkpoint
	// writes cost more in a new block than at latest).
	var est hexutil.Uint64
	if err := b.CallContext(ctx, &est, "eth_estimateGas", args, tag); err != nil {
		if rev, ok := revertFromRPC(err); ok {
			return nil, &revert.Error{Op: "estimating gas for " + call.Function, Revert: rev}
		}
		return nil, fmt.Errorf("estimating gas for %s: %w", call.Function, err)
	}
	margin := opts.GasMarginPercent
	if tag == "latest" && margin < 50 {
		margin = 50 // the node could not estimate at the pending block
	}
	r.GasEstimate = uint64(est)
	r.GasLimit = r.GasEstimate + (r.GasEstimate*margin+99)/100
	if head.GasLimit > 0 && r.GasLimit > head.GasLimit {
		r.GasLimit = head.GasLimit
	}

	// Fees.
	base, tip, err := suggestFees(ctx, b, opts.TipPercentile)
	if err != nil {
		// No eth_feeHistory: the latest base fee and the node's tip suggestion.
		if head.BaseFee == nil {
			return nil, err
		}
		base = new(big.Int).Set(head.BaseFee)
		var t hexutil.Big
		if terr := b.CallContext(ctx, &t, "eth_maxPriorityFeePerGas"); terr != nil {
			return nil, fmt.Errorf("%w; eth_maxPriorityFeePerGas also failed: %v", err, terr)
		}
		tip = (*big.Int)(&t)
		r.Warnings = append(r.Warnings, "the node has no fee history: fees from the latest base fee and its tip suggestion")
	}
	if opts.MinTip != nil && tip.Cmp(opts.MinTip) < 0 {
		tip = new(big.Int).Set(opts.MinTip)
	}
	maxFee := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if opts.MinMaxFee != nil && maxFee.Cmp(opts.MinMaxFee) < 0 {
		maxFee = new(big.Int).Set(opts.MinMaxFee)
	}
	r.BaseFee, r.MaxPriorityFeePerGas, r.MaxFeePerGas = base, tip, maxFee
	r.MaxCost = new(big.Int).Mul(new(big.Int).SetUint64(r.GasLimit), maxFee)
	r.MaxCost.Add(r.MaxCost, r.Value)

	// Nonce.
	if opts.Nonce != nil {
		r.Nonce = *opts.Nonce
	} else {
		next, node, err := nextNonce(ctx, b, cref, from, opts.Journal)
		if err != nil {
			return nil, err
		}
		if next > node {
			r.Warnings = append(r.Warnings, fmt.Sprintf("nonce %d: after your unsettled transaction(s) in the journal (the node says %d)", next, node))
		}
		r.Nonce = next
	}

	bal, err := b.BalanceAt(ctx, from, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the balance of %s: %w", from.Hex(), err)
	}
	r.Balance = bal
	if bal.Cmp(r.MaxCost) < 0 {
		return nil, fmt.Errorf("%w: %s holds %s ETH but the transaction may cost up to %s ETH (gas %d × max fee %s gwei)",
			ErrInsufficientFunds, from.Hex(), FormatUnits(bal, 18), FormatUnits(r.MaxCost, 18), r.GasLimit, FormatUnits(maxFee, 9))
	}

	p := &Prepared{Review: r, genesis: genesis, fixedNonce: opts.Nonce != nil}
	if call.ProposalID != nil {
		p.proposalID = new(big.Int).Set(call.ProposalID)
	}
	to := call.To
	p.tx = types.DynamicFeeTx{
		ChainID:   new(big.Int).Set(chainID),
		Nonce:     r.Nonce,
		GasTipCap: new(big.Int).Set(tip),
		GasFeeCap: new(big.Int).Set(maxFee),
		Gas:       r.GasLimit,
		To:        &to,
		Value:     new(big.Int).Set(r.Value),
		Data:      append([]byte(nil), call.Data...),
	}
	return p, nil
}

// suggestFees returns the next block's base fee and a priority fee: the
// median over recent non-empty blocks of the percentile reward, else the
// node's eth_maxPriorityFeePerGas.
func suggestFees(ctx context.Context, b Backend, percentile float64) (base, tip *big.Int, err error) {
	fh, err := b.FeeHistory(ctx, defaultFeeHistoryBlocks, nil, []float64{percentile})
	if err != nil {
		return nil, nil, fmt.Errorf("reading fee history (eth_feeHistory): %w", err)
	}
	if len(fh.BaseFee) == 0 || fh.BaseFee[len(fh.BaseFee)-1] == nil {
		return nil, nil, fmt.Errorf("the node reports no base fee: chains without EIP-1559 are not supported")
	}
	base = new(big.Int).Set(fh.BaseFee[len(fh.BaseFee)-1])
	var rewards []*big.Int
	for i, rw := range fh.Reward {
		if i < len(fh.GasUsedRatio) && fh.GasUsedRatio[i] > 0 && len(rw) > 0 && rw[0] != nil {
			rewards = append(rewards, rw[0])
		}
	}
	if len(rewards) > 0 {
		sort.Slice(rewards, func(i, j int) bool { return rewards[i].Cmp(rewards[j]) < 0 })
		tip = new(big.Int).Set(rewards[len(rewards)/2])
	} else {
		var t hexutil.Big
		if err := b.CallContext(ctx, &t, "eth_maxPriorityFeePerGas"); err == nil {
			tip = (*big.Int)(&t)
		} else {
			tip = big.NewInt(params.GWei)
		}
	}
	if tip.Sign() <= 0 {
		tip = big.NewInt(1)
	}
	return base, tip, nil
}

// reviewVote adds the voter's power at the snapshot, hasVoted and the
// proposal state to a vote review. Read failures become warnings.
func reviewVote(ctx context.Context, b Backend, a *abis, call *Call, voter common.Address, r *Review) {
	gov := call.To
	r.Voter = voter
	if call.Kind == KindRelay {
		r.Warnings = append(r.Warnings, fmt.Sprintf("you relay %s's signed ballot and pay the gas; the vote counts for %s", voter.Hex(), voter.Hex()))
	}
	if name, err := viewString(ctx, b, &a.gov, gov, "name"); err == nil {
		r.ToName = name
	}
	if st, err := viewBig(ctx, b, &a.gov, gov, "state", call.ProposalID); err == nil && st.IsUint64() && st.Uint64() < 256 {
		r.ProposalState = revert.StateName(uint8(st.Uint64()))
		if st.Uint64() != uint64(govt.Active) {
			r.Warnings = append(r.Warnings, "the proposal is "+r.ProposalState+", not Active: votes are only accepted while it is Active")
		}
	}
	for _, getter := range []string{"token", "comp", "uni"} { // OpenZeppelin, Compound, Uniswap
		if tok, err := viewAddress(ctx, b, &a.gov, gov, getter); err == nil {
			r.TokenSymbol, r.TokenDecimals = tokenMeta(ctx, b, a, tok)
			break
		}
	}
	snap, err := viewBig(ctx, b, &a.gov, gov, "proposalSnapshot", call.ProposalID)
	if err != nil { // Compound: proposals(id).startBlock
		if vals, perr := viewCall(ctx, b, &a.gov, gov, "proposals", call.ProposalID); perr == nil && len(vals) == 4 {
			snap, _ = vals[3].(*big.Int)
			err = nil
		}
	}
	if err != nil || snap == nil || !snap.IsUint64() {
		r.Warnings = append(r.Warnings, "could not read the proposal's snapshot: voting power unknown")
	} else {
		r.Snapshot = snap.Uint64()
		power, err := viewBig(ctx, b, &a.gov, gov, "getVotes", voter, snap)
		if err != nil { // a Compound governor has no getVotes: ask its Comp-style token
			if tok, terr := compToken(ctx, b, a, gov); terr == nil {
				power, err = viewBig(ctx, b, &a.gov, tok, "getPriorVotes", voter, snap)
			}
		}
		switch {
		case err != nil:
			r.Warnings = append(r.Warnings, fmt.Sprintf("could not read voting power at snapshot %d (the snapshot may be in the future)", r.Snapshot))
		case power.Sign() == 0:
			r.VotingPower = power
			r.Warnings = append(r.Warnings, fmt.Sprintf("%s had NO voting power at the snapshot (%d): the vote will be recorded with weight 0. Voting power needs a delegation (even to yourself) before the snapshot", voter.Hex(), r.Snapshot))
		default:
			r.VotingPower = power
		}
	}
	if sp := call.Split; sp != nil { // the params in the token's units
		for i := range r.Args {
			if r.Args[i].Name == "params" {
				sym := " " + orDefault(r.TokenSymbol, "votes")
				r.Args[i].Value = fmt.Sprintf("for %s%s, against %s%s, abstain %s%s (three packed uint128)",
					groupThousands(FormatUnits(sp.For, r.TokenDecimals)), sym,
					groupThousands(FormatUnits(sp.Against, r.TokenDecimals)), sym,
					groupThousands(FormatUnits(sp.Abstain, r.TokenDecimals)), sym)
			}
		}
		if total := new(big.Int).Add(new(big.Int).Add(sp.For, sp.Against), sp.Abstain); r.VotingPower != nil && total.Cmp(r.VotingPower) > 0 {
			r.Warnings = append(r.Warnings, "the split adds up to more than your voting power at the snapshot: the governor will refuse it")
		}
	}
	voted, err := viewBool(ctx, b, &a.gov, gov, "hasVoted", call.ProposalID, voter)
	if err != nil { // Compound: getReceipt(id, voter).hasVoted
		voted, err = viewBool(ctx, b, &a.gov, gov, "getReceipt", call.ProposalID, voter)
	}
	switch {
	case err == nil && voted && call.Split != nil:
		// Fractional counting lets a voter cast the rest of their weight.
		r.Warnings = append(r.Warnings, voter.Hex()+" has already cast part of their weight on this proposal: a split may use only what is left")
	case err == nil && voted:
		r.AlreadyVoted = true
		r.Warnings = append(r.Warnings, voter.Hex()+" has already voted on this proposal")
	}
}

// compToken returns a Compound governor's token (comp() or uni()).
func compToken(ctx context.Context, b Backend, a *abis, gov common.Address) (common.Address, error) {
	tok, err := viewAddress(ctx, b, &a.gov, gov, "comp")
	if err != nil {
		tok, err = viewAddress(ctx, b, &a.gov, gov, "uni")
	}
	return tok, err
}

// tokenMeta reads symbol and decimals, tolerating failures.
func tokenMeta(ctx context.Context, b Backend, a *abis, tok common.Address) (string, uint8) {
	sym, _ := viewString(ctx, b, &a.token, tok, "symbol")
	dec := uint8(18)
	if d, err := viewBig(ctx, b, &a.token, tok, "decimals"); err == nil && d.IsUint64() && d.Uint64() <= 77 {
		dec = uint8(d.Uint64())
	}
	return truncate(sym, 32), dec
}

// reviewDelegate adds the current delegate and the balance to a delegation review.
func reviewDelegate(ctx context.Context, b Backend, a *abis, call *Call, from common.Address, r *Review) {
	r.TokenSymbol, r.TokenDecimals = tokenMeta(ctx, b, a, call.To)
	r.ToName = r.TokenSymbol
	if cur, err := viewAddress(ctx, b, &a.token, call.To, "delegates", from); err == nil {
		r.CurrentDelegate = cur
		if cur == call.Delegatee {
			r.Warnings = append(r.Warnings, "you already delegate to "+cur.Hex()+": this transaction changes nothing")
		}
	}
	if bal, err := viewBig(ctx, b, &a.token, call.To, "balanceOf", from); err == nil {
		r.TokenBalance = bal
		if bal.Sign() == 0 {
			r.Warnings = append(r.Warnings, "you hold no "+orDefault(r.TokenSymbol, "tokens")+": the delegation moves no voting power until you do")
		}
	}
	if call.Delegatee == (common.Address{}) {
		r.Warnings = append(r.Warnings, "delegating to the zero address removes your voting power")
	}
}

// reviewProposalCall checks a queue/execute call against the chain: the
// proposal hashes to its id, and its state allows the action.
func reviewProposalCall(ctx context.Context, b Backend, a *abis, call *Call, r *Review) error {
	gov := call.To
	if name, err := viewString(ctx, b, &a.gov, gov, "name"); err == nil {
		r.ToName = name
	}
	p := call.Proposal
	if p != nil {
		vals := make([]*big.Int, len(p.Values))
		for i, v := range p.Values {
			vals[i] = bigOrZero(v)
		}
		id, err := viewBig(ctx, b, &a.gov, gov, "hashProposal", p.Targets, vals, p.Calldatas, DescriptionHash(p.Description))
		if err == nil && id.Cmp(p.ID) != 0 {
			return fmt.Errorf("the proposal's targets, values, calldatas and description hash to %s on chain, not to its id %s: refusing to %s", id, p.ID, call.Function)
		}
	}
	if st, err := viewBig(ctx, b, &a.gov, gov, "state", call.ProposalID); err == nil && st.IsUint64() && st.Uint64() < 256 {
		r.ProposalState = revert.StateName(uint8(st.Uint64()))
	}
	if call.Kind == KindExecute {
		if eta, err := viewBig(ctx, b, &a.gov, gov, "proposalEta", call.ProposalID); err == nil && eta.Sign() > 0 {
			if h, err := b.HeaderByNumber(ctx, nil); err == nil && eta.IsUint64() && h.Time < eta.Uint64() {
				r.Warnings = append(r.Warnings, fmt.Sprintf("the timelock delay ends at unix time %d, %d s after the latest block", eta.Uint64(), eta.Uint64()-h.Time))
			}
		}
	}
	return nil
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
