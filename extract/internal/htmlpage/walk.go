package htmlpage

import (
	"bytes"
	"strings"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawBlock is a run of text in an HTML page between two block-level
// boundaries, with what its context says about it.
type rawBlock struct {
	text  string
	elem  int32  // index in walker.elems of the nearest block-level element
	hints hint   // hints of that element, its ancestors and the inline elements of the run
	links int    // bytes of text inside links
	pre   string // inside <pre>: the text with its lines kept
	bold  bool   // all its text is inside <b> or <strong>
	// anchors are the links of the text, when the walker collects them.
	anchors []blocks.Link
}

// elem is a block-level element of the page, in document order.
type elem struct {
	node   *html.Node
	parent int32 // index of the nearest block-level ancestor; -1 for none
	first  int32 // index of the first block inside the element
	end    int32 // index after the last block inside it
	after  int32 // index in walker.elems after the element's last descendant
	own    hint  // what the element's own tag and attributes say
	all    hint  // own hints and those of every ancestor
}

// walker collects the text of a page as raw blocks in reading order, and
// the block-level elements with the range of blocks inside each.
type walker struct {
	blocks []rawBlock
	elems  []elem
	buf    []byte // the text of the current run
	links  int
	inline hint // hints of the inline elements of the current run
	hinted int  // bytes of the current run inside inline elements with hints, as foldedLen counts them
	icon   hint // hints of an icon before the current run, such as a view counter's eye
	depth  int
	popups int // pop-up elements the walk is inside
	pre    int // <pre> elements the walk is inside
	bold   int // <b> and <strong> elements the walk is inside
	boldAt int // bytes of the current run inside them, as foldedLen counts them

	collectLinks bool          // the anchors of links are collected
	anchors      []blocks.Link // the anchors of the current run
	flushes      int           // runs ended so far
	images       []imageRef    // the pictures, in document order

	truncated bool // a block was left out for the blocks.MaxBlocks bound

	classHints map[string]hint // the hints of each class and id value read

	textSum  []int // textSum[i] is the text length of blocks before i
	linkSum  []int // linkSum[i] is the link text length of blocks before i
	proseSum []int // proseSum[i] is the length of prose blocks before i
}

// maxDepth bounds the element nesting the walker follows; elements nested
// deeper are left out, so that hostile nesting costs no more than its size.
const maxDepth = 512

// walkBody collects the blocks of the element body, which becomes the
// first elem.
func (w *walker) walkBody(body *html.Node) {
	w.elems = append(w.elems, elem{node: body, parent: -1, own: elementHints(body)})
	w.walk(body, 0)
	w.flush(0)
	w.elems[0].end = int32(len(w.blocks))
	w.elems[0].after = int32(len(w.elems))
	w.sums()
	w.inheritHints()
}

// bigShare is the share of the page's prose above which an element's
// boilerplate names are not believed: a wrapper named "layout-ad-gutter"
// that holds most of the article is no advertisement.
const bigShare = 0.5

// maxRoleText is the length of text above which an element's names that
// tell a line's role (date, byline, caption, lead) are not believed: they
// name a wrapper ("body-with-intro"), not the line.
const maxRoleText = 600

// roleHints tell the role of a line.
const roleHints = hintCaption | hintDate | hintViews | hintAuthor | hintLead

// inheritHints passes the hints of each element down to its descendants
// and their blocks, except those that its size belies. On a page without
// prose no element holds a big share of it, so boilerplate names stand.
func (w *walker) inheritHints() {
	total := w.proseSum[len(w.blocks)]
	for i := range w.elems {
		e := &w.elems[i]
		if total > 0 && float64(w.proseSum[e.end]-w.proseSum[e.first]) >= bigShare*float64(total) {
			e.own &^= hintBoiler
		}
		if w.textSum[e.end]-w.textSum[e.first] > maxRoleText {
			e.own &^= roleHints
		}
		e.all = e.own
		if e.parent >= 0 {
			e.all |= w.elems[e.parent].all
		}
	}
	for i := range w.blocks {
		b := &w.blocks[i]
		b.hints |= w.elems[b.elem].all
	}
}

// walk visits the children of n, whose nearest block-level element is the
// elem at index owner.
func (w *walker) walk(n *html.Node, owner int32) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data)
		case html.ElementNode:
			w.element(c, owner)
		}
	}
}

