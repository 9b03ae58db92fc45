package extract

import (
	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// lead returns the standfirst, and the index of the paragraph of the body
// it took, or -1. The standfirst is the block marked as lead (by its class
// name, or shown under the headline and repeated by the description);
// else a paragraph at the head of the body that the page's description
// repeats whole, with more text after it and only short lines before it
// (a kicker, a date the layout did not tell): the teaser printed under
// the headline, which the page also gives for sharing. The description
// stands in for the lead only when the page shows no body: a description
// the page does not show is a teaser for search engines and sharing.
func (s *state) lead() (string, int) {
	if l := s.firstWith(blocks.Lead); l != "" {
		return l, -1
	}
	desc := blocks.CleanDescription(s.doc.Meta.Description)
	if desc == "" || textutil.SameText(desc, s.a.Title) {
		return "", -1
	}
	body := s.a.Body
	if len(body) == 0 {
		return desc, -1
	}
	for i := 0; i < min(len(body)-1, maxTeaserIndex+1); i++ {
		if blocks.Repeats(desc, body[i]) {
			return body[i], i
		}
		if !isShortLine(body[i]) {
			break
		}
	}
	return "", -1
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
