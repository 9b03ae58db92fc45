package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/newsextract/newsextract/model"
)

// fundusDir holds the fundus parser test pages: test_data/<cc>/ with the
// pages, their truth per publisher and meta.info with their addresses. It
// lies beside the repository, not in it.
const fundusDir = "../../shared/corpus/fundus-dev"

// The fundus ratchet, on the development half of the publishers and on the
// held-out half. TestFundus fails when a change brings any figure lower;
// raise them as the extraction improves, never lower them.
var (
	fundusDevMin  = fundusFigures{body: 0.964, lead: 0.934, title: 0.841, date: 1.000, authors: 0.960}
	fundusHeldMin = fundusFigures{body: 0.960, lead: 0.955, title: 0.873, date: 1.000, authors: 0.966}
)

// fundusFigures are the corpus figures of one set of pages.
type fundusFigures struct {
	body, lead, title, date, authors float64
}

// fundusPage is one page of the corpus with its truth.
type fundusPage struct {
	id, publisher, url string
	html               []byte
	truth              fundusTruth
}

// fundusTruth is the part of a fundus truth record that is scored.
type fundusTruth struct {
	Title          string    `json:"title"`
	PublishingDate string    `json:"publishing_date"`
	Authors        *[]string `json:"authors"`
	Topics         []string  `json:"topics"`
	Images         []struct {
		IsCover  bool `json:"is_cover"`
		Versions []struct {
			URL string `json:"url"`
		} `json:"versions"`
	} `json:"images"`
	Body *struct {
		Summary  []string `json:"summary"`
		Sections []struct {
			Headline   []string `json:"headline"`
			Paragraphs []string `json:"paragraphs"`
		} `json:"sections"`
	} `json:"body"`
}

// loadFundus reads every page of the corpus, pairing the i-th truth record
// of a publisher (in file order) with its i-th page by date, in the order
// of the truth files' paths. It skips the test when the corpus is absent.
func loadFundus(tb testing.TB) []fundusPage {
	tb.Helper()
	jsons, _ := filepath.Glob(filepath.Join(fundusDir, "test_data", "*", "*.json"))
	if len(jsons) == 0 {
		tb.Skipf("corpus not found at %s", fundusDir)
	}
	slices.Sort(jsons)
	var out []fundusPage
	for _, jp := range jsons {
		out = append(out, loadPublisher(tb, jp)...)
	}
	return out
}

// loadPublisher reads the pages of one publisher's truth file.
func loadPublisher(tb testing.TB, jp string) []fundusPage {
	dir := filepath.Dir(jp)
	pub := strings.TrimSuffix(filepath.Base(jp), ".json")
	var meta map[string]struct {
		URL string `json:"url"`
	}
	readJSON(tb, filepath.Join(dir, "meta.info"), &meta)
	files, _ := filepath.Glob(filepath.Join(dir, pub+"_*.html.gz"))
	slices.Sort(files)
	versions := orderedTruth(tb, jp)
	var out []fundusPage
	for i := 0; i < len(versions) && i < len(files); i++ {
		b, err := readGzip(files[i])
		if err != nil {
			tb.Fatal(err)
		}
		base := filepath.Base(files[i])
		out = append(out, fundusPage{
			id:        filepath.Base(dir) + "/" + strings.TrimSuffix(base, ".html.gz"),
			publisher: pub, url: meta[base].URL, html: b, truth: versions[i],
		})
	}
	return out
}

// orderedTruth returns the truth records of a publisher's file in the order
// the file lists them.
func orderedTruth(tb testing.TB, path string) []fundusTruth {
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil { // {
		tb.Fatal(err)
	}
	var out []fundusTruth
	for dec.More() {
		if _, err := dec.Token(); err != nil { // the version key
			tb.Fatal(err)
		}
		var t fundusTruth
		if err := dec.Decode(&t); err != nil {
			tb.Fatal(err)
		}
		out = append(out, t)
	}
	return out
}

