package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgHead returns the last token of [a, b) that is the head noun of an
// organisation, or -1; a word of lastHeads heads one only as the last
// word. A word of a country's name heads none: "Russian Federation" is
// a country.
func (s *scanner) orgHead(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if s.toks[k].word && s.toks[k].caps != caseLower && (s.is(k, cOrgHead) || k == b-1 && k > a && s.is(k, cLastHead)) && !s.isPlace(k) {
			return k
		}
	}
	return -1
}

// orgEnd returns the end of an organisation's name whose head is token h
// in a run that ends at b: the head, the adjectives after a Romance one
// ("Partido Popular Europeo") and its complement ("of Foreign Affairs"),
// but not a person's name after it ("Commission President Ursula von der
// Leyen") or after its connector ("the White House on Ann Orr"), nor what
// "and the" adds ("Harbour Motors and the Italian").
func (s *scanner) orgEnd(h, b int) int {
	e := h + 1
	if s.is(h, cHeadFirst) {
		for e < b && s.toks[e].word && s.toks[e].caps != caseLower && !s.is(e, cConnector|cTitle) && !s.givenNameAt(e) {
			e++ // the adjectives after a Romance head: Autoridad Portuaria Regional
		}
	}
	if e+2 < b && s.is(e, cConnector) && s.givenNameAt(e+1) && s.toks[e+2].caps == caseTitle {
		return e // a person after the connector: the White House on Ann Orr
	}
	if e < b && s.is(e, cConnector) && (!s.isAnd(e) || s.isPlace(b-1) && s.folded(e+1) != "the") {
		for e < b && !(s.is(e, cTitle) && !s.is(e-1, cConnector)) {
			e++ // a title's word right after "of" is the field: Court of Justice
		}
	}
	return e
}

// givenNameAt reports whether token k is a given name that is no common
// word nor a word of places or organisations: a person's name starts
// there ("Ann", not "North", "La" or "Union").
func (s *scanner) givenNameAt(k int) bool {
	return k < len(s.toks) && s.toks[k].word && s.toks[k].caps == caseTitle && s.gender(k) != genderNone && !s.commonGiven(k) && !s.isPlace(k) &&
		!s.is(k, cOrgHead|cPlacePrefix|cPlaceSurname|cTitle|cConnector) && utf8.RuneCountInString(s.word(k)) > 2
}

// isAndThe reports whether the folded words and, the are a conjunction
// and an article, in English or a Romance language: "and the", "y la",
// "et le", "e il".
func isAndThe(and, the string) bool {
	switch and {
	case "and":
		return the == "the"
	case "y":
		return the == "el" || the == "la" || the == "los" || the == "las"
	case "et":
		return the == "le" || the == "la" || the == "les"
	case "e":
		return the == "il" || the == "lo" || the == "la" || the == "gli" || the == "le" || the == "o" || the == "os" || the == "as"
	}
	return false
}

// isAnd reports whether token k is a word for "and", which after an
// organisation's head joins another name to it rather than a complement
// ("Harvard University and Chris Kuo"), unless the run ends with a
// country's name as a department's does ("Public Services and
// Procurement Canada").
func (s *scanner) isAnd(k int) bool {
	f := s.folded(k)
	return f == "and" || f == "&"
}

// personBeforeOf returns the token of "of" in [a, h) that a person's name
// of two or three words, a given name first, or a pair of plain
// capitalised words, stands before, as the person's affiliation follows
// it ("Patrick Moreau of Harvard University"); else -1.
func (s *scanner) personBeforeOf(a, h int) int {
	for k := a + 2; k < h && k <= a+3; k++ {
		if s.folded(k) == "of" {
			if s.gender(a) != genderNone && !s.isPlace(a) || k == a+2 && s.plainPair(a) {
				return k
			}
			return -1
		}
	}
	return -1
}

