package main

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
)

// TestWriteHolders checks that the hand-written `holders --json` writer
// gives the bytes writeJSON gives for the same holders, over batch
// boundaries, tiny and whole shares, null delegates and no holders.
func TestWriteHolders(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for _, n := range []int{0, 1, 7, 4096*2 + 3, 20_000} {
		snap := &token.Snapshot{Block: uint64(n) + 17, TotalSupply: new(big.Int).Lsh(big.NewInt(1), 140), CustomUnits: n%2 == 1}
		for i := range n {
			var a, d common.Address
			for k := range a {
				a[k] = byte(r.Uint32())
			}
			if r.IntN(3) > 0 {
				d = common.BigToAddress(big.NewInt(r.Int64()))
			}
			bal := new(big.Int).Rsh(snap.TotalSupply, uint(r.IntN(150)))
			bal.Add(bal, big.NewInt(r.Int64N(1e18)))
			if i == 0 {
				bal = snap.TotalSupply
			}
			snap.Holders = append(snap.Holders, token.Holder{Address: a, Balance: bal, Delegate: d, Votes: big.NewInt(r.Int64N(1e6))})
		}
		want := holdersJSON{Block: snap.Block, CustomUnits: snap.CustomUnits, Holders: make([]holderJSON, len(snap.Holders))}
		for i, h := range snap.Holders {
			want.Holders[i] = holderJSON{
				Address: h.Address.Hex(), Balance: h.Balance.String(), Share: shareRat(h.Balance, snap.TotalSupply),
				Delegate: optAddr(h.Delegate), Votes: h.Votes.String(),
			}
		}
		var got, exp bytes.Buffer
		if err := writeHolders(&got, snap); err != nil {
			t.Fatal(err)
		}
		if err := writeJSON(&exp, want); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), exp.Bytes()) {
			g, e := got.Bytes(), exp.Bytes()
			i := 0
			for i < min(len(g), len(e)) && g[i] == e[i] {
				i++
			}
			t.Fatalf("%d holders: output differs at byte %d:\n got …%s\nwant …%s", n, i, g[max(0, i-80):min(len(g), i+80)], e[max(0, i-80):min(len(e), i+80)])
		}
	}
}

// shareRat is share as it was computed before: through big.Rat.
func shareRat(part, whole *big.Int) float64 {
	n := new(big.Int).Mul(part, big.NewInt(1e8))
	f, _ := new(big.Rat).SetFrac(n.Quo(n, whole), big.NewInt(1e8)).Float64()
	return f
}
