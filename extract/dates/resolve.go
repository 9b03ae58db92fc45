package dates

import (
	"fmt"
	"time"
)

// resolve turns a match into a Date: it supplies the year and zone the
// text left out, resolves relative dates and checks plausibility.
func (p Parser) resolve(s string, m match) (Date, error) {
	text := s[m.start:m.end]
	loc := m.loc
	if loc == nil {
		loc = p.location()
	}
	var (
		t        time.Time
		yearInfd bool
		err      error
	)
	if m.relative {
		t, err = p.resolveRelative(m.fields, loc, text)
		yearInfd = true
	} else {
		t, yearInfd, err = p.resolveCalendar(m.fields, loc, text)
	}
	if err != nil {
		return Date{}, err
	}
	if err := p.plausible(t, text); err != nil {
		return Date{}, err
	}
	return Date{
		Time:     t,
		Text:     text,
		Start:    m.start,
		End:      m.end,
		HasTime:  m.hasTime,
		Inferred: inferred(yearInfd, m.loc == nil),
	}, nil
}

// resolveRelative resolves "Today, 15:01" or "2 hours ago" against the
// reference time.
func (p Parser) resolveRelative(f fields, loc *time.Location, text string) (time.Time, error) {
	if p.Reference.IsZero() {
		return time.Time{}, fmt.Errorf("%w: %q is relative and the reference time is unknown", ErrNoDate, text)
	}
	ref := p.Reference.In(loc)
	if f.ago {
		t := ref.Add(-time.Duration(f.agoSec) * time.Second)
		if !f.hasTime {
			y, m, d := t.Date()
			t = time.Date(y, m, d, 0, 0, 0, 0, loc)
		}
		return t, nil
	}
	y, m, d := ref.Date()
	return time.Date(y, m, d+f.relDays, f.hour, f.min, f.sec, f.nsec, loc), nil
}

// resolveCalendar builds the time of a calendar date, supplying a missing
// year; it reports whether the year was inferred.
func (p Parser) resolveCalendar(f fields, loc *time.Location, text string) (time.Time, bool, error) {
	yearInfd := f.yearTok < 0
	if yearInfd {
		y, err := p.inferYear(f, loc, text)
		if err != nil {
			return time.Time{}, false, err
		}
		f.year = y
	}
	if f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysIn(f.month, f.year) {
		return time.Time{}, false, fmt.Errorf("%w: %q is no calendar date", ErrImplausible, text)
	}
	if f.lang == langEN {
		return parseEnglish(f, loc), yearInfd, nil
	}
	return f.time(loc), yearInfd, nil
}

// time returns the time the fields state, in loc.
func (f fields) time(loc *time.Location) time.Time {
	return time.Date(f.year, time.Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, loc)
}

// inferYear supplies the year of a date that states none: the most recent
// such date not after Reference plus a day, or else YearHint.
func (p Parser) inferYear(f fields, loc *time.Location, text string) (int, error) {
	if p.Reference.IsZero() {
		if p.YearHint == 0 {
			return 0, fmt.Errorf("%w: %q", ErrNoYear, text)
		}
		return p.YearHint, nil
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
			return y, nil
		}
	}
	return 0, fmt.Errorf("%w: %q is no calendar date", ErrImplausible, text)
}

// daysIn returns the number of days in month m of year y.
func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