func readJSON(tb testing.TB, path string, v any) {
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		tb.Fatal(err)
	}
}

// heldOut reports whether a publisher is in the held-out half, by a hash of
// its name.
func heldOut(publisher string) bool {
	h := fnv.New32a()
	h.Write([]byte(publisher))
	return h.Sum32()%2 == 1
}

// fundusScore accumulates the figures of a set of pages as
// score_fundus.py computes them.
type fundusScore struct {
	pages               int
	body, lead          []docScore
	titleOK, titleNorm  int
	titles              int
	dateOK, dates       int
	auTP, auPred, auTru int
	misses              []string
}

// add scores one page's article (nil when extraction failed).
func (f *fundusScore) add(p fundusPage, a *model.Article) {
	if a == nil {
		a = &model.Article{}
	}
	f.pages++
	t := p.truth
	tag := p.id
	if heldOut(p.publisher) {
		tag += " (held out)"
	}
	var parts, summary []string
	if t.Body != nil {
		summary = t.Body.Summary
		parts = append(parts, summary...)
		for _, s := range t.Body.Sections {
			parts = append(parts, s.Headline...)
			parts = append(parts, s.Paragraphs...)
		}
	}
	f.body = append(f.body, scoreDoc(p.id, fundusPred(fundusText(a)), strings.Join(parts, "\n\n")))
	if len(summary) > 0 {
		d := scoreDoc(p.id, fundusPred(a.Lead), strings.Join(summary, "\n\n"))
		f.lead = append(f.lead, d)
		if d.f1() < 0.5 {
			f.miss("lead", tag, strings.Join(summary, " / "), a.Lead)
		}
	}
	if t.Title != "" {
		f.titles++
		ok := strings.TrimSpace(t.Title) == strings.TrimSpace(a.Title)
		f.titleOK += b2i(ok)
		f.titleNorm += b2i(normTitle(t.Title) == normTitle(a.Title))
		if !ok {
			f.miss("title", tag, t.Title, a.Title)
		}
	}
	if t.PublishingDate != "" {
		f.dates++
		got := ""
		if !a.Published.IsZero() {
			got = a.Published.Format("2006-01-02")
		}
		f.dateOK += b2i(len(t.PublishingDate) >= 10 && t.PublishingDate[:10] == got)
	}
	if t.Authors != nil {
		f.addAuthors(tag, *t.Authors, a.Authors)
	}
}

// addAuthors scores the author sets of one page.
func (f *fundusScore) addAuthors(id string, truth, pred []string) {
	T, P := authorSet(truth), authorSet(pred)
	for k := range P {
		if T[k] {
			f.auTP++
		}
	}
	f.auPred += len(P)
	f.auTru += len(T)
	if !mapsEqual(T, P) {
		f.miss("authors", id, strings.Join(truth, "; "), strings.Join(pred, "; "))
	}
}

func (f *fundusScore) miss(field, id, want, got string) {
	f.misses = append(f.misses, field+" "+id+"\n\t\twant "+want+"\n\t\tgot  "+got)
}

// figures returns the figures the ratchet holds.
func (f *fundusScore) figures() fundusFigures {
	_, _, body := corpusScore(f.body)
	_, _, lead := corpusScore(f.lead)
	var au float64
	if f.auPred > 0 && f.auTru > 0 && f.auTP > 0 {
		p, r := float64(f.auTP)/float64(f.auPred), float64(f.auTP)/float64(f.auTru)
		au = 2 * p * r / (p + r)
	}
	return fundusFigures{body: body, lead: lead, title: ratio(f.titleOK, f.titles), date: ratio(f.dateOK, f.dates), authors: au}
}

