package dao_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/dao"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/faults"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
)

// TestMatchesOneShot compares every read of DAOs with different caching
// against one-shot reads of the readers while the chain moves on with real
// transactions: votes, delegations, a re-delegation, a treasury inflow.
func TestMatchesOneShot(t *testing.T) {
	_, demoDAO := startDemo(t)
	ctx := context.Background()
	w := newWallet(t)
	c := dial(t, chain.Options{}) // for the one-shot reads
	variants := []struct {
		name string
		opts chain.Options
		cfg  dao.Config
		d    *dao.DAO
	}{
		{name: "defaults"},
		{name: "1 confirmation, 37-block log chunks", opts: chain.Options{LogRange: 37}, cfg: dao.Config{Confirmations: 1}},
		{name: "nothing confirmed", cfg: dao.Config{Confirmations: 1 << 40}},
	}
	for i := range variants {
		variants[i].d = open(t, dial(t, variants[i].opts), variants[i].cfg)
	}
	check := func(name string, block uint64) {
		t.Helper()
		for _, v := range variants {
			checkAt(t, c, v.d, v.name+", "+name, block)
		}
	}

	b0 := head(t, c)
	check("at open", b0)

	var active []gov.Proposal
	props, err := variants[0].d.Proposals(ctx, b0)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range props {
		if p.State == gov.Active {
			active = append(active, p)
		}
	}
	if len(active) < 2 {
		t.Fatalf("%d active proposals, the demo has at least 2", len(active))
	}
	gc, tok := contracts.NewDaoGovernor(), contracts.NewDaoToken()

	w.send("alice", demoDAO.Governor, gc.PackCastVoteWithReason(active[0].ID, uint8(gov.For), "The evals look good: ship it."))
	w.send("dave", demoDAO.Token, tok.PackDelegate(w.addr("dave")))
	check("after a vote and a delegation", head(t, c))

	mine(t, 70) // the vote and the delegation are now confirmed
	check("70 blocks later", head(t, c))

	w.send("carol", demoDAO.Token, tok.PackDelegate(w.addr("alice")))
	w.send("alice", demoDAO.Token, tok.PackTransfer(demoDAO.Timelock, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))))
	w.send("alice", demoDAO.Governor, gc.PackCastVote(active[1].ID, uint8(gov.Against)))
	mine(t, 1)
	b1 := head(t, c)
	check("after a re-delegation, a treasury inflow and another vote", b1)
	check("an old block", b0+1)
	check("the same block again", b1)
	mine(t, 3)
	check("3 more blocks", head(t, c))
}

// logRequests is the most eth_getLogs requests chain.LogsEach makes for
// the first read of n blocks of the demo's sparse history: a probe of up to
// 8 blocks, then ranges of up to 64 times 32 blocks (or as many as its
// density allows), within logRange. (A first range of 32 blocks was
// assumed here before the probe shrank to 8: one range short wherever the
// two counts round differently, as at the demo's block 777.)
func logRequests(n, logRange uint64) int64 {
	first := min(8, logRange)
	if n <= first {
		return 1
	}
	span := min(32*64, logRange)
	return 1 + int64((n-first+span-1)/span)
}

