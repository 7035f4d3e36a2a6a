// Package signer signs and sends daoterm's governance transactions from a
// local keystore (package keystore), safely and in steps a terminal UI can
// drive one at a time:
//
//	call := signer.VoteCall(gov, id, govt.For, reason, nil)      // what to do
//	p, err := signer.Prepare(ctx, backend, from, call, opts)      // checks, simulation, gas, fees, nonce
//	show(p.Review)                                                // a plain struct: everything to show
//	s, err := journal.Sign(ctx, backend, p, acct, pass, opts)     // under the account lock: fresh nonce, chain re-checked,
//	                                                              // signed, journaled (fsync'd) and, with opts.Broadcast, sent
//	o, err := journal.Await(ctx, backend, s.Hash, awaitOpts)      // receipt; resends a dropped tx; deadline; displaced → not cast
//	changes, err := journal.Reconcile(ctx, backend)               // on start and on each new head, this chain's entries only
//
// The journal keeps entries per chain (chain id and genesis hash). The
// account lock is a file lock beside the journal, so two processes signing
// for one account never share a nonce.
//
// Gasless voting (EIP-712 ballots for castVoteBySig, OpenZeppelin v4 and v5,
// Bravo and Alpha) lives in ballot.go.
//
// The package never imports bubbletea: every step is a plain function taking a
// context, so a UI can wrap each one in a command.
package signer
