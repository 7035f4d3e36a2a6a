package token

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

var (
	tokenAddr = common.HexToAddress("0x7000000000000000000000000000000000000007")
	alice     = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	bob       = common.HexToAddress("0x00000000000000000000000000000000000000b0")
	carol     = common.HexToAddress("0x00000000000000000000000000000000000000c0")
)

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

// logBuilder makes chain-ordered synthetic logs.
type logBuilder struct {
	t    testing.TB
	p    *parsed
	logs []types.Log
}

func (b *logBuilder) add(topics []common.Hash, data []byte) {
	n := uint64(len(b.logs))
	b.logs = append(b.logs, types.Log{
		Address: tokenAddr, Topics: topics, Data: data,
		BlockNumber: 10 + n, Index: uint(n), TxHash: common.BigToHash(big.NewInt(int64(n + 1))),
	})
}

func (b *logBuilder) transfer(from, to common.Address, v int64) {
	b.add([]common.Hash{b.p.transfer, addrTopic(from), addrTopic(to)}, common.LeftPadBytes(big.NewInt(v).Bytes(), 32))
}

// nft adds an ERC-721 Transfer: tokenId indexed, no data.
func (b *logBuilder) nft(from, to common.Address, id int64) {
	b.add([]common.Hash{b.p.transfer, addrTopic(from), addrTopic(to), common.BigToHash(big.NewInt(id))}, nil)
}

func (b *logBuilder) delegate(who, from, to common.Address) {
	b.add([]common.Hash{b.p.delegateChanged, addrTopic(who), addrTopic(from), addrTopic(to)}, nil)
}

func (b *logBuilder) votes(who common.Address, prev, next int64) {
	data, err := b.p.Events["DelegateVotesChanged"].Inputs.NonIndexed().Pack(big.NewInt(prev), big.NewInt(next))
	if err != nil {
		b.t.Fatal(err)
	}
	b.add([]common.Hash{b.p.votesChanged, addrTopic(who)}, data)
}

func newBuilder(t testing.TB) *logBuilder {
	p, err := parseABI()
	if err != nil {
		t.Fatal(err)
	}
	return &logBuilder{t: t, p: p}
}

func TestRebuild(t *testing.T) {
	b := newBuilder(t)
	zero := common.Address{}
	b.transfer(zero, alice, 100) // mint
	b.transfer(zero, bob, 50)
	b.delegate(alice, zero, alice)
	b.votes(alice, 0, 100)
	b.delegate(bob, zero, alice)
	b.votes(alice, 100, 150)
	b.transfer(alice, carol, 30)
	b.votes(alice, 150, 120)
	b.delegate(bob, alice, carol) // re-delegation
	b.votes(alice, 120, 70)
	b.votes(carol, 0, 50)
	b.transfer(bob, zero, 10) // burn
	b.votes(carol, 50, 40)
	b.transfer(carol, carol, 5) // self transfer

	snap, err := b.p.rebuild(b.logs, 0)
	if err != nil {
		t.Fatal(err)
	}
	type hv struct {
		bal, votes int64
		del        common.Address
	}
	want := map[common.Address]hv{
		alice: {70, 70, alice},
		bob:   {40, 0, carol},
		carol: {30, 40, zero},
	}
	if len(snap.Holders) != 3 {
		t.Fatalf("holders %+v", snap.Holders)
	}
	order := []common.Address{alice, bob, carol} // by balance, largest first
	for i, h := range snap.Holders {
		w := want[h.Address]
		if h.Address != order[i] || h.Balance.Int64() != w.bal || h.Votes.Int64() != w.votes || h.Delegate != w.del {
			t.Errorf("holder %d = %s bal %s votes %s del %s; want %s %+v", i, h.Address, h.Balance, h.Votes, h.Delegate, order[i], w)
		}
	}
	if snap.TotalVotes.Int64() != 110 {
		t.Errorf("total votes %s, want 110", snap.TotalVotes)
	}
	if len(snap.Delegates) != 2 || snap.Delegates[0].Address != alice || snap.Delegates[1].Address != carol {
		t.Fatalf("delegates %+v", snap.Delegates)
	}
	if d := snap.Delegates[0].Delegators; len(d) != 1 || d[0] != alice {
		t.Errorf("alice's delegators %v", d)
	}
	if d := snap.Delegates[1].Delegators; len(d) != 1 || d[0] != bob {
		t.Errorf("carol's delegators %v", d)
	}
}

