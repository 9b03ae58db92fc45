package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian cases in the order of the arrays below: nominative, genitive,
// dative, accusative, instrumental, prepositional.
const ruCases = 6

type ruForms [ruCases]string

// ruName returns the distinct case forms of a Russian country name:
// leading adjectives and the head noun are declined, a genitive
// complement after the head ("Республика Корея", "Острова Кука") is kept,
// and a part after "и" or a dash is declined on its own ("Босния и
// Герцеговина", "Папуа — Новая Гвинея"). Abbreviations (США) and names
// ending in a vowel other than -а/-я (Перу, Того, Чили) do not decline.
func ruName(name string, f flags) []string {
	forms := ruPhrase(strings.Fields(name), f)
	out := distinct(forms[:])
	for _, s := range out {
		if strings.Contains(s, " — ") {
			out = append(out, strings.ReplaceAll(s, " — ", "-"))
		}
	}
	return distinct(out)
}

func ruPhrase(words []string, f flags) ruForms {
	var forms ruForms
	if len(words) == 0 {
		return forms
	}
	head := 0
	for head < len(words)-1 && isRuAdjective(words[head]) {
		head++
	}
	decl := make([]ruForms, 0, len(words))
	for _, w := range words[:head] {
		decl = append(decl, ruAdjectiveCases(w))
	}
	decl = append(decl, ruNoun(words[head], f))
	rest := words[head+1:]
	if len(rest) > 1 && (rest[0] == "и" || rest[0] == "—") {
		tail := ruPhrase(rest[1:], flags{zeroGen: f.zeroGen})
		decl = append(decl, same(rest[0]), tail)
	} else if len(rest) > 0 {
		decl = append(decl, same(strings.Join(rest, " ")))
	}
	for c := range forms {
		parts := make([]string, len(decl))
		for i, d := range decl {
			parts[i] = d[c]
		}
		forms[c] = strings.Join(parts, " ")
	}
	return forms
}

func same(s string) ruForms {
	var f ruForms
	for i := range f {
		f[i] = s
	}
	return f
}

// ruNoun declines the head noun of a name.
func ruNoun(w string, f flags) ruForms {
	if isAbbreviation(w) {
		return same(w)
	}
	if t := strings.TrimRightFunc(w, isNotLetter); t != w && t != "" {
		return affix("", ruNoun(t, f), w[len(t):])
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		if f.first {
			return affix("", ruNoun(w[:i], flags{}), w[i:])
		}
		j := strings.LastIndexByte(w, '-')
		return affix(w[:j+1], ruNoun(w[j+1:], f), "")
	}
	lower := strings.ToLower(w)
	switch {
	case lower == "острова":
		return ruEndings(w, 1, "а", "ов", "ам", "а", "ами", "ах")
	case strings.HasSuffix(lower, "ство"):
		return ruEndings(w, 1, "о", "а", "у", "о", "ом", "е")
	case strings.HasSuffix(lower, "ия"):
		return ruEndings(w, 1, "я", "и", "и", "ю", "ей", "и")
	case strings.HasSuffix(lower, "я"):
		return ruEndings(w, 1, "я", "и", "е", "ю", "ей", "е")
	case strings.HasSuffix(lower, "а"):
		return ruFeminineA(w)
	case strings.HasSuffix(lower, "ы"):
		gen := "ов"
		if f.zeroGen {
			gen = ""
		}
		return ruEndings(w, 1, "ы", gen, "ам", "ы", "ами", "ах")
	case strings.HasSuffix(lower, "ь") && f.feminine:
		return ruEndings(w, 1, "ь", "и", "и", "ь", "ью", "и")
	case strings.HasSuffix(lower, "ь"):
		return ruEndings(w, 1, "ь", "я", "ю", "ь", "ем", "е")
	case strings.HasSuffix(lower, "ий"):
		return ruEndings(w, 1, "й", "я", "ю", "й", "ем", "и")
	case strings.HasSuffix(lower, "й"):
		return ruEndings(w, 1, "й", "я", "ю", "й", "ем", "е")
	case endsInVowel(lower):
		return same(w)
	}
	stem := w
	if f.stem != "" {
		stem = f.stem
	}
	ins := "ом"
	if strings.ContainsRune("жшчщц", lastRune(lower)) {
		ins = "ем"
	}
	forms := ruEndings(stem, 0, "", "а", "у", "", ins, "е")
	forms[0], forms[3] = w, w
	return forms
}

// ruFeminineA declines a noun in -а: Куба, Польша, Ямайка; after a vowel
// (Никарагуа, Папуа) the noun does not decline.
func ruFeminineA(w string) ruForms {
	r := []rune(strings.ToLower(w))
	if len(r) < 2 || isRuVowel(r[len(r)-2]) {
		return same(w)
	}
	prev := r[len(r)-2]
	gen, ins := "ы", "ой"
	if strings.ContainsRune("гкхжшчщ", prev) {
		gen = "и"
	}
	if strings.ContainsRune("жшчщц", prev) {
		ins = "ей"
	}
	return ruEndings(w, 1, "а", gen, "е", "у", ins, "е")
}

