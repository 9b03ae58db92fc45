package render

import (
	"strings"

	"github.com/newsextract/newsextract/model"
)

// linksByParagraph returns the article's links by the body entry they are
// in, in order; links whose location does not lie in its entry, or that
// overlap the one before, are left out.
func linksByParagraph(a *model.Article) map[int][]model.Link {
	if len(a.Links) == 0 {
		return nil
	}
	out := map[int][]model.Link{}
	for _, l := range a.Links {
		at := l.At
		if at.Field != model.FieldBody || at.Paragraph < 0 || at.Paragraph >= len(a.Body) {
			continue
		}
		text := a.Body[at.Paragraph]
		prev := out[at.Paragraph]
		if at.Start < 0 || at.End <= at.Start || at.End > len(text) || (len(prev) > 0 && at.Start < prev[len(prev)-1].At.End) {
			continue
		}
		out[at.Paragraph] = append(prev, l)
	}
	return out
}

// withLinks returns text escaped as escapeText does, its links written as
// Markdown links around their anchor text.
func withLinks(text string, links []model.Link) string {
	if len(links) == 0 || strings.Contains(text, "\n") {
		return escapeText(text)
	}
	var b strings.Builder
	from := 0
	for i, l := range links {
		before := text[from:l.At.Start]
		if i == 0 {
			b.WriteString(escapeLine(before))
		} else {
			b.WriteString(escapeInline(before))
		}
		anchor := escapeInline(text[l.At.Start:l.At.End])
		if i == 0 && before == "" {
			anchor = escapeLine(text[l.At.Start:l.At.End])
		}
		b.WriteString("[" + anchor + "](" + linkTarget(l.URL) + ")")
		from = l.At.End
	}
	b.WriteString(escapeInline(text[from:]))
	return b.String()
}
