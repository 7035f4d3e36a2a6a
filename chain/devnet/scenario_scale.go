package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/daoterm/daoterm/chain/contracts"
)

// Names and settings of the scale scenario's DAO. Proposals stay Active long after
// seeding: the voting period is long and the threshold zero.
const (
	ScaleTokenName    = "Scale Commons"
	ScaleTokenSymbol  = "SCL"
	ScaleGovernorName = "Scale Commons Governor"
	// ScaleVotingPeriod is the scale governor's voting period, in blocks.
	ScaleVotingPeriod = 1_000_000
)

// ScaleConfig sizes the scale scenario. Zero fields take the defaults of
// DefaultScaleConfig.
type ScaleConfig struct {
	Seed        int64
	Transfers   int // token transfers (each to one holder; every holder gets at least one)
	Holders     int // distinct receivers
	Delegations int // holders who delegate (by signature): the first half to themselves, the rest to those
	Proposals   int
	Votes       int // votes by signature, spread over the proposals; at most Proposals × Delegations/2
	// PerBlock is about how many token transfers a block holds: each
	// seeding call is mined in a block of its own and makes between half
	// and 1.5 times PerBlock transfers (drawn from Seed). A real token's
	// blocks hold a few of its logs, the busiest ones a few hundred, a
	// sliver of a provider's 10,000-results cap.
	PerBlock int
	// Packed fills every seeding call up to the gas cap instead (about
	// 800 transfers), several calls a block: blocks of up to 4,000 token
	// logs, 40 % of a 10,000-results cap, quicker to seed (the scenario
	// of earlier releases).
	Packed bool
}

// DefaultScaleConfig is the size issue 8 measured: a fifth of UNI's history.
var DefaultScaleConfig = ScaleConfig{Seed: 1, Transfers: 1_000_000, Holders: 200_000, Delegations: 4_000, Proposals: 500, Votes: 20_000, PerBlock: 100}

// withDefaults fills zero fields.
func (sc ScaleConfig) withDefaults() ScaleConfig {
	d := DefaultScaleConfig
	if sc.Seed == 0 {
		sc.Seed = d.Seed
	}
	if sc.Transfers == 0 {
		sc.Transfers = d.Transfers
	}
	if sc.Holders == 0 {
		sc.Holders = min(d.Holders, sc.Transfers)
	}
	if sc.Delegations == 0 {
		sc.Delegations = max(2, min(sc.Holders/50, d.Delegations))
	}
	if sc.Proposals == 0 {
		sc.Proposals = d.Proposals
	}
	if sc.Votes == 0 {
		sc.Votes = d.Votes
	}
	if sc.PerBlock == 0 {
		sc.PerBlock = d.PerBlock
	}
	return sc
}

// validate checks the sizes fit together.
func (sc ScaleConfig) validate() error {
	switch {
	case sc.Transfers < 1 || sc.Holders < 1 || sc.Proposals < 0 || sc.Votes < 0 || sc.Delegations < 0 || sc.PerBlock < 1:
		return fmt.Errorf("devnet: scale: sizes must be positive (transfers %d, holders %d, per block %d)", sc.Transfers, sc.Holders, sc.PerBlock)
	case !sc.Packed && sc.PerBlock > ScaleMaxPerBlock:
		return fmt.Errorf("devnet: scale: %d transfers a block: at most %d (1.5 times that fill a call under the gas cap; pack them with Packed)", sc.PerBlock, ScaleMaxPerBlock)
	case sc.Holders > sc.Transfers:
		return fmt.Errorf("devnet: scale: %d holders need at least as many transfers (got %d)", sc.Holders, sc.Transfers)
	case sc.Delegations > sc.Holders:
		return fmt.Errorf("devnet: scale: %d delegations of only %d holders", sc.Delegations, sc.Holders)
	case sc.Votes > 0 && sc.Proposals == 0:
		return fmt.Errorf("devnet: scale: %d votes need proposals", sc.Votes)
	case sc.Votes > sc.Proposals*voters(sc):
		return fmt.Errorf("devnet: scale: %d votes on %d proposals need at least %d self-delegated voters (raise --delegations)", sc.Votes, sc.Proposals, (sc.Votes+sc.Proposals-1)/sc.Proposals)
	}
	return nil
}

// voters is how many holders delegate to themselves (and vote).
func voters(sc ScaleConfig) int { return (sc.Delegations + 1) / 2 }

