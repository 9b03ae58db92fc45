package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
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

// lineDiff lists the lines that differ between want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n- " + wl + "\n+ " + gl + "\n")
		}
	}
	return b.String()
}
