package quote

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Limits that keep attribution local and the work per quotation bounded.
const (
	maxBack        = 400 // bytes read before a quotation for its sentence
	maxSpeaker     = 8   // words in a speaker
	maxCueDistance = 45  // words between a cue and the quotation it introduces in its sentence
	maxTrail       = 4   // words after an attribution that makes a sentence of its own
)

// attribution is a speaker and cue found next to a quotation.
type attribution struct {
	speaker string
	cue     string
	kind    cueKind
	gender  byte      // 'm', 'f' or 0, when the cue or a title tells it
	wraps   bool      // speaker before the quotation and cue after: X «Q» деп айтты
	shared  bool      // the cue after the quotation shares the subject of its sentence: "and said", "adding"
	aside   bool      // the attribution is an aside opened by as: “Q,” as she put it
	at      mentionAt // where speaker is named; at.para is set by the extractor
}

// named sets the speaker to the words toks of s, without a possessive's
// ending, recording where they are.
func (a *attribution) named(s string, toks []token) {
	if len(toks) == 0 {
		return
	}
	start, end := toks[0].start, toks[len(toks)-1].end
	for _, suf := range [...]string{"’s", "'s"} {
		if strings.HasSuffix(s[start:end], suf) && end-len(suf) > start {
			end -= len(suf) // the possessor of a claim: Obama's
			break
		}
	}
	a.speaker = s[start:end]
	a.at.start, a.at.end = start, end
}

// in returns a with the paragraph its speaker is named in set to para.
func (a attribution) in(para int) attribution {
	a.at.para = para
	return a
}

// found reports whether a cue or speaker was read.
func (a attribution) found() bool { return a.cue != "" || a.speaker != "" }

// isClauseStop reports whether t ends an attribution clause.
func isClauseStop(t token) bool {
	switch t.kind {
	case tkMark, tkDash:
		return true
	case tkPunct:
		switch t.r {
		case '.', '!', '?', '…', ';', ':', '(', ')', '[', ']':
			return true
		}
	}
	return false
}

// withTitleGender sets the gender told by a title among the speaker's words.
func (a attribution) withTitleGender(s string, toks []token) attribution {
	lx := lexicon()
	for _, t := range toks {
		switch {
		case t.in(lx.female):
			a.gender = 'f'
		case t.in(lx.male):
			a.gender = 'm'
		}
	}
	return a
}

// trailingWords counts the words of toks.
func trailingWords(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == tkWord {
			n++
		}
	}
	return n
}

// nounPhrase returns the text of the words toks when they can name a
// speaker: a few words, none of which makes a clause.
func nounPhrase(s string, toks []token) (string, bool) {
	if len(toks) == 1 && toks[0].kind == tkWord && toks[0].cls.pronoun() {
		return toks[0].text(s), true // he, she, он, as nounPhraseRules reads them too
	}
	return nounPhraseRules(s, toks)
}

