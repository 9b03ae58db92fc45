package quote

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// cand is a quotation found by its marks, before its attribution is read
// and it is told from a title or a scare quote.
type cand struct {
	para       int         // paragraph where the text starts
	start, end int         // the text's part in that paragraph
	text       string      // the whole text
	open       int         // offset of the opening mark in para
	last       int         // paragraph where the quotation ends
	after      int         // offset in last just after the quotation
	attr       attribution // attribution read from inside the quotation
	fixed      bool        // whether attr was read from inside
	unclosed   bool        // the closing mark is missing
}

// emit reads the attribution of c, decides whether it is a quotation of
// speech and adds it if so. lo is where reading back for the attribution
// must stop, and moves past c when c is added.
func (x *extractor) emit(c cand, lo *int) {
	if c.start >= c.end {
		return
	}
	s := x.paras[c.para].Text
	last := x.paras[c.last].Text
	p := preAttribution(&x.pre, s, max(*lo, min(x.ends[0], c.open)), c.open)
	if c.last == c.para {
		x.ends = [2]int{x.ends[1], c.after}
	}
	if isTerm(s, p.toks, last, c.after) {
		return
	}
	a, keep := x.attributed(c, p)
	if !keep {
		return
	}
	if a.speaker == "" && isGerund(a.cue) {
		if l := x.sameSentence(c); l.speaker != "" {
			// “Q1,” said X, adding that “Q2”: the gerund's subject spoke Q1
			a.speaker, a.at, a.gender = l.speaker, l.at, l.gender
		}
	}
	initial := a.wraps || isInitial(s, p, c.text)
	whole := isWhole(last, c.after)
	partial := false
	if !initial && !a.found() {
		a = x.sameSentence(c)
	}
	switch {
	case !initial:
		if !a.found() || (titleLike(c.text) && !(p.adjacent && p.kind == cueSpeech)) {
			return
		}
		partial = true
	case !a.found():
		if !speechLike(c.text, p.sentence && whole) {
			return
		}
	}
	*lo = c.after
	if c.last != c.para {
		*lo = len(s)
	}
	x.last, x.lastAt = a, [2]int{c.last, c.after}
	x.add(found{
		Quote: Quote{
			Text: c.text, Speaker: a.speaker, Cue: a.cue, Partial: partial,
			Paragraph: c.para, Start: c.start, End: c.end,
		}.at(a),
		note: note{gender: a.gender, opens: skipSpace(s, 0) == c.open, turn: c.unclosed},
	})
}

// sameSentence returns the attribution of the quotation kept before c
// when it has a cue and a speaker and stands earlier in c's sentence: a
// fragment that goes on the reported speech ("Reyes said they were
// “careful” to keep the bill “in no way touching the budget”");
// otherwise none.
func (x *extractor) sameSentence(c cand) attribution {
	if x.last.cue == "" || x.last.speaker == "" || x.lastAt[0] != c.para || x.lastAt[1] > c.open {
		return attribution{}
	}
	s := x.paras[c.para].Text
	if st, _ := sentenceStart(s, x.lastAt[1], c.open); st != x.lastAt[1] || closedSentence(s, x.lastAt[1]) {
		return attribution{}
	}
	return x.last
}

// closedSentence reports whether the quotation whose closing mark ends at
// after ended its sentence inside the marks: “… business.”
func closedSentence(s string, after int) bool {
	return isSentenceEnd(lastRune(s[:after]))
}

// attributed returns the attribution of c, and whether c may be a
// quotation rather than a name, a title or a show. A headline's "X: …
// ‘Q’ …" gives X what it quotes; a cue with no subject of its own takes
// the subject of its sentence: "The email goes on to say: “Q”".
func (x *extractor) attributed(c cand, p pre) (attribution, bool) {
	s := x.paras[c.para].Text
	end := lastRune(c.text)
	a := c.attr
	if !c.fixed {
		a = x.attribute(c, p, end)
	}
	if !a.found() && c.last == c.para {
		if toks, ok := x.headlineSpeaker(s, c.open); ok {
			a.named(s, toks)
			return a.in(c.para), true
		}
	}
	if isSourceName(s, c, p, a) || (c.last == c.para && isTitle(s, p.toks, c.text) && !a.wraps) {
		return a, false
	}
	if a.cue != "" && a.speaker == "" && !a.shared {
		if toks, ok := x.wholeSentenceSubject(s, p, c.open); ok {
			a.named(s, toks)
			a = a.in(c.para)
		}
	}
	return a, true
}

