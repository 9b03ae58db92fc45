package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// Limits of pronoun resolution.
const (
	maxPersons      = 16 // named persons remembered
	ambiguityWindow = 8  // paragraphs within which two persons make a pronoun ambiguous
)

// person is a named speaker met so far.
type person struct {
	name   string
	gender byte
	para   int       // paragraph of the latest quotation, or of the mention
	at     mentionAt // where the name is written
}

// resolver replaces pronoun speakers with the persons they stand for.
type resolver struct {
	fs    []Quote
	notes []note // of fs, index for index
	paras []Para
	modes []paraMode
	hist  []person // named speakers so far, the most recent last
	buf   window
	names []mention
}

// resolvePronouns replaces a pronoun speaker (he, she, он, она, ол) with
// the person it stands for, when that is unambiguous:
//
//   - the person named in the latest sentence before the quotation's own
//     that names one whose gender agrees, since the quotation before it
//     ("Transport director Tom Reyes defended the plan. “…,” he said."),
//     or in the quotation's own sentence before a pronoun written ahead
//     of it ("Ann Orr was at the meeting, where she said, “…”"), or
//     before the quotation when the pronoun follows it ("Ann Orr fired
//     back: “…,” she wrote");
//   - the person who spoke or was named with a title before, whose
//     surname alone opens the quotation's own sentence as its subject
//     ("Orr fired back: “…,” she wrote");
//   - otherwise the most recent named speaker, or person named with a
//     title just before the quotation, whose gender agrees, when no other
//     such person spoke or was named within ambiguityWindow paragraphs.
//
// Two such persons named in one sentence leave the pronoun as it is. A
// person's gender is told by a title, a Russian past-tense verb, or a
// pronoun resolved to them before. The text is read through cache.
func resolvePronouns(fs []Quote, notes []note, paras []Para, modes []paraMode, cache *tokenCache) {
	r := resolver{fs: fs, notes: notes, paras: paras, modes: modes, buf: window{cache: cache}}
	for i := range fs {
		r.resolve(i)
		r.remember(i)
	}
}

// resolve resolves the speaker of fs[i] when it is a pronoun.
func (r *resolver) resolve(i int) {
	lx := lexicon()
	f, n := &r.fs[i], &r.notes[i]
	if role := officeOf(f.Speaker); role != "" {
		r.resolveOffice(i, role)
		return
	}
	if f.Speaker == "" || strings.IndexByte(f.Speaker, ' ') >= 0 {
		return // nobody, or a name of words: no pronoun has a space
	}
	g, ok := lookup(lx.pronoun, f.Speaker)
	if !ok {
		g, ok = lookup(lx.possessive, f.Speaker) // по его словам
	}
	if !ok {
		return
	}
	if g == 0 {
		g = n.gender
	}
	m, found := r.local(i, g)
	if !found {
		m, found = r.ownSubject(i, g)
	}
	if !found {
		m, found = r.previousSpeaker(i, g)
	}
	if !found {
		k, cands := r.fromHistory(i, g)
		if k < 0 {
			return
		}
		m = cands[k]
	}
	if m.name == "" {
		return // ambiguous
	}
	gender := m.gender
	f.Speaker = m.name
	f.SpeakerParagraph, f.SpeakerStart, f.SpeakerEnd = m.at.para, m.at.start, m.at.end
	switch {
	case g != 0:
		n.gender = g
	case n.gender == 0:
		n.gender = gender
	}
}

// officeOf returns the noun of an office that the speaker sp names its
// holder by alone, in lower case ("the minister", "министр"), or "".
func officeOf(sp string) string {
	w := sp
	if rest, ok := strings.CutPrefix(sp, "the "); ok {
		w = rest
	}
	if w == "" || strings.IndexByte(w, ' ') >= 0 || isUpperStart(w) || !lexicon().offices.has(w) {
		return ""
	}
	return w
}

