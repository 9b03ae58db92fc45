package extract

import (
	"strings"
	"unicode/utf8"
)

// topWindow is how many blocks after the headline are searched for the
// dateline, byline, caption and lead.
const topWindow = 8

// layout assigns roles to the blocks the front end left as paragraphs: the
// headline, the date and view-counter line, the byline, captions that repeat
// the headline, the lead, and the related-links lists that end many pages.
func (s *state) layout() {
	b := s.doc.blocks
	h := s.findHeadline()
	start := 0
	if h >= 0 {
		start = h + 1
	}
	end := min(len(b), start+topWindow)
	for i := start; i < end; i++ {
		if b[i].role != roleParagraph {
			continue
		}
		switch {
		case h >= 0 && sameText(b[i].text, b[h].text):
			b[i].role = roleCaption
		case s.isDateline(b[i].text):
			b[i].role = roleDateline
		case isByline(b[i].text):
			b[i].role = roleByline
		case isCaption(b[i].text):
			b[i].role = roleCaption
		case !s.doc.markup && isLabel(b[i].text) && !seenProse(b[start:i]):
			b[i].role = roleBoilerplate
		}
	}
	// Blocks before the headline are the page's top matter.
	for i := 0; i < h; i++ {
		if b[i].role == roleParagraph {
			b[i].role = roleBoilerplate
		}
	}
	if !s.doc.markup {
		markTail(b) // a page's related links are its front end's to find
	}
	s.markLead(start)
}

// findHeadline returns the index of the headline block, marking it, or -1.
// A front end may have marked it already. Otherwise the page title leads:
// the block after it is the headline when the page title begins or ends
// with it, and else the page title itself is, when it is short enough; its
// site name is cut off later, by the title pass.
func (s *state) findHeadline() int {
	b := s.doc.blocks
	for i := range b {
		if b[i].role == roleHeadline {
			return i
		}
	}
	for i := range b {
		if b[i].role != rolePageTitle {
			continue
		}
		if i+1 < len(b) && b[i+1].role == roleParagraph && isTitleOf(b[i].text, b[i+1].text) {
			b[i+1].role = roleHeadline
			return i + 1
		}
		if looksLikeHeadline(b[i].text) {
			b[i].role = roleHeadline
			s.headlineIsPageTitle = true
			return i
		}
		return -1
	}
	return -1
}

// isTitleOf reports whether page is headline, possibly with the site's name
// before or after it.
func isTitleOf(page, headline string) bool {
	if sameText(page, headline) {
		return true
	}
	if len(headline) < 8 {
		return false
	}
	if rest, ok := strings.CutPrefix(page, headline); ok {
		return startsWithSeparator(rest)
	}
	if rest, ok := strings.CutSuffix(page, headline); ok {
		return endsWithSeparator(rest)
	}
	return false
}

// looksLikeHeadline reports whether s is short and unpunctuated enough to be
// a headline.
func looksLikeHeadline(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n <= 300 && sentenceCount(s) <= 2
}

// markTail marks the related-links section that ends many pages, from its
// heading to the end, as boilerplate.
func markTail(b []block) {
	seen := 0
	for i := range b {
		if !b[i].isBody() {
			continue
		}
		if seen > 0 && isRelatedHeading(b[i].text) {
			for j := i; j < len(b); j++ {
				b[j].role = roleBoilerplate
			}
			return
		}
		seen++
	}
}

// markLead marks the standfirst: the first paragraph after the top matter
// when it is one short sentence followed by a longer paragraph. A lead the
// front end marked already wins, and a page whose markup showed where its
// text is has no standfirst but the one it marks.
func (s *state) markLead(start int) {
	if s.doc.meta.standfirstKnown {
		return
	}
	b := s.doc.blocks
	for i := range b {
		if b[i].role == roleLead {
			return
		}
	}
	first := -1
	for i := start; i < len(b); i++ {
		if b[i].role == roleParagraph {
			first = i
			break
		}
		if b[i].isBody() {
			return
		}
	}
	if first < 0 {
		return
	}
	next := -1
	for i := first + 1; i < len(b); i++ {
		if b[i].role == roleParagraph {
			next = i
			break
		}
	}
	if next < 0 {
		return
	}
	if isStandfirst(b[first].text, b[next].text) {
		b[first].role = roleLead
	}
}

// isStandfirst reports whether lead, followed by the paragraph next, has the
// shape of a standfirst: one sentence of some length but not too long, and
// less than what follows it.
func isStandfirst(lead, next string) bool {
	n := utf8.RuneCountInString(lead)
	if n > maxStandfirstRunes || wordCount(lead) < minStandfirstWords || sentenceCount(lead) != 1 {
		return false
	}
	return n < utf8.RuneCountInString(next) || sentenceCount(next) > 1
}

// isLabel reports whether s is a short label such as a section name or a
// meeting number ("8160th Meeting (AM)"), not a sentence.
func isLabel(s string) bool {
	if wordCount(s) > maxLabelWords || utf8.RuneCountInString(s) > maxLabelRunes {
		return false
	}
	return !endsSentence(s) && !strings.HasSuffix(s, ":")
}

// seenProse reports whether any of the blocks is a paragraph of the text.
func seenProse(bs []block) bool {
	for _, b := range bs {
		if b.role == roleParagraph && !isLabel(b.text) {
			return true
		}
	}
	return false
}

// Bounds of a standfirst told by its shape alone, and of a label.
const (
	maxStandfirstRunes = 250
	minStandfirstWords = 6
	maxLabelWords      = 5
	maxLabelRunes      = 40
)
