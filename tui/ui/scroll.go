package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui/keys"
)

// Scroll moves a page of text (a description, a vote's reason, an
// account's page) by the list keys: a line, a page, the top, the bottom.
// It reports whether k was one of them.
func Scroll(vp *viewport.Model, km keys.KeyMap, k tea.KeyMsg) bool {
	switch {
	case key.Matches(k, km.Up):
		vp.ScrollUp(1)
	case key.Matches(k, km.Down):
		vp.ScrollDown(1)
	case key.Matches(k, km.PageUp):
		vp.PageUp()
	case key.Matches(k, km.PageDown):
		vp.PageDown()
	case key.Matches(k, km.Top):
		vp.GotoTop()
	case key.Matches(k, km.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}
