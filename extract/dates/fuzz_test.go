package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	f.Add("According to the Ministry, since January 1 over the course of a month")
	f.Add("(S/PRST/2018/1) +7 701 123 45 67 version 2.0.18 1517562060 by 2045")
	f.Add("2018-02-02T15:01:00.000+0600 Z - -05:00 GMT+ (MSK")
	f.Add("12:30 a. 2 ақпан- 2-")
	for _, c := range worldCases {
		f.Add(c.in)
	}
}

// hintedParsers are parsers with language, country and zone hints.
func hintedParsers() []Parser {
	return []Parser{
		{Language: "en-US"}, {Language: "hr", YearHint: 2018}, {Region: "CN"},
		{Language: "th-TH", Location: time.FixedZone("", 7*3600)}, {Language: "x-\xff_", Region: "\x00"},
	}
}

// checkDate checks the invariants every returned date must meet.
func checkDate(t *testing.T, s string, d Date) {
	t.Helper()
	if d.Start < 0 || d.End > len(s) || d.Start >= d.End {
		t.Fatalf("offsets [%d:%d] out of range for %d bytes", d.Start, d.End, len(s))
	}
	if s[d.Start:d.End] != d.Text {
		t.Fatalf("Text %q is not input[%d:%d] = %q", d.Text, d.Start, d.End, s[d.Start:d.End])
	}
	if utf8.ValidString(s) && !utf8.ValidString(d.Text) {
		t.Fatalf("Text %q cuts a rune", d.Text)
	}
	if y := d.Time.Year(); y < minYear || y > maxYear {
		t.Fatalf("year %d out of range", y)
	}
	if d.Time.Location() == nil {
		t.Fatal("no location")
	}
}

func FuzzParse(f *testing.F) {
	fuzzSeeds(f)
	ref := time.Date(2018, 2, 5, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range append([]Parser{{}, {Reference: ref}, {YearHint: 2018}}, hintedParsers()...) {
			d, err := p.Parse(s)
			if err != nil {
				continue
			}
			checkDate(t, s, d)
			if !p.Reference.IsZero() && d.Time.After(ref.Add(slack)) {
				t.Fatalf("%v is after the reference", d.Time)
			}
		}
	})
}

func FuzzFind(f *testing.F) {
	fuzzSeeds(f)
	ref := time.Date(2018, 2, 5, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range append([]Parser{{}, {Reference: ref}}, hintedParsers()...) {
			if d, ok := p.Find(s); ok {
				checkDate(t, s, d)
			}
		}
	})
}

func FuzzFromURL(f *testing.F) {
	f.Add("https://bnews.kz/en/news/2018/02/02/mfa-summarized")
	f.Add("https://example.com/news/title-20180202-123?x=2018-02-02#2018/02/02")
	f.Add("//2018/02/02/")
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := FromURL(s); ok {
			checkDate(t, s, d)
			if d.HasTime {
				t.Fatal("a URL date has a time")
			}
		}
	})
}

func FuzzYears(f *testing.F) {
	fuzzSeeds(f)
	f.Add("The strategy for 2018–2030 was adopted in 2018; by 2045; до 2030 года; 2030 жылға дейін")
	f.Fuzz(func(t *testing.T, s string) {
		ys := Years(s)
		for i, y := range ys {
			if y < minEvidenceYear || y > maxEvidenceYear {
				t.Fatalf("Years gave %d", y)
			}
			if i > 0 && ys[i-1] >= y {
				t.Fatalf("Years %v not ascending and unique", ys)
			}
		}
	})
}

func FuzzYearEvidence(f *testing.F) {
	fuzzSeeds(f)
	f.Add("© 2026 Example; Copyright 2015–2026; 13 May 2025; in 2015")
	f.Fuzz(func(t *testing.T, s string) {
		var e YearEvidence
		e.Add(s)
		if y := e.Year(); y != 0 && (y < minEvidenceYear || y > maxEvidenceYear) {
			t.Fatalf("YearEvidence gave %d", y)
		}
	})
}
