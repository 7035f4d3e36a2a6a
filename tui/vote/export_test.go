package vote

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
)

// Step is a flow step, for the external tests.
type Step = step

// Steps, for the external tests.
const (
	StepSupport    = stepSupport
	StepReason     = stepReason
	StepTarget     = stepTarget
	StepAddress    = stepAddress
	StepReview     = stepReview
	StepPassphrase = stepPassphrase
	StepPending    = stepPending
	StepDone       = stepDone
	StepFailed     = stepFailed

	StepBallotSigned = stepBallotSigned
	StepRelayer      = stepRelayer
)

// TargetCandidate is the "selected holder" delegation target.
const TargetCandidate = targetCandidate

// Inspection of the open flow, for tests (the zero value when none).
func (m *Model) HasFlow() bool { return m.flow != nil }
func (m *Model) FlowStep() step {
	if m.flow == nil {
		return 255
	}
	return m.flow.step
}
func (m *Model) FlowChoice() int               { return m.flow.choice }
func (m *Model) FlowSupport() gov.Support      { return m.flow.support }
func (m *Model) FlowAccount() string           { return m.flow.acct.Name }
func (m *Model) FlowDelegatee() common.Address { return m.flow.delegatee }
func (m *Model) FlowTarget() int               { return m.flow.targets[m.flow.target] }
func (m *Model) FlowHasReview() bool           { return m.flow.review != nil }
func (m *Model) FlowPassBuf() []byte           { return m.flow.pass.buf }
func (m *Model) FlowPrepare() tea.Cmd          { return m.flow.prepare() }
func (m *Model) FlowHash() common.Hash {
	if m.flow.signed == nil {
		return common.Hash{}
	}
	return m.flow.signed.Hash
}

// FlowSplit is the split the flow holds (nil when none).
func (m *Model) FlowSplit() *gov.Split { return m.flow.split }

// StepSplit is the split amounts step.
const StepSplit = stepSplit

// FlowReview is the open flow's review (nil when none).
func (m *Model) FlowReview() *signer.Review { return m.flow.review }
