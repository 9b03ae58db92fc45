package dates

import (
	"errors"
	"slices"
	"testing"
	"time"
	_ "time/tzdata"
)

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

var (
	ref2018 = time.Date(2018, 2, 5, 12, 0, 0, 0, time.UTC) // 18:00 in Almaty
)

type parseCase struct {
	name     string
	in       string
	ref      time.Time
	hint     int
	loc      string // "" = nil Location
	want     string // RFC 3339 with nanoseconds; "" when an error is expected
	err      error
	text     string // "" = the whole input
	hasTime  bool
	inferred []string
}

var (
	yz = []string{"year", "zone"}
	z  = []string{"zone"}
)

var parseCases = []parseCase{
	// The sample line, with a view counter after it.
	{name: "sample hint", in: "02 February, 15:01 233", hint: 2018, loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", text: "02 February, 15:01", hasTime: true, inferred: yz},
	{name: "sample ref", in: "02 February, 15:01 233", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", text: "02 February, 15:01", hasTime: true, inferred: yz},
	{name: "four-digit counter", in: "02 February, 15:01 2017", hint: 2018, want: "2018-02-02T15:01:00Z", text: "02 February, 15:01", hasTime: true, inferred: yz},
	{name: "sample no year", in: "02 February, 15:01 233", loc: "Asia/Almaty", err: ErrNoYear},
	{name: "published prefix", in: "Published: 02 February 2018, 15:01", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", text: "02 February 2018, 15:01", hasTime: true, inferred: z},

	// English month forms.
	{name: "en full", in: "2 February 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en abbr dot", in: "Feb. 2, 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en abbr", in: "Feb 2 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en caps", in: "FEBRUARY 2, 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en lower", in: "february 2, 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en sept", in: "Sept. 12, 2018", want: "2018-09-12T00:00:00Z", inferred: z},
	{name: "en ordinal", in: "February 2nd, 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en of", in: "the 2nd of February 2018", want: "2018-02-02T00:00:00Z", text: "2nd of February 2018", inferred: z},
	{name: "en dashed", in: "02-Feb-2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en weekday", in: "Friday, February 2, 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "en 12h EST", in: "February 2, 2018 3:01 PM EST", want: "2018-02-02T15:01:00-05:00", hasTime: true},
	{name: "en 12h EDT", in: "July 4, 2018 10:15 am EDT", want: "2018-07-04T10:15:00-04:00", hasTime: true},
	{name: "en 12h a.m.", in: "Feb 2, 2018 12:30 a.m.", loc: "Asia/Almaty", want: "2018-02-02T00:30:00+06:00", hasTime: true, inferred: z},
	{name: "en 12h noon", in: "Feb 2, 2018 12:30 p.m.", want: "2018-02-02T12:30:00Z", hasTime: true, inferred: z},
	{name: "en hour pm", in: "February 2, 2018 3 PM", want: "2018-02-02T15:00:00Z", hasTime: true, inferred: z},
	{name: "en at", in: "February 2, 2018 at 3:01 PM PST", want: "2018-02-02T15:01:00-08:00", hasTime: true},
	{name: "en time first", in: "15:01, 02 February 2018", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "en no year", in: "02 February, 15:01", ref: ref2018, want: "2018-02-02T15:01:00Z", hasTime: true, inferred: yz},
	{name: "rfc1123", in: "Fri, 02 Feb 2018 15:01:00 GMT", want: "2018-02-02T15:01:00Z", hasTime: true},
	{name: "rfc1123z", in: "Fri, 02 Feb 2018 15:01:00 +0600", want: "2018-02-02T15:01:00+06:00", hasTime: true},
	{name: "rfc850-ish CET", in: "Friday, 02 Feb 2018 15:01 CET", want: "2018-02-02T15:01:00+01:00", hasTime: true},
	{name: "CEST", in: "2 July 2018 15:01 CEST", want: "2018-07-02T15:01:00+02:00", hasTime: true},
	{name: "BST", in: "2 July 2018 15:01 BST", want: "2018-07-02T15:01:00+01:00", hasTime: true},
	{name: "IST", in: "2 July 2018 15:01 IST", want: "2018-07-02T15:01:00+05:30", hasTime: true},
	{name: "CST", in: "2 July 2018 15:01 CST", want: "2018-07-02T15:01:00-06:00", hasTime: true},
	{name: "UTC offset", in: "2 July 2018 15:01 UTC+6", want: "2018-07-02T15:01:00+06:00", hasTime: true},
	{name: "GMT offset", in: "2 July 2018 15:01 GMT+05:30", want: "2018-07-02T15:01:00+05:30", hasTime: true},
	{name: "MSK", in: "2 July 2018 15:01 MSK", want: "2018-07-02T15:01:00+03:00", hasTime: true},
	{name: "MSK 2012", in: "2 July 2012 15:01 (MSK)", want: "2012-07-02T15:01:00+04:00", hasTime: true},
	{name: "ET", in: "Feb. 2, 2018 3:01 p.m. ET", want: "2018-02-02T15:01:00-05:00", hasTime: true},
	{name: "PT summer", in: "July 4, 2018 10:15 am PT", want: "2018-07-04T10:15:00-07:00", hasTime: true},
	{name: "CT", in: "Feb 2, 2018 3:01 PM CT", want: "2018-02-02T15:01:00-06:00", hasTime: true},
	{name: "MT", in: "Feb 2, 2018 3:01 PM MT", want: "2018-02-02T15:01:00-07:00", hasTime: true},
	{name: "day range", in: "2-3 February 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "day range dash time", in: "2–3 February 2018, 15:01", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "ALMT", in: "2 July 2018 15:01 ALMT", want: "2018-07-02T15:01:00+06:00", hasTime: true},
	{name: "asctime", in: "Fri Feb 2 15:01:00 2018", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "unknown zone ignored", in: "2 July 2018 15:01 XYZ", want: "2018-07-02T15:01:00Z", text: "2 July 2018 15:01", hasTime: true, inferred: z},

	// Russian.
	{name: "ru г. в", in: "2 февраля 2018 г. в 15:01", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "ru comma", in: "2 февраля 2018, 15:01", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "ru года", in: "2 февраля 2018 года", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "ru nominative", in: "2 февраль 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "ru abbr", in: "2 февр. 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "ru abbr short", in: "2 фев 2018 15:01", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "ru caps", in: "2 ФЕВРАЛЯ 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "ru weekday", in: "пятница, 2 февраля 2018", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "ru no year", in: "2 февраля, 15:01", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: yz},
	{name: "ru мск", in: "2 февраля 2018, 15:01 мск", want: "2018-02-02T15:01:00+03:00", hasTime: true},
	{name: "ru ordinal", in: "2-го мая 2018", want: "2018-05-02T00:00:00Z", inferred: z},
	{name: "ru сентября", in: "12 сентября 2019 года, 09:30", loc: "Europe/Moscow", want: "2019-09-12T09:30:00+03:00", hasTime: true, inferred: z},

	// Kazakh.
	{name: "kk жылғы", in: "2018 жылғы 2 ақпан", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "kk жыл time", in: "2 ақпан 2018 жыл, 15:01", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "kk locative", in: "2018 жылы 2 ақпанда", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "kk genitive", in: "2018 жылғы ақпанның 2-сі", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "kk ж.", in: "2018 ж. 2 ақпан, 15:01", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "kk сағат", in: "2 ақпан 2018, сағат 15:01", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "kk no year", in: "2 ақпан, 15:01", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: yz},
	{name: "kk сәуір schwa", in: "2018 жылғы 5 сəуір", want: "2018-04-05T00:00:00Z", inferred: z},
	{name: "kk желтоқсан", in: "30 желтоқсан 2017 жыл", want: "2017-12-30T00:00:00Z", inferred: z},

	// Numeric.
	{name: "dotted time", in: "02.02.2018 15:01", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "dotted short year", in: "02.02.18", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "dotted day first", in: "12.02.2018", want: "2018-02-12T00:00:00Z", inferred: z},
	{name: "dotted в", in: "02.02.2018 в 15:01", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "time then dotted", in: "15:01 / 02.02.2018", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "slashed day first", in: "02/03/2018", want: "2018-03-02T00:00:00Z", inferred: z},
	{name: "slashed month first when forced", in: "02/13/2018", want: "2018-02-13T00:00:00Z", inferred: z},
	{name: "iso date", in: "2018-02-02", want: "2018-02-02T00:00:00Z", inferred: z},
	{name: "iso offset", in: "2018-02-02T15:01:00+06:00", want: "2018-02-02T15:01:00+06:00", hasTime: true},
	{name: "iso Z", in: "2018-02-02T09:01:00Z", want: "2018-02-02T09:01:00Z", hasTime: true},
	{name: "iso millis", in: "2018-02-02T15:01:00.000+0600", want: "2018-02-02T15:01:00+06:00", hasTime: true},
	{name: "iso nanos", in: "2018-02-02T15:01:00.123456789-05:00", want: "2018-02-02T15:01:00.123456789-05:00", hasTime: true},
	{name: "iso no zone", in: "2018-02-02T15:01:00", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "iso space", in: "2018-02-02 15:01:00", want: "2018-02-02T15:01:00Z", hasTime: true, inferred: z},
	{name: "unix seconds", in: "1517562060", loc: "Asia/Almaty", want: "2018-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "unix millis", in: " 1517562060000 ", want: "2018-02-02T09:01:00Z", text: "1517562060000", hasTime: true, inferred: z},
	{name: "unix implausible", in: "0000000001", err: ErrImplausible},
	{name: "unix future", in: "4133980800", err: ErrImplausible},

	// Almaty's zone change on 2024-03-01.
	{name: "almaty before change", in: "02 February 2024, 15:01", loc: "Asia/Almaty", want: "2024-02-02T15:01:00+06:00", hasTime: true, inferred: z},
	{name: "almaty after change", in: "02 March 2024, 15:01", loc: "Asia/Almaty", want: "2024-03-02T15:01:00+05:00", hasTime: true, inferred: z},
	{name: "almaty after change ru", in: "2 марта 2024 г. в 15:01", loc: "Asia/Almaty", want: "2024-03-02T15:01:00+05:00", hasTime: true, inferred: z},

	// New Year rollover.
	{name: "rollover en", in: "30 December, 10:00", ref: time.Date(2019, 1, 3, 9, 0, 0, 0, time.UTC), want: "2018-12-30T10:00:00Z", hasTime: true, inferred: yz},
	{name: "rollover ru", in: "30 декабря, 10:00", ref: time.Date(2019, 1, 3, 9, 0, 0, 0, time.UTC), want: "2018-12-30T10:00:00Z", hasTime: true, inferred: yz},
	{name: "rollover kk", in: "30 желтоқсан, 10:00", ref: time.Date(2019, 1, 3, 9, 0, 0, 0, time.UTC), want: "2018-12-30T10:00:00Z", hasTime: true, inferred: yz},
	{name: "next day in the new year", in: "1 January, 00:30", ref: time.Date(2018, 12, 31, 23, 0, 0, 0, time.UTC), want: "2019-01-01T00:30:00Z", hasTime: true, inferred: yz},
	{name: "leap day", in: "29 February", ref: time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), want: "2016-02-29T00:00:00Z", inferred: yz},

	// Relative forms.
	{name: "today en", in: "Today, 15:01", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-05T15:01:00+06:00", hasTime: true, inferred: yz},
	{name: "yesterday en", in: "Yesterday, 10:00", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-04T10:00:00+06:00", hasTime: true, inferred: yz},
	{name: "today ru", in: "Сегодня, 15:01", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-05T15:01:00+06:00", hasTime: true, inferred: yz},
	{name: "yesterday ru", in: "Вчера в 10:00", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-04T10:00:00+06:00", hasTime: true, inferred: yz},
	{name: "today kk", in: "Бүгін, 15:01", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-05T15:01:00+06:00", hasTime: true, inferred: yz},
	{name: "yesterday kk", in: "Кеше", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-04T00:00:00+06:00", inferred: yz},
	{name: "yesterday kk time", in: "Кеше, 10:00", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-04T10:00:00+06:00", hasTime: true, inferred: yz},
	{name: "today zone of reference", in: "Today, 01:00", ref: time.Date(2018, 2, 4, 20, 0, 0, 0, time.UTC), loc: "Asia/Almaty", want: "2018-02-05T01:00:00+06:00", hasTime: true, inferred: yz},
	{name: "hours ago", in: "2 hours ago", ref: ref2018, want: "2018-02-05T10:00:00Z", hasTime: true, inferred: yz},
	{name: "an hour ago", in: "an hour ago", ref: ref2018, want: "2018-02-05T11:00:00Z", hasTime: true, inferred: yz},
	{name: "minutes ago ru", in: "5 минут назад", ref: ref2018, want: "2018-02-05T11:55:00Z", hasTime: true, inferred: yz},
	{name: "hour ago ru", in: "час назад", ref: ref2018, want: "2018-02-05T11:00:00Z", hasTime: true, inferred: yz},
	{name: "hours ago kk", in: "2 сағат бұрын", ref: ref2018, want: "2018-02-05T10:00:00Z", hasTime: true, inferred: yz},
	{name: "days ago", in: "3 days ago", ref: ref2018, loc: "Asia/Almaty", want: "2018-02-02T00:00:00+06:00", inferred: yz},
	{name: "today no ref", in: "Today, 15:01", err: ErrNoDate},
	{name: "ago no ref", in: "5 минут назад", err: ErrNoDate},

	// Rejections.
	{name: "empty", in: "", err: ErrNoDate},
	{name: "view counter", in: "233", err: ErrNoDate},
	{name: "bare year", in: "2018", err: ErrNoDate},
	{name: "month and year", in: "February 2018", err: ErrNoDate},
	{name: "time alone", in: "15:01", err: ErrNoDate},
	{name: "symbol", in: "S/PRST/2018/1", err: ErrNoDate},
	{name: "symbol 2", in: "S/2018/123", err: ErrNoDate},
	{name: "phone", in: "+7 701 123 45 67", err: ErrNoDate},
	{name: "version", in: "version 2.0.18", err: ErrNoDate},
	{name: "version 2", in: "version 1.2.18", err: ErrNoDate},
	{name: "ip", in: "10.12.2018.5", err: ErrNoDate},
	{name: "month 13", in: "02.13.2018", err: ErrNoDate},
	{name: "feb 30", in: "30 February 2018", err: ErrImplausible},
	{name: "feb 29 non leap", in: "29.02.2019", err: ErrImplausible},
	{name: "too old", in: "2 February 1985", err: ErrImplausible},
	{name: "after reference", in: "2 March 2018", ref: ref2018, err: ErrImplausible},
	{name: "hour 25", in: "2 February 2018 25:01", want: "2018-02-02T00:00:00Z", text: "2 February 2018", inferred: z},
	{name: "pm hour 13", in: "2 February 2018 13:01 PM", want: "2018-02-02T00:00:00Z", text: "2 February 2018", inferred: z},
	{name: "invalid utf8", in: "2 \xff February 2018", err: ErrNoDate},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			p := Parser{Reference: tc.ref, YearHint: tc.hint}
			if tc.loc != "" {
				p.Location = mustLoad(t, tc.loc)
			}
			d, err := p.Parse(tc.in)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("Parse(%q) = %v, %v; want error %v", tc.in, d.Time, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if got := d.Time.Format(time.RFC3339Nano); got != tc.want {
				t.Errorf("Parse(%q).Time = %s, want %s", tc.in, got, tc.want)
			}
			text := tc.text
			if text == "" {
				text = tc.in
			}
			if d.Text != text || tc.in[d.Start:d.End] != d.Text {
				t.Errorf("Parse(%q).Text = %q [%d:%d], want %q", tc.in, d.Text, d.Start, d.End, text)
			}
			if d.HasTime != tc.hasTime {
				t.Errorf("Parse(%q).HasTime = %v, want %v", tc.in, d.HasTime, tc.hasTime)
			}
			if !slices.Equal(d.Inferred, tc.inferred) {
				t.Errorf("Parse(%q).Inferred = %q, want %q", tc.in, d.Inferred, tc.inferred)
			}
		})
	}
}

// TestParseZoneIsNamed checks that dates without a stated zone carry the
// parser's tz location itself, so that later arithmetic follows its rules.
func TestParseZoneIsNamed(t *testing.T) {
	alm := mustLoad(t, "Asia/Almaty")
	d, err := Parser{Location: alm}.Parse("02.02.2018 15:01")
	if err != nil {
		t.Fatal(err)
	}
	if d.Time.Location() != alm {
		t.Errorf("location = %v, want Asia/Almaty", d.Time.Location())
	}
	d, err = Parser{}.Parse("02.02.2018 15:01")
	if err != nil {
		t.Fatal(err)
	}
	if d.Time.Location() != time.UTC {
		t.Errorf("location = %v, want UTC", d.Time.Location())
	}
}

func TestParseGluedLabel(t *testing.T) {
	for _, in := range []string{"Updated:02.02.2018", "Дата: 02.02.2018г.", "[02.02.2018]", "2 февраля 2018г."} {
		d, err := Parser{}.Parse(in)
		if err != nil || d.Time.Format(time.DateOnly) != "2018-02-02" {
			t.Errorf("Parse(%q) = %v, %v", in, d.Time, err)
		}
	}
}
