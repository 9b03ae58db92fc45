package dates

import (
	"testing"
	"time"
)

func TestSolarHijri(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1 فروردین 1399", "2020-03-20"},
		{"1 فروردین 1400", "2021-03-21"},
		{"1 فروردین 1403", "2024-03-20"},
		{"۲۳ اردیبهشت ۱۴۰۵", "2026-05-13"},
		{"چهارشنبه ۲۳ اردیبهشت ۱۴۰۵ - ۱۵:۴۴", "2026-05-13"},
		{"1 مهر 1403", "2024-09-22"},
		{"10 دی 1402", "2023-12-31"},
		{"29 اسفند 1402", "2024-03-19"},
		{"30 اسفند 1402", ""}, // 1402 is a common year
		{"30 اسفند 1403", "2025-03-20"},
		{"30 اسفند 1399", "2021-03-20"},
		{"۲۳ ثور ۱۴۰۵", "2026-05-13"}, // Dari
		{"۲۳ اردیبهشت", ""},           // no year: not inferred
		{"31 مهر 1403", ""},           // the seventh month has 30 days
		{"۱۴۰۵/۰۲/۲۳", "2026-05-13"},  // numeric, year first
		{"1400/08/14", "2021-11-05"},
		{"۱۴۰۰-۰۸-۱۴", "2021-11-05"},
		{"14.08.1400", "2021-11-05"}, // day first
		{"1447/05/10", ""},           // a Lunar Hijri year
		{"1369/01/01", ""},           // before the web
		{"1402/12/30", ""},           // 1402 is a common year
	} {
		d, err := (Parser{Language: "fa"}).Parse(c.in)
		got := ""
		if err == nil {
			got = d.Time.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("Parse(%q) = %q (%v), want %q", c.in, got, err, c.want)
		}
	}
	d, err := (Parser{}).Parse("چهارشنبه ۲۳ اردیبهشت ۱۴۰۵ - ۱۵:۴۴")
	if err != nil || !d.Time.Equal(time.Date(2026, 5, 13, 15, 44, 0, 0, time.UTC)) || !d.HasTime {
		t.Errorf("with a time: %v, %v", d.Time, err)
	}
}

// TestSolarHijriFormsOwn checks that no Gregorian month name of another
// language is a Solar Hijri month name, which would be read in the wrong
// calendar.
func TestSolarHijriFormsOwn(t *testing.T) {
	lex := lexicon()
	for w, wi := range lex.words {
		if wi.cal == calSolarHijri && (wi.flags&fMonthAlt != 0 || wi.langs() != 1<<lex.fa()) {
			t.Errorf("%q is a Solar Hijri month and a Gregorian one", w)
		}
	}
}
