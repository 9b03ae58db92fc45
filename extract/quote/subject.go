package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// The subject of a cue: the words before it back to the start of its
// clause or sentence, past leading phrases, appositions and adverbs.

// subjectBefore returns the subject of the cue at toks[j]: the words back
// to the start of its clause, less a leading adverbial phrase.
func subjectBefore(s string, toks []token, j int) (string, []token) {
	lx := lexicon()
	e := j
	for e > 0 && toks[e-1].kind == tkWord && (isAdverb(s, toks[e-1]) || (toks[e-1].in(lx.aux) || toks[e-1].in(lx.connective)) && !isUpperStart(toks[e-1].text(s))) {
		e-- // has said, also told, however said; but Will wrote
	}
	if e > 0 && toks[e-1].kind == tkPunct && toks[e-1].r == ',' {
		return appositive(s, toks, e-1)
	}
	if e > 1 && toks[e-1].kind == tkWord && isSubjectPronoun(toks[e-1].text(s)) && toks[e-2].in(lx.rel) {
		return toks[e-1].text(s), toks[e-1 : e] // fond of what she calls
	}
	b := e
	for b > 0 && (toks[b-1].kind == tkWord && !toks[b-1].in(lx.boundary) && !toks[b-1].in(lx.conj) || abbrevDot(s, toks, b-1)) && e-b < 3*maxSpeaker {
		b-- // J.J. Goldberg: the initials' stop is no boundary
	}
	if b == e || e-b == 1 && toks[b].in(lx.connective) {
		return "", nil // no subject, or a connective: Instead, she focused
	}
	if b > 1 && toks[b-1].kind == tkPunct && toks[b-1].r == ',' && isSubjectRelative(toks[b].text(s)) {
		rest := toks[b+1 : e]
		switch {
		case len(rest) > 0 && rest[0].kind == tkWord && isUpperStart(rest[0].text(s)):
			// The relative is the object, the name after it the subject:
			// Hale, who Orr on Wednesday called
			return nameStarting(s, rest)
		case !namesSomeone(s, rest):
			// A relative clause's subject stands for the name before its
			// comma: Ann Orr, who said; the loss was steep for Mr. Hale,
			// who said; Анна Орлова, которая заявила.
			if sp, spToks := antecedent(s, toks[:b-1]); sp != "" {
				return sp, spToks
			}
			return "", nil
		}
	}
	if toks[b].in(lx.lead) && e-b <= 2 {
		return "", nil // a phrase of place or means, no subject: В заявлении говорится
	}
	if toks[b].in(lx.lead) && e-b > 1 {
		b++
		for b < e-1 {
			if t := toks[b]; t.in(lx.det) || t.in(lx.titles) || t.cls.pronoun() || (isUpperStart(t.text(s)) && !t.in(lx.stop)) {
				break
			}
			b++
		}
		if t := toks[b]; b == e-1 && !t.cls.pronoun() && !isUpperStart(t.text(s)) && !t.in(lx.titles) {
			return "", nil // a phrase of time and no subject: at one time calling
		}
	}
	for b < e-1 && isLeadingAdverb(toks[b].text(s)) {
		b++ // Later he added, Затем он сказал
	}
	if b < e-1 && toks[b].in(lx.rel) && !toks[b].in(lx.relPronoun) {
		b++ // a rally in Ohio, where she said
	}
	b += dateWords(s, toks[b:e]) // 21 сентября Хиллари Клинтон заявила
	if b < e-2 && toks[b].in(lx.reflexive) {
		b += 2 // an object before the subject: Своего собеседника президент России спросил
	}
	for k := b + 1; k < e-1; k++ {
		if w := toks[k].text(s); toks[k].in(lx.timePrep) && !isUpperStart(w) && isUpperStart(toks[k-1].text(s)) &&
			(!hasCyrillic(w) || !namesSomeone(s, toks[k:e])) {
			e = k // a phrase of time or means after a name: Trump at the time said; Анна Орлова в интервью заявила
			break
		}
	}
	for k := b + 1; k < e-1; k++ {
		if w := toks[k].text(s); !isUpperStart(w) && lx.stop.has(w) && strings.HasSuffix(w, "ing") {
			e = k // Another source speaking to the Tribune said
			break
		}
	}
	if e-b > maxSpeaker && b > 1 && toks[b-1].kind == tkPunct && toks[b-1].r == ',' && holdsRelative(s, toks[b:e]) {
		// An apposition with a clause of its own, whose names are not the
		// subject: "Ann Orr, a professor who worked for Sen. Tom Hale,
		// called"
		if sp, spToks := subjectBefore(s, toks, b-1); sp != "" && isPerson(sp) {
			return sp, spToks
		}
	}
	if e-b > maxSpeaker {
		b = e
		for b > 0 && e-b < maxSpeaker && (isUpperStart(s[toks[b-1].start:]) || toks[b-1].in(lx.titles)) {
			b--
		}
	}
	sp, ok := nounPhrase(s, toks[b:e])
	if !ok {
		return "", nil
	}
	return sp, toks[b:e]
}

