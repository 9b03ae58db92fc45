package quote

import "strings"

// cueAt reports whether a cue verb starts at the word toks[i]: n is the
// number of words it takes, 0 when none. The longest cue wins.
func cueAt(s string, toks []token, i int) (n int, k cueKind) {
	lx := lexicon()
	if toks[i].kind != tkWord {
		return 0, 0
	}
	t, first := toks[i], toks[i].text(s)
	if t.in(lx.heads) {
		for j := min(i+3, len(toks)); j > i+1; j-- {
			if !allWords(toks[i+1 : j]) {
				continue
			}
			if k, ok := lookupPhrase(lx.cues2, s, toks, i, j); ok && !(j-i == 2 && toks[i+1].text(s) == "on" && j < len(toks) && toks[j].kind == tkWord && toks[j].text(s) != "to") {
				return j - i, k // but "went on", "goes on" before a word other than "to": the council goes on holiday
			}
		}
	}
	k = t.cls.cue()
	if k == 0 {
		return 0, 0
	}
	if t.in(lx.deCue) {
		return 1, k // a German verb, which no English noun is: sagte die Ministerin
	}
	if i > 0 && toks[i-1].kind == tkWord && (toks[i-1].in(lx.nounDet) || inName(s, toks, i) ||
		i > 1 && isUpperStart(toks[i-1].text(s)) && toks[i-2].in(lx.possDet)) {
		return 0, 0 // a noun, or a word of a name: the comment, her March comment, the United States
	}
	if !isBaseForm(s, t) {
		return 1, k
	}
	if i+1 < len(toks) && toks[i+1].kind == tkWord && !isBaseForm(s, toks[i+1]) {
		if toks[i+1].cls.cue() != 0 {
			return 0, 0 // a noun before the cue: the congressional report said
		}
	}
	if i > 0 && isUpperStart(first) && toks[i-1].kind == tkWord && !isUpperStart(toks[i-1].text(s)) {
		return 0, 0 // a capitalised noun inside a phrase: former State policy director
	}
	if i+1 < len(toks) && toks[i+1].kind == tkWord &&
		(isUpperStart(first) && isUpperStart(toks[i+1].text(s)) || toks[i+1].in(lx.titles)) {
		return 0, 0 // a noun that opens a name or a title: State spokesman Dan Cole, state senator Ann Orr
	}
	if !isUpperStart(first) && beforeRoleName(s, toks, i+1) {
		return 0, 0 // a noun of a role before a name: state delegate Ann Orr
	}
	return 1, k
}

// beforeRoleName reports whether toks[k:] open with one or two nouns in
// lower case and then a name of two capitalised words or more: "delegate
// Ann Orr", so that a cue word before them is a noun of the role ("state
// delegate"), but not in "demand wealthy Americans pay".
func beforeRoleName(s string, toks []token, k int) bool {
	j := k
	for j < len(toks) && j-k < 2 && toks[j].kind == tkWord && isRoleWord(s, toks[j]) {
		j++
	}
	n := j
	for n < len(toks) && toks[n].kind == tkWord && isUpperStart(toks[n].text(s)) {
		n++
	}
	return j > k && n-j >= 2
}

// isRoleWord reports whether the word t may be a noun of a role in lower
// case before a name: no pronoun and no plural.
func isRoleWord(s string, t token) bool {
	w := t.text(s)
	return !isUpperStart(w) && isRoleNoun(s, t) && !t.cls.pronoun() && !t.in(lexicon().firstPerson) && !strings.HasSuffix(w, "s")
}

// isBaseForm reports whether the word t, in English, has no ending of a
// verb's tense or person (-s, -ed, -ing): "State", not "Says" or "Stated".
func isBaseForm(s string, t token) bool {
	w := t.text(s)
	if t.in(lexicon().pastCue) || hasCyrillic(w) {
		return false
	}
	return !hasSuffixFold(w, "s") && !hasSuffixFold(w, "ed") && !hasSuffixFold(w, "ing")
}

// hasSuffixFold reports whether w ends in suf, a suffix of lower-case
// ASCII letters, in any case. Only ASCII bytes can match it: a rune
// beyond ASCII takes more bytes than the one letter it may fold to.
func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if w[i]|0x20 != suf[i] {
			return false
		}
	}
	return true
}

// allWords reports whether every token of toks is a word.
func allWords(toks []token) bool {
	for _, t := range toks {
		if t.kind != tkWord {
			return false
		}
	}
	return true
}

// cueGender tells the speaker's gender from a Russian past-tense cue:
// 'f' for сказала, 'm' for сказал, 0 when the cue does not tell.
func cueGender(cue string) byte {
	verb, _, _ := strings.Cut(cue, " ")
	switch {
	case strings.HasSuffix(verb, "ла"), strings.HasSuffix(verb, "лась"):
		return 'f'
	case strings.HasSuffix(verb, "л"), strings.HasSuffix(verb, "лся"):
		if hasCyrillic(verb) {
			return 'm'
		}
	}
	return 0
}

// isFiniteVerb reports whether a lower-case Russian word is a reflexive
// verb in a finite form (продлится, сообщается, собрались): a word a
// noun phrase cannot hold.
func isFiniteVerb(w string) bool {
	if !hasCyrillic(w) || isUpperStart(w) {
		return false
	}
	return endsIn(w, "ется", "ются", "ится", "ятся", "ётся", "лся", "лась", "лось", "лись")
}

// inName reports whether the capitalised word toks[i] belongs to a name
// with the capitalised word before it, unless a capitalised word follows
// it too, as in a headline in title case: the United States has, the
// United States.
func inName(s string, toks []token, i int) bool {
	if !isUpperStart(toks[i].text(s)) || !isUpperStart(toks[i-1].text(s)) {
		return false
	}
	return !(i+1 < len(toks) && toks[i+1].kind == tkWord && isUpperStart(toks[i+1].text(s)))
}
