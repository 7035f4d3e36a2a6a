package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxMinePerCall bounds the blocks one JSON-RPC mine call may seal
// (≈ 2 ms each); call again for more.
const MaxMinePerCall = 200_000

// maxAdvance bounds one time advance (100 years), far past any governance
// delay, so timestamps cannot overflow.
const maxAdvance = 100 * 365 * 24 * time.Hour

// apis returns the JSON-RPC services: devnet_* and the evm_* / anvil_*
// aliases that hardhat, ganache and foundry scripts call.
func (n *Node) apis() []rpc.API {
	return []rpc.API{
		{Namespace: "devnet", Service: &devnetAPI{n}},
		{Namespace: "evm", Service: &evmAPI{n}},
		{Namespace: "anvil", Service: &anvilAPI{n}},
	}
}

// Quantity is a non-negative integer argument that tools send in several
// forms: a JSON number (5), a hex string ("0x5") or a decimal string ("5").
type Quantity uint64

// UnmarshalJSON accepts a JSON number, a 0x-prefixed hex string or a decimal
// string.
func (q *Quantity) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "null" {
		return fmt.Errorf("expected a number, got null")
	}
	if strings.HasPrefix(s, `"`) {
		var str string
		if err := json.Unmarshal(b, &str); err != nil {
			return err
		}
		if strings.HasPrefix(str, "0x") || strings.HasPrefix(str, "0X") {
			v, err := hexutil.DecodeUint64(strings.ToLower(str[:2]) + str[2:])
			if err != nil {
				return fmt.Errorf("invalid hex quantity %q: %v", str, err)
			}
			*q = Quantity(v)
			return nil
		}
		s = str
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("invalid quantity %s: want a non-negative integer, a decimal string or 0x-hex", truncate(s, 40))
	}
	*q = Quantity(v)
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// mineCount validates a block count from JSON-RPC (default 1).
func mineCount(q *Quantity) (int, error) {
	if q == nil {
		return 1, nil
	}
	if *q > MaxMinePerCall {
		return 0, fmt.Errorf("cannot mine %d blocks in one call (at most %d); call again for more", uint64(*q), MaxMinePerCall)
	}
	return int(*q), nil
}

// seconds validates a time advance in seconds.
func seconds(q Quantity) (time.Duration, error) {
	if q == 0 {
		return 0, fmt.Errorf("advance time by 0s: must be at least 1 second")
	}
	if uint64(q) > uint64(maxAdvance/time.Second) {
		return 0, fmt.Errorf("advance time by %ds: at most %ds (100 years)", uint64(q), uint64(maxAdvance/time.Second))
	}
	return time.Duration(q) * time.Second, nil
}

// devnetAPI serves devnet_mine and devnet_advanceTime.
type devnetAPI struct{ n *Node }

// Mine seals blocks (default 1) and returns the new head number.
func (a *devnetAPI) Mine(ctx context.Context, blocks *Quantity) (hexutil.Uint64, error) {
	count, err := mineCount(blocks)
	if err != nil {
		return 0, err
	}
	if err := a.n.Mine(ctx, count); err != nil {
		return 0, err
	}
	return hexutil.Uint64(a.n.Head()), nil
}

// AdvanceTime seals one block at its parent's timestamp plus the given
// seconds and returns that block's timestamp.
func (a *devnetAPI) AdvanceTime(ctx context.Context, secs Quantity) (hexutil.Uint64, error) {
	d, err := seconds(secs)
	if err != nil {
		return 0, err
	}
	if err := a.n.AdvanceTime(ctx, d); err != nil {
		return 0, err
	}
	return hexutil.Uint64(a.n.eth.BlockChain().CurrentBlock().Time), nil
}

// evmAPI serves the hardhat/ganache aliases.
type evmAPI struct{ n *Node }

