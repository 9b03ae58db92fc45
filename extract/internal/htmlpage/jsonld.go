package htmlpage

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/model"
)

// maxJSONLD bounds the size of one JSON-LD block that is read.
const maxJSONLD = 1 << 20

// parseJSONLD decodes the values in a JSON-LD script, tolerating what real
// pages carry: comments, trailing commas, raw control characters in
// strings, and several values in one script. What cannot be decoded is
// left out.
func parseJSONLD(src string) []any {
	if len(src) > maxJSONLD {
		return nil
	}
	clean := sanitizeJSON(src)
	dec := json.NewDecoder(bytes.NewReader(clean))
	var out []any
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			return out
		}
		out = append(out, v)
	}
}

// sanitizeJSON removes comments and trailing commas outside strings,
// turns raw control characters inside them into spaces, backslash and all
// when one escapes them, and drops a CDATA wrapper.
func sanitizeJSON(src string) []byte {
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<![CDATA[")
	src = strings.TrimSuffix(src, "]]>")
	out := make([]byte, 0, len(src))
	inString := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			switch {
			case c == '\\' && i+1 < len(src) && src[i+1] < 0x20:
				// A line continued with a backslash: JSON has no such escape.
				out = append(out, ' ')
				i++
			case c == '\\' && i+1 < len(src):
				out = append(out, c, src[i+1])
				i++
			case c == '"':
				inString = false
				out = append(out, c)
			case c < 0x20:
				out = append(out, ' ')
			default:
				out = append(out, c)
			}
			continue
		}
		switch {
		case c == '"':
			inString = true
			out = append(out, c)
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return out
			}
			i += end + 3
		case c == ',':
			if !closesNext(src[i+1:]) {
				out = append(out, c)
			}
		default:
			out = append(out, c)
		}
	}
	return out
}

// closesNext reports whether the next character other than white space is
// a closing bracket or brace.
func closesNext(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n")
	return t != "" && (t[0] == '}' || t[0] == ']')
}

// ldObjects calls fn for every object in the decoded values, descending
// into arrays and @graph lists.
func ldObjects(vs []any, fn func(map[string]any)) {
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			fn(t)
			for _, k := range [...]string{"@graph", "mainEntity"} {
				if g, ok := t[k]; ok {
					visit(g, depth+1)
				}
			}
		}
	}
	for _, v := range vs {
		visit(v, 0)
	}
}

// ldString returns a string property, or the "name" of an object property,
// or the first of a list.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return ldString(t["name"])
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	}
	return ""
}

// ldAuthors splits the names of an author property into people and
// organisations, as the objects' @type tells; a bare name counts as a
// person.
func ldAuthors(v any) (people, orgs []string) {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			p, o := ldAuthors(e)
			people = append(people, p...)
			orgs = append(orgs, o...)
		}
		return people, orgs
	case map[string]any:
		name := ldString(t["name"])
		if name == "" {
			return nil, nil
		}
		for _, ty := range ldTypes(t) {
			if ty != "Person" && ty != "Thing" {
				return nil, []string{name}
			}
		}
		return []string{name}, nil
	case string:
		if s := strings.TrimSpace(t); s != "" {
			return []string{s}, nil
		}
	}
	return nil, nil
}

// ldTypes returns the object's @type values.
func ldTypes(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// isArticleType reports whether a schema.org type is an article's.
func isArticleType(t string) bool {
	return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report" ||
		t == "LiveBlogPosting" || t == "NewsArticle" || t == "Story"
}

// readJSONLD reads the article objects of the page's JSON-LD. Where a page
// describes several articles, each field comes from the first that gives
// it; the authors named in JSON-LD go before those of other markup.
func (m *pageMeta) readJSONLD(vs []any) {
	var people, orgs []string
	var pagePublished, pageModified []blocks.DateValue
	ldObjects(vs, func(o map[string]any) {
		if !isArticle(o) {
			m.readBreadcrumbs(o)
			if isWebPage(o) {
				pagePublished = appendLDDate(pagePublished, o["datePublished"])
				pageModified = appendLDDate(pageModified, o["dateModified"])
			}
			return
		}
		m.readLDMedia(o)
		setOnce(&m.Headline, ldString(o["headline"]))
		m.addSpaced(ldString(o["headline"]))
		if m.ArticleBody == "" {
			m.ArticleBody = ldString(o["articleBody"]) // its line breaks part paragraphs
		}
		setOnce(&m.Publisher, ldString(o["publisher"]))
		if v := ldString(o["datePublished"]); v != "" {
			m.Published = append(m.Published, blocks.DateValue{Value: v, Source: model.SourceJSONLD})
		}
		if v := ldString(o["dateModified"]); v != "" {
			m.Modified = append(m.Modified, blocks.DateValue{Value: v, Source: model.SourceJSONLD})
		}
		if len(people) == 0 && len(orgs) == 0 {
			people, orgs = ldAuthors(o["author"])
		}
		if m.Views == 0 {
			m.Views = ldViews(o["interactionStatistic"])
		}
		if m.Views == 0 {
			m.Views = ldInteractionCount(o["interactionCount"])
		}
	})
	m.Authors = append(people, m.Authors...)
	m.LDAuthors = len(people)
	m.AuthorOrgs = append(m.AuthorOrgs, orgs...)
	// A page that dates no article anywhere in its markup may date itself
	// as a web page.
	if len(m.Published) == 0 {
		m.Published = pagePublished
	}
	if len(m.Modified) == 0 {
		m.Modified = pageModified
	}
}

// appendLDDate appends a JSON-LD date value, if there is one.
func appendLDDate(vs []blocks.DateValue, v any) []blocks.DateValue {
	if s := ldString(v); s != "" {
		return append(vs, blocks.DateValue{Value: s, Source: model.SourceJSONLD})
	}
	return vs
}

// isWebPage reports whether a JSON-LD object describes the page itself.
func isWebPage(o map[string]any) bool {
	for _, t := range ldTypes(o) {
		if strings.HasSuffix(t, "WebPage") || t == "ItemPage" {
			return true
		}
	}
	return false
}

// isArticle reports whether a JSON-LD object describes an article.
func isArticle(o map[string]any) bool {
	for _, t := range ldTypes(o) {
		if isArticleType(t) {
			return true
		}
	}
	return false
}

// ldViews reads the view count from schema.org interaction statistics.
func ldViews(v any) int64 {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			if n := ldViews(e); n > 0 {
				return n
			}
		}
	case map[string]any:
		kind := ldString(t["interactionType"])
		if !strings.Contains(kind, "ViewAction") && !strings.Contains(kind, "WatchAction") && !strings.Contains(kind, "ReadAction") {
			return 0
		}
		switch c := t["userInteractionCount"].(type) {
		case float64:
			if c > 0 && c < 1e15 {
				return int64(c)
			}
		case string:
			return ldCount(c)
		}
	}
	return 0
}
