package chain

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// forcedRequests is the number of requests a results cap forces on a
// history: the fewest contiguous ranges of whole blocks that each hold at
// most limit logs (greedy packing from the first block is optimal), a
// block alone over the limit counting as one. perBlock[i] is the count of
// block from+i.
func forcedRequests(perBlock []int, limit int) int {
	n, sum := 1, 0
	for i, k := range perBlock {
		if sum+k > limit && i > 0 && sum > 0 {
			n++
			sum = 0
		}
		sum += k
	}
	return n
}

// hindsightRequests is the fewest requests a fetch of perBlock's logs
// behind a cap of limit results makes when every range has the same span,
// the best one chosen with hindsight, and the provider suggests a range
// when it refuses one (a refusal costs a request, then the range
// suggested is asked for and the next range starts after it). It is what
// knowing the mean density and how the counts spread around it is worth
// to a fetch that learns a block's count only by asking for it: below it
// is out of reach on a history whose counts do not drift. It leaves out
// the probe and the range that shows the cap, which a fetch that knows
// neither pays for too.
func hindsightRequests(perBlock []int, limit int) int {
	prefix := make([]int, len(perBlock)+1)
	for i, k := range perBlock {
		prefix[i+1] = prefix[i] + k
	}
	mean := float64(prefix[len(perBlock)]) / float64(len(perBlock))
	best := math.MaxInt
	for aim := 0.3; aim <= 1.0001; aim += 0.002 {
		span := max(1, int(aim*float64(limit)/mean))
		n := 0
		for pos := 0; pos < len(perBlock) && n < best; {
			end := min(pos+span, len(perBlock)) // exclusive
			n++
			if prefix[end]-prefix[pos] > limit {
				end = fitEnd(prefix, pos, len(perBlock), limit) // refused: the range suggested
				n++
			}
			pos = end
		}
		best = min(best, n)
	}
	return best
}

// fitEnd is the end (exclusive) of the longest run of whole blocks from
// block from, up to stop, that holds at most limit logs, one block at
// least however many it holds: the range a provider suggests when it
// refuses one. prefix[i] is the logs in the blocks before i.
func fitEnd(prefix []int, from, stop, limit int) int {
	k := sort.Search(stop-from, func(k int) bool { return prefix[from+k+1]-prefix[from] > limit })
	return from + max(1, k)
}

// TestHindsightRequests: with every block alike, the best fixed span is
// exactly what the cap forces; on the scale devnets it is never below it,
// and on the default one, whose counts do not drift, it is the floor the
// README quotes (1.099× the forced requests, before the probe and the
// range that shows the cap).
func TestHindsightRequests(t *testing.T) {
	even := make([]int, 10_000)
	for i := range even {
		even[i] = 100
	}
	if got, want := hindsightRequests(even, 10_000), forcedRequests(even, 10_000); got != want {
		t.Errorf("even blocks: %d requests with hindsight, %d forced", got, want)
	}
	for _, kind := range []string{"100", "packed"} {
		h := scaleDevnetHistory(t, kind)
		got, forced := hindsightRequests(h, 10_000), forcedRequests(h, 10_000)
		t.Logf("%s: %d requests with hindsight for %d forced: %.3f×", kind, got, forced, float64(got)/float64(forced))
		if got < forced {
			t.Errorf("%s: %d requests with hindsight, fewer than the %d forced", kind, got, forced)
		}
		if kind == "100" && got != 111 {
			t.Errorf("default devnet: %d requests with hindsight, want 111 (as the README says)", got)
		}
	}
}

// unevenHistory is a synthetic history of blocks blocks whose log density
// changes from stretch to stretch (300 to 6,300 blocks at 0.2 to 40 logs a
// block, counts per block drawn around the density), with a burst of 200
// to 600 logs in one block in a thousand.
func unevenHistory(seed uint64, blocks int) []int {
	rng := rand.New(rand.NewPCG(seed, 7))
	out := make([]int, 0, blocks)
	for len(out) < blocks {
		stretch := 300 + rng.IntN(6000)
		dens := []float64{0.2, 3, 10, 25, 40}[rng.IntN(5)]
		for range stretch {
			k := int(math.Round(dens + rng.NormFloat64()*math.Sqrt(dens)))
			if rng.IntN(1000) == 0 {
				k += 200 + rng.IntN(400)
			}
			out = append(out, max(0, k))
		}
	}
	return out[:blocks]
}

