package quote

import (
	"strings"
	"unicode/utf8"
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

// named sets the speaker to the words toks of s, recording where they are.
func (a *attribution) named(s string, toks []token) {
	if len(toks) == 0 {
		return
	}
	a.speaker = s[toks[0].start:toks[len(toks)-1].end]
	a.at.start, a.at.end = toks[0].start, toks[len(toks)-1].end
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
		return strings.ContainsRune(".!?…;:()[]", t.r)
	}
	return false
}

// withTitleGender sets the gender told by a title among the speaker's words.
func (a attribution) withTitleGender(s string, toks []token) attribution {
	lx := lexicon()
	for _, t := range toks {
		switch w := t.text(s); {
		case lx.female.has(w):
			a.gender = 'f'
		case lx.male.has(w):
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
	lx := lexicon()
	if len(toks) == 0 || len(toks) > maxSpeaker {
		return "", false
	}
	if w := toks[0].text(s); toks[0].kind == tkWord && (lx.rel.has(w) || lx.conj.has(w) || lx.locative.has(w) || lx.lead.has(w) && !isUpperStart(w)) {
		return "", false // and, but he, of Vermont
	}
	if r, _ := utf8.DecodeRuneInString(toks[0].text(s)); len(toks) == 1 && (r >= '0' && r <= '9' || lx.month.has(toks[0].text(s)) || lx.nounDet.has(toks[0].text(s))) {
		return "", false // an age, a number, a month or a determiner: Clinton, 35, said; Each … :
	}
	if last := toks[len(toks)-1]; last.kind == tkWord && (lx.det.has(last.text(s)) || lx.conj.has(last.text(s)) || lx.locative.has(last.text(s)) || lx.lead.has(last.text(s)) || lx.hangingPrep.has(last.text(s)) || last.text(s) == "to") {
		return "", false // the, Islamic State and, refusing to, закрытие сделки со
	}
	if w := toks[0].text(s); !isUpperStart(w) && (isGerund(w) || isAdverb(w) || strings.HasSuffix(w, "ed") && !hasCyrillic(w) && !lexicon().titles.has(w) && !lx.titleMod.has(w)) {
		return "", false // including eliminating, loudly, issued a statement; but retired general
	}
	for k, t := range toks {
		if t.kind != tkWord && !abbrevDot(s, toks, k) {
			return "", false
		}
		w := t.text(s)
		if lx.aux.has(w) && isUpperStart(w) && !lx.expletive.has(w) {
			continue // a name: “Q,” Will wrote; May said
		}
		if (lx.clause.has(w) && !(k > 0 && (lx.det.has(w) && toks[k-1].text(s) == "of" || isUpperStart(w) && isUpperStart(toks[k-1].text(s))))) || isFiniteVerb(w) {
			return "", false // but one of these candidates, Radio This Week
		}
		if _, ok := lookup(lx.cues, w); ok && (k == 0 && !(isUpperStart(w) && len(toks) > 1) || k > 0 && k < len(toks)-1 && !isUpperStart(w) && !lx.nounDet.has(toks[k-1].text(s)) && !(isBaseForm(w) && (lx.titles.has(toks[k+1].text(s)) || beforeRoleName(s, toks, k+1)))) {
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
		r, _ := utf8.DecodeRuneInString(w)
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

// isAdverb reports whether w is an adverb that may stand next to a cue:
// one of the lexicon's, or an English word in -ly written in lower case
// (erroneously, loudly) that is no noun.
func isAdverb(w string) bool {
	lx := lexicon()
	if lx.adverb.has(w) {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !isUpperStart(w) && !hasCyrillic(w) && !lx.lyNoun.has(w)
}

// maxAside bounds the tokens of an aside in parentheses dropped from an
// attribution.
const maxAside = 8

// dropAsides removes from toks the short asides in parentheses that
// follow a word, such as a party and state after a name ("Rep. Earl
// Blumenauer (D-Ore.) said"), and returns what is left.
func dropAsides(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
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
