package dao_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/cache"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/faults"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// BenchmarkScale seeds the scale scenario (DAOTERM_SCALE_TRANSFERS token
// transfers, default 200,000, to a fifth as many holders, with delegations,
// proposals and votes; about 100 transfers a block, or packed into full
// transactions with DAOTERM_SCALE_PACKED=1), mines 64 empty blocks so that
// the whole history is final, and measures, side by side on the same chain:
//
//   - floor: a plain eth_getLogs dump of the token's logs (Transfer and
//     DelegateChanged), 4 requests in flight, about 10,000 logs a request,
//     bodies read and dropped, uncompressed as daoterm asks a node on this machine;
//   - cold: daoterm's cold fold, LogsEach into a token.Ledger plus its
//     Snapshot at the head, with its ratio to the floor, peak heap growth
//     and requests;
//   - cold-cap10k-{infura,alchemy,bare}: the same through the fault proxy
//     refusing any answer of more than 10,000 results in Infura's words
//     (a range suggested), Alchemy's (a range suggested) or with no range,
//     with the eth_getLogs calls made, refused, and their ratio to the
//     requests the cap forces (packRanges: the fewest ranges of whole
//     blocks each within the cap);
//   - holders-json-cold: the CLI's path in this process: dao.Open with an
//     empty cache, Ownership at the head, the JSON written out;
//   - cli-cold: the daoterm binary's `holders --json` with an empty cache
//     directory: time, CPU and its own peak RSS;
//   - cli-warm-1000-blocks: the same binary again from a copy of that
//     cache, after 1,000 new blocks with 200 token transfers, with its
//     requests counted by a proxy;
//   - dashboard-warm-1000-blocks: what the dashboard's holders list needs
//     from another copy of that cache: dao.Open and Ownership at the head;
//   - new-block: one more batch of 20 transfers (one or two blocks) folded
//     by the DAO the dashboard run left open: the CPU time of Ownership at
//     the new head.
//
// Run it with
//
//	DAOTERM_SCALE_TRANSFERS=200000 go test ./chain/dao -run '^$' -bench BenchmarkScale -benchtime 1x -v
//
// or against a chain already running (`daoterm devnet --scenario scale
// --info FILE …`) with DAOTERM_SCALE_INFO=FILE. The warm runs mine blocks
// and send transfers on that chain (from the scenario's deployer, seed 1).
// settle is how long the node is left alone after the benchmark sealed
// blocks, before a timed run reads them.
const settle = 2 * time.Second

