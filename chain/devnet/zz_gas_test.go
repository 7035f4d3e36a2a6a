package devnet

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

type txInfo struct {
	gas   uint64
	block uint64
	idx   uint
	from  common.Address
}

func gasMap(t *testing.T, d *demo) map[common.Hash]txInfo {
	m := map[common.Hash]txInfo{}
	signer := types.LatestSignerForChainID(d.dao.ChainID)
	for b := uint64(0); b <= d.head; b++ {
		blk, err := d.ec.BlockByNumber(context.Background(), new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for i, tx := range blk.Transactions() {
			rc, err := d.ec.TransactionReceipt(context.Background(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			from, _ := types.Sender(signer, tx)
			m[tx.Hash()] = txInfo{rc.GasUsed, b, uint(i), from}
		}
	}
	return m
}

func TestGasDiff(t *testing.T) {
	for k := 0; k < 4; k++ {
		d1 := startDemo(t, Config{}, testSeed, "")
		d2 := startDemo(t, Config{}, testSeed, "")
		g1, g2 := gasMap(t, d1), gasMap(t, d2)
		c := newCast(testSeed)
		names := map[common.Address]string{}
		for _, a := range append([]*actor{c.deployer, c.alice, c.bob, c.carol, c.dave, c.erin, c.northwind, c.hyperplane, c.osprey, c.mira, c.tomas, c.priya, c.kenji, c.lucia, c.samir}, c.tail...) {
			names[a.addr] = a.name
		}
		for h, a := range g1 {
			b, ok := g2[h]
			if !ok {
				t.Errorf("tx %s missing in run 2", h.Hex())
				continue
			}
			if a.gas != b.gas {
				t.Errorf("%s from %s: gas %d (block %d idx %d) vs %d (block %d idx %d)", h.Hex()[:10], names[a.from], a.gas, a.block-d1.dao.StartBlock, a.idx, b.gas, b.block-d2.dao.StartBlock, b.idx)
			}
		}
		d1.node.Close()
		d2.node.Close()
	}
}
