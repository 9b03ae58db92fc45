package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/byline"
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
// not show is a teaser for search engines and sharing. The first text
// under the headline, before the body, that reads as a standfirst (see
// underHeadline) comes before the opening paragraph, and serves where the
// description repeats nothing.
func (s *state) lead() (text string, took int, source string) {
	if l, _ := s.markedLead(); l != "" {
		return l, -1, model.LeadMarked
	}
	desc := blocks.CleanDescription(s.doc.Meta.Description)
	if textutil.SameText(desc, s.a.Title) {
		desc = ""
	}
	body := s.a.Body
	if desc != "" && len(body) == 0 {
		return desc, -1, model.LeadDescription
	}
	t := blocks.NewTeaser(desc)
	if desc != "" {
		if l := s.shownTeaser(t, blocks.IsCut(s.doc.Meta.Description)); l != "" {
			return l, -1, model.LeadHeader
		}
	}
	if l, _ := s.underHeadline(); l != "" {
		return l, -1, model.LeadHeader // the page's own standfirst over the opening it shares
	}
	if desc == "" {
		return "", -1, ""
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

// openingMarkedLead reports whether the blocks marked as the lead are the
// opening of the text set in the lead's style, and makes them paragraphs
// of the body if so: when a standfirst stands right under the headline
// and they follow it, past the byline and the date. It reads the body,
// which must be set.
func (s *state) openingMarkedLead() bool {
	l, i := s.markedLead()
	if l == "" {
		return false
	}
	if under, at := s.underHeadline(); under == "" || at > i || at != s.headlineAt()+1 {
		return false
	}
	for bs := s.doc.Blocks; i < len(bs) && bs[i].Role == blocks.Lead; i++ {
		bs[i].Role = blocks.Paragraph
	}
	return true
}

// markedLead returns the first block marked as the lead that stands
// before the body's text, with the blocks so marked that follow it
// straight after, a line each ("Line one.\nLine two."): a lead after a
// paragraph of the text is something else set in the same style (an
// author's biography under the byline).
func (s *state) markedLead() (string, int) {
	bs := s.doc.Blocks
	for i, b := range bs {
		switch b.Role {
		case blocks.Paragraph:
			return "", -1
		case blocks.Lead:
			j := i + 1
			for j < len(bs) && bs[j].Role == blocks.Lead {
				j++
			}
			if j == i+1 {
				return b.Text, i
			}
			lines := make([]string, 0, j-i)
			for _, l := range bs[i:j] {
				lines = append(lines, l.Text)
			}
			return strings.Join(lines, "\n"), i
		}
	}
	return "", -1
}

// Bounds of a standfirst told by its place under the headline.
const (
	maxUnderHeadline  = 5  // blocks between the headline and the standfirst, at most
	minStandfirstText = 15 // words of a standfirst that ends no sentence, at least
	minStandfirstSent = 8  // words of one that does, at least
	maxStandfirst     = 90 // words of a standfirst, at most
)

// underHeadline returns the standfirst printed right under the headline
// that the layout took for the header's furniture: the first block of text
// after the headline and before the body, past the dates, bylines,
// captions and a kicker or a second headline, that reads as text (a
// sentence of some words, or a long line) and that the body does not
// repeat. It returns "" when there is none.
func (s *state) underHeadline() (string, int) {
	bs := s.doc.Blocks
	h := s.headlineAt()
	if h < 0 {
		return "", -1
	}
	for i := h + 1; i < min(len(bs), h+1+maxUnderHeadline) && !bs[i].IsBody(); i++ {
		b := bs[i]
		if b.Role != blocks.Boilerplate || byline.EndsWithCredit(b.Text) || isKickedHeadline(b.Text) || s.repeatsTitle(b.Text) {
			continue // a date, a byline, a caption, a second headline
		}
		if n := textutil.WordCount(b.Text); isStandfirst(b.Text, n, i == h+1) {
			if s.bodyRepeats(b.Text) || !s.sharesTopic(b.Text) {
				return "", -1
			}
			return b.Text, i
		} else if n > maxShortLineWords {
			return "", -1 // text of another kind
		}
	}
	return "", -1
}

// headlineAt returns the index of the headline's block: the last block
// before the body that is marked as the headline, or is furniture that
// prints the title (the page's <title> may stand in for a headline the
// layout missed). It
// returns -1 when there is none.
func (s *state) headlineAt() int {
	h := -1
	for i, b := range s.doc.Blocks {
		if b.IsBody() {
			break
		}
		if b.Role == blocks.Headline || s.a.Title != "" && b.Role == blocks.Boilerplate && textutil.SameText(b.Text, s.a.Title) {
			h = i
		}
	}
	return h
}

// repeatsTitle reports whether t holds the title, or the headline that
// the markup gives, whole, as the headline printed again with a kicker
// does.
func (s *state) repeatsTitle(t string) bool {
	t = textutil.CleanSpace(t)
	m := &s.doc.Meta
	for _, h := range []string{s.a.Title, m.Headline, m.OGTitle} {
		if h = cleanTitle(h); h != "" && strings.Contains(t, h) {
			return true
		}
	}
	return false
}

// maxKickerWords bounds the words of a kicker before a headline's colon.
const maxKickerWords = 3

// isKickedHeadline reports whether t reads as a headline with a kicker
// before a colon, ending no sentence: "Marathon in Berlin: Weit vorne".
func isKickedHeadline(t string) bool {
	i := strings.IndexByte(t, ':')
	return i > 0 && textutil.WordCount(t[:i]) <= maxKickerWords && !textutil.EndsSentence(t)
}

// isStandfirst reports whether t, of n words, reads as a standfirst, not
// a trail of links ("News » World"): a long line, or a sentence of some
// words, or a line of as many right under the headline.
func isStandfirst(t string, n int, underHeadline bool) bool {
	if n > maxStandfirst || strings.ContainsRune(t, '|') || strings.Contains(t, " » ") || strings.Contains(t, " › ") || strings.Contains(t, " > ") {
		return false
	}
	return n >= minStandfirstText || n >= minStandfirstSent && (underHeadline || textutil.EndsSentence(t))
}

// Words a standfirst shares with the headline and the opening of the body.
const (
	minTopicRunes  = 5 // runes of a word counted, at least
	minTopicShared = 2 // distinct words shared, at least
	topicParas     = 3 // paragraphs of the body read
)

// sharesTopic reports whether t shares minTopicShared words of
// minTopicRunes runes or more with the headline and the opening of the
// body, as a standfirst does and a notice of the site ("Find us on …") or
// an author's biography does not.
func (s *state) sharesTopic(t string) bool {
	seen := map[string]bool{}
	for _, p := range append([]string{s.a.Title}, s.a.Body[:min(len(s.a.Body), topicParas)]...) {
		for _, w := range topicWords(p) {
			seen[w] = true
		}
	}
	shared := map[string]bool{}
	for _, w := range topicWords(t) {
		if seen[w] {
			shared[w] = true
		}
	}
	return len(shared) >= minTopicShared
}

// topicWords returns the words of p of minTopicRunes runes or more, in
// lower case.
func topicWords(p string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) >= minTopicRunes {
			out = append(out, w)
		}
	}
	return out
}

// bodyRepeats reports whether the opening of the body repeats t.
func (s *state) bodyRepeats(t string) bool {
	for _, p := range s.a.Body[:min(len(s.a.Body), 2)] {
		if textutil.SameText(p, t) || strings.HasPrefix(textutil.CleanSpace(p), textutil.CleanSpace(t)) {
			return true
		}
	}
	return false
}

// shownTeaser returns the text of a block the page shows before its body
// that the description, read as t, repeats, though the layout took it for furniture:
// the standfirst set in the page's header, above the article's column.
// A description cut short (cut) repeats too the longer standfirst it
// begins.
func (s *state) shownTeaser(t blocks.Teaser, cut bool) string {
	for _, b := range s.doc.Blocks {
		if b.IsBody() {
			break
		}
		if b.Role == blocks.Boilerplate && !textutil.SameText(b.Text, s.a.Title) && (t.Repeats(b.Text) || cut && t.Begins(b.Text) && textutil.WordCount(b.Text) <= maxStandfirst) {
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