func BenchmarkScale(b *testing.B) {
	transfers := 200_000
	if v := os.Getenv("DAOTERM_SCALE_TRANSFERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 10 {
			b.Fatalf("DAOTERM_SCALE_TRANSFERS=%q: want a number ≥ 10", v)
		}
		transfers = n
	}
	ctx := context.Background()
	sc := devnet.ScaleConfig{Seed: 1, Transfers: transfers, Holders: max(1, transfers/5), Proposals: min(500, max(1, transfers/400))}
	sc.Votes = min(20_000, sc.Proposals*40)
	sc.Delegations = max(2*((sc.Votes+sc.Proposals-1)/sc.Proposals), min(4_000, sc.Holders/50))
	sc.Packed = os.Getenv("DAOTERM_SCALE_PACKED") != ""
	start := time.Now()
	// The chain runs in a process of its own (`daoterm devnet --scenario
	// scale`), so that the heap measured here is daoterm's alone; with
	// DAOTERM_SCALE_INFO, the one whose --info file that names.
	var node scaleNode
	if info := os.Getenv("DAOTERM_SCALE_INFO"); info != "" {
		data, err := os.ReadFile(info)
		if err != nil {
			b.Fatal(err)
		}
		if err := json.Unmarshal(data, &node); err != nil {
			b.Fatalf("%s: %v", info, err)
		}
		sc = devnet.ScaleConfig{}
	} else {
		node = startScaleProcess(b, sc)
	}
	b.Logf("seeded %d transfers to %d holders, %d delegations, %d proposals, %d votes in %s",
		sc.Transfers, sc.Holders, sc.Delegations, sc.Proposals, sc.Votes, time.Since(start).Round(time.Second))

	// The scenario packs its history into a few thousand blocks (a few
	// hundred when packed), so the blocks a reorg could still replace (the
	// node's finalized block is about 30 behind, dao.DefaultConfirmations
	// 64) would hold a good share of it: on a real chain they hold a
	// sliver. Empty blocks on top make the whole history final, as on a
	// real chain, so that the cache keeps it.
	mineBlocks(b, ctx, node.RPCURL, dao.DefaultConfirmations)
	c, err := chain.Dial(ctx, node.RPCURL, chain.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	h, err := c.Head(ctx)
	if err != nil {
		b.Fatal(err)
	}
	head := h.Number.Uint64()
	sd := struct {
		Token, Governor common.Address
		StartBlock      uint64
	}{common.HexToAddress(node.Token), common.HexToAddress(node.Governor), node.StartBlock}
	l0, err := token.NewLedger(sd.Token, sd.StartBlock)
	if err != nil {
		b.Fatal(err)
	}
	q := l0.Query(sd.StartBlock, head)
	// The logs per block, for the floor's ranges and the requests a cap forces.
	perBlock := map[uint64]int{}
	logs := 0
	if err := c.LogsEach(ctx, q, func(ls []types.Log) error {
		for _, l := range ls {
			perBlock[l.BlockNumber]++
		}
		logs += len(ls)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	ranges := packRanges(perBlock, q.From, q.To, 10_000)
	b.Logf("%d token logs (Transfer, DelegateChanged) in blocks %d–%d; a 10,000-results cap forces %d requests", logs, q.From, q.To, len(ranges))

	var floor time.Duration
	b.Run("floor", func(b *testing.B) {
		// Once untimed: the node's first read of freshly seeded blocks is
		// slower than the next ones (its caches), and every later run reads
		// them warm.
		if err := dumpLogs(ctx, node.RPCURL, q, ranges); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for b.Loop() {
			if err := dumpLogs(ctx, node.RPCURL, q, ranges); err != nil {
				b.Fatal(err)
			}
		}
		floor = b.Elapsed() / time.Duration(b.N)
		b.ReportMetric(float64(logs), "logs")
		b.ReportMetric(float64(len(ranges)), "requests")
	})

	cold := func(b *testing.B, url string, p *faults.Proxy) {
		var holders int
		var reqs int64
		peak := measureHeap(func() {
			for b.Loop() {
				c, err := chain.Dial(ctx, url, chain.Options{})
				if err != nil {
					b.Fatal(err)
				}
				l, err := token.NewLedger(sd.Token, sd.StartBlock)
				if err != nil {
					b.Fatal(err)
				}
				if err := c.LogsEach(ctx, q, l.Apply); err != nil {
					b.Fatal(err)
				}
				snap, err := l.Snapshot(ctx, c, head)
				if err != nil {
					b.Fatal(err)
				}
				holders, reqs = len(snap.Holders), c.Requests()
				c.Close()
			}
		})
		report(b, floor, logs, holders, peak)
		b.ReportMetric(float64(reqs), "requests")
		if p != nil {
			n := float64(p.Calls("eth_getLogs")) / float64(b.N)
			b.ReportMetric(n, "getLogs-requests")
			b.ReportMetric(float64(len(ranges)), "forced-requests")
			b.ReportMetric(n/float64(len(ranges)), "x-forced-requests")
			b.ReportMetric(float64(p.Injected())/float64(b.N), "refused")
		}
	}
	b.Run("cold", func(b *testing.B) { cold(b, node.RPCURL, nil) })
	for _, cp := range []struct {
		name string
		kind faults.Kind
	}{{"infura", faults.LogsResultCap}, {"alchemy", faults.LogsResultCapAlchemy}, {"bare", faults.LogsResultCapBare}} {
		b.Run("cold-cap10k-"+cp.name, func(b *testing.B) {
			p, err := faults.New(node.RPCURL, faults.Fault{Kind: cp.kind, Limit: 10_000})
			if err != nil {
				b.Fatal(err)
			}
			defer p.Close()
			cold(b, p.URL(), p)
		})
	}
	b.Run("holders-json-cold", func(b *testing.B) {
		// The CLI's path in this process: dao.Open with an empty cache,
		// Ownership at the head, the JSON written out.
		var holders int
		var reqs int64
		peak := measureHeap(func() {
			for b.Loop() {
				c, err := chain.Dial(ctx, node.RPCURL, chain.Options{})
				if err != nil {
					b.Fatal(err)
				}
				holders, reqs = holdersJSON(b, ctx, c, sd.Governor, sd.StartBlock, b.TempDir(), nil), c.Requests()
				c.Close()
			}
		})
		report(b, floor, logs, holders, peak)
		b.ReportMetric(float64(reqs), "requests")
	})

	// The CLI itself, cold: its cache directory is then the cache of the
	// warm starts below.
	bin := daotermBinary(b)
	cacheDir := filepath.Join(b.TempDir(), "daoterm") // XDG_CACHE_HOME/daoterm
	b.Run("cli-cold", func(b *testing.B) {
		// The in-process runs' garbage is collected now, not by a
		// collection running beside the CLI on the same two cores.
		runtime.GC()
		debug.FreeOSMemory()
		var r cliRun
		for b.Loop() {
			os.RemoveAll(cacheDir)
			r = runHoldersCLI(b, bin, node.RPCURL, node, cacheDir)
			b.StartTimer() // runHoldersCLI stops it to check the output
		}
		reportCLI(b, floor, logs, r, 0)
	})

	// 1,000 new blocks since the cache, some with token transfers.
	tx := newTokenSender(b, ctx, node.RPCURL, sd.Token)
	before := tx.head(b)
	for range 10 {
		tx.transfers(b, 20)
	}
	if n := tx.head(b) - before; n < 1000 {
		mineBlocks(b, ctx, node.RPCURL, 1000-n)
	}
	b.Logf("mined %d blocks with %d token transfers since the cache", tx.head(b)-before, tx.sent)
	// On a real chain those blocks come over hours: let the node finish
	// importing them (its indexing, its own garbage) and collect this
	// process's, as before the cold CLI run, so that the warm runs do
	// not share the two cores with either.
	runtime.GC()
	debug.FreeOSMemory()
	time.Sleep(settle)

	b.Run("cli-warm-1000-blocks", func(b *testing.B) {
		p := newCountingProxy(b, node.RPCURL)
		var r cliRun
		for b.Loop() {
			b.StopTimer()
			dir := copyDir(b, cacheDir)
			p.n.Store(0)
			b.StartTimer()
			r = runHoldersCLI(b, bin, p.srv.URL, node, dir)
			b.StartTimer() // runHoldersCLI stops it to check the output
		}
		reportCLI(b, floor, 0, r, p.n.Load())
	})

	// The dashboard's holders list, warm: dao.Open over the cache of 1,000
	// blocks ago and Ownership at the head. The DAO of the last run stays
	// open for the new-block fold.
	var d *dao.DAO
	var dc *chain.Client
	b.Run("dashboard-warm-1000-blocks", func(b *testing.B) {
		var holders int
		var reqs int64
		peak := measureHeap(func() {
			for b.Loop() {
				b.StopTimer()
				dir := copyDir(b, cacheDir)
				if dc != nil {
					dc.Close()
				}
				var err error
				if dc, err = chain.Dial(ctx, node.RPCURL, chain.Options{}); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				store := openStore(b, ctx, dc, dir)
				if d, err = dao.Open(ctx, dc, dao.Config{Governor: sd.Governor, StartBlock: sd.StartBlock, Cache: store, OnNote: func(m string) { b.Log(m) }}); err != nil {
					b.Fatal(err)
				}
				h, err := dc.Head(ctx)
				if err != nil {
					b.Fatal(err)
				}
				snap, err := d.Ownership(ctx, h.Number.Uint64())
				if err != nil {
					b.Fatal(err)
				}
				holders, reqs = len(snap.Holders), dc.Requests()
			}
		})
		report(b, floor, 0, holders, peak)
		b.ReportMetric(float64(reqs), "requests")
	})
	if dc != nil {
		defer dc.Close()
	}

	// A new block with about 20 transfers, folded by the open DAO.
	b.Run("new-block", func(b *testing.B) {
		var cpu time.Duration
		var reqs int64
		var blocks uint64
		last := tx.head(b)
		for b.Loop() {
			b.StopTimer()
			tx.transfers(b, 20)
			h := tx.head(b)
			blocks += h - last
			last = h
			r0 := dc.Requests()
			c0 := cpuTime(b)
			b.StartTimer()
			if _, err := d.Ownership(ctx, h); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			cpu += cpuTime(b) - c0
			reqs += dc.Requests() - r0
			b.StartTimer()
		}
		b.ReportMetric(cpu.Seconds()*1000/float64(b.N), "cpu-ms")
		b.ReportMetric(float64(reqs)/float64(b.N), "requests")
		b.ReportMetric(float64(blocks)/float64(b.N), "blocks")
	})

	// The benchmark process's peak RSS over all of the runs above (VmHWM
	// cannot be reset): the CLI runs report their own.
	if hwm, err := vmHWM("/proc/self/status"); err == nil {
		b.Logf("peak RSS of the benchmark process over every in-process run (VmHWM): %d MB", hwm>>20)
	}
}

// holdersJSON does what `daoterm holders --json` does, in this process:
// dao.Open with a cache in dir, Ownership at the head, the JSON written to
// io.Discard. It returns the holders.
func holdersJSON(b *testing.B, ctx context.Context, c *chain.Client, governor common.Address, startBlock uint64, dir string, note func(string)) int {
	store := openStore(b, ctx, c, dir)
	d, err := dao.Open(ctx, c, dao.Config{Governor: governor, StartBlock: startBlock, Cache: store, OnNote: note})
	if err != nil {
		b.Fatal(err)
	}
	h, err := c.Head(ctx)
	if err != nil {
		b.Fatal(err)
	}
	snap, err := d.Ownership(ctx, h.Number.Uint64())
	if err != nil {
		b.Fatal(err)
	}
	type holderJSON struct {
		Address, Balance, Delegate, Votes string
	}
	out := make([]holderJSON, len(snap.Holders))
	for i, h := range snap.Holders {
		out[i] = holderJSON{h.Address.Hex(), h.Balance.String(), h.Delegate.Hex(), h.Votes.String()}
	}
	if err := json.NewEncoder(io.Discard).Encode(out); err != nil {
		b.Fatal(err)
	}
	return len(snap.Holders)
}

// openStore opens the cache in dir for c's chain.
func openStore(b *testing.B, ctx context.Context, c *chain.Client, dir string) *cache.Store {
	g, err := c.Genesis(ctx)
	if err != nil {
		b.Fatal(err)
	}
	store, err := cache.Open(dir, c.ChainID(), g)
	if err != nil {
		b.Fatal(err)
	}
	return store
}

// cliRun is what one `daoterm holders --json` process cost.
type cliRun struct {
	holders int
	cpu     time.Duration // user + system
	maxRSS  uint64        // bytes
}

// runHoldersCLI runs `daoterm holders --json` against rpc with its cache in
// cacheDir (and no config file) and checks its output.
func runHoldersCLI(b *testing.B, bin, rpc string, node scaleNode, cacheDir string) cliRun {
	b.StartTimer() // stopped when the command ends (a no-op when running)
	home := b.TempDir()
	cmd := exec.Command(bin, "holders", "--json", "--rpc", rpc, "--governor", node.Governor, "--start-block", strconv.FormatUint(node.StartBlock, 10))
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Dir(cacheDir))
	// The JSON goes to a file, as `> holders.json` sends it: no pipe for
	// this process to drain while the command runs.
	outPath := filepath.Join(b.TempDir(), "holders.json")
	outFile, err := os.Create(outPath)
	if err != nil {
		b.Fatal(err)
	}
	defer outFile.Close()
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = outFile, &stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	// The child's rusage cannot give its peak RSS: Go starts it with
	// CLONE_VM, so its ru_maxrss starts at this process's peak. Its own
	// VmHWM is sampled instead (every 5 ms; the last read is kept).
	var hwm atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			if v, err := vmHWM(status); err == nil && v > hwm.Load() {
				hwm.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	err = cmd.Wait()
	// The command's time ends here: checking its output is not part of it.
	b.StopTimer()
	close(done)
	wg.Wait()
	if err != nil {
		b.Fatalf("daoterm holders --json: %v\n%s", err, stderr.Bytes())
	}
	stdout, err := os.ReadFile(outPath)
	if err != nil {
		b.Fatal(err)
	}
	var out struct {
		Block   uint64            `json:"block"`
		Holders []json.RawMessage `json:"holders"`
	}
	if err := json.Unmarshal(stdout, &out); err != nil || len(out.Holders) == 0 {
		b.Fatalf("daoterm holders --json: %v, %d holders\n%s", err, len(out.Holders), stderr.Bytes())
	}
	return cliRun{holders: len(out.Holders), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), maxRSS: hwm.Load()}
}

// reportCLI reports one CLI run (requests when counted by a proxy).
func reportCLI(b *testing.B, floor time.Duration, logs int, r cliRun, requests int64) {
	per := b.Elapsed() / time.Duration(b.N)
	if logs > 0 {
		b.ReportMetric(float64(logs), "logs")
	}
	b.ReportMetric(float64(r.holders), "holders")
	if floor > 0 {
		b.ReportMetric(float64(per)/float64(floor), "x-floor")
	}
	b.ReportMetric(r.cpu.Seconds(), "cpu-s")
	b.ReportMetric(float64(r.maxRSS)/(1<<20), "peak-RSS-MB") // sampled: may miss the last 5 ms
	if requests > 0 {
		b.ReportMetric(float64(requests), "requests")
	}
}

// daotermBinary builds daoterm into a temporary directory.
func daotermBinary(b *testing.B) string {
	bin := filepath.Join(b.TempDir(), "daoterm")
	build := exec.Command("go", "build", "-o", bin, "github.com/daoterm/daoterm/cmd/daoterm")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		b.Fatalf("go build daoterm: %v", err)
	}
	return bin
}

