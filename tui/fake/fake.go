// Package fake is a deterministic, in-memory tui.Source for tests,
// benchmarks and trying the UI without a chain (go run ./tui/fake/demo).
package fake

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
	"github.com/daoterm/daoterm/chain/treasury"
	"github.com/daoterm/daoterm/tui/ui"
)

// Genesis is the time of block 0; blocks follow every BlockTime.
var Genesis = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// BlockTime is the fake chain's block interval.
const BlockTime = 12 * time.Second

// Well-known fake addresses.
var (
	GovernorAddr = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	TokenAddr    = common.HexToAddress("0x00000000000000000000000000000000000000a2")
	TimelockAddr = common.HexToAddress("0x00000000000000000000000000000000000000a3")
	StableAddr   = common.HexToAddress("0x00000000000000000000000000000000000000a4")
)

// Options size the fake DAO.
type Options struct {
	Seed      uint64
	Proposals int // default 12
	Holders   int // default 40
	// CustomUnits marks the token's votes as not following its balances
	// (token.Snapshot.CustomUnits).
	CustomUnits bool
	Flows       int    // default 30
	Head        uint64 // starting head, default 5,000
	// Customize, when set, edits each proposal as it is built.
	Customize func(p *gov.Proposal, i int)
	// Discovered, when set, leaves USDx out of Info's tokens: only Tokens
	// lists it, as a source that discovers tokens while it reads.
	Discovered bool
	// Kind is the governor's kind Info reports (zero: OZ5-like, simple
	// counting).
	Kind gov.Kind
}

// Source is the fake. Counters record calls so tests can check which reads
// the UI made.
type Source struct {
	opts  Options
	mu    sync.Mutex
	head  uint64
	heads chan ui.Head
	props []gov.Proposal
	votes []gov.Vote
	snap  *token.Snapshot
	treas *treasury.Snapshot
	Calls map[string]*atomic.Int64
	Err   error // when set before use, every read fails with it
}

// New builds a fake DAO.
func New(o Options) *Source {
	if o.Proposals == 0 {
		o.Proposals = 12
	}
	if o.Holders == 0 {
		o.Holders = 40
	}
	if o.Flows == 0 {
		o.Flows = 30
	}
	if o.Head == 0 {
		o.Head = 5000
	}
	s := &Source{opts: o, head: o.Head, heads: make(chan ui.Head, 16), Calls: map[string]*atomic.Int64{}}
	for _, n := range []string{"Info", "Heads", "Proposals", "Votes", "BlockTimes", "Ownership", "Treasury", "Tokens"} {
		s.Calls[n] = new(atomic.Int64)
	}
	s.build()
	return s
}

// Accounts returns the n-th fake holder address.
func Accounts(i int) common.Address {
	return common.BigToAddress(new(big.Int).SetUint64(0x1000_0000 + uint64(i)*0x1_0001))
}

func unit(decimals int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), unit(18)) }

