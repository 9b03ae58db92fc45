package quote

import "strings"

// Limits of pronoun resolution.
const (
	maxPersons      = 16 // named persons remembered
	ambiguityWindow = 3  // paragraphs within which two persons make a pronoun ambiguous
)

// person is a named speaker met so far.
type person struct {
	name   string
	gender byte
	para   int // paragraph of the latest quotation
}

// resolvePronouns replaces a pronoun speaker (he, she, он, она, ол) with
// the most recent named person whose gender does not contradict it, when
// no other such person spoke or was named with a title within
// ambiguityWindow paragraphs. Named persons are the speakers before and
// the persons named with a title just before the quotation.
func resolvePronouns(fs []found, paras []Para) {
	lx := lexicon()
	var (
		hist []person
		buf  []token
	)
	for i := range fs {
		f := &fs[i]
		if f.Speaker == "" {
			continue
		}
		if g, ok := lx.pronoun[strings.ToLower(f.Speaker)]; ok {
			if g == 0 {
				g = f.gender
			}
			lo := 0
			if i > 0 && fs[i-1].Paragraph == f.Paragraph {
				lo = min(fs[i-1].End, f.Start)
			}
			cands := withMentions(hist, mentions(&buf, paras, f.Paragraph, lo, f.Start))
			k := pick(cands, g, f.Paragraph)
			if k < 0 {
				continue
			}
			f.Speaker = cands[k].name
			if f.gender == 0 {
				f.gender = cands[k].gender
			}
		}
		if !isPerson(f.Speaker) {
			continue
		}
		k := -1
		for j := range hist {
			if hist[j].name == f.Speaker {
				k = j
			}
		}
		if k < 0 {
			if len(hist) == maxPersons {
				hist = append(hist[:0], hist[1:]...)
			}
			hist = append(hist, person{name: f.Speaker, gender: f.gender, para: f.Paragraph})
			continue
		}
		if f.gender != 0 {
			hist[k].gender = f.gender
		}
		hist = touch(hist, k, f.Paragraph)
	}
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
			if surname(out[j].name) == surname(m.name) {
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
// para stands for, or -1 when there is none or it is ambiguous.
func pick(hist []person, g byte, para int) int {
	first := -1
	for k := len(hist) - 1; k >= 0; k-- {
		if g != 0 && hist[k].gender != 0 && hist[k].gender != g {
			continue
		}
		if first < 0 {
			first = k
			continue
		}
		if hist[k].para >= para-ambiguityWindow {
			return -1
		}
		break
	}
	return first
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
// message".
func isPerson(sp string) bool {
	lx := lexicon()
	fields := strings.Fields(sp)
	if len(fields) == 0 || lx.det[strings.ToLower(fields[0])] {
		return false
	}
	for _, f := range fields {
		if lx.org[strings.ToLower(strings.Trim(f, ",."))] {
			return false
		}
	}
	lastWord := fields[len(fields)-1]
	return isUpperStart(lastWord) && strings.ToUpper(lastWord) != lastWord
}
