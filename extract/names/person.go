package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isInitial reports whether token k is one capital letter.
func (s *scanner) isInitial(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	w := s.word(k)
	return s.capital(k) && utf8.RuneCountInString(w) == 1
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
		return // "Senator Says Harbour Plan Looks Like": a headline inside the text
	}
	for k := a + 2; k < b-1; k++ {
		if s.is(k, cParticle) && s.givenNameAt(k+1) && s.capital(k+2) && !s.isParticleName(a, k) {
			s.person(a, k) // "Anna Orsini da Tom Hale": a preposition between two names
			s.person(k+1, b)
			return
		}
	}
	for k := a; k < b; k++ {
		if isContraction(s.folded(k)) {
			s.person(a, k) // I've, We'll: a pronoun and its verb end a name, and open none
			return
		}
	}
	k, titled, field, ok := s.nameStart(a, b)
	if !ok {
		return
	}
	for j := a; j < k; j++ {
		if nom := s.shortNameAt(j); nom != "" {
			s.addShortName(j, nom) // глава Сбербанка Герман Греф
		} else if s.toks[j].caps == caseUpper && s.toks[j].word {
			s.acronymAt(j) // the body of a title: Глава МИД Сергей Лавров, UN Secretary-General
		}
	}
	if !titled && s.d.nouns && k == a && k > 0 && s.toks[k-1].word && (isNounArticle(s.folded(k-1)) || isNumberWord(s.folded(k-1))) {
		return // "eine Art von Ruhe", "drei Tonnen Stahl": nouns after their article or a number
	}
	n := s.nameLen(k, b)
	if field && k+n < b-1 && s.is(k+n, cNotName|cOrgHead) {
		s.person(k+n+1, b) // "Under-Secretary-General for Political Affairs Jane Holt": the name follows the field
		return
	}
	if n == 0 {
		return
	}
	if !titled && k+n < len(s.toks) && s.toks[k+n-1].possessive == 0 && s.toks[k+n].word && s.toks[k+n].caps != caseLower && s.is(k+n, cNotName) {
		return // the words before a place's or an event's word name it: Mile High Stadium
	}
	for n > 2 && s.isPostNominal(k+n-1) {
		n-- // John Milbank RRP; Jane Holt MP
	}
	for n > 1 && s.is(k+n-1, cParticle) {
		n-- // a particle ends no name: "Unidad Militar de" before a word in lower case
	}
	b = k + n
	kind := s.personKind(k, b, titled)
	if kind == 0 || b-k == 1 && (field || s.toks[k].caps == caseUpper || s.isInitial(k) || s.is(k, cTitle) || s.adjectiveBefore(k) || k > 0 && s.is(k-1, cRole) && !s.is(k-1, cTitle)) {
		return // one word after a title's field ("Under-Secretary-General for Disarmament") or an occupation ("investor Harbourbank") is no name
	}
	s.add(kind, k, b, "")
}

// isPostNominal reports whether token k is a word of two or three
// capitals that may follow a person's name without being part of it, as
// letters after a name (MP, QC) and prices' labels (RRP) do; a Roman
// numeral (III) is part of it.
func (s *scanner) isPostNominal(k int) bool {
	t := s.toks[k]
	n := utf8.RuneCountInString(s.word(k))
	return t.word && t.caps == caseUpper && n >= 2 && n <= 3 && s.toks[k-1].caps != caseUpper &&
		strings.Trim(s.word(k), "IVX") != "" // John Paul II, Joe Manchin III
}

// nameStart returns the first token of the person's name in the run
// [a, b): after the last title in it and the places, connectors and
// acronyms that go with the title ("Kazakh President", "Secretary of
// State", "UN Secretary-General"), or at the given name after
// capitalised words that open the run ("Bundesministerin Anna Berger").
// It reports whether a title goes with the name, whether a connector
// followed the title (the title's field: "Minister for Energy"), and
// false when no name can start in the run.
func (s *scanner) nameStart(a, b int) (k int, titled, field, ok bool) {
	titled, k = s.titleBefore(a) || s.roleComma(a, b), a
	if b-a >= 3 && s.is(a, cRole) {
		k = a + 1 // "Coordinator Jane Smith": the role is no part of the name
	}
	for j := a; j < b-1; j++ {
		if s.is(j, cTitle) {
			titled, k = true, j+1
		}
	}
	for k < b-1 && (s.isMark(k, ".") || s.titleAt(k) || s.is(k, cConnector) && !(titled && s.givenConnector(k)) || s.toks[k].caps == caseUpper && !s.isInitial(k) || titled && s.shortNameAt(k) != "") {
		if titled && s.is(k, cConnector) {
			field = true
		}
		k++
	}
	if titled && field && s.d.nouns && k > a && isNounArticle(s.folded(k-1)) {
		return k, titled, field, false // "Generaldirektorin des Velder Zentrums": the title's field, no name
	}
	if !titled {
		k = s.givenStart(k, b)
	}
	skipped := false
	for k < b-2 && (s.nameLen(k, b) == 0 || s.toks[k].caps == caseLower) {
		if s.is(k, cPlacePrefix) {
			return k, titled, field, false // "Santa Maria Novella": a place's name follows
		}
		k, skipped = k+1, true // "the Year Barack Obama": the name starts later
	}
	if s.toks[k].caps == caseLower {
		return k, titled, field, false
	}
	if g := s.gender(k); skipped && !titled && g == genderNone {
		return k, titled, field, false // "New York Jets": what follows a place word is no name
	}
	return k, titled, field, true
}

