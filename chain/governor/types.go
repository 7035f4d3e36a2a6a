package governor

import (
	"errors"

	"github.com/daoterm/daoterm/chain/gov"
)

// ErrNotGovernor is returned when the address holds no governor of a
// supported family.
var ErrNotGovernor = errors.New("not a supported governor")

// ErrNoCode is returned when the address holds no contract code at all.
var ErrNoCode = errors.New("no contract code")

// The plain governance types live in chain/gov; these aliases keep the
// readers' callers compiling while they move over.
type (
	State     = gov.State
	Support   = gov.Support
	ClockMode = gov.ClockMode
	Info      = gov.Info
	Proposal  = gov.Proposal
	Vote      = gov.Vote
)

// Aliases of chain/gov's constants (see there).
const (
	Pending   = gov.Pending
	Active    = gov.Active
	Canceled  = gov.Canceled
	Defeated  = gov.Defeated
	Succeeded = gov.Succeeded
	Queued    = gov.Queued
	Expired   = gov.Expired
	Executed  = gov.Executed

	Against = gov.Against
	For     = gov.For
	Abstain = gov.Abstain

	ClockBlockNumber = gov.ClockBlockNumber
	ClockTimestamp   = gov.ClockTimestamp
)

// States lists every state in enum order.
func States() []State { return gov.States() }

// Title derives a proposal's title from its description (see gov.Title).
func Title(description string) string { return gov.Title(description) }