// ScaleDAO describes a chain seeded by SeedScale.
type ScaleDAO struct {
	Token, Governor, Timelock, Seeder, Multicall common.Address
	StartBlock                                   uint64 // the token's deployment block
	Config                                       ScaleConfig
	ProposalIDs                                  []*big.Int
}

// StartScale starts a devnet (see Start) with Multicall3 in its genesis and seeds it with
// SeedScale (progress may be nil). On error the node is closed.
func StartScale(ctx context.Context, cfg Config, sc ScaleConfig, progress func(what string, done, total int)) (*Node, *ScaleDAO, error) {
	alloc := make(types.GenesisAlloc, len(cfg.Alloc)+1)
	for a, acc := range cfg.Alloc {
		alloc[a] = acc
	}
	multicall := common.HexToAddress(contracts.Multicall3Address)
	alloc[multicall] = types.Account{Code: contracts.Multicall3Runtime(), Balance: new(big.Int)}
	cfg.Alloc = alloc
	n, err := Start(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	dao, err := SeedScale(ctx, n, sc, progress)
	if err != nil {
		n.Close()
		return nil, nil, err
	}
	dao.Multicall = multicall
	return n, dao, nil
}

// scaleGasCap is the gas limit of one seeding call: under Osaka's 16,777,216 cap on one
// transaction, and four of them fill less than the devnet's 60M block.
const scaleGasCap = 14_000_000

// scaleCallGas and scaleTransferGas are the gas a seeding call of
// transfers is given: scaleCallGas and scaleTransferGas a transfer (one to
// a new holder writes a slot and a checkpoint: about 15,000 measured).
const (
	scaleCallGas     = 200_000
	scaleTransferGas = 30_000
)

// ScaleMaxPerBlock is the most ScaleConfig.PerBlock may be (306): a call
// of 1.5 times it fits under scaleGasCap.
const ScaleMaxPerBlock = (scaleGasCap - scaleCallGas) / scaleTransferGas * 2 / 3

// scaleBurst is how many seeding calls are sent at once.
const scaleBurst = 8

// SeedScale deploys a DAO (an ERC20Votes token, a timelock, an OpenZeppelin 5 governor
// with a zero threshold and a long voting period) and the ScaleSeeder helper on n, and
// seeds, through the helper, sc.Transfers token transfers to sc.Holders holders, the
// signed delegations of sc.Delegations holders (half to themselves, half to those), then
// sc.Proposals proposals and sc.Votes signed votes. Each batch fills a transaction up to
// scaleGasCap, sized from the gas its first small batch used. progress, when set, is told
// what is being seeded. Everything follows from sc.Seed.
func SeedScale(ctx context.Context, n *Node, sc ScaleConfig, progress func(what string, done, total int)) (*ScaleDAO, error) {
	sc = sc.withDefaults()
	if err := sc.validate(); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(string, int, int) {}
	}
	client, err := rpc.DialContext(ctx, n.HTTPURL())
	if err != nil {
		return nil, fmt.Errorf("devnet: dial %s: %w", n.HTTPURL(), err)
	}
	defer client.Close()
	ss := &scaleSeeder{n: n, s: newSender(client, n.ChainID()), sc: sc, deployer: newActor(sc.Seed, "scale-deployer"),
		rng: rand.New(rand.NewPCG(uint64(sc.Seed), 0x5ca1e))}
	if err := n.Fund(ctx, map[common.Address]*big.Int{ss.deployer.addr: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))}); err != nil {
		return nil, err
	}
	dao, err := ss.run(ctx, progress)
	if err != nil {
		return nil, fmt.Errorf("devnet: seeding the scale scenario: %w", err)
	}
	return dao, nil
}

type scaleSeeder struct {
	n        *Node
	s        *sender
	sc       ScaleConfig
	deployer *actor
	seeder   abi.ABI
	dao      ScaleDAO
	rng      *rand.Rand // the transfers a block holds (ScaleConfig.PerBlock)
}

