// Package registry is daoterm's built-in list of well-known DAOs: their
// governors, tokens, timelocks and treasuries on Ethereum and its rollups,
// with the governor family and whether daoterm can read it.
//
// The data is daos.json, embedded in the binary: a cleaned copy of research
// notes gathered from the DAOs' own docs, Tally, Agora, anticapture, Messari
// and DefiLlama (each entry lists its sources). Nothing is read at run time.
// A DAO is picked by its slug ("uniswap", "ens", "arbitrum-core"); All lists
// them in file order and Lookup finds one.
package registry

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"github.com/daoterm/daoterm/chain/addr"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/daoterm/daoterm/chain/gov"
	"github.com/ethereum/go-ethereum/common"
)

//go:embed daos.json
var data []byte

// Family is a governor family in daoterm's vocabulary: which contracts a
// governor is built from and therefore how it is read.
type Family string

// The families of the registry's governors. The readable ones are
// chain/gov's, which the readers implement. Counting modes (simple,
// CompatibilityBravo, fractional) are not families: they are detected on
// chain from COUNTING_MODE.
const (
	OZGovernorV5               = Family(gov.FamilyOZ5)   // OpenZeppelin Governor 5.x
	OZGovernorV4               = Family(gov.FamilyOZ4)   // OpenZeppelin Governor 4.x
	CompoundBravo              = Family(gov.FamilyBravo) // Compound GovernorBravo and forks
	CompoundAlpha              = Family(gov.FamilyAlpha) // Compound GovernorAlpha and forks (GovernorMills)
	NounsDAO            Family = "nouns-dao"             // Nouns DAO logic V3/V4
	AaveGovernanceV3    Family = "aave-governance-v3"    // Aave Governance V3 (cross-chain voting machines)
	AragonVoting        Family = "aragon-voting"         // Aragon Voting app (Lido)
	Azorius             Family = "azorius"               // Decent/Fractal Azorius Safe module
	AgoraGovernor       Family = "agora-governor"        // Agora's governor (Scroll)
	AgoraOptimismCustom Family = "agora-optimism-custom" // Optimism's Agora governor with proposal modules
)

const (
	upgradeableSuffix     = "-upgradeable"
	arbitrumOneChainID    = 42161
	arbitrumNovaChainID   = 42170
	maxAddressLabelLength = 200
)

// Clock modes: what a governor's timepoints count.
const (
	ClockBlockNumber = "blocknumber" // block numbers (on Arbitrum: L1 block numbers, see DAO.L1BlockClock)
	ClockTimestamp   = "timestamp"   // Unix seconds
)

// unsupported says why daoterm cannot read a family yet.
var unsupported = map[Family]string{
	NounsDAO:            "Nouns DAO's governor has its own proposal struct, dynamic quorum and ERC-721 voting power; daoterm reads OpenZeppelin and Compound governors only",
	AaveGovernanceV3:    "Aave Governance V3 is not a Governor: voting happens on voting machines on other chains and payloads execute through PayloadsControllers",
	AragonVoting:        "Aragon Voting is not a Governor: votes are Aragon app calls on MiniMe token snapshots",
	Azorius:             "Azorius is a Safe module with voting strategies, not a Governor",
	AgoraGovernor:       "Agora's governor adds proposal types and approval/optimistic voting modules daoterm does not decode yet",
	AgoraOptimismCustom: "Optimism's governor emits four different ProposalCreated events and uses approval and optimistic voting modules daoterm does not decode yet",
}

// Families returns every family in the vocabulary, the readable ones first.
func Families() []Family {
	return []Family{OZGovernorV5, OZGovernorV4, CompoundBravo, CompoundAlpha,
		NounsDAO, AaveGovernanceV3, AragonVoting, Azorius, AgoraGovernor, AgoraOptimismCustom}
}

// Supported reports whether daoterm can read governors of family f: one
// of chain/gov's families.
func (f Family) Supported() bool { return slices.Contains(gov.Families(), gov.Family(f)) }

// Reason says why daoterm cannot read family f; "" when it can, or when f is
// not in the vocabulary.
func (f Family) Reason() string { return unsupported[f] }

// Known reports whether f is in the vocabulary.
func (f Family) Known() bool {
	for _, k := range Families() {
		if k == f {
			return true
		}
	}
	return false
}