// antecedent returns the person's name that ends toks, before the
// comma of a relative clause, with the place it is of passed over (Sen.
// Ann Orr of Harbour, who said), or "".
func antecedent(s string, toks []token) (string, []token) {
	sp, spToks := nameEnding(s, toks)
	if n := len(toks) - len(spToks); sp != "" && n > 1 && toks[n-1].kind == tkWord && toks[n-1].text(s) == "of" {
		if of, ofToks := nameEnding(s, toks[:n-1]); of != "" {
			sp, spToks = of, ofToks
		}
	}
	if sp == "" || !isPerson(sp) {
		return "", nil
	}
	return sp, spToks
}

// nameEnding returns the capitalised name, with its titles, that ends
// toks, or "".
func nameEnding(s string, toks []token) (string, []token) {
	b := len(toks)
	for b > 0 && len(toks)-b < maxSpeaker && (toks[b-1].kind == tkWord && (isUpperStart(toks[b-1].text(s)) || toks[b-1].in(lexicon().titles)) || abbrevDot(s, toks, b-1)) {
		b--
	}
	if b == len(toks) {
		return "", nil
	}
	if sp, ok := nounPhrase(s, toks[b:]); ok {
		return sp, toks[b:]
	}
	return "", nil
}

// nameStarting returns the capitalised name, with its titles, that opens
// toks, or "".
func nameStarting(s string, toks []token) (string, []token) {
	e := 0
	for e < len(toks) && e < maxSpeaker && (toks[e].kind == tkWord && (isUpperStart(toks[e].text(s)) || toks[e].in(lexicon().titles)) || abbrevDot(s, toks, e)) {
		e++
	}
	if sp, ok := nounPhrase(s, toks[:e]); ok && e > 0 {
		return sp, toks[:e]
	}
	return "", nil
}

// isSubjectRelative reports whether w is a relative pronoun that is the
// subject of its clause and stands for a person: who, который, которая.
func isSubjectRelative(w string) bool {
	if len(w) < 3 || w[0]|0x20 != 'w' && w[0] != 0xD0 {
		return false // neither who nor a Cyrillic word
	}
	switch strings.ToLower(w) {
	case "who", "который", "которая", "которые":
		return true
	}
	return false
}

// isLeadingAdverb reports whether w, opening a clause before its
// subject, is an adverb or a word of time rather than part of the
// subject: Later, Then, Yesterday, Позже, Кейін.
func isLeadingAdverb(w string) bool {
	lx := lexicon()
	return lx.adverb.has(w) || (lx.stop.has(w) && !lx.det.has(w) && !lx.rel.has(w))
}