// plainPair reports whether tokens a and a+1 are two capitalised words
// that are no head, title, connector or place: a name such as a person's
// of given name unknown ("Kaveh Orrin of Lund University"), where an
// organisation's name before "of" has its head ("Bank of Harbour
// County").
func (s *scanner) plainPair(a int) bool {
	for k := a; k <= a+1; k++ {
		if !s.toks[k].word || s.toks[k].caps != caseTitle || s.is(k, cOrgHead|cLastHead|cTitle|cTitleModifier|cConnector) || s.isPlace(k) {
			return false
		}
	}
	return true
}

// orgStart returns the first token of an organisation's name whose head
// is token h in a run that starts at a, leaving out a title before it
// ("President of the European Commission") and a word that opens the
// sentence before "of" ("Shares of Harbour Motors").
func (s *scanner) orgStart(a, h int) int {
	if s.toks[a].sentence && a+2 < h && s.folded(a+1) == "of" && !s.is(a, cOrgHead) && !s.titleAt(a) {
		return a + 2
	}
	k := a
	for k < h && (s.titleAt(k) || s.is(k, cConnector)) && s.hasCoreTitle(a, h) {
		k++
	}
	return k
}

// lowerAfterHyphen reports whether w ends in a part in lower case after a
// hyphen, as a compound adjective before a name does ("Orr-backed",
// "Harbour-based"), where a name's own compound is capitalised
// ("Coca-Cola", "Anti-Defamation") or opens with a prefix
// ("Co-ordinating").
func lowerAfterHyphen(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	first := strings.ToLower(w[:strings.IndexByte(w, '-')])
	return unicode.IsLower(r) && utf8.RuneCountInString(first) > 2 && !isWordPrefix(first)
}

// isWordPrefix reports whether p, in lower case, is a prefix that a
// hyphen sets off in one word of a name ("Co-ordinating", "Non-aligned").
func isWordPrefix(p string) bool {
	switch p {
	case "co", "re", "ex", "non", "pre", "pro", "anti", "inter", "multi", "post", "semi", "self", "sub",
		"super", "trans", "ultra", "mid", "pan", "bi", "tri", "cross", "counter":
		return true
	}
	return false
}

// hasCoreTitle reports whether a title word stands in [a, b).
func (s *scanner) hasCoreTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if s.is(k, cTitle) {
			return true
		}
	}
	return false
}

// titleAt reports whether token k is a title or a word inside one.
func (s *scanner) titleAt(k int) bool {
	return s.is(k, cTitle|cTitleModifier) || s.isPlace(k)
}

// acronymAfter returns the acronym in brackets right after token e-1:
// "(MFA)", or "".
func (s *scanner) acronymAfter(e int) string {
	if !s.isMark(e, "(") || !s.isMark(e+2, ")") || e+1 >= len(s.toks) || s.toks[e+1].caps != caseUpper {
		return ""
	}
	return s.word(e + 1)
}

// shortFormAfter returns the short form in brackets right after the name
// of an organisation at tokens [a, e): an acronym ("(MFA)"), or a Russian
// compound of its first word's stem (Министерство экономического развития
// (Минэкономразвития)); else "".
func (s *scanner) shortFormAfter(a, e int) string {
	if acr := s.acronymAfter(e); acr != "" {
		return acr
	}
	if !s.isMark(e, "(") || !s.isMark(e+2, ")") || e+1 >= len(s.toks) || s.toks[e+1].caps != caseTitle {
		return ""
	}
	w, first := s.folded(e+1), s.folded(a)
	if !isCyrillicWord(w) || utf8.RuneCountInString(w) < minCompound || !strings.HasPrefix(w, prefixRunes(first, compoundStem)) {
		return ""
	}
	return s.word(e + 1)
}

// A Russian compound short name starts with compoundStem letters of the
// name's first word and has minCompound letters at least.
const (
	compoundStem = 3
	minCompound  = 5
)