// text adds the text of a text node to the current run, counting it as
// link text inside a link.
func (w *walker) text(s string) {
	w.buf = append(w.buf, s...)
	if w.inline&hintLink != 0 {
		w.links += len(strings.TrimSpace(s))
	}
}

// element visits an element whose nearest block-level ancestor is the elem
// at index owner: it leaves out what readers do not see, ends the run at
// block-level elements and <br>, and adds the text of inline ones to it.
func (w *walker) element(n *html.Node, owner int32) {
	if n.DataAtom == atom.Svg && elementHints(n)&hintViews != 0 {
		w.flush(owner)
		w.icon = hintViews // an eye drawn in SVG; the count follows it
		return
	}
	if n.DataAtom == atom.Noscript {
		w.noscriptImages(n, owner)
	}
	if isSkipped(n.DataAtom) || w.depth >= maxDepth || isHidden(n) {
		return
	}
	if w.classHints == nil {
		w.classHints = map[string]hint{}
	}
	h := elementHintsIn(n, w.classHints)
	if h&hintPopup != 0 {
		// A hover card is named like the link that opens it and sits
		// inside it: keep the outer element, drop the card.
		if w.popups > 0 || isBlockElement(n.DataAtom) {
			return
		}
		w.popups++
		defer func() { w.popups-- }()
	}
	w.depth++
	defer func() { w.depth-- }()
	switch {
	case n.DataAtom == atom.Br:
		w.flush(owner)
	case n.DataAtom == atom.Img:
		w.image(n, owner)
	case isBlockElement(n.DataAtom):
		w.flush(owner)
		if n.DataAtom == atom.Pre {
			w.pre++
			defer func() { w.pre-- }()
		}
		i := int32(len(w.elems))
		w.elems = append(w.elems, elem{node: n, parent: owner, first: int32(len(w.blocks)), own: h})
		w.walk(n, i)
		w.flush(i)
		w.elems[i].end = int32(len(w.blocks))
		w.elems[i].after = int32(len(w.elems))
	default:
		w.inlineElement(n, owner, h)
	}
}

// inlineElement adds the text of an inline element to the current run.
// The element's hints go to the run when its text is most of the run's.
func (w *walker) inlineElement(n *html.Node, owner int32, h hint) {
	if h&hintViews != 0 && h&hintLink == 0 {
		w.counter(n, owner, h)
		return
	}
	saved := w.inline
	w.inline |= h & hintLink
	start, run := len(w.buf), w.flushes
	anchors, links := len(w.anchors), w.links
	if n.DataAtom == atom.B || n.DataAtom == atom.Strong {
		w.bold++
		defer w.endBold(start, run)
	}
	if n.DataAtom == atom.Q {
		w.buf = append(w.buf, "“"...)
	}
	w.walk(n, owner)
	if w.collectLinks && n.DataAtom == atom.A {
		w.anchor(n, start, run)
	}
	if n.DataAtom == atom.Q {
		w.buf = append(w.buf, "”"...)
	}
	w.inline = w.inline&^hintLink | saved&hintLink
	if w.offDateLine(h, run) {
		w.buf, w.anchors, w.links = w.buf[:start], w.anchors[:anchors], links
		return
	}
	if h&inlineHints&^hintLink != 0 && len(w.buf) > start {
		w.inline |= h & inlineHints &^ hintLink
		w.hinted += foldedLen(w.buf[start:])
	}
}

// offDateLine reports whether the text of an inline element, with hints
// h, that began in the run numbered run is no part of the run: a comment
// count or share label, boilerplate by its class, on the line of the date.
func (w *walker) offDateLine(h hint, run int) bool {
	return h&hintBoiler != 0 && h&inlineHints&^hintLink == 0 && w.inline&hintDate != 0 && run == w.flushes
}

// counter makes a block of its own of an inline view counter, which pages
// set on the line of the date.
func (w *walker) counter(n *html.Node, owner int32, h hint) {
	w.flush(owner)
	w.walk(n, owner)
	if len(bytes.TrimSpace(w.buf)) == 0 {
		// An icon, such as an eye: the count follows it.
		w.buf = w.buf[:0]
		w.icon = hintViews
		return
	}
	w.inline |= h & inlineHints
	w.hinted = foldedLen(w.buf)
	w.flush(owner)
}

