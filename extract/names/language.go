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
