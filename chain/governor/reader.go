package governor

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DefaultBlockSeconds is the block time EstimateTime assumes when the chain
// has too few blocks to measure one (Ethereum mainnet's 12 s slot).
const DefaultBlockSeconds = 12.0

// blockTimeSample is how many recent blocks EstimateTime reads (in one
// header batch) to measure the block time.
const blockTimeSample = 100

// Reader reads one Governor contract. It is safe for concurrent use.
type Reader struct {
	c    Chain
	addr common.Address
	abi  *contractABI
	fam  family // the governor's family, as detected by New

	// What New read of Info's getters with its probe, at block probed:
	// Info at that block reads them from here (immutable after New).
	probed   uint64
	infoRead map[string]query.Result

	mu        sync.Mutex
	avgBlock  uint64  // the block avgSecond was measured at (0: not yet)
	avgSecond float64 // average seconds per block before avgBlock
}

// readerError is an error with a fixed message that still matches a
// sentinel (ErrNoCode, ErrNotGovernor) with errors.Is.
type readerError struct {
	msg  string
	kind error
}

func (e *readerError) Error() string { return e.msg }
func (e *readerError) Unwrap() error { return e.kind }

// Options tune NewWith.
type Options struct {
	// Family, when not empty, names the governor's family instead of
	// detecting it (the config's family key).
	Family gov.Family
	// Block, when not zero, is the block to probe at instead of the latest
	// (a caller that read the head already saves a round trip).
	Block uint64
}

// New probes the contract at addr at the latest block (NewWith: or at
// Options.Block), detects its family
// (OpenZeppelin v5 or v4 in any counting mode, GovernorBravo or
// GovernorAlpha) and returns a reader for it. It returns an error matching
// ErrNoCode when addr has no code, and ErrNotGovernor when the contract fits
// no supported family; the error says what was probed.
func New(ctx context.Context, c Chain, addr common.Address) (*Reader, error) {
	return NewWith(ctx, c, addr, Options{})
}

// NewWith is New with options.
func NewWith(ctx context.Context, c Chain, addr common.Address, opts Options) (*Reader, error) {
	a, err := parseABI()
	if err != nil {
		return nil, err
	}
	block := opts.Block
	if block == 0 {
		head, err := c.Head(ctx)
		if err != nil {
			return nil, err
		}
		block = head.Number.Uint64()
	}
	// The code is read while the governor is probed (one round trip, not
	// two); no code says more than whatever the probe made of that.
	type code struct {
		has bool
		err error
	}
	codeC := make(chan code, 1)
	go func() {
		has, err := c.HasCode(ctx, addr, block)
		codeC <- code{has, err}
	}()
	fam, read, err := detect(ctx, c, a, addr, block, opts.Family, append(slices.Clone(infoGetters), allTokenGetters...))
	switch got := <-codeC; {
	case got.err != nil:
		return nil, got.err
	case !got.has:
		return nil, &readerError{kind: ErrNoCode, msg: fmt.Sprintf(
			"governor %s has no code on chain %s (block %d): it is not a contract here; check --governor and --rpc",
			addr.Hex(), c.ChainID(), block)}
	case err != nil:
		return nil, err
	}
	return &Reader{c: c, addr: addr, abi: a, fam: fam, probed: block, infoRead: read}, nil
}

// infoGetters are the getters Info reads, then the family's token getters
// (allTokenGetters: every family's, which New reads with its probe so that
// Info at the block probed needs no CallAt of its own).
var (
	infoGetters     = []string{"name", "version", "timelock", "votingDelay", "votingPeriod", "proposalThreshold"}
	allTokenGetters = []string{"comp", "uni", "token"}
)

// Kind returns what detection found: family, counting mode and clock. The
// timelock kind is filled in by Info, the token kind by the token reader.
func (r *Reader) Kind() gov.Kind { return r.fam.kind() }

// Address returns the governor's address.
func (r *Reader) Address() common.Address { return r.addr }

// callAt runs argument-less view methods of the governor at block.
func (r *Reader) callAt(ctx context.Context, block uint64, methods []string) ([]query.Result, error) {
	calls := make([]query.Call, len(methods))
	for i, m := range methods {
		data, err := r.abi.pack(m)
		if err != nil {
			return nil, err
		}
		calls[i] = query.Call{To: r.addr, Data: data}
	}
	res, err := r.c.CallAt(ctx, block, calls)
	if err != nil {
		return nil, fmt.Errorf("reading governor %s at block %d: %w", r.addr.Hex(), block, err)
	}
	if len(res) != len(calls) {
		return nil, fmt.Errorf("reading governor %s at block %d: %d results for %d calls", r.addr.Hex(), block, len(res), len(calls))
	}
	return res, nil
}

