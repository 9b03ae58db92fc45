package extract

import (
	"strings"
	"unicode"
)

// authors returns the people credited with the article, cleaned of "By",
// dates, roles and duplicates. Markup (JSON-LD, meta tags, microdata) is
// trusted first, but a visible byline that names everyone the markup names
// and more wins, as markup often keeps only the first author. Organisations
// count only when no person is credited.
func (s *state) authors() []string {
	m := &s.doc.meta
	marked := nameList(m.authors)
	byline := nameList(s.blocksWith(roleByline))
	var people, orgs []string
	switch {
	case len(byline) > len(marked) && containsAll(byline, marked):
		people = byline
	case len(marked) > 0:
		people = marked
	default:
		people = byline
	}
	people, orgs = splitOrganisations(people)
	if len(people) > 0 {
		return people
	}
	orgs = append(nameList(m.authorOrgs), orgs...)
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

// dedupe drops names that repeat an earlier one, case aside.
func dedupe(names []string) []string {
	out := names[:0:0]
	for _, n := range names {
		if !containsFold(out, n) {
			out = append(out, n)
		}
	}
	return out
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

// orgWords mark a credit to an organisation or a desk rather than a
// person.
var orgWords = []string{
	"staff", "reports", "report", "desk", "news", "press", "agency", "agencies", "wire", "editorial",
	"editors", "newsroom", "team", "associated", "reuters", "bureau", "service",
	"редакция", "служба", "агентство", "новости",
}

// splitOrganisations parts names of people from names of organisations.
func splitOrganisations(names []string) (people, orgs []string) {
	for _, n := range names {
		if isOrganisation(n) {
			orgs = append(orgs, n)
		} else {
			people = append(people, n)
		}
	}
	return people, orgs
}

// isOrganisation reports whether a name has a word of orgWords.
func isOrganisation(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, o := range orgWords {
			if w == o {
				return true
			}
		}
	}
	return false
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

// authorSeparators part the names in a list of authors.
var authorSeparators = []string{" and ", " & ", " и ", " және ", ";", "|", "\n", "·", "•"}

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
	s = strings.TrimSpace(stripBylinePrefix(cleanSpace(s)))
	s = strings.Trim(s, " .,:;-–—|")
	if s == "" || strings.ContainsAny(s, "@/<>{}=") {
		return ""
	}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return ""
	}
	n := wordCount(s)
	if n == 0 || n > maxAuthorWords || isRoleWord(s) {
		return ""
	}
	return s
}

// roleWords follow a name in bylines ("Jane Roe, Science Editor") and are
// no names themselves.
var roleWords = []string{
	"correspondent", "editor", "reporter", "writer", "contributor", "columnist", "photographer",
	"staff writer", "senior", "chief", "корреспондент", "редактор", "обозреватель",
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
