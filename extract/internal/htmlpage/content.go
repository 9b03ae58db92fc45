package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Thresholds of the content scoring.
const (
	minScoredText   = 25   // characters a paragraph needs to vote for its containers
	maxLinkDensity  = 0.5  // share of link text above which a block is navigation
	siblingShare    = 0.2  // share of the best score a sibling container needs to join it
	minSiblingText  = 80   // characters a sibling paragraph needs to join the content
	minContentText  = 500  // characters below which the selection is tried again, relaxed
	alternateShare  = 0.75 // share of the best score that makes a container an alternative
	minAlternatives = 3    // alternatives whose common ancestor becomes the content
	voteLevels      = 5    // levels of ancestors a paragraph votes for
)

// scorer finds the elements that hold the article's text.
type scorer struct {
	w       *walker
	relaxed bool      // class and id names are not trusted
	score   []float64 // per elem; zero for elements no paragraph voted for
	voted   []bool
}

// selectContent returns, for each block, whether it is part of the
// article's text. It scores the containers the page's paragraphs vote for,
// keeps the best with its siblings that score close to it, and drops what
// inside them is navigation. When that yields little text, it tries again
// without trusting class names, and keeps the longer result.
func selectContent(w *walker) []bool {
	in := (&scorer{w: w}).run()
	if contentLen(w, in) >= minContentText {
		return in
	}
	alt := (&scorer{w: w, relaxed: true}).run()
	if contentLen(w, alt) > contentLen(w, in) {
		return alt
	}
	return in
}

// contentLen returns the length of the text of the blocks in the content.
func contentLen(w *walker, in []bool) int {
	n := 0
	for i, ok := range in {
		if ok {
			n += len(w.blocks[i].text)
		}
	}
	return n
}

// run scores the elements and returns the blocks of the content.
func (s *scorer) run() []bool {
	s.score = make([]float64, len(s.w.elems))
	s.voted = make([]bool, len(s.w.elems))
	s.vote()
	top := s.best()
	in := make([]bool, len(s.w.blocks))
	if top < 0 {
		return in
	}
	best := top
	top = s.widen(top)
	for _, root := range s.withSiblings(top) {
		s.mark(root, in)
	}
	for _, part := range s.parts(best, top) {
		s.mark(part, in)
	}
	return in
}

// vote lets each paragraph add its score to its block-level ancestors,
// less for the more distant ones, then weighs each container by its link
// density and what its names say.
func (s *scorer) vote() {
	w := s.w
	texts, links, commas := s.direct()
	for i := range w.elems {
		e := &w.elems[i]
		if !votes(e.node.DataAtom) || (!s.relaxed && e.all&hintBoiler != 0) {
			continue
		}
		text := texts[i]
		if text < minScoredText || links[i]*2 > text {
			continue
		}
		v := 1 + float64(commas[i]) + min(float64(text)/100, 3)
		p := e.parent
		if e.after > int32(i)+1 && e.node.DataAtom != atom.P {
			// Text beside block-level children is a paragraph of its
			// own, inside this element.
			p = int32(i)
		}
		for level := 0; level < voteLevels && p >= 0; level++ {
			if !s.voted[p] {
				s.voted[p] = true
				s.score[p] = s.initial(p)
			}
			s.score[p] += v / levelDivider(level)
			p = w.elems[p].parent
		}
	}
	for i := range s.score {
		if s.voted[i] {
			s.score[i] *= 1 - w.linkDensity(int32(i))
		}
	}
}

// levelDivider is what a paragraph's score is divided by for the ancestor
// level levels above its parent: the parent gets it whole, the grandparent
// half, those above a third of it and less.
func levelDivider(level int) float64 {
	switch level {
	case 0:
		return 1
	case 1:
		return 2
	}
	return float64(level * 3)
}

// direct returns, for each element, the length of its own text outside
// its block-level children, with the link text and commas in it.
func (s *scorer) direct() (text, links, commas []int) {
	w := s.w
	text = make([]int, len(w.elems))
	links = make([]int, len(w.elems))
	commas = make([]int, len(w.elems))
	for i := range w.blocks {
		b := &w.blocks[i]
		text[b.elem] += len(b.text)
		links[b.elem] += b.links
		commas[b.elem] += countCommas(b.text)
	}
	return text, links, commas
}

// countCommas counts the commas in s, Latin, CJK and Arabic.
func countCommas(s string) int {
	return strings.Count(s, ",") + strings.Count(s, "，") + strings.Count(s, "،")
}

// initial is the score an element starts with: what its tag and names
// say about it.
func (s *scorer) initial(i int32) float64 {
	e := &s.w.elems[i]
	v := 0.0
	switch e.node.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		v = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		v = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		v = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		v = -5
	}
	if !s.relaxed {
		if e.own&hintArticle != 0 {
			v += 25
		}
		if e.own&hintBoiler != 0 {
			v -= 25
		}
	}
	return v
}

// votes reports whether text in this element counts as a paragraph.
func votes(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Pre, atom.Td, atom.Div, atom.Section, atom.Article, atom.Blockquote, atom.Main:
		return true
	}
	return false
}

// best returns the index of the highest-scoring element, the first of
// equals; the body itself only when no element inside it was voted for, as
// on a page whose paragraphs stand directly in the body; or -1.
func (s *scorer) best() int32 {
	top := int32(-1)
	for i, ok := range s.voted {
		if ok && i > 0 && (top < 0 || s.score[i] > s.score[top]) {
			top = int32(i)
		}
	}
	if top < 0 && len(s.voted) > 0 && s.voted[0] {
		return 0
	}
	return top
}

// widen moves the choice up the tree when the best element is one of
// several parts of a larger container: when other high-scoring elements
// share an ancestor with it, when its parent scores higher, or when it is
// its parent's only child.
func (s *scorer) widen(top int32) int32 {
	w := s.w
	if anc := s.commonAlternative(top); anc >= 0 {
		top = anc
	}
	last := s.score[top]
	threshold := last / 3
	for p := w.elems[top].parent; p > 0; p = w.elems[p].parent {
		if !s.voted[p] {
			continue
		}
		if s.score[p] < threshold {
			break
		}
		if s.score[p] > last {
			top = p
			break
		}
		last = s.score[p]
	}
	for p := w.elems[top].parent; p > 0 && onlyChild(w.elems[top].node); p = w.elems[p].parent {
		if w.elems[p].node != w.elems[top].node.Parent {
			break
		}
		top = p
	}
	return top
}

// commonAlternative returns the nearest ancestor of top that holds at
// least minAlternatives of the elements scoring nearly as high as top, or
// -1.
func (s *scorer) commonAlternative(top int32) int32 {
	var alts []int32
	for i, ok := range s.voted {
		if ok && int32(i) != top && i > 0 && s.score[i] >= s.score[top]*alternateShare {
			alts = append(alts, int32(i))
		}
	}
	if len(alts) < minAlternatives {
		return -1
	}
	w := s.w
	for p := w.elems[top].parent; p > 0; p = w.elems[p].parent {
		n := 0
		for _, a := range alts {
			if w.contains(p, a) {
				n++
			}
		}
		if n >= minAlternatives {
			return p
		}
	}
	return -1
}

// onlyChild reports whether n is the only element or text other than white
// space inside its parent.
func onlyChild(n *html.Node) bool {
	p := n.Parent
	if p == nil {
		return false
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || (c.Type == html.TextNode && strings.TrimSpace(c.Data) != "")) {
			return false
		}
	}
	return true
}
