package dates

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// worldCase is a date as a page in some language prints it.
type worldCase struct {
	in       string
	p        Parser
	want     string // RFC 3339; "" when no date must be read
	hasTime  bool
	wantText string // "" = not checked
}

// worldCases are the forms of every language read, with their
// near misses.
var worldCases = []worldCase{
	// German: ordinal dot, abbreviations, numeric day first, "um … Uhr".
	{in: "5. November 2021", want: "2021-11-05T00:00:00Z"},
	{in: "05.11.2021", want: "2021-11-05T00:00:00Z"},
	{in: "5. Nov. 2021", want: "2021-11-05T00:00:00Z"},
	{in: "Do., 5. Nov. 2021", want: "2021-11-05T00:00:00Z", wantText: "5. Nov. 2021"}, // a two-letter weekday is not skipped
	{in: "Freitag, 5. Nov. 2021", want: "2021-11-05T00:00:00Z", wantText: "Freitag, 5. Nov. 2021"},
	{in: "Veröffentlicht am 5. November 2021 um 14:30 Uhr", want: "2021-11-05T14:30:00Z", hasTime: true},
	{in: "05.11.2021, 14.30 Uhr MEZ", want: "2021-11-05T14:30:00+01:00", hasTime: true},
	{in: "Freitag, 5. November 2021 14:30 MESZ", want: "2021-11-05T14:30:00+02:00", hasTime: true},
	{in: "Stand: 13.05.2026 15:44 Uhr", p: Parser{Location: time.FixedZone("", 2*3600)}, want: "2026-05-13T15:44:00+02:00", hasTime: true},
	// French.
	{in: "le 5 novembre 2021 à 14h30", want: "2021-11-05T14:30:00Z", hasTime: true},
	{in: "Publié le 1er mai 2026 à 8h", want: "2026-05-01T08:00:00Z", hasTime: true},
	{in: "mis à jour le 13 mai 2026 à 15 h 44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 mai 2026 à 15 h", want: "2026-05-13T15:00:00Z", hasTime: true},
	{in: "13 févr. 2026", want: "2026-02-13T00:00:00Z"},
	// Spanish, Portuguese, Italian, Catalan.
	{in: "5 de noviembre de 2021", want: "2021-11-05T00:00:00Z"},
	{in: "Actualizado: 13 de mayo de 2026, 15:44 h", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 de mayo de 2026 a las 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "1º de maio de 2026", want: "2026-05-01T00:00:00Z"},
	{in: "13 de maio de 2026 às 15h44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 maggio 2026 alle 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 de maig de 2026", want: "2026-05-13T00:00:00Z"},
	// Dutch, Polish, Czech, Slovak, Croatian, Slovenian, Romanian, Hungarian.
	{in: "13 mei 2026 om 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 maja 2026 o godz. 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "5. listopadu 2021", want: "2021-11-05T00:00:00Z"},
	{in: "5. novembra 2021", want: "2021-11-05T00:00:00Z"},
	{in: "5. listopada 2021.", want: "2021-11-05T00:00:00Z"}, // Polish first, as no language is hinted
	{in: "5. listopada 2021.", p: Parser{Language: "hr"}, want: "2021-10-05T00:00:00Z"},
	{in: "13. maja 2026", want: "2026-05-13T00:00:00Z"},
	{in: "13 mai 2026, ora 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026. május 13. 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	// Nordic and Baltic.
	{in: "13. toukokuuta 2026 klo 15.44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 maj 2026 kl. 15.44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13. mai 2026 kl. 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13. maí 2026", want: "2026-05-13T00:00:00Z"},
	{in: "2026 m. gegužės 13 d.", want: "2026-05-13T00:00:00Z"},
	{in: "2026. gada 13. maijs", want: ""}, // Latvian year-first with "gada": not read
	{in: "13. mai 2026", want: "2026-05-13T00:00:00Z"},
	// Turkish, Greek, Cyrillic.
	{in: "13 Mayıs 2026 Çarşamba 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 Μαΐου 2026, 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 травня 2026, 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 май 2026 г., 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 мај 2026", want: "2026-05-13T00:00:00Z"},
	{in: "13 мая 2026, 15:44 МСК", want: "2026-05-13T15:44:00+03:00", hasTime: true},
	// Arabic, Persian, Hebrew, Hindi, Thai digits and names.
	{in: "١٣ مايو ٢٠٢٦", want: "2026-05-13T00:00:00Z"},
	{in: "13 أيار 2026", want: "2026-05-13T00:00:00Z"},
	{in: "الأربعاء، ١٣ مايو ٢٠٢٦، ١٥:٤٤", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "۱۳ مه ۲۰۲۶", want: "2026-05-13T00:00:00Z"},
	{in: "۱۴۰۵/۰۲/۲۳", want: "2026-05-13T00:00:00Z"}, // the Persian solar calendar
	{in: "13 במאי 2026", want: "2026-05-13T00:00:00Z"},
	{in: "13 मई 2026", want: "2026-05-13T00:00:00Z"},
	{in: "13 พฤษภาคม 2569", want: "2026-05-13T00:00:00Z"},
	{in: "13 Mei 2026 15:44 WIB", want: "2026-05-13T15:44:00+07:00", hasTime: true},
	// Chinese, Japanese, Korean; full-width digits.
	{in: "2026年5月13日 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "发布时间：2026年5月13日15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026年5月13日（水）15時44分", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "２０２６年５月１３日", want: "2026-05-13T00:00:00Z"},
	{in: "2026年5月13日 下午3:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026年5月13日下午3点44分", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026年5月13日 上午9:05", want: "2026-05-13T09:05:00Z", hasTime: true},
	{in: "2026年5月13日 午後3時44分", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026년 5월 13일 오후 3:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026. 5. 13. 오전 12:30", want: "2026-05-13T00:30:00Z", hasTime: true},
	{in: "2026년 5월 13일 오후 15:44", want: "2026-05-13T00:00:00Z"}, // PM before a 24-hour time: no time read
	{in: "2026년 5월 13일 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026년 5월 13일 (수) 15시 44분", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026. 5. 13. 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "2026-05-13 15:44 CST", p: Parser{Region: "CN"}, want: "2026-05-13T15:44:00+08:00", hasTime: true},
	{in: "2026-05-13 15:44 CST", p: Parser{Language: "zh-CN"}, want: "2026-05-13T15:44:00+08:00", hasTime: true},
	{in: "2026-05-13 15:44 CST", p: Parser{Location: mustLoadOrNil("Asia/Shanghai")}, want: "2026-05-13T15:44:00+08:00", hasTime: true},
	{in: "2026-05-13 15:44 CST", want: "2026-05-13T15:44:00-06:00", hasTime: true},
	{in: "2026-05-13 15:44 CST", p: Parser{Region: "US"}, want: "2026-05-13T15:44:00-06:00", hasTime: true},
	{in: "13 May 2026 15:44 IST", p: Parser{Region: "IL"}, want: "2026-05-13T15:44:00+02:00", hasTime: true},
	{in: "13 May 2026 15:44 IST", want: "2026-05-13T15:44:00+05:30", hasTime: true},
	// English forms and the silent losses: a stated time and zone kept.
	{in: "Posted on May 19, 2020", want: "2020-05-19T00:00:00Z", wantText: "May 19, 2020"},
	{in: "Wednesday 13 May 2026 15.44 BST", want: "2026-05-13T15:44:00+01:00", hasTime: true},
	{in: "13 May 2026 15h44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 May 2026, 3.44pm", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "13 May 2026 @ 15:44", want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "Wed 13 May 2026 15.44 EEST", want: "2026-05-13T15:44:00+03:00", hasTime: true},
	{in: "May 13, 2026 3:44 PM ET", want: "2026-05-13T15:44:00-04:00", hasTime: true},
	{in: "May 13, 2026 3:44 PM PT", want: "2026-05-13T15:44:00-07:00", hasTime: true},
	{in: "13 May 2026 15:44 JST", want: "2026-05-13T15:44:00+09:00", hasTime: true},
	{in: "13 May 2026 15:44 KST", want: "2026-05-13T15:44:00+09:00", hasTime: true},
	{in: "13 May 2026 15:44 AEST", want: "2026-05-13T15:44:00+10:00", hasTime: true},
	{in: "13 May 2026 15:44 CEST", want: "2026-05-13T15:44:00+02:00", hasTime: true},
	{in: "13 January 2026 15:44 CET", want: "2026-01-13T15:44:00+01:00", hasTime: true},
	{in: "13 January 2026 15:44 EET", want: "2026-01-13T15:44:00+02:00", hasTime: true},
	{in: "13 May 2026", want: "2026-05-13T00:00:00Z", hasTime: false},
	// Numeric order: day first unless the language, country or zone is
	// one that writes month first.
	{in: "05/06/2026", want: "2026-06-05T00:00:00Z"},
	{in: "05/13/2026", want: "2026-05-13T00:00:00Z"}, // day first impossible
	{in: "05/06/2026", p: Parser{Language: "en-US"}, want: "2026-05-06T00:00:00Z"},
	{in: "05/06/2026", p: Parser{Language: "en-GB"}, want: "2026-06-05T00:00:00Z"},
	{in: "05/06/2026", p: Parser{Language: "en"}, want: "2026-06-05T00:00:00Z"}, // English alone: no hint
	{in: "05/06/2026", p: Parser{Region: "US"}, want: "2026-05-06T00:00:00Z"},
	{in: "05/06/2026", p: Parser{Language: "en", Region: "US"}, want: "2026-05-06T00:00:00Z"},
	{in: "05/06/2026", p: Parser{Language: "es-US"}, want: "2026-06-05T00:00:00Z"},
	{in: "05/06/2026", p: Parser{Location: mustLoadOrNil("America/New_York")}, want: "2026-05-06T00:00:00-04:00"},
	{in: "5/6/2026 12:30 PM ET", p: Parser{Location: mustLoadOrNil("America/New_York")}, want: "2026-05-06T12:30:00-04:00", hasTime: true},
	{in: "05/06/2026", p: Parser{Location: mustLoadOrNil("America/Sao_Paulo")}, want: "2026-06-05T00:00:00-03:00"},
	{in: "05-06-2026", p: Parser{Language: "en-US"}, want: "2026-05-06T00:00:00Z"},
	{in: "05.06.2026", p: Parser{Language: "en-US"}, want: "2026-06-05T00:00:00Z"}, // dotted is day first everywhere
	{in: "05/06/2026", p: Parser{Language: "fil"}, want: "2026-05-06T00:00:00Z"},
	{in: "2026/05/06", p: Parser{Language: "en-US"}, want: "2026-05-06T00:00:00Z"},
	// Today and yesterday in other languages, with a time only.
	{in: "Heute, 15:44", p: Parser{Reference: ref2026}, want: "2026-05-13T15:44:00Z", hasTime: true},
	{in: "Gestern, 10:00 Uhr", p: Parser{Reference: ref2026}, want: "2026-05-12T10:00:00Z", hasTime: true},
	{in: "hier à 10h30", p: Parser{Reference: ref2026}, want: "2026-05-12T10:30:00Z", hasTime: true},
	{in: "Ayer 10:00", p: Parser{Reference: ref2026}, want: "2026-05-12T10:00:00Z", hasTime: true},
	{in: "어제 10:00", p: Parser{Reference: ref2026}, want: "2026-05-12T10:00:00Z", hasTime: true},
	{in: "hier", p: Parser{Reference: ref2026}, want: ""},  // German "here"
	{in: "heute", p: Parser{Reference: ref2026}, want: ""}, // a day word alone, of another language
	{in: "today", p: Parser{Reference: ref2026}, want: "2026-05-13T00:00:00Z"},
	// A time ago, in the phrases of CLDR.
	{in: "vor 2 Stunden", p: Parser{Reference: ref2026}, want: "2026-05-13T16:00:00Z", hasTime: true},
	{in: "il y a 3 heures", p: Parser{Reference: ref2026}, want: "2026-05-13T15:00:00Z", hasTime: true},
	{in: "hace 5 minutos", p: Parser{Reference: ref2026}, want: "2026-05-13T17:55:00Z", hasTime: true},
	{in: "2 ore fa", p: Parser{Reference: ref2026}, want: "2026-05-13T16:00:00Z", hasTime: true},
	{in: "3 uur geleden", p: Parser{Reference: ref2026}, want: "2026-05-13T15:00:00Z", hasTime: true},
	{in: "2 godziny temu", p: Parser{Reference: ref2026}, want: "2026-05-13T16:00:00Z", hasTime: true},
	{in: "2 години тому", p: Parser{Reference: ref2026}, want: "2026-05-13T16:00:00Z", hasTime: true},
	{in: "3시간 전", p: Parser{Reference: ref2026}, want: "2026-05-13T15:00:00Z", hasTime: true},
	{in: "vor 3 Tagen", p: Parser{Reference: ref2026}, want: "2026-05-10T00:00:00Z"},
	{in: "2 saat öncə", p: Parser{Reference: ref2026}, want: "2026-05-13T16:00:00Z", hasTime: true},
	{in: "vor 2 Stunden", want: ""}, // no reference time: ErrNoDate
	{in: "il y a 2000 ans", p: Parser{Reference: ref2026}, want: ""},
	// Near misses: no date, or not the wrong one.
	{in: "+49 30 05.11.20210", want: ""},
	{in: "Tel. 05 11 2021", want: ""},
	{in: "v2.10.2021", want: ""},
	{in: "version 5.11.2021", want: ""},
	{in: "Preis: 5.11 €", want: ""},
	{in: "Endstand 2:1", want: ""},
	{in: "ISBN 978-3-16-148410-0", want: ""},
	{in: "scored 5 out of 10", want: ""},
	{in: "5 mar", want: ""},
	{in: "5 set", want: ""},
	{in: "5 listopad", want: ""},  // a foreign month without a year
	{in: "5 de março", want: ""},  // likewise, unless the language is hinted
	{in: "12.50 euros", want: ""}, // a price is no clock
	{in: "2026年", want: ""},       // a year alone
	{in: "5月13日", want: ""},       // no year, none known: ErrNoYear
	{in: "13 mai 2026 12.5 millions", want: "2026-05-13T00:00:00Z", hasTime: false},
	{in: "13 May 2026 12.50.10", want: "2026-05-13T00:00:00Z", hasTime: false},
}

// ref2026 is a reference time for relative dates.
var ref2026 = time.Date(2026, 5, 13, 18, 0, 0, 0, time.UTC)

// mustLoadOrNil loads a tz location, or returns nil without the
// database.
func mustLoadOrNil(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}

func TestWorldForms(t *testing.T) {
	for _, c := range worldCases {
		d, err := c.p.Parse(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("Parse(%q) = %v (%q), want no date", c.in, d.Time, d.Text)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if got := d.Time.Format(time.RFC3339); got != c.want || d.HasTime != c.hasTime {
			t.Errorf("Parse(%q) = %s, time %v (%q); want %s, time %v", c.in, got, d.HasTime, d.Text, c.want, c.hasTime)
		}
		if c.wantText != "" && d.Text != c.wantText {
			t.Errorf("Parse(%q).Text = %q, want %q", c.in, d.Text, c.wantText)
		}
	}
}

func TestHintedLanguageWithoutYear(t *testing.T) {
	p := Parser{Language: "pt-BR", YearHint: 2018}
	d, err := p.Parse("10 de março – Interlagos")
	if err != nil || d.Time.Format("2006-01-02") != "2018-03-10" {
		t.Errorf("Parse with pt: %v, %v", d.Time, err)
	}
	if _, err := (Parser{YearHint: 2018}).Parse("10 de março – Interlagos"); err == nil {
		t.Errorf("a Portuguese date without a year read without the language hinted")
	}
	if d, ok := p.Find("A etapa será em 10 de março em Interlagos."); !ok || d.Time.Month() != time.March {
		t.Errorf("Find with pt: %v, %v", d.Time, ok)
	}
}

func TestFindWorld(t *testing.T) {
	p := Parser{}
	for _, c := range []struct{ in, want string }{
		{"Die Sitzung fand am 5. November 2021 in Berlin statt.", "2021-11-05"},
		{"La reunión se celebró el 5 de noviembre de 2021 en Madrid.", "2021-11-05"},
		{"会议于2026年5月13日在北京举行。", "2026-05-13"},
		{"He scored 5 out of 10 in 2021.", ""},
		{"Ekim ayında 5 Ekim toplantısı yapıldı.", ""}, // no year: not a date in running text
	} {
		d, ok := p.Find(c.in)
		got := ""
		if ok {
			got = d.Time.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestYearEvidence(t *testing.T) {
	var e YearEvidence
	e.Add("13 May, 15:44")
	e.Add("The plant was closed in 2015, and reopened in 2016.")
	if got := e.Year(); got != 2016 {
		t.Errorf("mentions only: %d, want 2016", got)
	}
	e.Add("© 2026 Example News")
	if got := e.Year(); got != 2026 {
		t.Errorf("with copyright: %d, want 2026", got)
	}
	e.Add("Updated 14 May 2025") // a whole date beats the copyright year
	if got := e.Year(); got != 2025 {
		t.Errorf("with a whole date: %d, want 2025", got)
	}
	var none YearEvidence
	none.Add("The summit will be held on 12 June 2030.")
	none.Add("a goal for 2045")
	if got := none.Year(); got != 0 {
		t.Errorf("targets only: %d, want 0", got)
	}
	var c YearEvidence
	c.Add("Copyright 2015–2026 Example")
	if got := c.Year(); got != 2026 {
		t.Errorf("copyright range: %d, want 2026", got)
	}
	p := Parser{YearHint: e.Year()}
	if d, err := p.Parse("13 May, 15:44"); err != nil || d.Time.Year() != 2025 {
		t.Errorf("Parse with the evidence: %v, %v", d.Time, err)
	}
}

func TestNoYearError(t *testing.T) {
	if _, err := (Parser{}).Parse("5月13日"); !errors.Is(err, ErrNoYear) {
		t.Errorf("5月13日: %v, want ErrNoYear", err)
	}
}

// TestEveryMonthForm reads a day, each month form of each language and a
// year, and the year first for the languages that write it so: every form
// the table holds gives its month, unless another language listed before
// gives the same form another month (then the language hint does).
func TestEveryMonthForm(t *testing.T) {
	lex := lexicon()
	n := 0
	for li, l := range lex.langs {
		hint := Parser{Language: l.code}
		for m, mf := range l.months {
			for _, form := range append(append([]string{}, mf.wide...), mf.abbr...) {
				for _, s := range []string{"13 " + form + " 2026", "13. " + form + " 2026", "13 " + form + ". 2026"} {
					d, err := hint.Parse(s)
					if err != nil {
						t.Errorf("%s: Parse(%q): %v", l.code, s, err)
						continue
					}
					if got := int(d.Time.Month()); got != m+1 || d.Time.Day() != 13 || d.Time.Year() != 2026 {
						t.Errorf("%s: Parse(%q) = %s, want month %d", l.code, s, d.Time.Format("2006-01-02"), m+1)
					}
					n++
				}
				if lang(li+1) > langKK {
					if _, err := (Parser{}).Parse("13 " + form); err == nil && lex.words[form].langs()&homeLangs == 0 {
						t.Errorf("%s: %q without a year read without the language hinted", l.code, "13 "+form)
					}
				}
			}
		}
	}
	t.Logf("%d forms of %d languages read", n, len(lex.langs))
}

// TestEveryWeekdayForm reads each weekday form of each language before a
// date: the weekday is part of the date's text, unless the form is also a
// month name.
func TestEveryWeekdayForm(t *testing.T) {
	lex := lexicon()
	for _, l := range lex.langs {
		for _, form := range l.days {
			s := form + ", 13.05.2026"
			d, err := (Parser{}).Parse(s)
			if err != nil || d.Time.Format("2006-01-02") != "2026-05-13" {
				t.Errorf("%s: Parse(%q) = %v, %v", l.code, s, d.Time, err)
				continue
			}
			if lex.words[form].flags&fMonth == 0 && d.Start != 0 {
				t.Errorf("%s: Parse(%q).Text = %q, want the weekday in it", l.code, s, d.Text)
			}
		}
	}
}

// TestEveryLocaleOrder reads "05/06/2026" with each CLDR locale hinted:
// May 6 where the locale writes month first, June 5 elsewhere (day first,
// and year first, where a date with the year last is read day first).
func TestEveryLocaleOrder(t *testing.T) {
	n := 0
	for _, p := range strings.Fields(cldrOrders) {
		loc, order, _ := strings.Cut(p, ":")
		if loc == "en" {
			continue // English alone decides nothing
		}
		d, err := (Parser{Language: loc}).Parse("05/06/2026")
		want := "2026-06-05"
		if order == "m" {
			want = "2026-05-06"
		}
		if err != nil || d.Time.Format("2006-01-02") != want {
			t.Errorf("%s (%s first): %v, %v; want %s", loc, order, d.Time, err, want)
		}
		n++
	}
	if n < 500 {
		t.Errorf("only %d locales", n)
	}
}
