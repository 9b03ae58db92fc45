package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func utf8ValidString(s string) bool { return utf8.ValidString(s) }

func BenchmarkDetect(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < SampleBytes {
		sb.WriteString(paragraphs[1].text)
		sb.WriteByte('\n')
	}
	text := sb.String()[:SampleBytes]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectCyrillic(b *testing.B) {
	text := strings.Repeat(paragraphs[31].text+"\n", 8)
	text = sample(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}