// delegator is a holder with a key (it signs its delegation and votes).
type delegator struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (ss *scaleSeeder) run(ctx context.Context, progress func(string, int, int)) (*ScaleDAO, error) {
	sc := ss.sc
	art, err := contracts.LoadArtifact(contracts.NameScaleSeeder)
	if err != nil {
		return nil, err
	}
	if ss.seeder, err = abi.JSON(bytes.NewReader(art.ABI)); err != nil {
		return nil, fmt.Errorf("ABI of ScaleSeeder: %w", err)
	}
	if err := ss.deploy(ctx, art.Bytecode); err != nil {
		return nil, err
	}

	// Holders: the delegators have keys; the others are addresses derived from the seed.
	dels := make([]delegator, sc.Delegations)
	holders := make([]common.Address, sc.Holders)
	for i := range holders {
		if i < len(dels) {
			a := newActor(sc.Seed, fmt.Sprintf("scale-holder-%d", i))
			dels[i] = delegator{key: a.key, addr: a.addr}
			holders[i] = a.addr
			continue
		}
		holders[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("daoterm devnet scale/%d/holder/%d", sc.Seed, i))))
	}
	unit := big.NewInt(params.Ether)
	to := func(j int) common.Address { return holders[j%len(holders)] }

	// Every holder once, then the delegations, then the other transfers (to holders who
	// now delegate too, so votes move with them).
	first := sc.Holders
	if err := ss.spread(ctx, 0, first, progress, func(lo, hi int) ([]byte, error) {
		addrs := make([]common.Address, 0, hi-lo)
		for j := lo; j < hi; j++ {
			addrs = append(addrs, to(j))
		}
		return ss.seeder.Pack("spray", ss.dao.Token, addrs, unit)
	}); err != nil {
		return nil, err
	}
	if err := ss.delegate(ctx, dels, progress); err != nil {
		return nil, err
	}
	if err := ss.spread(ctx, first, sc.Transfers, progress, func(lo, hi int) ([]byte, error) {
		addrs := make([]common.Address, 0, hi-lo)
		for j := lo; j < hi; j++ {
			addrs = append(addrs, to(j*7919)) // spread over the holders
		}
		return ss.seeder.Pack("spray", ss.dao.Token, addrs, unit)
	}); err != nil {
		return nil, err
	}
	if sc.Proposals > 0 {
		if err := ss.propose(ctx, progress); err != nil {
			return nil, err
		}
		if err := ss.vote(ctx, dels[:voters(sc)], progress); err != nil {
			return nil, err
		}
	}
	dao := ss.dao
	dao.Config = sc
	return &dao, nil
}

// deploy deploys the token, timelock, governor and seeder and mints the transfers'
// tokens to the seeder.
func (ss *scaleSeeder) deploy(ctx context.Context, seederCode []byte) error {
	d, s := ss.deployer, ss.s
	ss.dao.Token = s.nextAddress(d, 0)
	ss.dao.Timelock = s.nextAddress(d, 1)
	ss.dao.Governor = s.nextAddress(d, 2)
	ss.dao.Seeder = s.nextAddress(d, 3)
	tok, tl, gov := contracts.NewDaoToken(), contracts.NewDaoTimelock(), contracts.NewDaoGovernor()
	code := func(bin string, args []byte) []byte { return append(common.FromHex(bin), args...) }
	supply := new(big.Int).Mul(big.NewInt(int64(ss.sc.Transfers)), big.NewInt(params.Ether))
	reqs := []txReq{
		{from: d, data: code(contracts.DaoTokenMetaData.Bin, tok.PackConstructor(ScaleTokenName, ScaleTokenSymbol, d.addr)), gas: gasDeploy, what: "deploy the scale token"},
		{from: d, data: code(contracts.DaoTimelockMetaData.Bin, tl.PackConstructor(big.NewInt(1), []common.Address{ss.dao.Governor}, []common.Address{{}}, common.Address{})), gas: gasDeploy, what: "deploy the scale timelock"},
		{from: d, data: code(contracts.DaoGovernorMetaData.Bin, gov.PackConstructor(ScaleGovernorName, ss.dao.Token, ss.dao.Timelock,
			big.NewInt(1), ScaleVotingPeriod, new(big.Int), big.NewInt(4), big.NewInt(1))), gas: gasDeploy, what: "deploy the scale governor"},
		{from: d, data: append([]byte{}, seederCode...), gas: gasDeploy, what: "deploy ScaleSeeder"},
		{from: d, to: &ss.dao.Token, data: tok.PackMint(ss.dao.Seeder, supply), gas: gasCall, what: "mint the scale supply to the seeder"},
	}
	rcs, err := s.burst(ctx, reqs)
	if err != nil {
		return err
	}
	for i, want := range []common.Address{ss.dao.Token, ss.dao.Timelock, ss.dao.Governor, ss.dao.Seeder} {
		if rcs[i].ContractAddress != want {
			return fmt.Errorf("%s: deployed at %s, expected %s", reqs[i].what, rcs[i].ContractAddress.Hex(), want.Hex())
		}
	}
	ss.dao.StartBlock = rcs[0].BlockNumber.Uint64()
	return nil
}

