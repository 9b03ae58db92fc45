package htmlpage

import (
	"path"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// What the page states of its pictures, topics and section, beside the
// fields of the article's head: the lead image in JSON-LD and meta tags,
// the tags and keywords, the section and the breadcrumb trail.

// Bounds of the topics read.
const (
	maxTagLinkWord = 10  // bytes of the longest of tagLinkWords, with room for spaces
	maxTagLists    = 16  // elements named for a list of tags that are read; the rest are not, so that nesting costs no more than its size
	maxTopics      = 100 // topics kept from one source
	maxTopicBytes  = 100 // bytes above which a keyword is a sentence, not a topic
)

// pageImages holds the lead images of the meta tags until the JSON-LD has
// been read, which comes first, and the pictures a JSON-LD image lists
// when it lists several: the article's pictures, among which the meta
// tags tell the lead.
type pageImages struct {
	og, twitter blocks.Picture
	gallery     []blocks.Picture
}

// maxGallery bounds the pictures of a JSON-LD image kept.
const maxGallery = 16

// readMediaTag reads a meta tag of pictures, topics or section; key is
// lower case.
func (m *pageMeta) readMediaTag(key, val string) {
	switch key {
	case "og:image", "og:image:url", "og:image:secure_url":
		if m.images.og.URL == "" || key == "og:image:secure_url" && m.images.og.Width == 0 {
			m.images.og.URL = val
		}
	case "og:image:width":
		m.images.og.Width = pixels(val)
	case "og:image:height":
		m.images.og.Height = pixels(val)
	case "og:image:alt":
		setOnce(&m.images.og.Alt, val)
	case "twitter:image", "twitter:image:src":
		if m.images.twitter.URL == "" {
			m.images.twitter.URL = val
		}
	case "article:tag", "og:article:tag":
		// One tag a tag, unless the page lists them all in one, parted
		// by bare commas ("Spain,Europe,World news").
		m.Topics.Tags = appendTopics(m.Topics.Tags, val, !strings.Contains(val, ", "))
	case "keywords", "news_keywords":
		m.Topics.Keywords = appendTopics(m.Topics.Keywords, val, true)
	case "article:section", "og:article:section":
		setOnce(&m.Section, val)
	}
}

// appendTopics appends the topic v, or each of its parts between commas
// when split is set.
func appendTopics(ts []string, v string, split bool) []string {
	if !split {
		return appendTopic(ts, v)
	}
	for _, part := range subjectsOf(strings.Split(v, ",")) {
		ts = appendTopic(ts, part)
	}
	return ts
}

// subjectsOf returns the topics of a list that several taxonomies label
// ("Day: Friday", "Subject: Justice", "Partner: Factiva"): those whose
// label names a subject, when one does. Any other list is kept whole,
// such as one whose topic holds a colon ("Brexit: what next").
func subjectsOf(list []string) []string {
	labels := make([]string, len(list))
	kinds := map[string]bool{}
	subject := false
	for i, v := range list {
		if l := labelOf(textutil.CleanSpace(v)); l != "" {
			labels[i], kinds[l] = l, true
			subject = subject || subjectLabelSet()[l]
		}
	}
	if len(kinds) < minTaxonomies || !subject {
		return list
	}
	var out []string
	for i, v := range list {
		if subjectLabelSet()[labels[i]] {
			out = append(out, v)
		}
	}
	return out
}

// appendTopic appends one topic, cleaned, unless it is empty, too long or
// no word: a number or an identifier ("100312362",
// "8ae9ab2d-fe1b-4230-acb8-a59b52877682").
func appendTopic(ts []string, v string) []string {
	if strings.Contains(v, "&") {
		v = html.UnescapeString(v) // escaped twice in JSON-LD and meta tags
	}
	v = withoutLabel(textutil.CleanSpace(v))
	if v == "" || len(v) > maxTopicBytes || len(ts) >= maxTopics || !isTopicWord(v) {
		return ts
	}
	return append(ts, v)
}

// minTaxonomies is how many labels a list of topics has at least to be
// read as labelled by several taxonomies.
const minTaxonomies = 3

// maxLabelBytes bounds the label of a topic that a site's taxonomy writes
// before it ("Category: Public Service").
const maxLabelBytes = 20

// withoutLabel returns a topic without the label of the taxonomy it comes
// from: "Category: Public Service" is "Public Service". A label is a word
// or a few of letters alone before a colon and a space.
func withoutLabel(v string) string {
	if labelOf(v) == "" {
		return v
	}
	_, rest, _ := strings.Cut(v, ": ")
	return strings.TrimSpace(rest)
}

// labelOf returns the label of a topic, as withoutLabel tells it, in
// lower case, or "".
func labelOf(v string) string {
	label, rest, ok := strings.Cut(v, ": ")
	if !ok || label == "" || len(label) > maxLabelBytes || strings.TrimSpace(rest) == "" {
		return ""
	}
	for _, r := range label {
		if !unicode.IsLetter(r) && r != ' ' {
			return ""
		}
	}
	return strings.ToLower(label)
}

// isTopicWord reports whether v can name a topic: it has a letter, and is
// not an identifier of hexadecimal digits nor a tag the site keeps for
// itself, with an underscore or an at sign ("autoplay_video",
// "@top-stories").
func isTopicWord(v string) bool {
	if strings.HasPrefix(v, "@") || strings.ContainsRune(v, '_') {
		return false
	}
	letters, hex := false, true
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9', r >= 'a' && r <= 'f', r >= 'A' && r <= 'F', r == '-':
			letters = letters || r > '9' && r != '-'
		case unicode.IsLetter(r):
			letters, hex = true, false
		default:
			hex = false
		}
	}
	return letters && !(hex && len(v) >= 16)
}

