package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// fields are the parts of a date as the text states them. Zero means not
// stated, except for the clock, which hasTime qualifies.
type fields struct {
	year, month, day     int
	hour, min, sec, nsec int
	hasTime              bool
	zone                 zone  // the stated zone, if any
	lang                 lang  // language of the month name
	cal                  uint8 // calendar of the month name
	monthTok, dayTok     int   // token indexes, or -1
	yearTok              int   // token index of a stated year, or -1

	relative bool  // a date relative to the reference
	relDays  int   // for "today", "yesterday": the day shift
	agoSec   int64 // for "2 hours ago": the distance in seconds
	ago      bool
}

// match is a date expression found in the input.
type match struct {
	fields
	start, end int // byte offsets
	next       int // index of the first token after the match
}

// scanner matches date expressions over the tokens of one string.
type scanner struct {
	window
	find  bool    // running text: stricter about what counts as a date
	par   *Parser // the parser whose hints apply, or nil
	h     hints   // the parser's hints, once hDone
	hDone bool
}

// hints returns the language, country and numeric order the parser
// hints, worked out the first time they are asked for: most texts never
// need them.
func (sc *scanner) hints() *hints {
	if !sc.hDone {
		sc.hDone = true
		if sc.par != nil {
			sc.h = sc.par.hints()
		}
	}
	return &sc.h
}

// newScanner returns a scanner of s that holds its tokens in ring, whose
// length is a power of two: windowSize, or smallWindow when s has no more
// bytes, and so no more tokens, than that. find makes it read s as running
// text.
func newScanner(s string, find bool, ring []token) scanner {
	return scanner{window: window{Ring: textutil.NewRing(ring, maxBehind), s: s}, find: find}
}

func newFields() fields { return fields{monthTok: -1, dayTok: -1, yearTok: -1} }

// glued reports whether tokens i and i+1 both exist and touch.
func (sc *scanner) glued(i int) bool {
	return i >= 0 && sc.ok(i+1) && sc.at(i).end == sc.at(i+1).start
}

// punct reports whether token i is punctuation among rs.
func (sc *scanner) punct(i int, rs string) bool {
	t := sc.at(i)
	if t.kind != tokPunct {
		return false
	}
	for _, r := range rs {
		if rune(t.val) == r {
			return true
		}
	}
	return false
}

// num reports whether token i is a number of minD to maxD digits.
func (sc *scanner) num(i, minD, maxD int) bool {
	t := sc.at(i)
	return t.kind == tokNum && int(t.digits) >= minD && int(t.digits) <= maxD
}

// has reports whether token i is a word carrying flag f.
func (sc *scanner) has(i int, f wordFlag) bool {
	t := sc.at(i)
	return t.kind == tokWord && t.info.flags&f != 0
}

// mayStart reports whether a date expression or a year may start at
// token i: a number, or a word that opens a date. Most tokens of a text
// fail this quick test.
func (sc *scanner) mayStart(i int) bool {
	t := sc.at(i)
	return t.kind == tokNum || t.kind == tokWord && t.info.flags&(fMonth|fWeekday|fRelDay|fArticle|fUnit|fAgoFirst) != 0
}

// matchAt tries to read a date expression starting at token i.
func (sc *scanner) matchAt(i int) (match, bool) {
	if !sc.mayStart(i) {
		return match{}, false
	}
	if f, k, ok := sc.relative(i); ok {
		return sc.span(f, i, k), true
	}
	j := sc.weekday(i)
	if c, k, ok := sc.clock(j, false); ok {
		k = sc.connector(k)
		k = sc.weekday(k)
		f, k, ok := sc.datePart(k)
		if !ok {
			return match{}, false
		}
		c.apply(&f)
		return sc.span(f, i, k), true
	}
	f, k, ok := sc.datePart(j)
	if !ok {
		return match{}, false
	}
	at, half := sc.meridiemBefore(sc.connector(k))
	if c, k2, ok := sc.clock(at, true); ok && (half == 0 || c.hour <= 12) {
		if half != 0 {
			c.hour = c.hour%12 + 12*(half-1)
		}
		c.apply(&f)
		k = k2
		if y := sc.at(k).val; f.yearTok < 0 && j > i && f.monthTok == j &&
			sc.num(k, 4, 4) && !sc.glued(k) && y >= minYear && y <= maxYear {
			f.year, f.yearTok = y, k // asctime: "Fri Feb 2 15:01:00 2018"
			k++
		}
	}
	return sc.span(f, i, k), true
}

// span makes a match of fields read from tokens [i, k).
func (sc *scanner) span(f fields, i, k int) match {
	return match{fields: f, start: sc.at(i).start, end: sc.at(k - 1).end, next: k}
}

