package dao

import (
	"context"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// synthetic token history for the fold benchmarks.
var (
	benchToken    = common.HexToAddress("0x7000000000000000000000000000000000000007")
	transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	delegateTopic = crypto.Keccak256Hash([]byte("DelegateChanged(address,address,address)"))
)

func holder(i int) common.Address {
	var a common.Address
	binary.BigEndian.PutUint64(a[12:], uint64(i)+1)
	return a
}

func addrHash(a common.Address) common.Hash { return common.BytesToHash(a[:]) }

// bigLedger returns a token stream whose state holds holders balances (a
// fifth of them delegated), folded in memory from synthetic mints, and the
// block it is at.
func bigLedger(b *testing.B, holders int, perBlock int, fetch fetchFunc) (*stream[*token.Journal], uint64) {
	b.Helper()
	d := &DAO{cfg: Config{StartBlock: 0, Confirmations: 64}, head: 1 << 40, progress: map[string]*Sync{}}
	s := newStream(d, "token events", "", func() *token.Journal {
		l, err := token.NewLedger(benchToken, 0)
		if err != nil {
			b.Fatal(err)
		}
		return token.NewJournal(l)
	}, fetch)
	s.state, s.started = s.fresh(), true
	value := common.LeftPadBytes(big.NewInt(1e18).Bytes(), 32)
	logs := make([]types.Log, 0, holders+holders/5)
	block := uint64(1)
	for i := range holders {
		if len(logs)%perBlock == 0 && i > 0 {
			block++
		}
		logs = append(logs, types.Log{Address: benchToken, BlockNumber: block, Index: uint(len(logs)),
			Topics: []common.Hash{transferTopic, {}, addrHash(holder(i))}, Data: value})
	}
	for i := 0; i < holders; i += 5 {
		logs = append(logs, types.Log{Address: benchToken, BlockNumber: block + 1, Index: uint(len(logs)),
			Topics: []common.Hash{delegateTopic, addrHash(holder(i)), {}, addrHash(holder(i + 1))}})
	}
	if err := s.state.Fold(logs); err != nil {
		b.Fatal(err)
	}
	s.next = block + 2
	return s, block + 1
}

var oneWei = common.LeftPadBytes([]byte{1}, 32)

// blockLogs fills buf with block n's perBlock transfers between holders
// (the same for the same n, so a refetched tail compares equal).
func blockLogs(buf []types.Log, topics [][]common.Hash, n uint64, perBlock int) []types.Log {
	var h common.Hash
	binary.BigEndian.PutUint64(h[:], n)
	for k := range perBlock {
		var tx common.Hash
		binary.BigEndian.PutUint64(tx[:], n)
		binary.BigEndian.PutUint64(tx[8:], uint64(k))
		buf = append(buf, types.Log{Address: benchToken, BlockNumber: n, Index: uint(k), BlockHash: h, TxHash: tx,
			Topics: topics[(int(n)*perBlock+k)%len(topics)], Data: oneWei})
	}
	return buf
}

// BenchmarkNewBlock folds one new block of 20 transfers into a ledger of
// 200,000 holders, as a read at each new head does: the stream refetches
// its unconfirmed tail (64 blocks here, from a fake fetch), finds it
// unchanged, folds the new block's logs and makes the oldest tail block
// final. The cost must not grow with the holders (compare
// BenchmarkLedgerClone, what each new block cost before).
func BenchmarkNewBlock(b *testing.B) {
	const holders, perBlock = 200_000, 20
	topics := make([][]common.Hash, 4096)
	for i := range topics {
		topics[i] = []common.Hash{transferTopic, addrHash(holder(i * 37 % holders)), addrHash(holder(i * 91 % holders))}
	}
	var buf []types.Log
	fetch := func(_ context.Context, from, to uint64, _ func(done, total uint64), fn func([]types.Log) error) error {
		buf = buf[:0]
		for n := from; n <= to; n++ {
			buf = blockLogs(buf, topics, n, perBlock)
		}
		return fn(buf)
	}
	s, block := bigLedger(b, holders, 360, fetch)
	ctx := context.Background()
	use := func(*token.Journal) error { return nil }
	for range 64 { // fill the tail
		block++
		if err := s.at(ctx, block, nil, use); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		block++
		if err := s.at(ctx, block, nil, use); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if len(s.tail) < 60 || len(s.tail) > 66 {
		b.Fatalf("%d tail blocks, want about 64", len(s.tail))
	}
}

// BenchmarkLedgerClone is what a new block cost before the stream kept one
// state: a copy of the whole ledger (200,000 holders).
func BenchmarkLedgerClone(b *testing.B) {
	s, _ := bigLedger(b, 200_000, 360, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		_ = s.state.Ledger().Clone()
	}
}

// BenchmarkLedgerCodec encodes and decodes the state of 200,000 holders
// (a fifth delegated), as the cache does after a sync and on open.
func BenchmarkLedgerCodec(b *testing.B) {
	s, _ := bigLedger(b, 200_000, 360, nil)
	data, err := s.state.Ledger().MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(data)), "bytes")
	b.Run("encode", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			if _, err := s.state.Ledger().MarshalBinary(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			l, _ := token.NewLedger(benchToken, 0)
			if err := l.UnmarshalBinary(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
