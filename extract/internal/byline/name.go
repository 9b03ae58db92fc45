package byline

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/country"
	"github.com/newsextract/newsextract/extract/dates"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// stripBylinePrefix removes "By", "Von", "Kommentar von", "Author:" and the
// like from a byline; a prefix alone ("Von") leaves nothing.
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

// isCredit reports whether s credits a picture, a video or a source rather
// than the text ("Foto: Jane Roe", "Bildquelle: EU").
func isCredit(s string) bool {
	for _, p := range creditPrefixes {
		if textutil.HasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// Split splits a list of names at commas, semicolons and the words
// for "and"; "e", "y" and "i", which names also carry ("Ortega y Gasset"),
// only where a name of two words or more stands on either side.
func Split(s string) []string {
	for _, sep := range authorSeparators {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		out = append(out, splitAtParticle(part)...)
	}
	return out
}

// Names returns the names that the credit line s lists, each cleaned by
// Clean; a word set before a country ("Adam Vidler, Frankfurt; Germany")
// is the place the writer files from, and no name.
func Names(s string) []string {
	if joinsPhrase(s) {
		return nil // the words of one phrase: "The Russian and Syrian defense ministries"
	}
	parts := Split(splitAtFullStop(s))
	var out []string
	for i, part := range parts {
		if i+1 < len(parts) && textutil.WordCount(part) == 1 && IsCountry(strings.TrimSpace(parts[i+1])) {
			continue
		}
		if name := Clean(part); name != "" {
			out = append(out, unglueCredit(name)...)
		}
	}
	return out
}

// joinsPhrase reports whether a word for "and" in s joins words of prose
// (see isPhrase) to words before it that name nobody on their own: one
// word, or a phrase opened by an article ("The Russian and Syrian defense
// ministries").
func joinsPhrase(s string) bool {
	for _, sep := range authorSeparators {
		if !strings.ContainsFunc(sep, unicode.IsLetter) {
			continue
		}
		for rest := s; ; {
			before, after, ok := strings.Cut(rest, sep)
			if !ok {
				break
			}
			rest = after
			if i := strings.LastIndexAny(before, ",;|/"); i >= 0 {
				before = before[i+1:]
			}
			if i := strings.IndexAny(after, ",;|/"); i >= 0 {
				after = after[:i]
			}
			before = stripBylinePrefix(strings.TrimSpace(before))
			if isPhrase(after) && (textutil.WordCount(before) == 1 || textutil.HasPrefixFold(before, "the ")) {
				return true
			}
		}
	}
	return false
}

// isPhrase reports whether a part of a credit line is words of prose: two
// or more, one of them in lower case and neither a particle of names nor
// a word of desks and roles ("defense ministries", not "staff writer").
func isPhrase(part string) bool {
	part = textutil.CleanSpace(part)
	if isCredit(part) {
		return false
	}
	ws := strings.Fields(stripBylinePrefix(part))
	if len(ws) < 2 {
		return false
	}
	lower := false
	for _, w := range ws {
		lw := strings.ToLower(w)
		if slices.Contains(roleWords, lw) || slices.Contains(orgWords, lw) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		lower = lower || unicode.IsLower(r) && !slices.Contains(nameParticles, w)
	}
	return lower
}

// splitAtFullStop turns into a comma each full stop that ends a name of two
// words or more before a capitalised word ("Jane Roe. Example News"); the
// dots of initials and of abbreviations ("John F. Kennedy", "Jr.") stay.
func splitAtFullStop(s string) string {
	for i := strings.Index(s, ". "); i > 0; {
		head := s[:i]
		word := head[strings.LastIndexByte(head, ' ')+1:]
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if utf8.RuneCountInString(word) >= 3 && textutil.WordCount(head[strings.LastIndexAny(head, ",;|")+1:]) >= 2 && unicode.IsUpper(r) {
			s = head + ", " + s[i+2:]
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return s
}

// unglueCredit parts a name of two or three words from the agency or
// paper written after it without a mark between ("Jane Roe Associated
// Press", "Jane Roe USA TODAY"): an agency's name, or two words the last
// of which is one of orgWords and the first names the paper. The name
// itself has none of them.
func unglueCredit(s string) []string {
	w := strings.Fields(s)
	for head := 2; head <= 3 && head < len(w); head++ {
		name, credit := strings.Join(w[:head], " "), strings.Join(w[head:], " ")
		if HasOrgWord(name) || IsAgency(name) || !isNameLike(name) || !isNameLike(credit) {
			continue
		}
		if IsAgency(credit) || len(w)-head == 2 && HasOrgWord(w[len(w)-1]) && namesDesk(credit) {
			return []string{name, credit}
		}
	}
	return []string{s}
}

// splitAtParticle splits s at the first of particleSeparators that has a
// name of two words or more on either side.
func splitAtParticle(s string) []string {
	for _, sep := range particleSeparators {
		if a, b, ok := strings.Cut(s, sep); ok && textutil.WordCount(a) >= 2 && textutil.WordCount(b) >= 2 {
			return append([]string{a}, splitAtParticle(b)...)
		}
	}
	return []string{s}
}

// InvertNames turns the names that markup writes surname first ("Roe,
// Jane"), one a value, into the order of a byline.
func InvertNames(vs []string) []string {
	out := vs
	for i, v := range vs {
		last, first, ok := strings.Cut(strings.TrimSpace(v), ", ")
		if !ok || strings.ContainsAny(first, ",;&") || len(strings.Fields(last)) != 1 || len(strings.Fields(first)) != 1 ||
			!isNameLike(last) || !isNameLike(first) || IsAgency(last) || IsAgency(first) || IsAcronymOrDomain(last) || IsAcronymOrDomain(first) {
			continue
		}
		if &out[0] == &vs[0] {
			out = slices.Clone(vs)
		}
		out[i] = first + " " + last
	}
	return out
}

// MaxWords bounds the length of a name.
const MaxWords = 5

// Clean returns the name in s, or "" when s is not a name: it holds
// a digit (a date, "2 hours ago"), an address, a label ("Grafik: …"), too
// many words, or it is a photo credit, a role or a country. A news agency
// or a desk is kept as written ("dpa", "BR24 Redaktion").
func Clean(s string) string {
	s = textutil.CleanSpace(s)
	if isCredit(s) {
		return ""
	}
	s = strings.TrimSpace(stripBylinePrefix(s))
	s = cutPlace(strings.Trim(cutParenthesis(s), " .,:;-–—|"))
	if startsRole(s) {
		return ""
	}
	if IsAgency(s) || IsDesk(s) {
		return s
	}
	if a := agencyRole(s); a != "" {
		return a
	}
	s = stripRole(s)
	if s == "" || strings.ContainsAny(s, "@/<>{}=:") {
		return ""
	}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return ""
	}
	n := textutil.WordCount(s)
	if n == 0 || n > MaxWords || isRoleWord(s) || textutil.HasPrefixFold(s, "about ") || !isNameLike(s) || IsCountry(s) ||
		n == 1 && (isPlaceholder(s) || dates.IsWeekday(s)) {
		return ""
	}
	return unshout(s)
}

// IsDesk reports whether s credits a newsroom or its staff ("Guardian
// staff reporter", "BR24 Redaktion"), which need not look like a name.
func IsDesk(s string) bool {
	n := textutil.WordCount(s)
	return n >= 2 && n <= MaxWords && HasOrgWord(s) && !HasNumber(s)
}

// IsStaffRole reports whether s names a role at a desk rather than the
// desk: its words are those of desks and roles only, one of them a role's
// ("Staff writer", "News editor"). Beside a person's name it is that
// person's role; "Staff Reports" names a desk.
func IsStaffRole(s string) bool {
	role, named := deskWords(s)
	return role && !named
}

// namesDesk reports whether a word of s is neither one of orgWords nor
// one of roleWords: the name of the desk or the paper ("Harbour" in
// "Harbour Gazette", not "Editorial Staff").
func namesDesk(s string) bool {
	_, named := deskWords(s)
	return named
}

// deskWords reports whether a word of s is one of roleWords, and whether
// one is neither a role's nor one of orgWords.
func deskWords(s string) (role, named bool) {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch {
		case slices.Contains(roleWords, w):
			role = true
		case !slices.Contains(orgWords, w):
			named = true
		}
	}
	return role, named
}

// cutParenthesis removes a parenthesis that ends a name: the initials a
// paper signs with ("Elena Oberholzer (obe)"), an affiliation.
func cutParenthesis(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	if i := strings.LastIndexByte(s, '('); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// HasNumber reports whether a word of s begins with a digit: a date, a
// time, a count, not a name ("BR24 Redaktion" is one).
func HasNumber(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// cutPlace removes where the author wrote from ("Jane Roe in Kyiv"): a
// place word followed by one to three capitalised words at the end.
func cutPlace(s string) string {
	for _, w := range placeWords {
		i := strings.LastIndex(s, w)
		if i <= 0 {
			continue
		}
		rest := s[i+len(w):]
		if n := textutil.WordCount(rest); n >= 1 && n <= 3 && isNameLike(rest) {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// stripRole removes a role written before a name ("Redakteurin Jane
// Roe") or after it ("배윤경 기자").
func stripRole(s string) string {
	if first, rest, ok := strings.Cut(s, " "); ok && textutil.WordCount(rest) >= 2 && isRoleWord(first) {
		return rest
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && isRoleWord(s[i+1:]) && !isRoleWord(s[:i]) &&
		(textutil.WordCount(s[:i]) >= 2 || isCaseless(s[:i])) {
		return s[:i]
	}
	return s
}

// agencyRole returns the agency of a role held at it ("AP Sports Writer",
// "Reuters Staff Correspondent" give "AP" and "Reuters"), or "".
func agencyRole(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || !IsAgency(first) || !isRoleWord(rest) {
		return ""
	}
	if len(first) <= 3 {
		return strings.ToUpper(first) // "Ap" in a byline set in title case
	}
	return first
}

// isPlaceholder reports whether a one-word name is what a site prints
// where it names nobody: a label of its pages ("Share") or a user's
// placeholder ("Admin", "Guest").
func isPlaceholder(s string) bool {
	return slices.Contains(placeholders, strings.ToLower(s))
}

// startsRole reports whether s begins with the words that introduce a
// role ("dalla nostra corrispondente", "from our correspondent").
func startsRole(s string) bool {
	for _, p := range roleOpeners {
		if textutil.HasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// isCaseless reports whether s begins with a letter of a script without
// case, whose names may be one word.
func isCaseless(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.IsUpper(r)
}

// IsCountry reports whether the name is a country's, a place and not a
// person.
func IsCountry(s string) bool {
	for _, m := range country.Find(s) {
		if m.Start == 0 && m.End == len(s) {
			return true
		}
	}
	return false
}

// isNameLike reports whether every word of s begins with a capital letter,
// or a letter of a script without case (Chinese, Korean, Arabic), but for
// the particles names carry: a sentence ("The suspect confessed") or a user
// name ("jdadmin") is no name.
func isNameLike(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !isCaseless(w) && !slices.Contains(nameParticles, w) {
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

// IsAgency reports whether a name is a news agency's ("AP", "dpa",
// "Anadolu Ajansı").
func IsAgency(name string) bool {
	return agencySet()[strings.ToLower(name)]
}

// agencySet is agencyNames as a set, made on first use.
var agencySet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(agencyNames) })

// IsCompany reports whether a name is a company's: its last word is the
// form of a company ("GmbH", "Ltd", "Inc.").
func IsCompany(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && companySet()[strings.TrimRight(f[len(f)-1], ",")]
}

// companySet is companyForms as a set, made on first use.
var companySet = sync.OnceValue(func() map[string]bool { return textutil.SetOf(companyForms) })

// Bounds of a signature: a line of names alone at the head or the end of
// the text.
const (
	maxSignatureBytes = 80
	maxSignatureWords = 4
)

// IsSignature reports whether a paragraph is nothing but the names of
// people ("Lê Phương", "Mathatisi Sebusi/Mohalenyane Phakela"), each of two
// words or more: the text signed by its authors.
func IsSignature(t string) bool {
	if len(t) > maxSignatureBytes || textutil.EndsSentence(t) || HasNumber(t) {
		return false
	}
	parts := Split(t)
	for _, p := range parts {
		p = strings.TrimSpace(p)
		n := textutil.WordCount(p)
		if n < 2 || n > maxSignatureWords || Clean(p) == "" || IsDesk(p) || IsAgency(p) || IsOrganisation(p) || hasLongHangulWord(p) {
			return false
		}
	}
	return len(parts) > 0
}

// maxHangulName is the most syllables of a word of a Korean name.
const maxHangulName = 4

// hasLongHangulWord reports whether a word of s is written in Hangul with
// more syllables than a word of a name has: a word with its particle or
// ending, as prose writes it ("리벤지인가").
func hasLongHangulWord(s string) bool {
	for _, w := range strings.Fields(s) {
		n := 0
		for _, r := range w {
			if !unicode.Is(unicode.Hangul, r) {
				n = 0
				break
			}
			n++
		}
		if n > maxHangulName {
			return true
		}
	}
	return false
}

// HasOrgWord reports whether a name has a word of orgWords.
func HasOrgWord(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		for _, o := range orgWords {
			if w == o {
				return true
			}
		}
	}
	return false
}

// IsOrganisation reports whether a name has a word of orgWords or begins
// with "The".
func IsOrganisation(name string) bool {
	return textutil.HasPrefixFold(name, "the ") || HasOrgWord(name)
}

// StartsByline reports whether s begins with a byline prefix ("By ",
// "Von ", "Автор:") and has a name after it.
func StartsByline(s string) bool {
	for _, p := range bylinePrefixes {
		if textutil.HasPrefixFold(s, p) && len(s) > len(p)+2 {
			return true
		}
	}
	return false
}

// AfterAuthorLabel returns what follows the label of an author field
// that opens s ("Autorin/Autor Roman Roe" gives "Roman Roe"), and false
// when no such label opens it or nothing follows it. The label is set off
// by a colon or a space.
func AfterAuthorLabel(s string) (string, bool) {
	s = textutil.CleanSpace(s)
	for _, l := range authorLabels {
		if len(s) <= len(l) || !textutil.HasPrefixFold(s, l) {
			continue
		}
		rest := s[len(l):]
		switch r, w := utf8.DecodeRuneInString(rest); r {
		case ':', '：':
			rest = rest[w:]
		case ' ':
		default:
			continue
		}
		if rest = strings.TrimSpace(rest); rest != "" {
			return rest, true
		}
	}
	return "", false
}

// IsAcronymOrDomain reports whether a one-word name is an acronym ("CNN")
// or a domain name ("Cleveland.com"). A word of a script without case is
// neither.
func IsAcronymOrDomain(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	return strings.Contains(name, ".") ||
		(utf8.RuneCountInString(name) <= 5 && strings.ToUpper(name) == name && strings.IndexFunc(name, unicode.IsUpper) >= 0)
}
