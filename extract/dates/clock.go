package dates

import (
	"time"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// clock is a time of day with its zone, if stated.
type clock struct {
	hour, min, sec, nsec int
	zone                 zone
}

// apply copies the clock into f.
func (c clock) apply(f *fields) {
	f.hour, f.min, f.sec, f.nsec, f.hasTime = c.hour, c.min, c.sec, c.nsec, true
	if c.zone.stated() {
		f.zone = c.zone
	}
}

// clock reads a time of day at token i: "15:01", "15:01:00.000",
// "3:01 PM", "12:30 a.m." and, after a date, "3 PM"; then any zone.
func (sc *scanner) clock(i int, afterDate bool) (clock, int, bool) {
	if !sc.num(i, 1, 2) || !(sc.freeBefore(i) || sc.isoT(i-1) || isIdeograph(textutil.RuneBefore(sc.s, sc.at(i).start))) {
		return clock{}, i, false
	}
	c := clock{hour: sc.at(i).val}
	k, marked := i+1, false
	if next := sc.at(k); next.kind == tokWord || next.kind == tokPunct && next.val == '.' {
		k, marked = sc.markedMinutes(i, afterDate, &c)
		if !marked {
			k = i + 1
		}
	}
	switch {
	case marked: // "15h44", "15.44"
	case sc.punct(k, ":") && sc.glued(i) && sc.glued(k) && sc.num(k+1, 2, 2):
		c.min = sc.at(k + 1).val
		k += 2
		if sc.punct(k, ":") && sc.glued(k-1) && sc.glued(k) && sc.num(k+1, 2, 2) {
			c.sec = sc.at(k + 1).val
			k += 2
			if sc.punct(k, ".,") && sc.glued(k-1) && sc.glued(k) && sc.num(k+1, 1, 9) {
				c.nsec = fraction(sc.s[sc.at(k+1).start:sc.at(k+1).end])
				k += 2
			}
		}
		if sc.glued(k-1) && (sc.at(k).kind == tokNum || sc.punct(k, ":")) {
			return clock{}, i, false
		}
	case !afterDate:
		return clock{}, i, false
	}
	hasMinutes := k > i+1
	if k2, pm, ok := sc.meridiem(k); ok {
		if c.hour < 1 || c.hour > 12 {
			return clock{}, i, false
		}
		c.hour %= 12
		if pm {
			c.hour += 12
		}
		k = k2
	} else if !hasMinutes {
		return clock{}, i, false
	}
	if c.hour > 23 || c.min > 59 || c.sec > 60 {
		return clock{}, i, false
	}
	if c.sec == 60 {
		c.sec = 59 // a leap second, as near as time.Time can say
	}
	if sc.has(k, fClockWord) {
		k = sc.skipDot(k + 1) // "14:30 Uhr", "14.30 u."
	}
	c.zone, k = sc.zone(k)
	return c, k, true
}

// markedMinutes reads the minutes of a time of day written without a
// colon, after the hour at token i: "15h44", "15h", "15時44分", "15시 44분",
// and after a date also "15 h 44" and "15.44" ("3.44pm"). It reports
// false for any other form.
func (sc *scanner) markedMinutes(i int, afterDate bool, c *clock) (int, bool) {
	k := i + 1
	switch {
	case sc.has(k, fHourMark) && (sc.glued(i) || afterDate || !sc.has(k, fClockWord)):
		k++
		if sc.num(k, 2, 2) || sc.num(k, 1, 2) && sc.has(k+1, fMinuteMark) {
			if sc.glued(k-1) == sc.glued(i) || sc.has(k+1, fMinuteMark) {
				c.min = sc.at(k).val
				k++
				if sc.has(k, fMinuteMark) {
					k++
				}
			}
		}
		if sc.glued(k-1) && sc.at(k).kind == tokNum {
			return i, false
		}
		return k, true
	case afterDate && sc.punct(k, ".") && sc.glued(i) && sc.glued(k) && sc.num(k+1, 2, 2):
		if sc.glued(k+1) && !sc.has(k+2, fAM|fPM) &&
			(sc.at(k+2).kind != tokPunct || sc.punct(k+2, ".,:") && sc.num(k+3, 1, 9) && sc.glued(k+2)) {
			return i, false
		}
		c.min = sc.at(k + 1).val
		return k + 2, true
	}
	return i, false
}

// isoT reports whether token k is the "T" of ISO 8601 between a date and a
// time.
func (sc *scanner) isoT(k int) bool {
	return k > 0 && sc.glued(k-1) && sc.glued(k) && sc.at(k).kind == tokWord &&
		sc.s[sc.at(k).start:sc.at(k).end] == "T"
}

// fraction converts the digits of a decimal fraction of a second to
// nanoseconds.
func fraction(d string) int {
	n, i := 0, 0
	for _, r := range d {
		if i == 9 {
			break
		}
		n = n*10 + max(digitValue(r), 0)
		i++
	}
	for ; i < 9; i++ {
		n *= 10
	}
	return n
}

// meridiem reads "AM", "pm", "a.m.", "P.M." at token k.
func (sc *scanner) meridiem(k int) (int, bool, bool) {
	switch {
	case sc.has(k, fAM):
		return sc.skipDot(k + 1), false, true
	case sc.has(k, fPM):
		return sc.skipDot(k + 1), true, true
	}
	if sc.at(k).kind == tokWord && sc.punct(k+1, ".") && sc.glued(k) && sc.glued(k+1) &&
		sc.at(k+2).kind == tokWord && sc.at(k+2).end-sc.at(k+2).start == 1 && sc.at(k).end-sc.at(k).start == 1 {
		a, m := sc.s[sc.at(k).start]|0x20, sc.s[sc.at(k+2).start]|0x20
		if m == 'm' && (a == 'a' || a == 'p') {
			return sc.skipDot(k + 3), a == 'p', true
		}
	}
	return k, false, false
}

// skipDot skips a dot glued to the token before k.
func (sc *scanner) skipDot(k int) int {
	if sc.punct(k, ".") && sc.glued(k-1) {
		return k + 1
	}
	return k
}

// zone reads a zone after a time of day at token k: "Z", "+06:00",
// "+0600", "GMT", "UTC+6", "(MSK)", "мск". The zone is not stated when
// there is none.
func (sc *scanner) zone(k int) (zone, int) {
	if !sc.ok(k) {
		return zone{}, k
	}
	open := sc.punct(k, "(")
	j := k
	if open {
		j++
	}
	if sc.at(j).kind == tokWord {
		abbr := sc.s[sc.at(j).start:sc.at(j).end]
		loc, ok := zones()[abbr]
		if !ok {
			return zone{}, k
		}
		if rl, ok := regionalZone(abbr, sc); ok {
			loc = rl
		}
		if sc.s[sc.at(j).start:sc.at(j).end] == "Z" && !sc.glued(j-1) {
			return zone{}, k
		}
		z := zone{loc: loc}
		j++
		if loc == time.UTC {
			if off, j2, ok := sc.offset(j, true); ok {
				z, j = off, j2
			}
		}
		if open {
			if !sc.punct(j, ")") {
				return zone{}, k
			}
			j++
		}
		return z, j
	}
	if z, j2, ok := sc.offset(k, false); ok {
		return z, j2
	}
	return zone{}, k
}

// offset reads a numeric offset at token k: "+06:00", "+0600", "-05",
// and after GMT or UTC also "+6".
func (sc *scanner) offset(k int, afterName bool) (zone, int, bool) {
	if !sc.punct(k, "+-−") || !sc.glued(k) || sc.at(k+1).kind != tokNum {
		return zone{}, k, false
	}
	spaced := k > 0 && !sc.glued(k-1)
	n := sc.at(k + 1)
	var h, m int
	j := k + 2
	switch {
	case n.digits == 4:
		h, m = n.val/100, n.val%100
	case n.digits == 2 || (n.digits == 1 && afterName):
		h = n.val
		if sc.punct(j, ":") && sc.glued(j-1) && sc.glued(j) && sc.num(j+1, 2, 2) {
			m = sc.at(j + 1).val
			j += 2
		} else if spaced && !afterName {
			return zone{}, k, false
		}
	default:
		return zone{}, k, false
	}
	if h > 14 || m > 59 || (sc.glued(j-1) && sc.at(j).kind != tokPunct) ||
		(sc.punct(j, ":/-") && sc.glued(j-1)) ||
		(sc.punct(j, ".") && sc.glued(j-1) && sc.num(j+1, 1, 9) && sc.glued(j)) {
		return zone{}, k, false
	}
	off := h*3600 + m*60
	if sc.at(k).val != '+' {
		off = -off
	}
	return zone{offset: off, fixed: true}, j, true
}
