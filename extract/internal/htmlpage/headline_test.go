package htmlpage

import (
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestHeadlineNotHomeLink checks that an <h1> linking to the site's home
// page, a logo, is no headline, while one linking to the article is.
func TestHeadlineNotHomeLink(t *testing.T) {
	const body = `<div class="article"><p>The ferry between the islands runs again from Monday, after the storm damaged its pier last week and the repairs took five days.</p>` +
		`<p>The operator said the timetable is the same as before, and that tickets bought for the cancelled crossings stay valid until the end of the month.</p></div>`
	tests := []struct {
		name, head, want string
	}{
		{"a logo inside a link home", `<a href="/"><h1>Harbour Daily</h1></a>`, ""},
		{"a logo holding a link home", `<h1><a href="https://harbour.example/">Harbour Daily</a></h1>`, ""},
		{"a link to the index page", `<h1><a href="/index.php">Harbour Daily</a></h1>`, ""},
		{"near-miss: a link to the article", `<h1><a href="/2026/05/ferry-runs-again">Ferry runs again</a></h1>`, "Ferry runs again"},
		{"near-miss: a link by query", `<h1><a href="/?p=123">Ferry runs again</a></h1>`, "Ferry runs again"},
		{"near-miss: a link inside more text", `<h1>Ferry runs again <a href="/">Harbour Daily</a></h1>`, "Ferry runs again Harbour Daily"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse([]byte(`<html><body>` + tt.head + body + `</body></html>`))
			if got := headlineOf(d); got != tt.want {
				t.Errorf("headline = %q, want %q", got, tt.want)
			}
		})
	}
}

// headlineOf returns the text of the last block of d in the headline's
// role, or "".
func headlineOf(d *blocks.Document) string {
	got := ""
	for _, b := range d.Blocks {
		if b.Role == blocks.Headline {
			got = b.Text
		}
	}
	return got
}

func TestIsHomeHref(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"/", true},
		{" / ", true},
		{"https://harbour.example", true},
		{"https://harbour.example/", true},
		{"/index.html", true},
		{"", false},
		{"#", false},
		{"/news/", false},
		{"/?p=1", false},
		{"/#top", false},
		{"mailto:desk@harbour.example", false},
		{"javascript:void(0)", false},
	}
	for _, tt := range tests {
		if got := isHomeHref(tt.href); got != tt.want {
			t.Errorf("isHomeHref(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}

// TestHeadlineTitledH2 checks that a page whose only <h1> is a
// breadcrumb's takes the <h2> before the content that its title words
// much as it does, and no <h2> that the title does not.
func TestHeadlineTitledH2(t *testing.T) {
	const body = `<div class="article"><p>The ferry between the islands runs again from Monday, after the storm damaged its pier last week and the repairs took five days.</p>` +
		`<p>The operator said the timetable is the same as before, and that tickets bought for the cancelled crossings stay valid until the end of the month.</p></div>`
	const crumb = `<nav class="breadcrumb"><h1>Harbour news: Ferry runs again after five days of repairs</h1></nav>`
	tests := []struct {
		name, title, head, want string
	}{
		{"an h2 the title words", "Harbour news: Ferry runs again after five days of repairs", `<h2>Why the ferry runs again after the storm</h2>`, "Why the ferry runs again after the storm"},
		{"near-miss: a section's h2", "Harbour news: Ferry runs again after five days of repairs", `<h2>More from the region</h2>`, ""},
		{"near-miss: two words shared", "Ferry back", `<h2>Ferry back in service at last</h2>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse([]byte(`<html><head><meta property="og:title" content="` + tt.title + `"></head><body>` + crumb + tt.head + body + `</body></html>`))
			if got := headlineOf(d); got != tt.want {
				t.Errorf("headline = %q, want %q", got, tt.want)
			}
		})
	}
}