// TestRequests pins what a refresh on a new head costs.
func TestRequests(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name     string
		logRange uint64
	}{
		{"one chunk", 0},
		{"50-block chunks", 50},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := dial(t, chain.Options{LogRange: tt.logRange})
			d := open(t, c, dao.Config{})
			logRange := tt.logRange
			if logRange == 0 {
				logRange = chain.DefaultLogRange
			}
			// The unconfirmed tail of a read at head+1 just after a read at
			// head: the blocks after the node's finalized block (on the
			// devnet the last multiple of 32) up to head+1: one chunk.
			chunks := int64(1)

			type step struct {
				name string
				read func(block uint64) error
				want int64
				most bool // want is a bound (the first sync: see logRequests)
			}
			props := func(b uint64) error { _, err := d.Proposals(ctx, b); return err }
			votes := func(b uint64) error { _, err := d.Votes(ctx, b); return err }
			own := func(b uint64) error { _, err := d.Ownership(ctx, b); return err }
			tr := func(b uint64) error { _, err := d.TreasuryAt(ctx, b); return err }
			run := func(block uint64, steps []step) {
				t.Helper()
				for _, s := range steps {
					var err error
					got := requests(c, func() { err = s.read(block) })
					if err != nil {
						t.Fatalf("%s at block %d: %v", s.name, block, err)
					}
					t.Logf("%s at block %d: %d requests", s.name, block, got)
					if s.most && got > s.want {
						t.Errorf("%s at block %d cost %d requests, want at most %d", s.name, block, got, s.want)
					} else if !s.most && got != s.want {
						t.Errorf("%s at block %d cost %d requests, want %d", s.name, block, got, s.want)
					}
				}
			}

			b := head(t, c)
			// The first sync reads the whole history: one request per chunk.
			_, demoDAO := startDemo(t)
			first := logRequests(b-demoDAO.StartBlock+1, logRange)
			run(b, []step{
				// The finalized block, log query per chunk, CallAt, and the action targets'
				// token metadata (one CallAt, once per new target).
				{"first Proposals", props, first + 3, true},
				{"Votes, same block", votes, 0, false},
				{"Proposals again", props, 0, false},
				{"first Ownership", own, first + 2, true},
				{"Ownership again", own, 0, false},
				// Three log queries per chunk, ETH balances, CallAt, headers.
				{"first TreasuryAt", tr, 3*first + 3, true},
				{"TreasuryAt again", tr, 0, false},
			})
			mine(t, 1)
			// Log query (per chunk) + one CallAt; Votes shares the log query.
			run(b+1, []step{
				{"Proposals at head+1", props, chunks + 1, false},
				{"Votes at head+1", votes, 0, false},
				{"Proposals at head+1 again", props, 0, false},
			})
			// Log query (per chunk) + CallAt + header.
			run(b+1, []step{{"Ownership at head+1", own, chunks + 2, false}})
			// Three log queries (per chunk) + ETH balances + CallAt + headers.
			run(b+1, []step{{"TreasuryAt at head+1", tr, 3*chunks + 3, false}})
			mine(t, 1)
			run(b+2, []step{
				{"Votes at head+2", votes, chunks, false},
				{"Proposals at head+2", props, 1, false},
				{"Ownership at head+2", own, chunks + 2, false},
				{"TreasuryAt at head+2", tr, 3*chunks + 3, false},
			})
		})
	}
}

