package tui

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/signer"
	"github.com/daoterm/daoterm/chain/signer/revert"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/sanitize"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/vote/votetest"
)

// ballotSource is the fake DAO where alice has not voted; once Cast is
// called her For vote shows from the next block on, like on a chain.
type ballotSource struct {
	*fake.Source
	mu   sync.Mutex
	cast *gov.Vote
}

func (b *ballotSource) Votes(ctx context.Context, block uint64) ([]gov.Vote, error) {
	vs, err := b.Source.Votes(ctx, block)
	if err != nil {
		return nil, err
	}
	var out []gov.Vote
	for _, v := range vs {
		if v.Voter != votetest.Alice {
			out = append(out, v)
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cast != nil && b.cast.Block <= block {
		out = append(out, *b.cast)
	}
	return out, nil
}

// Cast records alice's vote in block.
func (b *ballotSource) Cast(id *big.Int, block uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.cast = &gov.Vote{ProposalID: id, Voter: votetest.Alice, Support: gov.For, Weight: new(big.Int).Mul(big.NewInt(1_200_000), big.NewInt(1e18)), Block: block}
}

func newWalletHarness(t testing.TB, src Source, w Wallet, styles *theme.Styles, width, height int) *harness {
	t.Helper()
	if styles == nil {
		styles = theme.New(termenv.Ascii, true)
	}
	m := New(context.Background(), src, Options{Styles: styles, Wallet: w})
	hs := &harness{t: t, m: m}
	switch s := src.(type) {
	case *fake.Source:
		hs.src = s
	case *ballotSource:
		hs.src = s.Source
	}
	m.live.open = true
	hs.send(tea.WindowSizeMsg{Width: width, Height: height})
	tuitest.Drive(hs.update, m.modal.Init())
	info, err := src.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	hs.send(infoMsg{info: info})
	hs.send(headMsg{head: hs.src.HeadNow()})
	return hs
}

func (hs *harness) typeText(s string) {
	for _, k := range tuitest.Type(s) {
		hs.send(k)
	}
}

func (hs *harness) want(wants ...string) {
	hs.t.Helper()
	v := hs.m.View()
	for _, w := range wants {
		if !strings.Contains(v, w) {
			hs.t.Fatalf("frame lacks %q:\n%s", w, v)
		}
	}
}

func TestVoteThroughTheDashboard(t *testing.T) {
	src := &ballotSource{Source: fake.New(fake.Options{})}
	w := votetest.New()
	hs := newWalletHarness(t, src, w, nil, 100, 30)
	hs.want("account alice")
	hs.press("down") // the active proposal (the newest is pending)
	hs.want("v vote")
	active := hs.src.Proposal(10)
	if active.State != gov.Active {
		t.Fatalf("fake proposal 10 is %s", active.State)
	}
	hs.press("enter")
	hs.want("You       have not voted yet · alice · v to vote")
	hs.press("v")
	hs.want("How do you vote?", active.Title)
	hs.press("q") // not a quit inside the flow
	if !hs.m.modal.Capturing() {
		t.Fatal("q left the flow")
	}
	hs.press("f")
	hs.typeText("Ship it")
	hs.press("tab")
	hs.want("Review", "castVoteWithReason(uint256,uint8,string)", "Ship it", "Voting power", "Max cost", "enter passphrase")
	hs.press("enter")
	hs.typeText(votetest.AlicePass)
	hs.press("enter")
	hs.want("Pending", "⧗ 1 pending")
	hash := w.Entries()[0].Hash

	// Mined in the next block: the flow says so, and the proposal shows
	// the vote read from the chain.
	next := hs.src.Advance(1)
	if err := w.Mine(hash, next.Number); err != nil {
		t.Fatal(err)
	}
	src.Cast(active.ID, next.Number)
	hs.send(headMsg{head: next})
	hs.want("Mined in block", "You voted For on")
	if strings.Contains(hs.m.View(), "pending ·") {
		t.Fatal("still pending")
	}
	hs.press("esc")
	hs.want("You       voted for with 1,200,000", "block "+format.Uint(next.Number))
}

func TestSigningKeysOnlyWhereTheyApply(t *testing.T) {
	hs := newWalletHarness(t, fake.New(fake.Options{}), votetest.New(), nil, 160, 30)
	help := func() string { return hs.m.shortHelp() }
	// newest first: 11 pending, 10 active (the account voted on it: no v),
	// 9 succeeded (i%5 == 4), 8 canceled, 7 queued
	wants := []string{"", "", "u queue", "", "x execute"}
	for i, w := range wants {
		h := help()
		for _, k := range []string{"v vote", "u queue", "x execute"} {
			if strings.Contains(h, k) != (k == w) {
				t.Fatalf("row %d: help %q (want only %q)", i, h, w)
			}
		}
		if i == 1 { // the help says why v does not act
			hs.press("?")
			hs.want("Not now", "v       vote — you voted Against at block", "u       queue — voting is not over")
			hs.press("q")
			if hs.m.showHelp {
				t.Fatal("q did not close the help")
			}
		}
		hs.press("down")
	}
	hs.press("2")
	if !strings.Contains(help(), "d delegate") {
		t.Fatalf("ownership help: %q", help())
	}
	hs.press("?")
	hs.want("a account", "t transactions")
	hs.press("esc")

	// without a wallet: none offered
	ro := newHarness(t, fake.New(fake.Options{}), nil, 160, 30)
	ro.press("down")
	if strings.Contains(ro.m.shortHelp(), "v vote") {
		t.Fatal("v offered without a wallet")
	}
	ro.press("v")
	if !strings.Contains(ro.m.View(), "Signing is not available") {
		t.Fatal("v without a wallet does not explain")
	}
}

func TestDelegateFromOwnership(t *testing.T) {
	w := votetest.New()
	hs := newWalletHarness(t, fake.New(fake.Options{}), w, nil, 100, 30)
	hs.press("2", "down") // second holder: bob
	hs.press("d")
	hs.want("Delegate your voting power", "the selected one "+votetest.Bob.Hex()+" (bob)")
	hs.press("enter")
	hs.want("delegate(address)", votetest.Bob.Hex())
	hs.press("esc", "esc")
	if hs.m.modal.Capturing() {
		t.Fatal("esc did not close")
	}
	hs.press("l", "l", "d") // on the chart: no candidate
	if strings.Contains(hs.m.View(), "the selected one") {
		t.Fatal("a candidate from the chart")
	}
}

func TestAccountPickerAndTransactions(t *testing.T) {
	w := votetest.New()
	hs := newWalletHarness(t, fake.New(fake.Options{}), w, nil, 100, 30)
	hs.press("a")
	hs.want("Signing account", "alice", "bob", "cannot sign here")
	hs.press("down", "enter")
	hs.want("account bob")
	hs.press("t")
	hs.want("Transactions", "No transactions signed")
	hs.press("t")
	if hs.m.modal.Capturing() {
		t.Fatal("t did not close the list")
	}
}

func TestFlowFramesFit(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 50}} {
		w := votetest.New()
		w.Power, w.AlreadyVoted = new(big.Int), true
		hs := newWalletHarness(t, fake.New(fake.Options{}), w, nil, size[0], size[1])
		check := func(when string) {
			lines := strings.Split(hs.m.View(), "\n")
			if len(lines) != size[1] {
				t.Fatalf("%v %s: %d lines", size, when, len(lines))
			}
			for _, l := range lines {
				if lipgloss.Width(l) > size[0] {
					t.Fatalf("%v %s: line of width %d: %q", size, when, lipgloss.Width(l), l)
				}
			}
		}
		hs.press("down", "v")
		check("support")
		hs.press("a")
		hs.typeText(strings.Repeat("a long reason ", 40))
		check("reason")
		hs.press("tab")
		check("review")
		hs.press("pgdown", "enter")
		check("passphrase")
		hs.typeText(votetest.AlicePass)
		hs.press("enter")
		check("pending")
		hs.press("esc", "t")
		check("transactions")
	}
}

