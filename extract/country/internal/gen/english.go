package main

import "strings"

// enClean turns a CLDR English name into a name for running text:
// "Antigua & Barbuda" → "Antigua and Barbuda", "St. Lucia" → "Saint Lucia".
func enClean(s string) string {
	s = strings.ReplaceAll(s, " & ", " and ")
	if strings.HasPrefix(s, "St. ") {
		s = "Saint " + s[len("St. "):]
	}
	return s
}

// enDemonym returns an English adjective or demonym with its plural when
// it has one: Kazakh → Kazakhs, Frenchman → Frenchmen; adjectives in -sh,
// -ch, -ese, -ic and words in -s, -x, -z have no plural.
func enDemonym(w string) []string {
	lower := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lower, "man") || strings.HasSuffix(lower, "woman"):
		return []string{w, w[:len(w)-2] + "en"}
	case hasAnySuffix(lower, "sh", "ch", "ese", "ic", "men", "s", "x", "z"):
		return []string{w}
	}
	return []string{w, w + "s"}
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
