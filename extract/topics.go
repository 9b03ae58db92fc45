package extract

import (
	"slices"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// description returns the summary the page gives search engines and
// sharing.
func (s *state) description() string {
	return textutil.CleanSpace(s.doc.Meta.Description)
}

// section returns the part of the publication the article is in: the
// section the markup names, else the innermost crumb of the breadcrumb
// trail other than the home page and the article itself.
func (s *state) section() string {
	m := &s.doc.Meta
	if m.Section != "" {
		return m.Section
	}
	crumbs := m.Breadcrumbs
	if len(crumbs) > 1 {
		crumbs = crumbs[1:] // the home page
	}
	if n := len(crumbs); n > 0 && (textutil.SameText(crumbs[n-1], s.a.Title) || len(crumbs[n-1]) > maxSectionBytes) {
		crumbs = crumbs[:n-1]
	}
	if len(crumbs) == 0 || len(m.Breadcrumbs) == 1 {
		return ""
	}
	return crumbs[len(crumbs)-1]
}

// maxSectionBytes bounds the length of a section's name; a longer crumb is
// the article's title.
const maxSectionBytes = 60

// topics returns the page's tags and keywords, each once, in order. Where
// the markup states them in several ways (meta keywords, JSON-LD
// keywords, article:tag), the one that agrees most with the others is
// taken, else the first in that order; a visible list of tags serves when
// the markup states none. A topic that runs others together ("Boxen
// Russland Frank Warren") is left out.
func (s *state) topics() []string {
	t := &s.doc.Meta.Topics
	all := unique(slices.Concat(t.Keywords, t.LDKeywords, t.Tags))
	var sources [][]string
	for _, src := range [][]string{t.Keywords, t.LDKeywords, t.Tags} {
		if src = withoutRunTogether(unique(src), all); len(src) > 0 {
			sources = append(sources, src)
		}
	}
	if len(sources) == 0 {
		vis := unique(t.Visible)
		return s.withoutSite(withoutRunTogether(vis, vis))
	}
	return s.withoutSite(mostAgreed(sources))
}

// withoutSite leaves out the topics that name the site itself: its name,
// its publisher or a domain ("ottawacitizen.com"), which pages put in
// their keywords for search engines.
func (s *state) withoutSite(ts []string) []string {
	m := &s.doc.Meta
	out := ts[:0:0]
	for _, v := range ts {
		if textutil.SameText(v, s.a.Site) || textutil.SameText(v, m.SiteName) || textutil.SameText(v, m.Publisher) || isDomain(v) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// isDomain reports whether v is a domain name: words of letters, digits
// and hyphens parted by dots, without spaces.
func isDomain(v string) bool {
	if strings.ContainsAny(v, " /") || !strings.Contains(v, ".") {
		return false
	}
	for part := range strings.SplitSeq(v, ".") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if !(r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				return false
			}
		}
	}
	return true
}

// mostAgreed returns the source with the most topics that another source
// gives too, the first of equals.
func mostAgreed(sources [][]string) []string {
	count := map[string]int{}
	for _, src := range sources {
		for _, v := range src {
			count[strings.ToLower(v)]++
		}
	}
	best, bestN := 0, -1
	for i, src := range sources {
		n := 0
		for _, v := range src {
			if count[strings.ToLower(v)] > 1 {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return sources[best]
}

// unique returns the topics each once, the first spelling of each kept;
// case does not tell topics apart.
func unique(ts []string) []string {
	seen := make(map[string]bool, len(ts))
	out := make([]string, 0, len(ts))
	for _, v := range ts {
		if k := strings.ToLower(v); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// withoutRunTogether leaves out the topics that hold two others of all or
// more, as a keyword field that lists all the tags with spaces between
// them.
func withoutRunTogether(ts, all []string) []string {
	out := ts[:0:0]
	for _, v := range ts {
		held := 0
		lv := strings.ToLower(v)
		for _, w := range all {
			if len(w) < len(v) && strings.Contains(lv, strings.ToLower(w)) {
				held++
			}
		}
		if held < 2 {
			out = append(out, v)
		}
	}
	return out
}
