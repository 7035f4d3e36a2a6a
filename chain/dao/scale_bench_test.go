package dao_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// BenchmarkScale seeds the scale scenario (DAOTERM_SCALE_TRANSFERS token
// transfers, default 200,000, to a fifth as many holders, with delegations,
// proposals and votes) and measures, side by side on the same chain:
//
//   - floor: a plain eth_getLogs dump of the token's logs (Transfer and
//     DelegateChanged), 4 requests in flight, about 10,000 logs a request,
//     bodies read and dropped;
//   - cold: daoterm's cold fold, LogsEach into a token.Ledger plus its
//     Snapshot at the head, with its ratio to the floor, peak heap growth
//     and requests;
//   - cold-cap10k: the same through a proxy that refuses any answer of more
//     than 10,000 results, with the requests the cap forces;
//   - holders-json: the path of `daoterm holders --json`: dao.Open,
//     Ownership at the head, the JSON written out.
//
// Run it with
//
//	DAOTERM_SCALE_TRANSFERS=200000 go test ./chain/dao -run '^$' -bench BenchmarkScale -benchtime 1x
//
// or against a chain already running (`daoterm devnet --scenario scale
// --info FILE …`) with DAOTERM_SCALE_INFO=FILE.
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
		for b.Loop() {
			if err := dumpLogs(ctx, node.RPCURL, q, ranges); err != nil {
				b.Fatal(err)
			}
		}
		floor = b.Elapsed() / time.Duration(b.N)
		b.ReportMetric(float64(logs), "logs")
		b.ReportMetric(float64(len(ranges)), "requests")
	})

	cold := func(b *testing.B, url string, p *capProxy) {
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
			n := float64(p.getLogs.Load()) / float64(b.N)
			b.ReportMetric(n, "getLogs-requests")
			b.ReportMetric(n/float64(len(ranges)), "x-forced-requests")
			b.ReportMetric(float64(p.refused.Load())/float64(b.N), "refused")
		}
	}
	b.Run("cold", func(b *testing.B) { cold(b, node.RPCURL, nil) })
	b.Run("cold-cap10k", func(b *testing.B) {
		p := newCapProxy(b, node.RPCURL, 10_000)
		cold(b, p.srv.URL, p)
	})
	b.Run("holders-json", func(b *testing.B) {
		var holders int
		peak := measureHeap(func() {
			for b.Loop() {
				c, err := chain.Dial(ctx, node.RPCURL, chain.Options{})
				if err != nil {
					b.Fatal(err)
				}
				d, err := dao.Open(ctx, c, dao.Config{Governor: sd.Governor, StartBlock: sd.StartBlock})
				if err != nil {
					b.Fatal(err)
				}
				snap, err := d.Ownership(ctx, head)
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
				holders = len(snap.Holders)
				c.Close()
			}
		})
		report(b, floor, logs, holders, peak)
	})
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
	bin := filepath.Join(dir, "daoterm")
	build := exec.Command("go", "build", "-o", bin, "github.com/daoterm/daoterm/cmd/daoterm")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		b.Fatalf("go build daoterm: %v", err)
	}
	info := filepath.Join(dir, "devnet.json")
	cmd := exec.Command(bin, "devnet", "--scenario", "scale", "--listen", "127.0.0.1:0", "--block-time", "0", "--info", info,
		"--transfers", strconv.Itoa(sc.Transfers), "--holders", strconv.Itoa(sc.Holders), "--delegations", strconv.Itoa(sc.Delegations),
		"--proposals", strconv.Itoa(sc.Proposals), "--votes", strconv.Itoa(sc.Votes))
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
	b.ReportMetric(float64(logs), "logs")
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
				resp, err := http.DefaultClient.Do(req)
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

// capProxy is a JSON-RPC proxy that refuses, as Infura does, an eth_getLogs
// answer of more than limit results (alone or in a batch).
type capProxy struct {
	srv     *httptest.Server
	getLogs atomic.Int64
	refused atomic.Int64
}

func newCapProxy(tb testing.TB, upstream string, limit int) *capProxy {
	p := &capProxy{}
	refusal := []byte(fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than %d results"}}`, limit))
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte(`"eth_getLogs"`)) {
			p.getLogs.Add(1)
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		if !bytes.Contains(body, []byte(`"eth_getLogs"`)) || bytes.Count(out, []byte(`"logIndex"`)) <= limit {
			w.WriteHeader(resp.StatusCode)
			w.Write(out)
			return
		}
		p.refused.Add(1)
		if !bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			w.Write(refusal)
			return
		}
		// A batch: the refusal in place of the logs, the other answers as they were.
		var parts []json.RawMessage
		if err := json.Unmarshal(out, &parts); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		res := [][]byte{refusal}
		for _, part := range parts {
			if !bytes.Contains(part, []byte(`"logIndex"`)) && !bytes.HasPrefix(bytes.TrimSpace(part), []byte(`{"jsonrpc":"2.0","id":1,`)) {
				res = append(res, part)
			}
		}
		w.Write(append(append([]byte("["), bytes.Join(res, []byte(","))...), ']'))
	}))
	tb.Cleanup(p.srv.Close)
	return p
}
