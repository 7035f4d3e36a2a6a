// Package signer signs and sends daoterm's governance transactions from a
// local keystore, safely and in steps a terminal UI can drive one at a time:
//
//	call := signer.VoteCall(gov, id, govt.For, reason)   // what to do
//	p, err := signer.Prepare(ctx, backend, from, call, opts)  // checks, simulation, gas, fees, nonce
//	show(p.Review)                                            // a plain struct: everything to show
//	s, err := p.Sign(ctx, backend, key, passphrase)           // chain id re-checked; ErrWrongPassphrase → ask again
//	err = journal.Record(s)                                   // fsync'd before anything leaves the machine
//	err = signer.Broadcast(ctx, backend, journal, s)
//	o, err := signer.Receipt(ctx, backend, s.Hash)             // poll on each new head; nil while pending
//	changes, err := journal.Reconcile(ctx, backend)            // on start and on each new head
//
// Keystores are geth / Foundry V3 files. Every file is validated (types,
// required fields, cipher, bounded KDF parameters, size) before a passphrase
// touches it, and decryption never panics. The decrypted key exists only for
// the signature and is zeroed afterwards.
//
// Gasless voting (EIP-712 ballots for castVoteBySig, OpenZeppelin v4 and v5)
// lives in ballot.go.
//
// The package never imports bubbletea: every step is a plain function taking a
// context, so a UI can wrap each one in a command.
package signer
