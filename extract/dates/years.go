package dates

import (
	"slices"
	"unicode"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Range of years Years reports.
const (
	minEvidenceYear = 1900
	maxEvidenceYear = 2100
)

// Years lists the calendar years text mentions as evidence of when it was
// written, in ascending order, each once: years of dates ("January
// 18, 2018", "02.02.2018"), years with a year word ("в 2017 году", "2018
// жылғы") and years after a month name or a preposition such as "in" or
// "since". Years that are targets or plans are left out: after "by",
// "until", "до", "к", before "жылға дейін", or in a clause announcing the
// future ("will", "планируется"). Of a range such as "2018–2030" the end is
// kept only if no later than the other years found. Bare numbers, document
// symbols (S/PRST/2019/5) and names such as "Kazakhstan-2050" are no
// evidence.
func Years(text string) []int {
	if len(text) <= smallWindow {
		var ring [smallWindow]token
		sc := newScanner(text, true, ring[:])
		return sc.years()
	}
	var ring [windowSize]token
	sc := newScanner(text, true, ring[:])
	return sc.years()
}

// yearKind tells how a text states a year.
type yearKind uint8

const (
	yearMentioned yearKind = iota // a calendar year: "in 2017", "в 2017 году"
	yearRangeEnd                  // the end of a range: "2018–2030"
	yearDated                     // the year of a whole date: "5 May 2026"
	yearCopyright                 // after a copyright sign: "© 2026"
)

// years lists the years of evidence the scanner finds.
func (sc *scanner) years() []int {
	var years, ends []int
	sc.eachYear(func(y int, k yearKind) {
		if k == yearRangeEnd {
			ends = append(ends, y)
		} else if k != yearCopyright {
			years = appendYear(years, y)
		}
	})
	latest := 0
	for _, y := range years {
		latest = max(latest, y)
	}
	for _, y := range ends {
		if y <= latest {
			years = appendYear(years, y)
		}
	}
	slices.Sort(years)
	return years
}

// eachYear calls yield with each year of evidence the scanner finds and
// how it is stated.
func (sc *scanner) eachYear(yield func(int, yearKind)) {
	for i := 0; sc.ok(i); i++ {
		sc.MoveTo(i)
		if !sc.mayStart(i) {
			continue
		}
		if m, ok := sc.matchAt(i); ok && !m.relative {
			if m.yearTok >= 0 && m.year >= minEvidenceYear && m.year <= maxEvidenceYear && !sc.targeted(i, m.next) {
				yield(m.year, yearDated)
			}
			i = m.next - 1
			continue
		}
		if !sc.num(i, 4, 4) || sc.at(i).val < minEvidenceYear || sc.at(i).val > maxEvidenceYear || !sc.freeYear(i) {
			continue
		}
		copyright := sc.punct(i-1, "©") || sc.has(i-1, fCopyright)
		if end, ok := sc.rangeEnd(i); ok {
			if copyright {
				yield(sc.at(end).val, yearCopyright)
			} else if !sc.targeted(i, i+1) {
				yield(sc.at(i).val, yearMentioned)
			}
			yield(sc.at(end).val, yearRangeEnd)
			i = end
			continue
		}
		switch {
		case copyright:
			yield(sc.at(i).val, yearCopyright)
		case sc.calendarYear(i) && !sc.targeted(i, i+1):
			yield(sc.at(i).val, yearMentioned)
		}
	}
}

// YearEvidence gathers the years a document states, to supply the year of
// a date that states none ("13 May, 15:44") when no reference time is
// known. Its zero value is empty; add each text of the document to it
// (headline, date lines, paragraphs, meta values, the footer).
type YearEvidence struct {
	dated, copyright, mentioned int // the latest year of each kind
}

// Add reads the years text states: those of whole dates ("5 May 2026",
// "05.05.2026", "2026-05-05"), a copyright year ("© 2026", "Copyright
// 2015–2026": the end), and calendar years mentioned ("in 2015"), leaving
// out targets and plans as [Years] does.
func (e *YearEvidence) Add(text string) {
	yield := func(y int, k yearKind) {
		switch k {
		case yearDated:
			e.dated = max(e.dated, y)
		case yearCopyright:
			e.copyright = max(e.copyright, y)
		case yearMentioned:
			e.mentioned = max(e.mentioned, y)
		}
	}
	if len(text) <= smallWindow {
		var ring [smallWindow]token
		sc := newScanner(text, true, ring[:])
		sc.eachYear(yield)
		return
	}
	var ring [windowSize]token
	sc := newScanner(text, true, ring[:])
	sc.eachYear(yield)
}

// Year returns the year a date that states none is most likely in: the
// latest year of a whole date the document states, for a page's own
// dates are its best witness of when it was written; else its copyright
// year, the year the page was last put out; else the latest calendar year
// it mentions; 0 when it states none. A history piece of 2026 that
// mentions 2015 gives 2026 as soon as one of its dates says so.
func (e YearEvidence) Year() int {
	switch {
	case e.dated != 0:
		return e.dated
	case e.copyright != 0:
		return e.copyright
	}
	return e.mentioned
}

// appendYear appends y unless already listed.
func appendYear(ys []int, y int) []int {
	for _, v := range ys {
		if v == y {
			return ys
		}
	}
	return append(ys, y)
}

// freeYear reports whether the number at token i stands on its own: not
// part of a symbol ("S/PRST/2019/5"), a name ("Kazakhstan-2050"), a
// decimal or a longer number.
func (sc *scanner) freeYear(i int) bool {
	start, end := sc.at(i).start, sc.at(i).end
	if r := textutil.RuneBefore(sc.s, start); r == '-' || r == '–' {
		if unicode.IsLetter(textutil.RuneBefore(sc.s, start-len(string(r)))) {
			return false
		}
	}
	if !sc.freeBefore(i) {
		return false
	}
	r := textutil.RuneAt(sc.s, end)
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '_':
		return false
	case r == '.' || r == ',':
		return !unicode.IsDigit(textutil.RuneAt(sc.s, end+1))
	}
	return true
}

