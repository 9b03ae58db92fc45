package quote

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// maxChain bounds the paragraphs one quotation may run over.
const maxChain = 12

// paraMode tells how a paragraph is read.
type paraMode uint8

const (
	modeMarks paraMode = iota // quotations set off by marks
	modeDash                  // a dialogue turn opened by a dash
	modeBlock                 // a block quotation without marks
)

// found is a quotation with what its attribution and speaker resolution
// need to know.
type found struct {
	Quote
	note
}

// note is what attribution knows of a quotation that its Quote does not
// say.
type note struct {
	gender byte // speaker's gender, when the cue or a title tells it
	opens  bool // the quotation opens its paragraph
	turn   bool // an interview turn or unclosed quotation, which never inherits a speaker
	bare   bool // a dialogue turn no author's remark attributes
}

// extractor holds the state of one call of FindParas.
type extractor struct {
	paras []Para
	modes []paraMode
	scans []marks
	out   []Quote
	notes []note // of out, index for index
	pre   window // scratch for the text before a quotation
	post  window // scratch for the text after it
	cache tokenCache
	// ends holds where the two quotations before the current one in its
	// paragraph end, kept or not: attribution reads back over one of
	// them at most, which keeps the work linear in dense text.
	ends [2]int
	// last is the attribution of the latest quotation kept, and lastAt
	// the paragraph and offset just after it: a fragment later in the
	// same sentence goes with it.
	last   attribution
	lastAt [2]int
	// remarks counts the dialogue turns an author's remark attributes:
	// with none, the text is an interview's transcript, whose bare turns
	// are its questions and answers rather than quotations.
	remarks int
}

// Room is made ahead for a quotation at each pair of marks, but for no
// more than maxPrealloc and one in each quoteBytes of the text beyond
// them: a text of scare quotes makes many pairs and few quotations, and a
// quotation with its attribution is rarely shorter.
const (
	maxPrealloc = 4096
	quoteBytes  = 16
)

func newExtractor(ps []Para) *extractor {
	x := &extractor{paras: ps, modes: make([]paraMode, len(ps)), scans: make([]marks, len(ps))}
	x.pre.cache, x.post.cache = &x.cache, &x.cache
	n, size := 0, 0
	for i, p := range ps {
		x.scans[i] = scanMarks(p.Text)
		x.modes[i] = x.modeOf(i)
		n += len(x.scans[i].spans)
		size += len(p.Text)
	}
	room := min(n, maxPrealloc+size/quoteBytes)
	x.out, x.notes = make([]Quote, 0, room), make([]note, 0, room)
	return x
}

// modeOf decides how paragraph i is read.
func (x *extractor) modeOf(i int) paraMode {
	s := x.paras[i].Text
	lead := skipSpace(s, 0)
	m := &x.scans[i]
	startsQuoted := (m.hasTail && m.tail.open == lead) || (len(m.spans) > 0 && m.spans[0].open == lead)
	if x.paras[i].Block && !startsQuoted {
		return modeBlock
	}
	if isTurnDash(s, lead) && hasCyrillic(s) {
		return modeDash
	}
	return modeMarks
}

// isTurnDash reports whether a dialogue dash stands at s[i], followed by a
// space.
func isTurnDash(s string, i int) bool {
	r, w := textutil.DecodeRune(s[i:])
	return (isDash(r) || r == '-') && isSpace(textutil.RuneAt(s, i+w))
}

// run reads every paragraph.
func (x *extractor) run() {
	from := 0
	for i := 0; i < len(x.paras); {
		switch x.modes[i] {
		case modeDash:
			x.dashTurn(i)
			i++
		case modeBlock:
			i = x.block(i)
		default:
			i, from = x.markParagraph(i, from)
		}
	}
}

// markParagraph reads the quotations of paragraph i that start at or
// after from, and returns where reading goes on.
func (x *extractor) markParagraph(i, from int) (next, nextFrom int) {
	m := &x.scans[i]
	s := x.paras[i].Text
	lo := from
	x.ends = [2]int{from, from}
	spans := m.spans
	if m.hasTail && m.tail.open >= from {
		if c, j, f, ok := x.chain(i); ok && onlyNested(spans[m.tail.pairMark:], m.tail.opener) {
			x.emitSpans(i, spans[:m.tail.pairMark], from, &lo)
			x.emit(c, &lo)
			return j, f
		}
		if m.tail.open == skipSpace(s, 0) && len(spans) == m.tail.pairMark {
			x.emitSpans(i, spans, from, &lo)
			st, en := trimSpan(s, m.tail.textStart, len(s))
			c := cand{para: i, start: st, end: en, text: s[st:en], open: m.tail.open, last: i, after: len(s), unclosed: true}
			if cut, a, ok := x.attributionInside(s, st, en); ok {
				// “Q, the senator said as the crowd cheered.
				c.end, c.text, c.after, c.attr, c.fixed = cut, s[st:cut], cut, a.in(i), true
			}
			x.emit(c, &lo)
			return i + 1, 0
		}
	}
	x.emitSpans(i, spans, from, &lo)
	return i + 1, 0
}

