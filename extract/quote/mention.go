package quote

import "strings"

// mentionWindow is how many bytes before a pronoun's quotation, and at the
// end of the paragraph before, are searched for persons named in the text.
const mentionWindow = 600

// mentions returns the persons named with a title ("President Kassym-Jomart
// Tokayev", "Mr. Smith") in the text shortly before the quotation that
// starts at paras[p][start:], not looking back past paras[p][lo:], in
// order: the end of paragraph p-1 first when lo is 0, then paragraph p up
// to the quotation. buf is scratch space for tokens.
func mentions(buf *[]token, paras []Para, p, lo, start int) []person {
	var out []person
	if p > 0 && lo == 0 {
		s := paras[p-1].Text
		out = titledNames(buf, out, s, max(0, len(s)-mentionWindow), len(s), p)
	}
	s := paras[p].Text
	start = min(start, len(s))
	return titledNames(buf, out, s, max(lo, start-mentionWindow), start, p)
}

// titledNames appends to out the names led by a title in s[from:to]: a
// run of title words and capitalised words that ends in a capitalised
// word that is not a title.
func titledNames(buf *[]token, out []person, s string, from, to, para int) []person {
	lx := lexicon()
	if from >= to {
		return out
	}
	*buf = tokenize((*buf)[:0], s, from, to, mentionWindow, 0)
	toks := *buf
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tkWord || !lx.titles[lower(s, toks[i])] || !isUpperStart(s[toks[i].start:]) {
			continue
		}
		j, lastName := i, -1
		var g byte
		for ; j < len(toks) && toks[j].kind == tkWord; j++ {
			w := lower(s, toks[j])
			switch {
			case lx.female[w]:
				g = 'f'
			case lx.male[w]:
				g = 'm'
			}
			if lx.org[w] || !(lx.titles[w] || isUpperStart(s[toks[j].start:])) {
				break
			}
			if !lx.titles[w] {
				lastName = j
			}
		}
		if lastName > i {
			out = append(out, person{name: s[toks[i].start:toks[lastName].end], gender: g, para: para})
			i = lastName
		}
	}
	return out
}

// surname returns the last word of a name.
func surname(name string) string {
	if k := strings.LastIndexAny(name, " \u00a0"); k >= 0 {
		return name[k+1:]
	}
	return name
}