// copyDir copies the cache directory dir (flat: the cache's files) to a
// new temporary one named like it (XDG_CACHE_HOME/daoterm).
func copyDir(b *testing.B, dir string) string {
	to := filepath.Join(b.TempDir(), filepath.Base(dir))
	if err := os.MkdirAll(to, 0o700); err != nil {
		b.Fatal(err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range ents {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	return to
}

// countingProxy passes JSON-RPC through and counts the HTTP requests.
type countingProxy struct {
	srv *httptest.Server
	n   atomic.Int64
}

func newCountingProxy(tb testing.TB, upstream string) *countingProxy {
	u, err := url.Parse(upstream)
	if err != nil {
		tb.Fatal(err)
	}
	p := &countingProxy{}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.n.Add(1)
		rp.ServeHTTP(w, r)
	}))
	tb.Cleanup(p.srv.Close)
	return p
}

// cpuTime is this process's user and system CPU time so far.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// vmHWM reads a process's peak RSS from its status file in /proc.
func vmHWM(status string) (uint64, error) {
	data, err := os.ReadFile(status)
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				kb, err := strconv.ParseUint(f[0], 10, 64)
				return kb << 10, err
			}
		}
	}
	return 0, errors.New("no VmHWM in /proc/self/status")
}

// tokenSender sends token transfers on the scale chain from its deployer
// (the token's owner, whose key follows from the scenario's seed 1): it
// mints itself tokens once, then transfers them to new addresses.
type tokenSender struct {
	ctx   context.Context
	ec    *ethclient.Client
	rc    *rpc.Client
	token common.Address
	key   *ecdsa.PrivateKey
	from  common.Address
	chain *big.Int
	nonce uint64
	sent  int
}

