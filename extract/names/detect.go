package names

import (
	"strings"

	"github.com/newsextract/newsextract/extract/country"
)

// maxRun bounds the words of one capitalised run, which bounds the work
// at each word.
const maxRun = 12

// cand is one mention found by the scan, before mentions are grouped.
type cand struct {
	kind       Kind
	para       int
	start, end int
	words      []string // the words of the name as written, titles left out
	acronym    string
}

// doc gathers what Find learns of a text.
type doc struct {
	cands []cand
	ents  []*entity
	// covered holds, per paragraph, the mentions found with their
	// entities, so that the linking pass does not count them twice and
	// knows the person last named.
	covered map[int][]span
	bySur   map[string][]*entity // surname key → persons
	byAcr   map[string]*entity   // folded acronym → organisation
	last    map[string]*entity   // surname key → the person last named
	singles map[string]int       // capitalised words standing alone, by key
}

// maybePerson is the kind of a candidate that is a person only if its
// last word stands alone elsewhere in the text, as surnames do ("Mitt
// Romney ... Romney went").
const maybePerson Kind = 255

// span is a mention found by the scan and its entity.
type span struct {
	start, end int
	e          *entity
}

// maxSameSurname bounds the people of one surname that a surname alone
// may name; more are not indexed, which keeps the look-up bounded.
const maxSameSurname = 8

// scanner reads one paragraph.
type scanner struct {
	d        *doc
	para     int
	p        string
	toks     []token
	place    []bool // token k lies in a country mention
	headline bool
}

// scan finds the candidate mentions of paragraph i.
func (d *doc) scan(i int, p string, toks []token) {
	s := scanner{d: d, para: i, p: p, toks: toks, headline: isHeadline(p, toks)}
	if s.headline {
		return
	}
	s.place = placeTokens(p, toks)
	for k := 0; k < len(toks); {
		k = s.at(k)
	}
}

// placeTokens marks the tokens that lie inside a mention of a country.
func placeTokens(p string, toks []token) []bool {
	ms := country.Find(p)
	if len(ms) == 0 {
		return nil
	}
	out := make([]bool, len(toks))
	m := 0
	for k, t := range toks {
		for m < len(ms) && ms[m].End <= t.start {
			m++
		}
		out[k] = m < len(ms) && ms[m].Start <= t.start && t.end <= ms[m].End
	}
	return out
}

// isPlace reports whether token k is part of a country's name.
func (s *scanner) isPlace(k int) bool { return s.place != nil && s.place[k] }

// word returns the text of token k.
func (s *scanner) word(k int) string { return s.p[s.toks[k].start:s.toks[k].end] }

// folded returns the folded text of token k, folded once.
func (s *scanner) folded(k int) string {
	t := &s.toks[k]
	if !t.isFolded {
		t.folded, t.isFolded = fold(s.p[t.start:t.end]), true
	}
	return t.folded
}

// capital reports whether token k is a capitalised word.
func (s *scanner) capital(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].word && s.toks[k].caps != caseLower
}

// isMark reports whether token k is the mark m.
func (s *scanner) isMark(k int, m string) bool {
	return k >= 0 && k < len(s.toks) && !s.toks[k].word && s.word(k) == m
}

// at reads the mention, if any, that starts at token k and returns the
// token to go on from.
func (s *scanner) at(k int) int {
	t := s.toks[k]
	if !t.word {
		return k + 1
	}
	if t.caps == caseLower {
		if e := s.lowerOrg(k); e > k {
			return e
		}
		return k + 1
	}
	if s.acronymAt(k) {
		return k + 1
	}
	e := s.runEnd(k)
	if e2 := s.cyrillicOrg(k, e); e2 > 0 {
		return e2
	}
	if e == k+1 {
		if s.d.singles == nil {
			s.d.singles = map[string]int{}
		}
		s.d.singles[stemKey(s.folded(k))]++
	}
	s.classify(k, e)
	return e
}

