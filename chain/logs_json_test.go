package chain

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
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
// 10,000 logs as it streams in, as postLogs does.
func BenchmarkDecodeLogs(b *testing.B) {
	body := benchLogsBody(10_000, 1000)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	win := make([]byte, 0, jsonWindow)
	for b.Loop() {
		logs, err := decodeLogsResponse(&jsonReader{b: win[:0], src: bytes.NewReader(body)}, 1000, true, 10_000)
		if err != nil || len(logs) != 10_000 {
			b.Fatal(fmt.Sprint(len(logs), err))
		}
	}
}

// TestStreamDecode: an answer read as it streams in, however the reads cut
// it, decodes to the same logs as the whole body, and the window it is
// read through stays the size of a few logs, not of the answer.
func TestStreamDecode(t *testing.T) {
	body := benchLogsBody(5_000, 1000)
	want, err := decodeLogsResponse(&jsonReader{b: body}, 1000, true, 0)
	if err != nil || len(want) != 5_000 {
		t.Fatal(len(want), err)
	}
	for name, src := range map[string]io.Reader{
		"whole":    bytes.NewReader(body),
		"one byte": iotest.OneByteReader(bytes.NewReader(body)),
		"halves":   iotest.HalfReader(bytes.NewReader(body)),
		"7 bytes":  &chunkReader{b: body, n: 7},
		"eof data": iotest.DataErrReader(bytes.NewReader(body)),
	} {
		r := newStreamReader(src)
		got, err := decodeLogsResponse(r, 1000, true, 10)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the logs differ from those of the whole body", name)
		}
		if r.n != int64(len(body)) {
			t.Errorf("%s: read %d bytes of %d", name, r.n, len(body))
		}
		if cap(r.b) > 2*jsonWindow {
			t.Errorf("%s: window grew to %d bytes for a %d-byte answer", name, cap(r.b), len(body))
		}
	}
	// Cut short: an error naming the end, and the reader's own error kept.
	cut := errors.New("connection reset")
	r := newStreamReader(io.MultiReader(bytes.NewReader(body[:len(body)/2]), iotest.ErrReader(cut)))
	if _, err := decodeLogsResponse(r, 1000, true, 0); err == nil || r.readErr() != cut {
		t.Errorf("a body cut short: err = %v, readErr = %v", err, r.readErr())
	}
	// A reader that keeps returning nothing, and no error, is an error.
	r = &jsonReader{src: iotest.ErrReader(nil)}
	if _, err := decodeLogsResponse(r, 1000, true, 0); err == nil || r.readErr() != io.ErrNoProgress {
		t.Errorf("a reader without progress: err = %v, readErr = %v", err, r.readErr())
	}
	// A single log larger than the window grows it, and reads right.
	big := benchLogsBody(1, 1000)
	huge := `"data":"0x` + strings.Repeat("ab", jsonWindow) + `"`
	big = bytes.Replace(big, []byte(`"data":"0x`+strings.Repeat("0", 64)+`"`), []byte(huge), 1)
	if !bytes.Contains(big, []byte(huge)) {
		t.Fatal("the test body has no data field to grow")
	}
	logs, err := decodeLogsResponse(&jsonReader{src: &chunkReader{b: big, n: 1000}}, 1000, true, 0)
	if err != nil || len(logs) != 1 || len(logs[0].Data) != jsonWindow {
		t.Errorf("a log larger than the window: %d logs, err %v", len(logs), err)
	}
}

// chunkReader hands out b n bytes a read.
type chunkReader struct {
	b []byte
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.b) == 0 {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), c.n)], c.b)
	c.b = c.b[k:]
	return k, nil
}

