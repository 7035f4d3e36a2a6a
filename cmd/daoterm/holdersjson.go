package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"math/big"
	"math/bits"
	"runtime"
	"strconv"
	"sync"

	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// writeHolders writes `holders --json`: the bytes writeJSON writes for a
// holdersJSON, without reflection and without holding the whole document
// (45 MB at 2·10⁵ holders). The holders are formatted in batches on every
// core, since each address's EIP-55 form costs a keccak, and written in
// order. Addresses and amounts are ASCII: nothing needs escaping.
func writeHolders(w io.Writer, snap *token.Snapshot) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "{\n  \"block\": %d,\n", snap.Block)
	if snap.CustomUnits {
		bw.WriteString("  \"custom_voting_units\": true,\n")
	}
	bw.WriteString("  \"holders\": [")
	hs := snap.Holders
	if len(hs) == 0 {
		bw.WriteString("]\n}\n")
		return bw.Flush()
	}
	const batch = 4096
	workers := runtime.GOMAXPROCS(0)
	bufs := make([][]byte, workers)
	for start := 0; start < len(hs); start += batch * workers {
		var wg sync.WaitGroup
		for k := range workers {
			lo := min(len(hs), start+k*batch)
			hi := min(len(hs), lo+batch)
			wg.Go(func() {
				b, hash := bufs[k][:0], crypto.NewKeccakState()
				for i := lo; i < hi; i++ {
					if i > 0 {
						b = append(b, ',')
					}
					b = appendHolder(b, &hs[i], snap, hash)
				}
				bufs[k] = b
			})
		}
		wg.Wait()
		for _, b := range bufs {
			if _, err := bw.Write(b); err != nil {
				return err
			}
		}
	}
	bw.WriteString("\n  ]\n}\n")
	return bw.Flush()
}

// appendHolder appends one holder as json.MarshalIndent lays it out two
// levels deep.
func appendHolder(b []byte, h *token.Holder, snap *token.Snapshot, k crypto.KeccakState) []byte {
	b = append(b, "\n    {\n      \"address\": \""...)
	b = appendHex(b, h.Address, k)
	b = append(b, "\",\n      \"balance\": \""...)
	b = appendDec(b, h.Balance)
	b = append(b, "\",\n      \"share\": "...)
	b = appendFloat(b, share(h.Balance, snap.TotalSupply))
	b = append(b, ",\n      \"delegate\": "...)
	if h.Delegate == (common.Address{}) {
		b = append(b, "null"...)
	} else {
		b = append(b, '"')
		b = appendHex(b, h.Delegate, k)
		b = append(b, '"')
	}
	b = append(b, ",\n      \"votes\": \""...)
	b = appendDec(b, h.Votes)
	return append(b, "\"\n    }"...)
}

// appendHex appends a's EIP-55 form (Address.Hex), hashing with k.
func appendHex(b []byte, a common.Address, k crypto.KeccakState) []byte {
	var hx [2 * common.AddressLength]byte
	hex.Encode(hx[:], a[:])
	var sum [32]byte
	k.Reset()
	k.Write(hx[:])
	k.Read(sum[:])
	for i, c := range hx {
		nib := sum[i/2] & 0xf
		if i%2 == 0 {
			nib = sum[i/2] >> 4
		}
		if c > '9' && nib > 7 {
			hx[i] = c - 32
		}
	}
	return append(append(b, "0x"...), hx[:]...)
}

// appendDec appends x in decimal, as big.Int.Append does, without big's
// division where x has two words below 10¹⁹·2⁶⁴ (a token balance in wei).
func appendDec(b []byte, x *big.Int) []byte {
	w := x.Bits()
	switch {
	case x.Sign() < 0:
	case len(w) == 0:
		return append(b, '0')
	case len(w) == 1:
		return strconv.AppendUint(b, uint64(w[0]), 10)
	case len(w) == 2 && bits.UintSize == 64 && uint64(w[1]) < 1e19:
		q, r := bits.Div64(uint64(w[1]), uint64(w[0]), 1e19) // q ≥ 1: x ≥ 2⁶⁴
		b = strconv.AppendUint(b, q, 10)
		var low [19]byte
		for i := len(low) - 1; i >= 0; i-- {
			low[i] = byte('0' + r%10)
			r /= 10
		}
		return append(b, low[:]...)
	}
	return x.Append(b, 10)
}

// appendFloat appends f as encoding/json writes a float64.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // e-09 becomes e-9, as encoding/json writes it
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