// report is the figures in the words of score_fundus.py.
func (f *fundusScore) report() string {
	bp, br, bf := corpusScore(f.body)
	lp, lr, lf := corpusScore(f.lead)
	var ap, ar float64
	if f.auPred > 0 {
		ap = float64(f.auTP) / float64(f.auPred)
	}
	if f.auTru > 0 {
		ar = float64(f.auTP) / float64(f.auTru)
	}
	fg := f.figures()
	var b strings.Builder
	fmt.Fprintf(&b, "pages %d\n", f.pages)
	fmt.Fprintf(&b, "body   F1 %.3f (P %.3f R %.3f)\n", bf, bp, br)
	fmt.Fprintf(&b, "lead   F1 %.3f (P %.3f R %.3f, %d pages with a summary)\n", lf, lp, lr, len(f.lead))
	fmt.Fprintf(&b, "title  exact %.3f, normalised %.3f (%d)\n", fg.title, ratio(f.titleNorm, f.titles), f.titles)
	fmt.Fprintf(&b, "date   same day %.3f (%d)\n", fg.date, f.dates)
	fmt.Fprintf(&b, "authors F1 %.3f (P %.3f R %.3f)", fg.authors, ap, ar)
	return b.String()
}

// fundusPred is a prediction as the script reads it: soft hyphens gone.
func fundusPred(s string) string { return strings.ReplaceAll(s, "\u00ad", "") }

// fundusText is what the script compares with the true body, which holds
// the summary: the lead, wherever it came from, and the body's paragraphs,
// one a line.
func fundusText(a *model.Article) string {
	return strings.Join(append([]string{a.Lead}, a.Body...), "\n")
}

// normTitle is the script's normalised title: NFKC, quotes and dashes
// unified, soft hyphens and zero-width characters gone, lower case, white
// space collapsed.
func normTitle(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune("\u2018\u2019\u201a\u201b\u2032`\u00b4", r):
			return '\''
		case strings.ContainsRune("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", r):
			return '"'
		case r >= 0x2010 && r <= 0x2015 || r == 0x2212:
			return '-'
		case strings.ContainsRune("\u00ad\u200b\u200c\u200d\ufeff", r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// authorSet is the script's set of names: NFC, case folded, white space
// collapsed, a leading "by " removed.
func authorSet(names []string) map[string]bool {
	fold := cases.Fold()
	out := map[string]bool{}
	for _, n := range names {
		s := strings.Join(strings.Fields(fold.String(norm.NFC.String(n))), " ")
		out[strings.TrimPrefix(s, "by ")] = true
	}
	return out
}

func mapsEqual(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestFundus measures title, date, authors, lead and body on the fundus
// pages, split by publisher into a development half and a held-out half,
// and fails when either falls below its ratchet. FUNDUS_VERBOSE=1 lists
// the misses.
func TestFundus(t *testing.T) {
	pages := loadFundus(t)
	var all, dev, held fundusScore
	var e Extractor
	for _, p := range pages {
		a, err := e.FromHTML(bytes.NewReader(p.html), Source{URL: p.url})
		if err != nil {
			a = nil
		}
		all.add(p, a)
		if heldOut(p.publisher) {
			held.add(p, a)
		} else {
			dev.add(p, a)
		}
	}
	t.Logf("all:\n%s", all.report())
	t.Logf("dev half:\n%s", dev.report())
	t.Logf("held-out half:\n%s", held.report())
	if os.Getenv("FUNDUS_VERBOSE") != "" {
		for _, m := range all.misses {
			t.Log(m)
		}
	}
	checkFundus(t, "dev", dev.figures(), fundusDevMin)
	checkFundus(t, "held-out", held.figures(), fundusHeldMin)
}

func checkFundus(t *testing.T, half string, got, min fundusFigures) {
	t.Helper()
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"body F1", got.body, min.body}, {"lead F1", got.lead, min.lead}, {"title exact", got.title, min.title},
		{"date same day", got.date, min.date}, {"authors F1", got.authors, min.authors},
	} {
		if f.got < f.want {
			t.Errorf("%s half: %s %.3f below the ratchet %.3f", half, f.name, f.got, f.want)
		}
	}
}