// endsBefore reports whether a sentence ends in s between after, where a
// quotation's closing mark ends, and at, where the speaker after it is
// named: "…»." before "Она добавила".
func endsBefore(s string, after, at int) bool {
	return after < at && at <= len(s) && sentenceAfter(s, after, at) < at
}

// lastRune returns the last rune of a quotation's text before the closing
// marks of a quotation nested at its end: the comma of “… ‘Q,’”.
func lastRune(text string) rune {
	for text != "" {
		r, w := textutil.DecodeLastRune(text)
		if !isMarkRune(r) && r != '\'' {
			return r
		}
		text = text[:len(text)-w]
	}
	return utf8.RuneError
}

// attribute reads who said c: after the quotation, before it, in a
// headline's "X:" or at the end of the paragraph before.
func (x *extractor) attribute(c cand, p pre, end rune) attribution {
	last := x.paras[c.last].Text
	post := postAttribution(&x.post, last, c.after, end)
	switch {
	case post.speaker != "" && p.direct && p.cue != "" && p.speaker != "" && (isSentenceEnd(end) || endsBefore(last, c.after, post.at.start)):
		// “Q.” after "X said," is X's, as is “Q”. after it; the sentence
		// after it introduces what follows: Reyes said, “Q1.” He added,
		// “Q2.”
		return p.attribution.in(c.para)
	case post.speaker != "" && !(post.aside && p.cue != "" && p.speaker != ""):
		return post.in(c.last)
	case post.shared:
		// “Q,” and said; “Q,” adding: the subject of the sentence spoke.
		s := x.paras[c.para].Text
		if p.speaker != "" && p.cue != "" {
			return p.attribution.in(c.para)
		}
		if sp, toks := sentenceSubject(s, p.toks); sp != "" {
			post.named(s, toks)
			return post.in(c.para)
		}
		return post
	case p.cue != "" && (p.speaker != "" || post.cue == ""):
		return p.attribution.in(c.para)
	case post.cue != "":
		// Kazakh order: Министр «Q» деп атап өтті.
		if toks, ok := subjectOnly(x.paras[c.para].Text, p, lexicon().kkCue.has(strings.ReplaceAll(post.cue, " ", "_"))); ok {
			post.named(x.paras[c.para].Text, toks)
			post.wraps = true
			return post.in(c.para)
		}
		return post.in(c.last)
	case p.headline:
		return p.attribution.in(c.para)
	}
	s := x.paras[c.para].Text
	if toks, cue := pastVerbBefore(s, p); toks != nil {
		// Orr cracked, “Q”: a verb in the past right before the
		// quotation, after its subject, attributes it, cue or not.
		a := attribution{cue: cue, kind: cueSpeech}
		a.named(s, toks)
		return a.withTitleGender(s, toks).in(c.para)
	}
	if p.hasLast && p.last.kind == tkPunct && p.last.r == ':' {
		// X: “Q” inside a paragraph, or a sentence about X ending in a
		// colon: "Pollsters agree - Carl Bialik: “Q”"
		if toks, ok := colonSpeaker(s, p.toks); ok {
			var a attribution
			a.named(s, toks)
			return a.in(c.para)
		}
	}
	if skipSpace(s, 0) == c.open {
		if a := x.colonBefore(c.para); a.found() {
			return a
		}
		return x.subjectBefore(c.para)
	}
	if p.sentence && len(p.toks) == 0 && c.last == c.para {
		return x.sentenceBefore(c.para, c.open)
	}
	return attribution{}
}

// pastVerbBefore returns the subject and the verb of a clause that ends,
// with a comma or a colon, right before a quotation in a verb in the past
// that the lexicon does not hold as a cue and that follows its subject at
// once ("Ann Orr cracked, “Q”"); else nil.
func pastVerbBefore(s string, p pre) ([]token, string) {
	toks := p.toks
	n := len(toks)
	if n < 3 || !p.hasLast || p.last.kind != tkPunct || p.last.r != ',' && p.last.r != ':' || toks[n-2].kind != tkWord {
		return nil, ""
	}
	v := toks[n-2].text(s)
	if !isUnlistedPast(v) {
		return nil, ""
	}
	sp, spToks := sentenceSubject(s, toks[:n-1])
	if sp == "" || spToks[len(spToks)-1].end != toks[n-3].end {
		return nil, "" // the subject is not the verb's: Orr met voters who cheered, “Q”
	}
	return spToks, strings.ToLower(v)
}

// sentenceBefore returns, for a quotation that opens a sentence inside
// paragraph para with no attribution of its own, the person the sentence
// before it is about: the subject of that sentence when it names a person
// and holds no quotation ("Reyes agreed. “Q”").
func (x *extractor) sentenceBefore(para, open int) attribution {
	s := x.paras[para].Text
	e, _ := sentenceStart(s, 0, open)
	if e == 0 {
		return attribution{}
	}
	st, _ := sentenceStart(s, 0, e-1)
	if x.quotedIn(para, st, open) {
		return attribution{}
	}
	return x.personSubject(para, st, e)
}

