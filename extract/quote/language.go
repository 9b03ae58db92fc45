package quote

import "strings"

// Reads reports whether the rules read the attributions of text in the
// language of the BCP 47 tag lang: English, Russian and Kazakh, whose cue
// verbs and word order the lexicon holds, or a language not known (""),
// which the rules read as they can. Elsewhere the quotations are found
// all the same, but the words the rules take for a speaker are often the
// writer's own.
func Reads(lang string) bool {
	base, _, _ := strings.Cut(lang, "-")
	switch strings.ToLower(base) {
	case "", "en", "ru", "kk", "und":
		return true
	}
	return false
}