// givenConnector reports whether token k, a connector of names (al, van,
// del), is written as a given name is, capitalised and before a
// capitalised word: "Sen. Al Orrell".
func (s *scanner) givenConnector(k int) bool {
	return s.toks[k].caps == caseTitle && s.gender(k) != genderNone && s.capital(k+1) && !s.is(k+1, cConnector)
}

// personKind tells whether the name [k, b) is a person: Person when
// something marks it as one (a given name that is no common word as
// well: "Star Fleet" is none), maybePerson when only a later surname alone
// can (a name of two or three words inside a sentence), 0 otherwise.
func (s *scanner) personKind(k, b int, titled bool) Kind {
	words := b - k
	first := s.folded(k)
	g := s.gender(k)
	if words == 1 && !titled && isCyrillicWord(first) && surnameLike(first) && b < len(s.toks) && s.is(b, cSpeech) {
		return Person // "Путин заявил", "Лавров отметил": a Russian surname speaks
	}
	switch {
	case titled:
		return Person
	case words < 2, s.hasDigit(k, b):
		return 0 // Brent LCOc1
	case g != genderNone && !s.isPlace(k) && !s.commonGiven(k),
		s.isInitial(k) && s.isMark(k+1, "."),
		s.russianName(k, b),
		b < len(s.toks) && s.is(b, cSpeech),
		s.speechBefore(k), // “…,” said Ann Orr
		s.roleAfter(b), s.whoAfter(k, b), s.ageAfter(b):
		return Person
	case words <= 3 && !s.toks[k].sentence && !s.is(k, cTitleModifier):
		return maybePerson
	}
	return 0
}

// speechBefore reports whether a verb of speech stands before token k
// after punctuation, as after a quotation it cues the speaker that
// follows ("“…,” said Ann Orr"); "told" cues the one spoken to.
func (s *scanner) speechBefore(k int) bool {
	return k >= 2 && !s.toks[k-2].word && s.is(k-1, cSpeech) && s.folded(k-1) != "told"
}

// commonGiven reports whether token k is a given name that is also a
// common English word (Star, Web), and no family name written first
// (Xi) nor a name of the text's language.
func (s *scanner) commonGiven(k int) bool {
	f := s.folded(k)
	return commonGiven(f) && s.d.given[f] == 0 && !lex().surnameFirst.has(f)
}

// hasDigit reports whether a word of tokens [a, b) has a digit, as no
// word of a person's name has.
func (s *scanner) hasDigit(a, b int) bool {
	for k := a; k < b; k++ {
		if strings.ContainsAny(s.word(k), "0123456789") {
			return true
		}
	}
	return false
}

// maxRoleAfter bounds the words after a name's comma read for its role.
const maxRoleAfter = 5

// ageAfter reports whether a comma, an age and a comma follow token
// b-1, as they follow a person's name: "Ann Orr, 34, said".
func (s *scanner) ageAfter(b int) bool {
	if !s.isMark(b, ",") || b+2 >= len(s.toks) || !s.isMark(b+2, ",") {
		return false
	}
	w := s.word(b + 1)
	if len(w) < 1 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] != '0'
}

// whoAfter reports whether a comma and "who" follow the name [k, b), as
// they follow a person's ("Ann Orr, who was"), when no word of it is a
// place's or an acronym and, but after a given name, the last is no
// plural, as in the names of peoples and groups ("Asian Americans, who").
func (s *scanner) whoAfter(k, b int) bool {
	if !s.isMark(b, ",") || b+1 >= len(s.toks) || !s.toks[b+1].word || s.folded(b+1) != "who" && s.folded(b+1) != "who's" {
		return false
	}
	for j := k; j < b; j++ {
		if s.isPlace(j) || s.toks[j].caps == caseUpper && !s.isInitial(j) {
			return false
		}
	}
	return s.gender(k) != genderNone || !strings.HasSuffix(s.folded(b-1), "s") // but Asian Americans, who
}

