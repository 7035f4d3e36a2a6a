//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// TestCacheKeptThroughClosedPipe: a read whose stdout's reader has gone
// (`daoterm holders | head`) still dies on SIGPIPE, as any command does,
// but only after the cache write it started in the background: the next
// run finds the cache. It runs the binary, since the process's end is
// what is under test.
func TestCacheKeptThroughClosedPipe(t *testing.T) {
	node, dao := startDemo(t)
	bin := buildDaoterm(t)
	home := t.TempDir()
	for _, cmd := range []string{"holders", "treasury"} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // the reader is gone before the first line
		c := exec.Command(bin, cmd, "--rpc", node.HTTPURL(), "--governor", dao.Governor.Hex())
		c.Env = append(os.Environ(), "HOME="+home, "XDG_CACHE_HOME=")
		c.Stdout = w
		var stderr bytes.Buffer
		c.Stderr = &stderr
		err = c.Run()
		w.Close()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGPIPE {
			t.Fatalf("%s into a closed pipe: %v, want killed by SIGPIPE; stderr: %s", cmd, err, stderr.String())
		}
	}
	e, stdout, stderr := testEnv(map[string]string{"HOME": home})
	if code := run(context.Background(), e, []string{"cache", "info"}); code != 0 {
		t.Fatalf("cache info: exit %d: %s", code, stderr)
	}
	if info := stdout.String(); !strings.Contains(info, "token/"+dao.Token.Hex()) || !strings.Contains(info, "treasury/") {
		t.Errorf("cache info after reads into a closed pipe, want the token's and the treasury's entries:\n%s", info)
	}
}