// sentenceStart returns where the sentence holding s[open] begins, not
// before lo and not more than maxBack bytes back; real is false when that
// limit cut the search short.
func sentenceStart(s string, lo, open int) (start int, real bool) {
	limit := max(lo, open-maxBack)
	for i := open; i > limit; {
		p, w := lastSentenceEnd(s[limit:i])
		if p < 0 {
			break
		}
		p += limit
		if e := p + w; (e == open || isSpace(textutil.RuneAt(s, e)) || isMarkAt(s, e)) && !(s[p] == '.' && abbrevBefore(s, p)) {
			return e, true
		}
		i = p
	}
	if limit == lo {
		return lo, true
	}
	for limit < open {
		r, w := textutil.DecodeRune(s[limit:])
		limit += w
		if isSpace(r) {
			break
		}
	}
	return limit, false
}

// lastSentenceEnd returns the offset and width of the last rune of s
// that ends a sentence (see isSentenceEnd), or -1. Reading bytes finds
// the runes that decoding s backwards would: none of them is a byte of
// another rune.
func lastSentenceEnd(s string) (int, int) {
	for k := len(s) - 1; k >= 0; k-- {
		switch s[k] {
		case '.', '!', '?':
			return k, 1
		case 0xA6: // the last byte of …, U+2026
			if k >= 2 && s[k-1] == 0x80 && s[k-2] == 0xE2 {
				return k - 2, 3
			}
		}
	}
	return -1, 0
}

// abbrevBefore reports whether the dot at s[p] follows an abbreviation.
func abbrevBefore(s string, p int) bool {
	b := p
	for b > 0 && p-b < 12 {
		if c := s[b-1]; c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				break
			}
			b--
			continue
		}
		r, w := textutil.DecodeLastRune(s[:b])
		if !textutil.IsWordRune(r) {
			break
		}
		b -= w
	}
	return b < p && (isAbbrev(s[b:p]) || digitAfter(s, p+1) && beforeNumber(s[b:p]))
}

