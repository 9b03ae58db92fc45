package extract

import (
	"strings"
	"unicode"
)

// authors returns the people credited with the article, from markup first
// and the byline second, cleaned of "By", dates, roles and duplicates.
func (s *state) authors() []string {
	var out []string
	add := func(name string) {
		name = cleanAuthor(name)
		if name == "" {
			return
		}
		for _, have := range out {
			if strings.EqualFold(have, name) {
				return
			}
		}
		out = append(out, name)
	}
	for _, a := range s.doc.meta.authors {
		for _, name := range splitAuthors(a) {
			add(name)
		}
	}
	if len(out) == 0 {
		for _, line := range s.blocksWith(roleByline) {
			for _, name := range splitAuthors(stripBylinePrefix(line)) {
				add(name)
			}
		}
	}
	return out
}

// stripBylinePrefix removes "By", "Author:" and the like from a byline.
func stripBylinePrefix(s string) string {
	for _, p := range bylinePrefixes {
		if hasPrefixFold(s, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// splitAuthors splits a list of names at commas, semicolons, "and" and "&".
func splitAuthors(s string) []string {
	for _, sep := range []string{" and ", " & ", " и ", " және ", ";", "|", "\n"} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	return strings.Split(s, ",")
}

// maxAuthorWords bounds the length of a name.
const maxAuthorWords = 5

// cleanAuthor returns the name in s, or "" when s is not a name: it holds
// digits (a date, "2 hours ago"), an address, or too many words.
func cleanAuthor(s string) string {
	s = strings.TrimSpace(stripBylinePrefix(cleanSpace(s)))
	s = strings.Trim(s, " .,:;-–—|")
	if s == "" || strings.ContainsAny(s, "@/<>{}=") {
		return ""
	}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return ""
	}
	n := wordCount(s)
	if n == 0 || n > maxAuthorWords {
		return ""
	}
	return s
}
