package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
)

// maxFallback is the longest value handed to dateparse: date values are
// short, and the bound keeps the cost of a failed Parse small.
const maxFallback = 96

// englishMonthNames are the month names; their first three letters are
// handed to dateparse, which reads those in more layouts.
var englishMonthNames = [12]string{
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
}

// englishWeekdays are the day names and abbreviations dropped before
// dateparse reads a value.
var englishWeekdays = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}

// evidence is what a value states, read while normalising it, against
// which dateparse's result is checked.
type evidence struct {
	years   [4]int // four-digit years, and two-digit years expanded
	nyears  int
	nums    [8]int // one- and two-digit numbers outside a time of day
	nnums   int
	months  uint16 // a bit for each month named
	clock   bool   // an "hh:mm" time of day is stated
	hour    int    // its hour
	min     int    // its minute
	hasTime bool   // some time of day is stated
	loc     *time.Location
	offset  bool // a numeric offset or "Z" is stated
}

func (e *evidence) addYear(y int) {
	if e.nyears < len(e.years) {
		e.years[e.nyears] = y
		e.nyears++
	}
}

func (e *evidence) addNum(n int) {
	if e.nnums < len(e.nums) {
		e.nums[e.nnums] = n
		e.nnums++
	}
}

// count returns how many of the numbers equal n.
func (e *evidence) count(n int) int {
	c := 0
	for _, v := range e.nums[:e.nnums] {
		if v == n {
			c++
		}
	}
	return c
}

// fallback reads s with dateparse, for English date values the scanner
// does not read. s is normalised first (see normalise) and dateparse's
// result is checked against what s states (see valid); fallback reports
// false when either refuses.
func (p Parser) fallback(s string) (Date, bool, error) {
	start, end := trimSpace(s)
	v := s[start:end]
	if len(v) == 0 || len(v) > maxFallback {
		return Date{}, false, nil
	}
	norm, ev, ok := normalise(v)
	if !ok {
		return Date{}, false, nil
	}
	loc := ev.loc
	if loc == nil {
		loc = p.location()
	}
	t, ok := parseIn(norm, loc)
	if !ok || !ev.valid(t, loc) {
		return Date{}, false, nil
	}
	if fail := p.plausible(t); fail != resolved {
		return Date{}, true, fail.err(v)
	}
	zoned := ev.loc != nil || ev.offset
	return Date{
		Time:     t,
		Text:     v,
		Start:    start,
		End:      end,
		HasTime:  ev.hasTime,
		Inferred: inferred(false, !zoned),
	}, true, nil
}

// parseIn calls dateparse, which must not take the program down.
func parseIn(s string, loc *time.Location) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	t, err := dateparse.ParseIn(s, loc)
	return t, err == nil
}

// valid checks dateparse's reading t of a value against the evidence: the
// year is in range and stated as four digits (or two, expanded), the day is
// stated, the month is named or stated as a number other than the day's,
// the minute and hour of an "hh:mm" are kept, and the zone is the one
// stated, so that no abbreviation has been read as UTC.
func (e *evidence) valid(t time.Time, loc *time.Location) bool {
	y := t.Year()
	if y < minYear || y > maxYear || !containsInt(e.years[:e.nyears], y) {
		return false
	}
	d, m := t.Day(), int(t.Month())
	if e.count(d) == 0 {
		return false
	}
	if e.months&(1<<m) == 0 && (d == m && e.count(m) < 2 || d != m && e.count(m) == 0) {
		return false
	}
	if e.months != 0 && e.months&(1<<m) == 0 {
		return false
	}
	if e.clock && (t.Minute() != e.min || t.Hour()%12 != e.hour%12) {
		return false
	}
	if e.offset {
		if e.loc != nil {
			_, got := t.Zone()
			_, want := t.In(e.loc).Zone()
			return got == want
		}
		return true
	}
	return t.Location() == loc
}

func containsInt(s []int, n int) bool {
	for _, v := range s {
		if v == n {
			return true
		}
	}
	return false
}

