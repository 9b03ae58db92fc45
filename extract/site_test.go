package extract

import (
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// TestCanonicalURL checks the article's URL.
func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		canonical, src, want string
	}{
		{"https://a.example/x", "https://b.example/y", "https://a.example/x"},
		{"/news/x?utm=1", "https://a.example/amp/x", "https://a.example/news/x?utm=1"},
		{"", "https://a.example/y", "https://a.example/y"},
		{"/news/x", "", ""},
	}
	for _, tt := range tests {
		d := &blocks.Document{Meta: blocks.Meta{Canonical: tt.canonical}}
		s := (&Extractor{}).newState(Source{URL: tt.src}, d)
		if got := s.url(); got != tt.want {
			t.Errorf("url(%q, %q) = %q, want %q", tt.canonical, tt.src, got, tt.want)
		}
	}
}

// TestCleanSiteName checks the site's name read from markup, with
// near-misses.
func TestCleanSiteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour Daily", "Harbour Daily"},
		{" Harbour Daily: ", "Harbour Daily"},
		{"Harbour Daily | News for the coast", "Harbour Daily"},
		{"https://www.harbourdaily.example", ""},
		{"www.harbourdaily.example", ""},
		{"@harbourdaily", ""},
		{"U.S.", ""},
		{"Kazakhstan", ""},
		{"The Astana Times", "The Astana Times"}, // near-miss: a name with a country in it
		{"Zakon.kz", "Zakon.kz"},
		{"Harbour-Daily", "Harbour-Daily"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanSiteName(tt.in); got != tt.want {
			t.Errorf("cleanSiteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