// Mine seals one block; with a timestamp later than the head's, the block
// gets that timestamp. Returns "0x0" like hardhat.
func (a *evmAPI) Mine(ctx context.Context, timestamp *Quantity) (string, error) {
	if timestamp != nil {
		parent := a.n.eth.BlockChain().CurrentBlock().Time
		if uint64(*timestamp) <= parent {
			return "", fmt.Errorf("timestamp %d is not after the head's %d", uint64(*timestamp), parent)
		}
		d, err := seconds(Quantity(uint64(*timestamp) - parent))
		if err != nil {
			return "", err
		}
		if err := a.n.AdvanceTime(ctx, d); err != nil {
			return "", err
		}
		return "0x0", nil
	}
	if err := a.n.Mine(ctx, 1); err != nil {
		return "", err
	}
	return "0x0", nil
}

// IncreaseTime seals one block at its parent's timestamp plus the given
// seconds (unlike hardhat, which waits for the next block) and returns the
// seconds added.
func (a *evmAPI) IncreaseTime(ctx context.Context, secs Quantity) (uint64, error) {
	d, err := seconds(secs)
	if err != nil {
		return 0, err
	}
	if err := a.n.AdvanceTime(ctx, d); err != nil {
		return 0, err
	}
	return uint64(secs), nil
}

// anvilAPI serves the foundry alias.
type anvilAPI struct{ n *Node }

// Mine seals blocks (default 1); with an interval, every block is that many
// seconds after its parent.
func (a *anvilAPI) Mine(ctx context.Context, blocks *Quantity, interval *Quantity) error {
	count, err := mineCount(blocks)
	if err != nil {
		return err
	}
	if interval == nil || *interval == 0 {
		return a.n.Mine(ctx, count)
	}
	d, err := seconds(*interval)
	if err != nil {
		return err
	}
	for i := 0; i < count; i++ {
		if err := a.n.AdvanceTime(ctx, d); err != nil {
			return fmt.Errorf("mined %d of %d blocks: %w", i, count, err)
		}
	}
	return nil
}

// estimateAPI overrides eth_estimateGas so that, when no block is given, it
// estimates against the pending block instead of geth's default, latest.
// On a chain that seals every transaction at once, "latest" is usually the
// block of the sender's previous transaction, and contracts whose gas
// depends on the block number (ERC20Votes checkpoints: rewriting this
// block's checkpoint is ~20k gas cheaper than pushing a new one) come out
// underestimated: wallets and cast then send transactions that run out of
// gas. The pending block has the number the transaction will really get.
type estimateAPI struct {
	inner *rpc.Client // geth's own eth_estimateGas, on a private server
}

// EstimateGas forwards to geth's eth_estimateGas with block defaulting to
// "pending"; the other arguments and any error (revert data included) pass
// through unchanged.
func (a *estimateAPI) EstimateGas(ctx context.Context, args json.RawMessage, block, overrides, blockOverrides *json.RawMessage) (hexutil.Uint64, error) {
	params := []any{args, json.RawMessage(`"pending"`)}
	if block != nil && string(*block) != "null" {
		params[1] = *block
	}
	if overrides != nil || blockOverrides != nil {
		params = append(params, overrides)
	}
	if blockOverrides != nil {
		params = append(params, blockOverrides)
	}
	var gas hexutil.Uint64
	err := a.inner.CallContext(ctx, &gas, "eth_estimateGas", params...)
	return gas, err
}

// newEstimateAPI serves geth's eth_estimateGas (from services, the eth
// service's APIs) on a private in-process server for estimateAPI to call.
// The returned stop function closes the client and the server.
func newEstimateAPI(services []rpc.API) (*estimateAPI, func(), error) {
	srv := rpc.NewServer()
	registered := false
	for _, api := range services {
		if api.Namespace != "eth" {
			continue
		}
		if _, ok := reflect.TypeOf(api.Service).MethodByName("EstimateGas"); !ok {
			continue
		}
		if err := srv.RegisterName("eth", api.Service); err != nil {
			srv.Stop()
			return nil, nil, err
		}
		registered = true
	}
	if !registered {
		srv.Stop()
		return nil, nil, fmt.Errorf("geth's eth service has no EstimateGas method")
	}
	client := rpc.DialInProc(srv)
	return &estimateAPI{inner: client}, func() { client.Close(); srv.Stop() }, nil
}