// ParseFamily maps a family as the registry (or a config file) writes it to
// the vocabulary. It accepts the family name itself, an "-upgradeable"
// suffix on OpenZeppelin families (reported as upgradeable), and trailing
// words or a parenthesised note ("compound-governor-alpha (GovernorMills
// derivative)"). It is case-insensitive. ok is false for anything else.
func ParseFamily(text string) (f Family, upgradeable, ok bool) {
	s := strings.ToLower(strings.TrimSpace(text))
	if i := strings.IndexAny(s, " \t("); i >= 0 {
		s = s[:i]
	}
	if strings.HasSuffix(s, upgradeableSuffix) {
		base := Family(strings.TrimSuffix(s, upgradeableSuffix))
		if base == OZGovernorV4 || base == OZGovernorV5 {
			return base, true, true
		}
		return "", false, false
	}
	if f := Family(s); f.Known() {
		return f, false, true
	}
	return "", false, false
}

// Contract is a labelled address of a DAO: a timelock, a treasury, a legacy
// governor, an extra voting token or another contract worth naming.
type Contract struct {
	Label      string
	Address    common.Address
	Family     Family // legacy governors only; "" when not in the vocabulary
	FamilyText string // legacy governors only: the family as the registry writes it
	StartBlock uint64 // deployment or first-event block; 0 = unknown
	Confidence string // "", "high", "medium" or "low"; "" = the entry's
}

// DAO is one well-known DAO.
type DAO struct {
	Name    string // display name, e.g. "Uniswap"
	Slug    string // unique lower-case id used on the command line, e.g. "uniswap"
	Chain   string // chain name, e.g. "Ethereum", "Arbitrum One"
	ChainID uint64 // EIP-155 chain id

	Governor    common.Address
	Family      Family // normalized family
	FamilyText  string // the family as the registry writes it, for display
	Upgradeable bool   // the governor is an OpenZeppelin *Upgradeable build behind a proxy
	Supported   bool   // daoterm can read this governor
	Reason      string // why daoterm cannot read it; "" when Supported

	Counting     string // counting mode, as researched (detected on chain anyway)
	TimelockType string
	Clock        string // ClockBlockNumber or ClockTimestamp
	ClockText    string // the clock as the registry writes it, with its caveats
	// L1BlockClock is true on Arbitrum (chain 42161, and Nova 42170): there
	// block.number returns an approximate L1 (Ethereum) block number, so the
	// governor's snapshots, deadlines, voting delay and period count L1
	// blocks (12 s), while eth_getLogs ranges and the node's head are L2
	// blocks. Compare timepoints against L1 block height and estimate their
	// time with 12 s blocks.
	L1BlockClock bool

	Token     common.Address
	TokenKind string

	Timelocks       []Contract
	Treasuries      []Contract
	LegacyGovernors []Contract
	ExtraTokens     []Contract
	OtherAddresses  []Contract

	StartBlock      uint64 // the governor's first block; 0 = unknown
	TokenStartBlock uint64 // the token's first block; 0 = unknown

	Confidence string   // "high", "medium" or "low"
	Notes      []string // caveats worth reading
	Sources    []string // where the data comes from
}

// FirstBlock is the first block to read logs from for this DAO: the lower of
// StartBlock and TokenStartBlock when both are known, since holders and
// delegates need the token's whole history; whichever is known otherwise.
func (d *DAO) FirstBlock() uint64 {
	switch {
	case d.StartBlock == 0:
		return d.TokenStartBlock
	case d.TokenStartBlock == 0:
		return d.StartBlock
	}
	return min(d.StartBlock, d.TokenStartBlock)
}

// TreasuryAddresses are the addresses of every treasury, in registry order,
// without repeats.
func (d *DAO) TreasuryAddresses() []common.Address {
	var out []common.Address
	seen := map[common.Address]bool{}
	for _, t := range d.Treasuries {
		if !seen[t.Address] {
			seen[t.Address] = true
			out = append(out, t.Address)
		}
	}
	return out
}

// Label returns the label the registry gives address a in this DAO (its
// governor, token, timelocks, treasuries, legacy governors, extra tokens and
// other addresses), or "" when it names none.
func (d *DAO) Label(a common.Address) string {
	switch a {
	case d.Governor:
		return d.Name + " Governor"
	case d.Token:
		return d.Name + " token"
	}
	for _, list := range [][]Contract{d.Timelocks, d.Treasuries, d.LegacyGovernors, d.ExtraTokens, d.OtherAddresses} {
		for _, c := range list {
			if c.Address == a {
				return c.Label
			}
		}
	}
	return ""
}

