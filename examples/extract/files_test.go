package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputShape checks when articles are printed bare and when wrapped
// with their file's name: one file named prints its article as the library
// gives it; a directory, a glob or several arguments print a line naming
// its file for each input, failures included; -wrap asks for that always.
func TestOutputShape(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "only.txt")
	writeFile(t, page, "Only headline\n\nThe body of it.\n")
	bare := libraryJSON(t, sampleText)
	tests := []struct {
		name string
		args []string
		want string // the output, with @ for bare
	}{
		{"one file", []string{sampleText}, bare},
		{"one file failing", []string{filepath.Join(dir, "none.txt")}, ""},
		{"directory of one", []string{dir}, `{"file":"` + page + `","article":{"language":"en","title":"Only headline","body":["The body of it."]}}` + "\n"},
		{"glob of one", []string{filepath.Join(dir, "*.txt")}, `{"file":"` + page + `","article":{"language":"en","title":"Only headline","body":["The body of it."]}}` + "\n"},
		{"wrap", []string{"-wrap", sampleText}, `{"file":"` + sampleText + `","article":` + strings.TrimSuffix(bare, "\n") + "}\n"},
		{"wrap failing", []string{"-wrap", filepath.Join(dir, "none.txt")}, `{"file":"` + filepath.Join(dir, "none.txt") + `","error":"no such file or directory"}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stdout, _ := runCmd(t, "", append([]string{"-q"}, tt.args...)...)
			if stdout != tt.want {
				t.Errorf("output\n%.300s\nwant\n%.300s", stdout, tt.want)
			}
		})
	}
}
