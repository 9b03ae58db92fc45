package names

import "strings"

// baseLanguage returns the primary subtag of the BCP 47 tag lang in lower
// case, the key of the tables by language: "de" for "de-AT", "no" for the
// two written forms of Norwegian (nb, nn).
func baseLanguage(lang string) string {
	base, _, _ := strings.Cut(lang, "-")
	base = strings.ToLower(base)
	if base == "nb" || base == "nn" {
		return "no"
	}
	return base
}

// capitalisesNouns reports whether the language base (see baseLanguage)
// writes every noun with a capital: German and Luxembourgish.
func capitalisesNouns(base string) bool {
	return base == "de" || base == "lb" || base == "gsw"
}

// isNounArticle reports whether the folded word f is an article of German
// or Luxembourgish, or a preposition with the article joined to it (im,
// zum): a noun stands alone after one ("die Menschen", "im Stromnetz"),
// a surname seldom.
func isNounArticle(f string) bool {
	switch f {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
		"im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "d'", "e", "en", "eng", "engem", "enger":
		return true
	}
	return false
}
