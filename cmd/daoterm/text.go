package main

import (
	"math/big"

	"github.com/daoterm/daoterm/tui/format"
	"github.com/daoterm/daoterm/tui/sanitize"
)

// safeLine is chain text made safe for one table cell: no control
// characters or escape sequences, at most max runes.
func safeLine(s string, max int) string { return sanitize.Line(s, max) }

// safeBlock is multi-line chain text made safe for the terminal.
func safeBlock(s string, max int) string { return sanitize.Block(s, max) }

// amount is base units with their decimals, two places, for tables.
func amount(v *big.Int, decimals uint8) string { return format.Number(v, decimals, 2) }

// shortID is a proposal id as the tables show it.
func shortID(id *big.Int) string { return format.ShortID(id) }

// percent is part/total as a table shows it: two places, cut toward zero
// (never rounded up), "—" when total is zero.
func percent(part, total *big.Int) string { return format.PercentN(part, total, 2) }