// quotedIn reports whether a quotation of paragraph para, opening before
// open, ends after st. The spans are in order of their opening, so the
// search goes back from open and stops at the first that ends before st.
func (x *extractor) quotedIn(para, st, open int) bool {
	spans := x.scans[para].spans
	k, _ := slices.BinarySearchFunc(spans, open, func(sp span, open int) int { return cmp.Compare(sp.open, open) })
	for k--; k >= 0; k-- {
		if spans[k].closeEnd > st {
			return true
		}
		if spans[k].closeEnd <= st && spans[k].open < st {
			return false
		}
	}
	return false
}

// personSubject returns, as the speaker, the subject of the sentence
// paras[para][st:e] when it names a person.
func (x *extractor) personSubject(para, st, e int) attribution {
	s := x.paras[para].Text
	toks := x.post.read(s, st, e, 64, 0)
	sp, spToks := sentenceSubject(s, toks)
	if sp == "" || !isPerson(sp) {
		return attribution{}
	}
	var a attribution
	a.named(s, spToks)
	return a.in(para)
}

// wholeSentenceSubject returns the subject of the sentence that holds the
// quotation opening at open, read from its start even when the reading
// before the quotation stopped at the quotation before it in the same
// sentence: "Trump delivered a defense of “Q1,” saying the city embodied
// the “Q2”".
func (x *extractor) wholeSentenceSubject(s string, p pre, open int) ([]token, bool) {
	toks := p.toks
	if ss, _ := sentenceStart(s, 0, open); len(toks) == 0 || ss < toks[0].start {
		x.post.toks = dropAsides(x.post.read(s, ss, open, 64, 0))
		toks = x.post.toks
	}
	sp, spToks := sentenceSubject(s, toks)
	return spToks, sp != ""
}

// Limits of a paragraph read as a headline, in words and in bytes.
const (
	maxHeadline      = 30
	maxHeadlineBytes = 400
)

// headlineSpeaker returns the name that opens a short paragraph set in a
// headline's "X: …" and ends before open: the speaker of the quotations
// in it ("Reyes: Mayor’s ‘Plan Is In Trouble.’").
func (x *extractor) headlineSpeaker(s string, open int) ([]token, bool) {
	if len(s) > maxHeadlineBytes || moreWordsThan(s, maxHeadline) {
		return nil, false
	}
	toks := x.post.read(s, 0, open, 8, 0)
	for k, t := range toks {
		if t.kind == tkPunct && t.r == ':' {
			if !isHeadline(s, toks[:k+1]) {
				return nil, false
			}
			return headlineName(s, toks[:k]), true
		}
	}
	return nil, false
}

// colonSpeaker returns the speaker of a quotation after the colon that
// ends toks: the name right before the colon, or else the subject of the
// sentence when it names a person.
func colonSpeaker(s string, toks []token) ([]token, bool) {
	n := len(toks) - 1
	b := n
	for b > 0 && n-b < 5 && toks[b-1].kind == tkWord && isUpperStart(toks[b-1].text(s)) {
		b--
	}
	if b < n && (b == 0 || toks[b-1].kind != tkWord || !isUpperStart(toks[b-1].text(s))) && isName(s, toks[b:n]) {
		return toks[b:n], true // X: “Q”; doesn't surprise pollster Dana Cole: “Q”
	}
	if sp, spToks := sentenceSubject(s, toks[:n]); sp != "" && (isPerson(sp) || isPronoun(sp) || len(spToks) > 1 && namesSomeone(s, spToks[1:]) && spToks[0].in(lexicon().det)) {
		return spToks, true // and a named body: The Reyes campaign worded it carefully: “Q”
	}
	return nil, false
}

// isPronoun reports whether w is a pronoun that resolution may replace
// with the person it stands for.
func isPronoun(w string) bool {
	_, ok := lookup(lexicon().pronoun, w)
	return ok
}

// isSubjectPronoun reports whether w is a pronoun that may be a speaker:
// one isPronoun knows, or a plural (they, они, олар).
func isSubjectPronoun(w string) bool {
	return isPronoun(w) || lexicon().plural.has(w)
}

