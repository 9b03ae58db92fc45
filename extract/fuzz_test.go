package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsextract/newsextract/model"
)

// fuzzSeeds are small inputs, a few hundred bytes each, that reach every
// path of both front ends, so that the fuzzer runs thousands of inputs a
// second; the encoding fixtures, as small, are added to them.
var fuzzSeeds = []string{
	"",
	"<html><head><title>T</title></head><body><h1>H</h1><p>“Quote,” he said.</p></body></html>",
	"Headline\n\nBy John Smith\n\n2 February 2018, 15:01\n\n“Quote,” he said.\n\nResolution 2231 (2015).",
	`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2018-02-02"}</script><p>x</p>`,
	`<script type="application/ld+json">{"@graph":[{"@type":"WebPage","dateModified":"2020-01-01"},{"@type":"Article","author":[{"@type":"Organization","name":"X"},{"@type":"Person","name":"Ann Lee"}],"articleBody":"a<p>b</p>\n\nc","interactionStatistic":{"userInteractionCount":"12"}}]}</script>`,
	`<html lang="ru"><head><meta property="article:published_time" content="2018-02-02T15:01:00+06:00"><meta property="og:title" content="Заголовок"><meta name="author" content="Мария Соколова"><link rel="canonical" href="/x"></head><body><time datetime="2018-02-02">2 февраля</time></body></html>`,
	`<nav><a href="/a">News</a> <a href="/b">Sport</a></nav><article class="post-content"><h1>Rail strike</h1><div class="byline">By Ann Lee</div><span class="date">18 мая 2024, 11:20</span><span class="views"><i class="icon-eye"></i> 1 234</span><p class="lead">The union called off the strike on Monday after talks.</p><p>The company raised its offer to the drivers, who had asked for more, the union said.</p><blockquote>“We won,” she said.</blockquote><ul><li>one</li><li>two</li></ul><table><tr><td>Year</td><td>GDP</td></tr></table><figure><img src="a.jpg"><figcaption>Photo: AP</figcaption></figure><h2>Read also</h2><p><a href="/c">Other story</a></p></article><footer class="footer">© 2024</footer>`,
	`<div style="display:none">hidden</div><div class="sr-only">skip</div><div class="cookie-banner">We use cookies</div><script>var x = "<p>";</script><style>p{}</style><iframe src="x"></iframe><p>Text after the clutter of the page, long enough to count as prose.</p>`,
	"<table><tr><td><table><tr><td><table><tr><td>deep",
	"<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
	"\xff\xfe<\x00p\x00>\x00",
	"<div><div><div><b><i><u>text",
	"«Said» — he said. \"Unclosed",
	"АСТАНА, 2 февраля. «Мы провели около тридцати заседаний», — сообщил представитель МИД РК Анвар Жайнаков.\n\nКазахстан и Кот-д’Ивуар.",
	"Астана. Кеше, 10:00\n\nҚаралым саны: 233\n\n«Біз келістік», - деді министр.",
	"Headline\n\nYesterday, 10:00\n\nS/PRST/2018/1 and resolution 1540 (2004) under the Charter of the United Nations, Kazakhstan said.\n\nRelated news\n\nOther story",
	"\xd0",
	"a\x00b",
}

// addSeeds adds the seed inputs to the corpus of f.
func addSeeds(f *testing.F, add func(data []byte)) {
	for _, s := range fuzzSeeds {
		add([]byte(s))
	}
	files, err := filepath.Glob("../testdata/encoding/*")
	if err != nil {
		f.Fatal(err)
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		add(b)
	}
}

// fuzzMaxBytes keeps each fuzz input small enough to run fast.
const fuzzMaxBytes = 64 << 10

func FuzzFromHTML(f *testing.F) {
	addSeeds(f, func(b []byte) { f.Add(b) })
	f.Fuzz(func(t *testing.T, data []byte) {
		e := &Extractor{MaxBytes: fuzzMaxBytes}
		a, err := e.FromHTML(bytes.NewReader(data), Source{})
		checkResult(t, a, err)
	})
}

func FuzzFromText(f *testing.F) {
	addSeeds(f, func(b []byte) { f.Add(b) })
	f.Fuzz(func(t *testing.T, data []byte) {
		e := &Extractor{MaxBytes: fuzzMaxBytes}
		a, err := e.FromText(bytes.NewReader(data), Source{})
		checkResult(t, a, err)
	})
}