// TestFlowPayloads puts hostile text in the proposal title and the revert
// reason: the flow's frames hold only the UI's own colours.
func TestFlowPayloads(t *testing.T) {
	src := fake.New(fake.Options{Customize: func(p *gov.Proposal, i int) { p.Title = "Title " + payload }})
	w := votetest.New()
	hs := newWalletHarness(t, src, w, theme.New(termenv.TrueColor, true), 100, 30)
	hs.press("down", "v")
	frames := []string{hs.m.View()}
	hs.press("f")
	hs.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("reason " + payload), Paste: true})
	frames = append(frames, hs.m.View())
	hs.press("tab")
	frames = append(frames, hs.m.View())
	hs.press("esc", "esc", "esc")
	w.PrepareErr = &revert.Error{Op: "simulating castVote", Revert: &revert.Reason{Name: "Error", Args: []signer.Arg{{Name: "reason", Value: "no " + payload}}}}
	hs.press("v", "f", "tab")
	frames = append(frames, hs.m.View())
	if !strings.Contains(frames[3], "The simulation reverted") {
		t.Fatalf("no revert frame:\n%s", frames[3])
	}
	for i, f := range frames {
		rest := sgrRE.ReplaceAllString(f, "")
		if sanitize.HasEscapes(rest) {
			t.Errorf("frame %d: an escape other than SGR", i)
		}
		for _, r := range rest {
			if sanitize.IsMarked(r) {
				t.Errorf("frame %d: invisible character %U", i, r)
				break
			}
		}
	}
}
