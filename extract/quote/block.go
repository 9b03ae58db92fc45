package quote

import "strings"

// block reads the block quotation that starts at paragraph i and runs
// over the block paragraphs after it, and returns the paragraph after it.
// A last paragraph "— Name" signs the quotation; otherwise a paragraph
// before it ending "X said:" attributes it.
func (x *extractor) block(i int) int {
	j := i
	for j < len(x.paras) && x.modes[j] == modeBlock {
		j++
	}
	end := j
	var a attribution
	if end-i > 1 {
		if toks, ok := signature(x.paras[end-1].Text); ok {
			a.named(x.paras[end-1].Text, toks)
			a = a.in(end - 1)
			end--
		}
	}
	if a.speaker == "" {
		a = x.colonBefore(i)
	}
	var parts []string
	first, st, en := -1, 0, 0
	for k := i; k < end; k++ {
		s := x.paras[k].Text
		a0, b0 := trimSpan(s, 0, len(s))
		if a0 == b0 {
			continue
		}
		if first < 0 {
			first, st, en = k, a0, b0
		}
		parts = append(parts, s[a0:b0])
	}
	if first >= 0 {
		x.add(found{
			Quote: Quote{
				Text: strings.Join(parts, "\n"), Speaker: a.speaker, Cue: a.cue,
				Paragraph: first, Start: st, End: en,
			}.at(a),
			note: note{gender: a.gender, opens: true},
		})
	}
	return j
}

// signature returns the words of the name in a line "— Name" that signs
// a quotation.
func signature(s string) ([]token, bool) {
	lead := skipSpace(s, 0)
	if lead == len(s) || !isTurnDash(s, lead) {
		return nil, false
	}
	toks := tokenize(nil, s, lead, len(s), maxSpeaker+4, 0)
	if len(toks) < 2 || toks[0].kind != tkDash {
		return nil, false
	}
	k := 1
	for k < len(toks) && toks[k].kind == tkWord {
		k++
	}
	if k < len(toks) && !(toks[k].r == ',' || toks[k].r == '.') {
		return nil, false
	}
	_, ok := nounPhrase(s, toks[1:k])
	return toks[1:k], ok
}
