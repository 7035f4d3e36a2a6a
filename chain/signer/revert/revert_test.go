package revert

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
)

func encodeError(t *testing.T, sig string, types []string, vals ...any) []byte {
	t.Helper()
	var args abi.Arguments
	for _, ty := range types {
		at, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: at})
	}
	data, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return append(gov.Selector(sig), data...)
}

func TestRevertDecoding(t *testing.T) {
	d, err := newDecoder()
	if err != nil {
		t.Fatal(err)
	}
	voter := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	var expected [32]byte
	expected[31] = 1 << 4 // Succeeded
	cases := []struct {
		data []byte
		want string
	}{
		{encodeError(t, "GovernorAlreadyCastVote(address)", []string{"address"}, voter), "GovernorAlreadyCastVote(voter=" + voter.Hex() + ")"},
		{encodeError(t, "GovernorUnexpectedProposalState(uint256,uint8,bytes32)", []string{"uint256", "uint8", "bytes32"}, big.NewInt(7), uint8(1), expected),
			"GovernorUnexpectedProposalState(proposalId=7, current=Active, expectedStates=Succeeded)"},
		{encodeError(t, "GovernorInsufficientProposerVotes(address,uint256,uint256)", []string{"address", "uint256", "uint256"}, voter, big.NewInt(1), big.NewInt(2)),
			"GovernorInsufficientProposerVotes(proposer=" + voter.Hex() + ", votes=1, threshold=2)"},
		{encodeError(t, "Error(string)", []string{"string"}, "GovernorVotingSimple: vote already cast"), "GovernorVotingSimple: vote already cast"},
		{encodeError(t, "Panic(uint256)", []string{"uint256"}, big.NewInt(0x11)), "panic: 0x11 (arithmetic overflow or underflow)"},
		{[]byte{1, 2, 3, 4, 5}, "unknown custom error 0x01020304"},
		{encodeError(t, "GovernorAlreadyCastVote(address)", []string{"address"}, voter)[:10], "unknown custom error"}, // truncated: not decoded
		{nil, "reverted without a reason"},
	}
	for _, c := range cases {
		got := d.decode(c.data).String()
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("decode(%x) = %q, want %q", c.data, got, c.want)
		}
	}
	// The well-known selector of GovernorAlreadyCastVote(address).
	if s := gov.Selector("GovernorAlreadyCastVote(address)"); common.Bytes2Hex(s) != "71c6af49" {
		t.Errorf("selector %x", s)
	}
	if got := Decode(cases[0].data).String(); got != cases[0].want {
		t.Errorf("Decode = %q, want %q", got, cases[0].want)
	}
}

func FuzzRevertDecode(f *testing.F) {
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0, 0, 1})
	f.Add(append(gov.Selector("GovernorUnexpectedProposalState(uint256,uint8,bytes32)"), make([]byte, 96)...))
	d, err := newDecoder()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = d.decode(data).String()
	})
}
