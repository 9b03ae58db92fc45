package extract

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsextract/newsextract/model"
)

// richPage is an article page with a heading, a list, a table, a figure,
// links, tags and a breadcrumb trail.
const richPage = `<!DOCTYPE html><html><head><title>Ferry returns - Harbour Gazette</title>
<base href="/news/">
<meta name="description" content="  The night ferry   returns in April. ">
<meta property="og:image" content="https://cdn.example/img/1200x630/ferry-48213377.jpg">
<meta name="keywords" content="Ferries, Port Elwyn, Harbour Gazette">
<meta property="article:tag" content="Ferries"><meta property="article:tag" content="Port Elwyn">
<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"position":1,"name":"Home"},{"position":2,"name":"Travel"},{"position":3,"name":"Ferry returns"}]}</script>
</head><body><header><a href="/"><img src="/logo.png"></a></header>
<article><h1>Ferry returns</h1>
<figure><img src="/img/960x540/ferry-48213377.jpg" alt="The ferry"><figcaption>The ferry at the quay. <span class="credit">Photo: L. Vaughan</span></figcaption></figure>
<p>The night ferry to Port Elwyn returns in April with a <a href="refit.html">refitted vessel</a> and cheaper cabins, the operator said on Monday.</p>
<h2>Timetable</h2>
<table><tr><th>Day</th><th>Departs</th></tr><tr><td>Friday</td><td>22:00</td></tr></table>
<ul><li>Cabins from £40</li><li>Cars from <a href="https://fares.example/cars">£60</a></li></ul>
<p>Bookings open next week, and the operator expects the first sailings to be full well before Easter.</p>
<figure><img src="/img/quay.jpg"></figure>
</article></body></html>`

// TestRichArticle checks the fields beyond the text on one page: the
// blocks, the description, the section, the topics and the images.
func TestRichArticle(t *testing.T) {
	a, err := (&Extractor{}).FromHTML(strings.NewReader(richPage), Source{URL: "https://gazette.example/news/ferry-returns"})
	if err != nil {
		t.Fatal(err)
	}
	wantBody := []string{
		"The night ferry to Port Elwyn returns in April with a refitted vessel and cheaper cabins, the operator said on Monday.",
		"Timetable",
		"Day | Departs\nFriday | 22:00",
		"Cabins from £40",
		"Cars from £60",
		"Bookings open next week, and the operator expects the first sailings to be full well before Easter.",
	}
	if !reflect.DeepEqual(a.Body, wantBody) {
		t.Errorf("body = %q, want %q", a.Body, wantBody)
	}
	wantBlocks := []model.Block{
		{Kind: model.KindParagraph},
		{Kind: model.KindHeading, Level: 2},
		{Kind: model.KindTable, Rows: [][]string{{"Day", "Departs"}, {"Friday", "22:00"}}},
		{Kind: model.KindListItem, Level: 1},
		{Kind: model.KindListItem, Level: 1},
		{Kind: model.KindParagraph},
	}
	if !reflect.DeepEqual(a.Blocks, wantBlocks) {
		t.Errorf("blocks = %+v, want %+v", a.Blocks, wantBlocks)
	}
	if a.Description != "The night ferry returns in April." {
		t.Errorf("description = %q", a.Description)
	}
	if a.Section != "Travel" {
		t.Errorf("section = %q, want the breadcrumb before the article's, Travel", a.Section)
	}
	if want := []string{"Ferries", "Port Elwyn"}; !reflect.DeepEqual(a.Topics, want) {
		t.Errorf("topics = %q, want %q (the site's name left out)", a.Topics, want)
	}
	wantImages := []model.Image{
		{URL: "https://gazette.example/img/960x540/ferry-48213377.jpg", Caption: "The ferry at the quay.", Credit: "Photo: L. Vaughan", Alt: "The ferry", Cover: true},
		{URL: "https://gazette.example/img/quay.jpg"},
	}
	if !reflect.DeepEqual(a.Images, wantImages) {
		t.Errorf("images = %+v, want %+v", a.Images, wantImages)
	}
	if a.Links != nil {
		t.Errorf("links without Extractor.Links: %+v", a.Links)
	}
}

// TestRichLinks checks the body's links, asked for, with absolute
// addresses (resolved against <base href>) and where their text stands.
func TestRichLinks(t *testing.T) {
	a, err := (&Extractor{Links: true}).FromHTML(strings.NewReader(richPage), Source{URL: "https://gazette.example/news/ferry-returns"})
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Link{
		{URL: "https://gazette.example/news/refit.html", Text: "refitted vessel", At: model.Location{Field: model.FieldBody, Paragraph: 0, Start: 54, End: 69, Text: "refitted vessel"}},
		{URL: "https://fares.example/cars", Text: "£60", At: model.Location{Field: model.FieldBody, Paragraph: 4, Start: 10, End: 14, Text: "£60"}},
	}
	if !reflect.DeepEqual(a.Links, want) {
		t.Errorf("links = %+v, want %+v", a.Links, want)
	}
	for _, l := range a.Links {
		if got := a.Body[l.At.Paragraph][l.At.Start:l.At.End]; got != l.Text {
			t.Errorf("link %q located at %q", l.Text, got)
		}
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(richPage))
	if err != nil {
		t.Fatal(err)
	}
	b, err := (&Extractor{Links: true}).FromDocument(doc, Source{URL: "https://gazette.example/news/ferry-returns"})
	if err != nil || !reflect.DeepEqual(b.Links, want) {
		t.Errorf("FromDocument links = %+v, %v", b.Links, err)
	}
}

