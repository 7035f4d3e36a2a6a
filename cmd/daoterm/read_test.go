package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/ethereum/go-ethereum/common"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/treasury"
)

func testEnv(getenv map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return getenv[k] },
	}, &out, &errb
}

func TestFindProposal(t *testing.T) {
	a, _ := new(big.Int).SetString("7f3a00000000000000000000000000000000000000000000000000000000091c2", 16)
	b, _ := new(big.Int).SetString("7f3b00000000000000000000000000000000000000000000000000000000000aa", 16)
	props := []gov.Proposal{{ID: a}, {ID: b}, {ID: big.NewInt(42)}}
	for _, tc := range []struct {
		in   string
		want *big.Int
		err  string
	}{
		{in: a.String(), want: a},
		{in: "0x" + a.Text(16), want: a},
		{in: "7f3a…91c2", want: a},
		{in: "7f3b", want: b},
		{in: "42", want: big.NewInt(42)},
		{in: "7f3", err: "ambiguous"},
		{in: "99", err: "no proposal"},
	} {
		p, err := findProposal(props, common.Address{}, tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || p.ID.Cmp(tc.want) != 0 {
			t.Errorf("%q: got %v, %v; want %s", tc.in, p, err, tc.want)
		}
	}
}

// TestFindProposalGovernors: the current governor's proposal first, then a
// legacy one's; ADDR:ID picks the governor; an id on two legacy governors
// asks for ADDR:ID, naming both.
func TestFindProposalGovernors(t *testing.T) {
	cur := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	a1 := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	a2 := common.HexToAddress("0x00000000000000000000000000000000000000a2")
	p := func(g common.Address, id int64) gov.Proposal { return gov.Proposal{Governor: g, ID: big.NewInt(id)} }
	props := []gov.Proposal{p(a1, 1), p(a1, 2), p(a2, 1), p(a2, 2), p(a2, 3), p(cur, 2), p(cur, 4)}
	for _, tc := range []struct {
		in   string
		gov  common.Address
		id   int64
		errs []string
	}{
		{in: "2", gov: cur, id: 2},
		{in: "3", gov: a2, id: 3},
		{in: a1.Hex() + ":2", gov: a1, id: 2},
		{in: strings.ToLower(a2.Hex()) + ": 1", gov: a2, id: 1},
		{in: "1", errs: []string{"2 legacy governors", a1.Hex() + ":1", a2.Hex() + ":1", "ADDR:ID"}},
		{in: a1.Hex() + ":3", errs: []string{"no proposal"}},
		{in: "0xZZ:3", errs: []string{"governor's address (ADDR:ID)"}},
	} {
		got, err := findProposal(props, cur, tc.in)
		if len(tc.errs) > 0 {
			for _, want := range tc.errs {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%q: err = %v, want %q", tc.in, err, want)
				}
			}
			continue
		}
		if err != nil || got.Governor != tc.gov || got.ID.Int64() != tc.id {
			t.Errorf("%q: got %+v, %v; want %s:%d", tc.in, got, err, tc.gov.Hex(), tc.id)
		}
	}
}

// TestConfigErrorsExit2 runs each read command on a bad config and expects
// exit status 2 and a message naming the file, line and key.
func TestConfigErrorsExit2(t *testing.T) {
	const good = "0x52908400098527886E0F7030069857D2E4169EE7"
	cases := []struct {
		name, body, want string
	}{
		{"unknown key", "[[dao]]\nname = \"x\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"" + good + "\"\ngovenor = \"x\"\n", ":5: dao[0].govenor"},
		{"bad address", "[[dao]]\nname = \"x\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"0xZZ12\"\n", ":4: dao[0].governor"},
		{"bad checksum", "[[dao]]\nname = \"x\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"0x52908400098527886E0F7030069857D2E4169Ee7\"\n", ":4: dao[0].governor"},
		{"bad url", "[[dao]]\nname = \"x\"\nrpc = \"ftp://nowhere\"\ngovernor = \"" + good + "\"\n", ":3: dao[0].rpc"},
		{"syntax", "[[dao]]\nname = \"x\nrpc = 1\n", ":2"},
		{"treasury element", "[[dao]]\nname = \"x\"\nrpc = \"http://127.0.0.1:1\"\ngovernor = \"" + good + "\"\ntreasury = [\n  \"" + good + "\",\n  \"0x12\",\n]\n", ":7: dao[0].treasury[1]"},
	}
	for _, cmd := range []string{"proposals", "holders", "treasury"} {
		for _, tc := range cases {
			t.Run(cmd+"/"+tc.name, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "config.toml")
				if err := os.WriteFile(path, []byte(tc.body), 0o600); err != nil {
					t.Fatal(err)
				}
				e, _, stderr := testEnv(nil)
				code := run(context.Background(), e, []string{cmd, "--config", path})
				if code != 2 {
					t.Fatalf("exit %d, want 2; stderr: %s", code, stderr)
				}
				if !strings.Contains(stderr.String(), path+tc.want) {
					t.Fatalf("stderr %q does not name %q", stderr, path+tc.want)
				}
			})
		}
	}
}