// nounPhraseRules is nounPhrase read by its rules alone.
func nounPhraseRules(s string, toks []token) (string, bool) {
	lx := lexicon()
	if len(toks) == 0 || len(toks) > maxSpeaker {
		return "", false
	}
	if t := toks[0]; t.kind == tkWord && (t.in(lx.rel) || t.in(lx.conj) || t.in(lx.locative) || t.in(lx.lead) && !isUpperStart(t.text(s))) {
		return "", false // and, but he, of Vermont
	}
	if r, _ := textutil.DecodeRune(toks[0].text(s)); len(toks) == 1 && (r >= '0' && r <= '9' || toks[0].in(lx.month) || toks[0].in(lx.nounDet) || toks[0].in(lx.notSpeaker)) {
		return "", false // an age, a number, a month or a determiner: Clinton, 35, said; Each … :; About, Just
	}
	if last := toks[len(toks)-1]; last.kind == tkWord && (last.in(lx.det) || last.in(lx.conj) || last.in(lx.locative) || last.in(lx.lead) || last.in(lx.hangingPrep) || last.text(s) == "to") {
		return "", false // the, Islamic State and, refusing to, закрытие сделки со
	}
	if t, w := toks[0], toks[0].text(s); !isUpperStart(w) && (isGerund(w) || isAdverb(s, t) || strings.HasSuffix(w, "ed") && !hasCyrillic(w) && !t.in(lx.titles) && !t.in(lx.titleMod)) {
		return "", false // including eliminating, loudly, issued a statement; but retired general
	}
	for k, t := range toks {
		if t.kind != tkWord && !abbrevDot(s, toks, k) {
			return "", false
		}
		w := t.text(s)
		if t.in(lx.aux) && isUpperStart(w) && !t.in(lx.expletive) {
			continue // a name: “Q,” Will wrote; May said
		}
		if (t.in(lx.clause) && !(k > 0 && (t.in(lx.det) && toks[k-1].text(s) == "of" || isUpperStart(w) && isUpperStart(toks[k-1].text(s))))) || isFiniteVerb(w) {
			return "", false // but one of these candidates, Radio This Week
		}
		if t.cls.cue() != 0 && (k == 0 && !(isUpperStart(w) && len(toks) > 1) || k > 0 && k < len(toks)-1 && !isUpperStart(w) && !toks[k-1].in(lx.nounDet) && !(isBaseForm(s, t) && (toks[k+1].in(lx.titles) || beforeRoleName(s, toks, k+1)))) {
			return "", false // a cue, but a word of a name or a noun: Secretary of State, the report, state senator
		}
	}
	return s[toks[0].start:toks[len(toks)-1].end], true
}

// dateWords returns how many of the words that open toks give a date or
// a day, with words after them: "21 сентября", "on Monday".
func dateWords(s string, toks []token) int {
	lx := lexicon()
	n := 0
	for n < len(toks)-1 && toks[n].kind == tkWord {
		w := toks[n].text(s)
		r, _ := textutil.DecodeRune(w)
		if !lx.month.has(w) && !(r >= '0' && r <= '9') {
			break
		}
		n++
	}
	return n
}

// isDativeAdjective reports whether a capitalised Russian word has the
// ending of an adjective in the dative: Русской службе, Первому каналу.
func isDativeAdjective(w string) bool {
	if !hasCyrillic(w) || !isUpperStart(w) {
		return false
	}
	return endsIn(w, "ой", "ей", "ому", "ему")
}

// isAdverb reports whether the word t is an adverb that may stand next
// to a cue: one of the lexicon's, or an English word in -ly written in
// lower case (erroneously, loudly) that is no noun.
func isAdverb(s string, t token) bool {
	lx := lexicon()
	if t.in(lx.adverb) {
		return true
	}
	w := t.text(s)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !isUpperStart(w) && !hasCyrillic(w) && !t.in(lx.lyNoun)
}

// maxAside bounds the tokens of an aside in parentheses dropped from an
// attribution.
const maxAside = 8

// dropAsides removes from toks the short asides in parentheses that
// follow a word, such as a party and state after a name ("Rep. Earl
// Blumenauer (D-Ore.) said"), and returns what is left.
func dropAsides(toks []token) []token {
	i := 0
	for i < len(toks) && !(toks[i].kind == tkPunct && toks[i].r == '(') {
		i++
	}
	out := toks[:i]
	for ; i < len(toks); i++ {
		if t := toks[i]; t.kind == tkPunct && t.r == '(' && len(out) > 0 && out[len(out)-1].kind == tkWord {
			j := i + 1
			for j < len(toks) && j-i <= maxAside && !(toks[j].kind == tkPunct && strings.ContainsRune("()", toks[j].r)) && toks[j].kind != tkMark {
				j++
			}
			if j < len(toks) && j-i <= maxAside && toks[j].r == ')' {
				i = j
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out
}
