package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/contracts"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Test contracts, hand-assembled and placed in genesis.
var (
	emitterA  = common.HexToAddress("0x00000000000000000000000000000000000e1a01")
	emitterB  = common.HexToAddress("0x00000000000000000000000000000000000e1b02")
	echo      = common.HexToAddress("0x00000000000000000000000000000000000ec403")
	reverter  = common.HexToAddress("0x00000000000000000000000000000000000de504")
	customErr = common.HexToAddress("0x00000000000000000000000000000000000c0505")
	invalidOp = common.HexToAddress("0x00000000000000000000000000000000000fe506")
	topicA    = crypto.Keccak256Hash([]byte("A(uint256)"))
	topicB    = crypto.Keccak256Hash([]byte("B(uint256)"))
)

// emitterCode returns runtime code that emits LOG2(topic0, i) for i in
// [0, n), n being the first calldata word.
func emitterCode(topic0 common.Hash) []byte {
	code := []byte{
		0x60, 0x00, 0x35, // PUSH1 0 CALLDATALOAD          n
		0x60, 0x00, // PUSH1 0                            i
		0x5b,                   // 5: JUMPDEST
		0x81, 0x81, 0x10, 0x15, // DUP2 DUP2 LT ISZERO  !(i<n)
		0x60, 0x3a, 0x57, // PUSH1 end JUMPI
		0x80, // DUP1                                  topic1 = i
		0x7f, // PUSH32 topic0
	}
	code = append(code, topic0.Bytes()...)
	code = append(code,
		0x60, 0x00, 0x60, 0x00, 0xa2, // PUSH1 0 PUSH1 0 LOG2
		0x60, 0x01, 0x01, // i++
		0x60, 0x05, 0x56, // PUSH1 loop JUMP
		0x5b, 0x00, // 0x3a: JUMPDEST STOP
	)
	return code
}

// revertCode returns runtime code that reverts with payload.
func revertCode(payload []byte) []byte {
	n := byte(len(payload))
	code := []byte{0x60, n, 0x60, 12, 0x60, 0x00, 0x39, 0x60, n, 0x60, 0x00, 0xfd}
	return append(code, payload...)
}

// echoCode returns its calldata.
var echoCode = []byte{0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x36, 0x60, 0x00, 0xf3}

func errorString(s string) []byte {
	out := append([]byte{0x08, 0xc3, 0x79, 0xa0}, common.LeftPadBytes([]byte{0x20}, 32)...)
	out = append(out, common.LeftPadBytes(big.NewInt(int64(len(s))).Bytes(), 32)...)
	return append(out, common.RightPadBytes([]byte(s), 32)...)
}

// testChain is a devnet with logs spread over a few thousand blocks.
type testChain struct {
	node *devnet.Node
	key  *ecdsa.PrivateKey
	head uint64
	logs int
}