// FuzzStreamDecode: any body decodes alike whole and streamed in a few
// bytes at a time (the same logs, or an error both ways), and never panics.
func FuzzStreamDecode(f *testing.F) {
	f.Add(benchLogsBody(3, 1000), uint8(1))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"result":[]}`), uint8(2))
	f.Add([]byte(`[{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results"}},{"id":2,"result":null}]`), uint8(3))
	f.Add([]byte(`[{"id":"1","result":[{"address":"0x`+strings.Repeat("a", 40)+`","topics":[],"data":"0x","blockNumber":"0x1","transactionHash":"0x`+strings.Repeat("0", 64)+`","logIndex":"0x0"}]},{"id":2,"result":{"number":"0x3e8"}}]`), uint8(5))
	f.Fuzz(func(t *testing.T, body []byte, chunk uint8) {
		whole, werr := decodeLogsResponse(&jsonReader{b: body}, 1000, true, 0)
		r := &jsonReader{src: &chunkReader{b: body, n: int(chunk%16) + 1}}
		streamed, serr := decodeLogsResponse(r, 1000, true, 0)
		if (werr == nil) != (serr == nil) {
			t.Fatalf("whole: %v; streamed: %v", werr, serr)
		}
		if werr == nil && !reflect.DeepEqual(whole, streamed) {
			t.Fatalf("the logs differ: %d whole, %d streamed", len(whole), len(streamed))
		}
	})
}

// TestDecodeHex: decodeHex (eight digits a word, then one pair at a time)
// agrees with encoding/hex on every byte value at every position of
// strings of every length up to 40 digits: the same bytes, and a refusal
// exactly where encoding/hex refuses.
func TestDecodeHex(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const digits = "0123456789abcdefABCDEF"
	for n := 0; n <= 20; n++ {
		for range 50 {
			s := make([]byte, 2*n)
			for i := range s {
				s[i] = digits[rng.IntN(len(digits))]
			}
			check := func(s []byte) {
				want, err := hex.DecodeString(string(s))
				got := make([]byte, n)
				ok := decodeHex(got, s)
				if ok != (err == nil) || ok && !bytes.Equal(got, want) {
					t.Fatalf("decodeHex(%q) = %x, %v; encoding/hex: %x, %v", s, got, ok, want, err)
				}
			}
			check(s)
			if n == 0 {
				continue
			}
			i := rng.IntN(len(s))
			for c := range 256 {
				bad := bytes.Clone(s)
				bad[i] = byte(c)
				check(bad)
			}
		}
	}
}

// TestDecodeRepeatedFields: logs whose fields repeat, in part or whole,
// from one log to the next (as a block's logs share its hash and a token's
// logs its address and topic) decode as go-ethereum's own decoder reads
// them: a remembered field is never carried over to a log that differs.
func TestDecodeRepeatedFields(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pick := func(pool []common.Hash) common.Hash { return pool[r.IntN(len(pool))] }
	hashes := []common.Hash{{1}, {1, 2}, {2}, common.HexToHash("0x01"), common.HexToHash("0xff01"), {0xab, 0xcd}}
	var logs []map[string]any
	for i := range 400 {
		topics := make([]common.Hash, r.IntN(6))
		for k := range topics {
			topics[k] = pick(hashes)
		}
		l := fakeLog(common.BytesToAddress(pick(hashes).Bytes()), common.Hash{}, 1000, uint64(i))
		l["topics"] = topics
		l["blockHash"], l["transactionHash"] = pick(hashes), pick(hashes)
		l["data"] = hexutil.Bytes(pick(hashes).Bytes()[:r.IntN(33)])
		logs = append(logs, l)
	}
	result, _ := json.Marshal(logs)
	var want []types.Log
	if err := json.Unmarshal(result, &want); err != nil {
		t.Fatal(err)
	}
	body := []byte(`{"jsonrpc":"2.0","id":1,"result":` + string(result) + `}`)
	got, err := decodeLogsResponse(newStreamReader(&chunkReader{b: body, n: 97}), 1000, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		w, g := want[i], got[i]
		if g.Address != w.Address || g.BlockHash != w.BlockHash || g.TxHash != w.TxHash || !slices.Equal(g.Topics, w.Topics) || !bytes.Equal(g.Data, w.Data) {
			t.Fatalf("log %d: %+v, want %+v", i, g, w)
		}
	}
	// A repeated field that is not hex is refused, though the digits it
	// repeats were remembered from a log before.
	k := bytes.LastIndex(body, []byte(`"blockHash":"0x01`))
	bad := slices.Concat(body[:k], []byte(`"blockHash":"0xg1`), body[k+len(`"blockHash":"0x01`):])
	if _, err := decodeLogsResponse(&jsonReader{b: bad}, 1000, false, 0); err == nil {
		t.Error("a bad digit was read")
	}
}
