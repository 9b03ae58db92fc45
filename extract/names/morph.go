package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minStem is the fewest bytes a word keeps when its ending is cut: three
// Cyrillic letters.
const minStem = 6

// caseEndings are the Russian and Kazakh case endings that stemKey cuts,
// longest first within each language.
var caseEndings = [...]string{
	// Kazakh: genitive, dative, accusative, locative, ablative, instrumental.
	"ының", "інің", "тың", "тің", "дың", "дің", "ның", "нің", "ына", "іне", "ымен", "імен",
	"ға", "ге", "қа", "ке", "ты", "ті", "ды", "ді", "ны", "ні", "нда", "нде", "та", "те",
	"да", "де", "тан", "тен", "дан", "ден", "нан", "нен", "пен", "бен", "мен",
	// Russian.
	"ыми", "ими", "ому", "ему", "ого", "его", "ой", "ей", "ым", "им", "ом", "ем", "ую",
	"юю", "ая", "яя", "ые", "ие", "ый", "ий", "а", "я", "у", "ю", "е", "ы", "и",
}

// kazakhEndings is the number of Kazakh endings at the head of
// caseEndings.
const kazakhEndings = 37

// stemKey returns the form under which the case forms of a folded name
// fall together: a Cyrillic word without its case ending (Токаеву,
// Тоқаевтың → токаев), any other word as it is.
func stemKey(w string) string {
	if !isCyrillicWord(w) {
		return withoutArticle(w)
	}
	if kazakhWord(w) {
		return cutEnding(w, caseEndings[:kazakhEndings]) // no Russian ending on a Kazakh word: Нұртілеу
	}
	return cutEnding(w, caseEndings[:])
}

// russianStem returns w without a Russian case ending only, the form a
// name that merely looks Kazakh keeps: stemKey cuts the Kazakh ablative
// off Байден, while Байдену and Байденом lose their Russian endings.
func russianStem(w string) string {
	if !isCyrillicWord(w) || kazakhWord(w) {
		return stemKey(w)
	}
	return cutEnding(w, caseEndings[kazakhEndings:])
}