// emitSpans reads the closed quotations of paragraph i that open at or
// after from.
func (x *extractor) emitSpans(i int, spans []span, from int, lo *int) {
	s := x.paras[i].Text
	for _, sp := range spans {
		if sp.open < from {
			continue
		}
		if in, ok := findInsertion(&x.post, s, sp.textStart, sp.textEnd, true); ok {
			in.attr = in.attr.in(i)
			st, en := trimSpan(s, sp.textStart, in.q1End)
			x.emit(cand{para: i, start: st, end: en, text: s[st:en], open: sp.open, last: i, after: sp.closeEnd, attr: in.attr, fixed: true}, lo)
			st, en = trimSpan(s, in.resume, sp.textEnd)
			x.emit(cand{para: i, start: st, end: en, text: s[st:en], open: sp.open, last: i, after: sp.closeEnd, attr: in.attr, fixed: true}, lo)
			continue
		}
		st, en := trimSpan(s, sp.textStart, sp.textEnd)
		x.emit(cand{para: i, start: st, end: en, text: s[st:en], open: sp.open, last: i, after: sp.closeEnd}, lo)
	}
}

// maxInsideCommas bounds the commas of an unclosed quotation read for an
// attribution inside it.
const maxInsideCommas = 4

// attributionInside looks in the unclosed quotation s[st:en] for the
// attribution its missing closing mark should have set off, after one of
// its first commas: "“Q, the senator said as the crowd cheered." A
// speaker in the first or second person is the speech's own ("“Q, I
// think, …"). It returns where the speech ends and the attribution.
func (x *extractor) attributionInside(s string, st, en int) (cut int, a attribution, ok bool) {
	seen := 0
	for i := st; i < en && seen < maxInsideCommas; i++ {
		if s[i] != ',' {
			continue
		}
		seen++
		a = postAttribution(&x.post, s[:en], i+1, ',')
		if a.speaker != "" && a.cue != "" && !lexicon().firstPerson.has(a.speaker) {
			return i + 1, a, true
		}
	}
	return 0, attribution{}, false
}

// onlyNested reports whether none of spans opens with the mark opener:
// a quotation left open that is followed by one closed with the same
// marks was opened by a stray mark.
func onlyNested(spans []span, opener rune) bool {
	for _, sp := range spans {
		if sp.opener == opener {
			return false
		}
	}
	return true
}

// isFragmentStart reports whether the quotation opening at s[open], its
// text at s[text:], is a fragment inside the writer's sentence: it starts
// in lower case right after a word that is no cue ("is “rather a
// vague idea”").
func isFragmentStart(s string, open, text int) bool {
	if isUpperStart(s[text:]) || !textutil.IsWordRune(textutil.RuneAt(s, text)) {
		return false
	}
	e := open
	for e > 0 && isSpace(textutil.RuneBefore(s, e)) {
		e -= utf8.RuneLen(textutil.RuneBefore(s, e))
	}
	if !textutil.IsWordRune(textutil.RuneBefore(s, e)) {
		return false
	}
	b := e
	for b > 0 && textutil.IsWordRune(textutil.RuneBefore(s, b)) {
		b -= utf8.RuneLen(textutil.RuneBefore(s, b))
	}
	_, cue := lookup(lexicon().cues, s[b:e])
	return !cue
}

