package extract

import (
	"net/url"

	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// siteName returns the publication's name: og:site_name, the JSON-LD
// publisher, the known-sites table, what the page title adds to the
// headline, and last the URL's host.
func (s *state) siteName(top topMatter) string {
	m := &s.doc.Meta
	if m.SiteName != "" {
		return m.SiteName
	}
	if m.Publisher != "" {
		return m.Publisher
	}
	if site, ok := s.e.lookupSite(s.a.URL, ""); ok {
		return site.Name
	}
	if affix := s.titleAffix(top); len(affix) > 0 {
		return affix[len(affix)-1]
	}
	return hostOf(s.a.URL)
}

// url returns the canonical URL the page gives, resolved against the one
// the caller gave when it is relative, else the one the caller gave.
func (s *state) url() string {
	c := s.doc.Meta.Canonical
	if textutil.IsAbsoluteURL(c) {
		return c
	}
	if c != "" && textutil.IsAbsoluteURL(s.src.URL) {
		base, err := url.Parse(s.src.URL)
		ref, err2 := url.Parse(c)
		if err == nil && err2 == nil {
			return base.ResolveReference(ref).String()
		}
	}
	return s.src.URL
}

// site returns the table entry of the article's site.
func (s *state) site() (Site, bool) {
	return s.e.lookupSite(s.a.URL, s.a.Site)
}