func (s *Source) build() {
	r := rand.New(rand.NewPCG(s.opts.Seed, 42))
	o := s.opts
	titles := []string{"Fund the grants program", "Raise the quorum to 5%", "Pay the audit firm", "Lower the voting delay",
		"Treasury diversification into USDx", "Renew the core team budget", "Update the timelock delay", "Onboard new delegates"}
	for i := 0; i < o.Proposals; i++ {
		// spread over the chain; the newest is pending, the next active
		created := uint64(100 + i*(int(o.Head)-105)/max(1, o.Proposals-1))
		p := gov.Proposal{
			ID:            new(big.Int).Add(new(big.Int).Lsh(big.NewInt(int64(i+1)), 200), big.NewInt(int64(r.IntN(1<<30)))),
			Proposer:      Accounts(i % 5),
			Targets:       []common.Address{StableAddr},
			Values:        []*big.Int{big.NewInt(0)},
			Signatures:    []string{""},
			Calldatas:     [][]byte{transferData(Accounts(i%7), new(big.Int).Mul(big.NewInt(int64(1000*(i+1))), unit(6)))},
			VoteStart:     created + 10,
			VoteEnd:       created + 600,
			For:           tokens(int64(r.IntN(400_000))),
			Against:       tokens(int64(r.IntN(200_000))),
			Abstain:       tokens(int64(r.IntN(50_000))),
			Quorum:        tokens(200_000),
			QuorumAbstain: true, // GovernorCountingSimple
			CreatedBlock:  created,
			Block:         o.Head,
		}
		title := fmt.Sprintf("%s #%d", titles[i%len(titles)], i+1)
		p.Description = "# " + title + "\n\nThis proposal sends **" + fmt.Sprint(1000*(i+1)) + " USDx** to a contributor.\n\n- milestone one\n- milestone two\n"
		p.Title = title
		switch {
		case p.VoteEnd >= o.Head:
			p.State = gov.Active
			if p.VoteStart >= o.Head {
				p.State = gov.Pending
				p.Quorum = nil
				p.For, p.Against, p.Abstain = new(big.Int), new(big.Int), new(big.Int)
			}
		case i%5 == 0:
			p.State = gov.Defeated
			if p.For.Cmp(p.Against) > 0 {
				p.For, p.Against = p.Against, p.For
			}
		case i%5 == 1:
			p.State = gov.Executed
			p.QueuedBlock, p.ExecutedBlock = p.VoteEnd+5, p.VoteEnd+20
			p.ETA = uint64(blockTime(p.VoteEnd + 15).Unix())
		case i%5 == 2:
			p.State = gov.Queued
			p.QueuedBlock = p.VoteEnd + 5
			p.ETA = uint64(blockTime(p.VoteEnd + 15).Unix())
		case i%5 == 3:
			p.State = gov.Canceled
			p.CanceledBlock = p.VoteStart - 1
		default:
			p.State = gov.Succeeded
		}
		if o.Customize != nil {
			o.Customize(&p, i)
		}
		s.props = append(s.props, p)
		for v := 0; v < 1+i%4; v++ {
			s.votes = append(s.votes, gov.Vote{
				Governor: p.Governor, ProposalID: p.ID, Voter: Accounts(v), Support: gov.Support(v % 3),
				Weight: tokens(int64(10_000 * (4 - v))), Reason: []string{"", "Good for the DAO", "Too expensive", "Neutral"}[v%4],
				Block: p.VoteStart + 1 + uint64(v), Tx: common.BigToHash(big.NewInt(int64(0xabc000 + len(s.votes)))),
			})
		}
	}
	// ownership: a long tail
	snap := &token.Snapshot{Token: TokenAddr, Name: "Model Commons Governance", Symbol: "MCG", Decimals: 18,
		TotalSupply: new(big.Int), TotalVotes: new(big.Int), Block: o.Head, BlockTime: uint64(blockTime(o.Head).Unix()),
		CustomUnits: o.CustomUnits}
	delegates := map[common.Address]*token.Delegate{}
	var order []common.Address
	for i := 0; i < o.Holders; i++ {
		bal := tokens(int64(1_000_000 / (i + 1)))
		h := token.Holder{Address: Accounts(i), Balance: bal, Votes: new(big.Int)}
		if i%3 != 2 {
			h.Delegate = Accounts(i % 4)
			d := delegates[h.Delegate]
			if d == nil {
				d = &token.Delegate{Address: h.Delegate, Votes: new(big.Int)}
				delegates[h.Delegate] = d
				order = append(order, h.Delegate)
			}
			d.Votes.Add(d.Votes, bal)
			d.Delegators = append(d.Delegators, h.Address)
			snap.TotalVotes.Add(snap.TotalVotes, bal)
		}
		snap.TotalSupply.Add(snap.TotalSupply, bal)
		snap.Holders = append(snap.Holders, h)
	}
	for i := range snap.Holders {
		if d := delegates[snap.Holders[i].Address]; d != nil {
			snap.Holders[i].Votes = d.Votes
		}
	}
	for _, a := range order {
		snap.Delegates = append(snap.Delegates, *delegates[a])
	}
	sortDelegates(snap.Delegates)
	s.snap = snap

	// treasury: the timelock receives USDx and ETH, and pays out
	tr := &treasury.Snapshot{Block: o.Head, BlockTime: uint64(blockTime(o.Head).Unix())}
	usdx := treasury.Asset{Address: StableAddr, Symbol: "USDx", Decimals: 6}
	bal := new(big.Int)
	for i := 0; i < o.Flows; i++ {
		blk := uint64(50 + i*int(o.Head-100)/max(1, o.Flows))
		f := treasury.Flow{Account: TimelockAddr, Block: blk, Time: uint64(blockTime(blk).Unix()), Asset: usdx,
			Counterparty: Accounts(i % 6), LogIndex: uint(i), Tx: common.BigToHash(big.NewInt(int64(0xf10000 + i)))}
		if i%3 == 0 || bal.Sign() == 0 {
			f.Direction, f.Amount = treasury.In, new(big.Int).Mul(big.NewInt(int64(50_000+1000*i)), unit(6))
			bal.Add(bal, f.Amount)
		} else {
			f.Direction, f.Amount = treasury.Out, new(big.Int).Mul(big.NewInt(int64(5_000+100*i)), unit(6))
			bal.Sub(bal, f.Amount)
			f.Proposal = s.props[i%len(s.props)].ID
		}
		tr.Flows = append(tr.Flows, f)
	}
	tr.Accounts = []treasury.Account{{Address: TimelockAddr, ETH: tokens(125),
		Tokens: []treasury.TokenBalance{{Asset: usdx, Balance: bal}, {Asset: treasury.Asset{Address: TokenAddr, Symbol: "MCG", Decimals: 18}, Balance: tokens(50_000)}}}}
	s.treas = tr
}

