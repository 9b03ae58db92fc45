package htmlpage

import (
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
)

// minLDBody is the length below which a JSON-LD articleBody is taken for a
// teaser rather than the article's text.
const minLDBody = 200

// withLDBody replaces the body found in the page's markup with the JSON-LD
// articleBody when the markup shows less than half of it, as pages that
// render their text with scripts do. The paragraphs take the place of the
// first body block, else follow the headline. It reports whether it
// replaced the body.
func withLDBody(bs []blocks.Block, body string) ([]blocks.Block, bool) {
	if len(body) < minLDBody {
		return bs, false
	}
	shown, first, head := 0, -1, -1
	for i, b := range bs {
		switch {
		case b.IsBody() || b.Role == blocks.Lead:
			shown += len(b.Text)
			if first < 0 {
				first = i
			}
		case b.Role == blocks.Headline && head < 0:
			head = i
		}
	}
	if shown*2 >= len(body) {
		return bs, false
	}
	at := first
	if at < 0 {
		at = min(head+1, len(bs))
		if head < 0 {
			at = len(bs)
		}
	}
	paras := ldParagraphs(body)
	out := make([]blocks.Block, 0, len(bs)+len(paras))
	for i, b := range bs {
		if i == at {
			out = appendParas(out, paras)
		}
		if b.IsBody() || b.Role == blocks.Lead {
			b.Role = blocks.Boilerplate
		}
		out = append(out, b)
	}
	if at == len(bs) {
		out = appendParas(out, paras)
	}
	return out, true
}

// appendParas appends the paragraphs to out as body blocks.
func appendParas(out []blocks.Block, paras []string) []blocks.Block {
	for _, p := range paras {
		out = append(out, blocks.Block{Text: p, Role: blocks.Paragraph})
	}
	return out
}

// ldParagraphs splits an articleBody into paragraphs at line breaks and, in
// a body that carries HTML, at paragraph and line-break tags; other tags
// are dropped and character references decoded.
func ldParagraphs(body string) []string {
	if strings.Contains(body, "<") && strings.Contains(body, ">") {
		body = stripTags(body)
	}
	var out []string
	for line := range strings.Lines(body) {
		if t := textutil.CleanSpace(line); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// stripTags turns HTML into text with a line break for each paragraph,
// line-break and heading tag.
func stripTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		if !startsTag(s[i+1:]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		if breaksLine(s[i+1 : i+j]) {
			b.WriteByte('\n')
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return html.UnescapeString(b.String())
}

// breaksLine reports whether the tag (the text between '<' and '>') starts
// or ends a paragraph.
func breaksLine(tag string) bool {
	tag = strings.TrimPrefix(strings.ToLower(tag), "/")
	name, _, _ := strings.Cut(tag, " ")
	name = strings.TrimSuffix(name, "/")
	switch name {
	case "p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote":
		return true
	}
	return false
}

// startsTag reports whether s, which follows a '<', begins a tag or a
// comment rather than being text such as "a < b".
func startsTag(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '/' || c == '!' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}
