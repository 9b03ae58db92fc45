package htmlpage

import (
	"reflect"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
)

// figuresOf parses an article page with the given markup inside its text
// and returns its figures.
func figuresOf(t *testing.T, header, markup string) []blocks.Picture {
	t.Helper()
	page := pagetest.News("Ferry", header+`<article class="story"><h1>Ferry returns</h1><p>`+pagetest.Prose("ferry", 3)+`</p>`+markup+`<p>`+pagetest.Prose("port", 2)+`</p></article><footer><img src="/foot.jpg" width="300" height="200"></footer>`)
	return Parse([]byte(page)).Figures
}

// TestFigures checks which pictures count as the article's, and what is
// read of them.
func TestFigures(t *testing.T) {
	tests := []struct {
		name, header, markup string
		want                 []blocks.Picture
	}{
		{"figure with caption and credit", "",
			`<figure><img src="/a.jpg" alt="The quay" width="960" height="540"><figcaption>The quay at dawn. <span class="credit">Photo: L. Vaughan</span></figcaption></figure>`,
			[]blocks.Picture{{URL: "/a.jpg", Alt: "The quay", Width: 960, Height: 540, Caption: "The quay at dawn.", Credit: "Photo: L. Vaughan"}}},
		{"picture in a paragraph", "", `<p><img src="/b.jpg"></p>`, []blocks.Picture{{URL: "/b.jpg"}}},
		{"lazy picture", "", `<img src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg">`, []blocks.Picture{{URL: "/lazy.jpg"}}},
		{"larger version for a viewer", "", `<img src="/shown.jpg" data-full-src="/full.jpg">`, []blocks.Picture{{URL: "/shown.jpg"}}},
		{"larger version, no src", "", `<img src="data:image/gif;base64,R0lGOD" data-hi-res-src="/full.jpg">`, []blocks.Picture{{URL: "/full.jpg"}}},
		{"srcset, largest", "", `<img srcset="/crops/w=400,q=70/c.jpg 400w, /crops/w=1200,q=70/c.jpg 1200w">`, []blocks.Picture{{URL: "/crops/w=1200,q=70/c.jpg"}}},
		{"data URI only", "", `<img src="data:image/png;base64,iVBOR">`, nil},
		{"tracking pixel", "", `<img src="/t.gif" width="1" height="1">`, nil},
		{"icon by size", "", `<img src="/i.png" width="32" height="32">`, nil},
		{"svg logo", "", `<img src="/brand.svg">`, nil},
		{"logo by file name", "", `<img src="/img/site-logo.png">`, nil},
		{"avatar by class", "", `<div class="author-avatar"><img src="/me.jpg"></div>`, nil},
		{"advertisement", "", `<div class="ad-slot"><img src="/banner.jpg"></div>`, nil},
		{"teasers of related articles", "", `<ul class="related"><li><a href="/x"><img src="/x.jpg">Other story</a></li></ul>`, nil},
		{"site header", `<header><a href="/"><img src="/masthead.jpg"></a><nav><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a><a href="/d">D</a><a href="/e">E</a><a href="/f">F</a><a href="/g">G</a></nav></header>`, "", nil},
		{"real picture in noscript", "", `<div class="image"><img src="/transparent.gif"><noscript><img src="/real.jpg" alt="Real"></noscript></div>`, []blocks.Picture{{URL: "/real.jpg", Alt: "Real"}}},
		{"duplicate", "", `<p><img src="/d.jpg"></p><p><img src="/d.jpg"></p>`, []blocks.Picture{{URL: "/d.jpg"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figuresOf(t, tt.header, tt.markup); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("figures = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestLargestSrc checks srcset parsing.
func TestLargestSrc(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a.jpg 320w, b.jpg 1024w, c.jpg 640w", "b.jpg"},
		{"a.jpg 1x, b.jpg 2x", "a.jpg"},
		{"a.jpg", "a.jpg"},
		{"/w=1,h=2/a.jpg 100w,/w=3,h=4/b.jpg 300w", "/w=3,h=4/b.jpg"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := largestSrc(tt.in); got != tt.want {
			t.Errorf("largestSrc(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
