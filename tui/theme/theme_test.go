package theme

import (
	"strings"
	"testing"

	"github.com/muesli/termenv"

	"github.com/daoterm/daoterm/chain/gov"
)

func TestMonochromeHasNoEscapes(t *testing.T) {
	s := New(termenv.Ascii, true)
	for _, st := range gov.States() {
		if out := s.State(st).Render(st.String()); out != st.String() {
			t.Errorf("ASCII state %s rendered as %q", st, out)
		}
	}
	if out := s.SelectedRow.Render("row"); out != "row" {
		t.Errorf("ASCII selected row: %q", out)
	}
	if s.MarkdownStyle != "notty" {
		t.Errorf("markdown style %q", s.MarkdownStyle)
	}
}

func TestColoursFollowProfileNotGlobalState(t *testing.T) {
	dark := New(termenv.TrueColor, true)
	light := New(termenv.TrueColor, false)
	d, l := dark.Good.Render("x"), light.Good.Render("x")
	if !strings.Contains(d, "\x1b[") || d == l {
		t.Fatalf("dark %q and light %q should differ and be coloured", d, l)
	}
	if out := New(termenv.ANSI, true).Bad.Render("x"); !strings.Contains(out, "\x1b[") {
		t.Fatalf("16-colour profile renders no colour: %q", out)
	}
}
