package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/byline"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// authors returns the people credited with the article, cleaned of "By"
// in many languages, dates, roles, photo credits and duplicates, then the
// news agencies and desks credited beside them ("Adam Vidler; AP", "Scott
// Gilbertson; Gear Team"), but for the site's own name. Markup (JSON-LD,
// meta tags, microdata) is trusted first, but a visible byline that names
// everyone the markup names and more wins, as markup often keeps only the
// first author. Other organisations and desks count only when no person is
// credited, and a company ("… GmbH") never does; nor, beside a person, a
// desk the credit does not name ("Jane Roe, Staff writer"). Where neither
// markup nor a byline names a person, the author field of a box of facts
// ("Autor: Jane Roe") may, or a closing credit in brackets ("（责编：王明）").
func (s *state) authors() []string {
	m := &s.doc.Meta
	marked := s.markedNames()
	lines := s.blocksWith(blocks.Byline)
	for i, l := range lines {
		lines[i] = beforeDateLabel(l)
	}
	credited := nameList(lines)
	var people, orgs []string
	markedPeople, _ := s.splitOrganisations(marked)
	switch {
	case len(marked) > 0 && extendsMarkup(lines, marked) != nil:
		people = extendsMarkup(lines, marked)
	case len(markedPeople) == 0 && len(credited) > 0:
		people = append(credited, marked...) // the markup credits only desks
	case onlyUserNames(markedPeople) && hasFullName(credited):
		people = credited // the markup names the account that posted the page
	case len(marked) > 0:
		people = marked
	default:
		people = credited
	}
	people, orgs = s.splitOrganisations(people)
	if len(people) == 0 {
		people = s.labelledPeople()
	}
	ldOrgs := append(orgNames(m.AuthorOrgs), orgs...)
	if len(people) > 0 {
		return dedupe(append(people, slices.DeleteFunc(ldOrgs, func(n string) bool {
			return !byline.IsAgency(n) && (!byline.IsDesk(n) || byline.IsStaffRole(n) || s.isOwnName(n))
		})...))
	}
	ldOrgs = dedupe(ldOrgs)
	if others := slices.DeleteFunc(slices.Clone(ldOrgs), s.isOwnName); len(others) > 0 {
		return others // the agency or desk credited, not the site itself
	}
	return ldOrgs
}

// maxLabelledBytes bounds the length of a line that gives the author field
// of a page's facts.
const maxLabelledBytes = 120

// labelledPeople returns the people named by the first author field of
// the page's facts outside its text ("Autorin/Autor Jane Roe" in a box of
// facts beside the article), where neither the markup nor a byline names
// a person.
func (s *state) labelledPeople() []string {
	for _, b := range s.doc.Blocks {
		if b.IsBody() || len(b.Text) > maxLabelledBytes {
			continue
		}
		if people := s.fieldPeople(b.Text); len(people) > 0 {
			return people
		}
	}
	return s.closingCredit()
}

// fieldPeople returns the people an author field names ("Autor: Jane
// Roe"), or nil when t is no such field or names no person.
func (s *state) fieldPeople(t string) []string {
	rest, ok := byline.AfterAuthorLabel(t)
	if !ok {
		return nil
	}
	people, _ := s.splitOrganisations(nameList([]string{rest}))
	return people
}

// closingLines is how many of the text's last blocks are read for a
// closing credit.
const closingLines = 3

// closingCredit returns the people named by an author field in brackets
// among the last blocks of the text, as Chinese news closes its articles
// ("（责编：王明、李华）"), or nil.
func (s *state) closingCredit() []string {
	seen := 0
	for i := len(s.doc.Blocks) - 1; i >= 0 && seen < closingLines; i-- {
		b := s.doc.Blocks[i]
		if !b.IsBody() {
			continue
		}
		seen++
		inner, ok := bracketed(b.Text)
		if !ok || len(inner) > maxLabelledBytes {
			continue
		}
		if people := s.fieldPeople(inner); len(people) > 0 {
			return people
		}
	}
	return nil
}

// bracketed returns what stands inside the brackets that enclose t
// whole, and whether they do.
func bracketed(t string) (string, bool) {
	t = strings.TrimSpace(t)
	for _, p := range [...][2]string{{"(", ")"}, {"（", "）"}, {"【", "】"}, {"[", "]"}} {
		if inner, ok := strings.CutPrefix(t, p[0]); ok {
			if inner, ok = strings.CutSuffix(inner, p[1]); ok && !strings.ContainsAny(inner, "()（）【】[]") {
				return strings.TrimSpace(inner), true
			}
		}
	}
	return "", false
}

// beforeDateLabel returns the byline l without the date it runs on to
// after a label ("Von Jane Holt publiziert am 13. Mai 2026" gives "Von
// Jane Holt").
func beforeDateLabel(l string) string {
	lower := strings.ToLower(l)
	if len(lower) != len(l) {
		return l
	}
	at, _ := firstLabel(lower, publishedDateLabels, 0)
	if other, _ := firstLabel(lower, otherDateLabels, 0); other >= 0 && (at < 0 || other < at) {
		at = other
	}
	if at > 0 && hasDigit(l[at:]) {
		return strings.TrimRight(l[:at], " ,;|·•–—-")
	}
	return l
}

