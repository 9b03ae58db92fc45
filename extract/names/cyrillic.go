package names

import (
	"strings"
	"unicode/utf8"
)

// maxComplement bounds the words after a Russian head of an organisation
// ("Министерство иностранных дел Республики Казахстан") and before a
// Kazakh one ("Сыртқы істер министрлігі").
const maxComplement = 5

// ruHead returns the nominative of the Russian head of an organisation
// that token k is in some case (Министерства → министерство), or "".
func (s *scanner) ruHead(k int) string {
	if k < 0 || k >= len(s.toks) || !s.toks[k].word {
		return ""
	}
	return ruHeadOf(s.folded(k))
}

// ruHeadOf returns the nominative of the Russian head of an organisation
// that the folded word f is in some case, or "".
func ruHeadOf(f string) string {
	if f == "" || f[0] < utf8.RuneSelf {
		return ""
	}
	return stemLookup(lex().ruOrgHeads, f, 3, func(rest string) bool { return rest == "" || lex().ruHeadEndings.has(rest) })
}

// stemLookup returns the value in m of the stem that the folded word f
// starts with, where at most maxRest letters follow the stem and fit
// rest, or "". No key of m starts another (see TestStemsPrefixFree), so
// at most one stem fits.
func stemLookup(m map[string]string, f string, maxRest int, fits func(rest string) bool) string {
	cut := len(f)
	for n := 0; n <= maxRest && cut > 0; n++ {
		if nom, ok := m[f[:cut]]; ok && fits(f[cut:]) {
			return nom
		}
		_, size := utf8.DecodeLastRuneInString(f[:cut])
		cut -= size
	}
	return ""
}

// kkHead reports whether token k is a Kazakh head of an organisation in
// some case: министрлігі, комитетінің, Үкіметі.
func (s *scanner) kkHead(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].word && kkHeadOf(s.folded(k)) != ""
}

// kkHeadNominative returns the nominative of the Kazakh head of an
// organisation written w in some case, or "".
func kkHeadNominative(w string) string { return kkHeadOf(fold(w)) }

// kkHeadOf is kkHeadNominative of a folded word.
func kkHeadOf(f string) string {
	if f == "" || f[0] < utf8.RuneSelf {
		return ""
	}
	return stemLookup(lex().kkOrgHeads, f, 6, func(string) bool { return true })
}

// kkStart returns the first token of a Kazakh name of an organisation
// whose words in capitals before its head end at token k-1: that word,
// and the words before it that a genitive joins to it ("Қазақстан
// Республикасының Үкіметі"), no earlier than a.
func (s *scanner) kkStart(a, k int) int {
	j := k - 1
	if s.capital(k) && surnameLike(s.folded(j)) && !kkGenitive(s.folded(j)) {
		return k // "Қасым-Жомарт Тоқаев Үкімет отырысын": a person, then the Government
	}
	for j > a && kkGenitive(s.folded(j)) {
		j--
	}
	if s.is(j, cFunction) {
		j++ // "Сонымен қатар министрлік": no name opens it
	}
	return j
}

