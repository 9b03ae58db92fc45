package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/pagetest"
	"github.com/newsextract/newsextract/model"
)

func extractHTML(t *testing.T, src string) *model.Article {
	t.Helper()
	a, err := (&Extractor{}).FromHTML(strings.NewReader(src), Source{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestContentSelection checks which text of a page becomes the body.
func TestContentSelection(t *testing.T) {
	nav := `<nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul></nav>`
	tests := []struct {
		name    string
		body    string
		want    []string // substrings that must be in the body, in order
		notWant []string // substrings that must be in no paragraph
	}{
		{
			name: "split around an advertisement",
			body: nav + `<h1>Budget approved</h1><div class="story-body"><p>` + pagetest.Prose("budget", 3) + `</p><p>` + pagetest.Prose("roads", 3) + `</p></div>` +
				`<div class="ad-slot"><p>Advertisement</p></div>` +
				`<div class="story-body"><p>` + pagetest.Prose("schools", 3) + `</p><p>` + pagetest.Prose("parks", 3) + `</p></div>`,
			want:    []string{"budget", "roads", "schools", "parks"},
			notWant: []string{"Advertisement", "Weather"},
		},
		{
			name: "split into distant containers of one class",
			body: `<h1>Ferry returns</h1><main><div class="text-block"><p>` + pagetest.Prose("ferry", 4) + `</p><p>` + pagetest.Prose("cabins", 4) + `</p></div>` +
				`<div class="promo-box"><a href="/x">Subscribe now</a></div></main>` +
				`<section><div class="wrap"><div class="text-block"><p>` + pagetest.Prose("harbour", 3) + `</p><p>` + pagetest.Prose("fares", 2) + `</p></div></div></section>`,
			want:    []string{"ferry", "cabins", "harbour", "fares"},
			notWant: []string{"Subscribe now"},
		},
		{
			name: "comments left out",
			body: `<article><h1>Library hours</h1><div class="entry-content"><p>` + pagetest.Prose("library", 3) + `</p><p>` + pagetest.Prose("opening hours", 3) + `</p></div></article>` +
				`<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><p>` + pagetest.Prose("comment thread", 4) + `</p></li><li class="comment"><p>` + pagetest.Prose("reply", 4) + `</p></li></ol></div>`,
			want:    []string{"library", "opening hours"},
			notWant: []string{"comment thread", "reply"},
		},
		{
			name: "cookie banner left out",
			body: `<div class="cookie-consent"><p>We use cookies to improve your experience of this site, and by continuing you accept our policy on cookies and data.</p></div>` +
				`<h1>Museum opens</h1><div class="article-text"><p>` + pagetest.Prose("museum", 3) + `</p><p>` + pagetest.Prose("collection", 3) + `</p></div>`,
			want:    []string{"museum", "collection"},
			notWant: []string{"cookies"},
		},
		{
			name: "hidden text and hover cards left out",
			body: `<h1>Hearing held</h1><div class="content"><p>` + pagetest.Prose("hearing", 3) +
				` Rep. <span class="rollover-people"><a href="/p/1">Jane Roe</a><span class="rollover-people-block">Jane Roe latest stories and profile</span></span> spoke.</p>` +
				`<p style="display: none">Hidden paragraph that no reader sees at all on this page.</p><p>` + pagetest.Prose("testimony", 3) + `</p></div>`,
			want:    []string{"hearing", "Rep. Jane Roe spoke.", "testimony"},
			notWant: []string{"latest stories", "Hidden paragraph"},
		},
		{
			name: "mixed text beside blocks",
			body: `<h1>Vehicles damaged</h1><div class="col"><p class="title">Vehicles damaged</p>` + pagetest.Prose("vehicles", 4) + `<br>` + pagetest.Prose("patients", 3) + `</div>` +
				`<div class="sidebar"><ul><li><a href="/1">Archive one</a></li><li><a href="/2">Archive two</a></li></ul></div>`,
			want:    []string{"vehicles", "patients"},
			notWant: []string{"Archive"},
		},
		{
			name: "closing notes and furniture dropped",
			body: `<h1>Moon lander chosen</h1><div class="article-body"><p>` + pagetest.Prose("lander", 3) + `</p><p>Advertisement</p><p>` + pagetest.Prose("launch", 3) +
				`</p><p>Follow us on Twitter @example and sign up for our newsletter.</p></div>`,
			want:    []string{"lander", "launch"},
			notWant: []string{"Advertisement", "Follow us"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractHTML(t, pagetest.News("Page", tt.body))
			text := strings.Join(a.Body, "\n")
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("body lacks %q after offset %d:\n%s", w, at, text)
				}
				at += i
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) || strings.Contains(a.Lead, w) {
					t.Errorf("body holds %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestHeadline checks which <h1> is the headline: the one the titles
// confirm, not a logo's nor a related story's.
func TestHeadline(t *testing.T) {
	src := `<html><head><title>Rail strike called off - The Daily</title><meta property="og:title" content="Rail strike called off"></head><body>` +
		`<h1 class="logo">The Daily</h1><div class="content"><h1>Rail strike called off</h1><p>` + pagetest.Prose("strike", 3) + `</p>` +
		`<div class="embed"><h1>Earlier: union sets date</h1></div><p>` + pagetest.Prose("wages", 3) + `</p></div></body></html>`
	a := extractHTML(t, src)
	if a.Title != "Rail strike called off" {
		t.Errorf("title = %q", a.Title)
	}
	if len(a.Body) == 0 || !strings.Contains(a.Body[0], "strike") {
		t.Errorf("body = %q, want the text after the headline", a.Body)
	}
}

// TestViewCounter checks that a counter on the date line is read apart
// from the date.
func TestViewCounter(t *testing.T) {
	src := pagetest.News("Museum opens", `<h1>Museum opens</h1><div class="info"><span class="date">18 мая 2024, 11:20</span> <span class="views"><i class="icon-eye"></i> 1 234</span></div>`+
		`<div class="text"><p>`+pagetest.Prose("museum", 3)+`</p><p>`+pagetest.Prose("tickets", 3)+`</p></div>`)
	a := extractHTML(t, src)
	if a.Views != 1234 {
		t.Errorf("views = %d, want 1234", a.Views)
	}
}

// TestLDBody checks the JSON-LD articleBody standing in for a body that
// scripts render.
func TestLDBody(t *testing.T) {
	ld := `{"@type":"NewsArticle","headline":"Harvest down","articleBody":"` + pagetest.Prose("harvest", 2) + `\n\n` + pagetest.Prose("cider", 2) + `<p>` + pagetest.Prose("frost", 1) + `</p>"}`
	src := `<html><head><title>Harvest down</title><script type="application/ld+json">` + ld + `</script></head><body><div id="root"><h1>Harvest down</h1><p>Loading…</p></div></body></html>`
	a := extractHTML(t, src)
	all := append([]string{a.Lead}, a.Body...)
	for _, w := range []string{"harvest", "cider", "frost"} {
		if !slices.ContainsFunc(all, func(p string) bool { return strings.Contains(p, w) }) {
			t.Errorf("no paragraph on %q in %q", w, all)
		}
	}
	for _, p := range all {
		if strings.Contains(p, "<p>") || strings.Contains(p, "Loading") {
			t.Errorf("paragraph %q", p)
		}
	}
}

// TestViewIcon checks a count labelled by an eye icon alone.
func TestViewIcon(t *testing.T) {
	src := pagetest.News("Bridge reopens", `<h1>Bridge reopens</h1><div class="meta"><span><i class="fa fa-eye"></i> 1.2K</span></div>`+
		`<div class="text"><p>`+pagetest.Prose("bridge", 3)+`</p><p>`+pagetest.Prose("traffic", 3)+`</p></div>`)
	if a := extractHTML(t, src); a.Views != 1200 {
		t.Errorf("views = %d, want 1200", a.Views)
	}
}
