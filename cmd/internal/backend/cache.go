package backend

import (
	"context"
	"fmt"

	"github.com/daoterm/daoterm/chain"
	"github.com/daoterm/daoterm/chain/cache"
)

// CacheOptions say where the cache lives and whether to use it.
type CacheOptions struct {
	Dir  string           // cache_dir, else $XDG_CACHE_HOME/daoterm, else ~/.cache/daoterm
	Off  bool             // --no-cache, or no directory
	Note func(msg string) // where notes go (stderr in the CLI); nil = nowhere
}

// Tell passes a cache note on.
func (o CacheOptions) Tell(msg string) {
	if o.Note != nil {
		o.Note(msg)
	}
}

// OpenCache returns the cache of c's chain, or nil when it is off or
// cannot be used (a note says why: the read goes on without it).
func OpenCache(ctx context.Context, c *chain.Client, o CacheOptions) *cache.Store {
	if o.Off || o.Dir == "" {
		return nil
	}
	genesis, err := c.Genesis(ctx)
	if err != nil {
		o.Tell(fmt.Sprintf("%v: reading without the cache", err))
		return nil
	}
	store, err := cache.Open(o.Dir, c.ChainID(), genesis)
	if err != nil {
		o.Tell(fmt.Sprintf("%v: reading without the cache", err))
		return nil
	}
	return store
}
