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
	if v := s.doc.Meta.Views; v > 0 && v <= maxViews {
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
		} else if isViewLine(t) {
			n, _ := labelledCount(t, false) // a view line inside the date's element: "87 Views"
			return n
		}
	}
	return 0
}

// labelledCount reads a view count from a short text: a number with a view
// word or none, but no other label. A bare number that could be a year is
// refused unless bare is true (a counter element says what it is).
func labelledCount(t string, bare bool) (int64, bool) {
	n, _, ok := readCount(t, bare)
	return n, ok
}

// readCount is labelledCount, telling also whether a view word labels the
// count.
func readCount(t string, bare bool) (n int64, labelled, ok bool) {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > maxViewLine {
		return 0, false, false
	}
	lower := strings.ToLower(t)
	for _, w := range otherCountWords {
		if strings.Contains(lower, w) {
			if seg := viewSegment(t); seg != "" && len(seg) < len(t) {
				return readCount(seg, bare) // "1204 views 5 mins 2 comments"
			}
			return 0, false, false
		}
	}
	for _, w := range viewWords {
		if strings.Contains(lower, w) {
			lower = strings.ReplaceAll(lower, w, " ")
			labelled = true
		}
	}
	for _, w := range countWords {
		lower = strings.ReplaceAll(lower, w, " ")
	}
	lower = strings.Trim(lower, " :：·|\u00a0")
	n, ok = parseCount(lower)
	if !ok || n > maxViews {
		return 0, false, false
	}
	if !labelled && !bare && n >= 1990 && n <= 2100 {
		return 0, false, false
	}
	return n, labelled, true
}

// viewSegment returns, of a line that counts several things, the words
// of its view count: a view word and the number right before it ("1204
// views" of "1204 views 5 mins 2 comments") or, when none is, right
// after it ("Views 12" of "Views 12 Comments 3"); else "".
func viewSegment(t string) string {
	ws := strings.Fields(t)
	for i, w := range ws {
		if !isViewWord(w) {
			continue
		}
		j := i
		for j > 0 && isCountWord(ws[j-1]) {
			j--
		}
		if j < i {
			return strings.Join(ws[j:i+1], " ")
		}
		k := i + 1
		for k < len(ws) && isCountWord(ws[k]) {
			k++
		}
		if k > i+1 {
			return strings.Join(ws[i:k], " ")
		}
		return ""
	}
	return ""
}

// isViewWord reports whether the word w opens with a view word ("views",
// "Aufrufe:", "просмотров") and holds no word of another count.
func isViewWord(w string) bool {
	lower := strings.ToLower(w)
	for _, o := range otherCountWords {
		if strings.Contains(lower, o) {
			return false
		}
	}
	for _, v := range viewWords {
		if strings.HasPrefix(lower, v) {
			return true // but not "interviews"
		}
	}
	return false
}

// isCountWord reports whether the word w is part of a number as counters
// write it: digits and their separators, or a multiplier ("1,2", "234",
// "тыс.", "K").
func isCountWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	lower := strings.ToLower(w)
	for _, m := range countMultipliers {
		if lower == m.s {
			return true
		}
	}
	return false
}

// maxViews bounds a view count: a larger number is a placeholder
// ("9223372036854775807") or a misreading, not the readers of a page.
const maxViews = 1e10

// isViewLine reports whether a short line is a view counter labelled as
// one ("Aufrufe: 1.234", "1,2 тыс. просмотров", "1234次阅读").
func isViewLine(t string) bool {
	if len(t) > maxViewLine {
		return false
	}
	_, labelled, ok := readCount(t, false)
	return ok && labelled
}

// maxViewLine bounds the length in bytes of a line that holds a counter.
const maxViewLine = 60

// parseCount reads a counter: "233", "1 234", "1,234", "1.2K", "3,4 тыс.",
// "1.2万".
func parseCount(t string) (int64, bool) {
	t = strings.TrimSpace(t)
	mult := 1.0
	for _, suf := range countMultipliers {
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
