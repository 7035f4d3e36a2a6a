package faults_test

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
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/faults"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// start runs an empty devnet with one funded key, mines a few blocks and
// puts a proxy doing f in front of it.
func start(t *testing.T, f faults.Fault) (*devnet.Node, *faults.Proxy, *rpc.Client, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: big.NewInt(1e18)}}
	n, err := devnet.Start(context.Background(), devnet.Config{Alloc: alloc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	if err := n.Mine(context.Background(), 9); err != nil {
		t.Fatal(err)
	}
	p, err := faults.New(n.HTTPURL(), f)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	c, err := rpc.Dial(p.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return n, p, c, key
}

// post sends a raw body to the proxy and returns the raw answer.
func post(t *testing.T, p *faults.Proxy, body string) []byte {
	t.Helper()
	resp, err := http.Post(p.URL(), "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDropTransactions(t *testing.T) {
	n, p, c, priv := start(t, faults.Fault{Kind: faults.DropTransactions})
	signer := types.LatestSignerForChainID(n.ChainID())
	tx, err := types.SignNewTx(priv, signer, &types.DynamicFeeTx{
		ChainID: n.ChainID(), Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 21000,
		To: &common.Address{1}, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var hash common.Hash
	if err := c.Call(&hash, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		t.Fatal(err)
	}
	if hash != tx.Hash() || p.Injected() != 1 {
		t.Fatalf("hash %s, want %s; injected %d", hash, tx.Hash(), p.Injected())
	}
	direct := n.Attach()
	defer direct.Close()
	var got map[string]any
	if err := direct.Call(&got, "eth_getTransactionByHash", hash); err != nil || got != nil {
		t.Fatalf("the node knows the dropped transaction: %v, %v", got, err)
	}
	// The same transaction sent to the node itself is valid and lands.
	if err := direct.Call(&hash, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		t.Fatalf("the transaction is not valid: %v", err)
	}
}

func TestLaggingAndClamped(t *testing.T) {
	n, p, c, _ := start(t, faults.Fault{Kind: faults.LaggingHead, Lag: 4})
	head := n.Head()
	var num hexutil.Uint64
	if err := c.Call(&num, "eth_blockNumber"); err != nil || uint64(num) != head-4 {
		t.Fatalf("lagging eth_blockNumber = %d, %v; node head %d", num, err, head)
	}
	var blk map[string]any
	if err := c.Call(&blk, "eth_getBlockByNumber", hexutil.EncodeUint64(head), false); err != nil || blk != nil {
		t.Fatalf("block past the lagging head: %v, %v", blk, err)
	}
	var bal hexutil.Big
	if err := c.Call(&bal, "eth_getBalance", common.Address{}, hexutil.EncodeUint64(head)); err == nil || !strings.Contains(err.Error(), "header not found") {
		t.Fatalf("balance past the lagging head: %v", err)
	}
	filter := map[string]any{"fromBlock": "0x1", "toBlock": hexutil.EncodeUint64(head)}
	var logs []json.RawMessage
	if err := c.Call(&logs, "eth_getLogs", filter); err == nil {
		t.Fatal("eth_getLogs past the lagging head was not refused")
	}

	// Clamped: eth_getLogs answers (an empty list for a range past the head),
	// and its batch sees the lagging backend; other requests see the node.
	p.Set(faults.Fault{Kind: faults.ClampedLogs, Lag: 4})
	batch := []rpc.BatchElem{
		{Method: "eth_getLogs", Args: []any{map[string]any{"fromBlock": hexutil.EncodeUint64(head - 1), "toBlock": hexutil.EncodeUint64(head)}}, Result: &logs},
		{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(head), false}, Result: &blk},
	}
	if err := c.BatchCall(batch); err != nil || batch[0].Error != nil || batch[1].Error != nil || logs == nil || len(logs) != 0 || blk != nil {
		t.Fatalf("clamped batch: %v %v %v; logs %v, block %v", err, batch[0].Error, batch[1].Error, logs, blk)
	}
	if err := c.Call(&num, "eth_blockNumber"); err != nil || uint64(num) != head {
		t.Fatalf("a request without eth_getLogs: head %d, %v; want %d", num, err, head)
	}
}

func TestBatchesAndIdentity(t *testing.T) {
	n, p, c, _ := start(t, faults.Fault{Kind: faults.BatchReordered})
	body := `[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"eth_blockNumber"},{"jsonrpc":"2.0","id":3,"method":"net_version"}]`
	var answers []struct {
		ID int `json:"id"`
	}
	if err := json.Unmarshal(post(t, p, body), &answers); err != nil || len(answers) != 3 || answers[0].ID != 3 || answers[2].ID != 1 {
		t.Fatalf("reordered: %+v, %v", answers, err)
	}
	p.Set(faults.Fault{Kind: faults.BatchPartial})
	if err := json.Unmarshal(post(t, p, body), &answers); err != nil || len(answers) != 2 {
		t.Fatalf("partial: %+v, %v", answers, err)
	}
	p.Set(faults.Fault{Kind: faults.BatchRefused, Limit: 2})
	if b := post(t, p, body); !bytes.Contains(b, []byte("batch size too large")) {
		t.Fatalf("refused: %s", b)
	}
	p.Set(faults.Fault{Kind: faults.WrongChainID, ChainID: 5})
	var id hexutil.Big
	if err := c.Call(&id, "eth_chainId"); err != nil || id.ToInt().Int64() != 5 {
		t.Fatalf("chain id %v, %v", id.ToInt(), err)
	}
	direct := n.Attach()
	defer direct.Close()
	var real, fake struct {
		Hash common.Hash `json:"hash"`
	}
	if err := direct.Call(&real, "eth_getBlockByNumber", "0x0", false); err != nil {
		t.Fatal(err)
	}
	p.Set(faults.Fault{Kind: faults.ChangedGenesis})
	if err := c.Call(&fake, "eth_getBlockByNumber", "0x0", false); err != nil || fake.Hash == real.Hash || fake.Hash == (common.Hash{}) {
		t.Fatalf("genesis %s (real %s), %v", fake.Hash, real.Hash, err)
	}
	p.Set(faults.Fault{Kind: faults.LogsRangeCap, Limit: 3})
	var logs []json.RawMessage
	err := c.Call(&logs, "eth_getLogs", map[string]any{"fromBlock": "0x1", "toBlock": "0x5"})
	if err == nil || !strings.Contains(err.Error(), "exceed maximum block range: 3") {
		t.Fatalf("range cap: %v", err)
	}
	if err := c.Call(&logs, "eth_getLogs", map[string]any{"fromBlock": "0x1", "toBlock": "0x3"}); err != nil {
		t.Fatalf("a range within the cap: %v", err)
	}
}

// TestLogsResultCaps: the results caps refuse an eth_getLogs answer over
// the limit in each provider's words, suggesting (Infura, Alchemy) the most
// whole blocks from the start within the limit, or no range; an answer
// within the limit passes; eth_getLogs calls are counted.
func TestLogsResultCaps(t *testing.T) {
	n, p, c, priv := start(t, faults.Fault{})
	// Three blocks of two logs each: contracts whose creation code emits
	// two LOG0 and stops.
	direct := n.Attach()
	defer direct.Close()
	signer := types.LatestSignerForChainID(n.ChainID())
	code := []byte{0x60, 0, 0x60, 0, 0xa0, 0x60, 0, 0x60, 0, 0xa0, 0x00}
	var first, last uint64
	for nonce := range uint64(3) {
		tx, err := types.SignNewTx(priv, signer, &types.DynamicFeeTx{
			ChainID: n.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 100_000, Data: code,
		})
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		var hash common.Hash
		if err := direct.Call(&hash, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
			t.Fatal(err)
		}
		var rc *types.Receipt
		for rc == nil {
			if err := direct.Call(&rc, "eth_getTransactionReceipt", hash); err != nil {
				t.Fatal(err)
			}
		}
		if len(rc.Logs) != 2 {
			t.Fatalf("%d logs in the receipt", len(rc.Logs))
		}
		if nonce == 0 {
			first = rc.BlockNumber.Uint64()
		}
		last = rc.BlockNumber.Uint64()
	}
	if last != first+2 {
		t.Fatalf("logs in blocks %d to %d, want three blocks in a row", first, last)
	}
	filter := map[string]any{"fromBlock": hexutil.EncodeUint64(first), "toBlock": hexutil.EncodeUint64(last)}
	hint := "[" + hexutil.EncodeUint64(first) + ", " + hexutil.EncodeUint64(first) + "]"
	for _, tc := range []struct {
		kind faults.Kind
		code int
		want []string
	}{
		{faults.LogsResultCap, -32005, []string{"query returned more than 3 results. Try with this block range " + hint}},
		{faults.LogsResultCapAlchemy, -32602, []string{"Log response size exceeded.", "a cap of 3 logs", "this block range should work: " + hint}},
		{faults.LogsResultCapBare, -32005, []string{"query returned more than 3 results"}},
		{faults.LogsLimitExceeded, -32005, []string{"limit exceeded"}},
	} {
		p.Set(faults.Fault{Kind: tc.kind, Limit: 3})
		var logs []json.RawMessage
		err := c.Call(&logs, "eth_getLogs", filter)
		var re rpc.Error
		if !errors.As(err, &re) || re.ErrorCode() != tc.code {
			t.Fatalf("%s: err = %v, want code %d", tc.kind, err, tc.code)
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q does not say %q", tc.kind, err, w)
			}
		}
		if tc.kind == faults.LogsResultCapBare && strings.Contains(err.Error(), "[") {
			t.Errorf("%s: %q suggests a range", tc.kind, err)
		}
		var de rpc.DataError
		if tc.kind == faults.LogsResultCap && (!errors.As(err, &de) || !strings.Contains(fmt.Sprint(de.ErrorData()), hexutil.EncodeUint64(first))) {
			t.Errorf("%s: error data %v, want the range", tc.kind, de)
		}
		within := map[string]any{"fromBlock": hexutil.EncodeUint64(first), "toBlock": hexutil.EncodeUint64(first)}
		if err := c.Call(&logs, "eth_getLogs", within); err != nil || len(logs) != 2 {
			t.Errorf("%s: a range within the cap: %d logs, %v", tc.kind, len(logs), err)
		}
		if p.Calls("eth_getLogs") != 2 || p.Injected() == 0 {
			t.Errorf("%s: %d eth_getLogs calls counted, %d injected", tc.kind, p.Calls("eth_getLogs"), p.Injected())
		}
	}
}
