package treasury

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestFlowsCodec(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	var flows []Flow
	for i := range 50 {
		f := Flow{
			Account:      common.BigToAddress(big.NewInt(int64(1 + r.IntN(3)))),
			Block:        uint64(100 + i),
			Tx:           common.BigToHash(big.NewInt(int64(i))),
			LogIndex:     uint(r.IntN(9)),
			Direction:    In,
			Asset:        Asset{Address: common.BigToAddress(big.NewInt(int64(r.IntN(4)))), Symbol: "ETH", Decimals: 18, Name: "x"},
			Amount:       big.NewInt(r.Int64N(1e18)),
			Counterparty: common.BigToAddress(big.NewInt(int64(r.IntN(1e6)))),
		}
		if r.IntN(2) == 0 {
			f.Direction = Out
		}
		if r.IntN(4) == 0 {
			f.Asset.NFT, f.TokenID, f.Amount = true, big.NewInt(r.Int64N(1e4)), big.NewInt(1)
		}
		if r.IntN(3) == 0 {
			f.Proposal = new(big.Int).Lsh(big.NewInt(r.Int64N(1e9)), 200) // a hash-sized id
		}
		flows = append(flows, f)
	}
	for _, in := range [][]Flow{nil, {}, flows} {
		data := MarshalFlows(in)
		got, err := UnmarshalFlows(data)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(in)
		if len(in) == 0 {
			b = []byte("[]")
		}
		if string(a) != string(b) {
			t.Fatalf("round trip:\n%s\n%s", a, b)
		}
	}
	data := MarshalFlows(flows)
	for n := 0; n < len(data); n += 1 + n/8 {
		if _, err := UnmarshalFlows(data[:n]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	for range 300 {
		bad := append([]byte(nil), data...)
		bad[r.IntN(len(bad))] ^= byte(1 + r.IntN(255))
		_, _ = UnmarshalFlows(bad) // an error or other flows, never a panic
	}
}
