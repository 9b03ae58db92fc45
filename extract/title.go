package extract

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/layout"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// title chooses the headline among what the page offers, by agreement:
// the visible headline block when another candidate (the JSON-LD headline,
// og:title, <title>) confirms it, or that candidate when it writes the
// block's first words as a kicker, or the part of the block that one
// confirms when a kicker is glued on before it; else the candidate most of the others
// confirm, the JSON-LD headline first, then og:title, the headline block
// and <title>. Titles lose the site's name that pages add to them, and the
// soft hyphens, zero-width characters and character references they carry.
func (s *state) title(top layout.TopMatter) string {
	return s.spaced(s.pickTitle(top))
}

// spaced returns the title t as the page's markup writes it, with the
// no-break and ideographic spaces that cleaning folded, when the titles in
// markup (<title>, og:title, twitter:title, the JSON-LD headline) write it
// so at least twice, a site's name after it aside: one alone that does is
// a slip of the place that writes it.
func (s *state) spaced(t string) string {
	written, seen := "", 0
	for _, sp := range s.doc.Meta.Spaced {
		switch c := cleanTitle(sp); {
		case c == t:
			written = sp
			seen++
		case strings.HasPrefix(c, t):
			seen++ // with the site's name after it
		}
	}
	if written == "" || seen < 2 {
		return t
	}
	return strings.TrimSpace(dropInvisible(unescapeRefs(written)))
}

// pickTitle chooses the title as title says, its white space cleaned.
func (s *state) pickTitle(top layout.TopMatter) string {
	m := &s.doc.Meta
	h := cleanTitle(s.firstWith(blocks.Headline))
	if top.HeadlineIsPageTitle && s.doc.Markup || s.namesSite(h) {
		h = "" // no headline but the <title>, which is a candidate below; or the site's name set as one
	}
	ld, og := cleanTitle(m.Headline), cleanTitle(m.OGTitle)
	pt := cleanTitle(firstNonEmpty(m.Title, s.firstWith(blocks.PageTitle)))
	cands := []string{ld, og, pt}
	if h != "" {
		for _, c := range cands {
			if c != "" && agrees(h, c) {
				return h
			}
		}
		if t := printedKicker(h, cands); t != "" {
			return t
		}
		if t := sharedTail(h, cands); t != "" {
			return t
		}
	}
	all := []string{s.stripSite(ld), s.stripSite(og), h, s.stripSite(pt)}
	best, votes := "", -1
	for i, c := range all {
		if c == "" {
			continue
		}
		n := 0
		for j, o := range []string{ld, og, h, pt} {
			if j != i && o != "" && agrees(c, o) {
				n++
			}
		}
		if n > votes {
			best, votes = c, n
		}
	}
	return best
}

// firstNonEmpty returns the first of vs that is not "".
func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// agrees reports whether the headline h is confirmed by candidate c: they
// are the same, or c is h with a site's name added.
func agrees(h, c string) bool {
	return textutil.SameText(h, c) || blocks.IsTitleOf(c, h)
}

// stripSite removes the site's name and section that a page title carries
// before or after the headline ("Headline - News | BNews"): the part the
// page prints as a block of its own is the headline; else a part at either
// end goes while it has three words or fewer and the other end more, or
// while it names the site (see namesSite).
func (s *state) stripSite(t string) string {
	parts := blocks.SplitTitle(t)
	if len(parts) <= 1 {
		return strings.TrimSpace(t)
	}
	if p := s.shownPart(parts); p != "" {
		return p
	}
	lo, hi := 0, len(parts)
	for hi-lo > 1 {
		switch {
		case isSitePart(parts[hi-1], parts[lo]) || s.namesSite(parts[hi-1]):
			hi--
		case isSitePart(parts[lo], parts[hi-1]) || s.namesSite(parts[lo]):
			lo++
		default:
			return span(t, parts[lo], parts[hi-1])
		}
	}
	return parts[lo]
}

// maxShownBlocks bounds the blocks at the head of the page searched for
// a part of its title.
const maxShownBlocks = 40

// shownPart returns the one part of a page title's parts that the page
// prints as a block of its own, of minShownWords words or more: the
// visible headline, whatever the parts beside it are; else "".
func (s *state) shownPart(parts []string) string {
	found := ""
	for _, b := range s.doc.Blocks[:min(len(s.doc.Blocks), maxShownBlocks)] {
		if b.Role == blocks.PageTitle {
			continue
		}
		for _, p := range parts {
			if textutil.WordCount(p) >= minShownWords && textutil.SameText(p, b.Text) {
				if found != "" && found != p {
					return ""
				}
				found = p
			}
		}
	}
	return found
}

// minShownWords is the fewest words of a title's part told by its being
// printed on the page.
const minShownWords = 3

// namesSite reports whether part, at one end of a page title, names the
// site however many words it has: as its og:site_name or JSON-LD
// publisher does, or as the main label of its host does with the spaces
// left out ("The Globe and Mail" on theglobeandmail.com).
func (s *state) namesSite(part string) bool {
	m := &s.doc.Meta
	return m.SiteName != "" && textutil.SameText(part, m.SiteName) ||
		m.Publisher != "" && textutil.SameText(part, m.Publisher) ||
		spellsLabel(part, hostLabel(s.a.URL))
}