// cutEnding returns w without the first of endings it ends with, when
// minStem bytes are left; else w.
func cutEnding(w string, endings []string) string {
	for _, e := range endings {
		if len(w)-len(e) >= minStem && strings.HasSuffix(w, e) {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// surnameLike reports whether a folded Cyrillic word has the ending of a
// Russian or Kazakh family name in some case: Назарбаев, Петровой,
// Жолдасбекова, Достоевского, Тоқаевтың, and of the Armenian, Ukrainian
// and Georgian ones Russian writes (Пашиняна, Шевченко, Шеварднадзе).
func surnameLike(w string) bool {
	if !isCyrillicWord(w) {
		return false
	}
	for _, m := range [...]string{"ов", "ев", "ёв", "ин", "ын", "ян", "енко", "швили", "дзе"} {
		if i := strings.LastIndex(w, m); i >= minStem-2 && surnameEnding(w[i+len(m):]) && !(w[i+len(m):] == "ом" && m != "ян") {
			return true // the instrumental of Путин is Путиным; Пашиняном, but Цзиньпином is foreign
		}
	}
	for _, m := range [...]string{"ский", "цкий", "ская", "цкая", "ского", "ской", "ұлы", "улы", "қызы", "кызы"} {
		i := strings.LastIndex(w, m)
		if i >= minStem-2 && utf8.RuneCountInString(w[i+len(m):]) <= 4 {
			return true
		}
	}
	return false
}

// surnameEnding reports whether rest, what follows the suffix of a
// family name in Russian (Иванов, Путин, Пашинян, Шевченко), is one of
// the endings of its cases, Russian or Kazakh: Иванову, Путиным,
// Тоқаевтың; but not the rest of another word (Аткинса, Сталинград).
func surnameEnding(rest string) bool {
	switch rest {
	case "", "а", "у", "ым", "ом", "е", "ой", "ою", "ы", "ых", "ыми":
		return true
	}
	return slices.Contains(caseEndings[:kazakhEndings], rest)
}

// patronymicLike reports whether a folded word is a Russian patronymic in
// some case: Ивановичу, Петровна.
func patronymicLike(w string) bool {
	for _, m := range [...]string{"ович", "евич", "овн", "евн", "ична", "ьич"} {
		if i := strings.LastIndex(w, m); i >= minStem-2 && utf8.RuneCountInString(w[i+len(m):]) <= 3 {
			return true
		}
	}
	return false
}

// nominativeName returns the words of a Russian or Kazakh person's name
// in the nominative where the endings tell it: Касым-Жомарту Токаеву →
// Касым-Жомарт Токаев, Анны Петровой → Анна Петрова. The gender comes
// from a given name or patronymic among the words; a word whose case it
// cannot tell stays as written. Latin words stay as written.
func nominativeName(ws []string) []string {
	if !slices.ContainsFunc(ws, isCyrillicWord) {
		return ws // Latin words stay as written
	}
	out := make([]string, len(ws))
	gender := byte(genderNone)
	for _, w := range ws {
		if g, _ := givenGender(fold(w)); g == genderMale || g == genderFemale {
			gender = g
			break
		}
		f := fold(w)
		if strings.Contains(f, "вич") {
			gender = genderMale
		} else if strings.Contains(f, "вна") || strings.Contains(f, "чна") {
			gender = genderFemale
		}
	}
	oblique := "" // the ending of the given name's oblique case
	for _, w := range ws {
		f := fold(w)
		if _, nom := givenGender(f); nom != "" && nom != f {
			oblique = obliqueEnding(f) // Эммануэлем: the name is in an oblique case
		}
	}
	for i, w := range ws {
		out[i] = w
		f := fold(w)
		if !isCyrillicWord(f) {
			continue
		}
		if _, nom := givenGender(f); nom != "" {
			out[i] = recase(w, nom)
			continue
		}
		nom := nominativeSurname(f, gender)
		switch {
		case nom != f || gender != genderMale || indeclinable(f):
		case oblique != "":
			nom = foreignSurname(f, oblique)
		case i == len(ws)-1 && i > 0 && !surnameLike(f):
			nom = foreignSurname(f, "ом") // Энтони Харвудом: a foreign name's instrumental, whatever case the given name is
		}
		out[i] = recase(w, nom)
	}
	return out
}

// obliqueEnding returns the ending of the case a man's given name in an
// oblique case is in, as a foreign family name after it takes it: "ом"
// for the instrumental (Эммануэлем), "а" for the genitive (Дональда),
// "у" for the dative (Дональду), "е" for the prepositional (Дональде).
func obliqueEnding(f string) string {
	switch {
	case strings.HasSuffix(f, "ем") || strings.HasSuffix(f, "ом"):
		return "ом"
	case strings.HasSuffix(f, "а") || strings.HasSuffix(f, "я"):
		return "а"
	case strings.HasSuffix(f, "у") || strings.HasSuffix(f, "ю"):
		return "у"
	case strings.HasSuffix(f, "е"):
		return "е"
	}
	return ""
}

// foreignSurname returns the nominative of a man's family name that ends
// in a consonant, as foreign names do, from the oblique case whose ending
// obliqueEnding gives: Макроном, Макрона, Макрону, Макроне → Макрон. A
// name without that case's ending has one form for every case (Сергеем
// Шойгу).
func foreignSurname(f, oblique string) string {
	ends := [2]string{oblique}
	switch oblique {
	case "ом":
		ends[1] = "ем"
	case "а":
		ends[1] = "я"
	case "у":
		ends[1] = "ю"
	}
	if base := cutForeignEnding(f, ends[:]); base != "" {
		return base
	}
	return f
}

// cutForeignEnding returns the folded word w without the first of
// endings (an oblique case's) it ends with, when a consonant ends the rest
// as it ends a foreign family name (Макроном → макрон); else "".
func cutForeignEnding(w string, endings []string) string {
	for _, e := range endings {
		if base, ok := strings.CutSuffix(w, e); ok && e != "" && len(base) >= minStem {
			if r, _ := utf8.DecodeLastRuneInString(base); !strings.ContainsRune("аеёиоуыэюяйь", r) {
				return base
			}
		}
	}
	return ""
}

// indeclinable reports whether the folded family name f has one form for
// every case: Бахтадзе, Шевченко, Церетели.
func indeclinable(f string) bool {
	for _, e := range [...]string{"дзе", "швили", "енко", "ели"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// nominativeSurname returns the nominative of a folded family name or
// patronymic of the given gender.
func nominativeSurname(f string, gender byte) string {
	if indeclinable(f) {
		return f
	}
	for _, k := range [...]string{"тың", "тің", "дың", "дің", "ның", "нің", "қа", "ке", "ға", "ге", "ты", "ті", "ды", "ді", "та", "те", "да", "де", "тан", "тен", "дан", "ден", "пен", "бен", "мен"} {
		if base, ok := strings.CutSuffix(f, k); ok && surnameBase(base) {
			return base
		}
	}
	type rule struct{ from, to string }
	male := [...]rule{{"овичем", "ович"}, {"евичем", "евич"}, {"овича", "ович"}, {"евича", "евич"}, {"овичу", "ович"}, {"евичу", "евич"}, {"овиче", "ович"}, {"евиче", "евич"},
		{"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ова", "ов"}, {"ева", "ев"}, {"ина", "ин"}, {"ову", "ов"}, {"еву", "ев"}, {"ину", "ин"}, {"ове", "ов"}, {"еве", "ев"}, {"ине", "ин"},
		{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"}, {"цкого", "цкий"}, {"цкому", "цкий"}}
	female := [...]rule{{"овной", "овна"}, {"евной", "евна"}, {"овны", "овна"}, {"евны", "евна"}, {"овне", "овна"}, {"евне", "евна"}, {"овну", "овна"}, {"евну", "евна"},
		{"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"ову", "ова"}, {"еву", "ева"}, {"ину", "ина"}, {"ской", "ская"}, {"скую", "ская"}, {"цкой", "цкая"}}
	// Without a gender, only the endings that one gender has.
	unknown := [...]rule{{"овичем", "ович"}, {"овича", "ович"}, {"овичу", "ович"}, {"евича", "евич"}, {"евичу", "евич"}, {"овым", "ов"}, {"евым", "ев"}, {"иным", "ин"}, {"ове", "ов"}, {"еве", "ев"},
		{"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"овой", "ова"}, {"евой", "ева"}, {"иной", "ина"}, {"овны", "овна"}, {"овной", "овна"}}
	var rules []rule
	switch gender {
	case genderMale:
		rules = male[:]
	case genderFemale:
		rules = female[:]
	default:
		rules = unknown[:]
	}
	for _, r := range rules {
		if base, ok := strings.CutSuffix(f, r.from); ok && len(base) >= minStem-2 {
			return base + r.to
		}
	}
	return f
}

// surnameBase reports whether a folded word ends as a family name in the
// nominative: Тоқаев, Назарбаев, Сүлейменов.
func surnameBase(w string) bool {
	for _, m := range [...]string{"ов", "ев", "ин", "ұлы", "улы", "қызы", "ова", "ева", "ина"} {
		if strings.HasSuffix(w, m) && len(w) > len(m)+minStem-2 {
			return true
		}
	}
	return false
}

// recase writes folded in the letter case of w: a capital first letter,
// and after each hyphen, where w has one.
func recase(w, folded string) string {
	if w == folded {
		return w
	}
	up := caseOf(w) == caseUpper
	var b strings.Builder
	b.Grow(len(folded))
	capNext := caseOf(w) != caseLower
	for _, r := range folded {
		if capNext || up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		capNext = r == '-' && strings.Contains(w, "-")
	}
	return b.String()
}

// adjectiveEndings are the endings of Russian adjectives in every case.
var adjectiveEndings = [...]string{"ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ый", "ий", "ые", "ие", "ых", "их"}

// adjectiveStem returns the folded Russian word adj without the ending of
// an adjective, or "" when it has none.
func adjectiveStem(adj string) string {
	for _, e := range adjectiveEndings {
		if base, ok := strings.CutSuffix(adj, e); ok && len(base) >= minStem {
			return base
		}
	}
	return ""
}

// adjectiveNominative returns a folded Russian adjective in the
// nominative of the gender of the noun it qualifies, given in the
// nominative: национального, банк → национальный; государственной,
// дума → государственная. A word with no adjective ending stays as it is.
func adjectiveNominative(adj, noun string) string {
	stem := adjectiveStem(adj)
	if stem == "" {
		return adj
	}
	hush := strings.HasSuffix(stem, "к") || strings.HasSuffix(stem, "г") || strings.HasSuffix(stem, "х") ||
		strings.HasSuffix(stem, "ж") || strings.HasSuffix(stem, "ш") || strings.HasSuffix(stem, "щ") || strings.HasSuffix(stem, "ч")
	switch {
	case strings.HasSuffix(noun, "а") || strings.HasSuffix(noun, "я"):
		return stem + "ая"
	case strings.HasSuffix(noun, "о") || strings.HasSuffix(noun, "е"):
		if hush && !strings.HasSuffix(stem, "к") && !strings.HasSuffix(stem, "г") && !strings.HasSuffix(stem, "х") {
			return stem + "ее"
		}
		return stem + "ое"
	case hush:
		return stem + "ий"
	}
	return stem + "ый"
}