// maxIconText bounds the text that an icon labels, as "1.2K".
const maxIconText = 40

// inlineHints are the hints an inline element gives the run of text it
// is in.
const inlineHints = hintLink | hintDate | hintViews | hintAuthor | hintCaption

// flush ends the current block, which belongs to the elem at index owner.
func (w *walker) flush(owner int32) {
	if len(w.buf) == 0 {
		return
	}
	raw := foldedLen(w.buf)
	w.flushes++
	t := textutil.CleanBytes(w.buf)
	pre := ""
	if w.pre > 0 && t != "" {
		pre = cleanPre(w.buf)
	}
	w.buf = w.buf[:0]
	if t != "" && len(w.blocks) >= blocks.MaxBlocks {
		w.truncated = true
	}
	anchors := w.anchors
	w.anchors = nil
	bold := w.boldAt > 0 && w.boldAt*10 >= len(t)*9
	w.boldAt = 0
	if t != "" && len(w.blocks) < blocks.MaxBlocks {
		h := w.inline &^ hintLink
		if w.hinted*2 < raw {
			h = 0
		}
		if len(t) <= maxIconText {
			h |= w.icon
		}
		w.blocks = append(w.blocks, rawBlock{text: t, elem: owner, hints: h, links: w.links, pre: pre, bold: bold, anchors: anchors})
	}
	w.links = 0
	w.hinted = 0
	w.icon = 0
	w.inline &= hintLink
}

// foldedLen returns the length of b with each run of white space counted
// as one byte, as the text reads once cleaned: the shares of a run are
// measured so, and the indentation of the markup weighs nothing.
func foldedLen(b []byte) int {
	n, space := 0, false
	for _, c := range b {
		if !isSpace(c) || !space {
			n++
		}
		space = isSpace(c)
	}
	return n
}

// sums builds the prefix sums of text and link lengths over the blocks.
func (w *walker) sums() {
	w.textSum = make([]int, len(w.blocks)+1)
	w.linkSum = make([]int, len(w.blocks)+1)
	w.proseSum = make([]int, len(w.blocks)+1)
	for i, b := range w.blocks {
		w.textSum[i+1] = w.textSum[i] + len(b.text)
		w.linkSum[i+1] = w.linkSum[i] + min(b.links, len(b.text))
		w.proseSum[i+1] = w.proseSum[i]
		if len(b.text) >= minScoredText && b.links*2 < len(b.text) {
			w.proseSum[i+1] += len(b.text)
		}
	}
}

// textLen returns the length of the text inside the elem at index i.
func (w *walker) textLen(i int32) int {
	e := &w.elems[i]
	return w.textSum[e.end] - w.textSum[e.first]
}

// linkDensity returns the share of the elem's text that is link text.
func (w *walker) linkDensity(i int32) float64 {
	e := &w.elems[i]
	t := w.textSum[e.end] - w.textSum[e.first]
	if t == 0 {
		return 0
	}
	return float64(w.linkSum[e.end]-w.linkSum[e.first]) / float64(t)
}

// contains reports whether the elem at index a is the elem b or holds it.
func (w *walker) contains(a, b int32) bool {
	return a <= b && b < w.elems[a].after
}

// isHidden reports whether the element is hidden from readers by its
// attributes.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hidesStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hidesStyle reports whether an inline style hides its element.
// Case and white space aside, as in "DISPLAY : NONE".
func hidesStyle(s string) bool {
	s = strings.ToLower(s)
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.Join(strings.Fields(s), "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// isSkipped reports whether elements of this kind hold no readable text.
func isSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object,
		atom.Embed, atom.Canvas, atom.Button, atom.Select, atom.Option, atom.Textarea, atom.Input,
		atom.Head, atom.Map, atom.Audio, atom.Video, atom.Math, atom.Label:
		return true
	}
	return false
}

// isHeadingAtom reports whether a is a heading element, <h1> to <h6>.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isBlockElement reports whether elements of this kind begin a block of
// text of their own.
func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Dd, atom.Details, atom.Dialog,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li,
		atom.Main, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Table, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Caption, atom.Summary, atom.Center, atom.Body:
		return true
	}
	return false
}