// trimSpace returns the bounds of s without surrounding ASCII space.
func trimSpace(s string) (int, int) {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return i, j
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// digitRun returns the run of digits at s[i:].
func digitRun(s string, i int) string {
	return s[i : i+digitsAt(s, i, len(s))]
}

// lastByte returns the last byte of b, or 0.
func lastByte(b []byte) byte {
	if len(b) == 0 {
		return 0
	}
	return b[len(b)-1]
}

// normalise rewrites an English date value into a form dateparse reads
// and gathers the evidence to check its reading against. It drops
// weekday names, ordinal endings ("2nd"), "of", "at", "the", "on" and
// parentheses; abbreviates month names to three letters; writes "p.m." as "PM";
// rewrites slashed dates ("2/3/2018", day first unless impossible) and
// compact ones ("20180202T150100Z") as ISO 8601; and removes a zone
// abbreviation, whose location is passed to dateparse instead. It refuses
// (ok false) text that is not ASCII and any word it does not know, which
// dateparse could read as a zone at offset 0.
func normalise(s string) (string, evidence, bool) {
	var ev evidence
	b := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", ev, false
		case isSpace(c):
			if lastByte(b) != ' ' && len(b) > 0 {
				b = append(b, ' ')
			}
			i++
		case isDigit(c):
			var ok bool
			if b, i, ok = normaliseNumber(b, s, i, &ev); !ok {
				return "", ev, false
			}
		case isLetter(c):
			var ok bool
			if b, i, ok = normaliseWord(b, s, i, &ev); !ok {
				return "", ev, false
			}
		case c == '(' || c == ')':
			i++
		case c == '+' || c == '-':
			if ev.clock && i+1 < len(s) && isDigit(s[i+1]) {
				ev.offset = true
			}
			b = append(b, c)
			i++
		case strings.IndexByte(",:./", c) >= 0:
			b = append(b, c)
			i++
		default:
			return "", ev, false
		}
	}
	return strings.TrimSpace(string(b)), ev, true
}

// normaliseNumber handles the run of digits at s[i:].
func normaliseNumber(b []byte, s string, i int, ev *evidence) ([]byte, int, bool) {
	d := digitRun(s, i)
	j := i + len(d)
	prev := byte(0)
	if i > 0 {
		prev = s[i-1]
	}
	switch {
	case len(d) == 8 || len(d) == 14:
		return compactDate(b, s, i, ev)
	case (len(d) == 1 || len(d) == 2) && j < len(s) && s[j] == '/':
		return slashedDate(b, s, i, ev)
	case prev == '.' && i > 1 && isDigit(s[i-2]):
		// A fraction of a second.
	case prev == '+' || prev == '-' && ev.clock:
		// A zone offset.
	case j < len(s) && s[j] == ':' || prev == ':':
		if !ev.clock && prev != ':' && len(d) <= 2 && len(s) > j+2 && isDigit(s[j+1]) && isDigit(s[j+2]) {
			ev.clock, ev.hasTime = true, true
			ev.hour, ev.min = atoi(d), atoi(s[j+1:j+3])
		}
	case len(d) == 4:
		ev.addYear(atoi(d))
	case len(d) == 2 && ev.nnums > 0 && afterMonth(b):
		// RFC 850 and 822: "02-Feb-18", "02 Feb 18".
		y := expandYear(atoi(d))
		ev.addYear(y)
		b[len(b)-1] = ' '
		return strconv.AppendInt(b, int64(y), 10), j, true
	case len(d) <= 2:
		ev.addNum(atoi(d))
	default:
		return b, j, false
	}
	return append(b, d...), j, true
}

// afterMonth reports whether b ends with a month name and a space or dash.
func afterMonth(b []byte) bool {
	if c := lastByte(b); c != ' ' && c != '-' {
		return false
	}
	b = b[:len(b)-1]
	for _, m := range englishMonthNames {
		if m = m[:3]; len(b) >= len(m) && string(b[len(b)-len(m):]) == m {
			return true
		}
	}
	return false
}

// compactDate rewrites "20180202", "20180202150100" or "20180202T150100"
// at s[i:] as ISO 8601.
func compactDate(b []byte, s string, i int, ev *evidence) ([]byte, int, bool) {
	d := digitRun(s, i)
	j := i + len(d)
	ev.addYear(atoi(d[:4]))
	ev.addNum(atoi(d[4:6]))
	ev.addNum(atoi(d[6:8]))
	b = append(b, d[:4]...)
	b = append(b, '-')
	b = append(b, d[4:6]...)
	b = append(b, '-')
	b = append(b, d[6:8]...)
	clock := d[8:]
	if clock == "" && j+1 < len(s) && s[j] == 'T' {
		if clock = digitRun(s, j+1); len(clock) != 6 && len(clock) != 4 {
			return b, j, false
		}
		j += 1 + len(clock)
	}
	if clock == "" {
		return b, j, true
	}
	ev.clock, ev.hasTime = true, true
	ev.hour, ev.min = atoi(clock[:2]), atoi(clock[2:4])
	b = append(b, 'T')
	b = append(b, clock[:2]...)
	b = append(b, ':')
	b = append(b, clock[2:4]...)
	b = append(b, ':')
	if len(clock) == 6 {
		b = append(b, clock[4:6]...)
	} else {
		b = append(b, '0', '0')
	}
	return b, j, true
}

