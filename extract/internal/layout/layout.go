package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/byline"
	"github.com/newsextract/newsextract/extract/internal/textutil"
)

// topWindow is how many blocks after the headline are searched for the
// dateline, byline, caption and lead.
const topWindow = 8

// TopMatter is what the layout pass finds out about the headline for the
// title and site passes.
type TopMatter struct {
	// HeadlineIsPageTitle is set when the headline block is the page's
	// title, the site's name and all.
	HeadlineIsPageTitle bool
}

// Lines tells what a short line is, by the tests of the passes that read
// such lines: the date and the view count.
type Lines struct {
	// IsDateline reports whether a line is mostly a date.
	IsDateline func(string) bool
	// IsViewLine reports whether a line is a view counter labelled as one.
	IsViewLine func(string) bool
}

// pass is the state of one layout pass over a document.
type pass struct {
	doc   *blocks.Document
	lines Lines
}

// Apply assigns roles to the blocks the front end left as paragraphs: the
// headline, the date line, a line that counts the views, the byline,
// captions that repeat the headline, and the lead. Both front ends' documents go through it.
func Apply(doc *blocks.Document, lines Lines) TopMatter {
	s := &pass{doc: doc, lines: lines}
	b := s.doc.Blocks
	h, isPageTitle := s.findHeadline()
	start := 0
	if h >= 0 {
		start = h + 1
	}
	end := min(len(b), start+topWindow)
	for i := start; i < end; i++ {
		if b[i].Role != blocks.Paragraph {
			continue
		}
		switch {
		case h >= 0 && textutil.SameText(b[i].Text, b[h].Text):
			b[i].Role = blocks.Caption
		case s.lines.IsDateline(b[i].Text):
			b[i].Role = blocks.Dateline
		case s.lines.IsViewLine(b[i].Text):
			b[i].Role = blocks.Counter
		case isByline(b[i].Text):
			b[i].Role = blocks.Byline
		case isCaption(b[i].Text):
			b[i].Role = blocks.Caption
		case !s.doc.Markup && isLabel(b[i].Text) && !seenProse(b[start:i]):
			b[i].Role = blocks.Boilerplate
		}
	}
	// Blocks before the headline are the page's top matter, but for a
	// byline or a view counter set right over it.
	for i := 0; i < h; i++ {
		switch {
		case i >= h-bylineAbove && (b[i].Role == blocks.Paragraph || b[i].Role == blocks.Boilerplate) && isByline(b[i].Text):
			b[i].Role = blocks.Byline
		case i >= h-bylineAbove && (b[i].Role == blocks.Paragraph || b[i].Role == blocks.Boilerplate) && s.lines.IsViewLine(b[i].Text):
			b[i].Role = blocks.Counter
		case b[i].Role == blocks.Paragraph:
			b[i].Role = blocks.Boilerplate
		}
	}
	s.markLead(start)
	markSignatures(b[start:])
	return TopMatter{HeadlineIsPageTitle: isPageTitle}
}

