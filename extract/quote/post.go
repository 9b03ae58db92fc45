package quote

import "strings"

// Attribution read after a quotation: “Q,” X said; “Q,” said X, title.

// postAttribution reads the tokens into *buf and the attribution that follows a quotation whose
// closing mark ends at after and whose text ends with the rune end:
// `, he said`, `, — сказал он`, `деп атап өтті X`, or, after a quotation
// that ended its sentence, a short sentence of its own: `Says the message.`
func postAttribution(buf *window, s string, after int, end rune) attribution {
	lx := lexicon()
	buf.toks = dropAsides(buf.read(s, after, len(s), 40, 4))
	toks := buf.toks
	final := isSentenceEnd(end)
	linked := end == ',' || isDash(end)
	i := 0
	for i < len(toks) {
		t := toks[i]
		if (t.kind == tkPunct && t.r == ',') || t.kind == tkDash || (t.kind == tkWord && t.in(lx.particle)) {
			linked = true
			i++
			continue
		}
		break
	}
	if i+2 < len(toks) && toks[i].kind == tkWord && toks[i].text(s) == "деген" && kkAccusative(s, toks[i+1]) {
		linked = true
		i += 2 // «Q» деген пікірді X білдірді: the opinion that Q, X expressed
	}
	if i < len(toks) && toks[i].kind == tkPunct && isSentenceEnd(toks[i].r) {
		final = true
		i++
	}
	stop := i
	for stop < len(toks) {
		if !isClauseStop(toks[stop]) || abbrevDot(s, toks, stop) {
			stop++
			continue
		}
		if e := quotedNameEnd(s, toks, stop); e > 0 {
			stop = e // глава «Газпрома» Олег Миронов
			continue
		}
		break
	}
	if i == stop {
		return attribution{}
	}
	if final && stop < len(toks) && toks[stop].kind == tkPunct && toks[stop].r == ':' {
		return attribution{} // “Q1.” Reyes said: “Q2”: the clause opens what follows
	}
	// A clause that starts a sentence of its own, or runs on from the
	// quotation with neither punctuation nor a dash between, must be the
	// attribution alone: "“Q.” He said that …" and "“Q” is what he said"
	// attribute nothing.
	strict := (final && end != '?' && end != '!' && isUpperStart(s[toks[i].start:])) || (!final && !linked)
	if a := parseClause(s, toks[i:stop], strict); a.cue != "" || a.speaker != "" || a.shared {
		return a
	}
	if linked || end == '?' || end == '!' {
		return pastVerbClause(s, toks[i:stop])
	}
	return attribution{}
}

// kkAccusative reports whether tok is a Kazakh noun in lower case in the
// accusative: пікірді, сөзді, ойды.
func kkAccusative(s string, tok token) bool {
	w := tok.text(s)
	return tok.kind == tkWord && hasCyrillic(w) && !isUpperStart(w) && endsIn(w, "ды", "ді", "ты", "ті", "ны", "ні")
}

// pastVerbClause reads a clause that holds nothing but a speaker and a
// verb in the past tense that the lexicon does not hold as a cue, after a
// quotation whose own punctuation runs its sentence on: “Q,” a furious
// Orr retaliated; “Q?” Reyes pressed; “Q!” beamed Donald Hartley, the
// verb first before a name. A verb with anything after it
// in the clause ("“Q,” Orr wanted to know") is no cue, nor is one whose
// subject follows a noun as a relative clause's does ("a phrase she
// repeated").
func pastVerbClause(s string, clause []token) attribution {
	n := len(clause)
	if n < 2 || clause[n-1].kind != tkWord {
		return attribution{}
	}
	if v := clause[0].text(s); clause[0].kind == tkWord && isUnlistedPast(v) && isUpperStart(clause[1].text(s)) {
		// The verb first: “Q!” beamed Donald Hartley of Madison.
		a := attribution{cue: strings.ToLower(v), kind: cueSpeech}.speakerAfter(s, clause[1:], false)
		if a.speaker == "" || !isUpperStart(a.speaker) || isPronoun(a.speaker) {
			return attribution{}
		}
		return a
	}
	v := clause[n-1].text(s)
	if !isUnlistedPast(v) {
		return attribution{}
	}
	b := n - 1
	for b > 1 && clause[b-1].kind == tkWord && isAdverb(s, clause[b-1]) {
		b-- // Right Wing Watch first reported
	}
	sp, spToks, cueFirst := speakerBefore(s, clause[:b])
	if cueFirst || sp == "" || !(isUpperStart(sp) || isPronoun(sp) || spToks[0].in(lexicon().det)) {
		return attribution{}
	}
	for _, t := range spToks[1:] {
		if w := t.text(s); isSubjectPronoun(w) || lexicon().firstPerson.has(w) || w == "it" {
			return attribution{} // the writer's phrase and its subject: “Q,” a phrase she repeated
		}
	}
	a := attribution{cue: strings.ToLower(v), kind: cueSpeech}
	a.named(s, spToks)
	return a.withTitleGender(s, spToks)
}