// FuzzFrom varies the Source as well: its URL and Content-Type header.
func FuzzFrom(f *testing.F) {
	sources := []struct{ url, contentType string }{
		{"", ""},
		{"https://bnews.kz/en/news/2018/02/02/article", "text/html; charset=utf-8"},
		{"http://example.ru/news/2020-01-31/x.html", "text/html; charset=windows-1251"},
		{"not a url", "text/plain; charset=koi8-r"},
		{"https://x.com/a?id=1#f", "garbage;;charset="},
	}
	i := 0
	addSeeds(f, func(b []byte) {
		s := sources[i%len(sources)]
		i++
		f.Add(b, s.url, s.contentType)
	})
	reference := time.Date(2018, 2, 3, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, url, contentType string) {
		e := &Extractor{MaxBytes: fuzzMaxBytes, Reference: reference}
		a, err := e.From(bytes.NewReader(data), Source{URL: url, ContentType: contentType})
		checkResult(t, a, err)
	})
}

// FuzzFromDocument runs pages that goquery parsed through FromDocument.
func FuzzFromDocument(f *testing.F) {
	addSeeds(f, func(b []byte) { f.Add(b) })
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > fuzzMaxBytes {
			return
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
		if err != nil {
			return // the parser refused the page; FromHTML covers that
		}
		a, err := (&Extractor{}).FromDocument(doc, Source{})
		checkResult(t, a, err)
	})
}

// checkResult checks the invariants of any call's result: one of the
// documented outcomes, every string valid UTF-8, every location inside its
// field with its text equal to the field's slice, and a JSON form.
func checkResult(t *testing.T, a *model.Article, err error) {
	t.Helper()
	if err != nil {
		if a != nil {
			t.Fatalf("an article and an error: %v", err)
		}
		if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrNoArticle) {
			t.Fatalf("unexpected error: %v", err)
		}
		return
	}
	if a == nil {
		t.Fatal("no article and no error")
	}
	for _, s := range articleStrings(a) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in the article: %q", s)
		}
	}
	for _, loc := range articleLocations(a) {
		checkLocation(t, a, loc)
	}
	if _, err := json.Marshal(a); err != nil {
		t.Fatalf("the article has no JSON form: %v", err)
	}
}

func checkLocation(t *testing.T, a *model.Article, loc model.Location) {
	t.Helper()
	var field string
	switch loc.Field {
	case model.FieldTitle:
		field = a.Title
	case model.FieldLead:
		field = a.Lead
	case model.FieldBody:
		if loc.Paragraph < 0 || loc.Paragraph >= len(a.Body) {
			t.Fatalf("location %+v: paragraph out of range [0, %d)", loc, len(a.Body))
		}
		field = a.Body[loc.Paragraph]
	default:
		t.Fatalf("location %+v: unknown field", loc)
	}
	if loc.Start < 0 || loc.Start > loc.End || loc.End > len(field) {
		t.Fatalf("location %+v out of the field's %d bytes", loc, len(field))
	}
	if field[loc.Start:loc.End] != loc.Text {
		t.Fatalf("location %+v: field has %q there", loc, field[loc.Start:loc.End])
	}
}

// articleStrings returns every string of an article.
func articleStrings(a *model.Article) []string {
	out := []string{a.URL, a.Site, a.Language, a.Title, a.PublishedText, a.PublishedSource, a.Lead}
	out = append(out, a.Authors...)
	out = append(out, a.PublishedInferred...)
	out = append(out, a.Body...)
	for _, q := range a.Quotes {
		out = append(out, q.Text, q.Speaker, q.Cue)
	}
	for _, d := range a.Documents {
		out = append(out, d.Symbol, d.Title, d.Kind, d.Organ)
	}
	for _, c := range a.Countries {
		out = append(out, c.Code, c.Name)
	}
	for _, q := range a.Quotes {
		out = append(out, q.SpeakerEntity)
	}
	for _, e := range slices.Concat(a.People, a.Organizations) {
		out = append(out, e.Name, e.Acronym)
	}
	for _, loc := range articleLocations(a) {
		out = append(out, loc.Text)
	}
	return out
}

// articleLocations returns every location of an article's entities.
func articleLocations(a *model.Article) []model.Location {
	var out []model.Location
	for _, q := range a.Quotes {
		out = append(out, q.At)
	}
	for _, d := range a.Documents {
		out = append(out, d.At...)
	}
	for _, c := range a.Countries {
		out = append(out, c.At...)
	}
	for _, q := range a.Quotes {
		if q.SpeakerAt != nil {
			out = append(out, *q.SpeakerAt)
		}
	}
	for _, e := range slices.Concat(a.People, a.Organizations) {
		out = append(out, e.At...)
	}
	return out
}
