package quote

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// insertion is an author's remark set into speech with dashes:
// «Q1, — отметил X, — Q2» or — Q1, — сказал он. — Q2.
type insertion struct {
	q1End  int // end of the speech before the remark
	resume int // start of the speech after it; -1 when none follows
	attr   attribution
}

// findInsertion looks in s[from:to] for an author's remark set off by a
// dash and holding a cue. With needResume, the remark must be followed by
// a second dash and more speech.
func findInsertion(buf *window, s string, from, to int, needResume bool) (insertion, bool) {
	for i := from; i < to; {
		if c := s[i]; c != '-' && c != 0xE2 {
			i++ // neither '-' nor the first byte of a dash (see TestDashesLeadE2)
			continue
		}
		r, w := textutil.DecodeRune(s[i:to])
		if (isDash(r) || r == '-') && i > from && (isSpace(textutil.RuneBefore(s, i)) || textutil.RuneBefore(s, i) == ',') && (isSpace(textutil.RuneAt(s, i+w)) || textutil.IsWordRune(textutil.RuneAt(s, i+w)) && isDash(r)) {
			if in, ok := remarkAt(buf, s, from, i, i+w, to); ok && (in.resume >= 0 || !needResume) {
				return in, true
			}
		}
		i += w
	}
	return insertion{}, false
}

// remarkAt reads the remark after the dash s[d:e] within s[from:to].
func remarkAt(buf *window, s string, from, d, e, to int) (insertion, bool) {
	_, q1End := trimSpan(s, from, d)
	pr := textutil.RuneBefore(s, q1End)
	if q1End <= from || !strings.ContainsRune(",!?….", pr) {
		return insertion{}, false
	}
	toks := buf.read(s, e, to, 24, 2)
	stop := 0
	for stop < len(toks) && !isClauseStop(toks[stop]) {
		stop++
	}
	a := parseClause(s, toks[:stop], false)
	if a.cue == "" || a.speaker == "" && a.kind != cueSpeech {
		return insertion{}, false
	}
	in := insertion{q1End: q1End, resume: -1, attr: a}
	if pr == ',' {
		in.q1End -= len(",")
	}
	switch {
	case stop < len(toks) && toks[stop].kind == tkDash:
		in.resume = toks[stop].end
	case stop+1 < len(toks) && toks[stop].kind == tkPunct && isSentenceEnd(toks[stop].r) && toks[stop+1].kind == tkDash:
		in.resume = toks[stop+1].end
	}
	if in.resume >= 0 && skipSpace(s, in.resume) >= to {
		in.resume = -1
	}
	return in, true
}

// dashTurn reads paragraph i, a dialogue opened by a dash. Each turn
// runs to the next dash that follows the end of a sentence and opens a
// capitalised one ("— Когда? — Завтра."): the speech of a turn gets the
// attribution of an author's remark set into it, and the turn after a
// remark that ends its sentence ("— Q1, — сказал он. — Q2.") goes on
// with the same speaker; a turn without one is unattributed.
func (x *extractor) dashTurn(i int) {
	s := x.paras[i].Text
	lead := skipSpace(s, 0)
	_, w := textutil.DecodeRune(s[lead:])
	var carry attribution // the speaker a turn after a remark goes on with
	for b := skipSpace(s, lead+w); b < len(s); {
		brk, next := turnBreak(s, b)
		in, ok := findInsertion(&x.post, s, b, brk, false)
		switch {
		case ok:
			x.remarks++
			st, en := trimSpan(s, b, in.q1End)
			x.addTurn(i, st, en, in.attr, false)
			carry = attribution{}
			if in.resume >= 0 {
				st, en = trimSpan(s, in.resume, brk)
				x.addTurn(i, st, en, in.attr, false)
			} else {
				carry = in.attr
			}
		case carry.found():
			st, en := trimSpan(s, b, brk)
			x.addTurn(i, st, en, carry, false)
			carry = attribution{}
		default:
			if st, en := trimSpan(s, b, brk); isTurn(s[st:en]) {
				x.addTurn(i, st, en, attribution{}, true)
			}
		}
		b = next
	}
}

// turnBreak returns where the turn that starts at s[b] ends, at the dash
// that opens the next turn, and where the next turn's text starts:
// len(s) for both when the turn runs to the end.
func turnBreak(s string, b int) (end, next int) {
	for i := b; i < len(s); {
		r, w := textutil.DecodeRune(s[i:])
		if (isDash(r) || r == '-') && i > b && isSpace(textutil.RuneBefore(s, i)) && isSpace(textutil.RuneAt(s, i+w)) {
			_, e := trimSpan(s, b, i)
			t := skipSpace(s, i+w)
			if endsSentence(s[b:e]) && isUpperStart(skipMark(s[t:])) {
				return i, t
			}
		}
		i += w
	}
	return len(s), len(s)
}

// isTurn reports whether the text after a dash reads as a turn of
// speech rather than an item of a list: it starts with a capital and ends
// a sentence.
func isTurn(text string) bool {
	r, _ := textutil.DecodeLastRune(text)
	return isUpperStart(skipMark(text)) && (isSentenceEnd(r) || r == '»' || r == '"' || r == '”')
}

// endsSentence reports whether text ends a sentence, before a closing
// mark or after it: «Когда?» and «Да».
func endsSentence(text string) bool {
	r, w := textutil.DecodeLastRune(text)
	if isMarkRune(r) {
		r, _ = textutil.DecodeLastRune(text[:len(text)-w])
	}
	return isSentenceEnd(r)
}

// skipMark returns text without the quotation mark it opens with.
func skipMark(text string) string {
	if r, w := textutil.DecodeRune(text); isMarkRune(r) {
		return text[w:]
	}
	return text
}

// addTurn adds the speech s[st:en] of paragraph i, without a pair of
// marks set around it as a whole. An unattributed turn without such marks
// is bare.
func (x *extractor) addTurn(i, st, en int, a attribution, turn bool) {
	ust, uen := unwrapTurn(x.paras[i].Text, st, en)
	if !moreWordsThan(x.paras[i].Text[ust:uen], 0) {
		return
	}
	bare := turn && ust == st && uen == en
	st, en = ust, uen
	x.add(found{
		Quote: Quote{
			Text: x.paras[i].Text[st:en], Speaker: a.speaker, Cue: a.cue,
			Paragraph: i, Start: st, End: en,
		}.at(a.in(i)),
		note: note{gender: a.gender, turn: turn, bare: bare},
	})
}

// unwrapTurn narrows the turn s[st:en] to the text inside a pair of
// marks set around it as a whole, with the sentence's punctuation after
// the closing one: — «Да». gives Да. A turn whose marks enclose only a
// part of it ("«Да», а потом «нет»") is left as it is.
func unwrapTurn(s string, st, en int) (int, int) {
	open, w := textutil.DecodeRune(s[st:en])
	if !isMarkRune(open) || st+w >= en {
		return st, en
	}
	end := en
	for end > st+w {
		r, rw := textutil.DecodeLastRune(s[st+w : end])
		if !isSentenceEnd(r) && r != ',' {
			break
		}
		end -= rw
	}
	r, rw := textutil.DecodeLastRune(s[st+w : end])
	closers := closersOf(open)
	if !strings.ContainsRune(closers, r) || end-rw <= st+w {
		return st, en
	}
	inner := s[st+w : end-rw]
	if strings.ContainsAny(inner, closers) || strings.ContainsRune(inner, open) {
		return st, en
	}
	return trimSpan(s, st+w, end-rw)
}
