package quote

import "strings"

// appositive returns the subject of a cue set off from it by the comma
// at toks[comma], with an apposition or a relative clause between: "X,
// who leads the union, said" and "X, который возглавляет профсоюз,
// заявил" give X; "The leader of the group, Sarah Kemp, told" gives the
// name Sarah Kemp; "Kairat Abdrakhmanov, the foreign minister, said"
// gives the name before the apposition.
func appositive(s string, toks []token, comma int) (string, []token) {
	lx := lexicon()
	c := comma - 1
	for c >= 0 && (toks[c].kind == tkWord || toks[c].kind == tkPunct && strings.ContainsRune("&-/'’", toks[c].r)) && comma-c <= 3*maxSpeaker {
		c-- // the words of an apposition: the firm Cushman & Wakefield
	}
	if c < 0 || c == comma-1 || toks[c].kind != tkPunct || toks[c].r != ',' {
		return "", nil
	}
	seg := toks[c+1 : comma]
	k := c
	for k > 0 && toks[k-1].kind == tkWord {
		k--
	}
	if k < c && lx.lead.has(toks[k].text(s)) {
		// An adverbial phrase, not a subject: "В заявлении, опубликованном
		// в среду, говорится".
		return "", nil
	}
	head, headToks := subjectBefore(s, toks, c)
	if head == "" && c >= 2 && toks[c-2].kind == tkPunct && toks[c-2].r == ',' {
		head, headToks = subjectBefore(s, toks, c-2) // Clinton, 35, the daughter of …, said
	}
	if lx.rel.has(seg[0].text(s)) {
		return head, headToks
	}
	if isName(s, seg) && (head == "" || !isPerson(head)) {
		return s[seg[0].start:seg[len(seg)-1].end], seg
	}
	if sp, spToks := sentenceSubject(s, seg); sp != "" && len(spToks) < len(seg) && isPerson(sp) {
		// A clause between the commas, whose subject is the cue's: "In
		// Salem, New Hampshire, Trump went after Bush, calling"
		return sp, spToks
	}
	return head, headToks
}

// isName reports whether the words toks are a person's name, with the
// titles before it: a few capitalised words ending in one that is not a
// title.
func isName(s string, toks []token) bool {
	lx := lexicon()
	if len(toks) == 0 || len(toks) > 5 {
		return false
	}
	for _, t := range toks {
		w := t.text(s)
		if t.kind != tkWord || !(isUpperStart(w) || lx.titles.has(w)) || lx.org.has(w) || lx.place.has(w) {
			return false
		}
	}
	last := toks[len(toks)-1].text(s)
	return isUpperStart(last) && !lx.titles.has(last) && !isAcronym(last)
}
