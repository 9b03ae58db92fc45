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
	w := &walker{ranges: map[*html.Node][2]int32{}}
	if body := findBody(root); body != nil {
		w.walk(body, 0, body, 0)
		w.flush(body, 0)
	}
	d.blocks = classify(w, selectContent(w))
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
func classify(w *walker, chosen map[*html.Node]bool) []block {
	h := headline(w, chosen)
	out := make([]block, 0, len(w.blocks))
	for i, b := range w.blocks {
		r := roleBoilerplate
		in := chosen != nil && inside(b.owner, chosen)
		near := h >= 0 && i > h && i <= h+headlineWindow
		switch {
		case i == h:
			r = roleHeadline
		case b.hints&hintBoiler != 0:
		case b.hints&hintCaption != 0 && (in || near):
			r = roleCaption
		case b.hints&hintViews != 0 && (in || near) && len(b.text) < 40:
			r = roleCounter
		case b.hints&hintDate != 0 && (in || near) && len(b.text) < maxDatelineBytes:
			r = roleDateline
		case b.hints&hintAuthor != 0 && (in || near) && len(b.text) < 120:
			r = roleByline
		case b.hints&hintLead != 0 && (in || near):
			r = roleLead
		case in:
			r = contentRole(b)
		}
		out = append(out, block{text: b.text, role: r})
	}
	return out
}

// headline returns the index of the headline block: the first <h1> inside
// the content, else the first on the page; -1 when there is none.
func headline(w *walker, chosen map[*html.Node]bool) int {
	first := -1
	for i, b := range w.blocks {
		if b.owner.DataAtom != atom.H1 || b.hints&hintBoiler != 0 {
			continue
		}
		if chosen != nil && inside(b.owner, chosen) {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// contentRole returns the role of a block inside the content.
func contentRole(b rawBlock) role {
	if len(b.text) > 0 && float64(b.links)/float64(len(b.text)) > maxLinkDensity {
		return roleBoilerplate
	}
	if b.hints&hintQuote != 0 {
		return roleBlockquote
	}
	switch b.owner.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return roleHeading
	case atom.Li, atom.Dd, atom.Dt:
		return roleListItem
	case atom.Figcaption, atom.Caption:
		return roleCaption
	}
	return roleParagraph
}
