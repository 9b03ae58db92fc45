package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// mentionWindow is how many bytes before a pronoun's quotation, and at the
// end of the paragraph before, are searched for persons named in the text.
const mentionWindow = 600

// mention is a person named in the text.
type mention struct {
	person
	titled  bool // a title stands before the name: "President Tokayev", "director Tom Reyes"
	sent    int  // the sentence it is named in, counted from the start of the search
	subject bool // the first person named in its sentence, after two lower-case words at most: its subject
}

// personsIn appends to out the persons named in s[from:to]: a
// capitalised name of two words or more ("Tomás Herrera"), or a name of
// one after a title ("Minister Abdrakhmanov", "Mr. Smith"), with the
// titles written in capitals before it ("Foreign Minister Kairat
// Abdrakhmanov"). Names of bodies and places ("the Riverside Food Bank",
// "Mill Street", "Central Asia") are left out, and so are the Russian
// names in an oblique case ("с Иваном Сергеевым"). A title of a woman
// or a man, or a Russian past-tense verb right after the name, tells the
// person's gender. Names after a preposition of place ("in New York")
// are places'. sent numbers the sentences from sent0; buf is scratch
// space for tokens.
func personsIn(buf *window, out []mention, s string, from, to, para, sent0 int) []mention {
	if from >= to {
		return out
	}
	toks := buf.read(s, from, to, mentionWindow, 0)
	sent := sent0
	opens, lower := true, 0 // no person named yet in the sentence, and how many lower-case words
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != tkWord {
			if t.kind == tkPunct && isSentenceEnd(t.r) {
				sent++
				opens, lower = true, 0
			}
			i++
			continue
		}
		j := runEnd(s, toks, i)
		if j == i {
			if lower++; lower > 2 {
				opens = false
			}
			i++
			continue
		}
		if m, ok := nameIn(s, toks, i, j, afterLocative(s, toks, i)); ok {
			m.para, m.at.para, m.sent, m.subject = para, para, sent, opens
			out = append(out, m)
			opens = false
		}
		i = j
	}
	return out
}

// runEnd returns the end of the run of capitalised words and titles that
// starts at toks[i]; a possessive ("Kazakhstan’s") ends a run.
func runEnd(s string, toks []token, i int) int {
	lx := lexicon()
	j := i
	for j < len(toks) && toks[j].kind == tkWord {
		w := s[toks[j].start:toks[j].end]
		if !isUpperStart(w) && !lx.titles.has(w) {
			break
		}
		j++
		if isPossessive(w) {
			break
		}
	}
	return j
}

// afterLocative reports whether the word before toks[i] is a
// preposition of place, after which a name is a place's: in New York,
// из Нур-Султана.
func afterLocative(s string, toks []token, i int) bool {
	if i > 1 && toks[i-1].kind == tkWord && isPlaceModifier(toks[i-1].text(s)) {
		i-- // in downtown Santa Rosa, in northern Chad
	}
	if i == 0 || toks[i-1].kind != tkWord || !toks[i-1].in(lexicon().locative) {
		return false
	}
	return !isUpperStart(toks[i-1].text(s)) || i == 1 || toks[i-2].kind == tkPunct && isSentenceEnd(toks[i-2].r)
}

// isPlaceModifier reports whether w, between a preposition of place and a
// name, tells a part of the place: downtown, northern.
func isPlaceModifier(w string) bool {
	return !isUpperStart(w) && lexicon().placeMod.has(w)
}

// isPossessive reports whether the word w ends in ’s or 's, or is a
// plural's possessive in s’ or s'.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") ||
		len(w) > 3 && (strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")) // Reyes’ campaign
}