// Labels maps every address the registry names in this DAO to its label
// (the first label when an address has several), for naming addresses in
// tables and the dashboard.
func (d *DAO) Labels() map[common.Address]string {
	out := map[common.Address]string{d.Governor: d.Name + " Governor", d.Token: d.Name + " token"}
	for _, list := range [][]Contract{d.Timelocks, d.Treasuries, d.LegacyGovernors, d.ExtraTokens, d.OtherAddresses} {
		for _, c := range list {
			if _, ok := out[c.Address]; !ok {
				out[c.Address] = c.Label
			}
		}
	}
	return out
}

func (d *DAO) clone() DAO {
	c := *d
	cp := func(l []Contract) []Contract { return append([]Contract(nil), l...) }
	c.Timelocks, c.Treasuries, c.LegacyGovernors = cp(d.Timelocks), cp(d.Treasuries), cp(d.LegacyGovernors)
	c.ExtraTokens, c.OtherAddresses = cp(d.ExtraTokens), cp(d.OtherAddresses)
	c.Notes, c.Sources = append([]string(nil), d.Notes...), append([]string(nil), d.Sources...)
	return c
}

var (
	loadOnce sync.Once
	loaded   []DAO
	loadErr  error
)

func entries() []DAO {
	loadOnce.Do(func() { loaded, loadErr = parse(data) })
	if loadErr != nil {
		panic("registry: embedded daos.json: " + loadErr.Error()) // caught by the package's tests
	}
	return loaded
}

// All returns every DAO in the registry, in file order. The slice and its
// entries are copies the caller may change.
func All() []DAO {
	e := entries()
	out := make([]DAO, len(e))
	for i := range e {
		out[i] = e[i].clone()
	}
	return out
}

// Lookup returns the DAO with the given slug (case-insensitive).
func Lookup(slug string) (DAO, bool) {
	slug = strings.ToLower(strings.TrimSpace(slug))
	for i, d := range entries() {
		if d.Slug == slug {
			return entries()[i].clone(), true
		}
	}
	return DAO{}, false
}

// Slugs returns every slug, sorted.
func Slugs() []string {
	var out []string
	for _, d := range entries() {
		out = append(out, d.Slug)
	}
	sort.Strings(out)
	return out
}

// ChainName names a chain the registry has DAOs on ("Ethereum", "ZKsync
// Era"); ok is false for other chains.
func ChainName(id uint64) (name string, ok bool) {
	for _, d := range entries() {
		if d.ChainID == id {
			return d.Chain, true
		}
	}
	return "", false
}

// IsL1BlockClock reports whether contracts on chain id read block.number as
// the L1 block number (Arbitrum One and Nova).
func IsL1BlockClock(id uint64) bool { return id == arbitrumOneChainID || id == arbitrumNovaChainID }

// JSON shapes of daos.json.

type rawContract struct {
	Label      string  `json:"label"`
	Address    string  `json:"address"`
	Family     string  `json:"family,omitempty"`
	StartBlock *uint64 `json:"start_block,omitempty"`
	Confidence string  `json:"confidence,omitempty"`
}

type rawDAO struct {
	Name            string        `json:"name"`
	Slug            string        `json:"slug"`
	Chain           string        `json:"chain"`
	ChainID         uint64        `json:"chain_id"`
	Governor        string        `json:"governor"`
	Family          string        `json:"family"`
	Counting        string        `json:"counting"`
	TimelockType    string        `json:"timelock_type"`
	Clock           string        `json:"clock"`
	Token           string        `json:"token"`
	TokenKind       string        `json:"token_kind"`
	Timelocks       []rawContract `json:"timelocks"`
	Treasuries      []rawContract `json:"treasuries"`
	StartBlock      *uint64       `json:"start_block,omitempty"`
	TokenStartBlock *uint64       `json:"token_start_block,omitempty"`
	LegacyGovernors []rawContract `json:"legacy_governors,omitempty"`
	ExtraTokens     []rawContract `json:"extra_tokens,omitempty"`
	OtherAddresses  []rawContract `json:"other_addresses,omitempty"`
	Confidence      string        `json:"confidence"`
	Notes           []string      `json:"notes"`
	Sources         []string      `json:"sources"`
}

