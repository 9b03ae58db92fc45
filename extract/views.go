package extract

import (
	"strconv"
	"strings"
	"unicode"
)

// views returns the page's view counter: the JSON-LD interaction count, a
// counter the front end found, a number that follows the date on the date
// line, or a line such as "Views: 1 234". A date, a year, or a count of
// comments or shares is never taken for it.
func (s *state) views() int64 {
	if v := s.doc.meta.views; v > 0 {
		return v
	}
	for _, t := range s.blocksWith(roleCounter) {
		if n, ok := labelledCount(t, true); ok {
			return n
		}
	}
	p := s.probeParser()
	for _, t := range s.blocksWith(roleDateline) {
		if d, err := p.Parse(t); err == nil && validSpan(d.Start, d.End, t) {
			rest := strings.TrimSpace(t[:d.Start] + " " + t[d.End:])
			if n, ok := labelledCount(rest, false); ok {
				return n
			}
		}
	}
	return 0
}

// viewWords label a view counter.
var viewWords = []string{
	"views", "view", "reads", "просмотров", "просмотра", "просмотры", "просмотр",
	"прочтений", "қаралым", "қаралды", "көрілім", "оқылды",
}

// otherCountWords label counters that are not views.
var otherCountWords = []string{
	"comment", "share", "like", "reply", "replies", "комментари", "поделиться", "пікір",
}

// labelledCount reads a view count from a short text: a number with a view
// word or none, but no other label. A bare number that could be a year is
// refused unless bare is true (a counter element says what it is).
func labelledCount(t string, bare bool) (int64, bool) {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 60 {
		return 0, false
	}
	lower := strings.ToLower(t)
	for _, w := range otherCountWords {
		if strings.Contains(lower, w) {
			return 0, false
		}
	}
	labelled := false
	for _, w := range viewWords {
		if strings.Contains(lower, w) {
			lower = strings.ReplaceAll(lower, w, " ")
			labelled = true
		}
	}
	lower = strings.Trim(lower, " :\u00a0")
	n, ok := parseCount(lower)
	if !ok {
		return 0, false
	}
	if !labelled && !bare && n >= 1990 && n <= 2100 {
		return 0, false
	}
	return n, true
}

// parseCount reads a counter: "233", "1 234", "1,234", "1.2K", "3,4 тыс.".
func parseCount(t string) (int64, bool) {
	t = strings.TrimSpace(t)
	mult := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"k", 1e3}, {"тыс.", 1e3}, {"тыс", 1e3}, {"m", 1e6}, {"млн", 1e6}, {"мың", 1e3}} {
		if rest, ok := strings.CutSuffix(t, suf.s); ok {
			t, mult = strings.TrimSpace(rest), suf.m
			break
		}
	}
	if t == "" || !unicode.IsDigit(rune(t[0])) {
		return 0, false
	}
	if mult > 1 {
		f, err := strconv.ParseFloat(strings.Replace(t, ",", ".", 1), 64)
		if err != nil || f < 0 || f > 1e6 {
			return 0, false
		}
		return int64(f * mult), true
	}
	digits := strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r
		case r == ' ' || r == ',' || r == '.' || r == '\u00a0' || r == '\u202f':
			return -1
		}
		return 'x'
	}, t)
	if len(digits) == 0 || len(digits) > 12 || strings.ContainsRune(digits, 'x') {
		return 0, false
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	return n, err == nil
}
