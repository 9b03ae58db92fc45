package dates

import (
	"testing"
	"time"
)

// visibleLines are typical date lines of news pages.
var visibleLines = []string{
	"02 February, 15:01 233",
	"2 февраля 2018 г. в 15:01",
	"2 ақпан 2018 жыл, 15:01",
	"02.02.2018 15:01",
	"February 2, 2018 3:01 PM EST",
	"2018-02-02T15:01:00+06:00",
}

func BenchmarkParseVisible(b *testing.B) {
	loc, err := time.LoadLocation("Asia/Almaty")
	if err != nil {
		b.Fatal(err)
	}
	p := Parser{Location: loc, Reference: ref2018}
	n := 0
	for _, s := range visibleLines {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range visibleLines {
			if _, err := p.Parse(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkFindSample(b *testing.B) {
	text := readSample(b)
	p := Parser{YearHint: 2018}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Find(text[200:]) // past the date line: the body's own dates
	}
}

func BenchmarkYearsSample(b *testing.B) {
	text := readSample(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Years(text)
	}
}