// slashedDate rewrites "2/3/2018" or "2/3/18" at s[i:] as ISO 8601, day
// first unless the day-first reading is impossible, as the scanner reads
// it; dateparse would read it month first.
func slashedDate(b []byte, s string, i int, ev *evidence) ([]byte, int, bool) {
	p1 := digitRun(s, i)
	j := i + len(p1) + 1
	p2 := digitRun(s, j)
	j += len(p2)
	if len(p2) < 1 || len(p2) > 2 || j >= len(s) || s[j] != '/' {
		return b, j, false
	}
	p3 := digitRun(s, j+1)
	j += 1 + len(p3)
	if len(p3) != 4 && len(p3) != 2 {
		return b, j, false
	}
	day, month, year := atoi(p1), atoi(p2), atoi(p3)
	if len(p3) == 2 {
		year = expandYear(year)
	}
	if month > 12 && day <= 12 {
		day, month = month, day
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return b, j, false
	}
	ev.addYear(year)
	ev.addNum(day)
	ev.addNum(month)
	b = append(b, byte('0'+year/1000), byte('0'+year/100%10), byte('0'+year/10%10), byte('0'+year%10), '-')
	b = append(b, byte('0'+month/10), byte('0'+month%10), '-')
	return append(b, byte('0'+day/10), byte('0'+day%10)), j, true
}

// normaliseWord handles the run of letters at s[i:].
func normaliseWord(b []byte, s string, i int, ev *evidence) ([]byte, int, bool) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	w := s[i:j]
	lw := strings.ToLower(w)
	afterDigit := i > 0 && isDigit(s[i-1])
	skipDot := func(j int) int {
		if j < len(s) && s[j] == '.' {
			return j + 1
		}
		return j
	}
	switch {
	case afterDigit && (lw == "st" || lw == "nd" || lw == "rd" || lw == "th"):
		return b, j, true
	case afterDigit && w == "T" && j < len(s) && isDigit(s[j]):
		return append(b, 'T'), j, true
	case afterDigit && w == "Z":
		ev.offset = true
		return append(b, 'Z'), j, true
	case (lw == "a" || lw == "p") && strings.HasPrefix(s[j:], ".m"):
		return appendMeridiem(b, lw), skipDot(j + 2), true
	case lw == "am" || lw == "pm":
		return appendMeridiem(b, lw[:1]), j, true
	case lw == "of" || lw == "at" || lw == "the" || lw == "on":
		return b, j, true
	}
	for _, wd := range englishWeekdays {
		if lw == wd {
			j = skipDot(j)
			if j < len(s) && s[j] == ',' {
				j++
			}
			return b, j, true
		}
	}
	for m, forms := range englishMonths {
		for _, f := range forms {
			if lw == f {
				ev.months |= 1 << (m + 1)
				switch lastByte(b) {
				case '-':
					b[len(b)-1] = ' ' // "02-Feb-18"
				case ' ', 0:
				default:
					b = append(b, ' ')
				}
				return append(b, englishMonthNames[m][:3]...), skipDot(j), true
			}
		}
	}
	loc, ok := zones()[w]
	if !ok || ev.loc != nil && ev.loc != loc {
		return b, j, false
	}
	if loc == time.UTC && j < len(s) && (s[j] == '+' || s[j] == '-') {
		return b, j, true // "GMT+0600": the offset follows
	}
	ev.loc = loc
	return b, j, true
}

// appendMeridiem appends " AM" or " PM" for "a" or "p".
func appendMeridiem(b []byte, ap string) []byte {
	if lastByte(b) != ' ' {
		b = append(b, ' ')
	}
	if ap == "a" {
		return append(b, "AM"...)
	}
	return append(b, "PM"...)
}