// prefixRunes returns the first n runes of w.
func prefixRunes(w string, n int) string {
	for i := range w {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}

// impliedAcronyms returns the folded acronyms an organisation's name of
// several words gives, which the text may use without defining: the
// initials of its words (in Cyrillic, of the lower-case ones too, but for
// prepositions and conjunctions: Министерство иностранных дел → мид),
// and those without the places named last (Центральный банк России →
// цбр and цб). Each has two letters at least.
func impliedAcronyms(ws []string) []string {
	var initials []rune
	var capital []bool
	for _, w := range ws {
		lower := caseOf(w) == caseLower
		if lower && (!isCyrillicWord(w) || utf8.RuneCountInString(w) <= 3) {
			continue // of, the; и, по, для
		}
		r, _ := utf8.DecodeRuneInString(w)
		initials = append(initials, unicode.ToLower(r))
		capital = append(capital, !lower)
	}
	var out []string
	for n := len(initials); n >= 2; n-- {
		out = append(out, string(initials[:n]))
		if !capital[n-1] || !isCyrillicWord(ws[0]) {
			break // only capitalised words, places, are dropped from the end of a Russian name
		}
	}
	return out
}

// initialsMatch reports whether acr is made of the initials of the
// capitalised words of a name: "Joint Stock Company" and "JSC".
func initialsMatch(ws []string, acr string) bool {
	var b strings.Builder
	for _, w := range ws {
		if caseOf(w) != caseLower {
			for _, part := range strings.Split(w, "-") {
				if r := []rune(part); len(r) > 0 {
					b.WriteRune(r[0])
				}
			}
		}
	}
	return strings.EqualFold(b.String(), acr)
}

// acronymAt records token k when it is a well-known acronym written in
// capitals (NATO, ООН, БҰҰ-ның), one defined in brackets, or a
// well-known short name of a Russian organisation in any case
// (Минобороны, Госдумы), and reports whether it did.
func (s *scanner) acronymAt(k int) bool {
	t := s.toks[k]
	w := s.word(k)
	if nom := s.shortNameOf(k); nom != "" {
		s.addShortName(k, nom)
		return true
	}
	base, _, _ := strings.Cut(w, "-")
	if t.caps != caseUpper && !strings.Contains(w, "-") {
		return false // an acronym is in capitals
	}
	folded, _, _ := strings.Cut(s.folded(k), "-")
	if caseOf(base) != caseUpper || !lex().acronyms.has(folded) {
		return false
	}
	s.d.cands = append(s.d.cands, cand{kind: Organization, para: s.para, start: t.start, end: t.start + len(base),
		words: []string{base}, acronym: base, first: folded, last: folded})
	return true
}

// addShortName records token k as a mention of the organisation of the
// well-known short name nom.
func (s *scanner) addShortName(k int, nom string) {
	t, f := s.toks[k], fold(nom)
	s.d.cands = append(s.d.cands, cand{kind: Organization, para: s.para, start: t.start, end: t.end, words: []string{nom}, first: f, last: f})
}

// shortNameOf returns the nominative of the well-known short name of an
// organisation that token k is in some case (Госдумы → Госдума), when
// no capitalised word follows it; or "".
func (s *scanner) shortNameOf(k int) string {
	if k+1 < len(s.toks) && s.toks[k+1].word && s.toks[k+1].blank && s.toks[k+1].caps != caseLower {
		return "" // "Apple Inc.", "Congress Party": the run has the name
	}
	return s.shortNameAt(k)
}

// shortNameAt returns the nominative of the well-known short name that
// token k is in some case, whatever follows it; or "".
func (s *scanner) shortNameAt(k int) string {
	if s.toks[k].caps != caseTitle {
		return ""
	}
	f := s.folded(k)
	if nom, ok := lex().shortNames[f]; ok {
		return nom
	}
	if stem := russianStem(f); stem != f {
		return lex().shortNames[stem]
	}
	return ""
}

// shortName reports whether token k is a well-known short name.
func (s *scanner) shortName(k int) bool { return s.shortNameOf(k) != "" }
