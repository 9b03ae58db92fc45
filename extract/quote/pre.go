package quote

import (
	"strings"
	"unicode/utf8"
)

// Attribution read before a quotation: X said: “Q”; X told reporters, “Q”;
// a headline's X: “Q”.

// pre is the attribution read before a quotation.
type pre struct {
	attribution
	direct   bool    // the cue stands close before the quotation: "said on Tuesday,"
	adjacent bool    // nothing but punctuation or one word between: "said:", "told reporters"
	headline bool    // "X: “Q”" at the start of a paragraph
	last     token   // the token just before the quotation
	hasLast  bool    // whether last is set
	sentence bool    // the quotation's sentence starts within reach
	toks     []token // the sentence up to the quotation
}

// preAttribution reads the tokens into *buf and the sentence before the opening mark at open, not
// looking back past lo: `X said: “Q”`, `X told reporters, “Q”`, `He called
// the deal “Q”`, `Как заявил X, «Q»`, or a headline's `X: “Q”`.
func preAttribution(buf *window, s string, lo, open int) pre {
	ss, real := sentenceStart(s, lo, open)
	buf.toks = dropAsides(buf.read(s, ss, open, 64, 0))
	p := pre{sentence: real, toks: buf.toks}
	toks := p.toks
	if len(toks) == 0 {
		return p
	}
	p.last, p.hasLast = toks[len(toks)-1], true
	var cues [maxCues][3]int // word index, words and kind of the latest cues
	nc := 0
	for j := 0; j < len(toks); j++ {
		if n, k := cueAt(s, toks, j); n > 0 {
			if nc == maxCues {
				copy(cues[:], cues[1:])
				nc--
			}
			cues[nc] = [3]int{j, n, int(k)}
			nc++
			j += n - 1
		}
	}
	if nc == 0 {
		p.headline = real && skipSpace(s, 0) == ss && isHeadline(s, toks)
		if p.headline {
			if _, ok := nounPhrase(s, toks[:len(toks)-1]); ok {
				p.named(s, headlineName(s, toks[:len(toks)-1]))
			}
		}
		return p
	}
	// The latest cue attributes the quotation; when its subject is not
	// found, an earlier one of the sentence whose subject is: "Cruz said
	// he’s certain Rubio will continue to be “Q”".
	best, ok := pre{}, false
	for k := nc - 1; k >= 0; k-- {
		q, found := p.withCue(s, cues[k][0], cues[k][1], cueKind(cues[k][2]))
		if !found {
			if k == nc-1 {
				return p
			}
			break
		}
		if !ok {
			best, ok = q, true
		}
		if q.speaker != "" {
			return q
		}
	}
	return best
}

// maxCues bounds the cues of a sentence read for a quotation's speaker.
const maxCues = 3

// withCue returns p read with the cue toks[cj:cj+cn] of kind ck, and
// whether that cue may attribute the quotation at the end of toks.
func (p pre) withCue(s string, cj, cn int, ck cueKind) (pre, bool) {
	toks := p.toks
	between := toks[cj+cn:]
	words := 0
	for i, t := range between {
		if t.kind == tkWord {
			words++
		} else if isClauseStop(t) && !(i == len(between)-1 && t.r == ':') && t.kind != tkMark {
			return p, false
		}
	}
	if words > maxCueDistance {
		return p, false
	}
	if cj > 0 && isGerundPreposition(toks[cj-1].text(s)) && !(cj > 1 && hasSubject(s, toks[:cj-1])) {
		return p, false // the cue runs on from a preposition: "by saying", "after telling"
	}
	p.direct = words <= 3
	p.adjacent = words <= 1 || p.last.kind == tkPunct
	p.cue = strings.ToLower(s[toks[cj].start:toks[cj+cn-1].end])
	p.kind = ck
	p.gender = cueGender(p.cue)
	sp, spToks := subjectBefore(s, toks, sharedSubject(s, toks, cj))
	if pk := possessiveBefore(s, toks, cj); pk >= 0 {
		// A cue noun after a possessive is the possessor's: Obama's claim;
		// unless the phrase is the object of a sentence whose subject
		// judges it: Mayor Cole denounced Hale’s remarks as “Q”. What
		// follows "that" is the possessor's: He rejected Obama's claim
		// that the group was “Q”.
		sp, spToks = possessor(s, toks[:pk+1])
		content := len(between) > 0 && between[0].kind == tkWord && between[0].text(s) == "that"
		if b := pk + 1 - len(spToks); len(spToks) > 0 && b > 1 && !content {
			if sub, subToks := sentenceSubject(s, toks[:b]); sub != "" && subToks[len(subToks)-1].end < toks[b-1].start {
				sp, spToks = sub, subToks
			} else if toks[b-1].kind == tkWord && isRelativeClause(s, toks[:b]) {
				if sub, subToks := subjectBefore(s, toks[:b], b-1); sub != "" {
					sp, spToks = sub, subToks // Orr, who called Hale’s remarks “Q”
				}
			}
		}
	}
	if isGerund(p.cue) && (hasVerb(s, spToks) || endsInPastVerb(s, spToks) || cj > 0 && isAspectVerb(toks[cj-1].text(s))) {
		// The gerund's subject is the sentence's, not the words before
		// it: "Rubio’s campaign sent out a release saying"
		sp, spToks = sentenceSubject(s, toks[:cj])
	}
	if sp == "" && cn == 3 && isPossessivePronoun(toks[cj+1].text(s)) {
		sp, spToks = toks[cj+1].text(s), toks[cj+1:cj+2] // по его словам: the pronoun stands for the speaker
	}
	if sp == "" && !isGerund(p.cue) && !(lexicon().tell.has(p.cue) && joined(s, toks, cj)) {
		// A cue joined to a verb before it shares its subject, and after
		// "told" stands the listener: Carson nodded but told his aides, “Q”
		afterLead := cj > 0 && cj <= 2 && toks[0].in(lexicon().lead)
		opens := cj == 0 || toks[cj-1].kind == tkPunct && toks[cj-1].r == ',' || afterLead
		sp, spToks = subjectAfter(s, between, opens)
		if afterLead && !namesSomeone(s, spToks) {
			sp, spToks = "", nil // Об этом сообщила пресс-служба МИД: «Q»; but not "сообщили заранее:"
		}
	}
	if sp == "" && isGerund(p.cue) {
		sp, spToks = withSubject(s, toks, cj) // a protester was hurt, with Trump yelling: “Q”
	}
	if sp == "" && (isGerund(p.cue) || joined(s, toks, cj)) {
		// The subject of a gerund, or of a verb joined to another, is the
		// sentence's: Albright urged women to vote, saying, “Q”; He
		// adopted an accent and joked, “Q”
		sp, spToks = sentenceSubject(s, toks[:cj])
	}
	if sp != "" {
		p.named(s, spToks)
	}
	p.attribution = p.withTitleGender(s, spToks)
	return p, true
}

