package main

import (
	"context"
	"fmt"
	"net/url"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/daoterm/daoterm/config"
	"github.com/daoterm/daoterm/tui/keys"
	"github.com/daoterm/daoterm/tui/switcher"
	"github.com/daoterm/daoterm/tui/theme"
	"github.com/daoterm/daoterm/tui/ui"
)

// pickDAO asks which DAO to open when the config has several and the
// command line named none. It returns "" when there is nothing to choose,
// and quit when the user left the switcher without choosing.
func pickDAO(ctx context.Context, e *env, f *daoFlags) (name string, quit bool, err error) {
	cfg, err := config.LoadEnv(f.config, e.getenv)
	if err != nil {
		return "", false, usageErr(err)
	}
	if len(cfg.DAOs) < 2 {
		return "", false, nil
	}
	items := make([]switcher.Item, len(cfg.DAOs))
	for i, d := range cfg.DAOs {
		host := d.RPC
		if u, err := url.Parse(d.RPC); err == nil && u.Host != "" {
			host = u.Host // never show a path: it often holds an API key
		}
		items[i] = switcher.Item{Name: d.Name, Note: fmt.Sprintf("%s  governor %s", host, d.Governor.Hex())}
	}
	m := switcher.New(ui.Common{Styles: theme.Default(), Keys: keys.Default()}, items)
	if _, err := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(e.stdin), tea.WithOutput(e.stdout)).Run(); err != nil {
		return "", false, fmt.Errorf("the DAO switcher stopped: %w", err)
	}
	i, ok := m.Chosen()
	if !ok {
		return "", true, nil
	}
	return cfg.DAOs[i].Name, false, nil
}