// isSitePart reports whether part, at one end of a page title, is the site's
// name or section rather than the headline, whose other end is other.
func isSitePart(part, other string) bool {
	return textutil.WordCount(part) <= 3 && textutil.WordCount(other) > textutil.WordCount(part)
}

// span returns the text of t from the first occurrence of first to the end
// of the last occurrence of last.
func span(t, first, last string) string {
	i := strings.Index(t, first)
	j := strings.LastIndex(t, last)
	if i < 0 || j < i {
		return first
	}
	return strings.TrimSpace(t[i : j+len(last)])
}

// titleAffix returns what the page title adds to the headline: the site's
// name and perhaps a section, split into parts.
func (s *state) titleAffix(top layout.TopMatter) []string {
	pt := s.doc.Meta.Title
	if pt == "" {
		pt = s.firstWith(blocks.PageTitle)
	}
	if pt == "" && top.HeadlineIsPageTitle && s.doc.Markup {
		pt = s.firstWith(blocks.Headline)
	}
	h := s.a.Title
	if pt == "" || h == "" {
		return nil
	}
	if rest, ok := strings.CutPrefix(pt, h); ok {
		return blocks.SplitTitle(rest)
	}
	if rest, ok := strings.CutSuffix(pt, h); ok {
		return blocks.SplitTitle(rest)
	}
	return nil
}

// cleanTitle returns a title candidate without the characters that print
// nothing (soft hyphens, zero-width spaces and joiners, byte-order marks)
// and with the character references that markup left in it ("&#8217;",
// "&quot;") decoded.
func cleanTitle(t string) string {
	return textutil.CleanSpace(dropInvisible(unescapeRefs(t)))
}

// unescapeRefs decodes the character references in t.
func unescapeRefs(t string) string {
	if strings.IndexByte(t, '&') >= 0 && strings.IndexByte(t, ';') >= 0 {
		return html.UnescapeString(t)
	}
	return t
}

// dropInvisible removes the characters of t that print nothing.
func dropInvisible(t string) string {
	if !strings.ContainsFunc(t, isInvisible) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, t)
}

// isInvisible reports whether r prints nothing inside a word.
func isInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// kickerSeps are what sets a kicker off from the headline in a title.
var kickerSeps = [...]string{": ", " – ", " — ", " - "}

// printedKicker returns the candidate that is the headline h with a colon
// or a dash after its first words, or "": a page that prints its kicker
// and headline as one heading and writes them so in its titles
// ("Harbour works: Ferry runs again" for the heading "Harbour works Ferry
// runs again") titles them as one, in the form most of its titles write.
func printedKicker(h string, cands []string) string {
	best, votes := "", 0
	for _, c := range cands {
		if !kickerOf(h, c) {
			continue
		}
		n := 0
		for _, o := range cands {
			if strings.HasPrefix(o, c) {
				n++ // c itself, or c with the site's name after it
			}
		}
		if n > votes {
			best, votes = c, n
		}
	}
	return best
}

// kickerOf reports whether the title c is the heading h with a colon or a
// dash after its first words.
func kickerOf(h, c string) bool {
	for _, sep := range kickerSeps {
		if i := strings.Index(c, sep); i > 0 && textutil.SameText(c[:i]+" "+c[i+len(sep):], h) {
			return true
		}
	}
	return false
}

// minTailRunes is how long the part a headline shares with another title
// is at least for the rest to be told a kicker.
const minTailRunes = 20

// sharedTail returns the end that the headline h shares with one of the
// candidates when what stands before it in each differs: a kicker glued on
// before the headline proper ("Eskalation im Nahen Osten «…»" beside
// "Iranischer Angriff auf Israel: «…»"), or a candidate that is the
// headline without its kicker. It returns "" when there is none. The part
// begins a word in both and makes up most of the headline.
func sharedTail(h string, cands []string) string {
	for _, c := range cands {
		if c == "" {
			continue
		}
		c = blocks.SplitTitle(c)[0]
		n := commonSuffix(h, c)
		tail := strings.TrimSpace(h[len(h)-n:])
		if utf8.RuneCountInString(tail) < minTailRunes || 2*len(tail) < len(h) || tail == h {
			continue
		}
		if startsWord(h, len(h)-len(tail)) && startsWord(c, len(c)-len(tail)) && kickerBefore(c, len(c)-len(tail)) {
			return tail
		}
	}
	return ""
}

// commonSuffix returns the length in bytes of the longest common suffix
// of a and b that ends on whole runes.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	for n > 0 && !utf8.RuneStart(a[len(a)-n]) {
		n--
	}
	return n
}

// startsWord reports whether i begins a word of s: at its start or after
// a space.
func startsWord(s string, i int) bool {
	return i == 0 || s[i-1] == ' '
}

// kickerBefore reports whether what stands before i in c is empty or a
// kicker set off from the headline by a colon or a dash.
func kickerBefore(c string, i int) bool {
	k := strings.TrimSpace(c[:i])
	if k == "" {
		return true
	}
	for _, sep := range kickerSeps {
		if strings.HasSuffix(k+" ", sep) {
			return true
		}
	}
	return false
}