// TestVotesDerived: DelegateVotesChanged logs change nothing; the votes
// follow from transfers and delegations alone.
func TestVotesDerived(t *testing.T) {
	zero := common.Address{}
	with, without := newBuilder(t), newBuilder(t)
	for _, b := range []*logBuilder{with, without} {
		b.transfer(zero, alice, 100)
		b.delegate(alice, zero, bob)
		b.transfer(alice, carol, 30)
		b.delegate(carol, zero, bob)
		b.transfer(carol, alice, 10)
		b.delegate(alice, bob, zero) // un-delegates
	}
	with.votes(bob, 0, 999) // a lying log: ignored
	a, err := with.p.rebuild(with.logs, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := without.p.rebuild(without.logs, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a.TotalVotes.Int64() != 20 || b.TotalVotes.Int64() != 20 || len(a.Delegates) != 1 || a.Delegates[0].Address != bob || a.Delegates[0].Votes.Int64() != 20 {
		t.Errorf("delegates %+v / %+v, want bob with carol's 20", a.Delegates, b.Delegates)
	}
	l := with.p.newLedger(tokenAddr, 0)
	if err := l.Apply(with.logs); err != nil {
		t.Fatal(err)
	}
	if got := l.Query(0, 1).Topics[0]; len(got) != 2 {
		t.Errorf("the query asks for %d events, want Transfer and DelegateChanged", len(got))
	}
	if got := l.checkSet(); len(got) != 2 || got[0] != bob || got[1] != alice {
		t.Errorf("checkSet = %v, want bob (the delegate), alice (undelegated holder)", got)
	}
}

func TestRebuildPartialHistory(t *testing.T) {
	b := newBuilder(t)
	b.transfer(alice, bob, 10) // alice's mint happened before the start block
	_, err := b.p.rebuild(b.logs, 5)
	if err == nil || !strings.Contains(err.Error(), "goes negative") || !strings.Contains(err.Error(), b.logs[0].TxHash.Hex()) {
		t.Fatalf("err = %v", err)
	}
}

func TestRebuildMalformed(t *testing.T) {
	cases := map[string]func(b *logBuilder){
		"erc721 transfer with data": func(b *logBuilder) {
			b.add([]common.Hash{b.p.transfer, addrTopic(alice), addrTopic(bob), {1}}, make([]byte, 32))
		},
		"two-topic transfer": func(b *logBuilder) {
			b.add([]common.Hash{b.p.transfer, addrTopic(alice)}, make([]byte, 32))
		},
		"short transfer data": func(b *logBuilder) {
			b.add([]common.Hash{b.p.transfer, addrTopic(alice), addrTopic(bob)}, []byte{1})
		},
		"bad address topic": func(b *logBuilder) {
			b.add([]common.Hash{b.p.transfer, {0xff}, addrTopic(bob)}, make([]byte, 32))
		},
		"delegate with data": func(b *logBuilder) {
			b.add([]common.Hash{b.p.delegateChanged, addrTopic(alice), addrTopic(bob), addrTopic(bob)}, []byte{1})
		},
		"unknown topic": func(b *logBuilder) {
			b.add([]common.Hash{{9}}, nil)
		},
		"no topics": func(b *logBuilder) {
			b.add(nil, nil)
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			b := newBuilder(t)
			build(b)
			_, err := b.p.rebuild(b.logs, 0)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), b.logs[0].TxHash.Hex()) {
				t.Errorf("error %q does not name the tx", err)
			}
		})
	}
}

// TestRebuildOverflow: Transfers whose sum no token can hold (a balance or
// a delegate's derived votes past 2²⁵⁶) are an error naming the log, not a
// figure that wrapped around.
func TestRebuildOverflow(t *testing.T) {
	max := common.MaxHash.Bytes()
	b := newBuilder(t)
	b.add([]common.Hash{b.p.transfer, {}, addrTopic(alice)}, max)
	b.transfer(common.Address{}, alice, 1)
	if _, err := b.p.rebuild(b.logs, 0); err == nil || !strings.Contains(err.Error(), "balance of "+alice.Hex()+" passes 2²⁵⁶") || !strings.Contains(err.Error(), b.logs[1].TxHash.Hex()) {
		t.Errorf("balance: err = %v", err)
	}
	b = newBuilder(t)
	b.delegate(alice, common.Address{}, carol)
	b.delegate(bob, common.Address{}, carol)
	b.add([]common.Hash{b.p.transfer, {}, addrTopic(alice)}, max)
	b.transfer(common.Address{}, bob, 1)
	if _, err := b.p.rebuild(b.logs, 0); err == nil || !strings.Contains(err.Error(), "voting power of "+carol.Hex()+" passes 2²⁵⁶") {
		t.Errorf("votes: err = %v", err)
	}
}

// TestBigOf: a uint256 becomes the same big.Int, whatever its length.
func TestBigOf(t *testing.T) {
	for _, hex := range []string{"0x0", "0x1", "0xffffffffffffffff", "0x10000000000000000", "0x123456789abcdef0123456789abcdef01", common.MaxHash.Hex()} {
		want, _ := new(big.Int).SetString(hex[2:], 16)
		var v uint256.Int
		v.SetFromBig(want)
		if got := bigOf(v); got.Cmp(want) != 0 {
			t.Errorf("bigOf(%s) = %#x", hex, got)
		}
	}
}

func TestDecodeString(t *testing.T) {
	st, _ := abi.NewType("string", "", nil)
	packed, err := abi.Arguments{{Type: st}}.Pack("GOV")
	if err != nil {
		t.Fatal(err)
	}
	var b32 [32]byte
	copy(b32[:], "MKR")
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"string", packed, "GOV"},
		{"bytes32", b32[:], "MKR"},
		{"garbage", []byte{1, 2, 3}, ""},
		{"empty", nil, ""},
		{"bad offset", append(common.LeftPadBytes([]byte{0xff, 0xff}, 32), make([]byte, 32)...), ""},
	}
	for _, tt := range tests {
		if got := DecodeString(tt.in); got != tt.want {
			t.Errorf("%s: DecodeString = %q, want %q", tt.name, got, tt.want)
		}
	}
}
