package proposals

import (
	"fmt"
	"strings"
	"time"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/ui"
)

// KeyHelp lists the signing keys v, u and x with why each does not act on
// the current proposal now ("" when it does); see ui.KeyHelper.
func (m *Model) KeyHelp() []ui.KeyHelp {
	k := m.c.Keys
	out := []ui.KeyHelp{
		{Binding: keys.WithHelp(k.Vote, "vote")},
		{Binding: keys.WithHelp(k.Queue, "queue")},
		{Binding: keys.WithHelp(k.Execute, "execute")},
	}
	p := m.current()
	var why [3]string
	switch {
	case !m.signing:
		why = [3]string{"signing is off: start with --keystore and --account", "", ""}
		why[1], why[2] = why[0], why[0]
	case p == nil:
		why = [3]string{"no proposal selected", "no proposal selected", "no proposal selected"}
	default:
		why = m.reasons(p)
	}
	for i := range out {
		out[i].Disabled = why[i]
	}
	return out
}

// reasons says why v, u and x do not apply to p ("" where they do).
func (m *Model) reasons(p *gov.Proposal) [3]string {
	var r [3]string
	key := p.Key()
	state := strings.ToLower(p.State.String())
	switch p.State {
	case gov.Pending:
		r[0] = "voting has not started"
	case gov.Active:
		if s, ok := m.mine[key]; ok {
			sup := s.String()
			r[0] = fmt.Sprintf("you voted %s at block %s", strings.ToUpper(sup[:1])+sup[1:], format.Uint(m.mineAt[key]))
		}
	default:
		r[0] = "voting is over (" + state + ")"
	}
	switch p.State {
	case gov.Succeeded:
	case gov.Pending, gov.Active:
		r[1] = "voting is not over"
	case gov.Queued, gov.Executed:
		r[1] = "already " + state
	default:
		r[1] = "the proposal is " + state
	}
	switch p.State {
	case gov.Queued:
		if now := uint64(m.now().Unix()); p.ETA != 0 && now < p.ETA {
			r[2] = "the timelock delay ends " + format.Rel(time.Unix(int64(p.ETA), 0), m.now())
		}
	case gov.Executed:
		r[2] = "already executed"
	case gov.Succeeded:
		r[2] = "not queued yet"
	default:
		r[2] = "only a queued proposal can be executed"
	}
	return r
}
