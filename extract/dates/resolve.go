package dates

import "time"

// resolve turns a match into a Date: it supplies the year and zone the
// text left out, resolves relative dates and checks plausibility. It
// allocates only for a date that resolves, so that a text full of dates
// passed over costs no memory.
func (p Parser) resolve(s string, m match) (Date, failure) {
	z := m.zone
	loc := z.loc
	if !z.stated() {
		loc = p.location()
	}
	if z.fixed {
		// Work in UTC on the wall clock of the offset, with the reference
		// moved to that clock: the location is made once the date is
		// known to be good.
		loc = time.UTC
		if !p.Reference.IsZero() {
			p.Reference = p.Reference.Add(time.Duration(z.offset) * time.Second)
		}
	}
	var (
		t        time.Time
		f        = m.fields
		yearInfd = true
		fail     failure
	)
	if m.relative {
		t, fail = p.resolveRelative(f, loc)
	} else if f, yearInfd, fail = p.resolveCalendar(f, loc); fail == resolved {
		t = f.time(loc)
	}
	if fail == resolved {
		fail = p.plausible(t)
	}
	if fail != resolved {
		return Date{}, fail
	}
	if z.fixed {
		t = t.Add(-time.Duration(z.offset) * time.Second).In(z.location())
	}
	return Date{
		Time:     t,
		Text:     s[m.start:m.end],
		Start:    m.start,
		End:      m.end,
		HasTime:  m.hasTime,
		Inferred: inferred(yearInfd, !z.stated()),
	}, resolved
}

// resolveRelative resolves "Today, 15:01" or "2 hours ago" against the
// reference time.
func (p Parser) resolveRelative(f fields, loc *time.Location) (time.Time, failure) {
	if p.Reference.IsZero() {
		return time.Time{}, failRelative
	}
	ref := p.Reference.In(loc)
	if f.ago {
		t := ref.Add(-time.Duration(f.agoSec) * time.Second)
		if !f.hasTime {
			y, m, d := t.Date()
			t = time.Date(y, m, d, 0, 0, 0, 0, loc)
		}
		return t, resolved
	}
	y, m, d := ref.Date()
	return time.Date(y, m, d+f.relDays, f.hour, f.min, f.sec, f.nsec, loc), resolved
}

// resolveCalendar checks a calendar date and supplies its year if
// missing; it reports whether the year was inferred.
func (p Parser) resolveCalendar(f fields, loc *time.Location) (fields, bool, failure) {
	if f.cal == calSolarHijri {
		return solarHijri(f)
	}
	yearInfd := f.yearTok < 0
	if yearInfd {
		y, fail := p.inferYear(f, loc)
		if fail != resolved {
			return f, false, fail
		}
		f.year = y
	}
	if f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysIn(f.month, f.year) {
		return f, false, failNoCalendarDate
	}
	return f, yearInfd, resolved
}

// time returns the time the fields state, in loc.
func (f fields) time(loc *time.Location) time.Time {
	return time.Date(f.year, time.Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, loc)
}

// inferYear supplies the year of a date that states none: the most recent
// such date not after Reference plus a day, or else YearHint.
func (p Parser) inferYear(f fields, loc *time.Location) (int, failure) {
	if p.Reference.IsZero() {
		if p.YearHint == 0 {
			return 0, failNoYear
		}
		return p.YearHint, resolved
	}
	limit := p.Reference.Add(slack)
	y0 := p.Reference.In(loc).Year() + 1
	for y := y0; y > y0-9; y-- {
		if f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysIn(f.month, y) {
			continue
		}
		g := f
		g.year = y
		if !g.time(loc).After(limit) {
			return y, resolved
		}
	}
	return 0, failNoCalendarDate
}

// daysIn returns the number of days in month m of year y.
func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
