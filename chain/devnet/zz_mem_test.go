package devnet

import (
	"context"
	"runtime"
	"testing"
)

func TestZZMem(t *testing.T) {
	n, _ := startNode(t, Config{})
	var m runtime.MemStats
	for i := 0; i < 4; i++ {
		runtime.GC()
		runtime.ReadMemStats(&m)
		t.Logf("head %d heap %d MB sys %d MB", n.Head(), m.HeapAlloc>>20, m.Sys>>20)
		if err := n.Mine(context.Background(), 5000); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	t.Logf("head %d heap %d MB sys %d MB", n.Head(), m.HeapAlloc>>20, m.Sys>>20)
}
