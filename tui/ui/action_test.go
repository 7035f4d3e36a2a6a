package ui_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/ui"
)

func TestActionFormatter(t *testing.T) {
	src := fake.New(fake.Options{})
	info, _ := src.Info(context.Background())
	f := ui.NewActionFormatter(info)
	word := func(v *big.Int) []byte { b := make([]byte, 32); v.FillBytes(b); return b }
	sel := func(sig string) []byte { return gov.Selector(sig) }
	cases := []struct {
		name string
		data []byte
		sig  string
		want []string
		raw  bool
	}{
		{"transfer USDx", append(append(sel("transfer(address,uint256)"), word(new(big.Int).SetBytes(fake.Accounts(0).Bytes()))...), word(big.NewInt(1_500_000))...), "", []string{"transfer", "alice", "1.5 USDx"}, false},
		{"approve", append(append(sel("approve(address,uint256)"), word(big.NewInt(0xa3))...), word(big.NewInt(7))...), "", []string{"approve", "timelock", "0.000007 USDx"}, false},
		{"voting delay v5", append(sel("setVotingDelay(uint48)"), word(big.NewInt(7200))...), "", []string{"setVotingDelay", "7,200 blocks"}, false},
		{"uint48 overflow", append(sel("setVotingDelay(uint48)"), word(new(big.Int).Lsh(big.NewInt(1), 60))...), "", []string{"does not fit"}, true},
		{"timelock delay", append(sel("updateDelay(uint256)"), word(big.NewInt(172800))...), "", []string{"updateDelay", "172,800 s (2d 0h)"}, false},
		{"short args", append(sel("transfer(address,uint256)"), 1, 2, 3), "", []string{"argument bytes"}, true},
		{"dirty address", append(append(sel("transfer(address,uint256)"), word(new(big.Int).Lsh(big.NewInt(1), 200))...), word(big.NewInt(1))...), "", []string{"does not fit"}, true},
		{"unknown selector", []byte{1, 2, 3, 4, 5}, "", nil, true},
		{"bravo signature", word(big.NewInt(3)), "updateQuorumNumerator(uint256)", []string{"updateQuorumNumerator", "3"}, false},
	}
	for _, c := range cases {
		a := f.Decode(fake.StableAddr, big.NewInt(0), c.sig, c.data)
		got := a.Func + " " + a.Note
		for _, arg := range a.Args {
			got += " " + arg.Name + "=" + arg.Value
		}
		if (a.Raw != nil) != c.raw {
			t.Errorf("%s: raw=%v, want %v (%s)", c.name, a.Raw != nil, c.raw, got)
		}
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", c.name, got, w)
			}
		}
	}
	if a := f.Decode(fake.TimelockAddr, big.NewInt(1), "", nil); a.TargetName != "timelock" || a.Raw != nil {
		t.Errorf("plain transfer: %+v", a)
	}
}
