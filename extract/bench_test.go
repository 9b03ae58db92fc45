package extract

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkExtract measures full extraction of the reference sample, in its
// HTML and text forms.
func BenchmarkExtract(b *testing.B) {
	for _, c := range []struct{ name, path string }{
		{"html", samplePath + ".html"},
		{"text", samplePath + ".txt"},
	} {
		b.Run(c.name, func(b *testing.B) {
			src, err := os.ReadFile(c.path)
			if err != nil {
				b.Fatal(err)
			}
			var e Extractor
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.From(bytes.NewReader(src), Source{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