// spread sends transfers [lo, hi) through the seeder, pack(a, b) packing the call for
// transfers [a, b): about ScaleConfig.PerBlock a block, each call mined alone, or, when
// Packed, by batches.
func (ss *scaleSeeder) spread(ctx context.Context, lo, hi int, progress func(string, int, int), pack func(a, b int) ([]byte, error)) error {
	if ss.sc.Packed {
		return ss.batches(ctx, "transfers", lo, hi, progress, pack)
	}
	per := ss.sc.PerBlock
	for done := lo; done < hi; {
		b := min(hi, done+max(1, per/2+ss.rng.IntN(per+1)))
		r, err := ss.call("transfers", done, b, scaleCallGas+uint64(b-done)*scaleTransferGas, pack)
		if err != nil {
			return err
		}
		if _, err := ss.s.burst(ctx, []txReq{r}); err != nil {
			return err
		}
		done = b
		progress("transfers", done, hi)
	}
	return nil
}

// call is the seeder call for items [a, b) of what, pack(a, b) packing it,
// with gas.
func (ss *scaleSeeder) call(what string, a, b int, gas uint64, pack func(a, b int) ([]byte, error)) (txReq, error) {
	data, err := pack(a, b)
	if err != nil {
		return txReq{}, fmt.Errorf("pack %s %d–%d: %w", what, a, b, err)
	}
	return txReq{from: ss.deployer, to: &ss.dao.Seeder, data: data, gas: gas, what: fmt.Sprintf("%s %d–%d", what, a, b-1)}, nil
}

// batches sends items [lo, hi) through the seeder, pack(a, b) packing the call for items
// [a, b): a first call of a few items measures the gas an item takes, the others are
// sized to fill scaleGasCap and sent scaleBurst at a time.
func (ss *scaleSeeder) batches(ctx context.Context, what string, lo, hi int, progress func(string, int, int), pack func(a, b int) ([]byte, error)) error {
	if lo >= hi {
		return nil
	}
	send := func(reqs []txReq) ([]*types.Receipt, error) { return ss.s.burst(ctx, reqs) }
	call := func(a, b int) (txReq, error) { return ss.call(what, a, b, scaleGasCap, pack) }
	probe := min(hi-lo, 20)
	r, err := call(lo, lo+probe)
	if err != nil {
		return err
	}
	rcs, err := send([]txReq{r})
	if err != nil {
		return err
	}
	per := float64(rcs[0].GasUsed) / float64(probe)
	size := max(1, int(float64(scaleGasCap)*0.85/per))
	done := lo + probe
	progress(what, done, hi)
	for done < hi {
		var reqs []txReq
		for len(reqs) < scaleBurst && done < hi {
			b := min(hi, done+size)
			r, err := call(done, b)
			if err != nil {
				return err
			}
			reqs = append(reqs, r)
			done = b
		}
		if _, err := send(reqs); err != nil {
			return err
		}
		progress(what, done, hi)
	}
	return nil
}

// eip712Domain is the EIP-712 domain separator of an OpenZeppelin contract.
func eip712Domain(name string, chainID *big.Int, contract common.Address) common.Hash {
	typ := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	return crypto.Keccak256Hash(typ, crypto.Keccak256([]byte(name)), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(contract.Bytes(), 32))
}

// signTyped signs the EIP-712 digest of structHash in domain: r, s, v (27 or 28).
func signTyped(key *ecdsa.PrivateKey, domain common.Hash, structHash []byte) (r, s [32]byte, v uint8, err error) {
	digest := crypto.Keccak256([]byte{0x19, 0x01}, domain[:], structHash)
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		return r, s, 0, err
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return r, s, sig[64] + 27, nil
}

// scaleDelegation is ScaleSeeder.Delegation as go-ethereum's ABI packer wants it.
type scaleDelegation struct {
	Delegatee common.Address
	Nonce     *big.Int
	Expiry    *big.Int
	V         uint8
	R         [32]byte
	S         [32]byte
}

