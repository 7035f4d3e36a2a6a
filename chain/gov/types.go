// Package gov holds the plain types of on-chain governance — proposals,
// votes, states, supports, clocks and governor families — shared by the
// readers in chain/governor, the signer and the views. It imports no RPC
// client, so code that only shows governance data does not link one.
package gov

import (
	"cmp"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// State is a proposal's state as the governor's state() reports it. The
// numeric values match the Solidity enum, which is the same in OpenZeppelin
// v4 and v5, GovernorBravo and GovernorAlpha.
type State uint8

// Proposal states, in Solidity enum order.
const (
	Pending State = iota
	Active
	Canceled
	Defeated
	Succeeded
	Queued
	Expired
	Executed
)

var stateNames = [...]string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}

// String returns the lower-case state name used in JSON and tables.
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return "unknown"
}

// Valid reports whether s is one of the eight states.
func (s State) Valid() bool { return int(s) < len(stateNames) }

// States lists every state in enum order.
func States() []State {
	return []State{Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed}
}

// Support is a vote's direction, as GovernorCountingSimple and GovernorBravo
// encode it. GovernorAlpha's bool maps to For and Against.
type Support uint8

// Vote directions. Fractional is OpenZeppelin GovernorCountingFractional's
// VOTE_TYPE_FRACTIONAL: the vote carries its own split (Vote.Split).
const (
	Against    Support = 0
	For        Support = 1
	Abstain    Support = 2
	Fractional Support = 255
)

// String returns "against", "for", "abstain" or "split".
func (s Support) String() string {
	switch s {
	case Against:
		return "against"
	case For:
		return "for"
	case Abstain:
		return "abstain"
	case Fractional:
		return "split"
	}
	return "unknown"
}

// ClockMode says what a Governor's timepoints count.
type ClockMode string

// Clock modes of ERC-6372.
const (
	ClockBlockNumber ClockMode = "blocknumber"
	ClockTimestamp   ClockMode = "timestamp"
)

// Family names a governor contract family: what daoterm probes for and
// reads differently. The names match the built-in registry's.
type Family string

// Supported governor families.
const (
	FamilyOZ5   Family = "oz-governor-v5"          // OpenZeppelin Governor 5.x
	FamilyOZ4   Family = "oz-governor-v4"          // OpenZeppelin Governor 4.x (incl. GovernorCompatibilityBravo)
	FamilyBravo Family = "compound-governor-bravo" // Compound GovernorBravo (delegator proxy) and Uniswap's
	FamilyAlpha Family = "compound-governor-alpha" // Compound GovernorAlpha and Uniswap's
)

// Families lists the supported families.
func Families() []Family { return []Family{FamilyOZ5, FamilyOZ4, FamilyBravo, FamilyAlpha} }

// Counting names how a governor counts votes and what reaches its quorum.
type Counting string

// Counting modes.
const (
	// CountingSimple is GovernorCountingSimple: For, Against, Abstain;
	// For and Abstain count towards the quorum.
	CountingSimple Counting = "simple"
	// CountingCompatBravo is GovernorCompatibilityBravo: For, Against,
	// Abstain; only For counts towards the quorum; tallies are read from
	// proposals(id).
	CountingCompatBravo Counting = "compat-bravo"
	// CountingFractional is GovernorCountingFractional: a voter may split
	// their weight across For, Against and Abstain.
	CountingFractional Counting = "fractional"
	// CountingBravo is GovernorBravo's: For, Against, Abstain; For only
	// towards quorumVotes().
	CountingBravo Counting = "bravo"
	// CountingAlpha is GovernorAlpha's: For and Against (a bool), For only
	// towards quorumVotes().
	CountingAlpha Counting = "alpha"
)

// TimelockKind names the timelock that executes a governor's proposals.
type TimelockKind string

// Timelock kinds.
const (
	TimelockNone       TimelockKind = "none"
	TimelockController TimelockKind = "timelock-controller" // OpenZeppelin TimelockController
	TimelockCompound   TimelockKind = "compound-timelock"   // Compound Timelock (eta, grace period)
)

// Kind is what detection found out about a governor: its family and the
// parts around it.
type Kind struct {
	Family       Family
	Counting     Counting
	CountingMode string // COUNTING_MODE() as the contract reports it; "" when it has none
	Clock        ClockMode
	Timelock     TimelockKind
	// QuorumAbstain says whether Abstain votes count towards the quorum
	// (For always does). It comes from COUNTING_MODE: ZKsync's fractional
	// governors count For only.
	QuorumAbstain bool
}

