package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/model"
)

const samplePath = "../testdata/bnews-kazakhstan-unsc-presidency"

func extractFile(t *testing.T, e *Extractor, path string, src Source) *model.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := e.From(f, src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}

// TestSample checks every field of the reference sample, in its text form
// and both HTML forms.
func TestSample(t *testing.T) {
	for _, path := range []string{samplePath + ".txt", samplePath + ".html", samplePath + "-visible-date.html"} {
		t.Run(path, func(t *testing.T) {
			a := extractFile(t, &Extractor{}, path, Source{})
			checkSample(t, a)
		})
	}
}

func checkSample(t *testing.T, a *model.Article) {
	t.Helper()
	check := func(field string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", field, got, want)
		}
	}
	check("title", a.Title, "MFA of RK summarized Kazakhstan’s presidency of the UN Security Council")
	check("site", a.Site, "BNews")
	check("language", a.Language, "en")
	check("published", a.Published.Format(time.RFC3339), "2018-02-02T15:01:00+06:00")
	check("views", a.Views, int64(233))
	check("lead", a.Lead, "During Kazakhstan’s presidency, about 30 sessions were held.")
	if len(a.Body) != 9 {
		t.Fatalf("body has %d paragraphs, want 9: %q", len(a.Body), a.Body)
	}
	check("body[0]", strings.HasPrefix(a.Body[0], "Kazakhstan has completed its presidency"), true)
	check("body[8]", strings.HasSuffix(a.Body[8], "in front of the UN Security Council Chamber."), true)

	var quotes []string
	for _, q := range a.Quotes {
		quotes = append(quotes, q.Speaker+"|"+q.Cue+"|"+q.At.Field+"|"+string(rune('0'+q.At.Paragraph)))
	}
	check("quotes", strings.Join(quotes, " "), "the message|says|body|2 the message|says|body|4 The Ministry|noted|body|6")

	var docs []string
	for _, d := range a.Documents {
		if d.Symbol != "" {
			docs = append(docs, d.Symbol+"|"+d.Kind+"|"+d.Organ+"|"+time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"))
		}
	}
	check("documents", strings.Join(docs, " "), "S/PRST/2018/1|presidential statement|Security Council|2018")

	var codes []string
	for _, c := range a.Countries {
		codes = append(codes, c.Code)
	}
	check("countries", strings.Join(codes, " "), "KZ GQ CI KW NL PE PL")
}

// TestSampleDateProvenance checks how the date of each form was found.
func TestSampleDateProvenance(t *testing.T) {
	txt := extractFile(t, &Extractor{}, samplePath+".txt", Source{})
	if txt.PublishedText != "02 February, 15:01" || txt.PublishedSource != model.SourceVisible {
		t.Errorf("text: published from %q (%s)", txt.PublishedText, txt.PublishedSource)
	}
	if !slices.Contains(txt.PublishedInferred, model.InferredYear) {
		t.Errorf("text: inferred = %v, want year among them", txt.PublishedInferred)
	}
	vis := extractFile(t, &Extractor{}, samplePath+"-visible-date.html", Source{})
	if vis.PublishedText != txt.PublishedText || !slices.Equal(vis.PublishedInferred, txt.PublishedInferred) {
		t.Errorf("visible-date HTML: %q %v, text: %q %v", vis.PublishedText, vis.PublishedInferred, txt.PublishedText, txt.PublishedInferred)
	}
	full := extractFile(t, &Extractor{}, samplePath+".html", Source{})
	if full.PublishedSource != model.SourceJSONLD || len(full.PublishedInferred) != 0 {
		t.Errorf("HTML: source %q, inferred %v; want json-ld, none", full.PublishedSource, full.PublishedInferred)
	}
	if full.Modified.Format(time.RFC3339) != "2018-02-02T15:05:12+06:00" {
		t.Errorf("HTML: modified %v", full.Modified)
	}
}

// TestSampleFormsAgree checks that the three forms of the sample give the
// same article but for where the date came from and the URL.
func TestSampleFormsAgree(t *testing.T) {
	norm := func(a *model.Article) model.Article {
		c := *a
		c.URL, c.PublishedText, c.PublishedSource, c.PublishedInferred, c.Modified = "", "", "", nil, time.Time{}
		c.Description, c.Topics, c.Images, c.Section = "", nil, nil, ""
		return c
	}
	txt := norm(extractFile(t, &Extractor{}, samplePath+".txt", Source{}))
	for _, path := range []string{samplePath + ".html", samplePath + "-visible-date.html"} {
		h := norm(extractFile(t, &Extractor{}, path, Source{}))
		if !h.Published.Equal(txt.Published) {
			t.Errorf("%s: published %v, text %v", path, h.Published, txt.Published)
		}
		h.Published = txt.Published
		if !equalJSON(t, h, txt) {
			t.Errorf("%s differs from the text form", path)
		}
	}
}

// TestSampleReference checks the year taken from the reference time.
func TestSampleReference(t *testing.T) {
	ref := time.Date(2018, 2, 5, 9, 0, 0, 0, time.UTC)
	a := extractFile(t, &Extractor{Reference: ref}, samplePath+".txt", Source{})
	if got := a.Published.Format(time.RFC3339); got != "2018-02-02T15:01:00+06:00" {
		t.Errorf("with Reference %v: published %s", ref, got)
	}
	text := "News from the steppe - BNews\n\nNews from the steppe\n\n30 December, 10:00\n\n" +
		"The regional council approved the budget for the coming year after a long debate on Sunday.\n"
	e := &Extractor{Reference: time.Date(2019, 1, 3, 8, 0, 0, 0, time.UTC)}
	b, err := e.FromText(strings.NewReader(text), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Published.Format(time.RFC3339); got != "2018-12-30T10:00:00+06:00" {
		t.Errorf("30 December read on 2019-01-03: published %s", got)
	}
}