// markSignatures marks as bylines the paragraphs that open or close the
// text with nothing but the names of its authors.
func markSignatures(b []blocks.Block) {
	first, last := -1, -1
	for i := range b {
		if b[i].IsBody() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for _, i := range []int{first, last} {
		if i < 0 || first == last {
			continue
		}
		// The opening line may come as a heading, set in bold as names are.
		text := b[i].Role == blocks.Paragraph || i == first && b[i].Role == blocks.Heading
		if text && byline.IsSignature(b[i].Text) {
			b[i].Role = blocks.Byline
			return
		}
	}
	markBoldSignature(b, first, last)
}

// openingLines is how many of the text's first paragraphs may hold a
// signature set in bold: the names follow a kicker or a standfirst of a
// line or two.
const openingLines = 3

// markBoldSignature marks as the byline the first paragraph in bold among
// the text's opening lines, after its first, that is nothing but the
// names of its authors ("Ann Orr/Tom Hale" under a standfirst).
func markBoldSignature(b []blocks.Block, first, last int) {
	seen := 0
	for i := first + 1; first >= 0 && i < last && seen < openingLines-1; i++ {
		if !b[i].IsBody() {
			continue
		}
		seen++
		if (b[i].Role == blocks.Paragraph || b[i].Role == blocks.Heading) && b[i].Bold && byline.IsSignature(b[i].Text) {
			b[i].Role = blocks.Byline
			return
		}
	}
}

// findHeadline returns the index of the headline block, marking it, or -1,
// and whether the headline is the page title itself. A front end may have
// marked it already. Otherwise the page title leads: the block after it is
// the headline when the page title begins or ends with it, and else the
// page title itself is, when it is short enough; its site name is cut off
// later, by the title pass.
func (s *pass) findHeadline() (int, bool) {
	b := s.doc.Blocks
	for i := range b {
		if b[i].Role == blocks.Headline {
			return i, false
		}
	}
	for i := range b {
		if b[i].Role != blocks.PageTitle {
			continue
		}
		if i+1 < len(b) && b[i+1].Role == blocks.Paragraph && blocks.IsTitleOf(b[i].Text, b[i+1].Text) {
			b[i+1].Role = blocks.Headline
			return i + 1, false
		}
		if looksLikeHeadline(b[i].Text) {
			b[i].Role = blocks.Headline
			return i, true
		}
		return -1, false
	}
	return -1, false
}

// looksLikeHeadline reports whether s is short and unpunctuated enough to be
// a headline.
func looksLikeHeadline(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n <= 300 && textutil.SentenceCount(s) <= 2
}

// markLead marks the standfirst: the first paragraph after the top matter
// when it is one short sentence followed by a longer paragraph. A lead the
// front end marked already wins, and a page whose markup showed where its
// text is has no standfirst but the one it marks.
func (s *pass) markLead(start int) {
	if s.doc.StandfirstKnown {
		return
	}
	b := s.doc.Blocks
	for i := range b {
		if b[i].Role == blocks.Lead {
			return
		}
	}
	first := -1
	for i := start; i < len(b); i++ {
		if b[i].Role == blocks.Paragraph {
			first = i
			break
		}
		if b[i].IsBody() {
			return
		}
	}
	if first < 0 {
		return
	}
	next := -1
	for i := first + 1; i < len(b); i++ {
		if b[i].Role == blocks.Paragraph {
			next = i
			break
		}
	}
	if next < 0 {
		return
	}
	if isStandfirst(b[first].Text, b[next].Text) {
		b[first].Role = blocks.Lead
	}
}

// isStandfirst reports whether lead, followed by the paragraph next, has the
// shape of a standfirst: one sentence of some length but not too long, and
// less than what follows it.
func isStandfirst(lead, next string) bool {
	n := utf8.RuneCountInString(lead)
	if n > maxStandfirstRunes || textutil.WordCount(lead) < minStandfirstWords || textutil.SentenceCount(lead) != 1 {
		return false
	}
	return n < utf8.RuneCountInString(next) || textutil.SentenceCount(next) > 1
}

// isLabel reports whether s is a short label such as a section name or a
// meeting number ("8160th Meeting (AM)"), not a sentence.
func isLabel(s string) bool {
	if textutil.WordCount(s) > maxLabelWords || utf8.RuneCountInString(s) > maxLabelRunes {
		return false
	}
	return !textutil.EndsSentence(s) && !strings.HasSuffix(s, ":")
}

// seenProse reports whether any of the blocks is a paragraph of the text.
func seenProse(bs []blocks.Block) bool {
	for _, b := range bs {
		if b.Role == blocks.Paragraph && !isLabel(b.Text) {
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

// isCaption reports whether s is a picture's caption or credit.
func isCaption(s string) bool {
	if len(s) > 200 {
		return false
	}
	for _, p := range captionPrefixes {
		if textutil.HasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// bylineAbove is how many blocks right before the headline may be its
// byline or view counter, as pages that set them over the headline print
// them.
const bylineAbove = 2

// isByline reports whether s is a line crediting the authors.
func isByline(s string) bool {
	if len(s) > 120 || textutil.SentenceCount(s) > 1 {
		return false
	}
	return byline.StartsByline(s)
}
