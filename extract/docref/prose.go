package docref

import "github.com/newsextract/newsextract/extract/internal/textutil"

// findCitations appends to refs the resolutions cited in English or
// Russian prose, in order: "Security Council resolution 2231 (2015)",
// "resolutions 255 (1968) and 984 (1995)", "General Assembly resolution
// 70/1", "UNSCR 1540", "резолюции СБ ООН 1540 (2004)".
func findCitations(refs []Ref, s string, at starts) []Ref {
	sent := sentences{s: s}
	next := 0
	for i := at.from(0); i >= 0; i = at.from(max(i+1, next)) {
		end, organ := resolutionCue(s, i)
		if end == i {
			continue
		}
		var after int
		refs, after = appendCitations(refs, s, i, end, organ, &sent)
		next = max(after, end)
	}
	return refs
}

// resolutionCue recognises at byte i, a word start, a word that
// introduces resolution numbers: English "resolution(s)" or "UNSCR(s)"
// (which names its organ), Russian "резолюция" in any case. It returns
// the index after the word and the organ the word names, or i when there
// is none.
func resolutionCue(s string, i int) (int, string) {
	switch c := s[i]; {
	case c == 'r' || c == 'R':
		if !textutil.HasPrefixFold(s[i:], "resolution") {
			return i, ""
		}
		e := i + len("resolution")
		if e < len(s) && (s[e] == 's' || s[e] == 'S') {
			e++
		}
		if atWordEnd(s, e) {
			return e, ""
		}
	case c == 'U':
		if !hasPrefixAt(s, i, "UNSCR") {
			return i, ""
		}
		e := i + len("UNSCR")
		if e < len(s) && s[e] == 's' {
			e++
		}
		if atWordEnd(s, e) {
			return e, organSC
		}
	case c == 0xD0 || c == 0xD1:
		if hasPrefixAt(s, i, "резолюци") || hasPrefixAt(s, i, "Резолюци") {
			return wordEndAt(s, i), ""
		}
	}
	return i, ""
}

// appendCitations reads the list of numbers after the cue at
// s[cue:cueEnd] and appends one Ref for each. It returns the refs and the
// index after the list.
func appendCitations(refs []Ref, s string, cue, cueEnd int, organ string, sent *sentences) ([]Ref, int) {
	start := cue
	if organ == "" {
		if o, k := matchOrganBefore(s, skipBackSpace(s, cue)); o != "" {
			organ, start = o, k
		}
	}
	j := skipSpaces(s, cueEnd)
	if j == cueEnd {
		return refs, cueEnd
	}
	if organ == "" {
		// Russian puts the organ after the noun: "резолюции СБ ООН 1540".
		if o, k := matchOrganAt(s, j, true); o != "" {
			organ, j = o, skipUN(s, k)
		} else {
			j = skipUN(s, j)
		}
	}
	var buf [maxList]cited
	list, _ := readCited(s, j, buf[:0], listConjunctions, true)
	if len(list) == 0 {
		return refs, cueEnd
	}
	if organ == "" {
		organ = organAfter(s, list[len(list)-1].end)
	}
	if organ == "" && councilForm(list) {
		organ = organSC // "resolution 1540 and 1673 (2006)": one member in the Council's form
	}
	for n, c := range list {
		from := c.start
		if n == 0 {
			from = start
		}
		refs = appendRef(refs, citationRef(s, from, c, organ, sent))
	}
	return refs, list[len(list)-1].end
}

// readCited reads a list of cited numbers from byte j into list: numbers
// of one form (with mixed, also the Council's two forms together: "1540
// and 1673 (2006)"), joined by commas and the conjunctions conj, at most
// maxList of them. It
// returns the list and the index after the last number or separator read.
func readCited(s string, j int, list []cited, conj []string, mixed bool) ([]cited, int) {
	for len(list) < maxList {
		c, ok := parseCited(s, j)
		if !ok || len(list) > 0 && !sameForm(list[0], c) && !(mixed && mixedForm(s, list[0], c)) {
			break
		}
		list = append(list, c)
		j = c.end
		k, ok := separator(s, c.end, conj)
		if !ok {
			break
		}
		j = k
	}
	return list, j
}

// citationRef builds the Ref of one cited resolution. The organ is the
// one the words name; failing that, the form n (yyyy), which only the
// Security Council uses; failing that, the one organ the sentence names.
func citationRef(s string, from int, c cited, organ string, sent *sentences) Ref {
	if organ == "" && c.bracketed && !containsByte(c.num, '/') {
		organ = organSC
	}
	if organ == "" {
		organ = sent.organAt(c.start)
	}
	r := Ref{
		Symbol: resolutionSymbol(organ, c),
		Kind:   kindResolution,
		Organ:  organ,
		Year:   c.year,
		Start:  from,
		End:    c.end,
		Text:   s[from:c.end],
	}
	if r.Symbol == "" {
		r.Title = "resolution " + c.num
	} else if r.Year == 0 && organ == organECOSOC && len(c.num) > 4 && c.num[4] == '/' {
		r.Year = atoi(c.num[:4]) // 2018/5: the year comes first
	}
	return r
}

