package extract

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// title chooses the headline among what the page offers: the headline
// block when another candidate (the JSON-LD headline, og:title, <title>)
// confirms it; else the JSON-LD headline or og:title; else the headline
// block; else <title>. Titles lose the site's name that pages add to them.
func (s *state) title(top topMatter) string {
	m := &s.doc.Meta
	h := s.firstWith(blocks.Headline)
	if top.headlineIsPageTitle && s.doc.Markup {
		h = s.stripSite(h) // a <title> carries the site's name more often than not
	}
	cands := []string{m.Headline, m.OGTitle, m.Title, s.firstWith(blocks.PageTitle)}
	if h != "" {
		for _, c := range cands {
			if c != "" && agrees(h, c) {
				return h
			}
		}
	}
	for _, c := range cands[:2] {
		if c != "" {
			return s.stripSite(c)
		}
	}
	if h != "" {
		return h
	}
	for _, c := range cands[2:] {
		if c != "" {
			return s.stripSite(c)
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
