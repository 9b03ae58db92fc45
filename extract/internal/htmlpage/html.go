package htmlpage

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parse parses a page once and reduces it to blocks and metadata. The text
// of its scripts and style sheets, the content of its <svg> and the
// attributes never read are left out before the parse (see unread), and a
// large page dense in tags has its runs of empty elements collapsed. A page
// nested deeper than the parser accepts is parsed again with its deepest
// tags left out, at most len(flattenDepths) times, so that its text is
// always read.
func Parse(src []byte) *blocks.Document {
	return ParseWith(src, Options{})
}

// ParseWith is Parse with options.
func ParseWith(src []byte, opt Options) *blocks.Document {
	cut := unread(src)
	if len(src) >= minCollapseBytes {
		src, cut = collapseRuns(without(src, cut)), nil
	}
	root, err := html.Parse(&cutReader{src: src, cut: cut})
	if err != nil {
		src = without(src, cut)
	}
	for _, depth := range flattenDepths {
		if err == nil {
			break
		}
		root, err = html.Parse(bytes.NewReader(flatten(src, depth)))
	}
	if err != nil {
		return &blocks.Document{}
	}
	return FromRootWith(root, opt)
}

// FromRoot reduces a parsed page to blocks and metadata.
func FromRoot(root *html.Node) *blocks.Document {
	return FromRootWith(root, Options{})
}

// FromRootWith is FromRoot with options.
func FromRootWith(root *html.Node, opt Options) *blocks.Document {
	m := readMeta(root)
	w := &walker{collectLinks: opt.Links}
	w.walkBody(findBody(root))
	chosen := selectContent(w)
	bs := classify(w, chosen, &m)
	markRelatedTail(w, bs)
	dropTitleRepeats(bs, &m)
	dropClosingNotes(bs)
	st := newStructure(w)
	addStructure(w, st, bs)
	markBoldLead(w, bs)
	figures := w.figures(bs, chosen)
	bs = joinTables(w, st, bs, chosen)
	bs, fromLD := withLDBody(bs, m.ArticleBody)
	if m.Title != "" {
		bs = append([]blocks.Block{{Text: m.Title, Role: blocks.PageTitle}}, bs...)
	}
	return &blocks.Document{
		Blocks:          bs,
		Meta:            m.Meta,
		Markup:          true,
		Figures:         figures,
		StandfirstKnown: fromLD || slices.Contains(chosen, true),
		Truncated:       w.truncated,
	}
}

// findBody returns the <body> element, or the root when there is none.
func findBody(root *html.Node) *html.Node {
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Body {
					return c
				}
			}
		}
	}
	return root
}

// headlineWindow is how many blocks after the headline may hold the date,
// byline, view counter and lead outside the content container.
const headlineWindow = 12

// classify gives each raw block its role: the headline, the lines of date,
// author, views and lead around it, the content's paragraphs, and
// boilerplate for everything else.
func classify(w *walker, chosen []bool, m *pageMeta) []blocks.Block {
	h := headline(w, chosen, m)
	out := make([]blocks.Block, 0, len(w.blocks))
	for i, b := range w.blocks {
		r := blocks.Boilerplate
		in := chosen[i]
		near := h >= 0 && i > h && i <= h+headlineWindow
		switch {
		case i == h:
			r = blocks.Headline
		case b.hints&hintBoiler != 0 && !in:
		case b.hints&hintCaption != 0 && (in || near):
			r = blocks.Caption
		case b.hints&hintViews != 0 && b.hints&hintDate == 0 && (in || near) && len(b.text) < 40:
			r = blocks.Counter
		case b.hints&hintDate != 0 && (in || near) && len(b.text) < blocks.MaxDatelineBytes:
			r = blocks.Dateline
		case b.hints&hintAuthor != 0 && (in || near) && len(b.text) < 120:
			r = blocks.Byline
		case b.hints&hintLead != 0 && (in || near) && isLeadText(w, b):
			r = blocks.Lead
		case in:
			r = contentRole(w, b)
		}
		out = append(out, blocks.Block{Text: b.text, Role: r, Bold: b.bold})
	}
	markShownTeaser(w, out, h, m.Description)
	return out
}

// contentRole returns the role of a block inside the content.
func contentRole(w *walker, b rawBlock) blocks.Role {
	if isLinkList(b) || isUILine(b.text) {
		return blocks.Boilerplate
	}
	if b.hints&hintQuote != 0 {
		return blocks.Blockquote
	}
	a := w.elems[b.elem].node.DataAtom
	if isHeadingAtom(a) {
		return blocks.Heading
	}
	switch a {
	case atom.Li, atom.Dd, atom.Dt:
		return blocks.ListItem
	case atom.Figcaption, atom.Caption:
		return blocks.Caption
	}
	return blocks.Paragraph
}

// minMarkedLeadWords is how many words a standfirst has at least; shorter text
// marked as a lead is a label ("Key points") or a dateline.
const minMarkedLeadWords = 6

// isLeadText reports whether a block marked as the lead reads like one: a
// sentence or more, not a heading.
func isLeadText(w *walker, b rawBlock) bool {
	if isHeadingAtom(w.elems[b.elem].node.DataAtom) {
		return false
	}
	return textutil.HasWords(b.text, minMarkedLeadWords)
}

// minProseWords is how many words a sentence with links needs to count as
// prose rather than a teaser.
const minProseWords = 8

// isLinkList reports whether a block is mostly link text: a menu entry or a
// teaser rather than prose. A sentence of some length stays prose up to a
// higher share of links, as an opening paragraph that links every name it
// cites.
func isLinkList(b rawBlock) bool {
	if b.hints&hintQuote != 0 || len(b.text) == 0 {
		return false
	}
	ld := float64(b.links) / float64(len(b.text))
	if isSentence(b.text) {
		return ld > 0.8
	}
	return ld > maxLinkDensity
}

// isSentence reports whether t reads as a sentence: enough words, ending
// with the punctuation that ends sentences.
func isSentence(t string) bool {
	if !textutil.HasWords(t, minProseWords) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…\"”»)", last)
}
