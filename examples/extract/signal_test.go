//go:build unix

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalEndsStreamCleanly sends SIGTERM to -jsonl while it writes
// into a pipe read slowly: it must stop reading, finish the line it is
// writing, and exit with status 1, leaving only whole lines.
func TestSignalEndsStreamCleanly(t *testing.T) {
	bin := buildProgram(t)
	cmd := exec.Command(bin, "-jsonl", "-q", "-j", "2")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Enough lines to fill the pipe, and the input left open, as a
	// stream's would be.
	line := `{"id":1,"html":` + jsonString(t, readFile(t, sampleHTML)) + "}\n"
	go func() {
		for range 200 {
			if _, err := io.WriteString(stdin, line); err != nil {
				return
			}
		}
	}()
	br := bufio.NewReaderSize(stdout, 64)
	first, err := br.ReadString('\n')
	if err != nil {
		t.Fatalf("first line: %v", err)
	}
	time.Sleep(200 * time.Millisecond) // the writer blocks on the full pipe
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest, err := io.ReadAll(br)
	if err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	stdin.Close()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitFailure {
		t.Errorf("exit: %v, want status %d", err, exitFailure)
	}
	out := first + string(rest)
	if !strings.HasSuffix(out, "\n") {
		t.Errorf("output ends in a partial line: ...%q", out[max(0, len(out)-80):])
	}
	for l := range strings.Lines(out) {
		if !json.Valid([]byte(l)) {
			t.Errorf("output line is not whole: %.80q...", l)
		}
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr %q, want it to say the run was interrupted", stderr.String())
	}
}
