package treasury

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	nftAddr  = common.HexToAddress("0x5555555555555555555555555555555555555555")
	spamAddr = common.HexToAddress("0x6666666666666666666666666666666666666666")
)

func nftLog(p *parsed, block uint64, index uint, from, to common.Address, id int64) types.Log {
	return types.Log{Address: nftAddr, Topics: []common.Hash{p.transfer, hashOf(from), hashOf(to), common.BigToHash(big.NewInt(id))},
		BlockNumber: block, Index: index, TxHash: common.Hash{byte(block)}}
}

// TestFlowsDiscovery builds flows from Transfers of any contract: known
// assets keep their metadata, unknown ones get a bare asset, ERC-721
// Transfers move one token, malformed Transfers are skipped and excluded
// tokens dropped; TokensOf lists pins first, then discoveries in order.
func TestFlowsDiscovery(t *testing.T) {
	p := mustParsed(t)
	usdAsset := Asset{Address: usd, Symbol: "USDx", Decimals: 6}
	spam := transferLog(p, 3, 0, common.Hash{3}, spamAddr, timelock, 1e9)
	spam.Address = spamAddr
	weird := transferLog(p, 4, 0, common.Hash{4}, alice, timelock, 1)
	weird.Address, weird.Data = alice, append(weird.Data, 0) // 33 data bytes
	twoTopics := types.Log{Address: alice, Topics: []common.Hash{p.transfer, hashOf(timelock)}, Data: word(1), BlockNumber: 4, Index: 1}
	badAddr := transferLog(p, 4, 2, common.Hash{4}, alice, timelock, 1)
	badAddr.Address, badAddr.Topics[1] = alice, common.Hash{0xff}
	logs := []types.Log{
		nftLog(p, 2, 0, alice, timelock, 42),
		spam,
		weird, twoTopics, badAddr,
		transferLog(p, 5, 0, common.Hash{5}, alice, timelock, 1000),
		nftLog(p, 6, 0, timelock, alice, 42),
	}
	q := Query{Accounts: []common.Address{timelock}, Tokens: []common.Address{gov, usd}}
	flows, err := q.Flows([]Asset{usdAsset}, logs)
	if err != nil {
		t.Fatal(err)
	}
	if len(flows) != 4 {
		t.Fatalf("%d flows: %+v", len(flows), flows)
	}
	if f := flows[0]; f.Asset != (Asset{Address: nftAddr, NFT: true}) || f.Direction != In || f.Amount.Int64() != 1 || f.TokenID.Int64() != 42 || f.Counterparty != alice {
		t.Errorf("ERC-721 inflow %+v", f)
	}
	if f := flows[1]; f.Asset.Address != spamAddr || f.Asset.NFT || f.Amount.Int64() != 1e9 || f.TokenID != nil {
		t.Errorf("spam inflow %+v", f)
	}
	if f := flows[2]; f.Asset != usdAsset || f.Amount.Int64() != 1000 {
		t.Errorf("USDx inflow %+v", f)
	}
	if f := flows[3]; f.Asset.Address != nftAddr || f.Direction != Out || f.TokenID.Int64() != 42 {
		t.Errorf("ERC-721 outflow %+v", f)
	}
	if got := q.TokensOf(flows); len(got) != 4 || got[0] != gov || got[1] != usd || got[2] != nftAddr || got[3] != spamAddr {
		t.Errorf("TokensOf = %v", got)
	}

	q.Exclude = []common.Address{spamAddr, gov}
	flows, err = q.Flows(nil, logs)
	if err != nil {
		t.Fatal(err)
	}
	if len(flows) != 3 {
		t.Errorf("%d flows with spam excluded", len(flows))
	}
	if got := q.TokensOf(flows); len(got) != 2 || got[0] != usd || got[1] != nftAddr {
		t.Errorf("TokensOf with exclusions = %v", got)
	}
}

// TestHostileMetadata decodes metadata that reverts, is bytes32 or garbage.
func TestHostileMetadata(t *testing.T) {
	st, _ := abi.NewType("string", "", nil)
	str := func(s string) []byte {
		b, err := abi.Arguments{{Type: st}}.Pack(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var b32 [32]byte
	copy(b32[:], "MKR")
	rev := errors.New("execution reverted")
	for _, tt := range []struct {
		name string
		res  []chain.Result // name, symbol, decimals, supportsInterface
		nft  bool           // Transfer logs say ERC-721
		want Asset
	}{
		{"well-behaved", []chain.Result{{Data: str("USD")}, {Data: str("USDx")}, {Data: word(6)}, {Err: rev}}, false,
			Asset{Address: usd, Name: "USD", Symbol: "USDx", Decimals: 6}},
		{"bytes32 (MKR)", []chain.Result{{Data: b32[:]}, {Data: b32[:]}, {Data: word(18)}, {Data: word(0)}}, false,
			Asset{Address: usd, Name: "MKR", Symbol: "MKR", Decimals: 18}},
		{"everything reverts", []chain.Result{{Err: rev}, {Err: rev}, {Err: rev}, {Err: rev}}, false,
			Asset{Address: usd}},
		{"no code", []chain.Result{{}, {}, {}, {}}, false, Asset{Address: usd}},
		{"ERC-721 by ERC-165", []chain.Result{{Data: str("Badge")}, {Data: str("BDG")}, {Err: rev}, {Data: word(1)}}, false,
			Asset{Address: usd, Name: "Badge", Symbol: "BDG", NFT: true}},
		{"ERC-721 by its logs, with decimals", []chain.Result{{Err: rev}, {Data: str("X")}, {Data: word(18)}, {Err: rev}}, true,
			Asset{Address: usd, Symbol: "X", NFT: true}},
		{"decimals overflow", []chain.Result{{Data: []byte{1}}, {Data: str("")}, {Data: word(1 << 40)}, {Data: word(7)}}, false,
			Asset{Address: usd}},
	} {
		if got := assetOf(usd, token.DecodeMeta(tt.res), tt.nft); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
	hostile := assetOf(usd, token.DecodeMeta([]chain.Result{{Data: str(strings.Repeat("\x1b[2J\xff", 500))}, {Data: str("\xc3")}, {Data: word(2)}, {}}), false)
	if !utf8.ValidString(hostile.Name) || !utf8.ValidString(hostile.Symbol) || len(hostile.Name) > token.MaxText {
		t.Errorf("hostile text kept: %q %q", hostile.Name, hostile.Symbol)
	}

	for _, r := range []chain.Result{{Err: rev}, {Data: []byte{1, 2}}, {}} {
		v, err := decodeBalance(r)
		if err == nil || v == nil || v.Sign() != 0 {
			t.Errorf("balance of %+v: %v, %v", r, v, err)
		}
	}
	if v, err := decodeBalance(chain.Result{Data: word(5)}); err != nil || v.Int64() != 5 {
		t.Errorf("balance 5: %v, %v", v, err)
	}
}
