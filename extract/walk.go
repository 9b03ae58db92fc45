package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawBlock is a run of text in an HTML page between two block-level
// boundaries, with what its context says about it.
type rawBlock struct {
	text  string
	owner *html.Node // the nearest block-level element
	hints hint       // hints of the owner and its ancestors
	links int        // bytes of text inside links
}

// walker collects the text of a page as raw blocks in reading order, and
// the range of blocks inside each block-level element.
type walker struct {
	blocks []rawBlock
	ranges map[*html.Node][2]int32 // element -> [first, end) of its blocks
	buf    strings.Builder
	links  int
	depth  int
}

// maxDepth bounds the element nesting the walker follows; elements nested
// deeper are left out, so that hostile nesting costs no more than its size.
const maxDepth = 512

func (w *walker) walk(n *html.Node, h hint, owner *html.Node, ownerHints hint) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data, h)
		case html.ElementNode:
			w.element(c, h, owner, ownerHints)
		}
	}
}

func (w *walker) text(s string, h hint) {
	w.buf.WriteString(s)
	if h&hintLink != 0 {
		w.links += len(strings.TrimSpace(s))
	}
}

func (w *walker) element(n *html.Node, h hint, owner *html.Node, ownerHints hint) {
	if skipped[n.DataAtom] || w.depth >= maxDepth {
		return
	}
	own := elementHints(n)
	h |= own
	w.depth++
	defer func() { w.depth-- }()
	switch {
	case n.DataAtom == atom.Br:
		w.flush(owner, ownerHints)
	case isBlockElement(n.DataAtom):
		w.flush(owner, ownerHints)
		first := int32(len(w.blocks))
		w.walk(n, h, n, h)
		w.flush(n, h)
		w.ranges[n] = [2]int32{first, int32(len(w.blocks))}
	case n.DataAtom == atom.Q:
		w.buf.WriteString("“")
		w.walk(n, h, owner, ownerHints)
		w.buf.WriteString("”")
	case own&unitHints != 0:
		// A date, counter or byline set in an inline element is a unit of
		// its own, apart from what shares its line.
		w.flush(owner, ownerHints)
		w.walk(n, h, owner, ownerHints|h)
		w.flush(owner, ownerHints|h)
	default:
		w.buf.WriteByte(' ')
		w.walk(n, h, owner, ownerHints)
		w.buf.WriteByte(' ')
	}
}

// unitHints mark inline elements whose text is a block of its own.
const unitHints = hintDate | hintViews | hintAuthor

// flush ends the current block.
func (w *walker) flush(owner *html.Node, h hint) {
	if w.buf.Len() == 0 {
		return
	}
	t := cleanSpace(w.buf.String())
	w.buf.Reset()
	if t != "" && owner != nil {
		w.blocks = append(w.blocks, rawBlock{text: t, owner: owner, hints: h, links: w.links})
	}
	w.links = 0
}

// skipped elements hold no readable text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Button: true,
	atom.Select: true, atom.Option: true, atom.Textarea: true, atom.Input: true, atom.Head: true,
	atom.Map: true, atom.Audio: true, atom.Video: true, atom.Math: true, atom.Label: true,
}

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
