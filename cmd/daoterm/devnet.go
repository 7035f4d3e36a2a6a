package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/daoterm/daoterm/chain/devnet"
)

// devnetInfoJSON is what `daoterm devnet` prints and writes to --info:
// everything another tool needs to use the chain. Addresses are EIP-55.
type devnetInfoJSON struct {
	RPCURL      string              `json:"rpc_url"`
	WSURL       string              `json:"ws_url"`
	ChainID     uint64              `json:"chain_id"`
	Governor    string              `json:"governor"`
	Token       string              `json:"token"`
	Timelock    string              `json:"timelock"`
	Tokens      []string            `json:"tokens"`
	Multicall   string              `json:"multicall"`
	StartBlock  uint64              `json:"start_block"`
	KeystoreDir string              `json:"keystore_dir"`
	Accounts    []devnetAccountJSON `json:"accounts"`
}

// devnetAccountJSON is one dev account with a keystore file.
type devnetAccountJSON struct {
	Address    string `json:"address"`
	Passphrase string `json:"passphrase"`
	Label      string `json:"label"`
}

// devnetInfo describes a running demo chain for other tools.
func devnetInfo(node *devnet.Node, dao *devnet.DAO) devnetInfoJSON {
	info := devnetInfoJSON{
		RPCURL:      node.HTTPURL(),
		WSURL:       node.WSURL(),
		ChainID:     node.ChainID().Uint64(),
		Governor:    dao.Governor.Hex(),
		Token:       dao.Token.Hex(),
		Timelock:    dao.Timelock.Hex(),
		Tokens:      make([]string, 0, len(dao.Tokens)),
		StartBlock:  dao.StartBlock,
		KeystoreDir: dao.KeystoreDir,
		Accounts:    make([]devnetAccountJSON, 0, len(dao.Accounts)),
	}
	if dao.Multicall != (common.Address{}) {
		info.Multicall = dao.Multicall.Hex()
	}
	for _, t := range dao.Tokens {
		info.Tokens = append(info.Tokens, t.Hex())
	}
	for _, a := range dao.Accounts {
		info.Accounts = append(info.Accounts, devnetAccountJSON{Address: a.Address.Hex(), Passphrase: a.Passphrase, Label: a.Label})
	}
	return info
}

// scaleInfo describes a chain seeded with the scale scenario (no dev
// accounts: its holders' keys are derived from the seed, not kept).
func scaleInfo(node *devnet.Node, dao *devnet.ScaleDAO) devnetInfoJSON {
	return devnetInfoJSON{
		RPCURL:     node.HTTPURL(),
		WSURL:      node.WSURL(),
		ChainID:    node.ChainID().Uint64(),
		Governor:   dao.Governor.Hex(),
		Token:      dao.Token.Hex(),
		Timelock:   dao.Timelock.Hex(),
		Tokens:     []string{},
		Multicall:  dao.Multicall.Hex(),
		StartBlock: dao.StartBlock,
		Accounts:   []devnetAccountJSON{},
	}
}

