// Package chain is daoterm's JSON-RPC layer: a client with per-request
// timeouts, bounded retries, a response-size cap and a request counter;
// log fetching over long block ranges that adapts to what the provider
// accepts; batched reads through JSON-RPC batches and Multicall3; and strict
// parsing of user-typed addresses.
//
// Everything here speaks Ethereum and nothing here knows about the terminal
// UI. Every read is pinned to a block number chosen by the caller.
package chain
