package journal

import "github.com/daoterm/daoterm/chain/signer"

// Unsettled exposes unsettled to the external tests.
func (j *Journal) Unsettled(c signer.ChainRef) ([]Entry, error) { return j.unsettled(c) }
