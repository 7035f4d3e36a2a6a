package governor

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/query"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestParseClockMode(t *testing.T) {
	tests := []struct {
		in   string
		want gov.ClockMode
		ok   bool
	}{
		{"mode=blocknumber&from=default", gov.ClockBlockNumber, true},
		{"mode=timestamp", gov.ClockTimestamp, true},
		{"from=default&mode=timestamp", gov.ClockTimestamp, true},
		{"mode=blocknumber&from=eip155:1", gov.ClockBlockNumber, true},
		{"mode=seconds", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := ParseClockMode(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseClockMode(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestTypicalInterval(t *testing.T) {
	tests := []struct {
		name  string
		times []uint64
		want  float64
	}{
		{"steady 12s", []uint64{0, 12, 24, 36, 48}, 12},
		{"a time jump is ignored", []uint64{100, 102, 104, 86504, 86506, 86508}, 2},
		{"missed slot", []uint64{0, 12, 36, 48}, 12},
		{"sub-second blocks", []uint64{10, 10, 10, 11, 11, 11, 11, 12, 12}, 0.25},
		{"even count median", []uint64{0, 1, 3}, 1.5},
		{"one block", []uint64{5}, DefaultBlockSeconds},
		{"no time passes", []uint64{5, 5, 5}, DefaultBlockSeconds},
		{"backwards", []uint64{5, 9, 3, 12}, DefaultBlockSeconds},
	}
	for _, tt := range tests {
		if got := typicalInterval(tt.times); got != tt.want {
			t.Errorf("%s: typicalInterval = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// mustABI parses the built-in ABI (a constant: failure is a bug).
func mustABI(t testing.TB) *contractABI {
	t.Helper()
	a, err := parseABI()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// eventLog builds a log of event name with the given topics after topic0
// and data packed from args.
func eventLog(t testing.TB, a *contractABI, name string, topics []common.Hash, args ...any) types.Log {
	t.Helper()
	ev := a.Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		t.Fatalf("packing %s: %v", name, err)
	}
	return types.Log{
		Address:     common.HexToAddress("0x1000000000000000000000000000000000000001"),
		Topics:      append([]common.Hash{ev.ID}, topics...),
		Data:        data,
		BlockNumber: 42,
		TxHash:      common.HexToHash("0xabc"),
		Index:       3,
	}
}

func TestDecodeCreatedAndVote(t *testing.T) {
	a := mustABI(t)
	id := big.NewInt(777)
	proposer := common.HexToAddress("0x2000000000000000000000000000000000000002")
	target := common.HexToAddress("0x3000000000000000000000000000000000000003")
	l := eventLog(t, a, "ProposalCreated", nil, id, proposer, []common.Address{target}, []*big.Int{big.NewInt(5)},
		[]string{""}, [][]byte{{1, 2}}, big.NewInt(10), big.NewInt(20), "# Hello\nworld")
	ev, err := a.decodeCreated(&l)
	if err != nil {
		t.Fatal(err)
	}
	if ev.ID.Cmp(id) != 0 || ev.Proposer != proposer || len(ev.Targets) != 1 || ev.Targets[0] != target ||
		ev.Values[0].Int64() != 5 || ev.VoteStart != 10 || ev.VoteEnd != 20 || ev.Description != "# Hello\nworld" {
		t.Errorf("decoded %+v", ev)
	}

	voter := common.HexToAddress("0x4000000000000000000000000000000000000004")
	vl := eventLog(t, a, "VoteCastWithParams", []common.Hash{common.BytesToHash(voter.Bytes())}, id, uint8(2), big.NewInt(99), "because", []byte{7})
	v, err := a.decodeVote(&vl)
	if err != nil {
		t.Fatal(err)
	}
	if v.Voter != voter || v.Support != gov.Abstain || v.Weight.Int64() != 99 || v.Reason != "because" || v.Block != 42 || v.LogIndex != 3 {
		t.Errorf("vote %+v", v)
	}
	vl2 := eventLog(t, a, "VoteCast", []common.Hash{common.BytesToHash(voter.Bytes())}, id, uint8(1), big.NewInt(1), "")
	if v, err := a.decodeVote(&vl2); err != nil || v.Support != gov.For {
		t.Errorf("VoteCast: %+v %v", v, err)
	}
}

func TestDecodeMalformed(t *testing.T) {
	a := mustABI(t)
	good := eventLog(t, a, "ProposalCreated", nil, big.NewInt(1), common.Address{}, []common.Address{}, []*big.Int{},
		[]string{}, [][]byte{}, big.NewInt(1), big.NewInt(2), "d")
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	overflow := eventLog(t, a, "ProposalCreated", nil, big.NewInt(1), common.Address{}, []common.Address{}, []*big.Int{},
		[]string{}, [][]byte{}, huge, big.NewInt(2), "d")
	voter := common.BytesToHash(common.HexToAddress("0x4").Bytes())
	badVoter := voter
	badVoter[0] = 1
	vote := eventLog(t, a, "VoteCast", []common.Hash{voter}, big.NewInt(1), uint8(1), big.NewInt(1), "")

	mutate := func(l types.Log, f func(*types.Log)) types.Log {
		l.Topics = append([]common.Hash(nil), l.Topics...)
		l.Data = append([]byte(nil), l.Data...)
		f(&l)
		return l
	}
	// An offset pointing far outside the data.
	badOffset := mutate(good, func(l *types.Log) { l.Data[2*32+31] = 0xff; l.Data[2*32+30] = 0xff })
	// A huge array length.
	hugeLen := mutate(good, func(l *types.Log) {
		off := new(big.Int).SetBytes(l.Data[2*32 : 3*32]).Int64()
		for i := 0; i < 32; i++ {
			l.Data[off+int64(i)] = 0xff
		}
	})
	cases := map[string]func() error{
		"truncated": func() error {
			l := mutate(good, func(l *types.Log) { l.Data = l.Data[:40] })
			_, err := a.decodeCreated(&l)
			return err
		},
		"empty": func() error {
			l := mutate(good, func(l *types.Log) { l.Data = nil })
			_, err := a.decodeCreated(&l)
			return err
		},
		"bad offset":   func() error { _, err := a.decodeCreated(&badOffset); return err },
		"huge length":  func() error { _, err := a.decodeCreated(&hugeLen); return err },
		"vote too big": func() error { _, err := a.decodeCreated(&overflow); return err },
		"length mismatch": func() error {
			l := eventLog(t, a, "ProposalCreated", nil, big.NewInt(1), common.Address{}, []common.Address{{1}}, []*big.Int{},
				[]string{}, [][]byte{}, big.NewInt(1), big.NewInt(2), "d")
			_, err := a.decodeCreated(&l)
			return err
		},
		"extra topic": func() error {
			l := mutate(good, func(l *types.Log) { l.Topics = append(l.Topics, common.Hash{}) })
			_, err := a.decodeCreated(&l)
			return err
		},
		"vote no voter": func() error {
			l := mutate(vote, func(l *types.Log) { l.Topics = l.Topics[:1] })
			_, err := a.decodeVote(&l)
			return err
		},
		"vote bad voter": func() error {
			l := mutate(vote, func(l *types.Log) { l.Topics[1] = badVoter })
			_, err := a.decodeVote(&l)
			return err
		},
		"queued short": func() error {
			l := eventLog(t, a, "ProposalExecuted", nil, big.NewInt(1))
			l.Topics[0] = a.queued
			_, _, err := a.decodeIDEvent("ProposalQueued", &l)
			return err
		},
		"state out of range": func() error {
			_, err := a.callState(common.LeftPadBytes([]byte{9}, 32))
			return err
		},
		"state empty": func() error { _, err := a.callState(nil); return err },
		"votes short": func() error {
			_, _, _, err := a.callVotes(make([]byte, 64))
			return err
		},
		"string garbage": func() error { _, err := a.callString("name", []byte{1, 2, 3}); return err },
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			err := f()
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(name, "topic") || strings.Contains(name, "truncated") {
				if !strings.Contains(err.Error(), common.HexToHash("0xabc").Hex()) {
					t.Errorf("error %q does not name the tx", err)
				}
			}
		})
	}
}

func FuzzDecodeCreated(f *testing.F) {
	a := mustABI(f)
	good := eventLog(f, a, "ProposalCreated", nil, big.NewInt(1), common.Address{}, []common.Address{{1}}, []*big.Int{big.NewInt(1)},
		[]string{"x"}, [][]byte{{1}}, big.NewInt(1), big.NewInt(2), "d")
	f.Add(good.Data)
	f.Add(good.Data[:100])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		l := good
		l.Data = data
		_, _ = a.decodeCreated(&l) // must not panic
		vl := l
		vl.Topics = []common.Hash{a.voteCastParams, {}}
		_, _ = a.decodeVote(&vl)
	})
}

// ok and reverted build CallAt results.
func ok(data []byte) chain.Result { return chain.Result{Data: data} }

func reverted() chain.Result { return chain.Result{Err: &chain.RevertError{Reason: "nope"}} }

func uintWord(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

// ozReader is a Reader of an OpenZeppelin governor of the given clock and
// counting mode, with no client (for call-layout tests).
func ozReader(t *testing.T, clock gov.ClockMode, mode string) *Reader {
	t.Helper()
	a := mustABI(t)
	k, err := ozKind(gov.FamilyOZ5, mode, clock)
	if err != nil {
		t.Fatal(err)
	}
	return &Reader{abi: a, fam: &ozFamily{a: a, k: k}}
}

func TestApplyResultsTimestampClock(t *testing.T) {
	r := ozReader(t, gov.ClockTimestamp, "support=bravo&quorum=for,abstain")
	props := []gov.Proposal{
		{ID: big.NewInt(1), VoteStart: 1000, VoteEnd: 2000}, // snapshot past
		{ID: big.NewInt(2), VoteStart: 5000, VoteEnd: 6000}, // snapshot in the future
	}
	calls, nShared, at, err := r.proposalCalls(props, 77)
	if err != nil {
		t.Fatal(err)
	}
	// A timestamp clock asks clock() once and quorum for every proposal.
	if len(calls) != 1+2*5 || nShared != 1 || !slices.Equal(at, []int{1, 6, 11}) {
		t.Fatalf("%d calls, %d shared, at %v", len(calls), nShared, at)
	}
	votes := append(append(uintWord(1), uintWord(2)...), uintWord(3)...)
	res := []chain.Result{
		ok(uintWord(3000)),
		ok(uintWord(uint64(gov.Executed))), ok(votes), reverted(), reverted(), ok(uintWord(500)),
		ok(uintWord(uint64(gov.Pending))), ok(votes), ok(uintWord(0)), ok(uintWord(6100)), reverted(),
	}
	queuedEta := map[int]uint64{0: 4242}
	if err := r.applyResults(props, queuedEta, res, nShared, at, 77); err != nil {
		t.Fatal(err)
	}
	p0, p1 := props[0], props[1]
	if p0.State != gov.Executed || p0.Against.Int64() != 1 || p0.For.Int64() != 2 || p0.Abstain.Int64() != 3 ||
		p0.Quorum == nil || p0.Quorum.Int64() != 500 || p0.ETA != 4242 || p0.VoteEnd != 2000 || p0.Block != 77 || !p0.QuorumAbstain {
		t.Errorf("proposal 0 = %+v", p0)
	}
	if p1.State != gov.Pending || p1.Quorum != nil || p1.ETA != 0 || p1.VoteEnd != 6100 {
		t.Errorf("proposal 1 = %+v", p1)
	}

	// A quorum that reverts for a past snapshot is an error.
	res[5] = reverted()
	if err := r.applyResults(props, queuedEta, res, nShared, at, 77); err == nil || !strings.Contains(err.Error(), "quorum(1000)") {
		t.Errorf("err = %v", err)
	}
	// state() reverting is an error naming the proposal.
	res[5] = ok(uintWord(500))
	res[1] = reverted()
	if err := r.applyResults(props, queuedEta, res, nShared, at, 77); err == nil || !strings.Contains(err.Error(), "proposal 1 ") {
		t.Errorf("err = %v", err)
	}
}

func TestProposalCallsBlockClock(t *testing.T) {
	r := ozReader(t, gov.ClockBlockNumber, "support=bravo&quorum=for,abstain")
	props := []gov.Proposal{{ID: big.NewInt(1), VoteStart: 10}, {ID: big.NewInt(2), VoteStart: 20}, {ID: big.NewInt(3), VoteStart: 30}}
	calls, nShared, at, err := r.proposalCalls(props, 20)
	if err != nil {
		t.Fatal(err)
	}
	// Only the snapshot before block 20 can be asked for its quorum.
	if len(calls) != 3*4+1 || nShared != 0 || !slices.Equal(at, []int{0, 5, 9, 13}) {
		t.Errorf("%d calls, %d shared, at %v", len(calls), nShared, at)
	}
}

// probeChain is a Chain whose code check waits for the family probe to
// start, and finds no code.
type probeChain struct {
	Chain
	probing chan struct{}
	once    sync.Once
}

func (p *probeChain) ChainID() *big.Int { return big.NewInt(1) }

func (p *probeChain) HasCode(ctx context.Context, _ common.Address, _ uint64) (bool, error) {
	select {
	case <-p.probing:
		return false, nil
	case <-time.After(10 * time.Second): // a guard: the probe never started
		return false, errors.New("the code was read before the probe started")
	}
}

func (p *probeChain) CallAt(_ context.Context, _ uint64, calls []query.Call) ([]query.Result, error) {
	p.once.Do(func() { close(p.probing) })
	out := make([]query.Result, len(calls))
	for i := range out {
		out[i] = query.Result{Err: errors.New("reverted")}
	}
	return out, nil
}

// TestNewReadsCodeWhileProbing: the governor's code is read while its
// family is probed, not before (one round trip, not two), and no code is
// the error whatever the probe found.
func TestNewReadsCodeWhileProbing(t *testing.T) {
	_, err := NewWith(context.Background(), &probeChain{probing: make(chan struct{})}, common.Address{1}, Options{Block: 10})
	if !errors.Is(err, ErrNoCode) {
		t.Fatalf("NewWith = %v, want ErrNoCode", err)
	}
}
