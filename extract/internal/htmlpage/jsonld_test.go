package htmlpage

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// TestSanitizeJSON checks that the cleaned text is valid JSON with the
// intended value.
func TestSanitizeJSON(t *testing.T) {
	tests := []struct {
		src  string
		want string // the value of "a"
	}{
		{"{\"a\":\"one\\\ntwo\"}", "one two"},
		{"{\"a\":\"one\\\r\\\ntwo\"}", "one  two"},
		{"{\"a\":\"tab\\\there\"}", "tab here"},
		{"{\"a\":\"raw\nbreak\"}", "raw break"},
		{`{"a":"quote \" kept"}`, `quote " kept`},
		{`{"a":"x",}`, "x"},
	}
	for _, tt := range tests {
		clean := sanitizeJSON(tt.src)
		var v struct{ A string }
		if err := json.Unmarshal(clean, &v); err != nil {
			t.Errorf("sanitizeJSON(%q) = %q: %v", tt.src, clean, err)
			continue
		}
		if v.A != tt.want {
			t.Errorf("sanitizeJSON(%q): a = %q, want %q", tt.src, v.A, tt.want)
		}
	}
}

// TestTwoArticleObjects checks that every field comes from the first
// article object when a page describes two.
func TestTwoArticleObjects(t *testing.T) {
	src := `<html><head>
<meta name="author" content="Meta Author">
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<script type="application/ld+json">
[{"@type":"NewsArticle","headline":"First headline","datePublished":"2024-03-02T09:00:00Z",
  "dateModified":"2024-03-02T10:00:00Z","author":{"@type":"Person","name":"Ann First"},
  "publisher":{"name":"First Press"}},
 {"@type":"NewsArticle","headline":"Second headline","datePublished":"2024-03-05T09:00:00Z",
  "dateModified":"2024-03-05T10:00:00Z","author":[{"@type":"Person","name":"Bob Second"},{"@type":"Organization","name":"Second Desk"}],
  "publisher":{"name":"Second Press"}}]
</script></head><body></body></html>`
	m := metaOf(t, src)
	checks := []struct {
		field     string
		got, want any
	}{
		{"headline", m.Headline, "First headline"},
		{"publisher", m.Publisher, "First Press"},
		{"published[0]", m.Published[0], blocks.DateValue{Value: "2024-03-02T09:00:00Z", Source: model.SourceJSONLD}},
		{"published[1]", m.Published[1], blocks.DateValue{Value: "2024-03-05T09:00:00Z", Source: model.SourceJSONLD}},
		{"published[2]", m.Published[2], blocks.DateValue{Value: "2024-03-01T08:00:00Z", Source: model.SourceMeta}},
		{"modified[0]", m.Modified[0], blocks.DateValue{Value: "2024-03-02T10:00:00Z", Source: model.SourceJSONLD}},
		{"authors", strings.Join(m.Authors, "|"), "Ann First|Meta Author"},
		{"authorOrgs", strings.Join(m.AuthorOrgs, "|"), ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %#v, want %#v", c.field, c.got, c.want)
		}
	}
}

// TestWebPageDates checks that a page whose JSON-LD describes only a web
// page is dated by it, and that any other date of the page outranks it.
func TestWebPageDates(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
		`{"@type":"WebSite","name":"Site"},` +
		`{"@type":"WebPage","datePublished":"2018-04-18T14:39:09+02:00","dateModified":"2019-04-10T10:13:14+02:00"}]}</script>`
	m := metaOf(t, `<html><head>`+ld+`</head><body><p>x</p></body></html>`)
	if len(m.Published) != 1 || m.Published[0].Value != "2018-04-18T14:39:09+02:00" || len(m.Modified) != 1 {
		t.Errorf("web page only: published %v, modified %v", m.Published, m.Modified)
	}
	m = metaOf(t, `<html><head><meta property="article:published_time" content="2018-04-17T09:00:00+02:00">`+ld+`</head><body><p>x</p></body></html>`)
	if len(m.Published) != 1 || m.Published[0].Value != "2018-04-17T09:00:00+02:00" {
		t.Errorf("with an article date: published %v", m.Published)
	}
}

// TestMainEntity checks that the article a WebPage names as its main
// entity is read.
func TestMainEntity(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",` +
		`"mainEntity":{"@type":"NewsArticle","headline":"Rates fall","keywords":["Economy","Banks"],"datePublished":"2025-11-03T08:00:00Z"}}</script></head><body></body></html>`
	m := metaOf(t, page)
	if m.Headline != "Rates fall" || !reflect.DeepEqual(m.Topics.LDKeywords, []string{"Economy", "Banks"}) || len(m.Published) != 1 {
		t.Errorf("headline %q, keywords %q, published %v; want the main entity's", m.Headline, m.Topics.LDKeywords, m.Published)
	}
}