// weekday skips a day-of-week name and its punctuation at token i.
// A name that is also a month's ("mar" is Tuesday in French and March in
// English) is read as the month; one of one or two letters ("Mo", "пн")
// must be followed by a dot or comma.
func (sc *scanner) weekday(i int) int {
	if !sc.has(i, fWeekday) || sc.has(i, fMonth) {
		return i
	}
	k := i + 1
	short := utf8.RuneCountInString(sc.s[sc.at(i).start:sc.at(i).end]) <= 2
	if sc.punct(k, ".") && sc.glued(i) {
		k++
	} else if short && !sc.punct(k, ",") {
		return i
	}
	if sc.punct(k, ",") {
		k++
	}
	return k
}

// connector skips what may stand between a date and a time of day:
// commas, dashes, bars, "at", "в", "сағат".
func (sc *scanner) connector(i int) int {
	k := i
	if sc.isoT(k) {
		return k + 1
	}
	for n := 0; n < 3 && sc.ok(k); n++ {
		if sc.punct(k, ",|-–—/·•،，@") {
			k++
			continue
		}
		if sc.has(k, fAt) {
			k = sc.skipDot(k + 1)
			continue
		}
		if j := sc.weekday(k); j > k {
			k = j // Turkish "13 Mayıs 2026 Çarşamba 15:44"
			continue
		}
		break
	}
	return k
}

// datePart reads a calendar date (day, month and perhaps year) at token i.
func (sc *scanner) datePart(i int) (fields, int, bool) {
	if !sc.ok(i) {
		return fields{}, i, false
	}
	if sc.at(i).kind == tokNum {
		return sc.numberFirst(i)
	}
	return sc.monthDay(i, -1)
}

// numberFirst reads a calendar date that starts with the number at token
// i: numeric, Chinese, Japanese or Korean, year first, or day first.
func (sc *scanner) numberFirst(i int) (fields, int, bool) {
	if f, k, ok := sc.numericDate(i); ok {
		return f, k, true
	}
	if next := sc.at(i + 1); next.kind == tokWord && next.info.flags&(fCJKYear|fCJKMonth) != 0 {
		if f, k, ok := sc.cjkDate(i); ok {
			return f, k, true
		}
	} else if next.kind == tokPunct && next.val == '.' {
		if f, k, ok := sc.dottedYearFirst(i); ok {
			return f, k, true
		}
	}
	if k, ok := sc.yearLead(i); ok {
		if f, k, ok := sc.dayMonth(k, i); ok && f.yearTok == i {
			return f, k, true
		}
		if f, k, ok := sc.monthDay(k, i); ok && f.yearTok == i {
			return f, sc.dayEnd(k), true
		}
		return fields{}, i, false
	}
	return sc.dayMonth(i, -1)
}

// dayEnd skips what may end the day of a year-first date: a glued dot
// (Hungarian "13."), Lithuanian "d.".
func (sc *scanner) dayEnd(k int) int {
	if sc.punct(k, ".") && sc.glued(k-1) {
		return k + 1
	}
	if sc.has(k, fOf) && sc.punct(k+1, ".") && sc.glued(k) && !sc.glued(k-1) {
		return k + 2
	}
	return k
}

// yearLead reports whether the four-digit number at token i leads a
// year-first date: followed by a year word ("2018 жылғы", Lithuanian
// "2026 m."), a glued dot (Hungarian "2026. május 13.") or a comma; it
// returns the token after them.
func (sc *scanner) yearLead(i int) (int, bool) {
	if !sc.num(i, 4, 4) {
		return i, false
	}
	switch {
	case sc.has(i+1, fYearWord):
		return sc.yearWord(i + 1), true
	case sc.has(i+1, fOf) && !sc.glued(i):
		return sc.skipDot(i + 2), sc.has(sc.skipDot(i+2), fMonth)
	case sc.punct(i+1, ".,") && sc.glued(i) && sc.has(i+2, fMonth):
		return i + 2, true
	}
	return i, false
}

// yearWord skips a year word ("г.", "года", "жылғы") at token i.
func (sc *scanner) yearWord(i int) int {
	if !sc.has(i, fYearWord) {
		return i
	}
	if sc.punct(i+1, ".") && sc.glued(i) {
		return i + 2
	}
	return i + 1
}

// monthWord reports whether token i is a month name acceptable here, and
// returns the index after it and any abbreviation dot.
func (sc *scanner) monthWord(i int) (int, bool) {
	if !sc.has(i, fMonth) {
		return i, false
	}
	t := sc.at(i)
	if sc.find && t.info.lang == langEN && !unicode.IsUpper(t.r) {
		return i, false
	}
	if sc.punct(i+1, ".") && sc.glued(i) {
		return i + 2, true
	}
	return i + 1, true
}