// rangeEnd reports whether the year at token i starts a range
// "2018–2030" and returns the token of its end.
func (sc *scanner) rangeEnd(i int) (int, bool) {
	if !sc.punct(i+1, "-–—") || !sc.num(i+2, 4, 4) {
		return 0, false
	}
	if y := sc.at(i + 2).val; y <= sc.at(i).val || y > maxEvidenceYear {
		return 0, false
	}
	if r := textutil.RuneAt(sc.s, sc.at(i+2).end); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' {
		return 0, false
	}
	return i + 2, true
}

// calendarYear reports whether the year at token i is used as a calendar
// year: followed by a year word, or after a month name or a preposition
// such as "in", "since", "в", or joined by "and" to a calendar year
// ("between 2015 and 2017").
func (sc *scanner) calendarYear(i int) bool {
	if sc.has(i+1, fYearTo) {
		return false
	}
	if sc.has(i+1, fYearWord) || sc.has(i-1, fMonth) || sc.has(i-1, fYearIn) {
		return true
	}
	return sc.has(i-1, fAnd) && sc.num(i-2, 4, 4) && sc.freeYear(i-2) && sc.calendarYear(i-2)
}

// targeted reports whether the expression in tokens [i, next) is a target
// or plan: "by 2045", "до конца 2030 года", "2030 жылға дейін", "will be
// held in 2030".
func (sc *scanner) targeted(i, next int) bool {
	for k := next; k < next+2 && sc.ok(k); k++ {
		if sc.has(k, fTargetAfter|fYearTo) {
			return true
		}
		if sc.at(k).kind != tokWord || !sc.has(k, fYearWord) {
			break
		}
	}
	for k, n := i-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if sc.sentenceEnd(k) || sc.at(k).kind == tokNum {
			break
		}
		if sc.has(k, fYearIn) {
			break
		}
		if sc.has(k, fTarget) || (n == 0 && sc.has(k, fTargetNear)) {
			return true
		}
	}
	for k, n := i-1, 0; k >= 0 && n < 16; k, n = k-1, n+1 {
		if sc.sentenceEnd(k) {
			break
		}
		if sc.has(k, fPlan) {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether token k ends a sentence.
func (sc *scanner) sentenceEnd(k int) bool {
	if sc.punct(k, "!?;") {
		return true
	}
	return sc.punct(k, ".") && !sc.glued(k) && !(k > 0 && sc.at(k-1).kind == tokWord &&
		sc.at(k-1).end-sc.at(k-1).start <= 3 && sc.glued(k-1) && sc.at(k-1).info.flags != 0)
}
