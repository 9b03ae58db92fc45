package main

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinary builds the program and runs it as a user would, on the test
// documents: its output must match the library's, file by file, and a
// missing file must fail the run without stopping the others.
func TestBinary(t *testing.T) {
	bin := buildProgram(t)

	files := []string{sampleText, sampleHTML}
	cmd := exec.Command(bin, append([]string{"-j", "2"}, append(files, "no-such-file.html")...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitFailure {
		t.Errorf("exit: %v, want status %d", err, exitFailure)
	}
	var want strings.Builder
	for _, f := range files {
		want.WriteString(`{"file":` + jsonString(t, f) + `,"article":` + strings.TrimSuffix(libraryJSON(t, f), "\n") + "}\n")
	}
	want.WriteString(`{"file":"no-such-file.html","error":"no such file or directory"}` + "\n")
	if stdout.String() != want.String() {
		t.Errorf("stdout differs from the library's output:\n%.300s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "no-such-file.html: no such file or directory") ||
		!strings.Contains(stderr.String(), "3 files, 2 articles, 1 errors") {
		t.Errorf("stderr = %q", stderr.String())
	}

	// The same documents as a JSON-lines stream.
	cmd = exec.Command(bin, "-jsonl", "-q")
	cmd.Stdin = strings.NewReader(`{"id":1,"text":` + jsonString(t, readFile(t, sampleText)) + "}\n" + "{bad\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("-jsonl: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], sampleTitle) || !strings.HasPrefix(lines[1], `{"id":null,"error":`) {
		t.Errorf("-jsonl output:\n%s", out)
	}
}

// buildProgram builds the program and returns its path.
func buildProgram(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build with")
	}
	bin := filepath.Join(t.TempDir(), "extract")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