func startChain(t testing.TB, withMulticall bool) *testChain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("daoterm chain test key")))
	from := crypto.PubkeyToAddress(key.PublicKey)
	alloc := types.GenesisAlloc{
		from:      {Balance: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1e6))},
		emitterA:  {Code: emitterCode(topicA), Balance: big.NewInt(0)},
		emitterB:  {Code: emitterCode(topicB), Balance: big.NewInt(0)},
		echo:      {Code: echoCode, Balance: big.NewInt(0)},
		reverter:  {Code: revertCode(errorString("nope")), Balance: big.NewInt(0)},
		customErr: {Code: revertCode(append([]byte{0xde, 0xad, 0xbe, 0xef}, common.LeftPadBytes([]byte{7}, 32)...)), Balance: big.NewInt(0)},
		invalidOp: {Code: []byte{0xfe}, Balance: big.NewInt(0)},
	}
	if withMulticall {
		alloc[common.HexToAddress(chain.Multicall3Address)] = types.Account{Code: contracts.Multicall3Runtime(), Balance: big.NewInt(0)}
	}
	n, err := devnet.Start(ctx, devnet.Config{Alloc: alloc})
	if err != nil {
		t.Fatalf("devnet.Start: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return &testChain{node: n, key: key}
}

// populate sends transactions emitting logs, with runs of empty blocks
// between them, deterministically from seed.
func (tc *testChain) populate(t testing.TB, seed uint64, txs int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := chain.Dial(ctx, tc.node.HTTPURL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eth := c.Eth()
	from := crypto.PubkeyToAddress(tc.key.PublicKey)
	nonce, err := eth.NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(c.ChainID())
	rng := rand.New(rand.NewPCG(seed, 1))
	send := func(to common.Address, count int) common.Hash {
		data := common.LeftPadBytes(big.NewInt(int64(count)).Bytes(), 32)
		tx := types.MustSignNewTx(tc.key, signer, &types.DynamicFeeTx{
			ChainID: c.ChainID(), Nonce: nonce, To: &to, Data: data,
			Gas: 100_000 + 2_000*uint64(count), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		})
		nonce++
		if err := eth.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send: %v", err)
		}
		tc.logs += count
		return tx.Hash()
	}
	wait := func(h common.Hash) {
		if _, err := devnettest.WaitMined(ctx, eth, h); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < txs; i++ {
		if gap := rng.IntN(60); gap > 0 {
			if err := tc.node.Mine(ctx, gap); err != nil {
				t.Fatal(err)
			}
		}
		to := emitterA
		if rng.IntN(3) == 0 {
			to = emitterB
		}
		count := rng.IntN(120)
		if rng.IntN(8) == 0 {
			count = 150 + rng.IntN(100) // dense blocks
		}
		h := send(to, count)
		if rng.IntN(5) == 0 { // a second transaction, usually in the same block
			h = send(emitterB, rng.IntN(60))
		}
		wait(h)
	}
	if err := tc.node.Mine(ctx, 5); err != nil {
		t.Fatal(err)
	}
	head, err := c.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tc.head = head.Number.Uint64()
}

// refusal is one way a provider refuses an eth_getLogs range.
type refusal struct {
	name string
	// blocks: refuse spans above K blocks; otherwise refuse results above M logs.
	blocks bool
	// respond writes the refusal; suggestTo is a last block that would work.
	respond func(w http.ResponseWriter, id json.RawMessage, from, to, suggestTo uint64)
}

func rpcError(code int, msg string, data any) func(w http.ResponseWriter, id json.RawMessage, from, to, suggestTo uint64) {
	return func(w http.ResponseWriter, id json.RawMessage, from, to, suggestTo uint64) {
		writeRPCError(w, 200, id, code, msg, data)
	}
}

func writeRPCError(w http.ResponseWriter, status int, id json.RawMessage, code int, msg string, data any) {
	e := map[string]any{"code": code, "message": msg}
	if data != nil {
		e["data"] = data
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": id, "error": e})
}

const proxyCap = 1 << 20 // the client's MaxResponseBytes in the proxy tests

var refusals = []refusal{
	{name: "geth exceed maximum block range", blocks: true, respond: rpcError(-32602, "exceed maximum block range 100", nil)},
	{name: "block range too large", blocks: true, respond: rpcError(-32000, "block range too large", nil)},
	{name: "range is too large", blocks: true, respond: rpcError(-32000, "range is too large, max is 100 blocks", nil)},
	{name: "limited to a range", blocks: true, respond: rpcError(-32614, "eth_getLogs is limited to a 100 range", nil)},
	{name: "HTTP 400 body", blocks: true, respond: func(w http.ResponseWriter, id json.RawMessage, from, to, s uint64) {
		writeRPCError(w, 400, id, -32600, "block range is too wide", nil)
	}},
	{name: "-32005 more than 10000 results with data range", respond: func(w http.ResponseWriter, id json.RawMessage, from, to, s uint64) {
		writeRPCError(w, 200, id, -32005, "query returned more than 10000 results",
			map[string]any{"from": hexutil.EncodeUint64(from), "to": hexutil.EncodeUint64(s), "limit": 10000})
	}},
	{name: "-32602 log response size exceeded with suggestion", respond: func(w http.ResponseWriter, id json.RawMessage, from, to, s uint64) {
		writeRPCError(w, 200, id, -32602, fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [%s, %s]", hexutil.EncodeUint64(from), hexutil.EncodeUint64(s)), nil)
	}},
	{name: "-32005 limit exceeded", respond: rpcError(-32005, "limit exceeded", nil)},
	{name: "-32000 query returned more than", respond: rpcError(-32000, "query returned more than 10000 results. Try with this block range [0x0, 0x0].", nil)},
	{name: "query timeout", respond: rpcError(-32000, "query timeout exceeded", nil)},
	{name: "HTTP 413", respond: func(w http.ResponseWriter, id json.RawMessage, from, to, s uint64) {
		http.Error(w, "Request Entity Too Large", http.StatusRequestEntityTooLarge)
	}},
	{name: "response over the client's cap", respond: nil}, // the proxy pads the real answer
}

// logsProxy is an HTTP JSON-RPC proxy in front of a node that refuses
// eth_getLogs spans above k blocks (refusal.blocks) or answers above m logs,
// whether eth_getLogs comes alone or batched with eth_getBlockByNumber.
// With lag set, it plays a node whose head is *lag: eth_getLogs is clamped
// to it and later blocks are unknown (null).
type logsProxy struct {
	srv      *httptest.Server
	refused  atomic.Int64
	getLogs  atomic.Int64
	maxSpan  atomic.Uint64
	upstream string
	lag      atomic.Pointer[uint64]
}

// proxyCall is one JSON-RPC call as the proxy sees it.
type proxyCall struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

func newLogsProxy(t testing.TB, upstream string, r refusal, k uint64, m int) *logsProxy {
	p := &logsProxy{upstream: upstream}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
		var calls []proxyCall
		if batch {
			json.Unmarshal(body, &calls)
		} else {
			var c proxyCall
			json.Unmarshal(body, &c)
			calls = []proxyCall{c}
		}
		li := -1 // the eth_getLogs call
		for i, c := range calls {
			if c.Method == "eth_getLogs" {
				li = i
			}
		}
		if li < 0 {
			if lag := p.lag.Load(); lag != nil && !batch && calls[0].Method == "eth_getBlockByNumber" {
				var n hexutil.Uint64
				if json.Unmarshal(calls[0].Params[0], &n) == nil && uint64(n) > *lag {
					w.Header().Set("Content-Type", "application/json")
					json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": calls[0].ID, "result": nil})
					return
				}
			}
			forward(w, upstream, body)
			return
		}
		p.getLogs.Add(1)
		var f map[string]any
		json.Unmarshal(calls[li].Params[0], &f)
		from, _ := hexutil.DecodeUint64(f["fromBlock"].(string))
		to, _ := hexutil.DecodeUint64(f["toBlock"].(string))
		// The other call of a batch (eth_getBlockByNumber) is answered from
		// upstream, or as a lagging node would.
		var extra []json.RawMessage
		for i, c := range calls {
			if i == li {
				continue
			}
			var n hexutil.Uint64
			if lag := p.lag.Load(); lag != nil && c.Method == "eth_getBlockByNumber" && json.Unmarshal(c.Params[0], &n) == nil && uint64(n) > *lag {
				b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": c.ID, "result": nil})
				extra = append(extra, b)
				continue
			}
			one, _ := json.Marshal(c)
			extra = append(extra, call(t, upstream, one))
		}
		// reply writes the eth_getLogs answer (or error) with the others.
		reply := func(status int, logsAnswer []byte) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			if !batch || status != 200 {
				w.Write(logsAnswer)
				return
			}
			w.Write([]byte("["))
			for _, e := range extra {
				w.Write(e)
				w.Write([]byte(","))
			}
			w.Write(bytes.TrimSpace(logsAnswer))
			w.Write([]byte("]"))
		}
		refuse := func(suggest uint64) {
			p.refused.Add(1)
			rec := httptest.NewRecorder()
			r.respond(rec, calls[li].ID, from, to, suggest)
			if rec.Code != 200 {
				for key, v := range rec.Header() {
					w.Header()[key] = v
				}
				w.WriteHeader(rec.Code)
				w.Write(rec.Body.Bytes())
				return
			}
			reply(200, rec.Body.Bytes())
		}
		if r.blocks && to-from+1 > k {
			refuse(from + k - 1)
			return
		}
		if lag := p.lag.Load(); lag != nil && to > *lag {
			f["toBlock"] = hexutil.EncodeUint64(*lag) // clamped, silently
		}
		fb, _ := json.Marshal(f)
		one, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": calls[li].ID, "method": "eth_getLogs", "params": []json.RawMessage{fb}})
		out := call(t, upstream, one)
		if !r.blocks {
			var res struct {
				Result []struct {
					BlockNumber hexutil.Uint64 `json:"blockNumber"`
				} `json:"result"`
			}
			if err := json.Unmarshal(out, &res); err != nil {
				t.Errorf("proxy: upstream answer: %v", err)
			}
			if len(res.Result) > m {
				if r.respond == nil {
					p.refused.Add(1)
					padded := append(append(bytes.TrimSpace(out[:len(out)-1]), bytes.Repeat([]byte(" "), proxyCap)...), '}')
					reply(200, padded)
					return
				}
				refuse(uint64(res.Result[m].BlockNumber) - 1) // logs of blocks ≤ this number are ≤ m
				return
			}
			if to-from+1 > p.maxSpan.Load() {
				p.maxSpan.Store(to - from + 1)
			}
		}
		reply(200, out)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// forward sends body upstream and copies the answer.
func forward(w http.ResponseWriter, upstream string, body []byte) {
	resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), 502)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	w.Write(out)
}

// call sends one JSON-RPC call upstream and returns the answer.
func call(t testing.TB, upstream string, body []byte) []byte {
	resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Errorf("proxy: %v", err)
		return nil
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return bytes.TrimSpace(out)
}

func logKeyOf(l types.Log) string { return fmt.Sprintf("%d/%d", l.BlockNumber, l.Index) }

// checkSameLogs fails unless got equals want exactly, strictly ordered.
func checkSameLogs(t *testing.T, got, want []types.Log) {
	t.Helper()
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.BlockNumber > b.BlockNumber || (a.BlockNumber == b.BlockNumber && a.Index >= b.Index) {
			t.Fatalf("logs %d and %d out of order or duplicated: %s then %s", i-1, i, logKeyOf(a), logKeyOf(b))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d logs, want %d", len(got), len(want))
	}
	for i := range got {
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(want[i])
		if !bytes.Equal(g, w) {
			t.Fatalf("log %d differs:\n got %s\nwant %s", i, g, w)
		}
	}
}

func TestDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	ctx := context.Background()
	tc := startChain(t, true)
	tc.populate(t, 7, 50)
	t.Logf("chain: %d blocks, %d logs", tc.head, tc.logs)

	direct, err := chain.Dial(ctx, tc.node.HTTPURL(), chain.Options{LogRange: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	all := chain.LogQuery{Topics: [][]common.Hash{{topicA, topicB}}, From: 0, To: tc.head}
	want, err := direct.Logs(ctx, all)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != tc.logs {
		t.Fatalf("unrestricted query: %d logs, sent %d", len(want), tc.logs)
	}
	// The same through ethclient, as a cross-check of the reference.
	ref, err := direct.Eth().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(tc.head), Topics: all.Topics})
	if err != nil {
		t.Fatal(err)
	}
	checkSameLogs(t, want, ref)

	queries := map[string]chain.LogQuery{
		"all":       all,
		"emitter A": {Addresses: []common.Address{emitterA}, Topics: [][]common.Hash{{topicA}}, From: 0, To: tc.head},
		"topic B":   {Topics: [][]common.Hash{{topicB}}, From: 17, To: tc.head - 3},
	}

	expected := map[string][]types.Log{}
	for name, q := range queries {
		if expected[name], err = direct.Logs(ctx, q); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("range splitting", func(t *testing.T) {
		const k, m = 100, 350 // m above the most logs one block holds (≈310)
		for _, r := range refusals {
			t.Run(r.name, func(t *testing.T) {
				p := newLogsProxy(t, tc.node.HTTPURL(), r, k, m)
				c, err := chain.Dial(ctx, p.srv.URL, chain.Options{MaxResponseBytes: proxyCap, LogRange: 5000})
				if err != nil {
					t.Fatal(err)
				}
				defer c.Close()
				for name, q := range queries {
					exp := expected[name]
					var last uint64
					q.Progress = func(done, total uint64) {
						if done <= last || done > total || total != q.To-q.From+1 {
							t.Errorf("progress %d/%d after %d", done, total, last)
						}
						last = done
					}
					got, err := c.Logs(ctx, q)
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					checkSameLogs(t, got, exp)
					if last != q.To-q.From+1 {
						t.Errorf("%s: progress ended at %d of %d", name, last, q.To-q.From+1)
					}
				}
				if p.refused.Load() == 0 {
					t.Fatalf("the proxy never refused a range: the test is not testing splitting")
				}
				if r.blocks && p.maxSpan.Load() > k {
					t.Errorf("a span of %d blocks got through a limit of %d", p.maxSpan.Load(), k)
				}
				t.Logf("%d eth_getLogs, %d refused", p.getLogs.Load(), p.refused.Load())
			})
		}
	})

	t.Run("both limits", func(t *testing.T) {
		blocks := newLogsProxy(t, tc.node.HTTPURL(), refusals[1], 400, 0)
		results := newLogsProxy(t, blocks.srv.URL, refusals[5], 0, 350)
		c, err := chain.Dial(ctx, results.srv.URL, chain.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		got, err := c.Logs(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		checkSameLogs(t, got, want)
		t.Logf("%d eth_getLogs, %d refused for blocks, %d for results", results.getLogs.Load(), blocks.refused.Load(), results.refused.Load())
	})

	t.Run("single block refused", func(t *testing.T) {
		p := newLogsProxy(t, tc.node.HTTPURL(), refusals[7], 0, 0)
		c, err := chain.Dial(ctx, p.srv.URL, chain.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_, err = c.Logs(ctx, all)
		if err == nil || !strings.Contains(err.Error(), "single block") {
			t.Fatalf("err = %v, want a refusal of a single block", err)
		}
		if n := p.getLogs.Load(); n > 64 {
			t.Errorf("%d requests before giving up", n)
		}
	})

	t.Run("clamped by a lagging node", func(t *testing.T) {
		// A node behind the chain clamps eth_getLogs to its own head and
		// says nothing: no log may reach fn, and the error names the block.
		p := newLogsProxy(t, tc.node.HTTPURL(), refusal{blocks: true}, 1<<40, 0)
		lag := tc.head / 2
		p.lag.Store(&lag)
		c, err := chain.Dial(ctx, p.srv.URL, chain.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		var got []types.Log
		err = c.LogsEach(ctx, all, func(logs []types.Log) error {
			for _, l := range logs {
				if l.BlockNumber > lag {
					t.Errorf("got a log of block %d from a node at block %d", l.BlockNumber, lag)
				}
			}
			got = append(got, logs...)
			return nil
		})
		if err == nil || !strings.Contains(err.Error(), "does not have block") || !strings.Contains(err.Error(), "lags") {
			t.Fatalf("err = %v, want one saying the node lags", err)
		}
		t.Logf("%v", err)
		// The same node catching up while asked: the full history.
		p.lag.Store(&lag)
		base := p.getLogs.Load()
		go func() {
			for p.getLogs.Load() < base+2 {
				time.Sleep(time.Millisecond)
			}
			p.lag.Store(nil)
		}()
		full, err := c.Logs(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		checkSameLogs(t, full, want)
	})

	t.Run("multicall vs batch", func(t *testing.T) {
		testMulticallVsBatch(t, tc)
	})

	t.Run("chain id mismatch", func(t *testing.T) {
		_, err := chain.Dial(ctx, tc.node.HTTPURL(), chain.Options{ChainID: big.NewInt(1)})
		if !errors.Is(err, chain.ErrChainIDMismatch) || !strings.Contains(err.Error(), "is on chain 1337, expected chain 1") {
			t.Fatalf("Dial to chain 1337 expecting 1: %v", err)
		}
		c, err := chain.Dial(ctx, tc.node.HTTPURL(), chain.Options{ChainID: big.NewInt(1337)})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if err := c.CheckChainID(ctx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("websocket", func(t *testing.T) {
		c, err := chain.Dial(ctx, tc.node.WSURL(), chain.Options{ChainID: big.NewInt(1337)})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		got, err := c.Logs(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		checkSameLogs(t, got, want)
		h, err := c.Header(ctx, tc.head)
		if err != nil || h.Number.Uint64() != tc.head {
			t.Fatalf("Header(%d) = %v, %v", tc.head, h, err)
		}
	})

	t.Run("headers", func(t *testing.T) {
		head, err := direct.Head(ctx)
		if err != nil || head.Number.Uint64() < tc.head {
			t.Fatalf("Head = %v, %v", head, err)
		}
		blocks := []uint64{0, 1, tc.head / 2, tc.head}
		times, err := direct.BlockTimes(ctx, blocks)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blocks {
			h, err := direct.Header(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			if times[b] != h.Time {
				t.Errorf("BlockTimes[%d] = %d, header says %d", b, times[b], h.Time)
			}
		}
		if _, err := direct.Header(ctx, tc.head+1000); err == nil {
			t.Errorf("Header of a future block succeeded")
		}
		if ok, err := direct.HasCode(ctx, echo, tc.head); err != nil || !ok {
			t.Errorf("HasCode(echo) = %v, %v", ok, err)
		}
		if ok, err := direct.HasCode(ctx, common.Address{9}, tc.head); err != nil || ok {
			t.Errorf("HasCode(EOA) = %v, %v", ok, err)
		}
	})
}

// testMulticallVsBatch runs the same 1,234 calls through Multicall3 and
// through plain batches and compares.
func testMulticallVsBatch(t *testing.T, tc *testChain) {
	ctx := context.Background()
	from := crypto.PubkeyToAddress(tc.key.PublicKey)
	getEthBalance := crypto.Keccak256([]byte("getEthBalance(address)"))[:4]
	calls := make([]chain.Call, 1234)
	for i := range calls {
		switch i % 7 {
		case 0, 1:
			data := make([]byte, 8+i%40)
			binary.BigEndian.PutUint64(data, uint64(i))
			calls[i] = chain.Call{To: echo, Data: data}
		case 2:
			calls[i] = chain.Call{To: reverter}
		case 3:
			calls[i] = chain.Call{To: customErr, Data: []byte{1, 2, 3}}
		case 4:
			calls[i] = chain.Call{To: emitterA, Data: common.LeftPadBytes([]byte{2}, 32)}
		case 5:
			calls[i] = chain.Call{To: common.Address{byte(i)}, Data: []byte{1}} // no code
		case 6:
			calls[i] = chain.Call{To: common.HexToAddress(chain.Multicall3Address), Data: append(getEthBalance, common.LeftPadBytes(from.Bytes(), 32)...)}
		}
	}
	mc, err := chain.Dial(ctx, tc.node.HTTPURL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer mc.Close()
	plain, err := chain.Dial(ctx, tc.node.HTTPURL(), chain.Options{NoMulticall: true})
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()

	block := tc.head
	before := mc.Requests()
	got, err := mc.CallAt(ctx, block, calls)
	if err != nil {
		t.Fatal(err)
	}
	if n := mc.Requests() - before; n != 1 {
		t.Errorf("multicall: %d requests, want 1 (one batch of 3 aggregate3 and the code check)", n)
	}
	for _, step := range []struct {
		block uint64
		want  int64
	}{
		{block, 1},      // presence cached
		{block - 10, 1}, // below the lowest block known to have the code: checked again, in the same batch
		{block - 5, 1},  // between: cached
	} {
		before = mc.Requests()
		if _, err := mc.CallAt(ctx, step.block, calls[:10]); err != nil {
			t.Fatal(err)
		}
		if n := mc.Requests() - before; n != step.want {
			t.Errorf("multicall at block %d: %d requests, want %d", step.block, n, step.want)
		}
	}

	before = plain.Requests()
	want, err := plain.CallAt(ctx, block, calls)
	if err != nil {
		t.Fatal(err)
	}
	if n := plain.Requests() - before; n != 3 {
		t.Errorf("plain batches: %d requests, want 3", n)
	}
	for i := range calls {
		g, w := got[i], want[i]
		if !bytes.Equal(g.Data, w.Data) || (g.Err == nil) != (w.Err == nil) {
			t.Fatalf("call %d (%s): multicall %x, %v; plain %x, %v", i, calls[i].To, g.Data, g.Err, w.Data, w.Err)
		}
		if g.Err == nil {
			continue
		}
		var ge, we *chain.RevertError
		if !errors.As(g.Err, &ge) || !errors.As(w.Err, &we) || !errors.Is(g.Err, chain.ErrReverted) || !errors.Is(w.Err, chain.ErrReverted) {
			t.Fatalf("call %d: errors %v / %v are not RevertErrors", i, g.Err, w.Err)
		}
		if !bytes.Equal(ge.Data, we.Data) {
			t.Fatalf("call %d: revert data %x vs %x", i, ge.Data, we.Data)
		}
		switch calls[i].To {
		case reverter:
			if ge.Reason != "nope" || we.Reason != "nope" {
				t.Errorf("call %d: reasons %q / %q, want nope", i, ge.Reason, we.Reason)
			}
		case customErr:
			if !strings.Contains(ge.Error(), "0xdeadbeef") {
				t.Errorf("call %d: %v does not name the custom error selector", i, ge)
			}
		}
	}
	// An inner call that burns all its gas (INVALID) makes the aggregate run
	// out of gas: CallAt falls back to plain calls for that group.
	calls[600] = chain.Call{To: invalidOp}
	before = mc.Requests()
	got, err = mc.CallAt(ctx, block, calls)
	if err != nil {
		t.Fatal(err)
	}
	if n := mc.Requests() - before; n != 2 {
		t.Errorf("multicall with a gas-burning call: %d requests, want 2 (one batch, one fallback batch)", n)
	}
	if !errors.Is(got[600].Err, chain.ErrReverted) {
		t.Errorf("INVALID: err = %v, want ErrReverted", got[600].Err)
	}
	for i := range calls {
		if i != 600 && !bytes.Equal(got[i].Data, want[i].Data) {
			t.Fatalf("after fallback, call %d differs", i)
		}
	}

	// Sanity: the echo calls really came back.
	if !bytes.Equal(got[0].Data, calls[0].Data) {
		t.Errorf("echo: %x", got[0].Data)
	}
}

// BenchmarkLogs reads every log of the test chain through a provider that
// refuses spans above 100 blocks and answers above 350 logs, reporting the
// eth_getLogs requests it took.
func BenchmarkLogs(b *testing.B) {
	ctx := context.Background()
	tc := startChain(b, false)
	tc.populate(b, 7, 50)
	blocks := newLogsProxy(b, tc.node.HTTPURL(), refusals[0], 100, 0)
	results := newLogsProxy(b, blocks.srv.URL, refusals[5], 0, 350)
	c, err := chain.Dial(ctx, results.srv.URL, chain.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	q := chain.LogQuery{Topics: [][]common.Hash{{topicA, topicB}}, From: 0, To: tc.head}
	before := c.Requests()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		logs, err := c.Logs(ctx, q)
		if err != nil || len(logs) != tc.logs {
			b.Fatalf("%d logs, %v", len(logs), err)
		}
	}
	b.ReportMetric(float64(c.Requests()-before)/float64(b.N), "requests/op")
	b.ReportMetric(float64(tc.head), "blocks")
}

// BenchmarkCallAt runs 1,234 calls at one block, through Multicall3 and as
// plain batches, reporting HTTP requests per run.
func BenchmarkCallAt(b *testing.B) {
	ctx := context.Background()
	tc := startChain(b, true)
	calls := make([]chain.Call, 1234)
	for i := range calls {
		calls[i] = chain.Call{To: echo, Data: binary.BigEndian.AppendUint64(nil, uint64(i))}
	}
	for _, mode := range []struct {
		name string
		opts chain.Options
	}{{"multicall", chain.Options{}}, {"batch", chain.Options{NoMulticall: true}}} {
		b.Run(mode.name, func(b *testing.B) {
			c, err := chain.Dial(ctx, tc.node.HTTPURL(), mode.opts)
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			head, err := c.Head(ctx)
			if err != nil {
				b.Fatal(err)
			}
			before := c.Requests()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := c.CallAt(ctx, head.Number.Uint64(), calls); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(c.Requests()-before)/float64(b.N), "requests/op")
		})
	}
}