// readLDMedia reads the image, keywords and section of a JSON-LD article.
func (m *pageMeta) readLDMedia(o map[string]any) {
	if len(m.Covers) == 0 && m.images.gallery == nil {
		m.readLDImage(o)
	}
	if len(m.Topics.LDKeywords) == 0 {
		m.Topics.LDKeywords = ldTopics(o["keywords"], nil)
	}
	if m.Section == "" {
		setOnce(&m.Section, ldString(o["articleSection"]))
	}
}

// readLDImage reads the lead image of a JSON-LD article. An image that
// lists several pictures, told apart by the file names of their addresses
// (the renditions of one in the shapes search engines crop it to share
// one: "1x1/photo.jpg", "16x9/photo.jpg"), lists the article's pictures,
// not its lead: the meta tags tell that one (see finishImages).
func (m *pageMeta) readLDImage(o map[string]any) {
	if list, ok := o["image"].([]any); ok {
		var pics []blocks.Picture
		names := map[string]bool{}
		for _, e := range list[:min(len(list), maxGallery)] {
			if p := ldImage(e, 1); p.URL != "" {
				pics = append(pics, p)
				names[fileName(p.URL)] = true
			}
		}
		if len(names) > 1 {
			m.images.gallery = pics
			return
		}
	}
	if p := ldImage(o["image"], 0); p.URL != "" {
		m.Covers = append(m.Covers, p)
	} else if p := ldImage(o["thumbnailUrl"], 0); p.URL != "" {
		m.Covers = append(m.Covers, p)
	}
}

// fileName returns the last part of the path of an address.
func fileName(u string) string {
	u, _, _ = strings.Cut(u, "?")
	return path.Base(u)
}

// ldImage reads a JSON-LD image: an address, an ImageObject, or a list of
// them, of which the first.
func ldImage(v any, depth int) blocks.Picture {
	if depth > 4 {
		return blocks.Picture{}
	}
	switch t := v.(type) {
	case string:
		return blocks.Picture{URL: strings.TrimSpace(t)}
	case []any:
		for _, e := range t {
			if p := ldImage(e, depth+1); p.URL != "" {
				return p
			}
		}
	case map[string]any:
		p := blocks.Picture{URL: firstNonEmpty(ldString(t["url"]), ldString(t["contentUrl"]))}
		if p.URL == "" {
			return p
		}
		p.Width, p.Height = ldPixels(t["width"]), ldPixels(t["height"])
		p.Caption = textutil.CleanSpace(firstNonEmpty(ldString(t["caption"]), ldString(t["description"])))
		p.Credit = textutil.CleanSpace(firstNonEmpty(ldString(t["creditText"]), ldString(t["copyrightHolder"]), ldString(t["author"])))
		return p
	}
	return blocks.Picture{}
}

// ldPixels reads a JSON-LD width or height: a number, a string, or a
// QuantitativeValue.
func ldPixels(v any) int {
	switch t := v.(type) {
	case float64:
		if t > 0 && t < 1e6 {
			return int(t)
		}
	case string:
		return pixels(strings.TrimSpace(t))
	case map[string]any:
		return ldPixels(t["value"])
	}
	return 0
}

