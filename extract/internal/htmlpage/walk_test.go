package htmlpage

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/pagetest"
	"golang.org/x/net/html"
)

// walkPage parses a page and walks its body.
func walkPage(t *testing.T, src string) *walker {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	w := &walker{}
	w.walkBody(findBody(root))
	return w
}

// blockHints returns the hints of the walker's block with text t.
func blockHints(t *testing.T, w *walker, text string) hint {
	t.Helper()
	for _, b := range w.blocks {
		if b.text == text {
			return b.hints
		}
	}
	t.Fatalf("no block %q", text)
	return 0
}

// TestHidesStyle checks the inline styles that hide an element.
func TestHidesStyle(t *testing.T) {
	tests := []struct {
		style string
		want  bool
	}{
		{"display:none", true},
		{"display: none;", true},
		{"DISPLAY: NONE", true},
		{"color: red; Visibility :\tHidden", true},
		{"display:\nnone", true},
		{"display: block", false},
		{"overflow: hidden", false},
		{"list-style: none", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hidesStyle(tt.style); got != tt.want {
			t.Errorf("hidesStyle(%q) = %v, want %v", tt.style, got, tt.want)
		}
	}
}

// TestHiddenText checks that the text of hidden elements is left out.
func TestHiddenText(t *testing.T) {
	w := walkPage(t, `<body><p style="DISPLAY: NONE">Hidden tracking text.</p><p hidden>Also hidden.</p>`+
		`<p aria-hidden="true">Hidden too.</p><p>Shown.</p></body>`)
	if len(w.blocks) != 1 || w.blocks[0].text != "Shown." {
		t.Errorf("blocks = %q, want only \"Shown.\"", blockTexts(w))
	}
}

// blockTexts returns the texts of the walker's blocks.
func blockTexts(w *walker) []string {
	out := make([]string, len(w.blocks))
	for i, b := range w.blocks {
		out[i] = b.text
	}
	return out
}

// TestInheritHints checks when an element's boilerplate names are believed.
func TestInheritHints(t *testing.T) {
	t.Run("no prose", func(t *testing.T) {
		w := walkPage(t, `<body><nav><a href="/a">News</a> <a href="/b">Sport</a></nav><p>Short line</p>`+
			`<footer>Contact us</footer></body>`)
		for _, s := range []string{"News Sport", "Contact us"} {
			if blockHints(t, w, s)&hintBoiler == 0 {
				t.Errorf("%q lost hintBoiler on a page without prose", s)
			}
		}
	})
	t.Run("wrapper of the article", func(t *testing.T) {
		p := pagetest.Prose("harbour", 3)
		w := walkPage(t, `<body><nav><a href="/a">News</a></nav><div class="layout-ad-gutter"><p>`+p+`</p></div></body>`)
		if blockHints(t, w, p)&hintBoiler != 0 {
			t.Error("a wrapper holding most of the prose kept hintBoiler")
		}
		if blockHints(t, w, "News")&hintBoiler == 0 {
			t.Error("the navigation lost hintBoiler")
		}
	})
}

// TestClassWords checks the splitting of class and id names.
func TestClassWords(t *testing.T) {
	tests := []struct {
		v    string
		want string
	}{
		{"entry-date published", "entry date published"},
		{"imageEmbedCaption", "image embed caption"},
		{"news-page__views", "news page views"},
		{"NAV", "nav"},
		{"a " + strings.Repeat("x", maxWord+1) + " b", "a b"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for w := range classWords(tt.v) {
			got = append(got, string(w))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("classWords(%q) = %q, want %q", tt.v, s, tt.want)
		}
	}
}

// TestNoContent checks that names asking to keep text out of the content
// mark boilerplate.
func TestNoContent(t *testing.T) {
	tests := []struct {
		v    string
		want hint
	}{
		{"robots-nocontent", hintBoiler},
		{"slides-noscript Robots-NoContent", hintBoiler},
		{"entry-content", hintArticle},
		{"no-content-found", hintArticle},
	}
	for _, tt := range tests {
		if got := tokenHints(tt.v); got != tt.want {
			t.Errorf("tokenHints(%q) = %b, want %b", tt.v, got, tt.want)
		}
	}
}

// TestDateLineShares checks that a line is told a date line by the share
// of its text the date element holds as the text reads: the indentation
// of the markup weighs nothing, and a comment count or share label after
// the date is no part of the line.
func TestDateLineShares(t *testing.T) {
	indent := "\n" + strings.Repeat("\t", 12)
	line := `<div class="meta"><span class="article_date">` + indent + `03 May 2025` + indent + `</span>` +
		`<span class="share">` + indent + `<a href="/s">` + indent + `</a>` + indent + `</span>` +
		`<span class="comments">` + indent + `4` + indent + `</span></div>`
	for _, page := range []string{line, strings.ReplaceAll(line, indent, " ")} {
		w := walkPage(t, `<html><body><article><h1>Headline</h1>`+page+`<p>Body text.</p></article></body></html>`)
		if h := blockHints(t, w, "03 May 2025"); h&hintDate == 0 {
			t.Errorf("%q: hints %b, want a date line", page, h)
		}
	}
	w := walkPage(t, `<p><span class="date">3 May</span> and <span class="comments">a long aside about what the readers said</span></p>`)
	blockHints(t, w, "3 May and")
	w = walkPage(t, `<p><span class="comments">4</span> <span class="date">3 May</span></p>`)
	blockHints(t, w, "4 3 May")
}