func TestBadFlagExit2(t *testing.T) {
	e, _, stderr := testEnv(nil)
	if code := run(context.Background(), e, []string{"proposals", "--rpc", "http://127.0.0.1:1", "--governor", "0x1234"}); code != 2 {
		t.Fatalf("exit %d, want 2; stderr: %s", code, stderr)
	}
	if !strings.Contains(stderr.String(), "--governor") {
		t.Fatalf("stderr %q does not name --governor", stderr)
	}
}

func TestWriteJSONEscapesInvisible(t *testing.T) {
	var b bytes.Buffer
	in := map[string]string{"title": "a\u009b31m\u202eb\u200dc\x1b]52;c;x\x07 café → ok"}
	if err := writeJSON(&b, in); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"\u009b", "\u202e", "\u200d", "\x1b", "\x07"} {
		if strings.Contains(b.String(), bad) {
			t.Fatalf("output %q carries %q raw", b.String(), bad)
		}
	}
	if !strings.Contains(b.String(), "café → ok") {
		t.Errorf("visible non-ASCII text was escaped: %q", b.String())
	}
	var out map[string]string
	if err := json.Unmarshal(b.Bytes(), &out); err != nil || out["title"] != in["title"] {
		t.Fatalf("round trip: %q, %v", out["title"], err)
	}
}

// TestTreasuryJSONUnreadable: a balance that could not be read is reported
// as an error, never as 0; an ERC-721's is marked as a count.
func TestTreasuryJSONUnreadable(t *testing.T) {
	snap := &treasury.Snapshot{Accounts: []treasury.Account{{ETH: big.NewInt(1), Tokens: []treasury.TokenBalance{
		{Asset: treasury.Asset{Symbol: "BRK", Decimals: 18}, Balance: big.NewInt(0), Err: errors.New("balanceOf reverted")},
		{Asset: treasury.Asset{Symbol: "PUNK", NFT: true}, Balance: big.NewInt(3)},
	}}}}
	var buf bytes.Buffer
	if err := writeJSON(&buf, toTreasuryJSON(snap)); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Accounts []struct {
			Tokens []map[string]any `json:"tokens"`
		} `json:"accounts"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	got := out.Accounts[0].Tokens
	if bal, ok := got[0]["balance"]; !ok || bal != nil || got[0]["error"] != "balanceOf reverted" {
		t.Errorf("unreadable balance: %v, want balance null and the error", got[0])
	}
	if got[1]["balance"] != "3" || got[1]["nft"] != true || got[1]["error"] != nil {
		t.Errorf("NFT balance: %v", got[1])
	}
}

// TestNegativeProposalID: `proposal -5` is an invalid id, not an unknown flag.
func TestNegativeProposalID(t *testing.T) {
	e, _, stderr := testEnv(nil)
	code := run(context.Background(), e, []string{"proposal", "-5", "--rpc", "http://127.0.0.1:1", "--governor", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"})
	if code != 2 || !strings.Contains(stderr.String(), "proposal id -5 is invalid") || strings.Contains(stderr.String(), "flag provided but not defined") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

// TestTimeoutFlag: --timeout takes a positive duration.
func TestTimeoutFlag(t *testing.T) {
	for _, v := range []string{"0s", "-1m", "soon"} {
		e, _, stderr := testEnv(nil)
		code := run(context.Background(), e, []string{"proposals", "--timeout", v, "--rpc", "http://127.0.0.1:1", "--governor", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"})
		if code != 2 || !strings.Contains(stderr.String(), "timeout") {
			t.Errorf("--timeout %s: exit %d, stderr %q", v, code, stderr)
		}
	}
}