// TestNoArticle checks that a document with neither a title nor a body is
// an error every entry point reports, and that a near miss is not.
func TestNoArticle(t *testing.T) {
	nav := `<html><body><nav><a href="/a">Home</a> <a href="/b">News</a> <a href="/c">Sport</a></nav></body></html>`
	for _, page := range []string{nav, "<p>hi</p>"} {
		for _, ep := range []struct {
			name string
			call func(*Extractor, io.Reader, Source) (*model.Article, error)
		}{{"FromHTML", (*Extractor).FromHTML}, {"From", (*Extractor).From}} {
			a, err := ep.call(&Extractor{}, strings.NewReader(page), Source{})
			if !errors.Is(err, ErrNoArticle) || a != nil {
				t.Errorf("%s(%.20q) = %v, %v; want ErrNoArticle", ep.name, page, a, err)
			}
		}
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(nav))
	if _, err := (&Extractor{}).FromDocument(doc, Source{}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("FromDocument(navigation alone) = %v, want ErrNoArticle", err)
	}
	titled := `<html><head><title>Ferry returns</title></head><body><nav><a href="/a">Home</a></nav></body></html>`
	if a, err := (&Extractor{}).FromHTML(strings.NewReader(titled), Source{}); err != nil || a.Title == "" {
		t.Errorf("a page with a title = %v, %v; want an article", a, err)
	}
	if _, err := (&Extractor{}).FromText(strings.NewReader("Ferry returns\n"), Source{}); err != nil {
		t.Errorf("a text of one line = %v; want an article with its title", err)
	}
}

// TestBlocksOneForOne checks on every testdata document that Blocks
// describes Body one for one, or is empty when the body is paragraphs
// alone, and that a table's text is its rows joined.
func TestBlocksOneForOne(t *testing.T) {
	pages := [][]byte{[]byte(richPage)}
	files, _ := filepath.Glob("../testdata/*.*")
	for _, f := range files {
		if strings.HasSuffix(f, ".html") || strings.HasSuffix(f, ".txt") {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, b)
		}
	}
	for _, page := range pages {
		a, err := (&Extractor{}).From(bytes.NewReader(page), Source{})
		if err != nil {
			continue
		}
		if len(a.Blocks) != len(a.Body) && len(a.Blocks) != 0 {
			t.Fatalf("%d blocks for %d body entries", len(a.Blocks), len(a.Body))
		}
		for i, b := range a.Blocks {
			if b.Kind != model.KindTable {
				continue
			}
			var lines []string
			for _, r := range b.Rows {
				lines = append(lines, strings.Join(r, " | "))
			}
			if got := strings.Join(lines, "\n"); got != a.Body[i] {
				t.Errorf("table text %q, rows joined %q", a.Body[i], got)
			}
		}
	}
}

// TestCoverChoice checks which picture leads: the figure that shows the
// markup's picture, else the figure above the text, else the markup's.
func TestCoverChoice(t *testing.T) {
	prose := "<p>The night ferry to Port Elwyn returns in April with a refitted vessel and cheaper cabins, the operator said on Monday.</p>"
	page := func(head, above, below string) string {
		return `<html><head>` + head + `</head><body><article><h1>Ferry returns</h1>` + above + prose + below + prose + `</article></body></html>`
	}
	og := `<meta property="og:image" content="https://cdn.example/social/1200x630/quay-5521.jpg"><meta property="og:image:width" content="1200">`
	tests := []struct {
		name, page string
		want       model.Image
	}{
		{"figure showing the markup's picture", page(og, "", `<figure><img src="/img/800x450/quay-5521.jpg"></figure>`),
			model.Image{URL: "https://gazette.example/img/800x450/quay-5521.jpg", Width: 1200, Cover: true}},
		{"figure above the text", page(og, `<figure><img src="/img/ferry-at-sea.jpg"></figure>`, ""),
			model.Image{URL: "https://gazette.example/img/ferry-at-sea.jpg", Cover: true}},
		{"figure below the text", page(og, "", `<figure><img src="/img/ferry-at-sea.jpg"></figure>`),
			model.Image{URL: "https://cdn.example/social/1200x630/quay-5521.jpg", Width: 1200, Cover: true}},
		{"no markup", page("", "", `<figure><img src="/img/ferry-at-sea.jpg"></figure>`),
			model.Image{URL: "https://gazette.example/img/ferry-at-sea.jpg", Cover: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := (&Extractor{}).FromHTML(strings.NewReader(tt.page), Source{URL: "https://gazette.example/news/ferry"})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Images) == 0 || a.Images[0] != tt.want {
				t.Errorf("images = %+v, want first %+v", a.Images, tt.want)
			}
		})
	}
}
