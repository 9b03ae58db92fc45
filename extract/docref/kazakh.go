package docref

import (
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Kazakh words of a resolution citation.
const (
	kkResolution = "қарар"   // resolution: қарары, қарарын, қарарлары...
	kkAnd        = "және"    // and
	kkYearOf     = "жылғы"   // of the year: "2015 жылғы 2231 қарары"
	kkUN         = "БҰҰ"     // UN
	kkUNGen      = "БҰҰ-ның" // of the UN
)

// findKazakh appends to refs the resolutions cited in Kazakh prose, where
// the noun follows the numbers: "ҚК-нің 2231 қарары", "БҰҰ Қауіпсіздік
// Кеңесінің 1540 қарары", "1718 және 2397 қарарлары".
func findKazakh(refs []Ref, s string, at starts) []Ref {
	sent := sentences{s: s}
	next := 0
	for i := at.from(0); i >= 0; i = at.from(max(i+1, next)) {
		if !isDigit(s[i]) && !hasPrefixAt(s, i, "№") {
			continue
		}
		var end int
		refs, end = appendKazakh(refs, s, i, &sent)
		next = max(end, i+1)
	}
	return refs
}

// appendKazakh reads a Kazakh citation whose first number starts at byte
// i and appends its refs. It returns the index after what it read, the
// citation or the list of numbers that turned out not to be one.
func appendKazakh(refs []Ref, s string, i int, sent *sentences) ([]Ref, int) {
	year, j := kazakhYear(s, i)
	var buf [maxList]cited
	list, j := readCited(s, j, buf[:0], []string{kkAnd}, false)
	if len(list) == 0 {
		return refs, j
	}
	last := list[len(list)-1].end
	cue := skipSpaces(s, last)
	if cue == last || !hasPrefixAt(s, cue, kkResolution) || !atWordStart(s, cue) {
		return refs, last
	}
	cueEnd := wordEndAt(s, cue)
	list[0].start = i
	if year != 0 && list[0].year == 0 {
		list[0].year = year
	}
	organ, start := kazakhOrganBefore(s, i)
	for n, c := range list {
		from, to := c.start, c.end
		if n == 0 {
			from = start
		}
		if n == len(list)-1 {
			to = cueEnd
		}
		r := citationRef(s, from, c, organ, sent)
		r.End, r.Text = to, s[from:to]
		refs = appendRef(refs, r)
	}
	return refs, cueEnd
}

// kazakhYear reads "2015 жылғы " at i, the year put before the number.
// It returns the year and the index after it, or 0 and i.
func kazakhYear(s string, i int) (int, int) {
	e := digitsAt(s, i)
	if e-i != 4 || !isYear(atoi(s[i:e])) {
		return 0, i
	}
	k := skipSpaces(s, e)
	if k == e || !hasPrefixAt(s, k, kkYearOf) || !atWordEnd(s, k+len(kkYearOf)) {
		return 0, i
	}
	n := skipSpaces(s, k+len(kkYearOf))
	if n == k+len(kkYearOf) {
		return 0, i
	}
	return atoi(s[i:e]), n
}

// kazakhOrganBefore recognises the organ, in the genitive, in the one or
// two words before byte i ("ҚК-нің", "Қауіпсіздік Кеңесінің"), with a
// preceding "БҰҰ". It returns the organ and where the mention starts: the
// organ's name, or i when there is none.
func kazakhOrganBefore(s string, i int) (string, int) {
	end := skipBackSpace(s, i)
	if end == i {
		return "", i
	}
	w := end
	for range 2 {
		w = wordStartBefore(s, w)
		if o, k := matchOrganAt(s, w, true); o != "" && k == end {
			return o, kazakhUNBefore(s, w)
		}
		w = skipBackSpace(s, w)
	}
	return "", i
}

// kazakhUNBefore returns where "БҰҰ " or "БҰҰ-ның " before byte w starts,
// or w.
func kazakhUNBefore(s string, w int) int {
	b := skipBackSpace(s, w)
	if b == w {
		return w
	}
	for _, un := range [...]string{kkUNGen, kkUN} {
		if k := b - len(un); k >= 0 && s[k:b] == un && atWordStart(s, k) {
			return k
		}
	}
	return w
}

// maxWordBack bounds how far wordStartBefore walks back.
const maxWordBack = 64

// wordStartBefore returns the start of the word (inner hyphens included)
// that ends at byte i, or i when none does, or when the word is too long
// to be an organ's name.
func wordStartBefore(s string, i int) int {
	j := i
	for j > 0 && i-j < maxWordBack {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if textutil.IsWordRune(r) || (r == '-' && j < i && textutil.IsWordRune(textutil.RuneBefore(s, j-n))) {
			j -= n
			continue
		}
		return j
	}
	if j > 0 {
		return i
	}
	return j
}
