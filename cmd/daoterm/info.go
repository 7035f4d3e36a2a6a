package main

import (
	"context"
	"fmt"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/daoterm/daoterm/chain/token"
)

// infoJSON is `daoterm info --json`: what detection found about the DAO's
// contracts, read at Block.
type infoJSON struct {
	ChainID           string   `json:"chain_id"`
	Block             uint64   `json:"block"`
	Governor          string   `json:"governor"`
	Name              string   `json:"name"`
	Version           *string  `json:"version"` // null when the governor has no version()
	Family            string   `json:"family"`
	Counting          string   `json:"counting"`
	CountingMode      *string  `json:"counting_mode"` // null when the governor has no COUNTING_MODE()
	QuorumAbstain     bool     `json:"quorum_counts_abstain"`
	Clock             string   `json:"clock"`
	Timelock          *string  `json:"timelock"` // null when the governor has none
	TimelockKind      *string  `json:"timelock_kind"`
	Token             string   `json:"token"`
	TokenKind         string   `json:"token_kind"`
	TokenSymbol       *string  `json:"token_symbol"`
	TokenDecimals     uint8    `json:"token_decimals"`
	VotingDelay       *string  `json:"voting_delay"`
	VotingPeriod      *string  `json:"voting_period"`
	ProposalThreshold *string  `json:"proposal_threshold"`
	Treasury          []string `json:"treasury"`
	// LegacyGovernors are the DAO's earlier governors read with it, each
	// with its detected family; family is null (and note says why) for one
	// daoterm cannot read. Empty with --no-legacy.
	LegacyGovernors []legacyJSON `json:"legacy_governors"`
}

// legacyJSON is one legacy governor in `info --json`.
type legacyJSON struct {
	Address  string  `json:"address"`
	Family   *string `json:"family"`   // null when it is no readable governor
	Counting *string `json:"counting"` // null likewise
	Note     *string `json:"note"`     // why it is not read; null when it is
}

// runInfo is `daoterm info`: the governor's family, counting mode, clock,
// timelock and token kinds, as probed on chain.
func runInfo(ctx context.Context, e *env, args []string) error {
	return runRead(ctx, e, "info", args, func(ctx context.Context, r *readCmd, s *session) error {
		di, err := s.displayInfo(ctx)
		if err != nil {
			return err
		}
		// The timelock's kind (the session's settings leave it out) while
		// the token's is probed.
		type timelock struct {
			kind gov.TimelockKind
			err  error
		}
		tlC := make(chan timelock, 1)
		go func() {
			var tl timelock
			tl.kind, tl.err = s.gov.TimelockKind(ctx, s.info, s.block)
			tlC <- tl
		}()
		kind, err := token.DetectKind(ctx, s.client, s.token(), s.block)
		tl := <-tlC
		if err != nil {
			return err
		}
		if tl.err != nil {
			return tl.err
		}
		set, err := s.governors(ctx, e.stderr)
		if err != nil {
			return err
		}
		if err := s.verify(ctx); err != nil {
			return err
		}
		k := s.info.Kind
		k.Timelock = tl.kind
		out := infoJSON{
			ChainID: s.client.ChainID().String(), Block: s.block,
			Governor: s.info.Address.Hex(), Name: s.info.Name, Version: optString(s.info.Version),
			Family: string(k.Family), Counting: string(k.Counting), CountingMode: optString(k.CountingMode), QuorumAbstain: k.QuorumAbstain,
			Clock: string(s.info.Clock), Timelock: optAddr(s.info.Timelock), TimelockKind: optString(string(k.Timelock)),
			Token: s.token().Hex(), TokenKind: string(kind), TokenSymbol: optString(di.Token.Symbol), TokenDecimals: di.Token.Decimals,
			VotingDelay: optDecimal(s.info.VotingDelay), VotingPeriod: optDecimal(s.info.VotingPeriod),
			ProposalThreshold: optDecimal(s.info.ProposalThreshold), Treasury: []string{},
		}
		for _, t := range di.Treasury {
			out.Treasury = append(out.Treasury, t.Hex())
		}
		out.LegacyGovernors = []legacyJSON{}
		for _, lr := range set.Readers()[1:] {
			lk := lr.Kind()
			out.LegacyGovernors = append(out.LegacyGovernors, legacyJSON{Address: lr.Address().Hex(),
				Family: optString(string(lk.Family)), Counting: optString(string(lk.Counting))})
		}
		for _, sk := range set.Skipped() {
			note := sk.Err.Error()
			out.LegacyGovernors = append(out.LegacyGovernors, legacyJSON{Address: sk.Address.Hex(), Note: &note})
		}
		if r.json {
			return writeJSON(e.stdout, out)
		}
		mode := "(no COUNTING_MODE)"
		if k.CountingMode != "" {
			mode = k.CountingMode
		}
		quorum := "for and abstain count towards quorum"
		if !k.QuorumAbstain {
			quorum = "only for counts towards quorum"
		}
		tw := newTable(e.stdout)
		rows := [][2]string{
			{"governor", out.Governor + "  " + safeLine(out.Name, 60)},
			{"family", out.Family + versionNote(s.info.Version)},
			{"counting", fmt.Sprintf("%s  %s; %s", out.Counting, safeLine(mode, 80), quorum)},
			{"clock", out.Clock},
			{"timelock", addrOrDash(s.info.Timelock) + "  " + string(k.Timelock)},
			{"token", fmt.Sprintf("%s  %s (%s, %d decimals)", out.Token, safeLine(di.Token.Symbol, 20), out.TokenKind, out.TokenDecimals)},
			{"voting", fmt.Sprintf("delay %s, period %s (%s), proposal threshold %s", amount(s.info.VotingDelay, 0), amount(s.info.VotingPeriod, 0), out.Clock, amount(s.info.ProposalThreshold, out.TokenDecimals))},
		}
		for _, t := range out.Treasury {
			rows = append(rows, [2]string{"treasury", t})
		}
		for _, l := range out.LegacyGovernors {
			what := deref(l.Family) + " " + deref(l.Counting)
			if l.Note != nil {
				what = "not read: " + safeLine(*l.Note, 200)
			}
			rows = append(rows, [2]string{"legacy", l.Address + "  " + what})
		}
		for _, row := range rows {
			fmt.Fprintf(tw, "%s\t%s\n", row[0], row[1])
		}
		return footer(tw, e.stdout, "\nchain %s, read at block %d\n", out.ChainID, s.block)
	})
}

// versionNote prints a governor's version() when it has one.
func versionNote(v string) string {
	if v == "" {
		return ""
	}
	return "  (version " + safeLine(v, 20) + ")"
}
