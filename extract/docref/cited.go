package docref

import "strings"

// cited is one resolution number in a prose citation, with the year or
// session that may follow it: "2231 (2015)", "1540 of 2004", "70/1",
// "217 (III)".
type cited struct {
	start, end int
	num        string
	year       int
	roman      string
	bracketed  bool // the year is in brackets: the Security Council's form
}

// Bounds on a citation: the digits of each part of a resolution number,
// and the numbers of one list (a longer list is read as several).
const (
	maxCitedDigits = 5
	maxList        = 32
)

// parseCited reads a resolution number at byte i of s, after an optional
// number sign ("No.", "№", "#"). It returns false when there is none.
func parseCited(s string, i int) (cited, bool) {
	j := skipNumberSign(s, i)
	if j >= len(s) || !isDigit(s[j]) || !atWordStart(s, j) {
		return cited{}, false
	}
	k := digitsAt(s, j)
	if k-j > maxCitedDigits {
		return cited{}, false
	}
	if k+1 < len(s) && s[k] == '/' && isDigit(s[k+1]) {
		k2 := digitsAt(s, k+1)
		if k2-k-1 > maxCitedDigits {
			return cited{}, false
		}
		k = k2
	}
	if !numberEndsAt(s, k) {
		return cited{}, false
	}
	c := cited{start: i, end: k, num: s[j:k]}
	c.end = c.parseDate(s, k)
	return c, true
}

// skipNumberSign returns the index after a number sign and its space at
// i, or i when there is none.
func skipNumberSign(s string, i int) int {
	var w int
	switch {
	case hasPrefixAt(s, i, "№"):
		w = len("№")
	case hasPrefixAt(s, i, "#"):
		w = 1
	case hasPrefixAt(s, i, "No.") || hasPrefixAt(s, i, "no."):
		w = 3
	case hasPrefixAt(s, i, "Nos."):
		w = 4
	default:
		return i
	}
	return skipSpaces(s, i+w)
}

// numberEndsAt reports whether a resolution number may end at byte k: not
// inside a longer number, a date, a decimal or a fraction.
func numberEndsAt(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	switch s[k] {
	case '/', '%', '-':
		return false
	case '.', ',', ':':
		return k+1 >= len(s) || !isDigit(s[k+1])
	}
	return atWordEnd(s, k)
}

// parseDate reads the year or session that may follow a resolution
// number: " (2015)", "(2015)", " (III)", " of 2004", " of 25 September
// 2015". It records it and returns the index after it, or k when there is
// none.
func (c *cited) parseDate(s string, k int) int {
	j := k
	if w := spaceAt(s, j); w > 0 {
		j += w
	}
	if j < len(s) && s[j] == '(' {
		e := j + 1
		for e < len(s) && e-j <= 9 && (isDigit(s[e]) || isUpper(s[e])) {
			e++
		}
		if e < len(s) && s[e] == ')' {
			inner := s[j+1 : e]
			switch {
			case len(inner) == 4 && isYear(atoi(inner)):
				c.year, c.bracketed = atoi(inner), true
				return e + 1
			case isRoman(inner):
				c.roman = inner
				return e + 1
			}
		}
		return k
	}
	if j == k || !hasPrefixAt(s, j, "of") {
		return k
	}
	of := j + 2
	if j = skipSpaces(s, of); j == of {
		return k
	}
	// An optional day and month: "of 25 September 2015".
	if d := digitsAt(s, j); d > j && d-j <= 2 {
		m := skipSpaces(s, d)
		me := wordEndAt(s, m)
		if m == d || !isMonth(s[m:me]) {
			return k
		}
		j = skipSpaces(s, me)
		if j == me {
			return k
		}
	}
	e := digitsAt(s, j)
	if e-j != 4 || !isYear(atoi(s[j:e])) || !atWordEnd(s, e) {
		return k
	}
	c.year = atoi(s[j:e])
	return e
}

// isMonth reports whether w is an English month name, in any case.
func isMonth(w string) bool {
	return lowerIsAny(w, "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december")
}

// resolutionSymbol returns the symbol of the resolution numbered c that
// organ adopted, or "" when the number is not in the form that organ
// gives its resolutions: n (yyyy) or n for the Security Council, n/m for
// the General Assembly and the Human Rights Council, yyyy/n for the
// Economic and Social Council, n (session) for the old ones of the last
// two.
func resolutionSymbol(organ string, c cited) string {
	slash := strings.IndexByte(c.num, '/')
	switch organ {
	case organSC:
		if slash >= 0 || c.roman != "" {
			return ""
		}
		if c.year != 0 {
			return "S/RES/" + c.num + " (" + itoa(c.year) + ")"
		}
		return "S/RES/" + c.num
	case organGA:
		if slash >= 0 {
			return "A/RES/" + c.num
		}
		if c.roman != "" {
			return "A/RES/" + c.num + " (" + c.roman + ")"
		}
	case organHRC:
		if slash >= 0 {
			return "A/HRC/RES/" + c.num
		}
	case organECOSOC:
		if slash == 4 && isYear(atoi(c.num[:4])) {
			return "E/RES/" + c.num
		}
		if slash < 0 && c.roman != "" {
			return "E/RES/" + c.num + " (" + c.roman + ")"
		}
	}
	return ""
}

// itoa formats a small non-negative number.
func itoa(n int) string {
	if n <= 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