// sentenceSubject returns the noun phrase that opens the clause toks, a
// sentence up to a gerund cue, when a verb follows it: a name with its
// titles ("Former Secretary of State Madeleine Albright urged"), a
// pronoun ("He dismissed") or a determiner and a few words ("The
// billionaire businessman began"). A leading adverbial phrase set off by
// a comma is passed over.
func sentenceSubject(s string, toks []token) (string, []token) {
	lx := lexicon()
	c := 0
	if len(toks) > 1 && toks[0].in(lx.conj) && toks[1].kind == tkWord {
		c = 1 // And Mr. Christie gloated
	}
	for c < len(toks)-1 && toks[c].kind == tkWord && !isUpperStart(toks[c].text(s)) && isAdverb(s, toks[c]) {
		c++ // And then Reyes went on the attack
	}
	b := c + leadingPhrases(s, toks[c:])
	e := b
	for e < len(toks) && e-b < maxSpeaker && toks[e].kind == tkWord {
		w := toks[e].text(s)
		_, pro := lookup(lx.pronoun, w)
		switch {
		case pro && e == b:
			e++
			continue
		case e == b && lx.expletive.has(w):
			return "", nil // It is strange that …; There was …
		case isUpperStart(w) && !(e == b && lx.possDet.has(w)) || lx.titles.has(w) || (e == b && (lx.det.has(w) || lx.possDet.has(w))),
			isTitleModifier(w) && e+1 < len(toks) && (isUpperStart(toks[e+1].text(s)) || toks[e+1].in(lx.titles)):
			e++
			continue
		case e > b && (w == "of" || w == "de" || w == "and") && e+1 < len(toks) && isUpperStart(s[toks[e+1].start:]):
			e++
			continue
		case e > b && w == "of" && e+2 < len(toks) && toks[e+1].kind == tkWord && !isUpperStart(toks[e+1].text(s)) && looksVerb(s, toks[e+2]) && toks[e-1].in(lx.titles):
			e += 2 // The former minister of finance mocked
			continue
		case e > b && isRolePreposition(w) && complementEnd(s, toks, e) > 0:
			e = complementEnd(s, toks, e) // Lawyers for the city, A spokeswoman for the Senate Rules Committee
			continue
		case e > b && e+2 < len(toks) && !looksVerb(s, toks[e]) && toks[e+1].in(lx.titles) && isUpperStart(toks[e+2].text(s)):
			e++ // a description between names: Clinton campaign spokesman Brian Fallon
			continue
		}
		break
	}
	if e == b+1 && isRuAdjective(toks[b].text(s)) {
		e = ruNounEnd(s, toks, e) // Бывшая супермодель призналась: the adjective opens a role
	}
	if e > b && isUpperStart(toks[b].text(s)) {
		e = roleEnd(s, toks, e) // Democratic state senator Ann Orr; Energy policy experts have
	}
	if e-b > 1 && e+1 < len(toks) && toks[b].in(lx.det) && toks[e].kind == tkWord && !isUpperStart(toks[e].text(s)) &&
		!looksVerb(s, toks[e]) && toks[e+1].kind == tkPunct && toks[e+1].r == ',' {
		e++ // The Clinton campaign, in a Q&A, worded
	}
	if e > b && e < len(toks) && toks[e].kind == tkPunct && toks[e].r == ',' && isUpperStart(toks[b].text(s)) {
		// A name and an apposition before the verb: "Bush, Florida’s
		// former governor, also attacked"
		if k := apposEnd(s, toks, e); k > 0 && k < len(toks) && toks[k].kind == tkWord && !isUpperStart(toks[k].text(s)) {
			if sp, ok := nounPhrase(s, toks[b:e]); ok {
				return sp, toks[b:e]
			}
		}
	}
	if e > b && e < len(toks) && isPossessive(toks[e-1].text(s)) {
		e = possessedEnd(s, toks, e) // Ann Orr’s right-hand man rallied
	}
	if e == b || e >= len(toks) || toks[e].kind != tkWord || isUpperStart(s[toks[e].start:]) || isPossessive(toks[e-1].text(s)) {
		return "", nil // no subject, or one that opens a longer phrase: President Obama's former chief
	}
	if toks[e-1].in(lx.det) || toks[e-1].in(lx.possDet) {
		if e = detPhraseEnd(s, toks, e); e < 0 {
			return "", nil
		}
	} else if e-b > 1 && (toks[b].in(lx.det) || toks[b].in(lx.possDet)) && !looksVerb(s, toks[e]) {
		if k := detPhraseEnd(s, toks, e-1); k > e {
			e = k // The former mayoral candidate continued
		}
	}
	e = b + adjunctFree(s, toks[b:e])
	sp, ok := nounPhrase(s, toks[b:e])
	if !ok {
		return "", nil
	}
	return sp, toks[b:e]
}

// isRuAdjective reports whether w is a Russian adjective in the
// nominative by its ending (бывшая, новое, известный), which no given
// name or surname alone has.
func isRuAdjective(w string) bool {
	return hasCyrillic(w) && endsIn(w, "ая", "яя", "ое", "ее", "ые", "ие", "ый")
}

// ruNounEnd returns the end of the words in lower case from toks[e] that
// go on a Russian adjective before them: more adjectives and the noun
// they qualify, which is no verb in the past (бывшая супермодель
// призналась); e when there are none.
func ruNounEnd(s string, toks []token, e int) int {
	k := e
	for k < len(toks) && toks[k].kind == tkWord {
		w := toks[k].text(s)
		if isUpperStart(w) || !hasCyrillic(w) || isRuPast(w) || toks[k].cls.cue() != 0 {
			break
		}
		k++
		if !isRuAdjective(strings.ToLower(w)) {
			return k // the noun ends the phrase
		}
	}
	return e
}

// isRuPast reports whether w ends as a Russian verb in the past tense
// does: сказал, призналась, отметили.
func isRuPast(w string) bool {
	return endsIn(w, "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")
}

