package proposals

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
)

func setup(t testing.TB, o fake.Options) (*Model, *fake.Source) {
	t.Helper()
	return tuitest.Build(t, o, func(src *fake.Source) *Model { return New(context.Background(), tuitest.Common(), src, 0) })
}

func press(m *Model, keys ...string) { tuitest.Press(m.Update, keys...) }

func typeText(m *Model, s string) {
	for _, k := range tuitest.Type(s) {
		tuitest.Drive(m.Update, m.Update(k))
	}
}

// listed returns the titles of the rows in table order.
func listed(m *Model) []string {
	var out []string
	for _, r := range m.rows {
		out = append(out, m.data.items[r].title)
	}
	return out
}

func TestListNewestFirst(t *testing.T) {
	m, src := setup(t, fake.Options{Proposals: 12})
	got := listed(m)
	if len(got) != 12 {
		t.Fatalf("%d rows, want 12", len(got))
	}
	if got[0] != src.Proposal(11).Title || got[11] != src.Proposal(0).Title {
		t.Fatalf("not newest first: %q … %q", got[0], got[11])
	}
	v := m.View()
	for _, want := range []string{"ID ↓", "Title", "State", "Ends", src.Proposal(11).Title, "1–12 of 12", "ago"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if st := m.Status(); st.Block != src.HeadNow().Number || st.Loading || st.Err != nil {
		t.Fatalf("status %+v", st)
	}
}

func TestFilterSearchSort(t *testing.T) {
	m, _ := setup(t, fake.Options{Proposals: 20})
	// f opens the filter menu: open, needs my vote, then the states
	// (pending, active, canceled, defeated, succeeded, queued, expired, executed).
	press(m, "f")
	if !m.Capturing() || !strings.Contains(m.View(), "[ ] needs my vote") {
		t.Fatalf("f did not open the filter menu:\n%s", m.View())
	}
	press(m, "G", " ", "esc") // check executed, then cancel
	if !m.filter.empty() || m.menu != nil {
		t.Fatalf("esc applied the filter: %q", m.filter)
	}
	press(m, "f", "G", " ", "k", "k", "k", "x", "enter") // executed and succeeded
	if !strings.Contains(m.toolbar(), "filter Succeeded, Executed") && !strings.Contains(m.toolbar(), "filter succeeded, executed") {
		t.Fatalf("toolbar: %q", m.toolbar())
	}
	for _, r := range m.rows {
		s := m.data.items[r].p.State
		if s != gov.Executed && s != gov.Succeeded {
			t.Fatalf("filter succeeded, executed lists a %s proposal", s)
		}
	}
	if len(m.rows) == 0 {
		t.Fatal("the filter lists nothing")
	}
	press(m, "f", " ", "enter") // add "open": pending and active too
	for _, r := range m.rows {
		if s := m.data.items[r].p.State; s != gov.Executed && s != gov.Succeeded && s != gov.Pending && s != gov.Active {
			t.Fatalf("open lists a %s proposal", s)
		}
	}
	press(m, "esc") // clears the filter
	if len(m.rows) != 20 {
		t.Fatalf("esc left %d rows", len(m.rows))
	}

	press(m, "/")
	if !m.Capturing() {
		t.Fatal("search box does not capture keys")
	}
	typeText(m, "audit")
	for _, title := range listed(m) {
		if !strings.Contains(strings.ToLower(title), "audit") {
			t.Fatalf("search audit lists %q", title)
		}
	}
	n := len(m.rows)
	if n == 0 || n == 20 {
		t.Fatalf("search matched %d rows", n)
	}
	press(m, "q") // typed into the box, not quit
	if len(m.rows) != 0 {
		t.Fatalf("auditq matched %d rows", len(m.rows))
	}
	press(m, "backspace", "enter")
	if m.Capturing() || len(m.rows) != n {
		t.Fatalf("after enter: capturing=%v rows=%d", m.Capturing(), len(m.rows))
	}
	// proposer search: alice's proposals (label from the DAO info)
	press(m, "esc", "/")
	typeText(m, "alice")
	press(m, "enter")
	for _, r := range m.rows {
		if m.data.items[r].p.Proposer != fake.Accounts(0) {
			t.Fatal("search alice lists another proposer")
		}
	}
	press(m, "esc")

	press(m, "s") // oldest first
	if got := listed(m); got[0] != m.data.items[19].title {
		t.Fatalf("oldest first starts with %q", got[0])
	}
	press(m, "s", "s") // most votes
	items := m.data.items
	for i := 1; i < len(m.rows); i++ {
		if items[m.rows[i-1]].total.Cmp(items[m.rows[i]].total) < 0 {
			t.Fatal("most votes is not descending")
		}
	}
}

func TestDetail(t *testing.T) {
	m, src := setup(t, fake.Options{Proposals: 6})
	press(m, "down", "enter") // second newest = proposal 4
	if m.detail == nil {
		t.Fatal("enter did not open the detail")
	}
	p := src.Proposal(4)
	content := m.detail.content(m)
	for _, want := range []string{
		p.Title, "Timeline", "Created", "Voting starts", "Voting ends", "Votes cast", "For", "Against", "Abstain", "Quorum",
		"Actions (1)", "USDx token", "transfer(", "to:", "amount:", "5,000 USDx",
		"Description", "milestone one", "Voters (1)", p.ID.String(), "2025-03-",
	} {
		if !strings.Contains(content, want) {
			t.Errorf("detail lacks %q", want)
		}
	}
	if !slices.ContainsFunc(m.Help().ShortHelp(), func(b key.Binding) bool { return b.Help().Desc == "sort votes" }) {
		t.Error("detail help does not offer sorting votes")
	}
	press(m, "esc")
	if m.detail != nil {
		t.Fatal("esc did not close the detail")
	}
}

// TestDetailNamesDiscoveredTokens: a token the DAO's description did not
// list at start-up, but the source discovered while reading (here: USDx,
// the target of proposal 4's transfer), names the action's amount.
func TestDetailNamesDiscoveredTokens(t *testing.T) {
	src := fake.New(fake.Options{Proposals: 6, Discovered: true})
	m := New(context.Background(), tuitest.Common(), src, 0)
	tuitest.Show(t, m, src, 100, 25)
	if m.dec.Knows(fake.StableAddr) {
		t.Fatal("USDx is known before any load: the test proves nothing")
	}
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	press(m, "down", "enter")
	if m.detail == nil {
		t.Fatal("enter did not open the detail")
	}
	content := m.detail.content(m)
	if !strings.Contains(content, "USDx token") || !strings.Contains(content, "5,000 USDx") || strings.Contains(content, "base units") {
		t.Errorf("the transfer's target and amount are not named as USDx:\n%s", content)
	}
}

func TestVotesSortable(t *testing.T) {
	m, _ := setup(t, fake.Options{Proposals: 4}) // proposal 3 has 4 votes
	press(m, "enter")
	byWeight := m.detail.content(m)
	if i, j := strings.Index(byWeight, "40,000.00 MCG"), strings.Index(byWeight, "10,000.00 MCG"); i < 0 || j < 0 || i > j {
		t.Fatalf("votes not by weight:\n%s", byWeight)
	}
	press(m, "s")
	if !strings.Contains(m.detail.content(m), "in chain order") {
		t.Fatal("s did not switch to chain order")
	}
}

func TestNewHeadKeepsSelection(t *testing.T) {
	m, src := setup(t, fake.Options{Proposals: 10})
	press(m, "down", "down", "down")
	sel := m.selectedKey()
	h := src.Advance(5)
	tuitest.Drive(m.Update, m.Load(h, false))
	if m.selectedKey() != sel {
		t.Fatal("selection moved on refresh")
	}
	if m.Status().Block != h.Number {
		t.Fatalf("data at %d, want %d", m.Status().Block, h.Number)
	}
}

func TestStaleResultsDropped(t *testing.T) {
	m, src := setup(t, fake.Options{Proposals: 5})
	base := src.HeadNow()
	h1 := ui.Head{Number: base.Number + 1, Time: base.Time}
	h2 := ui.Head{Number: base.Number + 2, Time: base.Time}
	cmd1 := m.Load(h1, false)
	if cmd1 == nil {
		t.Fatal("no load for a new head")
	}
	if m.Load(h2, false) != nil {
		t.Fatal("second load sent while one is in flight")
	}
	msgs := tuitest.Run(cmd1)
	next := m.Update(msgs[0])
	if m.Status().Block != h1.Number {
		t.Fatal("result for h1 not stored")
	}
	// the follow-up for h2 was coalesced into one request
	var loaded []LoadedMsg
	for _, msg := range tuitest.Run(next) {
		if l, ok := msg.(LoadedMsg); ok {
			loaded = append(loaded, l)
		}
	}
	if len(loaded) != 1 || loaded[0].Head.Number != h2.Number {
		t.Fatalf("follow-up loads: %+v", loaded)
	}
	m.Update(loaded[0])
	// a late result for an older block is ignored
	old := prepare(base, nil, nil, m.namer, 18)
	m.Update(LoadedMsg{Head: base, Data: old})
	if m.Status().Block != h2.Number || len(m.data.items) != 5 {
		t.Fatalf("stale result replaced data: block %d, %d items", m.Status().Block, len(m.data.items))
	}
}

func TestErrorsShown(t *testing.T) {
	src := fake.New(fake.Options{})
	m := New(context.Background(), tuitest.Common(), src, 0)
	tuitest.Show(t, m, src, 100, 25)
	src.Err = errors.New("connection refused\x1b]52;c;AAAA\x07")
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	v := m.View()
	if !strings.Contains(v, "reading proposals at block 5,000") && !strings.Contains(v, "reading proposals at block 5000") {
		t.Fatalf("error view: %q", v)
	}
	if strings.Contains(v, "\x1b") {
		t.Fatalf("node error string reached the view unsanitized: %q", v)
	}
	if m.Status().Err == nil {
		t.Fatal("status has no error")
	}
}

// TestFrameAllocsIndependentOfRows checks the table is virtualised: a frame
// of 10,000 proposals allocates like a frame of 100.
func TestFrameAllocsIndependentOfRows(t *testing.T) {
	small, _ := setup(t, fake.Options{Proposals: 100})
	large, _ := setup(t, fake.Options{Proposals: 10_000})
	tuitest.FlatFrames(t, 20, small, large, "100 and 10,000 proposals")
}

func BenchmarkTable10k(b *testing.B) {
	m, _ := setup(b, fake.Options{Proposals: 10_000})
	tuitest.BenchFrames(b, m, "pgdown", "pgdown")
}

func BenchmarkKeyAndFrame10k(b *testing.B) {
	m, _ := setup(b, fake.Options{Proposals: 10_000})
	down := tuitest.Key("down")
	b.ReportAllocs()
	for b.Loop() {
		m.Update(down)
		_ = m.View()
	}
}

var _ tea.Msg = LoadedMsg{}

// TestYouColumn: with a signing account the table shows how it voted on
// each proposal, and "·" where an active proposal still waits for it.
func TestYouColumn(t *testing.T) {
	m, _ := setup(t, fake.Options{Proposals: 12})
	if n := len(m.columns()); n != 8 {
		t.Fatalf("%d columns without an account, want 8", n)
	}
	me := fake.Accounts(1)
	m.SetSigning(true, me, "alice")
	if n := len(m.columns()); n != 9 {
		t.Fatalf("%d columns with an account, want 9", n)
	}
	rows := tableRows{m}
	voted, open := 0, 0
	for r := range m.rows {
		it := &m.data.items[m.rows[r]]
		var want string
		for _, v := range m.data.votes[it.key] {
			if v.Voter == me {
				want = [...]string{"Agt", "For", "Abs"}[v.Support]
			}
		}
		got := rows.Cell(r, 8)
		switch {
		case want != "":
			voted++
			if got != want {
				t.Errorf("%s: You = %q, want %q", it.title, got, want)
			}
		case it.p.State == gov.Active:
			open++
			if got != "·" {
				t.Errorf("%s (active, not voted): You = %q, want ·", it.title, got)
			}
		case got != "":
			t.Errorf("%s: You = %q, want empty", it.title, got)
		}
	}
	if voted == 0 {
		t.Fatal("the fake source has no vote by the account: the test checks nothing")
	}
	if !strings.Contains(m.View(), "You") {
		t.Error("the table header lacks the You column")
	}
	t.Logf("%d voted, %d open", voted, open)
}

// Future deadlines follow the block time measured live (SetBlockSeconds),
// not the source's estimate, and stay marked as estimates.
func TestFutureTimesFollowTheBlockClock(t *testing.T) {
	m, src := setup(t, fake.Options{})
	head := src.HeadNow()
	var end uint64
	for i := range m.data.items {
		if p := m.data.items[i].p; p.VoteEnd > head.Number {
			end = p.VoteEnd
			break
		}
	}
	if end == 0 {
		t.Fatal("the fake DAO has no proposal ending after the head")
	}
	before, est, ok := m.blockTime(end)
	if !ok || !est {
		t.Fatalf("source estimate: %v %v %v", before, est, ok)
	}
	m.SetBlockSeconds(2)
	got, est, ok := m.blockTime(end)
	want := head.Time.Add(time.Duration(end-head.Number) * 2 * time.Second)
	if !ok || !est || !got.Equal(want) {
		t.Fatalf("with 2 s blocks: %v (estimate %v), want %v", got, est, want)
	}
	if got.Equal(before) {
		t.Fatal("the measured block time changed nothing")
	}
	for row, i := range m.rows {
		if m.data.items[i].p.VoteEnd == end {
			if s := (tableRows{m}).Cell(row, 7); s != "≈ "+format.Rel(want, head.Time) {
				t.Fatalf("Ends column %q, want ≈%s", s, format.Rel(want, head.Time))
			}
			return
		}
	}
	t.Fatal("the proposal is not listed")
}

// TestL1ClockTimepoints: where heads report an L1 block number (Arbitrum),
// a block clock's timepoints are L1 blocks dated at 12 s from it, all
// estimates, and no block times are asked for them.
func TestL1ClockTimepoints(t *testing.T) {
	m, _ := setup(t, fake.Options{})
	m.data.head.L1Block = 20_000_000
	now := m.data.head.Time
	for tp, want := range map[uint64]time.Duration{20_000_100: 1200 * time.Second, 19_999_900: -1200 * time.Second} {
		got, est, ok := m.timepoint(tp)
		if !ok || !est || !got.Equal(now.Add(want)) {
			t.Errorf("timepoint %d: %v (estimate %v, ok %v), want %v", tp, got, est, ok, now.Add(want))
		}
	}
	if m.timesForList() != nil {
		t.Error("block times asked for L1 timepoints")
	}
}

// TestKeyHelp: v, u and x are always listed; each is disabled with the
// reason where it does not apply, and the footer offers only the others —
// never v on a proposal the account voted on.
func TestKeyHelp(t *testing.T) {
	m, _ := setup(t, fake.Options{Proposals: 40})
	for _, h := range m.KeyHelp() {
		if !strings.Contains(h.Disabled, "signing is off") {
			t.Fatalf("without signing, %s: %q", h.Binding.Help().Key, h.Disabled)
		}
	}
	me := fake.Accounts(1)
	m.SetSigning(true, me, "alice")
	seen := map[string]bool{}
	for r := range m.rows {
		m.table.SetCursor(r)
		it := &m.data.items[m.rows[r]]
		kh := m.KeyHelp()
		if len(kh) != 3 {
			t.Fatalf("%d keys listed, want v, u, x", len(kh))
		}
		var voted *gov.Vote
		for i, v := range m.data.votes[it.key] {
			if v.Voter == me {
				voted = &m.data.votes[it.key][i]
			}
		}
		vote := kh[0].Disabled
		var want string
		switch {
		case it.p.State == gov.Pending:
			want = "voting has not started"
		case it.p.State == gov.Active && voted != nil:
			sup := voted.Support.String()
			want = fmt.Sprintf("you voted %s at block %s", strings.ToUpper(sup[:1])+sup[1:], format.Uint(voted.Block))
		case it.p.State != gov.Active:
			want = "voting is over"
		}
		if !strings.HasPrefix(vote, want) || (want == "") != (vote == "") {
			t.Errorf("%s (%s): v disabled %q, want %q", it.title, it.p.State, vote, want)
		}
		if it.p.State == gov.Succeeded && (kh[1].Disabled != "" || kh[2].Disabled != "not queued yet") {
			t.Errorf("%s succeeded: u %q, x %q", it.title, kh[1].Disabled, kh[2].Disabled)
		}
		short := ""
		for _, b := range m.Help().ShortHelp() {
			short += b.Help().Key + " " + b.Help().Desc + "·"
		}
		if offered := strings.Contains(short, "v vote"); offered != (vote == "") {
			t.Errorf("%s: footer offers v: %v, v disabled: %q", it.title, offered, vote)
		}
		seen[want] = true
	}
	if !seen["voting has not started"] || !seen[""] || len(seen) < 4 {
		t.Fatalf("the fake data does not cover the cases: %v", seen)
	}
}
