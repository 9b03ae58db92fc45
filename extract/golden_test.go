package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files with the current output")

// goldenSource returns the Source for a golden input: a NAME.source.json
// file beside it may give the URL and the fetch time.
func goldenSource(t *testing.T, input string) Source {
	t.Helper()
	var src struct {
		URL     string    `json:"url"`
		Fetched time.Time `json:"fetched"`
	}
	b, err := os.ReadFile(strings.TrimSuffix(input, filepath.Ext(input)) + ".source.json")
	if os.IsNotExist(err) {
		return Source{}
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &src); err != nil {
		t.Fatalf("%s: %v", input, err)
	}
	return Source{URL: src.URL, Fetched: src.Fetched}
}

// TestGolden runs every testdata/NAME.html and NAME.txt through the
// Extractor and compares the article with NAME.golden.json. Where a text
// and a page share their NAME, as the two forms of the reference sample do,
// the page's golden file is NAME.html.golden.json.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("../testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		ext := filepath.Ext(in)
		if ext != ".html" && ext != ".txt" {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			got := goldenOutput(t, in)
			golden := goldenPath(in)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s:\n%s", golden, lineDiff(string(want), string(got)))
			}
		})
	}
	if n == 0 {
		t.Fatal("no golden inputs found")
	}
}

// goldenPath returns the golden file of an input.
func goldenPath(in string) string {
	base := strings.TrimSuffix(in, filepath.Ext(in))
	if filepath.Ext(in) == ".html" {
		if _, err := os.Stat(base + ".txt"); err == nil {
			return in + ".golden.json"
		}
	}
	return base + ".golden.json"
}

func goldenOutput(t *testing.T, in string) []byte {
	t.Helper()
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var e Extractor
	a, err := e.From(f, goldenSource(t, in))
	if err != nil {
		t.Fatalf("%s: %v", in, err)
	}
	out, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

// lineDiff returns the lines that differ between want and got, by the
// longest common subsequence of their lines, each marked - or +.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the length of the common subsequence of w[i:] and g[j:].
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i, j = i+1, j+1
		case j < len(g) && (i == len(w) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&b, "+%d: %s\n", j+1, g[j])
			j++
		default:
			fmt.Fprintf(&b, "-%d: %s\n", i+1, w[i])
			i++
		}
	}
	return b.String()
}
