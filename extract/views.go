package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
)

// views returns the page's view counter: the JSON-LD interaction count, a
// counter the front end found, a number that follows the date on the date
// line, or a line such as "Views: 1 234". A date, a year, or a count of
// comments or shares is never taken for it.
func (s *state) views() int64 {
	if v := s.doc.Meta.Views; v > 0 {
		return v
	}
	for _, t := range s.blocksWith(blocks.Counter) {
		if n, ok := labelledCount(t, true); ok {
			return n
		}
	}
	for _, t := range s.blocksWith(blocks.Dateline) {
		if d, ok := s.probe(t); ok {
			rest := strings.TrimSpace(t[:d.Start] + " " + t[d.End:])
			if n, ok := labelledCount(rest, false); ok {
				return n
			}
		}
	}
	return 0
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
	for _, w := range countWords {
		lower = strings.ReplaceAll(lower, w, " ")
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
	return groupedInt(t)
}

// groupedInt reads an integer written with or without thousands
// separators ("1234", "1 234", "1,234", "1.234"): every group after the
// first has three digits, so that "02.02" is no number of views.
func groupedInt(t string) (int64, bool) {
	var n int64
	group, digits := 0, 0
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int64(r-'0')
			group++
			digits++
			if digits > maxCountDigits {
				return 0, false
			}
		case strings.ContainsRune(" ,.\u00a0\u202f", r) && group > 0 && (group == 3 || digits == group) && group <= 3:
			group = 0
		default:
			return 0, false
		}
	}
	if digits == 0 || (digits != group && group != 3) {
		return 0, false
	}
	return n, true
}

// maxCountDigits bounds the digits of a counter.
const maxCountDigits = 12
