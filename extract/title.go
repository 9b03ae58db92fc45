package extract

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// title chooses the headline among what the page offers, by agreement:
// the visible headline block when another candidate (the JSON-LD headline,
// og:title, <title>) confirms it, or the part of it that one confirms when
// a kicker is glued on before it; else the candidate most of the others
// confirm, the JSON-LD headline first, then og:title, the headline block
// and <title>. Titles lose the site's name that pages add to them, and the
// soft hyphens, zero-width characters and character references they carry.
func (s *state) title(top topMatter) string {
	return s.spaced(s.pickTitle(top))
}

// spaced returns the title t as the page's markup writes it, with the
// no-break and ideographic spaces that cleaning folded, when one of the
// titles in markup is t so written.
func (s *state) spaced(t string) string {
	for _, sp := range s.doc.Meta.Spaced {
		if cleanTitle(sp) == t {
			return strings.TrimSpace(dropInvisible(unescapeRefs(sp)))
		}
	}
	return t
}

// pickTitle chooses the title as title says, its white space cleaned.
func (s *state) pickTitle(top topMatter) string {
	m := &s.doc.Meta
	h := cleanTitle(s.firstWith(blocks.Headline))
	if top.headlineIsPageTitle && s.doc.Markup {
		h = "" // no headline but the <title>, which is a candidate below
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
// before or after the headline ("Headline - News | BNews"): a part at either
// end of three words or fewer goes while the other end has more words than
// it.
func (s *state) stripSite(t string) string {
	parts := blocks.SplitTitle(t)
	if len(parts) <= 1 {
		return strings.TrimSpace(t)
	}
	lo, hi := 0, len(parts)
	for hi-lo > 1 {
		switch {
		case isSitePart(parts[hi-1], parts[lo]):
			hi--
		case isSitePart(parts[lo], parts[hi-1]):
			lo++
		default:
			return span(t, parts[lo], parts[hi-1])
		}
	}
	return parts[lo]
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
func (s *state) titleAffix(top topMatter) []string {
	pt := s.doc.Meta.Title
	if pt == "" {
		pt = s.firstWith(blocks.PageTitle)
	}
	if pt == "" && top.headlineIsPageTitle && s.doc.Markup {
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