// steadyHistory is a synthetic history of blocks blocks like a token's on
// a public chain: counts per block drawn around a density that drifts
// slowly (8 logs a block, ±30 % over 190,000 blocks), with a burst of 50 to
// 200 logs in one block in 2,000.
func steadyHistory(seed uint64, blocks int) []int {
	rng := rand.New(rand.NewPCG(seed, 11))
	phase := rng.Float64() * 2 * math.Pi
	out := make([]int, blocks)
	for i := range out {
		d := 8 * (1 + 0.3*math.Sin(phase+float64(i)/30_000))
		out[i] = max(0, int(math.Round(d+rng.NormFloat64()*math.Sqrt(d))))
		if rng.IntN(2000) == 0 {
			out[i] += 50 + rng.IntN(150)
		}
	}
	return out
}

// driftingHistory is a synthetic history whose density swings between 0.9
// and 6.9 logs a block over 63,000 blocks: near the low end a range's
// density doubles within it.
func driftingHistory(seed uint64, blocks int) []int {
	rng := rand.New(rand.NewPCG(seed, 13))
	phase := rng.Float64() * 2 * math.Pi
	out := make([]int, blocks)
	for i := range out {
		d := 3 * (1.3 + math.Sin(phase+float64(i)/10_000))
		out[i] = max(0, int(math.Round(d+rng.NormFloat64()*math.Sqrt(d))))
	}
	return out
}

// airdropHistory is a synthetic history of a sparse token (0.3 logs a
// block, a block of 300 in 5,000) with a claim period of 30,000 blocks at
// 30 logs a block.
func airdropHistory(seed uint64, blocks int) []int {
	rng := rand.New(rand.NewPCG(seed, 17))
	out := make([]int, blocks)
	for i := range out {
		d := 0.3
		if i > 10_000 && i < 40_000 {
			d = 30
		}
		if rng.IntN(5000) == 0 {
			d = 300
		}
		out[i] = max(0, int(math.Round(d+rng.NormFloat64()*math.Sqrt(d))))
	}
	return out
}

// scaleDevnetHistory is the token logs per block of a scale devnet
// (testdata): "100", the default scenario (10⁶ transfers, about 100 a
// block), "5m-100" (--transfers 5000000), or "packed" (--packed: blocks of
// up to 3,935 logs, 39 % of a 10,000-results cap). It starts at block
// scaleStartBlock, where daoterm's fetch on the chain itself starts:
// where the first ranges fall moves every range after them, by a request
// or two either way (at 5·10⁶, 552 to 557 with a suggested range over the
// first seven blocks as starts).
func scaleDevnetHistory(tb testing.TB, kind string) []int {
	b, err := os.ReadFile("testdata/scale-devnet-" + kind + "-per-block.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var out []int
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, n)
	}
	return out[scaleStartBlock:]
}

// scaleStartBlock is the block a scale devnet deploys its token in (the
// start_block of its --info file).
const scaleStartBlock = 3

// queryRange is the block range of an eth_getLogs call.
func queryRange(r rpcReq) (from, to uint64) {
	var q struct {
		From hexutil.Uint64 `json:"fromBlock"`
		To   hexutil.Uint64 `json:"toBlock"`
	}
	json.Unmarshal(r.Params[0], &q)
	return uint64(q.From), uint64(q.To)
}

// capStyle is how a provider words a refusal for too many results.
type capStyle int

const (
	capInfura  capStyle = iota // "… Try with this block range [0x…, 0x…]."
	capAlchemy                 // "… this block range should work: [0x…, 0x…]"
	capBare                    // "query returned more than N results", no range
	capNone                    // "limit exceeded": neither range nor number
)

// capFake serves perBlock's logs (block i holds perBlock[i] logs) and
// refuses any answer of more than limit logs in style's words, with the
// largest prefix of whole blocks within the limit as the suggestion. It
// counts eth_getLogs calls and refusals.
type capFake struct {
	perBlock []int
	prefix   []int  // prefix[i] = logs in blocks < i
	head     string // each log's JSON up to its block number
	limit    int
	style    capStyle

	mu       sync.Mutex
	calls    int
	refusals int
}

func newCapFake(perBlock []int, limit int, style capStyle) *capFake {
	f := &capFake{perBlock: perBlock, limit: limit, style: style, prefix: make([]int, len(perBlock)+1)}
	f.head = `{"address":"` + fakeAddr.Hex() + `","topics":["` + fakeTopic.Hex() + `"],"data":"0x","blockNumber":"0x`
	for i, k := range perBlock {
		f.prefix[i+1] = f.prefix[i] + k
	}
	return f
}