// roleAfter reports whether a comma and a title or role follow token
// b-1 within a few words ("Jane Holt, vice chairwoman", "Mara Quinn, a
// bank governor", "Tom Reyes, his chief of staff", "Ann Orr, a donor
// and president of").
func (s *scanner) roleAfter(b int) bool {
	if !s.isMark(b, ",") {
		return false
	}
	for k := b + 1; k < len(s.toks) && k <= b+maxRoleAfter; k++ {
		if !s.toks[k].word {
			return false
		}
		if s.is(k, cTitle) {
			return true
		}
		if f := s.folded(k); s.toks[k].caps == caseLower && (f == "by" || strings.HasSuffix(f, "ed")) {
			return false // "Harbour PAC, launched by its president": a participle's phrase
		}
		if s.d.nouns && !isNounArticle(s.folded(k)) {
			return false // "Velder Wege, sagte der Vereinssprecher": a verb between
		}
	}
	return false
}

// givenStart returns the first token of [k, b) that is a given name
// with a capitalised word or a particle after it, when the word at k is
// none: the words before it are a title in a language whose titles are
// capitalised ("Bundesministerin Anna Berger") or a noun that opens the
// sentence ("Интервью Анны Петровой"). It returns k otherwise.
func (s *scanner) givenStart(k, b int) int {
	if g := s.gender(k); g != genderNone || s.is(k, cPlacePrefix) {
		return k // "São Bento dos Lagos": a place's name
	}
	for j := k + 1; j < b-1 && j < k+3; j++ {
		if g := s.gender(j); g != genderNone && !s.isPlace(j) && (s.capital(j+1) || s.is(j+1, cParticle)) {
			return j
		}
	}
	return k
}