// kazakhPlaceCase reports whether a folded Cyrillic word ends as a
// Kazakh noun in the dative, the locative or the ablative (Брюссельге,
// Астанада, Мәскеуден), which no word of a name in the nominative does.
func kazakhPlaceCase(f string) bool {
	if !isCyrillicWord(f) || len(f) < minStem+4 {
		return false
	}
	for _, e := range [...]string{"ға", "ге", "қа", "ке", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// kkGenitive reports whether a folded Kazakh word is in the genitive.
func kkGenitive(f string) bool {
	for _, e := range [...]string{"ның", "нің", "тың", "тің", "дың", "дің"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// orgAfterRun records an organisation of tokens [start, end) that the
// run [a, ...) holds at its end, reading the words of the run before it
// as a name of their own. A name must open with a capital.
func (s *scanner) orgAfterRun(a, start, end int) int {
	if start > a {
		s.classify(a, start)
	}
	if s.capital(start) {
		s.add(Organization, start, end, s.shortFormAfter(start, end))
	}
	return end
}

// cyrillicOrg reads an organisation named in Russian or Kazakh from the
// run of capitalised words [a, e) and returns the end of its name, or 0:
//   - a Russian head opens it and a complement in lower case or in
//     capitals follows ("Министерство иностранных дел Республики
//     Казахстан", "Комитета национальной безопасности", "партия «Аманат»");
//   - capitalised words come before a Russian head in lower case
//     ("Национальный банк Казахстана", "Верховный суд");
//   - a Kazakh head ends it, in capitals or after a few words in lower
//     case ("Сыртқы істер министрлігі", "Қазақстан Республикасының
//     Үкіметі").
func (s *scanner) cyrillicOrg(a, e int) int {
	if !isCyrillicWord(s.word(a)) {
		return 0
	}
	for k := a + 1; k < e; k++ {
		if s.kkHead(k) {
			return s.orgAfterRun(a, s.kkStart(a, k), k+1)
		}
	}
	for k := a; k < e; k++ {
		if s.ruHead(k) == "" || s.is(k, cTitle) {
			continue
		}
		m := e
		for j := k + 1; j < e; j++ {
			if s.personStarts(j) {
				m = j // "Депутат Мажилиса Анна Орлова": the run ends with a person
				break
			}
		}
		end := s.complementEnd(k+1, m)
		if end-k < 2 && (k == a && s.toks[k].sentence || m == e) {
			return 0 // a head alone names a body only where its capital tells: депутат Мажилиса Анна Орлова
		}
		if k > a {
			s.classify(a, k)
		}
		s.add(Organization, k, end, s.shortFormAfter(k, end))
		return end
	}
	if h := s.adjectivesAfter(e); h < len(s.toks) && s.ruHead(h) != "" && s.toks[h].blank && s.toks[h].caps == caseLower && s.toks[e-1].possessive == 0 {
		if kazakhWord(s.word(e - 1)) {
			return s.orgAfterRun(a, e-1, h+1) // "Ұлттық банк": no Russian complement
		}
		return s.orgAfterRun(a, e-1, s.complementEnd(h+1, h+1))
	}
	for k := e; k < e+maxComplement && k < len(s.toks); k++ {
		t := s.toks[k]
		if !t.word || !t.blank || t.caps != caseLower || s.is(k, cRuStop) {
			break
		}
		if s.kkHead(k) {
			start := s.kkStart(a, e)
			if start == e-1 && start > a && surnameLike(s.folded(start)) {
				return 0 // "Олжас Бектенов үкімет отырысында": a person, then the government
			}
			return s.orgAfterRun(a, start, k+1)
		}
	}
	return 0
}

// maxAdjectives bounds the adjectives in lower case between the
// capitalised first word of a Russian name and its head.
const maxAdjectives = 2

// adjectivesAfter returns the token after the Russian adjectives in lower
// case that follow the run ending at e, when its last word is an
// adjective too ("Московском государственном университете"); else e.
func (s *scanner) adjectivesAfter(e int) int {
	if adjectiveStem(s.folded(e-1)) == "" {
		return e
	}
	h := e
	for h < len(s.toks) && h < e+maxAdjectives && s.toks[h].word && s.toks[h].blank && s.toks[h].caps == caseLower &&
		isCyrillicWord(s.folded(h)) && adjectiveStem(s.folded(h)) != "" {
		h++
	}
	return h
}

// personStarts reports whether a person's name starts at the
// capitalised token k after the head of an organisation: a given name,
// or a word before a family name (Айгуль Нурланова).
func (s *scanner) personStarts(k int) bool {
	return s.gender(k) != genderNone || s.capital(k+1) && surnameLike(s.folded(k+1)) && !surnameLike(s.folded(k))
}

// complementEnd returns the end of the complement of a Russian head that
// starts at token k: words in lower case that are neither stop words nor
// verbs, and capitalised words, at most maxComplement, or a name in
// quotes right after the head. It starts no earlier than min.
func (s *scanner) complementEnd(k, min int) int {
	if q := s.quotedEnd(k); q > k {
		return q
	}
	end := min
	for n := 0; k < len(s.toks) && n < maxComplement; k, n = k+1, n+1 {
		t := s.toks[k]
		if !t.word || !t.blank || t.possessive > 0 {
			break
		}
		f := s.folded(k)
		if f == "и" && k+1 < len(s.toks) && s.toks[k+1].word && s.toks[k+1].caps == caseLower && !s.is(k+1, cRuStop) && !verbLike(s.folded(k+1)) {
			continue // "Министерство торговли и интеграции"
		}
		if t.caps == caseLower && (s.is(k, cRuStop) || verbLike(f) || !isCyrillicWord(f)) {
			break
		}
		if t.caps != caseLower && s.personStarts(k) {
			break // "Национального банка Тимур Сулейменов": a person follows
		}
		end = k + 1
	}
	return max(end, min)
}

// quotedEnd returns the end of a name in quotes at token k («Аманат»,
// “Самрук-Казына”), closing mark included, or k.
func (s *scanner) quotedEnd(k int) int {
	if !s.isMark(k, "«") && !s.isMark(k, "“") && !s.isMark(k, "\"") {
		return k
	}
	for j := k + 1; j < len(s.toks) && j < k+8; j++ {
		if s.isMark(j, "»") || s.isMark(j, "”") || s.isMark(j, "\"") {
			if j > k+1 && s.capital(k+1) {
				return j + 1
			}
			return k
		}
	}
	return k
}

// lowerOrg reads an organisation named in quotes after a word for its
// type ("компания «Газпром»", "партия «Аманат»", "АО «Самрук-Казына»")
// and returns the token after it, or k.
func (s *scanner) lowerOrg(k int) int {
	q := s.quotedEnd(k + 1)
	if q <= k+1 || !s.is(k, cOrgType) {
		return k
	}
	s.add(Organization, k+2, q-1, "")
	return q
}

// kazakhWord reports whether w has a letter that Kazakh has and Russian
// has not.
func kazakhWord(w string) bool {
	return strings.ContainsAny(w, "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
}

// verbLike reports whether a folded Russian word in lower case ends as a
// verb in the past tense, the present or the infinitive: заявил,
// сообщило, провели, приняла, считает, работать.
func verbLike(f string) bool {
	for _, e := range [...]string{"ил", "ила", "ило", "или", "ал", "ала", "ало", "али", "ел", "ела", "ели", "ял", "яла", "яло", "яли",
		"ыл", "ыла", "ыло", "ыли", "ул", "ула", "уло", "ули", "шла", "шло", "шли", "ет", "ит", "ют", "ят", "ть", "ся", "сь"} {
		if strings.HasSuffix(f, e) && len(f) > len(e)+4 {
			return true
		}
	}
	return false
}