// nameIn reads a person's name in the run toks[i:j]. With locative, a
// preposition of place governs the run, and a name that opens it is a
// place's.
func nameIn(s string, toks []token, i, j int, locative bool) (mention, bool) {
	lx := lexicon()
	for i < j && isFunctionWord(s[toks[i].start:toks[i].end]) {
		i++
	}
	if i < j && isPossessive(s[toks[j-1].start:toks[j-1].end]) {
		return mention{}, false
	}
	// The name proper: the capitalised words after the last title, or
	// after the last word of a body's or place's name ("Foreign Affairs
	// Kairat Abdrakhmanov").
	n := j
	for n > i {
		w := toks[n-1].text(s)
		if lx.titles.has(w) || lx.org.has(w) || lx.place.has(w) {
			break
		}
		n--
	}
	if n == j || (locative && n == i) {
		return mention{}, false
	}
	titled := n > i && toks[n-1].in(lx.titles) && !toks[n-1].in(lx.org)
	for k := n; k < j; k++ {
		if w := toks[k].text(s); isAcronym(w) || !isUpperStart(w) || lx.stop.has(w) {
			return mention{}, false // and no weekday: Asked Tuesday
		}
	}
	if j-n >= 3 && isGenitiveOf(toks[n].text(s), toks[n+1].text(s)) {
		n++ // министр иностранных дел Казахстана Кайрат Абдрахманов
	}
	if !titled && j-n < 2 {
		return mention{}, false
	}
	if last := s[toks[j-1].start:toks[j-1].end]; hasCyrillic(last) && isOblique(last) {
		return mention{}, false
	}
	b := n
	for b > i && isUpperStart(s[toks[b-1].start:]) && toks[b-1].in(lx.titles) {
		b--
	}
	m := mention{person: person{name: s[toks[b].start:toks[j-1].end], at: mentionAt{start: toks[b].start, end: toks[j-1].end}}, titled: titled}
	for k := i; k < n; k++ {
		switch w := s[toks[k].start:toks[k].end]; {
		case lx.female.has(w):
			m.gender = 'f'
		case lx.male.has(w):
			m.gender = 'm'
		}
	}
	if m.gender == 0 {
		m.gender = surnameGender(toks[j-1].text(s))
	}
	if m.gender == 0 && j < len(toks) && toks[j].kind == tkWord {
		if w := s[toks[j].start:toks[j].end]; hasCyrillic(w) && !isUpperStart(w) {
			m.gender = cueGender(w)
		}
	}
	return m, true
}

// isFunctionWord reports whether a capitalised word w is a word of
// grammar that opens a sentence rather than a part of a name: The, In,
// Later, According.
func isFunctionWord(w string) bool {
	lx := lexicon()
	c := classesOf(w) // one lookup for the pronouns and the seven sets
	return c.pronoun() || c.in(lx.det) || c.in(lx.stop) || c.in(lx.lead) || c.in(lx.adverb) ||
		c.in(lx.conj) || c.in(lx.rel) || c.in(lx.boundary)
}

// surnameGender returns the gender a Russian or Kazakh surname's ending
// tells ('f' for Орлова, Сейтова, Левицкая; 'm' for Орлов, Левицкий),
// and 0 for any other word.
func surnameGender(w string) byte {
	if !hasCyrillic(w) {
		return 0
	}
	if endsIn(w, "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "қызы", "кызы") {
		return 'f'
	}
	if endsIn(w, "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ұлы", "улы") {
		return 'm'
	}
	return 0
}

// isAcronym reports whether w is written in capitals throughout: UN, МИД.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 1
}

// isGenitiveOf reports whether the Russian word w, followed by next in a
// run of capitalised words, is a genitive that ends a title's phrase
// rather than a first name: Казахстана before Кайрат, but not Анна
// before the patronymic Ивановна.
func isGenitiveOf(w, next string) bool {
	if !hasCyrillic(w) {
		return false
	}
	if endsIn(next, "вич", "вна", "чна", "ұлы", "улы", "қызы", "кызы") {
		return false
	}
	r, _ := textutil.DecodeLastRune(w)
	return strings.ContainsRune("аяиы", r)
}

// isOblique reports whether a Russian name ends as in an oblique case:
// Сергеевым, Петровой, Сидорову.
func isOblique(w string) bool {
	return endsIn(w, "ым", "им", "ом", "ой", "ому", "ему", "ого", "его", "ых", "ую")
}

// surname returns the last word of a name.
func surname(name string) string {
	if k := strings.LastIndexAny(name, " \u00a0"); k >= 0 {
		return name[k+1:]
	}
	return name
}

// sameSurname reports whether the names a and b end in the same
// surname; a Russian one may differ in its case ending: Сергеев,
// Сергеева, Сергееву.
func sameSurname(a, b string) bool {
	x, y := surname(a), surname(b)
	if x == y {
		return true
	}
	if !hasCyrillic(x) {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	return utf8.RuneCountInString(x) >= 4 && strings.HasPrefix(y, x) && utf8.RuneCountInString(y[len(x):]) <= 2
}