// ldTopics reads JSON-LD keywords: a string of comma-separated keywords,
// or a list of strings or DefinedTerms.
func ldTopics(v any, ts []string) []string {
	switch t := v.(type) {
	case string:
		return appendTopics(ts, t, true)
	case []any:
		var list []string
		for _, e := range t {
			switch e := e.(type) {
			case string:
				list = append(list, e)
			case map[string]any:
				list = append(list, ldString(e["name"]))
			}
		}
		for _, v := range subjectsOf(list) {
			ts = appendTopic(ts, v)
		}
	}
	return ts
}

// readBreadcrumbs reads the names of a JSON-LD BreadcrumbList.
func (m *pageMeta) readBreadcrumbs(o map[string]any) {
	if len(m.Breadcrumbs) > 0 || !hasType(o, "BreadcrumbList") {
		return
	}
	items, _ := o["itemListElement"].([]any)
	type crumb struct {
		pos  float64
		name string
	}
	var cs []crumb
	for _, it := range items {
		e, ok := it.(map[string]any)
		if !ok {
			continue
		}
		name := ldString(e["name"])
		if name == "" {
			if item, ok := e["item"].(map[string]any); ok {
				name = ldString(item["name"])
			}
		}
		pos, _ := e["position"].(float64)
		if s, ok := e["position"].(string); ok {
			pos, _ = strconv.ParseFloat(s, 64)
		}
		if name = textutil.CleanSpace(name); name != "" {
			cs = append(cs, crumb{pos, name})
		}
	}
	for i := 1; i < len(cs); i++ { // in order of position; lists are short
		for j := i; j > 0 && cs[j].pos < cs[j-1].pos; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	for _, c := range cs {
		m.Breadcrumbs = append(m.Breadcrumbs, c.name)
	}
}

// hasType reports whether a JSON-LD object has the given @type.
func hasType(o map[string]any, t string) bool {
	for _, ty := range ldTypes(o) {
		if ty == t {
			return true
		}
	}
	return false
}

// readCrumbTrail reads a visible breadcrumb trail: an element whose class
// or id names breadcrumbs, the text of each link inside it a crumb. It
// reports whether it read the element whole.
func (m *pageMeta) readCrumbTrail(n *html.Node) bool {
	if len(m.crumbs) > 0 {
		return false
	}
	for _, t := range collectTagLinks(n, nil, 0) {
		if t = textutil.CleanSpace(t); t != "" && len(t) <= maxTopicBytes {
			m.crumbs = append(m.crumbs, t)
		}
	}
	return len(m.crumbs) > 0
}

// The lists an element's class or id may name.
const (
	noList     = iota
	tagList    // the article's tags
	crumbTrail // a breadcrumb trail
)

// listNamed returns the list an element's class or id names.
func listNamed(n *html.Node) int {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if k := listNamedBy(a.Val); k != noList {
			return k
		}
	}
	return noList
}

// listNamedBy returns the kind of list a class or id value names, or
// noList.
func listNamedBy(v string) int {
	if !mayNameList(v) {
		return noList
	}
	kinds := listWordKinds()
	for w := range classWords(v) {
		if k := kinds[string(w)]; k != noList {
			return k
		}
	}
	return noList
}

// mayNameList reports whether a class or id value may hold a word of
// tagListWords or crumbWords, by a part of each that their spellings in
// any case share ("Tags", "BreadCrumb"): a quick test, in one pass, before
// the words are split.
func mayNameList(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		k := int(listPartStart[v[i]]) - 1
		if k < 0 || listWordParts[k][1] != v[i+1] {
			continue // most bytes, told by two
		}
		for _, part := range listWordParts[k:] {
			if part[0] != v[i] {
				break
			}
			if strings.HasPrefix(v[i:], part) {
				return true
			}
		}
	}
	return false
}

// listPartStart gives, for the first byte of each of listWordParts, one
// more than the index of the first part that starts with it; parts that
// share a first byte share its second and follow each other (a test keeps
// the table in step).
var listPartStart = [256]uint8{'a': 1, 'o': 2, 'r': 3, 'e': 4, 'c': 5, 't': 6}

// readLists reads what an element with attributes says of the article's
// tags and breadcrumbs. It reports whether it read the element whole.
func (m *pageMeta) readLists(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A:
		return m.readTagLink(n)
	case atom.Body, atom.Main, atom.Article:
		return false // a page's classes name its features ("…_tag_on"), not a list
	}
	switch listNamed(n) {
	case tagList:
		return m.readTagList(n)
	case crumbTrail:
		return m.readCrumbTrail(n)
	}
	return false
}