// chain joins the quotation left open at the end of paragraph i with the
// paragraphs that go on with it: each opening with the same mark (the
// English habit) or without marks until a closing one (the Russian habit).
// It returns the quotation and the paragraph and offset reading goes on at.
func (x *extractor) chain(i int) (c cand, next, from int, ok bool) {
	t := x.scans[i].tail
	s := x.paras[i].Text
	st, en := trimSpan(s, t.textStart, len(s))
	if isFragmentStart(s, t.open, st) {
		return cand{}, 0, 0, false // a fragment left open runs into no paragraph after
	}
	c = cand{para: i, start: st, end: en, open: t.open}
	parts := []string{s[st:en]}
	english, russian := false, false // which habit the paragraphs so far follow
	for k := i + 1; k < len(x.paras) && k <= i+maxChain; k++ {
		if x.modes[k] != modeMarks {
			break
		}
		s2, m2 := x.paras[k].Text, &x.scans[k]
		lead := skipSpace(s2, 0)
		if lead == len(s2) {
			continue
		}
		if r, _, _ := markAt(s2, lead); r == t.opener {
			if russian {
				break
			}
			english = true
			if m2.hasTail && m2.tail.open == lead {
				a, b := trimSpan(s2, m2.tail.textStart, len(s2))
				parts = append(parts, s2[a:b])
				continue
			}
			if len(m2.spans) > 0 && m2.spans[0].open == lead {
				sp := m2.spans[0]
				a, b := trimSpan(s2, sp.textStart, sp.textEnd)
				parts = append(parts, s2[a:b])
				c.last, c.after, c.text = k, sp.closeEnd, strings.Join(parts, "\n")
				return c, k, sp.closeEnd, true
			}
			break
		}
		if o, found := m2.orphanFor(t.opener); found {
			a, b := trimSpan(s2, 0, o.pos)
			parts = append(parts, s2[a:b])
			c.last, c.after, c.text = k, o.end, strings.Join(parts, "\n")
			return c, k, o.end, true
		}
		if m2.pushed || len(m2.orphans) > 0 || english {
			break
		}
		russian = true
		a, b := trimSpan(s2, 0, len(s2))
		parts = append(parts, s2[a:b])
	}
	return cand{}, 0, 0, false
}

// add appends a quotation to the result.
func (x *extractor) add(f found) {
	x.out = append(x.out, f.Quote)
	x.notes = append(x.notes, f.note)
}

// finish orders the quotations, gives unattributed follow-ups the
// speaker of the quotation before them, resolves pronouns and returns the
// result.
func (x *extractor) finish() []Quote {
	if x.remarks == 0 {
		x.dropBare()
	}
	if len(x.out) == 0 {
		return nil
	}
	x.sortByPlace()
	inherit(x.out, x.notes)
	resolvePronouns(x.out, x.notes, x.paras, x.modes, &x.cache)
	if cap(x.out) > 2*len(x.out) {
		return slices.Clone(x.out) // room made for pairs of marks that quote nothing
	}
	return slices.Clip(x.out)
}

// dropBare drops the dialogue turns no author's remark attributes.
func (x *extractor) dropBare() {
	k := slices.IndexFunc(x.notes, func(n note) bool { return n.bare })
	if k < 0 {
		return
	}
	for i := k + 1; i < len(x.out); i++ {
		if !x.notes[i].bare {
			x.out[k], x.notes[k] = x.out[i], x.notes[i]
			k++
		}
	}
	clear(x.out[k:])
	x.out, x.notes = x.out[:k], x.notes[:k]
}

// sortByPlace puts the quotations, found mostly in order already, in the
// order of their places in the text, each note with its quotation.
func (x *extractor) sortByPlace() {
	byPlace := func(a, b Quote) int {
		return cmp.Or(cmp.Compare(a.Paragraph, b.Paragraph), cmp.Compare(a.Start, b.Start))
	}
	if slices.IsSortedFunc(x.out, byPlace) {
		return
	}
	fs := make([]found, len(x.out))
	for i := range fs {
		fs[i] = found{x.out[i], x.notes[i]}
	}
	// A stable sort's merging costs O(n log² n) comparisons even on
	// sorted input, hence the test above.
	slices.SortStableFunc(fs, func(a, b found) int { return byPlace(a.Quote, b.Quote) })
	for i, f := range fs {
		x.out[i], x.notes[i] = f.Quote, f.note
	}
}

// inherit gives an unattributed whole quotation the speaker of the
// quotation before it in its paragraph, or in the paragraph before when
// the quotation opens its paragraph; a quotation over several
// paragraphs is in each of them.
func inherit(fs []Quote, notes []note) {
	for i := 1; i < len(fs); i++ {
		f, prev, n := &fs[i], &fs[i-1], &notes[i]
		if f.Speaker != "" || f.Cue != "" && !isGerund(f.Cue) || f.Partial || n.turn || prev.Speaker == "" || notes[i-1].turn {
			continue
		}
		if spans(prev, f.Paragraph) || (n.opens && spans(prev, f.Paragraph-1)) {
			f.Speaker, f.Cue, n.gender = prev.Speaker, cmp.Or(f.Cue, prev.Cue), notes[i-1].gender
			f.SpeakerParagraph, f.SpeakerStart, f.SpeakerEnd = prev.SpeakerParagraph, prev.SpeakerStart, prev.SpeakerEnd
		}
	}
}
