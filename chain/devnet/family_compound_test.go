package devnet

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/daoterm/daoterm/chain/contracts"
)

// compCall runs an eth_call of a raw selector signature with packed args at the head.
func compCall(t *testing.T, c *rpc.Client, to common.Address, sig string, args ...[]byte) ([]byte, error) {
	t.Helper()
	data := crypto.Keccak256([]byte(sig))[:4]
	for _, a := range args {
		data = append(data, a...)
	}
	var out hexutil.Bytes
	err := c.CallContext(context.Background(), &out, "eth_call", map[string]any{"to": to, "data": hexutil.Bytes(data)}, "latest")
	return out, err
}

func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func seedCompound(t *testing.T, seed func(context.Context, *Node, string) (*FamilyDAO, error)) (*Node, *rpc.Client, *FamilyDAO) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	n, err := Start(ctx, Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	t0 := time.Now()
	dao, err := seed(ctx, n, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seeded %s in %v (head %d)", dao.Name, time.Since(t0).Round(time.Millisecond), n.Head())
	c := n.Attach()
	t.Cleanup(c.Close)
	return n, c, dao
}

// checkCompound checks the states, the proposals() word count and the receipts.
func checkCompound(t *testing.T, c *rpc.Client, dao *FamilyDAO, words int, firstID int64) {
	t.Helper()
	want := []string{"executed", "expired", "defeated", "canceled", "queued", "succeeded", "active", "pending"}
	if len(dao.Proposals) != len(want) {
		t.Fatalf("%d proposals, want %d", len(dao.Proposals), len(want))
	}
	for i, p := range dao.Proposals {
		if p.State != want[i] {
			t.Errorf("proposal %d (%s) is %s, want %s", i, p.Title, p.State, want[i])
		}
		if p.ID.Int64() != firstID+int64(i) {
			t.Errorf("proposal %d has id %v, want %d", i, p.ID, firstID+int64(i))
		}
		out, err := compCall(t, c, dao.Governor, "proposals(uint256)", word(p.ID))
		if err != nil || len(out) != 32*words {
			t.Fatalf("proposals(%v): %d bytes, %v; want %d", p.ID, len(out), err, 32*words)
		}
		if new(big.Int).SetBytes(out[:32]).Cmp(p.ID) != 0 || common.BytesToAddress(out[32:64]) != p.Proposer {
			t.Errorf("proposals(%v): id/proposer words %x", p.ID, out[:64])
		}
		st, err := compCall(t, c, dao.Governor, "state(uint256)", word(p.ID))
		if err != nil || StateName(uint8(new(big.Int).SetBytes(st).Uint64())) != p.State {
			t.Errorf("state(%v) = %x, %v; want %s", p.ID, st, err, p.State)
		}
	}
	// Unknown ids: state reverts, proposals returns zeros.
	next := big.NewInt(firstID + int64(len(want)))
	if _, err := compCall(t, c, dao.Governor, "state(uint256)", word(next)); err == nil {
		t.Error("state(unknown id) did not revert")
	}
	if out, err := compCall(t, c, dao.Governor, "proposals(uint256)", word(next)); err != nil || len(out) != 32*words || !bytes.Equal(out, make([]byte, len(out))) {
		t.Errorf("proposals(unknown id) = %x, %v; want %d zero words", out, err, words)
	}
	if len(dao.Accounts) != 3 || dao.Treasury[0] != dao.Timelock || len(dao.Assets) != 1 {
		t.Errorf("accounts %d, treasury %v, assets %v", len(dao.Accounts), dao.Treasury, dao.Assets)
	}
	// The keystore accounts have not voted on the active proposal.
	active := dao.ProposalsIn("active")[0]
	for _, a := range dao.Accounts {
		out, err := compCall(t, c, dao.Governor, "getReceipt(uint256,address)", word(active.ID), common.LeftPadBytes(a.Address.Bytes(), 32))
		if err != nil || len(out) != 96 || out[31] != 0 {
			t.Errorf("getReceipt(active, %s) = %x, %v; want not voted", a.Name(), out, err)
		}
	}
}

func TestSeedAlpha(t *testing.T) {
	_, c, dao := seedCompound(t, SeedAlpha)
	if dao.Name != FamilyCompoundAlpha {
		t.Errorf("name %q", dao.Name)
	}
	checkCompound(t, c, dao, 9, 1)
	// The whale voted For the executed proposal: (hasVoted, support = true, 60M votes).
	whale, _ := dao.Account("compound-alpha-whale")
	out, err := compCall(t, c, dao.Governor, "getReceipt(uint256,address)", word(dao.Proposals[0].ID), common.LeftPadBytes(whale.Address.Bytes(), 32))
	if err != nil || len(out) != 96 || out[31] != 1 || out[63] != 1 || new(big.Int).SetBytes(out[64:]).Cmp(mct(60_000_000)) != 0 {
		t.Errorf("getReceipt(executed, whale) = %x, %v", out, err)
	}
	// Alpha has no initialProposalId.
	if _, err := compCall(t, c, dao.Governor, "initialProposalId()"); err == nil {
		t.Error("GovernorAlpha answered initialProposalId()")
	}
	// The executed grant paid out of the treasury: 100M + 250k donated - 1M granted.
	out, err = compCall(t, c, dao.Token, "balanceOf(address)", common.LeftPadBytes(dao.Timelock.Bytes(), 32))
	if err != nil || new(big.Int).SetBytes(out).Cmp(mct(99_250_000)) != 0 {
		t.Errorf("treasury UNI = %x, %v; want 99.25M", out, err)
	}
}

func TestSeedBravo(t *testing.T) {
	n, c, dao := seedCompound(t, SeedBravo)
	if dao.Name != FamilyCompoundBravo || len(dao.Legacy) != 1 {
		t.Fatalf("name %q, legacy %v", dao.Name, dao.Legacy)
	}
	checkCompound(t, c, dao, 10, 2)
	out, err := compCall(t, c, dao.Governor, "initialProposalId()")
	if err != nil || new(big.Int).SetBytes(out).Int64() != 1 {
		t.Errorf("initialProposalId = %x, %v; want 1", out, err)
	}
	out, err = compCall(t, c, dao.Legacy[0], "proposalCount()")
	if err != nil || new(big.Int).SetBytes(out).Int64() != 1 {
		t.Errorf("alpha proposalCount = %x, %v; want 1", out, err)
	}
	out, err = compCall(t, c, dao.Timelock, "admin()")
	if err != nil || common.BytesToAddress(out) != dao.Governor {
		t.Errorf("timelock admin = %x, %v; want the Bravo", out, err)
	}
	// The delegate abstained on the succeeded proposal: (true, 2, 25M).
	dlg, _ := dao.Account("compound-bravo-delegate")
	succ := dao.ProposalsIn("succeeded")[0]
	out, err = compCall(t, c, dao.Governor, "getReceipt(uint256,address)", word(succ.ID), common.LeftPadBytes(dlg.Address.Bytes(), 32))
	if err != nil || len(out) != 96 || out[31] != 1 || out[63] != 2 || new(big.Int).SetBytes(out[64:]).Cmp(mct(25_000_000)) != 0 {
		t.Errorf("getReceipt(succeeded, delegate) = %x, %v", out, err)
	}
	// A voter can still vote on the active proposal, by signature (Bravo's EIP-712 ballot).
	checkBravoBySig(t, n, c, dao)
}

// checkBravoBySig casts a castVoteBySig ballot from the whale's key on the active proposal
// (domain: name, chainId, verifyingContract; no version).
func checkBravoBySig(t *testing.T, n *Node, c *rpc.Client, dao *FamilyDAO) {
	t.Helper()
	ctx := context.Background()
	whale := newFamActor(FamilyCompoundBravo, "whale", "")
	active := dao.ProposalsIn("active")[0]
	domainType := crypto.Keccak256([]byte("EIP712Domain(string name,uint256 chainId,address verifyingContract)"))
	ballotType := crypto.Keccak256([]byte("Ballot(uint256 proposalId,uint8 support)"))
	domain := crypto.Keccak256(domainType, crypto.Keccak256([]byte("Compound Governor Bravo")), word(n.ChainID()), common.LeftPadBytes(dao.Governor.Bytes(), 32))
	structHash := crypto.Keccak256(ballotType, word(active.ID), word(big.NewInt(1)))
	digest := crypto.Keccak256([]byte("\x19\x01"), domain, structHash)
	sig, err := crypto.Sign(digest, whale.key)
	if err != nil {
		t.Fatal(err)
	}
	art, _ := contracts.LoadArtifact(contracts.NameGovernorBravoDelegate)
	parsed, _ := abi.JSON(bytes.NewReader(art.ABI))
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	data, err := parsed.Pack("castVoteBySig", active.ID, uint8(1), sig[64]+27, r, s)
	if err != nil {
		t.Fatal(err)
	}
	// Relayed by another funded fixture account.
	relayer := newFamActor(FamilyCompoundBravo, "donor", "")
	snd := newSender(c, n.ChainID())
	var nonce hexutil.Uint64
	if err := c.CallContext(ctx, &nonce, "eth_getTransactionCount", relayer.addr, "pending"); err != nil {
		t.Fatal(err)
	}
	snd.nonces[relayer.addr] = uint64(nonce)
	rc, err := snd.send(ctx, txReq{from: relayer.actor, to: &dao.Governor, data: data, gas: 300_000, what: "castVoteBySig"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rc.Logs) != 1 || common.BytesToAddress(rc.Logs[0].Topics[1].Bytes()) != whale.addr {
		t.Fatalf("castVoteBySig logs: %+v", rc.Logs)
	}
	out, err := compCall(t, c, dao.Governor, "getReceipt(uint256,address)", word(active.ID), common.LeftPadBytes(whale.addr.Bytes(), 32))
	if err != nil || out[31] != 1 || out[63] != 1 {
		t.Errorf("getReceipt after castVoteBySig = %x, %v", out, err)
	}
}
