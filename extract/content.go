package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Thresholds of the content scoring.
const (
	minScoredText  = 25  // characters a block needs to vote for its container
	maxLinkDensity = 0.5 // share of link text above which a block is navigation
	siblingShare   = 0.2 // share of the best score a sibling container needs to join it
	minSiblingText = 80  // characters a sibling paragraph needs to join the content
)

// selectContent returns the set of elements that hold the article's text:
// the container that the page's paragraphs vote for, with its siblings that
// score close to it.
func selectContent(w *walker) map[*html.Node]bool {
	scores := map[*html.Node]float64{}
	for _, b := range w.blocks {
		if b.hints&hintBoiler != 0 || len(b.text) < minScoredText || !votes(b.owner) {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(len(b.text))/100, 3)
		if p := b.owner.Parent; p != nil {
			scores[p] += s
			if g := p.Parent; g != nil {
				scores[g] += s / 2
			}
		}
	}
	var top *html.Node
	best := 0.0
	for n, s := range scores {
		s *= 1 - w.linkDensity(n)
		if elementHints(n)&hintArticle != 0 {
			s *= 1.25
		}
		scores[n] = s
		if s > best || (s == best && top != nil && w.before(n, top)) {
			top, best = n, s
		}
	}
	if top == nil {
		return nil
	}
	chosen := map[*html.Node]bool{top: true}
	if top.Parent == nil {
		return chosen
	}
	for sib := top.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
		if sib == top || sib.Type != html.ElementNode {
			continue
		}
		if scores[sib] >= max(10, best*siblingShare) || w.isTextParagraph(sib) {
			chosen[sib] = true
		}
	}
	return chosen
}

// votes reports whether text in this element counts as a paragraph.
func votes(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Div, atom.Section, atom.Article, atom.Blockquote, atom.Main:
		return true
	}
	return false
}

// linkDensity returns the share of the element's text that is link text.
func (w *walker) linkDensity(n *html.Node) float64 {
	r, ok := w.ranges[n]
	if !ok {
		return 0
	}
	var text, links int
	for _, b := range w.blocks[r[0]:r[1]] {
		text += len(b.text)
		links += b.links
	}
	if text == 0 {
		return 0
	}
	return float64(links) / float64(text)
}

// isTextParagraph reports whether n is a paragraph of prose, not links.
func (w *walker) isTextParagraph(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	r, ok := w.ranges[n]
	if !ok || r[1] == r[0] {
		return false
	}
	var text int
	for _, b := range w.blocks[r[0]:r[1]] {
		text += len(b.text)
	}
	return text >= minSiblingText && w.linkDensity(n) < 0.25
}

// before reports whether a's blocks start before b's, to break ties by
// position so that the choice does not depend on map order.
func (w *walker) before(a, b *html.Node) bool {
	return w.ranges[a][0] < w.ranges[b][0]
}

// inside reports whether n is one of the chosen elements or inside one.
func inside(n *html.Node, chosen map[*html.Node]bool) bool {
	for d := 0; n != nil && d < maxDepth; d++ {
		if chosen[n] {
			return true
		}
		n = n.Parent
	}
	return false
}