// adjunctFree returns how many of the words of a subject are left once
// the adverbs and phrases of time that end it are dropped: "The council
// on Monday", "A city official later", "Her office quickly".
func adjunctFree(s string, toks []token) int {
	lx := lexicon()
	n := len(toks)
	for n > 1 {
		t, w := toks[n-1], toks[n-1].text(s)
		switch {
		case !isUpperStart(w) && (isAdverb(s, t) || t.in(lx.connective) || t.in(lx.aux)):
			n-- // quickly, later, also
		case n > 2 && t.in(lx.weekday) && (toks[n-2].in(lx.timePrep) || toks[n-2].text(s) == "on"):
			n -= 2
		default:
			return n
		}
	}
	return n
}

// maxRoleWords bounds the nouns in lower case that roleEnd reads.
const maxRoleWords = 3

// roleEnd returns where the subject that ends at toks[e] ends when the
// capitalised words before e only qualify the nouns in lower case after
// them: a role and the name it goes with ("Democratic state
// senator Ann Orr quickly took"), or a plural head before an
// auxiliary ("Energy policy experts have warned"). Only the last
// of the nouns may end in -s, so that a verb is never read as one: "Orr
// thinks voters are" keeps "Orr". Else it returns e.
func roleEnd(s string, toks []token, e int) int {
	lx := lexicon()
	k := e
	for k < len(toks) && k-e < maxRoleWords && toks[k].kind == tkWord {
		w := toks[k].text(s)
		if isUpperStart(w) || !isRoleNoun(s, toks[k]) || k > e && strings.HasSuffix(toks[k-1].text(s), "s") {
			break
		}
		k++
	}
	if k == e || k >= len(toks) || toks[k].kind != tkWord {
		return e
	}
	if w := toks[k].text(s); isUpperStart(w) && !strings.HasSuffix(toks[k-1].text(s), "s") {
		n := k
		for n < len(toks) && n-k < maxSpeaker && toks[n].kind == tkWord && isUpperStart(toks[n].text(s)) {
			n++
		}
		if n < len(toks) && (toks[n].kind == tkWord && !isUpperStart(toks[n].text(s)) && !toks[n].in(lx.minor) || toks[n].kind == tkPunct && toks[n].r == ',') {
			return n // or an apposition after the name: Ohio state delegate Ann Orr, 58, said
		}
		return e
	}
	if toks[k].in(lx.aux) && strings.HasSuffix(toks[k-1].text(s), "s") {
		return k
	}
	return e
}

// possessedEnd returns where a subject ends whose name ends in the
// possessive at toks[e-1] when nouns in lower case follow it and then a
// verb: "Ann Orr’s right-hand man rallied" ends after "man". Else it
// returns e, and the phrase is no subject of its own: "President Obama's
// former chief of staff, Rahm Emanuel,".
func possessedEnd(s string, toks []token, e int) int {
	k := e
	for k < len(toks) && k-e < maxRoleWords && toks[k].kind == tkWord && !isUpperStart(toks[k].text(s)) && isRoleNoun(s, toks[k]) {
		k++
	}
	if k == e || k >= len(toks) || toks[k].kind != tkWord {
		return e
	}
	if w := toks[k].text(s); !isUpperStart(w) && (strings.HasSuffix(w, "ed") || lexicon().pastCue.has(w) || lexicon().aux.has(w)) && !strings.HasSuffix(toks[k-1].text(s), "s") {
		return k
	}
	return e
}

// isRoleNoun reports whether the word t in lower case may be a noun of a
// role or a group: no function word, adverb, verb in the past or cue
// that is not also the name of a place.
func isRoleNoun(s string, t token) bool {
	lx := lexicon()
	w := t.text(s)
	if t.in(lx.minor) || t.in(lx.clause) || t.in(lx.aux) || t.in(lx.det) || t.in(lx.prep) || t.in(lx.stop) || t.in(lx.rel) || isAdverb(s, t) || isGerund(w) {
		return false
	}
	if t.cls.cue() != 0 && !t.in(lx.place) {
		return false // but state senator
	}
	return !strings.HasSuffix(w, "ed") && !hasCyrillic(w)
}

// maxLeading bounds the leading phrases passed over before a subject.
const maxLeading = 3