// parse decodes and checks daos.json: known fields only, unique slugs,
// strict addresses, known families.
func parse(b []byte) ([]DAO, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var raw []rawDAO
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	out := make([]DAO, 0, len(raw))
	seen := map[string]bool{}
	for i, r := range raw {
		d, err := r.dao()
		if err != nil {
			return nil, fmt.Errorf("entry %d (%q): %w", i, r.Slug, err)
		}
		if seen[d.Slug] {
			return nil, fmt.Errorf("entry %d: slug %q repeats", i, d.Slug)
		}
		seen[d.Slug] = true
		out = append(out, d)
	}
	return out, nil
}

func (r *rawDAO) dao() (DAO, error) {
	d := DAO{
		Name: r.Name, Slug: r.Slug, Chain: r.Chain, ChainID: r.ChainID, FamilyText: r.Family,
		Counting: r.Counting, TimelockType: r.TimelockType, ClockText: r.Clock, TokenKind: r.TokenKind,
		StartBlock: deref(r.StartBlock), TokenStartBlock: deref(r.TokenStartBlock),
		Confidence: r.Confidence, Notes: r.Notes, Sources: r.Sources,
		L1BlockClock: IsL1BlockClock(r.ChainID),
	}
	if d.Name == "" || d.Chain == "" || d.ChainID == 0 {
		return d, fmt.Errorf("name, chain and chain_id are required")
	}
	if d.Slug == "" || d.Slug != strings.ToLower(d.Slug) || strings.ContainsAny(d.Slug, " \t_") {
		return d, fmt.Errorf("slug must be lower-case words joined by '-'")
	}
	f, upg, ok := ParseFamily(r.Family)
	if !ok {
		return d, fmt.Errorf("family %q is not in the vocabulary", r.Family)
	}
	d.Family, d.Upgradeable, d.Supported, d.Reason = f, upg, f.Supported(), f.Reason()
	d.Clock = parseClock(r.Clock)
	var err error
	if d.Governor, err = ParseAddress(r.Governor); err != nil {
		return d, fmt.Errorf("governor: %w", err)
	}
	if d.Token, err = ParseAddress(r.Token); err != nil {
		return d, fmt.Errorf("token: %w", err)
	}
	for _, l := range []struct {
		name string
		in   []rawContract
		out  *[]Contract
	}{
		{"timelocks", r.Timelocks, &d.Timelocks},
		{"treasuries", r.Treasuries, &d.Treasuries},
		{"legacy_governors", r.LegacyGovernors, &d.LegacyGovernors},
		{"extra_tokens", r.ExtraTokens, &d.ExtraTokens},
		{"other_addresses", r.OtherAddresses, &d.OtherAddresses},
	} {
		for j, c := range l.in {
			a, err := ParseAddress(c.Address)
			if err != nil {
				return d, fmt.Errorf("%s[%d]: %w", l.name, j, err)
			}
			if c.Label == "" || len(c.Label) > maxAddressLabelLength {
				return d, fmt.Errorf("%s[%d]: label must be 1 to %d bytes", l.name, j, maxAddressLabelLength)
			}
			fam, _, _ := ParseFamily(c.Family)
			*l.out = append(*l.out, Contract{Label: c.Label, Address: a, Family: fam, FamilyText: c.Family,
				StartBlock: deref(c.StartBlock), Confidence: c.Confidence})
		}
	}
	return d, nil
}

// parseClock reads the clock's first word: "likely blocknumber (…)" is
// ClockBlockNumber, "timestamp (…)" ClockTimestamp.
func parseClock(text string) string {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch {
		case strings.HasPrefix(w, ClockTimestamp):
			return ClockTimestamp
		case strings.HasPrefix(w, ClockBlockNumber):
			return ClockBlockNumber
		}
	}
	return ClockBlockNumber
}

func deref(p *uint64) uint64 {
	if p == nil {
		return 0
	}
	return *p
}

// ParseAddress parses an address of the registry's data (see addr.Parse),
// refusing the zero address.
func ParseAddress(s string) (common.Address, error) {
	a, err := addr.Parse(s)
	if err != nil {
		return common.Address{}, err
	}
	if a == (common.Address{}) {
		return common.Address{}, fmt.Errorf("%q is the zero address", s)
	}
	return a, nil
}
