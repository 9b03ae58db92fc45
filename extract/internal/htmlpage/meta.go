package htmlpage

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"github.com/newsextract/newsextract/model"
)

// pageMeta is what the page states, with what reading it needs to keep
// along the way: the <time> element most likely the publication's.
type pageMeta struct {
	blocks.Meta
	timeValue string // datetime of the <time> most likely the publication's
	timeRank  int    // how surely timeValue is the publication's; lower is surer
	labels    twitterLabels
	images    pageImages
	tagLists  int      // elements named for a list of tags read so far
	crumbs    []string // the visible breadcrumb trail
}

// readMeta collects what a page states about itself in markup, in one pass
// over the elements of the document.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	var ld []any
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if m.readElement(c, &ld) {
				visit(c, depth+1)
			}
		}
	}
	visit(root, 0)
	m.readJSONLD(ld)
	m.finishImages()
	if m.timeValue != "" {
		m.Published = append(m.Published, blocks.DateValue{Value: m.timeValue, Source: model.SourceTime})
	}
	slices.SortStableFunc(m.Published, byTrust)
	slices.SortStableFunc(m.Modified, byTrust)
	return m
}

// readElement reads what one element states, collecting the JSON-LD
// values into ld. It reports whether the element's children may state more.
func (m *pageMeta) readElement(n *html.Node, ld *[]any) bool {
	switch n.DataAtom {
	case atom.Html:
		m.Lang = attr(n, "lang")
	case atom.Title:
		if m.Title == "" {
			m.Title = textutil.CleanSpace(textOf(n))
			m.addSpaced(textOf(n))
		}
		return false
	case atom.Meta:
		m.readMetaTag(n)
		return false
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.Canonical == "" {
			m.Canonical = attr(n, "href")
		}
	case atom.Script:
		if strings.Contains(attr(n, "type"), "ld+json") {
			*ld = append(*ld, parseJSONLD(textOf(n))...)
		}
		return false
	case atom.Style, atom.Svg, atom.Template:
		return false
	case atom.Time:
		m.readTime(n, attr(n, "datetime"))
	case atom.Abbr:
		if v := attr(n, "title"); isISODate(v) {
			m.readTime(n, v) // <abbr class="published" title="2019-07-03T09:15:00+02:00">
		}
	case atom.Base:
		setOnce(&m.Base, attr(n, "href"))
	case atom.Img, atom.Source:
		m.addShown(n)
	}
	if len(n.Attr) > 0 && m.readLists(n) {
		return false
	}
	if len(n.Attr) > 0 {
		return !m.readItemprop(n)
	}
	return true
}

// addShown records the address of the picture an <img> or a <source>
// shows, while fewer than blocks.MaxShown are kept.
func (m *pageMeta) addShown(n *html.Node) {
	if len(m.Shown) >= blocks.MaxShown {
		return
	}
	var u string
	if n.DataAtom == atom.Source {
		u = largestSrc(attr(n, "srcset"))
	} else {
		u = imageSrc(n)
	}
	if isImageURL(u) {
		m.Shown = append(m.Shown, u)
	}
}

// sourceRank orders the machine-readable sources by trust.
var sourceRank = map[string]int{model.SourceJSONLD: 0, model.SourceMeta: 1, model.SourceTime: 2}

// byTrust orders dates by the trust in their sources, most trusted first.
func byTrust(a, b blocks.DateValue) int {
	return sourceRank[a.Source] - sourceRank[b.Source]
}

// attr returns the value of an attribute, white space trimmed, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return strings.TrimSpace(v)
}

// readMetaTag reads one <meta> element.
func (m *pageMeta) readMetaTag(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	if key == "" {
		key = attr(n, "itemprop")
	}
	if key == "" {
		key = attr(n, "http-equiv")
	}
	val := attr(n, "content")
	if key == "" || val == "" {
		return
	}
	key = strings.ToLower(key)
	m.readMediaTag(key, val)
	switch {
	case strings.HasPrefix(key, "twitter:label") || strings.HasPrefix(key, "twitter:data"):
		m.readTwitterLabel(key, val)
	case key == "og:title" || key == "twitter:title":
		setOnce(&m.OGTitle, val)
		m.addSpaced(val)
	case key == "og:site_name":
		setOnce(&m.SiteName, val)
	case key == "og:url":
		setOnce(&m.Canonical, val)
	case key == "description" || key == "og:description" || key == "twitter:description":
		setOnce(&m.Description, val)
	case metaAuthorSet()[key]:
		if !textutil.IsAbsoluteURL(val) {
			m.Authors = append(m.Authors, val)
		}
	case key == "og:locale" || key == "content-language" || key == "language" || key == "dc.language":
		if m.Lang == "" {
			m.Lang = val
		}
	case metaPublishedSet()[key]:
		m.Published = append(m.Published, blocks.DateValue{Value: val, Source: model.SourceMeta})
	case metaModifiedSet()[key]:
		m.Modified = append(m.Modified, blocks.DateValue{Value: val, Source: model.SourceMeta})
	}
}

