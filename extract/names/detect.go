package names

import (
	"strings"
	"unicode/utf8"

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
	key        string // keyOf(words), when the scan made it
	first      string // the first and last words folded
	last       string
	article    bool // after the English article, as a noun: the Cleveland Browns (see afterArticle)
	female     bool // a Russian verb in the feminine past follows the name, which ends as a woman's: Анна Орлова заявила
}

// doc gathers what Find learns of a text.
type doc struct {
	places [][]Span // the country mentions of each paragraph, when given
	cands  []cand
	ents   []*entity
	// covered holds, per paragraph, the mentions found with their
	// entities, so that the linking pass does not count them twice and
	// knows the person last named.
	covered [][]span
	bySur   map[string][]*entity // surname key → persons
	byAcr   map[string]*entity   // folded acronym → organisation
	implied map[string]*entity   // folded initials of an organisation's name → it
	last    map[string]*entity   // surname key → the person last named
	singles map[string]int       // capitalised words standing alone, by key
	// nounSingles counts, where nouns are capitalised, those of singles
	// that stand after an article (see isNounArticle), as nouns do ("die
	// Menschen") and surnames seldom.
	nounSingles map[string]int
	// function are the function words of the text's language that the
	// lexicon does not hold; nil when it is not known.
	function set
	// nouns is set when the text's language capitalises every noun
	// (German, Luxembourgish), so that capitalised words alone mark no
	// name.
	nouns bool
	// given are the given names read in texts of the text's language
	// alone, with their genders; nil for most languages.
	given map[string]byte
}

// single counts a capitalised word that stands alone, under its key; noun
// tells that it stands after an article of a language that capitalises
// its nouns.
func (d *doc) single(key string, noun bool) {
	if d.singles == nil {
		d.singles = map[string]int{}
	}
	d.singles[key]++
	if noun {
		if d.nounSingles == nil {
			d.nounSingles = map[string]int{}
		}
		d.nounSingles[key]++
	}
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
	fold     string // the folded forms of the tokens (see token)
	place    []bool // token k lies in a country mention
	headline bool
}

// scan finds the candidate mentions of the scanner's paragraph.
func (s *scanner) scan() {
	if s.headline {
		return
	}
	var ms []Span
	if s.para < len(s.d.places) {
		ms = s.d.places[s.para]
	} else {
		for _, m := range country.Find(s.p) {
			ms = append(ms, Span{m.Start, m.End})
		}
	}
	s.place = placeTokens(ms, s.toks)
	for k := 0; k < len(s.toks); {
		k = s.at(k)
	}
}