// runEnd returns the end of the run of capitalised words from token k:
// words joined by blanks, initials with their full stops ("J. R."), and
// connectors in lower case between capitalised words (of, von der).
func (s *scanner) runEnd(k int) int {
	e := k + 1
	for e < len(s.toks) && e-k < maxRun {
		t := s.toks[e]
		switch {
		case s.isMark(e, ".") && !t.blank && (s.isInitial(e-1) || lex().titles.has(s.folded(e-1))) && s.capital(e+1) && s.toks[e+1].blank:
			e++
		case t.word && t.blank && t.caps != caseLower && !lex().calendar.has(s.folded(e)) && s.toks[e-1].possessive == 0 && !s.shortName(e) && !(s.folded(e) == "i" && !s.isMark(e+1, ".")):
			e++
		case t.word && t.blank && lex().connectors.has(s.folded(e)) && s.toks[e-1].possessive == 0:
			j := e
			for j < len(s.toks) && j < e+3 && s.toks[j].word && s.toks[j].blank && lex().connectors.has(s.folded(j)) {
				j++
			}
			if !s.capital(j) || !s.toks[j].blank || s.shortName(j) || lex().calendar.has(s.folded(j)) {
				return e
			}
			e = j
		default:
			return e
		}
	}
	return e
}

// isInitial reports whether token k is one capital letter.
func (s *scanner) isInitial(k int) bool {
	w := s.word(k)
	return s.capital(k) && len([]rune(w)) == 1
}

// nameWords returns the words of tokens [a, b) as written, full stops
// glued to their initials.
func (s *scanner) nameWords(a, b int) []string {
	var ws []string
	for k := a; k < b; k++ {
		if s.isMark(k, ".") && len(ws) > 0 {
			ws[len(ws)-1] += "."
			continue
		}
		ws = append(ws, s.word(k))
	}
	return ws
}

// add records a mention of tokens [a, b).
func (s *scanner) add(kind Kind, a, b int, acronym string) {
	for b > a && s.isMark(b-1, ".") {
		b--
	}
	if a >= b {
		return
	}
	s.d.cands = append(s.d.cands, cand{kind: kind, para: s.para, start: s.toks[a].start, end: s.toks[b-1].end,
		words: s.nameWords(a, b), acronym: acronym})
}

// classify reads the run of capitalised words [a, b) as an organisation,
// a person, or nothing.
func (s *scanner) classify(a, b int) {
	l := lex()
	for a < b && (l.function.has(s.folded(a)) || l.calendar.has(s.folded(a))) {
		a++ // The, In, Однако: no part of a name
	}
	if a >= b {
		return
	}
	if h := s.orgHead(a, b); h >= 0 {
		for k := a + 1; k < h; k++ {
			if f := s.folded(k); (f == "and" || f == "&") && s.orgHead(a, k) < 0 {
				s.classify(a, k) // "John Bolton and Breitbart News"
				s.classify(k+1, b)
				return
			}
		}
		end := s.orgEnd(h, b)
		start := s.orgStart(a, h)
		for j := start + 1; j < h; j++ {
			if s.word(j) == "The" {
				start = j + 1 // "Enter The Washington Post"
			}
		}
		if lex().corporate.has(s.folded(h)) {
			for j := h - 1; j > start; j-- {
				if s.toks[j].caps == caseLower {
					start = j + 1
					break
				}
			}
		}
		if end-start >= 2 {
			s.add(Organization, start, end, s.acronymAfter(end))
		}
		if end < b {
			s.classify(end, b)
		}
		return
	}
	if acr := s.acronymAfter(b); acr != "" && initialsMatch(s.nameWords(a, b), acr) && b-a >= 2 {
		s.add(Organization, a, b, acr)
		return
	}
	s.person(a, b)
}

// titleCaseRun reports whether the run [a, b) holds five capitalised
// words or more besides connectors, initials, titles and places: text
// in title case, a
// headline quoted or run into a paragraph, where capitals tell nothing.
func (s *scanner) titleCaseRun(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if s.capital(k) && !s.isInitial(k) && !s.titleAt(k) && !lex().titles.has(s.folded(k)) {
			n++
		}
	}
	return n >= 5
}

// orgHead returns the last token of [a, b) that is the head noun of an
// organisation, or -1.
func (s *scanner) orgHead(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if s.toks[k].word && s.toks[k].caps != caseLower && lex().orgHeads.has(s.folded(k)) {
			return k
		}
	}
	return -1
}

// orgEnd returns the end of an organisation's name whose head is token h
// in a run that ends at b: the head and its complement ("of Foreign
// Affairs"), but not a person's name after it ("Commission President
// Ursula von der Leyen").
func (s *scanner) orgEnd(h, b int) int {
	e := h + 1
	if e < b && lex().connectors.has(s.folded(e)) {
		for e < b && !lex().titles.has(s.folded(e)) {
			e++
		}
	}
	return e
}

