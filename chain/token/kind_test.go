package token

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/daoterm/daoterm/chain"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeToken is a JSON-RPC node (no Multicall3: plain eth_call batches) with
// one contract that answers the selectors in its map and reverts the rest.
// A nil answer is a revert.
type fakeToken map[string][]byte

func sel(sig string) string { return hexutil.Encode(crypto.Keccak256([]byte(sig))[:4]) }

func (f fakeToken) serve(t *testing.T) *chain.Client {
	t.Helper()
	type req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	type rpcErr struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    string `json:"data,omitempty"`
	}
	answer := func(r req) map[string]any {
		out := map[string]any{"jsonrpc": "2.0", "id": r.ID}
		switch r.Method {
		case "eth_chainId":
			out["result"] = "0x1"
		case "eth_call":
			var arg struct {
				Data hexutil.Bytes `json:"data"`
			}
			if err := json.Unmarshal(r.Params[0], &arg); err != nil || len(arg.Data) < 4 {
				out["error"] = rpcErr{Code: -32602, Message: "bad call"}
				break
			}
			res, ok := f[hexutil.Encode(arg.Data)] // an answer for these arguments
			if !ok {
				res, ok = f[hexutil.Encode(arg.Data[:4])]
			}
			if ok && res != nil {
				out["result"] = hexutil.Encode(res)
			} else {
				out["error"] = rpcErr{Code: 3, Message: "execution reverted", Data: "0x"}
			}
		default:
			out["error"] = rpcErr{Code: -32601, Message: "method not found"}
		}
		return out
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			var reqs []req
			_ = json.Unmarshal(body, &reqs)
			outs := make([]map[string]any, len(reqs))
			for i, q := range reqs {
				outs[i] = answer(q)
			}
			_ = json.NewEncoder(w).Encode(outs)
			return
		}
		var q req
		_ = json.Unmarshal(body, &q)
		_ = json.NewEncoder(w).Encode(answer(q))
	}))
	t.Cleanup(srv.Close)
	c, err := chain.Dial(context.Background(), srv.URL, chain.Options{NoMulticall: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// setFor makes f answer sig(a) with v (other arguments get the
// selector's answer).
func (f fakeToken) setFor(sig string, a common.Address, v int64) {
	f[sel(sig)+hexutil.Encode(common.LeftPadBytes(a.Bytes(), 32))[2:]] = uintWord(v)
}

func uintWord(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }

func abiString(t *testing.T, s string) []byte {
	t.Helper()
	st, _ := abi.NewType("string", "", nil)
	b, err := abi.Arguments{{Type: st}}.Pack(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Token contracts as the probes see them.
func ozToken(t *testing.T) fakeToken {
	return fakeToken{
		sel("name()"): abiString(t, "Gov"), sel("symbol()"): abiString(t, "GOV"), sel("decimals()"): uintWord(18),
		sel("totalSupply()"): uintWord(1000), sel("getVotes(address)"): uintWord(0), sel("delegates(address)"): uintWord(0),
	}
}

func compToken(t *testing.T) fakeToken {
	var b32 [32]byte
	copy(b32[:], "UNI")
	return fakeToken{
		sel("name()"): abiString(t, "Uniswap"), sel("symbol()"): b32[:], sel("decimals()"): uintWord(18),
		sel("totalSupply()"): uintWord(1000), sel("getCurrentVotes(address)"): uintWord(0),
		sel("getPriorVotes(address,uint256)"): uintWord(0), sel("delegates(address)"): uintWord(0),
	}
}

func oz721(t *testing.T) fakeToken {
	return fakeToken{
		sel("name()"): abiString(t, "Badge"), sel("symbol()"): abiString(t, "BDG"),
		sel("supportsInterface(bytes4)"): uintWord(1), sel("getVotes(address)"): uintWord(0),
	}
}

func nouns(t *testing.T) fakeToken {
	return fakeToken{
		sel("name()"): abiString(t, "Nouns"), sel("symbol()"): abiString(t, "NOUN"), sel("decimals()"): uintWord(0),
		sel("totalSupply()"): uintWord(3), sel("supportsInterface(bytes4)"): uintWord(1),
		sel("getCurrentVotes(address)"): uintWord(0), sel("delegates(address)"): uintWord(0),
	}
}

func TestDetectKind(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		tok  fakeToken
		want Kind
	}{
		{"OpenZeppelin ERC20Votes", ozToken(t), ERC20Votes},
		{"Comp-style", compToken(t), Comp},
		{"ERC721Votes", oz721(t), ERC721Votes},
		{"Nouns ERC721Checkpointable", nouns(t), ERC721Votes},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DetectKind(ctx, tt.tok.serve(t), tokenAddr, 5)
			if err != nil || got != tt.want {
				t.Errorf("DetectKind = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	// A plain ERC-20 has no votes; a contract returning nothing (no code)
	// neither.
	plain := ozToken(t)
	delete(plain, sel("getVotes(address)"))
	if _, err := DetectKind(ctx, plain.serve(t), tokenAddr, 5); err == nil || !strings.Contains(err.Error(), "getCurrentVotes") {
		t.Errorf("plain ERC-20: err = %v", err)
	}
	empty := fakeToken{sel("getVotes(address)"): {}, sel("getCurrentVotes(address)"): {}}
	if _, err := DetectKind(ctx, empty.serve(t), tokenAddr, 5); err == nil {
		t.Error("a contract answering empty data has a kind")
	}
}

// TestSnapshotKinds folds logs of each kind and reads the metadata from a
// fake node.
func TestSnapshotKinds(t *testing.T) {
	ctx := context.Background()
	zero := common.Address{}

	t.Run("comp: undelegated holders have no votes", func(t *testing.T) {
		b := newBuilder(t)
		b.transfer(zero, alice, 100)
		b.transfer(alice, bob, 40)
		b.delegate(alice, zero, alice)
		b.votes(alice, 0, 60)
		l := b.p.newLedger(tokenAddr, 0)
		if err := l.Apply(b.logs); err != nil {
			t.Fatal(err)
		}
		tok := compToken(t)
		tok.setFor("getCurrentVotes(address)", alice, 60)
		snap, err := l.Snapshot(ctx, tok.serve(t), 30)
		if err != nil {
			t.Fatal(err)
		}
		if snap.Kind != Comp || snap.Symbol != "UNI" || snap.Name != "Uniswap" || snap.Decimals != 18 || snap.TotalSupply.Int64() != 1000 {
			t.Errorf("metadata %+v", snap)
		}
		if len(snap.Holders) != 2 || snap.Holders[1].Address != bob || snap.Holders[1].Votes.Sign() != 0 || snap.Holders[1].Delegate != zero {
			t.Errorf("holders %+v", snap.Holders)
		}
	})

	nftLogs := func(b *logBuilder) {
		b.nft(zero, alice, 1)
		b.nft(zero, alice, 2)
		b.nft(zero, bob, 3)
		b.nft(alice, carol, 2)
		b.votes(alice, 0, 2) // Nouns-style: votes move with tokens
		b.votes(bob, 0, 1)
		b.votes(alice, 2, 1)
		b.votes(carol, 0, 1)
		b.delegate(carol, carol, bob)
		b.votes(carol, 1, 0)
		b.votes(bob, 1, 2)
	}
	t.Run("nouns: counts, self-delegation by default", func(t *testing.T) {
		b := newBuilder(t)
		nftLogs(b)
		l := b.p.newLedger(tokenAddr, 0)
		if err := l.Apply(b.logs); err != nil {
			t.Fatal(err)
		}
		tok := nouns(t)
		tok.setFor("getCurrentVotes(address)", alice, 1)
		tok.setFor("getCurrentVotes(address)", bob, 2)
		snap, err := l.Snapshot(ctx, tok.serve(t), 30)
		if err != nil {
			t.Fatal(err)
		}
		if snap.Kind != ERC721Votes || snap.Decimals != 0 || snap.TotalSupply.Int64() != 3 {
			t.Errorf("metadata %+v", snap)
		}
		want := map[common.Address][3]any{alice: {int64(1), int64(1), alice}, bob: {int64(1), int64(2), bob}, carol: {int64(1), int64(0), bob}}
		for _, h := range snap.Holders {
			w := want[h.Address]
			if h.Balance.Int64() != w[0] || h.Votes.Int64() != w[1] || h.Delegate != w[2] {
				t.Errorf("holder %s: %s %s %s, want %v", h.Address, h.Balance, h.Votes, h.Delegate, w)
			}
		}
		if len(snap.Delegates) != 2 || snap.Delegates[0].Address != bob || len(snap.Delegates[0].Delegators) != 2 {
			t.Errorf("delegates %+v", snap.Delegates)
		}
	})
	t.Run("erc721votes: no decimals, no totalSupply", func(t *testing.T) {
		b := newBuilder(t)
		nftLogs(b)
		l := b.p.newLedger(tokenAddr, 0)
		if err := l.Apply(b.logs); err != nil {
			t.Fatal(err)
		}
		tok := oz721(t)
		delete(tok, sel("supportsInterface(bytes4)")) // the logs say ERC-721
		tok.setFor("getVotes(address)", bob, 1)
		snap, err := l.Snapshot(ctx, tok.serve(t), 30)
		if err != nil {
			t.Fatal(err)
		}
		if snap.Kind != ERC721Votes || snap.Decimals != 0 || snap.TotalSupply.Int64() != 3 || snap.Symbol != "BDG" {
			t.Errorf("metadata %+v", snap)
		}
		for _, h := range snap.Holders {
			if h.Address == carol && h.Delegate != bob || h.Address == alice && h.Delegate != zero {
				t.Errorf("holder %+v: OpenZeppelin has no implicit self-delegation", h)
			}
		}
	})
	t.Run("votes that do not follow balances are an error", func(t *testing.T) {
		b := newBuilder(t)
		nftLogs(b)
		l := b.p.newLedger(tokenAddr, 0)
		if err := l.Apply(b.logs); err != nil {
			t.Fatal(err)
		}
		tok := oz721(t)
		tok.setFor("getVotes(address)", bob, 5) // five votes a token
		_, err := l.Snapshot(ctx, tok.serve(t), 30)
		if err == nil || !strings.Contains(err.Error(), "voting units differ from balances") || !strings.Contains(err.Error(), bob.Hex()) {
			t.Errorf("err = %v", err)
		}
		// A holder who never delegated but has votes by the token's count.
		tok = oz721(t)
		tok.setFor("getVotes(address)", bob, 1)
		tok.setFor("getVotes(address)", alice, 1)
		if _, err := l.Snapshot(ctx, tok.serve(t), 30); err == nil || !strings.Contains(err.Error(), alice.Hex()) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("hostile metadata", func(t *testing.T) {
		b := newBuilder(t)
		b.transfer(zero, alice, 100)
		l := b.p.newLedger(tokenAddr, 0)
		if err := l.Apply(b.logs); err != nil {
			t.Fatal(err)
		}
		tok := ozToken(t)
		tok[sel("name()")] = abiString(t, "\x1b]52;c;aGk=\x07"+strings.Repeat("x", 10000)+"\xff\xfe")
		tok[sel("symbol()")] = []byte{1, 2, 3}     // garbage
		tok[sel("decimals()")] = uintWord(1 << 20) // not a uint8
		tok[sel("totalSupply()")] = nil            // reverts
		snap, err := l.Snapshot(ctx, tok.serve(t), 30)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(snap.Name) || len(snap.Name) > MaxText || snap.Symbol != "" || snap.Decimals != 0 || snap.TotalSupply.Int64() != 100 {
			t.Errorf("metadata %q %q %d %s", snap.Name, snap.Symbol, snap.Decimals, snap.TotalSupply)
		}
	})
	t.Run("not a token", func(t *testing.T) {
		l := newBuilder(t).p.newLedger(tokenAddr, 0)
		_, err := l.Snapshot(ctx, fakeToken{}.serve(t), 30)
		if err == nil || !strings.Contains(err.Error(), "governance token") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestVotesAndDelegatesAt(t *testing.T) {
	ctx := context.Background()
	comp := compToken(t)
	comp[sel("getCurrentVotes(address)")] = uintWord(7)
	comp[sel("delegates(address)")] = common.LeftPadBytes(bob.Bytes(), 32)
	c := comp.serve(t)
	v, err := VotesAt(ctx, c, tokenAddr, []common.Address{alice, bob}, 9)
	if err != nil || len(v) != 2 || v[0].Int64() != 7 {
		t.Errorf("VotesAt = %v, %v", v, err)
	}
	d, err := DelegatesAt(ctx, c, tokenAddr, []common.Address{alice}, 9)
	if err != nil || len(d) != 1 || d[0] != bob {
		t.Errorf("DelegatesAt = %v, %v", d, err)
	}
	if _, err := VotesAt(ctx, fakeToken{}.serve(t), tokenAddr, []common.Address{alice}, 9); err == nil {
		t.Error("VotesAt of a contract without votes: no error")
	}
}

func TestDecodeTransferLog(t *testing.T) {
	b := newBuilder(t)
	b.nft(alice, bob, 1<<40)
	b.transfer(bob, carol, 5)
	nft, err := DecodeTransferLog(&b.logs[0])
	if err != nil || !nft.NFT() || nft.From != alice || nft.To != bob || nft.Value.Int64() != 1 || nft.TokenID.Int64() != 1<<40 {
		t.Errorf("ERC-721: %+v, %v", nft, err)
	}
	ft, err := DecodeTransferLog(&b.logs[1])
	if err != nil || ft.NFT() || ft.From != bob || ft.To != carol || ft.Value.Int64() != 5 {
		t.Errorf("ERC-20: %+v, %v", ft, err)
	}
	if _, _, v, err := DecodeTransfer(&b.logs[0]); err != nil || v.Int64() != 1 {
		t.Errorf("DecodeTransfer of an ERC-721: %v, %v", v, err)
	}
}

func TestDecodeHostile(t *testing.T) {
	var b32 [32]byte
	copy(b32[:], "MK\x00R")
	long := strings.Repeat("é", 1000)
	for _, tt := range []struct {
		name string
		in   []byte
		ok   func(string) bool
	}{
		{"bytes32 cut at the first zero", b32[:], func(s string) bool { return s == "MK" }},
		{"bytes32 invalid utf-8", bytes.Repeat([]byte{0xff}, 32), func(s string) bool { return utf8.ValidString(s) && s != "" }},
		{"long string", abiString(t, long), func(s string) bool { return utf8.ValidString(s) && len(s) <= MaxText && strings.HasPrefix(long, s) }},
		{"nul inside", abiString(t, "A\x00B "), func(s string) bool { return s == "AB" }},
		{"huge length word", append(uintWord(32), common.LeftPadBytes([]byte{0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, 32)...), func(s string) bool { return s == "" }},
	} {
		if got := DecodeString(tt.in); !tt.ok(got) {
			t.Errorf("%s: DecodeString = %q", tt.name, got)
		}
	}
	for _, tt := range []struct {
		r    chain.Result
		want uint8
	}{
		{chain.Result{Data: uintWord(6)}, 6},
		{chain.Result{Data: uintWord(256)}, 0},
		{chain.Result{Data: []byte{6}}, 0},
		{chain.Result{Err: fmt.Errorf("reverted")}, 0},
	} {
		if got := DecodeDecimals(tt.r); got != tt.want {
			t.Errorf("DecodeDecimals(%x, %v) = %d, want %d", tt.r.Data, tt.r.Err, got, tt.want)
		}
	}
}
