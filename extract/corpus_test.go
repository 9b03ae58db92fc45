package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/newsextract/newsextract/model"
)

// corpusDir is the ScrapingHub article-extraction benchmark: html/ID.html.gz
// pages and truth/ground-truth.json with the true body of each. It lies
// beside the repository, not in it.
const corpusDir = "../../shared/corpus/scrapinghub"

// The ratchet: the corpus scores the extractor has reached. TestCorpus fails
// when a change brings any of them lower; raise them as the extraction
// improves, never lower them.
const (
	ratchetPrecision = 0.980
	ratchetRecall    = 0.985
	ratchetF1        = 0.983
)

// corpusPage is one page of the corpus with its true body.
type corpusPage struct {
	id, url string
	html    []byte
	truth   string
}

// loadCorpus reads and decompresses every page of the corpus, in order of
// id. It skips the test when the corpus is absent.
func loadCorpus(tb testing.TB) []corpusPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(corpusDir, "truth", "ground-truth.json"))
	if os.IsNotExist(err) {
		tb.Skipf("corpus not found at %s", corpusDir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	pages := make([]corpusPage, 0, len(truth))
	for id, t := range truth {
		b, err := readGzip(filepath.Join(corpusDir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, corpusPage{id: id, url: t.URL, html: b, truth: t.ArticleBody})
	}
	slices.SortFunc(pages, func(a, b corpusPage) int { return strings.Compare(a.id, b.id) })
	return pages
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

// scoredText is what the benchmark compares with the true body: the text
// of the article's column, one paragraph a line: the body, after the
// standfirst when the page marks one in the column or prints it as the
// opening paragraph. A standfirst set apart above the column
// (model.LeadHeader) is no part of the benchmark's article body.
func scoredText(a *model.Article) string {
	parts := make([]string, 0, len(a.Body)+1)
	if a.Lead != "" && (a.LeadSource == model.LeadOpening || a.LeadSource == model.LeadMarked) {
		parts = append(parts, a.Lead)
	}
	parts = append(parts, a.Body...)
	return strings.Join(parts, "\n")
}

// wordTokens splits s into maximal runs of letters, digits and '_', as
// Python's \w+ does.
func wordTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the runs of four consecutive tokens of s; a text of fewer
// tokens makes one shorter shingle.
func shingles(s string) map[string]int {
	toks := wordTokens(s)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	n := min(4, len(toks))
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], "\x00")]++
	}
	return out
}

// shingleMatch returns the true positives, false positives and false
// negatives of pred against truth.
func shingleMatch(pred, truth string) (tp, fp, fn int) {
	p, t := shingles(pred), shingles(truth)
	for k, np := range p {
		nt := t[k]
		tp += min(np, nt)
		fp += max(0, np-nt)
	}
	for k, nt := range t {
		fn += max(0, nt-p[k])
	}
	return tp, fp, fn
}

// docScore is the score of one page.
type docScore struct {
	id                string
	precision, recall float64
	hasPred, hasTruth bool
	predLen, truthLen int
}

func (d docScore) f1() float64 {
	if d.precision+d.recall == 0 {
		return 0
	}
	return 2 * d.precision * d.recall / (d.precision + d.recall)
}

func scoreDoc(id, pred, truth string) docScore {
	tp, fp, fn := shingleMatch(pred, truth)
	d := docScore{id: id, hasPred: tp+fp > 0, hasTruth: tp+fn > 0, predLen: len(pred), truthLen: len(truth)}
	if d.hasPred {
		d.precision = float64(tp) / float64(tp+fp)
	}
	if d.hasTruth {
		d.recall = float64(tp) / float64(tp+fn)
	}
	return d
}

// corpusScore averages precision over the pages with a prediction and
// recall over the pages with a true body, as the benchmark does.
func corpusScore(ds []docScore) (p, r, f1 float64) {
	var np, nr int
	for _, d := range ds {
		if d.hasPred {
			p += d.precision
			np++
		}
		if d.hasTruth {
			r += d.recall
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// TestCorpus measures the body extraction on the benchmark corpus and fails
// when it falls below the ratchet.
func TestCorpus(t *testing.T) {
	pages := loadCorpus(t)
	ds := make([]docScore, 0, len(pages))
	for _, pg := range pages {
		a, err := (&Extractor{}).FromHTML(bytes.NewReader(pg.html), Source{URL: pg.url})
		pred := ""
		if err == nil {
			pred = scoredText(a)
		}
		ds = append(ds, scoreDoc(pg.id, pred, pg.truth))
	}
	p, r, f1 := corpusScore(ds)
	t.Logf("corpus of %d pages: precision %.4f recall %.4f F1 %.4f", len(ds), p, r, f1)
	slices.SortStableFunc(ds, func(a, b docScore) int {
		switch fa, fb := a.f1(), b.f1(); {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	})
	for _, d := range ds[:min(10, len(ds))] {
		t.Logf("  %.3f  P %.3f R %.3f  pred %6d truth %6d bytes  %s", d.f1(), d.precision, d.recall, d.predLen, d.truthLen, d.id)
	}
	if p < ratchetPrecision || r < ratchetRecall || f1 < ratchetF1 {
		t.Errorf("below the ratchet: precision %.4f (min %.4f), recall %.4f (min %.4f), F1 %.4f (min %.4f)",
			p, ratchetPrecision, r, ratchetRecall, f1, ratchetF1)
	}
}

// TestShingleMatch checks the scoring against hand-counted cases.
func TestShingleMatch(t *testing.T) {
	tests := []struct {
		pred, truth string
		tp, fp, fn  int
	}{
		{"a b c d e", "a b c d e", 2, 0, 0},
		{"a b c d e", "a b c d", 1, 1, 0},
		{"", "a b c d", 0, 0, 1},
		{"a b", "a b", 1, 0, 0},
		{"a, b! c d", "a b c d", 1, 0, 0},
		{"Привет мир, как дела", "привет мир как дела", 0, 1, 1},
		{"x x x x x", "x x x x", 1, 1, 0},
	}
	for _, tt := range tests {
		tp, fp, fn := shingleMatch(tt.pred, tt.truth)
		if tp != tt.tp || fp != tt.fp || fn != tt.fn {
			t.Errorf("shingleMatch(%q, %q) = %d %d %d, want %d %d %d", tt.pred, tt.truth, tp, fp, fn, tt.tp, tt.fp, tt.fn)
		}
	}
}