func newTokenSender(b *testing.B, ctx context.Context, url string, tok common.Address) *tokenSender {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(rc.Close)
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("daoterm devnet scenario/1/scale-deployer")))
	if err != nil {
		b.Fatal(err)
	}
	s := &tokenSender{ctx: ctx, ec: ethclient.NewClient(rc), rc: rc, token: tok, key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
	if s.chain, err = s.ec.ChainID(ctx); err != nil {
		b.Fatal(err)
	}
	if s.nonce, err = s.ec.PendingNonceAt(ctx, s.from); err != nil {
		b.Fatal(err)
	}
	s.send(b, [][]byte{contracts.NewDaoToken().PackMint(s.from, new(big.Int).Lsh(big.NewInt(1), 100))})
	return s
}

// transfers sends n token transfers at once and waits until they are mined.
func (s *tokenSender) transfers(b *testing.B, n int) {
	tok := contracts.NewDaoToken()
	calls := make([][]byte, n)
	for i := range calls {
		to := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("daoterm bench warm/%d", s.sent))))
		s.sent++
		calls[i] = tok.PackTransfer(to, big.NewInt(int64(1+s.sent)))
	}
	s.send(b, calls)
}

// send signs and sends one transaction to the token per call, then waits
// for every receipt and checks it succeeded.
func (s *tokenSender) send(b *testing.B, calls [][]byte) {
	price, err := s.ec.SuggestGasPrice(s.ctx)
	if err != nil {
		b.Fatal(err)
	}
	price.Mul(price, big.NewInt(2))
	signer := types.LatestSignerForChainID(s.chain)
	// One batch, so that the node's sealer sees them together (mostly one
	// block).
	hashes := make([]common.Hash, len(calls))
	batch := make([]rpc.BatchElem, len(calls))
	for i, data := range calls {
		tx, err := types.SignNewTx(s.key, signer, &types.LegacyTx{Nonce: s.nonce, GasPrice: price, Gas: 300_000, To: &s.token, Data: data})
		if err != nil {
			b.Fatal(err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			b.Fatal(err)
		}
		s.nonce++
		hashes[i] = tx.Hash()
		batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
	}
	if err := s.rc.BatchCallContext(s.ctx, batch); err != nil {
		b.Fatalf("send token transactions from the scale deployer %s: %v", s.from.Hex(), err)
	}
	for _, e := range batch {
		if e.Error != nil {
			b.Fatalf("send a token transaction from the scale deployer %s: %v", s.from.Hex(), e.Error)
		}
	}
	deadline := time.Now().Add(time.Minute)
	for _, h := range hashes {
		for {
			rc, err := s.ec.TransactionReceipt(s.ctx, h)
			if err == nil {
				if rc.Status != types.ReceiptStatusSuccessful {
					b.Fatalf("token transaction %s reverted (is %s the token's owner?)", h.Hex(), s.from.Hex())
				}
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("token transaction %s not mined after a minute: %v", h.Hex(), err)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// mineBlocks seals n empty blocks on the devnet at url.
func mineBlocks(b *testing.B, ctx context.Context, url string, n uint64) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer rc.Close()
	var head hexutil.Uint64
	if err := rc.CallContext(ctx, &head, "devnet_mine", hexutil.Uint64(n)); err != nil {
		b.Fatalf("devnet_mine %d: %v", n, err)
	}
}

// head is the chain's head block number.
func (s *tokenSender) head(b *testing.B) uint64 {
	n, err := s.ec.BlockNumber(s.ctx)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// scaleNode is what `daoterm devnet` prints.
type scaleNode struct {
	RPCURL     string `json:"rpc_url"`
	Governor   string `json:"governor"`
	Token      string `json:"token"`
	StartBlock uint64 `json:"start_block"`
}

// startScaleProcess builds daoterm and runs `daoterm devnet --scenario
// scale` sized by sc until the benchmark ends.
func startScaleProcess(b *testing.B, sc devnet.ScaleConfig) scaleNode {
	dir := b.TempDir()
	bin := daotermBinary(b)
	info := filepath.Join(dir, "devnet.json")
	cmd := exec.Command(bin, "devnet", "--scenario", "scale", "--listen", "127.0.0.1:0", "--block-time", "0", "--info", info,
		"--transfers", strconv.Itoa(sc.Transfers), "--holders", strconv.Itoa(sc.Holders), "--delegations", strconv.Itoa(sc.Delegations),
		"--proposals", strconv.Itoa(sc.Proposals), "--votes", strconv.Itoa(sc.Votes))
	if sc.Packed {
		cmd.Args = append(cmd.Args, "--packed")
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	b.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	for {
		if data, err := os.ReadFile(info); err == nil {
			var n scaleNode
			if err := json.Unmarshal(data, &n); err != nil {
				b.Fatalf("%s: %v", info, err)
			}
			return n
		}
		select {
		case err := <-exited:
			b.Fatalf("daoterm devnet --scenario scale exited: %v", err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// report adds the figures every daoterm run reports.
func report(b *testing.B, floor time.Duration, logs, holders int, peak uint64) {
	per := b.Elapsed() / time.Duration(b.N)
	if logs > 0 {
		b.ReportMetric(float64(logs), "logs")
	}
	b.ReportMetric(float64(holders), "holders")
	if floor > 0 {
		b.ReportMetric(float64(per)/float64(floor), "x-floor")
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// measureHeap runs fn and returns how far HeapInuse rose above what it was
// before.
func measureHeap(fn func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(25 * time.Millisecond)
		defer t.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	fn()
	close(done)
	wg.Wait()
	if p := peak.Load(); p > base {
		return p - base
	}
	return 0
}

// packRanges cuts [from, to] into the fewest ranges of at most limit logs
// (by whole blocks): the requests a results cap of limit forces.
func packRanges(perBlock map[uint64]int, from, to uint64, limit int) [][2]uint64 {
	var out [][2]uint64
	start, n := from, 0
	for bl := from; bl <= to; bl++ {
		k := perBlock[bl]
		if n+k > limit && bl > start {
			out = append(out, [2]uint64{start, bl - 1})
			start, n = bl, 0
		}
		n += k
	}
	return append(out, [2]uint64{start, to})
}

// dumpLogs posts eth_getLogs for each range, 4 at a time, and reads each
// body to its end.
func dumpLogs(ctx context.Context, url string, q chain.LogQuery, ranges [][2]uint64) error {
	// The transport daoterm uses for a node on this machine: answers not
	// compressed (gzip would cost the node CPU for nothing), a connection
	// kept for each request in flight.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DisableCompression, tr.MaxIdleConnsPerHost = true, 8
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr}
	next := make(chan [2]uint64)
	errs := make(chan error, 4)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for r := range next {
				body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "eth_getLogs", "params": []any{map[string]any{
					"fromBlock": hexutil.EncodeUint64(r[0]), "toBlock": hexutil.EncodeUint64(r[1]), "address": q.Addresses, "topics": q.Topics,
				}}})
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
				if err != nil {
					errs <- err
					return
				}
				req.Header.Set("Content-Type", "application/json")
				resp, err := hc.Do(req)
				if err != nil {
					errs <- err
					return
				}
				_, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					errs <- fmt.Errorf("range %v: %v %s", r, err, resp.Status)
					return
				}
			}
		})
	}
	var err error
feed:
	for _, r := range ranges {
		select {
		case next <- r:
		case err = <-errs:
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err == nil && len(errs) > 0 {
		err = <-errs
	}
	return err
}
