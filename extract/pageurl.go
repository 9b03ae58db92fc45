package extract

import (
	"net/url"
	"strings"
)

// pageURL is the address that the page's relative addresses are resolved
// against; nil when the page has none.
type pageURL struct {
	u *url.URL
}

// baseURL returns the page's base address: its <base href>, resolved
// against the address it was fetched from, else that address, else its
// canonical one.
func (s *state) baseURL() *pageURL {
	var base *url.URL
	for _, v := range []string{s.src.URL, s.a.URL} {
		if u, err := url.Parse(strings.TrimSpace(v)); err == nil && isWebURL(u) {
			base = u
			break
		}
	}
	if b := s.doc.Meta.Base; b != "" {
		if u, err := url.Parse(b); err == nil {
			if base != nil {
				u = base.ResolveReference(u)
			}
			if isWebURL(u) {
				base = u
			}
		}
	}
	return &pageURL{u: base}
}

// isWebURL reports whether u is an absolute http or https address.
func isWebURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// resolve returns ref as an absolute http or https address, or "" when it
// cannot be one. An address without a scheme ("//cdn.example/a.jpg") on a
// page without one takes https.
func (p *pageURL) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	switch {
	case p != nil && p.u != nil:
		u = p.u.ResolveReference(u)
	case u.Scheme == "" && u.Host != "":
		u.Scheme = "https"
	}
	if !isWebURL(u) {
		return ""
	}
	return u.String()
}
