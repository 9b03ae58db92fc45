package quote

import (
	"strings"
	"unicode/utf8"

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

// postAttribution reads the tokens into *buf and the attribution that follows a quotation whose
// closing mark ends at after and whose text ends with the rune end:
// `, he said`, `, — сказал он`, `деп атап өтті X`, or, after a quotation
// that ended its sentence, a short sentence of its own: `Says the message.`
func postAttribution(buf *[]token, s string, after int, end rune) attribution {
	lx := lexicon()
	*buf = dropAsides(tokenize((*buf)[:0], s, after, len(s), 40, 4))
	toks := *buf
	final := isSentenceEnd(end)
	linked := end == ',' || isDash(end)
	i := 0
	for i < len(toks) {
		t := toks[i]
		if (t.kind == tkPunct && t.r == ',') || t.kind == tkDash || (t.kind == tkWord && lx.particle.has(t.text(s))) {
			linked = true
			i++
			continue
		}
		break
	}
	if i < len(toks) && toks[i].kind == tkPunct && isSentenceEnd(toks[i].r) {
		final = true
		i++
	}
	stop := i
	for stop < len(toks) && (!isClauseStop(toks[stop]) || abbrevDot(s, toks, stop)) {
		stop++
	}
	if i == stop {
		return attribution{}
	}
	// A clause that starts a sentence of its own, or runs on from the
	// quotation with neither punctuation nor a dash between, must be the
	// attribution alone: "“Q.” He said that …" and "“Q” is what he said"
	// attribute nothing.
	strict := (final && isUpperStart(s[toks[i].start:])) || (!final && !linked)
	return parseClause(s, toks[i:stop], strict)
}

// parseClause reads an attribution clause: a speaker before its cue
// ("the Ministry noted", "X, title, said") or after it ("said X, title",
// "сказал он"). Strict clauses stand as sentences of their own and must
// hold nothing but the attribution and a short adjunct.
func parseClause(s string, toks []token, strict bool) attribution {
	seen := 0
	for j := 0; j < len(toks) && seen <= 3*maxSpeaker; j++ {
		if toks[j].kind != tkWord {
			continue
		}
		// Past a speaker's few words, only a cue after the comma that
		// closes an apposition or a relative clause: "X, who served as
		// …, told".
		near := seen <= maxSpeaker+1 || (j > 0 && toks[j-1].kind == tkPunct && toks[j-1].r == ',')
		if n, k := cueAt(s, toks, j); n > 0 && k == cueSpeech && near {
			return clauseAround(s, toks, j, n, strict)
		}
		seen++
	}
	return attribution{}
}

// clauseAround reads the speaker around the cue toks[j:j+n].
func clauseAround(s string, toks []token, j, n int, strict bool) attribution {
	lx := lexicon()
	a := attribution{cue: strings.ToLower(s[toks[j].start:toks[j+n-1].end]), kind: cueSpeech}
	a.gender = cueGender(a.cue)
	before, after := toks[:j], toks[j+n:]
	b := len(before)
	for b > 0 && before[b-1].kind == tkWord && (isAdverb(before[b-1].text(s)) || lx.aux.has(before[b-1].text(s)) && !isUpperStart(before[b-1].text(s))) {
		b-- // “Q,” he has said
	}
	if b == 1 && before[0].kind == tkWord && lx.conj.has(before[0].text(s)) {
		a.shared = true // “Q,” and said
		return a
	}
	if b > 0 {
		sp, spToks, cueFirst := speakerBefore(s, before[:b])
		if !cueFirst {
			if sp == "" || isGerundPreposition(spToks[len(spToks)-1].text(s)) {
				// No speaker, or words that run on into the cue: "access
				// to the assistant by saying"
				return attribution{}
			}
			aside := len(after) > 0 && after[0].kind == tkPunct && after[0].r == ','
			if strict && !aside && (trailingWords(after) > maxTrail && !isAdjunct(s, after) || (len(after) > 0 && lx.follow.has(after[0].text(s)) && !isAddressPrep(s, after, 0))) {
				return attribution{}
			}
			a.named(s, spToks)
			return a.withTitleGender(s, spToks)
		}
	}
	if isGerund(a.cue) {
		// A gerund has no subject of its own after it: "…,” adding
		// nothing else.
		a.shared = true
		return a
	}
	if lx.postpos.has(a.cue) {
		// X-тың айтуынша: the speaker stands before the cue, and a
		// quotation right before it is the speaker's name.
		return attribution{}
	}
	return a.speakerAfter(s, after, strict)
}

// speakerAfter returns a with the speaker written after its cue, the
// words after, with a date before the name and an addressee after it
// left out: "said Kairat Abdrakhmanov", "заявил 21 сентября Хиллари
// Клинтон", "сообщил Роман Коноплев Русской службе".
func (a attribution) speakerAfter(s string, after []token, strict bool) attribution {
	lx := lexicon()
	d := dateWords(s, after)
	after = after[d:] // заявил 21 сентября Хиллари Клинтон
	k := 0
	for k < len(after) && (after[k].kind == tkWord && !lx.stop.has(after[k].text(s)) && !lx.addressee.has(after[k].text(s)) || abbrevDot(s, after, k)) {
		k++
	}
	if k < len(after) && lx.addressee.has(after[k].text(s)) {
		for k > 1 && isDativeAdjective(after[k-1].text(s)) {
			k-- // сообщил Роман Коноплев Русской службе
		}
	}
	if k > maxSpeaker {
		return attribution{}
	}
	if k == 0 {
		if toks := speakerPastPhrase(s, after); toks != nil {
			// говорится в заявлении МИД РФ; заявил в Стокгольме министр
			a.named(s, toks)
			return a.withTitleGender(s, toks)
		}
		if strict && trailingWords(after) > maxTrail {
			return attribution{}
		}
		return a
	}
	if k < len(after) && k+1 < len(after) && isKnowing(after[k-1].text(s), after[k].text(s)) {
		e := k + 1
		for e < len(after) && after[e].kind == tkWord && e < maxSpeaker {
			e++
		}
		if e == len(after) || after[e].kind == tkPunct {
			k = e // said a person familiar with the matter
		}
	}
	if k > 1 && k < len(after) && isParticiple(after[k-1].text(s)) {
		e := k
		for e < len(after) && after[e].kind == tkWord && e-k < maxParticipleTail {
			e++
		}
		if e == len(after) || after[e].kind == tkPunct {
			k = e // according to a poll released Thursday
		}
	}
	if k < len(after) && isRolePreposition(after[k].text(s)) && !isUpperStart(after[k-1].text(s)) {
		if e := complementEnd(s, after, k); e > 0 && e-k < maxSpeaker && (e == len(after) || after[e].kind == tkPunct) {
			k = e // said one longtime adviser to Bill Clinton
		}
	}
	sp, ok := nounPhrase(s, after[:k])
	if !ok {
		return attribution{}
	}
	rest := after[k:]
	if strict && !(len(rest) > 0 && rest[0].r == ',') && trailingWords(rest) > maxTrail {
		return attribution{}
	}
	if name, nameToks := nameAfter(s, rest); name != "" && !isPerson(sp) {
		// said the company's operations director, Jane Holt
		a.named(s, nameToks)
		return a.withTitleGender(s, nameToks)
	}
	a.named(s, after[:k])
	return a.withTitleGender(s, after[:k])
}

// speakerPastPhrase returns the speaker written after a phrase of a
// preposition and one word that follows a cue, when it ends the clause:
// "в заявлении МИД РФ", "в Стокгольме министр".
func speakerPastPhrase(s string, after []token) []token {
	lx := lexicon()
	if len(after) < 3 || !lx.locative.has(after[0].text(s)) || after[1].kind != tkWord {
		return nil
	}
	k := 2
	for k < len(after) && after[k].kind == tkWord && !lx.stop.has(after[k].text(s)) && k-2 < maxSpeaker {
		k++
	}
	if k == 2 || k < len(after) && after[k].kind == tkWord {
		return nil
	}
	w := after[2].text(s)
	if !isUpperStart(w) && !lx.titles.has(w) {
		return nil
	}
	if _, ok := nounPhrase(s, after[2:k]); !ok {
		return nil
	}
	return after[2:k]
}

// nameAfter returns the name set off by a comma after a speaker that is a
// title or description: ", Jane Holt" in “…,” said the operations
// director, Jane Holt. The name must end the clause.
func nameAfter(s string, rest []token) (string, []token) {
	if len(rest) < 2 || rest[0].kind != tkPunct || rest[0].r != ',' {
		return "", nil
	}
	k := 1
	for k < len(rest) && rest[k].kind == tkWord {
		k++
	}
	if k < len(rest) && !(rest[k].kind == tkPunct && isSentenceEnd(rest[k].r)) {
		return "", nil
	}
	seg := rest[1:k]
	if !isName(s, seg) {
		return "", nil
	}
	return s[seg[0].start:seg[len(seg)-1].end], seg
}

// speakerBefore reads the speaker in before, the words up to a cue
// after a quotation. The speaker is the run of words next to the cue, or
// a name set off by commas; the words before a comma end the writer's
// sentence the quotation stood in: “…” the attack, a spokesman said. A
// relative clause there tells what the quoted words name rather than
// who spoke them: the “dark zone”, where lighting is limited, officials
// said. cueFirst reports a comma right before the cue, whose speaker
// then follows it: «…» нападение, сообщил представитель.
func speakerBefore(s string, before []token) (sp string, spToks []token, cueFirst bool) {
	lx := lexicon()
	b := len(before)
	if before[b-1].kind == tkPunct && before[b-1].r == ',' {
		if sp, spToks = appositive(s, before, b-1); sp != "" {
			return sp, spToks, false
		}
		if lx.rel.has(before[0].text(s)) {
			return "", nil, true // “Q” if she loses, said X
		}
	}
	if lx.rel.has(before[0].text(s)) {
		return "", nil, false
	}
	c := b
	for c > 0 && before[c-1].kind == tkWord {
		c--
	}
	switch {
	case c == b:
		return "", nil, before[b-1].kind == tkPunct && before[b-1].r == ','
	case c > 0 && before[c-1].r != ',':
		return "", nil, false
	case c > 1 && lx.relPronoun.has(before[c].text(s)):
		// A relative clause whose closing comma is missing: “Q,” Katie
		// Packer, who chairs the PAC said
		if sp, spToks, _ := speakerBefore(s, before[:c-1]); isPerson(sp) {
			return sp, spToks, false
		}
	}
	sp, ok := nounPhrase(s, before[c:b])
	if !ok {
		return "", nil, false
	}
	return sp, before[c:b], false
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
	if r, _ := utf8.DecodeRuneInString(toks[0].text(s)); len(toks) == 1 && (r >= '0' && r <= '9' || lx.month.has(toks[0].text(s))) {
		return "", false // an age, a number or a month: Clinton, 35, said
	}
	if last := toks[len(toks)-1]; last.kind == tkWord && (lx.det.has(last.text(s)) || lx.conj.has(last.text(s)) || lx.locative.has(last.text(s)) || lx.lead.has(last.text(s)) || last.text(s) == "to") {
		return "", false // the, Islamic State and, refusing to
	}
	if w := toks[0].text(s); !isUpperStart(w) && (isGerund(w) || isAdverb(w) || strings.HasSuffix(w, "ed") && !hasCyrillic(w) && !lexicon().titles.has(w)) {
		return "", false // including eliminating, loudly, issued a statement
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
			return "", false // but one of these candidates, CBS This Morning
		}
		if _, ok := lookup(lx.cues, w); ok && (k == 0 && !(isUpperStart(w) && len(toks) > 1) || k > 0 && k < len(toks)-1 && !isUpperStart(w) && !lx.nounDet.has(toks[k-1].text(s))) {
			return "", false // a cue, but a word of a name or a noun: Secretary of State, the report
		}
	}
	return s[toks[0].start:toks[len(toks)-1].end], true
}

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
func preAttribution(buf *[]token, s string, lo, open int) pre {
	ss, real := sentenceStart(s, lo, open)
	*buf = dropAsides(tokenize((*buf)[:0], s, ss, open, 64, 0))
	p := pre{sentence: real, toks: *buf}
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
	if cj > 0 && isPossessive(toks[cj-1].text(s)) {
		// A cue noun after a possessive is the possessor's: Obama's claim;
		// unless the phrase is the object of a sentence whose subject
		// judges it: Hollande denounced Trump’s remarks as “Q”. What
		// follows "that" is the possessor's: He rejected Obama's claim
		// that the group was “Q”.
		sp, spToks = possessor(s, toks[:cj])
		content := len(between) > 0 && between[0].kind == tkWord && between[0].text(s) == "that"
		if b := cj - len(spToks); len(spToks) > 0 && b > 1 && !content {
			if sub, subToks := sentenceSubject(s, toks[:b]); sub != "" && subToks[len(subToks)-1].end < toks[b-1].start {
				sp, spToks = sub, subToks
			}
		}
	}
	if isGerund(p.cue) && (hasVerb(s, spToks) || endsInPastVerb(s, spToks)) {
		// The gerund's subject is the sentence's, not the words before
		// it: "Rubio’s campaign sent out a release saying"
		sp, spToks = sentenceSubject(s, toks[:cj])
	}
	if sp == "" && !isGerund(p.cue) {
		afterLead := cj > 0 && cj <= 2 && lexicon().lead.has(toks[0].text(s))
		opens := cj == 0 || toks[cj-1].kind == tkPunct && toks[cj-1].r == ',' || afterLead
		sp, spToks = subjectAfter(s, between, opens)
		if afterLead && !namesSomeone(s, spToks) {
			sp, spToks = "", nil // Об этом сообщила пресс-служба МИД: «Q»; but not "сообщили заранее:"
		}
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

// sharedSubject returns the cue whose subject the cue at toks[j] shares:
// in "The minister described … and said", said's subject is described's.
func sharedSubject(s string, toks []token, j int) int {
	lx := lexicon()
	e := j
	for e > 0 && toks[e-1].kind == tkWord && isAdverb(toks[e-1].text(s)) {
		e--
	}
	if e == 0 || !lx.conj.has(toks[e-1].text(s)) {
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

// subjectBefore returns the subject of the cue at toks[j]: the words back
// to the start of its clause, less a leading adverbial phrase.
func subjectBefore(s string, toks []token, j int) (string, []token) {
	lx := lexicon()
	e := j
	for e > 0 && toks[e-1].kind == tkWord && (isAdverb(toks[e-1].text(s)) || lx.aux.has(toks[e-1].text(s)) && !isUpperStart(toks[e-1].text(s))) {
		e-- // has said, also told; but Will wrote
	}
	if e > 0 && toks[e-1].kind == tkPunct && toks[e-1].r == ',' {
		return appositive(s, toks, e-1)
	}
	b := e
	for b > 0 && toks[b-1].kind == tkWord && !lx.boundary.has(toks[b-1].text(s)) && !lx.conj.has(toks[b-1].text(s)) && e-b < 3*maxSpeaker {
		b--
	}
	if b == e || e-b == 1 && lx.connective.has(toks[b].text(s)) {
		return "", nil // no subject, or a connective: Instead, she focused
	}
	if lx.lead.has(toks[b].text(s)) && e-b <= 2 {
		return "", nil // a phrase of place or means, no subject: В заявлении говорится
	}
	if lx.lead.has(toks[b].text(s)) && e-b > 1 {
		b++
		for b < e-1 {
			w := toks[b].text(s)
			if _, pro := lookup(lx.pronoun, w); lx.det.has(w) || lx.titles.has(w) || pro || (isUpperStart(w) && !lx.stop.has(w)) {
				break
			}
			b++
		}
	}
	for b < e-1 && isLeadingAdverb(toks[b].text(s)) {
		b++ // Later he added, Затем он сказал
	}
	if b < e-1 && lx.rel.has(toks[b].text(s)) && !lx.relPronoun.has(toks[b].text(s)) {
		b++ // a rally in Ohio, where she said
	}
	b += dateWords(s, toks[b:e]) // 21 сентября Хиллари Клинтон заявила
	if b < e-2 && lx.reflexive.has(toks[b].text(s)) {
		b += 2 // an object before the subject: Своего собеседника президент России спросил
	}
	for k := b + 1; k < e-1; k++ {
		if lx.timePrep.has(toks[k].text(s)) && !isUpperStart(toks[k].text(s)) && isUpperStart(toks[k-1].text(s)) {
			e = k // a phrase of time after a name: Trump at the time said
			break
		}
	}
	for k := b + 1; k < e-1; k++ {
		if w := toks[k].text(s); !isUpperStart(w) && lx.stop.has(w) && strings.HasSuffix(w, "ing") {
			e = k // Another source speaking to Fox News said
			break
		}
	}
	if e-b > maxSpeaker && b > 1 && toks[b-1].kind == tkPunct && toks[b-1].r == ',' && holdsRelative(s, toks[b:e]) {
		// An apposition with a clause of its own, whose names are not the
		// subject: "Marty West, a professor who worked for Sen. Lamar
		// Alexander, called"
		if sp, spToks := subjectBefore(s, toks, b-1); sp != "" && isPerson(sp) {
			return sp, spToks
		}
	}
	if e-b > maxSpeaker {
		b = e
		for b > 0 && e-b < maxSpeaker && (isUpperStart(s[toks[b-1].start:]) || lx.titles.has(toks[b-1].text(s))) {
			b--
		}
	}
	sp, ok := nounPhrase(s, toks[b:e])
	if !ok {
		return "", nil
	}
	return sp, toks[b:e]
}

// isLeadingAdverb reports whether w, opening a clause before its
// subject, is an adverb or a word of time rather than part of the
// subject: Later, Then, Yesterday, Позже, Кейін.
func isLeadingAdverb(w string) bool {
	lx := lexicon()
	return lx.adverb.has(w) || (lx.stop.has(w) && !lx.det.has(w) && !lx.rel.has(w))
}

// subjectAfter returns the speaker written after a cue: "according to
// X, “Q”", "Как заявил X, «Q»", and, when the cue opens its sentence,
// "Заявил X: «Q»".
func subjectAfter(s string, toks []token, opens bool) (string, []token) {
	lx := lexicon()
	k := 0
	for k < len(toks) && toks[k].kind == tkWord && !lx.stop.has(toks[k].text(s)) {
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

// sentenceStart returns where the sentence holding s[open] begins, not
// before lo and not more than maxBack bytes back; real is false when that
// limit cut the search short.
func sentenceStart(s string, lo, open int) (start int, real bool) {
	limit := max(lo, open-maxBack)
	for i := open; i > limit; {
		r, w := utf8.DecodeLastRuneInString(s[limit:i])
		p := i - w
		if isSentenceEnd(r) && (i == open || isSpace(textutil.RuneAt(s, i)) || isMarkAt(s, i)) && !(r == '.' && abbrevBefore(s, p)) {
			return i, true
		}
		i = p
	}
	if limit == lo {
		return lo, true
	}
	for limit < open {
		r, w := utf8.DecodeRuneInString(s[limit:])
		limit += w
		if isSpace(r) {
			break
		}
	}
	return limit, false
}

// abbrevBefore reports whether the dot at s[p] follows an abbreviation.
func abbrevBefore(s string, p int) bool {
	b := p
	for b > 0 && p-b < 12 {
		r, w := utf8.DecodeLastRuneInString(s[:b])
		if !textutil.IsWordRune(r) {
			break
		}
		b -= w
	}
	return b < p && (isAbbrev(s[b:p]) || beforeNumber(s[b:p]) && digitAfter(s, p+1))
}

// beforeNumber reports whether w, written with a dot, abbreviates a word
// that a number follows: "No. 2", "Jan. 5", "Sept. 11".
func beforeNumber(w string) bool {
	switch strings.ToLower(w) {
	case "no", "nos", "nr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// digitAfter reports whether a digit follows s[i] after one space at most.
func digitAfter(s string, i int) bool {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
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

// sentenceSubject returns the noun phrase that opens the clause toks, a
// sentence up to a gerund cue, when a verb follows it: a name with its
// titles ("Former Secretary of State Madeleine Albright urged"), a
// pronoun ("He dismissed") or a determiner and a few words ("The
// billionaire businessman began"). A leading adverbial phrase set off by
// a comma is passed over.
func sentenceSubject(s string, toks []token) (string, []token) {
	lx := lexicon()
	c := 0
	if len(toks) > 1 && lx.conj.has(toks[0].text(s)) && toks[1].kind == tkWord {
		c = 1 // And Mr. Christie gloated
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
			isTitleModifier(w) && e+1 < len(toks) && (isUpperStart(toks[e+1].text(s)) || lx.titles.has(toks[e+1].text(s))):
			e++
			continue
		case e > b && (w == "of" || w == "de" || w == "and") && e+1 < len(toks) && isUpperStart(s[toks[e+1].start:]):
			e++
			continue
		case e > b && w == "of" && e+2 < len(toks) && toks[e+1].kind == tkWord && !isUpperStart(toks[e+1].text(s)) && looksVerb(toks[e+2].text(s)) && lx.titles.has(toks[e-1].text(s)):
			e += 2 // The former secretary of state mocked
			continue
		case e > b && isRolePreposition(w) && complementEnd(s, toks, e) > 0:
			e = complementEnd(s, toks, e) // Attorneys for Clinton, A spokeswoman for the House Armed Services Committee
			continue
		case e > b && e+2 < len(toks) && !looksVerb(w) && lx.titles.has(toks[e+1].text(s)) && isUpperStart(toks[e+2].text(s)):
			e++ // a description between names: Clinton campaign spokesman Brian Fallon
			continue
		}
		break
	}
	if e-b > 1 && e+1 < len(toks) && lx.det.has(toks[b].text(s)) && toks[e].kind == tkWord && !isUpperStart(toks[e].text(s)) &&
		!looksVerb(toks[e].text(s)) && toks[e+1].kind == tkPunct && toks[e+1].r == ',' {
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
	if e == b || e >= len(toks) || toks[e].kind != tkWord || isUpperStart(s[toks[e].start:]) || isPossessive(toks[e-1].text(s)) {
		return "", nil // no subject, or one that opens a longer phrase: President Obama's former chief
	}
	if lx.det.has(toks[e-1].text(s)) || lx.possDet.has(toks[e-1].text(s)) {
		if e = detPhraseEnd(s, toks, e); e < 0 {
			return "", nil
		}
	} else if e-b > 1 && lx.det.has(toks[b].text(s)) && !looksVerb(toks[e].text(s)) {
		if k := detPhraseEnd(s, toks, e-1); k > e {
			e = k // The former Republican presidential candidate continued
		}
	}
	sp, ok := nounPhrase(s, toks[b:e])
	if !ok {
		return "", nil
	}
	return sp, toks[b:e]
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
		w := toks[b].text(s)
		k := b
		switch {
		case lx.lead.has(w) || lx.prep.has(w) || isGerund(w) || lx.connective.has(w):
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
		if k > e && looksVerb(toks[k].text(s)) {
			return k
		}
	}
	return -1
}

// looksVerb reports whether a lower-case English word reads as a finite
// verb: a cue, an auxiliary, or a word in -ed or -s.
func looksVerb(w string) bool {
	lx := lexicon()
	if isUpperStart(w) || hasCyrillic(w) {
		return false
	}
	if _, ok := lookup(lx.cues, w); ok || lx.aux.has(w) {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3
}

// joined reports whether the cue at toks[cj] is a verb joined to another
// by a conjunction, with adverbs between: "and then boomed".
func joined(s string, toks []token, cj int) bool {
	k := cj
	for k > 0 && toks[k-1].kind == tkWord && isAdverb(toks[k-1].text(s)) {
		k--
	}
	return k > 0 && lexicon().conj.has(toks[k-1].text(s))
}

// possessor returns the capitalised name, with its titles, that ends
// toks in a possessive: "Obama's", "President Obama's".
func possessor(s string, toks []token) (string, []token) {
	lx := lexicon()
	e := len(toks)
	b := e
	for b > 0 && e-b < maxSpeaker && toks[b-1].kind == tkWord && (isUpperStart(toks[b-1].text(s)) || lx.titles.has(toks[b-1].text(s))) && (b == e || !isPossessive(toks[b-1].text(s))) {
		b--
	}
	if b == e || !isUpperStart(toks[b].text(s)) && !lx.titles.has(toks[b].text(s)) {
		return "", nil
	}
	sp, ok := nounPhrase(s, toks[b:e])
	if !ok {
		return "", nil
	}
	return sp, toks[b:e]
}

// hasVerb reports whether a word of toks after the first reads as a verb.
func hasVerb(s string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if looksVerb(toks[k].text(s)) {
			return true
		}
	}
	return false
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
	for _, end := range [...]string{"ой", "ей", "ому", "ему"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
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

// isRolePreposition reports whether w may join a role to the person or
// body it serves: "a spokeswoman for", "an adviser to".
func isRolePreposition(w string) bool {
	return w == "for" || w == "to" || w == "at"
}

// maxComplement bounds the capitalised words of a role's complement.
const maxComplement = 5

// complementEnd returns the end of the name that the role preposition at
// toks[k] governs, a few capitalised words after an optional "the" or
// "both" ("to both Clintons", "for the House Armed Services Committee"),
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
// verb, which a gerund after a preposition at its end shares: "Husted
// continued by saying", "McConnell deflected questions before saying".
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
// name, belongs to it: former Arkansas Gov. Mike Huckabee.
func isTitleModifier(w string) bool {
	switch w {
	case "former", "acting", "interim", "outgoing", "incoming", "then", "ex", "late":
		return true
	}
	return false
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
// a phrase, a word in lower case after it: "a former U.S. official".
func abbrevDot(s string, toks []token, k int) bool {
	t := toks[k]
	if t.kind != tkPunct || t.r != '.' || k == 0 || k+1 >= len(toks) || toks[k+1].kind != tkWord {
		return false
	}
	next := toks[k+1].text(s)
	return !isUpperStart(next) && strings.Contains(toks[k-1].text(s), ".") && toks[k-1].end == t.start
}

// maxAdjunct bounds the words of an adjunct after a cue that a strict
// clause may carry.
const maxAdjunct = 12

// isAdjunct reports whether the words after a cue only tell to whom,
// how, when or where the words were said ("reporters rhetorically during
// a news conference late last month"), and make no clause of their own:
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
		if _, pro := lookup(lx.pronoun, w); pro || lx.clause.has(w) || lx.rel.has(w) || lx.aux.has(w) || lx.follow.has(w) && !isAddressPrep(s, toks, k) {
			return false
		}
		if _, cue := lookup(lx.cues, w); cue || !isUpperStart(w) && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// holdsRelative reports whether toks hold a relative pronoun after their
// first word: an apposition with a clause of its own.
func holdsRelative(s string, toks []token) bool {
	for _, t := range toks[1:] {
		if t.kind == tkWord && lexicon().relPronoun.has(t.text(s)) && !isUpperStart(t.text(s)) {
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
// past tense that a gerund cue goes on from: "Sen. Ron Johnson kept
// asking", "She went on saying".
func endsInPastVerb(s string, toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[len(toks)-1].text(s) {
	case "kept", "went", "began", "spent", "left", "came", "sat", "stood", "took", "made", "got":
		return true
	}
	return false
}

// maxParticipleTail bounds the words after a participle that end a
// speaker: "a poll released Thursday", "a study published in May".
const maxParticipleTail = 3

// isParticiple reports whether w, in lower case, reads as an English past
// participle: released, conducted.
func isParticiple(w string) bool {
	return !isUpperStart(w) && !hasCyrillic(w) && strings.HasSuffix(w, "ed") && len(w) > 4
}