// ruEndings drops cut runes from w and appends each ending.
func ruEndings(w string, cut int, endings ...string) ruForms {
	stem := dropRunes(w, cut)
	var f ruForms
	for i, e := range endings {
		f[i] = stem + e
	}
	return f
}

func affix(prefix string, f ruForms, suffix string) ruForms {
	for i := range f {
		f[i] = prefix + f[i] + suffix
	}
	return f
}

// isRuAdjective reports whether a word of a name is an adjective that
// agrees with the head noun after it.
func isRuAdjective(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	w = strings.ToLower(w)
	for _, e := range []string{"ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "овы", "евы"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ruAdjectiveCases declines an adjective of a name in the gender and
// number it is written in.
func ruAdjectiveCases(w string) ruForms {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return affix(w[:i+1], ruAdjectiveCases(w[i+1:]), "")
	}
	lower := strings.ToLower(w)
	soft := len(lower) > 4 && strings.ContainsRune("гкхжшчщ", lastRune(dropRunes(lower, 2)))
	switch {
	case strings.HasSuffix(lower, "ая"):
		return ruEndings(w, 2, "ая", "ой", "ой", "ую", "ой", "ой")
	case strings.HasSuffix(lower, "яя"):
		return ruEndings(w, 2, "яя", "ей", "ей", "юю", "ей", "ей")
	case strings.HasSuffix(lower, "ый"):
		return ruEndings(w, 2, "ый", "ого", "ому", "ый", "ым", "ом")
	case strings.HasSuffix(lower, "ий") && soft:
		return ruEndings(w, 2, "ий", "ого", "ому", "ий", "им", "ом")
	case strings.HasSuffix(lower, "ий"):
		return ruEndings(w, 2, "ий", "его", "ему", "ий", "им", "ем")
	case strings.HasSuffix(lower, "ой"):
		return ruEndings(w, 2, "ой", "ого", "ому", "ой", ruInstrumental(soft), "ом")
	case strings.HasSuffix(lower, "ое"):
		return ruEndings(w, 2, "ое", "ого", "ому", "ое", ruInstrumental(soft), "ом")
	case strings.HasSuffix(lower, "ее"):
		return ruEndings(w, 2, "ее", "его", "ему", "ее", "им", "ем")
	case strings.HasSuffix(lower, "ые"):
		return ruEndings(w, 2, "ые", "ых", "ым", "ые", "ыми", "ых")
	case strings.HasSuffix(lower, "ие"):
		return ruEndings(w, 2, "ие", "их", "им", "ие", "ими", "их")
	case strings.HasSuffix(lower, "ы"):
		return ruEndings(w, 1, "ы", "ых", "ым", "ы", "ыми", "ых")
	}
	return same(w)
}

// ruInstrumental returns the masculine and neuter instrumental ending of
// an adjective with a hard stem: -им after г, к, х and the hushing
// consonants (Исламским), -ым elsewhere.
func ruInstrumental(soft bool) string {
	if soft {
		return "им"
	}
	return "ым"
}

// ruAdjective returns the forms of a country adjective given in the
// masculine nominative (казахстанский, российский): all genders, both
// numbers and all cases, without repeats.
func ruAdjective(w string) []string {
	lower := strings.ToLower(w)
	var endings []string
	switch {
	case strings.HasSuffix(lower, "ий") && strings.ContainsRune("гкхжшчщ", lastRune(dropRunes(lower, 2))):
		endings = []string{"ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"}
	case strings.HasSuffix(lower, "ий"):
		endings = []string{"ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими"}
	case strings.HasSuffix(lower, "ый"):
		endings = []string{"ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"}
	case strings.HasSuffix(lower, "ой"):
		endings = []string{"ой", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми"}
	default:
		return []string{w}
	}
	stem := dropRunes(w, 2)
	out := make([]string, len(endings))
	for i, e := range endings {
		out[i] = stem + e
	}
	return out
}

// ruClean turns a CLDR Russian name into a name to decline: it drops a
// parenthetical and spells out the abbreviations о-в and о-ва.
func ruClean(s string) string {
	words := strings.Fields(dropParenthetical(s))
	for i, w := range words {
		switch w {
		case "о-в":
			words[i] = "остров"
		case "о-ва":
			words[i] = "острова"
		}
	}
	return strings.Join(words, " ")
}

// dropParenthetical removes a part in parentheses from a name:
// "Кокос (Килинг) аралдары" → "Кокос аралдары".
func dropParenthetical(s string) string {
	i := strings.Index(s, "(")
	j := strings.Index(s, ")")
	if i < 0 || j < i {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s[:i]+" "+s[j+1:]), " ")
}

func isRuVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюя", r) }

func endsInVowel(lower string) bool { return isRuVowel(lastRune(lower)) }

// isAbbreviation reports whether w is written in capitals only and has at
// least two letters (США, АҚШ).
func isAbbreviation(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func isNotLetter(r rune) bool { return !unicode.IsLetter(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func dropRunes(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// distinct returns the strings of list without repeats, in order.
func distinct(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0:0]
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
