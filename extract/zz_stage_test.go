package extract

import (
	"bytes"
	"testing"

	"github.com/newsextract/newsextract/extract/internal/htmlpage"
	"golang.org/x/net/html"
)

func BenchmarkZZStage(b *testing.B) {
	pages := loadCorpus(b)
	run := func(b *testing.B, fn func(corpusPage)) {
		for b.Loop() {
			for _, p := range pages {
				fn(p)
			}
		}
	}
	b.Run("parse", func(b *testing.B) {
		run(b, func(p corpusPage) { html.Parse(bytes.NewReader(p.html)) })
	})
	b.Run("parsewith", func(b *testing.B) {
		run(b, func(p corpusPage) { htmlpage.ParseWith(p.html, htmlpage.Options{}) })
	})
	b.Run("extract", func(b *testing.B) {
		var e Extractor
		run(b, func(p corpusPage) { e.FromHTML(bytes.NewReader(p.html), Source{URL: p.url}) })
	})
}
