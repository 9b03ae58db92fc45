package gensrc

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestConcat checks the lines of a concatenation: items joined per line,
// quoted, and an empty last term.
func TestConcat(t *testing.T) {
	var b bytes.Buffer
	Concat(&b, "\t", []string{"a\n", "b\n", "c\n"}, 2)
	if got, want := b.String(), "\t\"a\\nb\\n\" +\n\t\"c\\n\" +\n\t\"\""; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestWriteFile checks that the source is formatted, and that source that
// does not parse is an error.
func TestWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.go")
	if err := WriteFile(path, []byte("package x\nconst   a =  1\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "package x\n\nconst a = 1\n" {
		t.Errorf("got %q", got)
	}
	if err := WriteFile(path, []byte("package x\nconst (")); err == nil {
		t.Error("source that does not parse is written")
	}
}
