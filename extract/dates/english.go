package dates

import (
	"strconv"
	"time"

	"github.com/araddon/dateparse"
)

// englishMonthNames are the month names handed to dateparse.
var englishMonthNames = [12]string{
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
}

// parseEnglish reads an English date through dateparse. The date is first
// normalised to the one shape dateparse reads reliably, "February 2 2018
// 15:01:00": month name first, then the day, a four-digit
// year (inferred if need be), a 24-hour clock and no zone, which is passed
// as the location instead, so that no abbreviation is ever read as UTC.
// Whatever dateparse returns is validated against the fields the scanner
// read: a year 0, a lost minute, a different zone or a day or month other
// than the digits of the input reject it, and the fields are used as read.
func parseEnglish(f fields, loc *time.Location) time.Time {
	want := f.time(loc)
	if got, ok := viaDateparse(f, loc); ok && got.Equal(want) && got.Location() == loc {
		return got
	}
	return want
}

// viaDateparse normalises the fields of an English date and parses the
// result with dateparse, checking what it returns.
func viaDateparse(f fields, loc *time.Location) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	var buf [64]byte
	b := append(buf[:0], englishMonthNames[f.month-1]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(f.day), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(f.year), 10)
	if f.hasTime {
		b = append(b, ' ')
		b = append2(b, f.hour)
		b = append(b, ':')
		b = append2(b, f.min)
		b = append(b, ':')
		b = append2(b, f.sec)
		if f.nsec != 0 {
			b = append(b, '.')
			b = append(b, strconv.Itoa(1_000_000_000 + f.nsec)[1:]...)
		}
	}
	t, err := dateparse.ParseIn(string(b), loc)
	if err != nil || t.Year() == 0 {
		return time.Time{}, false
	}
	if t.Year() != f.year || int(t.Month()) != f.month || t.Day() != f.day {
		return time.Time{}, false
	}
	if f.hasTime && (t.Hour() != f.hour || t.Minute() != f.min || t.Second() != f.sec) {
		return time.Time{}, false
	}
	return t, true
}

// append2 appends n as two digits.
func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}