// sameForm reports whether a later number of a list is written like the
// first, so that "resolution 2231 and 15 countries" is not read as two
// resolutions: both with a bracketed year or neither, both with a slash or
// neither, and plain numbers of the same length or three digits at least.
func sameForm(first, c cited) bool {
	if first.bracketed != c.bracketed || (first.roman != "") != (c.roman != "") {
		return false
	}
	fs, cs := containsByte(first.num, '/'), containsByte(c.num, '/')
	if fs != cs {
		return false
	}
	return fs || len(c.num) >= 3 || len(c.num) == len(first.num)
}

// mixedForm reports whether a later number of a list, written with a
// bracketed year where the first has none or the other way round, is a
// Security Council resolution all the same: both plain numbers of the
// same length or of four digits, and the later one ends its item (a
// comma, a full stop, a bracket, a conjunction or the end of the text
// follows it), so that "resolution 1540 and 1673 (2006)" is two
// resolutions but "resolution 2231 (2015) and 2015 elections" one.
func mixedForm(s string, first, c cited) bool {
	if first.bracketed == c.bracketed || first.roman != "" || c.roman != "" ||
		containsByte(first.num, '/') || containsByte(c.num, '/') {
		return false
	}
	if len(c.num) != len(first.num) && len(c.num) != 4 {
		return false
	}
	return c.bracketed || endsItem(s, c.end)
}

// endsItem reports whether the item of a list that ends at byte i is
// followed by punctuation, a conjunction or the end of the text.
func endsItem(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	switch s[i] {
	case ',', '.', ';', ')', ':':
		return true
	}
	if k, ok := separator(s, i, listConjunctions); ok && k > i {
		return true
	}
	j := skipSpaces(s, i)
	return j >= len(s) || s[j] == '(' || s[j] == '\n'
}

// councilForm reports whether a number of the list is in the form n
// (yyyy) that only the Security Council gives its resolutions.
func councilForm(list []cited) bool {
	for _, c := range list {
		if c.bracketed && !containsByte(c.num, '/') {
			return true
		}
	}
	return false
}

// separator reads the separator between two numbers of a list: a comma, or
// one of the conjunctions words, perhaps after a comma (", ", " and ",
// ", and ", " или ", " және "). It returns the index after it and whether
// there is one.
func separator(s string, i int, words []string) (int, bool) {
	j := i
	if j < len(s) && s[j] == ',' {
		j++
	}
	k := skipSpaces(s, j)
	if k == j {
		return i, false
	}
	for _, w := range words {
		if hasPrefixAt(s, k, w) && atWordEnd(s, k+len(w)) {
			e := skipSpaces(s, k+len(w))
			if e > k+len(w) {
				return e, true
			}
			return i, false
		}
	}
	if j == i+1 {
		return k, true // a comma alone
	}
	return i, false
}

// organAfter recognises the organ named after a list of numbers: English
// " of the (UN) Security Council", Russian " Совета Безопасности ООН".
func organAfter(s string, i int) string {
	j := skipSpaces(s, i)
	if j == i {
		return ""
	}
	if hasPrefixAt(s, j, "of the ") {
		j = skipUNBefore(s, j+len("of the "))
		o, _ := matchOrganAt(s, j, false)
		if o != "" && organNameBefore(o) {
			return o
		}
		return ""
	}
	o, _ := matchOrganAt(s, j, false)
	if o != "" && !organNameBefore(o) {
		return o
	}
	return ""
}

// organNameBefore reports whether the organ has English names (so that
// "of the ..." may name it).
func organNameBefore(organ string) bool {
	switch organ {
	case organSC, organGA, organECOSOC, organHRC:
		return true
	}
	return false
}

// skipUN returns the index after " ООН" at k, or k.
func skipUN(s string, k int) int {
	j := skipSpaces(s, k)
	if hasPrefixAt(s, j, "ООН") && atWordEnd(s, j+len("ООН")) && atWordStart(s, j) {
		return skipSpaces(s, j+len("ООН"))
	}
	return j
}

// skipUNBefore returns the index after "UN " or "United Nations " at j, or
// j.
func skipUNBefore(s string, j int) int {
	for _, un := range [...]string{"UN ", "U.N. ", "United Nations "} {
		if hasPrefixAt(s, j, un) {
			return j + len(un)
		}
	}
	return j
}

// skipBackSpace returns the index before one horizontal space that ends
// at i, or i.
func skipBackSpace(s string, i int) int {
	switch {
	case i >= 1 && (s[i-1] == ' ' || s[i-1] == '\t'):
		return i - 1
	case i >= 2 && s[i-2] == 0xC2 && s[i-1] == 0xA0:
		return i - 2
	}
	return i
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// listConjunctions join the numbers of a list in English and Russian.
var listConjunctions = []string{"and", "or", "и", "или"}
