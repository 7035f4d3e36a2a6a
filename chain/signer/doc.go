// Package signer prepares, signs and sends daoterm's governance
// transactions, in steps a terminal UI can drive one at a time:
//
//	call, err := signer.VoteCall(gov, id, govt.For, reason, nil)           // what to do
//	p, err := signer.Prepare(ctx, backend, from, call, opts)               // checks, simulation, gas, fees, nonce
//	show(p.Review.Rows())                                                  // everything to show before signing
//	s, err := j.Sign(ctx, backend, p, acct, pass, journal.SignOptions{})   // journal: under the account lock
//	o, err := j.Await(ctx, backend, s.Hash, journal.AwaitOptions{})        // receipt; resends a dropped tx
//
// It also builds, signs and checks gasless EIP-712 ballots against the chain
// (PrepareBallot, CheckBallot, RelayCall; OpenZeppelin v4 and v5, Bravo and
// Alpha) and decodes a transaction's input for display (DecodeCall).
//
// Its neighbours each own one concern: keystore (key files, unlocking),
// journal (the fsync'd record of signed transactions, the per-account lock,
// waiting and reconciling), typeddata (ballots as data: digests, signatures,
// JSON) and revert (revert data decoded for people). The journal depends on
// this package, not the other way round: Prepare and SignNext take a
// NonceSource, which *journal.Journal implements.
//
// The package never imports bubbletea: every step is a plain function taking a
// context, so a UI can wrap each one in a command.
package signer
