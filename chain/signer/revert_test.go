package signer

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
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
	sel := Selector(sig)
	return append(sel[:], data...)
}

func TestRevertDecoding(t *testing.T) {
	d := mustABIs().decoder
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
	if s := Selector("GovernorAlreadyCastVote(address)"); common.Bytes2Hex(s[:]) != "71c6af49" {
		t.Errorf("selector %x", s)
	}
}

func FuzzRevertDecode(f *testing.F) {
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0, 0, 1})
	sel := Selector("GovernorUnexpectedProposalState(uint256,uint8,bytes32)")
	f.Add(append(sel[:], make([]byte, 96)...))
	d := mustABIs().decoder
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = d.decode(data).String()
	})
}

func TestParseUint256(t *testing.T) {
	for _, ok := range []string{"0", "123", "0x7b", "0XFF", " 42 "} {
		if _, err := parseUint256(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "-1", "1_000", "0b101", "0o7", "1e5", "0x", "12a", "0x" + strings.Repeat("f", 65), strings.Repeat("9", 79)} {
		if _, err := parseUint256(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestFormatUnits(t *testing.T) {
	cases := map[string]string{"0": "0", "1": "0.000000000000000001", "1500000000000000000": "1.5", "20000000000000000000": "20"}
	for in, want := range cases {
		v, _ := new(big.Int).SetString(in, 10)
		if got := FormatUnits(v, 18); got != want {
			t.Errorf("FormatUnits(%s) = %s, want %s", in, got, want)
		}
	}
}