// runDevnet implements `daoterm devnet`: it runs the embedded chain with the
// seeded demo DAO until ctx ends (SIGINT/SIGTERM).
func runDevnet(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	listen := fs.String("listen", "127.0.0.1:8545", "`host:port` for JSON-RPC over HTTP and WebSocket (port 0 picks a free one)")
	infoPath := fs.String("info", "", "also write the chain's description (JSON) to `FILE`")
	blockTime := fs.Duration("block-time", 2*time.Second, "seal an empty block this often (0: only when transactions arrive)")
	seed := fs.Int64("seed", 1, "seed of the demo scenario (same seed, same DAO)")
	keystoreDir := fs.String("keystore", "", "`DIR` for the dev accounts' keystore files (default: a fresh temporary directory, removed on exit)")
	scenario := fs.String("scenario", "demo", "what to seed: demo (the Model Commons DAO) or scale (a large history; sized by the flags below)")
	def := devnet.DefaultScaleConfig
	transfers := fs.Int("transfers", def.Transfers, "scale: token transfers")
	holders := fs.Int("holders", def.Holders, "scale: distinct token holders")
	delegations := fs.Int("delegations", 0, "scale: holders who delegate, half to themselves (those vote); 0: holders/50, at most 4,000")
	proposals := fs.Int("proposals", def.Proposals, "scale: proposals")
	votes := fs.Int("votes", def.Votes, "scale: votes cast (by signature)")
	perBlock := fs.Int("per-block", def.PerBlock, "scale: about how many token transfers a block holds (each block between half and 1.5 times it)")
	packed := fs.Bool("packed", false, "scale: pack transfers into full transactions, several a block (blocks of up to ~4,000 logs; quicker to seed), instead of --per-block")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: daoterm devnet [flags]\n\nRuns an in-memory Ethereum chain with a seeded demo DAO (or, with --scenario scale,\na large token and governance history) until interrupted,\nand prints (and writes to --info) a JSON description of it.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := parseOnlyFlags(fs, args, "devnet takes only flags; see daoterm devnet -h"); err != nil {
		return err
	}
	if *scenario != "demo" && *scenario != "scale" {
		return usageErr(fmt.Errorf("--scenario %q: want demo or scale", *scenario))
	}
	if *perBlock < 1 || *perBlock > devnet.ScaleMaxPerBlock {
		return usageErr(fmt.Errorf("--per-block %d: want 1 to %d transfers a block (or --packed to fill whole transactions)", *perBlock, devnet.ScaleMaxPerBlock))
	}
	if *blockTime < 0 {
		return usageErr(fmt.Errorf("--block-time %v is negative; use 0 to seal blocks only when transactions arrive", *blockTime))
	}

	if host, port, err := net.SplitHostPort(*listen); err != nil || host == "" || port == "" {
		return usageErr(fmt.Errorf("--listen %q: want host:port, e.g. 127.0.0.1:8545 (port 0 picks a free one)", *listen))
	}

	ksDir := *keystoreDir
	if ksDir == "" {
		dir, err := os.MkdirTemp("", "daoterm-devnet-keystore-")
		if err != nil {
			return fmt.Errorf("create a temporary keystore directory: %w (pass --keystore DIR)", err)
		}
		defer os.RemoveAll(dir)
		ksDir = dir
	}

	// The chain's database lives on disk while the command runs: an
	// in-memory geth grows by ~10 KB a block and slows down after tens of
	// thousands of blocks, and this command runs for hours.
	dataDir, err := os.MkdirTemp("", "daoterm-devnet-chain-")
	if err != nil {
		return fmt.Errorf("create a temporary directory for the chain: %w", err)
	}
	defer os.RemoveAll(dataDir)

	cfg := devnet.Config{Listen: *listen, BlockTime: *blockTime, DataDir: dataDir}
	var node *devnet.Node
	var info devnetInfoJSON
	if *scenario == "scale" {
		sc := devnet.ScaleConfig{Seed: *seed, Transfers: *transfers, Holders: *holders, Delegations: *delegations, Proposals: *proposals, Votes: *votes, PerBlock: *perBlock, Packed: *packed}
		start := time.Now()
		last := time.Time{}
		n, sdao, err := devnet.StartScale(ctx, cfg, sc, func(what string, done, total int) {
			if time.Since(last) > 2*time.Second || done == total {
				fmt.Fprintf(e.stderr, "devnet: scale: %s %d of %d (%s)\n", what, done, total, time.Since(start).Round(time.Second))
				last = time.Now()
			}
		})
		if err != nil {
			return fmt.Errorf("start the scale chain: %w", err)
		}
		defer n.Close()
		node, info = n, scaleInfo(n, sdao)
	} else {
		n, dao, err := devnet.StartDemo(ctx, cfg, *seed, ksDir)
		if err != nil {
			return fmt.Errorf("start the demo chain: %w", err)
		}
		defer n.Close()
		node, info = n, devnetInfo(n, dao)
	}

	out, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the chain description: %w", err)
	}
	out = append(out, '\n')
	if _, err := e.stdout.Write(out); err != nil {
		return fmt.Errorf("write the chain description: %w", err)
	}
	if *infoPath != "" {
		if err := writeFileAtomic(*infoPath, out); err != nil {
			return fmt.Errorf("write --info %s: %w", *infoPath, err)
		}
	}
	fmt.Fprintf(e.stderr, "devnet: chain %d serving %s and %s; Ctrl-C to stop\n", info.ChainID, info.RPCURL, info.WSURL)

	<-ctx.Done()
	fmt.Fprintln(e.stderr, "devnet: stopping")
	if err := node.Close(); err != nil {
		return fmt.Errorf("stop the chain: %w", err)
	}
	return nil
}

// writeFileAtomic writes data to path through a temporary file and a
// rename, so a reader polling for the file never sees half of it. The file
// holds passphrases, so only its owner may read it (CreateTemp uses 0600).
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
