package extract

import (
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // dates are placed in their sites' zones on any machine

	"github.com/newsextract/newsextract/extract/internal/byline"
	"github.com/newsextract/newsextract/extract/internal/layout"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// siteName returns the publication's name: og:site_name, the JSON-LD
// publisher, the known-sites table, what the page title adds to the
// headline, and last the URL's host.
func (s *state) siteName(top layout.TopMatter) string {
	m := &s.doc.Meta
	if n := cleanSiteName(m.SiteName); n != "" {
		return n
	}
	if n := cleanSiteName(m.Publisher); n != "" {
		return n
	}
	if site, ok := s.e.lookupSite(s.a.URL, ""); ok {
		return site.Name
	}
	if affix := s.titleAffix(top); len(affix) > 0 {
		if n := cleanSiteName(affix[len(affix)-1]); n != "" {
			return n
		}
	}
	return hostOf(s.a.URL)
}

// cleanSiteName returns the name a page's markup gives its site without
// the slogan set after a bar ("Harbour Daily | News for the coast") and
// the marks left at its end, or "" when it is no name: an address, a
// social account ("@harbourdaily") or a country's name alone, which a
// section of the site gave ("U.S.").
func cleanSiteName(n string) string {
	n, _, _ = strings.Cut(n, " | ")
	n = strings.TrimRight(strings.TrimSpace(n), " :|-–—")
	switch {
	case n == "", strings.HasPrefix(n, "@"), strings.Contains(n, "://"), textutil.HasPrefixFold(n, "www."):
		return ""
	case byline.IsCountry(n):
		return ""
	}
	return n
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

// Site is an entry of the known-sites table: what a news site's pages do
// not say about themselves but are needed to read them right.
type Site struct {
	// Name is the site's name as it gives it, such as "BNews".
	Name string
	// Domains are the site's host names, matched without case and without
	// a leading "www."; their subdomains match too.
	Domains []string
	// Zone is the IANA name of the zone its dates are printed in, such as
	// "Asia/Almaty"; a name the time zone database does not know counts as
	// none. A name, not an offset, so that changes of the zone's
	// rules apply to the dates they cover.
	Zone string
	// Language is the language of its pages, or empty when it publishes in
	// several.
	Language string
}

// knownSites is the built-in table. Extractor.Sites is consulted before it.
var knownSites = []Site{
	{Name: "BNews", Domains: []string{"bnews.kz"}, Zone: "Asia/Almaty"},
	{Name: "Kazinform", Domains: []string{"inform.kz"}, Zone: "Asia/Almaty"},
	{Name: "Tengrinews", Domains: []string{"tengrinews.kz"}, Zone: "Asia/Almaty"},
	{Name: "Zakon.kz", Domains: []string{"zakon.kz"}, Zone: "Asia/Almaty"},
	{Name: "Nur.kz", Domains: []string{"nur.kz"}, Zone: "Asia/Almaty"},
	{Name: "Kursiv", Domains: []string{"kursiv.media", "kursiv.kz"}, Zone: "Asia/Almaty"},
	{Name: "Vlast.kz", Domains: []string{"vlast.kz"}, Zone: "Asia/Almaty"},
	{Name: "Khabar 24", Domains: []string{"24.kz"}, Zone: "Asia/Almaty"},
	{Name: "The Astana Times", Domains: []string{"astanatimes.com"}, Zone: "Asia/Almaty", Language: "en"},
	{Name: "Egemen Qazaqstan", Domains: []string{"egemen.kz"}, Zone: "Asia/Almaty", Language: "kk"},
	{Name: "Azattyq", Domains: []string{"azattyq.org"}, Zone: "Asia/Almaty", Language: "kk"},
	{Name: "Gazeta.uz", Domains: []string{"gazeta.uz"}, Zone: "Asia/Tashkent"},
	{Name: "24.kg", Domains: []string{"24.kg"}, Zone: "Asia/Bishkek"},
	{Name: "TASS", Domains: []string{"tass.ru", "tass.com"}, Zone: "Europe/Moscow"},
	{Name: "RIA Novosti", Domains: []string{"ria.ru"}, Zone: "Europe/Moscow", Language: "ru"},
	{Name: "Interfax", Domains: []string{"interfax.ru"}, Zone: "Europe/Moscow", Language: "ru"},
	{Name: "RBC", Domains: []string{"rbc.ru"}, Zone: "Europe/Moscow", Language: "ru"},
	{Name: "Kommersant", Domains: []string{"kommersant.ru"}, Zone: "Europe/Moscow", Language: "ru"},
	{Name: "Lenta.ru", Domains: []string{"lenta.ru"}, Zone: "Europe/Moscow", Language: "ru"},
	{Name: "BBC", Domains: []string{"bbc.co.uk", "bbc.com"}, Zone: "Europe/London"},
	{Name: "The Guardian", Domains: []string{"theguardian.com"}, Zone: "Europe/London", Language: "en"},
	{Name: "The New York Times", Domains: []string{"nytimes.com"}, Zone: "America/New_York", Language: "en"},
	{Name: "The Washington Post", Domains: []string{"washingtonpost.com"}, Zone: "America/New_York", Language: "en"},
	{Name: "UN News", Domains: []string{"news.un.org"}, Zone: "America/New_York"},
}

// lookupSite finds the site of a page by the host of its URL, then by the
// name it gives itself.
func (e *Extractor) lookupSite(rawURL, name string) (Site, bool) {
	host := hostOf(rawURL)
	for _, table := range [][]Site{e.Sites, knownSites} {
		for _, s := range table {
			for _, d := range s.Domains {
				d = strings.TrimPrefix(strings.ToLower(d), "www.")
				if host != "" && (host == d || strings.HasSuffix(host, "."+d)) {
					return s, true
				}
			}
		}
	}
	if name == "" {
		return Site{}, false
	}
	for _, table := range [][]Site{e.Sites, knownSites} {
		for _, s := range table {
			if strings.EqualFold(s.Name, name) {
				return s, true
			}
		}
	}
	return Site{}, false
}

// location returns the site's zone, or nil when it names none or a zone
// the time zone database does not know. The zones of the built-in table are
// loaded once, on first use.
func (s Site) location() *time.Location {
	if s.Zone == "" {
		return nil
	}
	if loc, ok := knownZones()[s.Zone]; ok {
		return loc
	}
	loc, err := time.LoadLocation(s.Zone)
	if err != nil {
		return nil
	}
	return loc
}

// knownZones holds the loaded zones of the built-in table.
var knownZones = sync.OnceValue(func() map[string]*time.Location {
	m := map[string]*time.Location{}
	for _, s := range knownSites {
		if _, ok := m[s.Zone]; !ok && s.Zone != "" {
			if loc, err := time.LoadLocation(s.Zone); err == nil {
				m[s.Zone] = loc
			}
		}
	}
	return m
})

// hostOf returns the lower-case host of a URL without "www.", or "".
func hostOf(rawURL string) string {
	if rawURL == "" {
		return ""
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// region returns the country of the article's site by the top-level
// domain of its URL ("de" is DE, "uk" is GB), or "" for a generic domain or
// a country code that sites take for a word (genericTLDs).
func (s *state) region() string {
	host := hostOf(s.a.URL)
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if len(tld) != 2 || tld == host || slices.Contains(genericTLDs, tld) {
		return ""
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return ""
		}
	}
	if tld == "uk" {
		return "GB"
	}
	return strings.ToUpper(tld)
}

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
