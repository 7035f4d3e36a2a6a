package ownership

import (
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/ui"
)

// KeyHelp lists d with why it does not act now (ui.KeyHelper).
func (m *Model) KeyHelp() []ui.KeyHelp {
	h := ui.KeyHelp{Binding: keys.WithHelp(m.c.Keys.Delegate, "delegate")}
	if !m.signing {
		h.Disabled = "signing is off: start with --keystore and --account"
	}
	return []ui.KeyHelp{h}
}