func sortDelegates(ds []token.Delegate) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Votes.Cmp(ds[j-1].Votes) > 0; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// transferData is ERC-20 transfer(to, amount) calldata.
func transferData(to common.Address, amount *big.Int) []byte {
	b := []byte{0xa9, 0x05, 0x9c, 0xbb}
	b = append(b, common.LeftPadBytes(to.Bytes(), 32)...)
	return append(b, common.LeftPadBytes(amount.Bytes(), 32)...)
}

func blockTime(b uint64) time.Time { return Genesis.Add(time.Duration(b) * BlockTime) }

// HeadNow returns the current fake head.
func (s *Source) HeadNow() ui.Head {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ui.Head{Number: s.head, Time: blockTime(s.head)}
}

// Advance mines n blocks and publishes the new head on the stream.
func (s *Source) Advance(n uint64) ui.Head {
	s.mu.Lock()
	s.head += n
	h := ui.Head{Number: s.head, Time: blockTime(s.head)}
	s.mu.Unlock()
	s.heads <- h
	return h
}

// Proposal returns the i-th proposal (creation order) as built.
func (s *Source) Proposal(i int) gov.Proposal { return s.props[i] }

// SetProposal replaces the i-th proposal (tests put payloads in titles).
func (s *Source) SetProposal(i int, p gov.Proposal) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.props[i] = p
}

// SetVoteReason sets the reason of voter Accounts(v)'s vote on the i-th
// proposal (tests put long texts and payloads in reasons).
func (s *Source) SetVoteReason(i, v int, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.votes {
		if s.votes[k].ProposalID == s.props[i].ID && s.votes[k].Voter == Accounts(v) {
			s.votes[k].Reason = reason
		}
	}
}

// InfoPanel implements ui.InfoPaneler: what a real source adds to the
// info panel (RPC, genesis, paths, dev accounts), with fixed values.
func (s *Source) InfoPanel(ctx context.Context) ([]ui.InfoRow, error) {
	if err := s.call("Info"); err != nil {
		return nil, err
	}
	gen := common.HexToHash("0x5ca1ab1e00000000000000000000000000000000000000000000000000c0ffee")
	rows := []ui.InfoRow{
		{Section: "Where daoterm reads", Label: "RPC", Value: "http://127.0.0.1:8545", Copy: ui.Target{Kind: ui.KindURL, Value: "http://127.0.0.1:8545"}},
		{Section: "Where daoterm reads", Label: "Genesis", Value: gen.Hex(), Copy: ui.Target{Kind: ui.KindBlock, Value: "0"}},
		{Section: "Where daoterm writes", Label: "Journal", Value: "/home/user/.local/state/daoterm/journal.jsonl"},
	}
	for i, name := range []string{"alice", "bob", "carol"} {
		rows = append(rows, ui.InfoRow{Section: "Dev accounts", Label: name, Value: Accounts(i).Hex(), Note: "delegate",
			Copy: ui.Target{Kind: ui.KindAddress, Value: Accounts(i).Hex()}})
	}
	return rows, nil
}