// delegate sends the delegations: the first half of dels to themselves, the others to
// one of those.
func (ss *scaleSeeder) delegate(ctx context.Context, dels []delegator, progress func(string, int, int)) error {
	if len(dels) == 0 {
		return nil
	}
	domain := eip712Domain(ScaleTokenName, ss.n.ChainID(), ss.dao.Token)
	typ := crypto.Keccak256([]byte("Delegation(address delegatee,uint256 nonce,uint256 expiry)"))
	expiry := big.NewInt(time.Now().Add(24 * time.Hour).Unix())
	nv := voters(ss.sc)
	signed := make([]scaleDelegation, len(dels))
	for i, d := range dels {
		to := d.addr
		if i >= nv {
			to = dels[i%nv].addr
		}
		h := crypto.Keccak256(typ, common.LeftPadBytes(to.Bytes(), 32), make([]byte, 32), common.LeftPadBytes(expiry.Bytes(), 32))
		r, s, v, err := signTyped(d.key, domain, h)
		if err != nil {
			return fmt.Errorf("sign the delegation of %s: %w", d.addr.Hex(), err)
		}
		signed[i] = scaleDelegation{Delegatee: to, Nonce: new(big.Int), Expiry: expiry, V: v, R: r, S: s}
	}
	return ss.batches(ctx, "delegations", 0, len(signed), progress, func(a, b int) ([]byte, error) {
		return ss.seeder.Pack("delegateAll", ss.dao.Token, signed[a:b])
	})
}

// propose creates the proposals and waits until voting is open.
func (ss *scaleSeeder) propose(ctx context.Context, progress func(string, int, int)) error {
	if err := ss.batches(ctx, "proposals", 0, ss.sc.Proposals, progress, func(a, b int) ([]byte, error) {
		return ss.seeder.Pack("proposeMany", ss.dao.Governor, big.NewInt(int64(a)), big.NewInt(int64(b-a)))
	}); err != nil {
		return err
	}
	// The ids, as the governor computes them: keccak256(abi.encode(targets, values,
	// calldatas, keccak256(description))).
	addrs, _ := abi.NewType("address[]", "", nil)
	uints, _ := abi.NewType("uint256[]", "", nil)
	bytess, _ := abi.NewType("bytes[]", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	args := abi.Arguments{{Type: addrs}, {Type: uints}, {Type: bytess}, {Type: b32}}
	for i := range ss.sc.Proposals {
		desc := crypto.Keccak256Hash([]byte(fmt.Sprintf("Scale proposal #%d", i)))
		enc, err := args.Pack([]common.Address{ss.dao.Seeder}, []*big.Int{new(big.Int)}, [][]byte{{}}, [32]byte(desc))
		if err != nil {
			return fmt.Errorf("proposal id %d: %w", i, err)
		}
		ss.dao.ProposalIDs = append(ss.dao.ProposalIDs, new(big.Int).SetBytes(crypto.Keccak256(enc)))
	}
	// Voting opens after the voting delay (1 block) has passed the snapshot.
	return ss.n.Mine(ctx, 2)
}

// scaleBallot is ScaleSeeder.Ballot as go-ethereum's ABI packer wants it.
type scaleBallot struct {
	ProposalId *big.Int //nolint:revive // the ABI's name
	Support    uint8
	Voter      common.Address
	Signature  []byte
}

// vote sends the signed votes: vote k is on proposal k mod P by voter (k div P + k mod
// P) mod V, For, Against or Abstain in turn.
func (ss *scaleSeeder) vote(ctx context.Context, vs []delegator, progress func(string, int, int)) error {
	if ss.sc.Votes == 0 {
		return nil
	}
	domain := eip712Domain(ScaleGovernorName, ss.n.ChainID(), ss.dao.Governor)
	typ := crypto.Keccak256([]byte("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"))
	np := len(ss.dao.ProposalIDs)
	nonces := make([]int64, len(vs))
	ballots := make([]scaleBallot, ss.sc.Votes)
	for k := range ballots {
		p := k % np
		vi := (k/np + p) % len(vs)
		v := vs[vi]
		support := uint8(k % 3)
		id := ss.dao.ProposalIDs[p]
		h := crypto.Keccak256(typ, common.LeftPadBytes(id.Bytes(), 32), common.LeftPadBytes([]byte{support}, 32),
			common.LeftPadBytes(v.addr.Bytes(), 32), common.LeftPadBytes(big.NewInt(nonces[vi]).Bytes(), 32))
		nonces[vi]++
		r, s, sv, err := signTyped(v.key, domain, h)
		if err != nil {
			return fmt.Errorf("sign a vote of %s: %w", v.addr.Hex(), err)
		}
		sig := append(append(r[:], s[:]...), sv)
		ballots[k] = scaleBallot{ProposalId: id, Support: support, Voter: v.addr, Signature: sig}
	}
	return ss.batches(ctx, "votes", 0, len(ballots), progress, func(a, b int) ([]byte, error) {
		return ss.seeder.Pack("voteAll", ss.dao.Governor, ballots[a:b])
	})
}
