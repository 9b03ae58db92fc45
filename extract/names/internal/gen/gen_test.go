package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun checks the generator on small inputs: names of both lists are
// of either gender, the hand-written names join them, a name that the
// word list holds only in lower case is marked, and the output is sorted.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	male := write("male.txt", "Aaron\nJordan\nX\nStar\nBill\n")
	female := write("female.txt", "Abbie\nJordan\n")
	data := write("names.tsv", "# comment\nm\tНурсултан Ержан\nf\tАйгерим\n")
	words := write("words.txt", "Bill\nbill\nstar\nstars\n")
	out := filepath.Join(dir, "given.go")
	if err := run(male, female, data, words, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{`mAaron\n`, `fAbbie\n`, `xJordan\n`, `mНурсултан\n`, `fАйгерим\n`, `MStar\n`, `mBill\n`} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.Contains(got, `mX\n`) {
		t.Error("a one-letter name is kept")
	}
	if strings.Index(got, "Aaron") > strings.Index(got, "Abbie") {
		t.Error("output is not sorted")
	}
	if err := run(male, female, write("bad.tsv", "q\tName\n"), "", out); err == nil {
		t.Error("a bad gender is accepted")
	}
}
