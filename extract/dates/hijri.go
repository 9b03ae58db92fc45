package dates

import "time"

// jalaliBreaks are the years of the Solar Hijri calendar at which its
// 33-year cycle of leap years is broken, for the arithmetic of the
// astronomical calendar as used in Iran (the algorithm of jalaali-js,
// after Kazimierz M. Borkowski).
var jalaliBreaks = [...]int{-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181,
	1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178}

// nowruz returns the Gregorian year in which Solar Hijri year jy begins
// and the day of March on which it does.
func nowruz(jy int) (gy, march int) {
	gy = jy + 621
	leapJ, jp, jump := -14, jalaliBreaks[0], 0
	for _, jm := range jalaliBreaks[1:] {
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += jump/33*8 + jump%33/4
		jp = jm
	}
	n := jy - jp
	leapJ += n/33*8 + (n%33+3)/4
	if jump%33 == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := gy/4 - (gy/100+1)*3/4 - 150
	return gy, 20 + leapJ - leapG
}

// The years of the Solar Hijri calendar in the web's time, 1991 to 2041:
// a numeric date of such a year is of that calendar, as no Gregorian
// date of a page is, nor a Lunar Hijri one, whose years there run from
// 1411 on.
const (
	minSolarHijriYear = 1370
	maxSolarHijriYear = 1420
)

// isSolarHijriYear reports whether a numeric date's year y is one of the
// Solar Hijri calendar.
func isSolarHijriYear(y int) bool {
	return y >= minSolarHijriYear && y <= maxSolarHijriYear
}

// solarHijri converts a date of the Solar Hijri calendar ("۲۳ اردیبهشت
// ۱۴۰۵") to the Gregorian one. The year must be stated: it is not
// inferred across calendars.
func solarHijri(f fields) (fields, bool, failure) {
	if f.yearTok < 0 {
		return f, false, failNoYear
	}
	jy, jm, jd := f.year, f.month, f.day
	if jy < 1300 || jy > 1500 || jm < 1 || jm > 12 || jd < 1 || jd > 31 || jm > 6 && jd > 30 {
		return f, false, failNoCalendarDate
	}
	gy, march := nowruz(jy)
	days := (jm-1)*31 - jm/7*(jm-7) + jd - 1
	t := time.Date(gy, 3, march+days, 0, 0, 0, 0, time.UTC)
	if jm == 12 && jd == 30 {
		ny, nm := nowruz(jy + 1)
		if !t.Before(time.Date(ny, 3, nm, 0, 0, 0, 0, time.UTC)) {
			return f, false, failNoCalendarDate // 30 Esfand of a common year
		}
	}
	f.year, f.month, f.day = t.Year(), int(t.Month()), t.Day()
	return f, false, resolved
}