// isAspectVerb reports whether w is a verb that a gerund follows as its
// action, whose subject is the gerund's: "the crowd began yelling".
func isAspectVerb(w string) bool {
	switch w {
	case "begin", "begins", "began", "start", "starts", "started", "keep", "keeps", "kept",
		"continue", "continues", "continued", "stop", "stops", "stopped", "resumed", "resumes":
		return true
	}
	return false
}

// withSubject returns the subject that "with" gives the gerund at
// toks[cj], adverbs before the gerund aside: "with Trump reportedly
// yelling"; else none.
func withSubject(s string, toks []token, cj int) (string, []token) {
	e := cj
	for e > 0 && toks[e-1].kind == tkWord && isAdverb(s, toks[e-1]) {
		e--
	}
	for w := e - 1; w >= 0 && w >= e-1-maxSpeaker; w-- {
		if toks[w].kind != tkWord {
			break
		}
		if toks[w].text(s) == "with" {
			if sp, ok := nounPhrase(s, toks[w+1:e]); ok {
				return sp, toks[w+1 : e]
			}
			break
		}
	}
	return "", nil
}

// maxPossessed bounds the words between a possessive and the cue noun it
// owns: "Orr’s most explosive claim", "Orr's Facebook post".
const maxPossessed = 2

// possessiveBefore returns the index of the possessive that owns the cue
// at toks[cj], right before it ("Obama's claim") or, for a cue in its
// base form that reads as a noun, past a word or two that qualify it
// ("Orr’s most explosive claim", "Orr's Facebook post"); else -1. A
// plural before the cue is its subject: "the mayor's aides say".
func possessiveBefore(s string, toks []token, cj int) int {
	if cj > 0 && isPossessive(toks[cj-1].text(s)) {
		return cj - 1
	}
	if !isBaseForm(s, toks[cj]) || cj < 2 || strings.HasSuffix(toks[cj-1].text(s), "s") {
		return -1
	}
	for k := cj - 1; k >= 0 && cj-1-k <= maxPossessed; k-- {
		w := toks[k].text(s)
		if toks[k].kind != tkWord {
			return -1
		}
		if isPossessive(w) {
			if k < cj-1 {
				return k
			}
			return -1
		}
		if toks[k].in(lexicon().minor) || looksVerb(s, toks[k]) || toks[k].cls.pronoun() {
			return -1
		}
	}
	return -1
}

// isRelativeClause reports whether toks end in a relative clause that
// opens after a comma with a subject relative and a verb: "Orr, who has
// called".
func isRelativeClause(s string, toks []token) bool {
	for k := len(toks) - 2; k > 0 && len(toks)-k <= maxCueDistance; k-- {
		if isSubjectRelative(toks[k].text(s)) {
			return toks[k-1].kind == tkPunct && toks[k-1].r == ','
		}
	}
	return false
}

// isPossessivePronoun reports whether w is a Russian possessive pronoun
// that names a speaker: его, её.
func isPossessivePronoun(w string) bool {
	_, ok := lookup(lexicon().possessive, w)
	return ok
}