// TestConcurrentCallersShareOneRead reads proposals and votes of one block
// from many goroutines at once.
func TestConcurrentCallersShareOneRead(t *testing.T) {
	ctx := context.Background()
	c := dial(t, chain.Options{})
	d := open(t, c, dao.Config{})
	// One log query (a few requests for the whole history: see
	// logRequests) + one CallAt; the first round also reads the action
	// targets' token metadata and the finalized block.
	_, demoDAO := startDemo(t)
	for round, cost := range []int64{logRequests(head(t, c)-demoDAO.StartBlock+1, chain.DefaultLogRange) + 3, 2} {
		if round > 0 {
			mine(t, 1)
		}
		block := head(t, c)
		var (
			wg    sync.WaitGroup
			props [8][]gov.Proposal
			votes [8][]gov.Vote
		)
		got := requests(c, func() {
			for i := range 8 {
				wg.Go(func() {
					var err error
					if i%2 == 0 {
						props[i], err = d.Proposals(ctx, block)
					} else {
						votes[i], err = d.Votes(ctx, block)
					}
					if err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
		})
		if got > cost || round > 0 && got != cost {
			t.Errorf("round %d: 8 concurrent reads of block %d cost %d requests, want %d", round, block, got, cost)
		}
		for i := 2; i < 8; i += 2 {
			if &props[i][0] != &props[0][0] || &votes[i+1][0] != &votes[1][0] {
				t.Errorf("round %d: caller %d got a result of its own", round, i)
			}
		}
	}
}

// TestProgress watches Syncs while the first sync fetches its logs in
// chunks.
func TestProgress(t *testing.T) {
	node, demoDAO := startDemo(t)
	ctx := context.Background()
	var (
		d    atomic.Pointer[dao.DAO]
		mu   sync.Mutex
		seen [][3]any
	)
	var syncs []dao.Sync
	rt := roundTripper(func(r *http.Request) (*http.Response, error) {
		if x := d.Load(); x != nil {
			ss := x.Syncs()
			var done, total uint64
			var names []string
			for _, p := range ss {
				done, total = done+p.Done, total+p.Total
				names = append(names, p.What)
			}
			mu.Lock()
			seen = append(seen, [3]any{done, total, strings.Join(names, ", ")})
			syncs = append(syncs, ss...)
			mu.Unlock()
		}
		return http.DefaultTransport.RoundTrip(r)
	})
	c, err := chain.Dial(ctx, node.HTTPURL(), chain.Options{LogRange: 100, HTTPClient: &http.Client{Transport: rt}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	x := open(t, c, dao.Config{})
	block := head(t, c)
	d.Store(x)
	if _, err := x.Votes(ctx, block); err != nil {
		t.Fatal(err)
	}
	total := block - demoDAO.StartBlock + 1
	for len(seen) > 0 && seen[0][2] == "" { // the finalized block's read
		seen = seen[1:]
	}
	if len(seen) < 3 {
		t.Fatalf("progress seen at %d requests: %v", len(seen), seen)
	}
	if seen[0] != [3]any{uint64(0), total, "governor events"} {
		t.Errorf("progress at the first request: %v, want 0 of %d blocks", seen[0], total)
	}
	// Several requests are in flight at once: progress moves when a range
	// is folded, not at every request.
	prev, moved := uint64(0), 0
	for _, s := range seen[1:] {
		done, tot := s[0].(uint64), s[1].(uint64)
		if tot != total || done < prev || done > total || s[2] != "governor events" {
			t.Errorf("progress %v after %d: want as many blocks done or more, of %d", s, prev, total)
		}
		if done > prev {
			moved++
		}
		prev = done
	}
	if moved < 1 {
		t.Errorf("progress moved %d times in %d requests", moved, len(seen))
	}
	// Each stream's logs count up as its ranges are folded, from a start
	// time of its own.
	var logs uint64
	for _, p := range syncs {
		if p.What != "governor events" || p.Started.IsZero() || p.Logs < logs || p.Total != total {
			t.Errorf("sync %+v after %d logs", p, logs)
		}
		logs = p.Logs
	}
	if logs == 0 {
		t.Errorf("no log counted in %d samples", len(syncs))
	}
	if len(x.Syncs()) != 0 {
		t.Errorf("syncs after the sync: %+v", x.Syncs())
	}
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestBlockTimes checks real timestamps, their cache and estimates.
func TestBlockTimes(t *testing.T) {
	ctx := context.Background()
	c := dial(t, chain.Options{})
	d := open(t, c, dao.Config{})
	h := head(t, c)
	old := []uint64{h - 300, h - 200, h - 100}
	want, err := c.BlockTimes(ctx, append(old, h))
	if err != nil {
		t.Fatal(err)
	}
	for i, cost := range []int64{2, 0} { // the finalized block is read, then confirmed blocks are cached
		var got map[uint64]time.Time
		n := requests(c, func() { got, err = d.BlockTimes(ctx, h, old) })
		if err != nil {
			t.Fatal(err)
		}
		if n != cost {
			t.Errorf("call %d: %d requests, want %d", i, n, cost)
		}
		for _, b := range old {
			if got[b].Unix() != int64(want[b]) {
				t.Errorf("block %d: %v, want %d", b, got[b], want[b])
			}
		}
	}
	// Future blocks: estimated from the head at the median interval of the
	// blocks up to it, measured anew each call. 40 blocks 7 s apart make
	// the median of the last 64 intervals 7 s, whatever came before
	// (seeding made blocks a second apart or less).
	node, _ := startDemo(t)
	for range 40 {
		if err := node.AdvanceTime(ctx, 7*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	h = head(t, c)
	hb, err := c.BlockTimes(ctx, []uint64{h})
	if err != nil {
		t.Fatal(err)
	}
	future := []uint64{h + 10, h + 1000}
	got, err := d.BlockTimes(ctx, h, append([]uint64{h}, future...))
	if err != nil {
		t.Fatal(err)
	}
	if got[h].Unix() != int64(hb[h]) {
		t.Errorf("head %d: %v, want %d", h, got[h], hb[h])
	}
	for _, b := range future {
		if wantT := int64(hb[h]) + int64(b-h)*7; got[b].Unix() != wantT {
			t.Errorf("block %d: %v, want %d (7 s per block)", b, got[b], wantT)
		}
	}
	if n := requests(c, func() { _, err = d.BlockTimes(ctx, h, future) }); err != nil || n != 1 {
		t.Errorf("future blocks again: %d requests (%v), want 1 (the unconfirmed blocks' times)", n, err)
	}
}

// TestOpen checks the defaults Open resolves and its errors.
func TestOpen(t *testing.T) {
	_, demoDAO := startDemo(t)
	ctx := context.Background()
	c := dial(t, chain.Options{})
	var d *dao.DAO
	// The governor 5 (the head; governor.New at it: code with Multicall3's
	// code in one batch, the probe with Info's getters; Settings: a
	// header), the timelock's kind and the token metadata 2, which Open
	// does not wait for: TimelockKind and Token do (open waits for both),
	// and read them no more than once. No logs.
	var tok treasury.Asset
	if n := requests(c, func() {
		d = open(t, c, dao.Config{})
		for range 2 {
			var err error
			if tok, err = d.Token(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}); n != 6 {
		t.Errorf("Open and Token made %d requests, want 6", n)
	}
	// Given the head read with the chain id when the client was dialed,
	// two less: the head, and the header for the block's time. The
	// governor's settings come from its probe, and the timelock's kind is
	// read beside the first reads; with the token named, its metadata is
	// read while the governor is probed.
	hc := dial(t, chain.Options{Head: true})
	if hc.DialHead() == nil {
		t.Fatal("no head read at Dial")
	}
	var dh *dao.DAO
	if n := requests(hc, func() {
		dh = open(t, hc, dao.Config{Head: hc.DialHead().Number.Uint64(), Token: demoDAO.Token})
	}); n != 4 {
		t.Errorf("Open given the head and the token, then Token and TimelockKind, made %d requests, want 4", n)
	}
	if k, err := dh.TimelockKind(ctx); err != nil || k != gov.TimelockController || dh.Info().Kind.Timelock != "" {
		t.Errorf("given the head: timelock kind %q (%v), Info's %q; want %q, and none", k, err, dh.Info().Kind.Timelock, gov.TimelockController)
	}
	if got, err := dh.Token(ctx); err != nil || got != tok {
		t.Errorf("given the head and the token: Token %+v (%v), want %+v", got, err, tok)
	}
	// With the treasury named too (the timelock), the timelock's kind is
	// read while the governor is probed, in as many requests: here the
	// probe is held until that read is made.
	addr := func(a common.Address) func([]byte) bool {
		hx := []byte(strings.ToLower(a.Hex()[2:]))
		return func(body []byte) bool { return bytes.Contains(bytes.ToLower(body), hx) }
	}
	grace := []byte("c1a287e2") // GRACE_PERIOD()
	h := newHolder(addr(demoDAO.Governor), func(body []byte) bool { return addr(demoDAO.Timelock)(body) && bytes.Contains(body, grace) }, 1)
	tc := dial(t, chain.Options{Head: true, HTTPClient: h.client()})
	h.armed.Store(true)
	var dt *dao.DAO
	if n := requests(tc, func() {
		dt = open(t, tc, dao.Config{Head: tc.DialHead().Number.Uint64(), Token: demoDAO.Token, Treasury: []common.Address{demoDAO.Timelock}})
	}); n != 4 {
		t.Errorf("Open given the head, the token and the treasury, then Token and TimelockKind, made %d requests, want 4", n)
	}
	h.check(t)
	if k, err := dt.TimelockKind(ctx); err != nil || k != gov.TimelockController {
		t.Errorf("given the treasury: timelock kind %q (%v), want %q", k, err, gov.TimelockController)
	}
	if k, err := d.TimelockKind(ctx); err != nil || k != gov.TimelockController || d.Info().Kind.Timelock != "" {
		t.Errorf("timelock kind %q (%v), Info's %q; want %q, and none", k, err, d.Info().Kind.Timelock, gov.TimelockController)
	}
	if d.Client() != c || d.Info().Address != demoDAO.Governor || d.Info().Token != demoDAO.Token {
		t.Errorf("client, info: %+v", d.Info())
	}
	if tok.Address != demoDAO.Token || tok.Symbol != devnet.DemoTokenSymbol || tok.Decimals != 18 || d.TokenAddress() != demoDAO.Token {
		t.Errorf("token %+v", tok)
	}
	toks := d.Tokens()
	if len(toks) != 1+len(demoDAO.Tokens) || toks[0] != tok || toks[1].Address != demoDAO.Stable || toks[1].Symbol != devnet.DemoStableSymbol || toks[1].Decimals != 6 {
		t.Errorf("tokens %+v", toks)
	}
	if tr := d.Treasury(); len(tr) != 1 || tr[0] != demoDAO.Timelock {
		t.Errorf("treasury %v", tr)
	}
	// Given token and treasury, the governance token listed again.
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	d2, err := dao.Open(ctx, c, dao.Config{Governor: demoDAO.Governor, Token: demoDAO.Token, Treasury: []common.Address{other, other},
		Tokens: []common.Address{demoDAO.Token, demoDAO.Stable}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d2.Token(ctx); err != nil {
		t.Fatal(err)
	}
	if tr := d2.Treasury(); len(tr) != 1 || tr[0] != other || len(d2.Tokens()) != 2 {
		t.Errorf("treasury %v, tokens %+v", tr, d2.Tokens())
	}
	// Detection names the demo's family; the config's family overrides it.
	if k := d.Info().Kind; k.Family != gov.FamilyOZ5 || k.Counting != gov.CountingSimple || k.Timelock != "" { // the timelock's: TimelockKind, above
		t.Errorf("detected kind %+v", k)
	}
	d4, err := dao.Open(ctx, c, dao.Config{Governor: demoDAO.Governor, Family: gov.FamilyOZ4})
	if err != nil {
		t.Fatal(err)
	}
	if k := d4.Info().Kind; k.Family != gov.FamilyOZ4 || k.Counting != gov.CountingSimple {
		t.Errorf("kind with family oz-governor-v4 configured: %+v", k)
	}

	for _, tt := range []struct {
		name string
		cfg  dao.Config
		want string
		is   error
	}{
		{"not a governor", dao.Config{Governor: demoDAO.Token}, "is not a governor daoterm can read", governor.ErrNotGovernor},
		{"no code", dao.Config{Governor: other}, "has no code", governor.ErrNoCode},
		{"start after head", dao.Config{Governor: demoDAO.Governor, StartBlock: 1 << 40}, "start block", nil},
	} {
		_, err := dao.Open(ctx, c, tt.cfg)
		if err == nil || !strings.Contains(err.Error(), tt.want) || tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}

	// A pinned "token" that is not one is listed with blank metadata, not
	// an error: any contract can be pinned or discovered.
	d3, err := dao.Open(ctx, c, dao.Config{Governor: demoDAO.Governor, Tokens: []common.Address{demoDAO.Timelock}})
	if err != nil {
		t.Fatalf("pinning a non-token: %v", err)
	}
	if _, err := d3.Token(ctx); err != nil {
		t.Fatal(err)
	}
	if toks := d3.Tokens(); len(toks) < 2 || toks[1] != (treasury.Asset{Address: demoDAO.Timelock}) {
		t.Errorf("pinned non-token: %+v", toks)
	}

	if _, err := d.Proposals(ctx, demoDAO.StartBlock-1); err == nil {
		t.Error("a block before the start block gave no error")
	}
}

// BenchmarkRefresh measures what the Proposals tab costs on each new head:
// Proposals and Votes at the new block, with the DAO (incremental) and with
// one-shot reads from the start block.
func BenchmarkRefresh(b *testing.B) {
	_, demoDAO := startDemo(b)
	ctx := context.Background()
	incremental := func(d *dao.DAO, block uint64) error {
		if _, err := d.Proposals(ctx, block); err != nil {
			return err
		}
		_, err := d.Votes(ctx, block)
		return err
	}
	oneShot := func(d *dao.DAO, block uint64) error {
		if _, err := d.Governor().Proposals(ctx, demoDAO.StartBlock, block); err != nil {
			return err
		}
		_, err := d.Governor().Votes(ctx, demoDAO.StartBlock, block)
		return err
	}
	for _, bc := range []struct {
		name     string
		logRange uint64 // 50: the demo's history in 17 chunks, as a long history would be
		read     func(d *dao.DAO, block uint64) error
	}{
		{"dao", 0, incremental},
		{"oneshot", 0, oneShot},
		{"dao, 50-block chunks", 50, incremental},
		{"oneshot, 50-block chunks", 50, oneShot},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := dial(b, chain.Options{LogRange: bc.logRange})
			d := open(b, c, dao.Config{})
			block := head(b, c)
			if err := bc.read(d, block); err != nil {
				b.Fatal(err)
			}
			var reqs int64
			for b.Loop() {
				b.StopTimer()
				mine(b, 1)
				block++
				b.StartTimer()
				reqs += requests(c, func() {
					if err := bc.read(d, block); err != nil {
						b.Fatal(err)
					}
				})
			}
			b.ReportMetric(float64(reqs)/float64(b.N), "requests/op")
		})
	}
}

// cappedProxy is a proxy to the demo chain that refuses eth_getLogs answers
// of more than limit results, as Infura does.
func cappedProxy(t *testing.T) (p *faults.Proxy, limit int) {
	t.Helper()
	node, _ := startDemo(t)
	ctx := context.Background()
	p, err := faults.New(node.HTTPURL(), faults.Fault{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	// A cap below the largest block would refuse that block alone (how many
	// logs share a block of the demo chain depends on timing): measure it
	// through the proxy without a fault first.
	first, err := chain.Dial(ctx, p.URL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := open(t, first, dao.Config{}).Ownership(ctx, head(t, first)); err != nil {
		t.Fatal(err)
	}
	first.Close()
	limit = max(25, p.Biggest().Logs)
	p.Set(faults.Fault{Kind: faults.LogsResultCap, Limit: limit})
	return p, limit
}

// TestProgressNamesResultsCap: behind an RPC that caps eth_getLogs
// results, Syncs says so (the fetch then goes one range at a time), and
// says nothing of a cap before one is seen.
func TestProgressNamesResultsCap(t *testing.T) {
	ctx := context.Background()
	p, limit := cappedProxy(t)
	var (
		d    atomic.Pointer[dao.DAO]
		mu   sync.Mutex
		caps []int
	)
	rt := roundTripper(func(r *http.Request) (*http.Response, error) {
		if x := d.Load(); x != nil {
			for _, s := range x.Syncs() {
				mu.Lock()
				caps = append(caps, s.MaxResults)
				mu.Unlock()
			}
		}
		return http.DefaultTransport.RoundTrip(r)
	})
	c, err := chain.Dial(ctx, p.URL(), chain.Options{HTTPClient: &http.Client{Transport: rt}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	x := open(t, c, dao.Config{})
	d.Store(x)
	if _, err := x.Ownership(ctx, head(t, c)); err != nil {
		t.Fatal(err)
	}
	if p.Injected() == 0 {
		t.Fatal("the proxy refused nothing: the test's cap is too high")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(caps) == 0 || caps[0] != 0 || caps[len(caps)-1] != limit {
		t.Errorf("results caps seen in Syncs: %v, want 0 before the first refusal and %d after", caps, limit)
	}
}