// subjectBefore returns, for a quotation that opens paragraph para with
// no attribution of its own, the person the paragraph before is about:
// the subject of its last sentence when it names a person and holds no
// quotation ("Valastro praised Christie’s leadership. ¶ “Q”").
func (x *extractor) subjectBefore(para int) attribution {
	if para == 0 || x.modes[para-1] != modeMarks || x.scans[para-1].pushed {
		return attribution{}
	}
	s := x.paras[para-1].Text
	_, e := trimSpan(s, 0, len(s))
	st, _ := sentenceStart(s, 0, max(0, e-1))
	return x.personSubject(para-1, st, e)
}

// subjectOnly returns the words before a quotation when they are a noun
// phrase of their own, with an optional colon: the speaker of a
// quotation whose cue follows it.
func subjectOnly(s string, p pre, kazakh bool) ([]token, bool) {
	toks := p.toks
	if n := len(toks); n > 0 && toks[n-1].kind == tkPunct && (toks[n-1].r == ':' || toks[n-1].r == ',') {
		toks = toks[:n-1]
	}
	for kazakh && len(toks) > 1 && isKazakhLocative(toks[len(toks)-1].text(s)) {
		toks = toks[:len(toks)-1] // Айбек Смадияров брифингте «Q» деді
	}
	if !p.sentence || (len(toks) > 0 && toks[0].in(lexicon().boundary)) {
		return nil, false // As “Kazinform” reported
	}
	_, ok := nounPhrase(s, toks)
	return toks, ok
}

// isKazakhLocative reports whether w is a Kazakh word in lower case in the
// locative case (брифингте, жиында, отырыста), which tells where the
// speaker spoke and is no part of the speaker.
func isKazakhLocative(w string) bool {
	if isUpperStart(w) || !hasCyrillic(w) {
		return false
	}
	for _, end := range []string{"да", "де", "та", "те"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > 4 {
			return true
		}
	}
	return false
}

// colonBefore reads the attribution at the end of the paragraph before
// para when it ends with a colon: "X told reporters:".
func (x *extractor) colonBefore(para int) attribution {
	if para == 0 || x.modes[para-1] != modeMarks {
		return attribution{}
	}
	s := x.paras[para-1].Text
	_, e := trimSpan(s, 0, len(s))
	if e == 0 || s[e-1] != ':' {
		return attribution{}
	}
	lo := 0
	if m := &x.scans[para-1]; len(m.spans) > 0 {
		lo = m.spans[len(m.spans)-1].closeEnd
	}
	if lo > e {
		return attribution{}
	}
	p := preAttribution(&x.post, s, lo, e)
	if p.cue == "" || p.kind != cueSpeech {
		return attribution{}
	}
	return p.attribution.in(para - 1)
}

// isInitial reports whether a quotation opens its sentence, or follows
// its attribution ("said:", "said,", "told reporters"), rather than being
// quoted inside a sentence of the writer's own.
func isInitial(s string, p pre, text string) bool {
	if !p.hasLast {
		return true
	}
	t := p.last
	switch t.kind {
	case tkDash:
		return true
	case tkPunct:
		if strings.ContainsRune(".!?…:;([", t.r) {
			return true
		}
		// After a comma, a capitalised quotation is a sentence of speech:
		// Later, “We will win.”
		return t.r == ',' && (isUpperStart(text) || p.cue != "" && p.direct && p.kind == cueSpeech)
	case tkWord:
		return p.cue != "" && p.adjacent && p.kind == cueSpeech && isUpperStart(text)
	case tkMark:
		// The closing mark of a title that ended the sentence before:
		// on Channel 5's “Morning Talk.” “Q”
		return strings.ContainsRune(".!?…", textutil.RuneBefore(s, t.start))
	}
	return false
}

// isWhole reports whether the sentence ends right after a quotation whose
// closing mark ends at after.
func isWhole(s string, after int) bool {
	i := skipSpace(s, after)
	r := textutil.RuneAt(s, i)
	return r < 0 || isSentenceEnd(r) || isMarkAt(s, i)
}

// titleLike reports whether a quoted text reads as a name or title
// rather than speech: capitalised, short, without closing punctuation.
func titleLike(text string) bool {
	r, _ := textutil.DecodeLastRune(text)
	return isUpperStart(text) && !moreWordsThan(text, 8) && !isSentenceEnd(r) && r != ','
}

// speechLike reports whether an unattributed quotation opening its
// sentence reads as speech rather than a name: it ends with sentence
// punctuation, makes up its whole sentence, or is long.
func speechLike(text string, whole bool) bool {
	n := countWords(text)
	r, _ := textutil.DecodeLastRune(text)
	switch {
	case n >= 2 && isSentenceEnd(r):
		return true
	case n >= 3 && r == ',':
		return true
	case whole && n >= 3:
		return true
	}
	return n >= 8 && !titleLike(text)
}
