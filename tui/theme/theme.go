// Package theme is daoterm's one theme: adaptive light/dark colours turned
// into a Styles value that every view receives when it is built.
//
// Colour is never the only carrier of meaning: states are written out
// ("active", "defeated"), quorum is ✓ or ✗, bars use distinct glyphs, and the
// selected row and tab are marked with text, so the UI stays readable with
// NO_COLOR or on a dumb terminal, where lipgloss renders no styling at all.
package theme

import (
	"io"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/chain/gov"
)

// Palette colours, each with a light- and a dark-background variant.
var (
	colorAccent  = lipgloss.AdaptiveColor{Light: "#5A3FC0", Dark: "#B4A2FF"}
	colorText    = lipgloss.AdaptiveColor{Light: "#1F1F24", Dark: "#E6E6EA"}
	colorMuted   = lipgloss.AdaptiveColor{Light: "#6B6B76", Dark: "#8C8C99"}
	colorSubtle  = lipgloss.AdaptiveColor{Light: "#D9D9E0", Dark: "#3A3A45"}
	colorGood    = lipgloss.AdaptiveColor{Light: "#1A7F37", Dark: "#56D364"}
	colorBad     = lipgloss.AdaptiveColor{Light: "#CF222E", Dark: "#F85149"}
	colorWarn    = lipgloss.AdaptiveColor{Light: "#9A6700", Dark: "#E3B341"}
	colorInfo    = lipgloss.AdaptiveColor{Light: "#0969DA", Dark: "#58A6FF"}
	colorNeutral = lipgloss.AdaptiveColor{Light: "#57606A", Dark: "#9DA7B3"}
	colorSelBg   = lipgloss.AdaptiveColor{Light: "#E7E2FF", Dark: "#2E2A47"}
)

// Styles is every style the UI uses. Build it once with New or Default and
// hand it to the views; it is never mutated afterwards.
type Styles struct {
	Profile       termenv.Profile // colour profile the styles render for
	Dark          bool            // dark background
	MarkdownStyle string          // glamour standard style name to match

	App         lipgloss.Style
	HeaderTitle lipgloss.Style // DAO name
	HeaderMeta  lipgloss.Style // chain, block
	Tab         lipgloss.Style
	ActiveTab   lipgloss.Style
	TabGap      lipgloss.Style
	Footer      lipgloss.Style
	Status      lipgloss.Style
	Error       lipgloss.Style
	Muted       lipgloss.Style
	Bold        lipgloss.Style
	Title       lipgloss.Style // a view's title (proposal title)
	Section     lipgloss.Style // section headings inside a view
	Label       lipgloss.Style // "Proposer:"
	TableHeader lipgloss.Style
	SelectedRow lipgloss.Style
	Good        lipgloss.Style
	Bad         lipgloss.Style
	Warn        lipgloss.Style
	Info        lipgloss.Style
	For         lipgloss.Style
	Against     lipgloss.Style
	Abstain     lipgloss.Style
	BarEmpty    lipgloss.Style
	Chart       lipgloss.Style
	Border      lipgloss.Style
	Spinner     lipgloss.Style // spinner and progress bar
}

// New builds the styles for a colour profile and background. With
// termenv.Ascii every style renders as plain text.
func New(profile termenv.Profile, dark bool) *Styles {
	s := &Styles{Profile: profile, Dark: dark}
	switch {
	case profile == termenv.Ascii:
		s.MarkdownStyle = "notty"
	case dark:
		s.MarkdownStyle = "dark"
	default:
		s.MarkdownStyle = "light"
	}
	// Adaptive colours are resolved here, from dark, rather than by
	// lipgloss at render time, so the styles do not depend on global state.
	pick := func(c lipgloss.AdaptiveColor) lipgloss.Color {
		if dark {
			return lipgloss.Color(c.Dark)
		}
		return lipgloss.Color(c.Light)
	}
	// Styles are bound to a renderer of their own profile, so they render
	// the same whatever the process-wide lipgloss renderer detected.
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(profile)
	r.SetHasDarkBackground(dark)
	fg := func(c lipgloss.AdaptiveColor) lipgloss.Style { return r.NewStyle().Foreground(pick(c)) }
	s.App = r.NewStyle()
	s.HeaderTitle = fg(colorAccent).Bold(true)
	s.HeaderMeta = fg(colorMuted)
	s.Tab = fg(colorMuted)
	s.ActiveTab = fg(colorAccent).Bold(true)
	s.TabGap = fg(colorSubtle)
	s.Footer = fg(colorMuted)
	s.Status = fg(colorInfo)
	s.Error = fg(colorBad).Bold(true)
	s.Muted = fg(colorMuted)
	s.Bold = fg(colorText).Bold(true)
	s.Title = fg(colorText).Bold(true)
	s.Section = fg(colorAccent).Bold(true)
	s.Label = fg(colorMuted)
	s.TableHeader = fg(colorAccent).Bold(true)
	s.SelectedRow = r.NewStyle().Background(pick(colorSelBg)).Bold(true)
	s.Good = fg(colorGood)
	s.Bad = fg(colorBad)
	s.Warn = fg(colorWarn)
	s.Info = fg(colorInfo)
	s.For = fg(colorGood)
	s.Against = fg(colorBad)
	s.Abstain = fg(colorNeutral)
	s.BarEmpty = fg(colorSubtle)
	s.Chart = fg(colorInfo)
	s.Border = fg(colorSubtle)
	s.Spinner = fg(colorAccent)
	return s
}

// Default builds the styles for the terminal lipgloss writes to: its colour
// profile (NO_COLOR and TERM=dumb give termenv.Ascii) and its background.
// Call it before the bubbletea program starts: detecting the background
// queries the terminal, which must not happen while bubbletea reads input.
func Default() *Styles {
	return New(lipgloss.ColorProfile(), lipgloss.HasDarkBackground())
}

// State returns the style for a proposal state.
func (s *Styles) State(st gov.State) lipgloss.Style {
	switch st {
	case gov.Active:
		return s.Info.Bold(true)
	case gov.Pending:
		return s.Warn
	case gov.Succeeded, gov.Queued:
		return s.Good
	case gov.Executed:
		return s.Good.Bold(true)
	case gov.Defeated, gov.Canceled, gov.Expired:
		return s.Bad
	}
	return s.Muted
}

// Support returns the style for a vote direction.
func (s *Styles) Support(v gov.Support) lipgloss.Style {
	switch v {
	case gov.For:
		return s.For
	case gov.Against:
		return s.Against
	}
	return s.Abstain
}

// Named builds the styles of a named theme for the terminal lipgloss writes
// to: "dark" or "light" fix the background; anything else ("auto", "")
// detects it, as Default does (so call it before the program starts).
func Named(name string) *Styles {
	switch name {
	case "dark":
		return New(lipgloss.ColorProfile(), true)
	case "light":
		return New(lipgloss.ColorProfile(), false)
	}
	return Default()
}
