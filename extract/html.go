package extract

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML parses a page once and reduces it to blocks and metadata.
func parseHTML(src []byte) *document {
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// html.Parse fails only when reading fails, which a byte slice
		// cannot; an empty document is the safe answer all the same.
		return &document{}
	}
	d := &document{meta: readMeta(root)}
	w := &walker{}
	w.walkBody(findBody(root))
	d.blocks = classify(w, selectContent(w), &d.meta)
	if d.meta.title != "" {
		d.blocks = append([]block{{text: d.meta.title, role: rolePageTitle}}, d.blocks...)
	}
	return d
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
func classify(w *walker, chosen []bool, m *pageMeta) []block {
	h := headline(w, chosen, m)
	out := make([]block, 0, len(w.blocks))
	for i, b := range w.blocks {
		r := roleBoilerplate
		in := chosen[i]
		near := h >= 0 && i > h && i <= h+headlineWindow
		switch {
		case i == h:
			r = roleHeadline
		case b.hints&hintBoiler != 0 && !in:
		case b.hints&hintCaption != 0 && (in || near):
			r = roleCaption
		case b.hints&hintViews != 0 && b.hints&hintDate == 0 && (in || near) && len(b.text) < 40:
			r = roleCounter
		case b.hints&hintDate != 0 && (in || near) && len(b.text) < maxDatelineBytes:
			r = roleDateline
		case b.hints&hintAuthor != 0 && (in || near) && len(b.text) < 120:
			r = roleByline
		case b.hints&hintLead != 0 && (in || near) && isLeadText(w, b):
			r = roleLead
		case in:
			r = contentRole(w, b)
		}
		out = append(out, block{text: b.text, role: r})
	}
	return out
}

// headline returns the index of the headline block: the <h1> that the
// page's titles confirm, else the last <h1> before the content, else the
// first inside it; -1 when there is none.
func headline(w *walker, chosen []bool, m *pageMeta) int {
	titles := [...]string{m.headline, m.ogTitle, m.title}
	firstIn := -1
	for i := range chosen {
		if chosen[i] {
			firstIn = i
			break
		}
	}
	before, inside := -1, -1
	for i, b := range w.blocks {
		if w.elems[b.elem].node.DataAtom != atom.H1 || b.hints&hintBoiler != 0 {
			continue
		}
		for _, t := range titles {
			if t != "" && agrees(b.text, t) {
				return i
			}
		}
		switch {
		case firstIn < 0 || i < firstIn:
			before = i
		case chosen[i] && inside < 0:
			inside = i
		}
	}
	if before >= 0 {
		return before
	}
	return inside
}

// contentRole returns the role of a block inside the content.
func contentRole(w *walker, b rawBlock) role {
	if len(b.text) > 0 && float64(b.links)/float64(len(b.text)) > maxLinkDensity {
		return roleBoilerplate
	}
	if b.hints&hintQuote != 0 {
		return roleBlockquote
	}
	switch w.elems[b.elem].node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return roleHeading
	case atom.Li, atom.Dd, atom.Dt:
		return roleListItem
	case atom.Figcaption, atom.Caption:
		return roleCaption
	}
	return roleParagraph
}

// minLeadWords is how many words a standfirst has at least; shorter text
// marked as a lead is a label ("Key points") or a dateline.
const minLeadWords = 6

// isLeadText reports whether a block marked as the lead reads like one: a
// sentence or more, not a heading.
func isLeadText(w *walker, b rawBlock) bool {
	switch w.elems[b.elem].node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	return wordCount(b.text) >= minLeadWords
}
