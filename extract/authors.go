package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// authors returns the people credited with the article, cleaned of "By",
// dates, roles and duplicates. Markup (JSON-LD, meta tags, microdata) is
// trusted first, but a visible byline that names everyone the markup names
// and more wins, as markup often keeps only the first author. Organisations
// count only when no person is credited.
func (s *state) authors() []string {
	m := &s.doc.Meta
	marked := nameList(m.Authors)
	byline := nameList(s.blocksWith(blocks.Byline))
	var people, orgs []string
	switch {
	case len(byline) > len(marked) && containsAll(byline, marked):
		people = byline
	case len(marked) > 0:
		people = marked
	default:
		people = byline
	}
	people, orgs = s.splitOrganisations(people)
	if len(people) > 0 {
		return people
	}
	orgs = append(nameList(m.AuthorOrgs), orgs...)
	return dedupe(orgs)
}

// nameList returns the distinct names in the given author strings, each
// of which may list several, cleaned by cleanAuthor.
func nameList(ss []string) []string {
	var out []string
	for _, a := range ss {
		for _, name := range splitAuthors(a) {
			if name = cleanAuthor(name); name != "" {
				out = append(out, name)
			}
		}
	}
	return dedupe(out)
}

// dedupe drops names that repeat an earlier one, case and middle names
// aside ("Troy L. Smith", "Troy Smith").
func dedupe(names []string) []string {
	out := names[:0:0]
	for _, n := range names {
		if !slices.ContainsFunc(out, func(have string) bool { return sameName(have, n) }) {
			out = append(out, n)
		}
	}
	return out
}

// sameName reports whether a and b are one name: equal but for case, or
// with the same first and last word.
func sameName(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 1 && len(fb) > 1 &&
		strings.EqualFold(fa[0], fb[0]) && strings.EqualFold(fa[len(fa)-1], fb[len(fb)-1])
}

// containsFold reports whether list holds s, case aside.
func containsFold(list []string, s string) bool {
	for _, have := range list {
		if strings.EqualFold(have, s) {
			return true
		}
	}
	return false
}

// containsAll reports whether every name of sub is in list.
func containsAll(list, sub []string) bool {
	for _, s := range sub {
		if !containsFold(list, s) {
			return false
		}
	}
	return true
}

// splitOrganisations parts names of people from names of organisations:
// those with a word of orgWords, the site's own name, a domain name, an
// acronym.
func (s *state) splitOrganisations(names []string) (people, orgs []string) {
	for _, n := range names {
		if isOrganisation(n) || strings.EqualFold(n, s.a.Site) || isAcronymOrDomain(n) {
			orgs = append(orgs, n)
		} else {
			people = append(people, n)
		}
	}
	return people, orgs
}

// isAcronymOrDomain reports whether a one-word name is an acronym ("CNN")
// or a domain name ("Cleveland.com").
func isAcronymOrDomain(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	return strings.Contains(name, ".") || (utf8.RuneCountInString(name) <= 5 && strings.ToUpper(name) == name)
}

// isOrganisation reports whether a name has a word of orgWords or begins
// with "The".
func isOrganisation(name string) bool {
	if textutil.HasPrefixFold(name, "the ") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, o := range orgWords {
			if w == o {
				return true
			}
		}
	}
	return false
}

// stripBylinePrefix removes "By", "Author:" and the like from a byline;
// a prefix alone ("Von") leaves nothing.
func stripBylinePrefix(s string) string {
	for _, p := range bylinePrefixes {
		if textutil.HasPrefixFold(s, p) {
			return strings.TrimSpace(s[len(p):])
		}
		if w := strings.TrimRight(p, " :"); len(s) == len(w) && strings.EqualFold(s, w) {
			return ""
		}
	}
	return s
}

// splitAuthors splits a list of names at commas, semicolons, "and" and "&".
func splitAuthors(s string) []string {
	for _, sep := range authorSeparators {
		s = strings.ReplaceAll(s, sep, ",")
	}
	return strings.Split(s, ",")
}

// maxAuthorWords bounds the length of a name.
const maxAuthorWords = 5

// cleanAuthor returns the name in s, or "" when s is not a name: it holds
// digits (a date, "2 hours ago"), an address, or too many words.
func cleanAuthor(s string) string {
	s = strings.TrimSpace(stripBylinePrefix(textutil.CleanSpace(s)))
	s = strings.Trim(s, " .,:;-–—|")
	if s == "" || strings.ContainsAny(s, "@/<>{}=") {
		return ""
	}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return ""
	}
	n := textutil.WordCount(s)
	if n == 0 || n > maxAuthorWords || isRoleWord(s) || textutil.HasPrefixFold(s, "about ") || !isNameLike(s) {
		return ""
	}
	return unshout(s)
}

// isNameLike reports whether every word of s begins with a capital letter,
// but for the particles names carry: a sentence ("The suspect confessed")
// or a user name ("jdadmin") is no name.
func isNameLike(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !slices.Contains(nameParticles, w) {
			return false
		}
	}
	return true
}

// unshout writes a name of several words set in capitals ("STEVE PEOPLES")
// with capitals only at the start of its words.
func unshout(s string) string {
	if !strings.Contains(s, " ") || strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// isRoleWord reports whether s names a position rather than a person.
func isRoleWord(s string) bool {
	lower := strings.ToLower(s)
	for _, w := range roleWords {
		if strings.HasSuffix(lower, w) {
			return true
		}
	}
	return false
}