// PowerHistory implements ui.PowerHistorian: a delegate's power grew in
// three steps to what Ownership reports; others never had any.
func (s *Source) PowerHistory(ctx context.Context, block uint64, account common.Address) ([]ui.PowerPoint, error) {
	if err := s.call("Ownership"); err != nil {
		return nil, err
	}
	for _, d := range s.snap.Delegates {
		if d.Address != account || d.Votes == nil {
			continue
		}
		var out []ui.PowerPoint
		for i, b := range []uint64{200, 2000, 4000} {
			if b > block {
				break
			}
			v := new(big.Int).Div(new(big.Int).Mul(d.Votes, big.NewInt(int64(1<<i))), big.NewInt(4))
			out = append(out, ui.PowerPoint{Block: b, Time: blockTime(b), Votes: v})
		}
		return out, nil
	}
	return nil, nil
}

func (s *Source) call(name string) error {
	s.Calls[name].Add(1)
	return s.Err
}

// Info implements tui.Source.
func (s *Source) Info(ctx context.Context) (*ui.DAOInfo, error) {
	if err := s.call("Info"); err != nil {
		return nil, err
	}
	return &ui.DAOInfo{
		Name: "Model Commons", ChainName: "devnet", ChainID: big.NewInt(1337),
		Governor: gov.Info{Address: GovernorAddr, Name: "Model Commons Governor", Token: TokenAddr, Timelock: TimelockAddr,
			Kind: s.opts.Kind, Clock: gov.ClockBlockNumber, VotingDelay: big.NewInt(10), VotingPeriod: big.NewInt(100), ProposalThreshold: tokens(1000)},
		Token:    treasury.Asset{Address: TokenAddr, Symbol: "MCG", Decimals: 18},
		Tokens:   s.infoTokens(),
		Treasury: []common.Address{TimelockAddr},
		Labels:   map[common.Address]string{Accounts(0): "alice", Accounts(1): "bob", Accounts(2): "carol"},
	}, nil
}

// usdxAsset is the fake treasury's stable token.
var usdxAsset = treasury.Asset{Address: StableAddr, Symbol: "USDx", Decimals: 6}

// infoTokens are the tokens Info lists: USDx unless Options.Discovered.
func (s *Source) infoTokens() []treasury.Asset {
	if s.opts.Discovered {
		return []treasury.Asset{}
	}
	return []treasury.Asset{usdxAsset}
}

// Tokens implements tui.Source: USDx. It makes no request, so it cannot
// fail.
func (s *Source) Tokens() []treasury.Asset {
	s.Calls["Tokens"].Add(1)
	return []treasury.Asset{usdxAsset}
}

// Heads implements tui.Source: the current head first, then each Advance.
func (s *Source) Heads(ctx context.Context) (<-chan ui.Head, error) {
	if err := s.call("Heads"); err != nil {
		return nil, err
	}
	out := make(chan ui.Head, 1)
	out <- s.HeadNow()
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case h := <-s.heads:
				select {
				case out <- h:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

// Proposals implements tui.Source.
func (s *Source) Proposals(ctx context.Context, block uint64) ([]gov.Proposal, error) {
	if err := s.call("Proposals"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]gov.Proposal(nil), s.props...), nil
}

// Votes implements tui.Source.
func (s *Source) Votes(ctx context.Context, block uint64) ([]gov.Vote, error) {
	if err := s.call("Votes"); err != nil {
		return nil, err
	}
	return s.votes, nil
}

// BlockTimes implements tui.Source: block times on a 12-second grid.
func (s *Source) BlockTimes(ctx context.Context, head uint64, blocks []uint64) (map[uint64]time.Time, error) {
	if err := s.call("BlockTimes"); err != nil {
		return nil, err
	}
	out := make(map[uint64]time.Time, len(blocks))
	for _, b := range blocks {
		out[b] = blockTime(b)
	}
	return out, nil
}

// Ownership implements tui.Source.
func (s *Source) Ownership(ctx context.Context, block uint64) (*token.Snapshot, error) {
	if err := s.call("Ownership"); err != nil {
		return nil, err
	}
	return s.snap, nil
}

// Treasury implements tui.Source.
func (s *Source) Treasury(ctx context.Context, block uint64) (*treasury.Snapshot, error) {
	if err := s.call("Treasury"); err != nil {
		return nil, err
	}
	return s.treas, nil
}
