package names

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// unaccent returns w without its Latin diacritics: António → Antonio.
func unaccent(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(w))
}

// Genders of a given name.
const (
	genderNone   = 0
	genderMale   = 'm'
	genderFemale = 'f'
	genderEither = 'x'
)

// givenTable holds the given names of givenData.
type givenTable struct {
	gender map[string]byte // folded name → its gender
	common map[string]bool // folded names that are also common English words
}

// givenNames returns the table of givenData, built on first use.
var givenNames = sync.OnceValue(buildGiven)

func buildGiven() givenTable {
	t := givenTable{gender: make(map[string]byte, 9500), common: map[string]bool{}}
	for data := givenData; data != ""; {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if len(line) < 2 {
			continue
		}
		f, g := fold(line[1:]), line[0]
		if 'A' <= g && g <= 'Z' {
			g += 'a' - 'A'
			t.common[f] = true
		}
		t.gender[f] = g
	}
	return t
}

// commonGiven reports whether the folded given name w is also a common
// English word (Star, Web, Care), which alone tells little that a name
// follows.
func commonGiven(w string) bool { return givenNames().common[w] }

// givenGender returns the gender of the given name w (folded), trying the
// Russian case forms (Сергея, Анны, Ивану) back to the nominative; it
// returns genderNone and "" for a word that is no given name, else the
// gender and the nominative form.
func givenGender(w string) (byte, string) {
	g := givenNames().gender
	if s, ok := g[w]; ok {
		return s, w
	}
	if !isCyrillicWord(w) {
		if plain := unaccent(w); plain != w {
			if s, ok := g[plain]; ok {
				return s, w
			}
		}
		return genderNone, ""
	}
	for _, e := range ruNameEndings {
		stem, ok := strings.CutSuffix(w, e.oblique)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, nom := range e.nominative {
			if s, ok := g[stem+nom]; ok && (e.gender == genderNone || s == e.gender || s == genderEither) {
				return s, stem + nom
			}
		}
	}
	for _, e := range ruNameEndings {
		stem, ok := strings.CutSuffix(w, e.oblique)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, nom := range fleeting(stem) {
			if s, ok := g[nom]; ok && (e.gender == genderNone || s == e.gender || s == genderEither) {
				return s, nom
			}
		}
	}
	return genderNone, ""
}

// fleeting returns the nominatives whose vowel a Russian given name loses
// in its other cases, from the stem those cases share: Павл (Павла,
// Павлом) ← Павел, Льв (Льва) ← Лев, Любв (Любви) ← Любовь.
func fleeting(stem string) []string {
	r, n := utf8.DecodeLastRuneInString(stem)
	if n == 0 || strings.ContainsRune("аеёиоуыэюяьй", r) {
		return nil
	}
	head := strings.TrimSuffix(stem[:len(stem)-n], "ь")
	out := []string{head + "е" + string(r)}
	if r == 'в' {
		out = append(out, head+"овь")
	}
	return out
}

// ruNameEndings are the case endings of Russian given names with the
// nominative endings they come from: Сергея ← Сергей, Анны ← Анна,
// Ивану ← Иван, Марии ← Мария.
var ruNameEndings = [...]struct {
	oblique    string
	nominative []string
	gender     byte
}{
	{"ием", []string{"ий"}, genderMale},
	{"ием", []string{"ия"}, genderFemale},
	{"ией", []string{"ия"}, genderFemale},
	{"ем", []string{"й", "ь"}, genderMale},
	{"ом", []string{""}, genderMale},
	{"ой", []string{"а"}, genderFemale},
	{"ей", []string{"я"}, genderFemale},
	{"ию", []string{"ия"}, genderFemale},
	{"ии", []string{"ия", "ий"}, genderNone},
	{"ия", []string{"ий"}, genderMale},
	{"ю", []string{"й", "ь", "я"}, genderNone},
	{"я", []string{"й", "ь"}, genderMale},
	{"а", []string{""}, genderMale},
	{"у", []string{"", "а"}, genderNone},
	{"е", []string{"", "а", "я", "й"}, genderNone},
	{"ы", []string{"а"}, genderFemale},
	{"и", []string{"а", "я", "ь"}, genderFemale},
}

// langGivenSets holds the given names of each language of langGivenData,
// built on first use.
var langGivenSets [len(langGivenData)]struct {
	once  sync.Once
	names map[string]byte
}

// langGiven returns the given names, with their genders, that a text of
// the language base (see baseLanguage) reads besides those of every text
// (see givenlang.go), or nil.
func langGiven(base string) map[string]byte {
	for i := range langGivenData {
		if langGivenData[i].lang == base {
			gs := &langGivenSets[i]
			gs.once.Do(func() {
				data := langGivenData[i].names
				gs.names = make(map[string]byte, strings.Count(data, "\n"))
				for line := range strings.SplitSeq(data, "\n") {
					if len(line) > 1 {
						gs.names[fold(line[1:])] = line[0]
					}
				}
			})
			return gs.names
		}
	}
	return nil
}
