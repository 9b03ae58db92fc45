package extract

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkCorpus measures the pages of the benchmark corpus: "parse" is
// html.Parse alone, the floor of any extractor that reads the DOM;
// "extract" is the whole extraction of every field. Compare the two
// docs/s figures for the cost of extraction beyond parsing.
func BenchmarkCorpus(b *testing.B) {
	pages := loadCorpus(b)
	var total int64
	for _, p := range pages {
		total += int64(len(p.html))
	}
	run := func(b *testing.B, fn func(corpusPage)) {
		b.SetBytes(total)
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			for _, p := range pages {
				fn(p)
			}
		}
		b.ReportMetric(float64(b.N)*float64(len(pages))/b.Elapsed().Seconds(), "docs/s")
	}
	b.Run("parse", func(b *testing.B) {
		run(b, func(p corpusPage) {
			if _, err := html.Parse(bytes.NewReader(p.html)); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("extract", func(b *testing.B) {
		var e Extractor
		run(b, func(p corpusPage) {
			if _, err := e.FromHTML(bytes.NewReader(p.html), Source{URL: p.url}); err != nil {
				b.Fatal(err)
			}
		})
	})
}