// nameLen returns how many tokens from k form a person's name: at most
// four words besides particles and initials, none of them a place, a
// month, a function word or a word that names no person.
func (s *scanner) nameLen(k, b int) int {
	n, words := 0, 0
	for j := k; j < b; j++ {
		switch {
		case s.isMark(j, "."):
		case j >= k+2 && kazakhPlaceCase(s.folded(j)):
			return n // "Мұрат Нұртілеу Брюссельге барды": a place in the dative after the name
		case s.d.nouns && j > k+1 && s.folded(j) == "den" && s.folded(j-1) == "von":
			return j - 1 - k // "Anna Berger von den Grünen": of the party, no particle
		case j > k+1 && s.is(j, cParticle) && s.employerAfter(j) && s.gender(j-1) == genderNone && !s.is(j-1, cParticle):
			return n // "Anna Berger von der Harbour-Bank": the particle after a surname opens the employer
		case s.is(j, cParticle) && j > k && isArticleParticle(s.folded(j)) && !isNameParticle(s.folded(j-1)):
			return n // "Präsidentin Anna Berger den Ton": an article after the name, not of "von der"
		case s.is(j, cParticle) && j > k:
		case s.is(j, cTitleSurname) && j == b-1 && j > k && s.gender(k) != genderNone && !s.isPlace(j):
			words++ // "Martin Luther King", "Paul Singer": a title's word ends the name as a surname
		case j == k+1 && j == b-1 && s.demonymSurname(k, j):
			words++ // "Ian Cuban, the owner": a people's adjective as a surname
		case j == k && j+1 < b && s.is(j, cCalendar) && s.gender(j) != genderNone && !s.is(j+1, cCalendar|cNotName),
			j == k+1 && j == b-1 && s.is(j, cCalendar) && s.titleBefore(k) && !s.capital(j+1) && !s.is(k, cCalendar):
			words++ // "governor Jan Orrell", "columnist Wu Jun": a month's name in a name
		case j == b-1 && j > k && s.is(j, cPlaceSurname) && s.gender(k) != genderNone && !s.commonGiven(k) && !s.capital(j+1):
			words++ // "Ilse West", "Ilse Hill": a place's word as a surname
		case s.isPlace(j) || s.is(j, cCalendar|cNotName|cOrgHead|cTitle) || s.isFunction(j) && j > k && !(s.isInitial(j) && s.isMark(j+1, ".") && s.capital(j+2)),
			gluedWords(s.word(j)):
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

// isParticleName reports whether the run [a, k) before the particle at
// k is given names alone, which a family name of particles follows
// ("Ursula von der Leyen", "José María de la Torre").
func (s *scanner) isParticleName(a, k int) bool {
	for j := a; j < k; j++ {
		if s.gender(j) == genderNone {
			return false
		}
	}
	return true
}

// isArticleParticle reports whether the folded particle f is also an
// article, a particle of a name only after another: von der, van den.
func isArticleParticle(f string) bool {
	switch f {
	case "der", "den", "dem", "des", "het":
		return true
	}
	return false
}

// isNameParticle reports whether the folded word f is a particle that an
// article may follow in a family name: von, van.
func isNameParticle(f string) bool {
	return f == "von" || f == "van"
}

// employerAfter reports whether the particle at token j, after a
// surname, opens the name of where the person works rather than more of
// the name: "von der", "vom", "van de" before a body ("Anna Berger von
// der Harbour-Bank"), where a particle of the name follows the given
// names ("Ursula von der Leyen", "Karl Heinz von Velden").
func (s *scanner) employerAfter(j int) bool {
	switch s.folded(j) {
	case "vom", "zum", "zur":
		return true
	case "von", "van", "zu":
		if j+1 < len(s.toks) && s.toks[j+1].word {
			f := s.folded(j + 1)
			return isArticleParticle(f) || f == "de"
		}
	}
	return false
}

// demonymSurname reports whether token j, a country's adjective after
// the given name at k, is the family name of the person named: the
// given name is no common word, and no noun follows the adjective to
// qualify it ("Ian Cuban, the owner", but "Anna German officials").
func (s *scanner) demonymSurname(k, j int) bool {
	if !s.isPlace(j) || s.gender(k) == genderNone || s.commonGiven(k) || s.isPlace(k) || !isDemonym(s.folded(j)) {
		return false
	}
	return j+1 >= len(s.toks) || !s.toks[j+1].word || s.is(j+1, cSpeech) || s.isFunction(j+1)
}

// isDemonym reports whether the folded English word f ends as the
// adjective of a people does: Cuban, Welsh, Maltese, Israeli.
func isDemonym(f string) bool {
	for _, e := range [...]string{"an", "ish", "ese", "i"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+2 {
			return true
		}
	}
	return false
}

// gluedWords reports whether w is several capitalised words written
// together, as the labels of a page's widgets are ("VarkonShareReplyMore"):
// a capital after a lower-case letter twice, where a name has one at most
// (McDonald, DeSantis).
func gluedWords(w string) bool {
	n, lower := 0, false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			if lower {
				n++
			}
			lower = false
		default:
			lower = false
		}
	}
	return n >= 2
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

// adjectiveBefore reports whether token k is a Russian adjective in an
// oblique case that a noun in lower case follows, which makes it no
// surname: "Директор Пулковской обсерватории".
func (s *scanner) adjectiveBefore(k int) bool {
	f := s.folded(k)
	if !isCyrillicWord(f) || k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	if !n.word || !n.blank || n.caps != caseLower || !isCyrillicWord(s.folded(k+1)) || verbLike(s.folded(k+1)) || s.is(k+1, cSpeech|cRuStop) {
		return false
	}
	for _, e := range [...]string{"ской", "ского", "скому", "ским", "ском", "ских", "цкой", "цкого", "цкому", "цким", "цком", "цких"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// roleComma reports whether a title or role in lower case and a comma
// stand before the run [a, b), a name of two words or more that ends
// the clause: "said the company’s operations director, Jane Smith."
func (s *scanner) roleComma(a, b int) bool {
	k := a - 1
	if k < 1 || !s.isMark(k, ",") || !s.toks[a].blank || !s.toks[k-1].word || s.toks[k-1].caps != caseLower || !s.is(k-1, cTitle|cRole) {
		return false
	}
	for j := a; j < b; j++ {
		if s.is(j, cNotName|cOrgHead) {
			return false // "a major investor, Harbour Square Capital": a body's name
		}
	}
	return b-a >= 2 && (b == len(s.toks) || s.isMark(b, ".") || s.isMark(b, ",") || s.is(b, cSpeech))
}

// titleBefore reports whether a title in lower case, or a title phrase,
// stands just before token a: "spokesman John Kirby", "министр Мухтар
// Тлеуберди", "г-н Иванов".
func (s *scanner) titleBefore(a int) bool {
	k := a - 1
	return k >= 0 && s.toks[k].word && s.toks[a].blank && s.is(k, cTitle|cRole)
}