// orgStart returns the first token of an organisation's name whose head
// is token h in a run that starts at a, leaving out a title before it
// ("President of the European Commission").
func (s *scanner) orgStart(a, h int) int {
	k := a
	for k < h && (s.titleAt(k) || lex().connectors.has(s.folded(k))) && s.hasCoreTitle(a, h) {
		k++
	}
	return k
}

// hasCoreTitle reports whether a title word stands in [a, b).
func (s *scanner) hasCoreTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if lex().titles.has(s.folded(k)) {
			return true
		}
	}
	return false
}

// titleAt reports whether token k is a title or a word inside one.
func (s *scanner) titleAt(k int) bool {
	f := s.folded(k)
	return lex().titles.has(f) || lex().titleModifiers.has(f) || s.isPlace(k)
}

// person reads the run [a, b), which names no organisation, as people
// (one for each part joined by "and") when something tells each is one:
// a title before it or in it, a given name first, initials, a Russian
// patronymic or family name, or a verb of speech after a name of two
// words. Titles, and the places and acronyms before them ("Kazakh
// President", "ҚР Президенті", "UN Secretary-General"), are left out of
// the name.
func (s *scanner) person(a, b int) {
	if a >= b {
		return
	}
	for k := a; k < b; k++ {
		if f := s.folded(k); f == "and" || f == "y" || f == "&" {
			s.person(a, k)
			s.person(k+1, b)
			return
		}
	}
	if s.titleCaseRun(a, b) {
		return // "Hillary Clinton Says EgyptAir Crash Seems Like": a headline inside the text
	}
	titled, field := s.titleBefore(a), false
	k := a
	for j := a; j < b-1; j++ {
		if lex().titles.has(s.folded(j)) {
			titled, k = true, j+1
		}
	}
	for k < b-1 && (s.isMark(k, ".") || s.titleAt(k) || lex().connectors.has(s.folded(k)) || s.toks[k].caps == caseUpper && !s.isInitial(k)) {
		if titled && lex().connectors.has(s.folded(k)) {
			field = true
		}
		k++
	}
	if !titled {
		k = s.givenStart(k, b)
	}
	skipped := false
	for k < b-2 && (s.nameLen(k, b) == 0 || s.toks[k].caps == caseLower) {
		k, skipped = k+1, true // "the Year Barack Obama": the name starts later
	}
	if s.toks[k].caps == caseLower {
		return
	}
	if g, _ := givenGender(s.folded(k)); skipped && !titled && g == genderNone {
		return // "New York Jets": what follows a place word is no name
	}
	n := s.nameLen(k, b)
	if n == 0 {
		return
	}
	b = k + n
	words := b - k
	first := s.folded(k)
	g, _ := givenGender(first)
	if words == 1 && !titled && isCyrillicWord(first) && surnameLike(first) && b < len(s.toks) && lex().speech.has(s.folded(b)) {
		titled = true // "Путин заявил", "Лавров отметил": a Russian surname speaks
	}
	switch {
	case titled:
	case words >= 2 && g != genderNone && !s.isPlace(k):
	case words >= 2 && s.isInitial(k) && s.isMark(k+1, "."):
	case words >= 2 && s.russianName(k, b):
	case words >= 2 && b < len(s.toks) && lex().speech.has(s.folded(b)):
	case words >= 2 && s.roleAfter(b):
	case words >= 2 && words <= 3 && !s.toks[k].sentence && !lex().titleModifiers.has(first):
		s.add(maybePerson, k, b, "") // a person if the surname recurs alone
		return
	default:
		return
	}
	if words == 1 && (field || s.toks[k].caps == caseUpper || s.isInitial(k) || lex().titles.has(first)) {
		return // "Under-Secretary-General for Disarmament": the title's field, no name
	}
	s.add(Person, k, b, "")
}

// roleAfter reports whether a comma and a title or role follow token
// b-1, with at most an article or a possessive between: "Huma Abedin,
// vice chairwoman", "Lael Brainard, a Fed governor", "Rahm Emanuel, his
// chief of staff".
func (s *scanner) roleAfter(b int) bool {
	if !s.isMark(b, ",") {
		return false
	}
	for k := b + 1; k < len(s.toks) && k <= b+4; k++ {
		if !s.toks[k].word {
			return false
		}
		if lex().titles.has(s.folded(k)) {
			return true
		}
	}
	return false
}