// sharedSubject returns the cue whose subject the cue at toks[j] shares:
// in "The minister described … and said", said's subject is described's.
func sharedSubject(s string, toks []token, j int) int {
	lx := lexicon()
	e := j
	for e > 0 && toks[e-1].kind == tkWord && isAdverb(s, toks[e-1]) {
		e--
	}
	if e == 0 || !toks[e-1].in(lx.conj) {
		return j
	}
	for k := e - 2; k >= 0; k-- {
		if n, _ := cueAt(s, toks, k); n > 0 {
			return k
		}
	}
	return j
}

// headlineName returns the speaker in the words before a headline's
// colon, cut before a preposition in title case: "CNN President On
// Trump" gives CNN President.
func headlineName(s string, toks []token) []token {
	lx := lexicon()
	for j := 1; j < len(toks); j++ {
		if w := toks[j].text(s); lx.lead.has(w) || lx.prep.has(w) {
			return toks[:j]
		}
	}
	return toks
}

// isHeadline reports whether toks read "Name:" with a short name.
func isHeadline(s string, toks []token) bool {
	n := len(toks) - 1
	if n < 1 || n > 5 || toks[n].kind != tkPunct || toks[n].r != ':' || !isUpperStart(s[toks[0].start:]) {
		return false
	}
	_, ok := nounPhrase(s, toks[:n])
	return ok
}

// subjectAfter returns the speaker written after a cue: "according to
// X, “Q”", "Как заявил X, «Q»", and, when the cue opens its sentence,
// "Заявил X: «Q»".
func subjectAfter(s string, toks []token, opens bool) (string, []token) {
	lx := lexicon()
	if sp, spToks := invertedSubject(s, toks, opens); sp != "" {
		return sp, spToks
	}
	k := 0
	for k < len(toks) && toks[k].kind == tkWord && !toks[k].in(lx.stop) {
		k++
	}
	if k == len(toks) || toks[k].kind != tkPunct {
		return "", nil
	}
	if r := toks[k].r; r != ',' && !(r == ':' && opens && k == len(toks)-1) {
		return "", nil
	}
	sp, ok := nounPhrase(s, toks[:k])
	if !ok {
		return "", nil
	}
	return sp, toks[:k]
}

// invertedSubject returns the speaker that ends a Russian clause opened
// by its cue before a quotation, past the words set between: "Как
// рассказал журналистам X, «Q»", "Об этом заявил в интервью министр X:
// «Q»".
func invertedSubject(s string, toks []token, opens bool) (string, []token) {
	k := 0
	for k < len(toks) && !(toks[k].kind == tkPunct && (toks[k].r == ',' || toks[k].r == ':')) {
		k++
	}
	if k == 0 || k == len(toks) || toks[k].r == ':' && !(opens && k == len(toks)-1) || !hasCyrillic(s[toks[0].start:toks[k-1].end]) {
		return "", nil
	}
	sp := speakerAtEnd(s, toks[:k])
	if len(sp) == 0 || sp[0].start == toks[0].start {
		return "", nil
	}
	return s[sp[0].start:sp[len(sp)-1].end], sp
}

// isGerundPreposition reports whether w is a preposition that makes the cue
// after it a gerund of the writer's sentence ("by saying", "without
// telling") rather than an attribution.
func isGerundPreposition(w string) bool {
	switch w {
	case "by", "without", "after", "before", "upon", "while", "for", "of", "from":
		return true
	}
	return false
}

// isGerund reports whether a cue is a gerund ("adding", "calling",
// "добавив", "назвав"), whose subject is the one of the clause it hangs
// on.
func isGerund(cue string) bool {
	verb, _, _ := strings.Cut(cue, " ")
	if hasCyrillic(verb) {
		return strings.HasSuffix(verb, "в") && utf8.RuneCountInString(verb) > 4
	}
	return strings.HasSuffix(verb, "ing") && len(verb) > 5 && verb != "according"
}

// joined reports whether the cue at toks[cj] is a verb joined to another
// by a conjunction, with adverbs between: "and then boomed".
func joined(s string, toks []token, cj int) bool {
	k := cj
	for k > 0 && toks[k-1].kind == tkWord && isAdverb(s, toks[k-1]) {
		k--
	}
	return k > 0 && toks[k-1].in(lexicon().conj)
}

// possessor returns the capitalised name, with its titles, that ends
// toks in a possessive: "Obama's", "President Obama's".
func possessor(s string, toks []token) (string, []token) {
	lx := lexicon()
	e := len(toks)
	b := e
	for b > 0 && e-b < maxSpeaker && toks[b-1].kind == tkWord && (isUpperStart(toks[b-1].text(s)) || toks[b-1].in(lx.titles)) && (b == e || !isPossessive(toks[b-1].text(s))) {
		b--
	}
	for b < e-1 && isFunctionWord(toks[b].text(s)) {
		b++ // But Orr’s claim, While Orr's call
	}
	if b == e || !isUpperStart(toks[b].text(s)) && !toks[b].in(lx.titles) {
		return "", nil
	}
	sp, ok := nounPhrase(s, toks[b:e])
	if !ok {
		return "", nil
	}
	return sp, toks[b:e]
}