// ParseClockMode parses an ERC-6372 CLOCK_MODE string such as
// "mode=blocknumber&from=default" or "mode=timestamp".
func ParseClockMode(s string) (gov.ClockMode, error) {
	for _, part := range strings.Split(s, "&") {
		k, v, ok := strings.Cut(part, "=")
		if !ok || k != "mode" {
			continue
		}
		switch gov.ClockMode(v) {
		case gov.ClockBlockNumber:
			return gov.ClockBlockNumber, nil
		case gov.ClockTimestamp:
			return gov.ClockTimestamp, nil
		}
	}
	return "", fmt.Errorf("unsupported clock mode %q (want mode=blocknumber or mode=timestamp)", truncate(s, 80))
}

// Info reads the governor's name, version, token, timelock (and its kind),
// clock mode and settings at block, in two CallAts plus one header read for
// the block time, made while the calls are; at the block New probed, the
// first CallAt is the probe's.
func (r *Reader) Info(ctx context.Context, block uint64) (*gov.Info, error) {
	return r.info(ctx, block, nil, true)
}

// Settings is Info without the timelock's kind (Kind.Timelock is left
// empty; TimelockKind reads it), the block's time taken from clock where it
// is block's (a header the caller read: chain.Pin and the client's
// DialClock hold one), else from a header read: at the block New probed,
// given its clock, it makes no request.
func (r *Reader) Settings(ctx context.Context, block uint64, clock query.BlockClock) (*gov.Info, error) {
	if clock.Number != block || clock.Time == 0 {
		return r.info(ctx, block, nil, false)
	}
	return r.info(ctx, block, &clock, false)
}

// TimelockKind returns the kind of the governor's timelock (info is what
// Info or Settings read at block): what Info reads and Settings leaves
// out, in one CallAt.
func (r *Reader) TimelockKind(ctx context.Context, info *gov.Info, block uint64) (gov.TimelockKind, error) {
	k, err := r.timelockKind(ctx, info.Timelock, block)
	if err != nil {
		return "", fmt.Errorf("reading governor %s at block %d: %w", r.addr.Hex(), block, err)
	}
	return k, nil
}

// info is Info (timelock set) or Settings (clock given, timelock not).
func (r *Reader) info(ctx context.Context, block uint64, given *query.BlockClock, timelock bool) (*gov.Info, error) {
	type clock struct {
		bc  query.BlockClock
		err error
	}
	clockC := make(chan clock, 1)
	if given != nil {
		clockC <- clock{bc: *given}
	} else {
		go func() {
			var c clock
			c.bc, c.err = r.c.BlockClockAt(ctx, block)
			clockC <- c
		}()
	}
	getters := r.fam.tokenGetters()
	methods := append(slices.Clone(infoGetters), getters...)
	res, err := r.infoCalls(ctx, block, methods)
	if err != nil {
		return nil, err
	}
	info := &gov.Info{Address: r.addr, Block: block, Kind: r.fam.kind(), Clock: r.fam.kind().Clock}
	fail := func(err error) (*gov.Info, error) {
		return nil, fmt.Errorf("reading governor %s at block %d: %w", r.addr.Hex(), block, err)
	}
	for _, i := range []int{3, 4, 5} {
		if res[i].Err != nil {
			return fail(fmt.Errorf("%s(): %w", methods[i], res[i].Err))
		}
	}
	if res[0].Err == nil {
		if info.Name, err = r.abi.callString("name", res[0].Data); err != nil {
			return fail(err)
		}
	}
	if res[1].Err == nil && len(res[1].Data) > 0 {
		if info.Version, err = r.abi.callString("version", res[1].Data); err != nil {
			return fail(err)
		}
	}
	if res[2].Err == nil && len(res[2].Data) > 0 { // GovernorTimelockControl / Compound, Alpha, Bravo
		if info.Timelock, err = r.abi.callAddress("timelock", res[2].Data); err != nil {
			return fail(err)
		}
	}
	for i, g := range getters {
		if rr := res[6+i]; rr.Err == nil && len(rr.Data) > 0 {
			if info.Token, err = r.abi.callAddress(g, rr.Data); err != nil {
				return fail(err)
			}
			break
		}
	}
	if info.VotingDelay, err = r.abi.callBig("votingDelay", res[3].Data); err != nil {
		return fail(err)
	}
	if info.VotingPeriod, err = r.abi.callBig("votingPeriod", res[4].Data); err != nil {
		return fail(err)
	}
	if info.ProposalThreshold, err = r.abi.callBig("proposalThreshold", res[5].Data); err != nil {
		return fail(err)
	}
	if timelock {
		if info.Kind.Timelock, err = r.timelockKind(ctx, info.Timelock, block); err != nil {
			return fail(err)
		}
	}
	c := <-clockC
	if c.err != nil {
		return nil, c.err
	}
	bc := c.bc
	info.BlockTime = bc.Time
	if bc.HasL1 {
		info.L1Block = bc.L1Block
	}
	return info, nil
}

