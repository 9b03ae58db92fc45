package extract

import (
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

// topics returns the page's tags and keywords, each once, in order: the
// tags and keywords of the markup, else those of a visible list of tags.
func (s *state) topics() []string {
	t := &s.doc.Meta.Topics
	var out []string
	seen := map[string]bool{}
	add := func(list []string) {
		for _, v := range list {
			k := strings.ToLower(v)
			if !seen[k] {
				seen[k] = true
				out = append(out, v)
			}
		}
	}
	add(t.Tags)
	add(t.LDKeywords)
	add(t.Keywords)
	if len(out) == 0 {
		add(t.Visible)
	}
	return out
}