// monthOf returns the month that the month name at token m stands for:
// the hinted language's when languages differ on it.
func (sc *scanner) monthOf(m int) int {
	info := sc.at(m).info
	if info.flags&fMonthAlt != 0 && info.langs().has(sc.hints().lang) {
		var buf [256]byte
		if key, ok := lowerKey(buf[:], sc.s[sc.at(m).start:sc.at(m).end]); ok {
			for _, lm := range lexicon().alt[string(key)] {
				if lm.lang == sc.hints().lang {
					return int(lm.month)
				}
			}
		}
	}
	return int(info.month)
}

// homeLangs are the languages whose month names are read in any text.
const homeLangs = langSet(1<<langEN | 1<<langRU | 1<<langKK)

// monthAccepted reports whether the month name at token m, in a date that
// states a year or not, is read as one. English, Russian and Kazakh names
// and those of the hinted language always are; another language's name
// needs a stated year, for a word of one language may be a name in
// another (Portuguese "out", Italian "mar", Turkish "Ekim").
func (sc *scanner) monthAccepted(m int, f *fields) bool {
	info := sc.at(m).info
	if f.yearTok >= 0 || info.flags&fMonthForeign == 0 {
		return true
	}
	ls := info.langs()
	return ls&homeLangs != 0 || ls.has(sc.hints().lang)
}

// setMonth records the month name at token m in f.
func (sc *scanner) setMonth(f *fields, m int) {
	f.month, f.monthTok, f.lang, f.cal = sc.monthOf(m), m, sc.at(m).info.lang, sc.at(m).info.cal
	if info := sc.at(m).info; info.flags&fMonthForeign != 0 && info.langs().has(sc.hints().lang) {
		f.lang = sc.hints().lang
	}
}

// dayNumber reads a day of the month at token i with any ordinal ending
// ("2nd", "2-го", "2-сі").
func (sc *scanner) dayNumber(i int) (int, bool) {
	if !sc.num(i, 1, 2) || sc.at(i).val < 1 || sc.at(i).val > 31 || !sc.freeBefore(i) {
		return i, false
	}
	k := i + 1
	switch {
	case sc.has(k, fOrdinal) && sc.glued(i):
		return k + 1, true
	case sc.punct(k, ".") && sc.glued(i) && (sc.has(k+1, fMonth) || sc.has(k+1, fOf) && sc.has(k+2, fMonth)):
		return k + 1, true // German "5. November", Catalan-like "5. de"
	case sc.punct(k, "-") && sc.glued(i) && sc.glued(k) && sc.has(k+1, fMonth):
		return k + 1, true // "02-Feb-2018"
	case sc.punct(k, "-") && sc.glued(i) && sc.at(k+1).kind == tokWord &&
		sc.glued(k) && sc.at(k+1).end-sc.at(k+1).start <= 8:
		return k + 2, true
	case sc.glued(i) && sc.at(k).kind != tokPunct:
		return i, false
	}
	return k, true
}

// freeBefore reports whether token i is not glued to a word, number or
// slash before it, as in "S/2018", "PRST/2018/1" or "A2".
func (sc *scanner) freeBefore(i int) bool {
	r := textutil.RuneBefore(sc.s, sc.at(i).start)
	return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '_' || r == '\\')
}

// year reads a four-digit year at token i (possibly after a comma), not
// the hour of a time, with any year word after it.
func (sc *scanner) year(i int, f *fields) int {
	k := i
	if sc.punct(k, ",") || (sc.punct(k, "-") && sc.glued(k-1) && sc.glued(k)) {
		k++
	}
	if sc.has(k, fOf) && !sc.has(k, fYearWord) {
		k++ // Spanish "de 2021"
	}
	if !sc.num(k, 4, 4) || (sc.punct(k+1, ":") && sc.glued(k)) || sc.has(k+1, fYearTo) {
		return i
	}
	if sc.glued(k) && sc.at(k+1).kind != tokPunct && !sc.has(k+1, fYearWord) {
		return i
	}
	f.year, f.yearTok = buddhistYear(sc.at(k).val, sc.at(k-1).info), k
	return sc.yearWord(k + 1)
}

// dayMonth reads "2 February [2018]", "2nd of Feb", "2 ақпан 2018 жыл".
// Of a range of days, "2-3 February 2018", it reads the first day.
//
// lead is the token of a year read before the date, or -1.
func (sc *scanner) dayMonth(i, lead int) (fields, int, bool) {
	k, ok := sc.dayNumber(i)
	if !ok {
		return fields{}, i, false
	}
	k = sc.dayRangeEnd(i, k)
	if sc.has(k, fOf) {
		k++
	}
	m := k
	k, ok = sc.monthWord(k)
	if !ok {
		return fields{}, i, false
	}
	f := newFields()
	f.day, f.dayTok = sc.at(i).val, i
	sc.setMonth(&f, m)
	k = sc.leadOrYear(k, lead, &f)
	if !sc.monthAccepted(m, &f) {
		return fields{}, i, false
	}
	return f, k, true
}