// resolveOffice replaces the speaker of fs[i], the holder of the office
// role ("the minister said"), with the one person of the speakers so far
// and those named just before it whose name as written, or the clause
// before it, holds the office ("Foreign Minister Ann Orr", "Министр
// финансов Анна Орлова"), within ambiguityWindow paragraphs; two such
// persons leave it as it is.
func (r *resolver) resolveOffice(i int, role string) {
	f, n := &r.fs[i], &r.notes[i]
	r.mentions(f.Paragraph, r.since(i), f.Start)
	named := make([]person, 0, len(r.names))
	for _, m := range r.names {
		if isUpperStart(m.name) {
			named = append(named, m.person)
		}
	}
	cands := withMentions(r.hist, named)
	k := -1
	for j := len(cands) - 1; j >= 0; j-- {
		if c := cands[j]; f.Paragraph-c.para <= ambiguityWindow && (holdsWord(c.name, role) || hasCyrillic(role) && holdsWord(r.before(c.at), role)) {
			if k >= 0 {
				return // two holders of the office
			}
			k = j
		}
	}
	if k < 0 {
		return
	}
	m := cands[k]
	f.Speaker = m.name
	f.SpeakerParagraph, f.SpeakerStart, f.SpeakerEnd = m.at.para, m.at.start, m.at.end
	if n.gender == 0 {
		n.gender = m.gender
	}
}

// officeReach is how many bytes before a name are read for the office
// its holder is named with, in a language whose titles take a complement
// in lower case ("Министр финансов Анна Орлова"), and officeWords how
// many words.
const (
	officeReach = 48
	officeWords = 3
)

// before returns the last officeWords words of the clause before the name
// written at at, within officeReach bytes.
func (r *resolver) before(at mentionAt) string {
	if at.para < 0 || at.para >= len(r.paras) || at.start > len(r.paras[at.para].Text) {
		return ""
	}
	s := r.paras[at.para].Text[:at.start]
	i := max(0, len(s)-officeReach)
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	s = s[i:]
	if k := strings.LastIndexAny(s, ".,;:!?«»“”\""); k >= 0 {
		s = s[k+1:]
	}
	if ws := strings.Fields(s); len(ws) > officeWords {
		return strings.Join(ws[len(ws)-officeWords:], " ")
	}
	return s
}

// holdsWord reports whether the name as written holds the word w, in any
// letter case: "Foreign Minister Ann Orr" holds "minister".
func holdsWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// local looks for the person a pronoun of gender g stands for among those
// named in the sentences since the quotation before fs[i]. found is false
// when none is named; the name is "" when the sentence names two.
func (r *resolver) local(i int, g byte) (p person, found bool) {
	r.names = r.localNames(i)
	best := -1
	for k := len(r.names) - 1; k >= 0; k-- {
		m := &r.names[k]
		if !agrees(g, m.gender) {
			continue
		}
		if !m.subject && (g == 0 || m.gender != g) {
			return person{}, true // the person is not who the sentence is about
		}
		if best < 0 {
			best = k
			continue
		}
		if m.sent != r.names[best].sent {
			break
		}
		if !sameSurname(m.name, r.names[best].name) {
			return person{}, true
		}
	}
	if best < 0 {
		return person{}, false
	}
	m := r.names[best].person
	for _, h := range r.hist {
		if sameSurname(h.name, m.name) && agrees(m.gender, h.gender) {
			m.name, m.at = h.name, h.at
			m.gender = max(m.gender, h.gender)
		}
	}
	return m, true
}

// localNames returns the persons named before fs[i] in its paragraph,
// after the sentence of the quotation before it there and before the
// quotation's own sentence; when the quotation opens its paragraph, the
// end of the paragraph before counts too, unless it holds a quotation.
func (r *resolver) localNames(i int) []mention {
	f := &r.fs[i]
	p := f.Paragraph
	s := r.paras[p].Text
	out := r.names[:0]
	from := 0
	switch {
	case i > 0 && r.fs[i-1].Paragraph == p:
		from = sentenceAfter(s, min(r.fs[i-1].End, f.Start), min(f.Start, len(s)))
	case i > 0 && spans(&r.fs[i-1], p):
		return out
	case p > 0 && r.opensParagraph(f, s) && (i == 0 || !spans(&r.fs[i-1], p-1)) && !r.paras[p-1].Block:
		prev := r.paras[p-1].Text
		out = personsIn(&r.buf, out, prev, max(0, len(prev)-mentionWindow), len(prev), p-1, 0)
	}
	to, _ := sentenceStart(s, from, min(f.Start, len(s)))
	switch {
	case f.SpeakerParagraph == p && f.SpeakerStart > to && f.SpeakerEnd <= f.Start:
		to = f.SpeakerStart // Ann Orr was at the meeting, where she said, “Q”
	case f.SpeakerParagraph == p && f.SpeakerStart >= f.End && f.Start <= len(s) && hasWord(s[to:f.Start]):
		to = f.Start // Orr fired back: “Q,” she wrote
	}
	return personsIn(&r.buf, out, s, max(from, to-mentionWindow), to, p, 1<<20)
}