// givenStart returns the first token of [k, b) that is a given name
// with a capitalised word after it, when the word at k is none: the
// words before it are a title in a language whose titles are
// capitalised ("Bundeskanzler Olaf Scholz") or a noun that opens the
// sentence ("Интервью Анны Петровой"). It returns k otherwise.
func (s *scanner) givenStart(k, b int) int {
	if g, _ := givenGender(s.folded(k)); g != genderNone {
		return k
	}
	for j := k + 1; j < b-1 && j < k+3; j++ {
		if g, _ := givenGender(s.folded(j)); g != genderNone && !s.isPlace(j) && s.capital(j+1) {
			return j
		}
	}
	return k
}

// nameLen returns how many tokens from k form a person's name: at most
// four words besides particles and initials, none of them a place, a
// month, a function word or a word that names no person.
func (s *scanner) nameLen(k, b int) int {
	l := lex()
	n, words := 0, 0
	for j := k; j < b; j++ {
		f := s.folded(j)
		switch {
		case s.isMark(j, "."):
		case l.particles.has(f) && j > k:
		case s.isPlace(j) || l.calendar.has(f) || l.notNames.has(f) || l.orgHeads.has(f) || l.titles.has(f) || l.function.has(f) && j > k:
			return n
		default:
			words++
		}
		if words > 4 {
			return n
		}
		n = j - k + 1
		if s.toks[j].possessive > 0 {
			break
		}
	}
	return n
}

// russianName reports whether tokens [a, b) read as a Russian or Kazakh
// name: one word is a patronymic, or the last or first is a family name
// and the other words are capitalised Cyrillic words.
func (s *scanner) russianName(a, b int) bool {
	for k := a; k < b; k++ {
		if !isCyrillicWord(s.word(k)) && !s.isMark(k, ".") {
			return false
		}
		if patronymicLike(s.folded(k)) {
			return true
		}
	}
	return surnameLike(s.folded(b-1)) || surnameLike(s.folded(a))
}

// titleBefore reports whether a title in lower case, or a title phrase,
// stands just before token a: "spokesman John Kirby", "министр Мухтар
// Тлеуберди", "г-н Иванов".
func (s *scanner) titleBefore(a int) bool {
	k := a - 1
	return k >= 0 && s.toks[k].word && s.toks[a].blank && lex().titles.has(s.folded(k))
}

// acronymAfter returns the acronym in brackets right after token e-1:
// "(MFA)", or "".
func (s *scanner) acronymAfter(e int) string {
	if !s.isMark(e, "(") || !s.isMark(e+2, ")") || e+1 >= len(s.toks) || s.toks[e+1].caps != caseUpper {
		return ""
	}
	return s.word(e + 1)
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
		s.d.cands = append(s.d.cands, cand{kind: Organization, para: s.para, start: t.start, end: t.end, words: []string{nom}})
		return true
	}
	base, _, _ := strings.Cut(w, "-")
	if caseOf(base) != caseUpper || !lex().acronyms.has(fold(base)) {
		return false
	}
	s.d.cands = append(s.d.cands, cand{kind: Organization, para: s.para, start: t.start, end: t.start + len(base),
		words: []string{base}, acronym: base})
	return true
}

// shortNameOf returns the nominative of the well-known short name of a
// Russian organisation that token k is in some case (Госдумы →
// Госдума), or "".
func (s *scanner) shortNameOf(k int) string {
	if s.toks[k].caps != caseTitle || k+1 < len(s.toks) && s.toks[k+1].word && s.toks[k+1].blank && s.toks[k+1].caps != caseLower {
		return "" // "Apple Inc.", "Congress Party": the run has the name
	}
	f := s.folded(k)
	if nom, ok := lex().shortNames[f]; ok {
		return nom
	}
	return lex().shortNames[stemKey(f)]
}

// shortName reports whether token k is a well-known short name.
func (s *scanner) shortName(k int) bool { return s.shortNameOf(k) != "" }

// isHeadline reports whether a paragraph is a headline in title case:
// one line of at least four words, where capitalised words of four
// letters or more are three at least and every word of three letters or
// more is capitalised but the short words that headlines keep in lower
// case (and, the, for, with...).
func isHeadline(p string, toks []token) bool {
	if strings.ContainsAny(p, "\n") || len(toks) > 40 {
		return false
	}
	capital, words := 0, 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		words++
		if t.caps != caseLower {
			if t.end-t.start >= 4 {
				capital++
			}
			continue
		}
		if t.end-t.start >= 3 && !lex().headlineLower.has(fold(p[t.start:t.end])) {
			return false
		}
	}
	return words >= 4 && capital >= 3
}
