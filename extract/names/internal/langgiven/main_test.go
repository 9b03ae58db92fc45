package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun checks the generator on small lists: names are lowered and
// sorted with their genders, a name of both genders or of two lists'
// genders is of either, and a missing list is an error.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	list := "const deNames = new Map([\n  ['Uwe', 'male'],\n  ['annalena', 'female'],\n  ['kim', 'male'],\n  ['kim', 'female'],\n  ['x', 'male'],\n]);\n"
	for _, l := range languages[0].lists {
		text := "const names = new Map([\n  ['kim', 'female'],\n]);\n"
		if l == "de" {
			text = list
		}
		if err := os.WriteFile(filepath.Join(dir, l+".js"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "givenlang.go")
	if err := run(dir, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.Contains(got, `"fannalena\nxkim\nmuwe\n"`) {
		t.Errorf("output lacks the sorted names:\n%s", got)
	}
	if strings.Contains(got, "mx\\n") {
		t.Error("a one-letter name is kept")
	}
	if err := run(t.TempDir(), out); err == nil {
		t.Error("a missing list is accepted")
	}
}
