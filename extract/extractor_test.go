package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestTailNotCutBySentence checks that a sentence that begins like a
// related-links heading does not end the article.
func TestTailNotCutBySentence(t *testing.T) {
	paras := []string{
		"The council counted the vote on Tuesday, and the result was close, with the proposal passing by two votes.",
		"Other news agencies reported the same vote count.",
		"Most read papers on the vote are in the annex.",
		"The mayor said the result showed how divided the town had become over the plan to close the library.",
	}
	text := "Vote counted\n\n" + strings.Join(paras, "\n\n") + "\n\nRead also\n\nAnother story entirely\n"
	a, err := (&Extractor{}).FromText(strings.NewReader(text), Source{})
	if err != nil {
		t.Fatal(err)
	}
	got := append([]string{a.Lead}, a.Body...)
	if strings.Join(got, "\n") != strings.Join(append([]string{""}, paras...), "\n") && strings.Join(got, "\n") != strings.Join(paras, "\n") {
		t.Errorf("text: lead and body = %q, want the four paragraphs", got)
	}
	page := "<html><body><article><h1>Vote counted</h1><p>" + strings.Join(paras, "</p><p>") + "</p></article></body></html>"
	b, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Body) != len(paras) {
		t.Errorf("page: body = %q, want the four paragraphs", b.Body)
	}
}

// TestTitleFromPageTitle checks a page whose only title is its <title>:
// the headline loses the site's name, which names the site.
func TestTitleFromPageTitle(t *testing.T) {
	page := `<html><head><title>Council adopts water resolution | Example News</title></head><body><div class="story">` +
		`<p>The council adopted the water resolution on Tuesday after a debate that lasted most of the afternoon.</p>` +
		`<p>Members said the resolution would protect the river in dry summers, when farms draw the most water.</p></div></body></html>`
	a, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council adopts water resolution" || a.Site != "Example News" {
		t.Errorf("title %q, site %q", a.Title, a.Site)
	}
	// A text's first line is its headline as written, dash and all.
	text := "Astronomer Marat Zhumabayev — on the new telescope and the observatory\n\nThe observatory will get its first new telescope in thirty years, its director said on Monday.\n"
	b, err := (&Extractor{}).FromText(strings.NewReader(text), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Astronomer Marat Zhumabayev — on the new telescope and the observatory" || b.Site != "" {
		t.Errorf("text: title %q, site %q", b.Title, b.Site)
	}
}

// TestEmptyPage checks that a page without text gives ErrEmpty, as an
// empty text does.
func TestEmptyPage(t *testing.T) {
	for _, page := range []string{
		`<html><body><div><img src="x.jpg"></div></body></html>`,
		`<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>`,
	} {
		if _, err := (&Extractor{}).FromHTML(strings.NewReader(page), Source{}); !errors.Is(err, ErrEmpty) {
			t.Errorf("%s: err = %v, want ErrEmpty", page, err)
		}
	}
}

// TestNilExtractor checks that a nil *Extractor acts as the zero value.
func TestNilExtractor(t *testing.T) {
	var e *Extractor
	a, err := e.FromText(strings.NewReader("A headline\n\nA paragraph of text that says what happened on the day.\n"), Source{})
	if err != nil || a.Title != "A headline" {
		t.Errorf("nil Extractor: %v, %v", a, err)
	}
}
