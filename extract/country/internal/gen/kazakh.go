package main

import (
	"strings"
	"unicode/utf8"
)

// kkName returns a Kazakh country name with its case forms: the last word
// takes the genitive, dative, locative, ablative, accusative and
// instrumental endings and the attributive -дағы, chosen by vowel harmony
// and by the last sound. A name of several words whose last word ends in
// the possessive -ы/-і (Америка Құрама Штаттары, Корея Республикасы) takes
// the endings with a linking н. An abbreviation (АҚШ) takes them after a
// hyphen. A single-word name also gives its adjective in
// -лық/-дық/-тық (Қазақстандық).
func kkName(name string) []string {
	name = kkClean(name)
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	last := words[len(words)-1]
	front := kkFront(last)
	pick := func(back, fr string) string {
		if front {
			return fr
		}
		return back
	}
	out := []string{name}
	switch {
	case isAbbreviation(last):
		for _, e := range kkEndings(kkClass(last), front) {
			out = append(out, name+"-"+e)
		}
	case len(words) > 1 && (strings.HasSuffix(last, "ы") || strings.HasSuffix(last, "і")):
		for _, e := range []string{pick("ның", "нің"), pick("на", "не"), pick("нда", "нде"),
			pick("нан", "нен"), "н", "мен", pick("ндағы", "ндегі")} {
			out = append(out, name+e)
		}
	default:
		for _, e := range kkEndings(kkClass(last), front) {
			out = append(out, name+e)
		}
		if len(words) == 1 {
			out = append(out, name+kkAdjective(kkClass(last), last, front))
		}
	}
	return distinct(out)
}

// Sound classes of the last letter of a Kazakh word, which choose the
// first consonant of an ending.
const (
	kkVowel     = iota // а, е, ы, і...
	kkNasal            // м, н, ң
	kkSonorant         // л, р, й, у, и, ю
	kkVoiced           // з, ж
	kkVoiceless        // к, қ, п, с, т, ш... (final б, в, г, д are devoiced)
)

func kkClass(w string) int {
	r := lastRune(strings.TrimRight(strings.ToLower(w), "ьъ"))
	switch {
	case strings.ContainsRune("аәеёоөұүыіэя", r):
		return kkVowel
	case strings.ContainsRune("мнң", r):
		return kkNasal
	case strings.ContainsRune("лрйуию", r):
		return kkSonorant
	case strings.ContainsRune("зж", r):
		return kkVoiced
	}
	return kkVoiceless
}

// kkEndings returns the case endings after a word of class c: genitive,
// dative, locative, ablative, accusative, instrumental and attributive
// locative.
func kkEndings(c int, front bool) []string {
	v := func(back, fr string) string {
		if front {
			return fr
		}
		return back
	}
	gen := map[int]string{kkVowel: "н", kkNasal: "н", kkSonorant: "д", kkVoiced: "д", kkVoiceless: "т"}[c]
	dat := v("ғ", "г")
	if c == kkVoiceless {
		dat = v("қ", "к")
	}
	loc := "д"
	if c == kkVoiceless {
		loc = "т"
	}
	abl := loc
	if c == kkNasal {
		abl = "н"
	}
	acc := map[int]string{kkVowel: "н", kkNasal: "д", kkSonorant: "д", kkVoiced: "д", kkVoiceless: "т"}[c]
	ins := map[int]string{kkVowel: "м", kkNasal: "м", kkSonorant: "м", kkVoiced: "б", kkVoiceless: "п"}[c]
	return []string{
		gen + v("ың", "ің"),
		dat + v("а", "е"),
		loc + v("а", "е"),
		abl + v("ан", "ен"),
		acc + v("ы", "і"),
		ins + "ен",
		loc + v("ағы", "егі"),
	}
}

// kkAdjective returns the ending -лық/-дық/-тық (or its front form) for w.
func kkAdjective(c int, w string, front bool) string {
	first := "л"
	switch {
	case c == kkVoiceless:
		first = "т"
	case c == kkNasal || c == kkVoiced || lastRune(strings.ToLower(w)) == 'л':
		first = "д"
	}
	if front {
		return first + "ік"
	}
	return first + "ық"
}

// kkFront reports whether w takes front-vowel endings: a final soft sign
// or else the last vowel decides; и, у and ю, whose quality follows the
// word, are passed over unless they are the only vowels.
func kkFront(w string) bool {
	w = strings.ToLower(w)
	if strings.HasSuffix(w, "ь") {
		return true
	}
	fallback := false
	for s := w; s != ""; {
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		switch {
		case strings.ContainsRune("аоұыяё", r):
			return false
		case strings.ContainsRune("әеөүіэ", r):
			return true
		case r == 'и':
			fallback = true
		}
	}
	return fallback
}

// kkClean drops a parenthetical from a CLDR Kazakh name.
func kkClean(s string) string {
	return dropParenthetical(s)
}
