package tui_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// step is keys to send (one message per key), text to type (one rune at
// a time), an optional action, and text to wait for once they are handled.
type step struct {
	keys []string
	text string
	do   func(src *fake.Source, w *votetest.Wallet)
	wait string
}

// runGolden runs the real bubbletea program at 100×30 on the fake DAO,
// plays the steps, quits and compares the final frame with the golden file
// (go test ./tui -run Golden -update rewrites them).
func runGolden(t *testing.T, steps ...step) {
	t.Helper()
	src := fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30})
	runGoldenOn(t, src, 100, 30, "ago", steps...) // proposals and their deadlines loaded
}

// runGoldenOn is runGolden on src at w×h, waiting for first before the
// steps.
func runGoldenOn(t *testing.T, src *fake.Source, w, h int, first string, steps ...step) {
	t.Helper()
	play(t, src, nil, w, h, first, false, steps...)
}

// play runs the real program on src (with wallet, if any) at w×h, waits for
// first, plays the steps, quits and compares the final frame with the
// golden file. WaitFor consumes the output it reads; with keep, a wait also
// sees what earlier waits read (a later step may wait for text an earlier
// frame already drew).
func play(t *testing.T, src *fake.Source, wallet *votetest.Wallet, w, h int, first string, keep bool, steps ...step) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := tui.Options{Styles: theme.New(termenv.Ascii, true)}
	if wallet != nil {
		opts.Wallet = wallet
	}
	tm := teatest.NewTestModel(t, tui.New(ctx, src, opts), teatest.WithInitialTermSize(w, h))
	var seen []byte
	wait := func(s string) {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			if !keep {
				return bytes.Contains(b, []byte(s))
			}
			if bytes.Contains(append(seen[:len(seen):len(seen)], b...), []byte(s)) {
				seen = append(seen, b...)
				return true
			}
			return false
		}, teatest.WithDuration(15*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	wait(first)
	for _, s := range steps {
		for _, k := range s.keys {
			tm.Send(tuitest.Key(k))
		}
		for _, k := range tuitest.Type(s.text) {
			tm.Send(k)
		}
		if s.do != nil {
			s.do(src, wallet)
		}
		wait(s.wait)
	}
	tm.Send(tea.QuitMsg{})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second))
	golden.RequireEqual(t, []byte(fm.View()))
}

func TestGoldenProposals(t *testing.T) { runGolden(t) }

func TestGoldenProposalDetail(t *testing.T) {
	// The description renders asynchronously below the fold: scroll down
	// until it shows, then back to the top for a stable frame.
	runGolden(t, step{keys: []string{"down", "enter"}, wait: "Voting ends"},
		step{keys: []string{"G"}, wait: "milestone one"}, step{keys: []string{"g", "g"}, wait: "  0%"})
}

func TestGoldenProposalFiltered(t *testing.T) {
	runGolden(t, step{keys: []string{"f", "down", "down", "down", " ", "enter"}, wait: "filter active"}, step{keys: []string{"/"}, wait: "search titles"},
		step{keys: []string{"a", "u", "d"}, wait: "/ aud"}, step{keys: []string{"enter"}, wait: `search "aud"`})
}

func TestGoldenOwnership(t *testing.T) {
	runGolden(t, step{keys: []string{"2"}, wait: "ownership at block"})
}

func TestGoldenDelegates(t *testing.T) {
	runGolden(t, step{keys: []string{"2"}, wait: "ownership at block"}, step{keys: []string{"l"}, wait: "Delegators"})
}

func TestGoldenTreasury(t *testing.T) {
	runGolden(t, step{keys: []string{"3"}, wait: "treasury at block"})
}

func TestGoldenFlows(t *testing.T) {
	runGolden(t, step{keys: []string{"3"}, wait: "treasury at block"}, step{keys: []string{"l"}, wait: "Counterparty"})
}

func TestGoldenHelp(t *testing.T) {
	runGolden(t, step{keys: []string{"?"}, wait: "Everywhere"})
}

// The DAO cannot be read: the error, and how to retry.
func TestGoldenError(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7})
	src.Err = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	runGoldenOn(t, src, 100, 30, "press r to retry")
}

// Below the minimum size there is only a message.
func TestGoldenTooSmall(t *testing.T) {
	runGoldenOn(t, fake.New(fake.Options{Seed: 7}), 59, 20, "Terminal too small")
}

// Even a tiny terminal gets a message that fits.
func TestGoldenTooSmallTiny(t *testing.T) {
	runGoldenOn(t, fake.New(fake.Options{Seed: 7}), 20, 5, "small")
}

// A tmux half pane (60×20) is the smallest layout: every tab fits.
func TestGoldenHalfPane(t *testing.T) {
	src := func() *fake.Source { return fake.New(fake.Options{Seed: 7, Proposals: 12, Holders: 40, Flows: 30}) }
	t.Run("Proposals", func(t *testing.T) { runGoldenOn(t, src(), 60, 20, "proposals at block") })
	t.Run("Detail", func(t *testing.T) {
		runGoldenOn(t, src(), 60, 20, "proposals at block", step{keys: []string{"down", "enter"}, wait: "Voting ends"})
	})
	t.Run("Ownership", func(t *testing.T) {
		runGoldenOn(t, src(), 60, 20, "proposals at block", step{keys: []string{"2"}, wait: "ownership at block"})
	})
	t.Run("Flows", func(t *testing.T) {
		runGoldenOn(t, src(), 60, 20, "proposals at block", step{keys: []string{"3"}, wait: "treasury at block"}, step{keys: []string{"l"}, wait: "Dir"})
	})
	t.Run("Help", func(t *testing.T) {
		runGoldenOn(t, src(), 60, 20, "proposals at block", step{keys: []string{"?"}, wait: "more lines"},
			step{keys: []string{"G"}, wait: "Everywhere"})
	})
}