// opensParagraph reports whether the quotation f opens its paragraph s,
// or its pronoun speaker does, written in the paragraph's first sentence
// before it (По его словам, «…»).
func (r *resolver) opensParagraph(f *Quote, s string) bool {
	if !hasWord(s[:min(f.Start, len(s))]) {
		return true
	}
	if !isPossessivePronoun(f.Speaker) || f.SpeakerParagraph != f.Paragraph || f.SpeakerEnd > f.Start {
		return false
	}
	start, _ := sentenceStart(s, 0, min(f.SpeakerStart, len(s)))
	return !hasWord(s[:start])
}

// spans reports whether the quotation f runs into paragraph p.
func spans(f *Quote, p int) bool {
	return f.Paragraph <= p && f.Paragraph+strings.Count(f.Text, "\n") >= p
}

// sentenceAfter returns where the first sentence after s[i] starts, or
// end when none does before it.
func sentenceAfter(s string, i, end int) int {
	for i < end {
		if c := s[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // no ASCII byte but these ends a sentence
			continue
		}
		r, w := textutil.DecodeRune(s[i:end])
		if isSentenceEnd(r) && !(r == '.' && abbrevBefore(s, i)) {
			if j := i + w; j == len(s) || isSpace(textutil.RuneAt(s, j)) {
				return j
			}
		}
		i += w
	}
	return end
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if textutil.IsWordRune(r) {
			return true
		}
	}
	return false
}

// previousSpeaker returns, for a Russian or Kazakh pronoun, the person who
// spoke the quotation right before fs[i] in its paragraph, or at the end
// of the paragraph before when fs[i] opens its own, named there and of a
// gender that agrees with the pronoun: "«Q1», — сказал мэр Сергей
// Собянин. «Q2», — добавил он." found is false otherwise. The
// sentences between name nobody, or local would have found them. English
// news leaves such a "he" as written more often than not when others have
// spoken before.
func (r *resolver) previousSpeaker(i int, g byte) (p person, found bool) {
	if i == 0 {
		return person{}, false
	}
	f, prev := &r.fs[i], &r.fs[i-1]
	opens, gender := r.notes[i].opens, r.notes[i-1].gender
	if !hasCyrillic(f.Speaker) || !spans(prev, f.Paragraph) && !(opens && spans(prev, f.Paragraph-1)) || prev.Speaker == "" || isPronoun(prev.Speaker) || !agrees(g, gender) || !isPerson(prev.Speaker) {
		return person{}, false
	}
	return person{name: prev.Speaker, gender: gender, para: prev.Paragraph,
		at: mentionAt{para: prev.SpeakerParagraph, start: prev.SpeakerStart, end: prev.SpeakerEnd}}, true
}

// maxOpening bounds the tokens of the opening of a sentence read for its
// subject: its leading phrases, the subject and the verb.
const maxOpening = 24

// ownSubject returns the person that the pronoun of the quotation fs[i]
// stands for when the sentence opens, before the pronoun and the
// quotation, with that person's surname alone as its subject ("Orr fired
// back: “Q,” she wrote"; "Orr criticised what she called “Q”"), the
// person being one who spoke or was named with a title before. found is
// false when the sentence opens otherwise; the name is "" when two such
// persons share the surname.
func (r *resolver) ownSubject(i int, g byte) (p person, found bool) {
	f := &r.fs[i]
	s := r.paras[f.Paragraph].Text
	open := min(f.Start, len(s))
	if f.SpeakerParagraph != f.Paragraph {
		return person{}, false
	}
	if f.SpeakerEnd <= f.Start {
		open = f.SpeakerStart // Orr criticised what she called “Q”
	}
	lo := 0
	if i > 0 && r.fs[i-1].Paragraph == f.Paragraph {
		lo = max(0, min(r.fs[i-1].End, open)-1) // the last letter of the quotation before, its full stop perhaps
	}
	start, _ := sentenceStart(s, lo, open)
	if lo > 0 && start == lo {
		return person{}, false // the sentence runs on from the quotation before
	}
	sp, spToks := sentenceSubject(s, r.buf.read(s, start, open, maxOpening, 0))
	if len(spToks) != 1 || !isUpperStart(sp) || isFunctionWord(sp) {
		return person{}, false
	}
	for _, c := range withMentions(r.hist, r.mentions(f.Paragraph, 0, start)) {
		if c.name == sp || !sameSurname(c.name, sp) || !agrees(g, c.gender) {
			continue
		}
		if found && p.name != c.name {
			return person{}, true
		}
		p, found = c, true
	}
	return p, found
}

