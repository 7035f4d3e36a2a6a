// Package governor reads proposals, votes, quorum and clock from an
// OpenZeppelin Governor (v4 or v5) over JSON-RPC. Every figure is read at a
// named block, which is returned with it.
package governor

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ErrNotGovernor is returned when the address holds no Governor.
var ErrNotGovernor = errors.New("not a Governor")

// ErrNoCode is returned when the address holds no contract code at all.
var ErrNoCode = errors.New("no contract code")

// State is a proposal's state as Governor.state() reports it. The numeric
// values match the Solidity enum (OpenZeppelin and GovernorBravo alike).
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

// States lists every state in enum order.
func States() []State {
	return []State{Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed}
}

// Support is a vote's direction, as GovernorCountingSimple encodes it.
type Support uint8

// Vote directions.
const (
	Against Support = 0
	For     Support = 1
	Abstain Support = 2
)

// String returns "against", "for" or "abstain".
func (s Support) String() string {
	switch s {
	case Against:
		return "against"
	case For:
		return "for"
	case Abstain:
		return "abstain"
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

// Info describes a Governor and the contracts around it, read at Block.
type Info struct {
	Address           common.Address
	Name              string
	Version           string // "" when the contract has no version()
	Token             common.Address
	Timelock          common.Address // zero when the governor has no timelock
	Clock             ClockMode
	VotingDelay       *big.Int
	VotingPeriod      *big.Int
	ProposalThreshold *big.Int
	Block             uint64 // the block every figure was read at
	BlockTime         uint64 // that block's timestamp (unix seconds)
}

// Proposal is one proposal with its state and tallies, read at Block.
type Proposal struct {
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
	Quorum  *big.Int // quorum(VoteStart); nil while VoteStart is in the future
	ETA     uint64   // unix seconds; 0 when never queued

	CreatedBlock  uint64
	CreatedTx     common.Hash
	QueuedBlock   uint64 // 0 when not queued
	ExecutedBlock uint64 // 0 when not executed
	CanceledBlock uint64 // 0 when not canceled

	Block uint64 // the block state, tallies and quorum were read at
}

// QuorumReached reports whether For+Abstain reach the quorum
// (GovernorCountingSimple's rule).
func (p *Proposal) QuorumReached() bool {
	if p.Quorum == nil || p.For == nil || p.Abstain == nil {
		return false
	}
	return new(big.Int).Add(p.For, p.Abstain).Cmp(p.Quorum) >= 0
}

// Vote is one VoteCast (or VoteCastWithParams) event.
type Vote struct {
	ProposalID *big.Int
	Voter      common.Address
	Support    Support
	Weight     *big.Int
	Reason     string
	Block      uint64
	Tx         common.Hash
	LogIndex   uint
}
