package governor_test

import (
	"context"
	"testing"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/devnet"
	"github.com/daoterm/daoterm/chain/devnet/devnettest"
	"github.com/daoterm/daoterm/chain/governor"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/ethereum/go-ethereum/common"
)

// fullRead is what `daoterm` reads to show a DAO: the governor, every
// proposal with its state and tallies, every vote, the token's holders and
// delegates, and the treasury's balances and flows, all at the head block.
// It dials its own client and returns the HTTP requests it made.
func fullRead(ctx context.Context, tb testing.TB, url string, dao *devnet.DAO, opts chain.Options) int64 {
	c, err := chain.Dial(ctx, url, opts)
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	r, err := governor.New(ctx, c, dao.Governor)
	if err != nil {
		tb.Fatal(err)
	}
	block := devnettest.Head(tb, c)
	info, err := r.Info(ctx, block)
	if err != nil {
		tb.Fatal(err)
	}
	props, err := r.Proposals(ctx, dao.StartBlock, block)
	if err != nil {
		tb.Fatal(err)
	}
	votes, err := r.Votes(ctx, dao.StartBlock, block)
	if err != nil {
		tb.Fatal(err)
	}
	holders, err := token.Read(ctx, c, info.Token, dao.StartBlock, block)
	if err != nil {
		tb.Fatal(err)
	}
	tr, err := treasury.Read(ctx, c, treasury.Query{
		Accounts: []common.Address{info.Timelock},
		Tokens:   append([]common.Address{info.Token}, dao.Tokens...),
		Governor: dao.Governor,
		From:     dao.StartBlock,
	}, block)
	if err != nil {
		tb.Fatal(err)
	}
	if len(props) == 0 || len(votes) == 0 || len(holders.Holders) == 0 || len(tr.Flows) == 0 {
		tb.Fatalf("empty read: %d proposals, %d votes, %d holders, %d flows", len(props), len(votes), len(holders.Holders), len(tr.Flows))
	}
	return c.Requests()
}

// BenchmarkFullRead times a full read of the demo DAO over HTTP JSON-RPC and
// reports the requests it costs.
func BenchmarkFullRead(b *testing.B) {
	node, dao := demo.Start(b)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		opts chain.Options
	}{
		{"multicall", chain.Options{}},
		{"plain", chain.Options{NoMulticall: true}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var requests int64
			for b.Loop() {
				requests += fullRead(ctx, b, node.HTTPURL(), dao, bc.opts)
			}
			b.ReportMetric(float64(requests)/float64(b.N), "requests/op")
		})
	}
}

// TestFullReadRequests pins the request count of a full read so that a
// change that adds per-item requests fails a test, not only a benchmark.
func TestFullReadRequests(t *testing.T) {
	node, dao := demo.Start(t)
	got := fullRead(context.Background(), t, node.HTTPURL(), dao, chain.Options{})
	// Dial 1 (chain id); New 3 (head, code with Multicall3's code in one
	// batch, probe with Info's getters); head 1;
	// Info 2 (timelock probe, block time); Proposals 2 (logs, calls); Votes 1 (logs);
	// token 3 (logs, calls, block time); treasury 6 (ETH balances, calls,
	// transfers out, transfers in, executions, block times). Each of the six
	// log queries takes two requests: chain.LogsEach asks for the first 32
	// blocks alone and sizes the rest of the history from their density.
	const want = 19 + 6
	t.Logf("full read: %d requests", got)
	if got != want {
		t.Errorf("a full read of the demo DAO made %d requests, want %d", got, want)
	}
}
