package lang

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// fundusDir is the fundus development corpus, beside the repository.
const fundusDir = "../../../shared/corpus/fundus-dev/test_data"

// ratchetFundusAgree is the least share of the corpus publishers whose
// body text (from the corpus truth) Detect reads as the language the page
// declares; it only rises. The publishers where they differ today are
// South African and Tanzanian pages declared English whose text is Zulu,
// Xhosa or Swahili: the text is right.
const ratchetFundusAgree = 0.93

// langAttr finds the declared language of a page.
var langAttr = regexp.MustCompile(`<html[^>]*\slang=["']?([A-Za-z_-]+)`)

// fundusBodies returns, for each page of the corpus, its declared language
// and its body text.
func fundusBodies(t *testing.T) (declared, bodies []string) {
	jsons, _ := filepath.Glob(filepath.Join(fundusDir, "*", "*.json"))
	if len(jsons) == 0 {
		t.Skip("fundus corpus absent")
	}
	for _, jp := range jsons {
		pub := strings.TrimSuffix(filepath.Base(jp), ".json")
		files, _ := filepath.Glob(filepath.Join(filepath.Dir(jp), pub+"_*.html.gz"))
		sort.Strings(files)
		data, err := os.ReadFile(jp)
		if err != nil {
			t.Fatal(err)
		}
		var versions map[string]struct {
			Body struct {
				Summary  []string `json:"summary"`
				Sections []struct {
					Paragraphs []string `json:"paragraphs"`
				} `json:"sections"`
			} `json:"body"`
		}
		if json.Unmarshal(data, &versions) != nil || len(files) == 0 {
			continue
		}
		// Any version of a publisher gives its language; the first page
		// gives the declaration.
		var body strings.Builder
		for _, v := range versions {
			for _, s := range v.Body.Sections {
				for _, p := range s.Paragraphs {
					body.WriteString(p)
					body.WriteByte('\n')
				}
			}
			break
		}
		f, err := os.Open(files[0])
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(zr)
		f.Close()
		m := langAttr.FindSubmatch(page)
		if m == nil {
			continue
		}
		declared = append(declared, string(m[1]))
		bodies = append(bodies, body.String())
	}
	return declared, bodies
}

func TestFundusLanguages(t *testing.T) {
	declared, bodies := fundusBodies(t)
	agree := 0
	for i, body := range bodies {
		got, conf := Detect(body)
		if got == Normalize(declared[i]) {
			agree++
			continue
		}
		t.Logf("declared %q, detected %q (%.2f): %.60q", declared[i], got, conf, body)
	}
	share := float64(agree) / float64(len(bodies))
	t.Logf("%d publishers: detection agrees with the declaration on %.3f", len(bodies), share)
	if share < ratchetFundusAgree {
		t.Errorf("below the ratchet: %.3f (min %.3f)", share, ratchetFundusAgree)
	}
}