// infoCalls returns the results of Info's getters at block: those New read
// with its probe when block is the one it probed, else from a CallAt.
func (r *Reader) infoCalls(ctx context.Context, block uint64, methods []string) ([]query.Result, error) {
	if block == r.probed {
		res := make([]query.Result, len(methods))
		all := true
		for i, m := range methods {
			var ok bool
			res[i], ok = r.infoRead[m]
			all = all && ok
		}
		if all {
			return res, nil
		}
	}
	return r.callAt(ctx, block, methods)
}

// timelockKind probes a timelock: a Compound Timelock has GRACE_PERIOD(),
// a TimelockController getMinDelay().
func (r *Reader) timelockKind(ctx context.Context, tl common.Address, block uint64) (gov.TimelockKind, error) {
	if tl == (common.Address{}) {
		return gov.TimelockNone, nil
	}
	kinds, err := TimelockKinds(ctx, r.c, []common.Address{tl}, block)
	if err != nil {
		return "", err
	}
	return kinds[tl], nil
}

// timelockProbes are the getters that tell a Compound Timelock
// (GRACE_PERIOD) from an OpenZeppelin TimelockController (getMinDelay).
var timelockProbes = [2][]byte{
	crypto.Keccak256([]byte("GRACE_PERIOD()"))[:4],
	crypto.Keccak256([]byte("getMinDelay()"))[:4],
}

// TimelockKinds reads at block, in one CallAt, what kind of timelock each of
// addrs is (gov.TimelockNone for a contract that is neither, or no
// contract): what a governor's TimelockKind reads of its timelock, for
// callers that know the likely timelock before the governor is read.
func TimelockKinds(ctx context.Context, c query.Caller, addrs []common.Address, block uint64) (map[common.Address]gov.TimelockKind, error) {
	calls := make([]query.Call, 0, 2*len(addrs))
	for _, a := range addrs {
		for _, sel := range timelockProbes {
			calls = append(calls, query.Call{To: a, Data: sel})
		}
	}
	res, err := c.CallAt(ctx, block, calls)
	if err == nil && len(res) != len(calls) {
		err = fmt.Errorf("%d results for %d calls", len(res), len(calls))
	}
	if err != nil {
		return nil, fmt.Errorf("probing timelock %s: %w", addrs[0].Hex(), err)
	}
	out := make(map[common.Address]gov.TimelockKind, len(addrs))
	for i, a := range addrs {
		grace, delay := res[2*i], res[2*i+1]
		switch {
		case grace.Err == nil && len(grace.Data) == 32:
			out[a] = gov.TimelockCompound
		case delay.Err == nil && len(delay.Data) == 32:
			out[a] = gov.TimelockController
		default:
			out[a] = gov.TimelockNone
		}
	}
	return out, nil
}

// Votes returns every VoteCast and VoteCastWithParams event of the governor
// (GovernorAlpha's VoteCast(address,uint256,bool,uint256) included) in
// blocks [from, block], in chain order.
func (r *Reader) Votes(ctx context.Context, from, block uint64) ([]gov.Vote, error) {
	if from > block {
		return nil, fmt.Errorf("votes of governor %s: start block %d is after block %d", r.addr.Hex(), from, block)
	}
	q := r.EventQuery(from, block)
	q.Topics = [][]common.Hash{{r.abi.voteCast, r.abi.voteCastParams, r.abi.voteCastAlpha}}
	logs, err := r.c.Logs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("reading votes of governor %s: %w", r.addr.Hex(), err)
	}
	h := r.NewHistory()
	if err := h.Apply(logs); err != nil {
		return nil, err
	}
	return h.Votes(), nil
}