// quotedNameEnd returns the index after the closing mark of a Russian
// name in marks that opens at toks[k] inside an attribution clause
// which goes on after it (глава «Газпрома» Олег Миронов): one to three
// words, the first capitalised; else -1.
func quotedNameEnd(s string, toks []token, k int) int {
	if toks[k].kind != tkMark || k == 0 || toks[k-1].kind != tkWord {
		return -1
	}
	j := k + 1
	for j < len(toks) && toks[j].kind == tkWord && j-k <= 3 {
		j++
	}
	if j == k+1 || j+1 >= len(toks) || toks[j].kind != tkMark || toks[j+1].kind != tkWord ||
		!isUpperStart(toks[k+1].text(s)) || !hasCyrillic(s[toks[k].start:toks[j].end]) {
		return -1
	}
	return j + 1
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
		near := seen <= maxSpeaker+1 || (j > 0 && toks[j-1].kind == tkPunct && toks[j-1].r == ',') ||
			seen <= 2*maxSpeaker && affiliationAt(s, toks[:j]) > 0 // Jane Holt of the Centre for … wrote
		if n, k := cueAt(s, toks, j); n > 0 && k == cueSpeech && near && !(n == 1 && modifiesNoun(s, toks, j)) {
			return clauseAround(s, toks, j, n, strict)
		}
		seen++
	}
	return attribution{}
}

// modifiesNoun reports whether the cue word toks[j], in its base form,
// stands between a capitalised word and a word in lower case that is no
// function word, as a noun that qualifies another does: "the Indiana state
// firefighters union".
func modifiesNoun(s string, toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || toks[j+1].kind != tkWord || toks[j-1].kind != tkWord {
		return false
	}
	next := toks[j+1]
	return isUpperStart(toks[j-1].text(s)) && !isUpperStart(next.text(s)) && isBaseForm(s, toks[j]) &&
		!next.in(lexicon().stop) && !next.in(lexicon().prep) && !next.in(lexicon().det) && !isAdverb(s, next)
}

