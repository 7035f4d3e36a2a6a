package infopanel

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/daoterm/daoterm/tui/fake"
	"github.com/daoterm/daoterm/tui/internal/tuitest"
	"github.com/daoterm/daoterm/tui/ui"
)

type failing struct{}

func (failing) InfoPanel(context.Context) ([]ui.InfoRow, error) {
	return nil, errors.New("node gone")
}

func TestInfoPanel(t *testing.T) {
	src := fake.New(fake.Options{})
	m := New(context.Background(), tuitest.Common(), src, 0)
	info, _ := src.Info(context.Background())
	m.SetInfo(info)
	m.SetSize(50, 8)
	tuitest.Drive(m.Update, m.Load(src.HeadNow(), false))
	if m.Load(src.HeadNow(), false) != nil {
		t.Fatal("the source's rows were read twice")
	}
	var labels []string
	for _, r := range m.rows {
		labels = append(labels, r.Label)
	}
	if got := strings.Join(labels, ","); got != "RPC,Genesis,Chain,Governor,Token,Timelock,Family,Counting,Clock,Journal,alice,bob,carol" {
		t.Fatalf("rows %s", got)
	}
	// The cursor stays in view at 8 lines, and every identifier shows its
	// ends even at 50 columns.
	tuitest.Drive(m.Update, m.Update(tuitest.Key("G")))
	v := m.View()
	if !strings.Contains(v, "▸ carol") || !strings.Contains(v, "…") || !strings.HasSuffix(strings.Fields(strings.Split(v, "▸ carol")[1])[0], "0002") {
		t.Fatalf("last row not in view or cut:\n%s", v)
	}
	if tg, ok := m.Selected(); !ok || tg != (ui.Target{Kind: ui.KindAddress, Value: fake.Accounts(2).Hex()}) {
		t.Fatalf("Selected %v %v", tg, ok)
	}

	// A source without the panel shows the DAO's rows; a failing one says why.
	plain := New(context.Background(), tuitest.Common(), struct{}{}, 0)
	plain.SetInfo(info)
	if plain.Load(src.HeadNow(), false) != nil || len(plain.rows) != 7 {
		t.Fatalf("plain source: %d rows", len(plain.rows))
	}
	bad := New(context.Background(), tuitest.Common(), failing{}, 0)
	bad.SetInfo(info)
	bad.SetSize(100, 30)
	tuitest.Drive(bad.Update, bad.Load(src.HeadNow(), false))
	if !strings.Contains(bad.View(), "node gone") {
		t.Fatalf("no error:\n%s", bad.View())
	}
}
