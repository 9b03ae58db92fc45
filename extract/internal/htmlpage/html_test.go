package htmlpage

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/pagetest"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// TestLinkDensity checks that teasers go and linked prose stays.
func TestLinkDensity(t *testing.T) {
	tests := []struct {
		text  string
		links int
		want  bool
	}{
		{"Read our guide to the budget", 28, true},
		{"The investigation had been shelved in 2017 but was re-opened earlier this year.", 50, false},
		{"The investigation had been shelved in 2017 but was re-opened earlier this year.", 78, true},
		{"Short line with no links", 0, false},
	}
	for _, tt := range tests {
		if got := isLinkList(rawBlock{text: tt.text, links: tt.links}); got != tt.want {
			t.Errorf("isLinkList(%q, %d) = %v, want %v", tt.text, tt.links, got, tt.want)
		}
	}
}

// FuzzParseHTML checks that any input parses without panic into blocks of
// clean, valid text.
func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(pagetest.News("T", `<h1>T</h1><div class="content"><p>`+pagetest.Prose("x", 3)+`</p></div>`)))
	f.Add([]byte(`<div><span class="rollover"><span class="rollover"><p>x</p></span></span><table><td>a<td>b</table>`))
	f.Add([]byte(`<script type="application/ld+json">{"@type":"Article","articleBody":"a<p>b</p>\n\nc","author":[{"@type":"Organization","name":"X"}]}</script>`))
	f.Add([]byte("<p>\xff\xfe invalid <b>utf-8</b></p>"))
	f.Add([]byte(`<article><p>` + pagetest.Prose("x", 2) + `</p><pre>  a\n\n\tb  </pre><table><tr><th>Y<th>Z<tr><td>1<td><p>2</p><p>3</p></table><ol><li>a<ul><li>b</ul></ol><img srcset="a.jpg 1x, /w=1,q=2/b.jpg 2x" src="data:x"></article>`))
	f.Fuzz(func(t *testing.T, src []byte) {
		d := Parse(src)
		for _, b := range d.Blocks {
			switch b.Role {
			case blocks.Table:
				for _, r := range b.Rows {
					for _, c := range r {
						if c != textutil.CleanSpace(c) {
							t.Errorf("cell %q is not clean", c)
						}
					}
				}
				continue
			case blocks.Pre:
				if strings.TrimSpace(b.Text) == "" || strings.ContainsFunc(b.Text, textutil.IsControl) {
					t.Errorf("preformatted block %q is blank or has control characters", b.Text)
				}
				continue
			}
			if b.Text == "" || b.Text != textutil.CleanSpace(b.Text) {
				t.Errorf("block %q is empty or not clean", b.Text)
			}
			if !utf8.ValidString(b.Text) && utf8.Valid(src) {
				t.Errorf("block %q is not valid UTF-8", b.Text)
			}
		}
	})
}
