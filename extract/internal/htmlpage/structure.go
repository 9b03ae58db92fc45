package htmlpage

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract/internal/blocks"
	"github.com/newsextract/newsextract/extract/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cleanPre returns the text of a run inside <pre> with its lines kept,
// which a block of preformatted text shows; every other pass reads the
// run's clean text:
// each line without control characters and trailing white space, the
// blank lines at either end left out.
func cleanPre(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	blank := 0 // blank lines not yet written
	for line := range strings.Lines(string(b)) {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			if sb.Len() > 0 {
				blank++
			}
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString(strings.Repeat("\n", blank+1))
		}
		blank = 0
		for _, r := range line {
			if !textutil.IsControl(r) {
				sb.WriteRune(r)
			}
		}
	}
	return textutil.NFC(sb.String())
}

// anchor records the link n, whose text began at start of the run
// numbered run, for the block that the run becomes.
func (w *walker) anchor(n *html.Node, start, run int) {
	href := attr(n, "href")
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return
	}
	if run != w.flushes {
		start = 0 // the link holds a block boundary: its text is that of the run
	}
	if t := textutil.CleanBytes(w.buf[start:]); t != "" {
		w.anchors = append(w.anchors, blocks.Link{Text: t, Href: href})
	}
}

// structure is what the markup says of the elements around each block:
// the nesting of lists and the table, row and cell it is in.
type structure struct {
	lists []uint8 // per elem: the lists (<ul>, <ol>, <dl>) it is in or is
	table []int32 // per elem: the nearest <table> it is in or is, or -1
	row   []int32 // per elem: the nearest <tr>, or -1
	cell  []int32 // per elem: the nearest <td> or <th>, or -1
}

// newStructure works out the structure of the walker's elements, each
// from its parent's, which comes before it.
func newStructure(w *walker) *structure {
	n := len(w.elems)
	s := &structure{lists: make([]uint8, n), table: make([]int32, n), row: make([]int32, n), cell: make([]int32, n)}
	for i := range w.elems {
		e := &w.elems[i]
		s.table[i], s.row[i], s.cell[i] = -1, -1, -1
		if p := e.parent; p >= 0 {
			s.lists[i], s.table[i], s.row[i], s.cell[i] = s.lists[p], s.table[p], s.row[p], s.cell[p]
		}
		switch e.node.DataAtom {
		case atom.Ul, atom.Ol, atom.Dl:
			s.lists[i] = min(s.lists[i]+1, 9)
		case atom.Table:
			s.table[i], s.row[i], s.cell[i] = int32(i), -1, -1
		case atom.Tr:
			s.row[i], s.cell[i] = int32(i), -1
		case atom.Td, atom.Th:
			s.cell[i] = int32(i)
		}
	}
	return s
}

// addStructure gives each block what the markup says of it: the level of
// a heading, the nesting and numbering of a list item, preformatted text,
// and the links of its text. The blocks are those of the walker, one for
// one.
func addStructure(w *walker, s *structure, bs []blocks.Block) {
	for i := range bs {
		b, raw := &bs[i], &w.blocks[i]
		b.Links = raw.anchors
		e := &w.elems[raw.elem]
		switch b.Role {
		case blocks.Heading:
			b.Level = headingLevel(e.node.DataAtom)
		case blocks.ListItem:
			b.Level = max(s.lists[raw.elem], 1)
			b.Ordered = listOrdered(w, raw.elem)
		case blocks.Paragraph:
			if raw.pre != "" {
				b.Role, b.Text = blocks.Pre, raw.pre
			} else if h := headingAround(w, raw.elem, int32(i)); h != 0 {
				b.Role, b.Level = blocks.Heading, h
			} else if raw.bold && isBoldHeading(bs, i) {
				b.Role, b.Level = blocks.Heading, boldHeadingLevel
			}
		}
	}
}

// markBoldLead marks as the standfirst the first paragraph of the body
// when all its text is in bold and the paragraph after it is not: the
// intro that pages set in bold above the text. A page that marks its
// standfirst otherwise keeps that one.
func markBoldLead(w *walker, bs []blocks.Block) {
	first := -1
	for i := range bs {
		switch {
		case bs[i].Role == blocks.Lead:
			return
		case !bs[i].IsBody():
		case first >= 0:
			if bs[i].Role == blocks.Paragraph && !w.blocks[i].bold && utf8.RuneCountInString(bs[first].Text) <= maxBoldLeadRunes {
				bs[first].Role = blocks.Lead
			}
			return
		case bs[i].Role != blocks.Paragraph || !w.blocks[i].bold:
			return
		default:
			first = i
		}
	}
}

// maxBoldLeadRunes bounds a standfirst set in bold.
const maxBoldLeadRunes = 500

// endBold ends a <b> or <strong> element whose text began at start of
// the run numbered run, counting its bytes as bold when it is the
// outermost.
func (w *walker) endBold(start, run int) {
	w.bold--
	if w.bold > 0 {
		return
	}
	if run != w.flushes {
		start = 0
	}
	w.boldAt += foldedLen(bytes.TrimSpace(w.buf[start:]))
}

// Bounds of a paragraph in bold that stands for a heading.
const (
	maxBoldHeadingBytes = 100
	maxBoldHeadingWords = 12
	boldHeadingLevel    = 2 // the level given to it, the markup stating none
)

// isBoldHeading reports whether body block i, all its text in bold, is a
// heading set as a paragraph in bold: short, not a sentence or a label
// that ends with a colon, and followed by a paragraph of the body.
func isBoldHeading(bs []blocks.Block, i int) bool {
	t := bs[i].Text
	if len(t) > maxBoldHeadingBytes || textutil.WordCount(t) > maxBoldHeadingWords || strings.ContainsAny(t[len(t)-1:], ".!?:;,…") {
		return false
	}
	for j := i + 1; j < len(bs); j++ {
		if bs[j].IsBody() {
			return bs[j].Role == blocks.Paragraph && len(bs[j].Text) > len(t)
		}
	}
	return false
}

// headingAround returns the level of the heading element that holds the
// block i alone a few levels above its own element, as in
// <h3><div>Looking ahead</div></h3>; 0 when there is none.
func headingAround(w *walker, e, i int32) uint8 {
	for p, d := w.elems[e].parent, 0; p >= 0 && d < 3; p, d = w.elems[p].parent, d+1 {
		el := &w.elems[p]
		if el.first != i || el.end != i+1 {
			return 0
		}
		if isHeadingAtom(el.node.DataAtom) {
			return headingLevel(el.node.DataAtom)
		}
	}
	return 0
}

// headingLevel returns the level of a heading element, 1 to 6.
func headingLevel(a atom.Atom) uint8 {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	}
	return 6
}

// listOrdered reports whether the nearest list around the elem at index i
// is numbered.
func listOrdered(w *walker, i int32) bool {
	for p := i; p >= 0; p = w.elems[p].parent {
		switch w.elems[p].node.DataAtom {
		case atom.Ol:
			return true
		case atom.Ul, atom.Dl:
			return false
		}
	}
	return false
}
