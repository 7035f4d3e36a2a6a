package signer

import (
	"fmt"
	"math/big"
	"strings"
)

// chainName names well-known chains; others are "chain N".
func chainName(id *big.Int) string {
	if id == nil {
		return "unknown chain"
	}
	names := map[uint64]string{
		1: "Ethereum mainnet", 11155111: "Sepolia", 17000: "Holesky", 560048: "Hoodi",
		10: "OP Mainnet", 8453: "Base", 42161: "Arbitrum One", 137: "Polygon PoS",
		100: "Gnosis", 324: "zkSync Era", 59144: "Linea", 534352: "Scroll",
		1337: "local dev chain", 31337: "Hardhat/Anvil local chain",
	}
	if id.IsUint64() {
		if n, ok := names[id.Uint64()]; ok {
			return n
		}
	}
	return "chain " + id.String()
}

// FormatUnits formats an integer amount with decimals, trimming trailing
// zeros: FormatUnits(1500000000000000000, 18) = "1.5".
func FormatUnits(v *big.Int, decimals uint8) string {
	if v == nil {
		return "?"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	d := int(decimals)
	if d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		s = s[:len(s)-d] + "." + s[len(s)-d:]
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Row is one label/value line of a review, in display order.
type Row struct {
	Label string
	Value string
}

// Rows lays the review out as label/value pairs (the same for the CLI and the
// dashboard). Values may hold untrusted chain text: sanitize before display.
func (r *Review) Rows() []Row {
	amount := func(v *big.Int) string {
		s := groupThousands(FormatUnits(v, r.TokenDecimals))
		if r.TokenSymbol != "" {
			s += " " + r.TokenSymbol
		}
		return s
	}
	rows := []Row{
		{"Chain", fmt.Sprintf("%s (id %s)", r.ChainName, r.ChainID)},
		{"From", labelled(r.From.Hex(), r.FromName)},
		{"To", labelled(r.To.Hex(), r.ToName)},
		{"Function", r.Signature},
	}
	for _, a := range r.Args {
		rows = append(rows, Row{"  " + a.Name, a.Value})
	}
	if r.Value != nil && r.Value.Sign() > 0 {
		rows = append(rows, Row{"Value", FormatUnits(r.Value, 18) + " ETH"})
	}
	if r.ProposalState != "" {
		rows = append(rows, Row{"Proposal state", r.ProposalState})
	}
	if r.Kind == KindVote || r.Kind == KindRelay || r.Kind == KindBallot {
		if r.Kind == KindRelay {
			rows = append(rows, Row{"Voter", r.Voter.Hex()})
		}
		vp := "unknown"
		if r.VotingPower != nil {
			vp = amount(r.VotingPower)
		}
		rows = append(rows, Row{"Voting power", fmt.Sprintf("%s at snapshot %d", vp, r.Snapshot)})
		if r.AlreadyVoted {
			rows = append(rows, Row{"Already voted", "yes"})
		}
	}
	if r.Kind == KindDelegate {
		cur := r.CurrentDelegate.Hex()
		if r.CurrentDelegate == ([20]byte{}) {
			cur = "nobody (votes inactive)"
		}
		rows = append(rows, Row{"Current delegate", cur})
		if r.TokenBalance != nil {
			rows = append(rows, Row{"Balance moved", amount(r.TokenBalance)})
		}
	}
	if r.Kind == KindBallot {
		rows = append(rows, Row{"Cost", "none: a relayer sends castVoteBySig and pays the gas"})
		for _, w := range r.Warnings {
			rows = append(rows, Row{"WARNING", w})
		}
		return rows
	}
	rows = append(rows,
		Row{"Nonce", fmt.Sprint(r.Nonce)},
		Row{"Gas limit", fmt.Sprintf("%d (estimate %d + margin)", r.GasLimit, r.GasEstimate)},
		Row{"Max fee", FormatUnits(r.MaxFeePerGas, 9) + " gwei (base fee " + FormatUnits(r.BaseFee, 9) + " gwei)"},
		Row{"Priority fee", FormatUnits(r.MaxPriorityFeePerGas, 9) + " gwei"},
		Row{"Max cost", FormatUnits(r.MaxCost, 18) + " ETH (balance " + FormatUnits(r.Balance, 18) + " ETH)"},
	)
	for _, w := range r.Warnings {
		rows = append(rows, Row{"WARNING", w})
	}
	return rows
}

// labelled renders "0xADDR (name)".
func labelled(addr, name string) string {
	if name == "" {
		return addr
	}
	return addr + " (" + name + ")"
}

// groupThousands puts commas in the integer part of a formatted amount:
// "1442000.5" → "1,442,000.5". The digits are unchanged: reviews show exact
// amounts.
func groupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}
