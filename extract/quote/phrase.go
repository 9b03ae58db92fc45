package quote

import "strings"

// The extent of a speaker's phrase: what a phrase may hold past its head
// (a role's complement, what an unnamed source knows, a participle's
// time), what ends it (a participle of the writer's, an adjunct after the
// cue), and the abbreviations whose dots end no sentence.

// isRolePreposition reports whether w may join a role to the person or
// body it serves: "a spokeswoman for", "an adviser to".
func isRolePreposition(w string) bool {
	return w == "for" || w == "to" || w == "at"
}

// maxComplement bounds the capitalised words of a role's complement.
const maxComplement = 5

// complementEnd returns the end of the name that the role preposition at
// toks[k] governs, a few capitalised words after an optional "the" or
// "both" ("to both governors", "for the Senate Rules Committee"),
// or -1 when no name follows it.
func complementEnd(s string, toks []token, k int) int {
	e := k + 1
	if e < len(toks) && toks[e].kind == tkWord && (toks[e].text(s) == "the" || toks[e].text(s) == "both") {
		e++
	}
	n := e
	for e < len(toks) && e-n < maxComplement && toks[e].kind == tkWord && isUpperStart(toks[e].text(s)) {
		e++
	}
	if e == n || e < len(toks) && toks[e].kind == tkWord && isUpperStart(toks[e].text(s)) {
		return -1
	}
	return e
}

// hasSubject reports whether the clause toks opens with a subject and a
// verb, which a gerund after a preposition at its end shares: "Reyes
// continued by saying", "The mayor deflected questions before saying".
func hasSubject(s string, toks []token) bool {
	sp, spToks := sentenceSubject(s, toks)
	if sp == "" {
		return false
	}
	last := spToks[len(spToks)-1].start
	for e := range toks {
		if toks[e].start == last {
			return hasVerb(s, toks[e:])
		}
	}
	return false
}

// isTitleModifier reports whether w, in lower case before a title or a
// name, belongs to it: former Ohio Gov. Tom Hale.
func isTitleModifier(w string) bool {
	return !isUpperStart(w) && lexicon().titleMod.has(w)
}

// isKnowing reports whether an adjective and the preposition after it
// tell what an unnamed source knows or is close to: "familiar with",
// "close to", "briefed on".
func isKnowing(adj, prep string) bool {
	switch adj {
	case "familiar", "knowledgeable":
		return prep == "with" || prep == "about"
	case "close":
		return prep == "to"
	case "briefed":
		return prep == "on"
	}
	return false
}

// abbrevDot reports whether toks[k] is the dot of an abbreviation inside
// a phrase, a word in lower case after it ("a former U.S. official"),
// or of initials before a name ("J.M. Berger").
func abbrevDot(s string, toks []token, k int) bool {
	t := toks[k]
	if t.kind != tkPunct || t.r != '.' || k == 0 || k+1 >= len(toks) || toks[k+1].kind != tkWord {
		return false
	}
	next, prev := toks[k+1].text(s), toks[k-1].text(s)
	if toks[k-1].end != t.start {
		return false
	}
	return !isUpperStart(next) && strings.Contains(prev, ".") || isUpperStart(next) && isInitials(prev)
}

// isInitials reports whether w is two or three capital initials joined
// by full stops, the last one's stop aside: J.M (Berger), J.R.R.
func isInitials(w string) bool {
	n := 0
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 < len(w) && w[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3
}

// maxAdjunct bounds the words of an adjunct after a cue that a strict
// clause may carry.
const maxAdjunct = 12

// isAdjunct reports whether the words after a cue only tell to whom,
// how, when or where the words were said ("reporters calmly during a
// briefing late last week"), and make no clause of their own:
// no verb, auxiliary or word that opens a clause.
func isAdjunct(s string, toks []token) bool {
	lx := lexicon()
	if trailingWords(toks) > maxAdjunct {
		return false
	}
	for k, t := range toks {
		if t.kind != tkWord {
			if isClauseStop(t) || t.kind == tkPunct && t.r == ',' {
				return false
			}
			continue
		}
		w := t.text(s)
		if t.cls.pronoun() || t.in(lx.clause) || t.in(lx.rel) || t.in(lx.aux) || t.in(lx.follow) && !isAddressPrep(s, toks, k) {
			return false
		}
		if t.cls.cue() != 0 || !isUpperStart(w) && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// holdsRelative reports whether toks hold a relative pronoun after their
// first word: an apposition with a clause of its own.
func holdsRelative(s string, toks []token) bool {
	for _, t := range toks[1:] {
		if t.kind == tkWord && t.in(lexicon().relPronoun) && !isUpperStart(t.text(s)) {
			return true
		}
	}
	return false
}

// isAddressPrep reports whether toks[k] is "about", or "to" before the
// people spoken to ("to a crowd", "to reporters", "to CNN"), rather than
// a word that opens reported speech.
func isAddressPrep(s string, toks []token, k int) bool {
	switch toks[k].text(s) {
	case "about":
		return true
	case "to":
		if k+1 >= len(toks) || toks[k+1].kind != tkWord {
			return false
		}
		next := toks[k+1].text(s)
		lx := lexicon()
		return lx.det.has(next) || lx.possDet.has(next) || isUpperStart(next) || strings.HasSuffix(next, "ers")
	}
	return false
}

// namesSomeone reports whether one of the words toks is capitalised: a
// name, or the body a title goes with ("пресс-служба МИД РК").
func namesSomeone(s string, toks []token) bool {
	for _, t := range toks {
		if t.kind == tkWord && isUpperStart(t.text(s)) {
			return true
		}
	}
	return false
}

// endsInPastVerb reports whether the last of toks is an irregular English
// past tense that a gerund cue goes on from: "Sen. Ann Orr kept
// asking", "She went on saying".
func endsInPastVerb(s string, toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	w := toks[len(toks)-1].text(s)
	return !isUpperStart(w) && lexicon().pastOn.has(w)
}

// maxParticipleTail bounds the words after a participle that end a
// speaker: "a poll released Thursday", "a source involved in the
// group's creation".
const maxParticipleTail = 4

// isParticiple reports whether w, in lower case, reads as an English past
// participle: released, conducted.
func isParticiple(w string) bool {
	return !isUpperStart(w) && !hasCyrillic(w) && strings.HasSuffix(w, "ed") && len(w) > 4
}

// beforeNumber reports whether w, written with a dot, abbreviates a word
// that a number follows: "No. 2", "Jan. 5", "Sept. 11".
func beforeNumber(w string) bool {
	return lexicon().numberAbbr.has(w)
}

// digitAfter reports whether a digit follows s[i] after one space at most.
func digitAfter(s string, i int) bool {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}
