package journal

import (
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/daoterm/daoterm/chain/signer"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDefaultPath(t *testing.T) {
	env := map[string]string{"XDG_STATE_HOME": "/st", "HOME": "/home/u"}
	get := func(k string) string { return env[k] }
	if p, _ := DefaultPath(get); p != "/st/daoterm/journal.jsonl" {
		t.Errorf("XDG: %s", p)
	}
	env["XDG_STATE_HOME"] = "relative" // ignored, as the XDG spec says
	if p, _ := DefaultPath(get); p != "/home/u/.local/state/daoterm/journal.jsonl" {
		t.Errorf("fallback: %s", p)
	}
}

// TestJournalAppendOnly: statuses are appended (latest wins), a line cut
// short by a crash is skipped and does not swallow the next line, and the
// file and directory are private.
func TestJournalAppendOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "daoterm")
	j, err := Open(filepath.Join(dir, "journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	to := common.HexToAddress("0x01")
	genesis := common.HexToHash("0x0a")
	here := signer.ChainRef{ID: big.NewInt(1337), Genesis: genesis}
	mk := func(nonce uint64) *signer.Signed {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
			ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to, Value: new(big.Int),
		})
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		return &signer.Signed{Tx: tx, Raw: raw, Hash: tx.Hash(), ChainID: big.NewInt(1337), Genesis: genesis, From: crypto.PubkeyToAddress(key.PublicKey), Nonce: nonce, To: to, Function: "x"}
	}
	a, b := mk(0), mk(1)
	if err := j.Record(a); err != nil {
		t.Fatal(err)
	}
	if err := j.setStatus(a.Hash, StatusPending, 0, "", nil); err != nil {
		t.Fatal(err)
	}
	// A crash mid-write leaves half a line.
	f, _ := os.OpenFile(j.Path(), os.O_APPEND|os.O_WRONLY, 0)
	f.Write([]byte(`{"hash":"0xabc","raw":"0x02`))
	f.Close()
	if err := j.Record(b); err != nil {
		t.Fatal(err)
	}
	if err := j.setStatus(a.Hash, StatusMined, 7, "", nil); err != nil {
		t.Fatal(err)
	}
	es, err := j.Entries()
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Hash != a.Hash || es[0].Status != StatusMined || es[0].Block != 7 || len(es[0].Raw) == 0 || es[1].Status != StatusSigned {
		t.Fatalf("entries: %+v", es)
	}
	if n, ok, _ := j.NextNonce(here, b.From); !ok || n != 2 {
		t.Errorf("NextNonce = %d %v", n, ok)
	}
	if n, ok, _ := j.NextNonce(signer.ChainRef{ID: big.NewInt(1), Genesis: genesis}, b.From); ok {
		t.Errorf("NextNonce on another chain = %d", n)
	}
	// A chain restarted with the same id: another genesis, none of these.
	if n, ok, _ := j.NextNonce(signer.ChainRef{ID: big.NewInt(1337), Genesis: common.HexToHash("0x0b")}, b.From); ok {
		t.Errorf("NextNonce on another genesis = %d", n)
	}
	if !es[1].On(here) || es[1].On(signer.ChainRef{ID: big.NewInt(1337), Genesis: common.HexToHash("0x0b")}) {
		t.Errorf("On: %+v", es[1])
	}
	st, _ := os.Stat(j.Path())
	dst, _ := os.Stat(dir)
	if st.Mode().Perm() != 0o600 || dst.Mode().Perm() != 0o700 {
		t.Errorf("modes %o %o", st.Mode().Perm(), dst.Mode().Perm())
	}
}
