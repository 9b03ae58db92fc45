package extract

import (
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/newsextract/newsextract/model"
)

// The benchmarks here show that time grows linearly with the size of
// hostile input: each runs at 1x, 4x and 16x, and linear time shows as the
// same MB/s at every size (ns/op growing 4x and 16x).

var benchScales = []int{1, 4, 16}

// benchSizes runs build at each scale through call.
func benchSizes(b *testing.B, build func(scale int) []byte,
	call func(e *Extractor, r io.Reader, src Source) (*model.Article, error)) {
	for _, scale := range benchScales {
		b.Run(strconv.Itoa(scale)+"x", func(b *testing.B) {
			input := build(scale)
			e := &Extractor{MaxBytes: -1}
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := call(e, bytes.NewReader(input), Source{}); err != nil && err != ErrEmpty {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDeepNesting nests 6,250 to 100,000 <div> elements.
func BenchmarkDeepNesting(b *testing.B) {
	benchSizes(b, func(n int) []byte { return nest("div", 6250*n) }, (*Extractor).FromHTML)
}

// BenchmarkLongLine reads 3.2 to 51 MB of text with no line break.
func BenchmarkLongLine(b *testing.B) {
	benchSizes(b, func(n int) []byte { return longLine(3_200_000 * n) }, (*Extractor).FromText)
}

// BenchmarkQuoteMarks reads 62,500 to 1,000,000 quote marks.
func BenchmarkQuoteMarks(b *testing.B) {
	benchSizes(b, func(n int) []byte { return bytes.Repeat([]byte{'"'}, 62_500*n) }, (*Extractor).FromText)
}

// BenchmarkHostile runs every hostile input of TestHostile through From at
// the three sizes, 1x being four times the size the test uses.
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostileInputs {
		b.Run(h.name, func(b *testing.B) {
			benchSizes(b, func(n int) []byte { return h.build(4 * n) }, (*Extractor).From)
		})
	}
}
