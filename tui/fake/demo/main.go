// Command demo runs the dashboard on the fake source, mining a block every
// two seconds: go run ./tui/fake/demo [-proposals N] [-holders N]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/tui"
	"github.com/daoterm/daoterm/tui/fake"
)

func main() {
	np := flag.Int("proposals", 40, "number of proposals")
	nh := flag.Int("holders", 500, "number of holders")
	flag.Parse()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := fake.New(fake.Options{Seed: 1, Proposals: *np, Holders: *nh})
	go func() {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				src.Advance(1)
			}
		}
	}()
	m := tui.New(ctx, src, tui.Options{})
	if _, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithContext(ctx)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