// HasAbstain reports whether voters can abstain (GovernorAlpha's cannot).
func (k Kind) HasAbstain() bool { return k.Counting != CountingAlpha }

// HasReason reports whether a vote can carry a reason (GovernorAlpha's cannot).
func (k Kind) HasReason() bool { return k.Family != FamilyAlpha }

// Splits reports whether a voter may split their weight (fractional counting).
func (k Kind) Splits() bool { return k.Counting == CountingFractional }

// Info describes a Governor and the contracts around it, read at Block.
type Info struct {
	Address           common.Address
	Name              string
	Version           string // "" when the contract has no version()
	Kind              Kind
	Token             common.Address
	Timelock          common.Address // zero when the governor has no timelock
	Clock             ClockMode
	VotingDelay       *big.Int
	VotingPeriod      *big.Int
	ProposalThreshold *big.Int
	Block             uint64 // the block every figure was read at
	BlockTime         uint64 // that block's timestamp (unix seconds)
	// L1Block is, on chains whose contracts read block.number as the L1
	// block number (Arbitrum), that number at Block; 0 elsewhere. A block
	// clock then counts L1 blocks: compare its timepoints with ClockBlock,
	// not with Block, and date them at 12 s a block.
	L1Block uint64
}

// L1SlotSeconds is Ethereum's block time since the merge: the pace of an
// L1 block clock (see Info.L1Block).
const L1SlotSeconds = 12

// L1Time estimates the time of L1 block timepoint from the time of a
// block that reports L1 block l1Block, at L1SlotSeconds a block: the
// dating of an L1 block clock's timepoints (Arbitrum), which the chain's
// own RPC cannot date. ok is false when timepoint is too far to date.
func L1Time(at time.Time, l1Block, timepoint uint64) (t time.Time, ok bool) {
	const far = 1 << 33 // blocks; about 3,000 years
	if timepoint > 1<<62 || l1Block > 1<<62 {
		return time.Time{}, false
	}
	d := int64(timepoint) - int64(l1Block)
	if d > far || d < -far {
		return time.Time{}, false
	}
	return at.Add(time.Duration(d) * L1SlotSeconds * time.Second), true
}

// Proposal is one proposal with its state and tallies, read at Block.
type Proposal struct {
	// Governor is the contract the proposal lives on: the DAO's current
	// governor or one of its legacy governors (ids may repeat between
	// governors, see Key). Zero when the reader does not say (tests' fakes).
	Governor    common.Address
	ID          *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	Description string
	Title       string // first markdown heading, else first non-empty line

	VoteStart uint64 // snapshot timepoint (block or timestamp, per clock mode)
	VoteEnd   uint64 // deadline timepoint

	State   State
	For     *big.Int
	Against *big.Int
	Abstain *big.Int
	Quorum  *big.Int // the quorum; nil while VoteStart is in the future
	// QuorumAbstain says whether Abstain counts towards Quorum (For always
	// does): true for GovernorCountingSimple, false for Bravo-style rules.
	QuorumAbstain bool
	ETA           uint64 // unix seconds; 0 when never queued

	CreatedBlock  uint64
	CreatedTx     common.Hash
	CreatedLog    uint   // index of the ProposalCreated log in its block
	QueuedBlock   uint64 // 0 when not queued
	ExecutedBlock uint64 // 0 when not executed
	CanceledBlock uint64 // 0 when not canceled

	Block uint64 // the block state, tallies and quorum were read at
}

// CompareCreated orders proposals by creation: by the block of their
// ProposalCreated log, then by its index in that block. It is the one
// order of proposals: the CLI lists and the dashboard show them newest
// first, that is by CompareCreated reversed (see SortNewestFirst).
func CompareCreated(a, b *Proposal) int {
	if c := cmp.Compare(a.CreatedBlock, b.CreatedBlock); c != 0 {
		return c
	}
	return cmp.Compare(a.CreatedLog, b.CreatedLog)
}

