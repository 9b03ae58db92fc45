package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun checks the generator on small inputs: words are lowered and
// sorted, particles that open family names are left out, and a missing
// list is an error.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	for file := range languages {
		words := "und\nDer\nvon\naber\nm\n"
		if err := os.WriteFile(filepath.Join(dir, file), []byte(words), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "function.go")
	iso := filepath.Join(dir, "stopwords-iso.json")
	if err := os.WriteFile(iso, []byte(`{"cs":["a","ale","jak to"],"id":["karena","dari"],"pl":["albo"],"ro":["acea"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir, iso, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.Contains(got, `{"de", "" +`) || !strings.Contains(got, `"aber der und "`) {
		t.Errorf("output lacks the German list, sorted and lowered:\n%s", got)
	}
	if strings.Contains(got, "von") || strings.Contains(got, " m ") {
		t.Error("a name particle or a letter alone is kept")
	}
	if !strings.Contains(got, `{"id", "" +`) || !strings.Contains(got, `"dari karena "`) || strings.Contains(got, "jak to") {
		t.Errorf("output lacks the stopwords-iso lists, or keeps an entry of two words:\n%s", got)
	}
	if err := os.Remove(filepath.Join(dir, "german")); err != nil {
		t.Fatal(err)
	}
	if err := run(dir, "", out); err == nil {
		t.Error("a missing list is accepted")
	}
}