// leadingPhrases returns where the subject of toks may start, past the
// phrases set off by commas that open it: "Over the years,", "Smiling
// broadly,", "At a town hall in Dover, Delaware, on Friday,".
func leadingPhrases(s string, toks []token) int {
	lx := lexicon()
	b, skipped := 0, false
	for n := 0; n < maxLeading && b < len(toks); n++ {
		t, w := toks[b], toks[b].text(s)
		k := b
		switch {
		case t.in(lx.lead) || t.in(lx.prep) || isGerund(w) || t.in(lx.connective) || opensParticiple(s, toks, b) || t.in(lx.weekday) || t.in(lx.subordinator):
		case skipped && isUpperStart(w):
			// the place that goes on the phrase before: in Ames, Iowa,
			for k < len(toks) && k-b < 3 && toks[k].kind == tkWord && isUpperStart(toks[k].text(s)) {
				k++
			}
			if k == len(toks) || toks[k].kind != tkPunct || toks[k].r != ',' {
				return b
			}
		default:
			return b
		}
		for k < len(toks) && !(toks[k].kind == tkPunct && toks[k].r == ',') {
			k++
		}
		if k >= len(toks) {
			return b
		}
		b, skipped = k+1, true
	}
	return b
}

// opensParticiple reports whether toks[k] is a past participle that
// opens a phrase with the preposition after it: "Led by the mayor,",
// "Asked about the vote,".
func opensParticiple(s string, toks []token, k int) bool {
	w := toks[k].text(s)
	return strings.HasSuffix(w, "ed") && len(w) > 2 && k+1 < len(toks) && toks[k+1].kind == tkWord &&
		(toks[k+1].in(lexicon().prep) || toks[k+1].in(lexicon().lead))
}

// isWeekday reports whether the word t names a day of the week, which
// opens a phrase of time: "Tuesday at a rally in Berea,".
func isWeekday(t token) bool {
	return t.in(lexicon().weekday)
}

// apposEnd returns the index after the comma that closes the apposition
// opened by the comma at toks[comma], or -1.
func apposEnd(s string, toks []token, comma int) int {
	for k := comma + 1; k < len(toks) && k-comma <= 2*maxSpeaker; k++ {
		if t := toks[k]; t.kind == tkPunct {
			if t.r == ',' && k > comma+1 {
				return k + 1
			}
			if !strings.ContainsRune("&-'’", t.r) {
				return -1
			}
		}
	}
	return -1
}

// maxDetPhrase bounds the words of a phrase opened by a determiner: "The
// former secretary of state mocked".
const maxDetPhrase = 5

// detPhraseEnd returns the end of a phrase opened by a determiner that
// ends just before toks[e]: a few lower-case words up to one that reads
// as a verb ("The email goes", "the council voted"), or -1.
func detPhraseEnd(s string, toks []token, e int) int {
	for k := e; k < len(toks) && k < e+maxDetPhrase && toks[k].kind == tkWord; k++ {
		if t := toks[k]; k > e && looksVerb(s, t) && !(isBaseForm(s, t) && !t.in(lexicon().aux) && k+1 < len(toks) && isPastVerb(s, toks[k+1])) {
			return k // but a cue's noun before the verb: An early post quoted
		}
	}
	return -1
}

// looksVerb reports whether the word t, a lower-case English word, reads
// as a finite verb: a cue, an auxiliary, or a word in -ed or -s.
func looksVerb(s string, t token) bool {
	w := t.text(s)
	if isUpperStart(w) || hasCyrillic(w) {
		return false
	}
	if t.cls.cue() != 0 || t.in(lexicon().aux) {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3
}

// isPastVerb reports whether the word t in lower case reads as a verb in
// the past tense: in -ed, or a past cue (said, told).
func isPastVerb(s string, t token) bool {
	w := t.text(s)
	return !isUpperStart(w) && !hasCyrillic(w) && (strings.HasSuffix(w, "ed") || t.in(lexicon().pastCue))
}

// hasVerb reports whether a word of toks after the first reads as a verb.
func hasVerb(s string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if looksVerb(s, toks[k]) {
			return true
		}
	}
	return false
}