// EstimateTime returns the wall-clock time of a timepoint of the governor's
// clock. For a timestamp clock that is the timepoint itself. For a block
// clock, a past block's real timestamp is read, and a future block's time is
// extrapolated from info's block at the typical block time of the 100 blocks
// before it (the median interval, so that a time jump — a devnet's
// AdvanceTime, a chain halt — does not skew it; the mean when the median is 0,
// as on chains with several blocks a second). The block time is measured
// once per info.Block and cached.
func (r *Reader) EstimateTime(ctx context.Context, info *gov.Info, timepoint uint64) (time.Time, error) {
	if info == nil {
		return time.Time{}, fmt.Errorf("estimating the time of timepoint %d: no governor info", timepoint)
	}
	switch info.Clock {
	case gov.ClockTimestamp:
		if timepoint > math.MaxInt64 {
			return time.Time{}, fmt.Errorf("timestamp %d is out of range", timepoint)
		}
		return time.Unix(int64(timepoint), 0), nil
	case gov.ClockBlockNumber, "":
	default:
		return time.Time{}, fmt.Errorf("cannot estimate times for clock mode %q", info.Clock)
	}
	if info.L1Block != 0 {
		// Arbitrum: the clock counts L1 blocks, which this RPC cannot date;
		// count 12 s a block from the L1 block at info.Block.
		t, ok := gov.L1Time(time.Unix(int64(info.BlockTime), 0), info.L1Block, timepoint)
		if !ok {
			return time.Time{}, fmt.Errorf("L1 block %d is too far from L1 block %d to estimate its time", timepoint, info.L1Block)
		}
		return t, nil
	}
	if timepoint == info.Block {
		return time.Unix(int64(info.BlockTime), 0), nil
	}
	if timepoint < info.Block {
		times, err := r.c.BlockTimes(ctx, []uint64{timepoint})
		if err != nil {
			return time.Time{}, err
		}
		return time.Unix(int64(times[timepoint]), 0), nil
	}
	per, err := r.blockSeconds(ctx, info)
	if err != nil {
		return time.Time{}, err
	}
	secs := float64(timepoint-info.Block) * per
	if secs > 1e12 {
		return time.Time{}, fmt.Errorf("block %d is too far in the future to estimate its time", timepoint)
	}
	return time.Unix(int64(info.BlockTime)+int64(math.Round(secs)), 0), nil
}

// BlockSeconds returns the typical block time, in seconds, of the 100
// blocks before info.Block (the figure EstimateTime extrapolates with; see
// there), measured once per info.Block and cached. It costs one header batch
// the first time.
func (r *Reader) BlockSeconds(ctx context.Context, info *gov.Info) (float64, error) {
	if info == nil {
		return 0, fmt.Errorf("measuring the block time: no governor info")
	}
	return r.blockSeconds(ctx, info)
}

// blockSeconds measures the block time before info.Block, caching the result
// for that block. Block 0 is left out: a genesis timestamp is arbitrary.
func (r *Reader) blockSeconds(ctx context.Context, info *gov.Info) (float64, error) {
	r.mu.Lock()
	if r.avgBlock == info.Block && r.avgBlock != 0 {
		avg := r.avgSecond
		r.mu.Unlock()
		return avg, nil
	}
	r.mu.Unlock()
	first := uint64(1)
	if info.Block > blockTimeSample {
		first = info.Block - blockTimeSample
	}
	if info.Block <= first {
		return DefaultBlockSeconds, nil
	}
	blocks := make([]uint64, 0, info.Block-first)
	for b := first; b < info.Block; b++ {
		blocks = append(blocks, b)
	}
	times, err := r.c.BlockTimes(ctx, blocks)
	if err != nil {
		return 0, err
	}
	series := make([]uint64, 0, len(blocks)+1)
	for _, b := range blocks {
		series = append(series, times[b])
	}
	per := typicalInterval(append(series, info.BlockTime))
	r.mu.Lock()
	r.avgBlock, r.avgSecond = info.Block, per
	r.mu.Unlock()
	return per, nil
}

// typicalInterval is the median interval between consecutive timestamps, or
// their mean when the median is 0, or DefaultBlockSeconds when neither is
// measurable (fewer than two blocks, or time going backwards).
func typicalInterval(times []uint64) float64 {
	if len(times) < 2 || times[len(times)-1] <= times[0] {
		return DefaultBlockSeconds
	}
	gaps := make([]uint64, 0, len(times)-1)
	for i := 1; i < len(times); i++ {
		if times[i] < times[i-1] {
			return DefaultBlockSeconds
		}
		gaps = append(gaps, times[i]-times[i-1])
	}
	slices.Sort(gaps)
	n := len(gaps)
	med := float64(gaps[n/2])
	if n%2 == 0 {
		med = (float64(gaps[n/2-1]) + float64(gaps[n/2])) / 2
	}
	if med > 0 {
		return med
	}
	return float64(times[len(times)-1]-times[0]) / float64(n)
}

// truncate cuts s to at most n bytes for messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// bigToUint64 converts v, failing when it does not fit.
func bigToUint64(v *big.Int, what string) (uint64, error) {
	if v == nil || v.Sign() < 0 || !v.IsUint64() {
		return 0, fmt.Errorf("%s %v does not fit in 64 bits", what, v)
	}
	return v.Uint64(), nil
}
