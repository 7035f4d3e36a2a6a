package tui

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/ui"
)

// y writes daoterm's own OSC 52 of the selected proposal's id, and only
// that; the footer says what was copied.
func TestCopySelectedID(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7, Proposals: 6})
	hs := newHarness(t, src, nil, 100, 30)
	var term bytes.Buffer
	hs.m.opts.Terminal = &term
	hs.press("down")
	id := src.Proposal(4).ID.String()
	hs.press("y")
	if got := term.String(); got != ui.OSC52(id) {
		t.Fatalf("terminal got %q, want the OSC 52 of %s", got, id)
	}
	if v := hs.m.View(); !strings.Contains(v, "copied "+id) {
		t.Fatalf("no copy notice:\n%s", v)
	}
	hs.press("j") // any key clears the notice
	if strings.Contains(hs.m.View(), "copied") {
		t.Fatal("the notice outlived the next key")
	}

	// On the info tab, the RPC URL is copied as is; a row without an
	// identifier copies nothing and says so.
	term.Reset()
	hs.press("i")
	hs.press("y")
	if got := term.String(); got != ui.OSC52("http://127.0.0.1:8545") {
		t.Fatalf("info: terminal got %q", got)
	}
	term.Reset()
	hs.press("j", "j", "y") // Chain: no identifier
	if term.Len() != 0 || !strings.Contains(hs.m.View(), "nothing to copy") {
		t.Fatalf("copied %q from the Chain row:\n%s", term.String(), hs.m.View())
	}
}

// Only daoterm's own identifiers are copied: anything with an escape, a
// space or a control character is refused, whatever its kind.
func TestPlainID(t *testing.T) {
	for _, tc := range []struct {
		t  ui.Target
		ok bool
	}{
		{ui.Target{Kind: ui.KindProposal, Value: "123"}, true},
		{ui.Target{Kind: ui.KindAddress, Value: "0xAbC0000000000000000000000000000000000001"}, true},
		{ui.Target{Kind: ui.KindURL, Value: "https://user@host:8545/x?y=1"}, true},
		{ui.Target{Kind: ui.KindProposal, Value: "12\x1b]52;c;aGk=\x07"}, false},
		{ui.Target{Kind: ui.KindURL, Value: "https://x/\x1b]52;c;aGk=\x07"}, false},
		{ui.Target{Kind: ui.KindPath, Value: "/tmp/a b"}, false},
		{ui.Target{Kind: ui.KindAddress, Value: "0x/tmp"}, false},
		{ui.Target{Kind: ui.KindTx, Value: ""}, false},
	} {
		if got := plainID(tc.t); got != tc.ok {
			t.Errorf("plainID(%q) = %v, want %v", tc.t.Value, got, tc.ok)
		}
	}
}

// o opens the selection with the configured explorer, says when there is
// none, and shows the link when the launcher fails.
func TestOpenInExplorer(t *testing.T) {
	src := fake.New(fake.Options{Seed: 7, Proposals: 6})
	hs := newHarness(t, src, nil, 100, 30)
	var opened []string
	fail := error(nil)
	hs.m.opts.OpenURL = func(_ context.Context, url string) error {
		opened = append(opened, url)
		return fail
	}
	id := src.Proposal(5).ID.String()
	hs.press("o") // the devnet (chain 1337) has no built-in explorer
	if len(opened) != 0 || !strings.Contains(hs.m.View(), "no block explorer for proposals") {
		t.Fatalf("opened %q without an explorer:\n%s", opened, hs.m.View())
	}
	hs.m.opts.Explorer = &ui.Explorer{URL: "https://scan.example/{kind}/{value}", Kinds: map[ui.Kind]string{ui.KindProposal: "https://gov.example/p/{value}"}}
	hs.press("o")
	if len(opened) != 1 || opened[0] != "https://gov.example/p/"+id {
		t.Fatalf("opened %q", opened)
	}
	fail = errors.New("xdg-open not found")
	hs.press("i", "j", "j", "j", "o") // the governor's address
	want := "https://scan.example/address/" + fake.GovernorAddr.Hex()
	if len(opened) != 2 || opened[1] != want || !strings.Contains(hs.m.View(), want) {
		t.Fatalf("opened %q; the failure must show the link %s:\n%s", opened, want, hs.m.View())
	}
}