// placeTokens marks the tokens that lie inside one of the country
// mentions ms.
func placeTokens(ms []Span, toks []token) []bool {
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

// folded returns the folded text of token k.
func (s *scanner) folded(k int) string {
	t := &s.toks[k]
	return s.fold[t.fs:t.fe]
}

// is reports whether the folded token k is in one of the word lists c,
// looked up once.
func (s *scanner) is(k int, c wordClass) bool {
	t := &s.toks[k]
	if !t.clsSet {
		t.cls, t.clsSet = lex().class[s.fold[t.fs:t.fe]], true
		if s.d.nouns && isCompoundTitle(s.fold[t.fs:t.fe]) {
			t.cls |= cTitle // Landesbischöfin, Vereinssprecher
		}
	}
	return t.cls&c != 0
}

// isFunction reports whether token k is a function word of the lexicon
// or of the text's language: no part of a name.
func (s *scanner) isFunction(k int) bool {
	return s.is(k, cFunction) || s.d.function.has(s.folded(k))
}

// gender returns the gender of token k as a given name (see
// givenGender, and the names of the text's language), looked up once.
func (s *scanner) gender(k int) byte {
	t := &s.toks[k]
	if !t.genderSet {
		t.gender, _ = givenGender(s.fold[t.fs:t.fe])
		if g, ok := s.d.given[s.fold[t.fs:t.fe]]; ok && t.gender == genderNone {
			t.gender = g // Jana, Detlev in a German text
		}
		t.genderSet = true
	}
	return t.gender
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
	if e := s.lowerOrg(k); e > k {
		return e // АО «Самрук-Казына», Телеканал «Север»
	}
	if s.acronymAt(k) || s.dottedAcronym(k) {
		return k + 1
	}
	e := s.runEnd(k)
	if e2 := s.cyrillicOrg(k, e); e2 > 0 {
		return e2
	}
	j := k
	for s.d.nouns && j < e-1 && s.isFunction(j) {
		j++ // die Stadt: a German noun stands alone after its article
	}
	if e == j+1 {
		s.d.single(stemKey(s.folded(j)), s.d.nouns && j > 0 && s.toks[j-1].word && isNounArticle(s.folded(j-1)))
	}
	s.classify(k, e)
	return e
}

// dottedAcronym reports whether token k is a letter of an acronym written
// with full stops, after the first ("N" in "U.N.", "S" in "U.S. House"),
// which opens no name.
func (s *scanner) dottedAcronym(k int) bool {
	return !s.toks[k].blank && s.isInitial(k) && s.isMark(k-1, ".") && s.isInitial(k-2)
}

// maxAbbrevRunes bounds the letters of a title written short before its
// full stop (Dr., Gen., Prof.).
const maxAbbrevRunes = 4

// abbreviated reports whether the title at token k may be a short form
// that a full stop follows inside a name (Gen. Jane Holt), and not a word
// that ends a sentence ("Surgeon General. Despite", "CEO. When").
func (s *scanner) abbreviated(k int) bool {
	return s.toks[k].caps != caseUpper && utf8.RuneCountInString(s.word(k)) <= maxAbbrevRunes
}

// digitAt reports whether token k is a word that starts with a digit, as
// a day or a year does.
func (s *scanner) digitAt(k int) bool {
	return k < len(s.toks) && s.toks[k].word && s.word(k)[0] >= '0' && s.word(k)[0] <= '9'
}

// givenBefore reports whether a capitalised given name that is no common
// word stands right before token e: a short name of an organisation after
// it is a family name ("Ian Gallup").
func (s *scanner) givenBefore(e int) bool {
	if e == 0 || !s.toks[e-1].word || s.toks[e-1].caps != caseTitle || s.gender(e-1) == genderNone || s.commonGiven(e-1) {
		return false
	}
	return !strings.HasPrefix(fold(s.shortNameOf(e)), s.folded(e-1)+"-") // Al Qaeda is al-Qaeda
}

// runEnd returns the end of the run of capitalised words from token k:
// words joined by blanks, initials with their full stops ("J. R."), and
// connectors in lower case between capitalised words (of, von der).
func (s *scanner) runEnd(k int) int {
	e := k + 1
	for e < len(s.toks) && e-k < maxRun {
		t := s.toks[e]
		switch {
		case s.isMark(e, ".") && !t.blank && (s.isInitial(e-1) || s.is(e-1, cTitle) && s.abbreviated(e-1)) && s.capital(e+1) && s.toks[e+1].blank:
			e++
		case t.word && t.blank && t.caps != caseLower && (!s.is(e, cCalendar) || e == k+1 && s.titleBefore(k) && !s.digitAt(e+1)) && s.toks[e-1].possessive == 0 && (!s.shortName(e) || s.givenBefore(e)) && !(s.folded(e) == "i" && !s.isMark(e+1, ".")):
			if s.is(e, cOrgType) && s.quotedEnd(e+1) > e+1 {
				return e // Глава АО «Степные дороги»: the type opens a name of its own
			}
			e++
		case t.word && t.blank && s.is(e, cConnector) && s.toks[e-1].possessive == 0:
			j := e
			for j < len(s.toks) && j < e+3 && s.toks[j].word && s.toks[j].blank && s.is(j, cConnector) {
				j++
			}
			if !s.capital(j) || !s.toks[j].blank || s.shortName(j) || s.is(j, cCalendar) {
				return e
			}
			e = j
		default:
			return e
		}
	}
	return e
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
	for b > a && s.isMark(b-1, ".") && !(b-2 > a && s.dottedForm(b-2) && !s.toks[b-1].blank) {
		b-- // but Apple Inc.
	}
	if a >= b {
		return
	}
	s.d.cands = append(s.d.cands, cand{kind: kind, para: s.para, start: s.toks[a].start, end: s.toks[b-1].end,
		words: s.nameWords(a, b), acronym: acronym, key: s.key(a, b), first: s.folded(a), last: s.folded(b - 1),
		article: s.afterArticle(a, b), female: kind == Person && b < len(s.toks) && s.toks[b].word && feminineVerb(s.folded(b)) && feminineEnd(s.folded(a))})
}

// feminineVerb reports whether the folded word f is a Russian verb in the
// past tense of the feminine: заявила, ответила, встретилась.
func feminineVerb(f string) bool {
	return isCyrillicWord(f) && utf8.RuneCountInString(f) > 4 && (strings.HasSuffix(f, "ла") || strings.HasSuffix(f, "лась"))
}

// feminineEnd reports whether the folded Cyrillic word f ends as a
// woman's given name in the nominative does: Анна, Мария.
func feminineEnd(f string) bool {
	return strings.HasSuffix(f, "а") || strings.HasSuffix(f, "я")
}

// afterArticle reports whether the English article stands before the name
// [a, b), or before capitalised words that open its run and are no title,
// organisation, place, compound or possessive ("the San Diego
// Union-Tribune", not "the Atlantic’s Jane Roe" or "the
// Indiana-born Gonzalo Curiel"), and the name is no noun's modifier
// there, which a word in lower case after it that is no function word
// makes it ("the Ann Orr campaign").
func (s *scanner) afterArticle(a, b int) bool {
	j := a - 1
	for j >= 0 && s.plainCapital(j) && s.folded(j) != "the" {
		j--
	}
	if j < 0 || !s.toks[j].word || s.folded(j) != "the" {
		return false
	}
	return b >= len(s.toks) || !s.toks[b].word || s.toks[b].caps != caseLower || s.isFunction(b)
}

// plainCapital reports whether token k is a capitalised word that is no
// title, head of an organisation, place, compound or possessive.
func (s *scanner) plainCapital(k int) bool {
	t := s.toks[k]
	return t.word && t.caps != caseLower && t.possessive == 0 && !s.is(k, cTitle|cTitleModifier|cRole|cOrgHead) &&
		!s.isPlace(k) && !strings.Contains(s.word(k), "-")
}

// key returns keyOf(s.nameWords(a, b)) from the folded tokens, or "" when
// full stops stand where it cannot.
func (s *scanner) key(a, b int) string {
	var k strings.Builder
	last := b - 1
	if last > a && s.isMark(last, ".") {
		last--
	}
	for j := a; j < b; j++ {
		if s.isMark(j, ".") {
			if j == a || s.isMark(j-1, ".") {
				return "" // a full stop that keyOf keeps
			}
			continue
		}
		f := s.folded(j)
		if j == a && f == "the" || j == last && j > a && s.is(j, cCorporate) {
			continue
		}
		if k.Len() > 0 {
			k.WriteByte(' ')
		}
		k.WriteString(stemKey(f))
	}
	return k.String()
}

// standsAlone reports whether the words [a, k) before an "and" in a run
// that ends with an organisation's head name something of their own: two
// words or more (Jane Holt), an acronym (RBC) or a country (India); a
// single word is else the first of the organisation's fields ("Health
// and Human Services").
func (s *scanner) standsAlone(a, k int) bool {
	return k-a >= 2 || s.toks[a].caps == caseUpper || s.isPlace(a)
}

// dottedForm reports whether token k is a legal form that is written
// with a full stop (Inc., Corp., Ltd.), not one without (LLC, GmbH).
func (s *scanner) dottedForm(k int) bool {
	return s.is(k, cCorporate) && lex().corporate.has(s.folded(k)+".")
}

// wholeOrg reports whether the words [a, k) before an "and" are the name
// of an organisation of their own: two words or more that end with its
// head ("House Roads and Tolls Committee" is one name), and no connector
// that the "and" would join a complement to ("Department of Health and
// Human Services" is one).
func (s *scanner) wholeOrg(a, k int) bool {
	if k-a < 2 || !s.is(k-1, cOrgHead) || s.orgHead(a, k) != k-1 {
		return false // "House Roads and Tolls Committee": the head is the name's last word
	}
	for j := s.orgStart(a, k-1); j < k; j++ {
		if s.is(j, cConnector) {
			return false
		}
	}
	return true
}

// acronymOfRun reports whether an acronym in brackets after the run
// [a, b) is made of the initials of all its words: "National
// Aeronautics and Space Administration (NASA)" is one name.
func (s *scanner) acronymOfRun(a, b int) bool {
	acr := s.acronymAfter(b)
	return acr != "" && initialsMatch(s.nameWords(a, b), acr)
}

// classify reads the run of capitalised words [a, b) as an organisation,
// a person, or nothing.
func (s *scanner) classify(a, b int) {
	for a < b && (s.isFunction(a) || s.is(a, cCalendar) && !(s.titleBefore(a) && s.gender(a) != genderNone && a+1 < b)) {
		a++ // The, In, Однако, Der: no part of a name; but governor Jan Orrell
	}
	if a >= b {
		return
	}
	if h := s.orgHead(a, b); h >= 0 {
		if s.is(h, cRoom) && !(h+1 < b && s.is(h+1, cConnector)) && s.orgHead(a, h) >= 0 {
			s.classify(a, h) // "Trusteeship Council Chamber": a room, and the council's name
			s.classify(h+1, b)
			return
		}
		for k := a + 1; k < h; k++ {
			if isAndThe(s.folded(k), s.folded(k+1)) {
				s.classify(a, k) // "the European Commission and the Markets Authority", "la Liga Árabe y la Organización …"
				s.classify(k+2, b)
				return
			}
			if f := s.folded(k); (f == "and" || f == "&") && (s.orgHead(a, k) < 0 && s.standsAlone(a, k) || s.wholeOrg(a, k)) && !s.acronymOfRun(a, b) {
				s.classify(a, k) // "Jane Holt and Ledger News", "RBC and National Bank", "Harbour News and Orr News"
				s.classify(k+1, b)
				return
			}
		}
		if of := s.personBeforeOf(a, h); of >= 0 {
			s.person(a, of) // Patrick Moreau of Harvard University
			s.classify(of+1, b)
			return
		}
		end := s.orgEnd(h, b)
		start := s.orgStart(a, h)
		for j := start; j < h; j++ {
			if j > start && (s.word(j) == "The" || s.word(j) == "the" && !s.is(j-1, cConnector)) || lowerAfterHyphen(s.word(j)) {
				start = j + 1 // "Enter The Daily Ledger", "Though the Harbour Council", "Orr-backed Harbour Party"
			}
		}
		if s.is(h, cCorporate) {
			for j := h - 1; j > start; j-- {
				if s.toks[j].caps == caseLower {
					start = j + 1
					break
				}
			}
		}
		if end-start >= 2 {
			name := end
			if s.dottedForm(end-1) && s.isMark(end, ".") && !s.toks[end].blank {
				name++ // Apple Inc.
			}
			s.add(Organization, start, name, s.shortFormAfter(start, end))
		}
		if end < b {
			s.classify(end, b)
		}
		return
	}
	if s.toks[a].caps == caseUpper && s.acronymAt(a) {
		s.classify(a+1, b) // В ЦБ; МИД Казахстана
		return
	}
	if acr := s.acronymAfter(b); acr != "" && initialsMatch(s.nameWords(a, b), acr) && b-a >= 2 {
		s.add(Organization, a, b, acr)
		return
	}
	s.person(a, b)
}
