package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinksStayInDirectory checks that a directory's walk does not read
// through a link that leads out of it, and follows one that stays inside.
func TestLinksStayInDirectory(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	writeFile(t, outside, "Secret headline\n\nA body that must not be printed.\n")
	secretDir := filepath.Dir(outside)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a", "page.txt"), "Inner headline\n\nA body of its own.\n")
	links := map[string]string{
		"b-out.txt":    outside,                                                     // a file outside
		"c-inside.txt": filepath.Join("a", "page.txt"),                              // a file inside
		"d-up.txt":     filepath.Join("..", filepath.Base(secretDir), "secret.txt"), // out, relatively
		"e-dir":        secretDir,                                                   // a directory outside
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	code, stdout, stderr := runCmd(t, "", "-q", dir)
	if strings.Contains(stdout, "Secret headline") {
		t.Errorf("a file outside the directory was read:\n%s", stdout)
	}
	if code != exitFailure {
		t.Errorf("exit status %d, want %d", code, exitFailure)
	}
	want := []string{"Inner headline", "error", "Inner headline", "error"}
	if got := wrappedTitles(t, stdout); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", got, want)
	}
	for _, name := range []string{"b-out.txt", "d-up.txt"} {
		if want := filepath.Join(dir, name) + ": link out of " + dir + " not followed"; !strings.Contains(stderr, want) {
			t.Errorf("stderr %q, want %q", stderr, want)
		}
	}

	// Named on the command line, a link is followed: the user named it.
	code, stdout, _ = runCmd(t, "", "-q", filepath.Join(dir, "b-out.txt"))
	if code != exitOK || !strings.Contains(stdout, "Secret headline") {
		t.Errorf("a link named: exit %d, output %q", code, stdout)
	}
}

// TestGzipStdin checks that gzip data on standard input is decompressed.
func TestGzipStdin(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(readFile(t, sampleText)))
	z.Close()
	code, stdout, stderr := runCmd(t, b.String(), "-q")
	if as := articles(t, stdout); code != exitOK || len(as) != 1 || as[0].Title != sampleTitle {
		t.Errorf("exit %d, stderr %q, titles %q", code, stderr, titles(as))
	}
}

// TestTruncatedGzip checks that gzip data cut short is named as such,
// whether it ends in its header or in its data.
func TestTruncatedGzip(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(readFile(t, sampleText)))
	z.Close()
	dir := t.TempDir()
	for _, n := range []int{0, 5, b.Len() / 2, b.Len() - 4} {
		path := filepath.Join(dir, "cut.txt.gz")
		writeFile(t, path, b.String()[:n])
		code, _, stderr := runCmd(t, "", "-q", path)
		if want := "extract: " + path + ": truncated gzip data\n"; code != exitFailure || stderr != want {
			t.Errorf("cut at %d: exit %d, stderr %q, want %q", n, code, stderr, want)
		}
	}
}

// TestOnePrefix checks that an error of the library is given after the
// file's name without its own prefix.
func TestOnePrefix(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.html")
	writeFile(t, path, "\x00\x01\x02\x03 binary \x00\x00\x00 data \x7f\x00")
	_, _, stderr := runCmd(t, "", "-q", path)
	if want := "extract: " + path + ": input is binary"; !strings.HasPrefix(stderr, want) || strings.Count(stderr, "extract:") != 1 {
		t.Errorf("stderr %q, want it to begin %q, with one prefix", stderr, want)
	}
}

// TestInputSize checks the estimate of an input's bytes that its share of
// the budget is taken by: a file's size, a gzipped file's recorded size.
func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("A line of text that compresses well.\n", 1000)
	plain := filepath.Join(dir, "a.txt")
	writeFile(t, plain, text)
	gz := filepath.Join(dir, "a.txt.gz")
	writeGzip(t, gz, []byte(text))
	tests := []struct {
		in   input
		want int64
	}{
		{input{name: plain}, int64(len(text))},
		{input{name: gz}, int64(len(text))},
		{input{name: "a.txt.gz", dir: dir, rel: "a.txt.gz"}, int64(len(text))},
		{input{name: filepath.Join(dir, "none.txt")}, 0},
		{input{name: stdinName}, 1<<63 - 1},
	}
	for _, tt := range tests {
		if got := tt.in.size(); got != tt.want {
			t.Errorf("size of %s = %d, want %d", tt.in.name, got, tt.want)
		}
	}
}
