package extract

import (
	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"github.com/newsextract/newsextract/model"
)

// lead returns the standfirst, the index of the paragraph of the body it
// took or -1, and where it came from (a model.Lead constant). The
// standfirst is the block marked as lead (by its class name, or shown
// under the headline and repeated by the description); else a line shown
// above the body, set apart from it, that the description repeats; else a
// paragraph at the head of the body that the description repeats whole,
// with more text after it and only short lines before it (a kicker, a
// date the layout did not tell): the teaser printed under the headline,
// which the page also gives for sharing. The description stands in for
// the lead only when the page shows no body: a description the page does
// not show is a teaser for search engines and sharing.
func (s *state) lead() (text string, took int, source string) {
	if l := s.firstWith(blocks.Lead); l != "" {
		return l, -1, model.LeadMarked
	}
	desc := blocks.CleanDescription(s.doc.Meta.Description)
	if desc == "" || textutil.SameText(desc, s.a.Title) {
		return "", -1, ""
	}
	body := s.a.Body
	if len(body) == 0 {
		return desc, -1, model.LeadDescription
	}
	t := blocks.NewTeaser(desc)
	if l := s.shownTeaser(t); l != "" {
		return l, -1, model.LeadHeader
	}
	for i := 0; i < min(len(body)-1, maxTeaserIndex+1); i++ {
		if t.Repeats(body[i]) {
			return body[i], i, model.LeadOpening
		}
		if !isShortLine(body[i]) {
			break
		}
	}
	return "", -1, ""
}

// shownTeaser returns the text of a block the page shows before its body
// that the description, read as t, repeats, though the layout took it for furniture:
// the standfirst set in the page's header, above the article's column.
func (s *state) shownTeaser(t blocks.Teaser) string {
	for _, b := range s.doc.Blocks {
		if b.IsBody() {
			break
		}
		if b.Role == blocks.Boilerplate && t.Repeats(b.Text) {
			return b.Text
		}
	}
	return ""
}

// maxTeaserIndex is how many short lines may stand before the teaser at the
// head of the body.
const maxTeaserIndex = 3

// maxShortLineWords bounds the words of a short line before the teaser.
const maxShortLineWords = 15

// isShortLine reports whether a paragraph is a line of top matter rather
// than text: few words, one sentence at most.
func isShortLine(p string) bool {
	return textutil.WordCount(p) <= maxShortLineWords && textutil.SentenceCount(p) <= 1
}