// fromHistory returns the candidates for the pronoun of fs[i] from the
// speakers so far and the persons named with a title just before it, and
// the index of the one it stands for, -1 when there is none or it is
// ambiguous.
func (r *resolver) fromHistory(i int, g byte) (int, []person) {
	f := &r.fs[i]
	cands := withMentions(r.hist, r.mentions(f.Paragraph, r.since(i), f.Start))
	k := pick(cands, g, f.Paragraph, r.nobodyBetween)
	if k >= 0 && r.lastSpeaker(i) != cands[k].name && !onlyOfGender(cands, k, g) {
		return -1, cands // someone else spoke last, and the gender does not tell
	}
	return k, cands
}

// since returns where in its paragraph the text read for the speaker of
// fs[i] starts: after the quotation before it in the same paragraph, or
// at the paragraph's start.
func (r *resolver) since(i int) int {
	if i > 0 && r.fs[i-1].Paragraph == r.fs[i].Paragraph {
		return min(r.fs[i-1].End, r.fs[i].Start)
	}
	return 0
}

// maxLookBack bounds the unattributed quotations passed over to find
// who spoke last.
const maxLookBack = 8

// lastSpeaker returns the speaker of the latest attributed quotation
// before fs[i], passing over unattributed ones such as interview turns.
func (r *resolver) lastSpeaker(i int) string {
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		if r.fs[j].Speaker != "" {
			return r.fs[j].Speaker
		}
	}
	return ""
}

// onlyOfGender reports whether cands[k] is the only one of cands of the
// known gender g.
func onlyOfGender(cands []person, k int, g byte) bool {
	if g == 0 || cands[k].gender != g {
		return false
	}
	for j, c := range cands {
		if j != k && c.gender == g {
			return false
		}
	}
	return true
}

// mentions returns the persons named with a title ("President
// Kassym-Jomart Tokayev", "Mr. Smith") in the text shortly before the
// quotation that starts at paras[p][start:], not looking back past
// paras[p][lo:], in order: the end of paragraph p-1 first when lo is 0,
// then paragraph p up to the quotation's sentence, whose names are not
// the pronoun's.
func (r *resolver) mentions(p, lo, start int) []person {
	ms := r.names[:0]
	if p > 0 && lo == 0 {
		s := r.paras[p-1].Text
		ms = personsIn(&r.buf, ms, s, max(0, len(s)-mentionWindow), len(s), p-1, 0)
	}
	s := r.paras[p].Text
	end, _ := sentenceStart(s, lo, min(start, len(s)))
	ms = personsIn(&r.buf, ms, s, max(lo, end-mentionWindow), end, p, 0)
	r.names = ms
	var out []person
	for _, m := range ms {
		if m.titled && isUpperStart(m.name) {
			m.para = p
			out = append(out, m.person)
		}
	}
	return out
}

// remember records the speaker of fs[i] among the named persons.
func (r *resolver) remember(i int) {
	f, gender := &r.fs[i], r.notes[i].gender
	if f.Speaker == "" || !isPerson(f.Speaker) || lexicon().firstPerson.has(f.Speaker) {
		return // nobody, a body, or the writer ("I"), whom no he or she stands for
	}
	para := max(f.Paragraph, f.SpeakerParagraph)
	for k := range r.hist {
		if r.hist[k].name == f.Speaker {
			if gender != 0 {
				r.hist[k].gender = gender
			}
			r.hist = touch(r.hist, k, para)
			return
		}
	}
	if len(r.hist) == maxPersons {
		r.hist = append(r.hist[:0], r.hist[1:]...)
	}
	at := mentionAt{f.SpeakerParagraph, f.SpeakerStart, f.SpeakerEnd}
	r.hist = append(r.hist, person{name: f.Speaker, gender: gender, para: para, at: at})
}