// clauseAround reads the speaker around the cue toks[j:j+n].
func clauseAround(s string, toks []token, j, n int, strict bool) attribution {
	lx := lexicon()
	a := attribution{cue: strings.ToLower(s[toks[j].start:toks[j+n-1].end]), kind: cueSpeech}
	a.gender = cueGender(a.cue)
	before, after := toks[:j], toks[j+n:]
	b := len(before)
	passive := false
	for b > 0 && before[b-1].kind == tkWord && (isAdverb(s, before[b-1]) || before[b-1].in(lx.aux) && !isUpperStart(before[b-1].text(s))) {
		passive = passive || isBeForm(before[b-1].text(s))
		b-- // “Q,” he has said
	}
	if passive && !isGerund(a.cue) && !strings.HasPrefix(a.cue, "quoted") {
		return attribution{} // “Q.” The move was first reported by the network: its subject said nothing
	}
	if b == 1 && before[0].kind == tkWord && before[0].in(lx.conj) {
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
			aside := len(after) > 0 && (after[0].kind == tkPunct && after[0].r == ',' || opensTimeClause(s, after[0]))
			if strict && !aside && (trailingWords(after) > maxTrail && !isAdjunct(s, after) || (len(after) > 0 && after[0].in(lx.follow) && !isAddressPrep(s, after, 0))) {
				return attribution{}
			}
			a.named(s, spToks)
			a.aside = pastAs(s, before, 0, b) > 0
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

// isBeForm reports whether w is a form of "to be", which before a
// participle makes it passive: was reported, were told.
func isBeForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// isUnlistedPast reports whether w reads as an English verb in the past
// tense in -ed, in lower case and no auxiliary, that may cue a quotation
// beside it though the lexicon does not hold it: retaliated, pressed.
func isUnlistedPast(w string) bool {
	return !isUpperStart(w) && !hasCyrillic(w) && len(w) >= 5 && strings.HasSuffix(w, "ed") && !lexicon().aux.has(w)
}

// opensTimeClause reports whether t opens a clause of time after a cue,
// which the attribution's sentence may carry: “Q!” Orr said as she left.
func opensTimeClause(s string, t token) bool {
	switch t.text(s) {
	case "as", "when", "while", "before", "after":
		return true
	}
	return false
}

// speakerAfter returns a with the speaker written after its cue, the
// words after, with a date before the name and an addressee after it
// left out: "said Kairat Abdrakhmanov", "заявил 21 сентября Хиллари
// Клинтон", "сообщил Роман Коноплев Русской службе".
func (a attribution) speakerAfter(s string, after []token, strict bool) attribution {
	lx := lexicon()
	d := dateWords(s, after)
	after = after[d:] // заявил 21 сентября Хиллари Клинтон
	if lx.deCue.has(a.cue) {
		k := 0
		for k < len(after) && k < maxSpeaker && after[k].kind == tkWord {
			k++
		}
		if k > 0 {
			a.named(s, after[:k]) // sagte die Bauleiterin Jana Wolff am Montag: the person in them is the speaker
		}
		return a
	}
	if lx.attributive.has(a.cue) && len(after) > 0 {
		toks := attributiveSpeaker(s, after)
		a.named(s, toks)
		return a.withTitleGender(s, toks)
	}
	if hasCyrillic(a.cue) {
		if toks, again, ok := ruSpeakerAfter(s, a.cue, after); ok {
			if again {
				return a.speakerAfter(s, toks, strict) // сообщил, прибыв в Москву, министр
			}
			a.named(s, toks)
			return a.withTitleGender(s, toks)
		}
	}
	k := 0
	for k < len(after) && (after[k].kind == tkWord && !after[k].in(lx.stop) && !after[k].in(lx.addressee) || abbrevDot(s, after, k)) {
		k++
	}
	if k < len(after) && after[k].in(lx.addressee) {
		for k > 1 && isDativeAdjective(after[k-1].text(s)) {
			k-- // сообщил Роман Коноплев Русской службе
		}
	}
	if k > maxSpeaker {
		if k = longSpeakerEnd(s, after, k); k == 0 {
			return attribution{}
		}
		if k > maxSpeaker {
			a.named(s, after[:k]) // a name with its long titles, read whole
			return a.withTitleGender(s, after[:k])
		}
	}
	if k == 0 {
		if toks := speakerPastPhrase(s, pastListener(s, after)); toks != nil {
			// говорится в заявлении МИД РФ; заявил в Стокгольме министр
			a.named(s, toks)
			return a.withTitleGender(s, toks)
		}
		if strict && trailingWords(after) > maxTrail {
			return attribution{}
		}
		return a
	}
	k = extendSpeaker(s, after, k)
	if k > maxSpeaker && longSpeakerEnd(s, after, k) == k {
		a.named(s, after[:k]) // former Ohio Gov. and party chairman Ed Hale
		return a.withTitleGender(s, after[:k])
	}
	sp, ok := nounPhrase(s, after[:k])
	if !ok && hasCyrillic(a.cue) && !strict {
		return a // «Q», — прокомментировал закрытие сделки со «…»
	}
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

// ruSpeakerAfter reads the speaker after a Russian cue where the clause
// sets something between or after it: whose words are quoted or repeated
// (цитирует РИА Новости слова источника; повторил министр слова
// президента), a pronoun before an object (сказал он слова
// благодарности), an aside between commas (сообщил, прибыв в Москву,
// министр: again is set, and toks are the words after the aside, to be
// read anew), or what stands before the speaker at the clause's end
// (сказал журналистам Олег Миронов). ok is false when none of these is.
func ruSpeakerAfter(s, cue string, after []token) (toks []token, again, ok bool) {
	if k := wordsAt(s, after); k > 0 {
		toks := after[:k]
		if strings.HasPrefix(cue, "цитир") || strings.HasPrefix(cue, "привод") {
			toks = ownerOfWords(s, after, k)
		}
		if len(toks) > 0 && len(toks) <= maxSpeaker {
			return toks, false, true
		}
	}
	if len(after) > 1 && after[0].kind == tkWord && isSubjectPronoun(after[0].text(s)) {
		return after[:1], false, true
	}
	if j := asideEnd(s, after); j > 0 {
		return after[j:], true, true
	}
	if toks := speakerAtEnd(s, after); len(toks) > 0 && (toks[0].start > after[0].start || holdsMark(toks)) {
		return toks, false, true
	}
	return nil, false, false
}

// wordsAt returns the index of "слова" in the words of a clause after a
// Russian cue, which the cue's subject reports or quotes ("повторил
// министр слова президента", "цитирует РИА Новости слова источника"),
// or -1.
func wordsAt(s string, after []token) int {
	for k, t := range after {
		if t.kind != tkWord {
			return -1
		}
		if w := t.text(s); w == "слова" || w == "слов" {
			return k
		}
	}
	return -1
}

// ownerOfWords returns the words after "слова" at after[k], whose words a
// medium or a body quotes, in the genitive as written: "источника",
// "министра Ивана Петрова"; nil when none follow.
func ownerOfWords(s string, after []token, k int) []token {
	e := k + 1
	for e < len(after) && e-k <= maxSpeaker && after[e].kind == tkWord {
		e++
	}
	return after[k+1 : e]
}

// longSpeakerEnd returns where a speaker of more than maxSpeaker words,
// after[:k], ends: at the preposition that opens a name's affiliation
// ("said Jane Holt of the University of Texas School of Law" ends after
// Holt), or at k when the words are a name with its titles, which may be
// long ("said former Ohio Gov. and party chairman Ed Hale"); else 0.
func longSpeakerEnd(s string, after []token, k int) int {
	lx := lexicon()
	if j := affiliationAt(s, after[:k]); j > 0 {
		return j
	}
	if k > 2*maxSpeaker || !isUpperStart(after[k-1].text(s)) || k < len(after) && after[k].kind == tkWord {
		return 0
	}
	lower := 0
	for _, t := range after[:k] {
		if w := t.text(s); t.kind == tkWord && !isUpperStart(w) && !lx.titles.has(w) && w != "and" && w != "of" {
			lower++
		}
	}
	if lower > 2 {
		return 0
	}
	return k
}

// pastListener returns after without a listener or medium that opens it
// before a phrase of place: "порталу в пресс-службе МВД".
func pastListener(s string, after []token) []token {
	if len(after) > 1 && after[0].kind == tkWord && after[0].in(lexicon().addressee) {
		return after[1:]
	}
	return after
}

// speakerPastPhrase returns the speaker written after a phrase of a
// preposition and one word that follows a cue, when it ends the clause:
// "в заявлении МИД РФ", "в Стокгольме министр", or the body that word
// names with the rest: "в пресс-службе МВД".
func speakerPastPhrase(s string, after []token) []token {
	lx := lexicon()
	if len(after) < 3 || !after[0].in(lx.locative) || after[1].kind != tkWord {
		return nil
	}
	k := 2
	for k < len(after) && after[k].kind == tkWord && !after[k].in(lx.stop) && k-2 < maxSpeaker {
		k++
	}
	if k == 2 || k < len(after) && after[k].kind == tkWord {
		return nil
	}
	from := 2
	if isBodyWord(after[1].text(s)) {
		from = 1 // в пресс-службе МВД: the body itself
	}
	w := after[from].text(s)
	if !isUpperStart(w) && !lx.titles.has(w) && !isBodyWord(w) {
		return nil // в сообщении пресс-службы акимата
	}
	if _, ok := nounPhrase(s, after[from:k]); !ok {
		return nil
	}
	return after[from:k]
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
		if before[0].in(lx.rel) {
			return "", nil, true // “Q” if she loses, said X
		}
	}
	if before[0].in(lx.rel) {
		return "", nil, false
	}
	c := b
	for c > 0 && (before[c-1].kind == tkWord || abbrevDot(s, before, c-1)) {
		c--
	}
	switch {
	case c == b:
		return "", nil, before[b-1].kind == tkPunct && before[b-1].r == ','
	case c > 0 && before[c-1].r != ',':
		return "", nil, false
	case c > 1 && before[c].in(lx.relPronoun):
		// A relative clause whose closing comma is missing: “Q,” Ann
		// Lapp, who chairs the fund said
		if sp, spToks, _ := speakerBefore(s, before[:c-1]); isPerson(sp) {
			return sp, spToks, false
		}
	}
	c = pastAs(s, before, c, b)
	sp, ok := nounPhrase(s, before[c:b])
	if !ok && b-c > maxSpeaker {
		// Jane Holt of the Center for the Study of the Sea wrote
		if j := affiliationAt(s, before[c:b]); j > 0 {
			b = c + j
			sp, ok = nounPhrase(s, before[c:b])
		}
	}
	if !ok {
		return "", nil, false
	}
	return sp, before[c:b], false
}

// affiliationAt returns the index of the preposition that opens the
// affiliation after a name within the first maxSpeaker words of toks
// ("Jane Holt of the University …"), or 0.
func affiliationAt(s string, toks []token) int {
	for j := 1; j < len(toks) && j <= maxSpeaker; j++ {
		if w := toks[j].text(s); (w == "of" || w == "from" || w == "at") && isUpperStart(toks[j-1].text(s)) {
			return j
		}
	}
	return 0
}

// pastAs returns where the speaker starts in the run before[c:b] when
// it opens with "as" or "even as" (“Q,” as the host said), whose subject
// is the speaker; else c.
func pastAs(s string, before []token, c, b int) int {
	k := c
	if k+1 < b && before[k].text(s) == "even" {
		k++
	}
	if k+1 < b && before[k].text(s) == "as" {
		return k + 1
	}
	return c
}

// extendSpeaker returns where the speaker after a cue ends when the words
// that stopped its run at after[k] still belong to it, up to the end of
// the clause: what an unnamed source knows ("a person familiar with the
// matter"), a second speaker ("Yahoo News and former anchor Dana Cole"),
// a participle's time ("a poll released Thursday"), or the body a role
// serves ("an adviser to the governor"). Else it returns k.
func extendSpeaker(s string, after []token, k int) int {
	if k == 0 || k >= len(after) {
		return k
	}
	prev, w := after[k-1].text(s), after[k].text(s)
	switch {
	case k+1 < len(after) && isKnowing(prev, w):
		if e := clauseEnd(s, after, k+1, maxSpeaker, false); e > 0 {
			return e
		}
	case k+1 < len(after) && w == "and" && isUpperStart(prev):
		if e := clauseEnd(s, after, k+1, maxSpeaker+2, true); e > 0 && namesSomeone(s, after[k+1:e]) {
			return e
		}
	case k > 1 && isParticiple(prev):
		if e := clauseEnd(s, after, k, k+maxParticipleTail, false); e > 0 {
			return e
		}
	case isRolePreposition(w) && !isUpperStart(prev):
		if e := complementEnd(s, after, k); e > 0 && e-k < maxSpeaker && (e == len(after) || after[e].kind == tkPunct) {
			return e
		}
	}
	return k
}

// clauseEnd returns the end of the run of words of toks from 'from' when
// it ends the clause (at punctuation or the end) before index limit, and,
// with stop, holds no stop word; else -1.
func clauseEnd(s string, toks []token, from, limit int, stop bool) int {
	e := from
	for e < len(toks) && toks[e].kind == tkWord && e < limit && !(stop && toks[e].in(lexicon().stop)) {
		e++
	}
	if e < len(toks) && toks[e].kind != tkPunct {
		return -1
	}
	return e
}
