package chain

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// benchLogsBody is a batch answer of n Transfer-like logs and block to.
func benchLogsBody(n int, to uint64) []byte {
	logs := make([]map[string]any, n)
	for i := range logs {
		l := fakeLog(fakeAddr, fakeTopic, to-uint64(i%8), uint64(i))
		l["topics"] = []common.Hash{fakeTopic, {byte(i)}, {byte(i >> 8)}}
		l["data"] = hexutil.Bytes(common.Hash{byte(i)}.Bytes())
		l["blockTimestamp"] = "0x6543"
		logs[i] = l
	}
	b, _ := json.Marshal([]any{
		map[string]any{"jsonrpc": "2.0", "id": 1, "result": logs},
		map[string]any{"jsonrpc": "2.0", "id": 2, "result": map[string]any{"number": hexutil.Uint64(to), "hash": common.Hash{1}}},
	})
	return b
}

// BenchmarkDecodeLogs: CPU and allocations of reading one answer of
// 10,000 logs.
func BenchmarkDecodeLogs(b *testing.B) {
	body := benchLogsBody(10_000, 1000)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		logs, err := decodeLogsResponse(body, 1000, true)
		if err != nil || len(logs) != 10_000 {
			b.Fatal(fmt.Sprint(len(logs), err))
		}
	}
}