// agrees reports whether the genders a and b, 0 when unknown, agree.
func agrees(a, b byte) bool {
	return a == 0 || b == 0 || a == b
}

// withMentions returns the persons of hist followed by those of ms, as
// the most recent; a mention of a speaker in hist, by surname, moves that
// speaker to the end instead.
func withMentions(hist, ms []person) []person {
	if len(ms) == 0 {
		return hist
	}
	out := append([]person(nil), hist...)
	for _, m := range ms {
		k := -1
		for j := range out {
			if sameSurname(out[j].name, m.name) {
				k = j
			}
		}
		if k < 0 {
			out = append(out, m)
			continue
		}
		if out[k].gender == 0 {
			out[k].gender = m.gender
		}
		out = touch(out, k, m.para)
	}
	return out
}

// pick returns the index of the person a pronoun of gender g in paragraph
// para stands for, or -1 when there is none or it is ambiguous: the most
// recent person whose gender agrees, who spoke or was named in this
// paragraph or the one before, or earlier when the only one of that
// gender, with no other such person within ambiguityWindow paragraphs.
func pick(hist []person, g byte, para int, nobodyBetween func(from, to int) bool) int {
	first, others := -1, 0
	for k := len(hist) - 1; k >= 0; k-- {
		if !agrees(g, hist[k].gender) {
			continue
		}
		if first < 0 {
			first = k
			continue
		}
		if hist[k].para >= para-ambiguityWindow {
			return -1
		}
		others++
	}
	if first >= 0 && !nobodyBetween(hist[first].para, para) && (g == 0 || hist[first].gender != g || others > 0) {
		return -1
	}
	return first
}

// nobodyBetween reports whether the paragraphs between from and to, if
// any, are all turns of an interview, which its speaker goes on with, or
// hold no capitalised word but those that open a sentence.
func (r *resolver) nobodyBetween(from, to int) bool {
	if to-from > maxChain {
		return false
	}
	for p := from + 1; p < to; p++ {
		if r.modes[p] == modeDash {
			continue
		}
		if namesAny(r.paras[p].Text) {
			return false
		}
	}
	return true
}

// maxNameless bounds the bytes of a paragraph read for a name; a longer
// one is taken to name someone.
const maxNameless = 2000

// namesAny reports whether s holds a capitalised word that does not open
// a sentence: a name.
func namesAny(s string) bool {
	if len(s) > maxNameless {
		return true
	}
	opens := true
	for i := 0; i < len(s); {
		r, w := textutil.DecodeRune(s[i:])
		switch {
		case textutil.IsWordRune(r):
			if !opens && isUpperStart(s[i:]) {
				return true
			}
			opens = false
			i = max(wordEnd(s, i), i+w)
			continue
		case isSentenceEnd(r):
			opens = true
		}
		i += w
	}
	return false
}

// touch moves hist[k] to the end, as the most recent, seen in para.
func touch(hist []person, k, para int) []person {
	p := hist[k]
	p.para = para
	copy(hist[k:], hist[k+1:])
	hist[len(hist)-1] = p
	return hist
}

// isPerson reports whether a speaker reads as a named person: it ends in
// a capitalised name and is neither a body nor a phrase like "the
// message", nor a role whose name is a body's after a preposition
// ("editor at large of The Ledger").
func isPerson(sp string) bool {
	lx := lexicon()
	first, last, lastLower := "", "", ""
	for rest := sp; rest != ""; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			break
		}
		if first == "" {
			first = w
		}
		if lx.org.has(strings.Trim(w, ",.")) {
			return false
		}
		if !isUpperStart(w) {
			lastLower = w
		}
		last = w
	}
	if first == "" || !isUpperStart(last) || isAcronym(last) || lx.det.has(first) {
		return false
	}
	return isUpperStart(first) || !(lastLower == "of" || lx.prep.has(lastLower)) // a preposition before the name
}

// nextField returns the first word of s, separated by spaces, and the
// text after it.
func nextField(s string) (field, rest string) {
	i := skipSpace(s, 0)
	j := i
	for j < len(s) {
		r, w := textutil.DecodeRune(s[j:])
		if isSpace(r) {
			break
		}
		j += w
	}
	return s[i:j], s[j:]
}
