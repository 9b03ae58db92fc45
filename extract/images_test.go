package extract

import (
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// TestSamePicture checks which addresses show one picture in two sizes.
func TestSamePicture(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://i.example/242348270_1715851663_v16_9_600.jpeg", "https://i.example/242348270_1715851663_v4_3_800.jpeg", true},
		{"https://i.example/1440x810_cmsv2_1ff2c7da-aee1f8f170b2-8354658.jpg", "https://s.example/384x216_cmsv2_1ff2c7da-aee1f8f170b2-8354658.jpg", true},
		{"https://i.example/459163063-scaled-e1779374755189.jpg", "https://i.example/459163063-scaled-e1779374755189-706x386.jpg", true},
		{"https://i.example/242348270_1715851663.jpeg", "https://i.example/242348271_1715851663.jpeg", false},
		{"https://i.example/ferry.jpg", "https://i.example/ferry-small.jpg", false}, // no word that identifies
		{"https://i.example/a/photo.jpg", "https://i.example/b/photo.jpg", false},
	}
	for _, tt := range tests {
		if got := idOf(tt.a).samePicture(idOf(tt.b)); got != tt.want {
			t.Errorf("samePicture(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSameImage checks addresses of one picture by path or file name,
// a rendition's size in its name aside, with near-misses.
func TestSameImage(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://i.example/2025/06/IMG_4711.jpg", "https://cdn.example/uploads/IMG_4711-585x439.jpg", true},
		{"https://i.example/a/ferry.jpg", "https://i.example/b/ferry.jpg", true},
		{"https://i.example/IMG_4711.jpg", "https://i.example/IMG_4712-585x439.jpg", false},
		{"https://i.example/route-66.jpg", "https://i.example/route.jpg", false}, // no size after the dash
		{"https://i.example/a-x1.jpg", "https://i.example/a.jpg", false},
	}
	for _, tt := range tests {
		if got := idOf(tt.a).sameImage(idOf(tt.b)); got != tt.want {
			t.Errorf("sameImage(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestShownRendition checks that the lead image the markup names is given
// in the rendition the page shows, and kept when the page shows none.
func TestShownRendition(t *testing.T) {
	const og = "https://img.example/image/7a1b2c3d4e5f60718293a4b5c6d7e8f9"
	tests := []struct {
		name  string
		shown []string
		want  string
	}{
		{"a size the page shows", []string{"/logo.svg", "https://img.example/image/7a1b2c3d4e5f60718293a4b5c6d7e8f9=w700"}, "https://img.example/image/7a1b2c3d4e5f60718293a4b5c6d7e8f9=w700"},
		{"near-miss: another picture", []string{"https://img.example/image/8a1b2c3d4e5f60718293a4b5c6d7e8f9=w700"}, og},
		{"none shown", nil, og},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &blocks.Document{Meta: blocks.Meta{Shown: tt.shown}}
			s := (&Extractor{}).newState(Source{URL: "https://news.example/a"}, d)
			if got := s.shownRendition(og, s.baseURL()); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestResolve checks that addresses are made absolute, or left out when
// they cannot be.
func TestResolve(t *testing.T) {
	var base *pageURL
	tests := []struct {
		base, ref, want string
	}{
		{"https://a.example/news/x", "/img/a.jpg", "https://a.example/img/a.jpg"},
		{"https://a.example/news/x", "b.jpg", "https://a.example/news/b.jpg"},
		{"https://a.example/news/x", "//cdn.example/c.jpg", "https://cdn.example/c.jpg"},
		{"", "//cdn.example/c.jpg", "https://cdn.example/c.jpg"},
		{"", "/img/a.jpg", ""},
		{"https://a.example/", "javascript:alert(1)", ""},
		{"https://a.example/", "mailto:x@a.example", ""},
		{"https://a.example/", "", ""},
	}
	for _, tt := range tests {
		base = &pageURL{}
		if tt.base != "" {
			base = (&state{src: Source{URL: tt.base}, a: &model.Article{}, doc: &blocks.Document{}}).baseURL()
		}
		if got := base.resolve(tt.ref); got != tt.want {
			t.Errorf("resolve(%q) against %q = %q, want %q", tt.ref, tt.base, got, tt.want)
		}
	}
}

// TestUnproxied checks that the picture an image proxy serves is read from
// its query, and that other queries are left alone.
func TestUnproxied(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://img.example/news?image=https%3A%2F%2Fcdn.example%2Fa%2Fb.jpg%3Fs%3D1", "https://cdn.example/a/b.jpg?s=1"},
		{"https://cdn.example/a.jpg?w=800&q=70", "https://cdn.example/a.jpg?w=800&q=70"},
		{"https://img.example/r?next=https%3A%2F%2Fa.example%2Fpage", "https://img.example/r?next=https%3A%2F%2Fa.example%2Fpage"},
	}
	for _, tt := range tests {
		if got := unproxied(tt.in); got != tt.want {
			t.Errorf("unproxied(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