// readTime reads the date v of a <time datetime> element, or of an
// <abbr> whose title writes one. The one that marks the publication is
// the one the page says so of (pubdate, itemprop, a class such as
// "published"), else the first inside an <article>, else the first on the
// page.
func (m *pageMeta) readTime(n *html.Node, v string) {
	if v == "" {
		return
	}
	if attr(n, "itemprop") == "dateModified" {
		m.Modified = append(m.Modified, blocks.DateValue{Value: v, Source: model.SourceTime})
		return
	}
	if r := timeRank(n); m.timeValue == "" || r < m.timeRank {
		m.timeValue, m.timeRank = v, r
	}
}

// isISODate reports whether v opens with an ISO 8601 calendar date,
// 2019-07-03, as the title of an <abbr> that marks a date writes it.
func isISODate(v string) bool {
	if len(v) < len("2006-01-02") || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, c := range []byte(v[:10]) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return len(v) == 10 || v[10] == 'T' || v[10] == ' '
}

// timeRank tells how surely a <time> element marks the publication: lower
// is surer.
func timeRank(n *html.Node) int {
	if _, ok := attrOK(n, "pubdate"); ok || attr(n, "itemprop") == "datePublished" {
		return 0
	}
	if namesPublication(attr(n, "class") + " " + attr(n, "id")) {
		return 1
	}
	for p, d := n.Parent, 0; p != nil && d < maxDepth; p, d = p.Parent, d+1 {
		if p.DataAtom == atom.Article {
			return 2
		}
	}
	return 3
}

// namesPublication reports whether class and id names mark a date as the
// publication's: a word of dates and one of publishing ("publish-date",
// "entry-date published").
func namesPublication(v string) bool {
	table := wordHints()
	date, published := false, false
	for w := range classWords(v) {
		date = date || table[string(w)]&hintDate != 0
		switch string(w) {
		case "publish", "published", "pubdate", "posted", "created":
			published = true
		}
	}
	return date && published
}

// attrOK returns the value of an attribute as written, and whether the
// element has it at all.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// readItemprop reads microdata dates and authors on elements other than
// <meta>. It reports whether it read the element's whole content.
func (m *pageMeta) readItemprop(n *html.Node) bool {
	switch attr(n, "itemprop") {
	case "datePublished":
		if v := firstNonEmpty(attr(n, "content"), attr(n, "datetime")); v != "" && n.DataAtom != atom.Time {
			m.Published = append(m.Published, blocks.DateValue{Value: v, Source: model.SourceMeta})
		}
	case "dateModified":
		if v := firstNonEmpty(attr(n, "content"), attr(n, "datetime")); v != "" && n.DataAtom != atom.Time {
			m.Modified = append(m.Modified, blocks.DateValue{Value: v, Source: model.SourceMeta})
		}
	case "author":
		if n.DataAtom == atom.Link {
			return false
		}
		name := ""
		if p := findItemprop(n, "name", 0); p != nil {
			name = firstNonEmpty(attr(p, "content"), textOf(p))
		}
		if name == "" {
			name = textOf(n)
		}
		if name = textutil.CleanSpace(name); name != "" {
			m.Authors = append(m.Authors, name)
		}
		return true
	}
	return false
}

// findItemprop returns the first element under n with the given itemprop.
func findItemprop(n *html.Node, prop string, depth int) *html.Node {
	if depth > maxDepth {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if attr(c, "itemprop") == prop {
			return c
		}
		if f := findItemprop(c, prop, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// textOf returns the text inside n, scripts and styles aside.
func textOf(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data
	}
	var b strings.Builder
	appendText(&b, n, 0)
	return b.String()
}

// appendText appends the text inside n to b, scripts and styles aside,
// with a space before each element.
func appendText(b *strings.Builder, n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style:
			b.WriteByte(' ')
			appendText(b, c, depth+1)
		}
	}
}

// setOnce sets *dst to v, white space cleaned, unless it is set.
func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = textutil.CleanSpace(v)
	}
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
