//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runNoHang runs the program and fails the test if it does not end soon:
// the inputs tested would block it forever.
func runNoHang(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := runCmd(t, "", args...)
		done <- result{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(20 * time.Second):
		t.Fatalf("extract %q still runs: it waits on a named pipe", args)
		return 0, "", ""
	}
}

// TestNamedPipeRefused checks that a named pipe, named or found in a
// directory, is refused by name instead of read (which would wait for a
// writer forever).
func TestNamedPipeRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	writeFile(t, filepath.Join(dir, "page.txt"), "Headline of the day\n\nBody of it.\n")
	for _, args := range [][]string{{fifo}, {dir}, {sampleText, fifo}} {
		code, stdout, stderr := runNoHang(t, append([]string{"-q"}, args...)...)
		if code != exitFailure || !strings.Contains(stderr, fifo+": a named pipe, not a regular file") {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
		if len(args) > 1 || args[0] == dir {
			if !strings.Contains(stdout, `{"file":"`+fifo+`","error":"a named pipe`) {
				t.Errorf("%q: no error line for the pipe in\n%s", args, stdout)
			}
		}
	}
}