// leadOrYear records the year read before a date at token lead, or else
// reads one after it at token k.
func (sc *scanner) leadOrYear(k, lead int, f *fields) int {
	if lead < 0 {
		return sc.year(k, f)
	}
	f.year, f.yearTok = buddhistYear(sc.at(lead).val, sc.at(f.monthTok).info), lead
	return k
}

// dayRangeEnd skips the end of a range of days, "-3" in "2-3 February",
// when the day at token i ends at token k; it returns k otherwise.
func (sc *scanner) dayRangeEnd(i, k int) int {
	if !sc.punct(k, "-–") {
		return k
	}
	if e, ok := sc.dayNumber(k + 1); ok && sc.at(k+1).val > sc.at(i).val && sc.has(e, fMonth|fOf) {
		return e
	}
	return k
}

// monthDay reads "February 2, 2018", "Feb. 2", "ақпанның 2-сі".
//
// lead is the token of a year read before the date, or -1.
func (sc *scanner) monthDay(i, lead int) (fields, int, bool) {
	k, ok := sc.monthWord(i)
	if !ok {
		return fields{}, i, false
	}
	d := k
	k, ok = sc.dayNumber(k)
	if !ok || (sc.punct(k, ":") && sc.glued(k-1)) {
		return fields{}, i, false
	}
	f := newFields()
	f.day, f.dayTok = sc.at(d).val, d
	sc.setMonth(&f, i)
	k = sc.leadOrYear(k, lead, &f)
	if !sc.monthAccepted(i, &f) {
		return fields{}, i, false
	}
	return f, k, true
}

// numericDate reads "2018-02-02", "2018/02/02", "02.02.2018", "02.02.18"
// and "02/02/2018" (day first; month first only when the day-first
// reading is impossible).
func (sc *scanner) numericDate(i int) (fields, int, bool) {
	if !sc.glued(i) || !sc.glued(i+1) || !sc.glued(i+2) || !sc.glued(i+3) ||
		!sc.punct(i+1, "-./") || !sc.punct(i+3, "-./") || sc.at(i+1).val != sc.at(i+3).val ||
		!sc.freeBefore(i) || sc.has(i-1, fVersion) || strings.ContainsRune("-.+", textutil.RuneBefore(sc.s, sc.at(i).start)) {
		return fields{}, i, false
	}
	a, b, c := sc.at(i), sc.at(i+2), sc.at(i+4)
	if b.kind != tokNum || c.kind != tokNum || b.digits > 2 {
		return fields{}, i, false
	}
	f := newFields()
	switch {
	case a.digits == 4 && c.digits <= 2:
		f.year, f.month, f.day = a.val, b.val, c.val
		f.yearTok = i
	case a.digits <= 2 && (c.digits == 4 || c.digits == 2):
		if c.digits == 2 && sc.find && (a.digits != 2 || b.digits != 2 || sc.at(i+1).val != '.') {
			return fields{}, i, false
		}
		f.day, f.month, f.year = a.val, b.val, c.val
		if c.digits == 2 {
			f.year = expandYear(c.val)
		}
		f.yearTok = i + 4
		if sc.at(i+1).val != '.' && sc.hints().order == 'm' {
			f.day, f.month = f.month, f.day
		}
		if sc.at(i+1).val != '.' && f.month > 12 && f.day <= 12 {
			f.day, f.month = f.month, f.day
		}
	default:
		return fields{}, i, false
	}
	if isSolarHijriYear(f.year) {
		f.cal = calSolarHijri // ۱۴۰۰/۰۸/۱۴
	}
	k := i + 5
	if !sc.freeAfter(k) {
		return fields{}, i, false
	}
	if f.month < 1 || f.month > 12 || f.day < 1 || f.day > 31 {
		return fields{}, i, false
	}
	if sc.has(k, fYearWord) {
		k = sc.yearWord(k)
	}
	return f, k, true
}

// freeAfter reports whether what follows the token before k ends a
// numeric date: not a letter, digit or slash, nor a dot or dash followed by
// a digit. An ISO "T" before a time is allowed.
func (sc *scanner) freeAfter(k int) bool {
	end := sc.at(k - 1).end
	r := textutil.RuneAt(sc.s, end)
	switch {
	case r == 'T' && sc.num(k+1, 1, 2) && sc.glued(k):
		return true
	case sc.has(k, fYearWord): // "02.02.2018г."
		return true
	case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '_':
		return false
	case r == '.' || r == '-' || r == ',':
		return !unicode.IsDigit(textutil.RuneAt(sc.s, end+1))
	}
	return true
}

// expandYear reads a two-digit year: 90–99 as 1990s, the rest as 2000s.
func expandYear(y int) int {
	if y >= 90 {
		return 1900 + y
	}
	return 2000 + y
}
