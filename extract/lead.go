package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// lead returns the standfirst, and the index of the paragraph of the body
// it took, or -1. The standfirst is the block marked as lead; else a
// paragraph at the head of the body that the page's description repeats
// whole, with more text after it and only short lines before it (a kicker,
// a date the layout did not tell): the teaser printed under the headline,
// which the page also gives for sharing. The description stands in for the lead
// only when the page shows no body: shown in the page's header or kept in
// its meta tags, a description the text does not hold is a teaser for
// search engines and sharing that benchmarks of the article's text leave
// out.
func (s *state) lead() (string, int) {
	if l := s.firstWith(blocks.Lead); l != "" {
		return l, -1
	}
	desc := cleanDescription(s.doc.Meta.Description)
	if desc == "" || textutil.SameText(desc, s.a.Title) {
		return "", -1
	}
	body := s.a.Body
	if len(body) == 0 {
		return desc, -1
	}
	for i := 0; i < min(len(body)-1, maxTeaserIndex+1); i++ {
		if repeats(desc, body[i]) {
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

// cleanDescription returns a description with its white space cleaned and
// the mark of a cut ("…", "...") at its end removed.
func cleanDescription(d string) string {
	d = textutil.CleanSpace(d)
	d = strings.TrimSuffix(d, "…")
	d = strings.TrimSuffix(d, "...")
	return strings.TrimSpace(d)
}

// maxTeaserGrowth bounds how much longer than the description a paragraph
// may be that the description repeats: a description cut from a long
// paragraph repeats the body, not a teaser.
const maxTeaserGrowth = 1.25

// descHeadRunes is how much of the beginning of a description is looked
// for in a paragraph.
const descHeadRunes = 60

// repeats reports whether the description desc is the paragraph p, or p
// with a dateline before it ("Berlin. …"), or p cut near its end; a
// description of a few words is no teaser.
func repeats(desc, p string) bool {
	if textutil.WordCount(desc) < minStandfirstWords {
		return false
	}
	if textutil.SameText(desc, p) {
		return true
	}
	if float64(utf8.RuneCountInString(p)) > maxTeaserGrowth*float64(utf8.RuneCountInString(desc)) {
		return false
	}
	return strings.Contains(p, textutil.Prefix(desc, descHeadRunes))
}
