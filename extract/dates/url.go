package dates

import (
	"strings"
	"time"
)

// FromURL reads a date from the path of a URL: /2018/02/02/, /20180202/,
// /2018-02-02-title. The date is at midnight UTC with HasTime false and
// the zone reported inferred; Start and End are offsets in u.
func FromURL(u string) (Date, bool) {
	lo, hi := pathBounds(u)
	for i := lo; i < hi; i++ {
		if !isDigit(u[i]) || (i > lo && !isURLSep(u[i-1])) {
			continue
		}
		if d, ok := urlDate(u, i, hi); ok {
			return d, true
		}
	}
	return Date{}, false
}

// pathBounds returns the offsets of the path of u.
func pathBounds(u string) (int, int) {
	lo := 0
	if i := strings.Index(u, "//"); i >= 0 && !strings.Contains(u[:i], "/") {
		j := strings.IndexByte(u[i+2:], '/')
		if j < 0 {
			return len(u), len(u)
		}
		lo = i + 2 + j
	}
	hi := len(u)
	if j := strings.IndexAny(u[lo:], "?#"); j >= 0 {
		hi = lo + j
	}
	return lo, hi
}

// urlDate reads a date starting at digit offset i of u, ending before hi.
func urlDate(u string, i, hi int) (Date, bool) {
	n := digitsAt(u, i, hi)
	var y, m, d, end int
	switch n {
	case 8:
		y, m, d, end = atoi(u[i:i+4]), atoi(u[i+4:i+6]), atoi(u[i+6:i+8]), i+8
	case 4:
		sep := i + 4
		if sep >= hi || !isURLSep(u[sep]) {
			return Date{}, false
		}
		mn := digitsAt(u, sep+1, hi)
		ds := sep + 1 + mn
		if mn < 1 || mn > 2 || ds >= hi || u[ds] != u[sep] {
			return Date{}, false
		}
		dn := digitsAt(u, ds+1, hi)
		if dn < 1 || dn > 2 {
			return Date{}, false
		}
		y, m, d, end = atoi(u[i:sep]), atoi(u[sep+1:ds]), atoi(u[ds+1:ds+1+dn]), ds+1+dn
	default:
		return Date{}, false
	}
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return Date{}, false
	}
	if end < hi && !isURLSep(u[end]) {
		return Date{}, false
	}
	return Date{
		Time:     time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC),
		Text:     u[i:end],
		Start:    i,
		End:      end,
		Inferred: inferred(false, true),
	}, true
}

// digitsAt counts the digits at offset i of u, before hi.
func digitsAt(u string, i, hi int) int {
	n := 0
	for i+n < hi && isDigit(u[i+n]) {
		n++
	}
	return n
}

// atoi converts a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isURLSep reports whether c separates the parts of a URL path.
func isURLSep(c byte) bool { return c == '/' || c == '-' || c == '_' || c == '.' }