// SortNewestFirst sorts props by creation, newest first: the reverse of
// CompareCreated, so that of two proposals created in one block the one
// whose log came later is first. Proposals that compare equal end in the
// reverse of their order in props, so a list in creation order (as the
// readers return it) is simply reversed.
func SortNewestFirst(props []Proposal) {
	slices.Reverse(props)
	slices.SortStableFunc(props, func(a, b Proposal) int { return CompareCreated(&b, &a) })
}

// QuorumVotes returns the votes that count towards the quorum: For, plus
// Abstain where the governor counts it. It is nil when tallies are unknown.
func (p *Proposal) QuorumVotes() *big.Int {
	if p.For == nil {
		return nil
	}
	v := new(big.Int).Set(p.For)
	if p.QuorumAbstain && p.Abstain != nil {
		v.Add(v, p.Abstain)
	}
	return v
}

// QuorumReached reports whether the votes that count reach the quorum.
func (p *Proposal) QuorumReached() bool {
	v := p.QuorumVotes()
	if p.Quorum == nil || v == nil {
		return false
	}
	return v.Cmp(p.Quorum) >= 0
}

// VotingOpened reports whether voting on the proposal opened: it is not
// Pending, and a Canceled proposal was canceled after its vote start. With a
// block clock that is CanceledBlock > VoteStart; otherwise (a timestamp
// clock, or clock "" when the caller does not know it) a canceled proposal
// counts as opened only when it received votes.
func (p *Proposal) VotingOpened(clock ClockMode) bool {
	switch p.State {
	case Pending:
		return false
	case Canceled:
		if clock == ClockBlockNumber && p.CanceledBlock != 0 {
			return p.CanceledBlock > p.VoteStart
		}
		for _, v := range []*big.Int{p.For, p.Against, p.Abstain} {
			if v != nil && v.Sign() > 0 {
				return true
			}
		}
		return false
	}
	return true
}

// Short names a kind in a few words for headers: family, then the counting
// mode and clock where they are not the family's usual ones.
func (k Kind) Short() string {
	var s string
	switch k.Family {
	case FamilyOZ5:
		s = "OZ Governor v5"
	case FamilyOZ4:
		s = "OZ Governor v4"
	case FamilyBravo:
		s = "GovernorBravo"
	case FamilyAlpha:
		s = "GovernorAlpha"
	default:
		return string(k.Family)
	}
	switch k.Counting {
	case CountingCompatBravo:
		s += " · CompatibilityBravo"
	case CountingFractional:
		s += " · fractional"
	}
	if k.Clock == ClockTimestamp {
		s += " · timestamp clock"
	}
	return s
}

// Split is a fractional vote's weight per direction.
type Split struct {
	Against *big.Int
	For     *big.Int
	Abstain *big.Int
}

// Vote is one vote event (VoteCast, VoteCastWithParams, or Alpha's VoteCast).
type Vote struct {
	Governor   common.Address // the governor the vote was cast on (see Proposal.Governor)
	ProposalID *big.Int
	Voter      common.Address
	Support    Support
	Weight     *big.Int
	Split      *Split // set for a fractional vote (Support == Fractional), else nil
	Reason     string
	Block      uint64
	Tx         common.Hash
	LogIndex   uint
}

// Key names a proposal among those of every governor of a DAO: its id,
// prefixed by its governor ("0x…:id") when that is known. Two governors of
// one DAO may use the same id (two GovernorAlphas both start at 1); the key
// does not repeat.
func (p *Proposal) Key() string { return ProposalKey(p.Governor, p.ID) }

// Key is the Key of the proposal v was cast on.
func (v *Vote) Key() string { return ProposalKey(v.Governor, v.ProposalID) }

// ProposalKey is the Key of proposal id on governor (see Proposal.Key).
func ProposalKey(governor common.Address, id *big.Int) string {
	if id == nil {
		return ""
	}
	if governor == (common.Address{}) {
		return id.String()
	}
	return governor.Hex() + ":" + id.String()
}

// Arg is one argument of a contract call, decoded for display.
type Arg struct {
	Name  string
	Type  string
	Value string
}

// Call is an encoded write call to a governor, with its arguments decoded
// for display: what a governor family's implementation builds and a signer
// signs.
type Call struct {
	To        common.Address
	Function  string // e.g. "castVoteWithReason"
	Signature string // e.g. "castVoteWithReason(uint256,uint8,string)"
	Args      []Arg
	Data      []byte
	Value     *big.Int // ETH sent with the call (Compound's execute forwards the proposal's values)
}