// isOwnName reports whether a name is the site's own: its name or its
// publisher's, the main label of its host written as words, or a name with
// that label as a word ("MDR Thüringen" on mdr.de).
func (s *state) isOwnName(n string) bool {
	if s.a.Site != "" && strings.EqualFold(n, s.a.Site) || s.doc.Meta.Publisher != "" && strings.EqualFold(n, s.doc.Meta.Publisher) {
		return true
	}
	label := hostLabel(s.a.URL)
	if label == "" {
		return false
	}
	if s.creditedWithHost(n) {
		return true // "Deutsche Welle (www.dw.com)" on dw.com
	}
	if spellsLabel(n, label) {
		return true // "Stuttgarter Zeitung" on stuttgarter-zeitung.de
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool { return r == ' ' || r == '-' }) {
		if w == label || w == label+hostSuffix(s.a.URL) {
			return true
		}
	}
	return false
}

// creditedWithHost reports whether the markup credits the name n with the
// host of the page beside it, as a site credits itself.
func (s *state) creditedWithHost(n string) bool {
	host := hostOf(s.a.URL)
	for _, a := range s.doc.Meta.Authors {
		if strings.Contains(strings.ToLower(a), host) && strings.EqualFold(byline.Clean(a), n) {
			return true
		}
	}
	return false
}

// spellsLabel reports whether the name n is the host label written as
// words: "Stuttgarter Zeitung" for stuttgarter-zeitung.
func spellsLabel(n, label string) bool {
	return label != "" && strings.ReplaceAll(label, "-", "") == strings.Map(keepLetters, strings.ToLower(n))
}

// keepLetters keeps the letters and digits of a name.
func keepLetters(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return r
	}
	return -1
}

// hostLabel returns the main label of the URL's host: "mdr" for
// www.mdr.de, "" when there is none.
func hostLabel(rawURL string) string {
	h := hostOf(rawURL)
	i := strings.LastIndexByte(h, '.')
	if i <= 0 {
		return ""
	}
	h = h[:i]
	return h[strings.LastIndexByte(h, '.')+1:]
}

// hostSuffix returns the top-level domain of the URL's host with its dot
// (".de"), or "".
func hostSuffix(rawURL string) string {
	h := hostOf(rawURL)
	if i := strings.LastIndexByte(h, '.'); i > 0 {
		return h[i:]
	}
	return ""
}

// extendsMarkup returns the names of the first byline that names everyone
// the markup names and more, or nil: markup often keeps only the first
// author.
func extendsMarkup(lines, marked []string) []string {
	for _, l := range lines {
		if names := nameList([]string{l}); len(names) > len(marked) && containsAll(names, marked) {
			return names
		}
	}
	return nil
}

// onlyUserNames reports whether every name of names is a single word of
// a script with case, as the account a page was posted from is ("jdoe",
// "Heryanto"); names in Chinese or Japanese are written without spaces.
func onlyUserNames(names []string) bool {
	for _, n := range names {
		r, _ := utf8.DecodeRuneInString(n)
		if strings.ContainsRune(n, ' ') || !unicode.IsUpper(r) && !unicode.IsLower(r) {
			return false
		}
	}
	return len(names) > 0
}

// hasFullName reports whether names holds a name of two words or more.
func hasFullName(names []string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return strings.ContainsRune(n, ' ') })
}

// markedNames returns the names of the authors the markup credits: those
// of JSON-LD when it names any, as microdata and meta tags also credit the
// authors of the other articles a page shows.
func (s *state) markedNames() []string {
	m := &s.doc.Meta
	if m.LDAuthors > 0 && m.LDAuthors <= len(m.Authors) {
		if names := nameList(byline.InvertNames(m.Authors[:m.LDAuthors])); len(names) > 0 {
			return names
		}
	}
	return nameList(byline.InvertNames(m.Authors))
}

// orgNames returns the distinct names of the organisations markup
// credits, which need not look like a person's ("kicker", "mbl.is"), but
// for companies.
func orgNames(ss []string) []string {
	var out []string
	for _, a := range ss {
		n := strings.Trim(textutil.CleanSpace(a), " .,:;-–—|")
		if n != "" && textutil.WordCount(n) <= byline.MaxWords && !byline.IsCompany(n) && !byline.HasNumber(n) {
			out = append(out, n)
		}
	}
	return dedupe(out)
}

// nameList returns the distinct names in the given author strings, each
// of which may list several, as byline.Names reads them.
func nameList(ss []string) []string {
	var out []string
	for _, a := range ss {
		out = append(out, byline.Names(a)...)
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
// those with a word of orgWords, a news agency, the site's own name, a
// domain name, an acronym. Companies are neither, and the site's name
// glued to a name ("Dan RoeThe Daily") is cut off.
func (s *state) splitOrganisations(names []string) (people, orgs []string) {
	for _, n := range names {
		n = s.unglueSite(n)
		switch {
		case byline.IsCompany(n):
		case byline.IsOrganisation(n) || byline.IsAgency(n) || s.isOwnName(n) || byline.IsAcronymOrDomain(n):
			orgs = append(orgs, n)
		default:
			people = append(people, n)
		}
	}
	return people, orgs
}

// unglueSite cuts the site's name off the end of a name that markup glued
// to it without a space.
func (s *state) unglueSite(n string) string {
	site := s.a.Site
	if site == "" || len(n) <= len(site) || !strings.EqualFold(n[len(n)-len(site):], site) {
		return n
	}
	rest := n[:len(n)-len(site)]
	if r, _ := utf8.DecodeLastRuneInString(rest); !unicode.IsLower(r) {
		return n
	}
	return rest
}