// finishImages puts the lead images of the meta tags after that of the
// JSON-LD, once both have been read, and takes the visible breadcrumb
// trail when the JSON-LD gives none.
func (m *pageMeta) finishImages() {
	if len(m.Breadcrumbs) == 0 {
		m.Breadcrumbs = m.crumbs
	}
	for _, p := range m.images.gallery {
		if og := m.images.og.URL; og != "" && fileName(p.URL) == fileName(og) {
			m.Covers = append(m.Covers, p)
			break
		}
	}
	for _, p := range []blocks.Picture{m.images.og, m.images.twitter} {
		if p.URL != "" {
			m.Covers = append(m.Covers, p)
		}
	}
}

// readTagLink reads a link marked as a tag (rel=tag, or a data
// attribute). It reports whether it was one.
func (m *pageMeta) readTagLink(n *html.Node) bool {
	if hasWord(attr(n, "rel"), "tag") || dataNamesTag(n) {
		m.Topics.Visible = appendTopic(m.Topics.Visible, textOf(n))
		return true
	}
	return false
}

// readTagList reads a visible list of tags, an element whose class or id
// names tags or topics: the text of each link inside it is a topic. It
// reports whether it read the element whole.
func (m *pageMeta) readTagList(n *html.Node) bool {
	if m.tagLists >= maxTagLists {
		return false
	}
	m.tagLists++
	tags := collectTagLinks(n, nil, 0)
	if len(tags) == 0 || inPageFurniture(n) {
		return false
	}
	for _, t := range tags {
		m.Topics.Visible = appendTopic(m.Topics.Visible, t)
	}
	return true
}

// collectTagLinks appends to tags the text of each link under n that
// names a tag, and returns them.
func collectTagLinks(n *html.Node, tags []string, depth int) []string {
	if depth > maxDepth {
		return tags
	}
	for c := n.FirstChild; c != nil && len(tags) < maxTopics; c = c.NextSibling {
		if c.Type != html.ElementNode || isSkipped(c.DataAtom) {
			continue
		}
		if c.DataAtom == atom.A {
			if href := attr(c, "href"); !strings.HasPrefix(href, "#") && !isHidden(c) && !isVisuallyHidden(attr(c, "class")) {
				tags = append(tags, visibleTag(textOf(c)))
			}
			continue
		}
		tags = collectTagLinks(c, tags, depth+1)
	}
	return tags
}

// visibleTag returns the name of a tag as a list of tags shows it, without
// a hash sign before it or the count of its articles around it ("(12)").
func visibleTag(t string) string {
	t = strings.TrimPrefix(textutil.CleanSpace(t), "#")
	if strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i > 0 && isDigits(t[1:i]) {
			t = strings.TrimSpace(t[i+1:])
		}
	}
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 && t[i-1] == ' ' && isDigits(t[i+1:len(t)-1]) {
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}

// dataNamesTag reports whether a link says in a data attribute that it is
// a tag (data-track-label="tag", data-type="topic"), as pages whose class
// names say nothing of it do.
func dataNamesTag(n *html.Node) bool {
	for _, a := range n.Attr {
		if strings.HasPrefix(a.Key, "data-") && len(a.Val) <= maxTagLinkWord && tagLinkSet()[strings.ToLower(strings.TrimSpace(a.Val))] {
			return true
		}
	}
	return false
}

// namesTagList reports whether an element's class or id names a list of
// tags.
func namesTagList(n *html.Node) bool {
	set := tagListSet()
	for _, k := range []string{"class", "id"} {
		for w := range classWords(attr(n, k)) {
			if set[string(w)] {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether the space-separated list v holds w.
func hasWord(v, w string) bool {
	for f := range strings.FieldsSeq(v) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// furnitureLevels bounds the ancestors of a list of tags looked at for
// the page's furniture around it.
const furnitureLevels = 12

// inPageFurniture reports whether n stands in the page's navigation,
// header or footer, whose lists of topics are the site's, not the
// article's. Inside an <article> or <main>, only navigation is.
func inPageFurniture(n *html.Node) bool {
	furniture, nav := false, false
	for p, d := n, 0; p != nil && d < furnitureLevels; p, d = p.Parent, d+1 {
		switch p.DataAtom {
		case atom.Article, atom.Main:
			return nav
		case atom.Nav:
			nav = true
		case atom.Header, atom.Footer:
			furniture = true
		}
		if p != n && p.Type == html.ElementNode && elementHints(p)&hintBoiler != 0 && !namesTagList(p) {
			furniture = true
		}
	}
	return furniture || nav
}