func (f *capFake) handle(r rpcReq) (any, *rpcErr) {
	if r.Method != "eth_getLogs" {
		return nil, &rpcErr{Code: -32601, Message: r.Method}
	}
	a, b := queryRange(r)
	from, to := int(a), min(int(b), len(f.perBlock)-1)
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	if n := f.prefix[to+1] - f.prefix[from]; n > f.limit {
		f.mu.Lock()
		f.refusals++
		f.mu.Unlock()
		end := fitEnd(f.prefix, from, to+1, f.limit) - 1
		a, b := hexutil.EncodeUint64(uint64(from)), hexutil.EncodeUint64(uint64(end))
		switch f.style {
		case capInfura:
			return nil, &rpcErr{Code: -32005, Message: fmt.Sprintf("query returned more than %d results. Try with this block range [%s, %s].", f.limit, a, b)}
		case capAlchemy:
			return nil, &rpcErr{Code: -32602, Message: fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of %d logs in the response. Based on your parameters, this block range should work: [%s, %s]", f.limit, a, b)}
		case capBare:
			return nil, &rpcErr{Code: -32005, Message: fmt.Sprintf("query returned more than %d results", f.limit)}
		default:
			return nil, &rpcErr{Code: -32005, Message: "limit exceeded"}
		}
	}
	buf := make([]byte, 0, 1+(f.prefix[to+1]-f.prefix[from])*len(f.appendLog(nil, 0, 0)))
	buf = append(buf, '[')
	for b := from; b <= to; b++ {
		for i := range f.perBlock[b] {
			if len(buf) > 1 {
				buf = append(buf, ',')
			}
			buf = f.appendLog(buf, b, i)
		}
	}
	return rawResult(append(buf, ']')), nil
}

// appendLog appends the JSON of log i of block b.
func (f *capFake) appendLog(out []byte, b, i int) []byte {
	out = append(out, f.head...)
	out = strconv.AppendUint(out, uint64(b), 16)
	out = append(out, `","transactionHash":"0x`...)
	var h [16]byte
	hex.Encode(h[:], binary.BigEndian.AppendUint64(nil, uint64(b<<20|i)))
	out = append(out, zeros48...)
	out = append(out, h[:]...)
	out = append(out, `","logIndex":"0x`...)
	out = strconv.AppendUint(out, uint64(i), 16)
	return append(out, `","removed":false}`...)
}

// zeros48 pads a transaction hash.
const zeros48 = "000000000000000000000000000000000000000000000000"

// capRun is one fetch of a history behind a capFake.
type capRun struct {
	calls, refusals, forced int
}

func (r capRun) ratio() float64 { return float64(r.calls) / float64(r.forced) }

// fetchUnderCap fetches perBlock's logs through LogsEach behind a capFake
// of limit results worded in style, checking that every log comes once,
// in order.
func fetchUnderCap(tb testing.TB, perBlock []int, limit int, style capStyle) capRun {
	return fetchFrom(tb, perBlock, limit, style, func(node *fakeNode) *Client { return dialFake(tb, node, Options{}, nil) })
}

// fetchFrom is fetchUnderCap through the client dial makes.
func fetchFrom(tb testing.TB, perBlock []int, limit int, style capStyle, dial func(*fakeNode) *Client) capRun {
	f := newCapFake(perBlock, limit, style)
	node := newFake(tb, chainIDHandler(1, withBlocks(^uint64(0), f.handle)))
	c := dial(node)
	got, last, total := 0, -1, 0
	for _, k := range perBlock {
		total += k
	}
	err := c.LogsEach(context.Background(), fakeQuery(0, uint64(len(perBlock)-1)), func(logs []types.Log) error {
		for _, l := range logs {
			if int(l.BlockNumber) < last {
				tb.Fatalf("log of block %d after block %d", l.BlockNumber, last)
			}
			last = int(l.BlockNumber)
		}
		got += len(logs)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if got != total {
		tb.Fatalf("%d logs, want %d", got, total)
	}
	f.mu.Lock() // the handler counted on the server's goroutines
	defer f.mu.Unlock()
	return capRun{calls: f.calls, refusals: f.refusals, forced: forcedRequests(perBlock, limit)}
}

// TestLogsUnderResultsCap: under a results cap worded as Infura, Alchemy
// or with no range suggested (with or without the cap's number), LogsEach
// hands on every log once, in order, and its eth_getLogs requests stay
// within a bound of the requests the cap forces (forcedRequests), on a
// steady history, on one whose density jumps, and on the scale devnet's,
// spread over blocks and packed.
func TestLogsUnderResultsCap(t *testing.T) {
	const limit = 10_000
	uneven, steady := unevenHistory(1, 40_000), steadyHistory(1, 120_000)
	devnet, devnet5m, packed := scaleDevnetHistory(t, "100"), scaleDevnetHistory(t, "5m-100"), scaleDevnetHistory(t, "packed")
	for _, tc := range []struct {
		name     string
		perBlock []int
		style    capStyle
		bound    float64
	}{
		// Issue 8 asks for 1.1×. On a steady history (about a million
		// logs, a hundred forced requests) the fetch meets it: measured
		// 1.087× with a suggested range, 1.097× without (the probe, the
		// range that finds the cap, a refusal or two where the density
		// drifts up, and ranges aimed a little under the cap); over five
		// such histories 1.086× and 1.102× (the release before: 1.105×,
		// 1.159×). Without a range suggested, a refusal there is asked
		// again at 90 % (steadyRetry): at half, this one makes 1.107×.
		{"steady/infura", steady, capInfura, 1.1},
		{"steady/bare", steady, capBare, 1.1},
		// Here the density jumps up to 200-fold between stretches of a
		// few thousand blocks, and each jump up costs a refusal. Measured
		// 1.54× with a suggested range, 2.03× and 2.10× without (1.51×,
		// 2.08×, 2.13× before the sizer's fit left bursts out; the
		// release before that made 1.56×, 2.00×, 2.03× on this history;
		// before that 2.0× with a range, 3.2× without, and 35× when no
		// number was named).
		{"uneven/infura", uneven, capInfura, 1.55},
		{"uneven/alchemy", uneven, capAlchemy, 1.55},
		{"uneven/bare", uneven, capBare, 2.1},
		{"uneven/no-number", uneven, capNone, 2.15},
		// The scale devnet: about 100 logs a block, each between half and
		// 1.5 times that, so a range of 10,000 logs varies by about 3 %
		// and the best aim is about 93 % of the cap (the best fixed span
		// with hindsight makes 1.099×, see TestHindsightRequests; with the
		// probe and the range that shows the cap, 1.12×): measured 1.168×
		// and 1.168×, and over eight start blocks in a row (the benchmark's
		// -eight) 1.139× and 1.168×. Before the sizer's fit left bursts
		// out (trimOutliers), the delegation burst at block 2,000 held the
		// aim at 87 % for 24 ranges: 1.178×, 1.198×; over eight starts
		// 1.166×, 1.197×.
		{"devnet/infura", devnet, capInfura, 1.2},
		{"devnet/bare", devnet, capBare, 1.2},
		// The same at 5·10⁶ transfers, a history five times as long (UNI
		// has 4.9 M token logs): the probe and the range that shows the
		// cap weigh less, and the misses seen say more. Measured 1.095×
		// and 1.109× (the same on the real chain; 1.073× with hindsight),
		// over eight starts 1.099× and 1.106× (before trimOutliers 1.102×,
		// 1.108×).
		{"devnet-5m/infura", devnet5m, capInfura, 1.11},
		{"devnet-5m/bare", devnet5m, capBare, 1.12},
		// Packed (--packed), up to 39 % of the cap in one block: measured
		// 1.41× and 1.65×, over eight starts 1.42× and 1.60× (before
		// trimOutliers 1.45×, 1.64×).
		{"packed/infura", packed, capInfura, 1.5},
		{"packed/bare", packed, capBare, 1.7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := fetchUnderCap(t, tc.perBlock, limit, tc.style)
			t.Logf("%d eth_getLogs (%d refused) for %d forced: %.3f×", r.calls, r.refusals, r.forced, r.ratio())
			if r.ratio() > tc.bound {
				t.Errorf("%d eth_getLogs (%d refused) where the cap forces %d: %.2f×, want ≤ %.2f×", r.calls, r.refusals, r.forced, r.ratio(), tc.bound)
			}
		})
	}
}

// TestLogsOverWebSocket: over WebSocket, LogsEach reads each answer as it
// streams in on connections of its own and asks for the same ranges as
// over HTTP: under a results cap with and without a suggested range,
// behind a response cap smaller than one range's answer (the message over
// the read limit is ErrResponseTooLarge, and the range is split), and from
// a node that refuses batches (it asks once for the last block, then for
// the logs alone).
func TestLogsOverWebSocket(t *testing.T) {
	hist := steadyHistory(2, 20_000)
	for _, st := range []capStyle{capInfura, capBare} {
		overHTTP := fetchUnderCap(t, hist, 10_000, st)
		overWS := fetchFrom(t, hist, 10_000, st, func(node *fakeNode) *Client { return dialFakeWS(t, node, Options{}) })
		if overWS.calls != overHTTP.calls || overWS.refusals != overHTTP.refusals {
			t.Errorf("style %d: %d eth_getLogs (%d refused) over WebSocket, %d (%d) over HTTP", st, overWS.calls, overWS.refusals, overHTTP.calls, overHTTP.refusals)
		}
	}
	var c *Client
	whole := fetchFrom(t, hist, 1<<30, capBare, func(node *fakeNode) *Client { return dialFakeWS(t, node, Options{}) })
	capped := fetchFrom(t, hist, 1<<30, capBare, func(node *fakeNode) *Client {
		c = dialFakeWS(t, node, Options{MaxResponseBytes: 256 << 10})
		return c
	})
	// About 230 bytes a log: ranges of about 550 logs under a 256 KB cap.
	if capped.calls < 5*whole.calls {
		t.Errorf("under a 256 KB response cap: %d eth_getLogs, %d without: the read limit did not cut the ranges", capped.calls, whole.calls)
	}
	if got := c.LogLimits(); got.NoBatch {
		t.Errorf("batches taken for refused: %+v", got)
	}
	fetchFrom(t, hist, 1<<30, capBare, func(node *fakeNode) *Client {
		c = dialFakeWS(t, node, Options{})
		node.noBatch = true // after Dial, whose own calls are not batched
		return c
	})
	if got := c.LogLimits(); !got.NoBatch {
		t.Errorf("a node refusing batches: limits %+v, want NoBatch", got)
	}
}

// BenchmarkLogsUnderResultsCap reports, for histories of several shapes
// behind a 10,000-results cap with and without a suggested range, the
// eth_getLogs requests made per request the cap forces (x-forced): on one
// history of each shape (seed 1) and on the scale devnets' logs per block
// (with the best fixed span chosen with hindsight, see hindsightRequests),
// then ("-eight") on eight of each: seeds 1–8 of each synthetic shape, and
// each devnet fetched from eight start blocks in a row (where the first
// ranges fall moves every range after them). It gives the mean, the
// largest, and how many were within 1.1×.
func BenchmarkLogsUnderResultsCap(b *testing.B) {
	styles := []struct {
		name  string
		style capStyle
	}{{"infura", capInfura}, {"bare", capBare}}
	// Each kind of history, its k-th of eight (k from 1).
	devnet := func(kind string) func(k uint64) []int {
		h := scaleDevnetHistory(b, kind)
		return func(k uint64) []int { return h[k-1:] }
	}
	histories := []struct {
		name string
		hist func(k uint64) []int
	}{
		{"steady", func(s uint64) []int { return steadyHistory(s, 120_000) }},
		{"drifting", func(s uint64) []int { return driftingHistory(s, 300_000) }},
		{"airdrop", func(s uint64) []int { return airdropHistory(s, 200_000) }},
		{"uneven", func(s uint64) []int { return unevenHistory(s, 60_000) }},
		{"scale-devnet", devnet("100")},
		{"scale-devnet-5m", devnet("5m-100")},
		{"scale-devnet-packed", devnet("packed")},
	}
	for _, h := range histories {
		perBlock := h.hist(1)
		for _, st := range styles {
			b.Run(h.name+"/"+st.name, func(b *testing.B) {
				var r capRun
				for range b.N {
					r = fetchUnderCap(b, perBlock, 10_000, st.style)
				}
				b.ReportMetric(float64(r.calls), "requests")
				b.ReportMetric(float64(r.refusals), "refused")
				b.ReportMetric(float64(r.forced), "forced")
				b.ReportMetric(r.ratio(), "x-forced")
				if st.style == capInfura {
					b.ReportMetric(float64(hindsightRequests(perBlock, 10_000))/float64(r.forced), "x-forced-hindsight")
				}
			})
		}
	}
	for _, h := range histories {
		for _, st := range styles {
			b.Run(h.name+"-eight/"+st.name, func(b *testing.B) {
				var sum, most float64
				within := 0
				for range b.N {
					sum, most, within = 0, 0, 0
					for k := range uint64(8) {
						x := fetchUnderCap(b, h.hist(k+1), 10_000, st.style).ratio()
						sum, most = sum+x, max(most, x)
						if x <= 1.1 {
							within++
						}
					}
				}
				b.ReportMetric(sum/8, "x-forced-mean")
				b.ReportMetric(most, "x-forced-max")
				b.ReportMetric(float64(within), "within-1.1x")
			})
		}
	}
}
