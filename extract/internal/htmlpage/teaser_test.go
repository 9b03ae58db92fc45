package htmlpage

import (
	"testing"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
)

// TestShownTeaser checks the standfirst printed under the headline outside
// the text's container, which the description repeats, and near-misses: a
// subtitle in a heading, a block named for sharing, a text the description
// does not repeat.
func TestShownTeaser(t *testing.T) {
	const desc = "In Berlin brennen zwei Strommasten, und Zehntausende sind ohne Energie."
	tests := []struct {
		name, teaser string
		want         bool
	}{
		{"paragraph", `<p>` + desc + `</p>`, true},
		{"dateline before it", `<div><span>Berlin.</span> <span>` + desc + `</span></div>`, true},
		{"near-miss: a heading", `<h2>` + desc + `</h2>`, false},
		{"near-miss: a share box", `<p class="share-text">` + desc + `</p>`, false},
		{"near-miss: another text", `<p>Die Feuerwehr ist mit vielen Kräften vor Ort, sagt ein Sprecher der Stadt.</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Stromausfall in Berlin</title><meta name="description" content="` + desc + `"></head><body>` +
				`<header><h1>Stromausfall in Berlin</h1>` + tt.teaser + `</header><article><p>` + pagetest.Prose("power", 3) + `</p><p>` + pagetest.Prose("grid", 3) + `</p></article></body></html>`
			d := Parse([]byte(page))
			got := false
			for _, b := range d.Blocks {
				if b.Role == blocks.Lead {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("lead marked %v, want %v; blocks %+v", got, tt.want, d.Blocks)
			}
		})
	}
}
